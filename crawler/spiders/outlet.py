"""One spider class, driven by an outlet declaration: sitemaps and feeds first, listing pages as the fallback."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import time
from email.utils import parsedate_to_datetime
from html import unescape

import scrapy
from lxml import etree
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from pilkada.crawler.declarations import Outlet, load_outlets
from pilkada.crawler.items import FailedPage, FetchedPage, SkippedPage
from pilkada.extract.multipage import CONTINUATION_MARK

HTML_TYPES = ("text/html", "application/xhtml+xml")
PRIORITY_DISCOVERY = 100  # sitemaps and feeds before listing pages, so listings only add what they miss
PRIORITY_ARTICLE = 50
PRIORITY_LISTING = 0
MAX_ARTICLE_PAGES = 50  # a chain of "next page" links longer than this is a loop in the site, not an article
HREF = re.compile(r"""href\s*=\s*["']([^"'#]+)""", re.IGNORECASE)
# Statuses the article callback records itself; redirects stay with Scrapy's RedirectMiddleware.
HANDLED_STATUSES = [304, *range(400, 600)]


class OutletRequest(scrapy.Request):
    """The spider's requests. Scrapy writes each to the crawl's frontier on disk (JOBDIR) with its callbacks' names,
    which it finds by walking every attribute of the spider (inspect.getmembers: 50 µs a request, twice); a bound
    method of the spider is named here by its own name, anything else is left to Scrapy's search."""

    def to_dict(self, *, spider=None) -> dict:
        callback, errback = self.callback, self.errback
        self.callback, self.errback = _method_name(spider, callback), _method_name(spider, errback)
        try:
            return super().to_dict(spider=spider)
        finally:
            self.callback, self.errback = callback, errback


def _method_name(spider, function):
    """The attribute name of `function` on `spider` when it is that spider's bound method of this name, else it."""
    name = getattr(function, "__name__", None)
    if spider is not None and name and getattr(function, "__self__", None) is spider:
        found = getattr(spider, name, None)
        if getattr(found, "__func__", None) is function.__func__:
            return name
    return function


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _date_of(raw: str | None) -> dt.date | None:
    if not raw:
        return None
    raw = raw.strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if match:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError):
        return None


