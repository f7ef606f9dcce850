"""`pilkada load`: load crawled batches still waiting in the spool (after a busy warehouse, a crash, or the crawler
processes of a shared Redis crawl), and close the shared runs whose crawlers have all finished."""

from __future__ import annotations

from pilkada.cli.common import add_db_argument

NAME = "load"
HELP = "load crawled batches waiting in the spool into the warehouse; close finished shared (Redis) runs"


def add_arguments(parser) -> None:
    add_db_argument(parser)
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations")
    parser.add_argument("--partial-share", type=float, metavar="SHARE",
                        help="share (0-1) of an outlet's pages that may fail before a run counts as partial "
                             "(default 0.5 or $PILKADA_PARTIAL_SHARE)")
    parser.add_argument("--close-job", action="append", metavar="JOB", default=[],
                        help="close this shared run even though crawler processes are still listed in it "
                             "(they were killed on another machine); repeatable")


def run(args) -> int:
    from pilkada import warehouse as wh
    from pilkada.cli.config import resolve_paths
    from pilkada.crawler.lock import CrawlLock
    from pilkada.errors import UsageError
    from pilkada.ingest.loader import connect_when_free, ingest_spool

    try:
        wh.partial_share(args.partial_share)
    except ValueError as err:
        raise UsageError(f"--partial-share: {err}") from None
    paths = resolve_paths(args.db, args.outlets)
    lock = CrawlLock(paths.warehouse).acquire()
    concluded, busy = [], {}
    try:
        counts = ingest_spool(paths.warehouse, paths.spool, paths.outlets_dir)
        con = connect_when_free(paths.warehouse)
        try:
            ready, busy = wh.shared_runs_to_finish(con, args.close_job)
        finally:
            con.close()
        if ready:
            # a crawler leaves its run only after spooling its last batch: whatever came in since is loaded first
            more = ingest_spool(paths.warehouse, paths.spool, paths.outlets_dir)
            counts = {k: counts.get(k, 0) + more.get(k, 0) for k in ("pages", "articles_new", "articles_updated",
                                                                      "failures")}
            con = connect_when_free(paths.warehouse)
            try:
                concluded = [wh.conclude_run(con, run_id, share=args.partial_share) for run_id in ready]
            finally:
                con.close()
    finally:
        lock.release()
    print(f"loaded {counts.get('pages', 0)} pages: {counts.get('articles_new', 0)} new, "
          f"{counts.get('articles_updated', 0)} updated, {counts.get('failures', 0)} failures recorded")
    for run in concluded:
        print(f"run {run['run_id']} (job {run['job']!r}) {run['status']}: {run['pages_fetched']} pages fetched, "
              f"{run['articles_new']} new, {run['skipped']} not fetched again, {run['failed']} failed"
              + (f"; {run['outcome_detail']}" if run["outcome_detail"] else ""))
    for run_id, crawlers in busy.items():
        print(f"run {run_id} is still being crawled by {len(crawlers)} process(es) ({', '.join(crawlers)}); "
              f"run `pilkada load` again when they are done (or `--close-job JOB` if they were killed elsewhere)")
    return 0
