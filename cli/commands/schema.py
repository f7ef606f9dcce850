"""`pilkada schema`: print the warehouse's tables, views and columns with their comments."""

from __future__ import annotations

import sys

NAME = "schema"
HELP = "describe the warehouse schema from its comments (--markdown writes docs/schema.md's content)"


def add_arguments(parser) -> None:
    parser.add_argument("--db", help="describe this warehouse file; without it, the schema this pilkada creates")
    parser.add_argument("--markdown", action="store_true",
                        help="Markdown with the named queries, as in docs/schema.md "
                             "(pilkada schema --markdown > docs/schema.md)")


def shipped_schema():
    """An in-memory warehouse at the current schema: what docs/schema.md describes."""
    from pilkada import warehouse as wh

    return wh.connect(":memory:")


def run(args) -> int:
    from pilkada.warehouse import schemadoc

    if args.db:
        from pilkada.cli.common import open_reader

        con = open_reader(args.db)
    else:
        con = shipped_schema()
    try:
        sys.stdout.write(schemadoc.markdown(con) if args.markdown else schemadoc.text(con))
    finally:
        con.close()
    return 0
