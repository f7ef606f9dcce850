"""`make bench`: how fast pilkada cleans, extracts, loads, crawls and answers, on this machine.

    .venv/bin/python bench/run.py [--quick] [--out bench/results/latest.json] [--keep DIR] [--profile]

Builds its own corpus offline and deterministically (bench/corpus.py: seeded recombinations of the
bundled article sources, rendered with the local outlet templates), then measures each stage
alone, the whole re-extraction as a subprocess (`pilkada reextract`) at two sizes with its peak
memory, the naive baseline, one worker against two, the crawl over the loopback sites with
extraction on and off, the cold start of `pilkada extract`, the CPU per page of cleaning and extraction on
the saved real pages beside the bench site's (bench/realpages_cpu.py: the web's pages weigh ten times the
bench's), and the named queries and the timeline export on 100,000 synthesised articles. First of all, what the
researcher waits for: `pilkada crawl` from start to every article queryable over the bench's WordPress site of 1,000
and 10,000 articles beside a naive pipeline (bench/naive/), at 1,000 as three alternated pairs of which the median
ratio is reported. Prints one table and writes it as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from proctree import TreeMemory  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

BIN = Path(sys.executable).parent
PILKADA = str(BIN / "pilkada")

FULL = {"big": 10_000, "small": 1_000, "workers_n": 2_000, "stage": 500, "naive": 200, "crawl": 500,
        "synthetic": 100_000, "site_small": 1_000, "site_small_pairs": 3, "site_big": 10_000,
        "naive_slice_seconds": 120}
QUICK = {"big": 2_000, "small": 300, "workers_n": 600, "stage": 150, "naive": 60, "crawl": 150,
         "synthetic": 100_000, "site_small": 1_000, "site_small_pairs": 1, "site_big": 3_000,
         "naive_slice_seconds": 45}

TARGETS = {
    "crawl_to_queryable_vs_naive_small": (">=", 5.0),
    "crawl_to_queryable_vs_naive_big": (">=", 5.0),
    "crawl_rss_big_vs_small": ("<=", 1.25),
    "end_to_end_vs_naive": (">=", 5.0),
    "end_to_end_vs_slowest_stage": (">=", 0.70),
    "workers_2_vs_1": (">=", 1.7),
    "rss_10k_vs_1k": ("<=", 1.25),
    "crawl_extraction_on_vs_off": (">=", 0.80),
    "extract_cold_start_seconds": ("<", 2.0),
    "slowest_query_seconds_100k": ("<", 1.0),
    "export_seconds_100k": ("<", 2.0),
}

# A fresh process per measured command: RUSAGE_CHILDREN then covers that command and its workers only.
_WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": r.returncode, "seconds": seconds, "max_rss_kb": ru.ru_maxrss,
                  "cpu_seconds": ru.ru_utime + ru.ru_stime, "stdout": r.stdout, "stderr": r.stderr[-3000:]}))
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def measured(argv: list[str], env: dict | None = None) -> dict:
    """Run argv in a fresh wrapper; wall seconds, peak RSS of the largest process, CPU seconds of all."""
    load = os.getloadavg()[0]
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *argv], capture_output=True, text=True,
                         env={**os.environ, **(env or {})}, check=True)
    result = json.loads(out.stdout)
    result["loadavg_before"] = round(load, 2)
    if result["rc"] != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {result['rc']}: {result['stderr']}")
    return result


# ---------------------------------------------------------------------------------------- environment


def machine() -> dict:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cores": len(os.sched_getaffinity(0)), "cpu": cpu, "memory_gb": round(memory, 1),
            "os": platform.platform(), "loadavg_start": [round(x, 2) for x in os.getloadavg()]}


def versions() -> dict:
    from importlib import metadata

    found = {"python": platform.python_version()}
    for name in ("pilkada", "spacy", "trafilatura", "duckdb", "scrapy", "lxml", "torch"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    from pilkada.extract import EXTRACTOR_VERSION

    found["extractor"] = EXTRACTOR_VERSION
    found["ner_backend"] = ner_backend() or "none (rules only)"
    try:
        found["git"] = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                      text=True).stdout.strip() + (" (dirty)" if subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain"], capture_output=True, text=True).stdout.strip() else "")
    except OSError:
        found["git"] = None
    return found


def ner_backend() -> str | None:
    """The NER backend the pipeline uses by default (what `prepare`, hence `pilkada reextract`, runs)."""
    from pilkada.ingest.config import ner_backend as configured_backend

    return configured_backend()


def rate(n: int, seconds: float) -> float:
    return round(n / seconds, 1) if seconds > 0 else 0.0


# ---------------------------------------------------------------------------------------- stages


def bench_stages(pages, small_db: Path, work: Path, profile: bool) -> tuple[dict, list]:
    """Each stage of the ingest step alone, in this process, over the same pages: clean, extract, load (the
    functions `pilkada.ingest.prepare` runs, so the bench measures the crawl's own code)."""
    from pilkada import warehouse as wh
    from pilkada.crawler.declarations import load_outlets
    from pilkada.extract.pipeline import build_pipeline, extract_records
    from pilkada.ingest import clean_lines, content_hash, extract_articles

    outlets = load_outlets(None)
    backend = {"ner_backend": ner_backend()} if ner_backend() else {}
    build_pipeline(**backend)
    list(extract_records([(p.source_text, None) for p in pages[:10]], **backend))  # warm the rule caches
    lines = [{"kind": "page", "outlet": p.outlet, "url": p.url, "canonical_url": p.url, "fetched_at": p.fetched_at,
              "http_status": 200, "content_hash": content_hash(p.html), "body": p.html} for p in pages]
    clean_lines(lines[:1], outlets)
    n = len(pages)

    started, cpu = time.perf_counter(), time.process_time()
    cleaned = clean_lines(lines, outlets)
    clean_s, clean_cpu = time.perf_counter() - started, time.process_time() - cpu
    articles = cleaned["articles"]
    words = sum(len(a["text"].split()) for a in articles)

    started, cpu = time.perf_counter(), time.process_time()
    extract_articles(articles, batch_size=64)
    extract_s, extract_cpu = time.perf_counter() - started, time.process_time() - cpu

    db = work / "stage_load.duckdb"
    shutil.copy(small_db, db)
    batches = [{"articles": articles[start:start + 100]} for start in range(0, len(articles), 100)]
    con = wh.connect(db)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        for batch in batches:
            wh.load_batch(con, batch)
        load_s, load_cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        con.close()

    profiles = []
    if profile:
        import cProfile
        import pstats

        for name, call in (("clean", lambda: clean_lines(lines[:100], outlets)),
                           ("extract", lambda: extract_articles([dict(a) for a in articles[:100]]))):
            prof = cProfile.Profile()
            prof.runcall(call)
            path = work / f"stage_{name}.prof"
            prof.dump_stats(path)
            stats = pstats.Stats(str(path))
            profiles.append((name, stats))

    def row(name, seconds, cpu_s, note):
        return {"stage": name, "n": n, "seconds": round(seconds, 3), "pages_per_second": rate(n, seconds),
                "words_per_second": rate(words, seconds), "cpu_seconds": round(cpu_s, 3), "note": note}

    return {
        "clean": row("HTML -> clean text (trafilatura, ingest.clean_lines)", clean_s, clean_cpu, "one process"),
        "extract": row("text -> extraction (ingest.extract_articles, Pipeline.pipe batch 64)", extract_s, extract_cpu,
                       "one process"),
        "load": row("results -> DuckDB (load_batch, 100 articles a transaction)", load_s, load_cpu,
                    "re-extraction path: extraction rows replaced"),
        "words": words,
    }, profiles


# ---------------------------------------------------------------------------------------- naive baseline


def bench_naive(db_src: Path, n: int, work: Path) -> dict:
    """One page at a time: SELECT it, clean it, one nlp(text) call, then one statement and one commit per row."""
    import duckdb

    from pilkada.crawler.declarations import load_outlets
    from pilkada.extract import EXTRACTOR_VERSION, clean_html
    from pilkada.extract.pipeline import build_pipeline, extract_text
    from pilkada.ingest import content_hash, published_day
    from pilkada.warehouse.events import refresh_events
    from pilkada.warehouse.values import decompress_html
    from pilkada.warehouse.write import EXTRACTION_COLUMNS, EXTRACTION_TABLES, extraction_rows

    db = work / "naive.duckdb"
    shutil.copy(db_src, db)
    outlets = load_outlets(None)
    backend = {"ner_backend": ner_backend()} if ner_backend() else {}
    build_pipeline(**backend)
    extract_text("Bupati Jombang Warsubi hadir pada 3 Desember 2024.", None, **backend)  # warm
    con = duckdb.connect(str(db))  # autocommit: every statement is its own transaction
    try:
        ids = [r[0] for r in con.execute("SELECT page_id FROM pages ORDER BY page_id LIMIT ?", [n]).fetchall()]
        started, cpu = time.perf_counter(), time.process_time()
        words = 0
        for page_id in ids:
            url, outlet, blob = con.execute(
                "SELECT canonical_url, outlet, html_compressed FROM pages WHERE page_id = ?", [page_id]).fetchone()
            article = clean_html(decompress_html(blob), url, **outlets[outlet].cleanup_rules())
            text = f"{article.title}\n\n{article.text}" if article.title else article.text
            words += len(text.split())
            record = extract_text(text, published_day(article.published), **backend)  # one nlp(doc) call per article
            version = record.get("extractor_version") or EXTRACTOR_VERSION
            article_id = con.execute("SELECT article_id FROM articles WHERE canonical_url = ?", [url]).fetchone()[0]
            con.execute("UPDATE articles SET title = ?, text = ?, word_count = ?, content_hash = ?,"
                        " extractor_version = ? WHERE article_id = ?",
                        [article.title, text, len(text.split()), content_hash(text), version, article_id])
            for table in EXTRACTION_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            for table, rows in extraction_rows(article_id, record, version).items():
                columns = list(EXTRACTION_COLUMNS[table])
                sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                for values in rows:
                    con.execute(sql, list(values))
            refresh_events(con, [article_id])
        seconds, cpu_s = time.perf_counter() - started, time.process_time() - cpu
    finally:
        con.close()
    return {"n": len(ids), "seconds": round(seconds, 3), "pages_per_second": rate(len(ids), seconds),
            "words_per_second": rate(words, seconds), "cpu_seconds": round(cpu_s, 3)}


# ---------------------------------------------------------------------------------------- end to end


def bench_reextract(db_src: Path, n: int, workers: int, work: Path, label: str) -> dict:
    db = work / f"e2e_{label}.duckdb"
    shutil.copy(db_src, db)
    result = measured([PILKADA, "reextract", "--db", str(db), "--workers", str(workers), "--json", "--quiet"])
    counts = json.loads(result["stdout"].strip().splitlines()[-1])
    assert counts["pages"] == n, (counts, n)
    rss = counts.get("rss_kb", {})
    total_rss = rss.get("main", 0) + workers * rss.get("largest_worker", 0)
    # the workers are the fork server's children, not this wrapper's: their CPU time comes from
    # their own reports (the fork server's one-off pipeline build, ~2-3 s, is not in it)
    cpu = counts.get("cpu_seconds", {})
    cpu_total = cpu.get("main", 0.0) + cpu.get("workers", 0.0)
    return {
        "n": n, "workers": workers, "wall_seconds": round(result["seconds"], 3),
        "seconds": counts["seconds"], "pages_per_second": counts["pages_per_second"],
        "words_per_second": rate(counts["words"], counts["seconds"]),
        "steady_pages_per_second": counts.get("steady_pages_per_second"),
        "first_chunk_seconds": counts.get("first_chunk_seconds"),
        "cpu_seconds": round(cpu_total, 2), "cpu_seconds_main": cpu.get("main"),
        "cpu_seconds_workers": cpu.get("workers"),
        "cpu_ms_per_page": round(1000 * cpu_total / n, 2),
        "max_rss_kb_waited_processes": result["max_rss_kb"],
        "rss_kb_main": rss.get("main"), "rss_kb_largest_worker": rss.get("largest_worker"),
        "pss_kb_largest_worker": rss.get("largest_worker_pss"),
        "rss_kb_all_processes": total_rss,
        "loadavg_before": result["loadavg_before"],
        "articles_unchanged": counts["articles_unchanged"], "articles_new": counts["articles_new"],
        "articles_updated": counts["articles_updated"], "failures": counts["failures"],
        "db": str(db),
    }


# ---------------------------------------------------------------------------------------- calibration


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_capacity(n: int = 8_000_000) -> dict:
    """How much two processes get done against one, right now, on a pure-Python loop: the ceiling
    for workers_2_vs_1 on this machine at this moment (other jobs, SMT siblings, CPU quota)."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_burn, [1000, 1000])
        started = time.perf_counter()
        pool.map(_burn, [n])
        one = time.perf_counter() - started
        started = time.perf_counter()
        pool.map(_burn, [n, n], chunksize=1)
        two = time.perf_counter() - started
    return {"one_process_seconds": round(one, 3), "two_processes_seconds": round(two, 3),
            "speedup": round(2 * one / two, 2), "loadavg": round(os.getloadavg()[0], 2)}


# ---------------------------------------------------------------------------------------- crawl


def bench_crawl(n_extra: int, work: Path) -> dict:
    from corpus import write_sources

    from pilkada.sites.server import spawn

    extra = work / "crawl_extra"
    write_sources(extra, n_extra, start=500_000)
    # the deliberately slow page (a `timeout` fault, 20 s by default) answers at once: the crawl's wall
    # time then measures throughput, not one long wait
    server = spawn(extra_dir=extra, env={"SITES_SLOW_SECONDS": "0"})
    try:
        measured([PILKADA, "crawl", "--sites", server.url, "--delay", "0", "--quiet", "--db",
                  str(work / "crawl_warmup.duckdb"), "--max-pages", "5"])  # the server renders its state once
        off = measured([sys.executable, str(HERE / "crawl_fetch.py"), "--sites", server.url, "--delay", "0",
                        "--quiet", "--db", str(work / "crawl_off.duckdb")])
        off_counts = json.loads(off["stdout"].strip().splitlines()[-1])
        on = measured([PILKADA, "crawl", "--sites", server.url, "--delay", "0", "--quiet", "--log-format", "json",
                       "--db", str(work / "crawl_on.duckdb")])
        summary = next(json.loads(line) for line in on["stdout"].splitlines() if '"summary"' in line)
    finally:
        server.stop()
    on_pages = summary["pages_fetched"]
    # The fetch rate is pages over the Scrapy run: with extraction on, the background loader cleans and
    # extracts meanwhile; what it has not finished when Scrapy ends is loaded after (wall_seconds).
    return {
        "extra_articles": n_extra,
        "off": {"n": off_counts["pages"], "fetch_seconds": off_counts["fetch_seconds"],
                "pages_per_second": rate(off_counts["pages"], off_counts["fetch_seconds"]),
                "wall_seconds": round(off["seconds"], 3), "cpu_seconds": round(off["cpu_seconds"], 2),
                "failures": off_counts["failures"]},
        "on": {"n": on_pages, "fetch_seconds": summary["fetch_seconds"],
               "pages_per_second": rate(on_pages, summary["fetch_seconds"]),
               "wall_seconds": round(on["seconds"], 3), "pages_per_second_wall": rate(on_pages, on["seconds"]),
               "cpu_seconds": round(on["cpu_seconds"], 2), "articles_new": summary["articles_new"],
               "failed": summary["failed"]},
    }


# ---------------------------------------------------------------------------------------- crawl to queryable


def tree_measured(argv: list[str]) -> dict:
    """Run argv; wall seconds, the peak of the summed RSS of it and all its descendants (sampled every 0.2 s),
    and the CPU seconds of every process of the tree by role (crawl, loader, workers)."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeMemory(process.pid) as memory:
        stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {process.returncode}: {stderr[-3000:]}")
    return {"seconds": round(seconds, 2), "peak_tree_rss_kb": memory.peak_kb,
            "processes_at_peak": memory.peak_processes, "cpu_seconds": memory.cpu_seconds, "cpu_seconds_by_role": memory.cpu_by_role,
            "loadavg_before": round(load, 2), "stdout": stdout}


def serve_wpsite(n: int, server: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, str(HERE / "wpsite.py"), "--articles", str(n), "--server", server],
                               stdout=subprocess.PIPE, text=True)
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        process.kill()
        raise RuntimeError("bench/wpsite.py did not start")
    return process, url


