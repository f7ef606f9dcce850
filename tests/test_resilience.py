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
    return subprocess.run([sys.executable, "-m", "pilkada.cli", "crawl", "--sites", sites, "--db", str(db),
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
        # derived every PERSONS_EVERY articles and at the end of loading: a killed loader's next one must finish it
        persons = con.execute("SELECT * FROM persons ORDER BY 1").fetchall()
        person_mentions = con.execute(
            "SELECT m.person_id, a.canonical_url, m.name, m.start_offset FROM person_mentions m"
            " JOIN articles a USING (article_id) ORDER BY ALL").fetchall()
    finally:
        con.close()
    return {"articles": articles, "extraction": extraction, "duplicate_pages": duplicate_pages,
            "versions": versions, "runs": runs, "persons": persons, "person_mentions": person_mentions}


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
    spool = tmp_path / "pilkada.duckdb.spool"
    if kill_at != "start:1":  # the stored state handed to Scrapy, left by the killed crawl beside its spool
        assert list(spool.glob("known-*.json"))
    resumed = crawl(db, sites_server)
    assert resumed.returncode == 0, resumed.stderr
    after = state(db)
    assert after["articles"] == clean_crawl["articles"]
    assert after["extraction"] == clean_crawl["extraction"]
    assert after["duplicate_pages"] == 0
    assert after["versions"] == clean_crawl["versions"]
    assert after["runs"] == ["interrupted", "completed"]
    assert after["persons"] == clean_crawl["persons"] and after["persons"]
    assert after["person_mentions"] == clean_crawl["person_mentions"]
    assert not list(spool.glob("*.jsonl.*"))
    assert not (spool / "persons-pending.ids").exists()
    assert not list(spool.glob("known-*.json"))  # the killed crawl's, removed by the next one, and its own


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


def _descendants(root: int) -> set[int]:
    """Live (not zombie) processes below `root`, from /proc."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                text = Path(f"/proc/{name}/stat").read_text(errors="replace")
            except OSError:
                continue
            state, ppid = text[text.rindex(")") + 2:].split()[:2]
            if state != "Z":
                children.setdefault(int(ppid), []).append(int(name))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.add(child)
            todo.append(child)
    return found


def _running(pids: set[int]) -> set[int]:
    left = set()
    for pid in pids:
        try:
            if Path(f"/proc/{pid}/stat").read_text(errors="replace").rsplit(")", 1)[1].split()[0] != "Z":
                left.add(pid)
        except OSError:
            pass
    return left


def test_kill_9_takes_the_loader_and_its_workers_with_it(sites_server, clean_crawl, tmp_path):
    """The loader, its fork server and its workers (and multiprocessing's resource tracker) die with the crawl,
    so nothing of a killed crawl keeps working on the spool; the next crawl then ends as a clean one."""
    import signal
    import time

    db = tmp_path / "pilkada.duckdb"
    env = {**os.environ, "PILKADA_BATCH_SIZE": "4", "PILKADA_LOADER_WORKERS": "2"}
    env.pop("PILKADA_KILL_AT", None)
    crawl_process = subprocess.Popen(
        [sys.executable, "-m", "pilkada.cli", "crawl", "--sites", sites_server, "--db", str(db),
         "--timeout", "10", "--quiet", *OUTLETS], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    children: set[int] = set()
    # loader + fork server + 2 workers at least, and a batch on disk (the loader is at work)
    while time.monotonic() < deadline and crawl_process.poll() is None:
        children = _descendants(crawl_process.pid)
        if len(children) >= 4 and list((tmp_path / "pilkada.duckdb.spool").glob("*.jsonl.*")):
            break
        time.sleep(0.05)
    assert crawl_process.poll() is None, "the crawl ended before its workers were seen"
    assert len(children) >= 4, children
    children |= _descendants(crawl_process.pid)
    os.kill(crawl_process.pid, signal.SIGKILL)
    crawl_process.wait()
    deadline = time.monotonic() + 10
    while _running(children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(children), [Path(f"/proc/{p}/cmdline").read_bytes() for p in _running(children)]

    resumed = crawl(db, sites_server)
    assert resumed.returncode == 0, resumed.stderr
    after = state(db)
    assert after["articles"] == clean_crawl["articles"]
    assert after["extraction"] == clean_crawl["extraction"]
    assert after["duplicate_pages"] == 0
    assert not list((tmp_path / "pilkada.duckdb.spool").glob("*.jsonl.*"))


def test_batches_claimed_by_a_dead_crawl_are_taken_over(sites_server, clean_crawl, tmp_path):
    """A killed crawl's loader leaves its batches renamed as its claims; the next crawl loads them."""
    db = tmp_path / "pilkada.duckdb"
    killed = crawl(db, sites_server, kill_at="spooled:3")
    assert killed.returncode == -9
    spool = tmp_path / "pilkada.duckdb.spool"
    batches = sorted(spool.glob("*.jsonl.zst"))
    assert batches
    for number, batch in enumerate(batches):  # claimed by a dead process, and by one that still runs
        batch.rename(batch.with_name(f"{batch.name}.claimed-{999999 if number % 2 else os.getppid()}"))
    resumed = crawl(db, sites_server)
    assert resumed.returncode == 0, resumed.stderr
    after = state(db)
    assert after["articles"] == clean_crawl["articles"]
    assert after["extraction"] == clean_crawl["extraction"]
    assert not list(spool.glob("*.jsonl.*"))


def test_a_crawl_that_cannot_open_the_warehouse_says_so_and_leaves_no_loader(sites_server, tmp_path):
    """The loader starts before the warehouse is opened: when it cannot be (another process writes it), the crawl
    exits 1 with one line, and its loader, fork server and workers are gone with it."""
    import time

    db = tmp_path / "pilkada.duckdb"
    holder = duckdb.connect(str(db))  # another writer holds the file for the whole crawl
    try:
        env = {**os.environ, "PILKADA_LOCK_WAIT": "3"}
        env.pop("PILKADA_KILL_AT", None)
        crawl_process = subprocess.Popen(
            [sys.executable, "-m", "pilkada.cli", "crawl", "--sites", sites_server, "--db", str(db), "--quiet",
             *OUTLETS], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        children: set[int] = set()
        while crawl_process.poll() is None:
            children |= _descendants(crawl_process.pid)
            time.sleep(0.05)
        out, err = crawl_process.communicate()
    finally:
        holder.close()
    assert crawl_process.returncode == 1, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "in use by another process" in err
    assert children, "the loader was not started before the warehouse was opened"
    deadline = time.monotonic() + 10
    while _running(children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(children), [Path(f"/proc/{p}/cmdline").read_bytes() for p in _running(children)]
