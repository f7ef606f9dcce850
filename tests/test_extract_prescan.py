"""Prescan (extract/prescan.py) finds exactly what its pattern finds: every position, every match, every group.

Each pattern the rules scan through a Prescan is checked on texts written from the pattern itself: a sampler walks
the pattern's parse tree and, over its samples, takes every alternative of every alternation (every title, kind of
instrument, month name of the word lists, as they stand when the test runs), in several cases and contexts, so a rule
added later is checked by this test without a change to it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from re import _constants as sre
from re import _parser

import pytest

from pilkada.extract import dates, officials, quotes, regulations
from pilkada.extract.prescan import Prescan, match_prefixes

GOLD = Path(__file__).parent / "gold"

SCANNED = {
    "officials.TITLE_RE": officials.TITLE_RE,
    "regulations.KIND_RE": regulations.KIND_RE,
    "dates.MONTH_RANGE": dates.MONTH_RANGE,
    "dates.MONTH_YEAR": dates.MONTH_YEAR,
    "dates.NUMERIC": dates.NUMERIC,
    "dates.DAY_ONLY": dates.DAY_ONLY,
    "quotes.SAY": quotes.SAY,
    "quotes.ACCORDING": quotes.ACCORDING,
    "quotes.PASSIVE_SAY": quotes.PASSIVE_SAY,
    "officials.VILLAGE": officials.VILLAGE,
    "dates.DAY_RANGE": dates.DAY_RANGE,
    "dates.DAY_MONTH_RANGE": dates.DAY_MONTH_RANGE,
    "dates.DAY_MONTH": dates.DAY_MONTH,
    "dates.NUMERIC_FULL": dates.NUMERIC_FULL,
    "dates.LETTER_O_FOR_ZERO": dates.LETTER_O_FOR_ZERO,
    "quotes.QUOTE_MARKS": quotes.QUOTE_MARKS,
}

_CATEGORY_CHARS = {
    sre.CATEGORY_DIGIT: "7", sre.CATEGORY_NOT_DIGIT: "x", sre.CATEGORY_SPACE: " ", sre.CATEGORY_NOT_SPACE: "x",
    sre.CATEGORY_WORD: "a", sre.CATEGORY_NOT_WORD: " ", sre.CATEGORY_LINEBREAK: "\n", sre.CATEGORY_NOT_LINEBREAK: "x",
}


def _class_char(items, turn: int) -> str:
    """A character of the class [items], the turn-th of its members where it lists them."""
    if items and items[0][0] is sre.NEGATE:
        for candidate in "x Z7.-/\n(":
            if not re.fullmatch(_class_source(items), candidate):
                return candidate
        return "\u00e9"
    members = []
    for op, av in items:
        if op is sre.LITERAL:
            members.append(chr(av))
        elif op is sre.RANGE:
            members.extend(chr(c) for c in range(av[0], min(av[1], av[0] + 30) + 1))
        elif op is sre.CATEGORY:
            members.append(_CATEGORY_CHARS.get(av, "a"))
    return members[turn % len(members)]


def _class_source(items) -> str:
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sre.CATEGORY:
            parts.append({sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w",
                          sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_NOT_SPACE: r"\S",
                          sre.CATEGORY_NOT_WORD: r"\W"}[av])
    negate = items and items[0][0] is sre.NEGATE
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _write(items, turn: int, flip_case: bool, groups: dict, out: list) -> None:
    """Append to `out` a string the sequence `items` matches, or nearly (assertions are not honoured)."""
    for index, (op, av) in enumerate(items):
        step = turn + index
        if op is sre.LITERAL:
            char = chr(av)
            out.append(char.swapcase() if flip_case and step % 2 else char)
        elif op is sre.IN:
            char = _class_char(av, step)
            out.append(char.swapcase() if flip_case and step % 3 == 0 else char)
        elif op is sre.ANY:
            out.append("x")
        elif op is sre.SUBPATTERN:
            group, _, _, sub = av
            start = len("".join(out))
            _write(sub.data, turn, flip_case, groups, out)
            if group:
                groups[group] = "".join(out)[start:]
        elif op is sre.ATOMIC_GROUP:
            _write(av.data, turn, flip_case, groups, out)
        elif op is sre.BRANCH:
            alternatives = av[1]
            _write(alternatives[turn % len(alternatives)].data, turn // len(alternatives) + index, flip_case, groups,
                   out)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            for _ in range(min(low + turn % 3, high if high != sre.MAXREPEAT else low + 2)):
                _write(sub.data, turn, flip_case, groups, out)
        elif op is sre.GROUPREF:
            out.append(groups.get(av, ""))
        elif op is sre.GROUPREF_EXISTS:
            group, yes, no = av
            chosen = yes if group in groups else no
            if chosen is not None:
                _write(chosen.data, turn, flip_case, groups, out)


def _largest_branch(items) -> int:
    largest = 1
    for op, av in items:
        if op is sre.BRANCH:
            largest = max(largest, len(av[1]), *(_largest_branch(a.data) for a in av[1]))
        elif op is sre.SUBPATTERN:
            largest = max(largest, _largest_branch(av[3].data))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            largest = max(largest, _largest_branch(av[2].data))
    return largest


def samples(pattern: re.Pattern) -> list[str]:
    """Strings written from `pattern`: every alternative of every alternation at least once, as typed and with
    letters' case changed."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    written = []
    for turn in range(3 * _largest_branch(tree.data) + 12):
        for flip_case in (False, True):
            out: list[str] = []
            _write(tree.data, turn, flip_case, {}, out)
            written.append("".join(out))
    return written


