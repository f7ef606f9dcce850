"""Kill crawls at random moments and check that the next crawl always recovers (a stress script, not a test).

    .venv/bin/python bench/kill_stress.py [--kills 50] [--seed 1] [--batch-size 4]

Serves the bundled outlet sites (`pilkada sites serve`, the slow page answering at once), runs one
clean crawl of all five outlets and times it, then N times: starts a crawl into a fresh warehouse,
sends SIGKILL to the crawl process (only to it, as the OOM killer or `kill -9` would) at a moment drawn
uniformly over the clean crawl's duration (fetching, loading, the final drain: the whole crawl), and
checks that

- no process of the killed crawl (loader, fork server, workers, resource tracker) is left 10 s later,
- the next crawl into the same warehouse exits 0,
- and ends with exactly the clean crawl's articles (URL, content hash, extraction row counts), with
  no page stored twice and nothing left in the spool.

Prints one line per kill and the figure `recovered N/N`; exits 1 if any kill was not recovered.
Small batches (PILKADA_BATCH_SIZE, 4 by default) put many batches in the spool and the loader at
work for most of the crawl, so the kills land on every kind of moment.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from proctree import command, descendants, wait_gone  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def crawl_argv(sites: str, db: Path) -> list[str]:
    return [sys.executable, "-m", "pilkada.cli", "crawl", "--sites", sites, "--db", str(db), "--timeout", "10",
            "--quiet"]


def state(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute(
            "SELECT a.canonical_url, a.content_hash,"
            " (SELECT count(*) FROM regency_mentions m WHERE m.article_id = a.article_id),"
            " (SELECT count(*) FROM official_mentions_raw m WHERE m.article_id = a.article_id),"
            " (SELECT count(*) FROM date_mentions m WHERE m.article_id = a.article_id),"
            " (SELECT count(*) FROM regulation_citations_raw m WHERE m.article_id = a.article_id)"
            " FROM articles a ORDER BY 1").fetchall()
        duplicate_pages = con.execute(
            "SELECT count(*) - count(DISTINCT (canonical_url, content_hash)) FROM pages").fetchone()[0]
    finally:
        con.close()
    return {"articles": articles, "duplicate_pages": duplicate_pages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--keep", help="keep the warehouses in this directory")
    args = parser.parse_args(argv)
    from pilkada.sites.server import spawn

    rng = random.Random(args.seed)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pilkada-kill-stress-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PILKADA_BATCH_SIZE": str(args.batch_size)}
    env.pop("PILKADA_KILL_AT", None)
    server = spawn(env={"SITES_SLOW_SECONDS": "0"})
    failures = []
    try:
        clean_db = work / "clean" / "pilkada.duckdb"
        clean_db.parent.mkdir()
        started = time.perf_counter()
        clean = subprocess.run(crawl_argv(server.url, clean_db), env=env, cwd=ROOT, capture_output=True, text=True)
        duration = time.perf_counter() - started
        if clean.returncode != 0:
            print(f"the clean crawl failed ({clean.returncode}): {clean.stderr[-500:]}", file=sys.stderr)
            return 2
        expected = state(clean_db)
        print(f"clean crawl: {len(expected['articles'])} articles in {duration:.1f} s; "
              f"{args.kills} kills at random moments in 0..{duration:.1f} s", flush=True)
        window = duration  # crawls vary; one that ends before its moment narrows the next draw only
        number = 0
        while number < args.kills:
            db = work / f"kill{number + 1:03d}" / "pilkada.duckdb"
            shutil.rmtree(db.parent, ignore_errors=True)
            db.parent.mkdir()
            moment = rng.uniform(0.0, window)
            started = time.perf_counter()
            process = subprocess.Popen(crawl_argv(server.url, db), env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            deadline = started + moment
            children: set[int] = set()
            while time.perf_counter() < deadline and process.poll() is None:
                children |= descendants(process.pid)
                time.sleep(0.02)
            children |= descendants(process.pid)
            if process.poll() is not None:  # it finished first: not a kill; draw again within its duration
                window = 0.95 * (time.perf_counter() - started)
                wait_gone(children, 10.0)
                continue
            window = duration
            number += 1
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            left = wait_gone(children, 10.0)
            spooled = len(list(db.parent.glob("pilkada.duckdb.spool/*.jsonl.*")))
            resumed = subprocess.run(crawl_argv(server.url, db), env=env, cwd=ROOT, capture_output=True, text=True)
            problems = []
            if left:
                problems.append(f"{len(left)} process(es) of the killed crawl still running: "
                                + "; ".join(command(pid)[:80] for pid in left))
                for pid in left:  # they are this script's doing: end them before the next round
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
            if resumed.returncode != 0:
                problems.append(f"next crawl exited {resumed.returncode}: {resumed.stderr.strip()[-300:]}")
            else:
                after = state(db)
                if after["articles"] != expected["articles"]:
                    got = {a[0] for a in after["articles"]}
                    want = {a[0] for a in expected["articles"]}
                    problems.append(f"articles differ: {len(got)} stored, {len(want - got)} missing, "
                                    f"{len(got - want)} extra, "
                                    f"{sum(1 for a in after['articles'] if a not in expected['articles'])} differ")
                if after["duplicate_pages"]:
                    problems.append(f"{after['duplicate_pages']} page(s) stored twice")
                if list(db.parent.glob("pilkada.duckdb.spool/*.jsonl.*")):
                    problems.append("batches left in the spool")
            when = f"at {moment:5.2f} s"
            verdict = "ok" if not problems else "FAILED: " + " | ".join(problems)
            print(f"kill {number:3d} {when}: {len(children)} child process(es), {spooled} batch(es) spooled; "
                  f"next crawl {verdict}", flush=True)
            if problems:
                failures.append(number)
            if not args.keep:
                shutil.rmtree(db.parent, ignore_errors=True)
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"recovered {args.kills - len(failures)}/{args.kills}" + (f" (failed: {failures})" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
