"""`pilkada status`: per outlet, how the last crawls went, what is stored, and whether a layout looks broken."""

from __future__ import annotations

import json

from pilkada.crawler.cli import UsageError

NAME = "status"
HELP = "per outlet: last run and outcome, last success, articles stored, newest date, failures, layout warnings"


def add_arguments(parser) -> None:
    parser.add_argument("--db", help="warehouse file (default ./pilkada.duckdb or $PILKADA_WAREHOUSE)")
    parser.add_argument("--json", action="store_true", help="print as JSON")


def run(args) -> int:
    from pilkada import warehouse as wh
    from pilkada.crawler.config import resolve_paths

    path = resolve_paths(args.db).warehouse
    if not path.exists():
        raise UsageError(f"no warehouse at {path}; run `pilkada crawl` (or `make demo`) first")
    try:
        con = wh.connect(path, read_only=True)
    except wh.WarehouseBusy as err:
        raise UsageError(str(err)) from None
    try:
        outlets = wh.outlet_status(con)
        warnings = wh.layout_warnings(con, [o["outlet"] for o in outlets])
        running = con.execute("SELECT run_id, pid, started_at FROM crawl_runs WHERE status = 'running'").fetchall()
    finally:
        con.close()
    if args.json:
        print(json.dumps({"outlets": outlets, "warnings": warnings,
                          "running": [{"run_id": r, "pid": p, "started": s} for r, p, s in running]},
                         default=str, indent=2))
        return 0
    print(f"{'outlet':<14} {'last run':<26} {'last success':<20} {'articles':>8}  {'newest':<10}  failures in last run")
    for o in outlets:
        last = f"#{o['last_run']} {o['last_run_status']}" if o["last_run"] else "never"
        ok = f"{o['last_success']:%Y-%m-%d %H:%M}" if o["last_success"] else "never"
        fails = ", ".join(f"{k} {v}" for k, v in o["failures_last_run"].items()) or "none"
        print(f"{o['outlet']:<14} {last:<26} {ok:<20} {o['articles']:>8}  {str(o['newest_published'] or '-'):<10}  {fails}")
    for run_id, pid, started in running:
        print(f"crawl #{run_id} is running (PID {pid}, started {started:%Y-%m-%d %H:%M})")
    for warning in warnings:
        print(f"warning: {warning}")
    return 0
