"""Officials: a person's name next to the title of a public office, in the forms Indonesian news writes them.

Forms: "Pj Bupati Jombang Teguh Narutomo" (title, place, name), "Ketua KPU Jombang, David Budiyanto"
(appositive), "Teguh Narutomo, Pj Bupati Jombang" and "Herson selaku Pj Bupati" (inverted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import (ACTING, COORDINATOR, DEGREE_WORDS, DIVISION_WORDS, HEADS, PLURAL_BEFORE_TITLE, SAYING_WORDS,
                      ORDINAL_WORDS, SENTENCE_CONNECTIVES,
                      SE_PREFIXED, STANDALONE_TITLES, NEVER_NAME_WORDS, abbreviated_name_part, is_affixed_word,
                      CIVIL_SOCIETY_BODIES, NAMED_CIVIL_SOCIETY_BODIES)
from .regions import gazetteer, key, misspelt_regency, one_edit_apart, single_edit
from .lexicon import HONORIFIC_WORDS as HONORIFICS
from .prescan import Gated, Prescan
from .tokens import ABBREVIATIONS, CONNECTORS, HOSPITALS, KNOWN_BODIES, NOT_NAME, ORG_WORDS, Token, tokenize

TITLE_RE = re.compile(
    r"(?<![\w])(?P<acting>" + ACTING + r")?(?P<title>"
    r"(?P<standalone>" + "|".join(STANDALONE_TITLES) + r")|(?P<head>" + "|".join(HEADS) + r"))(?![\w])",
    re.IGNORECASE,
)
# "Wakil" straight before a title the lists give only whole: the holder is that office's deputy
DEPUTY_BEFORE = re.compile(r"(?<![\w])Wakil\s+$")
TITLE_SCAN = Prescan(TITLE_RE)  # TITLE_RE's matches over a whole article, tried only where a title can begin
# Bodies that exist at the national level only, named without "RI": their holders are national wherever the article is.
NATIONAL_BODIES = ["DKPP", "KASN", "BKN", "MK", "KPK", "BPK", "MPR", "BNPT", "BPIP", "BRIN", "Kemendagri", "Kemenpan",
                   "KemenPANRB", r"Kemenpan-?RB", "Mabes", "Wantimpres", "Kompolnas", r"Mahkamah\s+Konstitusi",
                   r"Dewan\s+Kehormatan\s+Penyelenggara\s+Pemilu", r"Komisi\s+Aparatur\s+Sipil\s+Negara",
                   r"Badan\s+Kepegawaian\s+Negara"]
# (a regional office of one names its place: "Kantor Regional II BKN Surabaya")
NATIONAL_BODY_ROLE = re.compile(r"^(?!.*\b(?:Regional|Kanreg|Perwakilan|Wilayah)\b).*\b(?:" + "|".join(NATIONAL_BODIES) + r")$")
# Offices whose holder belongs to no regency, even when a city is named ("Kantor Regional II BKN Surabaya").
NATIONAL_OR_PROVINCIAL = re.compile(
    r"\b(?:Presiden|Menteri|Men[A-Za-z]+RB|Mendagri|Mensesneg|Menko\w*|Gubernur|Wagub|Kapolda|Wakapolda|Kapolri|"
    r"Pangdam|Danrem|Kajati|Jaksa\s+Agung|Regional|Kanwil|Wilayah|Provinsi|Prov|Pusat|RI|DPR\s+RI|DPD\s+RI|"
    r"Kementerian|Korem|Kodam|Polda|Kejati|Deputi|Sekjen|Ketua\s+Umum|DPP|Nasional|Dirjen|Direktorat|Republik\s+Indonesia|"
    r"(?i:" + "|".join(NATIONAL_BODIES) + r"))\b"
)

DEGREE = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][A-Za-z]{0,4}\.?){0,3}|S\.?(?:H|E|Pd|Sos|Ag|Kom|T|Si|IP|STP|Kep|Psi|Hut|P|IK|AP|Ak|Kes)\b\.?|"
    r"M\.?(?:Si|M|H|Pd|AP|Kes|Ag|T|Kom|Sc|A|Psi|IP)\b\.?|MM|MH|MSi|MAP|MBA|SH|SE|SIP|SSTP|Lc|Ph\.?D|CPA)"
)
NAME_WORD = re.compile(r"^(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|[A-Z]\.|[A-Z][a-z]{1,3}\.|[A-Z]{2,3}|Mc[A-Z][a-z]+)$")
SHORT_NAME_ABBREVIATIONS = {"Moch.", "Moh.", "Muh.", "Much.", "Mochamad", "Mohd.", "Mhd.", "Ach.", "Abd.", "Abd", "Sy."}
# Haji as written inside a name, for the father's pilgrimage ("Hijrah Hi. Kamuning"): dropped, the name goes on
HAJI_INSIDE_NAME = {"Hi", "Hj", "Hji"}
ROMAN_ORDINALS = {"I", "II", "III", "IV"}
ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # "Pangdam XVII Cenderawasih": a command's number


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
    province: str | None = None  # code of the province a provincial office names ("Ketua KPU Jatim" -> "35")
    area_place: str | None = None  # the words after a Camat's or village head's title: a kecamatan or village
    listed: bool = False  # one of several holders listed after one title ("empat komisioner yakni A, B, C")


HAJI_THEN_INITIAL = re.compile(r"H[A-Z]")
# An abbreviated title: a post's short prefix fused with its body ("Sekpanwascam", "Kasatpolpp", "Wakapolres").
TITLE_PREFIX_THEN_BODY = re.compile(r"(?i)(?:sek|ses|ka|waka|wa|kor|kord|koor)(?P<body>[a-z]{3,})")


@lru_cache(maxsize=4096)
def _is_title_word(word: str) -> bool:
    """Whether one word is a title of office: "Koordiv", "Camat", or an abbreviation fused with a body."""
    if TITLE_RE.fullmatch(word):
        return True
    fused = TITLE_PREFIX_THEN_BODY.fullmatch(word)
    return bool(fused) and (fused["body"].lower() in _BODIES_LOWER)


def _name_at(tokens: list[Token], i: int) -> tuple[str, int, int, int] | None:
    """A person's name starting at tokens[i] (after honorifics). Returns (name, start, end, next index)."""
    n = len(tokens)
    rank = SPELLED_RANK.match(" ".join(t.word for t in tokens[i:i + 4])) if i < n else None
    if rank:
        after_rank = i + len(rank.group(0).split())
        if after_rank + 2 < n and tokens[after_rank].text == "(" and tokens[after_rank + 1].word in HONORIFICS \
                and tokens[after_rank + 2].text == ")":
            after_rank += 3  # "Ajun Komisaris Besar Polisi (AKBP) I Ketut Suarnaya": the rank, its short form
        if after_rank < n and tokens[after_rank].is_capitalised:
            i = after_rank  # "Inspektur Jenderal Polisi Royke Lumowa": a rank written out
    while i < n and (tokens[i].word in HONORIFICS or tokens[i].text in ("K.H.", "KH.")
                     or tokens[i].text.endswith(".") and tokens[i].word.isupper()
                     and tokens[i].word.capitalize() in HONORIFICS):  # "HJ. Euis Yulia", "DR. Ahmad": in capitals
        i += 1
        if i < n and tokens[i].text == ".":
            i += 1
        if i + 2 < n and tokens[i].text == "(" and (re.fullmatch(r"[A-Z]", tokens[i + 1].text)
                                                   or tokens[i + 1].word in HONORIFICS) and tokens[i + 2].text == ")":
            i += 3  # the corps of a navy or air force rank, or an army one in brackets: "Kolonel Laut (P)", "Letkol (Inf)"
    words: list[Token] = []
    j = i
    g = gazetteer()
    while j < n and len(words) < 5:
        token = tokens[j]
        text = token.text
        if token.is_punct:
            break
        if words and _degree_at(tokens, j):
            break  # "Ahmad Fauzi S.Sos, M.Si": a dotted degree with no comma before it closes the name
        is_initial = bool(re.fullmatch(r"[A-Z]\.", text)) or text in SHORT_NAME_ABBREVIATIONS or (
            j + 1 < n and abbreviated_name_part(text, tokens[j + 1].text)) or (
            not words and text in ("I", "Ni") and j + 1 < n and tokens[j + 1].is_capitalised) or (
            re.fullmatch(r"[A-Z]", text) and j + 1 < n and bool(re.fullmatch(r"[A-Z][a-z'’]{2,}", tokens[j + 1].word)) and tokens[j + 1].word not in NOT_NAME
            and (not words or tokens[j + 1].word not in ORG_WORDS and key(tokens[j + 1].word) not in g.province_by_name
                 and key(tokens[j + 1].word) not in g.regency_by_bare)) or (  # "M Anwar", "Hendra S Lumanauw"
            len(words) >= 2 and re.fullmatch(r"[A-Z]", text) and (j + 1 >= n or tokens[j + 1].text in (",", ".")
                                                                   or tokens[j + 1].word.islower())) or (  # "Samsu Agusdar S"
            bool(words) and re.fullmatch(r"[A-Z]", text) and j + 2 < n and re.fullmatch(r"[A-Z]", tokens[j + 1].text)
            and bool(re.fullmatch(r"[A-Z][a-z'’]{2,}", tokens[j + 2].word)) and tokens[j + 2].word not in NOT_NAME
            and tokens[j + 2].word not in ORG_WORDS and key(tokens[j + 2].word) not in g.regency_by_bare)  # "Lambok M J
            # Sidabutar": two initials inside the name (bool(words): the list itself, empty here, would become
            # true when the word is appended, and a word with a full stop would seem an initial)
        if not words and "-" in text and not is_initial:
            place, _, rest = text.partition("-")
            if (key(place) in g.province_by_name or key(place) in g.regency_by_bare) and rest[:1].isupper():
                token = Token(rest, token.start + len(place) + 1, token.end)  # "Jakarta-Christian ...": a dateline glued on
                text = rest
        if not is_initial:
            word = token.word
            if words and word in HONORIFICS and word[:1].isupper() and j + 1 < n and tokens[j + 1].is_capitalised:
                if word in HAJI_INSIDE_NAME and not _is_place_words(words):
                    j += 1
                    continue
                words = []  # "Polsek Montong Aipda Joko Susilo": a rank opens the name, the words before were a place
                j += 1
                while j < n and tokens[j].word in HONORIFICS and j + 1 < n and tokens[j + 1].is_capitalised:
                    j += 1  # "Pangdam Jaya Mayjen TNI Agus Rohman": the rank's corps too
                continue
            if words and text in NAME_PARTICLES and j + 1 < n and NAME_WORD.match(tokens[j + 1].text) \
                    and tokens[j + 1].word not in NOT_NAME and tokens[j + 1].word not in ORG_WORDS:
                words.append(token)  # "Ahmad bin Abdullah", "Richard van Houten": a particle inside the name
                j += 1
                continue
            if _capitals_name_word(tokens, j, words):
                words.append(token)  # "Ketua KPU Jombang, AHMAD FAUZI,": a name in capitals
                j += 1
                continue
            if not NAME_WORD.match(text if not text.endswith(".") else word):
                break
            if (word in NOT_NAME and not _weekday_named_after_honorific(tokens, j, words)) or word in ORG_WORDS \
                    or word.upper() == word and len(word) > 3 or word in NEVER_NAME_WORDS:
                break
            if "-" in word and word.split("-", 1)[0] in NOT_NAME:
                break  # "Gubernur-Wakil Gubernur", "Bupati-Wakil Bupati": the offices of a pair, no name
            if is_affixed_word(word) and not (words and AFFIXED_NOUN_SHAPE.fullmatch(word) and (
                    text.endswith(".") or j + 1 == n or tokens[j + 1].text in ",." or tokens[j + 1].text[:1].islower())) \
                    and not (words and j + 1 < n and _verb_after_surname(tokens[j + 1])):
                break  # "Kepala Daerah, Menjaga Netralitas": a verb in title case ends (or is no) name; a noun's
                # shape closing a name before a lower-case word is its surname ("Abdul Kadir Kelosan di Sorong")
            if _is_title_word(word):
                break  # "Anggota Bawaslu Bone Koordiv. Penanganan …", "Sekpanwascam": a title, abbreviated, names no one
            if words and word.replace(".", "") in DEGREE_WORDS:
                break  # "AKP Sutrisno SH": a degree closes the name even with no comma before it
            if SE_PREFIXED.match(word):
                break  # "Se-Kabupaten Kudus": the prefix se- ("all of"), never a name
            if words and (key(word) in g.province_by_name):
                break
        words.append(token)
        j += 1
        if text.endswith(".") and not is_initial and not (
                j + 1 < n and re.fullmatch(r"[A-Z]\.", tokens[j].text) and tokens[j + 1].is_capitalised
                and tokens[j].start - token.end == 1):
            break  # a full word with a dot ends the sentence (not before an initial one space on: "Edmon. B. N
            # Dolongseda"; but "M.Nasir.\n\nM.Nasir mengatakan": the next paragraph's name)
    while words and words[-1].text in NAME_PARTICLES:
        words.pop()
    while words and ((re.fullmatch(r"[A-Z]\.?", words[-1].text) or words[-1].text in ("I", "Ni")) and len(words) == 1):
        words.pop()
    if not words:
        return None
    if len(words) == 1 and (words[0].word.isupper() or len(words[0].word) < 3):
        return None
    if len(words) > 1 and re.fullmatch(r"[A-Z]", words[-1].text) and not (
            len(words) > 2 and (j >= n or tokens[j].text in (",", ".") or tokens[j].word.islower())):
        words.pop()  # a lone capital after a name is not its initial, unless it closes a name of three words or
        # more before a comma or a lower-case word ("Samsu Agusdar S melalui rilis"), where it is the surname's
    name = " ".join(w.word if w is words[-1] and not re.fullmatch(r"[A-Z]\.", w.text) else w.text for w in words)
    if len(words) > 1 and all(len(w.word) > 3 and w.word.isupper() for w in words[:2]):
        name = " ".join(w.capitalize() if len(w) > 1 and w.isupper() else w for w in name.split())  # "Ahmad Fauzi"
    if len(words) >= 2 and HAJI_THEN_INITIAL.fullmatch(words[0].text):
        name = name[1:]  # "HM Juaini Taofik": H. (Haji), an honorific, fused with the initial M
    end = words[-1].end - (1 if words[-1].text.endswith(".") and not re.fullmatch(r"[A-Z]\.", words[-1].text) else 0)
    return name, words[0].start, end, j


WEEKDAY_WORDS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad"})


def _weekday_named_after_honorific(tokens: list[Token], j: int, words: list[Token]) -> bool:
    """"Drs. Minggu Bandua": a weekday's word opening a name, straight after an honorific and before its next word."""
    return not words and tokens[j].word in WEEKDAY_WORDS and j > 0 and tokens[j - 1].word in HONORIFICS \
        and j + 1 < len(tokens) and tokens[j + 1].is_capitalised and not tokens[j + 1].is_punct \
        and tokens[j + 1].word not in NOT_NAME


def _is_place_words(words: list[Token]) -> bool:
    g = gazetteer()
    place = key(" ".join(t.word for t in words))
    return place in g.regency_by_bare or place in g.province_by_name


def _verb_after_surname(token: Token) -> bool:
    """'Adirman Mendrofa menegaskan': a capitalised word shaped like a verb, with the sentence's own verb in lower case
    straight after it, is a surname (Nias clans: Mendrofa, Zebua …), not the verb."""
    return token.text[:1].islower() and (is_affixed_word(token.word) or token.word in ("juga", "pun", "telah", "sudah"))


# the ke-/pe(N)-/per- …-an shape of a noun, which surnames have too ("Kelosan", "Pesulan"); a verb's shape is never one
AFFIXED_NOUN_SHAPE = re.compile(r"(?:Ke|Per|Pel|Pen|Pem|Peng|Peny)[a-z]{3,}an")


# Police and military ranks written out in full before a name ("Inspektur Jenderal Polisi", "Letnan Kolonel Infanteri").
SPELLED_RANK = re.compile(
    r"(?:(?:Inspektur|Komisaris|Brigadir)\s+(?:Jenderal|Besar|Polisi)(?:\s+Polisi)?(?:\s+(?:Satu|Dua))?"
    r"|Ajun\s+Komisaris(?:\s+Besar)?(?:\s+Polisi)?|(?:Letnan|Mayor|Brigadir)\s+(?:Jenderal|Kolonel)"
    r"|Letnan\s+(?:Satu|Dua)|(?:Laksamana|Marsekal)\s+(?:Pertama|Muda|Madya))"
    r"(?:\s+(?:TNI|Infanteri|Inf|Polisi|Pol))?(?=\s|$)")

# Lower-case words inside a person's name: Arabic bin/binti, Dutch and Portuguese particles of eastern Indonesia.
NAME_PARTICLES = {"bin", "binti", "van", "von", "de", "der", "den", "da", "dos", "del"}


def _capitals_name_word(tokens: list[Token], j: int, words: list[Token]) -> bool:
    """A word of a name written in capitals ("AHMAD FAUZI"): two capitals words or more in a row (one alone is an
    acronym), none of them an organisation, a place or a common title word."""
    def capitals(k: int) -> bool:
        if k >= len(tokens):
            return False
        word = tokens[k].word
        if not (len(word) >= 3 and word.isalpha() and word.isupper()):
            return False
        title = word.capitalize()
        g = gazetteer()
        return not (title in NOT_NAME or title in ORG_WORDS or word in NOT_NAME or word in ORG_WORDS
                    or word in LOWERCASE_BODIES or word in DEGREE_WORDS or title in HONORIFICS or word in HONORIFICS
                    or key(word) in g.regency_by_bare or key(word) in g.province_by_name or is_affixed_word(word))
    if not capitals(j) or len(tokens[j].word) <= 3 and not words:
        return False
    return bool(words and words[-1].word.isupper() and len(words[-1].word) > 3) or capitals(j + 1)


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


def _degree_at(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] opens a degree written with dots and split by the tokenizer ("S." "Sos", "S.Pd" "."
    "I"): up to three tokens that, without their dots, spell a degree, with a comma, a full stop or the end after."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{0,3}\.", tokens[j].text):
        return False
    spelled = ""
    for k in range(j, min(j + 4, len(tokens))):
        spelled += tokens[k].text.replace(".", "")
        if (spelled in DEGREE_WORDS or spelled == "PHD") and k > j and (
                k + 1 >= len(tokens) or tokens[k + 1].is_punct or not tokens[k + 1].is_capitalised
                or _degree_at(tokens, k + 1)):  # "Tito Karnavian M.A. PH.D.": a degree, then another
            return True
        if tokens[k].text == "," or (k > j and not tokens[k].text[:1].isalpha() and tokens[k].text != "."):
            return False
    return False


def _degree_end(tokens: list[Token], i: int) -> int:
    """The index after a degree that starts at tokens[i] ("SH", "S.Pd", "M.Si."), dotted or not; i if none does."""
    spelled, end = "", i
    for k in range(i, min(i + 4, len(tokens))):
        if not re.fullmatch(r"[A-Za-z]{1,5}\.?|\.", tokens[k].text):
            break
        spelled += tokens[k].text.replace(".", "")
        if spelled in DEGREE_WORDS:
            end = k + 1
    return end


