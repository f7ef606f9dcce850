"""Crawls that survive kill -9 and a second crawler: real subprocesses, killed at chosen moments."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = ["--outlet", "rmoljatim", "--outlet", "dayaknews", "--outlet", "rublikanesia"]


def crawl(db: Path, sites: str, kill_at: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PILKADA_BATCH_SIZE": "4"}
    env.pop("PILKADA_KILL_AT", None)
    if kill_at:
        env["PILKADA_KILL_AT"] = kill_at
    return subprocess.run([sys.executable, "-m", "pilkada.crawler.cli", "crawl", "--sites", sites, "--db", str(db),
                           "--timeout", "10", "--quiet", *OUTLETS],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)


def state(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute(
            "SELECT canonical_url, content_hash, title, published_on, extractor_version FROM articles ORDER BY 1").fetchall()
        extraction = con.execute(
            "SELECT a.canonical_url, (SELECT count(*) FROM regency_mentions m WHERE m.article_id = a.article_id),"
            " (SELECT count(*) FROM official_mentions_raw m WHERE m.article_id = a.article_id),"
            " (SELECT count(*) FROM date_mentions m WHERE m.article_id = a.article_id),"
            " (SELECT count(*) FROM regulation_citations_raw m WHERE m.article_id = a.article_id)"
            " FROM articles a ORDER BY 1").fetchall()
        duplicate_pages = con.execute(
            "SELECT count(*) - count(DISTINCT (canonical_url, content_hash)) FROM pages").fetchone()[0]
        versions = con.execute(
            "SELECT canonical_url, count(*) FROM article_versions GROUP BY 1 ORDER BY 1").fetchall()
        runs = [r for (r,) in con.execute("SELECT status FROM crawl_runs ORDER BY run_id").fetchall()]
    finally:
        con.close()
    return {"articles": articles, "extraction": extraction, "duplicate_pages": duplicate_pages,
            "versions": versions, "runs": runs}


@pytest.fixture(scope="module")
def clean_crawl(sites_server, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "pilkada.duckdb"
    result = crawl(db, sites_server)
    assert result.returncode == 0, result.stderr
    return state(db)


# Moments chosen by counts of items written, never by sleeps.
KILL_POINTS = [
    "start:1",     # after the run is registered, before the first page
    "fetched:3",   # during fetching: items in memory, nothing spooled yet
    "spooled:2",   # during fetching: two batches on disk, the crawl still running
    "commit:1",    # inside the first warehouse transaction, before COMMIT
    "commit:3",    # inside a later warehouse transaction
    "loaded:2",    # after a commit, before the batch file is deleted
]


@pytest.mark.parametrize("kill_at", KILL_POINTS)
def test_kill_9_then_rerun_equals_an_uninterrupted_crawl(kill_at, sites_server, clean_crawl, tmp_path):
    db = tmp_path / "pilkada.duckdb"
    killed = crawl(db, sites_server, kill_at=kill_at)
    assert killed.returncode == -9, f"{kill_at}: the process was not killed ({killed.returncode}) {killed.stderr[-500:]}"
    resumed = crawl(db, sites_server)
    assert resumed.returncode == 0, resumed.stderr
    after = state(db)
    assert after["articles"] == clean_crawl["articles"]
    assert after["extraction"] == clean_crawl["extraction"]
    assert after["duplicate_pages"] == 0
    assert after["versions"] == clean_crawl["versions"]
    assert after["runs"] == ["interrupted", "completed"]
    assert not list((tmp_path / "pilkada.duckdb.spool").glob("*.jsonl.gz"))


def test_second_crawl_is_refused_with_the_holder_named_and_exit_3(sites_server, tmp_path):
    db = tmp_path / "pilkada.duckdb"
    lock_path = Path(f"{db}.lock")
    with open(lock_path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.write(json.dumps({"pid": 424242, "started": "2024-11-27T07:00:00+07:00"}))
        handle.flush()
        holder = subprocess.Popen(["sleep", "30"], pass_fds=(handle.fileno(),))  # another process holds it too
        result = crawl(db, sites_server)
        holder.kill()
    assert result.returncode == 3
    assert "PID 424242" in result.stderr and "2024-11-27T07:00:00+07:00" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not db.exists() or duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_stale_lock_of_a_killed_crawl_is_taken_over(sites_server, tmp_path):
    db = tmp_path / "pilkada.duckdb"
    Path(f"{db}.lock").write_text(json.dumps({"pid": 999999, "started": "2024-11-27T07:00:00+07:00"}))
    result = crawl(db, sites_server)
    assert result.returncode == 0, result.stderr
    assert "new articles" in result.stdout
