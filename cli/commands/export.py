"""`pilkada export timeline`: one regency's, official's or regulation's dated events as a CSV for a newsroom."""

from __future__ import annotations

import sys
from pathlib import Path

from pilkada.cli.common import (TIMELINE_QUERIES, add_reader_arguments, export_timeline, open_reader,
                                write_atomically)
from pilkada.warehouse.values import csv_text

NAME = "export"
HELP = ("export a timeline (one row per dated event sentence, sorted by date) as CSV: --regency, --official or "
        "--regulation; or the whole corpus: export corpus --format parquet|jsonl|csv")


def add_arguments(parser) -> None:
    parser.add_argument("what", choices=["timeline", "corpus"], help="what to export (timeline or corpus)")
    subject = parser.add_mutually_exclusive_group()
    subject.add_argument("--regency", help="regency code or name: 35.17, Jombang, 'Kota Malang', Gumas")
    subject.add_argument("--official", help="official's name as articles write it: 'Teguh Narutomo'; when the name "
                                            "fits several people, the person id the error lists")
    subject.add_argument("--regulation", help="regulation label: 'UU 10/2016', 'PKPU 2/2024'")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first event date to include")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last event date to include")
    parser.add_argument("--out", "-o", required=True, help="CSV file to write (- for standard output)")
    parser.add_argument("--excel", action="store_true",
                        help="for Excel in an Indonesian (or other comma-decimal) locale: semicolon-separated, "
                             "a UTF-8 byte order mark, CRLF line ends")
    corpus = parser.add_argument_group("export corpus: every article with its extractions")
    corpus.add_argument("--format", choices=["parquet", "jsonl", "csv"],
                        help="parquet and jsonl keep extractions as nested lists, csv joins them with '; '")
    corpus.add_argument("--since", metavar="YYYY-MM-DD", help="first article date to include")
    corpus.add_argument("--until", metavar="YYYY-MM-DD", help="last article date to include")
    corpus.add_argument("--outlet", action="append", default=[], help="only this outlet (repeatable)")
    add_reader_arguments(parser)
    parser.set_defaults(export_parser=parser)


def run(args) -> int:
    from pilkada.errors import UsageError

    if args.what == "corpus":
        from pilkada.cli.export_corpus import run_corpus

        return run_corpus(args)
    if not any(getattr(args, name) for name in TIMELINE_QUERIES):
        args.export_parser.error("export timeline needs one of --regency, --official or --regulation")
    if args.format or args.since or args.until or args.outlet:
        args.export_parser.error("--format, --since, --until and --outlet are for export corpus")
    subject = next(name for name in TIMELINE_QUERIES if getattr(args, name))
    value = getattr(args, subject)
    con = open_reader(args.db, args.snapshot)
    try:
        result = export_timeline(con, subject, value, args.date_from, args.date_to)
    finally:
        con.close()
    text = csv_text(result.columns, result.rows, args.excel)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        out = Path(args.out)
        if out.is_dir():
            raise UsageError(f"--out {out} is a directory; give a file name such as {out}/timeline.csv")
        if not out.parent.exists():
            raise UsageError(f"cannot write {out}: directory {out.parent} does not exist")
        write_atomically(out, text)
    resolved = result.params.get(subject)
    if not result.rows:
        print(f"no dated events for {subject} {resolved!r} in that period; wrote the header only", file=sys.stderr)
    else:
        print(f"wrote {len(result.rows)} events for {subject} {resolved!r} to {args.out}", file=sys.stderr)
    return 0