def _contexts(sample: str) -> list[str]:
    return [sample, f"Kata {sample} Jombang Teguh, 2024.", f"({sample})", f"x{sample}", f"7{sample}",
            f"{sample.upper()} 2024", f"{sample.lower()} nomor 5", f"  {sample}, {sample}\n{sample}",
            f"Rabu, 27 November 2024 {sample}/2024 {sample}", f"“{sample}” ujarnya.", f"{sample} Ahmad Udi", f"tanggal {sample} Ahmad",
            f"1{sample}9/2{sample}24", f"2{sample} Maret"]  # (between digits, before a month: the letter O for a zero)


def _key(match: re.Match):
    return match.span(), match.groups(), match.lastgroup


def _gold_texts() -> list[str]:
    texts = []
    for file in sorted(GOLD.rglob("*.json")):
        gold = json.loads(file.read_text(encoding="utf-8"))
        source = (file.parent / gold["source"]).resolve() if "source" in gold else None
        if source and source.exists():
            texts.append(source.read_text(encoding="utf-8"))
    return texts


@pytest.mark.parametrize("name", sorted(SCANNED))
def test_prescan_finds_every_position_and_match_of_its_pattern(name):
    pattern = SCANNED[name]
    scan = Prescan(pattern)
    assert scan.finder is not None, f"{name}: no bounded beginning, so no scan (and no speed-up)"
    texts = [text for sample in samples(pattern) for text in _contexts(sample)]
    matched = 0
    for text in texts:
        expected = [_key(m) for m in pattern.finditer(text)]
        assert [_key(m) for m in scan.finditer(text)] == expected, (name, text)
        stops = set(scan.starts(text))
        starts = {p for p in range(len(text)) if pattern.match(text, p)}
        assert starts <= stops, (name, text, sorted(starts - stops))
        matched += bool(expected)
    # the samples exercise the pattern (a case-sensitive one fails in the contexts that change case or glue a letter)
    assert matched > len(texts) // 10, (name, matched, len(texts))


def test_prescan_on_gold_texts_equals_its_pattern():
    texts = _gold_texts()
    assert len(texts) > 50
    for name, pattern in SCANNED.items():
        scan = Prescan(pattern)
        for text in texts:
            assert [_key(m) for m in scan.finditer(text)] == [_key(m) for m in pattern.finditer(text)], name


