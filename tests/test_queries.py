"""Every named query of queries/: its header, its columns, and its rows on the fixture warehouse."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import duckdb
import pytest

from pilkada import warehouse as wh
from pilkada.cli.main import main
from pilkada.warehouse import queries as q


import persons_fixture as pf
import warehouse_fixture as fx
D = dt.date

# One example per query: a new query without an example fails test_every_query_has_an_example.
EXAMPLES = {
    "regency_timeline": {"regency": "Jombang"},
    "official_timeline": {"official": "Teguh Narutomo"},
    "regulation_timeline": {"regulation": "UU 10/2016"},
    "officials_by_regency_role": {},
    "regulations_most_cited": {},
    "event_comparison": {},
    "coverage_per_outlet_week": {},
    "coverage_per_regency_week": {},
    "regencies_without_coverage": {"province": "Jawa Timur", "from": "2024-10-01"},
    "articles_citing_regulation": {"regulation": "UU 10/2016"},
    "role_holder_on_date": {"regency": "Nganjuk", "role": "Bupati", "on": "2024-10-01"},
    "people_in_several_regencies": {},
}
# Queries about people across articles run on the fixture plus persons_fixture's articles.
PEOPLE_QUERIES = {"role_holder_on_date", "people_in_several_regencies"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return fx.build(tmp_path_factory.mktemp("queries") / "pilkada.duckdb")


@pytest.fixture(scope="module")
def con(db):
    connection = wh.connect(db, read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def people_db(tmp_path_factory):
    return pf.build(tmp_path_factory.mktemp("people") / "pilkada.duckdb")


@pytest.fixture(scope="module")
def people_con(people_db):
    connection = wh.connect(people_db, read_only=True)
    yield connection
    connection.close()


def rows(con, name, **params):
    return q.run_query(con, name, params).dicts()


# ------------------------------------------------------------------------------ headers and columns


def test_every_query_has_an_example():
    assert sorted(query.name for query in q.list_queries()) == sorted(EXAMPLES)


@pytest.mark.parametrize("query", q.list_queries(), ids=lambda query: query.name)
def test_header_declares_what_the_sql_uses(query):
    assert query.question.endswith("?")
    assert q.sql_params(query) == {p.name for p in query.params}
    assert all(p.description for p in query.params)
    assert query.columns and "url" in dict(query.columns), "every exportable row carries its source url"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_query_returns_the_columns_its_header_declares(request, name):
    con = request.getfixturevalue("people_con" if name in PEOPLE_QUERIES else "con")
    result = q.run_query(con, name, EXAMPLES[name])
    assert list(zip(result.columns, result.types)) == list(q.get_query(name).columns)
    assert result.rows, f"{name} returned nothing on the fixture warehouse"


def test_queries_read_views_not_raw_tables():
    raw = ("official_mentions_raw", "regulation_citations_raw", "pages", "crawl_runs")
    for query in q.list_queries():
        body = query.sql.lower()
        assert not any(f" {table}" in body for table in raw), query.name


# ------------------------------------------------------------------------------ rows


def test_regency_timeline(con):
    events = rows(con, "regency_timeline", regency="Jombang")
    assert events == rows(con, "regency_timeline", regency="35.17") == rows(con, "regency_timeline",
                                                                           regency="Kab. Jombang")
    dates = [e["event_date"] for e in events]
    assert dates == sorted(dates) and dates[0] == D(2023, 12, 29)
    assert {e["regency"] for e in events} == {"Kabupaten Jombang"}
    assert {e["url"] for e in events} == {fx.RMOL_JOMBANG_URL, fx.TERAS_JOMBANG_URL, fx.RMOL_JATIM_URL}
    first = events[0]
    assert first["date_precision"] == "day" and first["sentence"].startswith("Penting untuk mempedomani Surat Edaran")
    quote = next(e for e in events if e["quote"] and e["speaker"] == "Teguh Narutomo")
    assert (quote["event_date"], quote["date_as_written"], quote["published_on"]) == (
        D(2024, 9, 24), "Selasa (24/09)", D(2024, 9, 24))
    assert quote["officials"] == "Teguh Narutomo" and quote["roles"] == "Pj Bupati"
    assert quote["title"] == fx.RMOL_JOMBANG_TITLE and quote["outlet"] == "rmoljatim"
    # one row per dated sentence: the sentence naming four officials is one row with all four, roles in order
    assert len({(e["url"], e["sentence"], e["event_date"]) for e in events}) == len(events)
    hall = next(e for e in events if e["sentence"].startswith("Dalam acara yang digelar di Aula Bung Tomo"))
    assert hall["officials"] == "A. Darmuji; Ahmad Udi Masjkur; David Budiyanto; Syaiful Anwar"
    assert hall["roles"] == "Kepala Kantor Regional II BKN; Ketua Bawaslu; Ketua KPU; Asisten Administrasi Umum Setdakab"
    cited = next(e for e in events if e["regulations"] and "UU 10/2016" in e["regulations"])
    assert cited["date_precision"] == "month" and cited["date_as_written"]
    # the round-up about Jombang and Nganjuk: each sentence goes to the regency it is about
    roundup = [e for e in events if e["url"] == fx.RMOL_JATIM_URL]
    assert [(e["event_date"], e["date_precision"]) for e in roundup] == [(D(2024, 10, 19), "day"),
                                                                         (D(2024, 10, 20), "article date")]
    nganjuk = rows(con, "regency_timeline", regency="Nganjuk")
    assert (D(2024, 10, 1), "month", "Mochamad Arifin") in [(e["event_date"], e["date_precision"], e["officials"])
                                                            for e in nganjuk]
    # an office in another city belongs to that city, with the officials of its sentence
    surabaya = rows(con, "regency_timeline", regency="Kota Surabaya")
    assert [e["officials"] for e in surabaya] == [hall["officials"]]

    window = rows(con, "regency_timeline", regency="Jombang", **{"from": "2024-09-20", "to": "2024-09-30"})
    assert window and all(D(2024, 9, 20) <= e["event_date"] <= D(2024, 9, 30) for e in window)


def test_an_article_without_a_date_is_placed_by_its_fetch(con):
    events = rows(con, "regency_timeline", regency="Gumas")
    undated = [e for e in events if e["url"] == fx.DAYAK_DEBAT_URL]
    assert [(e["event_date"], e["date_precision"]) for e in undated] == [(D(2024, 10, 4), "date fetched")]


def test_official_timeline(con):
    events = rows(con, "official_timeline", official="teguh")
    assert events == rows(con, "official_timeline", official="35.17:teguh-narutomo")
    assert {e["officials"] for e in events} == {"Teguh Narutomo"}
    assert [(e["event_date"], e["date_precision"]) for e in events] == [(D(2024, 9, 24), "article date"),
                                                                        (D(2024, 9, 24), "day")]
    assert events[1]["quote"].startswith("Tidak henti-hentinya") and events[0]["regency"] == "Kabupaten Jombang"
    assert rows(con, "official_timeline", official="Herson B Aden")[0]["roles"] == "Pj. Bupati"


def test_regulation_timeline(con):
    events = rows(con, "regulation_timeline", regulation="Undang-Undang Nomor 10 Tahun 2016")
    assert [(e["event_date"], e["date_precision"], e["regency"]) for e in events] == [
        (D(2024, 10, 2), "article date", "Kabupaten Nganjuk"), (D(2024, 11, 1), "month", "Kabupaten Jombang")]
    assert events[0]["officials"] == "Ratna Dewi Lestari" and events[0]["regulations"] == "UU 10/2016"


def test_officials_by_regency_role(con):
    malang = rows(con, "officials_by_regency_role", regency="Kota Malang")
    assert [(r["role"], r["official"]) for r in malang] == [("Ketua KPU", "Siti Rahmawati"),
                                                           ("Pj Wali Kota", "Hendra Kusuma")]
    bupati = rows(con, "officials_by_regency_role", role="bupati")
    assert [(r["regency_code"], r["official"]) for r in bupati] == [
        ("35.17", "Teguh Narutomo"), ("35.18", "Sugeng Wibisono"), ("62.10", "Herson B. Aden")]
    provincial = [r for r in rows(con, "officials_by_regency_role") if r["regency_code"] is None]
    assert [(r["official"], r["url"]) for r in provincial] == [("Mochamad Arifin", fx.RMOL_JATIM_URL)]


def test_regulations_most_cited(con):
    jombang = rows(con, "regulations_most_cited", regency="Jombang")
    assert [(r["month"], r["label"]) for r in jombang] == [
        (D(2024, 9, 1), "PKPU 2/2024"), (D(2024, 9, 1), "SE 863/927/415.01/2023"), (D(2024, 9, 1), "UU 10/2016"),
        (D(2024, 10, 1), "PERBAWASLU 6/2024")]
    assert all(r["citations"] == 1 and r["url"] for r in jombang)
    # tied regulations share their rank and none is cut off by its name (UU 10/2016 was, sorted last);
    # within a rank the most recently cited comes first
    top = rows(con, "regulations_most_cited", regency="Jombang", top="1")
    september = [(r["rank"], r["label"], r["last_cited"]) for r in top if r["month"] == D(2024, 9, 1)]
    assert september == [(1, "PKPU 2/2024", D(2024, 9, 24)), (1, "SE 863/927/415.01/2023", D(2024, 9, 18)),
                         (1, "UU 10/2016", D(2024, 9, 18))]
    top = rows(con, "regulations_most_cited", top="1")
    assert all(r["rank"] == 1 for r in top)
    # Surabaya is only the seat of an office in a Jombang article: not what the article is about
    assert "35.78" not in {r["regency_code"] for r in top}


def test_event_comparison(con):
    oaths = rows(con, "event_comparison")
    assert [(r["regency"], r["event_date"], r["date_precision"]) for r in oaths] == [
        ("Kabupaten Jombang", D(2024, 9, 18), "published"),
        ("Kabupaten Gunung Mas", D(2024, 9, 20), "published"),
        ("Kabupaten Jombang", D(2024, 9, 24), "published"),
        ("Kabupaten Nganjuk", D(2024, 10, 1), "day"),
    ]
    assert all("ikrar netralitas" in r["snippet"].lower() for r in oaths)
    assert oaths[3]["url"] == fx.RMOL_NGANJUK_URL and oaths[3]["outlets"] == ["rmoljatim"]
    debates = rows(con, "event_comparison", pattern="debat publik")
    assert [(r["regency_code"], r["date_precision"]) for r in debates] == [("62.10", "fetched")]


def test_event_comparison_takes_title_snippet_and_url_of_one_article(tmp_path):
    """Two articles of one regency's event as early as each other: the row's title, snippet and URL are all one
    article's, the one of the first URL, not the first loaded; an article mainly about another regency is not counted."""
    db = fx.build(tmp_path / "pilkada.duckdb")
    twin_url = "https://dayaknews.com/2024/10/02/nganjuk-ikrar-netralitas/"  # sorts before the fixture's rmoljatim.id
    twin_text = fx.RMOL_NGANJUK.replace("di Pendopo Kabupaten", "bertempat di halaman Pendopo Kabupaten")
    later = [
        fx.article("dayaknews", twin_url, "Ikrar Netralitas di Nganjuk", "2024-10-02", twin_text,
                   fx.rmol_nganjuk_record(twin_text), "2024-10-21T09:05:00Z", None),
        # names Nganjuk once, but is mainly about Jombang
        fx.article("terasjatim", "https://terasjatim.com/jombang-ikrar-netralitas/", "Jombang Juga Ikrar Netralitas",
                   "2024-10-02", "Pemkab Jombang menggelar ikrar netralitas ASN, menyusul Kabupaten Nganjuk.",
                   {"regencies": [{"code": "35.17", "name": "Kabupaten Jombang", "mentions": 3, "start": 0, "end": 14,
                                   "sentence": None},
                                  {"code": "35.18", "name": "Kabupaten Nganjuk", "mentions": 1, "start": 56, "end": 73,
                                   "sentence": None}]},
                   "2024-10-21T09:06:00Z", None),
    ]
    con = wh.connect(db)
    try:
        wh.load_batch(con, {"pages": [p for p, _ in later], "articles": [a for _, a in later], "failures": [],
                            "skipped": []})
        # the view event_comparison reads the main regencies from agrees with article_facts
        mains = con.execute("SELECT article_id, list(regency_code ORDER BY start_offset NULLS LAST, regency_code)"
                            " FROM article_regencies WHERE main GROUP BY ALL").fetchall()
        facts = con.execute("SELECT article_id, main_regency_codes FROM article_facts"
                            " WHERE len(main_regency_codes) > 0").fetchall()
        assert sorted(mains) == sorted(facts) and len(facts) >= 7
        nganjuk = [r for r in rows(con, "event_comparison") if r["regency_code"] == "35.18"]
    finally:
        con.close()
    assert len(nganjuk) == 1 and nganjuk[0]["articles"] == 2
    assert nganjuk[0]["outlets"] == ["dayaknews", "rmoljatim"]
    assert (nganjuk[0]["url"], nganjuk[0]["title"]) == (twin_url, "Ikrar Netralitas di Nganjuk")
    assert "halaman Pendopo" in nganjuk[0]["snippet"]


