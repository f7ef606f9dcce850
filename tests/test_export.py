"""`pilkada export timeline` (and `pilkada chart coverage`): CSV content, order, encoding, and one-line mistakes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pilkada import warehouse as wh
from pilkada.cli.main import main
from pilkada.warehouse import queries as q


import warehouse_fixture as fx

HEADER = ["event_date", "date_precision", "date_as_written", "published_on", "regency", "officials", "roles", "sentence",
          "regulations", "quote", "speaker", "speaker_role", "title", "outlet", "url"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(fx.build(tmp_path_factory.mktemp("export") / "pilkada.duckdb"))


def read_csv(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


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
    quote_row = next(row for row in body if row[10] == "Syaiful")
    assert quote_row[7].startswith("“Dalam konteks ini, netralitas ASN")   # curly quotes survive UTF-8
    assert quote_row[1:7] == ["article date", "", "2024-09-18", "Kabupaten Jombang", "Syaiful Anwar",
                              "Asisten Administrasi Umum Setdakab"]
    # the speaker as the article presents them, beside the name
    assert quote_row[11:] == ["Asisten Administrasi Umum Setdakab Jombang", fx.TERAS_JOMBANG_TITLE, "terasjatim",
                              fx.TERAS_JOMBANG_URL]
    assert all(row[11] == "" for row in body if not row[9])
    assert all(row[4] == "Kabupaten Jombang" and row[14].startswith("https://") for row in body)
    # a dated sentence citing a regulation: the date as written and the regulation on its row
    cited = next(row for row in body if row[8] == "UU 10/2016")
    assert cited[1] == "month" and cited[2] and cited[2] in cited[7]
    assert {row[1] for row in body} <= {"day", "month", "article date", "date fetched"}
    assert f"wrote {len(body)} events for regency '35.17'" in capsys.readouterr().err


def test_excel_flavour_has_a_bom_and_crlf(db, tmp_path):
    out = tmp_path / "gumas.csv"
    assert main(["export", "timeline", "--regency", "Gumas", "--excel", "--out", str(out), "--db", db]) == 0
    raw = out.read_bytes()
    # Excel in an Indonesian locale splits on ';' (its decimal comma takes ','), reads UTF-8 with a BOM
    assert raw.startswith(b"\xef\xbb\xbfevent_date;date_precision;date_as_written;")
    table = read_csv(out, "utf-8-sig", delimiter=";")
    assert raw.count(b"\r\n") == len(table) and b"\n" not in raw.replace(b"\r\n", b"")
    assert table[0] == HEADER and all(len(row) == len(HEADER) for row in table)
    assert [row[:2] for row in table[1:]] == [["2024-09-20", "article date"]] * 3 + [["2024-10-04", "date fetched"]]


def test_official_and_regulation_timelines_with_a_period(db, tmp_path):
    out = tmp_path / "teguh.csv"
    assert main(["export", "timeline", "--official", "Teguh Narutomo", "--out", str(out), "--db", db]) == 0
    table = read_csv(out)
    assert [row[0] for row in table[1:]] == ["2024-09-24", "2024-09-24"]
    assert {row[5] for row in table[1:]} == {"Teguh Narutomo"}

    out = tmp_path / "uu10.csv"
    assert main(["export", "timeline", "--regulation", "UU 10/2016", "--from", "2024-10-01", "--to", "2024-10-31",
                 "--out", str(out), "--db", db]) == 0
    table = read_csv(out)
    assert [(row[0], row[4], row[5], row[8]) for row in table[1:]] == [
        ("2024-10-02", "Kabupaten Nganjuk", "Ratna Dewi Lestari", "UU 10/2016")]


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


def test_excel_keeps_cells_with_semicolons_whole(db, tmp_path):
    """The Jombang sentence naming four officials: its officials cell holds '; ' and stays one cell."""
    out = tmp_path / "jombang.csv"
    assert main(["export", "timeline", "--regency", "Jombang", "--excel", "--out", str(out), "--db", db]) == 0
    table = read_csv(out, "utf-8-sig", delimiter=";")
    assert all(len(row) == len(HEADER) for row in table)
    assert "A. Darmuji; Ahmad Udi Masjkur; David Budiyanto; Syaiful Anwar" in [row[5] for row in table]


def test_an_ambiguous_name_lists_the_choices_and_exits_2(db, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "timeline", "--regency", "Malang", "--out", str(out), "--db", db]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == ["pilkada: regency 'Malang' is ambiguous; pass back one of:",
                                         "  35.07  Kabupaten Malang (35.07)", "  35.73  Kota Malang (35.73)"]
    assert not out.exists()
    assert main(["export", "timeline", "--regency", "35.73", "--out", str(out), "--db", db]) == 0


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


def test_an_official_of_an_ambiguous_name_is_chosen_by_person_id(tmp_path, capsys):
    import persons_fixture as pf

    db = str(pf.build(tmp_path / "people.duckdb"))
    out = tmp_path / "handoko.csv"
    assert main(["export", "timeline", "--official", "Sri Handoko", "--out", str(out), "--db", db]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "pilkada: official 'Sri Handoko' fits 2 people; pass back one of:",
        "  35.18:sri-handoko-taruna  Sri Handoko Taruna, Bupati, Kabupaten Nganjuk (35.18)",
        "  35.06:sri-handoko         Sri Handoko, Kepala Desa, Kabupaten Kediri (35.06)",
    ]
    assert main(["export", "timeline", "--official", "35.18:sri-handoko-taruna", "--out", str(out), "--db", db]) == 0
    table = read_csv(out)
    assert [(row[0], row[5]) for row in table[1:]] == [("2024-08-05", "Sri Handoko Taruna"),
                                                     ("2024-10-10", "Sri Handoko"), ("2024-10-10", "Sri Handoko"),
                                                     ("2024-11-02", "S. Handoko")]
