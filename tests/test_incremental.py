"""Repeated crawls fetch only what is new or changed; a broken layout is noticed; readers work during a crawl."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pilkada.sites.server import spawn

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "sites" / "articles"


def pilkada(*args: str, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pilkada.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, **(env or {})})


def summary_number(stdout: str, label: str) -> int:
    match = re.search(rf"^\s*{label}\s+(\d+)", stdout, re.M)
    assert match, stdout
    return int(match.group(1))


NEW_ARTICLE = """title: KPU Kudus Gelar Simulasi Pemungutan Suara di Kecamatan Jati
published: 2024-11-20T09:00:00+07:00
author: Fajar Nugroho
section: Daerah
tags: Pilkada 2024; KPU
---
Rublikanesia.com, Kudus – KPU Kabupaten Kudus menggelar simulasi pemungutan dan penghitungan suara di Kecamatan Jati, Rabu (20/11/2024).

Ketua KPU Kudus, Ahmad Rosyid, mengatakan simulasi itu melibatkan 150 warga sebagai pemilih dan petugas KPPS dari tiga desa.

"Kami ingin petugas KPPS terbiasa dengan alur pemungutan suara, mulai dari pendaftaran pemilih di meja pertama sampai penghitungan suara di akhir," kata Rosyid.

Menurut dia, hasil simulasi akan menjadi bahan evaluasi bimbingan teknis bagi seluruh KPPS di Kabupaten Kudus menjelang pemungutan suara pada Rabu, 27 November 2024.
"""


@pytest.fixture
def sites_with_extra(tmp_path):
    extra = tmp_path / "extra"
    (extra / "rublikanesia").mkdir(parents=True)
    server = spawn(extra_dir=extra)
    try:
        yield server.url, extra
    finally:
        server.stop()


def test_second_crawl_fetches_only_new_and_edited_articles_and_keeps_history(sites_with_extra, tmp_path):
    url, extra = sites_with_extra
    db = tmp_path / "pilkada.duckdb"
    outlets = ["--outlet", "rublikanesia", "--outlet", "nganjuknews", "--outlet", "dayaknews"]
    # none of these outlets has a slow page: a generous timeout keeps a loaded machine from failing real ones
    first = pilkada("crawl", "--sites", url, "--db", str(db), "--timeout", "20", "--quiet", *outlets)
    assert first.returncode == 0, first.stderr
    total = summary_number(first.stdout, "new articles")
    # sitemaps are read before listings and feeds: every article of an outlet with a sitemap, however it was
    # reached first, is stored with the sitemap lastmod the next crawl compares against (nganjuknews has none)
    con = duckdb.connect(str(db), read_only=True)
    with_sitemap = con.execute("SELECT count(*), count(lastmod) FROM pages WHERE outlet <> 'nganjuknews'").fetchone()
    assert with_sitemap[0] > 0 and with_sitemap[0] == with_sitemap[1]
    assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == total
    con.close()

    # one new article, one edited (same slug, a new paragraph and an `updated:` date)
    (extra / "rublikanesia" / "kpu-kudus-simulasi-pemungutan-suara.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    original = (ARTICLES / "rublikanesia" / "kudus-pj-bupati-asn-medsos.txt").read_text(encoding="utf-8")
    header, body = original.split("\n---\n", 1)
    edited = header + "\nupdated: 2024-10-02T08:00:00+07:00\n---\n" + body.rstrip() + \
        "\n\nRalat: apel netralitas diikuti 2.150 ASN, bukan 1.500 seperti ditulis sebelumnya.\n"
    (extra / "rublikanesia" / "kudus-pj-bupati-asn-medsos.txt").write_text(edited, encoding="utf-8")

    second = pilkada("crawl", "--sites", url, "--db", str(db), "--timeout", "20", "--quiet", *outlets)
    assert second.returncode == 0, second.stderr
    assert summary_number(second.stdout, "pages fetched") == 2
    assert summary_number(second.stdout, "new articles") == 1
    assert summary_number(second.stdout, "updated articles") == 1
    assert summary_number(second.stdout, "unchanged articles") == total - 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == total + 1
    text, = con.execute("SELECT text FROM articles WHERE canonical_url LIKE '%kudus-pj-bupati-asn-medsos'").fetchone()
    assert "Ralat: apel netralitas diikuti 2.150 ASN" in text
    versions = con.execute("SELECT count(*) FROM article_versions WHERE canonical_url LIKE '%kudus-pj-bupati-asn-medsos'").fetchone()[0]
    assert versions == 2
    skipped = con.execute("SELECT reason, count(*) FROM skipped_pages GROUP BY 1").fetchall()
    assert dict(skipped).get("unchanged_lastmod", 0) > 0 and dict(skipped).get("not_modified", 0) > 0
    con.close()  # DuckDB: a reader in another process keeps the writer out

    # --full re-walks everything
    full = pilkada("crawl", "--sites", url, "--db", str(db), "--timeout", "20", "--quiet", "--full", *outlets)
    assert full.returncode == 0, full.stderr
    assert summary_number(full.stdout, "pages fetched") == total + 1
    assert summary_number(full.stdout, "new articles") == 0


def test_since_bounds_the_look_back(sites_server, tmp_path):
    db = tmp_path / "pilkada.duckdb"
    result = pilkada("crawl", "--sites", sites_server, "--db", str(db), "--timeout", "2", "--quiet",
                     "--outlet", "rmoljatim", "--since", "2024-11-01")
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(db), read_only=True)
    dates = [d for (d,) in con.execute("SELECT published_on FROM articles").fetchall()]
    assert dates and all(str(d) >= "2024-11-01" for d in dates)


def test_layout_breakage_is_reported_by_status_and_the_crawl(tmp_path):
    db = tmp_path / "pilkada.duckdb"
    healthy = spawn()
    try:
        assert pilkada("crawl", "--sites", healthy.url, "--db", str(db), "--quiet", "--outlet", "dayaknews",
                       "--timeout", "2").returncode == 0
    finally:
        healthy.stop()
    broken = spawn(layouts={"dayaknews": 2})
    try:
        result = pilkada("crawl", "--sites", broken.url, "--db", str(db), "--quiet", "--outlet", "dayaknews",
                         "--timeout", "2", "--full")
    finally:
        broken.stop()
    assert "warning: dayaknews may have changed its layout" in result.stderr
    status = pilkada("status", "--db", str(db))
    assert status.returncode == 0
    assert "warning: dayaknews may have changed its layout" in status.stdout


def test_lost_date_metadata_is_reported_by_status_and_the_crawl(tmp_path):
    """Layout 3 keeps the article but drops every date from the markup: the articles still get a date (from the body
    text), so only the stored HTML shows the breakage."""
    db = tmp_path / "pilkada.duckdb"
    healthy = spawn()
    try:
        first = pilkada("crawl", "--sites", healthy.url, "--db", str(db), "--quiet", "--outlet", "dayaknews",
                        "--timeout", "5")
        assert first.returncode == 0, first.stderr
        assert "may have changed its layout" not in first.stderr
    finally:
        healthy.stop()
    redesigned = spawn(layouts={"dayaknews": 3})
    try:
        result = pilkada("crawl", "--sites", redesigned.url, "--db", str(db), "--quiet", "--outlet", "dayaknews",
                         "--timeout", "5", "--full")
    finally:
        redesigned.stop()
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles WHERE published_on IS NULL").fetchone()[0] == 0
    con.close()
    warning = "warning: dayaknews may have changed its layout: 100% of its latest pages carry no date metadata"
    assert warning in result.stderr
    status = pilkada("status", "--db", str(db))
    assert status.returncode == 0
    assert warning in status.stdout


def test_readers_work_while_a_crawl_writes(sites_server, tmp_path):
    """An analyst's read-only queries during a crawl either answer or say what to do; the crawl loses nothing."""
    db = tmp_path / "pilkada.duckdb"
    assert pilkada("crawl", "--sites", sites_server, "--db", str(db), "--quiet", "--outlet", "nganjuknews").returncode == 0
    crawl = subprocess.Popen([sys.executable, "-m", "pilkada.cli", "crawl", "--sites", sites_server, "--db",
                              str(db), "--quiet", "--timeout", "2", "--full"], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env={**os.environ, "PILKADA_BATCH_SIZE": "2"})
    answered = refused = 0
    reader_errors = []
    while crawl.poll() is None:
        reader = pilkada("query", "coverage_per_outlet_week", "--db", str(db), "--format", "csv", timeout=60)
        if reader.returncode == 0:
            answered += 1
        else:
            refused += 1
            reader_errors.append(reader.stderr.strip())
        # a plain DuckDB reader in another process, as `duckdb -readonly pilkada.duckdb` would be
        try:
            con = duckdb.connect(str(db), read_only=True)
            con.execute("SELECT count(*) FROM articles").fetchone()
            con.close()
        except duckdb.IOException:
            pass
        time.sleep(0.2)
    out, err = crawl.communicate()
    assert crawl.returncode == 0, err
    assert answered + refused > 0
    for message in reader_errors:
        assert len(message.splitlines()) == 1 and "Traceback" not in message
        assert "being written by another process" in message or "snapshot" in message
    con = duckdb.connect(str(db), read_only=True)
    total, distinct = con.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone()
    assert total == distinct == 49


