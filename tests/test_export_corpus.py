"""`pilkada export corpus`: every article with its extractions, in parquet, JSON lines and CSV, filtered."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from pilkada.cli.main import main

import warehouse_fixture as fx


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(fx.build(tmp_path_factory.mktemp("corpus") / "pilkada.duckdb"))


def stored(db: str, sql: str) -> list[tuple]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_has_every_article_with_nested_extractions(db, tmp_path, capsys):
    out = tmp_path / "corpus.jsonl"
    assert main(["export", "corpus", "--format", "jsonl", "--out", str(out), "--db", db]) == 0
    articles = read_jsonl(out)
    assert len(articles) == stored(db, "SELECT count(*) FROM articles")[0][0]
    assert f"wrote {len(articles)} articles" in capsys.readouterr().err
    assert [a["article_date"] for a in articles] == sorted(a["article_date"] for a in articles)
    by_url = {a["url"]: a for a in articles}
    assert set(by_url) == {row[0] for row in stored(db, "SELECT canonical_url FROM articles")}
    officials = stored(db, "SELECT a.canonical_url, m.name, m.role FROM official_mentions_raw m "
                           "JOIN articles a USING (article_id)")
    assert officials
    for url, name, role in officials:
        assert {"name": name, "role": role} in [{"name": o["name"], "role": o["role"]} for o in by_url[url]["officials"]]
    for url, label in stored(db, "SELECT url, label FROM regulation_citations"):
        assert label in [r["label"] for r in by_url[url]["regulations"]]
    for url, value in stored(db, "SELECT a.canonical_url, d.value FROM date_mentions d JOIN articles a USING (article_id)"):
        assert value in [d["value"] for d in by_url[url]["dates"]]
    for url, text, speaker in stored(db, "SELECT a.canonical_url, q.text, q.speaker FROM quotes q "
                                         "JOIN articles a USING (article_id)"):
        assert {"text": text, "speaker": speaker} in by_url[url]["quotes"]
    jombang = [a for a in articles if "35.17" in a["regency_codes"]]
    assert jombang and all("Kabupaten Jombang" in a["regency_names"] for a in jombang)
    assert all(a["text"] and a["outlet"] for a in articles)


def test_parquet_keeps_lists_of_records_and_equals_jsonl(db, tmp_path):
    parquet, jsonl = tmp_path / "corpus.parquet", tmp_path / "corpus.jsonl"
    assert main(["export", "corpus", "--format", "parquet", "--out", str(parquet), "--db", db]) == 0
    assert main(["export", "corpus", "--out", str(jsonl), "--db", db]) == 0  # format from the suffix
    con = duckdb.connect()
    try:
        types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{parquet}')").fetchall())
        rows = con.execute(f"SELECT url, [o.name FOR o IN officials], [r.label FOR r IN regulations] "
                           f"FROM '{parquet}' ORDER BY article_date, article_id").fetchall()
    finally:
        con.close()
    assert types["officials"].startswith("STRUCT(") and types["officials"].endswith("[]")
    assert types["regency_codes"] == "VARCHAR[]" and types["published_on"] == "DATE"
    assert rows == [(a["url"], [o["name"] for o in a["officials"]], [r["label"] for r in a["regulations"]])
                    for a in read_jsonl(jsonl)]


def test_csv_joins_lists_into_cells(db, tmp_path):
    out = tmp_path / "corpus.csv"
    assert main(["export", "corpus", "--format", "csv", "--out", str(out), "--db", db]) == 0
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == stored(db, "SELECT count(*) FROM articles")[0][0]
    teguh = [r for r in rows if "Teguh Narutomo (Pj Bupati" in r["officials"]]
    assert teguh
    several = [r["regency_names"].split("; ") for r in rows if "; " in r["regency_names"]]
    assert ["Kabupaten Jombang", "Kabupaten Nganjuk"] in [sorted(names) for names in several]
    cited = [r for r in rows if r["regulations"]]
    assert cited and all(label.count(" ") == 1 for r in cited for label in r["regulations"].split("; "))
    texts = dict(stored(db, "SELECT canonical_url, text FROM articles"))
    assert {r["url"]: r["text"] for r in rows} == texts  # whole texts, line breaks included


def test_since_until_and_outlet_filter_the_articles(db, tmp_path):
    out = tmp_path / "part.jsonl"
    assert main(["export", "corpus", "--out", str(out), "--db", db, "--since", "2024-09-20", "--until", "2024-12-31",
                 "--outlet", "RMOLJatim"]) == 0
    articles = read_jsonl(out)
    expected = stored(db, "SELECT count(*) FROM article_facts WHERE outlet = 'rmoljatim' "
                          "AND article_date BETWEEN DATE '2024-09-20' AND DATE '2024-12-31'")[0][0]
    assert len(articles) == expected > 0
    assert all(a["outlet"] == "rmoljatim" and "2024-09-20" <= a["article_date"] <= "2024-12-31" for a in articles)
    empty = tmp_path / "empty.csv"
    assert main(["export", "corpus", "--out", str(empty), "--db", db, "--since", "2030-01-01"]) == 0
    assert empty.read_text(encoding="utf-8").splitlines()[0].startswith("article_id,outlet,")
    assert len(empty.read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    (["--out", "{tmp}/corpus.txt"], "give --format"),
    (["--format", "csv", "--out", "{tmp}/no/corpus.csv"], "does not exist"),
    (["--format", "csv", "--out", "{tmp}/c.csv", "--since", "yesterday"], "is not a date"),
    (["--format", "csv", "--out", "{tmp}/c.csv", "--since", "2024-12-01", "--until", "2024-01-01"], "is after"),
    (["--format", "csv", "--out", "{tmp}/c.csv", "--outlet", "rmoljatm"], "did you mean rmoljatim"),
    (["--format", "csv", "--out", "{tmp}/c.csv", "--regency", "Jombang"], "is for export timeline"),
])
def test_mistakes_get_one_line_and_exit_2_and_write_nothing(db, tmp_path, capsys, args, message):
    argv = ["export", "corpus", "--db", db] + [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob("*.txt"))


def test_timeline_rejects_corpus_options(db, tmp_path):
    with pytest.raises(SystemExit) as exited:
        main(["export", "timeline", "--regency", "Jombang", "--since", "2024-01-01", "--out", str(tmp_path / "t.csv"),
              "--db", db])
    assert exited.value.code == 2
