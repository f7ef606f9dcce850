"""The `persons` table: name forms of one place joined into one person, kept in step with the extraction rows."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pilkada import warehouse as wh
from pilkada.warehouse import persons as persons_module
from pilkada.warehouse import queries as q
from pilkada.warehouse import schema as migrations_module
import persons_fixture as pf
import warehouse_fixture as fx

D = dt.date


def _stored(con):
    people = sorted(con.execute("SELECT * FROM persons").fetchall(), key=repr)
    mentions = sorted(con.execute("SELECT * FROM person_mentions").fetchall(), key=repr)
    return people, mentions


def _derived(con):
    """What warehouse/persons.py gives from every article's rows now, independently of what loading stored."""
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
    people, mentions = persons_module.derive(persons_module._new_mentions(con, ids))
    return sorted(people, key=repr), sorted(mentions, key=repr)


def _person(con, person_id):
    return con.execute("SELECT person_id, official, place_level, place_code, place, roles, articles, variants"
                       " FROM officials WHERE person_id = $p", {"p": person_id}).fetchone()


def test_loading_batches_keeps_persons_equal_to_their_derivation(con):
    for batch in pf.batches(run_id=None):
        wh.load_batch(con, batch)
        assert _stored(con) == _derived(con)
    before = _stored(con)
    assert len(before[0]) >= 15 and len(before[1]) == con.execute(
        "SELECT count(*) FROM official_mentions_raw").fetchone()[0]
    for batch in pf.batches(run_id=None):  # loading again changes nothing
        wh.load_batch(con, batch)
    assert _stored(con) == before


def test_forms_of_one_name_in_one_place_are_one_person_and_other_places_other_people(con):
    for batch in pf.batches(run_id=None):
        wh.load_batch(con, batch)
    assert _person(con, "35.18:sri-handoko-taruna") == (
        "35.18:sri-handoko-taruna", "Sri Handoko Taruna", "regency", "35.18", "Kabupaten Nganjuk (35.18)", ["Bupati"],
        3, ["S. Handoko", "Sri Handoko", "Sri Handoko Taruna"])
    # the same name in Kabupaten Kediri is a kepala desa there, not the Bupati of Nganjuk
    assert _person(con, "35.06:sri-handoko")[1:6] == ("Sri Handoko", "regency", "35.06", "Kabupaten Kediri (35.06)",
                                                      ["Kepala Desa"])
    # a governor is one person across the regencies he is named in, with or without the extractor's province
    governor = _person(con, "35:bambang-sutrisno")
    assert governor[2:7] == ("province", "35", "Jawa Timur (35)", ["Gubernur"], 2)
    assert _person(con, "national:rudi-hartanto")[2:6] == ("national", None, "national", ["Menteri Dalam Negeri"])
    assert con.execute("SELECT count(*) FROM officials WHERE official ILIKE '%handoko%'").fetchone() == (2,)
    roles = con.execute("SELECT role, first_date, last_date, articles FROM person_roles"
                        " WHERE person_id = '35.18:sri-handoko-taruna'").fetchall()
    assert roles == [("Bupati", D(2024, 8, 5), D(2024, 11, 2), 3)]
    # the office's province and the speaker's role are stored when the record gives them
    assert con.execute("SELECT speaker, speaker_role FROM quotes WHERE speaker = 'Sri Handoko'").fetchall() == [
        ("Sri Handoko", "Bupati")]
    assert con.execute("SELECT DISTINCT province_code FROM official_mentions_raw WHERE name = 'Bambang Sutrisno'"
                       " ORDER BY 1 NULLS FIRST").fetchall() == [(None,), ("35",)]


def test_reextraction_moves_the_evidence_and_keeps_the_derivation(con):
    for batch in pf.batches(run_id=None):
        wh.load_batch(con, batch)
    # re-extracted, the November article no longer finds the Bupati: his evidence shrinks, nothing else moves
    _, article = pf.articles(None, version="fixture-2")[2]
    article["record"]["officials"] = []
    wh.load_batch(con, {"articles": [article]})
    assert _stored(con) == _derived(con)
    assert _person(con, "35.18:sri-handoko-taruna")[6:] == (2, ["Sri Handoko", "Sri Handoko Taruna"])
    # and without the August article, "Sri Handoko" is the fullest form Nganjuk has
    _, august = pf.articles(None, version="fixture-2")[0]
    august["record"]["officials"] = august["record"]["officials"][1:]
    wh.load_batch(con, {"articles": [august]})
    assert _stored(con) == _derived(con)
    assert _person(con, "35.18:sri-handoko")[1:3] == ("Sri Handoko", "regency")
    assert _person(con, "35.18:sri-handoko-taruna") is None


