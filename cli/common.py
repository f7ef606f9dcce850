"""What several `pilkada` commands share: reading the warehouse, writing tables and files, reading an input
file, the NER and date options. Not a command itself; commands import it, never each other."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import tempfile
from pathlib import Path

from pilkada.errors import UsageError, WarehouseLocked

NER_BACKEND_HELP = ("statistical NER beside the rules: none (default, or $PILKADA_NER), auto (the shipped spaCy model "
                    "when installed), spacy, stanza")
_MAX_CELL = 60


def parse_date_option(text: str | None, option: str):
    """A YYYY-MM-DD option's date, None when not given; a malformed date is a usage error."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a date YYYY-MM-DD") from None


def add_db_argument(parser, what: str = "warehouse file") -> None:
    """--db, resolved by pilkada.warehouse.warehouse_path (the help says its rule without importing DuckDB)."""
    parser.add_argument("--db", help=f"{what} (default ./pilkada.duckdb or $PILKADA_WAREHOUSE)")


def add_reader_arguments(parser) -> None:
    add_db_argument(parser)
    parser.add_argument("--snapshot", action="store_true",
                        help="read <db>.snapshot, refreshed from the warehouse when no crawl is writing it; "
                             "use it while a crawl runs or for long sessions")


def open_reader(db: str | None, use_snapshot: bool = False):
    """A read-only connection for a command (`--db`, `--snapshot`); the warehouse's refusals carry their exit codes."""
    from pilkada import warehouse as wh
    from pilkada.cli.config import resolve_paths

    path = resolve_paths(db).warehouse
    if use_snapshot:
        path = _fresh_snapshot(path)
    return wh.connect(path, read_only=True)


def _modified(path: Path) -> float:
    return max((p.stat().st_mtime for p in (path, Path(f"{path}.wal")) if p.exists()), default=0.0)


def _fresh_snapshot(path: Path) -> Path:
    """<db>.snapshot, copied again first if the warehouse changed since and no crawl holds it."""
    from pilkada import warehouse as wh

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


def write_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding=encoding, newline="") as handle:
        handle.write(text)
    os.replace(tmp, path)


