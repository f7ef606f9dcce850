"""Once fetching has ended the crawl's loader keeps the warehouse across transactions (letting go of it checkpoints
the file, a cost that grows with the warehouse) up to DRAIN_HOLD_SECONDS, and lets go sooner when another process
asks for it: a connection that meets the loader touches `<warehouse>.waiting`. Opening the file again, the loader
skips the schema check it made first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crawled_lines import crawl_spool_lines
from pilkada import warehouse as wh
from pilkada.ingest import loader
from pilkada.ingest.reextract import chunked
from pilkada.ingest.spool import write_batch

READER = ("import sys; from pilkada import warehouse as wh\n"
          "try:\n    wh.connect(sys.argv[1], read_only=True).close()\n"
          "except wh.WarehouseBusy:\n    sys.exit(3)\n")


@pytest.fixture(scope="module")
def spooled_lines(sites_server, tmp_path_factory):
    """Every page of a real crawl of two local outlets, as spool lines."""
    return crawl_spool_lines(sites_server, tmp_path_factory.mktemp("crawled"), ["rmoljatim", "nganjuknews"])


def _load(lines, directory: Path, sites_server, monkeypatch, on_batch=None):
    """ingest_spool with one worker over `lines` in batches of 2; the loader's openings of the warehouse
    (whether each skipped the schema check), counted around the real connect_when_free."""
    monkeypatch.setattr(loader, "ASKED_HOLD_SECONDS", 0.0)  # asked, it lets go after its next transaction
    monkeypatch.setattr(loader, "HOLD_SECONDS", 3600.0)  # unasked, it keeps the file to the end
    monkeypatch.setattr(loader, "DRAIN_HOLD_SECONDS", 3600.0)
    monkeypatch.setattr(loader, "MERGE_BATCHES", 1)  # a transaction per batch
    monkeypatch.setattr(loader, "BACKLOG_MERGE", 1)
    openings = []
    connect = loader.connect_when_free

    def counted(*args, **kwargs):
        openings.append(kwargs.get("migrated", False))
        return connect(*args, **kwargs)

    monkeypatch.setattr(loader, "connect_when_free", counted)
    spool = directory / "spool"
    for chunk in chunked(lines, 2):
        write_batch(spool, "mixed", chunk)
    db = directory / "w.duckdb"
    # no `finished`: what is spooled is loaded as after fetching
    counts = loader.ingest_spool(db, spool, sites_url=sites_server, workers=1, on_batch=on_batch)
    return db, counts, openings


def test_unasked_the_loader_keeps_the_warehouse_from_first_to_last_transaction(spooled_lines, sites_server,
                                                                                tmp_path, monkeypatch):
    transactions = []
    db, counts, openings = _load(spooled_lines, tmp_path, sites_server, monkeypatch,
                                 on_batch=lambda path, batch_counts: transactions.append(path))
    assert len(transactions) >= 3
    # once for every transaction and the final persons derivation, which follows the last one on the same
    # connection (closing, a checkpoint, and reopening in between cost 0.1 s of the crawl's tail)
    assert openings == [False]
    assert counts["articles_new"] == len({line["canonical_url"] for line in spooled_lines})


def test_with_workers_the_writer_runs_duckdb_on_one_thread_and_the_final_derivation_on_all(spooled_lines, sites_server,
                                                                                           tmp_path, monkeypatch):
    """The workers have the other cores while batches load; the persons derivation at the end has them all."""
    import duckdb

    connections = []
    connect = loader.connect_when_free

    def kept(*args, **kwargs):
        connections.append(connect(*args, **kwargs))
        return connections[-1]

    monkeypatch.setattr(loader, "connect_when_free", kept)
    threads_at_load = []
    derived_with = []
    derive = loader._PersonsPending.derive

    def derive_counted(self, con):
        derived_with.append(con.execute("SELECT current_setting('threads')").fetchone()[0])
        derive(self, con)

    monkeypatch.setattr(loader._PersonsPending, "derive", derive_counted)
    _load(spooled_lines, tmp_path, sites_server, monkeypatch, on_batch=lambda path, batch_counts: threads_at_load.append(
        connections[-1].execute("SELECT current_setting('threads')").fetchone()[0]))
    assert len(threads_at_load) >= 3 and set(threads_at_load) == {loader.WRITER_THREADS}
    default = duckdb.connect().execute("SELECT current_setting('threads')").fetchone()[0]
    assert derived_with == [default]


def test_a_reader_that_meets_the_loader_gets_the_file_after_the_next_transaction(spooled_lines, sites_server,
                                                                                 tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    waiting = wh.waiting_path(db)
    readers = []

    def knock(path, batch_counts):
        if not readers:  # the loader holds the file here, inside its loop
            readers.append(subprocess.run([sys.executable, "-c", READER, str(db)], timeout=60).returncode)
            assert waiting.exists()  # the reader asked
        elif len(readers) == 1:  # the loader let go after the asked transaction and opened the file again
            readers.append(waiting.exists())

    _, counts, openings = _load(spooled_lines, tmp_path, sites_server, monkeypatch, on_batch=knock)
    assert readers == [3, False]
    # opened again without the schema check after the asked transaction; the final persons derivation follows
    # the last transaction on the same connection
    assert openings == [False, True]
    assert not waiting.exists()
    assert counts["articles_new"] == len({line["canonical_url"] for line in spooled_lines})
    con = wh.connect(db, read_only=True)  # the reader's turn came; the loader lost and doubled nothing
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == counts["articles_new"]
    finally:
        con.close()


def test_once_fetching_ends_the_loaders_processes_go_back_to_the_crawls_niceness():
    """restore_priority: every process below the loader (its fork server and workers) at a higher niceness than
    the crawl's goes back to the crawl's, where the system allows lowering a niceness (root, RLIMIT_NICE)."""
    import os
    import resource

    child = subprocess.Popen([sys.executable, "-c", "import os, time; os.nice(10); print('niced', flush=True); "
                              "time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "niced"
        own = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(own + 10, 19)
        may_lower = os.geteuid() == 0 or 20 - resource.getrlimit(resource.RLIMIT_NICE)[0] <= own
        reniced = loader.restore_priority(os.getpid())  # this process stands for the crawl and the loader
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == (own if may_lower else min(own + 10, 19))
        assert (reniced >= 1) == may_lower
    finally:
        child.kill()
        child.wait()
