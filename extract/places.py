"""Regency (kabupaten/kota) and province mentions, resolved to Kemendagri codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .regions import NEEDS_CONTEXT, Gazetteer, gazetteer, key, misspelt_regency
from .tokens import PARTY_WORDS, Token

# the election of the office decides too: "Pilwali Kediri" is the city's, "Pilbup Blitar" the regency's
KABUPATEN_CUES = {"kabupaten", "kab", "pemkab", "bupati", "wabup", "setdakab", "pemkab", "kabupatennya", "sekdakab",
                  "pilbup", "pilkab", "cabup", "cawabup", "dprd-kab"}
KOTA_CUES = {"kota", "pemkot", "pemko", "walikota", "wawali", "setdakot", "kotamadya", "sekdakot", "pemkotnya",
             "pilwali", "pilwalkot", "pilwakot", "cawali", "cawawali"}
NOT_REGENCY_CUES = {"kecamatan", "kec", "desa", "kelurahan", "kel", "dusun", "dukuh", "kampung", "jalan", "jl", "jln",
                    "gang", "gg", "perumahan", "ds", "dsn", "rt", "rw", "blok", "pasar", "stasiun", "terminal",
                    "bandara", "pelabuhan", "sungai", "gunung", "danau", "pantai", "bukit", "hutan", "kali",
                    "camat", "lurah", "kades", "sekcam", "pondok", "ponpes", "jembatan", "kapanewon", "panewu",
                    "gampong", "keuchik", "geuchik", "nagari", "distrik", "kalurahan", "padukuhan", "nagori",
                    "kampung", "banjar", "lingkungan", "mukim", "kemukiman", "jorong", "bernama", "dusun"}
PERSON_CUES = {"pak", "bu", "bapak", "ibu", "mas", "mbak", "cak", "ning", "h", "hj", "sdr", "saudara", "saudari",
               "bang", "kak", "dik", "om", "tante", "mbah", "gus", "nyai", "kiai", "kyai", "ustadz", "dr"}
# Bodies and offices at regency level: the name straight after one is its regency's even where the name alone would
# need context ("Kapolres Mimika", "KPU Puncak"), unless more capitalised words follow ("Polres Metro Jakarta").
REGENCY_OFFICE_CUES = {"kapolres", "wakapolres", "polres", "kpu", "kpud", "kip", "bawaslu", "panwaslu", "panwaslih", "panwas",
                       "kejari", "kajari", "kodim", "dandim", "sekda", "disdukcapil", "pemda", "rsud", "bpbd",
                       "kesbangpol", "bakesbangpol", "setda"}
# A district military command's number between the office and its regency: "Dandim 0206 Dairi", "Kodim 0208/Asahan"
UNIT_NUMBER_BEFORE = re.compile(r"(?i)\b(?:kodim|dandim)\s+\d{3,4}\s*(?:/\s*)?$")
PROVINCE_CUES = {"provinsi", "prov", "pemprov", "gubernur", "wagub", "kapolda", "kajati", "pangdam", "dprd"}
# Media brands whose name contains a place: "Teras Jatim", "Radar Jombang", "Jatim Times".
MEDIA_BEFORE = {"teras", "rmol", "radar", "lensa", "kabar", "suara", "jawa pos", "times", "memo", "detik", "tribun",
                "dinamika", "warta", "harian", "koran"}  # "Dinamika Kalteng, Buntok –": an outlet named for its area
MEDIA_AFTER = {"times", "news", "pos", "today", "post", "network", "tv", "fm"}


AREA_WORDS = {"kecamatan", "kec", "desa", "kelurahan", "dusun", "kampung", "kapanewon", "panewu", "gampong", "keuchik",
              "geuchik", "nagari", "distrik", "kalurahan", "padukuhan", "nagori", "kemukiman", "jorong"}
STOP_RUN = {"Kabupaten", "Kab", "Kota", "Provinsi", "Pemkab", "Pemkot"}
LIST_GLUE = {",", "dan", "serta", "atau", "&"}


# The points of the compass that end many regencies' names, which outlets sometimes leave in lower case
COMPASS_WORDS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut"})


def _written_capitalised(text: str, words: list[Token]) -> bool:
    """Whether the text also writes these words with the last one capitalised: a compass word in lower case
    ("Sorong selatan") is then the regency's name, elsewhere a direction ("Jember selatan", the south of Jember)."""
    name = " ".join(t.text for t in words[:-1]) + " " + words[-1].word.capitalize()
    return bool(text) and re.search(r"(?<!\w)" + re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)", text) is not None


