"""Every named query, run the way an analyst runs it, on a warehouse the pipeline built by crawling the local sites."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pilkada(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pilkada.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


@pytest.fixture(scope="module")
def crawled_db(sites_server, tmp_path_factory):
    db = tmp_path_factory.mktemp("queries") / "pilkada.duckdb"
    result = pilkada("crawl", "--sites", sites_server, "--db", str(db), "--timeout", "5", "--quiet")
    assert result.returncode == 0, result.stderr
    return db


def rows(db: Path, name: str, **params: str) -> list[dict]:
    args = ["query", name, "--db", str(db), "--format", "json"]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    result = pilkada(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_named_query_is_listed_with_its_question():
    result = pilkada("query", "--list")
    assert result.returncode == 0
    for sql in sorted((ROOT / "queries").glob("*.sql")):
        assert sql.stem in result.stdout


def test_regency_timeline_of_jombang(crawled_db):
    events = rows(crawled_db, "regency_timeline", regency="Jombang")
    assert events == sorted(events, key=lambda e: e["event_date"])
    assert {e["regency"] for e in events} == {"Kabupaten Jombang"}
    assert any("Teguh Narutomo" in (e["officials"] or "").split("; ") for e in events)
    assert "2024-11-27" in {e["event_date"] for e in events}  # the voting day the articles name
    assert all(e["url"].startswith(("https://www.rmoljatim.id/", "https://terasjatim.com/", "https://nganjuknews.com/"))
               for e in events)


def test_official_timeline_follows_one_person(crawled_db):
    events = rows(crawled_db, "official_timeline", official="Teguh Narutomo")
    assert events and all("Teguh Narutomo" in e["officials"].split("; ") for e in events)
    assert all(dict(zip(e["officials"].split("; "), e["roles"].split("; ")))["Teguh Narutomo"] == "Pj Bupati"
               for e in events)


def test_officials_by_regency_and_role(crawled_db):
    found = rows(crawled_db, "officials_by_regency_role", regency="Jombang")
    pairs = {(r["official"], r["role"]) for r in found}
    assert {("David Budiyanto", "Ketua KPU"), ("Ahmad Udi Masjkur", "Ketua Bawaslu")} <= pairs


def test_regulations_most_cited(crawled_db):
    found = rows(crawled_db, "regulations_most_cited")
    labels = {r["label"] for r in found}
    assert "UU 10/2016" in labels
    uu = [r for r in found if r["label"] == "UU 10/2016"]
    assert sum(r["citations"] for r in uu) >= 5


def test_event_comparison_of_neutrality_pledges(crawled_db):
    found = rows(crawled_db, "event_comparison", pattern="ikrar netralitas")
    regencies = {r["regency"] for r in found}
    assert {"Kabupaten Jombang", "Kabupaten Gunung Mas"} <= regencies


def test_coverage_per_outlet_week_adds_up(crawled_db):
    found = rows(crawled_db, "coverage_per_outlet_week")
    assert sum(r["articles"] for r in found) == 49
    assert {r["outlet"] for r in found} == {"rmoljatim", "terasjatim", "dayaknews", "nganjuknews", "rublikanesia"}


def test_coverage_per_regency_week(crawled_db):
    found = rows(crawled_db, "coverage_per_regency_week", regency="Gumas")
    assert found and {r["regency"] for r in found} == {"Kabupaten Gunung Mas"}


def test_regencies_without_coverage(crawled_db):
    found = rows(crawled_db, "regencies_without_coverage", province="Jawa Timur", **{"from": "2024-08-01", "to": "2024-12-31"})
    names = {r["regency"] for r in found}
    assert "Kabupaten Pacitan" in names and "Kabupaten Jombang" not in names and "Kabupaten Nganjuk" not in names


def test_articles_citing_a_regulation(crawled_db):
    found = rows(crawled_db, "articles_citing_regulation", regulation="PKPU 2/2024")
    assert any("asn-jombang-ikrar-netralitas" in r["url"] for r in found)


def test_regulation_timeline(crawled_db):
    found = rows(crawled_db, "regulation_timeline", regulation="UU Nomor 10 Tahun 2016")
    assert found and all(r["url"] for r in found)


def test_timeline_export_for_jombang_opens_in_a_spreadsheet(crawled_db, tmp_path):
    out = tmp_path / "jombang.csv"
    result = pilkada("export", "timeline", "--regency", "kabupaten jombang", "--out", str(out), "--db", str(crawled_db),
                     "--excel")
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert table and all(r["url"] for r in table)
    assert [r["event_date"] for r in table] == sorted(r["event_date"] for r in table)
    assert any("“" in (r["quote"] or "") or r["quote"] for r in table)


def test_export_unknown_name_lists_near_matches(crawled_db, tmp_path):
    result = pilkada("export", "timeline", "--regency", "Jombangg", "--out", str(tmp_path / "x.csv"), "--db", str(crawled_db))
    assert result.returncode == 2
    assert "Jombang" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_chart_renders(crawled_db, tmp_path):
    out = tmp_path / "coverage.png"
    result = pilkada("chart", "coverage", "--out", str(out), "--db", str(crawled_db))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