def test_every_word_list_entry_is_found_by_the_title_scan():
    """Each title of the word lists, as a sample written from it, is found where TITLE_RE finds it."""
    from pilkada.extract.lexicon import HEADS, STANDALONE_TITLES

    scan = Prescan(officials.TITLE_RE)
    for entry in STANDALONE_TITLES + HEADS:
        for sample in samples(re.compile(entry, re.IGNORECASE)):
            text = f"menurut {sample} Jombang"
            expected = [_key(m) for m in officials.TITLE_RE.finditer(text)]
            assert expected, (entry, sample)
            assert [_key(m) for m in scan.finditer(text)] == expected, (entry, sample)


def test_month_names_and_kinds_are_all_found():
    for month in dates.MONTHS:
        for written in (month, month.capitalize(), month.upper()):
            text = f"pada {written} 2024 lalu"
            expected = [_key(m) for m in dates.MONTH_YEAR.finditer(text)]
            assert expected and [_key(m) for m in Prescan(dates.MONTH_YEAR).finditer(text)] == expected, text
    for kind, kind_pattern in regulations.KIND_PATTERNS:
        for sample in samples(re.compile(kind_pattern)):
            text = f"sesuai {sample} Nomor 7 Tahun 2017"
            expected = [_key(m) for m in regulations.KIND_RE.finditer(text)]
            assert [_key(m) for m in Prescan(regulations.KIND_RE).finditer(text)] == expected, (kind, text)


def test_match_prefixes_reads_the_tree():
    assert match_prefixes(re.compile(r"\b(?:Ketua|Kepala)\s"), depth=3) == {
        (("K", False), ("e", False), ("t", False)), (("K", False), ("e", False), ("p", False))}
    # ignoring case: one prefix per letter, matched ignoring case; an optional part gives both beginnings
    assert match_prefixes(re.compile(r"(?:Pj\s+)?Bupati", re.IGNORECASE), depth=2) == {
        (("p", True), ("j", True)), (("b", True), ("u", True))}
    # an unbounded class ends a prefix where it stands
    assert match_prefixes(re.compile(r"a\w+b"), depth=3) == {(("a", False),)}
    # a match that may start anywhere, or be empty, gives no prefixes and no scan
    assert match_prefixes(re.compile(r"\w+ata")) is None
    assert match_prefixes(re.compile(r"(?:abc)?")) is None
    assert Prescan(re.compile(r"\w+ata")).finder is None
    assert [m.span() for m in Prescan(re.compile(r"\w+ata")).finditer("kata data")] == [(0, 4), (5, 9)]


def test_prescan_keeps_case_folding_to_non_ascii_letters():
    """Ignoring case, 'k' matches the Kelvin sign and 's' the long s: the scan stops at them as the pattern does."""
    pattern = re.compile(r"(?<!\w)(?:kasi|sekda)\b", re.IGNORECASE)
    text = "\u212aasi dan \u017fekda, KASI dan Sekda"
    assert [_key(m) for m in Prescan(pattern).finditer(text)] == [_key(m) for m in pattern.finditer(text)]
    assert len(list(pattern.finditer(text))) == 4


def test_prescan_resumes_where_the_last_match_ended():
    """Matches do not overlap: a candidate inside the previous match is skipped, as pattern.finditer skips it."""
    pattern = re.compile(r"Wakil\s+Ketua|Ketua\s+KPU")
    text = "Wakil Ketua KPU dan Ketua KPU"
    assert [m.group(0) for m in Prescan(pattern).finditer(text)] == ["Wakil Ketua", "Ketua KPU"]
    assert [_key(m) for m in Prescan(pattern).finditer(text)] == [_key(m) for m in pattern.finditer(text)]


