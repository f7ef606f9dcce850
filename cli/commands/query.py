"""`pilkada query NAME`: run a named question of queries/ against the warehouse and print or save the rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

NAME = "query"
HELP = "run a named query (queries/<name>.sql) on the warehouse; --list shows them all"

FORMATS = ("table", "csv", "json", "parquet")
_MAX_CELL = 60


def add_arguments(parser) -> None:
    parser.add_argument("name", nargs="?", help="query name, e.g. regency_timeline (see --list)")
    parser.add_argument("--list", action="store_true", help="list the named queries with their parameters")
    parser.add_argument("--param", "-p", action="append", default=[], metavar="KEY=VALUE",
                        help="a parameter, e.g. --param regency=Jombang --param from=2024-09-01 (repeatable)")
    parser.add_argument("--format", "-f", choices=FORMATS,
                        help="output format (default: from --out's extension, else table)")
    parser.add_argument("--out", "-o", help="write to this file instead of standard output (required for parquet)")
    add_reader_arguments(parser)


def add_reader_arguments(parser) -> None:
    parser.add_argument("--db", help="warehouse file (default ./pilkada.duckdb or $PILKADA_WAREHOUSE)")
    parser.add_argument("--snapshot", action="store_true",
                        help="read <db>.snapshot, refreshed from the warehouse when no crawl is writing it; "
                             "use it while a crawl runs or for long sessions")


# ------------------------------------------------------------------------------ shared by export, chart


def open_reader(db: str | None, use_snapshot: bool = False):
    """A read-only connection for a command, with warehouse errors turned into the CLI's exceptions."""
    from pilkada import warehouse as wh
    from pilkada.cli.main import JobFailed, UsageError, WarehouseLocked
    from pilkada.cli.config import resolve_paths

    path = resolve_paths(db).warehouse
    if use_snapshot:
        path = _fresh_snapshot(path)
    try:
        return wh.connect(path, read_only=True)
    except wh.WarehouseBusy as err:
        raise WarehouseLocked(str(err)) from None
    except wh.WarehouseMissing as err:
        raise UsageError(str(err)) from None
    except wh.WarehouseError as err:
        raise JobFailed(str(err)) from None


def _modified(path: Path) -> float:
    return max((p.stat().st_mtime for p in (path, Path(f"{path}.wal")) if p.exists()), default=0.0)


def _fresh_snapshot(path: Path) -> Path:
    """<db>.snapshot, copied again first if the warehouse changed since and no crawl holds it."""
    from pilkada import warehouse as wh
    from pilkada.cli.main import UsageError, WarehouseLocked

    snap = wh.snapshot_path(path)
    if not path.exists() and not snap.exists():
        raise UsageError(f"no warehouse at {path}; run `pilkada crawl` (or `pilkada demo`) to create one")
    if path.exists() and (not snap.exists() or _modified(path) > snap.stat().st_mtime):
        try:
            wh.snapshot(path, snap)
        except wh.WarehouseBusy as err:
            if not snap.exists():
                raise WarehouseLocked(
                    f"{path.name} is being written by another process (PID {err.pid or '?'}) and has no snapshot "
                    "yet; retry when the crawl ends") from None
            taken = dt.datetime.fromtimestamp(snap.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            print(f"pilkada: {path.name} is being written; querying the snapshot taken {taken}", file=sys.stderr)
    return snap


def warehouse_errors():
    """(exception classes meaning a user mistake) for `except` clauses around run_query."""
    from pilkada import warehouse as wh

    return (wh.UnknownQuery, wh.BadParameter)


def usage_error(err: Exception):
    """The UsageError for a warehouse refusal; an ambiguous name lists its choices, one per line, to pass back."""
    from pilkada import warehouse as wh
    from pilkada.cli.main import UsageError

    if isinstance(err, wh.AmbiguousName) and err.choices:
        width = max(len(value) for value, _ in err.choices)
        error = UsageError(f"{str(err).split(': ', 1)[0]}; pass back one of:")
        error.details = [f"  {value.ljust(width)}  {label}" for value, label in err.choices]
        return error
    return UsageError(str(err))


def cell(value, list_separator: str = "; "):
    """A value as text for CSV and tables: dates ISO, lists joined, NULL empty."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return list_separator.join(cell(v) for v in value)
    return str(value)


def write_csv(handle, columns: list[str], rows: list[tuple], lineterminator: str = "\n", delimiter: str = ",") -> None:
    writer = csv.writer(handle, lineterminator=lineterminator, delimiter=delimiter)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(v) for v in row])


def write_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding=encoding, newline="") as handle:
        handle.write(text)
    os.replace(tmp, path)


# ------------------------------------------------------------------------------ the command


def _params(pairs: list[str]) -> dict:
    from pilkada.cli.main import UsageError

    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param takes KEY=VALUE, not {pair!r}")
        params[key.strip().lstrip("$")] = value.strip()
    return params


def _format(args) -> str:
    from pilkada.cli.main import UsageError

    fmt = args.format
    if fmt is None and args.out:
        fmt = {".csv": "csv", ".json": "json", ".parquet": "parquet"}.get(Path(args.out).suffix.lower(), "table")
    fmt = fmt or "table"
    if fmt == "parquet" and (not args.out or args.out == "-"):
        raise UsageError("--format parquet needs --out FILE.parquet")
    return fmt


def _list() -> int:
    from pilkada.warehouse.queries import list_queries

    for query in list_queries():
        print(f"{query.name}")
        print(f"    {query.question}")
        for param in query.params:
            default = "required" if param.required else f"default {param.default!r}" if param.default is not None \
                else "optional"
            print(f"    --param {param.name}=…  {param.type.lower()}, {default}: {param.description}")
        print(f"    columns: {', '.join(name for name, _ in query.columns)}")
    return 0


def render_table(columns: list[str], rows: list[tuple]) -> str:
    cells = [[_clip(cell(v, ", ")) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[:_MAX_CELL - 1] + "…"


def run(args) -> int:
    from pilkada.cli.main import UsageError
    from pilkada.warehouse.queries import copy_query, get_query, run_query

    if args.list:
        return _list()
    if not args.name:
        raise UsageError("give a query name, or --list to see them")
    params = _params(args.param)
    fmt = _format(args)
    try:
        get_query(args.name)
    except warehouse_errors() as err:
        raise usage_error(err) from None
    con = open_reader(args.db, args.snapshot)
    try:
        if fmt == "parquet":
            try:
                count = copy_query(con, args.name, params, args.out, "parquet")
            except warehouse_errors() as err:
                raise usage_error(err) from None
            print(f"wrote {count} rows to {args.out}", file=sys.stderr)
            return 0
        try:
            result = run_query(con, args.name, params)
        except warehouse_errors() as err:
            raise usage_error(err) from None
    finally:
        con.close()
    if fmt == "csv":
        buffer = io.StringIO()
        write_csv(buffer, result.columns, result.rows)
        text = buffer.getvalue()
    elif fmt == "json":
        text = json.dumps(result.dicts(), ensure_ascii=False, indent=2, default=cell) + "\n"
    else:
        text = render_table(result.columns, result.rows)
    if args.out and args.out != "-":
        write_atomically(Path(args.out), text)
        print(f"wrote {len(result.rows)} rows to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
        if fmt == "table":
            print(f"({len(result.rows)} rows)", file=sys.stderr)
    return 0
