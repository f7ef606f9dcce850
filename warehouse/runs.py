"""Record crawl runs: start, per-outlet tallies, the outcome each run earned, runs whose process died, history.

A run's outcome is derived from what it did, per outlet (`conclude_run`):

- an outlet **failed** when nothing of it could be fetched or stored (every request failed, or no article found);
- an outlet is **partial** when more than `partial_share` (default 0.5, $PILKADA_PARTIAL_SHARE) of its pages
  failed;
- otherwise it **completed**.

The run is `failed` when every outlet failed, `partial` when any outlet failed or is partial, `completed`
otherwise. "Last success" of an outlet is the end of the last run in which that outlet completed.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterable, Mapping

import duckdb

from .values import utcnow as _utcnow
from .write import transaction

STATUSES = ("running", "completed", "partial", "failed", "interrupted")
DEFAULT_PARTIAL_SHARE = 0.5
_COUNT_COLUMNS = ("pages_fetched", "articles_new", "articles_updated", "articles_unchanged", "skipped", "failed")


def partial_share(value: float | str | None = None) -> float:
    """The share of an outlet's pages that may fail before its run counts as partial: the value given, else
    $PILKADA_PARTIAL_SHARE, else 0.5."""
    raw = value if value not in (None, "") else os.environ.get("PILKADA_PARTIAL_SHARE")
    if raw in (None, ""):
        return DEFAULT_PARTIAL_SHARE
    share = float(raw)
    if not 0 <= share <= 1:
        raise ValueError(f"the partial share must be between 0 and 1, not {raw!r}")
    return share


def start_run(con: duckdb.DuckDBPyConnection, outlets: Iterable[str], argv: Iterable[str], pid: int | None = None,
              launcher: str = "pilkada crawl", job: str | None = None) -> int:
    """Insert a 'running' crawl run and return its run_id."""
    return con.execute(
        "INSERT INTO crawl_runs (started_at, pid, argv, outlets, status, launcher, job)"
        " VALUES ($t, $pid, $argv::VARCHAR[], $outlets::VARCHAR[], 'running', $launcher, $job) RETURNING run_id",
        {"t": _utcnow(), "pid": os.getpid() if pid is None else pid, "argv": [str(a) for a in argv],
         "outlets": [str(o) for o in outlets], "launcher": launcher, "job": job},
    ).fetchone()[0]


def crawler_id(pid: int | None = None) -> str:
    """How a crawler process of a shared run is named in crawl_runs.crawlers: host:pid."""
    return f"{socket.gethostname()}:{os.getpid() if pid is None else pid}"


def join_shared_run(con: duckdb.DuckDBPyConnection, job: str, outlets: Iterable[str], argv: Iterable[str],
                    crawler: str) -> int:
    """The run of a shared (Redis) crawl job: the crawler processes of one job share one run, the first to
    arrive opens it. Returns its run_id; the crawler is listed in crawl_runs.crawlers until it leaves."""
    outlets = sorted({str(o) for o in outlets})
    with transaction(con):
        row = con.execute(
            "SELECT run_id FROM crawl_runs WHERE launcher = 'redis' AND job = $job AND status = 'running'"
            " ORDER BY run_id DESC LIMIT 1", {"job": job}).fetchone()
        if row is None:
            run_id = con.execute(
                "INSERT INTO crawl_runs (started_at, pid, argv, outlets, status, launcher, job, crawlers)"
                " VALUES ($t, NULL, $argv::VARCHAR[], $outlets::VARCHAR[], 'running', 'redis', $job, [$crawler])"
                " RETURNING run_id",
                {"t": _utcnow(), "argv": [str(a) for a in argv], "outlets": outlets, "job": job, "crawler": crawler},
            ).fetchone()[0]
        else:
            run_id = row[0]
            con.execute(
                "UPDATE crawl_runs SET crawlers = list_distinct(list_concat(coalesce(crawlers, []), [$crawler])),"
                " outlets = list_sort(list_distinct(list_concat(outlets, $outlets::VARCHAR[]))) WHERE run_id = $r",
                {"crawler": crawler, "outlets": outlets, "r": run_id})
    return run_id


def leave_shared_run(con: duckdb.DuckDBPyConnection, run_id: int, crawler: str,
                     tallies: Mapping[str, Mapping] | None = None) -> None:
    """A crawler process of a shared run is done: its tallies are added and it leaves crawl_runs.crawlers."""
    with transaction(con):
        add_outlet_tallies(con, run_id, tallies or {})
        row = con.execute("SELECT coalesce(crawlers, []) FROM crawl_runs WHERE run_id = $r", {"r": run_id}).fetchone()
        left = [c for c in (row[0] if row else []) if c != crawler]
        con.execute("UPDATE crawl_runs SET crawlers = $c::VARCHAR[] WHERE run_id = $r", {"c": left, "r": run_id})


def shared_runs_to_finish(con: duckdb.DuckDBPyConnection, close_jobs: Iterable[str] = ()
                          ) -> tuple[list[int], dict[int, list[str]]]:
    """Shared runs no crawler works on any more (crawlers on this host whose process is gone are dropped; the
    crawlers of `close_jobs` are given up on: killed on another machine), and the runs still being crawled."""
    host = socket.gethostname()
    close_jobs = set(close_jobs)
    ready, busy = [], {}
    for run_id, job, crawlers in con.execute(
            "SELECT run_id, job, coalesce(crawlers, []) FROM crawl_runs WHERE launcher = 'redis'"
            " AND status = 'running' ORDER BY run_id").fetchall():
        alive = [c for c in crawlers
                 if job not in close_jobs
                 and not (c.rpartition(":")[0] == host and c.rpartition(":")[2].isdigit()
                          and not pid_alive(int(c.rpartition(":")[2])))]
        if alive != list(crawlers):
            con.execute("UPDATE crawl_runs SET crawlers = $c::VARCHAR[] WHERE run_id = $r", {"c": alive, "r": run_id})
        if alive:
            busy[run_id] = alive
        else:
            ready.append(run_id)
    return ready, busy


def add_outlet_tallies(con: duckdb.DuckDBPyConnection, run_id: int, tallies: Mapping[str, Mapping]) -> None:
    """Add what a crawler counted per outlet ({outlet: {"pages", "skipped", "failures"}}) to the run's rows."""
    rows = [(str(outlet), int(t.get("pages", 0)), int(t.get("skipped", 0)), int(t.get("failures", 0)))
            for outlet, t in tallies.items()]
    if not rows:
        return
    con.execute(
        "INSERT INTO crawl_run_outlets (run_id, outlet, pages_fetched, skipped, fetch_failures)"
        " SELECT $r, unnest($o::VARCHAR[]), unnest($p::BIGINT[]), unnest($s::BIGINT[]), unnest($f::BIGINT[])"
        " ON CONFLICT (run_id, outlet) DO UPDATE SET pages_fetched = pages_fetched + excluded.pages_fetched,"
        " skipped = skipped + excluded.skipped, fetch_failures = fetch_failures + excluded.fetch_failures",
        {"r": run_id, "o": [r[0] for r in rows], "p": [r[1] for r in rows], "s": [r[2] for r in rows],
         "f": [r[3] for r in rows]},
    )


