"""Citations of numbered legal instruments: UU, PP, Perpres, Permen, PKPU, SKB, SE, Perda, Putusan MK ..."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .prescan import Prescan

# Longer, more specific names first; the first kind whose pattern matches at a position wins.
KIND_PATTERNS: list[tuple[str, str]] = [
    ("SKB", r"(?i:surat\s+keputusan\s+bersama|keputusan\s+bersama|peraturan\s+bersama)|\bSKB\b"),
    # (with "UU" for the law, and "pengganti" as outlets mistype it: "penggati", "penganti")
    ("PERPPU", r"(?i:peraturan\s+pemerintah\s+peng(?:gan|ga|an)ti\s+(?:undang[\s-]*undang|uu\b))|(?i:\bperppu\b)"),
    ("PKPU", r"(?i:peraturan\s+(?:komisi\s+pemilihan\s+umum|kpu)\b)|\bPKPU\b"),
    ("PERBAWASLU", r"(?i:peraturan\s+(?:badan\s+pengawas\s+pemilihan\s+umum|bawaslu)\b)|(?i:\bperbawaslu\b)"),
    ("PERBKN", r"(?i:peraturan\s+(?:kepala\s+)?(?:badan\s+kepegawaian\s+negara|bkn)\b)|(?i:\bperka\s+bkn\b)"),
    ("PERPRES", r"(?i:peraturan\s+presiden)|(?i:\bperpres\b)"),
    ("PP", r"(?i:peraturan\s+pemerintah)|\bPP\b"),
    ("PERMEN", r"(?i:peraturan\s+menteri)|(?i:\bpermen[a-z]*\b)|\bPermen\s?PAN[\s-]?RB\b"),
    ("PERDA", r"(?i:peraturan\s+daerah)|(?i:\bperda\b)|(?i:\bqanun\b)"),
    ("PERKADA", r"(?i:peraturan\s+(?:bupati|wali\s*kota|gubernur|kepala\s+daerah))|(?i:\b(?:perbup|perwali|perwal|pergub|perkada)\b)"),
    ("PUTUSAN", r"(?i:\bputusan\b)"),
    ("SE", r"(?i:surat\s+edaran)|\bSE\b"),
    ("KEPUTUSAN", r"(?i:\b(?:surat\s+)?keputusan\b)|\b(?:SK|Kepmen[A-Za-z]*|Keppres|Kepres|Kepmendagri)\b"),
    # "Undang-undan nomor 34" (its last letter dropped), "Undang-Undangan Nomor 8" (an ending added); never the
    # "perundang-undangan" (legislation) of a longer word
    ("UU", r"(?i:(?<![a-z])undang[\s-]*undang?(?:an)?\b)|\bUU\b"),
    ("OTHER", r"(?i:\b(?:peraturan|ins?truksi|maklumat|inpres|telegram|surat\s+dinas|nota\s+dinas|surat\s+telegram|"
              r"juknis|petunjuk\s+teknis|juklak|petunjuk\s+pelaksanaan)\b)"
              # "surat Bawaslu Nomor 87/...": a body's letter, a numbered instrument when its number is composite
              r"|(?i:\bsurat)(?=\s+(?:[A-Z][A-Za-z]*\s+){1,4}(?i:Nomor|No\.?)\s*[:.]?\s*\d+/)"
              # "surat imbauan sekretariat daerah Pemkab Paser nomor: B/200.1.5.9/1675/Tapem/XII/2023": a letter
              # described at any length, its number a file reference of three parts or more (not an invitation's
              # or an announcement's, which instruct no one)
              r"|(?i:\bsurat)(?![^.\n;“”\"]{0,80}?(?i:undangan|pengumuman))"
              r"(?=[^.\n;“”\"]{1,120}?\s(?i:nomor|no\.?)\s*[:.]?\s*[0-9A-Za-z.\-]+/[0-9A-Za-z.\-]+/)"),
]
# Every kind's name starts with one of these letters; the lookahead skips other positions before the
# alternation is tried (the same matches, about 2.5 times faster).
KIND_FIRST_LETTERS = "skpquimtnjSKPQUIMTNJ"
KIND_RE = re.compile(f"(?=[{KIND_FIRST_LETTERS}])(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in KIND_PATTERNS) + ")")
KIND_SCAN = Prescan(KIND_RE)  # KIND_RE's matches, tried only where a kind's name can begin (its first letters)

NUMBER = r"(?P<number>[0-9A-Za-z][0-9A-Za-z./_\-]*[0-9A-Za-z]|\d)"  # "173/PHPU_Bup-XIII": a case number
ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
# A composite number that ends in a roman month with the year typed apart ("…/KPU-Kab./IX 2020"): the year is the number's.
YEAR_AFTER_MONTH = re.compile(r"\s(?P<year>(?:19|20)\d\d)\b(?![/.\-]\w)")
NOMOR = re.compile(r"\b(?i:Nomor|Nomer|No\.?|Nmr\.?)\s*[:.]?\s*" + NUMBER + r"(?:\s*,?\s*[Tt]ahun\s+(?P<year>(?:19|20)\d\d))?")
SHORT = re.compile(r"\s*(?P<number>\d{1,4})/(?P<year>(?:19|20)\d\d)\b")  # "UU 10/2016"
NUMBER_AND_NUMBER = re.compile(r"\s+(?:dan|&)\s+(?P<number>\d{1,4})\s*,?\s*(?:[Tt]ahun\s+)?(?P<year>(?:19|20)\d\d)\b(?![/.\-]\w)")
# "UU Nomor 7 2017": the year written straight after the number, its "Tahun" left out
YEAR_WITHOUT_TAHUN = re.compile(r"[ \t]+(?P<year>(?:19|20)\d\d)\b(?![/.\-]\w)")
SLASH_SPACE_YEAR = re.compile(r"\s?/\s+(?P<year>(?:19|20)\d\d)\b(?![/.\-]\w)")
NUMBER_SLASH_YEAR = re.compile(r"(?P<number>\d{1,4})/(?P<year>(?:19|20)\d\d)")
BARE_NUMBER = re.compile(r"\s+" + r"(?P<number>\d{1,4})\s+[Tt]ahun\s+(?P<year>(?:19|20)\d\d)\b")  # "PP 94 Tahun 2021"
ARTICLE = re.compile(r"\bPasal\s+\d+[A-Za-z]?(?:\s+ayat\s+\(?\d+\)?)?(?:\s+huruf\s+[a-z]\b)?")
ABOUT = re.compile(r"\s*,?\s*[Tt]entang\s+(?P<about>[^.;:\n“”\"(]+?)(?=\s*(?:[,.;:\n“”\"(]|\s+(?:yang|dan\s+(?:Surat|Peraturan|Undang))|$))")
LIST_JOIN = re.compile(r"\s*(?:,|;|dan|serta)?\s*(?:dan\s+)?")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?=[A-Z“\"])")
# Letters of an office, as opposed to instruments: "surat", "surat dinas", "nota dinas", "surat telegram".
LETTER = re.compile(r"(?i:surat(?:\s+(?:dinas|telegram))?|nota\s+dinas|telegram)")
MAX_GAP = 400  # characters between the instrument's name and its number (issuers can be long)


@dataclass(frozen=True)
class Citation:
    kind: str
    number: str
    year: int | None
    text: str
    article: str | None
    about: str | None
    start: int
    end: int
    number_start: int = 0
    number_end: int = 0


def normalise_number(raw: str) -> str:
    number = raw.strip().rstrip(".,-/").replace(" ", "")
    if number.isdigit():
        return str(int(number))
    return number.lower()


def _year_of(number: str, year: str | None) -> int | None:
    if year:
        return int(year)
    trailing = re.search(r"(?:[/.\-]|/(?i:" + ROMAN_MONTH + r"))((?:19|20)\d\d)$", number)
    return int(trailing.group(1)) if trailing else None


def _looks_like_number(number: str) -> bool:
    return any(ch.isdigit() for ch in number)


def find_regulations(text: str) -> list[Citation]:
    citations: list[Citation] = []
    kinds = [m for m in KIND_SCAN.finditer(text) if not _inside_number(text, m.start(), m.end())]
    for index, kind_match in enumerate(kinds):
        kind = kind_match.lastgroup
        after = kind_match.end()
        limit = min(len(text), after + MAX_GAP)
        if index + 1 < len(kinds):
            limit = min(limit, kinds[index + 1].start())
        end_of_sentence = SENTENCE_END.search(text, after)
        if end_of_sentence:
            limit = min(limit, end_of_sentence.start() + 1)
        items: list[tuple[str, str | None, int, int]] = []
        short = SHORT.match(text, after) or BARE_NUMBER.match(text, after) \
            or (DECREE_BARE_NUMBER.match(text, after) if kind_match.group(0) == "SK" else None)
        if short:
            items.append((short["number"], short["year"], short.start("number"), short.end()))
        else:
            position = after
            first = NOMOR.search(text, position, limit)
            if first and kind in ("UU", "PP", "SE", "KEPUTUSAN", "OTHER", "PUTUSAN") and first.start() - after > 120:
                first = None  # a generic word far from the number is not its name
            if first and kind == "OTHER" and re.search(r"[;“”\"]", text[after:first.start()]):
                first = None  # "sesuai juknis KPU RI dimana …, “Satu tabung berisi nomor 1-10": another clause's number
            match = first
            while match and _looks_like_number(match["number"]):
                number_raw, year_raw = match["number"], match["year"]
                shorthand = NUMBER_SLASH_YEAR.fullmatch(number_raw)
                if shorthand and not year_raw:  # "PKPU No. 8/2024" is "Nomor 8 Tahun 2024", as "UU 10/2016" is
                    number_raw, year_raw = shorthand["number"], shorthand["year"]
                item_end = match.end()
                slash_year = SLASH_SPACE_YEAR.match(text, item_end) if not year_raw and number_raw.isdigit() else None
                if slash_year:  # "No.28/ 2018": the short form "N/YYYY" with a space typed after its slash
                    year_raw, item_end = slash_year["year"], slash_year.end()
                tail = SPACED_TAIL.match(text, item_end) if not year_raw and re.search(r"\d[-/.]\d", number_raw) else None
                if tail:  # "Nomor 800-547 4 Tahun 2022": a digit typed apart from its composite number
                    number_raw, year_raw, item_end = number_raw + tail["tail"], tail["year"], tail.end()
                bare_year = YEAR_WITHOUT_TAHUN.match(text, item_end) if not year_raw and number_raw.isdigit() else None
                if bare_year:
                    year_raw, item_end = bare_year["year"], bare_year.end()
                second = NUMBER_AND_NUMBER.match(text, item_end) if not year_raw and number_raw.isdigit() else None
                if second:  # "Surat Edaran Bawaslu RI nomor 81 dan 92 Tahun 2024": two instruments, one year
                    items.append((number_raw, second["year"], match.start(), match.end()))
                    items.append((second["number"], second["year"], second.start("number"), second.end()))
                    break
                items.append((number_raw, year_raw, match.start(), item_end))
                if kind not in ("SKB",):
                    break
                joiner = LIST_JOIN.match(text, item_end)
                match = NOMOR.match(text, joiner.end()) if joiner else None
        if kind == "OTHER" and LETTER.fullmatch(text, kind_match.start(), kind_match.end()):
            bare_letter = kind_match.group(0).lower() == "surat"  # a letter with a bare number and no year ("surat Dinas
            # KPU RI nomor 232"): a file reference, not an instrument the reader can find; its own number is composite
            items = [item for item in items if "/" in item[0] or (item[1] and not bare_letter)]
        items = [(_spaced_composite(text, raw, end)[0], year, start, _spaced_composite(text, raw, end)[1])
                 for raw, year, start, end in items]
        if not items:
            continue
        name_start = kind_match.start()
        if index > 0 and re.fullmatch(r"\s*\(\s*", text[kinds[index - 1].end():kind_match.start()]):
            name_start = kinds[index - 1].start()  # "Peraturan Komisi Pemilihan Umum (PKPU) Nomor 2"
        # a joint decree's numbers share the one title written after the last ("Nomor 2 Tahun 2022, …, dan Nomor 30
        # Tahun 2022 tentang Pedoman …")
        shared_about = ABOUT.match(text, items[-1][3]) if len(items) > 1 else None
        for number_raw, year_raw, start, end in items:
            number = normalise_number(number_raw)
            if kind == "KEPUTUSAN" and len(items) > 1:
                kind = "SKB"
            about_match = ABOUT.match(text, end) or shared_about
            about = about_match["about"].strip() if about_match else None
            article = _article_near(text, name_start, end)
            citations.append(
                Citation(
                    kind=kind,
                    number=number,
                    year=_year_of(number, year_raw),
                    text=text[name_start:end] if len(items) == 1 else text[start:end],
                    article=article,
                    about=about,
                    start=name_start if len(items) == 1 else start,
                    end=end,
                    number_start=start,
                    number_end=end,
                )
            )
    unique: dict[tuple[str, int | None], Citation] = {}
    dated = {(c.kind, c.number) for c in citations if c.year is not None}
    for citation in citations:
        if citation.year is None and (citation.kind, citation.number) in dated:
            continue  # "PKPU No 23" in the headline, "PKPU Nomor 23 Tahun 2018" in the body: one citation (spec)
        unique.setdefault((citation.number, citation.year), citation)
    return list(unique.values())


# "tertuang dalam SK 307, yang …": a decree by its bare number, the clause going on after it (not "SK 5 anggota")
DECREE_BARE_NUMBER = re.compile(r"\s+(?P<number>\d{1,5})(?P<year>)(?=\s*(?:[,.;)]|$)|\s+tentang\b)")
SPACED_TAIL = re.compile(r" (?P<tail>\d{1,3})\s*,?\s*[Tt]ahun\s+(?P<year>(?:19|20)\d\d)\b")
SPACED_PIECE = re.compile(r" (?P<piece>[A-Z0-9]{1,6}[-/.][0-9A-Za-z][0-9A-Za-z./\-]*[0-9A-Za-z])")


def _spaced_composite(text: str, number: str, end: int) -> tuple[str, int]:
    """A composite number that goes on after a space typed inside it ("87/Bawaslu-Prov SS-07/TU-00.01/VII/2020"): the
    spec writes it without the space. Only a piece of capitals or digits that itself goes on with / - or . is taken,
    so a following word is never glued to the number."""
    if "/" not in number or not text.startswith(number, end - len(number)):
        return number, end
    piece = SPACED_PIECE.match(text, end)
    if piece and "/" in piece["piece"]:
        return number + " " + piece["piece"], piece.end()
    year = YEAR_AFTER_MONTH.match(text, end)
    if year and re.search(r"/(?i:" + ROMAN_MONTH + r")$", number):
        return number + " " + year["year"], year.end()
    return number, end


def _inside_number(text: str, start: int, end: int) -> bool:
    """'PP' in '112/PP.04.2-Kpt/8106/2024' is part of a number, not the name of an instrument."""
    before = text[start - 1:start] if start else ""
    after = text[end:end + 2]
    return before in ("/", "-", ".") or (after[:1] in ("/", ".", "-") and after[1:2].isalnum())


def _article_near(text: str, start: int, end: int) -> str | None:
    """'Pasal 201 ayat (8)' written just before the instrument's name or just after its number."""
    before = text[max(0, start - 40):start]
    match = None
    for match in ARTICLE.finditer(before):
        pass
    if match and before[match.end():].strip() in ("", "dalam", "pada", "di"):
        return match.group(0)
    after = ARTICLE.match(text, end + (len(text[end:]) - len(text[end:].lstrip(" ,"))))
    return after.group(0) if after else None
