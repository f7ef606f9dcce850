"""Readers in other processes while a writer holds the file: a clear message, snapshots, and no data lost."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pilkada import warehouse as wh


import warehouse_fixture as fx

READER = textwrap.dedent("""
    import sys
    from pilkada import warehouse as wh
    try:
        con = wh.connect(sys.argv[1], read_only=True)
    except wh.WarehouseBusy as err:
        print("busy", err.pid)
        print(err)
        sys.exit(3)
    print("articles", con.execute("SELECT count(*) FROM articles").fetchone()[0])
    print("events", con.execute("SELECT count(*) FROM regency_timeline").fetchone()[0])
""")

CLI = "import sys; from pilkada.cli.main import main; sys.exit(main(sys.argv[1:]))"


def run_reader(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", READER, str(path)], capture_output=True, text=True, timeout=60)


def run_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CLI, *map(str, args)], capture_output=True, text=True, timeout=60)


@pytest.fixture
def half_built(tmp_path):
    """A warehouse holding the first batch only; the test loads the second one while readers knock."""
    path = tmp_path / "pilkada.duckdb"
    first, second = fx.batches(run_id=None)
    con = wh.connect(path)
    wh.upsert_outlets(con, fx.OUTLETS)
    wh.load_batch(con, first)
    con.close()
    return path, second


def test_reader_in_another_process_gets_a_clear_message_and_no_data_is_lost(half_built):
    path, second = half_built
    writer = wh.connect(path)
    try:
        result = run_reader(path)
        assert result.returncode == 3, result.stderr
        lines = result.stdout.splitlines()
        assert lines[0] == f"busy {os.getpid()}"
        assert lines[1] == (f"pilkada.duckdb is being written by another process (PID {os.getpid()}); retry when "
                            "the crawl ends, or query a snapshot with `pilkada query --snapshot`")

        cli = run_cli("query", "regency_timeline", "--param", "regency=Jombang", "--db", path)
        assert cli.returncode == 3
        assert cli.stdout == ""
        assert cli.stderr.strip().splitlines() == [f"pilkada: {lines[1]}"]

        # the writer goes on undisturbed
        assert wh.load_batch(writer, second)["articles_new"] == 4
    finally:
        writer.close()
    result = run_reader(path)
    assert result.returncode == 0, result.stderr + result.stdout
    assert result.stdout.splitlines()[0] == "articles 7"


def test_a_writer_in_another_process_blocks_this_one_with_its_pid(half_built):
    path, _ = half_built
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pilkada import warehouse as wh; con = wh.connect(sys.argv[1]);"
                               " print('ready', flush=True); sys.stdin.readline(); con.close()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(wh.WarehouseBusy) as busy:
            wh.connect(path)
        assert busy.value.pid == holder.pid
        assert str(busy.value).startswith(f"pilkada.duckdb is in use by another process (PID {holder.pid})")
        with pytest.raises(wh.WarehouseBusy, match="being written"):
            wh.connect(path, read_only=True)
        with pytest.raises(wh.WarehouseBusy):
            wh.snapshot(path)
    finally:
        holder.communicate("done\n", timeout=30)
    wh.connect(path, read_only=True).close()


def test_snapshots_serve_readers_while_a_crawl_writes(half_built):
    path, second = half_built
    snap = wh.snapshot(path)
    assert snap == Path(f"{path}.snapshot")
    assert run_reader(snap).stdout.splitlines()[0] == "articles 3"

    writer = wh.connect(path)
    try:
        wh.load_batch(writer, second)
        writer.execute("CHECKPOINT")
        # the reader gets the snapshot taken before the crawl, and is told so
        cli = run_cli("query", "coverage_per_outlet_week", "--format", "csv", "--snapshot", "--db", path)
        assert cli.returncode == 0, cli.stderr
        assert "is being written; querying the snapshot taken" in cli.stderr
        assert sum(int(line.split(",")[3]) for line in cli.stdout.splitlines()[1:]) == 3

        # a writer can refresh the snapshot itself, through its own connection
        wh.snapshot(path, con=writer)
        assert run_reader(snap).stdout.splitlines()[0] == "articles 7"

        snap.unlink()
        cli = run_cli("query", "coverage_per_outlet_week", "--snapshot", "--db", path)
        assert cli.returncode == 3
        assert "has no snapshot yet" in cli.stderr
    finally:
        writer.close()
    # once the crawl is over, --snapshot refreshes the copy
    cli = run_cli("query", "coverage_per_outlet_week", "--format", "csv", "--snapshot", "--db", path)
    assert cli.returncode == 0, cli.stderr
    assert sum(int(line.split(",")[3]) for line in cli.stdout.splitlines()[1:]) == 7
    assert snap.exists()


def test_a_request_for_the_file_nobody_renewed_is_removed_by_the_next_connection(half_built):
    """`<warehouse>.waiting` asks a crawl's loader to let go soon; left by a reader that met another writer (or was
    killed), it stayed beside the warehouse for good. A request older than a minute is dropped on the next open; a
    fresh one stays for the loader to see."""
    path, _ = half_built
    request = wh.waiting_path(path)
    writer = wh.connect(path)
    try:
        assert run_reader(path).returncode == 3
        assert request.exists()  # the reader asked for its turn
    finally:
        writer.close()
    wh.connect(path, read_only=True).close()
    assert request.exists()  # seconds old: a reader may be about to ask again

    old = request.stat().st_mtime - wh.connection.STALE_REQUEST_SECONDS - 5
    os.utime(request, (old, old))
    wh.connect(path, read_only=True).close()
    assert not request.exists()
