"""Officials: a person's name next to the title of a public office, in the forms Indonesian news writes them.

Forms: "Pj Bupati Jombang Teguh Narutomo" (title, place, name), "Ketua KPU Jombang, David Budiyanto"
(appositive), "Teguh Narutomo, Pj Bupati Jombang" and "Herson selaku Pj Bupati" (inverted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .regions import gazetteer, key
from .tokens import CONNECTORS, HONORIFICS, NOT_NAME, ORG_WORDS, Token

ACTING = r"(?:(?:Pj|Plt|Plh|Pjs|Pj\.|Plt\.|Plh\.|Pjs\.)\s+)"
# A title that is complete on its own; an office of a place may follow ("Bupati Jombang").
STANDALONE_TITLES = [
    r"Wakil\s+Presiden", r"Presiden", r"Wakil\s+Bupati", r"Bupati", r"Wakil\s+Wali\s?[Kk]ota", r"Wali\s?[Kk]ota",
    r"Wakil\s+Gubernur", r"Gubernur", r"Wabup", r"Wawali", r"Wagub", r"Sekretaris\s+Daerah", r"Sekda(?:kab|kot|prov)?",
    r"Sekcam", r"Camat", r"Lurah", r"Kepala\s+Desa", r"Kades", r"Kapolresta", r"Kapolres(?:tabes)?", r"Wakapolres(?:ta)?",
    r"Kapolsek", r"Kapolda", r"Kapolri", r"Wakapolda", r"Dandim", r"Kasdim", r"Danrem", r"Danramil", r"Pangdam",
    r"Kajari", r"Kajati", r"Kasi\s+Intel(?:ijen)?", r"Mendagri", r"Men[Pp][Aa][Nn]\s?-?RB", r"Menpan\s?RB",
    r"Mensesneg", r"Menkopolhukam", r"Menko\s+Polhukam", r"Jaksa\s+Agung", r"Ketua\s+Umum", r"Sekjen",
    r"Kasatpol\s?PP", r"Kasat\s+[A-Z][a-z]+", r"Kalaksa\s+BPBD", r"Kadis\w*", r"Kabag\s+\w+", r"Kadindik",
    r"Kadinkes", r"Kaban\w*", r"Inspektur", r"Lurah",
]
# A head noun that needs an organisation after it: "Ketua KPU", "Kepala Dinas Pendidikan".
HEADS = [
    r"Wakil\s+Ketua", r"Ketua", r"Anggota", r"Komisioner", r"Kepala", r"Sekretaris", r"Asisten(?:\s+[IV]+)?",
    r"Kabid", r"Kasubag", r"Kasubbag", r"Kabag", r"Kasi", r"Koordinator\s+Divisi", r"Kordiv", r"Koordinator",
    r"Direktur(?:\s+Utama)?", r"Menteri", r"Deputi", r"Staf\s+Ahli", r"Bendahara", r"Panglima", r"Komandan",
    r"Kapala", r"Plt\s+Kepala",
]
TITLE_RE = re.compile(
    r"(?<![\w])(?P<acting>" + ACTING + r")?(?P<title>"
    r"(?P<standalone>" + "|".join(STANDALONE_TITLES) + r")|(?P<head>" + "|".join(HEADS) + r"))(?![\w])",
    re.IGNORECASE,
)
# Offices whose holder belongs to no regency, even when a city is named ("Kantor Regional II BKN Surabaya").
NATIONAL_OR_PROVINCIAL = re.compile(
    r"\b(?:Presiden|Menteri|Men[A-Za-z]+RB|Mendagri|Mensesneg|Menko\w*|Gubernur|Wagub|Kapolda|Wakapolda|Kapolri|"
    r"Pangdam|Danrem|Kajati|Jaksa\s+Agung|Regional|Kanwil|Wilayah|Provinsi|Prov|Pusat|RI|DPR\s+RI|DPD\s+RI|"
    r"Kementerian|Korem|Kodam|Polda|Kejati|Deputi|Sekjen|Ketua\s+Umum|DPP|Nasional|Dirjen|Direktorat)\b"
)
DEGREE = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][A-Za-z]{0,4}\.?){0,3}|S\.?(?:H|E|Pd|Sos|Ag|Kom|T|Si|IP|STP|Kep|Psi|Hut|P|IK|AP|Ak|Kes)\b\.?|"
    r"M\.?(?:Si|M|H|Pd|AP|Kes|Ag|T|Kom|Sc|A|Psi|IP)\b\.?|MM|MH|MSi|MAP|MBA|SH|SE|SIP|SSTP|Lc|Ph\.?D|CPA)"
)
NAME_WORD = re.compile(r"^(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|[A-Z]\.|[A-Z][a-z]{1,3}\.|[A-Z]{2,3}|Mc[A-Z][a-z]+)$")
SHORT_NAME_ABBREVIATIONS = {"Moch.", "Moh.", "Muh.", "Much.", "Mochamad", "Mohd.", "Ach.", "Abd.", "Abd", "Sy."}


@dataclass
class OfficialMention:
    name: str
    role: str | None
    regency: str | None  # code, or None for national/provincial offices
    start: int  # of the name
    end: int
    role_start: int | None = None
    place_code: str | None = None
    national: bool = False
    forms: list[str] = field(default_factory=list)


def _name_at(tokens: list[Token], i: int) -> tuple[str, int, int, int] | None:
    """A person's name starting at tokens[i] (after honorifics). Returns (name, start, end, next index)."""
    n = len(tokens)
    while i < n and (tokens[i].word in HONORIFICS or tokens[i].text in ("K.H.", "KH.")):
        i += 1
        if i < n and tokens[i].text == ".":
            i += 1
    words: list[Token] = []
    j = i
    g = gazetteer()
    while j < n and len(words) < 5:
        token = tokens[j]
        text = token.text
        if token.is_punct:
            break
        is_initial = bool(re.fullmatch(r"[A-Z]\.", text)) or text in SHORT_NAME_ABBREVIATIONS
        if not is_initial:
            word = token.word
            if not NAME_WORD.match(text if not text.endswith(".") else word):
                break
            if word in NOT_NAME or word in ORG_WORDS or word.upper() == word and len(word) > 3:
                break
            if words and (key(word) in g.province_by_name):
                break
        words.append(token)
        j += 1
        if text.endswith(".") and not is_initial:
            break  # a full word with a dot ends the sentence
    while words and (re.fullmatch(r"[A-Z]\.", words[-1].text) and len(words) == 1):
        words.pop()
    if not words:
        return None
    if len(words) == 1 and (words[0].word.isupper() or len(words[0].word) < 3):
        return None
    name = " ".join(w.word if w is words[-1] and not re.fullmatch(r"[A-Z]\.", w.text) else w.text for w in words)
    end = words[-1].end - (1 if words[-1].text.endswith(".") and not re.fullmatch(r"[A-Z]\.", words[-1].text) else 0)
    return name, words[0].start, end, j


