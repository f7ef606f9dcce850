"""What the page shows, read from a read-only warehouse connection: search, timelines, articles.

Pure reads: every function takes an open connection and returns plain data; the Flask views
(pilkada.web.app) open a short connection per request and render these.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pilkada.warehouse.errors import AmbiguousName, BadParameter, UnknownName
from pilkada.warehouse.queries import resolve_official, resolve_outlet, resolve_regency, resolve_regulation

KINDS = ("regency", "official", "regulation")
KIND_LABELS = {"regency": "regency or city", "official": "person", "regulation": "regulation"}
_RESOLVERS = {"regency": resolve_regency, "official": resolve_official, "regulation": resolve_regulation}
_NAME_WITH_CODE = re.compile(r"^(?P<label>.*\S)\s+\((?P<code>\d{2}\.\d{2})\)$")


@dataclass(frozen=True)
class Subject:
    """A regency (value: Kemendagri code), a person (value: person id) or a regulation (value: label)."""

    kind: str
    value: str
    label: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass
class SearchResult:
    text: str
    found: list[Subject] = field(default_factory=list)      # names the text resolves to
    ambiguous: list[Subject] = field(default_factory=list)  # one name, several things: the reader chooses
    near: list[Subject] = field(default_factory=list)       # did you mean

    @property
    def choices(self) -> list[Subject]:
        return list(dict.fromkeys(self.found + self.ambiguous))

    @property
    def single(self) -> Subject | None:
        choices = self.choices
        return choices[0] if len(choices) == 1 else None


def regency_label(con, code: str) -> str:
    row = con.execute("SELECT name FROM regions WHERE code = ?", [code]).fetchone()
    return row[0] if row else code


def subject_from_suggestion(con, kind: str, suggestion) -> Subject:
    """A resolver's suggestion as a Subject: 'Kota Kediri (35.71)' for regencies, names and labels as they are."""
    if isinstance(suggestion, (tuple, list)):  # AmbiguousName.choices: (value, label)
        value, label = suggestion
        return Subject(kind, str(value), str(label))
    text = str(suggestion)
    if kind == "regency":
        match = _NAME_WITH_CODE.match(text)
        if match:
            return Subject(kind, match.group("code"), match.group("label"))
    return Subject(kind, text, text)


def subject(con, kind: str, value: str) -> Subject:
    """Resolve one name of a known kind (raises UnknownName, with near matches, when it is not found)."""
    if kind not in _RESOLVERS:
        raise BadParameter(f"no such kind of page: {kind!r} (regency, official or regulation)")
    resolved = _RESOLVERS[kind](con, value)
    if kind == "regency":
        return Subject(kind, resolved, regency_label(con, resolved))
    if kind == "official":
        return Subject(kind, resolved, person_name(con, resolved))
    return Subject(kind, resolved, resolved)


def person_name(con, person_id: str) -> str:
    row = con.execute("SELECT name FROM persons WHERE person_id = ?", [person_id]).fetchone()
    return row[0] if row else person_id


def search(con, text: str) -> SearchResult:
    """Look `text` up as a regency or city, a person and a regulation, with the CLI's name resolution."""
    result = SearchResult(text.strip())
    if not result.text:
        return result
    for kind in KINDS:
        try:
            result.found.append(subject(con, kind, result.text))
        except AmbiguousName as err:  # a kabupaten and a kota of one name, several people: the reader chooses
            result.ambiguous += [subject_from_suggestion(con, kind, c) for c in err.choices]
        except UnknownName as err:
            result.near += [subject_from_suggestion(con, kind, s) for s in err.suggestions]
        except BadParameter:
            continue
    return result


# ---------------------------------------------------------------------------- timelines

_SUBJECT_CONDITION = {
    "regency": "list_contains(regency_codes, $value)",
    "official": "(article_id, lower(official)) IN (SELECT article_id, lower(name) FROM person_mentions "
                "WHERE person_id = $value)",
    "regulation": "list_contains(regulations, $value)",
}

