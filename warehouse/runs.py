"""Record crawl runs: start, finish with their counts, and runs whose process died."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping

import duckdb

from .load import _utcnow, transaction

STATUSES = ("running", "completed", "failed", "interrupted")
_COUNT_COLUMNS = ("pages_fetched", "articles_new", "articles_updated", "articles_unchanged", "skipped", "failed")


def start_run(con: duckdb.DuckDBPyConnection, outlets: Iterable[str], argv: Iterable[str], pid: int | None = None) -> int:
    """Insert a 'running' crawl run and return its run_id."""
    return con.execute(
        "INSERT INTO crawl_runs (started_at, pid, argv, outlets, status)"
        " VALUES ($t, $pid, $argv::VARCHAR[], $outlets::VARCHAR[], 'running') RETURNING run_id",
        {"t": _utcnow(), "pid": os.getpid() if pid is None else pid, "argv": [str(a) for a in argv],
         "outlets": [str(o) for o in outlets]},
    ).fetchone()[0]


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, status: str, counts: Mapping | None = None) -> None:
    """Close a run with its status and counts.

    `counts` may hold pages_fetched, articles_new, articles_updated, articles_unchanged,
    skipped, failed and failures_by_reason (reason -> n); a count it lacks is computed from
    what the run stored (pages, article_versions, skipped_pages, failures), except
    articles_unchanged, which only the crawler knows.
    """
    if status not in STATUSES:
        raise ValueError(f"unknown run status {status!r} (one of {', '.join(STATUSES)})")
    counts = dict(counts or {})
    with transaction(con):
        stored = con.execute(
            """
            SELECT
                (SELECT count(*) FROM pages WHERE run_id = $r),
                (SELECT count(*) FROM pages p JOIN article_versions v
                    ON v.canonical_url = p.canonical_url AND v.content_hash = p.content_hash
                 WHERE p.run_id = $r AND v.seen_first = (SELECT min(seen_first) FROM article_versions w
                                                         WHERE w.canonical_url = v.canonical_url)),
                (SELECT count(*) FROM pages p JOIN article_versions v
                    ON v.canonical_url = p.canonical_url AND v.content_hash = p.content_hash
                 WHERE p.run_id = $r AND v.seen_first > (SELECT min(seen_first) FROM article_versions w
                                                         WHERE w.canonical_url = v.canonical_url)),
                NULL,
                (SELECT count(*) FROM skipped_pages WHERE run_id = $r),
                (SELECT count(*) FROM failures WHERE run_id = $r)
            """,
            {"r": run_id},
        ).fetchone()
        values = {column: counts.get(column, stored[i]) for i, column in enumerate(_COUNT_COLUMNS)}
        by_reason = counts.get("failures_by_reason")
        if by_reason is None:
            by_reason = dict(con.execute(
                "SELECT reason, count(*) FROM failures WHERE run_id = $r GROUP BY reason ORDER BY reason",
                {"r": run_id}).fetchall())
        con.execute(
            "UPDATE crawl_runs SET status = $status, ended_at = $t, pages_fetched = $pages_fetched,"
            " articles_new = $articles_new, articles_updated = $articles_updated,"
            " articles_unchanged = $articles_unchanged, skipped = $skipped, failed = $failed,"
            " failures_by_reason = $by_reason::JSON WHERE run_id = $r",
            {"status": status, "t": _utcnow(), "r": run_id, "by_reason": json.dumps(by_reason, sort_keys=True),
             **values},
        )


def pid_alive(pid: int) -> bool:
    """Whether a process with this PID exists on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def mark_interrupted_runs(con: duckdb.DuckDBPyConnection) -> int:
    """Mark 'running' runs whose process no longer exists (on this host) as 'interrupted'; returns how many."""
    dead = [run_id for run_id, pid in
            con.execute("SELECT run_id, pid FROM crawl_runs WHERE status = 'running'").fetchall()
            if pid is not None and not pid_alive(pid)]
    if dead:
        con.execute(
            "UPDATE crawl_runs SET status = 'interrupted', ended_at = $t"
            " WHERE run_id IN (SELECT unnest($ids::BIGINT[]))",
            {"t": _utcnow(), "ids": dead},
        )
    return len(dead)
