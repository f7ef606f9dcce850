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
    """Signs that an outlet changed its layout: the articles of its latest crawl compared with its history.

    For each outlet, the articles whose current content came from its latest run are compared with
    the outlet's older articles: many more without a publication date or a headline, or bodies
    less than half as long, give one warning line naming the outlet and an example URL.
    """
    rows = con.execute(
        """
        WITH latest AS (
            SELECT outlet, max(run_id) AS run_id FROM pages
            WHERE run_id IS NOT NULL AND outlet IN (SELECT unnest($o::VARCHAR[])) GROUP BY outlet
        ),
        tagged AS (
            SELECT a.outlet, a.canonical_url, a.published_on, a.title, a.word_count,
                   p.run_id IS NOT NULL AND p.run_id = l.run_id AS recent
            FROM articles a
            JOIN latest l ON l.outlet = a.outlet
            LEFT JOIN pages p ON p.canonical_url = a.canonical_url AND p.content_hash = a.content_hash
        )
        SELECT outlet,
               count(*) FILTER (WHERE recent) AS n_new,
               count(*) FILTER (WHERE NOT recent) AS n_old,
               avg((published_on IS NULL)::INTEGER) FILTER (WHERE recent) AS undated_new,
               avg((published_on IS NULL)::INTEGER) FILTER (WHERE NOT recent) AS undated_old,
               any_value(canonical_url) FILTER (WHERE recent AND published_on IS NULL) AS undated_url,
               avg((coalesce(title, '') = '')::INTEGER) FILTER (WHERE recent) AS untitled_new,
               avg((coalesce(title, '') = '')::INTEGER) FILTER (WHERE NOT recent) AS untitled_old,
               any_value(canonical_url) FILTER (WHERE recent AND coalesce(title, '') = '') AS untitled_url,
               median(word_count) FILTER (WHERE recent) AS words_new,
               median(word_count) FILTER (WHERE NOT recent) AS words_old,
               arg_min(canonical_url, word_count) FILTER (WHERE recent) AS short_url
        FROM tagged GROUP BY outlet ORDER BY outlet
        """,
        {"o": list(outlets)},
    ).fetchall()
    warnings = []
    for (outlet, n_new, n_old, undated_new, undated_old, undated_url, untitled_new, untitled_old, untitled_url,
         words_new, words_old, short_url) in rows:
        if not n_new or n_old < min_history:
            continue
        if undated_new >= 0.5 and undated_new >= (undated_old or 0) + 0.3:
            warnings.append(f"{outlet}: {undated_new:.0%} of the latest articles have no publication date "
                            f"(before: {undated_old or 0:.0%}), e.g. {undated_url}")
        if untitled_new >= 0.5 and untitled_new >= (untitled_old or 0) + 0.3:
            warnings.append(f"{outlet}: {untitled_new:.0%} of the latest articles have no headline "
                            f"(before: {untitled_old or 0:.0%}), e.g. {untitled_url}")
        if words_new is not None and words_old and words_new < words_old / 2:
            warnings.append(f"{outlet}: the latest articles are short (median {words_new:.0f} words, before "
                            f"{words_old:.0f}), e.g. {short_url}")
    return warnings