def _loaded_in_order(path, reverse: bool):
    """persons_fixture's warehouse plus a twin of the Nganjuk oath article (same outlet, day, regency and officials,
    another URL), its batches and their articles loaded in the given order: ties between the two are real."""
    twin_url = fx.RMOL_NGANJUK_URL + "-2"
    twin = fx.article("rmoljatim", twin_url, fx.RMOL_NGANJUK_TITLE + " (2)", "2024-10-02", fx.RMOL_NGANJUK,
                      fx.rmol_nganjuk_record(), "2024-10-21T09:00:00Z", None)
    batches = [{"pages": b["pages"], "articles": b["articles"]} for b in pf.batches(None)]
    batches.append({"pages": [twin[0]], "articles": [twin[1]]})
    if reverse:
        batches = [{"pages": b["pages"][::-1], "articles": b["articles"][::-1]} for b in batches[::-1]]
    con = wh.connect(path)
    try:
        wh.upsert_outlets(con, fx.OUTLETS)
        for batch in batches:
            wh.load_batch(con, {"failures": [], "skipped": [], **batch})
    finally:
        con.close()
    return path


def test_every_query_answers_the_same_whatever_the_order_articles_were_loaded_in(tmp_path):
    """Of two articles as late (or as early) as each other, a query's URL, title and snippet are chosen by the URL,
    never by which was stored first: the same warehouse contents give the same answers, row for row."""
    forward = wh.connect(_loaded_in_order(tmp_path / "forward.duckdb", reverse=False), read_only=True)
    backward = wh.connect(_loaded_in_order(tmp_path / "backward.duckdb", reverse=True), read_only=True)
    try:
        for query in q.list_queries():
            params = EXAMPLES[query.name]
            assert q.run_query(forward, query.name, params).rows == q.run_query(backward, query.name, params).rows, \
                query.name
        assert forward.execute("SELECT * FROM person_roles ORDER BY ALL").fetchall() == \
            backward.execute("SELECT * FROM person_roles ORDER BY ALL").fetchall()
    finally:
        forward.close()
        backward.close()


