"""The CPU of every process of one `pilkada crawl --delay 0` over the bench's WordPress site, over time.

    .venv/bin/python bench/crawl_timeline.py --articles 1000 [--step 0.5] [--json FILE]

Serves `bench/wpsite.py` with N articles, runs the crawl as `bench/run.py` does, samples /proc every 0.1 s
and prints, for each step of the run, the cores each role used (crawl = Scrapy, loader = the writer,
workers = fork server and workers), the RSS of the whole tree and of the loader,
and the cores left idle of the machine's; then the CPU seconds by role,
ms per page, the wall time and the fetch time. The idle column is where start-up, the tail and the writer's
waits show; each process's CPU between two of its samples is spread over the time between them. The idle total is
the machine's cores times the wall time, less the CPU the tree used (as last sampled: a process's last 0.1 s before
it exits is not seen). Others' work on the same cores is not seen here: read the load average printed with it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from proctree import cpu_seconds, descendants, role, rss_kb  # noqa: E402

HERE = Path(__file__).resolve().parent
PILKADA = str(Path(sys.executable).parent / "pilkada")
SAMPLE_SECONDS = 0.1
SHORT = {"crawl (Scrapy, main)": "crawl", "loader (writer)": "loader", "workers (clean + extract)": "workers"}


def sample(root: int, stop: threading.Event, samples: list, interval: float) -> None:
    started = time.perf_counter()
    roles: dict[int, str] = {}
    while not stop.is_set():
        by_role: dict[str, float] = {}
        for pid in descendants(root) | {root}:
            if pid not in roles:
                roles[pid] = SHORT.get(role(pid, root), "other")
            by_role.setdefault(roles[pid], 0.0)
            samples.append((time.perf_counter() - started, pid, roles[pid], cpu_seconds(pid), rss_kb(pid)))
        stop.wait(interval)


def _spread(steps: dict[int, dict[str, float]], name: str, start: float, end: float, used: float, step: float) -> None:
    """The CPU seconds a process `used` between two of its samples, shared among the steps that interval covers.

    Put whole into the step of the later sample, as this tool once did, a sampling pass that came late (the sampler
    shares the busy cores) left one step short of the CPU the next one got: a core looked idle that was not."""
    if end <= start:
        bucket = steps.setdefault(int(end / step), {})
        bucket[name] = bucket.get(name, 0.0) + used
        return
    rate = used / (end - start)
    at = start
    while at < end:
        index = int(at / step)
        until = min(end, (index + 1) * step)
        bucket = steps.setdefault(index, {})
        bucket[name] = bucket.get(name, 0.0) + rate * (until - at)
        at = until if until > at else end


def _tree_rss(samples: list) -> list[tuple[float, int]]:
    """The tree's RSS at each sampling pass (one pass reads every process at about the same moment)."""
    passes: list[tuple[float, int]] = []
    seen: set[int] = set()
    moment, total = 0.0, 0
    for at, pid, _, _, kb in samples:
        if pid in seen:
            passes.append((moment, total))
            seen, total = set(), 0
        if not seen:
            moment = at
        seen.add(pid)
        total += kb
    passes.append((moment, total))
    return passes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--step", type=float, default=0.5, help="seconds per line of the timeline")
    parser.add_argument("--json", help="also write the figures here")
    parser.add_argument("--keep", help="the warehouse to write (default: a temporary one)")
    args = parser.parse_args(argv)

    server = subprocess.Popen([sys.executable, str(HERE / "wpsite.py"), "--articles", str(args.articles)],
                              stdout=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    work = Path(tempfile.mkdtemp(prefix="pilkada-timeline-"))
    db = Path(args.keep) if args.keep else work / "crawl.duckdb"
    load = os.getloadavg()
    samples: list = []
    stop = threading.Event()
    try:
        started = time.perf_counter()
        process = subprocess.Popen([PILKADA, "crawl", "--sites", url, "--outlet", "dayaknews", "--delay", "0",
                                    "--quiet", "--log-format", "json", "--db", str(db)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        thread = threading.Thread(target=sample, args=(process.pid, stop, samples, SAMPLE_SECONDS), daemon=True)
        thread.start()
        stdout, stderr = process.communicate()
        wall = time.perf_counter() - started
        stop.set()
        thread.join()
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)  # the warehouse, unless --keep put it elsewhere
    if process.returncode:
        print(stderr[-3000:], file=sys.stderr)
        return 1
    summary = next(json.loads(line) for line in stdout.splitlines() if '"summary"' in line)

    last: dict[int, tuple[float, float]] = {}  # pid -> (moment, CPU seconds) of its previous sample
    steps: dict[int, dict[str, float]] = {}
    memory: dict[int, dict[int, int]] = {}
    for moment, pid, name, seconds, kb in samples:
        memory.setdefault(int(moment / args.step), {})[pid] = kb
        if seconds <= 0:
            continue
        since, before = last.get(pid, (max(0.0, moment - SAMPLE_SECONDS), 0.0))
        last[pid] = (moment, max(seconds, before))
        _spread(steps, name, since, moment, max(0.0, seconds - before), args.step)
    roles = ("crawl", "loader", "workers", "other")
    roles_by_pid = {pid: name for _, pid, name, _, _ in samples}
    cores = os.cpu_count() or 1
    print(f"{'t (s)':>6} " + " ".join(f"{r:>8}" for r in roles) + f" {'idle':>6} {'RSS MB':>7} {'loader':>7}"
          "   (cores used per step; RSS of the tree and of the loader at the step's last sample)")
    for index in range(0, max(steps, default=0) + 1):
        step = steps.get(index, {})
        idle = max(0.0, cores - sum(step.values()) / args.step)
        kb = memory.get(index, {})
        loader_kb = sum(v for pid, v in kb.items() if roles_by_pid.get(pid) == "loader")
        print(f"{index * args.step:6.1f} " + " ".join(f"{step.get(r, 0.0) / args.step:8.2f}" for r in roles)
              + f" {idle:6.2f} {sum(kb.values()) / 1024:7.0f} {loader_kb / 1024:7.0f}")
    by_role: dict[str, float] = {}
    final: dict[int, tuple[str, float]] = {}
    peak_kb, peak_at = 0, 0.0
    for moment, kb in _tree_rss(samples):
        if kb > peak_kb:
            peak_kb, peak_at = kb, moment
    for _, pid, name, seconds, _ in samples:
        if seconds > final.get(pid, ("", 0.0))[1]:
            final[pid] = (name, seconds)
    for name, seconds in final.values():
        by_role[name] = round(by_role.get(name, 0.0) + seconds, 2)
    pages = summary["pages_fetched"]
    total = sum(by_role.values())
    idle_total = max(0.0, cores * wall - total)
    result = {"articles": args.articles, "pages": pages, "wall_seconds": round(wall, 2),
              "fetch_seconds": summary["fetch_seconds"], "cpu_seconds_by_role": by_role,
              "cpu_seconds": round(total, 2), "cpu_ms_per_page": round(1000 * total / max(1, pages), 2),
              "idle_core_seconds": round(idle_total, 2), "peak_rss_mb": round(peak_kb / 1024),
              "peak_rss_at_seconds": round(peak_at, 1), "loadavg_before": [round(x, 2) for x in load],
              "loadavg_after": [round(x, 2) for x in os.getloadavg()]}
    print(json.dumps(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
