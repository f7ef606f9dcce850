"""`pilkada status`: per outlet, how the last crawls went, what is stored, and whether a layout looks broken.

With --max-age it is a monitoring check: exit 4 when an outlet has had no successful crawl for longer."""

from __future__ import annotations

import json
import os
import re

from pilkada.cli.common import add_db_argument
from pilkada.errors import UsageError

NAME = "status"
HELP = ("per outlet: last run and outcome, last success and how long ago, articles stored, newest date, failures, "
        "layout warnings; exit 4 when an outlet has had no success within --max-age")

EXIT_STALE = 4
_UNITS = {"w": 7 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1}


def add_arguments(parser) -> None:
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print as JSON")
    parser.add_argument("--max-age", metavar="AGE",
                        help="exit 4 when an outlet's last success is older than AGE (e.g. 2d, 36h, 1d12h, 90m) or "
                             "it never succeeded; default $PILKADA_MAX_AGE, else no check")
    parser.add_argument("--outlet", action="append", metavar="NAME", help="only this outlet (repeatable)")


def parse_age(text: str) -> float:
    """'2d', '36h', '1d12h', '90m', '3600' (seconds) -> seconds."""
    cleaned = text.strip().lower().replace(" ", "")
    if cleaned.isdigit():
        return float(cleaned)
    parts = re.findall(r"(\d+(?:\.\d+)?)([wdhms])", cleaned)
    if not parts or "".join(n + u for n, u in parts) != cleaned:
        raise UsageError(f"--max-age must be a duration such as 2d, 36h, 1d12h or 90m, not {text!r}")
    return sum(float(n) * _UNITS[u] for n, u in parts)


def age(seconds: float | None) -> str:
    """3d 4h, 5h 12m, 40m, 12s; 'never' for None."""
    if seconds is None:
        return "never"
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {minutes}m"
    return f"{minutes}m" if minutes else f"{secs}s"


def run(args) -> int:
    from pilkada import warehouse as wh
    from pilkada.crawler.declarations import unknown_outlet_message
    from pilkada.cli.common import read_run_records

    max_age_text = args.max_age or os.environ.get("PILKADA_MAX_AGE") or None
    max_age = parse_age(max_age_text) if max_age_text else None
    con = read_run_records(args.db)
    try:
        outlets = wh.outlet_status(con)
        known = [o["outlet"] for o in outlets]
        for name in args.outlet or []:
            if name not in known:
                raise UsageError(unknown_outlet_message(name, known).replace("declared outlets", "outlets in the warehouse"))
        if args.outlet:
            outlets = [o for o in outlets if o["outlet"] in args.outlet]
        warnings = wh.layout_warnings(con, [o["outlet"] for o in outlets])
        running = con.execute("SELECT run_id, pid, started_at, launcher FROM crawl_runs WHERE status = 'running'"
                              " ORDER BY run_id").fetchall()
    finally:
        con.close()
    stale = wh.stale_outlets(outlets, max_age) if max_age is not None else []
    if args.json:
        print(json.dumps({"outlets": outlets, "warnings": warnings,
                          "running": [{"run_id": r, "pid": p, "started": s, "launcher": la}
                                      for r, p, s, la in running],
                          "max_age_seconds": max_age, "stale": [o["outlet"] for o in stale]},
                         default=str, indent=2))
        return EXIT_STALE if stale else 0
    print(f"{'outlet':<14} {'last run':<24} {'ago':<8} {'last success':<17} {'ago':<8} {'articles':>8}  "
          f"{'newest':<10}  failures in last run")
    for o in outlets:
        last = f"#{o['last_run']} {o['last_run_status']}" if o["last_run"] else "never"
        ok = f"{o['last_success']:%Y-%m-%d %H:%M}" if o["last_success"] else "never"
        fails = ", ".join(f"{k} {v}" for k, v in o["failures_last_run"].items()) or "none"
        print(f"{o['outlet']:<14} {last:<24} {age(o['since_last_run_seconds']) if o['last_run'] else '-':<8} "
              f"{ok:<17} {age(o['since_last_success_seconds']) if o['last_success'] else '-':<8} "
              f"{o['articles']:>8}  {str(o['newest_published'] or '-'):<10}  {fails}")
    for run_id, pid, started, launcher in running:
        who = f"PID {pid}" if pid else "shared crawler processes"
        print(f"crawl #{run_id} ({launcher or 'pilkada crawl'}) is running ({who}, started {started:%Y-%m-%d %H:%M})")
    for warning in warnings:
        print(f"warning: {warning}")
    for o in stale:
        since = f"last success {age(o['since_last_success_seconds'])} ago" if o["last_success"] else "never succeeded"
        print(f"stale: {o['outlet']} {since} (--max-age {max_age_text})")
    return EXIT_STALE if stale else 0