class OutletSpider(scrapy.Spider):
    """Subclassed once per declared outlet (see pilkada.crawler.spiders.outlets); `name` is the outlet."""

    outlet_name: str = ""

    custom_settings: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen_articles: set[str] = set()
        self.listed: set[str] = set()  # article URLs met on listing pages
        self.listing_pages_walked: dict[str, int] = {}
        self.continuation_pages: set[str] = set()  # later pages of multi-page articles: never articles of their own

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        outlets = load_outlets(settings.get("PILKADA_OUTLETS") or None, settings.get("PILKADA_SITES") or None)
        spider.outlet: Outlet = outlets[cls.outlet_name]
        spider.run_id = settings.getint("PILKADA_RUN_ID") or None
        since = settings.get("PILKADA_SINCE")
        spider.since = dt.date.fromisoformat(since) if since else None
        until = settings.get("PILKADA_UNTIL")
        spider.until = dt.date.fromisoformat(until) if until else None
        spider.max_pages = settings.getint("PILKADA_MAX_PAGES", 0)
        spider.full = settings.getbool("PILKADA_FULL", False)
        spider.known = _known_state(settings, spider.outlet.outlet)
        spider.article_requests = 0
        # with a frontier shared by several processes, Redis' dupefilter is what stops a second fetch
        spider.shared = settings.getbool("PILKADA_SHARED_FRONTIER", False)
        # Sitemaps are read before feeds and listings, so that an article reached both ways is requested
        # with its sitemap lastmod, which the next crawl compares. Shared, whichever process reads the
        # sitemap may not be this one: there all discovery starts at once.
        spider.sitemaps_pending = 0
        spider.secondary_started = spider.shared or not spider.outlet.sitemaps
        if not spider.secondary_started:
            crawler.signals.connect(spider._start_secondary_when_idle, signal=signals.spider_idle)
        if spider.shared:
            # another process may still be adding to the shared queue: wait a while before closing
            spider.idle_limit = settings.getfloat("PILKADA_SHARED_IDLE_SECONDS", 12.0)
            spider.idle_since = None
            crawler.signals.connect(spider._keep_alive_while_others_work, signal=signals.spider_idle)
            crawler.signals.connect(spider._busy, signal=signals.response_received)
        return spider

    def _busy(self, *args, **kwargs) -> None:
        self.idle_since = None

    def _keep_alive_while_others_work(self, *args, **kwargs) -> None:
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_limit:
            raise DontCloseSpider

    # ---- discovery -------------------------------------------------------------------------

    async def start(self):
        for path in self.outlet.sitemaps:
            self.sitemaps_pending += 1
            yield OutletRequest(self.outlet.url(path), callback=self.parse_sitemap, errback=self.discovery_failed,
                                 priority=PRIORITY_DISCOVERY, dont_filter=not self.shared)
        if self.secondary_started:
            for request in self._secondary_discovery():
                yield request

    def _secondary_discovery(self):
        """Feeds and listings: what the sitemaps may not list."""
        for path in self.outlet.feeds:
            yield OutletRequest(self.outlet.url(path), callback=self.parse_feed, errback=self.discovery_failed,
                                 priority=PRIORITY_DISCOVERY, dont_filter=not self.shared)
        for template in self.outlet.listings:
            yield self._listing_request(template, 1)

    def _sitemap_done(self):
        self.sitemaps_pending -= 1
        if self.sitemaps_pending <= 0 and not self.secondary_started:
            self.secondary_started = True
            yield from self._secondary_discovery()

    def _start_secondary_when_idle(self, *args, **kwargs) -> None:
        if not self.secondary_started:  # a sitemap request that ended without its callback or errback
            self.secondary_started = True
            for request in self._secondary_discovery():
                self.crawler.engine.crawl(request)
            raise DontCloseSpider

    def _listing_request(self, template: str, page: int) -> scrapy.Request:
        return OutletRequest(
            self.outlet.url(template.format(page=page)),
            callback=self.parse_listing,
            errback=self.discovery_failed,
            priority=PRIORITY_LISTING - page,
            # a resumed crawl walks discovery again: a request the killed run had taken off the queue but never
            # answered is in the persisted dupefilter, and filtering it would hide everything behind it
            dont_filter=not self.shared,
            cb_kwargs={"template": template, "page": page},
            meta={"handle_httpstatus_list": HANDLED_STATUSES},
        )

    def parse_sitemap(self, response):
        yield from self._sitemap_entries(response)
        yield from self._sitemap_done()

    def _sitemap_entries(self, response):
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            yield self._failure(response.url, "malformed_html", response.status, "sitemap is not XML")
            return
        ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        for node in root.xpath("//s:sitemap | //sitemap", namespaces=ns):
            loc = _text(node, "loc", ns)
            lastmod = _text(node, "lastmod", ns)
            if not loc:
                continue
            if self.since and lastmod and _date_of(lastmod) and _date_of(lastmod) < self.since:
                continue  # a whole monthly sitemap older than --since
            self.sitemaps_pending += 1
            yield response.follow(loc, callback=self.parse_sitemap, errback=self.discovery_failed,
                                  priority=PRIORITY_DISCOVERY, dont_filter=not self.shared)
        for node in root.xpath("//s:url | //url", namespaces=ns):
            loc = _text(node, "loc", ns)
            if loc:
                yield from self._article(response.urljoin(loc), _text(node, "lastmod", ns), "sitemap")

    def parse_feed(self, response):
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            yield self._failure(response.url, "malformed_html", response.status, "feed is not XML")
            return
        atom = {"a": "http://www.w3.org/2005/Atom"}
        for item in root.xpath("//item"):
            link = (item.findtext("link") or "").strip()
            date = item.findtext("pubDate")
            if link:
                yield from self._article(response.urljoin(link), date, "feed")
        for entry in root.xpath("//a:entry", namespaces=atom):
            links = entry.xpath("a:link[not(@rel) or @rel='alternate']/@href", namespaces=atom)
            date = entry.findtext("a:updated", namespaces=atom) or entry.findtext("a:published", namespaces=atom)
            if links:
                yield from self._article(response.urljoin(links[0]), date, "feed")

    def parse_listing(self, response, template: str, page: int):
        if response.status == 404 and page > 1:
            return  # the page after the last one: the end of the listing, not a failure
        if response.status >= 400:
            yield self._failure(response.url, _status_reason(response.status), response.status, "listing page")
            return
        fresh = 0
        on_page = set()
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href).split("#")[0]
            if not self.outlet.is_article(url):
                continue
            on_page.add(url)
            # Stored by an earlier crawl, or listed on an earlier page of this walk (a sidebar repeats on every
            # page). An article met through the feed or a sitemap still counts as fresh here: a feed answering
            # before the listing would otherwise end the walk at page 1 and hide everything older.
            if self.outlet.canonical(url) not in self.known and url not in self.listed:
                fresh += 1
            yield from self._article(url, None, "listing")
        self.listed |= on_page
        # Walk on while the page brings articles no earlier crawl stored; a page of stored ones ends the
        # walk (incremental), unless --full asks for everything.
        if (fresh or self.full) and page < self.outlet.max_listing_pages and self._budget_left():
            yield self._listing_request(template, page + 1)

    # ---- articles ---------------------------------------------------------------------------

    def _budget_left(self) -> bool:
        return not self.max_pages or self.article_requests < self.max_pages

    def _article(self, url: str, lastmod: str | None, via: str):
        later_page = self.outlet.page_of(url)
        if later_page:  # page 2 or later of an article: the article is fetched from its first page, whole
            url, lastmod = later_page[0], None
        if not self.outlet.is_article(url) or url in self.seen_articles or url in self.continuation_pages:
            return
        if via != "sitemap" and self.outlet.sitemaps and not self.full and self.outlet.canonical(url) in self.known:
            return  # a stored article: the sitemap's lastmod says whether it changed, not the feed or listing
        self.seen_articles.add(url)
        lastmod_date = _date_of(lastmod)
        if self.since and lastmod_date and lastmod_date < self.since:
            return
        if self.until and via == "feed" and lastmod_date and lastmod_date > self.until:
            return  # a feed's date is the publication date; a sitemap's lastmod may be a later edit
        canonical = self.outlet.canonical(url)
        known = self.known.get(canonical)
        headers = {}
        if known and not self.full:
            # a sitemap's lastmod says when the page last changed; a feed's pubDate only when it first appeared
            if via == "sitemap" and lastmod and known.get("lastmod") and known["lastmod"] == lastmod.strip():
                yield SkippedPage(outlet=self.outlet.outlet, url=canonical, reason="unchanged_lastmod")
                return
            if known.get("etag"):
                headers["If-None-Match"] = known["etag"]
            if known.get("last_modified"):
                headers["If-Modified-Since"] = known["last_modified"]
        if not self._budget_left():
            return
        self.article_requests += 1
        yield OutletRequest(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            headers=headers,
            priority=PRIORITY_ARTICLE,
            # de-duplicated above; the persisted dupefilter must not drop a resumed or redirected article
            dont_filter=not self.shared,
            meta={"handle_httpstatus_list": HANDLED_STATUSES, "lastmod": lastmod.strip() if lastmod else None, "via": via},
        )

    def parse_article(self, response):
        status = response.status
        if status == 304:
            yield SkippedPage(outlet=self.outlet.outlet, url=self.outlet.canonical(response.url), reason="not_modified")
            return
        if status >= 300:
            yield self._failure(response.url, _status_reason(status), status, f"HTTP {status}")
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()
        if not isinstance(response, scrapy.http.TextResponse) or (content_type and content_type not in HTML_TYPES):
            yield self._failure(response.url, "not_html", status, content_type or "no content type")
            return
        body = response.text
        if self.since or self.until:
            published = _quick_published(body)
            out_of_range = published and ("before_since" if self.since and published < self.since else
                                          "after_until" if self.until and published > self.until else None)
            if out_of_range:
                yield SkippedPage(outlet=self.outlet.outlet, url=self.outlet.canonical(response.url), reason=out_of_range)
                return
        if not _has_text(body):
            yield self._failure(response.url, "empty_body", status, "no text in the page")
            return
        page = FetchedPage(
            outlet=self.outlet.outlet,
            url=response.url,
            canonical_url=self.outlet.canonical(response.url),
            http_status=status,
            fetched_at=now_utc(),
            body=body,
            encoding=response.encoding,
            content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
            content_type=content_type or None,
            etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            discovered_via=response.meta.get("via"),
            lastmod=response.meta.get("lastmod"),
        )
        yield from self._continue_or_store(response, page, 1, {response.url})

    # ---- multi-page articles ------------------------------------------------------------------

    def _continue_or_store(self, response, page: FetchedPage, number: int, visited: set[str]):
        """Fetch the article's next page if it has one, else hand the article, all its pages joined, on."""
        following = self._next_page(response, page.url, number + 1)
        if following and following not in visited and number < MAX_ARTICLE_PAGES:
            self.continuation_pages.add(following)
            yield OutletRequest(
                following, callback=self.parse_continuation, errback=self.continuation_failed,
                priority=PRIORITY_ARTICLE + 1, dont_filter=not self.shared,
                meta={"handle_httpstatus_list": HANDLED_STATUSES, "article": page, "page_number": number + 1,
                      "visited": visited | {following}},
            )
            return
        if number > 1:
            page.content_hash = hashlib.sha256(page.body.encode("utf-8")).hexdigest()
        yield page

    def _next_page(self, response, first_url: str, wanted: int) -> str | None:
        """The URL of page `wanted` of the article whose first page is `first_url`, if this page links to it."""
        selector = self.outlet.selectors.get("next_page")
        if selector:
            for href in response.css(selector).xpath("@href").getall():
                url = response.urljoin(href.strip()).split("#")[0]
                if url != response.url and url.startswith(self.outlet.base_url):
                    return url
            return None
        slug = first_url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
        for match in HREF.finditer(response.text):
            href = match.group(1)
            if slug not in href and "?" not in href:
                continue
            url = response.urljoin(unescape(href)).split("#")[0]
            found = self.outlet.page_of(url)
            if found and found[1] == wanted and found[0] == first_url.split("#")[0]:
                return url
        return None

    def parse_continuation(self, response):
        page: FetchedPage = response.meta["article"]
        number = response.meta["page_number"]
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()
        if response.status >= 300 or not isinstance(response, scrapy.http.TextResponse) or (
                content_type and content_type not in HTML_TYPES):
            reason = _status_reason(response.status) if response.status >= 300 else "not_html"
            yield self._failure(response.url, reason, response.status,
                                f"page {number} of {page.canonical_url}: the article is stored without it")
            yield from self._store_pages(page, number - 1)
            return
        page.body += CONTINUATION_MARK.format(url=response.url.replace("--", "%2D%2D")) + response.text
        yield from self._continue_or_store(response, page, number, response.meta["visited"])

    def continuation_failed(self, failure):
        meta = failure.request.meta
        page: FetchedPage = meta["article"]
        reason, status, detail = _failure_reason(failure)
        yield self._failure(failure.request.url, reason, status,
                            f"page {meta['page_number']} of {page.canonical_url}: {detail}")
        yield from self._store_pages(page, meta["page_number"] - 1)

    def _store_pages(self, page: FetchedPage, pages: int):
        if pages > 1:
            page.content_hash = hashlib.sha256(page.body.encode("utf-8")).hexdigest()
        yield page

    # ---- failures ---------------------------------------------------------------------------

    def article_failed(self, failure):
        yield self._failure(failure.request.url, *_failure_reason(failure))

    def discovery_failed(self, failure):
        yield self._failure(failure.request.url, *_failure_reason(failure))
        if failure.request.callback == self.parse_sitemap:
            yield from self._sitemap_done()

    def _failure(self, url: str, reason: str, status: int | None = None, detail: str | None = None) -> FailedPage:
        # the outlet's own URL, as articles keep it, whichever server (--sites) was crawled
        return FailedPage(outlet=self.outlet.outlet, url=self.outlet.canonical(url), reason=reason, failed_at=now_utc(),
                          http_status=status, detail=(detail or "")[:300] or None)


