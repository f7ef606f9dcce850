"""`pilkada chart coverage`: a PNG of articles per week, one panel of bars per regency, empty weeks shown.

The same panels as the coverage chart of `pilkada serve` (pilkada.web.coverage.panels).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pilkada.cli.common import add_reader_arguments, open_reader

NAME = "chart"
HELP = "draw a chart as PNG: coverage = articles per week, one panel of bars per regency"


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
    """{regency name: {week: articles}}, every week of the range present (0 for an empty week)."""
    from pilkada.web.coverage import panels

    return {panel.label: dict(panel.weeks) for panel in panels(con, regencies, top, date_from, date_to)}


def draw(series: dict[str, dict], out: Path, title: str) -> None:
    """One row of bars per series, sharing the week axis and the count scale."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    rows = max(1, len(series))
    fig, axes = plt.subplots(rows, 1, figsize=(10, 1.2 + 1.45 * rows), dpi=120, sharex=True, sharey=True,
                             squeeze=False)
    peak = max([n for points in series.values() for n in points.values()] + [1])
    for ax, (name, points) in zip(axes[:, 0], series.items()):
        weeks = sorted(points)
        counts = [points[week] for week in weeks]
        ax.bar(weeks, counts, width=5, align="edge", color="#2f7bbf")
        empty = [week for week, n in zip(weeks, counts) if n == 0]
        ax.bar(empty, [peak * 0.025] * len(empty), width=5, align="edge", color="#b8c0c8")
        ax.set_title(f"{name}  ·  {sum(counts)} article{'s' if sum(counts) != 1 else ''}", loc="left",
                     fontsize=10, fontweight="bold")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))
        ax.set_ylim(0, peak * 1.1)
        ax.grid(axis="y", alpha=0.3)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    bottom = axes[-1, 0]
    bottom.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
    bottom.set_xlabel("week (Monday to Sunday); a grey line is a week without articles")
    fig.suptitle(title, x=0.01, ha="left", fontsize=12)
    fig.supylabel("articles")
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)


def run(args) -> int:
    from pilkada.errors import JobFailed, UsageError
    from pilkada.cli.common import parse_date_option

    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise UsageError(f"--out {out} should be a .png file")
    if not out.parent.exists():
        raise UsageError(f"cannot write {out}: directory {out.parent} does not exist")
    if not 1 <= args.top <= 50:
        raise UsageError(f"--top {args.top}: give a number of regencies from 1 to 50")
    date_from, date_to = parse_date_option(args.date_from, "--from"), parse_date_option(args.date_to, "--to")
    con = open_reader(args.db, args.snapshot)
    try:
        series = coverage_series(con, args.regency, args.top, date_from, date_to)
    finally:
        con.close()
    if not any(any(points.values()) for points in series.values()):
        raise JobFailed("no articles to chart for that choice of regencies and dates")
    draw(series, out, "Articles per week, one panel per regency")
    print(f"wrote {out} ({len(series)} regencies)", file=sys.stderr)
    return 0
