"""The `events` table: timeline rows derived from an article's extraction rows (events.sql), kept at load time."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import duckdb

EVENTS_FILE = Path(__file__).resolve().parent / "events.sql"
FILL_CHUNK = 20_000
# The range lets DuckDB skip row groups by their min/max article_id before the semi-join: without
# it every batch reads whole tables, and the writer caches blocks of the whole warehouse.
ARTICLES_IN_BATCH = "article_id BETWEEN $lo AND $hi AND article_id IN (SELECT unnest($ids::BIGINT[]))"


@lru_cache(maxsize=1)
def _derivation() -> str:
    return EVENTS_FILE.read_text(encoding="utf-8")


def refresh_events(con: duckdb.DuckDBPyConnection, article_ids: Iterable[int],
                   stored_ids: Iterable[int] | None = None) -> None:
    """Recompute the events of these articles from their extraction rows.

    `stored_ids` are the ones that may already have events (all of them when not given); articles
    created in the same transaction have none, and skipping them spares a scan of the table.
    """
    ids = list(article_ids)
    if not ids:
        return
    old = ids if stored_ids is None else list(stored_ids)
    if old:
        con.execute(f"DELETE FROM events WHERE {ARTICLES_IN_BATCH}", {"ids": old, "lo": min(old), "hi": max(old)})
    con.execute(f"INSERT INTO events BY NAME {_derivation()}", {"ids": ids, "lo": min(ids), "hi": max(ids)})


def fill_events(con: duckdb.DuckDBPyConnection) -> None:
    """Derive the events of every stored article (migration 004 on a warehouse that has articles)."""
    ids = [row[0] for row in con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]
    con.execute("DELETE FROM events")
    for start in range(0, len(ids), FILL_CHUNK):
        refresh_events(con, ids[start:start + FILL_CHUNK], stored_ids=())
