"""Migrations: a fresh file, an older file upgraded with its data, read-only connections that never migrate."""

from __future__ import annotations

import datetime as dt
import re

import duckdb
import pytest

from pilkada import warehouse as wh
from pilkada.warehouse import schema as migrations_module
from pilkada.warehouse import schemadoc
from pilkada.warehouse.values import sql_literal


def test_fresh_file_is_at_the_latest_version_with_regions(tmp_path):
    con = wh.connect(tmp_path / "new.duckdb")
    try:
        versions = con.execute("SELECT version, name FROM schema_version WHERE version IS NOT NULL ORDER BY version"
                               ).fetchall()
        assert [v for v, _ in versions] == list(range(1, wh.latest_version() + 1))
        assert versions[0] == (1, "001_core.sql")
        assert con.execute("SELECT count(*) FILTER (WHERE level = 1), count(*) FILTER (WHERE level = 2) FROM regions"
                           ).fetchone() == (38, 514)
        assert con.execute("SELECT name, kind, parent_code FROM regions WHERE code IN ('35.73', '62.10') ORDER BY code"
                           ).fetchall() == [("Kota Malang", "kota", "35"), ("Kabupaten Gunung Mas", "kabupaten", "62")]
        assert schemadoc.undocumented(con) == []
    finally:
        con.close()
    # connecting again applies nothing
    con = wh.connect(tmp_path / "new.duckdb")
    try:
        assert wh.migrate(con) == []
    finally:
        con.close()


def test_migration_files_are_numbered_without_gaps():
    names = [m.name for m in migrations_module.migrations()]
    assert names == sorted(names) and names[0].startswith("001_")
    assert [m.version for m in migrations_module.migrations()] == list(range(1, len(names) + 1))


def _make_v1(path):
    """A warehouse as the first release wrote it: only migration 001, with an article in it."""
    con = duckdb.connect(str(path))
    try:
        assert migrations_module.migrate(con, upto=1) == ["001_core.sql"]
        con.execute("INSERT INTO outlets VALUES ('rmoljatim', 'RMOLJatim', 'https://rmoljatim.id/', '35')")
        con.execute(
            "INSERT INTO pages (outlet, url, canonical_url, fetched_at, http_status, content_hash, html_compressed)"
            " VALUES ('rmoljatim', 'https://rmoljatim.id/a', 'https://rmoljatim.id/a', '2024-09-24 10:00:00', 200,"
            " 'h1', NULL)")
        con.execute(
            "INSERT INTO articles (canonical_url, outlet, title, published_on, text, content_hash, first_seen,"
            " last_updated) VALUES ('https://rmoljatim.id/a', 'rmoljatim', 'Ikrar Netralitas ASN Jombang',"
            " '2024-09-24', 'Pj Bupati Jombang Teguh Narutomo memimpin ikrar.', 'h1', '2024-09-24 10:00:00',"
            " '2024-09-24 10:00:00')")
    finally:
        con.close()


def test_an_older_file_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.duckdb"
    _make_v1(path)

    # a reader never migrates: it says what to do, and leaves the file as it was
    with pytest.raises(wh.SchemaOutdated, match="run any write command"):
        wh.connect(path, read_only=True)
    check = duckdb.connect(str(path), read_only=True)
    assert check.execute("SELECT max(version) FROM schema_version").fetchone() == (1,)
    check.close()

    con = wh.connect(path)
    try:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (wh.latest_version(),)
        assert con.execute("SELECT title, published_on FROM articles").fetchall() == [
            ("Ikrar Netralitas ASN Jombang", dt.date(2024, 9, 24))]
        assert con.execute("SELECT lastmod FROM pages").fetchall() == [(None,)]   # added by 003
        assert con.execute("SELECT count(*) FROM regions").fetchone() == (552,)    # filled once, not twice
        # the new tables work with the old rows
        (article_id,) = con.execute("SELECT article_id FROM articles").fetchone()
        wh.replace_extraction(con, [{"canonical_url": "https://rmoljatim.id/a", "extractor_version": "v2", "record": {
            "regencies": [{"code": "35.17", "name": "Kabupaten Jombang", "mentions": 1, "start": 10, "end": 17,
                           "sentence": "Pj Bupati Jombang Teguh Narutomo memimpin ikrar."}],
            "officials": [{"name": "Teguh Narutomo", "role": "Pj Bupati", "regency": "35.17", "start": 18, "end": 32,
                           "sentence": "Pj Bupati Jombang Teguh Narutomo memimpin ikrar."}]}}])
        assert con.execute("SELECT official, regency, url FROM official_mentions").fetchall() == [
            ("Teguh Narutomo", "Kabupaten Jombang", "https://rmoljatim.id/a")]
        assert con.execute("SELECT regency_code, event_date, date_precision FROM regency_timeline").fetchall() == [
            ("35.17", dt.date(2024, 9, 24), "published")]
        assert article_id == 1
        assert schemadoc.undocumented(con) == []
    finally:
        con.close()
    reader = wh.connect(path, read_only=True)
    reader.close()