def test_coverage_per_regency_week_lists_empty_weeks(con):
    jombang = rows(con, "coverage_per_regency_week", regency="Jombang")
    assert [(r["week"], r["articles"]) for r in jombang] == [
        (D(2024, 9, 16), 1), (D(2024, 9, 23), 1), (D(2024, 9, 30), 0), (D(2024, 10, 7), 0), (D(2024, 10, 14), 1)]
    assert all((r["url"] is None) == (r["articles"] == 0) for r in jombang)
    # every covered regency gets the same weeks, from the first article's week to the last one's
    weeks = rows(con, "coverage_per_regency_week")
    by_regency = {}
    for r in weeks:
        by_regency.setdefault(r["regency_code"], []).append(r["week"])
    assert set(by_regency) == {"35.17", "35.18", "35.73", "35.78", "62.10"}
    assert all(w == by_regency["35.17"] for w in by_regency.values())
    # a period and a regency with no article in it: its weeks, all zero
    quiet = rows(con, "coverage_per_regency_week", regency="Kota Malang", **{"from": "2024-09-01", "to": "2024-09-30"})
    assert [(r["week"], r["articles"]) for r in quiet] == [(D(2024, 8, 26), 0), (D(2024, 9, 2), 0), (D(2024, 9, 9), 0),
                                                           (D(2024, 9, 16), 0), (D(2024, 9, 23), 0), (D(2024, 9, 30), 0)]


