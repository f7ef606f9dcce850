"""The crawl tells its loader of every batch it spools (a line on the loader's stdin), and the loader, woken by that
and by its workers' finished batches, takes each at once instead of looking at the spool every `poll` seconds."""

from __future__ import annotations

import os
import threading
import time

import pytest
from scrapy.settings import Settings

from crawled_lines import crawl_spool_lines
from pilkada.crawler.items import FetchedPage
from pilkada.crawler.pipelines import SpoolPipeline
from pilkada.ingest import loader
from pilkada.ingest.spool import CLAIM, SPOOLED_LINE, pending_batches, write_batch

POLL = 120.0  # a loader that waited out its poll would outlast the test's limits by far


@pytest.fixture(scope="module")
def spooled_lines(sites_server, tmp_path_factory):
    return crawl_spool_lines(sites_server, tmp_path_factory.mktemp("crawled"), ["nganjuknews"])


def _spool(tmp_path, pipe: int, batch_size: int, pages: int) -> None:
    """`pages` pages through the spool pipeline of a crawl whose loader reads `pipe`, outside a crawl."""
    settings = Settings({"PILKADA_WAREHOUSE": str(tmp_path / "w.duckdb"), "PILKADA_BATCH_SIZE": batch_size,
                         "PILKADA_INGEST_ON_CLOSE": False, "PILKADA_LOADER_PIPE": pipe})
    pipeline = SpoolPipeline(settings)
    pipeline.crawler = None  # no spider, no stats
    for n in range(pages):
        url = f"https://x.test/{n}"
        pipeline.process_item(FetchedPage(outlet="nganjuknews", url=url, canonical_url=url, http_status=200,
                                          fetched_at="2024-09-24T10:00:00Z", body="<p>x</p>", encoding="utf-8",
                                          content_hash=str(n)))
    pipeline.flush()


def test_the_spool_pipeline_writes_a_line_on_the_loaders_pipe_for_every_batch(tmp_path):
    read_end, write_end = os.pipe()
    try:
        _spool(tmp_path, write_end, batch_size=2, pages=5)
        os.close(write_end)
        written = os.read(read_end, 1024).decode("ascii")
    finally:
        os.close(read_end)
    assert len(pending_batches(tmp_path / "w.duckdb.spool")) == 3
    assert written.splitlines() == [SPOOLED_LINE] * 3


def test_the_spool_pipeline_carries_on_when_the_loader_is_gone(tmp_path):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the loader died: writing raises EPIPE
    try:
        _spool(tmp_path, write_end, batch_size=1, pages=2)
    finally:
        os.close(write_end)
    assert len(pending_batches(tmp_path / "w.duckdb.spool")) == 2  # spooled all the same, for the next loader


def test_a_woken_loader_takes_each_batch_at_once_instead_of_after_its_poll(spooled_lines, sites_server, tmp_path):
    """With a two-minute poll, a loader that looked at the spool only every poll would claim neither batch
    nor see the end for minutes; woken by the crawl's lines and by its worker, it loads both in seconds."""
    spool, db = tmp_path / "spool", tmp_path / "w.duckdb"
    wake, finish = threading.Event(), threading.Event()
    claimed_after: list[float] = []
    failed: list[str] = []

    def crawl():
        time.sleep(0.5)  # the loader has found the spool empty and waits
        for chunk in (spooled_lines[:2], spooled_lines[2:4]):
            path = write_batch(spool, "nganjuknews", chunk)
            spooled = time.monotonic()
            wake.set()
            while path.exists():  # renamed to <batch>.claimed-<pid> when the loader takes it
                if time.monotonic() - spooled > 30:
                    failed.append(f"{path.name} not claimed in 30 s")
                    finish.set()
                    wake.set()
                    return
                time.sleep(0.01)
            claimed_after.append(time.monotonic() - spooled)
        finish.set()
        wake.set()

    thread = threading.Thread(target=crawl)
    thread.start()
    started = time.monotonic()
    counts = loader.ingest_spool(db, spool, sites_url=sites_server, workers=1, finished=finish.is_set, poll=POLL,
                                 wake=wake)
    thread.join()
    assert not failed
    assert len(claimed_after) == 2 and max(claimed_after) < 30
    assert counts["pages"] == 4
    assert time.monotonic() - started < POLL / 2
    assert not list(spool.glob(f"*{CLAIM}*")) and not pending_batches(spool)