def _token_index_at(tokens: list[Token], offset: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


# Sub-units whose portfolio follows in capitalised words: "Bidang Luar Negeri", "Subkelompok Bina Ideologi".
PORTFOLIO_UNITS = {"Bidang", "Subbidang", "Subkelompok", "Kelompok", "Subbagian", "Seksi", "Subseksi", "Bagian", "Biro",
                   "Dinas", "Badan", "Kantor", "Unit", "Satuan"}
def _portfolio_continues(tokens: list[Token], k: int) -> bool:
    """After a comma inside a portfolio: the list goes on when 'dan'/'serta' and then the unit's body follow before
    any punctuation ("Bina Ideologi, Wawasan Kebangsaan dan Politik Kesbangpol ..."), not a name (", Prof Agus")."""
    joined = False
    while k < len(tokens) and (not tokens[k].is_punct or tokens[k].text == "," and not joined):
        word = tokens[k].word
        if word.lower() in ("dan", "serta"):
            joined = True
        elif joined and (word in KNOWN_BODIES or word in ORG_WORDS
                         or len(word) >= 2 and word.isupper() and word.isalpha() and word not in DEGREE_WORDS):
            return True  # "Bidang Nilai Dasar, Kode Etik, dan Kode Perilaku ASN": the last item, then the body
        elif not tokens[k].is_capitalised and tokens[k].text != ",":
            return False
        k += 1
    return False


MINISTER = re.compile(r"^Men(?:ko)?[a-z]{2,}(?:[A-Z]{1,2}[a-z]*)?$")  # "Mendagri", "Menkopolhukam", "MenpanRB"


# Kinds of village that never end a body's name ("Negeri" does: "Kejaksaan Negeri", "Menteri Dalam Negeri").
VILLAGE_BEFORE_NAME = {"Desa", "Kelurahan", "Kalurahan", "Dusun", "Gampong", "Nagari", "Nagori", "Pekon", "Tiyuh", "Jorong",
                       "Kepenghuluan"}


UNMISTAKABLE_HONORIFICS = {"dr", "drg", "Dr", "Drs", "Dra", "Ir", "Hj", "Prof", "KH"}  # never a name's middle initial
EXECUTIVES = {"Bupati", "Walikota", "Wali", "Gubernur", "Wakil", "Presiden", "Wapres", "Menteri", "Wabup", "Wagub"}
AIDE_BEFORE = re.compile(r"(?:Staf\s+Ahli|Staf\s+Khusus|Tenaga\s+Ahli|Ajudan|Sekretaris\s+Pribadi)\s+$")


def _holder_after_portfolio(tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words at j are the holder's name after a portfolio ("Kepala Bidang Pengawasan Budi
    Santoso memimpin"), not more of the portfolio ("Bagian Tata Pemerintahan Setda"): two words or more that reach
    no organisation word before a lower-case word or a mark."""
    k = j
    n = len(tokens)
    if j > 0 and (tokens[j - 1].word in PORTFOLIO_UNITS or tokens[j - 1].word in ("dan", "serta")):
        return False  # the unit's portfolio starts right after it, and goes on after "dan" ("Tenaga Kerja dan Transmigrasi")
    while k < n and tokens[k].is_capitalised and not tokens[k].is_punct and k - j < 5:
        if tokens[k].word in ORG_WORDS or tokens[k].word in KNOWN_BODIES:
            return False
        if k > j and len(tokens[k].word) >= 3 and tokens[k].word.isupper() and tokens[k].word.isalpha() \
                and tokens[k].word not in DEGREE_WORDS:
            return False  # "Kode Perilaku ASN": the portfolio ends with whom it concerns, by its short form
        k += 1
    if k < n and (tokens[k].text == "," and _portfolio_continues(tokens, k + 1)
                  or tokens[k].word in ("dan", "serta") and _portfolio_continues(tokens, k)):
        return False  # "Bina Ideologi, Wawasan Kebangsaan dan Politik Kesbangpol": the portfolio's list goes on
    if k < n and (tokens[k].text == "(" or tokens[k].text == "," and k + 1 < n and tokens[k + 1].is_capitalised
                  and _name_at(tokens, k + 1)):
        return False  # "Humas PT Angkasa I Bandara Internasional Lombok (BIL), Eka Asmadi": the holder comes after
    return k - j >= 2 and NAME_WORD.match(tokens[j].text) is not None


def _org_after(tokens: list[Token], i: int) -> int:
    """Index after the organisation words that follow a head noun ("KPU", "Dinas Pendidikan", "Kantor Regional II BKN")."""
    n = len(tokens)
    j = i
    taken = 0
    portfolio = False
    g = gazetteer()
    while j < n:
        token = tokens[j]
        word = token.word
        if j > i and tokens[j - 1].text.endswith(".") and len(tokens[j - 1].word) > 3 \
                and tokens[j - 1].word.lower() not in ABBREVIATIONS:
            break  # "salah seorang komisioner Bawaslu. Bawaslu Pemalang …": the full stop ended the sentence
        if token.text == "," and portfolio and _portfolio_continues(tokens, j + 1):
            j += 1  # "Subkelompok Bina Ideologi, Wawasan Kebangsaan dan Politik": a portfolio listed with commas
            continue
        if token.text == "," and taken and j + 1 < n and tokens[j + 1].word in ORG_WORDS and tokens[j + 1].word not in ("Kabupaten", "Kota", "Provinsi") \
                and not _national_body_after_comma(tokens, j + 1):
            j += 1  # "Dinas Komunikasi, Informatika, Statistik dan Persandian"
            continue
        if token.text == "," and taken and j + 2 < n and tokens[j + 1].word in ("dan", "serta") \
                and tokens[j + 2].word in ORG_WORDS and tokens[j + 2].word not in ("Kabupaten", "Kota", "Provinsi"):
            j += 1  # "Divisi Perencanaan, Data, dan Informasi": the serial comma before the last item
            continue
        if token.is_punct and token.text not in ("/", "&"):
            break
        lower = word.lower()
        if taken and word in VILLAGE_BEFORE_NAME and j + 1 < n and tokens[j + 1].is_capitalised \
                and tokens[j + 1].word not in ORG_WORDS and not tokens[j + 1].word.isupper() \
                and tokens[j + 1].word not in ("Kabupaten", "Kota", "Provinsi", "Kab"):
            break  # "Ketua PPS Desa Talun": the village the body serves, not a word of its name
        portfolio_open = j > i and tokens[j - 1].word in PORTFOLIO_UNITS or (
            j > i + 1 and tokens[j - 2].word in PORTFOLIO_UNITS and tokens[j - 1].is_capitalised) or (
            portfolio and token.is_capitalised and word not in ("Kabupaten", "Kota", "Provinsi", "Kab"))
        if portfolio_open and token.is_capitalised:
            portfolio = True
        is_acronym = (len(word) >= 2 and word.isupper() and word.isalpha()) or word.upper() in LOWERCASE_BODIES
        is_roman = bool(re.fullmatch(r"[IVX]+", word)) or (
            len(word) == 1 and (word.isupper() or word.isdigit()) and j > i
            and tokens[j - 1].word in ("Komisi", "Fraksi", "Bagian", "Seksi"))  # "Komisi A", "Komisi 1": its number
        if is_roman and taken and _kecamatan_width(tokens, j) > 1:
            break  # "Panwascam XIII Koto Kampar": a kecamatan's name opening with a number, the body's place
        if key(word) in g.regency_by_bare and taken and (not is_acronym or j > i and (tokens[j - 1].word.isupper()
                                                                       or tokens[j - 1].word in KNOWN_BODIES)):
            break  # "Ketua KPU SBB": a regency's short form after the body is its place, not part of its name
        lower_level = lower == "kecamatan" and taken and j + 1 < n and tokens[j + 1].is_capitalised \
            and tokens[j - 1].word.upper() in LOWERCASE_BODIES  # "Ketua panwaslu kecamatan Tidore Timur": the level
        if is_acronym or is_roman or word in ORG_WORDS or word in DIVISION_WORDS or word in PORTFOLIO_UNITS \
                or (lower in CONNECTORS and taken) or word in ("Kabupaten", "Kota", "Provinsi") or lower_level:
            if word in ("Kabupaten", "Kota", "Provinsi", "Kab"):
                break
            j += 1
            taken += 1
            if token.text.endswith(".") and not is_acronym:
                break
            continue
        if taken and token.is_capitalised and word not in NOT_NAME and portfolio_open and not _holder_after_portfolio(tokens, j) \
                and _place_after(tokens, j)[2] == j:  # "… dan Persandian Barito Utara,": the place ends the portfolio
            j += 1  # "Staf Khusus Mendagri Bidang Politik": the portfolio's words after Bidang
            taken += 1
            continue
        if taken == 0 and word in EXECUTIVES and i > 0 and tokens[i - 1].word in ("Ahli", "Khusus", "Ajudan", "Pribadi"):
            j += 2 if word in ("Wali", "Wakil") and j + 1 < n and tokens[j + 1].word in ("Kota", "Bupati", "Gubernur") else 1
            taken += 1  # "Staf Ahli Bupati Tuban Bidang Hukum": an aide's office is the executive's
            continue
        if taken == 0 and token.is_capitalised and (word not in NOT_NAME or MINISTER.match(word)) and j + 1 < n \
                and tokens[j + 1].word in ORG_WORDS:
            j += 1
            taken += 1
            continue
        break
    while j > i and tokens[j - 1].word.lower() in CONNECTORS:
        j -= 1
    return j


def _place_after(tokens: list[Token], i: int, prefer_kota: bool = False, lenient: bool = False) -> tuple[str | None, str | None, int]:
    """A place after a title ("Jombang", "Kabupaten Nganjuk", "Kota Malang", "Jatim"): (regency code, province code
    when the place is a province, next index)."""
    g = gazetteer()
    n = len(tokens)
    j = i
    kind = None
    # "Ketua KPU kota Bitung": sloppy writing puts the kind of the place in lower case
    if j < n and (tokens[j].word.capitalize() in ("Kabupaten", "Kab", "Kota", "Provinsi", "Propinsi", "Prov", "Pemkab",
                                                  "Pemkot", "Pemprov") or _misspelt_kind(tokens[j].word)):
        word = _misspelt_kind(tokens[j].word) or tokens[j].word.capitalize()
        kind = {"Pemkab": "Kabupaten", "Pemkot": "Kota", "Pemprov": "Provinsi", "Propinsi": "Provinsi"}.get(word, word)
        lenient = lenient or kind == "Provinsi"  # "Bawaslu propinsi maluku": the kind says a place follows
        j += 1
        if kind == "Kota" and j < n and tokens[j].word in ("Administrasi", "Adm"):
            j += 1  # "Kota Administrasi Jakarta Timur"
    for width in range(min(g.max_words, n - j), 0, -1):
        words = tokens[j:j + width]
        if any(t.is_punct for t in words) or not (lenient or all(t.is_capitalised for t in words)):
            continue
        k = key(" ".join(t.text for t in words))
        codes = g.regency_by_bare.get(k)
        if codes and kind != "Provinsi":
            if len(codes) > 1:
                wanted = "kota" if kind == "Kota" or (prefer_kota and kind is None) else "kabupaten"
                code = next((c for c in codes if g.regions[c].kind == wanted), codes[0])
            else:
                code = codes[0]
            return code, False, j + width
        if k in g.province_by_name:
            return None, g.province_by_name[k], j + width
    if kind is None and j < n and tokens[j].word in ("Pulau", "Kepulauan") and tokens[j].is_capitalised:
        code, province, after = _place_after(tokens, j + 1, prefer_kota, lenient)  # "Kapolres Pulau Buru"
        if code:
            return code, province, after
    if kind in ("Kabupaten", "Kab", "Kota") and j < n and tokens[j].is_capitalised and not tokens[j].is_punct:
        code = misspelt_regency(tokens[j].word, "kota" if kind == "Kota" else "kabupaten")
        if code:  # "Ketua Bawaslu Kabupaten Sangga, Alipius": the word after the kind is a place, misspelt
            return code, False, j + 1
    return None, None, i


# Bodies sloppy writing puts in lower case ("ketua kpu minahasa").
# Portfolios of KPU and Bawaslu divisions that are not organisation words elsewhere.
LOWERCASE_BODIES = {"KPU", "BAWASLU", "DPRD", "PPK", "PPS", "KPPS", "PANWASCAM", "PANWASLIH", "PANWASLU", "BKPSDM", "BPBD",
                    "KIP", "PANWASKAB", "PANWASKOT"}
_BODIES_LOWER = frozenset({b.lower() for b in KNOWN_BODIES} | {b.lower() for b in LOWERCASE_BODIES}
                          | {"panwaslu", "polres", "polsek", "polda", "pp", "satpolpp", "bawaslu", "kpu"})
AREA_TITLES = re.compile(r"(?i)^(?:camat|sekcam|lurah|kepala\s+desa|kades|kepala\s+kelurahan|kapolsek|wakapolsek|danramil|"
                         r"panewu|bhabinkamtibmas|babinkamtibmas|babinsa|"
                         r"keuchik|geuchik|wali\s+nagari|kepala\s+distrik|kepala\s+kampung|pangulu|perbekel|pembakal|"
                         r"kepala\s+pekon|peratin|kepala\s+tiyuh|kepala\s+gampong|datuk\s+penghulu|penghulu(?:\s+kepenghuluan)?|kepala\s+lembang|"
                         r"kelian(?:\s+banjar)?(?:\s+dinas)?|(?:ketua|anggota)\s+panwaslih\s+kecamatan|"
                         r"(?:ketua|anggota)\s+(?:ppk|pps|kpps(?:\s+tps)?|panwascam|panwaslu\s+kecamatan|pkd|"
                         r"(?:panwas|panwaslu|ppd)\s+distrik)|"  # Papua's distrik is a kecamatan
                         r"(?:koo?rdiv|kadiv|koo?rdinator|divisi)\b.*\s(?:ppk|panwascam|panwaslu\s+kecamatan))$")
AREA_HIERARCHY = {"Kabupaten", "Kab", "Kota", "Kecamatan", "Kec", "Provinsi"}
# Village heads, whose title is followed by the village's name before the holder's ("Kades Sukamaju Ahmad Yani").
VILLAGE_HEAD = re.compile(r"(?i)^(?:lurah|kepala\s+desa|kades|kepala\s+kelurahan|keuchik|geuchik|perbekel|pembakal|"
                          r"kepala\s+kampung|wali\s+nagari|pangulu|kepala\s+pekon|peratin|kepala\s+tiyuh|kepala\s+gampong|"
                          r"datuk\s+penghulu|penghulu(?:\s+kepenghuluan)?|kepala\s+lembang)$")
STOP_AFTER_TITLE = {"dan", "serta", "atau", "bersama", "beserta"}


def _skip_parenthetical(tokens: list[Token], i: int) -> tuple[int, str | None]:
    """'(Sekda)', '(Pj)' right after a title: skipped; returns the text inside."""
    if i < len(tokens) and tokens[i].text == "(":
        j = i + 1
        while j < len(tokens) and j - i < 6 and tokens[j].text != ")":
            j += 1
        if j < len(tokens) and tokens[j].text == ")":
            return j + 1, " ".join(t.text for t in tokens[i + 1:j])
    return i, None


def _skip_to_comma(tokens: list[Token], i: int, limit: int = 12, lowercase_ok: bool = True) -> int | None:
    """Index just after the next comma, if it comes within `limit` tokens and no sentence ends before it."""
    j = i
    while j < len(tokens) and j - i <= limit:
        text = tokens[j].text
        if text == ",":
            return j + 1
        if not lowercase_ok and text[:1].islower() and text not in CONNECTORS:
            return None
        if text in (".", ";", ":", "“", "\"", "(", ")") or (text.endswith(".") and len(text) > 3):
            return None
        j += 1
    return None


# "Pj Gubernur Sugito": an acting regional executive's office names no place of its own when a name follows.
REGIONAL_EXECUTIVE = re.compile(r"(?i)^(?:wakil\s+)?(?:bupati|wali\s?kota|gubernur)$")


def _bracketed_acronym(tokens: list[Token], k: int) -> bool:
    return k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].word.isupper()


LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)")


def _follows_an_office_and_holder(text: str, mentions: list, title_start: int) -> bool:
    """Whether the title goes on a list of offices each with its holder ("Kadis Dukcapil Jailani, Kaban BPBD M Sahiri,
    Kasat Pol PP Sobraini, para camat"): the one word after it is the holder, as in the items before."""
    return bool(mentions) and mentions[-1].end < title_start and mentions[-1].role_start is not None \
        and mentions[-1].start > mentions[-1].role_start \
        and LIST_SEPARATOR.fullmatch(text, mentions[-1].end, title_start) is not None


def _verb_follows_unknown_word(tokens: list[Token], j: int, after: int) -> bool:
    """"Ketua KPU Nurgalia menjelaskan": one word that is no known place, straight after an election body and before
    the verb of its sentence (also typed capitalised, "Nurgalia Menjelaskan"), is the holder's name; a place would be
    followed by the holder, not by the verb."""
    if after >= len(tokens) or not _not_a_place(tokens[j]) or not _election_body(tokens[j - 1]):
        return False
    verb = tokens[after].text.lower()
    return bool(SUBJECT_VERB.match(verb)) or verb in SAYING_WORDS


def _not_a_place(token: Token) -> bool:
    g = gazetteer()
    word = key(token.word)
    return word not in g.regency_by_bare and word not in g.province_by_name and word not in g.kecamatan_by_bare


# Election bodies and legislatures, whose holders' titles the gold writes with the acronym whatever the article spells
# out ("Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Konsel" -> "Ketua Bawaslu").
ELECTORAL_ACRONYMS = frozenset({"KPU", "KPUD", "BAWASLU", "PANWASCAM", "PANWASLIH", "PANWASLU", "PANWASKAB", "PANWASKOT", "PPK", "PPS", "KPPS", "KIP",
                                "DKPP", "DPRD", "DPR", "PTPS", "PKD"})


def _spelled_out_body(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """'Badan Pengawas Pemilihan Umum (Bawaslu)', sloppy case included: (index after the bracket, the acronym)."""
    n = len(tokens)
    k = i
    while k < n and k - i < 8 and not tokens[k].is_punct:
        k += 1
    if k - i < 2 or not tokens[i].is_capitalised:
        return None
    if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")" and (
            tokens[k + 1].word in KNOWN_BODIES or tokens[k + 1].word.upper() in LOWERCASE_BODIES):
        acronym = tokens[k + 1].word
        # "Kelompok Penyelenggara Pemungutan Suara (KPPS)": an election body's long name need not start with an
        # organisation word, its acronym says what it is
        if tokens[i].word in ORG_WORDS or acronym.upper() in LOWERCASE_BODIES:
            if acronym.upper() not in ELECTORAL_ACRONYMS:  # "Kepala Kesatuan Bangsa dan Politik (Kesbangpol)": the
                return k + 3, " ".join(t.text for t in tokens[i:k])  # title as written, its bracketed short form dropped
            return k + 3, acronym
    return None


def _national_body_after_comma(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """'Komisi Aparatur Sipil Negara (KASN)' after a title's comma: (index after the bracket, the body as written) when
    its short form is a national body's."""
    n = len(tokens)
    k = i
    while k < n and k - i < 7 and tokens[k].is_capitalised and not tokens[k].is_punct:
        k += 1
    if k - i < 2 or tokens[i].word not in ORG_WORDS or not (k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")"):
        return None
    if tokens[k + 1].word not in NATIONAL_BODIES:
        return None
    return k + 3, " ".join(t.text for t in tokens[i:k])


def _polling_station_after(tokens: list[Token], i: int) -> int:
    """After a polling-station body, its station and village: 'Ketua KPPS TPS 1 desa Lolozasae Rahmat': index of
    the holder, or i when no station is written."""
    n = len(tokens)
    if not (i + 1 < n and tokens[i].word == "TPS" and tokens[i + 1].text.isdigit()):
        return i
    j = i + 2
    if j + 1 < n and tokens[j].word.capitalize() in VILLAGE_BEFORE_NAME and tokens[j + 1].is_capitalised:
        j += 2
    return j


def _after_place_apposition(tokens: list[Token], i: int) -> int:
    """After the place of an office, skip its short form in brackets ("Kabupaten Pegunungan Arfak (Pegaf)") and the
    province that follows a regency (", Provinsi Sulawesi Barat (Sulbar)") when a comma and the holder follow."""
    n = len(tokens)
    g = gazetteer()
    j = i
    for _ in range(2):  # the short form and the province, in either order: "Pesisir Selatan (Pessel), Sumatera Barat,"
        if j + 1 < n and tokens[j].text == "," and tokens[j + 1].word in ("Provinsi", "Prov"):
            code, province, after = _place_after(tokens, j + 1)
            if province or code:
                j = after
                continue
        if j + 1 < n and tokens[j].text == "," and tokens[j + 1].is_capitalised:
            code, province, after = _place_after(tokens, j + 1)
            if province and not code and after < n and tokens[after].text == ",":
                j = after  # ", Sumatera Barat," a province named without "Provinsi", between commas
                continue
        if j + 2 < n and tokens[j].text == "(" and tokens[j + 2].text == ")" and (
                key(tokens[j + 1].word) in g.regency_by_bare or key(tokens[j + 1].word) in g.province_by_name):
            j += 3
            continue
        break
    if j > i and j < n and tokens[j].text == ",":
        return j
    if j > i and j < n and tokens[j - 1].text == ")":
        named = _name_at(tokens, j)  # "Ketua Bawaslu Sumatera Selatan (Sumsel) Iin Irwanto meminta": the holder
        if named and " " in named[0]:  # straight after the bracket
            return j
    return i


def _glosses_title_before(text: str, start: int) -> bool:
    """Whether the title at `start` stands in brackets right after another title, as its gloss ("Wali Nagari (Kepala
    Desa)", "Keuchik (Kepala Desa)")."""
    before = text[max(0, start - 40):start]
    if not before.rstrip().endswith("("):
        return False
    previous = before.rstrip()[:-1].rstrip()
    return any(found.end() == len(previous) for found in TITLE_RE.finditer(previous))


def _capitalised_words(role: str) -> str:
    """'GUBERNUR Bengkulu' -> 'Gubernur Bengkulu': a title written in capitals (a lead's first word) is the same title;
    acronyms of three letters or fewer ('KPU', 'RI') stay."""
    return " ".join(w.capitalize() if len(w) > 3 and w.isupper() else w for w in role.split())


def _regency_in(tokens: list[Token], i: int, j: int) -> str | None:
    """The first regency named between tokens i and j ('1011/Kuala Kapuas' names Kapuas)."""
    g = gazetteer()
    for start in range(i, j):
        code, provincial, after = _place_after(tokens, start)
        if code and after <= j:
            return code
        if key(tokens[start].word) in g.regency_by_bare and tokens[start].is_capitalised:
            codes = g.regency_by_bare[key(tokens[start].word)]
            return codes[0]
    return None


# Where "Divisi" opens a title of its own ("menurut divisi pencegahan Bawaslu Kalbar Faisal Riza"): after a lower-case
# word, a punctuation mark or at the start of a line, not after another title or body ("Ketua Divisi", "KPU Divisi").
DIVISION_OPENS = re.compile(r"(?:^|\n|[.,;:\"“”(–—]\s*|\s-\s+|(?<![A-Za-z])[a-z]+\s+)$")  # "BOLMUT – Divisi …"


DIVISION_HEAD = re.compile(r"(?i)koo?rdiv|kadiv|d[ie]visi")  # "Kadiv": kepala divisi; "Devisi", misspelt


def _division_word(token: Token) -> bool:
    """A portfolio word of a KPU or Bawaslu division, capitalised or not ("Divisi Hukum", "divisi pencegahan")."""
    return token.word in DIVISION_WORDS or token.word.capitalize() in DIVISION_WORDS \
        or _clipped_division_word(token.word.capitalize())


@lru_cache(maxsize=4096)
def _clipped_division_word(word: str) -> bool:
    """"Divisi Penangan Pelanggaran", "Penanganan Pellanggaran": a portfolio word with its ending clipped, or one
    letter mistyped (typos outlets print)."""
    return len(word) >= 7 and any(d.startswith(word) and len(d) - len(word) <= 3
                                  or len(d) >= 7 and single_edit(word, d) is not None for d in DIVISION_WORDS)


def _election_body(token: Token) -> bool:
    return token.word in KNOWN_BODIES or token.word.upper() in LOWERCASE_BODIES


LOWERCASE_ADDRESS = frozenset({"bapak", "ibu", "pak", "bu", "sdr", "saudara", "saudari"})
# The words that open a list of holders after a title: "Anggota KPU Siak, masing-masing A, B dan C"
LIST_OPENER_WORDS = ("masing-masing", "yakni", "yaitu", "diantaranya", "seperti")
LIST_OPENER_PAIRS = (("antara", "lain"), ("di", "antaranya"))
LIST_OPENER = r"(?:masing-masing|yakni|yaitu|antara[ \t]+lain|di[ \t]?antaranya|seperti)"
LISTED_EACH = re.compile(r"(?:[ \t]+[A-Z][\w.-]*){1,4}[ \t]*,?[ \t]*" + LIST_OPENER + r"\b")
# "semua anggota Bawaslu Kabupaten Sragen, Budi Santoso, Citra Lestari, dan Dedi": the plural title, then its holders
_LISTED_NAME = r"[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,3}"
LISTED_NAMES_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w.-]*){1,4}[ \t]*,[ \t]*" + _LISTED_NAME + r"[ \t]*,[ \t]*" + _LISTED_NAME
                                + r"[ \t]*(?:,[ \t]*)?(?:dan|serta|,)[ \t]+" + _LISTED_NAME)
BARE_MEMBER_AFTER_HOLDER = re.compile(r"^(?:[ \t]*,?[ \t]*(?:[A-Z][A-Za-z]{0,4}\.?)){0,4}[ \t]*,[ \t]*$")


CIVIL_SOCIETY_GLOSS_WORDS = ("Yayasan", "LSM", "Lembaga Swadaya", "Perkumpulan", "Paguyuban", "Komunitas", "Aliansi",
                             "Koperasi", "Ormas", "Organisasi Kemasyarakatan")  # CIVIL_SOCIETY_GLOSSED runs where one is
CIVIL_SOCIETY_GLOSSED = re.compile(r"\b(?:Yayasan|LSM|Lembaga\s+Swadaya\s+Masyarakat|Perkumpulan|Paguyuban|Komunitas|"
                                   r"Aliansi|Koperasi|Ormas|Organisasi\s+Kemasyarakatan)\b[^()\n]{0,80}?"
                                   r"\((?P<acronym>[A-Z][A-Za-z]{1,9})\)")


# Between the head's name and a member's title: the statement given through the member (degrees may stand between)
THROUGH_MEMBER = re.compile(r"(?:[^.\n]|\.(?!\s)){0,24}?,?\s*melalui\s+")
# A regional government, then "melalui" and one of its offices: "Pemerintah Provinsi X, melalui Sekda …"
GOVERNMENT_THROUGH = re.compile(r"\b(?:Pemerintah\s+(?P<kind>Provinsi|Kabupaten|Kota)|Pemprov|Pemkab|Pemkot)\s+"
                                r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*,?\s+melalui\s+$")
BARE_COMMISSIONER = re.compile(r"(?i)(?:anggota )?komisioner")
SAID_BEFORE_TITLE = re.compile(r"(?i)\b(?:kata|ujar|ucap|ungkap|tutur|jelas|tegas|pungkas|tambah|imbuh|terang|tutup|"
                               r"dikatakan|disampaikan|diungkapkan|dijelaskan)[ \t]+$")
# "Rombongan Bawaslu Kutim dipimpin langsung oleh Ketua Andi …": the head of the group the sentence names
LED_BY_BEFORE = re.compile(r"(?i)\b(?:dipimpin|diketuai)(?:[ \t]+langsung)?(?:[ \t]+oleh)?[ \t]+$")
BARE_HEAD = re.compile(r"(?i)(?:wakil\s+)?ketua")


def _name_just_before(text: str, tokens: list[Token], position: int, after_saying: bool = False) -> tuple[str, int, int] | None:
    """A person's name straight before a title, opening its clause ("Sementara itu Luqman Wahyudi Divisi Hukum …",
    ". Suryadi Koordinator Divisi …"), or, `after_saying`, straight after a verb of saying ("kata Firman T. Sudibyo
    Kordiv Penanganan Pelanggaran Bawaslu Kendal")."""
    g = gazetteer()
    i = _token_index_at(tokens, position) - 1
    words = 0
    while i >= 0 and words < 4 and (
            NAME_WORD.match(tokens[i].word) and tokens[i].word not in NOT_NAME and tokens[i].word not in ORG_WORDS
            and tokens[i].word not in HONORIFICS and not is_affixed_word(tokens[i].word)
            and not _is_title_word(tokens[i].word) and key(tokens[i].word) not in g.regency_by_bare
            and key(tokens[i].word) not in g.province_by_name and tokens[i].word not in SENTENCE_CONNECTIVES
            and not tokens[i].text.endswith(".")  # a full word with a dot ends the sentence before
            or words and re.fullmatch(r"[A-Z]\.?", tokens[i].text)) \
            and "\n" not in text[tokens[i].end:tokens[i + 1].start]:  # "Firman T. Sudibyo", "M. Agil Akbar"
        words += 1
        i -= 1
    if words == 0 or len(tokens[i + words].word) < 3:
        return None
    opens = i < 0 or tokens[i].is_punct or tokens[i].text.endswith(".") or tokens[i].word.lower() in CLAUSE_OPENERS
    said = i >= 0 and tokens[i].word in SAYING_WORDS  # in lower case: running text, not a headline's "Tegaskan"
    if said if after_saying else opens:
        first, last = tokens[i + 1], tokens[i + words]
        return text[first.start:last.end], first.start, last.end
    return None


CLAUSE_OPENERS = {"itu", "tersebut", "kemudian", "selanjutnya", "sedangkan", "sementara"}


# "H Ngesti Nugraha-HM Basari": a candidate pair, the second name's honorific glued to the first name's last word
PAIR_GLUED_TO_HONORIFIC = re.compile(r"[ \t]+[A-Z][a-z'’]+-(?:H|HM|Hj|KH|Dr|Drs|Ir)\.?[ \t]+[A-Z]")


def _pair_of_names(name: str) -> bool:
    """Two names joined by a hyphen, each of more than one word: a candidate pair, not one person ("Basik-Basik", a
    doubled surname, is one)."""
    words = name.split()
    for k, word in enumerate(words):
        first, _, second = word.partition("-")
        if second and 0 < k < len(words) - 1 and first[:1].isupper() and second[:1].isupper() \
                and first.lower() != second.lower():
            return True
    return False


def _says_after_portfolio(tokens: list[Token], end: int) -> bool:
    """A portfolio's words, then a verb of saying: "Divisi Hukum dan Penyelesaian sengketa menjelaskan"."""
    k = _token_index_at(tokens, end)
    while k < len(tokens) and (_division_word(tokens[k]) or tokens[k].word.lower() in CONNECTORS):
        k += 1
    return k < len(tokens) and _verb_at(tokens[k])


# Facilities named for their town: the one word after them is the town, never the holder
FACILITIES = HOSPITALS | {"Puskesmas", "Lapas", "Rutan", "Sekolah", "SMA", "SMP", "SMK", "SD", "Pesantren", "Universitas",
                          "UIN", "Bandara", "Pelabuhan"}
PORTFOLIO_HEAD = re.compile(r"(?i)(?:koo?rdiv|kadiv|" + COORDINATOR + r")$")


def _misspelt_kind(word: str) -> str | None:
    """"Kabupatwn", "Kabuapten", "Provinis": the kind of a place typed with one letter wrong or two swapped (a word
    this long and this close is no other word)."""
    for kind in ("Kabupaten", "Provinsi"):
        if len(word) == len(kind) and word[:3].lower() == kind[:3].lower() \
                and single_edit(word.lower(), kind.lower()) in ("substitution", "transposition"):
            return kind
    return None


NAME_AND_BEFORE = re.compile(r"(?<![\w.,])[ \t]*(?P<name>[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,3})[ \t]+dan[ \t]+$")


def _name_and_before(text: str, start: int) -> list[tuple[str, int, int]]:
    """The name joined by "dan" to a name that stands before a title ("oleh A dan B, Komisioner KPU"), after a word
    in lower case (not the end of a longer capitalised phrase)."""
    pair = NAME_AND_BEFORE.search(text, max(0, start - 60), start)
    if not pair:
        return []
    words = pair["name"].split()
    before = text[max(0, pair.start("name") - 20):pair.start("name")].split()
    if any(w in NOT_NAME or w in ORG_WORDS or w in NEVER_NAME_WORDS for w in words) \
            or not before or not before[-1][:1].islower():
        return []
    return [(pair["name"], pair.start("name"), pair.end("name"))]


def _portfolio_then_verb(tokens: list[Token], k: int) -> bool:
    """A division's title, its portfolio, then a verb of saying, after an office and its place: "Hamka Anggota Bawaslu
    Kabupaten Sragen Koordinator Divisi Hukum menyampaikan": a second title of the holder named before."""
    if k >= len(tokens) or not PORTFOLIO_HEAD.match(tokens[k].word):
        return False
    k += 1
    if k < len(tokens) and tokens[k].word.lower() in ("divisi", "devisi"):
        k += 1
    return k < len(tokens) and _division_word(tokens[k]) and _says_after_portfolio(tokens, tokens[k].start)


def _verb_at(token: Token) -> bool:
    """A verb of saying or an active verb ("mengatakan", "menjelaskan"): what a subject named before it does."""
    return token.word in SAYING_WORDS or bool(SUBJECT_VERB.match(token.text))


def find_officials(text: str, tokens: list[Token]) -> list[OfficialMention]:
    mentions: list[OfficialMention] = []
    n = len(tokens)
    villages = {key(m["name"]) for m in VILLAGE_SCAN.finditer(text)}
    # "Yayasan Nuansa Alam Lestari (YNAL)": the short name the article gives a body of civil society
    civil_acronyms = {m["acronym"] for m in CIVIL_SOCIETY_GLOSSED.finditer(text)} \
        if any(word in text for word in CIVIL_SOCIETY_GLOSS_WORDS) else set()
    for match in TITLE_SCAN.finditer(text):
        title_text = match.group(0)
        if NOT_AN_OFFICE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        if text[match.end():match.end() + 1] == "-":
            continue  # "Bupati-Wakil Bupati": a pair of offices joined by a hyphen, no holder after the first
        if match["standalone"] and AIDE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            continue  # "Staf Ahli Bupati Tuban": the aide holds the office, not the Bupati's
        if PLURAL_BEFORE_TITLE.search(text[max(0, match.start() - 20):match.start()]) \
                and not LISTED_EACH.match(text, match.end()) and not LISTED_NAMES_AFTER.match(text, match.end()):
            continue  # "para Kepala Desa se-Kabupaten Kudus": the title of many, no one holder (unless it lists
            # them: "semua pimpinan Bawaslu, masing-masing A, B serta C", "semua anggota Bawaslu X, A, B, dan C")
        if match["head"] and match["head"].lower() in ("divisi", "devisi") and not DIVISION_OPENS.search(
                text[max(0, match.start() - 30):match.start()]) and not (
                _name_just_before(text, tokens, match.start()) and _says_after_portfolio(tokens, match.end())):
            continue  # "Ketua Divisi Teknis", "Anggota KPU Maluku Divisi Teknis": a division inside another title
        if _glosses_title_before(text, match.start()):
            continue  # "Wali Nagari (Kepala Desa)": the bracket explains the title before it, and names no one
        if not title_text[0].isupper() and match.start() > 0 and text[match.start() - 1] not in " \n(":
            continue
        i = _token_index_at(tokens, match.end())
        ordinal = tokens[i].text if match["head"] and i + 1 < n and tokens[i].text in ROMAN_ORDINALS else None
        spelled = _spelled_out_body(tokens, i + 1 if ordinal else i) if match["head"] and not (
            i < n and _division_word(tokens[i]) and DIVISION_HEAD.search(match["head"])) else None
        portfolio_only = False
        portfolio_body = None
        role_stop: int | None = None
        area_named = False
        head_gloss = None
        inherited = None
        if spelled:
            i = spelled[0]  # "Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Konsel": the body by its acronym
        elif match["head"]:
            if re.match(r"(?i)(?:koo?rdiv|" + COORDINATOR + r"(?:\s+d[ie]visi)?|divisi|(?:kepala|ketua)\s+d[ie]visi)$", match["head"]):
                if i < n and tokens[i].text == "(":
                    after_gloss, _ = _skip_parenthetical(tokens, i)
                    if after_gloss < n and _division_word(tokens[after_gloss]):
                        head_gloss = (tokens[i].start, tokens[after_gloss - 1].end)  # "Koordinator Divisi (Kordiv)
                        i = after_gloss  # Penanganan Pelanggaran": the head's short form, then the portfolio
                if i + 1 < n and tokens[i].word.lower() == "devisi" and _division_word(tokens[i + 1]):
                    i += 1  # "Koordinator devisi humas": the word misspelt, in lower case
                k = i  # "Kordiv Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Konawe": the portfolio, then the body;
                # its items may be listed with commas ("Pencegahan, Partisipasi, dan Hubungan Masyarakat") and
                # followed by their acronym ("Penyelesaian Sengketa (P3S) Bawaslu Minut")
                while k < n and (_division_word(tokens[k]) or (k > i and tokens[k].word.lower() in CONNECTORS)
                                 or (k > i and tokens[k].text == "," and k + 1 < n
                                     and (_division_word(tokens[k + 1]) or tokens[k + 1].word.lower() in CONNECTORS
                                          or _election_body(tokens[k + 1])))):  # "Divisi X, Bawaslu Sulut"
                    k += 1
                    if k > i + 1 and k < n and tokens[k].text == "(":
                        after_acronym, _ = _skip_parenthetical(tokens, k)
                        if after_acronym < n and (tokens[after_acronym].word in KNOWN_BODIES
                                                  or _election_body(tokens[after_acronym]) or (
                                tokens[after_acronym].word.lower() in CONNECTORS and after_acronym + 1 < n
                                and _division_word(tokens[after_acronym + 1]))
                                or _bracketed_acronym(tokens, k) and _name_at(tokens, after_acronym)):
                            if tokens[after_acronym].word not in KNOWN_BODIES and not _election_body(tokens[after_acronym]) \
                                    and tokens[after_acronym].word.lower() not in CONNECTORS:
                                role_stop = tokens[k - 1].end  # "… Penyelesaian Sengketa (P3S) Neila Montolalu": the
                                # holder after the portfolio's acronym, which the role leaves out
                            k = after_acronym  # "Pemilih dan Partisipasi Masyarakat (Sosdiklih Parmas) dan SDM"
                portfolio_only = False
                spelled_after_portfolio = _spelled_out_body(tokens, k) if k > i else None
                if spelled_after_portfolio:  # "Koordinator devisi humas Badan Pengawas Pemilu (Bawaslu) Jawa Timur"
                    portfolio_body = (tokens[k].start, spelled_after_portfolio[1])
                    k = spelled_after_portfolio[0]
                if k > i and k + 1 < n and tokens[k].word == "pada" and _election_body(tokens[k + 1]):
                    k += 1  # "Koordinator Divisi Humas pada Bawaslu Jatim": the division of the body
                if portfolio_body:
                    i = k
                elif k > i and k < n and (tokens[k].word in KNOWN_BODIES or _election_body(tokens[k])):
                    i = k
                elif k > i and k < n and (_division_word(tokens[k - 1]) or tokens[k - 1].text == ")") \
                        and _name_at(tokens, k):
                    i, portfolio_only = k, True  # "Koordinator Divisi Pencegahan, Parmas, dan Humas Ahyaudin": the
                    # portfolio names the office, its body given before ("Ketua Bawaslu X melalui Koordinator ...")
                elif k > i and k < n and _division_word(tokens[k - 1]) and _verb_at(tokens[k]) \
                        and _name_just_before(text, tokens, match.start()):
                    i, portfolio_only = k, True  # "Suryadi Koordinator Divisi Penyelesaian Sengketa mengatakan": the
                    # holder named first, the portfolio after, then what he says
            else:
                portfolio_only = False
            after_org = i if portfolio_only or portfolio_body else _org_after(tokens, i)
            if after_org == i and not portfolio_only and MEMBER_TITLE.match(match["title"]) and mentions \
                    and mentions[-1].role and mentions[-1].end <= match.start() \
                    and (BARE_MEMBER_AFTER_HOLDER.match(text[mentions[-1].end:match.start()])
                         or THROUGH_MEMBER.fullmatch(text, mentions[-1].end, match.start())):
                inherited = mentions[-1]  # "Ketua Bawaslu Kota Tomohon Deysi Soputan SPd MHum, Komisioner Steffen
                # Linu dan Irvan Dokal": the members of the body whose head was just named (also "Ketua Bawaslu OKI,
                # Romi Maradona SH.i, melalui komisioner Didi Masda Riandri, menyatakan")
            elif after_org == i and not portfolio_only and not portfolio_body and not (
                    BARE_COMMISSIONER.fullmatch(re.sub(r"\s+", " ", match["title"]))
                    and SAID_BEFORE_TITLE.search(text, max(0, match.start() - 16), match.start()) and _name_at(tokens, i)) \
                    and not (BARE_HEAD.fullmatch(match["title"]) and not match["acting"]
                             and LED_BY_BEFORE.search(text, max(0, match.start() - 30), match.start())
                             and _name_at(tokens, i)):
                continue  # "Ketua" with no organisation is not an office (but "pungkas Komisioner Hendra Lumanauw",
                # "Dikatakan anggota komisioner Nurbaeni": the article's election body's member, named as he speaks;
                # "dipimpin oleh Ketua Andi …": the head of the group just named)
            i = after_org
        elif i < len(tokens) and tokens[i].word in KNOWN_BODIES:
            i = _org_after(tokens, i)  # "Kasat Reskrim Polres Jombang", "Kapolsek Ploso"
        elif i < len(tokens) and tokens[i].word in ORG_WORDS and re.match(r"(?i)ka(?:bag|bid|si|subag|subbag|ro)\s|ka(?:dis|ban)$", title_text):
            i = _org_after(tokens, i)  # "Kabag Tata Pemerintahan Setda Kendal": the unit's name goes on, then its body
            # ("Kaban BPBD", "Kadis Damkar": the badan's, the dinas's)
        if i < n and tokens[i].text[:3].lower() == "se-":
            continue  # "Kepala Desa se-Kecamatan Sukamantri": every holder in the area, no one holder
        role_end = tokens[i - 1].end if i > 0 else match.end()
        if role_stop is not None and role_stop < role_end and portfolio_only:
            role_end = role_stop
        role = text[match.start():role_end].strip(" ,")
        if head_gloss:
            role = text[match.start():head_gloss[0]] + text[head_gloss[1]:role_end].rstrip(" ,")
        if portfolio_body:
            role = text[match.start():portfolio_body[0]].rstrip(" ,") + " " + portfolio_body[1]
        role = re.sub(r"\s+", " ", role)
        if any(word in CIVIL_SOCIETY_BODIES or word in NAMED_CIVIL_SOCIETY_BODIES or word in civil_acronyms
               for word in role.split()):
            continue  # "Direktur LSM Gasak", "Ketua Ormas X", "Ketua PWI Katingan": a post in civil society
        if spelled:  # "Wakil Ketua I Dewan Perwakilan Rakyat Daerah (DPRD) Seruyan": the ordinal kept
            role = re.sub(r"\s+", " ", match.group(0)) + (" " + ordinal if ordinal else "") + " " + spelled[1]
        station_holder = _polling_station_after(tokens, i) if role.split()[-1].upper() in ("KPPS", "PTPS", "PPS") else i
        i, inside = _skip_parenthetical(tokens, i)
        if inside and match["head"] and i < n and (tokens[i].word in KNOWN_BODIES or _election_body(tokens[i])):
            after_body = _org_after(tokens, i)  # "Kepala Seksi Intelijen (Kasi Intel) Kejari Jombang": the body after
            if after_body > i:  # the gloss belongs to the office
                role = role + " " + text[tokens[i].start:tokens[after_body - 1].end]
                i = after_body
        role = _short_role(role, match, text, tokens)
        if DEPUTY_BEFORE.search(text, max(0, match.start() - 12), match.start()) and not role.lower().startswith("wakil"):
            role = "Wakil " + role  # "Wakil Dandim 1310/Bitung, Kapten Czi Roby": the deputy, not the commander
        title_only = re.sub(r"\s+", " ", match["title"]).strip()
        area_role = bool(AREA_TITLES.match(re.sub(r"\s+", " ", role.split(" ", 1)[-1] if match["acting"] else role)))
        place_code: str | None = None
        provincial: str | None = None
        separated = False
        if i < n and i > 0 and tokens[i - 1].word in HOSPITALS and tokens[i].word in HONORIFICS:
            comma = _skip_to_comma(tokens, i + 1, limit=8)  # past "Prof.", whose dot ends no sentence
            if comma and _name_at(tokens, comma):  # "Direktur RSUD dr. R. Koesma Tuban, dr. Bambang": the hospital
                place_code = _regency_in(tokens, i, comma - 1)  # bears a person's name, its holder after the comma
                i, separated = comma, True
            elif comma and comma < n and _is_title_word(tokens[comma].word):
                continue  # "Direktur RSD Kol Abundjani Bangko, Sekretaris KPU …": offices listed, none holder named
        if i < n and tokens[i].text[:1].isdigit() and not (i + 1 < n and tokens[i + 1].text == "/") \
                and match["standalone"] and re.match(r"(?i)dan", title_only):
            i += 1  # "Dandim 0814 Letkol Inf Triyono": the unit's number alone
        elif i < n and match["standalone"] and len(tokens[i].text) > 1 and ROMAN_NUMERAL.fullmatch(tokens[i].text):
            i += 1  # "Pangdam XVII Cenderawasih Mayjen TNI …": the command's number
        if i < n and (tokens[i].text[:1].isdigit() and i + 1 < n and tokens[i + 1].text == "/"):
            numbered = i + 2
            while numbered + 1 < n and tokens[numbered].text[:1].isdigit() and tokens[numbered + 1].text == "/":
                numbered += 2  # "Danramil 0814/01 Jombang"
            if numbered < n and tokens[numbered].text[:1].isdigit():
                numbered += 1
            code, _, after_place = _place_after(tokens, numbered)
            comma = _skip_to_comma(tokens, i)
            if code and after_place < n and tokens[after_place].text != ",":
                place_code, i, separated = code, after_place, True  # "Dandim 1307/Poso Letkol Inf Joko Purnomo"
            elif not code and numbered + 1 < n and tokens[numbered].word.isupper() \
                    and tokens[numbered + 1].word in HONORIFICS and _name_at(tokens, numbered + 1):
                i, separated = numbered + 1, True  # "Dandim 0103/AUT Letkol Kav Makhyar": the command's short name,
                # then the holder's rank
            elif comma:  # "Dandim 0733/Kota Semarang, Kolonel Inf ..."
                place_code = _regency_in(tokens, i + 2, comma - 1)
                i, separated = comma, True
        if not separated:
            if i < n and tokens[i].word == "Metro":
                i += 1  # "Kapolres Metro Bekasi Kota"
            kota_title = bool(re.search(r"(?i)wali\s?kota", title_only))
            if area_role and i < n and tokens[i].is_capitalised and _kecamatan_width(tokens, i) > 1:
                place_code, provincial, after_place = None, None, i  # "Camat Bogor Tengah": the kecamatan, not Bogor
            elif NATIONAL_BODY_ROLE.search(role):
                place_code, provincial, after_place = None, None, i  # "Kepala BKN Bima Haria Wibisana": a national
                # body has no place after it, so the capitalised word is the holder's name even where it names a city
            else:
                represents = i + 1 < n and tokens[i].word == "perwakilan" and role.split()[-1] in LEGISLATURES
                i += represents  # "anggota DPD perwakilan Jambi": the province the member represents is the place
                lowercase_place = 0 < i < n - 1 and _election_body(tokens[i - 1]) and tokens[i].word.islower() \
                    and tokens[i + 1].is_capitalised  # "Ketua Bawaslu kampar Syawir Abdullah"
                place_code, provincial, after_place = _place_after(tokens, i, prefer_kota=kota_title,
                                                                   lenient=title_text.islower() or lowercase_place)
                if represents and role.split()[-1] == "DPD" and place_code:
                    place_code, provincial = None, provincial or place_code[:2]  # a DPD seat is a province's
            if after_place < n and tokens[after_place].word in ("Kota", "Kabupaten") and place_code:
                place_code = _place_after(tokens, i, prefer_kota=tokens[after_place].word == "Kota")[0]
                after_place += 1
            i = after_place
            if area_role and not place_code and i < n and tokens[i].is_capitalised:
                width = _kecamatan_width(tokens, i)
                if width:  # "Camat Bogor Tengah Rizki Ananda Lubis"
                    place_code = _kecamatan_regency(tokens, i, i + width) or None
                    i += width
                    area_named = True
                    if i < n and tokens[i].text == ",":
                        i, separated = i + 1, True
                    if separated and i < n and tokens[i].word in ("Kecamatan", "Kec"):
                        comma = _skip_to_comma(tokens, i, limit=8, lowercase_ok=False)
                        if comma and _name_at(tokens, comma):  # "Kepala Desa Kalirejo, Kecamatan Weleri, Budi
                            place_code = _kecamatan_regency(tokens, i + 1, comma - 1) or place_code  # Santoso": the
                            i = comma  # village, then its kecamatan, then the holder
            introduced = LIST_INTRODUCED.match(text, tokens[i].start) if i < n and not separated else None
            if introduced:  # "pimpinan Bawaslu Kampar yang hadir terdiri dari Marhaliman, Amin Hidayat, Edwar dan …"
                i, separated = _token_index_at(tokens, introduced.end()), True
            # "Anggota DPRD Sanggau dari Fraksi PKB, ...", "Ketua Bawaslu Jombang periode 2023-2028, ..."
            lowercase_ok = i < n and tokens[i].word in ("yang", "dari", "periode", "masa", "asal")
            k = i
            while lowercase_ok and not separated and k < min(n, i + 8) and tokens[k].text not in (".", ";"):
                if tokens[k].text == "," and not (k + 1 < n and tokens[k + 1].word.lower() in LIST_OPENER_WORDS):
                    break
                if tokens[k].word.lower() in LIST_OPENER_WORDS:  # "Komisioner KIP Aceh Tamiang
                    i, separated = k + 1 + (k + 1 < n and tokens[k + 1].text == ":"), True  # periode 2023-2028
                    break  # masing-masing A, B, …", "Anggota DPRD X dari Fraksi PAN, yakni A dan B": the list opens
                k += 1  # after the word, not after the first comma
            portfolio_items = i < n and (tokens[i].word.capitalize() in ("Divisi", "Devisi", "Bidang") or (
                i > 0 and tokens[i - 1].word.capitalize() in ("Divisi", "Devisi") and _division_word(tokens[i])))
            if not separated and (area_role or lowercase_ok or portfolio_items
                                  or (i < n and tokens[i].word.capitalize() == "Koordinator")):
                comma = _skip_to_comma(tokens, i, limit=14, lowercase_ok=lowercase_ok or not area_role)
                while comma and comma < n and (tokens[comma].word in ("Kecamatan", "Kec", "Desa", "Kelurahan", "Kabupaten", "Kota", "Dusun", "Kapanewon", "Distrik", "Gampong", "Nagari", "Kalurahan") or tokens[comma].word in ORG_WORDS
                                               or portfolio_items and _division_word(tokens[comma])):
                    # "Divisi hukum, data dan informasi Kabupaten Cirebon, Rahmat Hidayat": the portfolio's items
                    further = _skip_to_comma(tokens, comma, limit=8, lowercase_ok=bool(portfolio_items))
                    if not further:
                        break
                    comma = further
                if comma and comma > i and _name_at(tokens, comma):
                    if area_role and not place_code:
                        place_code = _kecamatan_regency(tokens, i, comma - 1) or None
                    if portfolio_items and role.split()[-1].capitalize() in ("Divisi", "Devisi"):
                        k = i  # "anggota Bawaslu Divisi hukum, data dan informasi Kabupaten Cirebon": the portfolio
                        while k < comma and (_division_word(tokens[k]) or tokens[k].word.lower() in CONNECTORS
                                             or tokens[k].text == "," and k + 1 < comma and _division_word(tokens[k + 1])):
                            k += 1  # is the role's, the place after it is not
                        if k > i:
                            role = role + " " + re.sub(r"\s+", " ", text[tokens[i].start:tokens[k - 1].end])
                        if not place_code and not provincial:
                            place_code, provincial, _ = _place_after(tokens, k, lenient=True)
                    i, separated = comma, True
                elif i < n and tokens[i].word in ("Divisi", "Devisi", "Bidang"):
                    k = i + 1  # "Anggota KPU Maluku Divisi Teknis Penyelenggaraan Ruslan Ohoiwutun"
                    while k < n and (tokens[k].word in ORG_WORDS or tokens[k].word.lower() in CONNECTORS
                                     or tokens[k].word in DIVISION_WORDS
                                     or k > i + 1 and _bracketed_acronym(tokens, k)):
                        k += 3 if tokens[k].text == "(" else 1  # "Divisi Sumber Daya Manusia (SDM) dan …"
                    if k > i + 1 and _name_at(tokens, k):
                        i, separated = k, True
        if not place_code and not provincial:
            in_role = _trailing_province(role)  # "Ketua Bawaslu NTB", "Anggota KPU DIY": the body's province
            if in_role:
                provincial, role = in_role
        if not place_code and not provincial:
            through = GOVERNMENT_THROUGH.search(text, max(0, match.start() - 80), match.start())
            if through:  # "Pemerintah Provinsi Kalimantan Barat, melalui Penjabat Sekretaris Daerah (PJ Sekda) Muhammad
                at = _token_index_at(tokens, through.start("place"))  # Bari": the government's own office
                place_code, provincial, _ = _place_after(tokens, at - (through["kind"] is not None))
        national = bool(NATIONAL_OR_PROVINCIAL.search(_capitalised_words(role))) or bool(provincial)
        if (place_code or provincial) and not separated:
            i = _after_place_apposition(tokens, i)
        if not separated and not place_code and not provincial and i < n and tokens[i].word == "setempat":
            i += 1  # "Ketua KPU setempat, Jackson S. Maryen": the article's own place, named before
        in_brackets = _name_at(tokens, i + 1) if i + 1 < n and tokens[i].text == "(" \
            and not (i > 0 and tokens[i - 1].text.endswith(".") and len(tokens[i - 1].text) > 3) else None
        # ("… Kabupaten Toba. (Sarman Sariono S)": after the sentence's full stop, a bracketed name is the writer's credit)
        if in_brackets and (" " in in_brackets[0] or tokens[i + 1].word in HONORIFICS):
            i, separated = i + 1, True  # "Kapolres Brebes (AKBP Yuliarto Nugroho)", not "Bawaslu Parigi Moutong (Parimo)"
        if station_holder > i and _name_at(tokens, station_holder):
            i, separated = station_holder, True
        j = i
        separated = separated or portfolio_only
        if not separated and not place_code and not provincial and j + 1 < n and tokens[j].text == ",":
            comma_code, comma_province, after_comma_place = _place_after(tokens, j + 1)
            if (comma_code or comma_province) and after_comma_place < n and tokens[after_comma_place].text == ",":
                # "Ketua Dewan Perwakilan Rakyat Daerah (DPRD), Bolaang Mongondow Utara, Karel Bangko": the place
                # between commas, then the holder
                place_code, provincial, j = comma_code, comma_province, after_comma_place
            body_after = _national_body_after_comma(tokens, j + 1) if not (place_code or provincial) else None
            if body_after and _name_at(tokens, body_after[0]):
                # "Asisten Komisioner Bidang …, Komisi Aparatur Sipil Negara (KASN) Ilham Firman": the national body
                role = role + ", " + body_after[1]  # the portfolio belongs to, then the holder
                national, j, separated = True, body_after[0], True
        if not separated and j < n and (tokens[j].text in (",", ":") or tokens[j].text in ("–", "—")
                                        and j + 1 < n and tokens[j + 1].is_capitalised):
            j += 1  # ("Ketua Bawaslu Kabupaten Blitar – Nur Ida Fitria mengatakan": a dash for the comma)
            separated = True
        listing = 2 if j + 1 < n and (tokens[j].word.lower(), tokens[j + 1].word.lower()) in LIST_OPENER_PAIRS \
            else 1 if j < n and tokens[j].word.lower() in LIST_OPENER_WORDS else 0
        if listing:
            j += listing
            j += 1 if j < n and tokens[j].text in (",", ":") else 0  # "Anggota KPU X masing-masing A, B dan C",
            separated = True  # "komisioner KPU Siak, di antaranya A, B dan C"
        if area_role and not separated and j + 1 < n and tokens[j].word in VILLAGE_KINDS and tokens[j + 1].is_capitalised:
            j += 1  # "Perbekel Desa Dalung I Made Sukadana": the village's kind, then its name, then the holder
        if MEMBER_TITLE.match(title_only) and j < n and DIVISION_HEAD.fullmatch(tokens[j].word):
            k = j + 1  # "Anggota Bawaslu Bone Koordiv. Penanganan Pelanggaran, Data dan Informasi Nur Alim": the member
            while k < n and (tokens[k].text in (",", ".") or _division_word(tokens[k])  # holds the office, the
                             or tokens[k].word.lower() in CONNECTORS):  # division is his portfolio
                k += 1
            if k > j + 1 and _name_at(tokens, k):
                j, separated = k, True
        if j + 1 < n and tokens[j].word in LOWERCASE_ADDRESS and tokens[j + 1].is_capitalised:
            j += 1  # "Pjs Bupati Bima bapak Ir. M Husni": the form of address, in lower case, before the name
        found = _name_at(tokens, j) if j < n and not (j > 0 and tokens[j - 1].word == "Partai") else None
        # ("Ketua DPC Partai Bulan Bintang": the words after "Partai" are the party's name, no holder)
        if found and j > 0 and (tokens[j - 1].text.endswith(".") and len(tokens[j - 1].text) > 3
                                and tokens[j - 1].word.lower() not in ABBREVIATIONS
                                or "\n" in text[tokens[j - 1].end:found[1]]):
            found = None  # the title ended its sentence: the next capitalised word starts another one
        kecamatan_in_role = found is not None and 0 < j < n and tokens[j - 1].word.capitalize() in ("Kecamatan", "Kec") \
            and _kecamatan_width(tokens, j) > 0  # "Ketua PPK Kecamatan Srengat, Muktaromin": the body's kecamatan
        if (not found or found[0].split()[0] in ("Kabupaten", "Kota", "Kecamatan", "Kec") or kecamatan_in_role) \
                and not provincial:
            after_areas = _holder_after_areas(tokens, j - 1 if kecamatan_in_role else j)  # "Ketua Panitia Pengawas Pemilu (Panwaslu) Kecamatan
            if after_areas and (area_role or not place_code or not after_areas[1] or place_code == after_areas[1]):
                found, separated = after_areas[0], True  # Gedong Tataan, Kabupaten Pesawaran Dedi Erhandi": the
                place_code = after_areas[1] or place_code  # kecamatan, the regency it lies in, then the holder
                if after_areas[2] and role.split()[-1] in ("Panwaslu", "Panwas", "Bawaslu"):
                    role += " Kecamatan"  # the kecamatan's own Panwaslu, as the area after its body says
        if found and found[0].split()[0] in ("Kabupaten", "Kota"):
            found = None
        if found and j > 0 and tokens[j - 1].text == "/":
            found = None  # "Dandim Kodam XII/Tpr": the command's short name after its number, no holder
        if found and not separated and found[3] < n and tokens[found[3]].word.rstrip(".") in UNMISTAKABLE_HONORIFICS \
                and _kecamatan_width(tokens, j) >= len(found[0].split()):
            holder = _name_at(tokens, found[3])  # "Kepala Puskesmas Hamparan Perak dr Saraswati": the kecamatan the
            if holder:  # unit serves, then the holder after an honorific no name carries inside it
                if not place_code and not provincial:
                    place_code = _kecamatan_regency(tokens, j, found[3]) or None
                found, separated = holder, True
        if found and "\n" in text[match.end():found[1]]:
            found = None  # an office and its holder are in one paragraph: "Kades Di Sumsel … Kata Pengamat\n\nPALEMBANG,
            # Indo Merdeka –" joins a headline to the outlet's name in the dateline
        if found and area_role and not separated:
            holder = _after_village_name(found, tokens, villages)
            separated = holder is not None and holder != found  # the village's name stood between title and holder
            found = holder
        if found and area_role and not separated and found[3] < n and tokens[found[3]].word in AREA_HIERARCHY:
            found = None  # "Camat Negri Katon Kabupaten Pesawaran": the area and the regency it lies in, no holder
        if found and area_role and not separated and not place_code and not area_named and VILLAGE_HEAD.match(title_only) \
                and len(found[0].split()) >= 2 \
                and not (j < n and tokens[j].word in HONORIFICS):
            rest = _name_at(tokens, _token_index_at(tokens, found[1]) + 1)
            if rest and rest[1] > found[1]:
                found, separated = rest, True  # "Lurah Kemilingpermai Wanjaya": the village's name, then its head
        if found and area_role and " " not in found[0] and not _not_a_place(tokens[_token_index_at(tokens, found[1])]):
            found = None  # "Kepala Desa Meraka, Lambuya": the kecamatan after the village, not its head
        if found and area_role and not separated and _kecamatan_width(tokens, j) >= len(found[0].split()):
            found = None  # "Camat Ploso" without the name: the word is the kecamatan (not "Camat Ngoro Bambang Wijaya")
        if found and " " not in found[0] and not separated and not place_code and not provincial \
                and not (j < n and tokens[j].word in HONORIFICS):
            after = found[3]
            if after < n and tokens[after].text == "," and after + 1 < n:
                qualified = _name_at(tokens, after + 1)  # "Ketua KPU Mahulu, Ignasius Hanyeq": a place we do not know
                if qualified and " " in qualified[0]:
                    found = qualified
                elif not ((TITLE_RE.match(text, tokens[after + 1].start) or _follows_an_office_and_holder(text, mentions, match.start())
                           or _degree_at(tokens, after + 1) or tokens[after + 1].word.replace(".", "") in DEGREE_WORDS)
                          and _not_a_place(tokens[j]) and role.split()[-1] not in FACILITIES):
                    found = None  # (but "Ketua DPRD Nikman, Kajari Susilo, …": offices listed each with its holder;
                    # "Ketua KPU Yupizer, ST.": a degree after the comma is a person's; a hospital's or a prison's
                    # is its town: "Direktur RSD Kalabahi, Sekretaris KPU …")
            elif not (match["acting"] and REGIONAL_EXECUTIVE.match(title_only) and _not_a_place(tokens[j])
                      or NATIONAL_BODY_ROLE.search(role) and _not_a_place(tokens[j])
                      or _follows_an_office_and_holder(text, mentions, match.start()) and _not_a_place(tokens[j])
                      or _verb_follows_unknown_word(tokens, j, after)):
                found = None  # "Direktur RSDUD Kurun": one capitalised word straight after an office is a place more often than a name
        if found and " " not in found[0] and j > 0 and tokens[j - 1].text == "," \
                and re.match(r",?\s*(?:dan|serta)\s+[A-Z]", text[found[2]:found[2] + 12]) \
                and not ((place_code or provincial) and MEMBER_TITLE.match(title_only) and not _division_word(tokens[j])
                         and _not_a_place(tokens[j])):
            found = None  # "Divisi SDM, Organisasi, Diklat, dan Datin": an item of a list of portfolios, not a holder
            # (but "Komisioner KPU Provinsi Jambi, Edison, dan Havis": a body's members after its place)
        if found and SERVES_AS_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            before = _name_before(text, tokens, match.start())
            if before:  # "A (Kepala Biro X) sebagai Pjs Bupati Musi Rawas, B (...)": the holder named before 'sebagai';
                found = (*before, j)  # the name after the comma opens the next item of the list
        listed: list[tuple[str, int, int]] = []
        if found:
            name, start, end, after_name = found
            if MEMBER_TITLE.match(title_only) or (separated and not SINGLE_HOLDER_TITLE.match(title_only)):
                listed = _listed_names(text, tokens, after_name)  # "Anggota KPU Jombang, A, B dan C"; "Kabag KPU
                # Sulut, A dan B": a title of a body's several posts, its holders after a comma
        else:
            opening_name = _name_opening_sentence_before(text, tokens, match.start()) if title_text[0].islower() else None
            if opening_name:
                found = opening_name  # "Elan Reinwardt anggota KPU Kabupaten Tebo …, ketika dikonfirmasi menjelaskan"
            elif title_text[0].islower() and not _lowercase_title_is_appositive(text, tokens, match.start(), i) \
                    and not (SERVES_AS_BEFORE.search(text, max(0, match.start() - 12), match.start())
                             and re.search(r"[A-Z]", text[match.start():tokens[min(i, n) - 1].end])):
                continue  # (but "Iten Koyongian sebagai anggota Bawaslu Kota Bitung dalam …": 'sebagai' presents the
                # office of the name before it, whatever follows)
            found = found or _name_before(text, tokens, match.start()) \
                or (_name_just_before(text, tokens, match.start())
                    if portfolio_only or (title_text[0].isupper() and j < n and (
                        _verb_at(tokens[j]) or _portfolio_then_verb(tokens, j))) else None) \
                or (_name_just_before(text, tokens, match.start(), after_saying=True) if title_text[0].isupper() else None)
            if not found and i < n and (SUBJECT_VERB.match(tokens[i].text) or tokens[i].text in SAYING_WORDS):
                found = _sentence_subject_before(text, tokens, match.start())
            if not found:
                found = _agent_before(text, tokens, match.start())
            if not found:
                continue
            name, start, end = found
            if start < match.start() and MEMBER_TITLE.match(title_only):
                listed = _name_and_before(text, start)  # "didampingi oleh Tuti Rosmalina dan Rahmidiana, Komisioner
                # KPU Kota Jambi": two members named before their shared title
        if len(name) < 3 or _pair_of_names(name) or PAIR_GLUED_TO_HONORIFIC.match(text, end):
            continue  # ("pasangan Walikota-Wakil Walikota, Dadang Iskandar Danubrata-Sugeng Teguh Santoso": two people)
        if inherited is not None:
            place_code, national, provincial = inherited.place_code, inherited.national, inherited.province
        if ELECT_AFTER_TITLE.match(text, match.end()):
            continue  # "Tendris Bulahari sebagai Wakil Bupati terpilih": elected, not yet holding the office
        if start < match.start() and re.search(r"\bsebagai\b", text[end:match.start()]) and (
                CANDIDATE_BEFORE.search(text, max(0, start - 40), start)
                or re.search(r"\w-[A-Z]", name) and re.match(r"\s+dan\s+Wakil\b", text[match.end():])):
            continue  # "menetapkan pasangan calon nomor urut 02 Sofyan Kaepa-Ablit sebagai Bupati …": a candidate
            # designated for the office, not its holder (also a pair so designated: "menetapkan Sugiri
            # Sancoko-Lisdyarita sebagai Bupati dan Wakil Bupati")
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
                province=provincial or _province_in_role(role),
                listed=bool(listing or listed),
            )
        )
        if area_role:
            place_end = start if start > role_end else min(len(text), role_end + 80)
            mentions[-1].area_place = text[role_end:place_end]
        for other, other_start, other_end in listed:
            mentions.append(OfficialMention(
                name=other, role=_clean_role(role), regency=None if national else place_code, start=other_start,
                end=other_end, role_start=match.start(), place_code=place_code, national=national,
                province=provincial or _province_in_role(role), listed=True))
    if _names_a_role_pair(text):  # what both paired forms need, read once
        mentions.extend(_paired_predicate_roles(text, tokens, mentions))
        mentions.extend(_paired_titles_then_holders(text, tokens, mentions))
    mentions.extend(_spokesman_of_a_body(text, tokens, mentions))
    mentions.extend(_ministers_by_ministry(text, tokens, mentions))
    mentions.extend(_other_members(text, tokens, mentions))
    if NUMBERED_LINE_SCAN.search(text):
        mentions.extend(_numbered_members(text, tokens, mentions))
    mentions.extend(_serving_as_lowercase_titles(text, tokens, mentions))
    _stacked_member_titles(text, mentions)
    _place_bodiless_divisions(mentions)
    for mention in mentions:
        representative = REPRESENTATIVE_BEFORE.search(text[max(0, mention.role_start - 16):mention.role_start]) \
            if mention.role and mention.role_start is not None and mention.start > mention.role_start else None
        if representative:
            mention.role = representative["word"] + " " + mention.role  # "perwakilan Bupati Kepulauan Anambas Raja Bayu": he stands
            # in for the Bupati, he is not the Bupati
    return mentions


# A ministry by its short name straight before an honorific and a name ("edaran oleh Kemendagri Prof. Drs. H. Muhamad
# Tito Karnavian"): the minister it stands for; a bare ministry ("Kemendagri menerbitkan …") names no one.
MINISTRY_BEFORE_HONORIFIC = re.compile(
    r"(?<![\w-])(?P<body>Kemen(?:dagri|kumham|ag|keu|kes|sos|dikbud|dikbudristek|pan-?RB|PANRB|kominfo|hub|tan|naker|"
    r"desa|polhukam))\s+(?=(?:Prof|Dr|Drs|Dra|Ir|H|Hj|KH)\.?\s)")
MINISTRY_GATED = Gated(MINISTRY_BEFORE_HONORIFIC)  # run only on an article that writes "Kemen"


def _ministers_by_ministry(text: str, tokens: list[Token], known: list[OfficialMention]) -> list[OfficialMention]:
    found = []
    for match in MINISTRY_GATED.finditer(text):
        named = _name_at(tokens, _token_index_at(tokens, match.end()))
        if not named or " " not in named[0] or any(m.start <= named[1] < m.end for m in known):
            continue
        found.append(OfficialMention(name=named[0], role=match["body"], regency=None, start=named[1], end=named[2],
                                     role_start=match.start(), place_code=None, national=True, province=None))
    return found


PERSON = r"[A-Z][a-z'’]+(?:\s+(?:[A-Z]\.?|[A-Z][a-z'’]+)){0,3}"
PAIRED_PREDICATE = re.compile(
    r"(?P<first>" + PERSON + r")\s+(?i:dan|&)\s+(?P<second>" + PERSON + r")(?:\s+(?:merupakan|adalah|selaku|ialah|sebagai)\s+|\s*,\s+"
    r"|(?P<serving>,?\s+yang(?:\s+(?:saat\s+ini|kini|sekarang|masih|tengah|sedang|juga))*\s+menjabat(?:\s+sebagai)?\s+))"
    r"(?P<role1>(?i:wakil\s+)?(?i:bupati|wali\s?kota|gubernur))\s+(?:dan|&)\s+"
    r"(?P<role2>(?i:wakil\s+)?(?i:bupati|wali\s?kota|gubernur))\b")


def _paired_predicate_roles(text: str, tokens: list[Token], known: list[OfficialMention]) -> list[OfficialMention]:
    """'Panji dan Dadi merupakan bupati dan wakil bupati kabupaten Melawi': two holders, then their two offices in
    the same order, then the place the offices share."""
    taken = {(m.start, m.end) for m in known}
    found: list[OfficialMention] = []
    for match in PAIRED_PREDICATE.finditer(text):
        if NOT_AN_OFFICE_BEFORE.search(text[max(0, match.start("role1") - 40):match.start("role1")]):
            continue
        if any(_is_title_word(w) or is_affixed_word(w) for w in (match["first"] + " " + match["second"]).split()):
            continue  # "dalam Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati …": offices, no holders
        after = _token_index_at(tokens, match.end())
        kota = bool(re.search(r"(?i)wali\s?kota", match["role2"]))
        place_code, provincial, _ = _place_after(tokens, after, prefer_kota=kota, lenient=True)
        if not place_code and not provincial and not match["serving"]:
            continue  # "A dan B yang saat ini masih menjabat sebagai wali kota dan wakil wali kota": the article's place
        for group, role_group in (("first", "role1"), ("second", "role2")):
            start, end = match.span(group)
            if (start, end) in taken or match[group].split()[0] in NOT_NAME:
                continue
            role = " ".join(w.capitalize() for w in match[role_group].split())
            provincial_office = role.endswith("Gubernur")
            province = provincial or (place_code.split(".")[0] if place_code else None)
            found.append(OfficialMention(
                name=match[group], role=role, regency=None if provincial_office else place_code, start=start, end=end,
                role_start=match.start(role_group), place_code=place_code, national=provincial_office,
                province=province))
    return found


ELECTION_BODY_SCAN = Prescan(re.compile(r"\b(?:KPUD?|KIP|PPK|PPS|KPPS|DKPP|DPRD|PTPS|PKD|(?i:bawaslu|panwas(?:cam|lih|lu|kab|kot)))\b"))
# the two executive offices of one place side by side ("bupati dan wakil bupati"), which every paired form needs
ROLE_PAIR_SCAN = Prescan(re.compile(r"(?i:bupati|wali\s?kota|gubernur)\s+(?:dan|&)\s+(?:wakil\s+)?"
                                    r"(?:bupati|wali\s?kota|gubernur)", re.IGNORECASE))


def _names_a_role_pair(text: str) -> bool:
    return next(iter(ROLE_PAIR_SCAN.finditer(text)), None) is not None


def _spokesman_of_a_body(text: str, tokens: list[Token], known: list[OfficialMention]) -> list[OfficialMention]:
    """'Bawaslu Inhu Dedy Risanto ketika dikonfirmasi …', 'Badan Pengawas Pemilu (Bawaslu) Tanjungpinang Muhammad
    Zaini mengatakan …': an election body, its place, then a full name and the clause goes on in lower case: the man
    speaks for the body he belongs to, with no post named."""
    taken = {(m.start, m.end) for m in known}
    found: list[OfficialMention] = []
    n = len(tokens)
    for body in ELECTION_BODY_SCAN.finditer(text):
        k = _token_index_at(tokens, body.start())
        token = tokens[k] if k < n else None
        if token is None or token.start != body.start() or not token.is_capitalised or k + 2 >= n:
            continue
        if k > 0 and (tokens[k - 1].is_capitalised and not tokens[k - 1].is_punct or tokens[k - 1].word.lower() in (
                "di", "ke", "dari", "kantor", "oleh", "kepada", "dengan", "bersama", "pihak")):
            continue  # a title or a preposition before the body: the main pass's, or a place
        bracketed = tokens[k - 1].text == "(" and tokens[k + 1].text == ")" if k > 0 else False
        if bracketed and not (k > 1 and tokens[k - 2].word in ORG_WORDS):
            continue  # only the acronym after the body's long name: "Badan Pengawas Pemilu (Bawaslu) Tanjungpinang"
        place_code, provincial, after = _place_after(tokens, k + 2 if bracketed else k + 1)
        if not (place_code or provincial) or after >= n:
            continue
        named = _name_at(tokens, after)
        if not named or " " not in named[0] or named[3] >= n or (named[1], named[2]) in taken:
            continue
        following = tokens[named[3]]
        if not (following.word.islower() and following.word.isalpha()) or named[0].split()[0] in NOT_NAME:
            continue
        found.append(OfficialMention(name=named[0], role=token.text, regency=place_code, start=named[1], end=named[2],
                                     role_start=token.start, place_code=place_code, national=bool(provincial),
                                     province=provincial or (place_code[:2] if place_code else None)))
    return found


EXECUTIVE_PAIR = Prescan(re.compile(
    r"(?<![\w-])(?P<role1>(?i:bupati|wali[ \t]?kota|gubernur))[ \t]+(?:dan|&)[ \t]+"
    r"(?P<role2>(?i:wakil)[ \t]+(?i:bupati|wali[ \t]?kota|gubernur))[ \t]+"))


def _paired_titles_then_holders(text: str, tokens: list[Token], known: list[OfficialMention]) -> list[OfficialMention]:
    """'bupati dan wakil bupati Sumenep, A Busyro Karim dan Soengkono Siddik': the two offices of one place, then their
    two holders in the same order; the title nearest the first name is not his."""
    found: list[OfficialMention] = []
    for match in EXECUTIVE_PAIR.finditer(text):
        if key(match["role1"]) != key(match["role2"].split(None, 1)[1]):
            continue
        if NOT_AN_OFFICE_BEFORE.search(text[max(0, match.start() - 40):match.start()]) \
                or CANDIDATE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        kota = bool(re.search(r"(?i)wali\s?kota", match["role1"]))
        place_code, provincial, i = _place_after(tokens, _token_index_at(tokens, match.end()), prefer_kota=kota,
                                                 lenient=True)
        if not place_code and not provincial:
            continue
        if i < len(tokens) and tokens[i].text == ",":
            i += 1
        first = _name_at(tokens, i) if i < len(tokens) else None
        if not first or first[3] >= len(tokens) or tokens[first[3]].word not in ("dan", "&"):
            continue
        second = _name_at(tokens, first[3] + 1) if first[3] + 1 < len(tokens) else None
        if not second or ELECT_AFTER_TITLE.match(text, match.end()) \
                or any(named[0].split()[0] in NOT_NAME for named in (first, second)):
            continue
        provincial_office = key(match["role1"]) == "gubernur"
        province = provincial or (place_code.split(".")[0] if place_code else None)
        for named, role_group in ((first, "role1"), (second, "role2")):
            name, start, end, _ = named
            role = re.sub(r"\s+", " ", match[role_group])
            same = [m for m in known + found if (m.start, m.end) == (start, end)]
            for mention in same:
                mention.role, mention.role_start = role, match.start(role_group)
            if not same:
                found.append(OfficialMention(
                    name=name, role=role, regency=None if provincial_office else place_code, start=start, end=end,
                    role_start=match.start(role_group), place_code=place_code, national=provincial_office,
                    province=province))
    return found


OTHER_MEMBERS = re.compile(r"\b(?P<title>[Kk]omisioner|[Aa]nggota|[Pp]impinan)(?P<body>(?:[ \t]+[A-Z][\w-]*){0,4}?)[ \t]+lainnya[ \t]*,?[ \t]*"
                           r"(?:" + LIST_OPENER + r"[ \t]*:?[ \t]*)?(?=[A-Z])")


def _other_members(text: str, tokens: list[Token], known: list[OfficialMention]) -> list[OfficialMention]:
    """'Ketua KPU Kutim Siti Akhlis Muafin … Dia didampingi komisioner lainnya, yaitu Hasan Basri, Budi Wibowo, …':
    the other members of the body whose holder was named just before, in a list; their place is that body's."""
    found: list[OfficialMention] = []
    matches = [(m, 400, 2) for m in OTHER_MEMBERS_SCAN.finditer(text)] \
        + [(m, 80, 1) for m in MEMBERS_WITH_HEAD_SCAN.finditer(text)]
    taken = {(m.start, m.end) for m in known}
    for match, reach, fewest in matches:
        before = [m for m in known if m.end <= match.start() and match.start() - m.end < reach and m.role
                  and any(_election_body(Token(w, 0, 0)) for w in m.role.split())]
        named_body = match["body"].split()
        role = match["title"]
        if named_body and _election_body(Token(named_body[0], 0, 0)):
            # "Komisioner KPU Kuansing lainnya seperti A, B …": the body and its place named with the title
            place_code, provincial, _ = _place_after(tokens, _token_index_at(tokens, match.start("body")) + 1)
            role = match["title"] + " " + named_body[0]
            body = OfficialMention(name="", role=role, regency=place_code, start=0, end=0, place_code=place_code,
                                   national=bool(provincial), province=provincial or (place_code or "")[:2] or None)
        elif named_body or not before:
            continue
        else:
            body = before[-1]
        i = _token_index_at(tokens, match.end())
        names = []
        last = False
        while i < len(tokens) and len(names) < 12:
            named = _name_at(tokens, i)
            if not named:
                break
            names.append(named)
            i = named[3]
            while i + 1 < len(tokens) and tokens[i].text == "," and _degree_end(tokens, i + 1) > i + 1:
                i = _degree_end(tokens, i + 1)  # "Indra Eka Putra,SH dan Rahmat,ST": a degree after the name's comma
            if last or i >= len(tokens) or not (tokens[i].text == "," or tokens[i].word in ("dan", "serta")):
                break  # the item after "dan" is the last: "… dan Wawan Ardi.\n\nLalu Ketua Bawaslu …"
            while i < len(tokens) and (tokens[i].text == "," or tokens[i].word in ("dan", "serta")):
                last = last or tokens[i].word in ("dan", "serta")
                i += 1
        if len(names) < fewest:
            continue
        for name, start, end, _ in names:
            if (start, end) in taken:
                continue
            found.append(OfficialMention(name=name, role=role, regency=body.regency, start=start, end=end,
                                         role_start=match.start(), place_code=body.place_code, national=body.national,
                                         province=body.province, listed=True))
    return found


# A body's members as numbered lines under a heading that names the body: "Ketua dan Anggota KPU\n\n1.Alamsyah
# (Ketua)\n\n2.Sirul Alamin M Nur (Anggota)", "komisioner Bawaslu Mamuju Tengah\n\n1.Muhammad Syarif M"
NUMBERED_LINE_SCAN = re.compile(r"\n[ \t]*1[ \t]*[.)]")
MEMBERS_HEADING = re.compile(r"(?P<title>(?:[Kk]etua[ \t]+dan[ \t]+)?(?:[Aa]nggota|[Kk]omisioner|[Pp]impinan))[ \t]+"
                             r"(?P<body>KPU|KPUD|Bawaslu|Panwaslu|Panwaslih|KIP|PPK|Panwascam)\b(?P<place>[^\n.,;:]{0,40})"
                             r"[ \t]*:?[ \t]*\n")
BLANKS = re.compile(r"[\n \t]*")
NUMBERED_MEMBER = re.compile(r"[ \t]*(?P<number>\d{1,2})[ \t]*[.)][ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})"
                             r"[ \t]*(?:\((?P<post>(?:[Ww]akil[ \t]+)?[Kk]etua|[Aa]nggota|[Kk]omisioner)\))?[ \t]*(?=\n|$)")


def _numbered_members(text: str, tokens: list[Token], known: list[OfficialMention]) -> list[OfficialMention]:
    """The members a heading names as numbered lines after it, each with the post in brackets or the heading's."""
    found: list[OfficialMention] = []
    taken = {(m.start, m.end) for m in known}
    for heading in MEMBERS_HEADING.finditer(text):
        place_code, provincial, _ = _place_after(tokens, _token_index_at(tokens, heading.end("body")))
        position, number = heading.end(), 1
        while True:
            member = NUMBERED_MEMBER.match(text, BLANKS.match(text, position).end())
            if not member or member["number"] != str(number):
                break
            name = re.sub(r"\s+", " ", member["name"]).rstrip(".")
            title = member["post"] or heading["title"].split()[-1]
            if (member.start("name"), member.end("name")) not in taken and len(name) >= 3 \
                    and name.split()[0] not in NOT_NAME:
                found.append(OfficialMention(
                    name=name, role=f"{title} {heading['body']}", regency=None if provincial else place_code,
                    start=member.start("name"), end=member.start("name") + len(name), role_start=heading.start(),
                    place_code=place_code, national=bool(provincial), province=provincial))
            position, number = member.end(), number + 1
    return found


# "Ketua KPU Siak Ahmad Fauzi didampingi anggota Budi Santoso dan …", "bersama dua anggotanya, A dan B": the members of
# the body whose head was named just before
MEMBERS_WITH_HEAD = re.compile(r"\b(?:didampingi|bersama|beserta|dan)[ \t]+(?:(?:dua|tiga|empat|lima|enam|para|"
                               r"salah[ \t]+(?:satu|seorang))[ \t]+)?"
                               r"(?P<title>[Kk]omisioner|[Aa]nggota)(?:[ \t]?nya)?(?P<body>)[ \t]*,?[ \t]*"
                               r"(?:" + LIST_OPENER + r"[ \t]*:?[ \t]*)?(?=[A-Z])")
# ("Ketua Bawaslu Minut Simon Awuy dan dua komisionernya Rahman Ismail dan Rocky Ambar", "dan salah satu komisioner nya,
# Hendra Lumanauw": the head's body's members, "-nya" its)
OTHER_MEMBERS_SCAN, MEMBERS_WITH_HEAD_SCAN = Prescan(OTHER_MEMBERS), Prescan(MEMBERS_WITH_HEAD)
SERVING_AS_LOWERCASE = re.compile(r"(?<![\w])selaku[ \t]+(?=[a-z])")
SERVING_AS_HOLDER = Gated(re.compile(
    r"(?<![\w])sebagai[ \t]+(?=(?:wakil[ \t]+)?(?:bupati|wali[ \t]?kota|walikota|gubernur|camat|kepala[ \t]+desa|kades)[ \t]+"
    r"yang[ \t]+(?:saat[ \t]+ini[ \t]+|kini[ \t]+|sedang[ \t]+)?(?:masih[ \t]+)?menjabat\b)"))
NOT_A_PUBLIC_POST = frozenset({"tim", "panitia", "relawan", "pemenangan", "koalisi", "pengurus", "keluarga", "kuasa"})


def _serving_as_lowercase_titles(text: str, tokens: list[Token], known: list[OfficialMention]) -> list[OfficialMention]:
    """'Saharullah selaku ketua Panwascam Enrekang', 'Julkifli Muhammad selaku koordinator yang membidangi devisi
    hukum menyampaikan …': 'selaku' (in the capacity of) presents the office even in lower case; the role runs to a
    mark, a place or the clause's verb (not a verb after 'yang', which describes the post)."""
    taken = {(m.start, m.end) for m in known}
    found: list[OfficialMention] = []
    n = len(tokens)
    for match in SERVING_AS_HOLDER.finditer(text):  # "Irna sebagai bupati yang saat ini masih menjabat": the
        title = TITLE_RE.match(text, match.end())  # office held now, its place the article's
        named = _name_before(text, tokens, match.end()) if title else None
        if named and (named[1], named[2]) not in taken and "\n" not in text[named[2]:match.end()]:
            taken.add((named[1], named[2]))
            found.append(OfficialMention(name=named[0], role=title.group(0), regency=None, start=named[1], end=named[2],
                                         role_start=title.start(), province=_province_in_role(title.group(0))))
    for match in SERVING_AS_LOWERCASE.finditer(text):
        title = TITLE_RE.match(text, match.end())
        if not title:
            continue
        named = _name_before(text, tokens, match.end())
        if not named or (named[1], named[2]) in taken or "\n" in text[named[2]:match.end()]:
            continue
        first, _, rest = named[0].partition(" ")
        if rest and first.lower() in SAYING_WORDS:  # "”Ujar Saharullah selaku …": the verb title case opened with
            named = (rest, named[2] - len(rest), named[2])
        k = _token_index_at(tokens, title.end())
        role_end, place_code, provincial = title.end(), None, None
        while k < n and k - _token_index_at(tokens, title.end()) < 10:
            token = tokens[k]
            if token.is_punct or "\n" in text[role_end:token.start]:
                break
            if (SUBJECT_VERB.match(token.text) or token.word in SAYING_WORDS) and tokens[k - 1].word != "yang":
                break
            code, province, after = _place_after(tokens, k)
            if code or province:
                place_code, provincial = code, province
                break
            role_end = token.end
            k += 1
        role = re.sub(r"\s+", " ", text[title.start():role_end])
        if title["head"] and role_end == title.end() or any(w.lower() in NOT_A_PUBLIC_POST or w in CIVIL_SOCIETY_BODIES
                                                             for w in role.split()):
            continue  # "selaku ketua" alone says no office; "selaku ketua tim pemenangan": a campaign's post
        national = bool(NATIONAL_OR_PROVINCIAL.search(_capitalised_words(role))) or bool(provincial)
        found.append(OfficialMention(name=named[0], role=role, regency=None if national else place_code,
                                     start=named[1], end=named[2], role_start=title.start(), place_code=place_code,
                                     national=national, province=provincial or _province_in_role(role)))
    return found


BODILESS_DIVISION = re.compile(r"(?i)^(?:" + COORDINATOR + r"|koo?rdiv|divisi|ketua\s+divisi)\b")


def _stacked_member_titles(text: str, mentions: list[OfficialMention]) -> None:
    """'Anggota Bawaslu Provinsi Kalimantan Tengah, Koordinator Divisi Pencegahan, …, Hj. Siti Wahidah': a body's
    office with its place, then after a comma the division the holder leads: the office is the role and sets the
    place; the division is her portfolio within it. Read by finding the holder again with the division left out."""
    for mention in mentions:
        if not mention.role or mention.role_start is None or not BODILESS_DIVISION.match(mention.role) \
                or any(_election_body(Token(w, 0, 0)) for w in mention.role.split()) \
                or not re.search(r"\w,\s*$", text[max(0, mention.role_start - 3):mention.role_start]):
            continue
        window_start = max(0, mention.role_start - 120)
        opening = max(text.rfind("\n", window_start, mention.role_start), text.rfind(". ", window_start, mention.role_start))
        window_start = opening + 1 if opening >= 0 else window_start
        prefix = text[window_start:mention.role_start]
        if not re.search(r"\b(?:Anggota|Komisioner|Ketua)\s", prefix):
            continue
        joined = prefix + text[mention.start:mention.end]
        for office in find_officials(joined, tokenize(joined)):
            if office.name == mention.name and office.role and office.role_start is not None \
                    and any(_election_body(Token(w, 0, 0)) for w in office.role.split()):
                mention.role, mention.regency, mention.place_code = office.role, office.regency, office.place_code
                mention.national, mention.province = office.national, office.province
                mention.role_start = window_start + office.role_start
                break


def _place_bodiless_divisions(mentions: list[OfficialMention]) -> None:
    """A division's coordinator named without the body or its place ("Koordinator Divisi Penindakan Pelanggaran,
    Ansharullah") sits in the body the article named before, at its level: the place of the last earlier office of a
    KPU or Bawaslu ("Ketua Bawaslu Sulawesi Barat, Sulfan Sulo"), not the article's most mentioned regency."""
    for index, mention in enumerate(mentions):
        if not mention.role or not BODILESS_DIVISION.match(mention.role) or mention.place_code or mention.province \
                or mention.national or any(_election_body(Token(w, 0, 0)) for w in mention.role.split()):
            continue
        earlier = [m for m in mentions[:index] if m.role and (m.role_start or 0) < (mention.role_start or 0)
                   and any(_election_body(Token(w, 0, 0)) for w in m.role.split())]
        if earlier:
            body = earlier[-1]
            mention.regency, mention.place_code = body.regency, body.place_code
            mention.national, mention.province = body.national, body.province


# Titles one person holds at a time: the names after their holder are other people, not co-holders.
SINGLE_HOLDER_TITLE = re.compile(r"(?i)^(?:(?:pj\.?|plt\.?|plh\.?|pjs\.?|penjabat|wakil)\s+)*(?:bupati|wali\s?kota|walikota|"
                                 r"gubernur|ketua|sekda|sekretaris\s+daerah|camat|lurah|kepala(?:\s+desa)?|kades|"
                                 r"kapolres|kapolda|kapolsek|dandim|danrem|kajari|kajati|menteri|presiden|direktur|"
                                 r"sekretaris|sekertaris)$")
MEMBER_TITLE = re.compile(r"(?i)^(?:anggota|komisioner|anggota\s+komisioner)$")


CANDIDATE_BEFORE = re.compile(r"(?i:\b(?:paslon|pasangan(?:[ \t]+calon)?|calon|kandidat))"
                              r"(?:[ \t]+nomor(?:[ \t]+urut)?[ \t]+\d+)?,?[ \t]+$")
ELECT_AFTER_TITLE = re.compile(r"(?:[ \t]+[A-Z][\w.-]*){0,3}[ \t]+terpilih\b")
LIST_INTRODUCED = re.compile(r"yang[ \t]+(?:hadir|datang|dilantik|ditetapkan|terpilih|bertugas)[ \t]+"
                             r"(?:terdiri[ \t]+(?:dari|atas)|yakni|yaitu|adalah|antara[ \t]+lain|masing-masing)"
                             r"[ \t]*[:,]?[ \t]*(?=[A-Z])")


def _listed_names(text: str, tokens: list[Token], i: int) -> list[tuple[str, int, int]]:
    """Further holders of one members' title: ', Siti Aminah dan Bambang Susilo' after the first name. Only a list
    closed by 'dan'/'serta' counts: 'Anggota KPU X, A, kata B' is not a list."""
    names: list[tuple[str, int, int]] = []
    n = len(tokens)
    closed = False
    while i < n and len(names) < 8 and not closed:
        i = _token_index_at(tokens, _skip_degrees(text, tokens[i - 1].end)) if i > 0 else i
        while i < n and tokens[i].word in DEGREE_WORDS and i + 1 < n and tokens[i + 1].word in (",", "dan", "serta",
                                                                                                *DEGREE_WORDS):
            i += 1  # "Steffen Linu SS MAP dan Irvan Dokal": degrees written without their comma
        if i < n and tokens[i].text == ",":
            i += 1
        if i < n and tokens[i].word in ("dan", "serta"):
            closed = True
            i += 1
        elif not names and not (i > 0 and tokens[i - 1].text == ","):
            return []
        found = _name_at(tokens, i) if i < n else None
        if not found:
            return []
        names.append((found[0], found[1], found[2]))
        i = found[3]
    return names if closed else []


def _trailing_province(role: str) -> tuple[str, str] | None:
    """(province code, role without it) when the role ends with a province's name or short form."""
    g = gazetteer()
    words = role.split()
    for width in (3, 2, 1):
        if len(words) > width:
            code = g.province_by_name.get(key(" ".join(words[-width:])))
            if code and words[-width][:1].isupper():
                return code, " ".join(words[:-width])
    return None


def _province_in_role(role: str) -> str | None:
    """'Sekda Provinsi Kalimantan Tengah', 'Kanwil Kemenkumham Kepri': a province the title itself names."""
    g = gazetteer()
    words = role.replace(".", " ").split()
    for width in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - width, -1, -1):
            code = g.province_by_name.get(key(" ".join(words[start:start + width])))
            if code and words[start][:1].isupper():
                return code
    return None


