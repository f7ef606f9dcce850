"""`pilkada sql`: the read-only SQL shell the README promises, reading the DuckDB 2 file the warehouse is."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from pilkada import warehouse as wh

import warehouse_fixture as fx

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(fx.build(tmp_path_factory.mktemp("sql") / "pilkada.duckdb"))


def pilkada_sql(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pilkada.cli", "sql", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_one_statement_prints_a_table_or_csv(db):
    result = pilkada_sql("SELECT official, role FROM official_mentions WHERE official = 'Teguh Narutomo' LIMIT 1",
                         "--db", db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["official", "role"] and "Teguh Narutomo" in lines[2] and lines[-1] == "(1 row)"
    result = pilkada_sql("SELECT count(*) AS articles FROM articles", "--db", db, "--format", "csv")
    con = wh.connect(db, read_only=True)
    try:
        expected = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()
    assert list(csv.reader(io.StringIO(result.stdout))) == [["articles"], [str(expected)]]


def test_it_refuses_to_write_and_reports_sql_errors_in_one_line(db):
    for statement, message in [("DELETE FROM articles", "read-only"), ("SELEC 1", "syntax error")]:
        result = pilkada_sql(statement, "--db", db)
        assert result.returncode == 2
        assert message in result.stderr and result.stderr.count("\n") == 1
    assert pilkada_sql("SELECT count(*) FROM articles", "--db", db, "-f", "csv").stdout.splitlines()[1] != "0"


def test_a_script_on_standard_input_runs_statement_by_statement(db):
    script = "SELECT 1 AS one;\n.tables\nSELECT label\n  FROM regulations\n ORDER BY label LIMIT 1;\nSELECT nope;\n"
    result = pilkada_sql("--db", db, stdin=script)
    assert result.returncode == 1  # one statement failed
    assert result.stdout.startswith("one\n---\n1\n(1 row)\n")
    assert "regency_timeline" in result.stdout and "PERBAWASLU 6/2024" in result.stdout
    assert result.stderr.startswith('error: Binder Error: Referenced column "nope" was not found')


def test_a_waiting_shell_holds_no_connection_so_a_writer_gets_in(db):
    shell = subprocess.Popen([sys.executable, "-m", "pilkada.cli", "sql", "--db", db],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT)
    try:
        shell.stdin.write("SELECT 42 AS answer;\n")
        shell.stdin.flush()
        assert shell.stdout.readline().split() == ["answer"]
        writer = wh.connect(db)  # raises WarehouseBusy if the shell still held the file
        writer.close()
        shell.stdin.write("SELECT 43 AS answer;\n")
        shell.stdin.close()
        assert "43" in shell.stdout.read()
        assert shell.wait(timeout=60) == 0
    finally:
        if shell.poll() is None:
            shell.kill()


def test_a_missing_warehouse_is_one_line(tmp_path):
    result = pilkada_sql("SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 2 and "no warehouse at" in result.stderr and result.stderr.count("\n") == 1