def test_role_holder_on_date(people_con):
    holders = q.run_query(people_con, "role_holder_on_date",
                          {"regency": "Nganjuk", "role": "bupati", "on": "2024-09-15"}).dicts()
    # the Bupati, seen from August to November, then the Pj Bupati first seen after the date; not the Ketua Bawaslu
    assert [(h["official"], h["role"], h["days_away"], h["evidence"]) for h in holders] == [
        ("Sri Handoko Taruna", "Bupati", 0, "in the role: seen in it on or around the date"),
        ("Sugeng Wibisono", "Pj Bupati", 17, "first seen in the role after the date")]
    assert (holders[0]["first_date"], holders[0]["last_date"], holders[0]["articles"]) == (
        D(2024, 8, 5), D(2024, 11, 2), 3)
    assert holders[0]["url"] == pf.NGANJUK_NOV_URL and holders[0]["person_id"] == "35.18:sri-handoko-taruna"
    later = q.run_query(people_con, "role_holder_on_date", {"regency": "35.18", "role": "Bupati", "on": "2024-12-01"})
    assert [(r[0], r[6]) for r in later.rows][0] == ("Sri Handoko Taruna", "last seen in the role before the date")
    assert q.run_query(people_con, "role_holder_on_date",
                       {"regency": "Kabupaten Kediri", "role": "Bupati", "on": "2024-10-15"}).rows == []
    # by default the Bupati as of the latest article (2024-11-02, the last one naming him)
    latest = q.run_query(people_con, "role_holder_on_date", {"regency": "Nganjuk"}).dicts()
    assert (latest[0]["official"], latest[0]["days_away"]) == ("Sri Handoko Taruna", 0)
    kades = q.run_query(people_con, "role_holder_on_date",
                        {"regency": "Kabupaten Kediri", "role": "kepala desa", "on": "2024-10-15"}).dicts()
    assert [(k["official"], k["regency"]) for k in kades] == [("Sri Handoko", "Kabupaten Kediri")]