# A village named with its kind ("Desa Sumberagung", "Nagori Bandar Maruhur"): the text's own list of villages.
VILLAGE_KINDS = ("Desa", "Kelurahan", "Kalurahan", "Dusun", "Gampong", "Kampung", "Nagari", "Nagori", "Pekon",
                 "Banjar", "Lembang", "Negeri", "Tiyuh", "Jorong", "Kepenghuluan")
VILLAGE = re.compile(r"\b(?:" + "|".join(VILLAGE_KINDS) + r")\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)")
VILLAGE_SCAN = Prescan(VILLAGE)


def _after_village_name(found, tokens: list[Token], villages: set[str]):
    """After a village head's title, the village's name is not the holder's: 'Kepala Desa Teluk Pambang, membantah'
    (the holder stands before the title) or 'Kepala Desa Sumberagung Rohmat' where the text names Desa Sumberagung."""
    name, start, end, after = found
    words = name.split()
    if words[0] in VILLAGE_KINDS:
        return None
    n = len(tokens)
    index = _token_index_at(tokens, start)
    area_before = any(index - w >= 0 and _kecamatan_width(tokens, index - w) == w for w in (1, 2, 3))
    if after < n and tokens[after].text == "," and (after + 1 >= n or not tokens[after + 1].is_capitalised) \
            and not area_before:  # ("Camat Montallat Arson, tentang …": the known kecamatan stood before the name)
        return None  # the capitalised words ran up to a comma with no name after it: they name the village
    for width in (2, 1):
        if (len(words) > width or len(words) == width == 1) and key(" ".join(words[:width])) in villages:
            # the holder may follow a one-word village ("Dalung I Made Sukadana": 'I' opens a Balinese name, not
            # this run of capitals); two words may be the village's or the village and a one-word holder's
            index = _token_index_at(tokens, start)
            rest = _name_at(tokens, index + width)
            return rest if rest and rest[1] >= start else None
    return found


