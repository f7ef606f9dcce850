"""The `events` table behind the timeline views: kept in step with the extraction rows it derives from."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pilkada import warehouse as wh
from pilkada.warehouse import schema as migrations_module
from pilkada.warehouse.bulk import bulk_insert
from pilkada.warehouse.events import EVENT_COLUMNS, derive_events, regions_of, stored_rows
import warehouse_fixture as fx

SENTENCE = "Pj Bupati Jombang Teguh Narutomo memimpin ikrar pada 24 September 2024."


def _events(con, article_id=None):
    where = "" if article_id is None else f"WHERE article_id = {int(article_id)}"
    return sorted(con.execute(f"SELECT * FROM events {where}").fetchall(), key=repr)


def _derived(con):
    """The events derived from every article's stored extraction rows now, independently of what load time stored."""
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
    return sorted(derive_events(stored_rows(con, ids), regions_of(con)), key=repr)


S1 = "Pj Bupati Jombang Teguh Narutomo memimpin ikrar pada 24 September 2024 dan 25 September 2024."
S2 = "“Jaga netralitas,” kata Teguh. “Kami siap,” ujar seorang ASN."
S3 = "Aturannya UU Nomor 10 Tahun 2016, Perbawaslu Nomor 7/2017, PKPU 2 dan lagi UU Nomor 10 Tahun 2016."
S4 = "Rapat digelar di Kediri pada 3 Desember 2024."
S5 = "Rapat berikutnya digelar Desember 2024."
S6 = "Sebuah kutipan tanpa letak."
S7 = "Tanggal 1 Januari 2025."


def test_an_articles_events_follow_the_rules_of_the_derivation(con):
    """Written out by hand from the rules (warehouse/events.py): one row per date and official of a sentence; the
    least offset; the earliest quotation, and the earliest non-NULL speaker and role; a speaking official's role and
    regency from the article's mentions of the name; regulation labels; the official's regency, else the regencies
    the sentence names, else the article's main ones (an unknown code counts for none)."""
    day = dt.date
    rows = {
        "date_mentions": [(7, S1, 53, day(2024, 9, 24), "day", "24 September 2024"),
                          (7, S1, 75, day(2024, 9, 25), "day", "25 September 2024"),
                          (7, S4, 30, day(2024, 12, 3), "day", "3 Desember 2024"),
                          (7, S5, None, day(2024, 12, 1), "month", "Desember 2024"),
                          (7, S5, 20, day(2024, 12, 1), "month", "Desember 2024"),
                          (8, S7, 8, day(2025, 1, 1), "day", "1 Januari 2025")],
        "official_mentions_raw": [(7, S1, 10, "Teguh Narutomo", None, None),
                                  (7, S1, 10, "Teguh Narutomo", "Pj Bupati", "35.17"),
                                  (7, S1, 10, "Teguh Narutomo", "Pj Bupati", "35.17"),
                                  (7, "   ", 0, "Orang Lain", "Camat", "35.06")],
        "quotes": [(7, S2, 130, "Kami siap,", "Seorang ASN", None, None),
                   (7, S2, 100, "Jaga netralitas,", None, "Pj Bupati Jombang", "TEGUH NARUTOMO"),
                   (7, S6, None, "Sebuah kutipan", "Warga", None, None)],
        "regulation_citations_raw": [(7, S3, 10, "UU", "10", 2016), (7, S3, 40, "Perbawaslu", "7/2017", 2017),
                                     (7, S3, 60, "PKPU", "2", None), (7, S3, 80, "UU", "10", 2016)],
        "regency_mentions": [(7, "35.17", 3), (7, "35.06", 1), (7, "35.71", 2), (7, "35.18", None), (7, "99.99", 9)],
    }
    jombang, kediri, main = (["35.17"], "Kabupaten Jombang"), (["35.06", "35.71"], "Kabupaten Kediri; Kota Kediri"), \
        (["35.17", "35.71"], "Kabupaten Jombang; Kota Kediri")
    expected = [
        *[(7, S1, 10, d, "day", text, "Teguh Narutomo", role, None, None, [], *jombang, None)
          for d, text in ((day(2024, 9, 24), "24 September 2024"), (day(2024, 9, 25), "25 September 2024"))
          for role in (None, "Pj Bupati")],
        (7, S2, 100, None, None, None, "TEGUH NARUTOMO", "Pj Bupati", "Jaga netralitas,", "Seorang ASN", [], *jombang,
         "Pj Bupati Jombang"),
        (7, S3, 10, None, None, None, None, None, None, None, ["PKPU 2", "Perbawaslu 7/2017", "UU 10/2016"], *main,
         None),
        (7, S4, 30, day(2024, 12, 3), "day", "3 Desember 2024", None, None, None, None, [], *kediri, None),
        *[(7, S5, 20, day(2024, 12, 1), "month", "Desember 2024", None, None, None, None, [], *main, None)] * 2,
        (7, S6, None, None, None, None, None, None, "Sebuah kutipan", "Warga", [], *main, None),
        (8, S7, 8, day(2025, 1, 1), "day", "1 Januari 2025", None, None, None, None, [], [], "", None),
    ]
    assert sorted(derive_events(rows, regions_of(con)), key=repr) == sorted(expected, key=repr)