def _outlet_figures(con: duckdb.DuckDBPyConnection, run_id: int) -> dict[str, dict]:
    """Per outlet of a run: the crawler's tallies beside what the warehouse stored for the run."""
    rows = con.execute(
        """
        WITH named AS (
            SELECT unnest(outlets) AS outlet FROM crawl_runs WHERE run_id = $r
            UNION SELECT outlet FROM crawl_run_outlets WHERE run_id = $r
            UNION SELECT outlet FROM pages WHERE run_id = $r
            UNION SELECT outlet FROM failures WHERE run_id = $r
            UNION SELECT outlet FROM skipped_pages WHERE run_id = $r
        ),
        firsts AS (
            SELECT canonical_url, arg_min(run_id, page_id) AS run_id FROM pages
            WHERE canonical_url IN (SELECT canonical_url FROM pages WHERE run_id = $r) GROUP BY canonical_url
        ),
        run_pages AS (
            SELECT p.outlet, p.canonical_url, p.fetched_at, f.run_id = p.run_id AS first
            FROM pages p JOIN firsts f USING (canonical_url) WHERE p.run_id = $r
        )
        SELECT n.outlet, t.pages_fetched, t.skipped, t.fetch_failures,
               (SELECT count(*) FROM run_pages p WHERE p.outlet = n.outlet),
               (SELECT count(*) FROM skipped_pages s WHERE s.run_id = $r AND s.outlet = n.outlet),
               (SELECT count(*) FROM failures f WHERE f.run_id = $r AND f.outlet = n.outlet),
               (SELECT count(*) FROM failures f WHERE f.run_id = $r AND f.outlet = n.outlet
                    AND (f.reason = 'extraction_error' OR f.detail LIKE 'no article text after cleaning%')),
               (SELECT count(DISTINCT p.canonical_url) FROM run_pages p JOIN articles a USING (canonical_url)
                    WHERE p.outlet = n.outlet AND p.first),
               (SELECT count(DISTINCT p.canonical_url) FROM run_pages p JOIN article_versions v
                    ON v.canonical_url = p.canonical_url AND v.seen_first = p.fetched_at
                    WHERE p.outlet = n.outlet AND NOT p.first)
        FROM named n LEFT JOIN crawl_run_outlets t ON t.run_id = $r AND t.outlet = n.outlet
        WHERE n.outlet IS NOT NULL ORDER BY n.outlet
        """,
        {"r": run_id},
    ).fetchall()
    figures = {}
    for (outlet, t_pages, t_skipped, t_failures, stored_pages, stored_skipped, failed, cleaning_failed, new,
         updated) in rows:
        tallied = t_pages is not None
        pages = t_pages if tallied else stored_pages
        skipped = max(t_skipped or 0, stored_skipped)
        if tallied:
            cleaning_failed = max(0, failed - (t_failures or 0))
        figures[outlet] = {"pages_fetched": pages, "skipped": skipped, "failed": failed,
                           "usable": pages + skipped - cleaning_failed, "articles_new": new,
                           "articles_updated": updated, "fetch_failures": t_failures if tallied else None}
    return figures


