"""`pilkada runs`: the crawl run history, newest first, with counts and outcome (per outlet with --outlet)."""

from __future__ import annotations

import json

from pilkada.cli.common import add_db_argument
from pilkada.errors import UsageError

NAME = "runs"
HELP = "crawl run history, newest first: launcher, outcome, pages fetched, new/updated articles, skips, failures"


def add_arguments(parser) -> None:
    add_db_argument(parser)
    parser.add_argument("--outlet", metavar="NAME", help="only runs that crawled this outlet, with its own counts")
    parser.add_argument("--last", type=int, metavar="N", default=20, help="the N newest runs (default 20; 0 = all)")
    parser.add_argument("--json", action="store_true", help="print as JSON")


def run(args) -> int:
    from pilkada import warehouse as wh
    from pilkada.crawler.declarations import unknown_outlet_message
    from pilkada.cli.common import read_run_records

    if args.last < 0:
        raise UsageError("--last must be 0 (all) or more")
    con = read_run_records(args.db)
    try:
        if args.outlet:
            known = [o for (o,) in con.execute("SELECT outlet FROM outlets ORDER BY 1").fetchall()]
            if args.outlet not in known:
                raise UsageError(unknown_outlet_message(args.outlet, known).replace("declared outlets",
                                                                                    "outlets in the warehouse"))
        runs = wh.list_runs(con, outlet=args.outlet, last=args.last or None)
    finally:
        con.close()
    if args.json:
        print(json.dumps(runs, default=str, indent=2))
        return 0
    if not runs:
        print("no crawl run recorded yet")
        return 0
    print(f"{'run':>5}  {'started (UTC)':<16}  {'launcher':<13}  {'outcome':<11}  {'fetched':>7}  {'new':>5}  "
          f"{'updated':>7}  {'skipped':>7}  {'failed':>6}  detail")
    for r in runs:
        outcome = r.get("outcome") or r["status"]
        launcher = r["launcher"] or "-"
        if r["job"] and launcher == "redis":
            launcher = f"redis {r['job']}"
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(r["failures_by_reason"].items()))
        detail = reasons if args.outlet else (r["outcome_detail"] or reasons)
        print(f"{r['run_id']:>5}  {r['started_at']:%Y-%m-%d %H:%M}  {launcher[:13]:<13}  {outcome:<11}  "
              f"{_n(r['pages_fetched']):>7}  {_n(r['articles_new']):>5}  {_n(r['articles_updated']):>7}  "
              f"{_n(r['skipped']):>7}  {_n(r['failed']):>6}  {detail}")
    return 0


def _n(value) -> str:
    return "-" if value is None else str(value)