def test_listing_walk_finds_articles_older_than_the_feed(tmp_path):
    """NganjukNews has no sitemap: articles beyond the feed's newest ten are reachable only by walking its listing,
    and an article met first through the feed must not end that walk."""
    extra = tmp_path / "extra" / "nganjuknews"
    extra.mkdir(parents=True)
    source = (ARTICLES / "nganjuknews" / "apel-siaga-pengamanan-pilkada.txt").read_text(encoding="utf-8")
    header, body = source.split("\n---\n", 1)
    for day in range(1, 21):  # twenty older articles, August 2024
        lines = [f"title: Arsip Pilkada Nganjuk Nomor {day}" if line.startswith("title:") else
                 f"published: 2024-08-{day:02d}T09:00:00+07:00" if line.startswith("published:") else line
                 for line in header.splitlines()]
        (extra / f"arsip-pilkada-nganjuk-{day}.txt").write_text("\n".join(lines) + "\n---\n" + body, encoding="utf-8")
    server = spawn(extra_dir=tmp_path / "extra")
    try:
        db = tmp_path / "p.duckdb"
        result = pilkada("crawl", "--sites", server.url, "--db", str(db), "--timeout", "20", "--quiet",
                         "--outlet", "nganjuknews")
        assert result.returncode == 0, result.stderr
    finally:
        server.stop()
    con = duckdb.connect(str(db), read_only=True)
    titles = {t for (t,) in con.execute("SELECT title FROM articles").fetchall()}
    con.close()
    assert {f"Arsip Pilkada Nganjuk Nomor {day}" for day in range(1, 21)} <= titles
    assert len(titles) == 27  # the seven bundled articles and the twenty older ones
