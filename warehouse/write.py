"""Write crawled batches and extraction records into the warehouse, one short transaction per call.

The input is plain dicts (docs/architecture.md, "What load_batch receives"); rows go in as
whole columns (`unnest` of bound Python lists), never one statement per row, so a batch
holds the file for milliseconds, not seconds.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb

from .bulk import bulk_insert
from .events import ARTICLES_IN_BATCH, derive_events, regions_of, store_events
from .persons import refresh_persons
from .values import compress_html, date_value, regency_kind
from .values import day as _date
from .values import integer as _int
from .values import required as _required
from .values import text_or_none as _str
from .values import timestamp as _timestamp
from .values import utcnow as _utcnow

log = logging.getLogger(__name__)


EXTRACTION_TABLES = (
    "regency_mentions",
    "province_mentions",
    "official_mentions_raw",
    "date_mentions",
    "regulation_citations_raw",
    "quotes",
)


# ---------------------------------------------------------------------------- SQL helpers


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _in_list(con: duckdb.DuckDBPyConnection, sql: str, values: list, type_: str = "VARCHAR") -> list[tuple]:
    """Run `sql` whose `$values` is bound to a list (used as `IN (SELECT unnest($values::T[]))`)."""
    if not values:
        return []
    return con.execute(sql.replace("$values", f"$values::{type_}[]"), {"values": list(values)}).fetchall()


# ---------------------------------------------------------------------------- extraction rows

EXTRACTION_COLUMNS = {
    "regency_mentions": {
        "article_id": "BIGINT", "regency_code": "VARCHAR", "name": "VARCHAR", "kind": "VARCHAR",
        "mentions": "INTEGER", "start_offset": "INTEGER", "end_offset": "INTEGER", "sentence": "VARCHAR",
        "extractor_version": "VARCHAR",
    },
    "province_mentions": {
        "article_id": "BIGINT", "province_code": "VARCHAR", "name": "VARCHAR", "start_offset": "INTEGER",
        "end_offset": "INTEGER", "sentence": "VARCHAR", "extractor_version": "VARCHAR",
    },
    "official_mentions_raw": {
        "article_id": "BIGINT", "name": "VARCHAR", "role": "VARCHAR", "regency_code": "VARCHAR",
        "start_offset": "INTEGER", "end_offset": "INTEGER", "sentence": "VARCHAR", "extractor_version": "VARCHAR",
        "province_code": "VARCHAR",
    },
    "date_mentions": {
        "article_id": "BIGINT", "value": "VARCHAR", "day": "DATE", "precision": "VARCHAR", "text": "VARCHAR",
        "start_offset": "INTEGER", "end_offset": "INTEGER", "sentence": "VARCHAR", "extractor_version": "VARCHAR",
    },
    "regulation_citations_raw": {
        "article_id": "BIGINT", "kind": "VARCHAR", "number": "VARCHAR", "year": "INTEGER", "text": "VARCHAR",
        "article_ref": "VARCHAR", "about": "VARCHAR", "start_offset": "INTEGER", "end_offset": "INTEGER",
        "sentence": "VARCHAR", "extractor_version": "VARCHAR",
    },
    "quotes": {
        "article_id": "BIGINT", "text": "VARCHAR", "speaker": "VARCHAR", "official_name": "VARCHAR",
        "start_offset": "INTEGER", "end_offset": "INTEGER", "sentence": "VARCHAR", "extractor_version": "VARCHAR",
        "speaker_role": "VARCHAR",
    },
}


def _span(item: Mapping) -> tuple:
    return _int(item.get("start")), _int(item.get("end")), _str(item.get("sentence"))


def extraction_rows(article_id: int, record: Mapping | None, version: str | None) -> dict[str, list[tuple]]:
    """The rows of each extraction table for one record of docs/extraction-spec.md (plus offsets)."""
    record = record or {}
    rows: dict[str, list[tuple]] = {table: [] for table in EXTRACTION_TABLES}
    for item in record.get("regencies") or []:
        if not item.get("code"):
            continue
        rows["regency_mentions"].append(
            (article_id, str(item["code"]), _str(item.get("name")), regency_kind(item["code"]),
             _int(item.get("mentions")), *_span(item), version)
        )
    for item in record.get("provinces") or []:
        if not item.get("code"):
            continue
        rows["province_mentions"].append((article_id, str(item["code"]), _str(item.get("name")), *_span(item), version))
    for item in record.get("officials") or []:
        if not item.get("name"):
            continue
        rows["official_mentions_raw"].append(
            (article_id, str(item["name"]), _str(item.get("role")), _str(item.get("regency")), *_span(item), version,
             _str(item.get("province")))
        )
    for item in record.get("dates") or []:
        if not item.get("value"):
            continue
        day, precision = date_value(item["value"])
        rows["date_mentions"].append(
            (article_id, str(item["value"]), day, precision, _str(item.get("text")), *_span(item), version)
        )
    for item in record.get("regulations") or []:
        if not item.get("kind") or item.get("number") in (None, ""):
            continue
        rows["regulation_citations_raw"].append(
            (article_id, str(item["kind"]), str(item["number"]), _int(item.get("year")), _str(item.get("text")),
             _str(item.get("article")), _str(item.get("about")), *_span(item), version)
        )
    for item in record.get("quotes") or []:
        if not item.get("text"):
            continue
        rows["quotes"].append(
            (article_id, str(item["text"]), _str(item.get("speaker")), _str(item.get("official")), *_span(item),
             version, _str(item.get("role")))
        )
    return rows


def _replace_extractions(con: duckdb.DuckDBPyConnection, items: list[tuple[int, Mapping | None, str | None]],
                         new_ids: set[int] = frozenset(), derive_persons: bool = True) -> None:
    """Delete the extraction rows of these articles, then insert the new ones, table by table.

    Articles created in this transaction (`new_ids`) have no rows to delete: skipping them spares
    a scan of every extraction table in the common case of a batch of new articles.
    """
    if not items:
        return
    ids = [article_id for article_id, _, _ in items if article_id not in new_ids]
    merged: dict[str, list[tuple]] = {table: [] for table in EXTRACTION_TABLES}
    for article_id, record, version in items:
        for table, rows in extraction_rows(article_id, record, version).items():
            merged[table].extend(rows)
    for table in EXTRACTION_TABLES:
        if ids:
            con.execute(f"DELETE FROM {table} WHERE {ARTICLES_IN_BATCH}", {"ids": ids, "lo": min(ids), "hi": max(ids)})
        bulk_insert(con, table, EXTRACTION_COLUMNS[table], merged[table])
    store_events(con, derive_events(merged, regions_of(con), EXTRACTION_COLUMNS), stored_ids=ids)
    if derive_persons:
        refresh_persons(con, [article_id for article_id, _, _ in items], stored_ids=ids)
    _refresh_search(con, [article_id for article_id, _, _ in items], stored_ids=ids)


def _refresh_search(con: duckdb.DuckDBPyConnection, article_ids: list[int], stored_ids: list[int]) -> None:
    """The case-folded text (table article_search, migration 007) of these articles, as they now stand."""
    if stored_ids:
        con.execute(f"DELETE FROM article_search WHERE {ARTICLES_IN_BATCH}",
                    {"ids": stored_ids, "lo": min(stored_ids), "hi": max(stored_ids)})
    con.execute("INSERT INTO article_search"
                " SELECT article_id, lower(coalesce(title, '') || chr(10) || coalesce(text, ''))"
                f" FROM articles WHERE {ARTICLES_IN_BATCH}",
                {"ids": article_ids, "lo": min(article_ids), "hi": max(article_ids)})


PERSONS_CHUNK = 2_000  # articles per derivation in refresh_persons_of: memory bounded, few derivations


def refresh_persons_of(con: duckdb.DuckDBPyConnection, article_ids: list[int]) -> None:
    """Derive the persons of these articles' places again (after load_batch(..., derive_persons=False)),
    PERSONS_CHUNK articles a transaction."""
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), PERSONS_CHUNK):
        chunk = ids[start:start + PERSONS_CHUNK]
        with transaction(con):
            refresh_persons(con, chunk, stored_ids=chunk)


# ---------------------------------------------------------------------------- batches

_PAGE_COLUMNS = {
    "outlet": "VARCHAR", "url": "VARCHAR", "canonical_url": "VARCHAR", "fetched_at": "TIMESTAMP",
    "http_status": "SMALLINT", "content_type": "VARCHAR", "etag": "VARCHAR", "last_modified": "VARCHAR",
    "content_hash": "VARCHAR", "html_compressed": "BLOB", "run_id": "BIGINT", "lastmod": "VARCHAR",
}
_ARTICLE_FIELDS = {
    "title": "VARCHAR", "author": "VARCHAR", "published_on": "DATE", "text": "VARCHAR", "language": "VARCHAR",
    "word_count": "INTEGER",
}
_ARTICLE_COLUMNS = {
    "article_id": "BIGINT", "canonical_url": "VARCHAR", "outlet": "VARCHAR", **_ARTICLE_FIELDS,
    "content_hash": "VARCHAR", "extractor_version": "VARCHAR", "first_seen": "TIMESTAMP", "last_updated": "TIMESTAMP",
}
_VERSION_COLUMNS = {
    "article_id": "BIGINT", "canonical_url": "VARCHAR", "content_hash": "VARCHAR", "title": "VARCHAR",
    "fetched_at": "TIMESTAMP", "seen_first": "TIMESTAMP", "seen_last": "TIMESTAMP",
}
_FAILURE_COLUMNS = {
    "run_id": "BIGINT", "outlet": "VARCHAR", "url": "VARCHAR", "reason": "VARCHAR", "http_status": "SMALLINT",
    "detail": "VARCHAR", "failed_at": "TIMESTAMP",
}
_SKIPPED_COLUMNS = {"run_id": "BIGINT", "outlet": "VARCHAR", "url": "VARCHAR", "reason": "VARCHAR"}


@dataclass
class _Stored:
    article_id: int
    content_hash: str
    extractor_version: str | None


def load_batch(con: duckdb.DuckDBPyConnection, batch: Mapping, before_commit=None, derive_persons: bool = True) -> dict:
    """Store one batch of pages, articles (with their extraction records), failures and skipped URLs.

    One transaction; idempotent: a page whose (canonical_url, content_hash) is stored adds
    nothing, an article with new content updates its row and appends to article_versions,
    and an article's extraction rows are replaced whenever they are loaded with new content
    or another extractor_version (re-extraction: the article's text fields are refreshed with
    them, as the offsets point into that text). Returns {"articles_new", "articles_updated",
    "articles_unchanged", "pages", "failures"}: pages and failures count rows added.

    derive_persons=False leaves the persons of the batch's places as they were: for a job that reloads
    every article (`pilkada reextract`) and derives them once at its end (`refresh_persons_of`), since
    each batch re-derives every name of every place it touches, a cost that grows with the warehouse.
    """
    pages = list(batch.get("pages") or [])
    articles = list(batch.get("articles") or [])
    failures = list(batch.get("failures") or [])
    skipped = list(batch.get("skipped") or [])
    result = {"articles_new": 0, "articles_updated": 0, "articles_unchanged": 0, "pages": 0, "failures": 0}
    with transaction(con):
        outlets = {str(item["outlet"]) for item in pages + articles + failures + skipped if item.get("outlet")}
        _ensure_outlets(con, sorted(outlets))
        result["pages"] = _insert_pages(con, pages)
        fetched = {}
        for page in pages:
            key = (page.get("canonical_url") or page.get("url"), page.get("content_hash"))
            moment = _timestamp(page.get("fetched_at"))
            if moment is not None and (key not in fetched or moment < fetched[key]):
                fetched[key] = moment
        result.update(_load_articles(con, articles, fetched, derive_persons))
        result["failures"] = _insert_failures(con, failures)
        _insert_skipped(con, skipped)
        if before_commit is not None:
            before_commit()  # the resilience tests kill the process here, mid-transaction
    return result


def _ensure_outlets(con: duckdb.DuckDBPyConnection, outlets: list[str]) -> None:
    if outlets:
        con.execute(
            "INSERT INTO outlets (outlet) SELECT unnest($o::VARCHAR[]) ON CONFLICT DO NOTHING", {"o": outlets}
        )


def _insert_pages(con: duckdb.DuckDBPyConnection, pages: list[Mapping]) -> int:
    if not pages:
        return 0
    urls = sorted({p.get("canonical_url") or _required(p, "url", "page") for p in pages})
    stored = set(_in_list(con, "SELECT canonical_url, content_hash FROM pages WHERE canonical_url IN"
                               " (SELECT unnest($values))", urls))
    rows = []
    for page in sorted(pages, key=lambda p: _timestamp(p.get("fetched_at")) or dt.datetime.max):
        canonical = page.get("canonical_url") or _required(page, "url", "page")
        key = (canonical, _required(page, "content_hash", "page"))
        if key in stored:
            continue
        stored.add(key)
        if "html_compressed" in page:  # compressed by the caller (a crawl's worker processes), off the writer
            blob = page["html_compressed"]
        else:
            html = page.get("html")
            if html is None:
                html = page.get("body")
            blob = compress_html(html) if html is not None else None
        rows.append((
            _required(page, "outlet", "page"), _required(page, "url", "page"), str(canonical),
            _timestamp(page.get("fetched_at")) or _utcnow(),
            _int(page.get("http_status")), _str(page.get("content_type")), _str(page.get("etag")),
            _str(page.get("last_modified")), str(page["content_hash"]),
            blob, _int(page.get("run_id")), _str(page.get("lastmod")),
        ))
    return bulk_insert(con, "pages", _PAGE_COLUMNS, rows)


def _article_values(article: Mapping) -> dict:
    record = article.get("record") or {}
    return {
        "title": _str(article.get("title")),
        "author": _str(article.get("author")),
        "published_on": _date(article.get("published_on") or record.get("published")),
        "text": _str(article.get("text")),
        "language": _str(article.get("language")),
        "word_count": _int(article.get("word_count")),
    }


def _load_articles(con: duckdb.DuckDBPyConnection, articles: list[Mapping], fetched: dict,
                   derive_persons: bool = True) -> dict:
    counts = {"articles_new": 0, "articles_updated": 0, "articles_unchanged": 0}
    if not articles:
        return counts
    now = _utcnow()

    def seen_at(article: Mapping) -> dt.datetime:
        return fetched.get((article["canonical_url"], article["content_hash"])) or _timestamp(
            article.get("fetched_at")) or now

    for article in articles:
        for key in ("canonical_url", "outlet", "content_hash"):
            _required(article, key, "article")
    articles = sorted(articles, key=seen_at)
    urls = sorted({a["canonical_url"] for a in articles})
    state = {
        url: _Stored(article_id, content_hash, version)
        for url, article_id, content_hash, version in _in_list(
            con, "SELECT canonical_url, article_id, content_hash, extractor_version FROM articles"
                 " WHERE canonical_url IN (SELECT unnest($values))", urls)
    }
    versions = {
        (url, content_hash): (seen_first, seen_last)
        for url, content_hash, seen_first, seen_last in _in_list(
            con, "SELECT canonical_url, content_hash, seen_first, seen_last FROM article_versions"
                 " WHERE canonical_url IN (SELECT unnest($values))", urls)
    }
    new_count = sum(1 for url in urls if url not in state)
    fresh_ids = iter(
        row[0] for row in con.execute("SELECT nextval('article_ids') FROM range($n)", {"n": new_count}).fetchall()
    )

    inserts: dict[str, dict] = {}        # canonical_url -> full row of a new article
    updates: dict[int, dict] = {}        # article_id -> new values of a changed article
    version_rows: dict[tuple, dict] = {}  # (url, hash) -> version row to insert
    version_seen: dict[tuple, tuple] = {}  # (url, hash) -> (seen_first, seen_last) of a stored version
    extractions: dict[int, tuple] = {}   # article_id -> (record, extractor_version)

    for article in articles:
        url, content_hash = str(article["canonical_url"]), str(article["content_hash"])
        moment = seen_at(article)
        record = article.get("record")
        version = _str(article.get("extractor_version") or (record or {}).get("extractor_version"))
        values = _article_values(article)
        stored = state.get(url)
        if stored is None:
            article_id = next(fresh_ids)
            inserts[url] = {"article_id": article_id, "canonical_url": url, "outlet": str(article["outlet"]),
                            **values, "content_hash": content_hash,
                            "extractor_version": version if record is not None else None,
                            "first_seen": moment, "last_updated": moment}
            state[url] = _Stored(article_id, content_hash, inserts[url]["extractor_version"])
            counts["articles_new"] += 1
            extractions[article_id] = (record, version)
        elif stored.content_hash == content_hash:
            counts["articles_unchanged"] += 1
            if record is not None and version != stored.extractor_version:
                # re-extraction: the record's offsets point into the text cleaned with it, so both are stored
                extractions[stored.article_id] = (record, version)
                stored.extractor_version = version
                _pending_update(inserts, updates, url, stored.article_id, {**values, "extractor_version": version})
        else:
            counts["articles_updated"] += 1
            stored.content_hash = content_hash
            # new text: the old extraction rows point into the old one, so they go even without a new record
            stored.extractor_version = version if record is not None else None
            changes = {**values, "content_hash": content_hash, "last_updated": moment,
                       "extractor_version": stored.extractor_version}
            extractions[stored.article_id] = (record if record is not None else {}, stored.extractor_version)
            _pending_update(inserts, updates, url, stored.article_id, changes)
        key = (url, content_hash)
        if key in version_rows:
            row = version_rows[key]
            row["seen_first"], row["seen_last"] = min(row["seen_first"], moment), max(row["seen_last"], moment)
        elif key in versions or key in version_seen:
            first, last = version_seen.get(key) or versions[key]
            version_seen[key] = (min(first, moment), max(last, moment))
        else:
            version_rows[key] = {"article_id": state[url].article_id, "canonical_url": url,
                                 "content_hash": content_hash, "title": values["title"], "fetched_at": moment,
                                 "seen_first": moment, "seen_last": moment}

    bulk_insert(con, "articles", _ARTICLE_COLUMNS,
                [tuple(row[c] for c in _ARTICLE_COLUMNS) for row in inserts.values()])
    _update_articles(con, updates)
    bulk_insert(con, "article_versions", _VERSION_COLUMNS,
                [tuple(row[c] for c in _VERSION_COLUMNS) for row in version_rows.values()])
    changed = {key: seen for key, seen in version_seen.items() if seen != versions.get(key)}
    if changed:
        keys = list(changed)
        con.execute(
            "UPDATE article_versions SET seen_first = u.seen_first, seen_last = u.seen_last"
            " FROM (SELECT unnest($u::VARCHAR[]) AS canonical_url, unnest($h::VARCHAR[]) AS content_hash,"
            "       unnest($f::TIMESTAMP[]) AS seen_first, unnest($l::TIMESTAMP[]) AS seen_last) u"
            " WHERE article_versions.canonical_url = u.canonical_url"
            "   AND article_versions.content_hash = u.content_hash",
            {"u": [k[0] for k in keys], "h": [k[1] for k in keys],
             "f": [changed[k][0] for k in keys], "l": [changed[k][1] for k in keys]},
        )
    _replace_extractions(con, [(article_id, record, version) for article_id, (record, version) in extractions.items()
                               if record is not None],
                         new_ids={row["article_id"] for row in inserts.values()}, derive_persons=derive_persons)
    return counts


def _pending_update(inserts: dict, updates: dict, url: str, article_id: int, changes: dict) -> None:
    """A change to an article inserted earlier in the same batch edits the pending insert instead."""
    if url in inserts:
        inserts[url].update(changes)
    else:
        updates.setdefault(article_id, {}).update(changes)


_UPDATABLE = {**_ARTICLE_FIELDS, "content_hash": "VARCHAR", "extractor_version": "VARCHAR", "last_updated": "TIMESTAMP"}


def _update_articles(con: duckdb.DuckDBPyConnection, updates: dict[int, dict]) -> None:
    """One UPDATE for all changed articles; a column absent from an article's changes keeps its value."""
    if not updates:
        return
    ids = list(updates)
    params = {"ids": ids}
    selects = ["unnest($ids::BIGINT[]) AS article_id"]
    sets = []
    for i, (column, type_) in enumerate(_UPDATABLE.items()):
        params[f"v{i}"] = [updates[a].get(column) for a in ids]
        params[f"h{i}"] = [column in updates[a] for a in ids]
        selects += [f"unnest($v{i}::{type_}[]) AS v{i}", f"unnest($h{i}::BOOLEAN[]) AS h{i}"]
        sets.append(f"{column} = CASE WHEN u.h{i} THEN u.v{i} ELSE articles.{column} END")
    con.execute(
        f"UPDATE articles SET {', '.join(sets)} FROM (SELECT {', '.join(selects)}) u"
        " WHERE articles.article_id = u.article_id",
        params,
    )


