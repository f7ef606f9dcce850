"""Open the warehouse file (migrating it for writers) and take snapshots for long analyst sessions.

DuckDB lets one process write a file, or several processes read it, never both
(docs/stable/connect/concurrency.md): a crawl holds the file only for the few
seconds of each batch, readers connect read-only and briefly, and an analyst who
wants a long session queries a snapshot copy.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import duckdb

from .errors import WarehouseBusy, WarehouseError, WarehouseMissing
from .schema import check_current, migrate
from .values import sql_literal

_PID = re.compile(r"\(PID (\d+)\)")

DEFAULT_PATH = "pilkada.duckdb"  # in the working directory
PATH_VARIABLE = "PILKADA_WAREHOUSE"


def warehouse_path(flag: str | os.PathLike | None = None) -> Path:
    """The warehouse file: `flag` (--db), else $PILKADA_WAREHOUSE, else ./pilkada.duckdb."""
    return Path(flag or os.environ.get(PATH_VARIABLE) or DEFAULT_PATH).expanduser()


def _busy(path: str | os.PathLike, err: Exception, read_only: bool) -> WarehouseBusy:
    match = _PID.search(str(err))
    pid = int(match.group(1)) if match else None
    holder = f"another process (PID {pid})" if pid else "another process"
    name = Path(path).name
    if read_only:
        message = (
            f"{name} is being written by {holder}; retry when the crawl ends, "
            "or query a snapshot with `pilkada query --snapshot`"
        )
    else:
        message = f"{name} is in use by {holder}; retry when it ends (DuckDB allows one writer, or readers only)"
    return WarehouseBusy(message, pid)


def waiting_path(path: str | os.PathLike) -> Path:
    """`<warehouse>.waiting`: touched by a process that found the file held by another; a crawl's loader, which
    otherwise keeps the file for several transactions (each time it lets go costs a checkpoint), lets go of it
    soon after this file appears (ingest/loader.py)."""
    return Path(f"{path}.waiting")


# A reader that met a held file asks again within seconds or has given up: an older request (left by a reader of a
# file that a writer other than a crawl's loader held, or by a killed one) is removed by the next connection.
STALE_REQUEST_SECONDS = 60.0


def _clear_stale_request(path: str | os.PathLike) -> None:
    request = waiting_path(path)
    try:
        if time.time() - request.stat().st_mtime > STALE_REQUEST_SECONDS:
            request.unlink()
    except OSError:  # none, or another connection removed it first
        pass


def _ask_for_turn(path: str | os.PathLike) -> None:
    try:
        waiting_path(path).touch()
    except OSError:  # a read-only directory: the loader still lets go at its longest hold
        pass


def is_lock_error(err: Exception) -> bool:
    return isinstance(err, duckdb.IOException) and "Could not set lock" in str(err)


def connect(path: str | os.PathLike, read_only: bool = False, migrated: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; writers create and migrate it, readers require it current.

    migrated=True skips the writer's schema check (two queries and the views' checksum, 20 ms): for a writer
    that opened and migrated this file a moment ago and opens it again (a crawl's loader between transactions).

    Raises WarehouseBusy when another process holds the file, WarehouseMissing for a
    read-only connection to a file that does not exist, SchemaOutdated for a read-only
    connection to a file that a write connection would first migrate.
    """
    path = str(path)
    in_memory = path == ":memory:"
    if read_only and not in_memory and not Path(path).exists():
        raise WarehouseMissing(f"no warehouse at {path}; run `pilkada crawl` (or `pilkada demo`) to create one")
    if not in_memory:
        parent = Path(path).parent
        if not read_only and not parent.exists():
            parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(path, read_only=read_only and not in_memory)
    except duckdb.IOException as err:
        if is_lock_error(err):
            _ask_for_turn(path)
            raise _busy(path, err, read_only) from err
        raise WarehouseError(f"cannot open {path}: {str(err).splitlines()[0]}") from err
    if not in_memory:
        _clear_stale_request(path)
    try:
        if read_only and not in_memory:
            check_current(con, path)
        elif not migrated:
            migrate(con)
    except BaseException:
        con.close()
        raise
    return con


def snapshot_path(path: str | os.PathLike) -> Path:
    """Where snapshot() puts the copy of `path` by default: `<path>.snapshot` beside it."""
    return Path(f"{path}.snapshot")


def snapshot(
    path: str | os.PathLike,
    dest: str | os.PathLike | None = None,
    con: duckdb.DuckDBPyConnection | None = None,
) -> Path:
    """Copy the warehouse to `dest` (default `<path>.snapshot`) for long read-only sessions.

    Without `con`, the file must be free of writers (WarehouseBusy otherwise); the copy is
    taken through DuckDB (`COPY FROM DATABASE`), so it is consistent, comments included.
    A writer can pass its own connection `con` to take the snapshot itself, e.g. at the end
    of a crawl. The copy replaces the old snapshot only once complete.
    """
    dest = Path(dest) if dest is not None else snapshot_path(path)
    tmp = dest.with_name(dest.name + ".tmp")
    for leftover in (tmp, Path(f"{tmp}.wal")):
        leftover.unlink(missing_ok=True)
    if con is not None:
        source = con.execute("SELECT current_database()").fetchone()[0]
        con.execute(f"ATTACH {sql_literal(tmp)} AS pilkada_snapshot")
        try:
            con.execute(f'COPY FROM DATABASE "{source}" TO pilkada_snapshot')
        finally:
            con.execute("DETACH pilkada_snapshot")
    else:
        if not Path(path).exists():
            raise WarehouseMissing(f"no warehouse at {path}; nothing to snapshot")
        scratch = duckdb.connect()
        try:
            try:
                scratch.execute(f"ATTACH {sql_literal(path)} AS pilkada_source (READ_ONLY)")
            except duckdb.IOException as err:
                if is_lock_error(err):
                    raise _busy(path, err, read_only=True) from err
                raise
            scratch.execute(f"ATTACH {sql_literal(tmp)} AS pilkada_snapshot")
            scratch.execute("COPY FROM DATABASE pilkada_source TO pilkada_snapshot")
            scratch.execute("DETACH pilkada_snapshot")
            scratch.execute("DETACH pilkada_source")
        finally:
            scratch.close()
    os.replace(tmp, dest)
    Path(f"{dest}.wal").unlink(missing_ok=True)
    return dest

