"""Run the named queries of queries/<name>.sql with bound parameters, resolving names to codes.

Each file opens with a header this module reads:

    -- question: What happened in one regency, event by event?
    -- params:   $regency  REGENCY       regency code or name ('35.17', 'Jombang', 'Kota Malang')
    --           $from     DATE = NULL   first event date to include
    -- columns:  event_date DATE, regency VARCHAR, url VARCHAR

A parameter has a type and, when optional, a default (`= NULL`, `= 10`, `= 'ikrar netralitas'`).
Besides DuckDB types (VARCHAR, DATE, INTEGER, BOOLEAN) there are kinds of name that are
resolved against the warehouse before binding: REGENCY and PROVINCE (code, name or the
extractor's short forms -> Kemendagri code), OFFICIAL (a name or person id -> persons.person_id), REGULATION ('UU 10/2016',
'UU No. 10 Tahun 2016' -> the label as stored), OUTLET (-> outlet key). An unknown name raises
UnknownName with the nearest matches (difflib); a name that fits several regencies or people
raises AmbiguousName, whose `choices` pass back exactly.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pilkada.extract.regions import PROVINCE_SHORT_FORMS, REGENCY_SHORT_FORMS

from .errors import AmbiguousName, BadParameter, UnknownName, UnknownQuery
from .persons import name_key
from .values import sql_literal

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_KEY_LINE = re.compile(r"^--\s*(question|params|columns)\s*:\s*(.*)$")
_MORE_LINE = re.compile(r"^--\s+(.*)$")
_PARAM = re.compile(r"^\$(\w+)\s+([A-Z]+)(?:\s*=\s*('(?:[^']|'')*'|\S+))?\s*(.*)$")
_SQL_PARAM = re.compile(r"\$([A-Za-z_]\w*)")

NAME_KINDS = ("REGENCY", "PROVINCE", "OFFICIAL", "REGULATION", "OUTLET")
VALUE_TYPES = ("VARCHAR", "DATE", "INTEGER", "BIGINT", "BOOLEAN", "DOUBLE")


def queries_dir() -> Path:
    """queries/ (installed as pilkada.queries) sits beside warehouse/ in the source tree and in a wheel."""
    override = os.environ.get("PILKADA_QUERIES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "queries"


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    default: object
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    question: str
    params: tuple[Param, ...]
    columns: tuple[tuple[str, str], ...]
    sql: str

    @property
    def body(self) -> str:
        """The SQL without its trailing semicolon, fit to be wrapped in COPY (...)."""
        return self.sql.strip().rstrip(";").strip()


@dataclass
class QueryResult:
    name: str
    columns: list[str]
    types: list[str]
    rows: list[tuple]
    params: dict = field(default_factory=dict)

    def dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def _default(raw: str | None, type_: str):
    if raw is None or raw.upper() == "NULL":
        return None
    if raw.startswith("'"):
        return raw[1:-1].replace("''", "'")
    return _convert(raw, type_, "default")


def parse_header(name: str, path: Path, text: str) -> NamedQuery:
    sections: dict[str, list[str]] = {"question": [], "params": [], "columns": []}
    current = None
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        key = _KEY_LINE.match(line)
        if key:
            current = key.group(1)
            if key.group(2).strip():
                sections[current].append(key.group(2).strip())
            continue
        more = _MORE_LINE.match(line)
        if more and current:
            sections[current].append(more.group(1).strip())
    question = " ".join(sections["question"])
    if not question:
        raise UnknownQuery(f"{path.name} has no '-- question:' header")
    params = []
    for entry in sections["params"]:
        if entry.lower() in ("none", "-"):
            continue
        if not entry.startswith("$"):
            if params:  # a description running on to the next line
                last = params[-1]
                params[-1] = Param(last.name, last.type, last.required, last.default, f"{last.description} {entry}")
            continue
        match = _PARAM.match(entry)
        if not match:
            raise UnknownQuery(f"{path.name}: cannot read parameter line {entry!r}")
        pname, type_, raw_default, description = match.groups()
        if type_ not in NAME_KINDS + VALUE_TYPES:
            raise UnknownQuery(f"{path.name}: parameter ${pname} has unknown type {type_}")
        params.append(Param(pname, type_, raw_default is None, _default(raw_default, type_), description.strip()))
    columns = []
    for part in ",".join(sections["columns"]).split(","):
        part = part.strip()
        if part:
            column, _, type_ = part.partition(" ")
            columns.append((column.strip(), type_.strip()))
    return NamedQuery(name, path, question, tuple(params), tuple(columns), text)


def list_queries(directory: str | os.PathLike | None = None) -> list[NamedQuery]:
    """Every named query, sorted by name."""
    folder = Path(directory) if directory else queries_dir()
    found = []
    for path in sorted(folder.glob("*.sql")):
        if _NAME.match(path.stem):
            found.append(parse_header(path.stem, path, path.read_text(encoding="utf-8")))
    return found


def get_query(name: str, directory: str | os.PathLike | None = None) -> NamedQuery:
    folder = Path(directory) if directory else queries_dir()
    path = folder / f"{name}.sql"
    if not _NAME.match(name) or not path.is_file():
        names = [q.name for q in list_queries(folder)]
        near = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(near)}?" if near else f" (known: {', '.join(names)})"
        raise UnknownQuery(f"no query named '{name}'{hint}")
    return parse_header(name, path, path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------- values


def _convert(value, type_: str, pname: str):
    if value is None:
        return None
    try:
        if type_ == "DATE":
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            return dt.date.fromisoformat(str(value).strip())
        if type_ in ("INTEGER", "BIGINT"):
            return int(value)
        if type_ == "DOUBLE":
            return float(value)
        if type_ == "BOOLEAN":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("true", "yes", "1", "y"):
                return True
            if text in ("false", "no", "0", "n"):
                return False
            raise ValueError(value)
    except ValueError:
        expected = {"DATE": "a date YYYY-MM-DD", "BOOLEAN": "true or false"}.get(type_, "a number")
        raise BadParameter(f"parameter {pname}={value!r} is not {expected}") from None
    return str(value)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.,]", " ", text.lower())).strip()


def _unknown(kind: str, value: str, candidates: dict[str, str], hint: str) -> UnknownName:
    """candidates: matching key -> display name; returns the error naming the nearest ones."""
    near = difflib.get_close_matches(_key(value), list(candidates), n=5, cutoff=0.6)
    shown = list(dict.fromkeys(candidates[k] for k in near))
    if shown:
        return UnknownName(f"no {kind} '{value}'; did you mean {', '.join(shown)}?", shown)
    return UnknownName(f"no {kind} '{value}' ({hint})", [])


_REGENCY_PREFIX = re.compile(r"^(kabupaten|kab|kota administrasi|kota|kabupaten administrasi|pemkab|pemkot)\s+")


def _short(name: str) -> str:
    return _REGENCY_PREFIX.sub("", _key(name))


def _regency_short_forms(by_name: dict[str, str]) -> dict[str, str]:
    """The extractor's short forms (Gumas, Kukar, Tangsel, ...) as key -> level-2 code."""
    return {_key(short): by_name[_key(name)] for short, name in REGENCY_SHORT_FORMS.items() if _key(name) in by_name}