def _continues_list(tokens: list[Token], excluded_until: int, start: int) -> bool:
    """True when tokens[start] is a further item of a list whose first item was a kecamatan/desa."""
    if excluded_until < 0 or start <= excluded_until:
        return False
    between = tokens[excluded_until:start]
    if not between or len(between) > 12:
        return False
    if not any(t.text in LIST_GLUE or t.word in LIST_GLUE for t in between):
        return False
    return all(t.text in LIST_GLUE or t.word in LIST_GLUE or (t.is_capitalised and t.word not in STOP_RUN) for t in between)


@dataclass(frozen=True)
class PlaceMention:
    code: str
    name: str
    level: int  # 1 province, 2 regency
    start: int
    end: int


WEB_DOMAINS = {"id", "com", "net", "org", "co", "news", "info", "tv"}


def _after_web_address(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] follows an outlet's web address with nothing between ("tribunnews.com Maluku")."""
    if index < 2:
        return False
    domain, host = tokens[index - 1], tokens[index - 2]
    return domain.word.lower() in WEB_DOMAINS and host.text.endswith(".") and host.end == domain.start \
        and len(host.text) > 2


def _in_web_address(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is a label of a web address ("SULTRA.KABARDAERAH.COM-"): the outlet's regional edition,
    part of its name, not a mention."""
    j = index
    while j + 1 < len(tokens) and tokens[j].text.endswith(".") and len(tokens[j].text) > 2 and tokens[j].end == tokens[j + 1].start:
        j += 1
        if tokens[j].word.lower() in WEB_DOMAINS:
            return True
    return False


CULTURE_WORDS = {"suku", "bahasa", "etnis", "tari", "tarian", "lagu", "kuliner", "masakan", "busana"}
CUSTOM_THINGS = {"baju", "pakaian", "busana", "rumah", "tarian", "tari", "upacara", "kain", "senjata", "alat",
                 "tenun", "tenunan", "songket", "sarung", "ulos", "batik"}


def _names_a_culture(tokens: list[Token], index: int) -> bool:
    """Whether the name at tokens[index] follows a word for a people's culture, across a short list of such names:
    "suku Bugis", "bahasa Jawa", "baju adat Mongondow dan Gorontalo" ("adat" or "khas" only after the thing they
    qualify, as "asli": "tokoh adat Jombang" is a place's figure, "tenunan asli Manggarai" a people's cloth)."""
    j = index - 1
    while j >= max(0, index - 5) and (tokens[j].is_capitalised and not tokens[j].is_punct and tokens[j].word not in STOP_RUN
                                      or tokens[j].word in ("dan", ",")):
        j -= 1
    if j < 0 or tokens[j].word in STOP_RUN:
        return False
    word = tokens[j].word.lower()
    if word in CULTURE_WORDS:
        return True
    if word not in ("adat", "khas", "asli"):
        return False
    while j > 0 and tokens[j - 1].word.lower() in ("adat", "khas", "asli"):
        j -= 1  # "baju khas adat Mongondow", "sarung songket tenunan asli Manggarai"
    return j > 0 and tokens[j - 1].word.lower() in CUSTOM_THINGS


def _cue_words(tokens: list[Token], index: int, span: int = 3) -> list[str]:
    """Up to `span` words just before tokens[index], nearest first, stopping at punctuation other than a dot."""
    words: list[str] = []
    j = index - 1
    while j >= 0 and len(words) < span:
        token = tokens[j]
        if token.is_punct and token.text not in ("."):
            break
        if not token.is_punct:
            words.append(token.word.lower())
        j -= 1
    return words


def _kecamatan_elsewhere(g: Gazetteer, tokens: list[Token], after: int, width: int, codes) -> int:
    """How many tokens after a regency name complete the name of a kecamatan of another regency; 0 if none."""
    for extra in (2, 1):
        words = tokens[after - width:after + extra]
        if after + extra > len(tokens) or any(t.is_punct or not t.is_capitalised for t in words[width:]):
            continue
        found = g.kecamatan_by_bare.get(key(" ".join(t.text for t in words)))
        if found and not {code.rsplit(".", 1)[0] for code in found} & set(codes):
            return extra
    return 0


DATELINE_DASHES = {"-", "--", "–", "—"}
GLUED_DATELINE = re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)-[A-Z]")


def _dateline_openings(tokens: list[Token], text: str) -> dict[int, int]:
    """Token index opening a dateline -> index of its closing dash ("Merauke, PSP – ", "AMBON -"): the first
    paragraph or the one after the title, when a dash follows within a few words."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text[:2000])][:1]
    openings: dict[int, int] = {}
    for index, token in enumerate(tokens[:400]):
        if token.start in starts:
            dash = next((k for k in range(index, min(index + 8, len(tokens))) if tokens[k].text in DATELINE_DASHES), -1)
            openings[index] = dash
    return openings


def _writers_sign_off(tokens: list[Token], first: int, after: int, text: str) -> bool:
    """A name alone in brackets after a sentence's end, closing its paragraph: the writer's sign-off ("(DIY)")."""
    if first < 2 or after >= len(tokens) or tokens[first - 1].text != "(" or tokens[after].text != ")":
        return False
    before = tokens[first - 2].text
    if not (before in (".", "!", "?", "”", '"') or before.endswith(".")):
        return False
    rest = text[tokens[after].end:tokens[after].end + 2]
    return rest == "" or rest[:1] == "\n"


def _dateline_outlets(tokens: list[Token], openings: dict[int, int]) -> list[tuple[int, int]]:
    """Token ranges naming the outlet inside a dateline, between the place's comma and the dash ("LOTIM, Warta NTB —",
    "Merauke, Suara Papua –"): two words or more of which some are no place ("Kupang, NTT –" names the province)."""
    g = gazetteer()
    outlets = []
    for index, dash in openings.items():
        comma = next((k for k in range(index, dash) if tokens[k].text in (",", "(")), -1) if dash > 0 else -1
        close = dash - 1 if comma >= 0 and tokens[comma].text == "(" and tokens[dash - 1].text == ")" else dash
        if comma < 0 or close - comma - 1 < 2 or tokens[comma].text == "(" and close == dash:
            continue  # (also "TANGSEL (Bisnis Jakarta) –": the outlet in brackets)
        words = [t.text for t in tokens[comma + 1:close]]
        whole = key(" ".join(words))
        if whole in g.regency_by_bare or whole in g.province_by_name:
            continue
        if any(key(w) not in g.regency_by_bare and key(w) not in g.province_by_name for w in words):
            outlets.append((comma + 1, close))
    return outlets


@lru_cache(maxsize=1)
def _name_key_prefixes() -> frozenset[str]:
    """Every beginning of the key of a regency's or a province's name."""
    g = gazetteer()
    return frozenset(k[:end] for k in (*g.regency_by_bare, *g.province_by_name) for end in range(len(k) + 1))


def find_places(tokens: list[Token], excluded: list[tuple[int, int]] = (), text: str = "") -> list[PlaceMention]:
    """`text`, the article the tokens come from, shows where its dateline is."""
    g: Gazetteer = gazetteer()
    mentions: list[PlaceMention] = []
    openings = _dateline_openings(tokens, text)
    for token in [t for index, dash in openings.items() if dash < 0 for t in tokens[index:index + 4]]:
        glued = GLUED_DATELINE.match(token.text)  # "NPM, MANADO-Bawaslu Sulut ...": the dateline's dash without spaces
        codes = g.regency_by_bare.get(key(glued["place"]), ()) if glued else ()
        if len(codes) == 1 and glued["place"].title() not in NEEDS_CONTEXT:
            mentions.append(PlaceMention(codes[0], g.regions[codes[0]].name, 2, token.start,
                                         token.start + len(glued["place"])))
    outlets = _dateline_outlets(tokens, openings)
    list_excluded_until = -1  # token index: a list of kecamatan/desa names runs on through commas and "dan"
    settled_kind: dict[str, set[str]] = {}  # bare key -> kinds decided by explicit context so far
    pending: list[tuple[int, str, tuple[str, ...], Token, Token]] = []
    unsure: list[tuple[int, int, str, int, int]] = []  # ambiguous bare names waiting for a list to vouch for them
    bare: dict[tuple[int, int], str] = {}  # span of a regency named bare (no kind word, no title) -> its key
    vouched: set[str] = set()  # regencies named somewhere with their kind, a title or an office of theirs
    i = 0
    n = len(tokens)
    prefixes = _name_key_prefixes()
    while i < n:
        token = tokens[i]
        if i + 1 < n and tokens[i + 1].is_capitalised and token.word.lower() in AREA_WORDS:
            # the whole name after "Kecamatan"/"Desa" is the kecamatan's ("Mentawa Baru Ketapang")
            i += 1
            while i < n and tokens[i].is_capitalised and not tokens[i].is_punct and tokens[i].word not in STOP_RUN:
                i += 1
            list_excluded_until = i
            continue
        if not token.is_capitalised or token.is_punct:
            i += 1
            continue
        # the longest run of words from here whose key is a regency's or a province's, read word by word and
        # given up as soon as the key so far begins no name (key ignores spaces: a run's key is its words' keys)
        match = None
        so_far = ""
        for width in range(1, min(g.max_words, n - i) + 1):
            last = tokens[i + width - 1]
            if last.is_punct and last.text != "-":
                break
            so_far += key(last.text)
            if so_far not in prefixes:
                break
            if last.is_capitalised or (width > 1 and last.word in COMPASS_WORDS and (_written_capitalised(
                    text, tokens[i:i + width]) or i > 0 and tokens[i - 1].word.lower() in KABUPATEN_CUES | KOTA_CUES)):
                # "Bintuni dan Sorong selatan" where "Sorong Selatan" is written too; "Kabupaten Aceh barat daya"
                k = key(" ".join(t.text for t in tokens[i:i + width]))
                if k in g.regency_by_bare or k in g.province_by_name:
                    match = (width, k)
        if not match:
            misspelt, misspelt_width = None, 1
            if i > 0 and tokens[i - 1].word in ("Kota", "Kabupaten", "Kab") and token.word.isalpha():
                kind = "kota" if tokens[i - 1].word == "Kota" else "kabupaten"
                for misspelt_width in (3, 2, 1):  # "Kabupaten Muara Jambi": Muaro Jambi, written as it is said
                    words = tokens[i:i + misspelt_width]
                    if len(words) == misspelt_width and all(t.word.isalpha() and t.is_capitalised for t in words):
                        misspelt = misspelt_regency(" ".join(t.word for t in words), kind)
                        if misspelt:
                            break
            end = tokens[i + misspelt_width - 1].end if misspelt else token.end
            if misspelt and not any(not (end <= s or token.start >= e) for s, e in excluded):
                # "KPUD Kota Tasikmlaya": the kind says a place follows, its name one letter off the list's
                mentions.append(PlaceMention(misspelt, g.regions[misspelt].name, 2, token.start, end))
                vouched.add(misspelt)
                i += misspelt_width
                continue
            mentions.extend(_hyphenated_pair(g, tokens, i, excluded))
            i += 1
            continue
        width, k = match
        first, last = tokens[i], tokens[i + width - 1]
        start, end = first.start, last.end - (1 if last.text.endswith(".") and last.text[:-1].isalpha() else 0)
        i += width
        if any(not (end <= s or start >= e) for s, e in excluded):
            continue
        if any(a <= i - width < b for a, b in outlets):
            continue  # "LOTIM, Warta NTB — …": the outlet's name in the dateline, no mention (spec)
        cues = _cue_words(tokens, i - width)
        nearest = cues[0] if cues else ""
        before2 = " ".join(reversed(cues[:2]))
        after = tokens[i].word.lower() if i < n else ""
        if "bernama" in cues[:3] or "sapaan" in cues[:3]:
            continue  # "warga bernama Robert Samosir": a person's name
        in_list = nearest not in NOT_REGENCY_CUES and _continues_list(tokens, list_excluded_until, i - width)
        if in_list and (k in g.regency_by_bare or k in g.province_by_name) and k not in g.kecamatan_by_bare \
                and tokens[i - width - 1].text == ",":
            in_list = False  # "Kelurahan Pakis, Kecamatan Sawahan, Surabaya": an address ends with its regency,
            # a name no kecamatan has, and its province ("…, Kecamatan Morotai Selatan, Pulau Morotai, Maluku Utara")
        if nearest in NOT_REGENCY_CUES or nearest in PERSON_CUES or in_list:
            # the whole capitalised name after "Kecamatan"/"Desa" is the kecamatan's ("Mentawa Baru Ketapang")
            while i < n and tokens[i].is_capitalised and not tokens[i].is_punct and tokens[i].word not in STOP_RUN:
                i += 1
            list_excluded_until = i
            continue
        if nearest in MEDIA_BEFORE or before2 in MEDIA_BEFORE or after in MEDIA_AFTER:
            continue
        if nearest == "partai" or (len(cues) > 1 and cues[1] == "partai" and tokens[i - width - 1].is_capitalised
                                   and tokens[i - width - 1].word not in PARTY_WORDS):
            continue  # "Partai Aceh", "Partai Nanggroe Aceh": a party's own name (but "Partai Golkar Aceh", its branch)
        if _names_a_culture(tokens, i - width):
            continue  # "baju adat Mongondow dan Gorontalo", "bahasa Jawa": a people's culture, not the place
        if _writers_sign_off(tokens, i - width, i, text):
            continue  # "… pungkasnya. (DIY)": the writer's initials in brackets closing the article or a paragraph
        if _after_web_address(tokens, i - width) or _in_web_address(tokens, i - 1):
            continue  # "persbhayangkara.id MALUKU": the outlet's regional edition, part of its name
        if after in ("nugini", "new", "leste"):
            continue  # "Papua Nugini", "Papua New Guinea", "Timor Leste": countries, not the province
        if nearest in ("jawa",) and k in ("pos",):
            continue
        codes = g.regency_by_bare.get(k, ())
        elsewhere = _kecamatan_elsewhere(g, tokens, i, width, codes)
        if elsewhere:
            i += elsewhere  # "Padang Tiji" is a kecamatan of Pidie, not Kota Padang
            continue
        start_index = i - width
        if start_index > 0 and tokens[start_index - 1].is_capitalised and not tokens[start_index - 1].is_punct \
                and key(tokens[start_index - 1].text) + k in g.kecamatan_by_bare \
                and (start_index < 2 or tokens[start_index - 2].word.lower() not in ("kabupaten", "kab", "kota")):
            continue  # "Datuk Tanah Datar", a kecamatan of Batu Bara: the regency's name ends a longer place's
        cue_set = set(cues[:2])
        if "wali" in cues[:2] and "kota" in cues[:2]:
            cue_set.add("walikota")
        kota_cue = bool(cue_set & KOTA_CUES) and nearest != "kabupaten"
        kab_cue = bool(cue_set & KABUPATEN_CUES) and not (nearest in KOTA_CUES)
        if after == "kota" and not kab_cue:
            kota_cue = True  # "Bekasi Kota"
        if nearest == "kota":
            kota_cue, kab_cue = True, False
        elif nearest in ("kabupaten", "kab", "pemkab"):
            kota_cue, kab_cue = False, True
        city = next((c for c in codes if g.regions[c].kind == "kota"), None)
        after_outlet = i - width >= 2 and tokens[i - width - 1].text == "," and openings.get(i - width - 2, -1) > 0 \
            and tokens[i - width - 2].is_capitalised  # "Kronologi, Gorontalo – …": the outlet's name, then the place
        if k in g.province_by_name and city and (openings.get(i - width, -1) > 0 or after_outlet) \
                and not (kota_cue or kab_cue) \
                and (i >= n or tokens[i].text in DATELINE_DASHES | {",", "("}):
            mentions.append(PlaceMention(city, g.regions[city].name, 2, start, end))  # "Jambi – …": a dateline names
            continue  # the city where the report was filed, not the province that shares its name
        if k in g.province_by_name and (not codes or not (kota_cue or kab_cue)):
            code = g.province_by_name[k]
            mentions.append(PlaceMention(code, g.regions[code].name, 1, start, end))
            continue
        surface = " ".join(t.word for t in tokens[i - width:i])
        opens_dateline = openings.get(i - width, -1) > 0 and (i >= n or tokens[i].text in DATELINE_DASHES | {","})
        # "Di Bima juga sama", "warga di Pati": a locative preposition before the name makes it a place, not a person
        locative = nearest in ("di", "ke", "dari") and surface != "Kota" and (i >= n or not tokens[i].is_capitalised)
        office = (nearest in REGENCY_OFFICE_CUES or UNIT_NUMBER_BEFORE.search(text, max(0, start - 16), start)) \
            and (i >= n or not tokens[i].is_capitalised)
        if surface in NEEDS_CONTEXT and not (kota_cue or kab_cue) and not locative and not office \
                and not (opens_dateline and len(codes) == 1):
            # a name needing context is a place when it opens the dateline ("Merauke, PSP – ...")
            if len(codes) == 1:
                unsure.append((i - width, i, codes[0], start, end))
            continue
        if len(codes) == 1:
            code = codes[0]
        else:
            kinds = {c: g.regions[c].kind for c in codes}
            wanted = "kota" if kota_cue else "kabupaten" if kab_cue else None
            if wanted:
                settled_kind.setdefault(k, set()).add(wanted)
            else:
                settled = settled_kind.get(k, set())
                wanted = next(iter(settled)) if len(settled) == 1 else None
            if wanted is None:
                pending.append((len(mentions), k, codes, first, last))
                wanted = "kabupaten"
            code = next((c for c, kind in kinds.items() if kind == wanted), codes[0])
        if not (kota_cue or kab_cue) and (i - width == 0 or not tokens[i - width - 1].is_capitalised
                                          or TOWN_SITE_BEFORE.search(text[max(0, start - 24):start])):
            bare[(start, end)] = k
        if kota_cue or kab_cue or nearest in REGENCY_OFFICE_CUES or not (
                i - width > 0 and tokens[i - width - 1].is_capitalised and not tokens[i - width - 1].is_punct
                and nearest not in ("di", "ke", "dari") and "\n" not in text[tokens[i - width - 1].end:start]):
            vouched.add(code)  # named as a regency, or at least not as the last word of a longer name
        mentions.append(PlaceMention(code, g.regions[code].name, 2, start, end))
    # "Belu dan Malaka", "Binjai, Langkat": an ambiguous name listed beside a regency is one too
    accepted_spans = [(m.start, m.end) for m in mentions if m.level == 2]
    for first_index, after_index, code, start, end in unsure:
        before = tokens[max(0, first_index - 1)] if first_index else None
        after_token = tokens[after_index] if after_index < n else None
        glue_before = before is not None and before.word in LIST_GLUE and any(e <= before.start and before.start - e <= 2 for _, e in accepted_spans)
        glue_after = after_token is not None and after_token.word in LIST_GLUE and any(
            s >= after_token.end and s - after_token.end <= 2 for s, _ in accepted_spans)
        if glue_before or glue_after:
            mentions.append(PlaceMention(code, g.regions[code].name, 2, start, end))
    lowercase = _lowercase_regencies(g, tokens, mentions, excluded)  # each after its kind word
    vouched.update(m.code for m in lowercase)
    mentions.extend(lowercase)
    mentions.sort(key=lambda m: m.start)
    # A bare homonym seen before its deciding context ("Kediri ... Pemkot Kediri") follows the article's choice.
    for index, k, codes, _first, _last in pending:
        settled = settled_kind.get(k, set())
        if len(settled) == 1:
            wanted = next(iter(settled))
            code = next((c for c in codes if g.regions[c].kind == wanted), None)
            if code:
                old = mentions[index]
                mentions[index] = PlaceMention(code, g.regions[code].name, 2, old.start, old.end)
    return _without_start_of_a_longer_name(g, _without_kecamatan_of_named_regency(g, mentions, bare, text), vouched)


def _bare_words(g: Gazetteer, code: str) -> list[str]:
    return re.sub(r"^(?:Kabupaten|Kota)\s+", "", g.regions[code].name).lower().split()


def _without_start_of_a_longer_name(g: Gazetteer, mentions: list[PlaceMention], vouched: set[str]) -> list[PlaceMention]:
    """A regency's name that opens the name of another the article names, and that the article only writes at the
    end of a longer name ("Kapuas" in a Kapuas Hulu article: "GOR Uncak Kapuas", "bumi Uncak Kapuas", the river),
    is no mention of its own; named anywhere as a regency ("Kabupaten Kapuas", "KPU Kapuas") or on its own ("Majene,
    Mamuju, Mamuju Tengah") it is one."""
    named = {m.code for m in mentions if m.level == 2}
    if len(named) < 2:
        return mentions
    words = {code: _bare_words(g, code) for code in named}
    shadowed = {code for code in named - vouched
                if any(len(longer) > len(words[code]) and longer[:len(words[code])] == words[code]
                       for other, longer in words.items() if other != code)}
    return [m for m in mentions if not (m.level == 2 and m.code in shadowed)] if shadowed else mentions


def _hyphenated_pair(g: Gazetteer, tokens: list[Token], i: int, excluded) -> list[PlaceMention]:
    """'daerah rawan, diantaranya Sanggau-Sekadau': two regencies joined by a hyphen name both; a pair with a part
    that is no regency's name ('Syamsuar-Edy', a candidate pair) or that needs context names none."""
    token = tokens[i]
    parts = token.word.split("-")
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
        return []
    codes = [g.regency_by_bare.get(key(part), ()) for part in parts]
    if not all(codes) or any(part in NEEDS_CONTEXT for part in parts) or (_cue_words(tokens, i)[:1] or [""])[0] \
            in PERSON_CUES | NOT_REGENCY_CUES:
        return []
    found, start = [], token.start
    for part, options in zip(parts, codes):
        code = next((c for c in options if g.regions[c].kind == "kabupaten"), options[0])
        if not any(not (start + len(part) <= s or start >= e) for s, e in excluded):
            found.append(PlaceMention(code, g.regions[code].name, 2, start, start + len(part)))
        start += len(part) + 1
    return found


# A site of a town's centre, named for the town: "Alun-alun Karanganyar" in a Kebumen article is the square of the
# kecamatan town, not Kabupaten Karanganyar.
TOWN_SITE_BEFORE = re.compile(r"(?i)\b(?:alun-alun|alun\s+alun|pasar|terminal|stasiun|lapangan|pendopo\s+kecamatan)\s+$")


def _without_kecamatan_of_named_regency(g: Gazetteer, mentions: list[PlaceMention],
                                        bare: dict[tuple[int, int], str], text: str = "") -> list[PlaceMention]:
    """A name given bare that is a kecamatan of a regency the article names, and a regency of another province, is
    the kecamatan: "kecamatan di daerah Pantura, seperti Ketapang, Banyuates" in a Sampang article is not Kabupaten
    Ketapang of Kalimantan Barat."""
    named = {m.code for m in mentions if m.level == 2 and (m.start, m.end) not in bare}
    kept = []
    for mention in mentions:
        k = bare.get((mention.start, mention.end))
        if k is not None and mention.code not in named and (mention.code[:2] not in {code[:2] for code in named}
                                                            or TOWN_SITE_BEFORE.search(text[max(0, mention.start - 24):mention.start])):
            homes = {code.rsplit(".", 1)[0] for code in g.kecamatan_by_bare.get(k, ())}
            if homes & named:
                continue  # (a regency of the same province is left alone: "Manokwari, Manokwari Selatan")
        kept.append(mention)
    return kept


LIST_OPENS = {":", ";", "yakni", "yaitu"}


def _regency_at(g: Gazetteer, tokens: list[Token], i: int, kind: str | None) -> tuple[str, int] | None:
    """(code, width) of the regency named, in any case, by the words at i."""
    for width in range(min(g.max_words, len(tokens) - i), 0, -1):
        words = tokens[i:i + width]
        if any(t.is_punct for t in words):
            continue
        codes = g.regency_by_bare.get(key(" ".join(t.text for t in words)), ())
        if codes:
            return next((c for c in codes if g.regions[c].kind == kind), codes[0]), width
    return None


def _lowercase_regencies(g: Gazetteer, tokens: list[Token], found: list[PlaceMention], excluded) -> list[PlaceMention]:
    """Regency names sloppy writing puts in lower case, where the text says they are regencies: after the kind word
    ("kabupaten melawi", "kota bitung") and as items of a list the kind word opens ("tujuh kabupaten; Sambas,
    bengkayang, sekadau, kapuas hulu"); a province's after "provinsi" (or its old spelling "propinsi") or "pemprov"."""
    taken = {(m.start, m.end) for m in found}
    spans = [(m.start, m.end) for m in found] + list(excluded)
    added: list[PlaceMention] = []

    def add(code: str, first: Token, last: Token) -> None:
        if (first.start, last.end) in taken or any(not (last.end <= s or first.start >= e) for s, e in spans):
            return
        taken.add((first.start, last.end))
        added.append(PlaceMention(code, g.regions[code].name, 2, first.start, last.end))

    n = len(tokens)
    for i, token in enumerate(tokens[:-1]):
        word = token.word.lower()
        if word in ("provinsi", "propinsi", "pemprov"):  # "Bawaslu propinsi maluku", "pemprov sulbar": the province, in
            # lower case after its kind or its government
            for width in range(min(3, n - i - 1), 0, -1):
                words = tokens[i + 1:i + 1 + width]
                if all(t.word.islower() and not t.is_punct for t in words):
                    code = g.province_by_name.get(key(" ".join(t.text for t in words)))
                    if code and (words[0].start, words[-1].end) not in taken and not any(
                            not (words[-1].end <= s or words[0].start >= e) for s, e in spans):
                        taken.add((words[0].start, words[-1].end))
                        added.append(PlaceMention(code, g.regions[code].name, 1, words[0].start, words[-1].end))
                        break
            continue
        if word not in ("kabupaten", "kab", "kota"):
            continue
        kind = "kota" if word == "kota" else "kabupaten"
        nxt = tokens[i + 1]
        if nxt.is_punct and nxt.word.lower() not in LIST_OPENS or not nxt.is_punct and nxt.word.lower() not in LIST_OPENS \
                and not nxt.word.islower():
            continue
        # "kabupaten melawi", "kabupaten sambas, bengkayang dan sekadau", "tujuh kabupaten; Sambas, bengkayang, …"
        j = i + 2 if nxt.word.lower() in LIST_OPENS else i + 1
        while j < n:
            at = _regency_at(g, tokens, j, kind)
            if not at:
                break
            add(at[0], tokens[j], tokens[j + at[1] - 1])
            j += at[1]
            if j < n and tokens[j].text == ",":
                j += 1
            if j < n and tokens[j].word.lower() in ("dan", "serta"):
                j += 1
            elif j >= n or tokens[j - 1].text != ",":
                break
    return added
