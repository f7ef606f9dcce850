"""Item pipeline: every page, failure and skip goes to the spool in batches; nothing is cleaned on the reactor."""

from __future__ import annotations

import dataclasses
import logging
import os

from pilkada.ingest.faults import checkpoint
from pilkada.ingest.spool import SPOOLED_LINE, spool_dir, write_batch

log = logging.getLogger(__name__)


class SpoolPipeline:
    def __init__(self, settings):
        self.batch_size = settings.getint("PILKADA_BATCH_SIZE", 25)
        self.directory = spool_dir(settings.get("PILKADA_WAREHOUSE"), settings.get("PILKADA_SPOOL") or None)
        self.ingest_on_close = settings.getbool("PILKADA_INGEST_ON_CLOSE", True)
        # `pilkada crawl`'s loader: the pipe it reads, told of every batch spooled so that it claims it at once
        self.loader_pipe = settings.getint("PILKADA_LOADER_PIPE", -1)
        self.settings = settings
        self.lines: list[dict] = []
        self.counts = {"page": 0, "failure": 0, "skipped": 0}

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.settings)
        pipeline.crawler = crawler
        return pipeline

    def process_item(self, item, spider=None):
        spider = spider or getattr(self.crawler, "spider", None)
        # the items are flat dataclasses: a shallow copy of their fields (asdict copies deeply, value by value)
        line = ({f.name: getattr(item, f.name) for f in dataclasses.fields(item)} if dataclasses.is_dataclass(item)
                else dict(item))
        line["run_id"] = getattr(spider, "run_id", None)
        self.lines.append(line)
        checkpoint("fetched")
        kind = line.get("kind", "page")
        self.counts[kind] = self.counts.get(kind, 0) + 1
        stats = getattr(getattr(self, "crawler", None), "stats", None)
        if stats is not None:
            stats.inc_value(f"pilkada/{kind}")  # the launcher reads these tallies per outlet (outlet_tallies)
        if len(self.lines) >= self.batch_size:
            self.flush(spider)
        return item

    def flush(self, spider=None) -> None:
        if self.lines:
            outlet = getattr(spider, "name", "unknown")
            write_batch(self.directory, outlet, self.lines)
            self.lines = []
            checkpoint("spooled")
            if self.loader_pipe >= 0:
                try:
                    os.write(self.loader_pipe, f"{SPOOLED_LINE}\n".encode("ascii"))
                except OSError:  # the loader is gone: the batch waits in the spool for the next one
                    self.loader_pipe = -1

    def open_spider(self, spider=None):
        spider = spider or getattr(self.crawler, "spider", None)
        self.own_run = None
        if self.ingest_on_close and spider is not None and not getattr(spider, "run_id", None):
            # `scrapy crawl` and Scrapyd jobs: this process is the whole crawl, so it registers its run
            from pilkada import warehouse as wh
            from pilkada.ingest.loader import connect_when_free

            job = getattr(spider, "_job", None)  # Scrapyd passes its job id as the spider argument _job
            con = connect_when_free(self.settings.get("PILKADA_WAREHOUSE"))
            try:
                wh.mark_interrupted_runs(con)
                self.own_run = wh.start_run(con, [spider.name], ["scrapy", "crawl", spider.name], os.getpid(),
                                            launcher="scrapyd" if job else "scrapy crawl", job=job)
            finally:
                con.close()
            spider.run_id = self.own_run

    def close_spider(self, spider=None):
        spider = spider or getattr(self.crawler, "spider", None)
        self.flush(spider)
        if self.ingest_on_close:
            # `scrapy crawl` and Scrapyd jobs have no `pilkada crawl` around them to load the spool.
            from pilkada import warehouse as wh
            from pilkada.ingest.loader import connect_when_free, ingest_spool
            from pilkada.crawler.lock import CrawlLock

            warehouse = self.settings.get("PILKADA_WAREHOUSE")
            lock = CrawlLock(warehouse).acquire_waiting(self.settings.getfloat("PILKADA_LOCK_WAIT", 600))
            try:
                counts = ingest_spool(warehouse, self.directory,
                                      outlets_dir=self.settings.get("PILKADA_OUTLETS") or None,
                                      sites_url=self.settings.get("PILKADA_SITES") or None)
                if self.own_run:
                    con = connect_when_free(warehouse)
                    try:
                        wh.add_outlet_tallies(con, self.own_run, outlet_tallies(self.crawler))
                        run = wh.conclude_run(con, self.own_run,
                                              share=self.settings.get("PILKADA_PARTIAL_SHARE") or None)
                    finally:
                        con.close()
                    log.warning("pilkada: run %s %s: %s pages fetched, %s skipped, %s failed%s", run["run_id"],
                                run["status"], run["pages_fetched"], run["skipped"], run["failed"],
                                f" ({run['outcome_detail']})" if run["outcome_detail"] else "")
            finally:
                lock.release()
            log.info("pilkada: loaded into %s: %s", warehouse, counts)


def outlet_tallies(crawler) -> dict:
    """What one crawler (one outlet) handed to the spool: {outlet: {"pages", "skipped", "failures"}}."""
    spider = getattr(crawler, "spider", None)
    stats = getattr(crawler, "stats", None)
    name = getattr(spider, "name", None) or getattr(getattr(crawler, "spidercls", None), "name", None)
    if stats is None or not name:
        return {}
    return {name: {"pages": stats.get_value("pilkada/page", 0), "skipped": stats.get_value("pilkada/skipped", 0),
                   "failures": stats.get_value("pilkada/failure", 0)}}
