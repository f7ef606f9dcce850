"""The `events` table behind the timeline views: kept in step with the extraction rows it derives from."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pilkada import warehouse as wh
from pilkada.warehouse import schema as migrations_module
import warehouse_fixture as fx

SENTENCE = "Pj Bupati Jombang Teguh Narutomo memimpin ikrar pada 24 September 2024."


def _events(con, article_id=None):
    where = "" if article_id is None else f"WHERE article_id = {int(article_id)}"
    return sorted(con.execute(f"SELECT * FROM events {where}").fetchall(), key=repr)


def _derived(con):
    """What warehouse/events.sql gives for every article now, independently of what load time stored."""
    from pilkada.warehouse.events import _derivation
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
    return sorted(con.execute(_derivation(), {"ids": ids, "lo": min(ids), "hi": max(ids)}).fetchall(), key=repr)


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
    from pilkada.warehouse.events import _derivation
    con.execute(f"INSERT INTO events SELECT * EXCLUDE (speaker_role) FROM ({_derivation()})",
                {"ids": [1], "lo": 1, "hi": 1})
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
