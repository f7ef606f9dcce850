"""Summarise what the warehouse holds: row counts, and signs that an outlet changed its layout."""

from __future__ import annotations

import datetime as dt
import re

import duckdb

from .values import decompress_html
from .values import utcnow as _utcnow

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
    warnings.extend(_date_metadata_warnings(con, outlets, min_history))
    return warnings


# Where pages declare their publication date in markup (meta tags, microdata, JSON-LD, <time datetime>).
DATE_METADATA = re.compile(
    r"""article:published_time|datePublished|itemprop=["']?datePublished|<time[^>]+datetime=|"""
    r"""name=["'](?:pubdate|publishdate|publish-date|date|dc\.date(?:\.issued)?|citation_publication_date|"""
    r"""parsely-pub-date|content_PublishedDate)["']""",
    re.IGNORECASE,
)
DATE_SAMPLE = 40  # pages per outlet and side (latest run, before): enough to tell a template from a page


def _date_metadata_warnings(con: duckdb.DuckDBPyConnection, outlets: list[str], min_history: int) -> list[str]:
    """A page that lost its date metadata still gets a date (extraction falls back to the body text), so
    `published_on` alone cannot show it: the stored HTML of the latest run is compared with the outlet's own
    earlier pages."""
    rows = con.execute(
        """
        WITH latest AS (
            SELECT outlet, max(run_id) AS run_id FROM pages
            WHERE run_id IS NOT NULL AND outlet IN (SELECT unnest($o::VARCHAR[])) GROUP BY outlet
        ),
        sides AS (
            SELECT p.outlet, p.canonical_url, p.html_compressed, p.run_id = l.run_id AS recent,
                   row_number() OVER (PARTITION BY p.outlet, p.run_id = l.run_id ORDER BY p.page_id DESC) AS n
            FROM pages p JOIN latest l USING (outlet) JOIN articles a USING (canonical_url)
            WHERE p.run_id IS NOT NULL AND a.published_on IS NOT NULL  -- undated articles have their own warning
        )
        SELECT outlet, canonical_url, html_compressed, recent FROM sides WHERE n <= $k ORDER BY outlet
        """,
        {"o": list(outlets), "k": DATE_SAMPLE},
    ).fetchall()
    seen: dict[str, dict] = {}
    for outlet, url, blob, recent in rows:
        side = seen.setdefault(outlet, {True: [], False: []})[bool(recent)]
        html = decompress_html(blob) or ""
        side.append((url, DATE_METADATA.search(html[:300_000]) is None))
    warnings = []
    for outlet, sides in sorted(seen.items()):
        new, old = sides[True], sides[False]
        if len(new) < 3 or len(old) < min_history:
            continue
        share_new = sum(lost for _, lost in new) / len(new)
        share_old = sum(lost for _, lost in old) / len(old)
        if share_new >= 0.5 and share_new >= share_old + 0.3:
            example = next(url for url, lost in new if lost)
            warnings.append(f"{outlet} may have changed its layout: {share_new:.0%} of its latest pages carry no "
                            f"date metadata (before: {share_old:.0%}); their dates come from the body text, "
                            f"e.g. {example}")
    return warnings


def outlet_status(con: duckdb.DuckDBPyConnection, now: dt.datetime | None = None) -> list[dict]:
    """Per outlet: its last run and the outlet's outcome in it, its last success (the end of the last run in
    which the outlet completed; runs recorded before per-outlet outcomes count when they completed) and how
    long ago, articles stored, newest publication date, failures by reason in its last run."""
    now = now or _utcnow()
    rows = con.execute(
        """
        WITH runs AS (
            SELECT r.run_id, r.started_at, r.ended_at, r.status, r.launcher, unnest(r.outlets) AS outlet
            FROM crawl_runs r
        ),
        outcomes AS (
            SELECT runs.*, coalesce(o.outcome, CASE WHEN runs.status IN ('running', 'interrupted') THEN runs.status
                                                    WHEN o.run_id IS NULL AND NOT EXISTS (
                                                        SELECT 1 FROM crawl_run_outlets x WHERE x.run_id = runs.run_id)
                                                    THEN runs.status END) AS outcome
            FROM runs LEFT JOIN crawl_run_outlets o ON o.run_id = runs.run_id AND o.outlet = runs.outlet
        ),
        last_run AS (SELECT outlet, max(run_id) AS run_id, arg_max(started_at, run_id) AS started_at,
                            arg_max(coalesce(outcome, status), run_id) AS outcome, arg_max(launcher, run_id) AS launcher
                     FROM outcomes GROUP BY outlet),
        last_ok AS (SELECT outlet, max(ended_at) AS ended_at, arg_max(run_id, ended_at) AS run_id FROM outcomes
                    WHERE outcome = 'completed' GROUP BY outlet),
        stored AS (SELECT outlet, count(*) AS articles, max(published_on) AS newest FROM articles GROUP BY outlet),
        fails AS (SELECT f.outlet, f.reason, count(*) AS n FROM failures f JOIN last_run l
                  ON l.outlet = f.outlet AND l.run_id = f.run_id GROUP BY ALL)
        SELECT o.outlet, o.name, l.run_id, l.started_at, l.outcome, l.launcher, k.ended_at, k.run_id,
               coalesce(s.articles, 0), s.newest,
               (SELECT list(struct_pack(reason := reason, n := n) ORDER BY n DESC) FROM fails WHERE fails.outlet = o.outlet)
        FROM outlets o LEFT JOIN last_run l USING (outlet) LEFT JOIN last_ok k USING (outlet)
        LEFT JOIN stored s USING (outlet) ORDER BY o.outlet
        """
    ).fetchall()
    result = []
    for outlet, name, run_id, started, outcome, launcher, last_ok, ok_run, articles, newest, fails in rows:
        result.append({
            "outlet": outlet, "name": name, "last_run": run_id, "last_run_started": started,
            "last_run_status": outcome, "last_run_launcher": launcher,
            "last_success": last_ok, "last_success_run": ok_run,
            "since_last_success_seconds": round((now - last_ok).total_seconds()) if last_ok else None,
            "since_last_run_seconds": round((now - started).total_seconds()) if started else None,
            "articles": articles, "newest_published": newest,
            "failures_last_run": {f["reason"]: f["n"] for f in (fails or [])},
        })
    return result


def stale_outlets(outlets: list[dict], max_age_seconds: float) -> list[dict]:
    """Outlets (as outlet_status gives them) with no success within max_age_seconds, or none ever."""
    return [o for o in outlets
            if o["since_last_success_seconds"] is None or o["since_last_success_seconds"] > max_age_seconds]
