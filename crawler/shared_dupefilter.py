"""The shared frontier's duplicate filter (scrapy-redis), letting redirects through as the single-process crawl does."""

from __future__ import annotations

from scrapy_redis.dupefilter import RFPDupeFilter


class RedirectsPassDupeFilter(RFPDupeFilter):
    """In a single process article requests skip the filter, so a redirect loop runs into REDIRECT_MAX_TIMES and is
    recorded as a failure. Shared, the filter must see first requests (two crawlers, one frontier), but the second
    visit of a looping redirect would then vanish unrecorded; redirected requests are let through instead."""

    def request_seen(self, request) -> bool:
        if request.meta.get("redirect_times"):
            return False
        return super().request_seen(request)