def test_loading_batches_keeps_events_equal_to_their_derivation(con):
    for batch in fx.batches(run_id=None):
        wh.load_batch(con, batch)
        assert _events(con) == _derived(con)
    assert len(_events(con)) > 10
    # every event belongs to a stored article, and reloading adds none
    before = _events(con)
    for batch in fx.batches(run_id=None):
        wh.load_batch(con, batch)
    assert _events(con) == before


def test_reextraction_replaces_an_articles_events_and_leaves_the_others(con):
    first, _ = fx.batches(run_id=None)
    wh.load_batch(con, first)
    article_id = con.execute("SELECT article_id FROM articles WHERE canonical_url = $u",
                             {"u": fx.TERAS_JOMBANG_URL}).fetchone()[0]
    others = [e for e in _events(con) if e[0] != article_id]
    officials_before = {e[6] for e in _events(con, article_id)} - {None}
    assert len(officials_before) >= 3

    _, article = fx.article("terasjatim", fx.TERAS_JOMBANG_URL, fx.TERAS_JOMBANG_TITLE, "2024-09-18",
                            fx.TERAS_JOMBANG, fx.teras_jombang_record(), "2024-09-24T10:16:00Z", None, version="fixture-2")
    article["record"]["officials"] = article["record"]["officials"][:2]
    wh.load_batch(con, {"articles": [article]})

    officials_after = {e[6] for e in _events(con, article_id)} - {None}
    assert officials_after < officials_before
    assert [e for e in _events(con) if e[0] != article_id] == others
    assert _events(con) == _derived(con)
    names = {r[0] for r in con.execute("SELECT DISTINCT official FROM event_timeline WHERE article_id = $a",
                                       {"a": article_id}).fetchall()} - {None}
    assert names == officials_after


def test_a_failed_batch_leaves_no_events_behind(con):
    first, second = fx.batches(run_id=None)
    wh.load_batch(con, first)
    before = _events(con)
    broken = dict(second)
    broken["articles"] = list(second["articles"]) + [{"canonical_url": None}]
    with pytest.raises(Exception):
        wh.load_batch(con, broken)
    assert _events(con) == before


