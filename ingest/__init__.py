"""Ingest: spooled pages → cleaned text → extraction → one warehouse transaction per batch.

One entry for every route (the crawl's background loader, Scrapyd's close, the Redis route's
`pilkada load`, `pilkada reextract`, the bench): `prepare(lines, outlets)` turns spooled lines into the
batch `pilkada.warehouse.load_batch` writes; `ingest_spool` claims, prepares and loads a spool directory.
Modules: loader.py (prepare, ingest_spool, the crawl's loader process), reextract.py (worker processes,
re-extraction of stored pages), spool.py (batch files), config.py (the extractor's settings from the
environment), faults.py (kill points for the resilience tests).
"""

from pilkada.ingest.loader import (SpoolWaiting, clean_lines, connect_when_free, content_hash, extract_articles,
                                   ingest_spool, prepare, published_day)

__all__ = ["SpoolWaiting", "clean_lines", "connect_when_free", "content_hash", "extract_articles", "ingest_spool",
           "prepare", "published_day"]
