"""Summarise what the warehouse holds: row counts, and signs that an outlet changed its layout."""

from __future__ import annotations

import duckdb

_TABLES = (
    "outlets", "crawl_runs", "pages", "articles", "article_versions", "failures", "skipped_pages",
    "regency_mentions", "province_mentions", "official_mentions_raw", "date_mentions",
    "regulation_citations_raw", "quotes",
)


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table, plus distinct officials, regulations and covered regencies, and running crawls."""
    parts = [f"(SELECT count(*) FROM {table}) AS {table}" for table in _TABLES]
    parts += [
        "(SELECT count(*) FROM officials) AS officials",
        "(SELECT count(*) FROM regulations) AS regulations",
        "(SELECT count(DISTINCT regency_code) FROM regency_mentions) AS regencies_covered",
        "(SELECT count(*) FROM crawl_runs WHERE status = 'running') AS runs_running",
    ]
    cursor = con.execute("SELECT " + ", ".join(parts))
    names = [d[0] for d in cursor.description]
    return dict(zip(names, (int(v) for v in cursor.fetchone())))


def layout_warnings(con: duckdb.DuckDBPyConnection, outlets: list[str], min_history: int = 5) -> list[str]:
    """Signs that an outlet changed its layout: its latest run's pages compared with its own history.

    A page of the latest run counts as broken when cleaning found no article text in it (failure
    empty_body / extraction_error), and its article as degraded when it has no publication date, no
    headline, or a body less than half the outlet's usual length. One warning line per sign, naming
    the outlet, the share before and now, and an example URL.
    """
    rows = con.execute(
        """
        WITH latest AS (
            SELECT outlet, max(run_id) AS run_id FROM (
                SELECT outlet, run_id FROM pages UNION ALL SELECT outlet, run_id FROM failures
            ) WHERE run_id IS NOT NULL AND outlet IN (SELECT unnest($o::VARCHAR[])) GROUP BY outlet
        ),
        page_outcomes AS (
            SELECT p.outlet, p.canonical_url AS url, p.run_id = l.run_id AS recent,
                   a.canonical_url IS NULL AS textless, a.published_on IS NULL AS undated,
                   coalesce(a.title, '') = '' AS untitled, a.word_count
            FROM pages p JOIN latest l USING (outlet)
            LEFT JOIN articles a ON a.canonical_url = p.canonical_url
            WHERE p.run_id IS NOT NULL
        ),
        broken AS (
            SELECT f.outlet, f.url, f.run_id = l.run_id AS recent, TRUE AS textless, NULL::BOOLEAN AS undated,
                   NULL::BOOLEAN AS untitled, NULL::INTEGER AS word_count
            FROM failures f JOIN latest l USING (outlet)
            WHERE f.reason IN ('empty_body', 'extraction_error') AND f.run_id IS NOT NULL
        ),
        outcomes AS (
            SELECT * FROM page_outcomes WHERE NOT textless UNION ALL SELECT * FROM broken
        )
        SELECT outlet,
               count(*) FILTER (WHERE recent), count(*) FILTER (WHERE NOT recent),
               avg(textless::INTEGER) FILTER (WHERE recent), avg(textless::INTEGER) FILTER (WHERE NOT recent),
               any_value(url) FILTER (WHERE recent AND textless),
               avg(undated::INTEGER) FILTER (WHERE recent AND NOT textless),
               avg(undated::INTEGER) FILTER (WHERE NOT recent AND NOT textless),
               any_value(url) FILTER (WHERE recent AND undated),
               avg(untitled::INTEGER) FILTER (WHERE recent AND NOT textless),
               avg(untitled::INTEGER) FILTER (WHERE NOT recent AND NOT textless),
               any_value(url) FILTER (WHERE recent AND untitled),
               median(word_count) FILTER (WHERE recent), median(word_count) FILTER (WHERE NOT recent),
               arg_min(url, word_count) FILTER (WHERE recent)
        FROM outcomes GROUP BY outlet ORDER BY outlet
        """,
        {"o": list(outlets)},
    ).fetchall()
    warnings = []
    for (outlet, n_new, n_old, textless_new, textless_old, textless_url, undated_new, undated_old, undated_url,
         untitled_new, untitled_old, untitled_url, words_new, words_old, short_url) in rows:
        if n_new < 3 or n_old < min_history:
            continue  # too few pages in the latest run to tell a layout change from a bad page
        checks = (
            (textless_new, textless_old, textless_url, "of its latest pages gave no article text"),
            (undated_new, undated_old, undated_url, "of its latest articles have no publication date"),
            (untitled_new, untitled_old, untitled_url, "of its latest articles have no headline"),
        )
        for new, old, url, what in checks:
            if new is not None and new >= 0.5 and new >= (old or 0) + 0.3:
                warnings.append(f"{outlet} may have changed its layout: {new:.0%} {what} (before: {old or 0:.0%}), "
                                f"e.g. {url}")
        if words_new is not None and words_old and words_new < words_old / 2:
            warnings.append(f"{outlet} may have changed its layout: its latest articles are short (median "
                            f"{words_new:.0f} words, before {words_old:.0f}), e.g. {short_url}")
    return warnings


def outlet_status(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Per outlet: last run and its outcome, last success, articles stored, newest publication date,
    failures by reason in its last run."""
    rows = con.execute(
        """
        WITH runs AS (
            SELECT r.run_id, r.started_at, r.ended_at, r.status, unnest(r.outlets) AS outlet FROM crawl_runs r
        ),
        last_run AS (SELECT outlet, arg_max(run_id, run_id) AS run_id, max(started_at) AS started_at,
                            arg_max(status, run_id) AS status FROM runs GROUP BY outlet),
        last_ok AS (SELECT outlet, max(ended_at) AS ended_at FROM runs WHERE status = 'completed' GROUP BY outlet),
        stored AS (SELECT outlet, count(*) AS articles, max(published_on) AS newest FROM articles GROUP BY outlet),
        fails AS (SELECT f.outlet, f.reason, count(*) AS n FROM failures f JOIN last_run l
                  ON l.outlet = f.outlet AND l.run_id = f.run_id GROUP BY ALL)
        SELECT o.outlet, o.name, l.run_id, l.started_at, l.status, k.ended_at, coalesce(s.articles, 0), s.newest,
               (SELECT list(struct_pack(reason := reason, n := n) ORDER BY n DESC) FROM fails WHERE fails.outlet = o.outlet)
        FROM outlets o LEFT JOIN last_run l USING (outlet) LEFT JOIN last_ok k USING (outlet)
        LEFT JOIN stored s USING (outlet) ORDER BY o.outlet
        """
    ).fetchall()
    result = []
    for outlet, name, run_id, started, status, last_ok, articles, newest, fails in rows:
        result.append({
            "outlet": outlet, "name": name, "last_run": run_id, "last_run_started": started,
            "last_run_status": status, "last_success": last_ok, "articles": articles, "newest_published": newest,
            "failures_last_run": {f["reason"]: f["n"] for f in (fails or [])},
        })
    return result
