"""Warehouses for the benchmark: stored pages (and their articles) loaded with pilkada.warehouse.load_batch."""

from __future__ import annotations

import hashlib
from pathlib import Path

from corpus import StoredPage

OLD_VERSION = "bench-0"  # what the stored articles were extracted with: every one is due for re-extraction


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_row(page: StoredPage, run_id: int | None = None) -> dict:
    return {"outlet": page.outlet, "url": page.url, "canonical_url": page.url, "fetched_at": page.fetched_at,
            "http_status": 200, "content_type": "text/html; charset=UTF-8", "etag": None, "last_modified": None,
            "content_hash": page.content_hash, "html": page.html, "run_id": run_id}


def article_row(page: StoredPage, version: str = OLD_VERSION) -> dict:
    """The article as an earlier extractor stored it: the same cleaned text, an empty record."""
    text = page.source_text
    title = text.split("\n", 1)[0]
    return {"canonical_url": page.url, "outlet": page.outlet, "title": title, "author": None,
            "published_on": page.published, "text": text, "language": "id", "word_count": len(text.split()),
            "content_hash": _hash(text), "extractor_version": version, "fetched_at": page.fetched_at,
            "record": {"extractor_version": version}}


def build_warehouse(path: str | Path, pages: list[StoredPage], with_articles: bool = True, chunk: int = 500) -> Path:
    """A fresh warehouse at `path` holding `pages` (and, by default, their articles at OLD_VERSION)."""
    from pilkada import warehouse as wh

    path = Path(path)
    for leftover in (path, Path(f"{path}.wal")):
        leftover.unlink(missing_ok=True)
    con = wh.connect(path)
    try:
        for start in range(0, len(pages), chunk):
            part = pages[start:start + chunk]
            batch = {"pages": [page_row(p) for p in part]}
            if with_articles:
                batch["articles"] = [article_row(p) for p in part]
            wh.load_batch(con, batch)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path
