"""`pilkada sql`: a read-only SQL shell on the warehouse, with the DuckDB the warehouse was written by.

The DuckDB command-line shell on PyPI (duckdb-cli 1.5) cannot open a file written by the
DuckDB 2 Python package ("database file with version number 69 ... can only read versions
between 64 and 68"); this shell uses the same library as the warehouse. Each statement opens
its own short read-only connection, so a crawl's writer is never held up between statements.
"""

from __future__ import annotations

import sys

from pilkada.cli.common import add_reader_arguments, open_reader, render_table
from pilkada.warehouse.values import write_csv

NAME = "sql"
HELP = "a read-only SQL shell on the warehouse (DuckDB SQL); give a statement to run just that one"

PROMPT, MORE = "pilkada> ", "     ...> "
HINTS = """Statements end with ';'. Try: SHOW TABLES;  DESCRIBE articles;  SELECT * FROM regency_timeline LIMIT 5;
.tables lists tables and views, .quit (or Ctrl-D) leaves. Read-only: each statement reads the file afresh."""


def add_arguments(parser) -> None:
    parser.add_argument("statement", nargs="?", help="SQL to run, e.g. \"SELECT * FROM official_mentions LIMIT 5\"")
    parser.add_argument("--format", "-f", choices=["table", "csv"], default="table",
                        help="table (default) or csv on standard output")
    add_reader_arguments(parser)


def execute(args, statement: str) -> tuple[list[str], list[tuple]] | None:
    """Run one statement on a fresh read-only connection; (columns, rows), or None for no result set."""
    import duckdb

    from pilkada.errors import UsageError

    con = open_reader(args.db, args.snapshot)
    try:
        try:
            cursor = con.execute(statement)
        except duckdb.Error as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise UsageError(first) from None
        if cursor.description is None:
            return None
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()


def show(result, fmt: str) -> None:
    if result is None:
        return
    columns, rows = result
    if fmt == "csv":
        write_csv(sys.stdout, columns, rows)
        return
    sys.stdout.write(render_table(columns, rows))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def run(args) -> int:
    if args.statement:
        show(execute(args, args.statement), args.format)
        return 0
    return shell(args)


def shell(args) -> int:
    from pilkada.errors import JobFailed, UsageError, WarehouseLocked

    interactive = sys.stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401  (line editing and history for input())
        except ImportError:
            pass
        open_reader(args.db, args.snapshot).close()  # a missing warehouse is said before the prompt
        print(HINTS)
    pending: list[str] = []
    failed = False
    while True:
        try:
            line = input((MORE if pending else PROMPT) if interactive else "")
        except EOFError:
            break
        except KeyboardInterrupt:
            pending = []
            print()
            continue
        stripped = line.strip()
        if not pending and stripped.startswith("."):
            if stripped in (".quit", ".exit"):
                break
            if stripped == ".tables":
                statement = "SELECT table_name AS name, table_type AS kind FROM information_schema.tables ORDER BY 1"
            else:
                print(HINTS)
                continue
        else:
            pending.append(line)
            if not stripped.endswith(";"):
                continue
            statement, pending = "\n".join(pending), []
        try:
            show(execute(args, statement), args.format)
        except (UsageError, JobFailed, WarehouseLocked) as err:
            print(f"error: {err}", file=sys.stderr)
            failed = True
    if pending and "".join(pending).strip():
        try:
            show(execute(args, "\n".join(pending)), args.format)
        except (UsageError, JobFailed, WarehouseLocked) as err:
            print(f"error: {err}", file=sys.stderr)
            failed = True
    if interactive:
        print()
    return 1 if failed and not interactive else 0