def _descriptions(con, tables) -> list[tuple]:
    return con.execute("SELECT table_name, column_name, comment FROM duckdb_columns() WHERE table_name IN"
                       " (SELECT unnest($t::VARCHAR[])) ORDER BY ALL", {"t": list(tables)}).fetchall()


def test_long_text_is_stored_with_zstd_and_the_rest_as_before(tmp_path):
    con = wh.connect(tmp_path / "new.duckdb")
    try:
        con.execute("INSERT INTO outlets VALUES ('rmoljatim', 'RMOLJatim', 'https://rmoljatim.id/', '35')")
        body = "Pj Bupati Jombang Teguh Narutomo memimpin ikrar netralitas ASN di pendopo kabupaten. " * 40
        con.execute("INSERT INTO pages (outlet, url, canonical_url, fetched_at, http_status, content_hash,"
                    " html_compressed) SELECT 'rmoljatim', 'https://rmoljatim.id/' || i, 'https://rmoljatim.id/' || i,"
                    " TIMESTAMP '2024-09-24 10:00:00', 200, 'h' || i, encode($b || i) FROM range(300) t(i)", {"b": body})
        con.execute("INSERT INTO articles (canonical_url, outlet, title, text, content_hash, first_seen, last_updated)"
                    " SELECT canonical_url, outlet, 'Ikrar', $b || page_id, content_hash, fetched_at, fetched_at"
                    " FROM pages", {"b": body})
        con.execute("INSERT INTO article_search SELECT article_id, lower(text) FROM articles")
        con.execute("CHECKPOINT")
        stored = dict(con.execute(
            "SELECT table_name || '.' || column_name, string_agg(DISTINCT compression) FROM ("
            " SELECT 'pages' AS table_name, * FROM pragma_storage_info('pages') UNION ALL"
            " SELECT 'articles', * FROM pragma_storage_info('articles') UNION ALL"
            " SELECT 'article_search', * FROM pragma_storage_info('article_search'))"
            " WHERE segment_type IN ('VARCHAR', 'BLOB') GROUP BY 1").fetchall())
        for table, columns in migrations_module.ZSTD_COLUMNS.items():
            for column in columns:
                assert stored.pop(f"{table}.{column}") == "ZSTD"
        # the short strings keep DuckDB's own choice
        assert stored["articles.title"] != "ZSTD" and stored["pages.canonical_url"] != "ZSTD"
    finally:
        con.close()