def test_the_rules_scan_the_patterns_they_define():
    """Each scan the rules use is built on the module's pattern as it stands after import (a pattern reassigned
    below its scan would leave the scan on the old rules)."""
    scans = {
        "officials.TITLE_RE": officials.TITLE_SCAN, "officials.VILLAGE": officials.VILLAGE_SCAN,
        "regulations.KIND_RE": regulations.KIND_SCAN, "dates.MONTH_RANGE": dates.MONTH_RANGE_SCAN,
        "dates.MONTH_YEAR": dates.MONTH_YEAR_SCAN, "dates.NUMERIC": dates.NUMERIC_SCAN,
        "dates.DAY_ONLY": dates.DAY_ONLY_SCAN, "quotes.SAY": quotes.SAY_SCAN, "quotes.ACCORDING": quotes.ACCORDING_SCAN,
        "quotes.PASSIVE_SAY": quotes.PASSIVE_SAY_SCAN, "dates.DAY_RANGE": dates.DAY_RANGE_SCAN,
        "dates.DAY_MONTH_RANGE": dates.DAY_MONTH_RANGE_SCAN, "dates.DAY_MONTH": dates.DAY_MONTH_SCAN,
        "dates.NUMERIC_FULL": dates.NUMERIC_FULL_SCAN, "dates.LETTER_O_FOR_ZERO": dates.LETTER_O_FOR_ZERO_SCAN,
        "quotes.QUOTE_MARKS": quotes.QUOTE_MARKS_SCAN,
    }
    assert set(scans) == set(SCANNED)
    for name, scan in scans.items():
        assert scan.pattern is SCANNED[name], name


def test_a_pattern_that_starts_a_word_is_scanned_after_non_word_characters():
    assert Prescan(officials.TITLE_RE).at_text_start is not None  # (?<![\w])
    assert Prescan(dates.MONTH_YEAR).at_text_start is not None  # \b before a month's first letter
    assert Prescan(regulations.KIND_RE).at_text_start is None  # "surat keputusan bersama" may follow a letter
    # \b before a bracket holds after a word character: no word-start scan
    bracket = re.compile(r"\b\(\d+\)")
    assert Prescan(bracket).at_text_start is None
    assert [m.span() for m in Prescan(bracket).finditer("Pasal(1) dan (2)")] == [(5, 8)]
    title = re.compile(r"(?<![\w])(?:Bupati|Camat)\b", re.IGNORECASE)
    text = "Bupati Jombang, (camat) dan xCamat; BUPATI.\nCamat"
    assert list(Prescan(title).starts(text))[0] == 0
    assert [m.span() for m in Prescan(title).finditer(text)] == [m.span() for m in title.finditer(text)]
    assert len(list(title.finditer(text))) == 4


def test_a_pattern_that_starts_with_a_digit_is_scanned_at_digits_of_every_script():
    """\\d matches the digits of every script: the scan stops at an Arabic-Indic or Devanagari digit as at 7, and a
    pattern that starts a word with a digit stops once per number, not at each of its digits."""
    text = "pada \u0663 Desember 2024, \u0968 Maret 2024, x12 Mei 2024 dan 27 November 2024"
    pattern = dates.DAY_MONTH
    assert match_prefixes(pattern) is not None
    assert [_key(m) for m in Prescan(pattern).finditer(text)] == [_key(m) for m in pattern.finditer(text)]
    assert len(list(pattern.finditer(text))) == 3
    stops = list(Prescan(pattern).starts(text))
    assert text.index("2024") in stops and text.index("2024") + 1 not in stops


def test_prescan_sub_replaces_as_its_pattern_does():
    scan = dates.LETTER_O_FOR_ZERO_SCAN
    texts = _gold_texts() + ["(23/O9/2024) 1O/10/2024 2O24, 1o Maret 2024 dan Oo", "tanpa huruf itu", ""]
    for text in texts:
        assert scan.sub("0", text) == dates.LETTER_O_FOR_ZERO.sub("0", text), text
    assert scan.sub("0", "(23/O9/2O24)") == "(23/09/2024)"


