"""Downloader middleware: exponential backoff between retries, so a struggling server gets room to recover."""

from __future__ import annotations


class RetryBackoff:
    """Waits PILKADA_RETRY_BACKOFF × 2^(n-1) seconds (capped by PILKADA_RETRY_BACKOFF_MAX) before the n-th retry.

    Only the retried request waits; the rest of the crawl goes on.
    """

    def __init__(self, base: float, cap: float):
        self.base, self.cap = base, cap

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(settings.getfloat("PILKADA_RETRY_BACKOFF", 1.0), settings.getfloat("PILKADA_RETRY_BACKOFF_MAX", 60.0))

    def delay_for(self, retries: int) -> float:
        return 0.0 if retries <= 0 or self.base <= 0 else min(self.cap, self.base * 2 ** (retries - 1))

    async def process_request(self, request, spider=None):
        delay = self.delay_for(request.meta.get("retry_times", 0))
        if delay:
            from scrapy.utils.defer import maybe_deferred_to_future
            from twisted.internet import reactor
            from twisted.internet.task import deferLater

            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return None
