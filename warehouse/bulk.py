"""Whole columns into a table in one statement: rows go in as bound Python lists (`unnest`), never one per row."""

from __future__ import annotations

from collections.abc import Mapping

import duckdb


def bulk_insert(con: duckdb.DuckDBPyConnection, table: str, columns: Mapping[str, str], rows: list[tuple]) -> int:
    """Insert rows (tuples in the order of `columns`, a name -> DuckDB type map) in one statement."""
    if not rows:
        return 0
    names = list(columns)
    params = {f"c{i}": [row[i] for row in rows] for i in range(len(names))}
    select = ", ".join(f"unnest($c{i}::{columns[name]}[])" for i, name in enumerate(names))
    con.execute(f"INSERT INTO {table} ({', '.join(names)}) SELECT {select}", params)
    return len(rows)
