"""`pilkada reextract`: stored pages cleaned and extracted again, the same rows whatever the number of workers."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil

import pytest

from pilkada import warehouse as wh
from pilkada.cli.main import main
from pilkada.crawler.lock import CrawlLock
from pilkada.extract import EXTRACTOR_VERSION
from pilkada.sites.articles import OUTLETS, load_articles
from pilkada.sites.base import Ctx, OutletState
from pilkada.sites.server import SITES
from pilkada.warehouse.write import EXTRACTION_TABLES

OLD = "test-old-0"
PER_OUTLET = 2


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stored_batch() -> dict:
    """Two articles of each local outlet, rendered by its template, stored with an older extraction."""
    pages, articles = [], []
    every = load_articles()
    for outlet in OUTLETS:
        site = SITES[outlet]
        mine = [a for a in every if a.outlet == outlet]
        ctx = Ctx(site=site, state=OutletState(site, mine), root="http://127.0.0.1:8000")
        for article in mine[:PER_OUTLET]:
            url = ctx.article_url(article)
            html = site.render_article(ctx, article)
            fetched = (article.published + dt.timedelta(hours=2)).astimezone(dt.timezone.utc).isoformat()
            pages.append({"outlet": outlet, "url": url, "canonical_url": url, "fetched_at": fetched,
                          "http_status": 200, "content_hash": _hash(html), "html": html})
            articles.append({
                "canonical_url": url, "outlet": outlet, "title": article.title, "text": article.text,
                "published_on": article.published.date().isoformat(), "language": "id",
                "word_count": len(article.text.split()), "content_hash": _hash(article.text),
                "extractor_version": OLD, "fetched_at": fetched,
                # a stale finding that re-extraction must replace
                "record": {"regencies": [{"code": "99.99", "name": "Stale", "mentions": 1, "start": 0, "end": 5,
                                          "sentence": "stale"}],
                           "extractor_version": OLD},
            })
    return {"pages": pages, "articles": articles}


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    path = tmp_path_factory.mktemp("reextract") / "stored.duckdb"
    con = wh.connect(path)
    try:
        wh.load_batch(con, _stored_batch())
    finally:
        con.close()
    return path


def _copy(stored, tmp_path, name: str):
    path = tmp_path / f"{name}.duckdb"
    shutil.copy(stored, path)
    return path


def _rows(path) -> dict:
    """Every extraction row and every article's version and text, keyed by URL, in a stable order."""
    con = wh.connect(path, read_only=True)
    try:
        found = {"articles": con.execute(
            "SELECT canonical_url, extractor_version, content_hash, title, published_on, word_count"
            " FROM articles ORDER BY canonical_url").fetchall()}
        for table in EXTRACTION_TABLES:
            found[table] = con.execute(
                f"SELECT a.canonical_url, t.* EXCLUDE (article_id) FROM {table} t JOIN articles a USING (article_id)"
                " ORDER BY ALL").fetchall()
        found["failures"] = con.execute("SELECT url, reason FROM failures ORDER BY ALL").fetchall()
    finally:
        con.close()
    return found


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["reextract", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_workers_one_and_two_write_identical_rows_and_replace_the_old_version(stored, tmp_path, capsys):
    import json

    results = {}
    for workers in (1, 2):
        path = _copy(stored, tmp_path, f"w{workers}")
        code, out, err = _run(capsys, "--db", str(path), "--workers", str(workers), "--chunk", "3",
                              "--commit-every", "4", "--json")
        assert code == 0, err
        counts = json.loads(out)
        assert counts["pages"] == counts["articles"] == PER_OUTLET * len(OUTLETS)
        assert counts["failures"] == 0
        assert counts["transactions"] == 2  # chunks of 3, 3 | 3, 1: a transaction once 4 or more pages wait
        assert counts["rss_kb"]["largest_worker"] > 0
        results[workers] = _rows(path)

    assert results[1] == results[2]
    rows = results[1]
    versions = {version for _, version, *_ in rows["articles"]}
    assert len(versions) == 1 and versions.pop().startswith(EXTRACTOR_VERSION)  # "+ner-spacy" with the NER model
    assert all(code != "99.99" for _, code, *_ in rows["regency_mentions"]), "stale rows must be gone"
    assert rows["regency_mentions"] and rows["official_mentions_raw"] and rows["date_mentions"]

    # the same as preparing in this process
    path = _copy(stored, tmp_path, "w0")
    code, _, err = _run(capsys, "--db", str(path), "--workers", "0", "--quiet")
    assert code == 0, err
    assert _rows(path) == rows


def test_pages_are_read_as_the_warehouse_gives_them(stored, tmp_path):
    from pilkada.ingest.reextract import stored_lines

    con = wh.connect(_copy(stored, tmp_path, "read"))
    try:
        ours = [(line["canonical_url"], line["outlet"], line["body"]) for line in stored_lines(con, chunk_size=3)]
        theirs = [(url, outlet, html) for url, outlet, html, _ in wh.raw_pages(con)]
        mine = [(line["canonical_url"]) for line in stored_lines(con, "terasjatim")]
    finally:
        con.close()
    assert ours == theirs
    assert len(mine) == PER_OUTLET and all("terasjatim" in url for url in mine)


def test_running_again_changes_nothing(stored, tmp_path, capsys):
    path = _copy(stored, tmp_path, "again")
    assert _run(capsys, "--db", str(path), "--workers", "0", "--quiet")[0] == 0
    first = _rows(path)
    code, out, _ = _run(capsys, "--db", str(path), "--workers", "0")
    assert code == 0
    assert "re-extracted 10 stored pages" in out and "pages/s" in out
    assert _rows(path) == first


def test_one_outlet_only(stored, tmp_path, capsys):
    path = _copy(stored, tmp_path, "outlet")
    code, _, err = _run(capsys, "--db", str(path), "--outlet", "dayaknews", "--workers", "0", "--quiet")
    assert code == 0, err
    con = wh.connect(path, read_only=True)
    try:
        versions = dict(con.execute("SELECT outlet, any_value(extractor_version) FROM articles GROUP BY 1").fetchall())
    finally:
        con.close()
    assert versions.pop("dayaknews").startswith(EXTRACTOR_VERSION)
    assert set(versions.values()) == {OLD}


@pytest.mark.parametrize("argv, message", [
    (["--workers", "-1"], "--workers"),
    (["--batch-size", "0"], "--batch-size"),
    (["--chunk", "0"], "--chunk"),
    (["--outlet", "nosuchoutlet"], "unknown outlet"),
    (["--memory-limit", "lots'; DROP TABLE pages; --"], "--memory-limit"),
])
def test_bad_arguments_exit_2(stored, tmp_path, capsys, argv, message):
    path = _copy(stored, tmp_path, "bad")
    code, _, err = _run(capsys, "--db", str(path), *argv)
    assert code == 2
    assert message in err


def test_missing_warehouse_exits_2(tmp_path, capsys):
    code, _, err = _run(capsys, "--db", str(tmp_path / "none.duckdb"))
    assert code == 2
    assert "no warehouse" in err
    assert not (tmp_path / "none.duckdb").exists()


def test_a_running_crawl_blocks_reextract_with_exit_3(stored, tmp_path, capsys):
    path = _copy(stored, tmp_path, "locked")
    lock = CrawlLock(path).acquire()
    try:
        code, _, err = _run(capsys, "--db", str(path), "--workers", "0")
    finally:
        lock.release()
    assert code == 3
    assert "being crawled" in err


def test_the_search_copy_follows_the_replaced_text(stored, tmp_path, capsys):
    """event_comparison searches article_search (migration 007): re-extraction replaces the texts, and the
    copy with them."""
    path = _copy(stored, tmp_path, "search")
    con = wh.connect(path)
    try:
        con.execute("UPDATE articles SET text = text || ' Penanda Usang'")  # a text the stored page does not hold
        con.execute("UPDATE article_search SET folded = folded || ' penanda usang'")
    finally:
        con.close()
    code, _, err = _run(capsys, "--db", str(path), "--workers", "0", "--quiet")
    assert code == 0, err
    con = wh.connect(path, read_only=True)
    try:
        stale = con.execute("SELECT count(*) FROM article_search WHERE contains(folded, 'penanda usang')").fetchone()[0]
        rows = con.execute("SELECT a.article_id, lower(coalesce(a.title, '') || chr(10) || a.text), s.folded"
                           " FROM articles a LEFT JOIN article_search s USING (article_id)").fetchall()
    finally:
        con.close()
    assert stale == 0
    assert len(rows) == PER_OUTLET * len(OUTLETS)
    assert all(expected == folded for _, expected, folded in rows)


def test_persons_after_reextract_equal_a_derivation_from_scratch(stored, tmp_path, capsys, monkeypatch):
    """reextract loads without deriving persons per transaction and derives them once at its end (in chunks of
    PERSONS_CHUNK articles, 3 here): the persons and their mentions are those a derivation from scratch gives,
    and no stale mention of the old extraction is left."""
    from pilkada.warehouse import write as load
    from pilkada.warehouse.persons import fill_persons

    monkeypatch.setattr(load, "PERSONS_CHUNK", 3)
    path = _copy(stored, tmp_path, "persons")
    code, _, err = _run(capsys, "--db", str(path), "--workers", "0", "--commit-every", "4", "--quiet")
    assert code == 0, err

    def persons(con):
        return (con.execute("SELECT * FROM persons ORDER BY ALL").fetchall(),
                con.execute("SELECT * FROM person_mentions ORDER BY ALL").fetchall())

    con = wh.connect(path)
    try:
        after_reextract = persons(con)
        raw = con.execute("SELECT article_id, name, start_offset FROM official_mentions_raw ORDER BY ALL").fetchall()
        linked = con.execute("SELECT article_id, name, start_offset FROM person_mentions ORDER BY ALL").fetchall()
        fill_persons(con)
        from_scratch = persons(con)
    finally:
        con.close()
    assert after_reextract[0] and after_reextract[1]
    assert after_reextract == from_scratch
    assert set(linked) <= set(raw)  # every mention points at the new extraction's rows


def _collector_state() -> tuple[int, int]:
    import gc

    gc.collect()
    return gc.get_freeze_count(), len(gc.get_objects())


def test_workers_start_with_the_built_pipeline_out_of_the_collectors_view():
    """The fork server freezes what it built (pipeline, rules' tables, modules) before forking: a worker's full
    collections walk only what its own pages make, not the ~45,000 objects every worker shares (rules only: the
    pipeline loads no spaCy)."""
    from pilkada.ingest.reextract import worker_pool

    with worker_pool(1) as pool:
        frozen, tracked = pool.submit(_collector_state).result(timeout=120)
    assert frozen > 30_000
    assert tracked < frozen


def test_memory_limit_auto_grows_where_a_fixed_limit_stops_with_one_line(stored, tmp_path, capsys, monkeypatch):
    """--memory-limit auto (the default) starts the writer at WRITER_MEMORY_MB and loads a transaction that does
    not fit again with twice the memory; a fixed limit too small stops the run with exit 1 and one line."""
    import logging

    from pilkada.ingest import loader

    roomy = _copy(stored, tmp_path, "roomy")
    assert _run(capsys, "--db", str(roomy), "--workers", "0", "--quiet", "--memory-limit", "2GB")[0] == 0
    monkeypatch.setattr(loader, "WRITER_MEMORY_MB", 1)  # smaller than any transaction of these pages needs
    tight = _copy(stored, tmp_path, "tight")
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger(loader.__name__).addHandler(handler)
    try:
        code, _, err = _run(capsys, "--db", str(tight), "--workers", "0", "--quiet")
    finally:
        logging.getLogger(loader.__name__).removeHandler(handler)
    assert code == 0, err
    assert any("needed more memory" in r.getMessage() for r in records)
    assert _rows(tight) == _rows(roomy)

    fixed = _copy(stored, tmp_path, "fixed")
    code, _, err = _run(capsys, "--db", str(fixed), "--workers", "0", "--quiet", "--memory-limit", "1MB")
    assert code == 1
    assert "--memory-limit 1MB" in err and len(err.strip().splitlines()) == 1
