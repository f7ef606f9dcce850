"""`pilkada load`: load crawled batches still waiting in the spool (after a busy warehouse or a crash)."""

from __future__ import annotations

NAME = "load"
HELP = "load crawled batches waiting in the spool into the warehouse"


def add_arguments(parser) -> None:
    parser.add_argument("--db", help="warehouse file (default ./pilkada.duckdb or $PILKADA_WAREHOUSE)")
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations")


def run(args) -> int:
    from pilkada.crawler.cli import JobFailed, WarehouseLocked
    from pilkada.crawler.config import resolve_paths
    from pilkada.crawler.ingest import SpoolWaiting, ingest_spool
    from pilkada.crawler.lock import CrawlLock, LockHeld

    paths = resolve_paths(args.db, args.outlets)
    try:
        lock = CrawlLock(paths.warehouse).acquire()
    except LockHeld as err:
        raise WarehouseLocked(str(err)) from None
    try:
        counts = ingest_spool(paths.warehouse, paths.spool, paths.outlets_dir)
    except SpoolWaiting as err:
        raise JobFailed(str(err)) from None
    finally:
        lock.release()
    print(f"loaded {counts.get('pages', 0)} pages: {counts.get('articles_new', 0)} new, "
          f"{counts.get('articles_updated', 0)} updated, {counts.get('failures', 0)} failures recorded")
    return 0