def test_people_in_several_regencies(people_con):
    several = q.run_query(people_con, "people_in_several_regencies", {}).dicts()
    # "Sri Handoko" is the Bupati's name in Nganjuk (in full Sri Handoko Taruna) and a kepala desa's in Kediri;
    # the governor is one person, seen in both regencies
    assert [(p["official"], p["kind"], p["regencies"], p["person_ids"], p["articles"]) for p in several] == [
        ("Sri Handoko", "one name, officials of several regencies", 2, ["35.06:sri-handoko", "35.18:sri-handoko-taruna"],
         4),
        ("Bambang Sutrisno", "one person, provincial office", 2, ["35:bambang-sutrisno"], 2)]
    assert several[1]["places"] == ("Jawa Timur (35): Gubernur; seen in Kabupaten Kediri (35.06), "
                                    "Kabupaten Nganjuk (35.18)")
    assert several[0]["places"] == ("Kabupaten Kediri (35.06): Kepala Desa (Sri Handoko); "
                                    "Kabupaten Nganjuk (35.18): Bupati (Sri Handoko Taruna)")
    assert (several[0]["first_date"], several[0]["last_date"], several[0]["url"]) == (
        D(2024, 8, 5), D(2024, 11, 2), pf.NGANJUK_NOV_URL)
    assert q.run_query(people_con, "people_in_several_regencies", {"province": "Kalteng"}).rows == []
    assert len(q.run_query(people_con, "people_in_several_regencies", {"min_regencies": "1"}).rows) > 10


