"""Ingest: spooled pages → cleaned text → extraction → one warehouse transaction per batch."""
