"""`pilkada eval-clean [DIR]`: how many real saved pages pilkada's cleaner gets right, beside plain trafilatura.

The corpus is `DIR/<outlet>/<slug>.html` with `<slug>.json` beside it:
{"source", "url", "outlet", "title", "published": "YYYY-MM-DD", "first_sentence", "last_sentence",
 "boilerplate": [strings that must not survive], "pages": 1}.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pilkada.errors import UsageError

NAME = "eval-clean"
HELP = "score the cleaner on a corpus of real saved pages (tests/realpages), beside plain trafilatura"
DEFAULT_DIR = "tests/realpages"
FIELDS = ("title", "date", "body start", "body end", "boilerplate-free", "lead kept")
REQUIRED_KEYS = ("url", "outlet", "title", "published", "first_sentence", "last_sentence", "boilerplate")


def add_arguments(parser) -> None:
    parser.add_argument("directory", nargs="?", default=DEFAULT_DIR, metavar="DIR",
                        help=f"corpus of saved pages, <outlet>/<slug>.html + .json (default {DEFAULT_DIR})")
    parser.add_argument("--failures", action="store_true", help="list the pages each cleaner gets wrong, per field")
    parser.add_argument("--json", action="store_true", help="print the counts and failures as JSON")
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations whose rules apply")


@dataclass
class CorpusPage:
    path: Path
    expected: dict

    @property
    def name(self) -> str:
        return f"{self.path.parent.name}/{self.path.stem}"

    def html(self) -> str:
        raw = self.path.read_bytes()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")


def load_corpus(directory: str | Path) -> list[CorpusPage]:
    root = Path(directory)
    if not root.is_dir():
        raise UsageError(f"no corpus directory {root}")
    pages = []
    for html_path in sorted(root.glob("*/*.html")):
        meta_path = html_path.with_suffix(".json")
        if not meta_path.exists():
            raise UsageError(f"{html_path} has no {meta_path.name} beside it")
        try:
            expected = json.loads(meta_path.read_text(encoding="utf-8"))
        except ValueError as err:
            raise UsageError(f"{meta_path}: not valid JSON ({err})") from None
        missing = [key for key in REQUIRED_KEYS if key not in expected]
        if missing:
            raise UsageError(f"{meta_path}: missing {', '.join(missing)}")
        pages.append(CorpusPage(html_path, expected))
    if not pages:
        raise UsageError(f"no saved pages (<outlet>/<slug>.html) under {root}")
    return pages


def normalise(text: str | None) -> str:
    """Compare text as a reader would: Unicode-normalised, quotes and dashes unified, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[“”„‟″]", '"', text)
    text = re.sub(r"[‘’‚‛′`]", "'", text)
    text = re.sub(r"[‐‑‒–—―]", "-", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def title_right(found: str | None, expected: str) -> bool:
    found, expected = normalise(found), normalise(expected)
    return bool(found) and found == expected


def score(expected: dict, title: str | None, published: str | None, text: str) -> dict[str, bool]:
    """Which fields one cleaner got right on one page."""
    body = normalise(text)
    first, last = normalise(expected["first_sentence"]), normalise(expected["last_sentence"])
    return {
        "title": title_right(title, expected["title"]),
        "date": (published or "")[:10] == expected["published"],
        "body start": bool(first) and body.startswith(first),
        "body end": bool(last) and body.endswith(last),
        "boilerplate-free": not any(normalise(b) in body for b in expected["boilerplate"] if normalise(b)),
        "lead kept": bool(first) and first in body,
    }


def pilkada_result(page: CorpusPage, outlets_dir: str | None = None) -> tuple[str | None, str | None, str]:
    """What a crawl would store: the outlet's declared rules when it has a declaration, the common ones otherwise."""
    from pilkada.cli.common import clean_page

    outlet = _declared(page.expected.get("outlet"), outlets_dir)
    article = clean_page(page.html(), page.expected.get("url"), outlet, outlets_dir)
    return article.title, article.published, article.text


def trafilatura_result(page: CorpusPage) -> tuple[str | None, str | None, str]:
    """Plain trafilatura as its documentation shows it: extract() with its defaults and metadata."""
    import trafilatura

    raw = trafilatura.extract(page.html(), url=page.expected.get("url"), output_format="json", with_metadata=True)
    data = json.loads(raw) if raw else {}
    return data.get("title"), data.get("date"), data.get("text") or ""


def _declared(outlet: str | None, outlets_dir: str | None) -> str | None:
    from pilkada.cli.config import resolve_paths
    from pilkada.crawler.declarations import load_outlets

    return outlet if outlet and outlet in load_outlets(resolve_paths(None, outlets_dir).outlets_dir) else None


def evaluate(directory: str | Path, outlets_dir: str | None = None) -> dict:
    from pilkada.cli.common import silence_libraries

    silence_libraries()
    pages = load_corpus(directory)
    cleaners = {"pilkada": lambda page: pilkada_result(page, outlets_dir), "trafilatura": trafilatura_result}
    counts = {name: dict.fromkeys(FIELDS, 0) for name in cleaners}
    failures: dict[str, dict[str, list[str]]] = {name: {f: [] for f in FIELDS} for name in cleaners}
    for page in pages:
        for name, clean in cleaners.items():
            for field, right in score(page.expected, *clean(page)).items():
                if right:
                    counts[name][field] += 1
                else:
                    failures[name][field].append(page.name)
    outlets = sorted({page.expected["outlet"] for page in pages})
    return {"pages": len(pages), "outlets": len(outlets), "counts": counts, "failures": failures}


def run(args) -> int:
    result = evaluate(args.directory, args.outlets)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{result['pages']} saved pages from {result['outlets']} outlets in {args.directory}")
    print(f"{'field':<18} {'pilkada':>8} {'trafilatura':>12}")
    for field in FIELDS:
        print(f"{field:<18} {result['counts']['pilkada'][field]:>8} {result['counts']['trafilatura'][field]:>12}")
    if args.failures:
        for name in ("pilkada", "trafilatura"):
            for field in FIELDS:
                if result["failures"][name][field]:
                    print(f"{name} wrong on {field}: {', '.join(result['failures'][name][field])}")
    return 0
