"""CPU per page on real outlets' saved pages (tests/realpages), beside the bench's synthetic ones: where the time goes
when the HTML is the web's, not the bundled sites'.

    .venv/bin/python bench/realpages_cpu.py [--rounds 3] [--bench-pages 300]

For each of the two page sets: pilkada's cleaning (`clean_html` with the outlet's rules, as a crawl's worker runs
it), pilkada's extraction of the cleaned texts (`extract_records`), and the naive pipeline's one call
(`trafilatura.bare_extraction(html, url=..., with_metadata=True)`, bench/naive/pipeline.py), in ms of CPU per page,
with the mean HTML size. Process CPU time in this one process; compare figures taken in the same run.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def real_pages() -> list[tuple[str, str | None, dict]]:
    """(html, url, cleaning rules) of every saved real page (`<outlet>/<slug>.html` beside its `.json`), with its
    outlet's rules where it has a declaration."""
    from pilkada.cli.common import outlet_rules
    from pilkada.crawler.declarations import load_outlets

    from saved_pages import saved_pages

    declared = load_outlets(None)
    pages = []
    for _, expected, html in saved_pages("tests/realpages/*/*.html"):
        outlet, url = expected.get("outlet"), expected.get("url")
        pages.append((html, url, outlet_rules(outlet, url, None) if outlet in declared else {}))
    return pages


def bench_pages(n: int) -> list[tuple[str, str | None, dict]]:
    from corpus import Generator, render
    from wpsite import OUTLET, START

    from pilkada.cli.common import outlet_rules

    articles = [dataclasses.replace(a, outlet=OUTLET) for a in Generator().articles(n, start=START)]
    return [(p.html, p.url, outlet_rules(OUTLET, p.url, None)) for p in render(articles, root="http://127.0.0.1:1")]


def per_page_ms(work, items, rounds: int) -> float:
    started = time.process_time()
    for _ in range(rounds):
        for item in items:
            work(item)
    return round(1000 * (time.process_time() - started) / (rounds * len(items)), 2)


def measure(name: str, pages, rounds: int) -> dict:
    import trafilatura

    from pilkada.extract import clean_html
    from pilkada.extract.pipeline import extract_records

    texts = [clean_html(html, url, **rules).text for html, url, rules in pages]  # (also the warm-up)
    list(extract_records([(text, None) for text in texts[:2]]))
    return {
        "pages": name, "n": len(pages),
        "mean_html_kb": round(sum(len(html.encode("utf-8")) for html, _, _ in pages) / len(pages) / 1024, 1),
        "pilkada_clean_ms": per_page_ms(lambda page: clean_html(page[0], page[1], **page[2]), pages, rounds),
        "pilkada_extract_ms": per_page_ms(lambda text: list(extract_records([(text, None)])), texts, rounds),
        "naive_trafilatura_ms": per_page_ms(
            lambda page: trafilatura.bare_extraction(page[0], url=page[1], with_metadata=True), pages, rounds),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bench-pages", type=int, default=300)
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    from pilkada.extract.pipeline import build_pipeline

    build_pipeline()
    for row in (measure("real (tests/realpages)", real_pages(), args.rounds),
                measure("bench (bench/wpsite.py)", bench_pages(args.bench_pages), args.rounds)):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
