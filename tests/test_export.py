"""`pilkada export timeline` (and `pilkada chart coverage`): CSV content, order, encoding, and one-line mistakes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pilkada import warehouse as wh
from pilkada.crawler.cli import main
from pilkada.warehouse import queries as q


import warehouse_fixture as fx

HEADER = ["event_date", "date_precision", "regency", "official", "role", "sentence", "quote", "speaker", "title",
          "outlet", "url"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(fx.build(tmp_path_factory.mktemp("export") / "pilkada.duckdb"))


def read_csv(path: Path, encoding: str = "utf-8") -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def test_regency_timeline_csv(db, tmp_path, capsys):
    out = tmp_path / "jombang.csv"
    assert main(["export", "timeline", "--regency", "Jombang", "--out", str(out), "--db", db]) == 0
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
    table = read_csv(out)
    assert table[0] == HEADER
    body = table[1:]
    dates = [row[0] for row in body]
    assert dates == sorted(dates) and dates[0] == "2023-12-29"
    # the CSV is the named query, cell for cell
    con = wh.connect(db, read_only=True)
    try:
        expected = q.run_query(con, "regency_timeline", {"regency": "35.17"}).rows
    finally:
        con.close()
    assert len(body) == len(expected)
    assert [row[0] for row in body] == [r[0].isoformat() for r in expected]
    quote_row = next(row for row in body if row[7] == "Syaiful")
    assert quote_row[5].startswith("“Dalam konteks ini, netralitas ASN")   # curly quotes survive UTF-8
    assert quote_row[3:5] == ["Syaiful Anwar", "Asisten Administrasi Umum Setdakab"]
    assert quote_row[8:] == [fx.TERAS_JOMBANG_TITLE, "terasjatim", fx.TERAS_JOMBANG_URL]
    assert all(row[2] == "Kabupaten Jombang" and row[10].startswith("https://") for row in body)
    assert f"wrote {len(body)} events for regency '35.17'" in capsys.readouterr().err


def test_excel_flavour_has_a_bom_and_crlf(db, tmp_path):
    out = tmp_path / "gumas.csv"
    assert main(["export", "timeline", "--regency", "Gumas", "--excel", "--out", str(out), "--db", db]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfevent_date,date_precision,regency,")
    assert raw.count(b"\r\n") == len(read_csv(out, "utf-8-sig")) and b"\n" not in raw.replace(b"\r\n", b"")
    table = read_csv(out, "utf-8-sig")
    assert table[0] == HEADER
    assert [row[:2] for row in table[1:]] == [["2024-09-20", "published"]] * 3 + [["2024-10-04", "fetched"]]


def test_official_and_regulation_timelines_with_a_period(db, tmp_path):
    out = tmp_path / "teguh.csv"
    assert main(["export", "timeline", "--official", "Teguh Narutomo", "--out", str(out), "--db", db]) == 0
    table = read_csv(out)
    assert [row[0] for row in table[1:]] == ["2024-09-24", "2024-09-24"]
    assert {row[3] for row in table[1:]} == {"Teguh Narutomo"}

    out = tmp_path / "uu10.csv"
    assert main(["export", "timeline", "--regulation", "UU 10/2016", "--from", "2024-10-01", "--to", "2024-10-31",
                 "--out", str(out), "--db", db]) == 0
    table = read_csv(out)
    assert [(row[0], row[2], row[3]) for row in table[1:]] == [("2024-10-02", "Kabupaten Nganjuk", "Ratna Dewi Lestari")]


def test_an_empty_period_writes_the_header_only(db, tmp_path, capsys):
    out = tmp_path / "none.csv"
    assert main(["export", "timeline", "--regency", "Kota Malang", "--to", "2024-01-01", "--out", str(out),
                 "--db", db]) == 0
    assert read_csv(out) == [HEADER]
    assert "wrote the header only" in capsys.readouterr().err


@pytest.mark.parametrize("flag, value, message", [
    ("--regency", "Jombnag", "pilkada: no regency 'Jombnag'; did you mean Kabupaten Jombang (35.17)"),
    ("--official", "Teguh Narutmo", "pilkada: no official 'Teguh Narutmo'; did you mean Teguh Narutomo?"),
    ("--regulation", "UU 10/2061", "pilkada: no regulation cited as 'UU 10/2061'; did you mean UU 10/2016"),
])
def test_unknown_names_exit_2_with_near_matches(db, tmp_path, capsys, flag, value, message):
    out = tmp_path / "x.csv"
    assert main(["export", "timeline", flag, value, "--out", str(out), "--db", db]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(message) and captured.err.count("\n") == 1
    assert captured.out == "" and not out.exists()


def test_usage_mistakes(db, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "timeline", "--regency", "Jombang", "--from", "kemarin", "--out", str(out),
                 "--db", db]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert main(["export", "timeline", "--regency", "Jombang", "--out", str(tmp_path / "no" / "x.csv"),
                 "--db", db]) == 2
    with pytest.raises(SystemExit) as exited:  # argparse: one subject is required
        main(["export", "timeline", "--out", str(out), "--db", db])
    assert exited.value.code == 2


def test_coverage_chart_png(db, tmp_path, capsys):
    out = tmp_path / "coverage.png"
    assert main(["chart", "coverage", "--regency", "Jombang", "--regency", "Nganjuk", "--out", str(out),
                 "--db", db]) == 0
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and out.stat().st_size > 5000
    assert "2 regencies" in capsys.readouterr().err
    assert main(["chart", "coverage", "--regency", "Jombnag", "--out", str(out), "--db", db]) == 2