# One row per sentence and date: the subject's events of event_timeline, grouped with every person the
# sentence names (the person's own timeline shows who else the sentence names).
_TIMELINE_SQL = """
WITH hits AS (
    SELECT DISTINCT article_id, sentence, event_date
    FROM event_timeline
    WHERE {condition}
      AND ($from::DATE IS NULL OR event_date >= $from::DATE)
      AND ($to::DATE IS NULL OR event_date <= $to::DATE)
      AND ($outlet::VARCHAR IS NULL OR outlet = $outlet)
)
SELECT
    e.event_date,
    any_value(e.date_precision) AS date_precision,
    e.sentence,
    max(e.quote) AS quote,
    max(e.speaker) AS speaker,
    max(e.speaker_role) AS speaker_role,
    coalesce(list(DISTINCT e.official || coalesce(' (' || e.role || ')', '') ORDER BY e.official || coalesce(' (' || e.role || ')', ''))
        FILTER (WHERE e.official IS NOT NULL), []) AS people,
    list_sort(list_distinct(flatten(list(e.regulations)))) AS regulations,
    array_to_string(list_sort(list_distinct(flatten(list(string_split(e.regencies, '; '))))), '; ') AS regencies,
    any_value(e.title) AS title,
    any_value(coalesce(o.name, e.outlet)) AS outlet,
    any_value(e.url) AS url,
    e.article_id,
    any_value(e.published_on) AS published_on,
    min(e.position) AS position
FROM event_timeline e
JOIN hits h ON h.article_id = e.article_id AND h.sentence = e.sentence AND h.event_date = e.event_date
LEFT JOIN outlets o ON o.outlet = e.outlet
GROUP BY e.article_id, e.sentence, e.event_date
ORDER BY e.event_date {direction}, any_value(e.published_on) {direction}, any_value(e.url), min(e.position)
"""

TIMELINE_COLUMNS = ["event_date", "date_precision", "sentence", "quote", "speaker", "speaker_role", "people",
                    "regulations", "regencies", "title", "outlet", "url"]


@dataclass
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outlet: str | None = None
    newest_first: bool = False


def parse_date(text: str | None, what: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadParameter(f"{what} {text!r} is not a date like 2024-09-18") from None


def parse_filters(con, date_from: str | None, date_to: str | None, outlet: str | None, order: str | None) -> Filters:
    filters = Filters(parse_date(date_from, "from"), parse_date(date_to, "to"),
                      resolve_outlet(con, outlet) if outlet else None, order == "newest")
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise BadParameter(f"the range starts ({filters.date_from}) after it ends ({filters.date_to})")
    return filters


def timeline(con, subject_: Subject, filters: Filters) -> list[dict]:
    """The subject's dated events, one per sentence and date, in the chosen order."""
    sql = _TIMELINE_SQL.format(condition=_SUBJECT_CONDITION[subject_.kind],
                               direction="DESC" if filters.newest_first else "ASC")
    cursor = con.execute(sql, {"value": subject_.value, "from": filters.date_from, "to": filters.date_to,
                               "outlet": filters.outlet})
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[“”\"]", " ", text).split()).strip(" ,.").lower()


def sentence_in_quote(sentence: str, quote: str | None) -> bool:
    """True when the sentence is only the start of the quotation, so the quotation alone says it all."""
    return bool(quote) and _plain(sentence) in _plain(quote)


def outlets(con) -> list[tuple[str, str]]:
    """(outlet key, display name) of every outlet with articles."""
    return con.execute(
        "SELECT o.outlet, coalesce(o.name, o.outlet) FROM outlets o "
        "WHERE EXISTS (SELECT 1 FROM articles a WHERE a.outlet = o.outlet) ORDER BY 2").fetchall()


def subject_article_weeks(con, subject_: Subject, filters: Filters) -> list[tuple[dt.date, int]]:
    """(week, articles) without empty weeks: articles mentioning the regency, or behind the person's or
    regulation's events, within the filters' dates and outlet."""
    articles = {
        "regency": "SELECT article_id FROM regency_mentions WHERE regency_code = $value",
        "official": "SELECT article_id FROM person_mentions WHERE person_id = $value",
        "regulation": "SELECT article_id FROM event_timeline WHERE list_contains(regulations, $value)",
    }[subject_.kind]
    return con.execute(f"""
        SELECT date_trunc('week', f.article_date)::DATE AS week, count(DISTINCT f.article_id) AS articles
        FROM article_facts f
        WHERE f.article_id IN ({articles})
          AND ($from::DATE IS NULL OR f.article_date >= $from::DATE)
          AND ($to::DATE IS NULL OR f.article_date <= $to::DATE)
          AND ($outlet::VARCHAR IS NULL OR f.outlet = $outlet)
        GROUP BY week ORDER BY week""",
        {"value": subject_.value, "from": filters.date_from, "to": filters.date_to,
         "outlet": filters.outlet}).fetchall()