def test_every_letter_o_for_zero_follows_what_its_gate_finds():
    """find_dates runs the O-for-zero scan only when DIGIT_BEFORE_O finds something: every O the pattern replaces
    must sit where the gate looks, or a date with one would go unread."""
    texts = _gold_texts() + ["(23/O9/2024) 1O/10/2024 2O24, 1o Maret 2024 dan Oo", "\u0663O Maret 2024", "12-O3-2024",
                             "3O Desember 2024", "1O Agustus", "O9/10/2024 dan 2024/O1"]
    replaced = 0
    for text in texts:
        for found in dates.LETTER_O_FOR_ZERO.finditer(text):
            replaced += 1
            assert dates.DIGIT_BEFORE_O.search(text, max(0, found.start() - 2), found.end()), (text, found)
    assert replaced >= 8
    assert [d.value for d in dates.find_dates("Rapat pada 3O Desember 2O24 di kantor KPU.", None)] == ["2024-12-30"]


GATED = {
    "quotes.NICKNAME_OF": (quotes.NICKNAME_OF, quotes.NICKNAME_OF_GATED),
    "quotes.CALLED_AFTER": (quotes.CALLED_AFTER, quotes.CALLED_AFTER_GATED),
    "officials.MINISTRY_BEFORE_HONORIFIC": (officials.MINISTRY_BEFORE_HONORIFIC, officials.MINISTRY_GATED),
}


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_gated_pattern_finds_what_its_pattern_finds(name):
    """Every match holds one of the strings the gate asks for, so a text without them has no match; on texts written
    from the pattern (every alternative) and on the gold texts the gated matches are the pattern's."""
    pattern, gated = GATED[name]
    assert gated.pattern is pattern and gated.strings, name
    texts = [text for sample in samples(pattern) for text in _contexts(sample)] + _gold_texts()
    matched = 0
    for text in texts:
        expected = [_key(m) for m in pattern.finditer(text)]
        assert [_key(m) for m in gated.finditer(text)] == expected, (name, text)
        for found in pattern.finditer(text):
            assert any(string in found.group(0) for string in gated.strings), (name, found.group(0))
        matched += bool(expected)
    assert matched > 0, name


def test_required_strings_reads_the_tree():
    from pilkada.extract.prescan import required_strings

    assert required_strings(re.compile(r"\w+, (?:sapaan|panggilan)\s+\w+")) == {", sapaan", ", panggilan"}
    assert required_strings(re.compile(r"ab(?:c|de)f|xyz")) == {"abcf", "abdef", "xyz"}
    # a part matched ignoring case, an optional part, a class: no string every match holds
    assert required_strings(re.compile(r"(?i)sapaan")) is None
    assert required_strings(re.compile(r"[A-Z]\w+(?:, sapaan)?")) is None
    assert required_strings(re.compile(r"x(?i:sapaan)")) == {"x"}
    # a part repeated at least once is there
    assert required_strings(re.compile(r"\d(?:Kemen)+\d")) == {"Kemen"}
    # one alternative without such a part leaves the alternation unbounded
    assert required_strings(re.compile(r"\d(?:kata|\w+)\d")) is None


def test_the_sentence_openings_quotes_reads_are_the_patterns_own():
    """quotes._sentence_starts tries SENTENCE_START only at the text's start, at newlines and after sentence-final
    marks; it finds the same matches as the pattern's own finditer, empty ones included, on the gold texts and on
    texts built from the characters the pattern tests."""
    import random

    rng = random.Random(11)
    pieces = list("abcXYZ .!?\n\t–—-'") + ["Dr. ", "abc.Def", "\n\n", " – ", "Xy", "aaa.", "! ", "?\n", "“Ya.” "]
    texts = _gold_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(30000)]
    for text in texts:
        expected = [(m.start(), m.end()) for m in quotes.SENTENCE_START.finditer(text)]
        assert [(m.start(), m.end()) for m in quotes._sentence_starts(text)] == expected, text
    assert any(m.start() == m.end() for t in texts for m in quotes.SENTENCE_START.finditer(t))  # empty ones met
