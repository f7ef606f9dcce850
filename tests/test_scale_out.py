"""Scaling out: two crawler processes share one frontier in a real Redis server; one loader writes DuckDB."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = ["--outlet", "rmoljatim", "--outlet", "dayaknews", "--outlet", "rublikanesia", "--outlet", "nganjuknews",
           "--outlet", "terasjatim"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is not installed: `make test` installs it (apt-get install -y redis-server)")
    port = free_port()
    process = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def pilkada(*args: str) -> list[str]:
    return [sys.executable, "-m", "pilkada.cli", *args]


def articles(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT canonical_url, content_hash, title, published_on FROM articles ORDER BY 1").fetchall()
    finally:
        con.close()


def test_two_crawlers_and_one_loader_equal_the_single_process_crawl(redis_url, sites_server, tmp_path):
    single = tmp_path / "single.duckdb"
    done = subprocess.run(pilkada("crawl", "--sites", sites_server, "--db", str(single), "--quiet", "--timeout", "2",
                                  *OUTLETS), capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr

    shared = tmp_path / "shared.duckdb"
    env = {**os.environ, "PILKADA_BATCH_SIZE": "3"}
    crawlers = [subprocess.Popen(pilkada("crawl", "--redis", redis_url, "--job", "test-1", "--sites", sites_server,
                                         "--db", str(shared), "--quiet", "--timeout", "10", "--delay", "0.5", *OUTLETS),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
                for _ in range(2)]
    outputs = [c.communicate(timeout=300) for c in crawlers]
    assert [c.returncode for c in crawlers] == [0, 0], outputs
    assert all("load them with: pilkada load" in out for out, _ in outputs)
    batches = list(Path(f"{shared}.spool").glob("*.jsonl.zst"))
    writers = {b.name.split("-")[1] for b in batches}
    assert len(writers) == 2, "both crawler processes should have fetched pages"
    loaded = subprocess.run(pilkada("load", "--db", str(shared)), capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    assert articles(shared) == articles(single)
    con = duckdb.connect(str(shared), read_only=True)
    assert con.execute("SELECT count(*) - count(DISTINCT (canonical_url, content_hash)) FROM pages").fetchone()[0] == 0
    # every failure of the single-process crawl is recorded once by the shared one, the redirect loop included
    failures = lambda db: duckdb.connect(str(db), read_only=True).execute(  # noqa: E731
        "SELECT url, reason FROM failures ORDER BY ALL").fetchall()
    con.close()
    assert ("redirect_loop" in {reason for _, reason in failures(single)})
    assert failures(shared) == failures(single)

    # the shared route records its run like the other launchers: one run for the job, its run_id on every row
    runs = json.loads(subprocess.run(pilkada("runs", "--db", str(shared), "--json"), capture_output=True, text=True,
                                     cwd=ROOT, timeout=60).stdout)
    assert [(r["launcher"], r["job"], r["status"], r["articles_new"]) for r in runs] == \
        [("redis", "test-1", "completed", len(articles(single)))]
    (run_id,) = {r["run_id"] for r in runs}
    con = duckdb.connect(str(shared), read_only=True)
    for table in ("pages", "failures"):
        assert con.execute(f"SELECT count(*) FILTER (WHERE run_id IS DISTINCT FROM ?) FROM {table}",
                           [run_id]).fetchone()[0] == 0, table
    con.close()
    listed = subprocess.run(pilkada("runs", "--db", str(shared)), capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "redis test-1" in listed.stdout and "completed" in listed.stdout

    # a second shared job is incremental: it reads the stored state, so nothing unchanged is fetched again
    again = subprocess.run(pilkada("crawl", "--redis", redis_url, "--job", "test-2", "--sites", sites_server,
                                   "--db", str(shared), "--quiet", "--timeout", "10", *OUTLETS), capture_output=True,
                           text=True, cwd=ROOT, timeout=300, env={**env, "PILKADA_SHARED_IDLE_SECONDS": "2"})
    assert again.returncode == 0, again.stderr
    loaded = subprocess.run(pilkada("load", "--db", str(shared)), capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    assert "(job 'test-2') completed" in loaded.stdout
    latest = json.loads(subprocess.run(pilkada("runs", "--db", str(shared), "--json", "--last", "1"),
                                       capture_output=True, text=True, cwd=ROOT, timeout=60).stdout)[0]
    assert (latest["job"], latest["pages_fetched"], latest["articles_new"]) == ("test-2", 0, 0)
    assert latest["skipped"] == len(articles(single))
    status = json.loads(subprocess.run(pilkada("status", "--db", str(shared), "--json"), capture_output=True,
                                       text=True, cwd=ROOT, timeout=60).stdout)
    assert {o["last_run_launcher"] for o in status["outlets"]} == {"redis"}
    assert all(o["last_success_run"] == latest["run_id"] for o in status["outlets"])