def render_table(columns: list[str], rows: list[tuple]) -> str:
    from pilkada.warehouse.values import cell

    cells = [[_clip(cell(v, ", ")) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[:_MAX_CELL - 1] + "…"


# Libraries that log a warning of their own for a page without an article; the command says it in one line.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def silence_libraries() -> None:
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def outlet_rules(outlet_name: str | None, url: str | None, outlets_dir: str | None) -> dict:
    """The cleanup rules of the named outlet, or of the outlet whose base URL the page's URL starts with."""
    from pilkada.cli.config import resolve_paths
    from pilkada.crawler.declarations import load_outlets

    outlets = load_outlets(resolve_paths(None, outlets_dir).outlets_dir)
    if outlet_name:
        if outlet_name not in outlets:
            raise UsageError(f"unknown outlet {outlet_name!r}; declared outlets: {', '.join(sorted(outlets))}")
        return outlets[outlet_name].cleanup_rules()
    for outlet in outlets.values():
        if url and url.startswith(outlet.declared_base_url):
            return outlet.cleanup_rules()
    return {}


def clean_page(html: str, url: str | None = None, outlet: str | None = None, outlets_dir: str | None = None):
    """The same cleaning a crawl applies to the page (ingest/loader.py, clean_lines), with the outlet's rules."""
    rules = outlet_rules(outlet, url, outlets_dir)
    silence_libraries()
    from pilkada.extract import clean_html

    return clean_html(html, url, **rules)


def add_ner_backend_argument(parser, also: str = "") -> None:
    parser.add_argument("--ner-backend", choices=("auto", "none", "spacy", "stanza"), default=None,
                        help=NER_BACKEND_HELP + also)


def chosen_ner_backend(choice: str | None) -> str | None:
    """The backend `--ner-backend` (or $PILKADA_NER) asks for; a model asked for by name must be installed."""
    from pilkada.ingest.config import ner_backend

    backend = ner_backend(choice)
    if backend and choice not in (None, "auto"):
        from pilkada.extract.ner import ner_available

        if not ner_available(backend):
            raise UsageError(f"the {backend} NER model or its library is not installed (see docs/ner.md)")
    return backend


def read_input(path: str) -> tuple[str, bool]:
    """The input's text and whether it is HTML. User mistakes become UsageError."""
    if path == "-":
        raw = sys.stdin.buffer.read()
        is_html = False
        name = "standard input"
    else:
        file = Path(path)
        if not file.exists():
            raise UsageError(f"no such file: {path}")
        if file.is_dir():
            raise UsageError(f"{path} is a directory, not an article file")
        raw = file.read_bytes()
        is_html = file.suffix.lower() in (".html", ".htm")
        name = path
    if b"\x00" in raw[:65536]:
        raise UsageError(f"{name} is binary, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not is_html:
            raise UsageError(f"{name} is not UTF-8 text; convert it first (iconv -f windows-1252 -t utf-8)") from None
        text = raw.decode("cp1252", errors="replace")
    if not text.strip():
        raise UsageError(f"{name} is empty")
    if not is_html and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        is_html = True
    return text, is_html


def read_run_records(db):
    """A read-only connection to the warehouse at `db` (or the default) for status and run history: a crawl
    holds the file for short stretches, so wait it out (PILKADA_READ_WAIT, 30 s) rather than fail a check."""
    from pilkada.cli.config import resolve_paths
    from pilkada.ingest.loader import SpoolWaiting, connect_when_free

    path = resolve_paths(db).warehouse
    if not path.exists():
        raise UsageError(f"no warehouse at {path}; run `pilkada crawl` (or `make demo`) first")
    try:
        return connect_when_free(path, wait=float(os.environ.get("PILKADA_READ_WAIT", 30)), read_only=True)
    except SpoolWaiting as err:
        raise UsageError(str(err)) from None


def validate_crawl(args):
    """The warehouse paths and the chosen outlets of a crawl's options; a bad flag is a UsageError."""
    from pilkada.cli.config import resolve_paths
    from pilkada.crawler.declarations import load_outlets, unknown_outlet_message

    for flag in ("since", "until"):
        value = getattr(args, flag, None)
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"--{flag} must be a date written YYYY-MM-DD, not {value!r}") from None
    if getattr(args, "until", None) and args.since and args.until < args.since:
        raise UsageError(f"--until {args.until} is before --since {args.since}")
    given_share = getattr(args, "partial_share", None)
    if given_share is not None or os.environ.get("PILKADA_PARTIAL_SHARE"):  # else DuckDB is not imported yet
        try:
            from pilkada.warehouse import partial_share

            partial_share(given_share)
        except ValueError as err:
            raise UsageError(f"--partial-share: {err}") from None
    if args.max_pages < 0:
        raise UsageError("--max-pages must be 0 (no limit) or more")
    if getattr(args, "redis", None) and not args.redis.startswith(("redis://", "rediss://", "unix://")):
        raise UsageError(f"--redis must be a redis:// URL, not {args.redis!r}")
    if args.sites and not args.sites.startswith(("http://", "https://")):
        raise UsageError(f"--sites must be an http:// URL, not {args.sites!r}")
    paths = resolve_paths(args.db, args.outlets)
    outlets = load_outlets(paths.outlets_dir, args.sites)
    chosen = args.outlet or sorted(outlets)
    unknown = [name for name in chosen if name not in outlets]
    if unknown:
        raise UsageError(unknown_outlet_message(unknown[0], outlets))
    check_writable(paths.warehouse)
    return paths, {name: outlets[name] for name in chosen}


def check_writable(warehouse: Path) -> None:
    """An unwritable --db is a usage error (exit 2), found before anything starts. Permission bits do not tell
    (root passes them; /sys or a read-only mount still refuse), so a file is created next to the warehouse."""
    parent = warehouse.resolve().parent
    if warehouse.is_dir():
        raise UsageError(f"--db {warehouse} is a directory; give a file name such as {warehouse}/pilkada.duckdb")
    if not parent.is_dir():
        raise UsageError(f"cannot write the warehouse {warehouse}: directory {parent} does not exist")
    try:
        handle, probe = tempfile.mkstemp(prefix=".pilkada-write-check-", dir=parent)
        os.close(handle)
        os.unlink(probe)
        if warehouse.exists():
            with open(warehouse, "ab"):
                pass
    except OSError as err:
        raise UsageError(f"cannot write the warehouse {warehouse}: {err.strerror or err}") from None


# Each export is a named query with bound parameters, not a second code path.
TIMELINE_QUERIES = {"regency": "regency_timeline", "official": "official_timeline", "regulation": "regulation_timeline"}


def export_timeline(con, subject: str, value: str, date_from: str | None, date_to: str | None):
    """The QueryResult of the timeline query for one subject (regency, official or regulation)."""
    from pilkada.warehouse.queries import run_query

    return run_query(con, TIMELINE_QUERIES[subject], {subject: value, "from": date_from, "to": date_to})
