"""The crawl, end to end: real Scrapy over loopback against the local outlet sites, into a real DuckDB file."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
PILKADA = [sys.executable, "-m", "pilkada.cli"]

# Boilerplate lines of the three seed articles (their README lists the kinds): none may survive cleaning.
SEED_BOILERPLATE = [
    "ikuti terus update berita rmoljatim di google news",
    "Minat ASN Pindah ke IKN Masih Rendah",
    "Penyidikan Dugaan Korupsi Perumda Panglungan Jombang",
    "Gubernur Khofifah Resmikan Masjid",
    "Subscribe",
    "Terimakasih Telah Berlangganan",
    "Tinggalkan Balasan",
    "Alamat email Anda tidak akan dipublikasikan",
    "No More Posts Available",
    "No more pages to load",
]


def run_pilkada(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*PILKADA, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def manifest(sites_server):
    with urllib.request.urlopen(sites_server + "/_manifest.json") as response:
        return json.load(response)["outlets"]


@pytest.fixture(scope="module")
def crawled(sites_server, tmp_path_factory):
    db = tmp_path_factory.mktemp("crawl") / "pilkada.duckdb"
    first = run_pilkada("crawl", "--sites", sites_server, "--db", str(db), "--timeout", "5", "--quiet")
    assert first.returncode == 0, first.stderr
    second = run_pilkada("crawl", "--sites", sites_server, "--db", str(db), "--timeout", "5", "--quiet")
    assert second.returncode == 0, second.stderr
    return db, first, second


def expected_articles(manifest):
    for outlet, site in manifest.items():
        for article in site["articles"]:
            yield outlet, article
        for fault in site["faults"]:
            if fault.get("lands"):
                yield outlet, fault


def test_every_article_lands_with_title_date_and_clean_text(crawled, manifest):
    db, _, _ = crawled
    con = duckdb.connect(str(db), read_only=True)
    stored = {row[0]: row[1:] for row in con.execute(
        "SELECT canonical_url, outlet, title, published_on, text FROM articles").fetchall()}
    expected = list(expected_articles(manifest))
    assert len(stored) == len(expected)
    by_path = {url.split("/", 3)[3]: row for url, row in stored.items()}
    for outlet, article in expected:
        row = by_path.get(article["url"])
        assert row is not None, f"{outlet}/{article['url']} did not land"
        assert row[0] == outlet
        assert row[1] == article["title"]
        assert str(row[2]) == article["published"][:10], f"{article['url']}: published {row[2]}"
        for paragraph in article["text"].split("\n\n"):
            assert paragraph.strip() in row[3], f"{article['url']}: lost paragraph {paragraph[:60]!r}"


def test_no_seed_boilerplate_survives_cleaning(crawled):
    db, _, _ = crawled
    con = duckdb.connect(str(db), read_only=True)
    texts = con.execute(
        "SELECT canonical_url, text FROM articles WHERE canonical_url LIKE '%netralitas%'").fetchall()
    seeds = [t for url, t in texts if any(s in url for s in ("asn-jombang-ikrar", "sosialisasi-netralitas-jombang", "gumas-netralitas-asn"))]
    assert len(seeds) == 3
    for text in seeds:
        for line in SEED_BOILERPLATE:
            assert line.lower() not in text.lower(), line


def test_seed_body_sentences_are_all_kept(crawled):
    db, _, _ = crawled
    con = duckdb.connect(str(db), read_only=True)
    text = con.execute("SELECT text FROM articles WHERE canonical_url LIKE '%sosialisasi-netralitas-jombang%'").fetchone()[0]
    seed = (SEEDS / "terasjatim_sosialisasi-netralitas-jombang.txt").read_text(encoding="utf-8")
    body = [line for line in seed.splitlines() if len(line) > 80]
    assert len(body) >= 12
    for line in body:
        assert line.strip() in text


def test_fault_pages_are_recorded_as_failures_with_their_reason(crawled, manifest):
    db, _, _ = crawled
    con = duckdb.connect(str(db), read_only=True)
    (first_run,) = con.execute("SELECT min(run_id) FROM crawl_runs").fetchone()
    bases = dict(con.execute("SELECT outlet, base_url FROM outlets").fetchall())
    rows = con.execute("SELECT outlet, url, reason FROM failures WHERE run_id = ?", [first_run]).fetchall()
    # failures keep the outlet's own URL, as articles do, not the loopback server's
    assert rows and all(url.startswith(bases[outlet]) for outlet, url, _ in rows), rows
    failures = {(url[len(bases[outlet]):], reason) for outlet, url, reason in rows}
    for outlet, site in manifest.items():
        for fault in site["faults"]:
            if not fault.get("lands"):
                assert (fault["url"], fault["reason"]) in failures, f"{outlet}: {fault}"


def test_summary_and_second_crawl_reports_unchanged(crawled, manifest):
    db, first, second = crawled
    total = len(list(expected_articles(manifest)))
    assert f"new articles       {total}" in first.stdout
    assert "new articles       0" in second.stdout
    assert f"unchanged articles {total}" in second.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == total
    runs = con.execute("SELECT status, articles_new FROM crawl_runs ORDER BY run_id").fetchall()
    assert runs == [("completed", total), ("completed", 0)]
    assert "outcome            completed" in first.stdout


def test_text_and_json_summaries_count_skipped_pages_alike(crawled, sites_server, tmp_path, manifest):
    """The text summary of the second crawl and the JSON summary of a third (both: nothing changed) agree."""
    import shutil

    db, _, second = crawled
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    third = run_pilkada("crawl", "--sites", sites_server, "--db", str(copy), "--timeout", "5", "--quiet",
                        "--log-format", "json")
    assert third.returncode == 0, third.stderr
    summary = json.loads(third.stdout.strip().splitlines()[-1])
    total = len(list(expected_articles(manifest)))
    assert summary["articles_unchanged"] == total
    assert f"unchanged articles {summary['articles_unchanged']} ({summary['not_fetched']} not fetched at all" \
        in second.stdout
    assert summary["skipped"] == summary["not_fetched"] + summary["out_of_range"]
    assert summary["pages_fetched"] + summary["not_fetched"] >= total


def test_extraction_tables_are_filled_by_the_crawl(crawled):
    db, _, _ = crawled
    con = duckdb.connect(str(db), read_only=True)
    jombang = con.execute(
        "SELECT count(DISTINCT article_id) FROM regency_mentions WHERE regency_code = '35.17'").fetchone()[0]
    assert jombang >= 3
    officials = {row[0] for row in con.execute("SELECT official FROM official_mentions").fetchall()}
    assert {"Teguh Narutomo", "Herson B. Aden", "David Budiyanto"} <= officials


@pytest.mark.parametrize("args, message", [
    (["--outlet", "kompas"], "unknown outlet 'kompas'"),
    (["--since", "24-09-2024"], "--since must be a date"),
    (["--db", "/nonexistent/dir/p.duckdb"], "does not exist"),
    (["--sites", "ftp://x"], "--sites must be an http"),
    (["--outlet", "teraasjatim"], "unknown outlet 'teraasjatim'; did you mean 'terasjatim'?"),
    (["--until", "2024-13-01"], "--until must be a date"),
    (["--since", "2024-11-02", "--until", "2024-11-01"], "--until 2024-11-01 is before --since 2024-11-02"),
    (["--db", "/sys/pilkada.duckdb"], "cannot write the warehouse /sys/pilkada.duckdb"),
    (["--partial-share", "1.5"], "--partial-share"),
])
def test_bad_input_is_one_line_and_exit_2(args, message, tmp_path):
    if "--db" not in args:
        args = [*args, "--db", str(tmp_path / "p.duckdb")]
    result = run_pilkada("crawl", *args, timeout=60)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unreachable_outlet_exits_1_and_records_failures(tmp_path):
    db = tmp_path / "p.duckdb"
    result = run_pilkada("crawl", "--sites", "http://127.0.0.1:9", "--outlet", "nganjuknews", "--db", str(db),
                         "--timeout", "5", "--quiet", timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "nothing could be fetched" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    reasons = {r for (r,) in con.execute("SELECT reason FROM failures").fetchall()}
    assert reasons == {"connection_refused"}
    # the run is recorded as what it was, not as a success
    assert con.execute("SELECT status, launcher FROM crawl_runs").fetchall() == [("failed", "pilkada crawl")]
    con.close()
    status = run_pilkada("status", "--db", str(db), "--json", timeout=60)
    assert status.returncode == 0, status.stderr
    (outlet,) = json.loads(status.stdout)["outlets"]
    assert outlet["last_run_status"] == "failed" and outlet["last_success"] is None
    text = run_pilkada("status", "--db", str(db), timeout=60).stdout
    assert "#1 failed" in text and "never" in text


def test_an_unresolvable_host_is_a_dns_error(tmp_path):
    db = tmp_path / "p.duckdb"
    result = run_pilkada("crawl", "--sites", "http://no-such-host.invalid:8800", "--outlet", "nganjuknews",
                         "--db", str(db), "--timeout", "5", "--quiet", timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    con = duckdb.connect(str(db), read_only=True)
    reasons = {r for (r,) in con.execute("SELECT reason FROM failures").fetchall()}
    assert reasons == {"dns_error"}


def test_until_leaves_out_articles_published_later(sites_server, tmp_path):
    db = tmp_path / "p.duckdb"
    result = run_pilkada("crawl", "--sites", sites_server, "--db", str(db), "--timeout", "2", "--quiet",
                         "--outlet", "rmoljatim", "--outlet", "rublikanesia", "--since", "2024-09-01",
                         "--until", "2024-10-31")
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(db), read_only=True)
    dates = [str(d) for (d,) in con.execute("SELECT published_on FROM articles").fetchall()]
    assert dates and all("2024-09-01" <= d <= "2024-10-31" for d in dates), dates
    reasons = dict(con.execute("SELECT reason, count(*) FROM skipped_pages GROUP BY 1").fetchall())
    assert reasons.get("after_until", 0) > 0
    assert re.search(r"outside the dates\s+\d+", result.stdout)


def test_scrapy_crawl_from_the_repository_root_lands_in_the_warehouse(sites_server, tmp_path):
    db = tmp_path / "scrapy.duckdb"
    env = {**os.environ, "PILKADA_WAREHOUSE": str(db), "PILKADA_SITES": sites_server}
    scrapy = Path(sys.executable).with_name("scrapy")
    listed = subprocess.run([str(scrapy), "list"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert listed.stdout.split() == ["dayaknews", "nganjuknews", "rmoljatim", "rublikanesia", "terasjatim"]
    for _ in range(2):
        result = subprocess.run([str(scrapy), "crawl", "dayaknews", "-s", "DOWNLOAD_DELAY=0", "-s",
                                 "LOG_LEVEL=ERROR"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
        assert result.returncode == 0, result.stderr[-2000:]
    con = duckdb.connect(str(db), read_only=True)
    stored = con.execute("SELECT count(*) FROM articles WHERE outlet = 'dayaknews'").fetchone()[0]
    assert stored == 11
    # the second `scrapy crawl` is incremental like `pilkada crawl`: nothing unchanged is fetched again
    runs = con.execute("SELECT launcher, status, pages_fetched, articles_new, skipped FROM crawl_runs"
                       " ORDER BY run_id").fetchall()
    assert runs == [("scrapy crawl", "completed", stored, stored, 0), ("scrapy crawl", "completed", 0, 0, stored)]
    assert dict(con.execute("SELECT reason, count(*) FROM skipped_pages GROUP BY 1").fetchall()) == \
        {"unchanged_lastmod": stored}
    assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == stored


def test_retries_back_off_exponentially_up_to_a_cap():
    from pilkada.crawler.middlewares import RetryBackoff

    backoff = RetryBackoff(base=1.0, cap=5.0)
    assert [backoff.delay_for(n) for n in range(5)] == [0.0, 1.0, 2.0, 4.0, 5.0]
    assert RetryBackoff(base=0.0, cap=5.0).delay_for(3) == 0.0


def test_json_log_lines_and_summary(sites_server, tmp_path):
    db = tmp_path / "p.duckdb"
    result = run_pilkada("crawl", "--sites", sites_server, "--db", str(db), "--outlet", "nganjuknews",
                         "--timeout", "5", "--log-format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["event"] == "summary" and summary["articles_new"] == 7
    assert summary["failures_by_reason"] == {"http_4xx": 1, "robots_disallowed": 1}
    assert 0 < summary["fetch_seconds"] <= summary["seconds"] + 0.1   # the Scrapy run, within the whole crawl
    progress = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert progress and all(p["event"] == "progress" for p in progress)
    assert progress[-1]["fetched"] == 7 and progress[-1]["final"] is True


def test_extract_all_replaces_extraction_rows_of_a_new_version_only(crawled, tmp_path):
    import shutil

    db, _, _ = crawled
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    con = duckdb.connect(str(copy))
    con.execute("UPDATE articles SET extractor_version = '0.0.1-old' WHERE canonical_url LIKE '%terasjatim%'")
    con.execute("DELETE FROM date_mentions WHERE article_id IN (SELECT article_id FROM articles WHERE outlet = 'terasjatim')")
    before = con.execute("SELECT count(*) FROM date_mentions").fetchone()[0]
    con.close()
    result = run_pilkada("extract", "--all", "--db", str(copy))
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(copy), read_only=True)
    assert con.execute("SELECT count(DISTINCT extractor_version) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM date_mentions").fetchone()[0] > before
    original = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM date_mentions").fetchone()[0] == \
        original.execute("SELECT count(*) FROM date_mentions").fetchone()[0]