def test_upgrading_a_warehouse_derives_the_events_of_its_stored_articles(tmp_path):
    """A file written before the events table (schema 3) gets them from its extraction rows on upgrade."""
    path = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(path))
    migrations_module.migrate(con, upto=3)
    con.execute("INSERT INTO outlets VALUES ('rmoljatim', 'RMOLJatim', 'https://rmoljatim.id/', '35')")
    con.execute(
        "INSERT INTO articles (canonical_url, outlet, title, published_on, text, content_hash, first_seen,"
        " last_updated) VALUES ('https://rmoljatim.id/a', 'rmoljatim', 'Ikrar', '2024-09-25', $t, 'h1',"
        " '2024-09-25 10:00:00', '2024-09-25 10:00:00')", {"t": SENTENCE})
    con.execute("INSERT INTO regency_mentions VALUES (1, '35.17', 'Kabupaten Jombang', 'kabupaten', 1, 10, 17, $s, 'v1')",
                {"s": SENTENCE})
    con.execute("INSERT INTO official_mentions_raw VALUES (1, 'Teguh Narutomo', 'Pj Bupati', '35.17', 18, 32, $s, 'v1')",
                {"s": SENTENCE})
    con.execute("INSERT INTO date_mentions (article_id, value, day, precision, text, start_offset, end_offset, sentence,"
                " extractor_version) VALUES (1, '2024-09-24', '2024-09-24', 'day', '24 September 2024', 53, 70, $s, 'v1')",
                {"s": SENTENCE})
    con.close()

    con = wh.connect(path)
    try:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (wh.latest_version(),)
        assert con.execute("SELECT regency_code, event_date, date_precision, official, role, url FROM regency_timeline"
                           ).fetchall() == [("35.17", dt.date(2024, 9, 24), "day", "Teguh Narutomo", "Pj Bupati",
                                             "https://rmoljatim.id/a")]
        assert _events(con) == _derived(con)
    finally:
        con.close()


def test_upgrading_a_warehouse_gives_its_quoted_events_the_speakers_role(tmp_path):
    """A file written before events carried the speaker's role (schema 7) takes it from its stored quotes."""
    path = tmp_path / "v7.duckdb"
    con = duckdb.connect(str(path))
    migrations_module.migrate(con, upto=7)
    con.execute("INSERT INTO outlets VALUES ('rmoljatim', 'RMOLJatim', 'https://rmoljatim.id/', '35')")
    quoted = "“Kami ingatkan seluruh ASN menjaga netralitas,” kata Pj Bupati Jombang Teguh Narutomo."
    text = f"{SENTENCE} {quoted}"
    con.execute(
        "INSERT INTO articles (canonical_url, outlet, title, published_on, text, content_hash, first_seen,"
        " last_updated) VALUES ('https://rmoljatim.id/a', 'rmoljatim', 'Ikrar', '2024-09-25', $t, 'h1',"
        " '2024-09-25 10:00:00', '2024-09-25 10:00:00')", {"t": text})
    con.execute("INSERT INTO official_mentions_raw VALUES (1, 'Teguh Narutomo', 'Pj Bupati', '35.17', 18, 32, $s,"
                " 'v1', '35')", {"s": SENTENCE})
    con.execute("INSERT INTO quotes VALUES (1, 'Kami ingatkan seluruh ASN menjaga netralitas,', 'Teguh Narutomo',"
                " 'Teguh Narutomo', $o, $e, $s, 'v1', 'Pj Bupati Jombang')",
                {"o": len(SENTENCE) + 2, "e": len(SENTENCE) + 48, "s": quoted})
    # what pilkada stored at schema 7: today's derivation without the column it did not have
    columns = {name: kind for name, kind in EVENT_COLUMNS.items() if name != "speaker_role"}
    bulk_insert(con, "events", columns, [event[:len(columns)] for event in
                                         derive_events(stored_rows(con, [1]), regions_of(con))])
    assert con.execute("SELECT count(*) FROM events WHERE quote IS NOT NULL").fetchone() == (1,)
    con.close()

    con = wh.connect(path)
    try:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (wh.latest_version(),)
        assert con.execute("SELECT speaker, speaker_role FROM event_timeline WHERE quote IS NOT NULL").fetchall() == [
            ("Teguh Narutomo", "Pj Bupati Jombang")]
        assert con.execute("SELECT count(*) FROM events WHERE quote IS NULL AND speaker_role IS NOT NULL"
                           ).fetchone() == (0,)
        assert _events(con) == _derived(con)
    finally:
        con.close()
