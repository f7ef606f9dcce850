"""`pilkada clean PAGE.html`: the article a crawl would store from a saved page, as JSON."""

from __future__ import annotations

import json
import sys

from pilkada.cli.common import clean_page
from pilkada.errors import UsageError

NAME = "clean"
HELP = "clean one saved page as a crawl would: title, publication date, article text and what was dropped"


def add_arguments(parser) -> None:
    parser.add_argument("path", help="saved page (.html), or - for stdin")
    parser.add_argument("--url", help="the page's URL (picks the outlet whose declaration covers it)")
    parser.add_argument("--outlet", metavar="NAME", help="outlet whose cleanup rules apply (default: from --url)")
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations (*.toml)")


def run(args) -> int:
    from pilkada.cli.common import read_input

    if args.url and not args.url.startswith(("http://", "https://")):
        raise UsageError(f"--url must be an http(s) URL, not {args.url!r}")
    text, is_html = read_input(args.path)
    if not is_html and "<" not in text[:4096]:
        raise UsageError(f"{args.path} is not an HTML page; `pilkada extract` reads plain text")
    article = clean_page(text, args.url, args.outlet, args.outlets)
    if not article.text.strip():
        raise UsageError(f"{args.path} holds no article text")
    out = {
        "title": article.title,
        "published": article.published,
        "date_source": article.date_source,
        "author": article.author,
        "language": article.language,
        "canonical_url": article.canonical_url,
        "pages": article.pages,
        "word_count": article.word_count,
        "text": article.text,
        "dropped": article.dropped_lines,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
