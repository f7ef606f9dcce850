"""docs/schema.md is generated from the schema's comments and the query headers, and must not go stale."""

from __future__ import annotations

from pathlib import Path

from pilkada import warehouse as wh
from pilkada.cli.main import main
from pilkada.warehouse import schemadoc

DOC = Path(__file__).resolve().parent.parent / "docs" / "schema.md"


def test_every_table_view_and_column_is_commented():
    con = wh.connect(":memory:")
    try:
        assert schemadoc.undocumented(con) == []
    finally:
        con.close()


def test_docs_schema_md_is_up_to_date():
    con = wh.connect(":memory:")
    try:
        expected = schemadoc.markdown(con)
    finally:
        con.close()
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    assert current == expected, "docs/schema.md is stale: run `pilkada schema --markdown > docs/schema.md`"


def test_schema_command_prints_comments(capsys, tmp_path):
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert "regency_timeline (view): event_timeline with one row per regency" in out
    assert "  canonical_url" in out and "Canonical URL" in out

    assert main(["schema", "--markdown"]) == 0
    assert capsys.readouterr().out == DOC.read_text(encoding="utf-8")

    path = tmp_path / "w.duckdb"
    wh.connect(path).close()
    assert main(["schema", "--db", str(path)]) == 0
    assert "articles (table): Cleaned articles" in capsys.readouterr().out