def test_coverage_per_outlet_week(con):
    weeks = rows(con, "coverage_per_outlet_week")
    assert sum(r["articles"] for r in weeks) == 7
    assert all(r["week"].weekday() == 0 for r in weeks)
    rmol = rows(con, "coverage_per_outlet_week", outlet="RMOLJatim")
    assert [(r["week"], r["articles"], r["regencies"]) for r in rmol] == [
        (D(2024, 9, 23), 1, 1), (D(2024, 9, 30), 1, 1), (D(2024, 10, 14), 1, 2)]


def test_regencies_without_coverage(con):
    jatim = rows(con, "regencies_without_coverage", province="Jatim", **{"from": "2024-10-01"})
    codes = [r["regency_code"] for r in jatim]
    assert len(codes) == 38 - 3 and {"35.17", "35.18", "35.73"}.isdisjoint(codes)
    surabaya = next(r for r in jatim if r["regency_code"] == "35.78")
    assert (surabaya["last_date"], surabaya["url"]) == (D(2024, 9, 18), fx.TERAS_JOMBANG_URL)
    assert next(r for r in jatim if r["regency_code"] == "35.01")["url"] is None
    kalteng = rows(con, "regencies_without_coverage", province="62", **{"from": "2024-10-01"})
    assert "62.10" not in {r["regency_code"] for r in kalteng} and len(kalteng) == 13


def test_articles_citing_regulation(con):
    cited = rows(con, "articles_citing_regulation", regulation="uu no. 10 tahun 2016")
    assert [(r["article_date"], r["article_ref"], r["regencies"]) for r in cited] == [
        (D(2024, 9, 18), "Pasal 201 ayat (8)", "Kabupaten Jombang; Kota Surabaya"),
        (D(2024, 10, 2), "Pasal 71", "Kabupaten Nganjuk")]
    se = rows(con, "articles_citing_regulation", regulation="SE 863/927/415.01/2023")
    assert [r["url"] for r in se] == [fx.TERAS_JOMBANG_URL]


# ------------------------------------------------------------------------------ names and parameters


@pytest.mark.parametrize("name, code", [
    ("35.17", "35.17"), ("Jombang", "35.17"), ("KABUPATEN JOMBANG", "35.17"), ("Kab. Nganjuk", "35.18"),
    ("Kabupaten Malang", "35.07"), ("Kota Malang", "35.73"), ("Pemkot Malang", "35.73"), ("Gumas", "62.10"),
    ("Kukar", "64.02"), ("Tangsel", "36.74"), ("kab kediri", "35.06"), ("Kota Kediri", "35.71"), ("Solo", "33.72"),
    ("Gunung Mas", "62.10"), ("Kota Administrasi Jakarta Pusat", "31.71"), ("Jakarta Pusat", "31.71"),
])
def test_regency_names_resolve_to_codes(con, name, code):
    assert q.resolve_regency(con, name) == code


@pytest.mark.parametrize("name, choices", [
    ("Malang", [("35.07", "Kabupaten Malang (35.07)"), ("35.73", "Kota Malang (35.73)")]),
    ("kediri", [("35.06", "Kabupaten Kediri (35.06)"), ("35.71", "Kota Kediri (35.71)")]),
])
def test_a_name_of_a_kabupaten_and_a_kota_is_ambiguous(con, name, choices):
    with pytest.raises(wh.AmbiguousName) as err:
        q.resolve_regency(con, name)
    assert err.value.choices == choices
    assert [q.resolve_regency(con, value) for value, _ in choices] == [value for value, _ in choices]