def _status_reason(status: int) -> str:
    if 400 <= status < 500:
        return "http_4xx"
    if status >= 500:
        return "http_5xx"
    return "redirect_loop" if 300 <= status < 400 else "other"


def _failure_reason(failure) -> tuple[str, int | None, str]:
    error = failure.value
    detail = f"{type(error).__name__}: {error}".splitlines()[0]
    if failure.check(HttpError):
        status = error.response.status
        return _status_reason(status), status, detail
    # Scrapy 2.13+ wraps Twisted's errors in Download*Error classes: match on the name as well as the class.
    kind = type(error).__name__.lower()
    if "timeout" in kind or "timedout" in kind or failure.check(TimeoutError, TCPTimedOutError):
        return "timeout", None, detail
    if "connectionrefused" in kind:
        return "connection_refused", None, detail
    if "dns" in kind or "lookup" in kind or "resolve" in kind or "dns lookup failed" in detail.lower():
        return "dns_error", None, detail  # Scrapy 2.13+: CannotResolveHostError
    if any(word in kind for word in ("connectionlost", "responsefailed", "responseneverreceived", "connectiondone")):
        return "connection_lost", None, detail
    if failure.check(DNSLookupError):
        return "dns_error", None, detail
    if failure.check(ConnectionRefusedError):
        return "connection_refused", None, detail
    if failure.check(TimeoutError, TCPTimedOutError, ResponseNeverReceived) and "timeout" in detail.lower() or failure.check(TimeoutError, TCPTimedOutError):
        return "timeout", None, detail
    if failure.check(ConnectionLost, ResponseFailed, ResponseNeverReceived):
        return "connection_lost", None, detail
    if failure.check(IgnoreRequest):
        text = str(error).lower()
        if "redirect" in text:
            return "redirect_loop", None, detail
        if "robots" in text or "forbidden by robots" in text:
            return "robots_disallowed", None, detail
        if "max" in text and "size" in text:
            return "too_large", None, detail
    if "maxsize" in detail.lower() or "too large" in detail.lower() or "cancelled" in detail.lower():
        return "too_large", None, detail
    return "other", None, detail