def resolve_regency(con: duckdb.DuckDBPyConnection, value) -> str:
    """'35.17', 'Jombang', 'Kab. Jombang', 'Kota Malang', 'Gumas', 'Kukar' -> level-2 code.

    A bare name shared by a kabupaten and a kota ('Malang', 'Kediri') raises AmbiguousName with
    both; 'Kabupaten Malang', 'Kota Malang' or a code resolve.
    """
    text = str(value).strip()
    rows = con.execute("SELECT code, name, kind FROM regions WHERE level = 2").fetchall()
    by_code = {code: (name, kind) for code, name, kind in rows}
    if re.fullmatch(r"\d{2}\.\d{2}", text):
        if text in by_code:
            return text
        raise UnknownName(f"no regency with code '{text}' in the Kemendagri list", [])
    key = _key(text)
    by_name = {_key(name): code for code, (name, _) in by_code.items()}
    if key in by_name:
        return by_name[key]
    short_forms = _regency_short_forms(by_name)
    if key in short_forms:
        return short_forms[key]
    wanted_kind = "kota" if re.match(r"^(kota|pemkot)\s", key) else (
        "kabupaten" if re.match(r"^(kabupaten|kab|pemkab)\s", key) else None)
    short = _short(text)
    matches = sorted(code for code, (name, kind) in by_code.items()
                     if _short(name) == short and (wanted_kind is None or kind == wanted_kind))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        choices = [(c, f"{by_code[c][0]} ({c})") for c in matches]
        raise AmbiguousName(f"regency '{text}' is ambiguous: {', '.join(label for _, label in choices)}; "
                            "give the code or the full name", choices)
    candidates = {}
    for code, (name, _) in by_code.items():
        candidates[_key(name)] = f"{name} ({code})"
        candidates.setdefault(_short(name), f"{name} ({code})")
    raise _unknown("regency", text, candidates, "give a Kemendagri code like 35.17 or a name like 'Kota Malang'")