def test_unknown_names_come_with_near_matches(con):
    with pytest.raises(wh.UnknownName) as err:
        q.resolve_regency(con, "Jombnag")
    assert str(err.value).startswith("no regency 'Jombnag'; did you mean Kabupaten Jombang (35.17)")
    assert "Kabupaten Jombang (35.17)" in err.value.suggestions
    with pytest.raises(wh.UnknownName, match="no regency with code '99.99'"):
        q.resolve_regency(con, "99.99")
    with pytest.raises(wh.UnknownName, match="did you mean Teguh Narutomo"):
        q.resolve_official(con, "Teguh Narutmo")
    with pytest.raises(wh.UnknownName, match="did you mean UU 10/2016"):
        q.resolve_regulation(con, "UU 10/2061")
    assert q.resolve_province(con, "Kalteng") == "62" and q.resolve_province(con, "provinsi jawa timur") == "35"
    assert q.resolve_outlet(con, "dayak news") == "dayaknews"


def test_parameter_mistakes(con):
    with pytest.raises(wh.BadParameter, match="needs regency="):
        q.run_query(con, "regency_timeline", {})
    with pytest.raises(wh.BadParameter, match="has no parameter since"):
        q.run_query(con, "regency_timeline", {"regency": "Jombang", "since": "2024-01-01"})
    with pytest.raises(wh.BadParameter, match="is not a date"):
        q.run_query(con, "regency_timeline", {"regency": "Jombang", "from": "24/09/2024"})
    with pytest.raises(wh.UnknownQuery, match="did you mean regency_timeline"):
        q.run_query(con, "regency_timelines", {})


def test_a_custom_query_directory(con, tmp_path):
    (tmp_path / "quoted_default.sql").write_text(
        "-- question: Does a quoted default with a comma, and an integer default, bind?\n"
        "-- params:   $label  VARCHAR = 'a, b'  some text\n"
        "--           $n      INTEGER = 3       a number\n"
        "-- columns:  label VARCHAR, n INTEGER, url VARCHAR\n"
        "SELECT $label AS label, $n::INTEGER AS n, NULL::VARCHAR AS url;\n", encoding="utf-8")
    assert [query.name for query in q.list_queries(tmp_path)] == ["quoted_default"]
    result = q.run_query(con, "quoted_default", {}, directory=tmp_path)
    assert result.rows == [("a, b", 3, None)]


# ------------------------------------------------------------------------------ the command


def test_query_command_formats(db, capsys, tmp_path):
    assert main(["query", "--list"]) == 0
    listing = capsys.readouterr().out
    assert all(name in listing for name in EXAMPLES) and "--param regency=" in listing

    assert main(["query", "regency_timeline", "-p", "regency=Kota Malang", "-f", "csv", "--db", str(db)]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == [c for c, _ in q.get_query("regency_timeline").columns]
    assert {row[4] for row in table[1:]} == {"Kota Malang"} and len(table) == 5

    assert main(["query", "officials_by_regency_role", "-p", "regency=Gumas", "-f", "json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(r["official"], r["first_date"]) for r in data] == [("Yohanes Ardianto", "2024-10-04"),
                                                                ("Herson B. Aden", "2024-09-20")]

    assert main(["query", "event_comparison", "--db", str(db)]) == 0
    assert "Kabupaten Nganjuk" in capsys.readouterr().out

    out = tmp_path / "oaths.parquet"
    assert main(["query", "event_comparison", "--out", str(out), "--db", str(db)]) == 0
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone() == (4,)


def test_query_command_mistakes_exit_2(db, capsys):
    assert main(["query", "regency_timeline", "-p", "regency=Jombnag", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pilkada: no regency 'Jombnag'; did you mean Kabupaten Jombang (35.17)") and err.count("\n") == 1
    assert main(["query", "nope", "--db", str(db)]) == 2
    assert main(["query", "regency_timeline", "-p", "regency", "--db", str(db)]) == 2
    assert main(["query", "event_comparison", "-f", "parquet", "--db", str(db)]) == 2
    assert main(["query", "event_comparison", "--db", str(db) + ".missing"]) == 2
    assert "no warehouse at" in capsys.readouterr().err
    # an ambiguous name: the choices on stderr, one per line, each a value to pass back
    assert main(["query", "regency_timeline", "-p", "regency=Malang", "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.splitlines() == [
        "pilkada: regency 'Malang' is ambiguous; pass back one of:",
        "  35.07  Kabupaten Malang (35.07)",
        "  35.73  Kota Malang (35.73)",
    ]