def area_regencies(place_text: str) -> set[str]:
    """Every regency the place after a Camat's or village head's title can be in: regencies with a kecamatan of
    that name ('Kubu' is in Karangasem, Kubu Raya, Rokan Hilir ...), and a regency of that name itself."""
    g = gazetteer()
    words = [w for w in re.findall(r"[A-Z][\w'’-]*", place_text) if w not in ("Kecamatan", "Kec", "Desa", "Kelurahan")]
    found: set[str] = set()
    for width in (3, 2, 1):
        for start in range(0, len(words) - width + 1):
            k = key(" ".join(words[start:start + width]))
            found.update(code.rsplit(".", 1)[0] for code in g.kecamatan_by_bare.get(k, ()))
            found.update(g.regency_by_bare.get(k, ()))
    return found


def _kecamatan_width(tokens: list[Token], i: int) -> int:
    g = gazetteer()
    for width in range(4, 0, -1):
        words = tokens[i:i + width]
        if len(words) == width and all(t.is_capitalised and not t.is_punct for t in words):
            if key(" ".join(t.word for t in words)) in g.kecamatan_by_bare:
                return width
    return 0


def _holder_after_areas(tokens: list[Token], j: int):
    """The holder after a kecamatan and the regency it lies in, each with its kind ("Kecamatan Gedong Tataan,
    Kabupaten Pesawaran Dedi Erhandi", "Kabupaten Pesawaran, Dedi Erhandi"): (name match, regency code or None,
    whether a kecamatan was named)."""
    n = len(tokens)
    code, kinds, kecamatan = None, 0, False
    if j < n and tokens[j].word.capitalize() in ("Kecamatan", "Kec"):
        width = _kecamatan_width(tokens, j + 1)
        if not width:
            return None
        code = _kecamatan_regency(tokens, j + 1, j + 1 + width) or None
        j, kinds, kecamatan = j + 1 + width, 1, True
        j += j < n and tokens[j].text == ","
    if j < n and tokens[j].word.capitalize() in ("Kabupaten", "Kab", "Kota"):
        place, _, after_place = _place_after(tokens, j)
        if not place or (code and place != code):
            return None
        code, j, kinds = place, after_place, kinds + 1
        j += j < n and tokens[j].text == ","
    if not kinds or j >= n or (kinds == 1 and code is None):
        return None
    holder = _name_at(tokens, j)
    if not holder or holder[0].split()[0] in AREA_HIERARCHY or holder[0].split()[0] in VILLAGE_KINDS:
        return None
    g = gazetteer()
    if key(holder[0]) in g.regency_by_bare or key(holder[0]) in g.province_by_name:
        return None  # "Kecamatan Bukit Kecil, Palembang, mengatakan": the city the kecamatan lies in, no holder
    return holder, code, kecamatan


