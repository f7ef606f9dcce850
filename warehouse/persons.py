"""The `persons` table: official mentions joined into people, one per person per place, kept at load time.

A mention is counted in a place: its regency when the extractor gives one; else its province (given by
the extractor, or for an office that is not national, the province the article names first, else
that of its first regency, else its outlet's); else, for national offices, the nation. Within one
place, names that are forms of one name are one person: "Sri Handoko" and "S. Handoko" join
"Sri Handoko Taruna" when he is the only fuller name they fit. The same name in two places is two
people, so a person never spans regencies (a governor or minister is placed at province or national
level by the office). Everything depends only on the place's own mentions, so loading recomputes
the places a batch touches and the result equals a derivation from scratch.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import duckdb

FILL_CHUNK = 20_000
NATIONAL = "national"

# Offices of the nation: a mention with no regency and one of these words is placed at national level.
_NATIONAL_ROLE = re.compile(
    r"\b(menteri|mendagri|menko\w*|presiden|wapres|kapolri|wakapolri|panglima tni|jaksa agung|"
    r"kemendagri|kementerian|ri|pusat|nasional|dkpp|mk|mahkamah konstitusi|mahkamah agung|"
    r"bawaslu ri|kpu ri|dpr ri|mpr|dpd ri|bkn|kasad|kasal|kasau|kepala staf)\b")
# Honorifics and ranks the extractor should have dropped already; dropped again for the key.
_TITLES = {
    "h", "hj", "dr", "drs", "dra", "drg", "ir", "prof", "kh", "ust", "ustadz", "habib", "tgh", "gus", "raden",
    "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "kombes", "kombespol", "brigjen", "irjen", "komjen",
    "jenderal", "letkol", "kolonel", "mayor", "kapten", "lettu", "letda", "mayjen", "letjen", "pol",
    "inf", "tni", "cpm", "bapak", "ibu", "pak", "bu",
}


@lru_cache(maxsize=1 << 16)  # pure; a batch re-derives every name of the places it touches, each several times
def name_key(name: str) -> str:
    """'H. Sri Handoko Taruna, S.Sos., M.Si' -> 'sri handoko taruna': case, dots, leading titles and the
    degrees after a comma dropped."""
    text = name.split(",")[0].lower()
    tokens = [t for t in re.split(r"[\s.]+", re.sub(r"[^\w\s.'-]", " ", text)) if t]
    while len(tokens) > 1 and tokens[0] in _TITLES:
        tokens.pop(0)
    return " ".join(tokens)


def _fits(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` is a form of `full`: its words appear in order in `full`, each whole or as an initial,
    with at least one whole word ('s handoko' and 'handoko' fit 'sri handoko taruna'; 's taruna' does too)."""
    if short == full or len(short) > len(full):
        return False
    whole = False
    i = 0
    for token in short:
        while i < len(full) and not (full[i] == token or (len(token) == 1 and full[i][0] == token)):
            i += 1
        if i == len(full):
            return False
        whole = whole or (len(token) > 1 and full[i] == token)
        i += 1
    return whole


def cluster(keys: Iterable[str]) -> dict[str, str]:
    """Name key -> the key of its person within one place: the one fuller name it fits, else itself."""
    words = {k: tuple(k.split()) for k in set(keys) if k}
    by_word: dict[str, set[str]] = defaultdict(set)
    for key, tokens in words.items():
        for token in tokens:
            by_word[token].add(key)

    def fuller(key: str) -> set[str]:
        whole = [t for t in words[key] if len(t) > 1]
        if not whole:
            return set()
        candidates = set.intersection(*(by_word[t] for t in whole))
        return {c for c in candidates if _fits(words[key], words[c])}

    heads = {key for key in words if not fuller(key)}
    person = {}
    for key in words:
        if key in heads:
            person[key] = key
            continue
        fits = fuller(key) & heads
        person[key] = next(iter(fits)) if len(fits) == 1 else key
    return person


def _slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "x"


@dataclass
class Mention:
    article_id: int
    name: str
    role: str | None
    regency_code: str | None
    province_code: str | None
    place_level: str
    place_code: str | None
    start_offset: int | None
    end_offset: int | None
    sentence: str | None

    @property
    def place(self) -> str:
        return self.place_code or NATIONAL


