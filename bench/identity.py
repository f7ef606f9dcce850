"""The cleaner's and the extractor's whole output on a fixed set of inputs, to prove a speed change changes nothing.

    .venv/bin/python bench/identity.py --write BEFORE.jsonl [--pages 2000]   # before the change
    .venv/bin/python bench/identity.py --check BEFORE.jsonl [--pages 2000]   # after it: exit 1 on any difference
    ... [--html-dir DIR]   # also every saved page under DIR (e.g. trafilatura's tests/eval, fetched), cleaned two ways

Inputs: every gold article (tests/gold, the text `pilkada eval` reads, full records with offsets and sentences);
the first N pages of the bench's seeded corpus (bench/corpus.py, the five bundled outlets' templates) through
`ingest.prepare` in batches of 25 spooled lines, as a crawl's workers run it (pages, cleaned articles with their
records, failures); and every saved real page (tests/realpages*), cleaned with its outlet's rules as a crawl
would, then extracted. One JSON line per item, keys sorted; prints a sha256 per section.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def _line(section: str, name: str, value) -> str:
    return json.dumps({"section": section, "name": name, "value": value}, sort_keys=True, ensure_ascii=False)


def gold_lines():
    """Each gold article as `pilkada eval` reads it (cli/commands/eval.py, load_gold and evaluate)."""
    import datetime as dt

    from pilkada.extract.clean import clean_text
    from pilkada.extract.pipeline import extract_records
    from pilkada.sites.articles import load_article

    gold_dir = ROOT / "tests" / "gold"
    items = []
    for file in sorted(gold_dir.rglob("*.json")):
        gold = json.loads(file.read_text(encoding="utf-8"))
        article = load_article((file.parent / gold["source"]).resolve(), require_published=False)
        published = article.published.date() if article.published else None
        if gold.get("published"):
            published = dt.date.fromisoformat(gold["published"])
        items.append((str(file.relative_to(gold_dir).with_suffix("")), clean_text(article.text), published))
    for (name, _, _), record in zip(items, extract_records((text, published) for _, text, published in items)):
        yield _line("gold", name, record)


def corpus_lines(n: int):
    from corpus import Generator, render

    from pilkada.crawler.declarations import load_outlets
    from pilkada.ingest import prepare

    outlets = load_outlets(None)
    pages = render(Generator().articles(n))
    lines = [{"kind": "page", "outlet": p.outlet, "url": p.url, "canonical_url": p.url, "fetched_at": p.fetched_at,
              "http_status": 200, "content_type": "text/html", "content_hash": p.content_hash, "body": p.html,
              "run_id": 1} for p in pages]
    for start in range(0, len(lines), 25):
        batch = prepare(lines[start:start + 25], outlets)
        for page in batch["pages"]:
            page = dict(page)
            page["html"] = hashlib.sha256(page["html"].encode("utf-8")).hexdigest()
            yield _line("corpus.page", page["url"], page)
        for article in batch["articles"]:
            yield _line("corpus.article", article["canonical_url"], article)
        for failure in batch["failures"]:
            yield _line("corpus.failure", failure["url"], failure)


def realpage_lines():
    """Each saved real page cleaned as a crawl would (its outlet's rules when declared, as `pilkada eval-clean`)."""
    from pilkada.crawler.declarations import load_outlets
    from pilkada.extract import clean_html
    from pilkada.extract.pipeline import extract_text
    from pilkada.ingest import published_day

    from saved_pages import saved_pages

    outlets = load_outlets(None)
    for path, expected, html in saved_pages():
        outlet = outlets.get(expected.get("outlet"))
        article = clean_html(html, expected.get("url"), **(outlet.cleanup_rules() if outlet else {}))
        name = str(path.relative_to(ROOT))
        yield _line("realpages.clean", name, asdict(article))
        title = (article.title or "").strip()
        text = f"{title}\n\n{article.text}" if title else article.text
        yield _line("realpages.extract", name, extract_text(text, published_day(article.published)))


def html_dir_lines(directory: Path):
    """Every saved page (*.html, *.htm) under `directory`, pages nobody here wrote (trafilatura's evaluation set, say):
    cleaned whole, as a page of an undeclared outlet is, and with `[selectors] article` set to `article`, the path of a
    declared article element. Read as UTF-8, what cannot be decoded replaced."""
    from pilkada.extract import clean_html

    for path in sorted(p for p in directory.rglob("*") if p.suffix in (".html", ".htm") and p.is_file()):
        html = path.read_bytes().decode("utf-8", errors="replace")
        name = str(path.relative_to(directory))
        yield _line("htmldir.clean", name, asdict(clean_html(html, "https://example.org/article")))
        yield _line("htmldir.article", name,
                    asdict(clean_html(html, "https://example.org/article", selectors={"article": "article"})))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", help="write the output here")
    mode.add_argument("--check", help="compare with the output written here before; exit 1 on any difference")
    parser.add_argument("--pages", type=int, default=2000, help="pages of the bench corpus (default 2000)")
    parser.add_argument("--html-dir", type=Path, help="also clean every saved page under this directory")
    args = parser.parse_args(argv)
    if args.html_dir is not None and not args.html_dir.is_dir():
        parser.error(f"--html-dir {args.html_dir}: no such directory")
    import logging

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    produced = [*gold_lines(), *corpus_lines(args.pages), *realpage_lines(),
                *(html_dir_lines(args.html_dir) if args.html_dir else ())]
    digests: dict[str, hashlib._Hash] = {}
    counts: dict[str, int] = {}
    for line in produced:
        section = json.loads(line)["section"]
        digests.setdefault(section, hashlib.sha256()).update(line.encode("utf-8") + b"\n")
        counts[section] = counts.get(section, 0) + 1
    for section in sorted(digests):
        print(f"{section:<20} {counts[section]:6d} items  sha256 {digests[section].hexdigest()[:16]}")
    if args.write:
        Path(args.write).write_text("\n".join(produced) + "\n", encoding="utf-8")
        return 0
    before = Path(args.check).read_text(encoding="utf-8").splitlines()
    if before == produced:
        print(f"identical: {len(produced)} items, byte for byte")
        return 0
    differing = [(a, b) for a, b in zip(before, produced) if a != b]
    print(f"DIFFERENT: {len(before)} items before, {len(produced)} now, {len(differing)} differ")
    for a, b in differing[:5]:
        old, new = json.loads(a), json.loads(b)
        print(f"  {old['section']} {old['name']}")
        for key in sorted(set(old["value"]) | set(new["value"])) if isinstance(old["value"], dict) else ():
            if old["value"].get(key) != new["value"].get(key):
                print(f"    {key}: {json.dumps(old['value'].get(key), ensure_ascii=False)[:300]}")
                print(f"    {'':<{len(key)}}  -> {json.dumps(new['value'].get(key), ensure_ascii=False)[:300]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
