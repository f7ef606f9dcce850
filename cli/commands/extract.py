"""`pilkada extract PATH`: one article in, the extraction JSON of docs/extraction-spec.md out."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from pilkada.cli.main import UsageError

NAME = "extract"
HELP = "extract officials, regencies, dates and regulations from one article (.txt, .html or - for stdin)"


def add_arguments(parser) -> None:
    parser.add_argument("path", nargs="?", help="plain-text article (.txt), saved page (.html), or - for stdin")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (completes dates written without a year)")
    parser.add_argument("--outlet", help="outlet whose cleanup rules apply to an .html page")
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations (*.toml)")
    parser.add_argument("--all", action="store_true", help="re-extract every stored article into the warehouse")
    parser.add_argument("--db", help="warehouse for --all (default ./pilkada.duckdb or $PILKADA_WAREHOUSE)")
    parser.add_argument("--offsets", action="store_true", help="include character offsets and sentences")
    add_ner_backend_argument(parser)


NER_BACKEND_HELP = ("statistical NER beside the rules: none (default, or $PILKADA_NER), auto (the shipped spaCy model "
                    "when installed), spacy, stanza")


def add_ner_backend_argument(parser, also: str = "") -> None:
    parser.add_argument("--ner-backend", choices=("auto", "none", "spacy", "stanza"), default=None,
                        help=NER_BACKEND_HELP + also)


def chosen_ner_backend(choice: str | None) -> str | None:
    """The backend `--ner-backend` (or $PILKADA_NER) asks for; a model asked for by name must be installed."""
    from pilkada.extract.pipeline import default_ner_backend

    backend = default_ner_backend(choice)
    if backend and choice not in (None, "auto"):
        from pilkada.extract.ner import ner_available

        if not ner_available(backend):
            raise UsageError(f"the {backend} NER model or its library is not installed (see docs/ner.md)")
    return backend


def parse_date(value: str | None, flag: str = "--published") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag} must be a date written YYYY-MM-DD, not {value!r}") from None


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


def run(args) -> int:
    if args.all:
        from pilkada.cli.commands import reextract as reextract_command

        parser = argparse.ArgumentParser(prog="pilkada extract --all")
        reextract_command.add_arguments(parser)
        argv = (["--db", args.db] if args.db else []) + (["--outlet", args.outlet] if args.outlet else [])
        argv += ["--outlets", args.outlets] if args.outlets else []
        return reextract_command.run(parser.parse_args(argv))
    if not args.path:
        raise UsageError("give an article PATH (or - for stdin), or --all")
    published = parse_date(args.published)
    text, is_html = read_input(args.path)
    if is_html:
        from pilkada.cli.commands.clean import clean_page

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
    result = extract_text(text, published, chosen_ner_backend(args.ner_backend))
    out = result if args.offsets else strip_item_offsets(result)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
