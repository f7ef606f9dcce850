"""The weekly coverage panels shared by the page and `pilkada chart coverage`: every week, one panel per regency."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pilkada import warehouse as wh
from pilkada.cli.main import main
from pilkada.web import coverage as cov

import warehouse_fixture as fx


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(fx.build(tmp_path_factory.mktemp("coverage") / "pilkada.duckdb"))


@pytest.fixture
def con(db):
    connection = wh.connect(db, read_only=True)
    yield connection
    connection.close()


def stored_weeks(con, code: str) -> dict[dt.date, int]:
    return dict(con.execute(
        "SELECT date_trunc('week', f.article_date)::DATE, count(DISTINCT f.article_id) FROM regency_mentions m "
        "JOIN article_facts f USING (article_id) WHERE m.regency_code = ? GROUP BY 1", [code]).fetchall())


def test_panels_share_every_week_of_the_range_with_zeros_for_empty_weeks(con):
    panels = cov.panels(con, ["Jombang", "Nganjuk"])
    assert [p.label for p in panels] == ["Kabupaten Jombang", "Kabupaten Nganjuk"]
    weeks = [week for week, _ in panels[0].weeks]
    assert all([week for week, _ in p.weeks] == weeks for p in panels)
    assert all(week.weekday() == 0 for week in weeks)
    assert all(b - a == dt.timedelta(days=7) for a, b in zip(weeks, weeks[1:]))
    for panel in panels:
        expected = stored_weeks(con, panel.key)
        assert {week: n for week, n in panel.weeks if n} == expected
        assert panel.total == sum(expected.values())
    assert any(n == 0 for p in panels for _, n in p.weeks)  # the articles are weeks apart


def test_without_regencies_the_most_covered_come_first(con):
    panels = cov.panels(con, top=3)
    assert len(panels) == 3
    totals = [p.total for p in panels]
    assert totals == sorted(totals, reverse=True) and totals[-1] > 0


def test_a_date_range_sets_the_weeks_even_when_they_are_empty(con):
    panels = cov.panels(con, ["Jombang"], date_from=dt.date(2024, 1, 3), date_to=dt.date(2024, 1, 20))
    assert [week for week, _ in panels[0].weeks] == [dt.date(2024, 1, 1), dt.date(2024, 1, 8), dt.date(2024, 1, 15)]
    assert panels[0].total == 0


def test_svg_draws_one_slot_per_week_and_panel(con):
    panels = cov.panels(con, ["Jombang", "Nganjuk", "Gunung Mas"])
    svg = cov.svg(panels, "Articles per week")
    assert svg.count('<g class="panel"') == 3
    slots = len(panels[0].weeks)
    assert svg.count('class="bar"') + svg.count('class="empty"') == 3 * slots
    assert svg.count('class="bar"') == sum(1 for p in panels for _, n in p.weeks if n)
    assert re.search(r"<title>week of \d\d \w{3} \d{4}: 1 article</title>", svg)
    columns, rows = cov.csv_rows(panels)
    assert columns == ["regency_code", "regency", "week", "articles"] and len(rows) == 3 * slots


def test_chart_command_draws_a_panel_per_regency(db, tmp_path, capsys):
    one, three = tmp_path / "one.png", tmp_path / "three.png"
    assert main(["chart", "coverage", "--regency", "Jombang", "--out", str(one), "--db", db]) == 0
    assert main(["chart", "coverage", "--regency", "Jombang", "--regency", "Nganjuk", "--regency", "Gunung Mas",
                 "--out", str(three), "--db", db]) == 0
    assert "3 regencies" in capsys.readouterr().err

    def png_height(path):
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        return int.from_bytes(data[20:24], "big")

    assert png_height(three) > png_height(one) * 1.8  # panels stacked, not lines overlaid
    assert main(["chart", "coverage", "--top", "0", "--out", str(one), "--db", db]) == 2
    assert main(["chart", "coverage", "--from", "2030-01-01", "--out", str(one), "--db", db]) == 1
