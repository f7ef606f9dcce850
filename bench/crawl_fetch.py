"""The crawl with extraction off: `pilkada crawl`'s own Scrapy run, with the same flags, and no ingest.

    python bench/crawl_fetch.py --sites URL --delay 0 --quiet --db PATH

does what `pilkada crawl` does up to the end of the Scrapy run (declarations, run row, crawl state,
`run_scrapy` with identical settings: spool batches written, PILKADA_INGEST_ON_CLOSE off), then
stops: the pages stay in the spool, uncleaned and unextracted. Prints one JSON line: pages and
failures found in the spool, the seconds from process start, and the seconds of the Scrapy run
(`fetch_seconds`, measured as `pilkada crawl` measures its own).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    from pilkada import warehouse as wh
    from pilkada.cli.common import validate_crawl
    from pilkada.cli.main import build_parser
    from pilkada.crawler.crawl import CrawlOptions, outlet_row, run_scrapy
    from pilkada.crawler.lock import CrawlLock
    from pilkada.ingest.spool import pending_batches, read_batch

    args = CrawlOptions.from_namespace(build_parser().parse_args(["crawl", *(sys.argv[1:] if argv is None else argv)]))
    paths, outlets = validate_crawl(args)
    lock = CrawlLock(paths.warehouse).acquire()
    try:
        con = wh.connect(paths.warehouse)
        try:
            wh.upsert_outlets(con, [outlet_row(o) for o in outlets.values()])
            run_id = wh.start_run(con, sorted(outlets), sys.argv, os.getpid())
            known = wh.crawl_state(con, sorted(outlets))
        finally:
            con.close()
        handle, name = tempfile.mkstemp(prefix="pilkada-known-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(known, out)
        fetch_started = time.perf_counter()
        try:
            run_scrapy(args, paths, outlets, run_id, __import__("pathlib").Path(name))
        finally:
            fetch_seconds = time.perf_counter() - fetch_started
            os.unlink(name)
    finally:
        lock.release()
    seconds = time.perf_counter() - STARTED
    kinds: dict[str, int] = {}
    for path in pending_batches(paths.spool):
        for line in read_batch(path):
            kinds[line.get("kind", "page")] = kinds.get(line.get("kind", "page"), 0) + 1
    print(json.dumps({"pages": kinds.get("page", 0), "failures": kinds.get("failure", 0),
                      "skipped": kinds.get("skipped", 0), "seconds": round(seconds, 3),
                      "fetch_seconds": round(fetch_seconds, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
