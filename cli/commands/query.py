"""`pilkada query NAME`: run a named question of queries/ against the warehouse and print or save the rows."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from pilkada.cli.common import add_reader_arguments, open_reader, render_table, write_atomically
from pilkada.warehouse.values import write_csv

NAME = "query"
HELP = "run a named query (queries/<name>.sql) on the warehouse; --list shows them all"

FORMATS = ("table", "csv", "json", "parquet")


def add_arguments(parser) -> None:
    parser.add_argument("name", nargs="?", help="query name, e.g. regency_timeline (see --list)")
    parser.add_argument("--list", action="store_true", help="list the named queries with their parameters")
    parser.add_argument("--param", "-p", action="append", default=[], metavar="KEY=VALUE",
                        help="a parameter, e.g. --param regency=Jombang --param from=2024-09-01 (repeatable)")
    parser.add_argument("--format", "-f", choices=FORMATS,
                        help="output format (default: from --out's extension, else table)")
    parser.add_argument("--out", "-o", help="write to this file instead of standard output (required for parquet)")
    add_reader_arguments(parser)


# ------------------------------------------------------------------------------ shared by export, chart


# ------------------------------------------------------------------------------ the command


def _params(pairs: list[str]) -> dict:
    from pilkada.errors import UsageError

    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param takes KEY=VALUE, not {pair!r}")
        params[key.strip().lstrip("$")] = value.strip()
    return params


def _format(args) -> str:
    from pilkada.errors import UsageError

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


def run(args) -> int:
    from pilkada.errors import UsageError
    from pilkada.warehouse.queries import copy_query, get_query, run_query

    if args.list:
        return _list()
    if not args.name:
        raise UsageError("give a query name, or --list to see them")
    params = _params(args.param)
    fmt = _format(args)
    get_query(args.name)
    con = open_reader(args.db, args.snapshot)
    try:
        if fmt == "parquet":
            count = copy_query(con, args.name, params, args.out, "parquet")
            print(f"wrote {count} rows to {args.out}", file=sys.stderr)
            return 0
        result = run_query(con, args.name, params)
    finally:
        con.close()
    if fmt == "csv":
        buffer = io.StringIO()
        write_csv(buffer, result.columns, result.rows)
        text = buffer.getvalue()
    elif fmt == "json":
        from pilkada.warehouse.values import cell

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