def _insert_failures(con: duckdb.DuckDBPyConnection, failures: list[Mapping]) -> int:
    """Failures are keyed by (run_id, url, reason, failed_at): loading a batch twice adds them once."""
    if not failures:
        return 0
    rows = []
    seen = set()
    for failure in failures:
        row = (_int(failure.get("run_id")), _str(failure.get("outlet")), _required(failure, "url", "failure"),
               str(failure.get("reason") or "other"), _int(failure.get("http_status")),
               _str(failure.get("detail")), _timestamp(failure.get("failed_at")) or _utcnow())
        key = (row[0], row[2], row[3], row[6])
        if key not in seen:
            seen.add(key)
            rows.append(row)
    existing = set(_in_list(
        con, "SELECT run_id, url, reason, failed_at FROM failures WHERE url IN (SELECT unnest($values))",
        sorted({row[2] for row in rows})))
    rows = [row for row in rows if (row[0], row[2], row[3], row[6]) not in existing]
    return bulk_insert(con, "failures", _FAILURE_COLUMNS, rows)


def _insert_skipped(con: duckdb.DuckDBPyConnection, skipped: list[Mapping]) -> int:
    """Skipped URLs are keyed by (run_id, url): loading a batch twice adds them once."""
    if not skipped:
        return 0
    rows = {}
    for item in skipped:
        row = (_int(item.get("run_id")), _str(item.get("outlet")), _required(item, "url", "skipped URL"),
               str(item.get("reason") or ""))
        rows.setdefault((row[0], row[2]), row)
    existing = set(_in_list(con, "SELECT run_id, url FROM skipped_pages WHERE url IN (SELECT unnest($values))",
                            sorted({key[1] for key in rows})))
    return bulk_insert(con, "skipped_pages", _SKIPPED_COLUMNS,
                       [row for key, row in rows.items() if key not in existing])