PUBLISHED_IN_HEAD = re.compile(
    r"""(?:article:published_time|datePublished|name=["']pubdate|<time[^>]+datetime)[^>]{0,80}?(\d{4}-\d{2}-\d{2})""",
    re.IGNORECASE,
)


def _quick_published(body: str) -> dt.date | None:
    """The publication date from the page's metadata, cheaply, to honour --since without cleaning on the reactor."""
    match = PUBLISHED_IN_HEAD.search(body[:200_000])
    return _date_of(match.group(1)) if match else None


TAGS_AND_SPACE = re.compile(r"<[^>]+>|\s")
MIN_PAGE_TEXT = 20  # characters outside tags and whitespace; fewer is an empty page


def _has_text(body: str) -> bool:
    """At least MIN_PAGE_TEXT characters outside tags and whitespace. Stripping the tags of a whole page cost more
    than anything else the spider does with it; a prefix ending just after a `>` holds exactly the text it holds
    in the whole page (no tag crosses its end), so a page's head usually answers."""
    for limit in (2048, 32768):
        if len(body) <= limit:
            break
        end = body.rfind(">", 0, limit) + 1
        if len(TAGS_AND_SPACE.sub("", body[:end])) >= MIN_PAGE_TEXT:
            return True
    return len(TAGS_AND_SPACE.sub("", body)) >= MIN_PAGE_TEXT


