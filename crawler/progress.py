"""A progress line while crawling: pages fetched, failures, skips, rate. Off unless PILKADA_PROGRESS is set."""

from __future__ import annotations

import json
import sys
import time

from scrapy import signals
from twisted.internet import task


class Progress:
    def __init__(self, crawler):
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("PILKADA_PROGRESS", False)
        self.json = crawler.settings.get("PILKADA_LOG_FORMAT") == "json"
        self.counts = {"page": 0, "failure": 0, "skipped": 0}
        self.started = time.monotonic()
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        if extension.enabled:  # a receiver costs every item its dispatch, counted or not
            crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def item_scraped(self, item, response=None, spider=None):
        kind = getattr(item, "kind", "page")
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def spider_opened(self, spider=None):
        if self.enabled:
            self.loop = task.LoopingCall(self.report)
            self.loop.start(2.0, now=False)

    def spider_closed(self, spider=None, reason=None):
        if self.loop and self.loop.running:
            self.loop.stop()
        if self.enabled:
            self.report(final=True)

    def report(self, final: bool = False) -> None:
        spider = self.crawler.spider
        snapshot = tuple(self.counts.values())
        if not final and snapshot == getattr(self, "_last", None):
            return
        self._last = snapshot
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.counts["page"] / elapsed
        if self.json:
            record = {"event": "progress", "outlet": spider.name, "fetched": self.counts["page"],
                      "failed": self.counts["failure"], "skipped": self.counts["skipped"],
                      "pages_per_s": round(rate, 2), "final": final}
            print(json.dumps(record), file=sys.stderr, flush=True)
        else:
            print(f"  {spider.name:<14} fetched {self.counts['page']:>5}  skipped {self.counts['skipped']:>5}  "
                  f"failed {self.counts['failure']:>4}  {rate:6.1f} pages/s", file=sys.stderr, flush=True)
