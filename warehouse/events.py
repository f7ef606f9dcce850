"""The `events` table: timeline rows derived from an article's own extraction rows, kept at load time.

An event is a sentence that carries a date, an official, a quotation or a citation. It is dated by the dates it
mentions (one row each), else (in the views) by the article's date, and belongs to the regency of its official, else
to the article's regencies it names, else to the article's main regencies (those mentioned at least half as often as
the most mentioned one). Everything is derived from the article's own extraction rows (and the region names), so
`load_batch` derives an article's events from the rows it inserts whenever it replaces them, and
`refresh_events` from the rows stored.

Until schema 8 this was a SQL query (`warehouse/events.sql`, run once a transaction): its planning alone cost
13 ms a call, half of a crawl transaction's 60 ms. The derivation below keeps that query's rules, and its choices:
- a sentence is blank when `trim` (spaces only) leaves nothing;
- `position` is the least start offset of the sentence's findings, NULL when none has one;
- `quote`, `speaker` and `speaker_role` are each the first non-NULL value of the sentence's quotations taken by
  their start offset (a missing one counts as 0), the first stored on a tie (DuckDB's `arg_min`);
- an official speaking in a sentence that names no official gets the role and regency (the first non-NULL of
  each) of the article's mentions of the same name, compared in lower case;
- regulation labels are `kind number/year` (no `/year` when the number ends with it), distinct and sorted;
- a regency is named by a sentence when its name, without `Kabupaten `/`Kota ` and in lower case, is in the
  lower-cased sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter

import duckdb

from .bulk import bulk_insert

FILL_CHUNK = 2_000  # articles whose rows a re-derivation reads at a time
# The range lets DuckDB skip row groups by their min/max article_id before the semi-join: without
# it every batch reads whole tables, and the writer caches blocks of the whole warehouse.
ARTICLES_IN_BATCH = "article_id BETWEEN $lo AND $hi AND article_id IN (SELECT unnest($ids::BIGINT[]))"

EVENT_COLUMNS = {
    "article_id": "BIGINT", "sentence": "VARCHAR", "position": "INTEGER", "mentioned_on": "DATE",
    "mentioned_precision": "VARCHAR", "date_text": "VARCHAR", "official": "VARCHAR", "role": "VARCHAR",
    "quote": "VARCHAR", "speaker": "VARCHAR", "regulations": "VARCHAR[]", "regency_codes": "VARCHAR[]",
    "regencies": "VARCHAR", "speaker_role": "VARCHAR",
}
# The columns of each extraction table the derivation reads, in the order it reads them.
READS = {
    "date_mentions": ("article_id", "sentence", "start_offset", "day", "precision", "text"),
    "official_mentions_raw": ("article_id", "sentence", "start_offset", "name", "role", "regency_code"),
    "quotes": ("article_id", "sentence", "start_offset", "text", "speaker", "speaker_role", "official_name"),
    "regulation_citations_raw": ("article_id", "sentence", "start_offset", "kind", "number", "year"),
    "regency_mentions": ("article_id", "regency_code", "mentions"),
}
_SENTENCE_TABLES = ("date_mentions", "official_mentions_raw", "quotes", "regulation_citations_raw")
_KIND_PREFIX = re.compile(r"^(Kabupaten|Kota) ")
_NOTHING = (None, None, None)


@dataclass(frozen=True)
class Regions:
    names: dict[str, str]  # regency (level 2) code -> name, for the `regencies` column
    short_names: dict[str, str]  # every region's code -> its name without Kabupaten/Kota, lower case


def regions_of(con: duckdb.DuckDBPyConnection) -> Regions:
    rows = con.execute("SELECT code, name, level FROM regions").fetchall()
    return Regions(names={code: name for code, name, level in rows if level == 2},
                   short_names={code: _KIND_PREFIX.sub("", name, count=1).lower() for code, name, _ in rows})


def derive_events(rows: Mapping[str, Sequence[tuple]], regions: Regions,
                  columns: Mapping[str, Iterable[str]] = READS) -> list[tuple]:
    """The events (tuples in the order of EVENT_COLUMNS) of the articles whose extraction rows these are.

    `rows` maps an extraction table to its rows, tuples whose columns `columns[table]` names (READS by default),
    in the order they were stored; every row of an article must be there.
    """
    found: dict[int, dict[str, list[tuple]]] = {}
    for table in READS:
        names = list(columns[table])
        pick = itemgetter(*(names.index(column) for column in READS[table]))
        for row in rows.get(table) or ():
            picked = pick(row)
            tables = found.get(picked[0])
            if tables is None:
                tables = found[picked[0]] = {name: [] for name in READS}
            tables[table].append(picked)
    events: list[tuple] = []
    for article_id, tables in found.items():
        events += _article_events(article_id, tables, regions)
    return events


def _article_events(article_id: int, tables: Mapping[str, list[tuple]], regions: Regions) -> list[tuple]:
    positions: dict[str, int | None] = {}
    for table in _SENTENCE_TABLES:
        for row in tables[table]:
            sentence, offset = row[1], row[2]
            if sentence is None or not sentence.strip(" "):
                continue
            if sentence not in positions:
                positions[sentence] = offset
            elif offset is not None and (positions[sentence] is None or offset < positions[sentence]):
                positions[sentence] = offset
    if not positions:
        return []

    dates: dict[str, list[tuple]] = {}
    for _, sentence, _, day, precision, text in tables["date_mentions"]:
        dates.setdefault(sentence, []).append((day, precision, text))

    named: dict[str, dict[tuple, None]] = {}  # sentence -> its distinct (official, role, regency), in order
    for _, sentence, _, name, role, regency in tables["official_mentions_raw"]:
        named.setdefault(sentence, {})[(name, role, regency)] = None
    speakers: dict[str, dict[str, None]] = {}
    for _, sentence, _, _, _, _, official in tables["quotes"]:
        if official is not None and sentence not in named:
            speakers.setdefault(sentence, {})[official] = None
    if speakers:
        known: dict[str, list] = {}  # lower-cased name -> [first role, first regency] of its mentions
        for _, _, _, name, role, regency in tables["official_mentions_raw"]:
            first = known.setdefault(name.lower(), [None, None])
            if first[0] is None:
                first[0] = role
            if first[1] is None:
                first[1] = regency
        for sentence, officials in speakers.items():
            named[sentence] = {(official, *known.get(official.lower(), _NOTHING[:2])): None for official in officials}

    quoted: dict[str, list] = {}  # sentence -> [quote, its key, speaker, its key, speaker_role, its key]
    for _, sentence, offset, text, speaker, speaker_role, _ in tables["quotes"]:
        key = offset or 0
        least = quoted.get(sentence)
        if least is None:
            least = quoted[sentence] = [None, None, None, None, None, None]
        for slot, value in ((0, text), (2, speaker), (4, speaker_role)):
            if value is not None and (least[slot + 1] is None or key < least[slot + 1]):
                least[slot], least[slot + 1] = value, key

    cited: dict[str, set] = {}
    for _, sentence, _, kind, number, year in tables["regulation_citations_raw"]:
        label = f"{kind} {number}" + ("" if year is None or number.endswith(f"/{year}") else f"/{year}")
        cited.setdefault(sentence, set()).add(label)

    mentioned = [(code, 1 if mentions is None else mentions) for _, code, mentions in tables["regency_mentions"]
                 if code in regions.short_names]
    main = None
    if mentioned:
        most = max(mentions for _, mentions in mentioned)
        main = sorted(code for code, mentions in mentioned if 2 * mentions >= most)

    events = []
    for sentence, position in positions.items():
        least = quoted.get(sentence)
        quote, speaker, speaker_role = (least[0], least[2], least[4]) if least else _NOTHING
        regulations = sorted(cited[sentence]) if sentence in cited else []
        lowered = sentence.lower()
        codes = sorted(code for code, _ in mentioned if regions.short_names[code] in lowered) or main or []
        for day, precision, text in dates.get(sentence) or (_NOTHING,):
            for official, role, regency in named.get(sentence) or (_NOTHING,):
                own = [regency] if regency is not None else codes
                events.append((article_id, sentence, position, day, precision, text, official, role, quote, speaker,
                               regulations, own, "; ".join(regions.names[c] for c in own if c in regions.names),
                               speaker_role))
    return events


def stored_rows(con: duckdb.DuckDBPyConnection, article_ids: list[int]) -> dict[str, list[tuple]]:
    """The extraction rows of these articles the derivation reads (READS), in the order they were stored."""
    params = {"ids": article_ids, "lo": min(article_ids), "hi": max(article_ids)}
    return {table: con.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {ARTICLES_IN_BATCH}"
                               " ORDER BY article_id, rowid", params).fetchall()
            for table, columns in READS.items()}


def store_events(con: duckdb.DuckDBPyConnection, events: list[tuple], stored_ids: list[int]) -> None:
    """Replace the events of the articles in `stored_ids` (those that may have some) with `events`."""
    if stored_ids:
        con.execute(f"DELETE FROM events WHERE {ARTICLES_IN_BATCH}",
                    {"ids": stored_ids, "lo": min(stored_ids), "hi": max(stored_ids)})
    bulk_insert(con, "events", EVENT_COLUMNS, events)


def refresh_events(con: duckdb.DuckDBPyConnection, article_ids: Iterable[int],
                   stored_ids: Iterable[int] | None = None) -> None:
    """Derive the events of these articles again from their stored extraction rows, FILL_CHUNK at a time.

    `stored_ids` are the ones that may already have events (all of them when not given).
    """
    ids = list(article_ids)
    if not ids:
        return
    store_events(con, [], ids if stored_ids is None else list(stored_ids))
    regions = regions_of(con)
    for start in range(0, len(ids), FILL_CHUNK):
        chunk = ids[start:start + FILL_CHUNK]
        store_events(con, derive_events(stored_rows(con, chunk), regions), [])


def fill_events(con: duckdb.DuckDBPyConnection) -> None:
    """Derive the events of every stored article (migration 004 on a warehouse that has articles)."""
    con.execute("DELETE FROM events")
    ids = [row[0] for row in con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]
    refresh_events(con, ids, stored_ids=())
