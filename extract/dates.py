"""Calendar dates written the Indonesian way, normalised to YYYY-MM-DD or YYYY-MM."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .prescan import Prescan

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "agust": 8, "agus": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12,
}
WEEKDAYS = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"

# A long month name mistyped by a letter or two inside it ("Novermber", "Septmber", "Desmber"): its first and last
# three letters are the month's, and no other word has them.
MONTH_TYPOS = ((r"no[vp][a-z]{1,4}ber", 11), (r"sep[a-z]{1,4}ber", 9), (r"okt[a-z]{1,4}ber", 10), (r"des[a-z]{1,4}ber", 12),
               (r"jan[a-z]{1,4}ari", 1), (r"[fp]eb[a-z]{1,4}ari", 2), (r"agu[a-z]{1,3}tus", 8))
_MONTH_TYPO = [(re.compile(pattern), number) for pattern, number in MONTH_TYPOS]
_MONTH = r"(?P<{g}>" + "|".join(sorted(MONTHS, key=len, reverse=True) + [p.replace("{", "{{").replace("}", "}}") for p, _ in MONTH_TYPOS]) + r")\.?"


def month_number(word: str) -> int:
    """The month a name of _MONTH stands for, mistyped or not."""
    word = word.lower()
    return MONTHS.get(word) or next(number for pattern, number in _MONTH_TYPO if pattern.fullmatch(word))
_DAY = r"(?P<{g}>[0-3]?\d)"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_RANGE_WORD = r"\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s/d|sd|dan|&)\s*"
# the year may be introduced by the word "tahun": "23 November Tahun 2024"
_YEAR_AFTER = r"(?:,?\s+(?:tahun\s+)?{y})"


def _p(template: str, **groups: str) -> str:
    return template.format(**{k: v.format(g=k) for k, v in groups.items()})


# "27-29 Agustus 2024", "5 s.d. 7 Oktober 2024", "1 hingga 3 Desember"
DAY_RANGE = re.compile(
    _p(r"(?:\((?=[0-3]?\d\s*[-–]))?\b{d1}" + _RANGE_WORD + r"{d2}(?:(?<=\d)\))?\s+{m}" + _YEAR_AFTER + r"?\b",
       d1=_DAY, d2=_DAY, m=_MONTH, y=_YEAR),  # "(1-5) Maret 2024": the days' range in brackets
    re.IGNORECASE,
)
# "25 September sampai dengan 23 November Tahun 2024": two days of two months, the one year written after the second
DAY_MONTH_RANGE = re.compile(
    _p(r"\b{d1}\s+{m1}" + _RANGE_WORD + r"{d2}\s+{m2}" + _YEAR_AFTER + r"(?![\w/])",
       d1=_DAY, d2=_DAY, m1=_MONTH, m2=_MONTH, y=_YEAR),
    re.IGNORECASE,
)
# "Agustus hingga September 2024", "Juni - Juli 2024"
MONTH_RANGE = re.compile(
    _p(r"\b{m1}(?:\s+{y1})?" + _RANGE_WORD.replace("|dan|&", "") + r"{m2}\s+{y2}\b", m1=_MONTH, m2=_MONTH, y1=_YEAR, y2=_YEAR),
    re.IGNORECASE,
)
# "22 September 2024", "23 September", "14 Okt 2024", "Rabu, 27 November 2024"
DAY_MONTH = re.compile(_p(r"\b{d}\s+{m}" + _YEAR_AFTER + r"?(?![\w/])", d=_DAY, m=_MONTH, y=_YEAR), re.IGNORECASE)
# "sembilan Desember Tahun 2020", "dua puluh tujuh Agustus 2024": the day spelled out, the year written after the month
_UNITS = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
SPELLED_DAYS = {**{word: k for k, word in enumerate(_UNITS, 1)}, "sepuluh": 10, "sebelas": 11,
                **{f"{word} belas": k + 10 for k, word in enumerate(_UNITS, 1) if k > 1},
                "dua puluh": 20, **{f"dua puluh {word}": 20 + k for k, word in enumerate(_UNITS, 1)},
                "tiga puluh": 30, "tiga puluh satu": 31}
# (read before a month and year already found: a scan for the number words themselves would stop at every "dua")
SPELLED_DAY_BEFORE = re.compile(r"(?i)(?<![\w-])(?P<d>" + "|".join(
    w.replace(" ", r"\s+") for w in sorted(SPELLED_DAYS, key=len, reverse=True)) + r")\s+$")
# "November 2024", "bulan Oktober 2024", "bulan februari tahun 2024"
MONTH_YEAR = re.compile(_p(r"\b{m}\s+(?:tahun\s+)?{y}\b", m=_MONTH, y=_YEAR), re.IGNORECASE)
# "(18/09/2024)", "Selasa (24/09)", "Rabu, 18/09/2024", "tanggal 7/10/2024", "(29/11)"
NUMERIC = re.compile(
    r"(?:(?P<open>\([ \t]?)|(?P<lead>\b" + WEEKDAYS + r",?\s+|\btanggal\s+|\btgl\.?\s+))"  # "( 16/ 11/ 2020)":
    r"(?P<day>[0-3]?\d)(?:/[ \t]?|[.\-])(?P<month>[01]?\d)(?:(?:/[ \t]?|[.\-])(?P<year>(?:19|20)?\d\d))?"  # spaces typed
    r"(?(open)\s?\)(?:[ \t]+(?P<year_after>(?:19|20)\d\d)\b)?|(?![\d/]))",  # "(16/12 )": a space typed before the
    re.IGNORECASE,  # bracket; "(27/11) 2024": the year written after it
)


# "pada 14-10-2024", "tanggal 7/10/2024" without brackets: a four-digit year makes it a date
NUMERIC_FULL = re.compile(r"(?<![\w/.\-])(?P<day>[0-3]?\d)(?P<sep>[/\-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\w/\-]|\.\d)")


# "besok Jumat tanggal 25", "ditanggal 26": a day of the month with no month, said of the publication month
DAY_ONLY = re.compile(r"(?<![\w])(?:di)?(?:tanggal|tgl\.?)\s+(?P<day>[0-3]?\d)(?![\d/.\-]\d|\d)"
                      r"(?!\s*(?:[/.\-]\d|bulan\b|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)"
                      r"(?P<past>\s+(?:lalu|kemarin|yang\s+lalu))?", re.IGNORECASE)

# The patterns that begin with a word (a month, a weekday, "tanggal"), tried only where such a word can begin
MONTH_RANGE_SCAN, MONTH_YEAR_SCAN, NUMERIC_SCAN, DAY_ONLY_SCAN = map(Prescan, (MONTH_RANGE, MONTH_YEAR, NUMERIC, DAY_ONLY))
# and those that begin with a day's digits, tried only at a digit
DAY_RANGE_SCAN, DAY_MONTH_RANGE_SCAN, DAY_MONTH_SCAN, NUMERIC_FULL_SCAN = map(
    Prescan, (DAY_RANGE, DAY_MONTH_RANGE, DAY_MONTH, NUMERIC_FULL))


# The letter O typed for a zero inside a number of a date: "(23/O9/2024)", "1O/10/2024", "2O24", "1o Maret 2024".
LETTER_O_FOR_ZERO = re.compile(
    r"(?<=\d)[Oo](?=\d)|(?<=\d[/\-])[Oo](?=\d)|(?<=\d)[Oo](?=[/\-]\d)|(?<=\b[1-3])[Oo](?=\s+(?:"
    + "|".join(m for m in MONTHS if len(m) > 3) + r")\b)", re.IGNORECASE)
LETTER_O_FOR_ZERO_SCAN = Prescan(LETTER_O_FOR_ZERO)  # tried only at an O
# Every such O follows a digit, or a digit and a slash or dash: a text without one has none, and the scan, which
# stops at every O of the text (forty a page, none of them one), is skipped.
DIGIT_BEFORE_O = re.compile(r"\d[/\-]?[Oo]")


@dataclass(frozen=True)
class DateMention:
    value: str  # "2024-09-22" or "2024-11"
    text: str
    start: int
    end: int
    precision: str  # "day" or "month"


def _complete_year(month: int, day: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    year = published.year
    # A date far ahead of publication without a year is last year's ("28 Desember" in January).
    if month - published.month > 6:
        year -= 1
    elif published.month - month > 9:
        year += 1
    return year


def _day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, published: dt.date | None = None, exclude: list[tuple[int, int]] = ()) -> list[DateMention]:
    """Every date in `text`, in order of appearance; spans inside `exclude` (regulation citations) are skipped."""
    taken: list[tuple[int, int]] = list(exclude)
    found: list[DateMention] = []
    written = text
    if DIGIT_BEFORE_O.search(text):
        text = LETTER_O_FOR_ZERO_SCAN.sub("0", text)  # one character for one: offsets stay those of the text as written

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(value: str | None, text_: str, start: int, end: int, precision: str = "day") -> None:
        if value:
            found.append(DateMention(value, written[start:end] if text_ == text[start:end] else text_, start, end, precision))

    for match in DAY_RANGE_SCAN.finditer(text):
        if not free(match.start(), match.end()):
            continue
        month = month_number(match["m"])
        d1, d2 = int(match["d1"]), int(match["d2"])
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and d1 < d2):
            continue
        year = int(match["y"]) if match["y"] else _complete_year(month, d1, published)
        add(_day(year, month, d1), match.group(0), match.start(), match.end())
        add(_day(year, month, d2), match.group(0), match.start(), match.end())
        taken.append(match.span())
    for match in DAY_MONTH_RANGE_SCAN.finditer(text):
        if not free(match.start(), match.end()):
            continue
        year = int(match["y"])
        m1, m2 = month_number(match["m1"]), month_number(match["m2"])
        if m1 >= m2 or min(len(match["m1"]), len(match["m2"])) <= 3:
            continue
        add(_day(year, m1, int(match["d1"])), match.group(0), match.start(), match.end())
        add(_day(year, m2, int(match["d2"])), match.group(0), match.start(), match.end())
        taken.append(match.span())
    for match in DAY_MONTH_SCAN.finditer(text):
        if not free(match.start(), match.end()):
            continue
        month = month_number(match["m"])
        day = int(match["d"])
        if not 1 <= day <= 31:
            continue
        # "Mar" / "Jun" / "Des" abbreviations must look like a date, not a word: require a year or a dot.
        word = match["m"]
        if len(word) <= 4 and word.lower() not in ("mei", "juni", "juli") and not match["y"] and not match.group(0).rstrip().endswith("."):
            continue
        year = int(match["y"]) if match["y"] else _complete_year(month, day, published)
        add(_day(year, month, day), match.group(0), match.start(), match.end())
        taken.append(match.span())
    for match in MONTH_RANGE_SCAN.finditer(text):
        if not free(match.start(), match.end()) or len(match["m1"]) <= 3 or len(match["m2"]) <= 3:
            continue
        year2 = int(match["y2"])
        year1 = int(match["y1"]) if match["y1"] else year2
        m1, m2 = month_number(match["m1"]), month_number(match["m2"])
        add(f"{year1:04d}-{m1:02d}", match.group(0), match.start(), match.end(), "month")
        add(f"{year2:04d}-{m2:02d}", match.group(0), match.start(), match.end(), "month")
        taken.append(match.span())
    for match in MONTH_YEAR_SCAN.finditer(text):
        if not free(match.start(), match.end()):
            continue
        if len(match["m"]) <= 3 and match["m"].lower() not in ("mei",) and match["m"][0].islower():
            continue
        spelled = SPELLED_DAY_BEFORE.search(text, max(0, match.start() - 24), match.start()) \
            if len(match["m"]) > 3 or match["m"].lower() == "mei" else None
        if spelled and free(spelled.start(), match.end()):
            day = SPELLED_DAYS[re.sub(r"\s+", " ", spelled["d"].lower())]
            add(_day(int(match["y"]), month_number(match["m"]), day), text[spelled.start():match.end()],
                spelled.start(), match.end())
            taken.append((spelled.start(), match.end()))
            continue
        add(f"{int(match['y']):04d}-{month_number(match['m']):02d}", match.group(0), match.start(), match.end(), "month")
        taken.append(match.span())
    for match in NUMERIC_SCAN.finditer(text):
        if not free(match.start(), match.end()):
            continue
        day, month = int(match["day"]), int(match["month"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if match["year"]:
            year = int(match["year"])
            year = year + 2000 if year < 100 else year
        elif match["year_after"]:
            year = int(match["year_after"])
        else:
            year = _complete_year(month, day, published)
        start = match.start("day") if match["lead"] else match.start()
        add(_day(year, month, day), text[start:match.end()], start, match.end())
        taken.append(match.span())
    for match in NUMERIC_FULL_SCAN.finditer(text):
        if not free(match.start(), match.end()):
            continue
        day, month = int(match["day"]), int(match["month"])
        if 1 <= day <= 31 and 1 <= month <= 12:
            add(_day(int(match["year"]), month, day), match.group(0), match.start(), match.end())
            taken.append(match.span())
    if published is not None:
        for match in DAY_ONLY_SCAN.finditer(text):
            if not free(match.start(), match.end()):
                continue
            day = int(match["day"])
            # the publication month is meant for a day still ahead of publication ("besok tanggal 25") or one said to
            # be past ("tanggal 3 lalu"); a day before publication without "lalu" may be next month's: left out
            if (day >= published.day and not match["past"]) or (match["past"] and day <= published.day):
                add(_day(published.year, published.month, day), match.group(0), match.start("day"), match.end("day"))
                taken.append(match.span())
    found.sort(key=lambda m: m.start)
    unique: dict[str, DateMention] = {}
    for mention in found:
        unique.setdefault(mention.value, mention)
    return list(unique.values())