def _skip_degrees(text: str, position: int) -> int:
    """Skip ", S.E., M.M." after a name."""
    while True:
        match = re.match(r"\s*,\s*", text[position:])
        if not match:
            return position
        rest = text[position + match.end():]
        degree = DEGREE.match(rest)
        if not degree or (degree.end() < len(rest) and rest[degree.end()].isalpha() and rest[degree.end() - 1] != "."):
            return position
        position += match.end() + degree.end()


def _token_index_at(tokens: list[Token], offset: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _org_after(tokens: list[Token], i: int) -> int:
    """Index after the organisation words that follow a head noun ("KPU", "Dinas Pendidikan", "Kantor Regional II BKN")."""
    n = len(tokens)
    j = i
    taken = 0
    g = gazetteer()
    while j < n:
        token = tokens[j]
        word = token.word
        if token.is_punct and token.text not in ("/", "&"):
            break
        lower = word.lower()
        is_acronym = len(word) >= 2 and word.isupper() and word.isalpha()
        is_roman = bool(re.fullmatch(r"[IVX]+", word))
        if key(word) in g.regency_by_bare and not is_acronym and taken:
            break
        if is_acronym or is_roman or word in ORG_WORDS or (lower in CONNECTORS and taken) or word in ("Kabupaten", "Kota", "Provinsi"):
            if word in ("Kabupaten", "Kota", "Provinsi", "Kab"):
                break
            j += 1
            taken += 1
            if token.text.endswith(".") and not is_acronym:
                break
            continue
        if taken == 0 and token.is_capitalised and word not in NOT_NAME and j + 1 < n and tokens[j + 1].word in ORG_WORDS:
            j += 1
            taken += 1
            continue
        break
    while j > i and tokens[j - 1].word.lower() in CONNECTORS:
        j -= 1
    return j


def _place_after(tokens: list[Token], i: int) -> tuple[str | None, bool, int]:
    """A place after a title ("Jombang", "Kabupaten Nganjuk", "Kota Malang", "Jatim"): (regency code, provincial?, next index)."""
    g = gazetteer()
    n = len(tokens)
    j = i
    kind = None
    if j < n and tokens[j].word in ("Kabupaten", "Kab", "Kota", "Provinsi", "Prov"):
        kind = tokens[j].word
        j += 1
    for width in range(min(g.max_words, n - j), 0, -1):
        words = tokens[j:j + width]
        if any(t.is_punct for t in words) or not all(t.is_capitalised for t in words):
            continue
        k = key(" ".join(t.text for t in words))
        codes = g.regency_by_bare.get(k)
        if codes and kind != "Provinsi":
            if len(codes) > 1:
                wanted = "kota" if kind == "Kota" else "kabupaten"
                code = next((c for c in codes if g.regions[c].kind == wanted), codes[0])
            else:
                code = codes[0]
            return code, False, j + width
        if k in g.province_by_name:
            return None, True, j + width
    return None, False, i


def find_officials(text: str, tokens: list[Token]) -> list[OfficialMention]:
    mentions: list[OfficialMention] = []
    for match in TITLE_RE.finditer(text):
        title_text = match.group(0)
        if NOT_AN_OFFICE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        if not title_text[0].isupper() and match.start() > 0 and text[match.start() - 1] not in " \n(":
            continue
        i = _token_index_at(tokens, match.end())
        if match["head"]:
            after_org = _org_after(tokens, i)
            if after_org == i:
                continue  # "Ketua" with no organisation is not an office
            i = after_org
        role_end = tokens[i - 1].end if i > 0 else match.end()
        role = text[match.start():role_end].strip(" ,")
        role = re.sub(r"\s+", " ", role)
        place_code, provincial, i = _place_after(tokens, i)
        # more organisation after the place ("Ketua Bawaslu Jombang Divisi Hukum") is not part of the role
        national = bool(NATIONAL_OR_PROVINCIAL.search(role)) or provincial
        # forward: title [place] [,] [honorifics] NAME
        j = i
        separated = False
        if j < len(tokens) and tokens[j].text in (",", ":"):
            j += 1
            separated = True
        found = _name_at(tokens, j) if j < len(tokens) else None
        if found and found[0].split()[0] in ("Kabupaten", "Kota"):
            found = None
        if found and " " not in found[0] and not separated and not (j < len(tokens) and tokens[j].word in HONORIFICS):
            found = None  # "Direktur RSDUD Kurun": one capitalised word straight after an office is a place more often than a name
        if found:
            name, start, end, _ = found
        else:
            found = _name_before(text, tokens, match.start())
            if not found:
                continue
            name, start, end = found
        if len(name) < 3:
            continue
        mentions.append(
            OfficialMention(
                name=name,
                role=_clean_role(role),
                regency=None if national else place_code,
                start=start,
                end=end,
                role_start=match.start(),
                place_code=place_code,
                national=national,
            )
        )
    return mentions


# "calon Bupati", "mantan Wali Kota", "Calon Bupati dan Wakil Bupati": candidates and former holders hold no office.
NOT_AN_OFFICE_BEFORE = re.compile(
    r"(?i:\b(?:calon|cabup|cawabup|bakal\s+calon|balon|mantan|eks|bekas|kandidat|paslon)\s+"
    r"(?:(?:bupati|wali\s?kota|gubernur)\s+(?:dan|&)\s+)?(?:[\w.]+\s+){0,1})$"
)
INVERTED_LINK = re.compile(r"(?:,\s*|\s+selaku\s+|\s+sebagai\s+|\s+yang\s+juga\s+(?:menjabat\s+(?:sebagai\s+)?)?|\s+\()$")


def _name_before(text: str, tokens: list[Token], title_start: int) -> tuple[str, int, int] | None:
    """'Teguh Narutomo, Pj Bupati Jombang' / 'Herson selaku Pj Bupati': the name that stands before the title."""
    before = text[max(0, title_start - 120):title_start]
    link = INVERTED_LINK.search(before)
    if not link:
        return None
    name_end = title_start - (len(before) - link.start())
    name_end = _strip_trailing_degrees(text, name_end)
    # walk back over name words
    i = _token_index_at(tokens, name_end) - 1
    words: list[Token] = []
    while i >= 0 and len(words) < 5:
        token = tokens[i]
        if token.is_punct:
            break
        is_initial = bool(re.fullmatch(r"[A-Z]\.", token.text))
        if not is_initial and (not NAME_WORD.match(token.word) or token.word in NOT_NAME or token.word in ORG_WORDS):
            break
        if token.word in HONORIFICS:
            break
        words.insert(0, token)
        i -= 1
    if not words or (len(words) == 1 and len(words[0].word) < 3):
        return None
    if i >= 0 and not tokens[i].is_punct and tokens[i].is_capitalised and tokens[i].word not in HONORIFICS and tokens[i].word not in NOT_NAME:
        return None  # part of a longer capitalised phrase we do not understand
    name = " ".join(t.text for t in words).rstrip(".")
    return name, words[0].start, words[-1].end


def _strip_trailing_degrees(text: str, end: int) -> int:
    stripped = re.sub(r"(?:,\s*(?:[A-Z][A-Za-z]{0,4}\.)+(?:[A-Z][A-Za-z]{0,4})?)+\s*$", "", text[:end])
    return len(stripped)


def _clean_role(role: str) -> str:
    role = re.sub(r"\s+(?:Kabupaten|Kab\.?|Kota|Provinsi)$", "", role)
    role = re.sub(r"\s+(?:Setdakab|Setdakot|Setda|Setdaprov|Pemkab|Pemkot|Pemprov)$", "", role)
    return role.strip(" ,")


def merge_officials(mentions: list[OfficialMention], confirmed_text: str | None = None) -> list[OfficialMention]:
    """One entry per person: short forms ("Teguh") join the fullest form ("Teguh Narutomo")."""
    people: list[OfficialMention] = []
    for mention in sorted(mentions, key=lambda m: -len(m.name)):
        norm = _norm(mention.name)
        for person in people:
            pnorm = _norm(person.name)
            if norm == pnorm or _is_short_form(norm, pnorm):
                person.forms.append(mention.name)
                if person.role is None and mention.role:
                    person.role, person.regency = mention.role, mention.regency
                break
        else:
            mention.forms = [mention.name]
            people.append(mention)
    people.sort(key=lambda m: m.start)
    return people


def _norm(name: str) -> str:
    return re.sub(r"[.,]", "", name).lower().strip()


def _is_short_form(short: str, full: str) -> bool:
    short_words, full_words = short.split(), full.split()
    if len(short_words) >= len(full_words):
        return False
    return all(w in full_words for w in short_words)


def is_mentioned(name: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name.split()[0]) + r"(?!\w)", text) is not None
