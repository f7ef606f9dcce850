"""load_batch, replace_extraction, raw_pages and crawl runs against real DuckDB files."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest

from pilkada import warehouse as wh


import warehouse_fixture as fx

CONTENT_TABLES = ("pages", "articles", "article_versions", "failures", "skipped_pages", "regency_mentions",
                  "province_mentions", "official_mentions_raw", "date_mentions", "regulation_citations_raw", "quotes")


def table_rows(con) -> dict[str, list]:
    return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in CONTENT_TABLES}


def test_first_load_counts_and_stores_everything(con):
    first, second = fx.batches(run_id=None)
    assert wh.load_batch(con, first) == {"articles_new": 3, "articles_updated": 0, "articles_unchanged": 0,
                                         "pages": 3, "failures": 1}
    assert wh.load_batch(con, second) == {"articles_new": 4, "articles_updated": 0, "articles_unchanged": 0,
                                          "pages": 4, "failures": 1}
    counts = wh.counts(con)
    assert counts["articles"] == 7 and counts["pages"] == 7 and counts["article_versions"] == 7
    assert counts["official_mentions_raw"] == 12 and counts["regulation_citations_raw"] == 7
    assert counts["skipped_pages"] == 1 and counts["failures"] == 2
    title, published, text = con.execute(
        "SELECT title, published_on, text FROM articles WHERE canonical_url = $u", {"u": fx.RMOL_JOMBANG_URL}
    ).fetchone()
    assert title == fx.RMOL_JOMBANG_TITLE and str(published) == "2024-09-24" and text == fx.RMOL_JOMBANG


def test_offsets_point_into_the_stored_text(con):
    for batch in fx.batches(run_id=None):
        wh.load_batch(con, batch)
    rows = con.execute(
        "SELECT d.text, substring(a.text, d.start_offset + 1, d.end_offset - d.start_offset), d.day, d.precision"
        " FROM date_mentions d JOIN articles a USING (article_id) WHERE d.value = '2024-11'"
    ).fetchall()
    assert rows == [("November 2024", "November 2024 mendatang", __import__("datetime").date(2024, 11, 1), "month")]
    (bad,) = con.execute(
        "SELECT count(*) FROM official_mentions_raw m JOIN articles a USING (article_id)"
        " WHERE NOT contains(substring(a.text, m.start_offset + 1, m.end_offset - m.start_offset), m.name)"
    ).fetchone()
    assert bad == 0


def test_reloading_a_batch_adds_nothing(con):
    batches = fx.batches(run_id=None)
    for batch in batches:
        wh.load_batch(con, batch)
    before = table_rows(con)
    for batch in batches:
        counts = wh.load_batch(con, copy.deepcopy(batch))
        assert counts["pages"] == 0 and counts["articles_new"] == 0 and counts["failures"] == 0
        assert counts["articles_unchanged"] == len(batch["articles"])
    assert table_rows(con) == before


def test_a_batch_holding_the_same_page_twice_stores_it_once(con):
    first, _ = fx.batches(run_id=None)
    doubled = {key: value + copy.deepcopy(value) for key, value in first.items()}
    counts = wh.load_batch(con, doubled)
    assert counts["pages"] == 3 and counts["articles_new"] == 3 and counts["articles_unchanged"] == 3
    assert wh.counts(con)["regency_mentions"] == sum(len(a["record"]["regencies"]) for a in first["articles"])


def test_changed_content_updates_the_article_and_keeps_history(con):
    first, _ = fx.batches(run_id=None)
    wh.load_batch(con, first)
    (article_id,) = con.execute("SELECT article_id FROM articles WHERE canonical_url = $u",
                                {"u": fx.RMOL_JOMBANG_URL}).fetchone()
    edited_text = fx.RMOL_JOMBANG.replace("dua pasangan calon", "dua pasangan calon bupati")
    page, article = fx.article("rmoljatim", fx.RMOL_JOMBANG_URL, fx.RMOL_JOMBANG_TITLE + " (Diperbarui)",
                               "2024-09-24", edited_text, fx.rmol_jombang_record(edited_text),
                               "2024-09-25T08:00:00Z", None)
    counts = wh.load_batch(con, {"pages": [page], "articles": [article]})
    assert counts == {"articles_new": 0, "articles_updated": 1, "articles_unchanged": 0, "pages": 1, "failures": 0}
    row = con.execute("SELECT article_id, title, text, content_hash, first_seen, last_updated FROM articles"
                      " WHERE canonical_url = $u", {"u": fx.RMOL_JOMBANG_URL}).fetchone()
    assert row[0] == article_id and row[1].endswith("(Diperbarui)") and row[2] == edited_text
    assert row[3] == article["content_hash"]
    assert str(row[4]) == "2024-09-24 10:15:00" and str(row[5]) == "2024-09-25 08:00:00"
    history = con.execute("SELECT title, content_hash, seen_first, seen_last FROM article_versions"
                          " WHERE canonical_url = $u ORDER BY seen_first", {"u": fx.RMOL_JOMBANG_URL}).fetchall()
    assert [h[0] for h in history] == [fx.RMOL_JOMBANG_TITLE, fx.RMOL_JOMBANG_TITLE + " (Diperbarui)"]
    assert con.execute("SELECT count(*) FROM pages WHERE canonical_url = $u", {"u": fx.RMOL_JOMBANG_URL}).fetchone()[0] == 2
    # the new text's offsets replaced the old ones
    (start,) = con.execute("SELECT start_offset FROM date_mentions WHERE article_id = $a AND value = '2024-09-25'",
                           {"a": article_id}).fetchone()
    assert start == edited_text.index("25 September 2024")

    # the same content fetched again later only moves seen_last
    again = copy.deepcopy(page)
    again["fetched_at"] = "2024-09-30T08:00:00Z"
    counts = wh.load_batch(con, {"pages": [again], "articles": [copy.deepcopy(article)]})
    assert counts["articles_unchanged"] == 1 and counts["pages"] == 0
    seen_last = con.execute("SELECT seen_last FROM article_versions WHERE content_hash = $h",
                            {"h": article["content_hash"]}).fetchone()[0]
    assert str(seen_last) == "2024-09-30 08:00:00"


def test_changed_content_without_a_record_drops_the_stale_extraction(con):
    first, _ = fx.batches(run_id=None)
    wh.load_batch(con, first)
    page, article = fx.article("dayaknews", fx.DAYAK_GUMAS_URL, fx.DAYAK_GUMAS_TITLE, "2024-09-20",
                               "Teks baru.", {}, "2024-09-26T08:00:00Z", None)
    del article["record"]
    assert wh.load_batch(con, {"pages": [page], "articles": [article]})["articles_updated"] == 1
    article_id, version = con.execute("SELECT article_id, extractor_version FROM articles WHERE canonical_url = $u",
                                      {"u": fx.DAYAK_GUMAS_URL}).fetchone()
    assert version is None
    for table in ("regency_mentions", "official_mentions_raw", "quotes", "regulation_citations_raw", "events"):
        assert con.execute(f"SELECT count(*) FROM {table} WHERE article_id = $a", {"a": article_id}).fetchone() == (0,)


def test_new_extractor_version_replaces_extraction_rows(con):
    first, _ = fx.batches(run_id=None)
    wh.load_batch(con, first)
    _, article = fx.article("terasjatim", fx.TERAS_JOMBANG_URL, fx.TERAS_JOMBANG_TITLE, "2024-09-18",
                            fx.TERAS_JOMBANG, fx.teras_jombang_record(), "2024-09-24T10:16:00Z", None, version="fixture-2")
    article["record"]["officials"] = article["record"]["officials"][:2]   # the new extractor finds fewer
    counts = wh.load_batch(con, {"articles": [article]})
    assert counts["articles_unchanged"] == 1
    (article_id, version) = con.execute("SELECT article_id, extractor_version FROM articles WHERE canonical_url = $u",
                                        {"u": fx.TERAS_JOMBANG_URL}).fetchone()
    assert version == "fixture-2"
    officials = con.execute("SELECT name, extractor_version FROM official_mentions_raw WHERE article_id = $a"
                            " ORDER BY start_offset", {"a": article_id}).fetchall()
    assert officials == [("A. Darmuji", "fixture-2"), ("Syaiful Anwar", "fixture-2")]
    versions = {v for (v,) in con.execute(
        "SELECT DISTINCT extractor_version FROM date_mentions WHERE article_id = $a", {"a": article_id}).fetchall()}
    assert versions == {"fixture-2"}
    # other articles keep theirs
    assert con.execute("SELECT count(*) FROM official_mentions_raw WHERE extractor_version = 'fixture-1'"
                       ).fetchone()[0] == 2


def test_replace_extraction_and_raw_pages(con):
    for batch in fx.batches(run_id=None):
        wh.load_batch(con, batch)
    pages = list(wh.raw_pages(con, outlet="dayaknews"))
    assert {p[0] for p in pages} == {fx.DAYAK_GUMAS_URL, fx.DAYAK_DEBAT_URL}
    url, outlet, html, fetched_at = next(p for p in pages if p[0] == fx.DAYAK_GUMAS_URL)
    assert outlet == "dayaknews" and html == fx.page_html(fx.DAYAK_GUMAS_TITLE, fx.DAYAK_GUMAS, "2024-09-20")
    assert str(fetched_at) == "2024-09-24 10:17:00"

    # replace while streaming, as re-extraction does
    rows = []
    for url, _, _, _ in wh.raw_pages(con, chunk_size=2):
        record = {"regencies": [{"code": "35.17", "name": "Kabupaten Jombang", "mentions": 1, "start": 0, "end": 1,
                                 "sentence": "x"}]}
        rows.append({"canonical_url": url, "record": record, "extractor_version": "fixture-3"})
        if len(rows) == 3:
            assert wh.replace_extraction(con, rows) == {"articles_replaced": 3, "articles_missing": 0}
            rows = []
    assert wh.replace_extraction(con, rows + [{"canonical_url": "https://nowhere/", "record": {}}]) == {
        "articles_replaced": 1, "articles_missing": 1}
    assert wh.counts(con)["official_mentions_raw"] == 0
    assert con.execute("SELECT count(*), count(DISTINCT extractor_version) FROM regency_mentions").fetchone() == (7, 1)
    assert con.execute("SELECT count(*) FROM articles WHERE extractor_version = 'fixture-3'").fetchone()[0] == 7


def test_replace_extraction_can_update_the_text(con):
    first, _ = fx.batches(run_id=None)
    wh.load_batch(con, first)
    new_text = "Judul\n\n" + fx.DAYAK_GUMAS
    wh.replace_extraction(con, [{"canonical_url": fx.DAYAK_GUMAS_URL, "text": new_text, "word_count": 5,
                                 "record": fx.dayak_gumas_record(new_text), "extractor_version": "fixture-2"}])
    text, words, title = con.execute("SELECT text, word_count, title FROM articles WHERE canonical_url = $u",
                                     {"u": fx.DAYAK_GUMAS_URL}).fetchone()
    assert (text, words, title) == (new_text, 5, fx.DAYAK_GUMAS_TITLE)


def test_crawl_runs_and_interrupted_runs(con):
    run_id = wh.start_run(con, ["rmoljatim", "dayaknews"], ["pilkada", "crawl"], pid=None)
    for batch in fx.batches(run_id=run_id):
        wh.load_batch(con, batch)
    wh.finish_run(con, run_id, "completed", {"articles_unchanged": 0})
    row = con.execute("SELECT status, pages_fetched, articles_new, articles_updated, articles_unchanged, skipped,"
                      " failed, failures_by_reason, ended_at IS NOT NULL FROM crawl_runs WHERE run_id = $r",
                      {"r": run_id}).fetchone()
    assert row[:7] == ("completed", 7, 7, 0, 0, 1, 2)
    assert __import__("json").loads(row[7]) == {"http_4xx": 1, "timeout": 1} and row[8]

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = wh.start_run(con, ["rmoljatim"], ["pilkada", "crawl"], pid=dead_pid)
    alive = wh.start_run(con, ["rmoljatim"], ["pilkada", "crawl"], pid=None)  # this process
    assert wh.mark_interrupted_runs(con) == 1
    statuses = dict(con.execute("SELECT run_id, status FROM crawl_runs").fetchall())
    assert statuses[stale] == "interrupted" and statuses[alive] == "running"
    with pytest.raises(ValueError):
        wh.finish_run(con, alive, "done")


def test_crawl_state_gives_validators_of_the_latest_page(con):
    first, _ = fx.batches(run_id=None)
    first["pages"][0].update(etag='"abc"', last_modified="Tue, 24 Sep 2024 10:00:00 GMT", lastmod="2024-09-24")
    wh.load_batch(con, first)
    state = wh.crawl_state(con, ["rmoljatim", "kompas"])
    assert state["kompas"] == {}
    assert state["rmoljatim"] == {fx.RMOL_JOMBANG_URL: {"etag": '"abc"', "last_modified": "Tue, 24 Sep 2024 10:00:00 GMT",
                                                        "lastmod": "2024-09-24"}}


def test_a_failed_batch_leaves_nothing_behind(con):
    first, _ = fx.batches(run_id=None)
    broken = copy.deepcopy(first)
    del broken["failures"][0]["url"]  # found last, after pages and articles went in: all must roll back
    with pytest.raises(ValueError, match="failure without url"):
        wh.load_batch(con, broken)
    assert all(n == 0 for t, n in wh.counts(con).items() if t in CONTENT_TABLES)
    assert wh.load_batch(con, first)["articles_new"] == 3


def test_unknown_outlets_are_registered_on_load(tmp_path):
    con = wh.connect(tmp_path / "bare.duckdb")
    try:
        first, _ = fx.batches(run_id=None)
        wh.load_batch(con, first)
        assert con.execute("SELECT outlet, name FROM outlets ORDER BY outlet").fetchall() == [
            ("dayaknews", None), ("rmoljatim", None), ("terasjatim", None)]
        wh.upsert_outlets(con, fx.OUTLETS)
        assert con.execute("SELECT name FROM outlets WHERE outlet = 'dayaknews'").fetchone() == ("Dayak News",)
    finally:
        con.close()


def test_layout_warnings_flag_an_outlet_whose_pages_changed(con):
    def articles(run_id, count, published, text, start):
        pairs = [fx.article("rmoljatim", f"https://rmoljatim.id/a/{i}", f"Judul {i}", published, text,
                            {}, "2024-10-01T00:00:00Z", run_id) for i in range(start, start + count)]
        return {"pages": [p for p, _ in pairs], "articles": [a for _, a in pairs]}

    before = wh.start_run(con, ["rmoljatim"], ["pilkada", "crawl"], pid=None)
    wh.load_batch(con, articles(before, 6, "2024-09-30", fx.RMOL_JOMBANG, 0))
    assert wh.layout_warnings(con, ["rmoljatim"]) == []      # nothing to compare with yet
    after = wh.start_run(con, ["rmoljatim"], ["pilkada", "crawl"], pid=None)
    wh.load_batch(con, articles(after, 3, None, "Baca juga.", 100))
    warnings = wh.layout_warnings(con, ["rmoljatim", "dayaknews"])
    assert len(warnings) == 2
    assert warnings[0].startswith("rmoljatim may have changed its layout: 100% of its latest articles have no "
                                  "publication date (before: 0%), e.g. https://rmoljatim.id/a/10")
    assert warnings[1].startswith("rmoljatim may have changed its layout: its latest articles are short (median 2 words")
