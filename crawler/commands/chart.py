"""`pilkada chart coverage`: a PNG of articles per week per regency (matplotlib, no display needed)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from pilkada.crawler.commands.query import add_reader_arguments, open_reader, warehouse_errors

NAME = "chart"
HELP = "draw a chart as PNG: coverage = articles per week per regency"


def add_arguments(parser) -> None:
    parser.add_argument("what", choices=["coverage"], help="which chart (coverage)")
    parser.add_argument("--regency", action="append", default=[],
                        help="regency code or name (repeatable); default: the most covered ones")
    parser.add_argument("--top", type=int, default=8, help="how many regencies without --regency (default 8)")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first article date")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last article date")
    parser.add_argument("--out", "-o", required=True, help="PNG file to write")
    add_reader_arguments(parser)


def coverage_series(con, regencies: list[str], top: int, date_from=None, date_to=None) -> dict[str, dict]:
    """{regency name: {week: articles}} from the coverage_per_regency_week query."""
    from pilkada.warehouse.queries import resolve_regency, run_query

    codes = [resolve_regency(con, r) for r in regencies]
    result = run_query(con, "coverage_per_regency_week", {"from": date_from, "to": date_to})
    series: dict[str, dict] = {}
    totals: dict[str, int] = {}
    names: dict[str, str] = {}
    for row in result.dicts():
        series.setdefault(row["regency_code"], {})[row["week"]] = row["articles"]
        totals[row["regency_code"]] = totals.get(row["regency_code"], 0) + row["articles"]
        names[row["regency_code"]] = row["regency"]
    chosen = codes or sorted(totals, key=lambda c: (-totals[c], c))[:top]
    return {names.get(code, code): series.get(code, {}) for code in chosen}


def draw(series: dict[str, dict], out: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    weeks = sorted({week for points in series.values() for week in points})
    if weeks:
        first, last = weeks[0], weeks[-1]
        weeks = [first + dt.timedelta(days=7 * i) for i in range((last - first).days // 7 + 1)]
    fig, ax = plt.subplots(figsize=(10, 5), dpi=120)
    for name, points in series.items():
        ax.plot(weeks, [points.get(week, 0) for week in weeks], marker="o", linewidth=1.5, label=name)
    ax.set_title(title)
    ax.set_xlabel("week (Monday)")
    ax.set_ylabel("articles")
    ax.yaxis.get_major_locator().set_params(integer=True)
    if 0 < len(weeks) <= 26:
        ax.set_xticks(weeks)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    fig.autofmt_xdate()
    ax.grid(alpha=0.3)
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)


def run(args) -> int:
    from pilkada.crawler.cli import JobFailed, UsageError

    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise UsageError(f"--out {out} should be a .png file")
    if not out.parent.exists():
        raise UsageError(f"cannot write {out}: directory {out.parent} does not exist")
    con = open_reader(args.db, args.snapshot)
    try:
        try:
            series = coverage_series(con, args.regency, args.top, args.date_from, args.date_to)
        except warehouse_errors() as err:
            raise UsageError(str(err)) from None
    finally:
        con.close()
    if not any(series.values()):
        raise JobFailed("no articles to chart for that choice of regencies and dates")
    draw(series, out, "Articles per week per regency")
    print(f"wrote {out} ({len(series)} regencies)", file=sys.stderr)
    return 0
