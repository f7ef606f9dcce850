"""The spider's requests go to Scrapy's frontier on disk (JOBDIR) and come back from it as Scrapy would write and
read them, without Scrapy's walk over every attribute of the spider to name their callbacks."""

from __future__ import annotations

import inspect

import pytest
import scrapy
from scrapy.utils.request import request_from_dict

from pilkada.crawler.spiders.outlet import OutletRequest, OutletSpider


class Spider(OutletSpider):
    name = "dayaknews"


def _requests(spider):
    meta = {"handle_httpstatus_list": [304, 404], "via": "sitemap", "lastmod": "2024-09-12"}
    url = "http://127.0.0.1:1/dayaknews/2024/09/12/bupati-hadir/"
    return (OutletRequest(url, callback=spider.parse_article, errback=spider.article_failed, priority=10, meta=meta),
            scrapy.Request(url, callback=spider.parse_article, errback=spider.article_failed, priority=10, meta=meta))


def test_written_as_scrapy_writes_its_own_and_read_back_to_the_same_callbacks():
    spider = Spider()
    ours, scrapys = _requests(spider)
    written = ours.to_dict(spider=spider)
    assert {k: v for k, v in written.items() if k != "_class"} == scrapys.to_dict(spider=spider)
    assert written["callback"] == "parse_article" and written["errback"] == "article_failed"
    back = request_from_dict(written, spider=spider)
    assert type(back) is OutletRequest
    assert back.callback == spider.parse_article and back.errback == spider.article_failed
    assert back.meta == ours.meta and back.priority == 10
    assert ours.callback == spider.parse_article  # the request itself is left as it was


def test_the_spiders_methods_are_named_without_walking_its_attributes(monkeypatch):
    spider = Spider()
    ours, _ = _requests(spider)

    def walked(*args, **kwargs):
        raise AssertionError("inspect.getmembers called")

    monkeypatch.setattr(inspect, "getmembers", walked)
    assert ours.to_dict(spider=spider)["callback"] == "parse_article"


def test_a_callback_that_is_not_the_spiders_method_is_left_to_scrapy():
    spider = Spider()

    def elsewhere(response):
        return None

    request = OutletRequest("http://127.0.0.1:1/x", callback=elsewhere)
    with pytest.raises(ValueError):  # as Scrapy: only the spider's own methods can be written to disk
        request.to_dict(spider=spider)
    assert request.callback is elsewhere
    assert OutletRequest("http://127.0.0.1:1/x").to_dict(spider=spider)["callback"] is None