# ---------------------------------------------------------------------------- one article

# displaCy labels for the extraction tables, and their colours on the page
ENTITY_LABELS = {"PERSON": "#f6c8a0", "REGENCY": "#a8d8b9", "PROVINCE": "#c7e3f0", "DATE": "#f3e39c",
                 "REGULATION": "#d9c4ec"}

_ENTITY_SQL = """
SELECT 'PERSON' AS label, start_offset, end_offset, name || coalesce(' (' || role || ')', '') AS detail
FROM official_mentions_raw WHERE article_id = $id
UNION ALL
SELECT 'REGENCY', start_offset, end_offset, name || ' (' || regency_code || ')' FROM regency_mentions WHERE article_id = $id
UNION ALL
SELECT 'PROVINCE', start_offset, end_offset, name || ' (' || province_code || ')' FROM province_mentions WHERE article_id = $id
UNION ALL
SELECT 'DATE', start_offset, end_offset, value FROM date_mentions WHERE article_id = $id
UNION ALL
SELECT 'REGULATION', start_offset, end_offset,
       kind || ' ' || number || coalesce('/' || year, '') || coalesce(', ' || article_ref, '')
FROM regulation_citations_raw WHERE article_id = $id
ORDER BY 2, 3
"""


def article(con, article_id: int) -> dict | None:
    row = con.execute(
        "SELECT a.article_id, a.title, a.canonical_url, a.outlet, coalesce(o.name, a.outlet), a.published_on, "
        "a.author, a.text, a.extractor_version FROM articles a LEFT JOIN outlets o ON o.outlet = a.outlet "
        "WHERE a.article_id = ?", [article_id]).fetchone()
    if row is None:
        return None
    keys = ["article_id", "title", "url", "outlet_key", "outlet", "published_on", "author", "text",
            "extractor_version"]
    found = dict(zip(keys, row))
    found["entities"] = [dict(zip(["label", "start", "end", "detail"], r))
                         for r in con.execute(_ENTITY_SQL, {"id": article_id}).fetchall()]
    found["quotes"] = [dict(zip(["text", "speaker", "role"], r)) for r in con.execute(
        "SELECT text, speaker, speaker_role FROM quotes WHERE article_id = ? ORDER BY start_offset", [article_id]).fetchall()]
    return found


def entity_spans(text: str, entities: list[dict]) -> list[dict]:
    """displaCy spans: each stored finding, then the other occurrences of its words, never overlapping.

    The extraction tables keep one offset per finding (the first mention of a regency, a person
    per article); the same words elsewhere in the text are marked with the same label too.
    """
    taken: list[tuple[int, int]] = []
    spans: list[dict] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, label: str) -> None:
        taken.append((start, end))
        spans.append({"start": start, "end": end, "label": label})

    stored = [e for e in entities if e["start"] is not None and e["end"] is not None
              and 0 <= e["start"] < e["end"] <= len(text)]
    for entity in sorted(stored, key=lambda e: (e["start"], -(e["end"] - e["start"]))):
        if free(entity["start"], entity["end"]):
            add(entity["start"], entity["end"], entity["label"])
    for entity in stored:
        words = text[entity["start"]:entity["end"]]
        if len(words) < 3:
            continue
        for match in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text):
            if free(match.start(), match.end()):
                add(match.start(), match.end(), entity["label"])
    return sorted(spans, key=lambda s: s["start"])


def render_entities(found: dict) -> str:
    """The article text as displaCy's entity markup (spacy.displacy.render, manual=True)."""
    from spacy import displacy

    doc = {"text": found["text"], "ents": entity_spans(found["text"], found["entities"]), "title": None}
    return displacy.render(doc, style="ent", manual=True, page=False, jupyter=False,
                           options={"colors": ENTITY_LABELS, "ents": list(ENTITY_LABELS)})
