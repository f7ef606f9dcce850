"""The whole corpus as one file: every article with its extractions, for pandas, R or a spreadsheet.

`export_corpus(con, path, format)` writes one row per article. Parquet and JSON lines keep the
extractions as nested lists (officials, dates, regulations, quotes as lists of records);
CSV joins each list into one cell with '; ' between items, so a spreadsheet opens it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb

from .errors import BadParameter
from .values import sql_literal

FORMATS = ("parquet", "jsonl", "csv")

_ARTICLES = """
SELECT
    a.article_id,
    a.outlet,
    f.outlet_name,
    a.published_on,
    f.article_date,
    a.title,
    a.author,
    a.canonical_url AS url,
    a.word_count,
    f.regency_codes,
    f.regency_names,
    f.province_codes,
    f.province_names,
    coalesce((SELECT list({'name': m.official, 'role': m.role, 'regency_code': m.regency_code, 'regency': m.regency}
                          ORDER BY m.official)
              FROM official_mentions m WHERE m.article_id = a.article_id), []) AS officials,
    coalesce((SELECT list({'value': d.value, 'precision': d.precision, 'text': d.text} ORDER BY d.start_offset)
              FROM date_mentions d WHERE d.article_id = a.article_id), []) AS dates,
    coalesce((SELECT list({'label': r.label, 'kind': r.kind, 'number': r.number, 'year': r.year,
                           'article_ref': r.article_ref, 'about': r.about, 'text': r.text} ORDER BY r.label)
              FROM regulation_citations r WHERE r.article_id = a.article_id), []) AS regulations,
    coalesce((SELECT list({'text': q.text, 'speaker': q.speaker} ORDER BY q.start_offset)
              FROM quotes q WHERE q.article_id = a.article_id), []) AS quotes,
    a.text,
    a.extractor_version
FROM articles a
JOIN article_facts f ON f.article_id = a.article_id
WHERE ($since::DATE IS NULL OR f.article_date >= $since::DATE)
  AND ($until::DATE IS NULL OR f.article_date <= $until::DATE)
  AND (len($outlets::VARCHAR[]) = 0 OR list_contains($outlets::VARCHAR[], a.outlet))
ORDER BY f.article_date, a.article_id
"""

# CSV: one cell per list, items joined with '; ', each official as 'Name (Role, Regency)'.
_FLAT = """
SELECT
    article_id, outlet, outlet_name, published_on, article_date, title, author, url, word_count,
    array_to_string(regency_codes, '; ') AS regency_codes,
    array_to_string(regency_names, '; ') AS regency_names,
    array_to_string(province_codes, '; ') AS province_codes,
    array_to_string(province_names, '; ') AS province_names,
    array_to_string([o.name || ' (' || concat_ws(', ', o.role, o.regency) || ')' FOR o IN officials], '; ')
        AS officials,
    array_to_string([d.value FOR d IN dates], '; ') AS dates,
    array_to_string([r.label FOR r IN regulations], '; ') AS regulations,
    array_to_string(['"' || q.text || '"' || coalesce(' (' || q.speaker || ')', '') FOR q IN quotes], '; ')
        AS quotes,
    text,
    extractor_version
FROM ({articles})
"""

_COPY_OPTIONS = {"parquet": "FORMAT parquet, COMPRESSION zstd", "jsonl": "FORMAT json",
                 "csv": "FORMAT csv, HEADER true"}


def corpus_sql(format: str) -> str:
    if format not in FORMATS:
        raise BadParameter(f"no corpus format {format!r} (parquet, jsonl or csv)")
    return _FLAT.format(articles=_ARTICLES) if format == "csv" else _ARTICLES


def export_corpus(con: duckdb.DuckDBPyConnection, path: str | os.PathLike, format: str,
                  since: dt.date | None = None, until: dt.date | None = None,
                  outlets: list[str] | None = None) -> int:
    """Write the articles (filtered by article date and outlet keys) to `path`; returns the number written.

    The file appears only once complete (written beside it, then renamed).
    """
    if since and until and since > until:
        raise BadParameter(f"--since {since} is after --until {until}")
    sql = corpus_sql(format).strip()
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        row = con.execute(f"COPY ({sql}) TO {sql_literal(tmp)} ({_COPY_OPTIONS[format]})",
                          {"since": since, "until": until, "outlets": list(outlets or [])}).fetchone()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return int(row[0]) if row else 0