def outlet_outcome(usable: int, failed: int, share: float) -> str:
    """completed, partial or failed: see the module's description."""
    if usable <= 0:
        return "failed"
    if failed / (usable + failed) > share:
        return "partial"
    return "completed"


def conclude_run(con: duckdb.DuckDBPyConnection, run_id: int, counts: Mapping | None = None,
                 share: float | None = None) -> dict:
    """Give a finished run the outcome it earned, per outlet and as a whole, and close it (finish_run).

    `counts` (what the loader counted) may supply run-level articles_new/updated/unchanged; everything else is
    derived from the crawler's tallies and the rows stored with the run_id. Returns the run as `list_runs`
    gives it.
    """
    share = partial_share(share)
    figures = _outlet_figures(con, run_id)
    outcomes, notes = {}, []
    for outlet, f in figures.items():
        outcome = outlet_outcome(f["usable"], f["failed"], share)
        outcomes[outlet] = outcome
        if outcome == "failed":
            notes.append(f"{outlet} failed ({f['failed']} failures, nothing fetched or stored)" if f["failed"]
                         else f"{outlet} failed (no article found)")
        elif outcome == "partial":
            notes.append(f"{outlet} partial ({f['failed']} of {f['usable'] + f['failed']} pages failed, "
                         f"more than {share:.0%})")
    if not outcomes or all(o == "failed" for o in outcomes.values()):
        status = "failed"
    elif any(o != "completed" for o in outcomes.values()):
        status = "partial"
    else:
        status = "completed"
    counts = dict(counts or {})
    pages = sum(f["pages_fetched"] for f in figures.values())
    new = counts.get("articles_new", sum(f["articles_new"] for f in figures.values()))
    updated = counts.get("articles_updated", sum(f["articles_updated"] for f in figures.values()))
    cleaning_failed = sum(f["pages_fetched"] + f["skipped"] - f["usable"] for f in figures.values())
    run_counts = {
        "pages_fetched": pages, "articles_new": new, "articles_updated": updated,
        "articles_unchanged": counts.get("articles_unchanged", max(0, pages - new - updated - cleaning_failed)),
        "skipped": sum(f["skipped"] for f in figures.values()),
    }
    with transaction(con):
        con.execute(
            "INSERT INTO crawl_run_outlets (run_id, outlet, pages_fetched, skipped, fetch_failures, failed,"
            " articles_new, articles_updated, outcome)"
            " SELECT $r, unnest($o::VARCHAR[]), unnest($p::BIGINT[]), unnest($s::BIGINT[]), unnest($ff::BIGINT[]),"
            " unnest($f::BIGINT[]), unnest($n::BIGINT[]), unnest($u::BIGINT[]), unnest($oc::VARCHAR[])"
            " ON CONFLICT (run_id, outlet) DO UPDATE SET pages_fetched = excluded.pages_fetched,"
            " skipped = excluded.skipped, failed = excluded.failed, articles_new = excluded.articles_new,"
            " articles_updated = excluded.articles_updated, outcome = excluded.outcome",
            {"r": run_id, "o": list(figures), "p": [f["pages_fetched"] for f in figures.values()],
             "s": [f["skipped"] for f in figures.values()],
             "ff": [f["fetch_failures"] or 0 for f in figures.values()],
             "f": [f["failed"] for f in figures.values()], "n": [f["articles_new"] for f in figures.values()],
             "u": [f["articles_updated"] for f in figures.values()], "oc": list(outcomes.values())},
        )
        con.execute("UPDATE crawl_runs SET outcome_detail = $d, crawlers = NULL WHERE run_id = $r",
                    {"d": "; ".join(notes) or None, "r": run_id})
    finish_run(con, run_id, status, run_counts)
    return list_runs(con, run_id=run_id)[0]


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