def _kecamatan_regency(tokens: list[Token], i: int, j: int) -> str | None:
    """The regency of a kecamatan named in tokens[i:j] when the list knows it under one regency only."""
    g = gazetteer()
    words = [t for t in tokens[i:j] if not t.is_punct and t.word not in ("Kecamatan", "Kec", "Desa", "Kelurahan")]
    for width in range(min(4, len(words)), 0, -1):
        for start in range(0, len(words) - width + 1):
            codes = g.kecamatan_by_bare.get(key(" ".join(t.word for t in words[start:start + width])))
            if codes:
                regencies = {c.rsplit(".", 1)[0] for c in codes}
                return regencies.pop() if len(regencies) == 1 else ""
    return None


UNIT_HEAD_IN_COMMAND = re.compile(r"^((?:Kasat|Kanit|Kasi|Kaur|Panit)\s+[A-Z][\w]*)\s+(?:Polres|Polresta|Polrestabes|Polsek|Polda)\b.*$")


def _short_role(role: str, match, text: str, tokens: list[Token]) -> str:
    """'Penjabat (Pj) Bupati' → 'Pj Bupati'; 'Sekretaris Daerah (Sekda)' keeps the title as written."""
    role = re.sub(r"(?i)^(Penjabat|Pejabat|Pelaksana\s+Tugas|Pelaksana\s+Harian)\s*\((Pj|Plt|Plh)(\.?)\)\s*", r"\2\3 ", role)
    # "Kasat Reskrim Polres Gowa", "Kanit Reskrim Polsek Kulisusu": the unit's head, short, without the command the
    # unit belongs to (the command is where the office is)
    return UNIT_HEAD_IN_COMMAND.sub(r"\1", role)