def place_of(regency_code: str | None, province_code: str | None, role: str | None,
             article_province: str | None) -> tuple[str, str | None, str | None]:
    """(place_level, place_code, province_code) of one official mention."""
    if regency_code:
        return "regency", regency_code, province_code or regency_code.split(".")[0]
    if province_code:
        return "province", province_code, province_code
    if role and _NATIONAL_ROLE.search(role.lower()):
        return NATIONAL, None, None
    if article_province:
        return "province", article_province, article_province
    return NATIONAL, None, None


_NEW_MENTIONS = """
WITH batch AS (SELECT unnest($ids::BIGINT[]) AS article_id),
named_province AS (
    SELECT article_id, arg_min(province_code, coalesce(start_offset, 2147483647)) AS code
    FROM province_mentions WHERE article_id BETWEEN $lo AND $hi AND article_id IN (SELECT article_id FROM batch)
    GROUP BY article_id
),
regency_province AS (
    SELECT m.article_id, arg_min(r.parent_code, coalesce(m.start_offset, 2147483647)) AS code
    FROM regency_mentions m JOIN regions r ON r.code = m.regency_code
    WHERE m.article_id BETWEEN $lo AND $hi AND m.article_id IN (SELECT article_id FROM batch)
    GROUP BY m.article_id
)
SELECT m.article_id, m.name, m.role, m.regency_code, m.province_code, m.start_offset, m.end_offset, m.sentence,
       coalesce(p.code, g.code, o.province_code) AS article_province
FROM official_mentions_raw m
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN outlets o ON o.outlet = a.outlet
LEFT JOIN named_province p ON p.article_id = m.article_id
LEFT JOIN regency_province g ON g.article_id = m.article_id
WHERE m.article_id BETWEEN $lo AND $hi AND m.article_id IN (SELECT article_id FROM batch)
"""
_IN_BATCH = "article_id BETWEEN $lo AND $hi AND article_id IN (SELECT unnest($ids::BIGINT[]))"
_MENTION_COLUMNS = ("person_id", "article_id", "name", "role", "regency_code", "province_code", "place_level",
                    "place_code", "start_offset", "end_offset", "sentence")
_MENTION_TYPES = ("VARCHAR", "BIGINT", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER",
                  "INTEGER", "VARCHAR")


def _new_mentions(con: duckdb.DuckDBPyConnection, ids: list[int]) -> list[Mention]:
    rows = con.execute(_NEW_MENTIONS, {"ids": ids, "lo": min(ids), "hi": max(ids)}).fetchall()
    found = []
    for article_id, name, role, regency, province, start, end, sentence, article_province in rows:
        level, code, province = place_of(regency, province, role, article_province)
        found.append(Mention(article_id, name, role, regency, province, level, code, start, end, sentence))
    return found


def place_columns(place: str) -> tuple[str, str | None, str | None]:
    """'35.18' -> ('regency', '35.18', '35'); '35' -> ('province', '35', '35'); 'national' -> ('national', None, None)."""
    if place == NATIONAL:
        return NATIONAL, None, None
    return ("regency" if "." in place else "province"), place, place.split(".")[0]


def derive_persons(names: dict[str, Counter]) -> tuple[list[tuple], dict[tuple[str, str], str]]:
    """From the names each place uses (place -> name as written -> mentions), the persons rows and
    (place, name as written) -> person_id."""
    persons, person_of_name = [], {}
    for place in sorted(names):
        used = {name: count for name, count in names[place].items() if count > 0 and name_key(name)}
        person_of_key = cluster(name_key(name) for name in used)
        members: dict[str, list[str]] = defaultdict(list)
        for name in used:
            members[person_of_key[name_key(name)]].append(name)
        for head in sorted(members):
            forms = members[head]
            person_id = f"{place}:{_slug(head)}"
            # the fullest form: most words, then longest, then most used, then alphabetical
            full = min(forms, key=lambda n: (-len(name_key(n).split()), -len(n), -used[n], n))
            persons.append((person_id, full, *place_columns(place), sorted(forms)))
            for name in forms:
                person_of_name[(place, name)] = person_id
    return persons, person_of_name


def _mention_row(person_id: str, m: Mention) -> tuple:
    return (person_id, m.article_id, m.name, m.role, m.regency_code, m.province_code, m.place_level, m.place_code,
            m.start_offset, m.end_offset, m.sentence)


