"""The crawl's writer bounds DuckDB's memory (`SET memory_limit`): WRITER_MEMORY_MB, or half the warehouse file
when that is more; a transaction that does not fit is rolled back and loaded again with twice the memory, so a
bound too small for the warehouse costs time, never a page."""

from __future__ import annotations

import logging

import duckdb
import pytest

from crawled_lines import crawl_spool_lines
from pilkada.ingest import loader
from pilkada.ingest.reextract import chunked
from pilkada.ingest.spool import pending_batches, write_batch


@pytest.fixture(scope="module")
def spooled_lines(sites_server, tmp_path_factory):
    """Every page of a real crawl of two local outlets, as spool lines."""
    return crawl_spool_lines(sites_server, tmp_path_factory.mktemp("crawled"), ["rmoljatim", "nganjuknews"])


def _setting(megabytes: int) -> str:
    """DuckDB's own spelling of a memory limit of that many MB."""
    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{megabytes}MB'")
    return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]


def _load(lines, tmp_path, sites_server, monkeypatch):
    """Every line loaded by ingest_spool with one worker, a transaction per batch of 3; the writer's memory limit
    seen after each transaction."""
    monkeypatch.setattr(loader, "MERGE_BATCHES", 1)
    monkeypatch.setattr(loader, "BACKLOG_MERGE", 1)
    limits = []
    connect = loader.connect_when_free

    def watched(*args, **kwargs):
        con = connect(*args, **kwargs)
        limits.append(con)
        return con

    monkeypatch.setattr(loader, "connect_when_free", watched)
    spool = tmp_path / "spool"
    for chunk in chunked(lines, 3):
        write_batch(spool, "mixed", chunk)
    seen = []
    counts = loader.ingest_spool(tmp_path / "w.duckdb", spool, sites_url=sites_server, workers=1,
                                 on_batch=lambda path, batch_counts: seen.append(
                                     limits[-1].execute("SELECT current_setting('memory_limit')").fetchone()[0]))
    assert not pending_batches(spool)
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        quotes = con.execute("SELECT count(*) FROM quotes").fetchone()[0]
    return counts, seen, stored, quotes


def test_the_writer_runs_duckdb_within_its_memory_bound(spooled_lines, sites_server, tmp_path, monkeypatch):
    counts, seen, stored, _ = _load(spooled_lines, tmp_path, sites_server, monkeypatch)
    assert len(seen) >= 3 and set(seen) == {_setting(loader.WRITER_MEMORY_MB)}
    assert stored == counts["articles_new"] == len({line["canonical_url"] for line in spooled_lines})


def test_the_bound_follows_a_large_warehouse_file(tmp_path):
    small = tmp_path / "small.duckdb"
    small.write_bytes(b"\0" * 1024)
    assert loader.writer_memory_mb(small) == loader.WRITER_MEMORY_MB
    assert loader.writer_memory_mb(tmp_path / "none.duckdb") == loader.WRITER_MEMORY_MB
    large = tmp_path / "large.duckdb"
    with open(large, "wb") as handle:  # sparse: 2 GB on paper
        handle.truncate(2 * 1024 * 1024 * 1024)
    assert loader.writer_memory_mb(large) == 1024


def test_a_transaction_that_does_not_fit_loads_again_with_more_memory(spooled_lines, sites_server, tmp_path_factory,
                                                                      monkeypatch, caplog):
    expected = _load(spooled_lines, tmp_path_factory.mktemp("roomy"), sites_server, monkeypatch)
    monkeypatch.setattr(loader, "WRITER_MEMORY_MB", 1)  # smaller than any transaction of these pages needs
    with caplog.at_level(logging.WARNING, logger=loader.__name__):
        counts, seen, stored, quotes = _load(spooled_lines, tmp_path_factory.mktemp("tight"), sites_server,
                                             monkeypatch)
    assert "needed more memory" in caplog.text
    assert seen[0] != _setting(1) and seen[-1] != _setting(1)  # raised before the first transaction committed
    # nothing lost or stored twice: the same articles and quotes as with room to spare
    assert (stored, quotes) == (expected[2], expected[3])
    assert counts["articles_new"] == expected[0]["articles_new"]
