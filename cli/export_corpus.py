"""`pilkada export corpus`: the argument checks and messages around pilkada.warehouse.corpus."""

from __future__ import annotations

import sys
from pathlib import Path

from pilkada.cli.common import open_reader

TIMELINE_ONLY = ("regency", "official", "regulation", "date_from", "date_to", "excel")
SUFFIXES = {"parquet": (".parquet",), "jsonl": (".jsonl", ".ndjson", ".json"), "csv": (".csv",)}


def run_corpus(args) -> int:
    from pilkada.errors import UsageError
    from pilkada.cli.common import parse_date_option
    from pilkada.warehouse.corpus import export_corpus
    from pilkada.warehouse.queries import resolve_outlet

    misplaced = [name for name in TIMELINE_ONLY if getattr(args, name, None)]
    if misplaced:
        option = {"date_from": "from", "date_to": "to"}.get(misplaced[0], misplaced[0])
        raise UsageError(f"--{option} is for export timeline; export corpus takes --since, --until and --outlet")
    out = Path(args.out)
    fmt = args.format or next((f for f, suffixes in SUFFIXES.items() if out.suffix.lower() in suffixes), None)
    if fmt is None:
        raise UsageError(f"give --format parquet, jsonl or csv (cannot tell from --out {out})")
    if args.out == "-" or out.is_dir():
        raise UsageError(f"--out {args.out} should be a file such as corpus.{fmt}")
    if not out.parent.exists():
        raise UsageError(f"cannot write {out}: directory {out.parent} does not exist")
    since, until = parse_date_option(args.since, "--since"), parse_date_option(args.until, "--until")
    con = open_reader(args.db, args.snapshot)
    try:
        outlets = [resolve_outlet(con, name) for name in args.outlet]
        count = export_corpus(con, out, fmt, since, until, outlets)
    finally:
        con.close()
    print(f"wrote {count} articles with their extractions to {out} ({fmt})", file=sys.stderr)
    return 0