def list_runs(con: duckdb.DuckDBPyConnection, outlet: str | None = None, last: int | None = None,
              run_id: int | None = None) -> list[dict]:
    """Run history, newest first: when, launcher, outcome and counts; per outlet when `outlet` is given (then
    the counts are that outlet's), each run with its outlets' outcomes."""
    rows = con.execute(
        """
        SELECT r.run_id, r.started_at, r.ended_at, r.status, r.launcher, r.job, r.outlets, r.pages_fetched,
               r.articles_new, r.articles_updated, r.articles_unchanged, r.skipped, r.failed,
               r.failures_by_reason, r.outcome_detail,
               (SELECT list(struct_pack(outlet := o.outlet, outcome := o.outcome, pages_fetched := o.pages_fetched,
                                        skipped := o.skipped, failed := o.failed, articles_new := o.articles_new,
                                        articles_updated := o.articles_updated) ORDER BY o.outlet)
                FROM crawl_run_outlets o WHERE o.run_id = r.run_id)
        FROM crawl_runs r
        WHERE ($run_id IS NULL OR r.run_id = $run_id)
          AND ($outlet IS NULL OR list_contains(r.outlets, $outlet)
               OR r.run_id IN (SELECT run_id FROM crawl_run_outlets WHERE outlet = $outlet))
        ORDER BY r.run_id DESC
        LIMIT coalesce($last, 9223372036854775807)
        """,
        {"run_id": run_id, "outlet": outlet, "last": last},
    ).fetchall()
    runs = []
    for (rid, started, ended, status, launcher, job, outlets, pages, new, updated, unchanged, skipped, failed,
         by_reason, detail, per_outlet) in rows:
        run = {"run_id": rid, "started_at": started, "ended_at": ended, "status": status, "launcher": launcher,
               "job": job, "outlets": list(outlets or []), "pages_fetched": pages, "articles_new": new,
               "articles_updated": updated, "articles_unchanged": unchanged, "skipped": skipped, "failed": failed,
               "failures_by_reason": json.loads(by_reason) if isinstance(by_reason, str) else (by_reason or {}),
               "outcome_detail": detail, "outlet_outcomes": {o["outlet"]: o for o in (per_outlet or [])}}
        if outlet is not None:
            run["failures_by_reason"] = dict(con.execute(
                "SELECT reason, count(*) FROM failures WHERE run_id = $r AND outlet = $o GROUP BY reason",
                {"r": rid, "o": outlet}).fetchall())
        if outlet is not None and outlet in run["outlet_outcomes"]:
            mine = run["outlet_outcomes"][outlet]
            run.update({"outcome": mine["outcome"], "pages_fetched": mine["pages_fetched"],
                        "skipped": mine["skipped"], "failed": mine["failed"], "articles_new": mine["articles_new"],
                        "articles_updated": mine["articles_updated"], "articles_unchanged": None})
        runs.append(run)
    return runs


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