def test_an_upgraded_file_keeps_rows_constraints_ids_and_descriptions_of_the_rebuilt_tables(tmp_path):
    fresh = wh.connect(tmp_path / "fresh.duckdb")
    try:
        described = _descriptions(fresh, migrations_module.ZSTD_COLUMNS)
    finally:
        fresh.close()
    path = tmp_path / "old.duckdb"
    _make_v1(path)
    con = wh.connect(path)
    try:
        for table, columns in migrations_module.ZSTD_COLUMNS.items():
            (ddl,) = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = ?", [table]).fetchone()
            for column in columns:
                assert re.search(rf'\b{column}"? (VARCHAR|BLOB) USING COMPRESSION ZSTD\b', ddl), ddl
        assert _descriptions(con, migrations_module.ZSTD_COLUMNS) == described
        assert con.execute("SELECT article_id, text FROM articles").fetchall() == [
            (1, "Pj Bupati Jombang Teguh Narutomo memimpin ikrar.")]
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO articles (canonical_url, outlet, content_hash, first_seen, last_updated) VALUES"
                        " ('https://rmoljatim.id/a', 'rmoljatim', 'h2', now(), now())")
        con.execute("INSERT INTO articles (canonical_url, outlet, content_hash, first_seen, last_updated) VALUES"
                    " ('https://rmoljatim.id/b', 'rmoljatim', 'h3', now(), now())")
        assert con.execute("SELECT article_id FROM articles WHERE canonical_url LIKE '%/b'").fetchone()[0] > 1
        (page_id,) = con.execute(
            "INSERT INTO pages (outlet, url, canonical_url, fetched_at, content_hash) VALUES ('rmoljatim',"
            " 'https://rmoljatim.id/b', 'https://rmoljatim.id/b', now(), 'h3') RETURNING page_id").fetchone()
        assert page_id > 1
    finally:
        con.close()


def test_changed_views_are_refreshed_by_a_writer_only(tmp_path, monkeypatch):
    path = tmp_path / "w.duckdb"
    wh.connect(path).close()
    sql, _ = migrations_module.views()
    changed = sql + "\nCREATE OR REPLACE VIEW extra_view AS SELECT 1 AS one;\n" \
                    "COMMENT ON VIEW extra_view IS 'test';\nCOMMENT ON COLUMN extra_view.one IS 'one';\n"
    monkeypatch.setattr(migrations_module, "views", lambda: (changed, "changed-checksum"))
    with pytest.raises(wh.SchemaOutdated):
        wh.connect(path, read_only=True)
    con = wh.connect(path)
    try:
        assert con.execute("SELECT one FROM extra_view").fetchone() == (1,)
    finally:
        con.close()
    wh.connect(path, read_only=True).close()


def test_a_file_from_a_newer_pilkada_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    wh.connect(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (99, '099_future.sql', 'x', now()::TIMESTAMP)")
    con.close()
    for read_only in (False, True):
        with pytest.raises(wh.WarehouseError, match="newer than this pilkada"):
            wh.connect(path, read_only=read_only)


def test_a_failed_migration_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "half.duckdb"
    _make_v1(path)
    broken = migrations_module.Migration(2, "002_broken.sql", "CREATE TABLE half_done (x INTEGER); SELECT nonsense;",
                                         "x", ())
    first = migrations_module.migrations()[0]
    monkeypatch.setattr(migrations_module, "migrations", lambda: (first, broken))
    with pytest.raises(duckdb.Error):
        wh.connect(path)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'half_done'").fetchone() == (0,)
    finally:
        con.close()


def test_read_only_connection_to_a_missing_file(tmp_path):
    with pytest.raises(wh.WarehouseMissing, match="no warehouse at"):
        wh.connect(tmp_path / "nothing.duckdb", read_only=True)
    assert not (tmp_path / "nothing.duckdb").exists()


def test_paths_and_descriptions_with_quotes_reach_duckdb_as_written(tmp_path):
    folder = tmp_path / "jurnalis' arsip"
    path = folder / "o'brien.duckdb"
    con = wh.connect(path)
    try:
        con.execute("INSERT INTO outlets VALUES ('rmoljatim', 'RMOLJatim', 'https://rmoljatim.id/', '35')")
        described = "'RMOL's outlets"
        con.execute(f"COMMENT ON TABLE outlets IS {sql_literal(described)}")
        assert con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'outlets'").fetchone() == (
            described,)
        snapshot = wh.snapshot(path, folder / "o'brien.snapshot", con=con)
    finally:
        con.close()
    copy = duckdb.connect(str(snapshot), read_only=True)
    try:
        assert copy.execute("SELECT outlet FROM outlets").fetchall() == [("rmoljatim",)]
    finally:
        copy.close()