# "calon Bupati", "mantan Wali Kota", "Calon Bupati dan Wakil Bupati": candidates and former holders hold no office;
# "Pemilihan Bupati", "pencalonan Gubernur": the election of an office names the office, no holder.
NOT_AN_OFFICE_BEFORE = re.compile(
    r"(?i:\b(?:calon|cabup|cawabup|bakal[ \t]+calon|balon|mantan|eks|bekas|kandidat|paslon|pemilihan|pencalonan|forum)"
    r"(?:[ \t]+\([^()\n]{1,12}\))?[ \t]+"  # "Pasangan calon (paslon) bupati": the short form glossed between
    r"(?:(?:bupati|wali[ \t]?kota|gubernur)(?:[ \t]+(?:dan|&)[ \t]+|[ \t]*[-–/][ \t]*))?)$"
)
INVERTED_LINK = re.compile(r"(?:,?\s+(?:yang\s+)?(?:juga|kini|saat\s+ini|merupakan|adalah|ialah|akan|telah|sudah)\s+(?:menjabat\s+(?:sebagai\s+)?)?|"
                           r"\s+(?:menjabat|dilantik|ditunjuk)\s+(?:sebagai\s+|menjadi\s+)?|"
                           r",\s*(?:salah\s+(?:seorang|satu)\s+)?|,?\s+selaku\s+|,?\s+sebagai\s+|,?\s+(?:misalnya|contohnya|umpamanya),?\s+|\s+\((?:(?i:petahana|incumbent|yang\s+juga|kini)\s+)?)$")