def bench_crawl_to_queryable(n: int, work: Path, naive_slice: float | None, wpsite_server: str, pairs: int = 1) -> dict:
    """`pilkada crawl --delay 0` over the bench's WordPress site of n articles, start to exit (every article
    is then queryable), beside the naive pipeline over the same site; the naive one for at most
    `naive_slice` seconds, its time for the whole site then extrapolated from its rate.

    With `pairs` > 1 the two are measured that many times, alternated, each crawl into a new warehouse; the pair of
    median ratio is reported (its figures, as with one pair), every pair's under "pairs", and the 10k/1k memory
    ratio takes the median of the crawls' peaks. A crawl of 1,000 pages takes 6 s: on a shared machine one
    measure of it moves by 10-20 % from run to run, the naive pipeline's 30 s by less."""
    server, url = serve_wpsite(n, wpsite_server)
    try:
        measured_pairs = [_crawl_and_naive(n, url, work / f"pair{i}", naive_slice) for i in range(pairs)]
    finally:
        server.terminate()
        server.wait()
    ranked = sorted(measured_pairs, key=lambda pair: pair["ratio"])
    chosen = dict(ranked[(len(ranked) - 1) // 2])  # the median (the lower of the middle two for an even count)
    chosen["crawl"] = dict(chosen["crawl"], peak_tree_rss_kb_median=statistics.median(
        pair["crawl"]["peak_tree_rss_kb"] for pair in measured_pairs))
    if pairs > 1:
        chosen["pairs"] = [{"crawl_seconds": pair["crawl"]["seconds"],
                            "crawl_cpu_seconds": pair["crawl"]["cpu_seconds"],
                            "crawl_peak_tree_rss_kb": pair["crawl"]["peak_tree_rss_kb"],
                            "naive_seconds": pair["naive"]["seconds_whole_site"], "ratio": pair["ratio"]}
                           for pair in measured_pairs]
    return {"articles": n, "wpsite_server": wpsite_server, **chosen}


def _crawl_and_naive(n: int, url: str, work: Path, naive_slice: float | None) -> dict:
    import duckdb

    work.mkdir(parents=True, exist_ok=True)
    db = work / f"queryable_{n}.duckdb"
    crawl = tree_measured([PILKADA, "crawl", "--sites", url, "--outlet", "dayaknews", "--delay", "0", "--quiet",
                           "--log-format", "json", "--db", str(db)])
    summary = next(json.loads(line) for line in crawl.pop("stdout").splitlines() if '"summary"' in line)
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        mentions = con.execute("SELECT count(*) FROM regency_mentions").fetchone()[0]
    finally:
        con.close()
    argv = [sys.executable, str(HERE / "naive" / "pipeline.py"), "--sitemap", f"{url}/dayaknews/wp-sitemap.xml",
            "--db", str(work / f"naive_{n}.duckdb")]
    if naive_slice:
        argv += ["--max-seconds", str(naive_slice)]
    naive = tree_measured(argv)
    counts = json.loads(naive.pop("stdout").strip().splitlines()[-1])
    if counts["sliced"]:
        naive_seconds = counts["of"] / counts["pages_per_second"]
        how = (f"extrapolated: {counts['pages']:,} of {counts['of']:,} pages in a {naive_slice:.0f} s slice, "
               f"{counts['pages_per_second']} pages/s")
    else:
        naive_seconds = naive["seconds"]
        how = "measured whole"
    return {
        "crawl": {**crawl, "pages_fetched": summary["pages_fetched"], "articles_stored": stored,
                  "regency_mentions": mentions, "fetch_seconds": summary["fetch_seconds"],
                  "cpu_ms_per_page": round(1000 * crawl["cpu_seconds"] / max(1, stored), 1)},
        "naive": {**naive, **counts, "seconds_whole_site": round(naive_seconds, 1), "how": how},
        "ratio": round(naive_seconds / crawl["seconds"], 2),
    }


# ---------------------------------------------------------------------------------------- cold start


def bench_cold_start(runs: int = 3) -> dict:
    article = ROOT / "sites" / "articles" / "rmoljatim" / "rekapitulasi-kpu-jember.txt"
    walls = []
    for _ in range(runs):
        result = measured([PILKADA, "extract", str(article), "--published", "2024-12-04"])
        json.loads(result["stdout"])
        walls.append(result["seconds"])
    import_only = measured([sys.executable, "-c", "import spacy"])
    return {"n": 1, "runs": runs, "seconds_median": round(statistics.median(walls), 3),
            "seconds_all": [round(w, 3) for w in walls], "import_spacy_seconds": round(import_only["seconds"], 3)}


# ---------------------------------------------------------------------------------------- page weight


def bench_page_weight() -> list[dict]:
    """CPU per page of pilkada's clean and extract and of the naive pipeline's trafilatura call, on the saved real
    pages and on the bench site's (bench/realpages_cpu.py): the crawl ratios are measured on pages a tenth of the
    web's weight, and this says what that leaves out."""
    result = measured([sys.executable, str(HERE / "realpages_cpu.py"), "--rounds", "2", "--bench-pages", "200"])
    return [json.loads(line) for line in result["stdout"].splitlines() if line.startswith("{")]


# ---------------------------------------------------------------------------------------- 100k queries


def synthesise(base_db: Path, dest: Path, target: int) -> dict:
    """A warehouse of `target` articles: the base warehouse's extracted articles copied with new ids,
    URLs and dates shifted a few days per copy, extraction rows and all, in bulk SQL."""
    from pilkada import warehouse as wh
    from pilkada.warehouse.write import EXTRACTION_TABLES

    shutil.copy(base_db, dest)
    con = wh.connect(dest)
    try:
        base, max_id = con.execute("SELECT count(*), max(article_id) FROM articles").fetchone()
        copies = -(-target // base) - 1
        started = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        article_columns = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' ORDER BY ordinal_position"
        ).fetchall()]
        remaining = target - base
        for k in range(1, copies + 1):
            take = min(base, remaining)
            remaining -= take
            shift = f"INTERVAL {3 * k} DAY"
            exprs = {"article_id": f"article_id + {k * max_id}", "canonical_url": f"canonical_url || '?copy={k}'",
                     "published_on": f"CAST(published_on + {shift} AS DATE)",
                     "first_seen": f"first_seen + {shift}", "last_updated": f"last_updated + {shift}"}
            select = ", ".join(exprs.get(c, c) for c in article_columns)
            con.execute(f"INSERT INTO articles ({', '.join(article_columns)}) SELECT {select} FROM articles"
                        f" WHERE article_id <= {max_id} ORDER BY article_id LIMIT {take}")
            # derived tables too: the copies name the same people in the same places, so persons stays as it is
            for table in (*EXTRACTION_TABLES, "events", "article_search", "person_mentions"):
                columns = [r[0] for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                    [table]).fetchall()]
                cexprs = {"article_id": f"article_id + {k * max_id}"}
                if table == "date_mentions":
                    cexprs["day"] = f"CAST(day + {shift} AS DATE)"
                if table == "events":
                    cexprs["mentioned_on"] = f"CAST(mentioned_on + {shift} AS DATE)"
                con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(cexprs.get(c, c) for c in columns)}"
                            f" FROM {table} WHERE article_id IN (SELECT article_id FROM articles"
                            f" WHERE article_id <= {max_id} ORDER BY article_id LIMIT {take})")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        seconds = time.perf_counter() - started
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "official_mentions_raw", "date_mentions", "regency_mentions",
                            "regulation_citations_raw", "quotes", "events", "article_search", "person_mentions")}
    finally:
        con.close()
    return {"base_articles": base, "copies": copies, "seconds": round(seconds, 2), "rows": counts}