def derive(mentions: list[Mention]) -> tuple[list[tuple], list[tuple]]:
    """(persons rows, person_mentions rows) for every place of these mentions, which must be all of
    the places' mentions: the derivation from scratch that loading keeps equal."""
    names: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        names[m.place][m.name] += 1
    persons, person_of_name = derive_persons(names)
    rows = [_mention_row(person_of_name[(m.place, m.name)], m) for m in mentions if (m.place, m.name) in person_of_name]
    return persons, rows


def _insert(con: duckdb.DuckDBPyConnection, persons: list[tuple], rows: list[tuple]) -> None:
    if persons:
        con.execute(
            "INSERT INTO persons SELECT unnest($a::VARCHAR[]), unnest($b::VARCHAR[]), unnest($c::VARCHAR[]),"
            " unnest($d::VARCHAR[]), unnest($e::VARCHAR[]), unnest($f::VARCHAR[][])",
            {k: [p[i] for p in persons] for i, k in enumerate("abcdef")})
    if rows:
        params = {f"c{i}": [r[i] for r in rows] for i in range(len(_MENTION_COLUMNS))}
        select = ", ".join(f"unnest($c{i}::{t}[])" for i, t in enumerate(_MENTION_TYPES))
        con.execute(f"INSERT INTO person_mentions ({', '.join(_MENTION_COLUMNS)}) SELECT {select}", params)


_PLACE = f"coalesce(place_code, '{NATIONAL}')"


def refresh_persons(con: duckdb.DuckDBPyConnection, article_ids: Iterable[int],
                    stored_ids: Iterable[int] | None = None) -> None:
    """Recompute the persons of every place these articles' officials were or are counted in.

    `stored_ids` are the articles that may already have person_mentions (all of them when not given).
    The other articles' mentions stay; only those whose name now belongs to another person (a fuller
    form arrived, or left) are moved.
    """
    ids = sorted(set(article_ids))
    if not ids:
        return
    old = ids if stored_ids is None else sorted(set(stored_ids))
    new = _new_mentions(con, ids)
    places = {m.place for m in new}
    if old:
        batch = {"ids": old, "lo": min(old), "hi": max(old)}
        places |= {row[0] for row in con.execute(
            f"SELECT DISTINCT {_PLACE} FROM person_mentions WHERE {_IN_BATCH}", batch).fetchall()}
        con.execute(f"DELETE FROM person_mentions WHERE {_IN_BATCH}", batch)
    if not places:
        return
    place_list = sorted(places)
    in_places = f"{_PLACE} IN (SELECT unnest($places::VARCHAR[]))"
    names: dict[str, Counter] = defaultdict(Counter)
    for place, name, count in con.execute(
            f"SELECT {_PLACE}, name, count(*) FROM person_mentions WHERE {in_places} GROUP BY ALL",
            {"places": place_list}).fetchall():
        names[place][name] += count
    for m in new:
        names[m.place][m.name] += 1
    persons, person_of_name = derive_persons(names)
    con.execute("DELETE FROM persons WHERE split_part(person_id, ':', 1) IN (SELECT unnest($places::VARCHAR[]))",
                {"places": place_list})
    moved = list(person_of_name.items())
    if moved:
        con.execute(
            f"UPDATE person_mentions SET person_id = m.person_id FROM (SELECT unnest($p::VARCHAR[]) AS place,"
            " unnest($n::VARCHAR[]) AS name, unnest($i::VARCHAR[]) AS person_id) m"
            f" WHERE {_PLACE} = m.place AND person_mentions.name = m.name AND person_mentions.person_id <> m.person_id",
            {"p": [k[0] for k, _ in moved], "n": [k[1] for k, _ in moved], "i": [v for _, v in moved]})
    rows = [_mention_row(person_of_name[(m.place, m.name)], m) for m in new if (m.place, m.name) in person_of_name]
    _insert(con, persons, rows)


def fill_persons(con: duckdb.DuckDBPyConnection) -> None:
    """Derive the persons of every stored article (migration 005 on a warehouse that has articles)."""
    ids = [row[0] for row in con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]
    con.execute("DELETE FROM person_mentions")
    con.execute("DELETE FROM persons")
    mentions: list[Mention] = []
    for start in range(0, len(ids), FILL_CHUNK):
        mentions += _new_mentions(con, ids[start:start + FILL_CHUNK])
    _insert(con, *derive(mentions))
