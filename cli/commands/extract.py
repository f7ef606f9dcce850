"""`pilkada extract PATH`: one article in, the extraction JSON of docs/extraction-spec.md out."""

from __future__ import annotations

import datetime as dt
import json
import sys

from pilkada.cli.common import add_db_argument, add_ner_backend_argument, chosen_ner_backend, read_input
from pilkada.errors import UsageError

NAME = "extract"
HELP = "extract officials, regencies, dates and regulations from one article (.txt, .html or - for stdin)"


def add_arguments(parser) -> None:
    parser.add_argument("path", nargs="?", help="plain-text article (.txt), saved page (.html), or - for stdin")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (completes dates written without a year)")
    parser.add_argument("--outlet", help="outlet whose cleanup rules apply to an .html page")
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations (*.toml)")
    parser.add_argument("--all", action="store_true", help="re-extract every stored article into the warehouse")
    add_db_argument(parser, "warehouse for --all")
    parser.add_argument("--offsets", action="store_true", help="include character offsets and sentences")
    add_ner_backend_argument(parser)




def parse_date(value: str | None, flag: str = "--published") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag} must be a date written YYYY-MM-DD, not {value!r}") from None


def run(args) -> int:
    if args.all:
        from pilkada.cli.main import build_parser  # --all is `pilkada reextract`, dispatched as such

        argv = (["--db", args.db] if args.db else []) + (["--outlet", args.outlet] if args.outlet else [])
        argv += ["--outlets", args.outlets] if args.outlets else []
        reextract = build_parser().parse_args(["reextract", *argv])
        return reextract.run(reextract)
    if not args.path:
        raise UsageError("give an article PATH (or - for stdin), or --all")
    published = parse_date(args.published)
    text, is_html = read_input(args.path)
    if is_html:
        from pilkada.cli.common import clean_page

        article = clean_page(text, None, args.outlet, args.outlets)
        if not article.text.strip():
            raise UsageError(f"{args.path} holds no article text")
        text = article.text if not article.title else article.title + "\n\n" + article.text
        if published is None and article.published:
            published = dt.date.fromisoformat(article.published[:10])
    from pilkada.extract.clean import clean_text
    from pilkada.extract.pipeline import MAX_CHARS, extract_text, strip_item_offsets

    if not is_html:
        text = clean_text(text)
        if not text:
            raise UsageError(f"{args.path} holds only boilerplate, no article text")

    if len(text) > MAX_CHARS:
        print(f"pilkada: text has {len(text)} characters; only the first {MAX_CHARS} are read", file=sys.stderr)
    from pilkada.ingest.config import ner_model_path

    result = extract_text(text, published, chosen_ner_backend(args.ner_backend), ner_model_path())
    out = result if args.offsets else strip_item_offsets(result)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