def resolve_province(con: duckdb.DuckDBPyConnection, value) -> str:
    text = str(value).strip()
    rows = dict(con.execute("SELECT code, name FROM regions WHERE level = 1").fetchall())
    if re.fullmatch(r"\d{2}", text):
        if text in rows:
            return text
        raise UnknownName(f"no province with code '{text}' in the Kemendagri list", [])
    key = re.sub(r"^provinsi\s+", "", _key(text))
    aliases = {_key(short): code for short, code in PROVINCE_SHORT_FORMS.items()}
    if key in aliases:
        return aliases[key]
    for code, name in rows.items():
        if _key(name) == key:
            return code
    raise _unknown("province", text, {_key(n): f"{n} ({c})" for c, n in rows.items()},
                   "give a code like 35 or a name like 'Jawa Timur'")


def person_label(name: str, roles: list[str], place: str) -> str:
    """'Sri Handoko, Bupati, Kabupaten Nganjuk (35.18)': what tells two people of one name apart."""
    return ", ".join([name] + ([" / ".join(roles[:3])] if roles else []) + [place])


def resolve_person(con: duckdb.DuckDBPyConnection, value) -> str:
    """A person id ('35.17:teguh-narutomo'), a name or a form of one ('Teguh Narutomo', 'teguh') -> person id.

    A name that fits several people (the same name in two regencies) raises AmbiguousName whose
    choices are their ids with name, roles and place.
    """
    text = str(value).strip()
    people = con.execute("SELECT person_id, official, roles, place, variants FROM officials"
                         " ORDER BY articles DESC, person_id").fetchall()
    if any(person_id == text for person_id, *_ in people):
        return text
    key = name_key(text)
    exact = [p for p in people if any(name_key(v) == key for v in p[4])]
    words = set(key.split())
    partial = exact or [p for p in people if words and any(words <= set(name_key(v).split()) for v in p[4])]
    if len(partial) == 1:
        return partial[0][0]
    if len(partial) > 1:
        choices = [(person_id, person_label(name, roles, place)) for person_id, name, roles, place, _ in partial[:12]]
        more = f" (first {len(choices)} of {len(partial)})" if len(partial) > len(choices) else ""
        raise AmbiguousName(f"official '{text}' fits {len(partial)} people{more}: "
                            f"{'; '.join(label for _, label in choices)}", choices)
    raise _unknown("official", text, {name_key(v): name for _, name, _, _, variants in people for v in variants},
                   "no official of that name in the warehouse")


def resolve_official(con: duckdb.DuckDBPyConnection, value) -> str:
    """The person id of an official's name (see resolve_person): what official_timeline's $official takes."""
    return resolve_person(con, value)


_REGULATION_WORDS = [
    (re.compile(r"\bundang[- ]undang\b"), "uu"),
    (re.compile(r"\b(nomor|no)\b\.?"), " "),
    (re.compile(r"\s+tahun\s+"), "/"),
    (re.compile(r"\s*/\s*"), "/"),
]


def _regulation_key(text: str) -> str:
    key = text.lower().replace(":", " ")
    for pattern, replacement in _REGULATION_WORDS:
        key = pattern.sub(replacement, key)
    return re.sub(r"\s+", " ", key).strip()