CLOSES_APPOSITIVE = {",", ".", ")", ";", ":"}
REPRESENTATIVE_BEFORE = re.compile(r"(?:^|[\s,(])(?P<word>[Pp]erwakilan)\s+(?:dari\s+)?$")
SERVES_AS_BEFORE = re.compile(r"\b(?:sebagai|selaku)\s+$")
LEGISLATURES = frozenset({"DPR", "DPD", "MPR", "DPRD", "DPRK", "DPRA"})
AUXILIARIES = frozenset({"sudah", "telah", "akan", "juga", "pun", "masih", "sedang", "tengah", "pernah", "tidak"})
SUBJECT_VERB = re.compile(r"^(?:me|mem|men|meng|meny|ber)[a-z]{3,}$")


def _lowercase_title_is_appositive(text: str, tokens: list[Token], title_start: int, i: int) -> bool:
    """'Sutrisno, kepala desa setempat, ...' presents an office; 'Menurut Udi, kepala desa termasuk pejabat ...'
    starts what Udi says, with 'kepala desa' a generic noun: a lowercase title after a name's comma is an office
    only when nothing but its place and a closing mark (or 'setempat', 'itu') follows it."""
    n = len(tokens)
    limit = i + 5
    while i < n and i < limit and (tokens[i].word in ("setempat", "itu", "tersebut", "ini") or tokens[i].is_capitalised
                                   and not tokens[i].is_punct or tokens[i].word in ("perwakilan", "dapil") and i + 1 < n
                                   and tokens[i + 1].is_capitalised):
        if i > 0 and "\n" in text[tokens[i - 1].end:tokens[i].start]:
            return True  # "…, ketua Bawaslu Kalsel.\n\nUntuk itulah …": the paragraph ended with the place
        i += 1  # "kepala desa Sumberagung,": the village's name; "anggota DPD perwakilan Jambi": the one it represents
    while i < n and tokens[i].word in AUXILIARIES:
        i += 1  # "anggota DPD perwakilan Jambi ini sudah menjatuhkan …": the verb after its auxiliary
    if i < n and SUBJECT_VERB.match(tokens[i].text) and any(
            t.word in KNOWN_BODIES or t.word.upper() in LOWERCASE_BODIES or t.word in LEGISLATURES
            for t in tokens[_token_index_at(tokens, title_start):i]):
        return True  # "Abdul Rahim, anggota Bawaslu Merangin menyampaikan ...": a body's office, then the verb
    if i < n and i > 0 and "\n" in text[tokens[i - 1].end:tokens[i].start]:
        return True  # "…, ketua Bawaslu Kalsel.\n\n“Selain …": the paragraph ended with the place
    return i >= n or tokens[i].text in CLOSES_APPOSITIVE


SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|\n|[.!?”\"][ \t]+)")


def _name_opening_sentence_before(text: str, tokens: list[Token], title_start: int) -> tuple[str, int, int] | None:
    """A sentence that opens with a name and then, with no comma, a body's office in lower case: "Elan Reinwardt
    anggota KPU Kabupaten Tebo Divisi Hukum …, ketika dikonfirmasi menjelaskan" presents the office's holder."""
    if title_start < 2 or text[title_start - 1] not in " \t":
        return None
    window_start = max(0, title_start - 60)
    opens = None
    for opens in SENTENCE_OPENS_BEFORE.finditer(text, window_start, title_start):
        pass  # the last sentence opening before the title
    if opens is None:
        return None
    start = opens.end()
    words = text[start:title_start].split()
    if not 2 <= len(words) <= 4 or any(not NAME_WORD.match(w) or w in NOT_NAME or w in ORG_WORDS or w in HONORIFICS
                                        or is_affixed_word(w) or _is_title_word(w) for w in words):
        return None
    i = _token_index_at(tokens, title_start)
    if not any(t.word in KNOWN_BODIES or t.word.upper() in LOWERCASE_BODIES for t in tokens[i:i + 4]):
        return None
    if _is_place_words(tokens[_token_index_at(tokens, start):i]):
        return None
    name = " ".join(words)
    return name, start, start + len(name)


def _name_part_before(token: Token) -> bool:
    """A name's word or initial, as the word before an initial inside the name ("Herwyn J. H. Malonda")."""
    return (bool(re.fullmatch(r"[A-Z]\.", token.text)) or bool(NAME_WORD.match(token.word))) \
        and token.word not in HONORIFICS and token.word not in NOT_NAME and not _is_title_word(token.word)


