"""`pilkada crawl`: crawl the declared outlets politely into the warehouse, and say what happened."""

from __future__ import annotations

from pilkada.cli.common import add_db_argument

NAME = "crawl"
HELP = "crawl outlets (all declared ones by default) into the DuckDB warehouse"


def add_arguments(parser) -> None:
    parser.add_argument("--outlet", action="append", metavar="NAME", help="crawl only this outlet (repeatable)")
    add_db_argument(parser)
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="ignore articles last modified before this date")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="ignore articles published after this date")
    parser.add_argument("--max-pages", type=int, default=0, metavar="N", help="at most N article pages per outlet")
    parser.add_argument("--full", action="store_true", help="re-walk everything, ignoring what is already stored")
    parser.add_argument("--sites", metavar="URL", help="crawl local copies served at URL/<outlet>/ instead of the real hosts")
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations (*.toml)")
    parser.add_argument("--http-cache", action="store_true", help="use Scrapy's HTTP cache (RFC 2616 policy)")
    parser.add_argument("--contact", help="e-mail or URL put in the User-Agent (or $PILKADA_CONTACT)")
    parser.add_argument("--delay", type=float, help="seconds between requests to one host (default 1; 0 with --sites)")
    parser.add_argument("--timeout", type=float, help="download timeout in seconds (default 30)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines, only the summary")
    parser.add_argument("--log-format", choices=("text", "json"), default="text", help="progress and summary as JSON lines")
    parser.add_argument("--redis", metavar="URL", help="share the frontier in Redis (scrapy-redis): run this on several "
                        "processes or machines with the same --job, then load the spool with `pilkada load`")
    parser.add_argument("--job", default="pilkada", help="name of the shared Redis crawl (use a new one per scheduled crawl)")
    parser.add_argument("--partial-share", type=float, metavar="SHARE",
                        help="an outlet whose failed pages exceed this share (0-1) makes the run partial "
                             "(default 0.5 or $PILKADA_PARTIAL_SHARE)")


def run(args) -> int:
    from pilkada.cli.common import validate_crawl
    from pilkada.crawler.crawl import CrawlOptions, crawl_outlets, exit_now

    options = CrawlOptions.from_namespace(args)
    paths, outlets = validate_crawl(options)
    exit_now(crawl_outlets(options, paths, outlets))