def bench_queries(db: Path, work: Path) -> dict:
    from pilkada import warehouse as wh
    from pilkada.cli.common import export_timeline
    from pilkada.warehouse.values import csv_text
    from pilkada.warehouse.queries import list_queries, run_query

    con = wh.connect(db, read_only=True)
    try:
        regency = con.execute("SELECT regency_code FROM regency_mentions GROUP BY 1 ORDER BY count(*) DESC, 1"
                              " LIMIT 1").fetchone()[0]
        official = con.execute("SELECT person_id FROM officials ORDER BY articles DESC, person_id LIMIT 1").fetchone()[0]
        regulation = con.execute("SELECT label FROM regulation_citations GROUP BY 1 ORDER BY count(*) DESC, 1"
                                 " LIMIT 1").fetchone()[0]
        values = {"REGENCY": regency, "OFFICIAL": official, "REGULATION": regulation}
        rows = []
        for query in list_queries():
            params = {p.name: values[p.type] for p in query.params if p.required and p.type in values}
            times = []
            for _ in range(2):
                started = time.perf_counter()
                result = run_query(con, query.name, params)
                times.append(time.perf_counter() - started)
            rows.append({"query": query.name, "params": params, "rows": len(result.rows),
                         "seconds_first": round(times[0], 3), "seconds_second": round(times[1], 3)})
        # the synthetic corpus draws on ~60 regencies, so its most mentioned one sits in a fifth of all
        # articles: the worst case. A regency of median coverage is the typical one.
        ranked = [r[0] for r in con.execute("SELECT regency_code FROM regency_mentions GROUP BY 1"
                                            " ORDER BY count(DISTINCT article_id) DESC, 1").fetchall()]
        typical = ranked[len(ranked) // 2]
        share = {code: con.execute("SELECT count(DISTINCT article_id) FROM regency_mentions WHERE regency_code = ?",
                                   [code]).fetchone()[0] for code in (regency, typical)}
        started = time.perf_counter()
        result = run_query(con, "regency_timeline", {"regency": typical})
        typical_query = {"query": "regency_timeline", "params": {"regency": typical}, "rows": len(result.rows),
                         "seconds": round(time.perf_counter() - started, 3)}
        exports = {}
        for name, code in (("worst", regency), ("typical", typical)):
            started = time.perf_counter()
            result = export_timeline(con, "regency", code, None, None)
            text = csv_text(result.columns, result.rows)
            (work / f"timeline_{name}.csv").write_text(text, encoding="utf-8")
            exports[name] = {"subject": f"regency {code}", "articles_mentioning": share[code], "rows": len(result.rows),
                             "seconds": round(time.perf_counter() - started, 3)}
    finally:
        con.close()
    cli = measured([PILKADA, "export", "timeline", "--regency", regency, "--db", str(db), "--out",
                    str(work / "timeline_cli.csv")])
    exports["worst"]["cli_wall_seconds"] = round(cli["seconds"], 3)
    return {"params": values, "queries": rows, "typical_regency_query": typical_query,
            "export": exports["worst"], "export_typical": exports["typical"]}


# ---------------------------------------------------------------------------------------- report


def judge(name: str, value) -> str:
    op, target = TARGETS[name]
    if value is None:
        return "not measured"
    ok = {">=": value >= target, "<=": value <= target, "<": value < target}[op]
    return "met" if ok else "MISSED"


def table(results: dict) -> str:
    m, v = results["machine"], results["versions"]
    lines = [
        f"pilkada bench {results['mode']} — {results['started']}",
        f"machine: {m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB; load average {m['loadavg_start']} at start,"
        f" {m.get('loadavg_end')} at end",
        "versions: " + ", ".join(f"{k} {v[k]}" for k in ("python", "pilkada", "spacy", "trafilatura", "duckdb", "scrapy",
                                                         "lxml", "torch", "extractor", "ner_backend", "git")),
        "",
    ]
    width = 68
    header = (f"{'measure':<{width}} {'N':>7} {'pages/s':>8} {'words/s':>8} {'seconds':>8} {'CPU ms/page':>11}"
              f" {'peak RSS MB':>11}")
    lines += [header, "-" * len(header)]

    def add(name, n, pps=None, wps=None, seconds=None, cpu_ms=None, rss_mb=None):
        fmt = lambda x, f: (f.format(x) if x is not None else "")  # noqa: E731
        lines.append(f"{name:<{width}} {fmt(n, '{:,}'):>7} {fmt(pps, '{:,.1f}'):>8} {fmt(wps, '{:,.0f}'):>8} "
                     f"{fmt(seconds, '{:.2f}'):>8} {fmt(cpu_ms, '{:.1f}'):>11} {fmt(rss_mb, '{:,.0f}'):>11}")

    for key in ("site_small", "site_big"):
        q = results["crawl_to_queryable"][key]
        c, nv = q["crawl"], q["naive"]
        add(f"crawl to queryable: pilkada crawl --delay 0, WordPress site (fetch {c['fetch_seconds']:.1f} s)",
            q["articles"], rate(q["articles"], c["seconds"]), None, c["seconds"], c["cpu_ms_per_page"],
            c["peak_tree_rss_kb"] / 1024)
        add(f"crawl to queryable: naive pipeline ({nv['how']})"[:width], q["articles"],
            nv["pages_per_second"], None, nv["seconds_whole_site"], 1000 * nv["cpu_seconds"] / max(1, nv["pages"]),
            nv["peak_tree_rss_kb"] / 1024)
        if q.get("pairs"):
            lines.append(f"  (the pair of median ratio of {len(q['pairs'])}, alternated; their ratios: "
                         + ", ".join(f"{pair['ratio']:.2f} "
                                     f"({pair['naive_seconds']:.1f} / {pair['crawl_seconds']:.2f} s)"
                                     for pair in q["pairs"]) + ")")
    if "parallel_capacity_crawls_before" in results:
        pc = results["parallel_capacity_crawls_before"], results["parallel_capacity_crawls_after"]
        lines.append(f"  (this machine during those crawls: 2 processes do x as much as 1, pure-Python loop) "
                     f"x{pc[0]['speedup']} before, x{pc[1]['speedup']} after")
    if "stages" not in results:  # --crawl-only
        return "\n".join(lines + ratio_lines(results))
    s = results["stages"]
    for key in ("clean", "extract", "load"):
        row = s[key]
        add(row["stage"], row["n"], row["pages_per_second"], row["words_per_second"], row["seconds"],
            1000 * row["cpu_seconds"] / row["n"])
    for key, label in (("e2e_small", "end to end: pilkada reextract"), ("e2e_big", "end to end: pilkada reextract"),
                       ("workers_1", "workers: pilkada reextract"), ("workers_2", "workers: pilkada reextract")):
        e = results["end_to_end"][key]
        add(f"{label} --workers {e['workers']} (steady {e['steady_pages_per_second']}/s)", e["n"],
            e["pages_per_second"], e["words_per_second"], e["seconds"], e["cpu_ms_per_page"],
            e["rss_kb_all_processes"] / 1024)
    pc = results["parallel_capacity_before"], results["parallel_capacity_after"]
    lines.append(f"{'  (this machine now: 2 processes do x as much as 1, pure-Python loop)':<{width}} "
                 f"x{pc[0]['speedup']} before, x{pc[1]['speedup']} after the workers runs")
    n = results["naive"]
    add("naive: nlp(text) per article, INSERT + commit per row", n["n"], n["pages_per_second"], n["words_per_second"],
        n["seconds"], 1000 * n["cpu_seconds"] / n["n"])
    c = results["crawl"]
    for key, label in (("off", "crawl, loopback, delay 0: fetching, extraction off"),
                       ("on", "crawl, loopback, delay 0: fetching, extraction on")):
        add(f"{label} (wall {c[key]['wall_seconds']:.1f} s)", c[key]["n"], c[key]["pages_per_second"], None,
            c[key]["fetch_seconds"], 1000 * c[key]["cpu_seconds"] / max(1, c[key]["n"]))
    cs = results["cold_start"]
    add(f"pilkada extract cold start, median of {cs['runs']} (import spacy alone {cs['import_spacy_seconds']} s)",
        1, None, None, cs["seconds_median"])
    for row in results.get("page_weight", []):
        where = row["pages"].split(" (")[0]
        add(f"{where} pages ({row['mean_html_kb']} kB): pilkada clean + extract ({row['pilkada_clean_ms']}"
            f" + {row['pilkada_extract_ms']} ms)", row["n"], None, None, None,
            row["pilkada_clean_ms"] + row["pilkada_extract_ms"])
        add(f"{where} pages ({row['mean_html_kb']} kB): the naive pipeline's trafilatura call", row["n"], None, None,
            None, row["naive_trafilatura_ms"])
    q = results["queries"]
    for row in q["queries"]:
        add(f"query {row['query']} ({row['rows']:,} rows; again {row['seconds_second']} s)", q["articles"], None, None,
            row["seconds_first"])
    tq = q["typical_regency_query"]
    add(f"query regency_timeline, median regency {tq['params']['regency']} ({tq['rows']:,} rows)", q["articles"],
        None, None, tq["seconds"])
    for key in ("export", "export_typical"):
        x = q[key]
        cli = f"; CLI {x['cli_wall_seconds']} s" if "cli_wall_seconds" in x else ""
        add(f"export timeline {x['subject']} ({x['articles_mentioning']:,} art., {x['rows']:,} rows{cli})",
            q["articles"], None, None, x["seconds"])
    return "\n".join(lines + ratio_lines(results))


def ratio_label(name: str, results: dict) -> str:
    q = results["crawl_to_queryable"]
    small, big = q["site_small"]["articles"], q["site_big"]["articles"]
    sliced = " (naive extrapolated)" if q["site_big"]["naive"]["sliced"] else ""
    return {"crawl_to_queryable_vs_naive_small": f"crawl_to_queryable_vs_naive @{small:,}",
            "crawl_to_queryable_vs_naive_big": f"crawl_to_queryable_vs_naive @{big:,}{sliced}",
            "crawl_rss_big_vs_small": f"crawl_rss_{big // 1000}k_vs_{small // 1000}k"}.get(name, name)


def ratio_lines(results: dict) -> list[str]:
    width = 58
    lines = ["", f"{'ratio':<{width}} {'value':>8}  {'target':>8}  verdict"]
    for name, value in results["ratios"].items():
        op, target = TARGETS[name]
        lines.append(f"{ratio_label(name, results):<{width}} {value if value is not None else '-':>8}  "
                     f"{op + str(target):>8}  {judge(name, value)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpus (2,000 / 300 pages), about 3 minutes")
    parser.add_argument("--out", default=str(HERE / "results" / "latest.json"), help="JSON results file")
    parser.add_argument("--keep", help="keep the warehouses and corpus in this directory (default: a temporary one)")
    parser.add_argument("--profile", action="store_true", help="also cProfile the clean and extract stages")
    parser.add_argument("--crawl-only", action="store_true",
                        help="only the crawl-to-queryable measures (pilkada crawl against the naive pipeline)")
    parser.add_argument("--wpsite-server", choices=("threading", "asyncio"), default="asyncio",
                        help="bench/wpsite.py's server for the crawl-to-queryable measures (both pipelines use it)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL

    from corpus import SEED, Generator, render
    from build import build_warehouse

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pilkada-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    profiles: list = []
    results = {"mode": "quick" if args.quick else "full", "started": dt.datetime.now().isoformat(timespec="seconds"),
               "machine": machine(), "versions": versions(), "sizes": sizes}
    try:
        queryable = {}
        results["parallel_capacity_crawls_before"] = parallel_capacity()
        for key in ("site_small", "site_big"):
            n = sizes[key]
            slice_seconds = sizes["naive_slice_seconds"] if key == "site_big" else None
            log(f"crawl to queryable: pilkada crawl and the naive pipeline over the bench's WordPress site of {n:,}"
                f" articles" + (f" (naive: a {slice_seconds} s slice)" if slice_seconds else ""))
            queryable[key] = bench_crawl_to_queryable(n, work, slice_seconds, args.wpsite_server,
                                                      pairs=sizes["site_small_pairs"] if key == "site_small" else 1)
        results["crawl_to_queryable"] = queryable
        results["parallel_capacity_crawls_after"] = parallel_capacity()
        if args.crawl_only:
            raise _CrawlOnly

        log(f"corpus: rendering {sizes['big']:,} article pages (seed {SEED})")
        t = time.perf_counter()
        pages = render(Generator().articles(sizes["big"]))
        results["corpus"] = {"pages": len(pages), "render_seconds": round(time.perf_counter() - t, 2),
                             "mean_html_bytes": round(sum(len(p.html) for p in pages) / len(pages)),
                             "mean_words": round(sum(len(p.source_text.split()) for p in pages) / len(pages))}
        log("warehouses: storing the pages (and their articles, extracted by an older version)")
        t = time.perf_counter()
        big_db = build_warehouse(work / "big.duckdb", pages)
        small_db = build_warehouse(work / "small.duckdb", pages[:sizes["small"]])
        workers_db = build_warehouse(work / "workers.duckdb", pages[:sizes["workers_n"]])
        results["corpus"]["build_seconds"] = round(time.perf_counter() - t, 2)

        log(f"stages: {sizes['stage']} pages through clean, extract, load")
        results["stages"], profiles = bench_stages(pages[:sizes["stage"]], small_db, work, args.profile)
        del pages

        log(f"end to end: pilkada reextract over {sizes['small']:,} and {sizes['big']:,} pages")
        default_workers = len(os.sched_getaffinity(0))
        e2e = {}
        e2e["e2e_small"] = bench_reextract(small_db, sizes["small"], default_workers, work, "small")
        e2e["e2e_big"] = bench_reextract(big_db, sizes["big"], default_workers, work, "big")
        log(f"workers: 1 against 2 over {sizes['workers_n']:,} pages")
        results["parallel_capacity_before"] = parallel_capacity()
        e2e["workers_1"] = bench_reextract(workers_db, sizes["workers_n"], 1, work, "w1")
        e2e["workers_2"] = bench_reextract(workers_db, sizes["workers_n"], 2, work, "w2")
        results["parallel_capacity_after"] = parallel_capacity()
        results["end_to_end"] = e2e

        log(f"naive baseline over {sizes['naive']} pages")
        results["naive"] = bench_naive(small_db, sizes["naive"], work)

        log(f"crawl: loopback sites with {sizes['crawl']} extra articles, extraction off then on")
        results["crawl"] = bench_crawl(sizes["crawl"], work)

        log("cold start: pilkada extract, one article")
        results["cold_start"] = bench_cold_start()

        log("page weight: clean and extract per page on the saved real pages and on the bench site's")
        results["page_weight"] = bench_page_weight()

        log(f"queries: synthesising {sizes['synthetic']:,} articles")
        synthetic = work / "synthetic.duckdb"
        synth = synthesise(Path(e2e["e2e_big"]["db"]), synthetic, sizes["synthetic"])
        results["queries"] = {"articles": synth["rows"]["articles"], "synthesis": synth, **bench_queries(synthetic, work)}
    except _CrawlOnly:
        pass
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    q = results["crawl_to_queryable"]
    results["crawl_to_queryable_vs_naive"] = {str(q[k]["articles"]): q[k]["ratio"] for k in ("site_small", "site_big")}
    results["crawl_rss_10k_vs_1k"] = round(q["site_big"]["crawl"]["peak_tree_rss_kb"]
                                           / q["site_small"]["crawl"]["peak_tree_rss_kb_median"], 2)
    results["ratios"] = {
        "crawl_to_queryable_vs_naive_small": q["site_small"]["ratio"],
        "crawl_to_queryable_vs_naive_big": q["site_big"]["ratio"],
        "crawl_rss_big_vs_small": results["crawl_rss_10k_vs_1k"],
    }
    if "stages" in results:
        results["ratios"].update(other_ratios(results))
    results["targets"] = {name: {"target": f"{op} {value}", "value": results["ratios"][name],
                                 "verdict": judge(name, results["ratios"][name])}
                          for name, (op, value) in TARGETS.items() if name in results["ratios"]}
    results["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\n(total {results['total_seconds']} s; JSON in {out})")
    for name, stats in profiles:
        print(f"\ncProfile of the {name} stage (100 pages), top 15 by cumulative time:")
        stats.sort_stats("cumulative").print_stats(15)
    return 0


class _CrawlOnly(Exception):
    """--crawl-only: the crawl-to-queryable measures are taken, the rest is skipped."""


def other_ratios(results: dict) -> dict:
    e, s = results["end_to_end"], results["stages"]
    slowest = min(s[k]["pages_per_second"] for k in ("clean", "extract", "load"))
    headline = e["e2e_big"]["pages_per_second"]
    rss = lambda key: e[key]["rss_kb_all_processes"]  # noqa: E731
    return {
        "end_to_end_vs_naive": round(headline / results["naive"]["pages_per_second"], 2),
        "end_to_end_vs_slowest_stage": round(headline / slowest, 2),
        "workers_2_vs_1": round(e["workers_2"]["pages_per_second"] / e["workers_1"]["pages_per_second"], 2),
        "rss_10k_vs_1k": round(rss("e2e_big") / rss("e2e_small"), 2),
        "crawl_extraction_on_vs_off": round(results["crawl"]["on"]["pages_per_second"]
                                            / results["crawl"]["off"]["pages_per_second"], 2),
        "extract_cold_start_seconds": results["cold_start"]["seconds_median"],
        "slowest_query_seconds_100k": max(r["seconds_first"] for r in results["queries"]["queries"]),
        "export_seconds_100k": results["queries"]["export"]["seconds"],
    }


if __name__ == "__main__":
    sys.exit(main())
