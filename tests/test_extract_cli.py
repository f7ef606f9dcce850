"""`pilkada extract` and `pilkada eval` as a user runs them: real processes, seed articles, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
BASELINE = ROOT / "tests" / "gold_baseline.json"


def pilkada(*args: str, stdin: bytes | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pilkada.cli", *args], input=stdin, capture_output=True,
                          timeout=timeout, cwd=ROOT)


def extract_json(*args: str, stdin: bytes | None = None) -> dict:
    result = pilkada("extract", *args, stdin=stdin)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def test_rmoljatim_seed_as_first_scraped():
    out = extract_json(str(SEEDS / "rmoljatim_asn-jombang-ikrar-netralitas.txt"), "--published", "2024-09-24")
    assert set(out) >= {"published", "regencies", "provinces", "officials", "dates", "regulations"}
    assert out["published"] == "2024-09-24"
    # the related-article list (Jember, Banyuwangi, Gubernur Khofifah) is boilerplate, not the article
    assert [(r["code"], r["name"]) for r in out["regencies"]] == [("35.17", "Kabupaten Jombang")]
    assert out["provinces"] == []
    assert out["officials"] == [{"name": "Teguh Narutomo", "role": "Pj Bupati", "regency": "35.17", "province": "35"}]
    assert {d["value"] for d in out["dates"]} == {"2024-09-22", "2024-09-23", "2024-09-24", "2024-09-25",
                                                 "2024-11-23", "2024-11-27"}
    assert [(r["kind"], r["number"], r["year"]) for r in out["regulations"]] == [("PKPU", "2", 2024)]


def test_terasjatim_seed():
    out = extract_json(str(SEEDS / "terasjatim_sosialisasi-netralitas-jombang.txt"), "--published", "2024-09-18")
    assert {r["code"] for r in out["regencies"]} == {"35.17", "35.78"}
    names = {o["name"]: (o["role"], o["regency"]) for o in out["officials"]}
    assert names["A. Darmuji"] == ("Kepala Kantor Regional II BKN", None)
    assert names["Ahmad Udi Masjkur"] == ("Ketua Bawaslu", "35.17")
    assert set(names) == {"A. Darmuji", "Syaiful Anwar", "David Budiyanto", "Ahmad Udi Masjkur", "Teguh Narutomo"}
    assert {d["value"] for d in out["dates"]} == {"2024-09-18", "2024-11", "2024-08-27", "2024-08-29", "2024-11-27",
                                                 "2023-12-29"}
    regs = {(r["kind"], r["number"], r["year"]) for r in out["regulations"]}
    assert regs == {("UU", "10", 2016), ("SKB", "2", 2022), ("SKB", "800-5474", 2022), ("SKB", "246", 2022),
                    ("SKB", "30", 2022), ("SKB", "1447.1/pm.01/k.1/09/2022", 2022),
                    ("SE", "863/927/415.01/2023", 2023), ("SE", "800/397/415.01/2023", 2023)}
    uu = next(r for r in out["regulations"] if r["kind"] == "UU")
    assert uu["article"] == "Pasal 201 ayat (8)" and uu["text"] == "Undang-undang Nomor: 10 Tahun 2016"


def test_dayaknews_seed_from_stdin():
    text = (SEEDS / "dayaknews_gumas-netralitas-asn.txt").read_bytes()
    out = extract_json("-", "--published", "2024-09-20", stdin=text)
    assert [r["code"] for r in out["regencies"]] == ["62.10"]
    assert out["officials"] == [{"name": "Herson B. Aden", "role": "Pj. Bupati", "regency": "62.10", "province": "62"}]
    assert [(r["kind"], r["number"], r["year"], r["about"][:22]) for r in out["regulations"]] == [
        ("UU", "20", 2023, "Aparatur Sipil Negara ")]
    assert out["dates"] == []


def test_html_page_is_cleaned_and_dated_from_its_metadata(sites_server, tmp_path):
    import urllib.request

    manifest = json.load(urllib.request.urlopen(sites_server + "/_manifest.json"))["outlets"]["terasjatim"]
    article = next(a for a in manifest["articles"] if "sosialisasi-netralitas-jombang" in a["url"])
    page = tmp_path / "page.html"
    page.write_bytes(urllib.request.urlopen(f"{sites_server}/terasjatim/{article['url']}").read())
    out = extract_json(str(page), "--outlet", "terasjatim")
    assert out["published"] == "2024-09-18"  # from the page's metadata, not "Tahun 2016" in the body
    assert "2024-08-29" in {d["value"] for d in out["dates"]}


@pytest.mark.parametrize("make_input, args, message", [
    (lambda d: None, ["/nonexistent/article.txt"], "no such file"),
    (lambda d: d.joinpath("empty.txt").write_text("  \n\n"), ["{d}/empty.txt"], "is empty"),
    (lambda d: d.joinpath("a.txt").write_text("Bupati Jombang hadir."), ["{d}/a.txt", "--published", "24/09/2024"], "YYYY-MM-DD"),
    (lambda d: d.joinpath("cp.txt").write_bytes("Bupati Jombang hadir \x93Pemilu\x94".encode("latin-1")), ["{d}/cp.txt"], "not UTF-8"),
    (lambda d: d.joinpath("junk.txt").write_bytes(os.urandom(4096) + b"\x00"), ["{d}/junk.txt"], "binary"),
    (lambda d: None, ["{d}"], "directory"),
])
def test_bad_input_is_one_line_and_nothing_on_stdout(tmp_path, make_input, args, message):
    make_input(tmp_path)
    result = pilkada("extract", *[a.format(d=tmp_path) for a in args])
    assert result.returncode == 2
    assert result.stdout == b""
    err = result.stderr.decode()
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_html_with_no_article(tmp_path):
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav><a href='/'>Beranda</a></nav><footer>Redaksi</footer></body></html>")
    result = pilkada("extract", str(page))
    assert result.returncode == 2 and b"no article text" in result.stderr


def test_text_that_is_not_indonesian_gives_an_empty_result(tmp_path):
    english = tmp_path / "en.txt"
    english.write_text("The quarterly report shows steady growth in exports of machinery and textiles.")
    out = extract_json(str(english))
    assert all(out[field] == [] for field in ("regencies", "provinces", "officials", "dates", "regulations"))


def test_enormous_text_is_cut_with_a_message_and_no_hang(tmp_path):
    seed = (SEEDS / "terasjatim_sosialisasi-netralitas-jombang.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((seed + "\n\n") * 900, encoding="utf-8")  # about 5 MB
    assert big.stat().st_size > 5_000_000
    result = pilkada("extract", str(big), "--published", "2024-09-18", timeout=120)
    assert result.returncode == 0
    assert b"only the first" in result.stderr
    assert {r["code"] for r in json.loads(result.stdout)["regencies"]} == {"35.17", "35.78"}


def test_eval_prints_the_table_and_the_gate_holds_against_the_baseline():
    result = pilkada("eval", "tests/gold", "--baseline", str(BASELINE), timeout=300)
    out = result.stdout.decode()
    assert result.returncode == 0, out + result.stderr.decode()
    for field in ("regencies", "provinces", "officials", "dates", "regulations"):
        assert field in out


def test_gold_set_meets_the_targets():
    from pilkada.cli.commands.eval import evaluate

    (totals, _diffs), count = evaluate(ROOT / "tests" / "gold")
    assert count >= 40
    for field in ("regencies", "dates", "regulations"):
        assert totals[field].f1 >= 0.95, field
    assert totals["officials"].f1 >= 0.90


def test_gate_fails_and_names_the_articles_when_a_score_drops(tmp_path):
    raised = json.loads(BASELINE.read_text())
    raised["scores"]["officials.recall"] = 1.5  # a baseline no extractor can meet
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(raised))
    result = pilkada("eval", "tests/gold", "--baseline", str(baseline), timeout=300)
    assert result.returncode == 1
    assert b"officials.recall" in result.stderr


def _small_gold(tmp_path: Path, outlet: str = "nganjuknews") -> Path:
    """A copy of one outlet's gold articles whose sources point back at the repository's article texts."""
    gold = tmp_path / "gold" / outlet
    gold.mkdir(parents=True)
    for file in sorted((ROOT / "tests" / "gold" / outlet).glob("*.json")):
        record = json.loads(file.read_text(encoding="utf-8"))
        record["source"] = str((file.parent / record["source"]).resolve())
        (gold / file.name).write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    return gold.parent


def test_update_baseline_refuses_a_lower_figure_without_a_reason_and_records_one_with_it(tmp_path):
    gold = _small_gold(tmp_path)
    baseline = tmp_path / "baseline.json"
    first = pilkada("eval", str(gold), "--update-baseline", "--baseline", str(baseline))
    assert first.returncode == 0, first.stderr.decode()
    pinned = json.loads(baseline.read_text())
    assert pinned["articles"] == 6 and len(pinned["digests"]) == 6 and pinned["history"][0]["articles_pinned"] == 6

    pinned["scores"]["dates.f1"] = 1.5  # as if the extractor had once done better than it does now
    baseline.write_text(json.dumps(pinned))
    refused = pilkada("eval", str(gold), "--update-baseline", "--baseline", str(baseline))
    assert refused.returncode == 1
    assert b"dates.f1 would go down: 1.5 -> 1.0" in refused.stderr
    assert json.loads(baseline.read_text())["scores"]["dates.f1"] == 1.5  # nothing written

    accepted = pilkada("eval", str(gold), "--update-baseline", "--baseline", str(baseline),
                       "--reason", "a gold date was wrong")
    assert accepted.returncode == 0, accepted.stderr.decode()
    updated = json.loads(baseline.read_text())
    assert updated["scores"]["dates.f1"] == 1.0
    last = updated["history"][-1]
    assert last["changed"]["dates.f1"] == [1.5, 1.0] and last["lowered"] == ["dates.f1"]
    assert last["reason"] == "a gold date was wrong" and last["date"].startswith("20")


def test_a_changed_gold_article_fails_the_gate_by_name_until_the_baseline_is_updated(tmp_path):
    gold = _small_gold(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert pilkada("eval", str(gold), "--update-baseline", "--baseline", str(baseline)).returncode == 0
    assert pilkada("eval", str(gold), "--baseline", str(baseline)).returncode == 0

    article = gold / "nganjuknews" / "apel-siaga-pengamanan-pilkada.json"
    record = json.loads(article.read_text(encoding="utf-8"))
    record["quotes"] = record["quotes"][:1]  # an annotation quietly thinned
    article.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    gated = pilkada("eval", str(gold), "--baseline", str(baseline))
    assert gated.returncode == 1
    assert b"changed: nganjuknews/apel-siaga-pengamanan-pilkada" in gated.stderr

    refused = pilkada("eval", str(gold), "--update-baseline", "--baseline", str(baseline))
    assert refused.returncode == 1 and b"gold article changed or removed" in refused.stderr
    assert pilkada("eval", str(gold), "--update-baseline", "--baseline", str(baseline),
                   "--reason", "quotes re-annotated").returncode == 0
    assert json.loads(baseline.read_text())["history"][-1]["articles_changed"] == [
        "nganjuknews/apel-siaga-pengamanan-pilkada"]
    assert pilkada("eval", str(gold), "--baseline", str(baseline)).returncode == 0


def test_readme_gold_figures_are_the_baseline_files():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- gold-figures: generated by `pilkada eval tests/gold --baseline-table` -->\n", 1)[1]
    block = block.split("\n<!-- /gold-figures -->", 1)[0]
    table = pilkada("eval", "tests/gold", "--baseline-table")
    assert table.returncode == 0
    assert block == table.stdout.decode().strip(), "regenerate: pilkada eval tests/gold --baseline-table"


def test_the_baseline_holds_every_held_out_sets_before_fix_figures_and_status():
    import tomllib

    sets = tomllib.loads((ROOT / "tests" / "gold" / "sets.toml").read_text(encoding="utf-8"))
    for name, info in sets.items():
        assert (ROOT / "tests" / "gold" / name).is_dir(), name
        assert info["status"] in ("held-out", "training")
        assert info["articles"] == len(list((ROOT / "tests" / "gold" / name).glob("*.json")))
        assert 0.0 < info["before_fixes"]["officials.f1"] <= 1.0
