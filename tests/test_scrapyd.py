"""Deployment the Scrapy way: a real Scrapyd on loopback, an egg built by scrapyd-deploy, a job via schedule.json."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(url: str, data: dict | None = None, files: dict | None = None) -> dict:
    if files:
        boundary = uuid.uuid4().hex
        body = b""
        for key, value in (data or {}).items():
            body += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n".encode()
        for key, path in files.items():
            body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"; filename=\"{Path(path).name}\"\r\n"
                     "Content-Type: application/octet-stream\r\n\r\n").encode() + Path(path).read_bytes() + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        request = urllib.request.Request(url, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    elif data is not None:
        request = urllib.request.Request(url, urllib.parse.urlencode(data, doseq=True).encode())
    else:
        request = urllib.request.Request(url)
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


@pytest.fixture
def scrapyd(tmp_path):
    if not (BIN / "scrapyd").exists():
        pytest.fail("scrapyd is not installed in this environment (it is part of the test extra)")
    port = free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {home}/eggs\nlogs_dir = {home}/logs\n"
        f"items_dir =\ndbs_dir = {home}/dbs\npoll_interval = 0.5\nmax_proc = 2\n")
    process = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if call(url + "/daemonstatus.json")["status"] == "ok":
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("scrapyd did not start: " + process.stdout.read().decode()[-1000:])
    try:
        yield url, home
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_deploy_schedule_and_land_in_the_warehouse(scrapyd, sites_server, tmp_path):
    url, home = scrapyd
    egg = tmp_path / "pilkada.egg"
    build = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=ROOT, capture_output=True,
                           text=True, timeout=300)
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    assert build.returncode == 0 and egg.exists(), build.stderr
    added = call(url + "/addversion.json", {"project": "pilkada", "version": "1"}, files={"egg": egg})
    assert added["status"] == "ok" and added["spiders"] == 5
    listed = call(url + "/listspiders.json?project=pilkada")
    assert sorted(listed["spiders"]) == ["dayaknews", "nganjuknews", "rmoljatim", "rublikanesia", "terasjatim"]

    db = tmp_path / "pilkada.duckdb"
    settings = [f"PILKADA_WAREHOUSE={db}", f"PILKADA_SITES={sites_server}", "DOWNLOAD_DELAY=0",
                "AUTOTHROTTLE_ENABLED=False"]
    first = run_job(url, "dayaknews", settings)
    log = next((home / "logs" / "pilkada" / "dayaknews").glob("*.log")).read_text()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles WHERE outlet = 'dayaknews'").fetchone()[0] == 11, log[-3000:]
    assert con.execute("SELECT status, articles_new, launcher, job FROM crawl_runs").fetchall() == \
        [("completed", 11, "scrapyd", first)]
    assert con.execute("SELECT count(*) FROM official_mentions_raw").fetchone()[0] > 0
    con.close()

    # a second job is incremental, as `pilkada crawl` is: nothing unchanged is fetched again
    second = run_job(url, "dayaknews", settings)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status, pages_fetched, articles_new, skipped, job FROM crawl_runs WHERE run_id = 2"
                       ).fetchone() == ("completed", 0, 0, 11, second)
    assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == 11
    con.close()
    status = subprocess.run([sys.executable, "-m", "pilkada.cli", "status", "--db", str(db), "--json"],
                            capture_output=True, text=True, timeout=60)
    (outlet,) = json.loads(status.stdout)["outlets"]
    assert (outlet["last_run"], outlet["last_run_status"], outlet["last_run_launcher"], outlet["last_success_run"]) \
        == (2, "completed", "scrapyd", 2)


def run_job(url: str, spider: str, settings: list[str]) -> str:
    job = call(url + "/schedule.json", {"project": "pilkada", "spider": spider, "setting": settings})
    assert job["status"] == "ok"
    for _ in range(600):
        jobs = call(url + "/listjobs.json?project=pilkada")
        if any(j["id"] == job["jobid"] for j in jobs["finished"]):
            return job["jobid"]
        time.sleep(0.5)
    pytest.fail("the Scrapyd job did not finish")
