"""`pilkada crawl` leaves the Scrapy components its settings switch off out of Scrapy's lists, so that Scrapy does
not import them only to find them off (aiohttp and tldextract: 0.1 s of every crawl's start); one a setting
switches on stays listed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from scrapy.settings import Settings

from pilkada.crawler.crawl import SWITCHED_OFF_BY, leave_out_switched_off

COOKIES = "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"
REMOTE = "scrapy.extensions.remote_control.RemoteControl"
TELNET = "scrapy.extensions.telnet.TelnetConsole"


def _pilkada_settings() -> Settings:
    settings = Settings()
    settings.setmodule("pilkada.crawler.settings", priority="project")
    return settings


def test_switched_off_components_leave_the_lists_and_the_rest_stay_in_order():
    settings = _pilkada_settings()
    before = {name: dict(settings.getdict(name)) for name in SWITCHED_OFF_BY}
    leave_out_switched_off(settings)
    assert settings.getdict("DOWNLOADER_MIDDLEWARES_BASE") == {
        path: order for path, order in before["DOWNLOADER_MIDDLEWARES_BASE"].items() if path != COOKIES}
    assert settings.getdict("EXTENSIONS_BASE") == {
        path: order for path, order in before["EXTENSIONS_BASE"].items() if path not in (REMOTE, TELNET)}
    assert not settings.getbool("REMOTE_CONTROL_ENABLED")  # Scrapy 2.19 starts it by default


def test_a_component_switched_on_stays_listed():
    settings = _pilkada_settings()
    settings.set("COOKIES_ENABLED", True, priority="cmdline")
    settings.set("TELNETCONSOLE_ENABLED", True, priority="cmdline")
    leave_out_switched_off(settings)
    assert COOKIES in settings.getdict("DOWNLOADER_MIDDLEWARES_BASE")
    assert TELNET in settings.getdict("EXTENSIONS_BASE")
    assert REMOTE not in settings.getdict("EXTENSIONS_BASE")


LOAD_COMPONENTS = """
import json, sys
from scrapy.settings import Settings
from scrapy.utils.misc import load_object
from pilkada.crawler.crawl import leave_out_switched_off
settings = Settings()
settings.setmodule("pilkada.crawler.settings", priority="project")
leave_out_switched_off(settings)
loaded = []
for name in ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS"):
    # what Scrapy's middleware managers load: the list with its base, each class imported
    for path in settings.get_component_priority_dict_with_base(name):
        loaded.append(load_object(path).__name__)
print(json.dumps({"loaded": loaded, "modules": sorted(m for m in ("aiohttp", "tldextract") if m in sys.modules)}))
"""


def test_scrapy_loading_pilkadas_lists_imports_neither_aiohttp_nor_tldextract():
    out = subprocess.run([sys.executable, "-c", LOAD_COMPONENTS], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONWARNINGS": "ignore"})
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["modules"] == []
    assert {"RobotsTxtMiddleware", "RetryMiddleware", "RedirectMiddleware", "HttpCompressionMiddleware",
            "RetryBackoff", "Progress", "SpiderState"} <= set(result["loaded"])
    assert not {"CookiesMiddleware", "RemoteControl", "TelnetConsole"} & set(result["loaded"])


COUNT_RECORDS = """
import collections, json, logging, sys
created = collections.Counter()
make_record = logging.getLogRecordFactory()

def counted(*args, **kwargs):
    record = make_record(*args, **kwargs)
    created[record.name.split(".")[0]] += 1
    return record

logging.setLogRecordFactory(counted)
from pilkada.cli.common import validate_crawl
from pilkada.cli.main import build_parser
from pilkada.crawler.crawl import CrawlOptions, crawl_outlets
args = CrawlOptions.from_namespace(build_parser().parse_args(["crawl", *sys.argv[1:]]))
paths, outlets = validate_crawl(args)
crawl_outlets(args, paths, outlets)
print(json.dumps(created))
"""


def test_a_quiet_crawl_builds_no_log_record_of_scrapys_per_page(sites_server, tmp_path):
    """Scrapy's "Crawled" and "Scraped" lines are for --debug: without it they are not even built (the handlers'
    filter dropped them after their caller's frame had been looked up, 3 % of the Scrapy process's CPU)."""
    out = subprocess.run([sys.executable, "-c", COUNT_RECORDS, "--sites", sites_server, "--outlet", "rmoljatim",
                          "--db", str(tmp_path / "w.duckdb"), "--quiet"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    created = json.loads(out.stdout.strip().splitlines()[-1])
    pages = int(out.stdout.split("pages fetched")[1].split()[0])
    assert pages >= 5
    assert created.get("scrapy", 0) <= 3  # Scrapy's start-up lines, before it sets its loggers; none per page
