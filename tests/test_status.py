"""A run's outcome is its truth; `pilkada status` and `pilkada runs` say it, and status alerts on stale outlets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import warehouse_fixture as fx
from pilkada import warehouse as wh

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = ["rmoljatim", "terasjatim", "dayaknews"]


def pilkada(*args: str, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pilkada.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, **(env or {})})


def pages(outlet: str, run_id: int, count: int, start: int = 0) -> list[tuple[dict, dict]]:
    """(page, article) pairs of `count` fetched articles."""
    return [fx.article(outlet, f"https://{outlet}.example/a/{i}", f"Judul {i}", "2024-10-01", fx.RMOL_JOMBANG, {},
                       "2024-10-01T00:00:00Z", run_id) for i in range(start, start + count)]


def failures(outlet: str, run_id: int, count: int, reason: str = "connection_refused") -> list[dict]:
    return [{"run_id": run_id, "outlet": outlet, "url": f"https://{outlet}.example/f/{run_id}/{i}", "reason": reason,
             "http_status": None, "detail": "refused", "failed_at": "2024-10-01T00:00:00Z"} for i in range(count)]


def crawl_run(con, fetched: dict[str, int], failed: dict[str, int], skipped: dict[str, int] | None = None,
              share: float | None = None, start: int = 0, outlets: list[str] = OUTLETS) -> dict:
    """One run as a launcher records it: pages and failures stored with its run_id, tallies, then concluded."""
    run_id = wh.start_run(con, outlets, ["pilkada", "crawl"], pid=None)
    fetched_pairs = [pair for outlet, n in fetched.items() for pair in pages(outlet, run_id, n, start)]
    batch = {"pages": [p for p, _ in fetched_pairs], "articles": [a for _, a in fetched_pairs],
             "failures": [f for outlet, n in failed.items() for f in failures(outlet, run_id, n)],
             "skipped": [{"run_id": run_id, "outlet": outlet, "url": f"https://{outlet}.example/a/{i}",
                          "reason": "unchanged_lastmod"} for outlet, n in (skipped or {}).items() for i in range(n)]}
    wh.load_batch(con, batch)
    wh.add_outlet_tallies(con, run_id, {o: {"pages": fetched.get(o, 0), "skipped": (skipped or {}).get(o, 0),
                                            "failures": failed.get(o, 0)} for o in outlets})
    return wh.conclude_run(con, run_id, share=share)


def test_outcomes_per_outlet_and_per_run(con):
    first = crawl_run(con, fetched={"rmoljatim": 6, "terasjatim": 3}, failed={"terasjatim": 4, "dayaknews": 3})
    outcomes = {name: o["outcome"] for name, o in first["outlet_outcomes"].items()}
    assert outcomes == {"rmoljatim": "completed", "terasjatim": "partial", "dayaknews": "failed"}
    assert first["status"] == "partial"
    assert "dayaknews failed (3 failures" in first["outcome_detail"]
    assert "terasjatim partial (4 of 7 pages failed" in first["outcome_detail"]
    assert (first["pages_fetched"], first["articles_new"], first["failed"]) == (9, 9, 7)

    # nothing fetched or stored anywhere: the run failed, whatever the exit code of the process was
    dead = crawl_run(con, fetched={}, failed={"rmoljatim": 2, "terasjatim": 2, "dayaknews": 2})
    assert dead["status"] == "failed"
    assert set(o["outcome"] for o in dead["outlet_outcomes"].values()) == {"failed"}

    # an incremental run that fetched nothing because nothing changed is a success
    quiet = crawl_run(con, fetched={}, failed={}, skipped={"rmoljatim": 6, "terasjatim": 3, "dayaknews": 1})
    assert quiet["status"] == "completed"

    status = {o["outlet"]: o for o in wh.outlet_status(con)}
    assert status["rmoljatim"]["last_run_status"] == "completed"
    assert status["rmoljatim"]["last_success_run"] == quiet["run_id"]
    # "last success" counts only runs in which the outlet completed: dead's failure does not count
    crawl_run(con, fetched={}, failed={"rmoljatim": 1, "terasjatim": 1, "dayaknews": 1})
    status = {o["outlet"]: o for o in wh.outlet_status(con)}
    assert status["terasjatim"]["last_run_status"] == "failed"
    assert status["terasjatim"]["last_success_run"] == quiet["run_id"]
    assert all(o["since_last_success_seconds"] is not None for o in status.values())


def test_the_partial_share_is_a_setting(con, monkeypatch):
    lenient = crawl_run(con, fetched={"rmoljatim": 3}, failed={"rmoljatim": 4}, share=0.6, outlets=["rmoljatim"])
    assert lenient["status"] == "completed"
    monkeypatch.setenv("PILKADA_PARTIAL_SHARE", "0.1")
    strict = crawl_run(con, fetched={"rmoljatim": 9}, failed={"rmoljatim": 2}, start=100, outlets=["rmoljatim"])
    assert strict["outlet_outcomes"]["rmoljatim"]["outcome"] == "partial"
    with pytest.raises(ValueError):
        wh.partial_share(1.5)


@pytest.fixture
def history(tmp_path):
    """A warehouse file: rmoljatim succeeded three days ago, dayaknews never did, terasjatim one hour ago."""
    path = tmp_path / "p.duckdb"
    con = wh.connect(path)
    wh.upsert_outlets(con, fx.OUTLETS)
    old = crawl_run(con, fetched={"rmoljatim": 4}, failed={"dayaknews": 2})
    recent = crawl_run(con, fetched={"terasjatim": 2}, failed={"rmoljatim": 2, "dayaknews": 2}, start=10)
    con.execute("UPDATE crawl_runs SET started_at = started_at - INTERVAL 3 DAY, ended_at = ended_at - INTERVAL 3 DAY"
                " WHERE run_id = ?", [old["run_id"]])
    con.execute("UPDATE crawl_runs SET started_at = started_at - INTERVAL 1 HOUR,"
                " ended_at = ended_at - INTERVAL 1 HOUR WHERE run_id = ?", [recent["run_id"]])
    con.close()
    return path, old["run_id"], recent["run_id"]


def test_status_shows_last_run_last_success_and_age(history):
    path, old, recent = history
    result = pilkada("status", "--db", str(path))
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:] if line.strip()}
    assert f"#{recent} failed" in lines["rmoljatim"] and "3d 0h" in lines["rmoljatim"]
    assert f"#{recent} failed" in lines["dayaknews"] and "never" in lines["dayaknews"]
    assert f"#{recent} completed" in lines["terasjatim"] and "1h 0m" in lines["terasjatim"]
    data = json.loads(pilkada("status", "--db", str(path), "--json").stdout)
    by_outlet = {o["outlet"]: o for o in data["outlets"]}
    assert by_outlet["rmoljatim"]["last_success_run"] == old
    assert 3 * 86400 - 60 < by_outlet["rmoljatim"]["since_last_success_seconds"] < 3 * 86400 + 600
    assert by_outlet["dayaknews"]["last_success"] is None


def test_status_exits_4_when_an_outlet_has_no_success_within_max_age(history):
    path, _, _ = history
    stale = pilkada("status", "--db", str(path), "--max-age", "2d")
    assert stale.returncode == 4, stale.stderr
    assert "stale: rmoljatim last success 3d 0h ago (--max-age 2d)" in stale.stdout
    assert "stale: dayaknews never succeeded" in stale.stdout
    assert "stale: terasjatim" not in stale.stdout
    assert pilkada("status", "--db", str(path), "--max-age", "4d", "--outlet", "rmoljatim",
                   "--outlet", "terasjatim").returncode == 0
    assert pilkada("status", "--db", str(path), "--max-age", "30m", "--outlet", "terasjatim").returncode == 4
    as_json = pilkada("status", "--db", str(path), "--json", env={"PILKADA_MAX_AGE": "1d12h"})
    assert as_json.returncode == 4
    assert sorted(json.loads(as_json.stdout)["stale"]) == ["dayaknews", "rmoljatim"]
    assert pilkada("status", "--db", str(path)).returncode == 0  # no threshold, no alert


@pytest.mark.parametrize("args, message", [
    (["--max-age", "2x"], "--max-age must be a duration"),
    (["--outlet", "rmoljatm"], "did you mean 'rmoljatim'?"),
])
def test_status_bad_input_is_one_line_and_exit_2(history, args, message):
    path, _, _ = history
    result = pilkada("status", "--db", str(path), *args)
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_runs_lists_the_history_with_counts_and_outcome(history):
    path, old, recent = history
    result = pilkada("runs", "--db", str(path))
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert [(int(r[0]), r[5]) for r in rows] == [(recent, "partial"), (old, "partial")]
    runs = json.loads(pilkada("runs", "--db", str(path), "--json", "--outlet", "rmoljatim", "--last", "1").stdout)
    assert len(runs) == 1
    (run,) = runs
    assert (run["run_id"], run["outcome"], run["status"], run["pages_fetched"], run["failed"]) == \
        (recent, "failed", "partial", 0, 2)
    assert run["launcher"] == "pilkada crawl"
    history_of = json.loads(pilkada("runs", "--db", str(path), "--json", "--outlet", "terasjatim").stdout)
    assert [(r["run_id"], r["outcome"], r["articles_new"]) for r in history_of] == \
        [(recent, "completed", 2), (old, "failed", 0)]
    wrong = pilkada("runs", "--db", str(path), "--outlet", "teras")
    assert wrong.returncode == 2 and "unknown outlet 'teras'" in wrong.stderr


def test_a_crawl_beyond_the_partial_share_is_partial(sites_server, tmp_path):
    db = tmp_path / "p.duckdb"
    # nganjuknews serves 7 articles (one over two pages) and 2 fault pages: 2 of 9 pages failed
    result = pilkada("crawl", "--sites", sites_server, "--db", str(db), "--outlet", "nganjuknews", "--quiet",
                     "--timeout", "5", "--partial-share", "0.2", timeout=300)
    assert result.returncode == 0, result.stderr
    assert "outcome            partial: nganjuknews partial (2 of 9 pages failed, more than 20%)" in result.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status FROM crawl_runs").fetchall() == [("partial",)]
    assert con.execute("SELECT outcome, pages_fetched, failed FROM crawl_run_outlets").fetchall() == \
        [("partial", 7, 2)]


def test_load_closes_a_shared_run_once_its_crawlers_are_gone(tmp_path):
    import socket

    path = tmp_path / "p.duckdb"
    con = wh.connect(path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    here = wh.join_shared_run(con, "job-a", ["rmoljatim"], ["pilkada", "crawl"], f"{socket.gethostname()}:{dead.pid}")
    wh.load_batch(con, {"pages": [p for p, _ in pages("rmoljatim", here, 2)],
                        "articles": [a for _, a in pages("rmoljatim", here, 2)]})
    elsewhere = wh.join_shared_run(con, "job-b", ["dayaknews"], ["pilkada", "crawl"], "other-machine:4242")
    assert wh.join_shared_run(con, "job-b", ["terasjatim"], ["pilkada", "crawl"], "other-machine:4343") == elsewhere
    con.close()

    loaded = pilkada("load", "--db", str(path))
    assert loaded.returncode == 0, loaded.stderr
    # the crawler of job-a died on this host: its run is closed with what it stored; job-b's are still listed
    assert f"run {here} (job 'job-a') completed: 2 pages fetched, 2 new" in loaded.stdout
    assert f"run {elsewhere} is still being crawled by 2 process(es)" in loaded.stdout
    runs = {r["run_id"]: r for r in json.loads(pilkada("runs", "--db", str(path), "--json").stdout)}
    assert runs[elsewhere]["status"] == "running" and runs[elsewhere]["outlets"] == ["dayaknews", "terasjatim"]

    closed = pilkada("load", "--db", str(path), "--close-job", "job-b")
    assert f"run {elsewhere} (job 'job-b') failed" in closed.stdout
    runs = {r["run_id"]: r for r in json.loads(pilkada("runs", "--db", str(path), "--json").stdout)}
    assert (runs[here]["launcher"], runs[here]["job"], runs[here]["status"]) == ("redis", "job-a", "completed")
    assert runs[elsewhere]["status"] == "failed"