def test_a_failed_batch_leaves_no_persons_behind(con):
    batches = pf.batches(run_id=None)
    for batch in batches[:3]:
        wh.load_batch(con, batch)
    before = _stored(con)
    broken = dict(batches[3])
    broken["articles"] = list(broken["articles"]) + [{"canonical_url": None}]
    with pytest.raises(Exception):
        wh.load_batch(con, broken)
    assert _stored(con) == before


def test_upgrading_a_warehouse_derives_the_persons_of_its_stored_articles(tmp_path):
    path = tmp_path / "v4.duckdb"
    con = duckdb.connect(str(path))
    migrations_module.migrate(con, upto=4)
    con.execute("INSERT INTO outlets VALUES ('rmoljatim', 'RMOLJatim', 'https://rmoljatim.id/', '35')")
    for article_id, name in ((1, "Sri Handoko Taruna"), (2, "S. Handoko")):
        con.execute(
            "INSERT INTO articles (article_id, canonical_url, outlet, title, published_on, text, content_hash,"
            " first_seen, last_updated) VALUES ($a, $u, 'rmoljatim', 'Rakor', '2024-09-25', 'x', 'h',"
            " '2024-09-25 10:00:00', '2024-09-25 10:00:00')", {"a": article_id, "u": f"https://rmoljatim.id/{article_id}"})
        con.execute("INSERT INTO official_mentions_raw VALUES ($a, $n, 'Bupati', '35.18', 0, 10, 'Bupati.', 'v1')",
                    {"a": article_id, "n": name})
    con.close()

    con = wh.connect(path)
    try:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (wh.latest_version(),)
        assert con.execute("SELECT person_id, official, articles FROM officials").fetchall() == [
            ("35.18:sri-handoko-taruna", "Sri Handoko Taruna", 2)]
        assert _stored(con) == _derived(con)
    finally:
        con.close()


@pytest.mark.parametrize("name, key", [
    ("H. Sri Handoko Taruna, S.Sos., M.Si", "sri handoko taruna"), ("S. Handoko", "s handoko"),
    ("Herson B. Aden", "herson b aden"), ("Hj. Siti Rahmawati", "siti rahmawati"), ("Udi", "udi"),
])
def test_name_keys(name, key):
    assert persons_module.name_key(name) == key


def test_a_short_form_that_fits_two_fuller_names_stays_apart():
    people = persons_module.cluster(["sri handoko taruna", "sri handoko wibowo", "sri handoko", "s taruna", "taruna"])
    assert people == {"sri handoko taruna": "sri handoko taruna", "sri handoko wibowo": "sri handoko wibowo",
                      "sri handoko": "sri handoko", "s taruna": "sri handoko taruna", "taruna": "sri handoko taruna"}


# ------------------------------------------------------------------------------ name resolution


@pytest.fixture(scope="module")
def people_db(tmp_path_factory):
    return pf.build(tmp_path_factory.mktemp("persons") / "pilkada.duckdb")


@pytest.fixture(scope="module")
def reader(people_db):
    connection = wh.connect(people_db, read_only=True)
    yield connection
    connection.close()


def test_a_name_of_two_people_is_ambiguous_with_their_places_and_roles(reader):
    with pytest.raises(wh.AmbiguousName) as err:
        q.resolve_official(reader, "Sri Handoko")
    assert err.value.choices == [
        ("35.18:sri-handoko-taruna", "Sri Handoko Taruna, Bupati, Kabupaten Nganjuk (35.18)"),
        ("35.06:sri-handoko", "Sri Handoko, Kepala Desa, Kabupaten Kediri (35.06)"),
    ]
    assert isinstance(err.value, wh.UnknownName) and err.value.suggestions == [label for _, label in err.value.choices]
    # each choice passed back resolves exactly
    assert [q.resolve_official(reader, value) for value, _ in err.value.choices] == [
        "35.18:sri-handoko-taruna", "35.06:sri-handoko"]
    assert q.resolve_person(reader, "S. Handoko") == "35.18:sri-handoko-taruna"
    assert q.resolve_person(reader, "sri handoko taruna") == "35.18:sri-handoko-taruna"
    assert q.resolve_person(reader, "Bambang Sutrisno") == "35:bambang-sutrisno"


def test_official_timeline_follows_one_person_across_name_forms(reader):
    events = q.run_query(reader, "official_timeline", {"official": "35.18:sri-handoko-taruna"}).dicts()
    assert [(e["event_date"], e["date_precision"], e["officials"]) for e in events] == [
        (D(2024, 8, 5), "day", "Sri Handoko Taruna"),
        (D(2024, 10, 10), "day", "Sri Handoko"),
        (D(2024, 10, 10), "article date", "Sri Handoko"),
        (D(2024, 11, 2), "day", "S. Handoko"),
    ]
    assert events[2]["quote"].startswith("Logistik harus tiba") and events[2]["speaker"] == "Sri Handoko"
    kediri = q.run_query(reader, "official_timeline", {"official": "35.06:sri-handoko"}).dicts()
    assert [e["url"] for e in kediri] == [pf.KEDIRI_URL]