# ---------------------------------------------------------------------------- re-extraction and outlets


def replace_extraction(con: duckdb.DuckDBPyConnection, rows: Iterable[Mapping]) -> dict:
    """Replace the extraction rows of stored articles, in one transaction.

    Each row: canonical_url, record, extractor_version (else record["extractor_version"]);
    optional article fields (title, author, published_on, text, language, word_count)
    update the article too, since re-cleaning may change the text the offsets point into.
    Returns {"articles_replaced": n, "articles_missing": m} (missing: URL not stored).
    """
    rows = list(rows)
    result = {"articles_replaced": 0, "articles_missing": 0}
    if not rows:
        return result
    with transaction(con):
        ids = dict(_in_list(con, "SELECT canonical_url, article_id FROM articles WHERE canonical_url IN"
                                 " (SELECT unnest($values))", sorted({r["canonical_url"] for r in rows})))
        items: dict[int, tuple] = {}
        updates: dict[int, dict] = {}
        for row in rows:
            article_id = ids.get(row["canonical_url"])
            if article_id is None:
                result["articles_missing"] += 1
                continue
            record = row.get("record") or {}
            version = _str(row.get("extractor_version") or record.get("extractor_version"))
            items[article_id] = (record, version)
            values = _article_values(row)
            changes = {field: values[field] for field in _ARTICLE_FIELDS if field in row}
            updates[article_id] = {**changes, "extractor_version": version}
        _update_articles(con, updates)
        _replace_extractions(con, [(a, record, version) for a, (record, version) in items.items()])
        result["articles_replaced"] = len(items)
    return result


def upsert_outlets(con: duckdb.DuckDBPyConnection, outlets: Iterable[Mapping]) -> int:
    """Register outlet declarations (outlet, name, base_url, province_code); later values win."""
    rows = {str(o["outlet"]): (str(o["outlet"]), _str(o.get("name")), _str(o.get("base_url")),
                               _str(o.get("province_code"))) for o in outlets}
    if not rows:
        return 0
    values = list(rows.values())
    con.execute(
        "INSERT INTO outlets SELECT unnest($o::VARCHAR[]), unnest($n::VARCHAR[]), unnest($b::VARCHAR[]),"
        " unnest($p::VARCHAR[]) ON CONFLICT (outlet) DO UPDATE SET name = excluded.name,"
        " base_url = excluded.base_url, province_code = excluded.province_code",
        {"o": [v[0] for v in values], "n": [v[1] for v in values], "b": [v[2] for v in values],
         "p": [v[3] for v in values]},
    )
    return len(values)
