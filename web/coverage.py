"""Articles per week, one panel per regency, every week shown (empty ones too): data, SVG and CSV rows.

The page (`pilkada serve`) draws it as SVG on the server and `pilkada chart coverage` draws the
same panels with matplotlib, both from `panels()`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

WEEK = dt.timedelta(days=7)


@dataclass
class Panel:
    """One regency (or person, regulation): the article count of every week of the chart's range."""

    key: str
    label: str
    weeks: list[tuple[dt.date, int]]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.weeks)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_range(first: dt.date, last: dt.date) -> list[dt.date]:
    start, end = monday(first), monday(last)
    return [start + WEEK * i for i in range((end - start).days // 7 + 1)]


def fill_weeks(counts: dict[dt.date, int], weeks: list[dt.date]) -> list[tuple[dt.date, int]]:
    return [(week, int(counts.get(week, 0))) for week in weeks]


def panels(con, regencies: list[str] | None = None, top: int = 8, date_from: dt.date | None = None,
           date_to: dt.date | None = None) -> list[Panel]:
    """Panels of articles per week for the given regencies (codes or names), else the `top` most covered.

    Every panel spans the same weeks, from the first to the last week with an article among the
    chosen regencies (or the --from/--to bounds when given), empty weeks included.
    """
    from pilkada.warehouse.queries import resolve_regency, run_query

    codes = list(dict.fromkeys(resolve_regency(con, r) for r in regencies or []))
    result = run_query(con, "coverage_per_regency_week", {"from": date_from, "to": date_to})
    counts: dict[str, dict[dt.date, int]] = {}
    names: dict[str, str] = {}
    for row in result.dicts():
        counts.setdefault(row["regency_code"], {})
        counts[row["regency_code"]][row["week"]] = counts[row["regency_code"]].get(row["week"], 0) + row["articles"]
        names[row["regency_code"]] = row["regency"]
    totals = {code: sum(weeks.values()) for code, weeks in counts.items()}
    chosen = codes or [c for c in sorted(totals, key=lambda c: (-totals[c], c)) if totals[c] > 0][:top]
    if not chosen:
        return []
    for code in chosen:
        if code not in names:
            row = con.execute("SELECT name FROM regions WHERE code = ?", [code]).fetchone()
            names[code] = row[0] if row else code
    seen = [week for code in chosen for week, n in counts.get(code, {}).items() if n]
    first = date_from or (min(seen) if seen else None)
    last = date_to or (max(seen) if seen else None)
    weeks = week_range(first, last) if first and last and first <= last else []
    return [Panel(code, names[code], fill_weeks(counts.get(code, {}), weeks)) for code in chosen]


def single_panel(key: str, label: str, weekly: list[tuple[dt.date, int]], date_from: dt.date | None = None,
                 date_to: dt.date | None = None) -> Panel:
    counts = dict(weekly)
    seen = [week for week, n in weekly if n]
    first = date_from or (min(seen) if seen else None)
    last = date_to or (max(seen) if seen else None)
    weeks = week_range(first, last) if first and last and first <= last else []
    return Panel(key, label, fill_weeks(counts, weeks))


def csv_rows(chart: list[Panel]) -> tuple[list[str], list[tuple]]:
    """The chart as a table: one row per panel and week, empty weeks included."""
    return ["regency_code", "regency", "week", "articles"], [
        (panel.key, panel.label, week, n) for panel in chart for week, n in panel.weeks]


# ---------------------------------------------------------------------------- SVG

_WIDTH = 860
_LEFT = 44
_RIGHT = 12
_PANEL_HEIGHT = 120
_TITLE = 22
_AXIS = 34


def _y_ticks(peak: int) -> list[int]:
    if peak <= 5:
        return list(range(0, peak + 1))
    step = next(s for s in (2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if peak / s <= 5)
    return list(range(0, peak + step, step))


def _label_every(count: int, width: float) -> int:
    """Label every nth week so that labels (about 48 px) do not collide."""
    return max(1, int(48 // max(width, 1)) + (1 if 48 % max(width, 1) else 0))


def svg(chart: list[Panel], title: str = "Articles per week") -> str:
    """Bars per week, a panel per series sharing one scale; an empty week is a gap above a grey tick."""
    if not chart or not chart[0].weeks:
        return ""
    weeks = [week for week, _ in chart[0].weeks]
    peak = max(1, max(n for panel in chart for _, n in panel.weeks))
    ticks = _y_ticks(peak)
    top_value = ticks[-1]
    plot_width = _WIDTH - _LEFT - _RIGHT
    slot = plot_width / len(weeks)
    bar = max(1.0, min(slot * 0.72, 28.0))
    every = _label_every(len(weeks), slot)
    height = _TITLE + len(chart) * (_PANEL_HEIGHT + _AXIS) + 6
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="coverage" viewBox="0 0 {_WIDTH} {height}" '
           f'width="{_WIDTH}" height="{height}" role="img" aria-label="{escape(title)}">',
           f'<text x="{_LEFT}" y="15" class="chart-title">{escape(title)}</text>']
    y0 = _TITLE
    for panel in chart:
        base = y0 + 18 + _PANEL_HEIGHT - 18
        scale = (_PANEL_HEIGHT - 26) / top_value
        out.append(f'<g class="panel" data-key="{escape(panel.key)}">')
        out.append(f'<text x="{_LEFT}" y="{y0 + 13}" class="panel-title">{escape(panel.label)} '
                   f'<tspan class="panel-total">· {panel.total} article{"s" if panel.total != 1 else ""}</tspan></text>')
        for tick in ticks:
            y = base - tick * scale
            out.append(f'<line x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
            out.append(f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" class="y-label" text-anchor="end">{tick}</text>')
        for i, (week, n) in enumerate(panel.weeks):
            x = _LEFT + i * slot + (slot - bar) / 2
            tip = f"week of {week:%d %b %Y}: {n} article{'s' if n != 1 else ''}"
            if n:
                h = n * scale
                out.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{bar:.1f}" height="{h:.1f}" class="bar">'
                           f'<title>{escape(tip)}</title></rect>')
            else:
                out.append(f'<rect x="{x:.1f}" y="{base - 1.5:.1f}" width="{bar:.1f}" height="1.5" class="empty">'
                           f'<title>{escape(tip)}</title></rect>')
            if i % every == 0:
                cx = _LEFT + i * slot + slot / 2
                out.append(f'<text x="{cx:.1f}" y="{base + 14}" class="x-label" text-anchor="middle">'
                           f'{week:%d %b}</text>')
                if week.month == 1 and week.day <= 7 or i == 0:
                    out.append(f'<text x="{cx:.1f}" y="{base + 26}" class="x-year" text-anchor="middle">'
                               f'{week:%Y}</text>')
        out.append(f'<line x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{base}" y2="{base}" class="axis"/>')
        out.append("</g>")
        y0 += _PANEL_HEIGHT + _AXIS
    out.append("</svg>")
    return "\n".join(out)
