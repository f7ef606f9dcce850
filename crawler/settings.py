"""Scrapy settings of pilkada: polite by default. `pilkada crawl` and `scrapy crawl <outlet>` both use them."""

import os

from pilkada.warehouse.connection import warehouse_path

BOT_NAME = "pilkada"
SPIDER_MODULES = ["pilkada.crawler.spiders.outlets"]
NEWSPIDER_MODULE = "pilkada.crawler.spiders"
# Finds the bundled outlets and those declared in the PILKADA_OUTLETS directory (below).
SPIDER_LOADER_CLASS = "pilkada.crawler.spiders.outlets.OutletSpiderLoader"

# Who we are and how to reach us: set PILKADA_CONTACT (an e-mail or URL) before crawling real outlets.
PILKADA_CONTACT = os.environ.get("PILKADA_CONTACT", "")
USER_AGENT = "pilkada/0.1 (research crawler of Indonesian regional news{})".format(
    f"; contact: {PILKADA_CONTACT}" if PILKADA_CONTACT else ""
)

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
# Scrapy runs up to CONCURRENT_ITEMS asyncio tasks for the output of every response (2.13+): at the default 100
# that was a hundred tasks per page (0.6 ms of CPU per page of ~3.5); the spool pipeline is synchronous.
CONCURRENT_ITEMS = 4
# A developer's check that re-reads and parses the callback's source on every response (its cache is keyed weakly
# by the bound method, which dies at once): 0.5 ms of CPU per page.
WARN_ON_GENERATOR_RETURN_VALUE = False
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
REDIRECT_MAX_TIMES = 10
# HTTP cache is a switch (`pilkada crawl --http-cache`), off by default so conditional requests reach the server.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {"pilkada.crawler.middlewares.RetryBackoff": 560}
PILKADA_RETRY_BACKOFF = 1.0  # seconds before the first retry, doubled for each further one
PILKADA_RETRY_BACKOFF_MAX = 60.0
ITEM_PIPELINES = {"pilkada.crawler.pipelines.SpoolPipeline": 300}
# Scrapy 2.19's remote control (an HTTP server to drive the crawl) is on by default: off here. With cookies and the
# telnet console, also off, `pilkada crawl` leaves it out of Scrapy's lists (crawl.leave_out_switched_off), which
# otherwise imports each (aiohttp, tldextract: 0.1 s) only to find it off. Naming one here, even as None, imports it.
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {"pilkada.crawler.progress.Progress": 500}

# pilkada's own settings (flags of `pilkada crawl` set them; `scrapy crawl -s NAME=value` too).
PILKADA_WAREHOUSE = str(warehouse_path())
PILKADA_SPOOL = os.environ.get("PILKADA_SPOOL", "")
PILKADA_BATCH_SIZE = int(os.environ.get("PILKADA_BATCH_SIZE", 25))
PILKADA_INGEST_ON_CLOSE = True  # `scrapy crawl` / Scrapyd land results in the warehouse when the spider closes
PILKADA_SITES = os.environ.get("PILKADA_SITES", "")
# A directory of extra outlet declarations (*.toml): `pilkada crawl --outlets DIR` sets it, as does
# `scrapy crawl NAME -s PILKADA_OUTLETS=DIR` or the environment variable.
PILKADA_OUTLETS = os.environ.get("PILKADA_OUTLETS", "")
PILKADA_PROGRESS = False
