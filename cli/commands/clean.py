"""`pilkada clean PAGE.html`: the article a crawl would store from a saved page, as JSON."""

from __future__ import annotations

import json
import logging
import sys

from pilkada.cli.main import UsageError

NAME = "clean"
HELP = "clean one saved page as a crawl would: title, publication date, article text and what was dropped"

# Libraries that log a warning of their own for a page without an article; the command says it in one line.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def add_arguments(parser) -> None:
    parser.add_argument("path", help="saved page (.html), or - for stdin")
    parser.add_argument("--url", help="the page's URL (picks the outlet whose declaration covers it)")
    parser.add_argument("--outlet", metavar="NAME", help="outlet whose cleanup rules apply (default: from --url)")
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations (*.toml)")


def silence_libraries() -> None:
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def outlet_rules(outlet_name: str | None, url: str | None, outlets_dir: str | None) -> dict:
    """The cleanup rules of the named outlet, or of the outlet whose base URL the page's URL starts with."""
    from pilkada.cli.config import resolve_paths
    from pilkada.crawler.declarations import load_outlets

    outlets = load_outlets(resolve_paths(None, outlets_dir).outlets_dir)
    if outlet_name:
        if outlet_name not in outlets:
            raise UsageError(f"unknown outlet {outlet_name!r}; declared outlets: {', '.join(sorted(outlets))}")
        return outlets[outlet_name].cleanup_rules()
    for outlet in outlets.values():
        if url and url.startswith(outlet.declared_base_url):
            return outlet.cleanup_rules()
    return {}


def clean_page(html: str, url: str | None = None, outlet: str | None = None, outlets_dir: str | None = None):
    """The same cleaning a crawl applies to the page (crawler/ingest.py), with the outlet's rules."""
    rules = outlet_rules(outlet, url, outlets_dir)
    silence_libraries()
    from pilkada.extract import clean_html

    return clean_html(html, url, **rules)


def run(args) -> int:
    from pilkada.cli.commands.extract import read_input

    if args.url and not args.url.startswith(("http://", "https://")):
        raise UsageError(f"--url must be an http(s) URL, not {args.url!r}")
    text, is_html = read_input(args.path)
    if not is_html and "<" not in text[:4096]:
        raise UsageError(f"{args.path} is not an HTML page; `pilkada extract` reads plain text")
    article = clean_page(text, args.url, args.outlet, args.outlets)
    if not article.text.strip():
        raise UsageError(f"{args.path} holds no article text")
    out = {
        "title": article.title,
        "published": article.published,
        "date_source": article.date_source,
        "author": article.author,
        "language": article.language,
        "canonical_url": article.canonical_url,
        "pages": article.pages,
        "word_count": article.word_count,
        "text": article.text,
        "dropped": article.dropped_lines,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