def _header(response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _text(node, tag: str, ns: dict) -> str | None:
    found = node.find(f"s:{tag}", ns)
    if found is None:
        found = node.find(tag)
    return found.text.strip() if found is not None and found.text else None


def _known_state(settings, outlet: str) -> dict:
    """What the warehouse holds of this outlet (sitemap lastmod, ETag, Last-Modified), for the incremental skip and
    conditional requests. `pilkada crawl` hands it over in a file; `scrapy crawl` and Scrapyd jobs read it here."""
    path = settings.get("PILKADA_KNOWN_FILE")
    if path:
        return _load_known(path, outlet)
    warehouse = settings.get("PILKADA_WAREHOUSE")
    if settings.getbool("PILKADA_FULL", False) or not warehouse or not os.path.exists(warehouse):
        return {}
    from pilkada import warehouse as wh
    from pilkada.ingest.loader import SpoolWaiting, connect_when_free

    try:
        con = connect_when_free(warehouse, read_only=True)
    except SpoolWaiting:
        return {}  # the warehouse stayed busy: every article is fetched again; loading keeps it unduplicated
    try:
        return wh.crawl_state(con, [outlet]).get(outlet, {})
    finally:
        con.close()


def _load_known(path: str | None, outlet: str) -> dict:
    if not path:
        return {}
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle).get(outlet, {})
    except FileNotFoundError:
        return {}
