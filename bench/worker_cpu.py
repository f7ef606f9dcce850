"""A crawl worker's CPU per page, by component, and whether a long-lived worker gets dearer as it goes.

    .venv/bin/python bench/worker_cpu.py [--articles 1000] [--windows 0]

Renders N pages of the bench's WordPress site (bench/wpsite.py's articles, in memory, no server) and runs, in this
process, what a crawl's worker runs: `clean_lines` over them in spool batches of 25, then the sentences, pilkada's
tokens, each pipeline step and `record` over all the cleaned texts, one stage at a time; prints ms of CPU per page of each.
`--windows K` instead runs `prepare` (clean + extract) over the pages in batches of 25 as one long-lived worker does
and prints, every K pages, the CPU per page, the garbage collector's share, the objects it tracks and the RSS.

Process CPU time, not wall time; on a shared machine compare runs taken one after the other.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import logging
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def spooled_lines(n: int) -> list[dict]:
    from corpus import Generator, render
    from wpsite import OUTLET, START

    articles = [dataclasses.replace(a, outlet=OUTLET) for a in Generator().articles(n, start=START)]
    return [{"kind": "page", "outlet": OUTLET, "url": p.url, "canonical_url": p.url, "fetched_at": p.fetched_at,
             "http_status": 200, "content_type": "text/html", "content_hash": p.content_hash, "body": p.html,
             "run_id": 1} for p in render(articles, root="http://127.0.0.1:1")]


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return int(status.read().split("VmRSS:")[1].split()[0])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--windows", type=int, default=0, help="report a long-lived worker every K pages")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    lines = spooled_lines(args.articles)

    from pilkada.crawler.declarations import load_outlets
    from pilkada.extract.pipeline import article_text, build_pipeline, extract_records, record
    from pilkada.ingest import prepare
    from pilkada.ingest.loader import clean_lines

    outlets = load_outlets(None, "http://127.0.0.1:1")
    pipeline = build_pipeline()
    list(extract_records([("Bupati Jombang Warsubi hadir pada 3 Desember 2024 di Kabupaten Kediri.", None)]))
    cpu = time.process_time
    if args.windows:
        collector = {"cpu": 0.0, "full": 0}
        started = {}

        def timed(phase, info):
            if phase == "start":
                started["at"] = cpu()
            else:
                collector["cpu"] += cpu() - started["at"]
                collector["full"] += info["generation"] == 2

        gc.callbacks.append(timed)
        window_start, collector_before, last_done = cpu(), 0.0, 0
        for start in range(0, len(lines), 25):
            prepare(lines[start:start + 25], outlets)
            done = start + 25
            if done % args.windows == 0 or done >= len(lines):
                now, pages = cpu(), min(done, len(lines)) - last_done
                print(f"{min(done, len(lines)):7d} pages: {1000 * (now - window_start) / pages:6.2f} ms/page, collector "
                      f"{1000 * (collector['cpu'] - collector_before) / pages:.3f} ms/page ({collector['full']} full so "
                      f"far), {len(gc.get_objects())} objects tracked, RSS {rss_kb() // 1024} MB, "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)
                window_start, collector_before, last_done = now, collector["cpu"], min(done, len(lines))
        return 0

    spent: dict[str, float] = {}
    t = cpu()
    articles = [a for start in range(0, len(lines), 25) for a in clean_lines(lines[start:start + 25], outlets)["articles"]]
    spent["clean_lines"] = cpu() - t
    docs = [article_text(article["text"], None) for article in articles]  # as extract_records builds them
    t = cpu()
    for doc in docs:
        doc.sentences  # noqa: B018  (computed once, kept for record)
    spent["sentences"] = cpu() - t
    t = cpu()
    for doc in docs:
        doc.word_tokens  # noqa: B018  (pilkada's tokens, computed once for officials and places)
    spent["tokens"] = cpu() - t
    for name, step in pipeline.steps:
        t = cpu()
        for doc in docs:
            step(doc)
        spent[name] = cpu() - t
    t = cpu()
    for doc in docs:
        record(doc)
    spent["record"] = cpu() - t
    print(f"{len(lines)} pages, CPU ms per page (load average {os.getloadavg()[0]:.2f})")
    for name, seconds in spent.items():
        print(f"  {name:<28} {1000 * seconds / len(lines):6.3f}")
    print(f"  {'all':<28} {1000 * sum(spent.values()) / len(lines):6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
