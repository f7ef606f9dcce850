"""Read what the crawl and re-extraction need back from the warehouse: stored pages and their validators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import duckdb

from .values import decompress_html


def raw_pages(con: duckdb.DuckDBPyConnection, outlet: str | None = None, chunk_size: int = 200,
              fetch=None) -> Iterator[tuple[str, str, str, dt.datetime]]:
    """The latest stored page of every canonical URL: (canonical_url, outlet, html, fetched_at).

    Streams in chunks on a cursor of its own, so the caller may write through `con`
    (replace_extraction) while iterating. `fetch(read)`, when given, runs each read (a function returning its rows):
    the reextract writer's runs it again with more memory when it did not fit.
    """
    fetch = fetch or (lambda read: read())
    cursor = con.cursor()
    try:
        ids = [row[0] for row in fetch(lambda: cursor.execute(
            "SELECT page_id FROM pages WHERE ($outlet IS NULL OR outlet = $outlet)"
            " QUALIFY row_number() OVER (PARTITION BY canonical_url ORDER BY fetched_at DESC, page_id DESC) = 1"
            " ORDER BY page_id",
            {"outlet": outlet},
        ).fetchall())]
        for start in range(0, len(ids), chunk_size):
            # fetch the whole chunk: a result left open while the caller writes keeps DuckDB from checkpointing
            rows = fetch(lambda: cursor.execute(
                "SELECT canonical_url, outlet, html_compressed, fetched_at FROM pages"
                " WHERE page_id IN (SELECT unnest($ids::BIGINT[])) ORDER BY page_id",
                {"ids": ids[start:start + chunk_size]},
            ).fetchall())
            for canonical_url, page_outlet, blob, fetched_at in rows:
                yield canonical_url, page_outlet, decompress_html(blob), fetched_at
    finally:
        cursor.close()


def crawl_state(con: duckdb.DuckDBPyConnection, outlets: Iterable[str]) -> dict[str, dict[str, dict]]:
    """What the next crawl needs to skip or ask conditionally: per outlet, per canonical URL of its
    latest stored page, {"etag", "last_modified", "lastmod"} (strings or None)."""
    state: dict[str, dict[str, dict]] = {str(o): {} for o in outlets}
    if not state:
        return state
    rows = con.execute(
        "SELECT outlet, canonical_url, etag, last_modified, lastmod FROM pages"
        " WHERE outlet IN (SELECT unnest($o::VARCHAR[]))"
        " QUALIFY row_number() OVER (PARTITION BY canonical_url ORDER BY fetched_at DESC, page_id DESC) = 1",
        {"o": list(state)},
    ).fetchall()
    for outlet, canonical_url, etag, last_modified, lastmod in rows:
        state[outlet][canonical_url] = {"etag": etag, "last_modified": last_modified, "lastmod": lastmod}
    return state