def resolve_regulation(con: duckdb.DuckDBPyConnection, value) -> str:
    """'UU 10/2016', 'uu 10 / 2016', 'UU No. 10 Tahun 2016', 'Undang-Undang Nomor 10 Tahun 2016' -> label."""
    text = str(value).strip()
    labels = [row[0] for row in con.execute("SELECT label FROM regulations ORDER BY label").fetchall()]
    key = _regulation_key(text)
    for label in labels:
        if _regulation_key(label) == key:
            return label
    raise _unknown("regulation cited as", text, {_regulation_key(label): label for label in labels},
                   "no article in the warehouse cites it; write it like 'UU 10/2016'")


def resolve_outlet(con: duckdb.DuckDBPyConnection, value) -> str:
    text = str(value).strip()
    rows = con.execute("SELECT outlet, coalesce(name, outlet) FROM outlets ORDER BY outlet").fetchall()
    for outlet, name in rows:
        if text.lower() in (outlet.lower(), name.lower()):
            return outlet
    candidates = {outlet.lower(): outlet for outlet, _ in rows}
    candidates.update({name.lower(): outlet for outlet, name in rows})
    raise _unknown("outlet", text, candidates, "see `pilkada query coverage_per_outlet_week`")


RESOLVERS = {
    "REGENCY": resolve_regency,
    "PROVINCE": resolve_province,
    "OFFICIAL": resolve_official,
    "REGULATION": resolve_regulation,
    "OUTLET": resolve_outlet,
}


def bind_params(con: duckdb.DuckDBPyConnection, query: NamedQuery, params: Mapping | None) -> dict:
    """Check, convert and resolve parameters: exactly the query's, with defaults filled in."""
    given = dict(params or {})
    known = {p.name for p in query.params}
    unknown = sorted(set(given) - known)
    if unknown:
        accepted = ", ".join(sorted(known)) or "none"
        raise BadParameter(f"query {query.name} has no parameter {', '.join(unknown)} (accepts: {accepted})")
    bound = {}
    for param in query.params:
        value = given.get(param.name)
        if value is None or value == "":
            if param.required:
                raise BadParameter(
                    f"query {query.name} needs {param.name}=... ({param.description or param.type.lower()})")
            bound[param.name] = param.default
            continue
        if param.type in RESOLVERS:
            bound[param.name] = RESOLVERS[param.type](con, value)
        else:
            bound[param.name] = _convert(value, param.type, param.name)
    return bound


def run_query(con: duckdb.DuckDBPyConnection, name: str, params: Mapping | None = None,
              directory: str | os.PathLike | None = None) -> QueryResult:
    """Run queries/<name>.sql with `params` (strings or Python values) and return all rows."""
    query = get_query(name, directory)
    bound = bind_params(con, query, params)
    cursor = con.execute(query.body, bound)
    columns = [d[0] for d in cursor.description]
    types = [str(d[1]) for d in cursor.description]
    return QueryResult(query.name, columns, types, cursor.fetchall(), bound)


def copy_query(con: duckdb.DuckDBPyConnection, name: str, params: Mapping | None, path: str | os.PathLike,
               format: str = "parquet", directory: str | os.PathLike | None = None) -> int:
    """Write a named query's result straight to a file with DuckDB's COPY (parquet, csv); returns rows."""
    if format not in ("parquet", "csv"):
        raise BadParameter(f"cannot COPY to format {format!r}")
    query = get_query(name, directory)
    bound = bind_params(con, query, params)
    options = "FORMAT parquet" if format == "parquet" else "FORMAT csv, HEADER true"
    cursor = con.execute(f"COPY ({query.body}\n) TO {sql_literal(path)} ({options})", bound)
    row = cursor.fetchone()
    return int(row[0]) if row else 0


def sql_params(query: NamedQuery) -> set[str]:
    """The $names the SQL body uses (comments stripped): must equal the header's parameters."""
    body = "\n".join(line.split("--", 1)[0] for line in query.sql.splitlines())
    body = re.sub(r"'(?:[^']|'')*'", "''", body)
    return set(_SQL_PARAM.findall(body))
