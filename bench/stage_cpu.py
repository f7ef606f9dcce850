"""CPU per page of each stage of the crawl's path, measured one stage at a time (process CPU time, not wall).

    .venv/bin/python bench/stage_cpu.py [--articles 400] [--profile STAGE] [--keep DIR]

Serves the bench's WordPress site (bench/wpsite.py) of N articles, crawls it with Scrapy alone
(bench/crawl_fetch.py: `pilkada crawl`'s own Scrapy run, pages left in the spool) and takes the
CPU time of that process, then runs each later stage over the spooled pages in this process:
spool read, cleaning (`clean_html`), extraction (`extract_records`), the workers' HTML
compression, and loading (`load_batch` into a fresh warehouse as the crawl's writer loads: its batches of 25
pages merged as many a transaction, the persons derived at the end, the close), plus the
spool write and the pickling of a prepared batch (the workers' hand-over). Prints ms of CPU per
page for each; `--profile clean|extract|load` prints the cProfile of that stage too.

CPU time, not wall time: on a shared machine wall figures depend on the neighbours; CPU time of
one process much less (cache and frequency still do: repeat and compare within one run).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def cpu() -> float:
    return time.process_time()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--profile", choices=("clean", "extract", "load", "scrapy"), action="append", default=[])
    parser.add_argument("--keep", help="keep the crawl's spool and warehouse here")
    parser.add_argument("--repeat", type=int, default=1, help="run clean and extract this many times, keep the least")
    args = parser.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pilkada-stagecpu-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    try:
        spool = work / "crawl.duckdb.spool"
        from pilkada.ingest.spool import pending_batches

        if not (args.keep and pending_batches(spool)):
            server = subprocess.Popen([sys.executable, str(HERE / "wpsite.py"), "--articles", str(args.articles)],
                                      stdout=subprocess.PIPE, text=True)
            try:
                url = server.stdout.readline().strip()
                before = children_cpu()
                cmd = [sys.executable]
                if "scrapy" in args.profile:
                    cmd += ["-m", "cProfile", "-o", str(work / "scrapy.prof")]
                cmd += [str(HERE / "crawl_fetch.py"), "--sites", url, "--outlet", "dayaknews", "--delay", "0",
                        "--quiet", "--db", str(work / "crawl.duckdb")]
                out = subprocess.run(cmd, capture_output=True, text=True, check=True)
                scrapy_cpu = children_cpu() - before
                fetched = json.loads(out.stdout.strip().splitlines()[-1])
            finally:
                server.kill()
                server.wait()
            # a bare interpreter with pilkada.crawler imported, to subtract start-up from the Scrapy process
            before = children_cpu()
            subprocess.run([sys.executable, "-c", "import pilkada.crawler.crawl, scrapy.crawler"], check=True)
            startup_cpu = children_cpu() - before
            results["scrapy"] = {"pages": fetched["pages"], "cpu_s": scrapy_cpu, "startup_cpu_s": startup_cpu,
                                 "fetch_seconds": fetched["fetch_seconds"]}
        from pilkada import warehouse as wh
        from pilkada.crawler.declarations import load_outlets
        from pilkada.ingest import prepare
        from pilkada.ingest.spool import read_batch, write_batch
        from pilkada.extract import clean_html
        from pilkada.extract.pipeline import build_pipeline, extract_records
        from pilkada.warehouse.values import compress_html

        outlets = load_outlets(None, "http://127.0.0.1:1")
        build_pipeline()
        list(extract_records([("Bupati Jombang Warsubi hadir pada 3 Desember 2024 di Kabupaten Kediri.", None)]))

        t = cpu()
        batches = [read_batch(p) for p in pending_batches(spool)]
        read_s = cpu() - t
        lines = [line for b in batches for line in b]
        pages = [line for line in lines if line.get("kind", "page") == "page"]
        n = len(pages)
        results["spool_read"] = read_s
        scratch = work / "scratch-spool"
        t = cpu()
        for b in batches:
            write_batch(scratch, "dayaknews", b)
        results["spool_write"] = cpu() - t
        shutil.rmtree(scratch, ignore_errors=True)

        rules = outlets["dayaknews"].cleanup_rules()
        clean_html(pages[0]["body"], pages[0]["url"], **rules)

        def run_clean():
            return [clean_html(p["body"], p["url"], **rules) for p in pages]

        def run_extract(texts):
            return list(extract_records(texts))

        best_clean = best_extract = None
        for _ in range(args.repeat):
            t = cpu()
            articles = run_clean()
            c = cpu() - t
            best_clean = c if best_clean is None else min(best_clean, c)
            texts = [(f"{a.title}\n\n{a.text}" if a.title else a.text, None) for a in articles]
            t = cpu()
            run_extract(texts)
            e = cpu() - t
            best_extract = e if best_extract is None else min(best_extract, e)
        results["clean"] = best_clean
        results["extract"] = best_extract

        # the whole worker task (what a loader worker runs per spooled batch) and its hand-over
        t = cpu()
        prepared = [prepare(b, outlets) for b in batches]
        results["prepare (clean+extract+rest)"] = cpu() - t
        t = cpu()
        for b in prepared:
            for page in b["pages"]:
                page["html_compressed"] = compress_html(page.pop("html"))
        results["compress_html"] = cpu() - t
        t = cpu()
        blobs = [pickle.dumps(b, protocol=pickle.HIGHEST_PROTOCOL) for b in prepared]
        restored = [pickle.loads(blob) for blob in blobs]
        results["pickle hand-over"] = cpu() - t

        # the crawl's writer: MERGE_BATCHES spooled batches a transaction, DuckDB on WRITER_THREADS, the persons
        # derived once at the end (every PERSONS_EVERY articles in a longer crawl), then the close's checkpoint
        from pilkada.ingest import loader
        from pilkada.warehouse.write import refresh_persons_of

        db = work / "load.duckdb"
        for leftover in (db, Path(f"{db}.wal")):
            leftover.unlink(missing_ok=True)
        con = wh.connect(db)
        try:
            con.execute(f"SET threads = {loader.WRITER_THREADS}")
            t = cpu()
            if "load" in args.profile:
                import cProfile

                prof = cProfile.Profile()
                prof.enable()
            for start in range(0, len(restored), loader.MERGE_BATCHES):
                group = restored[start:start + loader.MERGE_BATCHES]
                merged = {k: [i for b in group for i in b[k]] for k in ("pages", "articles", "failures", "skipped")}
                wh.load_batch(con, merged, derive_persons=False)
            results[f"load_batch ({loader.MERGE_BATCHES} batches a transaction)"] = cpu() - t
            t = cpu()
            con.execute("RESET threads")
            refresh_persons_of(con, [row[0] for row in con.execute("SELECT article_id FROM articles").fetchall()])
            con.close()
            con = None
            if "load" in args.profile:
                prof.disable()
                prof.dump_stats(str(work / "load.prof"))
            results["persons at the end + close (checkpoint)"] = cpu() - t
        finally:
            if con is not None:
                con.close()

        for name in ("clean", "extract"):
            if name in args.profile:
                import cProfile

                prof = cProfile.Profile()
                if name == "clean":
                    prof.runcall(run_clean)
                else:
                    prof.runcall(run_extract, texts)
                prof.dump_stats(str(work / f"{name}.prof"))

        print(f"pages: {n} (CPU ms per page; load average {os.getloadavg()[0]:.2f})")
        if "scrapy" in results:
            s = results["scrapy"]
            print(f"  {'scrapy process (crawl_fetch.py, whole)':<44} {1000 * s['cpu_s'] / s['pages']:7.2f}"
                  f"   (start-up of an interpreter importing it: {s['startup_cpu_s']:.2f} s;"
                  f" per page without it {1000 * (s['cpu_s'] - s['startup_cpu_s']) / s['pages']:.2f})")
        for key, value in results.items():
            if key != "scrapy":
                print(f"  {key:<44} {1000 * value / n:7.2f}")
        import pstats

        for name in args.profile:
            path = work / f"{name}.prof"
            if path.exists():
                print(f"\n--- cProfile {name} (tottime)")
                pstats.Stats(str(path)).sort_stats("tottime").print_stats(25)
                print(f"\n--- cProfile {name} (cumulative)")
                pstats.Stats(str(path)).sort_stats("cumulative").print_stats(30)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