def _bodys_province(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a province named after a body or after "Provinsi" ("BPKAD Provinsi Sulteng")."""
    before = tokens[i - 1].word if i > 0 else ""
    return (before in ("Provinsi", "Prov") or before in KNOWN_BODIES or before in ORG_WORDS
            or before.isupper() and len(before) > 1) and key(tokens[i].word) in gazetteer().province_by_name


def _name_before(text: str, tokens: list[Token], title_start: int) -> tuple[str, int, int] | None:
    """'Teguh Narutomo, Pj Bupati Jombang' / 'Herson selaku Pj Bupati': the name that stands before the title."""
    before = text[max(0, title_start - 120):title_start]
    link = INVERTED_LINK.search(before)
    if not link:
        return None
    name_end = title_start - (len(before) - link.start())
    name_end = _strip_trailing_degrees(text, name_end)
    name_end = _before_dotted_degree(tokens, name_end)
    name_end = _before_bracket(text, name_end)
    # walk back over name words
    i = _token_index_at(tokens, name_end) - 1
    words: list[Token] = []
    while i >= 0 and len(words) < 5:
        token = tokens[i]
        if token.is_punct:
            break
        is_initial = bool(re.fullmatch(r"[A-Z]\.", token.text)) or token.text in SHORT_NAME_ABBREVIATIONS or (
            bool(words) and abbreviated_name_part(token.text, words[0].text)) or (
            bool(words) and re.fullmatch(r"[A-Z]", token.text) is not None)  # "M Syukur misalnya anggota DPD …"
        if words and token.text in NAME_PARTICLES and i > 0 and NAME_WORD.match(tokens[i - 1].word):
            words.insert(0, token)  # "Ahmad bin Abdullah, Kepala Desa ..."
            i -= 1
            continue
        if not is_initial and (not NAME_WORD.match(token.word) or token.word in NOT_NAME or token.word in ORG_WORDS
                               or is_affixed_word(token.word) or _is_title_word(token.word)
                               or token.word.lower() in SAYING_WORDS  # "”Ujar Saharullah selaku ketua …"
                               or "-" in token.word and token.word.split("-", 1)[0] in NOT_NAME):
            break
        if token.text.endswith(".") and not is_initial and words:
            break  # "kata Hermawan. Putut Winarno, Kepala ...": the dot ends the previous sentence
        if token.word in HONORIFICS and not (is_initial and words and i > 0 and _name_part_before(tokens[i - 1])):
            break  # (but "Herwyn J. H. Malonda": an initial between the name's words, not Haji)
        if words and _bodys_province(tokens, i):
            break  # "Kepala BPKAD Provinsi Sulteng Bahran, SE sebagai …": the body's province, then the name
        words.insert(0, token)
        i -= 1
    g = gazetteer()
    if words and "-" in words[0].text:
        place, _, rest = words[0].text.partition("-")
        if (key(place) in g.province_by_name or key(place) in g.regency_by_bare) and rest[:1].isupper():
            words[0] = Token(rest, words[0].start + len(place) + 1, words[0].end)  # "Jakarta-Christian ...": a dateline
    if not words or (len(words) == 1 and (len(words[0].word) < 3 or words[0].word in ORDINAL_WORDS)):
        return None  # (an ordinal alone opens a list's item: "Kedua, Pejabat Daerah …")
    if i >= 1 and tokens[i].word in HONORIFICS and tokens[i - 1].word in HOSPITALS:
        return None  # "RSD Kol Abundjani Bangko, Sekretaris KPU": the person a hospital is named for
    if i >= 0 and tokens[i].text == "/" and tokens[i].end == words[0].start:
        return None  # "Dandim Kodam XII/Tpr, pjs. Wali Kota": a unit's designation before the next office
    if i >= 0 and tokens[i].word.lower() in ("redaksi", "media", "portal", "koran", "harian"):
        return None  # "Melalui rilisnya ke Redaksi Sinjai Info, Ketua Panwaslu …": the outlet's name
    if _is_place_words(words):
        return None  # "Di Boalemo, Bupati Boalemo hadir": the place before the comma is not the holder
    if i >= 0 and not tokens[i].is_punct and tokens[i].is_capitalised and tokens[i].word not in HONORIFICS \
            and tokens[i].word not in NOT_NAME and not tokens[i].text.endswith(".") \
            and tokens[i].word.lower() not in SAYING_WORDS and not _bodys_province(tokens, i):
        return None  # part of a longer capitalised phrase we do not understand
    if i >= 0 and not tokens[i].is_punct and tokens[i].word not in HONORIFICS and (
            tokens[i].word in KNOWN_BODIES or tokens[i].word.isupper() and tokens[i].word in NOT_NAME) \
            and "\n" not in text[tokens[i].end:words[0].start]:
        return None  # "Ketua DPRD Nikman, Kajari Susilo": the name is the holder of the office before it
    if "\n" in text[words[-1].end:title_start]:
        return None  # the name ends a paragraph the title does not belong to
    gloss = BRACKETED_TITLE.match(text, title_start)
    if len(words) == 1 and text[words[-1].end:title_start].strip() == "(" and gloss and TITLE_RE.fullmatch(gloss[1]):
        return None  # "Deklarasi Netralitas Pambakal (Kepala Desa)": a local title glossed by the general one, no name
    name = " ".join(t.text for t in words).rstrip(".")
    return name, words[0].start, words[-1].end


BRACKETED_TITLE = re.compile(r"([^()\n]{2,40}?)\s*\)")
SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?]\s+|[–—]\s*|\b(?:[Ss]ementara(?:\s+itu)?|[Dd]i\s+tempat\s+yang\s+sama),?\s+)$")


def _sentence_subject_before(text: str, tokens: list[Token], title_start: int) -> tuple[str, int, int] | None:
    """'Mustarin Humagi anggota Bawaslu Sulut menyampaikan ...': the subject of a sentence, its office written after
    it in lower case with no comma; only a name that opens the sentence (a name inside it may be the object)."""
    found = _name_straight_before(text, tokens, title_start)
    if not found or not SENTENCE_OPENS.search(text[max(0, found[1] - 40):found[1]]):
        return None
    return found


def _name_straight_before(text: str, tokens: list[Token], title_start: int) -> tuple[str, int, int] | None:
    """A name of two words or more written straight before a title, with no comma between."""
    if not re.search(r"[A-Za-z]\s+$", text[max(0, title_start - 3):title_start]):
        return None
    found = _name_before(text[:title_start].rstrip() + ", ", tokens, len(text[:title_start].rstrip()) + 2)
    return found if found and len(found[0].split()) >= 2 else None


AGENT_MARK = re.compile(r"(?<![\w-])oleh[ \t]+$")


def _agent_before(text: str, tokens: list[Token], title_start: int) -> tuple[str, int, int] | None:
    """'Rapat Pleno yang dipimpin oleh Henri Marudin Pardosi Ketua KPUD Kabupaten Toba': the agent after 'oleh', its
    office written straight after the name with no comma."""
    found = _name_straight_before(text, tokens, title_start)
    if not found or not AGENT_MARK.search(text, max(0, found[1] - 10), found[1]):
        return None
    return found


def _before_bracket(text: str, end: int) -> int:
    """The end of a name followed by a bracket before its title: its age, origin or other post ("Supriyono (mantan
    Wakil Bupati Banyuasin) yang akan menjabat sebagai", "Rohmat (52), Kepala Desa Sumber")."""
    stripped = text[:end].rstrip()
    if not stripped.endswith(")"):
        return end
    opening = stripped.rfind("(", max(0, len(stripped) - 100))
    if opening < 0 or ")" in stripped[opening:-1] or "\n" in stripped[opening:]:
        return end
    return len(stripped[:opening].rstrip())


TRAILING_DEGREES = re.compile(r"(?:,\s*(?:(?:[A-Z][A-Za-z]{0,4}\.)+(?:[A-Z][A-Za-z]{0,4})?|(?:"
                              + "|".join(sorted(DEGREE_WORDS, key=len, reverse=True)) + r")\b"
                              # ", M,Si": a degree's dot typed as a comma
                              r"|[SMD],(?:Si|Sos|H|Pd|E|M|IP|T|Kom|AP|Hum|Ag|Kes|Ked|Sc|Pi|P|Ak|Psi)\b))+\s*$")


def _before_dotted_degree(tokens: list[Token], end: int) -> int:
    """The end of a name before its degrees written with no comma ("Idhar S.Sos selaku …", "Budi Santoso SH MH
    selaku …"), dotted or not."""
    after = _token_index_at(tokens, end)
    while after > 1:
        k = next((k for k in range(max(1, after - 3), after) if tokens[k].text[:1].isupper()
                  and _degree_end(tokens, k) == after and not tokens[k - 1].is_punct), None)
        if k is None:
            break
        after = k
    return tokens[after - 1].end if after < _token_index_at(tokens, end) else end


def _strip_trailing_degrees(text: str, end: int) -> int:
    """The end of a name before ", S.E., M.M.": looked for in the 120 characters before `end`, not the whole text
    (the whole prefix made every inverted title cost the length of the text before it)."""
    window_start = max(0, end - 120)
    degrees = TRAILING_DEGREES.search(text, window_start, end)
    return degrees.start() if degrees else end


def _clean_role(role: str) -> str:
    role = re.sub(r"(?<!Wali)(?<!Wakil Wali)\s+(?:Kabupaten|Kab\.?|Kota|Provinsi)$", "", role)
    role = re.sub(r"(?<!Panwaslu)(?<!Panwaslih)\s+(?:Kecamatan|Kec\.?)$", "", role)  # "Ketua PPK Kecamatan" -> "Ketua PPK"
    role = re.sub(r"\s+(?:Setdakab|Setdakot|Setda|Setdaprov|Setkab|Setkot|Pemkab|Pemkot|Pemprov)$", "", role)
    # the country is the place of a national office, and a role is written without its place ("Ketua Bawaslu RI",
    # "Ketua KPU Republik Indonesia (RI)" -> "Ketua Bawaslu", "Ketua KPU", as "Ketua KPU Jatim" -> "Ketua KPU")
    role = re.sub(r"(?<=\S)\s+(?:RI|Republik\s+Indonesia(?:\s*\(RI\))?)$", "", role)
    role = re.sub(r"\s+pada(?=\s+\S+$)", "", role)  # "Koordinator Divisi Humas pada Bawaslu" -> "... Humas Bawaslu"
    last = role.rsplit(" ", 1)[-1]
    if last in KNOWN_BODIES or last.upper() in LOWERCASE_BODIES:
        role = re.sub(r",\s+(?=\S+$)", " ", role)  # "Koordinator Divisi Pencegahan, Bawaslu": the comma of a place dropped
    role = re.sub(r"(?<=\w{4})\.$", "", role)  # "komisioner Bawaslu.": the sentence's full stop, not an abbreviation's
    return role.strip(" ,")


def merge_officials(mentions: list[OfficialMention], confirmed_text: str | None = None) -> list[OfficialMention]:
    """One entry per person: short forms ("Teguh") join the fullest form ("Teguh Narutomo")."""
    people: list[OfficialMention] = []
    own_title: set[int] = set()
    for mention in sorted(mentions, key=lambda m: -len(m.name)):
        norm = _norm(mention.name)
        for person in people:
            pnorm = _norm(person.name)
            if norm == pnorm or _is_short_form(norm, pnorm) or spelling_key(norm) == spelling_key(pnorm):
                person.forms.append(mention.name)
                if person.role is None and mention.role or _acting_executive(mention.role) and not _acting_executive(person.role) \
                        or person.listed and mention.role and not mention.listed and id(person) not in own_title:
                    person.role, person.regency, person.province = mention.role, mention.regency, mention.province
                    if person.listed and not mention.listed:
                        own_title.add(id(person))  # a title of the person's own over one shared by a list
                break
        else:
            mention.forms = [mention.name]
            people.append(mention)
    by_prefix: dict[str, list[OfficialMention]] = {}  # the longer words' prefixes, so each look-up reads one list
    for person in people:
        if " " in person.name:
            for part in set(_norm(person.name).split()):
                for end in range(4, min(len(part), 24)):
                    by_prefix.setdefault(part[:end], []).append(person)
    people = [person for person in people if not _joins_clipped(person, by_prefix)]
    people = _join_misspelt(people)
    people.sort(key=lambda m: m.start)
    return people


def _join_misspelt(people: list[OfficialMention]) -> list[OfficialMention]:
    """One holder of one office whose name the article misspells once ("Ketua KPU Kapuas Deden Firmansyah", then
    "Ketua KPU Kapuas, Deden Fiemansyah"): one person, under the spelling seen first, unless the other is seen more.
    Only a long word of a name of two words or more, the rest equal, with the same role and place."""
    kept: list[OfficialMention] = []
    for person in sorted(people, key=lambda m: m.start):
        words = _norm(person.name).split()
        for other in kept:
            other_words = _norm(other.name).split()
            if len(words) < 2 or len(words) != len(other_words) or " ".join(_norm(person.role or "").split()) \
                    != " ".join(_norm(other.role or "").split()) \
                    or (person.regency, person.province) != (other.regency, other.province):
                continue
            differing = [(w, o) for w, o in zip(words, other_words) if w != o]
            if len(differing) == 1 and min(len(differing[0][0]), len(differing[0][1])) >= 5 \
                    and differing[0][0][:2] == differing[0][1][:2] and one_edit_apart(*differing[0]):
                if len(person.forms) > len(other.forms):
                    other.name = person.name
                other.forms.extend(person.forms)
                break
        else:
            kept.append(person)
    return kept



FULLER_WORD = re.compile(r"[ \t]+([A-Z][a-z'’]{2,})")  # within the line: a name never runs into the next paragraph
# Words that title case capitalises after a name and that no name is made of ("Kata X Kepada Wartawan").
FUNCTION_WORDS = {"kepada", "dengan", "untuk", "dari", "pada", "bersama", "dan", "yang", "saat", "usai", "ketika",
                  "dalam", "oleh", "atas", "bagi", "sebagai", "selaku", "serta", "juga", "akan", "sudah", "telah",
                  "tidak", "minta", "ajak", "imbau", "harap", "hadiri", "buka", "tinjau", "resmikan", "wartawan"}


def lower_words_of(text: str) -> set[str]:
    """The words a text writes in lower case: a word the article writes so is a common word, not a name's."""
    return set(re.findall(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])", text))


_WORD_CHARACTER = re.compile(r"\w")
_CLIPPED_TAIL = re.compile(r"([a-z]{1,2})?(?![\w])")


def _written_at(name: str, body: str):
    r"""Where body writes name as whole words, or with the one or two letters it clipped from its last word: the
    matches of (?<![\w])NAME([a-z]{1,2})?(?![\w]), found with str.find, since a pattern compiled for every name
    of every article overflowed re's cache and recompiled each time."""
    start = body.find(name)
    while start != -1:
        tail = None
        if not (start and _WORD_CHARACTER.match(body, start - 1)):
            tail = _CLIPPED_TAIL.match(body, start + len(name))
        if tail:
            yield tail
            start = body.find(name, tail.end())
        else:
            start = body.find(name, start + 1)


def fullest_forms(people: list[OfficialMention], body: str) -> None:
    """The spec's fullest form of each name, where the article writes it elsewhere: 'Richard Arnaldo' and, in the
    last paragraph, 'Richard Arnaldo Djanggola SE, MSA'; 'Dadi Sunarsya' and, in a list, 'Dadi Sunarsyah'. A name
    grown by whole name words (not a degree, a place, an office word) or, of two words or more, by the one or two
    letters the article clipped from its last word; one longer form only. Letters alone make a spelling, not a
    fuller name: they count only where that spelling comes first ('Nasrul Muhayyan', later 'Ujar Nasrul Muhayyang',
    stays as first written)."""
    g = gazetteer()
    common = lower_words_of(body) if people else set()
    for person in people:
        fuller: set[str] = set()
        written = list(_written_at(person.name, body))
        first_plain = next((match.start() for match in written if not match[1]), len(body))
        for match in written:
            if match[1] and " " not in person.name:
                continue  # (a one-word name grows by whole words only: "Hadi" is not "Hadir")
            name = person.name + (match[1] or "")
            end = match.end()
            while len(name.split()) < 6:
                word = FULLER_WORD.match(body, end)
                if not word or word[1] in NOT_NAME or word[1] in ORG_WORDS or word[1] in HONORIFICS or _is_title_word(word[1]) \
                        or word[1].lower() in FUNCTION_WORDS \
                        or (word[1].lower() in common and f"{name} {word[1].lower()}" not in body) \
                        or word[1] in DEGREE_WORDS or key(word[1]) in g.regency_by_bare \
                        or key(word[1]) in g.province_by_name or is_affixed_word(word[1]) \
                        or re.match(r"\w|-(?![A-Z])", body[word.end():word.end() + 2]):
                    break
                name, end = name + " " + word[1], word.end()
                if body[end:end + 1] == "-":
                    break  # "pasangan Agung Ilmu Mangkunegara-Budi Utomo": a candidate pair, the partner after it
            if name != person.name and (name.count(" ") > person.name.count(" ") or match.start() < first_plain):
                fuller.add(name)
        longest = {name for name in fuller if not any(other != name and other.startswith(name) for other in fuller)}
        if len(longest) == 1:
            person.forms.append(person.name)
            person.name = longest.pop()


def _joins_clipped(person: OfficialMention, by_prefix: dict[str, list[OfficialMention]]) -> bool:
    """A one-word name clipped from a word of exactly one fuller name ('Jones' for 'Novri Jonestama') is that person:
    joined to it (its forms added) and dropped."""
    word = _norm(person.name)
    if " " in word or len(word) < 4:
        return False
    fuller = {id(other): other for other in by_prefix.get(word, ())[:8]}
    if len(fuller) != 1:
        return False
    fuller = list(fuller.values())
    fuller[0].forms.extend(person.forms)
    if fuller[0].role is None and person.role:
        fuller[0].role, fuller[0].regency, fuller[0].province = person.role, person.regency, person.province
    return True


def misspelt_official(speaker: str | None, people: list[OfficialMention]) -> str | None:
    """The official a one-word speaker names with a typo ("tandas Saifud" after "Anggota Bawaslu Sulsel, Saiful
    Jihad") or another spelling ("Jeniffer" of "Jennifer Tabuni"): one letter changed, added or dropped, or the same
    spelling key, in a word of five letters or more, the first three kept, and the word close to one official only. The spec's speaker is the fullest form the article gives."""
    if speaker and " " in speaker.strip():
        return _misspelt_full_name(_norm(speaker).split(), people)
    if not speaker or len(speaker) < 5:
        return None
    word = _norm(speaker)
    close = {person.name for person in people for part in _norm(person.name).split()
             if len(part) >= 5 and part[:3] == word[:3] and (one_edit_apart(word, part)
                                                             or spelling_key(word) == spelling_key(part))}
    return close.pop() if len(close) == 1 else None


def first_spelling(speaker: str | None, text: str, before: int) -> str | None:
    """A speaker's name as the text first wrote it, where a later attribution spells it one letter apart
    ('Mansyur Pandang mengatakan …', then '”, tegas Mansyur Pondang'): the same words in the same order, one of
    five letters or more changed, added or dropped (its first kept), the others the same. Only one such
    earlier form."""
    if not speaker or " " not in speaker.strip():
        return None
    words = speaker.split()
    forms = set()
    for match in re.finditer(r"(?<![\w])" + re.escape(words[0]) + r"(?:\s+[A-Z][\w'’-]*){%d}" % (len(words) - 1),
                             text[:before]):
        written = match[0].split()
        changed = [(a, b) for a, b in zip(written, words) if a != b]
        if len(changed) == 1 and len(changed[0][1]) >= 5 and changed[0][0][0] == changed[0][1][0] \
                and one_edit_apart(changed[0][0].lower(), changed[0][1].lower()):
            forms.add(" ".join(written))
    return forms.pop() if len(forms) == 1 else None


def _misspelt_full_name(words: list[str], people: list[OfficialMention]) -> str | None:
    """'menurut Dudhi Udayana' after 'Ketua KPU Buleleng, Komang Dudhi Udiyana': the words of a speaker's name, in
    order, among one official's, each the same or one letter apart (a word of five letters or more, its first two
    kept), one of them exactly the same."""
    close = set()
    for person in people:
        parts = _norm(person.name).split()
        at, exact = 0, False
        for word in words:
            while at < len(parts) and not (parts[at] == word or len(word) >= 5 and parts[at][:2] == word[:2]
                                           and one_edit_apart(word, parts[at])):
                at += 1
            if at == len(parts):
                break
            exact = exact or parts[at] == word
            at += 1
        else:
            if exact:
                close.add(person.name)
    return close.pop() if len(close) == 1 else None


def _norm(name: str) -> str:
    return re.sub(r"[.,]", "", name).lower().strip()


# Spellings of one sound that Indonesian names are written in interchangeably ("Akhlis"/"Aklis", "Irfan"/"Irpan",
# "Djoko"/"Joko", "Soetomo"/"Sutomo", "Syarif"/"Sarif"): a name's key folds them, and doubled letters, together.
SPELLING_VARIANTS = (("kh", "k"), ("dj", "j"), ("tj", "c"), ("oe", "u"), ("sy", "s"), ("dz", "z"), ("ph", "p"),
                     ("th", "t"), ("dh", "d"), ("f", "p"), ("v", "p"), ("q", "k"))


@lru_cache(maxsize=8192)  # asked for every speaker a quote resolves, against every official of the article
def spelling_key(name: str) -> str:
    """The key under which spellings of one name meet: "Siti Akhlis Muafin" and "Siti Aklis Muafin" are one person."""
    folded = re.sub(r"[^a-z ]", "", _norm(name))
    for variant, plain in SPELLING_VARIANTS:
        folded = folded.replace(variant, plain)
    return re.sub(r"([a-z])\1+", r"\1", folded)


ACTING_EXECUTIVE = re.compile(r"(?i)^(?:pj|pjs|plt|plh|penjabat(?:\s+sementara)?|pelaksana\s+(?:tugas|harian))\.?\s+"
                              r"(?:wakil\s+)?(?:bupati|wali\s?kota|gubernur)$")


def _acting_executive(role: str | None) -> bool:
    """An acting regional executive's office ("Pjs Bupati"): the office the article presents the person in, over the
    post they hold besides (the spec's "Pj Bupati Jombang Teguh Narutomo" is a Pj Bupati, whatever his own post)."""
    return bool(role and ACTING_EXECUTIVE.match(role))


# Muhammad as names write it, abbreviated or not ("Muh Alwi" and "Muhammad Alwi" are one man)
MUHAMMAD_FORMS = {"muh", "moh", "moch", "mochd", "mohd", "muhd", "mhd", "muhamad", "muhammad", "mohammad", "mohamad",
                  "mochammad", "mochamad", "muchammad", "muchamad", "mokhammad"}


def _is_short_form(short: str, full: str) -> bool:
    short_words, full_words = short.split(), full.split()
    if len(short_words) > len(full_words):
        return False
    if len(short_words) < len(full_words) and all(w in full_words for w in short_words):
        return True
    # "M Zaki Aslam" or "Muh Zaki Aslam" for "Muhammad Zaki Aslam": the same words in order, initials (or an
    # abbreviation of Muhammad) standing for whole words
    k = 0
    abbreviated = False
    for word in short_words:
        while k < len(full_words) and not (full_words[k] == word or len(word) == 1 and full_words[k].startswith(word)
                                           and len(full_words[k]) > 1
                                           or word in MUHAMMAD_FORMS and full_words[k] in MUHAMMAD_FORMS):
            k += 1
        if k == len(full_words):
            return False
        abbreviated = abbreviated or full_words[k] != word
        k += 1
    return abbreviated and short_words[-1] == full_words[-1]


# "Sugeng Riyadi, yang kini menjabat Kepala Dinas Pendidikan, ..." / "..., kata Teguh yang juga Ketua ..."
ENTITY_ROLE_LINK = re.compile(r"^\s*,?\s*(?:yang\s+(?:kini\s+|saat\s+ini\s+|juga\s+)?(?:menjabat\s+(?:sebagai\s+)?|merupakan\s+|adalah\s+)|"
                              r"sebagai\s+|selaku\s+|\(|,\s*)$")


def officials_from_entities(text: str, tokens: list[Token], entities, known: set[tuple[int, int]]) -> list[OfficialMention]:
    """Officials from PERSON entities that stand next to a title (within the clause) the rules did not link."""
    found: list[OfficialMention] = []
    covered = [span for span in known]
    for start, end, name, label in entities:
        if label != "PERSON" or any(not (end <= s or start >= e) for s, e in covered):
            continue
        name = name.strip().rstrip(",.")
        if len(name) < 3 or name.split()[0] in NOT_NAME or name.split()[0] in ORG_WORDS:
            continue
        window = text[end:end + 60]
        for match in TITLE_RE.finditer(window):
            if not ENTITY_ROLE_LINK.match(window[:match.start()]):
                continue
            i = _token_index_at(tokens, end + match.end())
            if match["head"]:
                after = _org_after(tokens, i)
                if after == i:
                    break
                i = after
            role_end = tokens[i - 1].end if i > 0 else end + match.end()
            role = _clean_role(re.sub(r"\s+", " ", text[end + match.start():role_end]))
            code, provincial, _ = _place_after(tokens, i)
            national = bool(NATIONAL_OR_PROVINCIAL.search(_capitalised_words(role))) or bool(provincial)
            found.append(OfficialMention(name=name, role=role, regency=None if national else code, start=start,
                                         end=start + len(name), role_start=end + match.start(), place_code=code,
                                         national=national, province=provincial or _province_in_role(role)))
            break
    return found
