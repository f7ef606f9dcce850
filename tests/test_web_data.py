"""What the page reads: search with the CLI's name resolution, grouped timelines, displaCy spans, CSV flavours."""

from __future__ import annotations

import csv
import io

import pytest

from pilkada import warehouse as wh
from pilkada.web import data
from pilkada.warehouse.values import csv_text

import warehouse_fixture as fx


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(fx.build(tmp_path_factory.mktemp("webdata") / "pilkada.duckdb"))


@pytest.fixture
def con(db):
    connection = wh.connect(db, read_only=True)
    yield connection
    connection.close()


def test_search_finds_each_kind_of_name(con):
    assert data.search(con, "jombang").single == data.Subject("regency", "35.17", "Kabupaten Jombang")
    assert data.search(con, "35.17").single.value == "35.17"
    assert data.search(con, "Kota Malang").single.label == "Kota Malang"
    assert data.search(con, "teguh narutomo").single == data.Subject("official", "35.17:teguh-narutomo", "Teguh Narutomo")
    assert data.search(con, "Undang-Undang Nomor 10 Tahun 2016").single.value == "UU 10/2016"


def test_a_bare_name_of_a_kabupaten_and_a_kota_is_a_choice(con):
    result = data.search(con, "Malang")
    assert result.single is None
    assert sorted(s.value for s in result.choices) == ["35.07", "35.73"]
    assert sorted(s.label.split(" (")[0] for s in result.choices) == ["Kabupaten Malang", "Kota Malang"]
    assert data.search(con, "Kabupaten Malang").single.value == "35.07"


def test_near_matches_are_offered_for_a_misspelling(con):
    result = data.search(con, "Jombnag")
    assert not result.choices
    assert data.Subject("regency", "35.17", "Kabupaten Jombang") in result.near
    assert data.search(con, "Teguh Narutmo").near[0] == data.Subject("official", "Teguh Narutomo", "Teguh Narutomo")


def test_a_resolver_error_carrying_choices_becomes_a_choice_list(con):
    err = wh.AmbiguousName("official 'Ahmad' fits 2 people",
                           [("person-1", "Ahmad A (Ketua KPU, Jombang)"), ("person-2", "Ahmad A (Camat, Nganjuk)")])
    subjects = [data.subject_from_suggestion(con, "official", c) for c in err.choices]
    assert subjects == [data.Subject("official", "person-1", "Ahmad A (Ketua KPU, Jombang)"),
                        data.Subject("official", "person-2", "Ahmad A (Camat, Nganjuk)")]


def test_the_timeline_groups_one_sentence_with_all_its_people_and_filters(con):
    jombang = data.subject(con, "regency", "Jombang")
    events = data.timeline(con, jombang, data.Filters())
    assert events and [e["event_date"] for e in events] == sorted(e["event_date"] for e in events)
    assert len({(e["article_id"], e["sentence"], e["event_date"]) for e in events}) == len(events)
    stored = con.execute("SELECT count(DISTINCT (article_id, sentence, event_date)) FROM event_timeline "
                         "WHERE list_contains(regency_codes, '35.17')").fetchone()[0]
    assert len(events) == stored
    assert any(any(p.startswith("Teguh Narutomo") for p in e["people"]) for e in events)
    newest = data.timeline(con, jombang, data.Filters(newest_first=True))
    assert [e["event_date"] for e in newest] == sorted((e["event_date"] for e in events), reverse=True)
    only = data.parse_filters(con, "2024-09-20", "2024-12-31", "rmoljatim", None)
    filtered = data.timeline(con, jombang, only)
    assert filtered and all(e["outlet"] == "RMOLJatim" for e in filtered)
    assert all("2024-09-20" <= e["event_date"].isoformat() <= "2024-12-31" for e in filtered)
    with pytest.raises(wh.BadParameter, match="starts"):
        data.parse_filters(con, "2024-12-01", "2024-01-01", None, None)


def test_entity_spans_never_overlap_and_mark_repeated_names():
    text = "Bupati Jombang hadir. Warga Jombang datang ke Jombang Kota pada 18 September 2024."
    date = text.index("18 September 2024")
    entities = [{"label": "REGENCY", "start": 7, "end": 14, "detail": ""},
                {"label": "DATE", "start": date, "end": date + 17, "detail": ""},
                {"label": "PERSON", "start": date + 3, "end": date + 12, "detail": ""}]  # inside the date: dropped
    spans = data.entity_spans(text, entities)
    assert [(text[s["start"]:s["end"]], s["label"]) for s in spans] == [
        ("Jombang", "REGENCY"), ("Jombang", "REGENCY"), ("Jombang", "REGENCY"), ("18 September 2024", "DATE")]
    html = data.render_entities({"text": text, "entities": entities})
    assert html.count("<mark") == 4 and "REGENCY" in html and "http" not in html.replace('xmlns="http', "")


def test_csv_for_excel_uses_semicolons_a_bom_and_crlf():
    columns, rows = ["sentence", "people"], [("Kata dia, \"netral\".", ["A (Bupati)", "B (Camat)"])]
    plain = csv_text(columns, rows, excel=False)
    excel = csv_text(columns, rows, excel=True)
    assert not plain.startswith("\ufeff") and excel.startswith("\ufeff") and "\r\n" in excel
    assert list(csv.reader(io.StringIO(plain))) == list(csv.reader(io.StringIO(excel[1:]), delimiter=";"))
    assert list(csv.reader(io.StringIO(plain)))[1] == ['Kata dia, "netral".', "A (Bupati); B (Camat)"]


def test_the_timeline_chart_counts_what_the_coverage_page_counts_within_the_filters(con):
    from pilkada.web import coverage as cov

    jombang = data.subject(con, "regency", "Jombang")
    weeks = data.subject_article_weeks(con, jombang, data.Filters())
    assert weeks == [(week, n) for week, n in cov.panels(con, ["35.17"])[0].weeks if n]
    only = data.Filters(outlet="rmoljatim")
    expected = con.execute("SELECT count(*) FROM article_facts WHERE outlet = 'rmoljatim' "
                           "AND list_contains(regency_codes, '35.17')").fetchone()[0]
    assert 0 < sum(n for _, n in data.subject_article_weeks(con, jombang, only)) == expected < sum(n for _, n in weeks)


def test_a_sentence_that_only_opens_a_quotation_is_not_shown_twice():
    quote = "Dalam konteks ini, netralitas ASN menjadi topik sensitif. Netralitas ini merupakan tolak ukur"
    assert data.sentence_in_quote("“Dalam konteks ini, netralitas ASN menjadi topik sensitif.", quote)
    assert not data.sentence_in_quote("Hal ini disampaikan Bupati, “Netralitas ini merupakan tolak ukur”.", quote)
    assert not data.sentence_in_quote("Bupati hadir.", None)
