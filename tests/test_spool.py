"""Spool batches: zstd JSON Lines, and the gzip ones an older pilkada (or a Python without zstd) left, read alike."""

from __future__ import annotations

import gzip
import json
import os
import time

import pytest

from crawled_lines import crawl_spool_lines
from pilkada import warehouse as wh
from pilkada.ingest import loader
from pilkada.ingest.reextract import chunked
from pilkada.ingest.spool import claim, pending_batches, read_batch, write_batch

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


@pytest.fixture(scope="module")
def spooled_lines(sites_server, tmp_path_factory):
    """Every page of a real crawl of two local outlets, as spool lines."""
    return crawl_spool_lines(sites_server, tmp_path_factory.mktemp("crawled"), ["rmoljatim", "dayaknews"])


def _old_batch(directory, lines, outlet="old"):
    """A batch as pilkada wrote it before zstd: gzip JSON Lines named `<ns>-<pid>-<outlet>.jsonl.gz`."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{time.time_ns():020d}-{os.getpid()}-{outlet}.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(line) + "\n" for line in lines).encode("utf-8")))
    return path


def _articles(db):
    con = wh.connect(db, read_only=True)
    try:
        return con.execute("SELECT canonical_url, title, text, published_on FROM articles ORDER BY ALL").fetchall()
    finally:
        con.close()


def test_a_batch_is_zstd_and_reads_back_whole_claimed_or_not(spooled_lines, tmp_path):
    path = write_batch(tmp_path, "rmoljatim", spooled_lines[:5])
    assert path.name.endswith("-rmoljatim.jsonl.zst") and path.read_bytes()[:4] == ZSTD_MAGIC
    assert read_batch(path) == spooled_lines[:5]
    assert read_batch(claim(path, 4242)) == spooled_lines[:5]


def test_gzip_batches_an_older_pilkada_left_load_with_new_ones_in_the_order_they_were_written(
        spooled_lines, sites_server, tmp_path):
    chunks = list(chunked(spooled_lines, 4))
    assert len(chunks) >= 4
    spool = tmp_path / "mixed.spool"
    written = []
    for number, chunk in enumerate(chunks):  # alternately an old gzip batch and a new zstd one
        written.append(_old_batch(spool, chunk) if number % 2 == 0 else write_batch(spool, "new", chunk))
    assert [p.name for p in pending_batches(spool)] == [p.name for p in written]
    assert [read_batch(p) for p in written] == chunks

    reference = tmp_path / "reference.spool"
    for chunk in chunks:
        write_batch(reference, "new", chunk)
    mixed = loader.ingest_spool(tmp_path / "mixed.duckdb", spool, sites_url=sites_server)
    plain = loader.ingest_spool(tmp_path / "plain.duckdb", reference, sites_url=sites_server)
    assert mixed["articles_new"] == plain["articles_new"] > 0 and mixed["pages"] == plain["pages"]
    assert _articles(tmp_path / "mixed.duckdb") == _articles(tmp_path / "plain.duckdb")
    assert pending_batches(spool) == [] and not list(spool.glob("*.jsonl.*"))
