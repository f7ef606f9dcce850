"""`Prescan(PATTERN).finditer(text)`: PATTERN's matches, tried only where a match can begin.

Python's `re` tries every alternative of a long alternation (the titles of office, the kinds of instrument, the month
names) at every position of the text. Prescan reads PATTERN's own parse tree for the strings of up to `depth`
characters a match can begin with, finds the positions that begin with one of them by a cheap scan, and runs PATTERN
there only. The scan states only what every match already begins with, so the matches (spans, groups) are exactly
PATTERN's; a rule added to PATTERN's word list adds its first characters to the scan when the module is imported.
Where the beginning cannot be bounded (a match may start with any character or be empty) PATTERN scans the text itself.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parse tree's opcodes; the parser and its tree are stable across 3.11-3.13
from re import _parser

_MAX_PREFIXES = 4000  # a step to more prefixes than this is not taken (the shorter ones still bound every match)
_MAX_CLASS = 40  # a character class of more members than this ends a prefix (stands for "any character")
_FEW_FIRST = 12  # a pattern that starts a word with up to this many first characters is scanned for them


def _class_members(items) -> list[str] | None:
    """The characters a [...] class matches, or None when it is negated or matches a category (\\w, \\s, \\d)."""
    members: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            members.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            members.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return members if len(members) <= _MAX_CLASS else None


def _extend(states: set, items, ignorecase: bool, depth: int) -> set:
    """Every (prefix, open) after the sequence `items`: prefix a tuple of (character, ignorecase), open while a match
    may still add characters to it that the prefix should know of (shorter than `depth`, nothing unbounded passed)."""
    for op, av in items:
        growing = {state for state in states if state[1]}
        if not growing:
            break
        stepped = _step(growing, op, av, ignorecase, depth)
        if len(stepped) > _MAX_PREFIXES:
            stepped = _closed(growing)  # the prefixes so far bound every match already
        states = (states - growing) | stepped
    return states


def _closed(states: set) -> set:
    return {(prefix, False) for prefix, _ in states}


# \d as one element of a beginning: the digits of every script, so the finder's class of first characters takes the
# ASCII ones and, as it takes every non-ASCII character, the others
DIGIT = ("\\d", None)


def _step(states: set, op, av, ignorecase: bool, depth: int) -> set:
    if op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return {(prefix + (DIGIT,), len(prefix) + 1 < depth) for prefix, _ in states}
    if op is sre.LITERAL or (op is sre.IN and _class_members(av) is not None):
        chars = [chr(av)] if op is sre.LITERAL else _class_members(av)
        out = set()
        for prefix, _ in states:
            for char in chars:
                longer = prefix + ((char.lower() if ignorecase and char.isascii() else char, ignorecase),)
                out.add((longer, len(longer) < depth))
        return out
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return states  # zero-width: constrains where a match is, never what it begins with
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        flags_ignorecase = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _extend(states, sub, flags_ignorecase, depth)
    if op is sre.ATOMIC_GROUP:
        return _extend(states, av, ignorecase, depth)
    if op is sre.BRANCH:
        out = set()
        for alternative in av[1]:
            out |= _extend(states, alternative, ignorecase, depth)
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = _extend(states, sub, ignorecase, depth)
        if high != 1:
            once = _closed(once)  # what a second repetition adds is not followed
        return (states | once) if low == 0 else once
    return _closed(states)  # any character, a negated or wide class, a back-reference: the prefix ends here


def match_prefixes(pattern: re.Pattern, depth: int = 4) -> set[tuple[tuple[str, bool], ...]] | None:
    """The beginnings (up to `depth` characters, each with whether it is matched ignoring case) of which every match of
    `pattern` starts with one; None when some match may start with anything."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    states = _extend({((), True)}, tree.data, bool(tree.state.flags & re.IGNORECASE), depth)
    prefixes = {prefix for prefix, _ in states}
    if () in prefixes:
        return None
    # a prefix that extends a shorter one adds nothing to the lookahead
    return {p for p in prefixes if not any(p[:n] in prefixes for n in range(1, len(p)))}


def _char(char: str, ignorecase: bool | None) -> str:
    if (char, ignorecase) == DIGIT:
        return char
    return ("(?i:" if ignorecase else "(?-i:") + re.escape(char) + ")"


def _alternation(prefixes: set) -> str:
    """The prefixes as a tree of alternations by first character ("kep", "ket" -> "k(?:e(?:p|t))")."""
    by_first: dict = {}
    for prefix in prefixes:
        by_first.setdefault(prefix[0], set()).add(prefix[1:])
    branches = []
    for (char, ignorecase), rests in sorted(by_first.items(), key=repr):
        if () in rests:
            branches.append(_char(char, ignorecase))
        else:
            branches.append(_char(char, ignorecase) + "(?:" + _alternation(rests) + ")")
    return "|".join(branches)


class Prescan:
    """`pattern.finditer` over the positions a plain character scan finds: the same matches, found faster.

    Python's `re` skips ahead in C to the next possible first character only for a pattern that starts with a
    case-sensitive character class. The finder is such a pattern: a class of every first character (both cases of
    an ASCII letter matched ignoring case, and every non-ASCII character, among which a letter may fold to an ASCII
    one: 'K', 'ſ'), then a one-character lookbehind that holds the beginnings' tree at that position. `pattern` is
    tried only where the finder stops, from where the last match ended, as `pattern.finditer` does."""

    def __init__(self, pattern: re.Pattern, depth: int = 4):
        self.pattern = pattern
        self.finder, self.at_text_start = _finder(pattern, depth)

    def starts(self, text: str):
        """The positions, in order, where a match of `pattern` may start: every one where it does, and few more."""
        if self.at_text_start is None:
            for candidate in self.finder.finditer(text):
                yield candidate.start()
            return
        # a pattern that starts a word: the characters after a non-word character, and the text's first
        if self.at_text_start.match(text):
            yield 0
        for candidate in self.finder.finditer(text):
            yield candidate.end()

    def finditer(self, text: str):
        if self.finder is None:
            yield from self.pattern.finditer(text)
            return
        match_at = self.pattern.match
        end = 0
        for start in self.starts(text):
            if start < end:
                continue
            found = match_at(text, start)
            if found:
                yield found
                end = found.end()


    def sub(self, replacement: str, text: str) -> str:
        """`pattern.sub(replacement, text)` for a replacement with no escape or group reference, and a pattern that
        matches no empty string."""
        pieces, end = [], 0
        for found in self.finditer(text):
            pieces += (text[end:found.start()], replacement)
            end = found.end()
        if not pieces:
            return text
        pieces.append(text[end:])
        return "".join(pieces)


def _starts_a_word(pattern: re.Pattern, first: set[str]) -> bool:
    """Whether every match of `pattern` starts where no word character precedes it: the pattern opens with
    (?<!\\w), or with \\b before a word character."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    word = re.compile(r"\w", pattern.flags & ~re.IGNORECASE & ~re.VERBOSE)
    for op, av in tree.data:
        if op is sre.ASSERT_NOT and av[0] == -1 and list(av[1].data) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]:
            return True
        if op is sre.AT and av is sre.AT_BOUNDARY and all(word.match(char) for char in first):
            return True
        if op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return False
    return False


def _chars_at(prefixes: set, index: int) -> set[str] | None:
    """The characters the prefixes have at `index` (both cases of one matched ignoring case, the ten ASCII digits
    for \\d); None when a non-ASCII one is matched ignoring case (its partners are not known without the tables)."""
    chars: set[str] = set()
    for prefix in prefixes:
        char, ignorecase = prefix[index]
        if (char, ignorecase) == DIGIT:
            chars |= set("0123456789")
            continue
        if ignorecase and not char.isascii():
            return None
        chars |= {char, char.upper(), char.lower()} if ignorecase else {char}
    return chars


def _class_of(chars: set[str]) -> str:
    """A class of `chars` and of every non-ASCII character (among which a letter may fold to an ASCII one: 'K',
    'ſ'), written as the ASCII characters it leaves out: a range up to U+10FFFF takes re 4 ms to compile."""
    others = "".join(re.escape(chr(code)) for code in range(128) if chr(code) not in chars)
    return "[^" + others + "]" if others else "[\\s\\S]"


def _finder(pattern: re.Pattern, depth: int) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The scan for `pattern`'s starts, and for a pattern that starts a word the test of the text's first position."""
    prefixes = match_prefixes(pattern, depth)
    if prefixes is None:
        return None, None
    first = _chars_at(prefixes, 0)
    if first is None:
        return None, None
    # the beginnings' tree tries its branches one by one: a class of the first two characters first turns most
    # positions away at once (the second only when every beginning has one)
    second = _chars_at(prefixes, 1) if all(len(prefix) > 1 for prefix in prefixes) else None
    second_class = _class_of(second) if second is not None else ""
    flags = pattern.flags & ~re.IGNORECASE & ~re.VERBOSE
    beginnings = "(?=" + _alternation(prefixes) + ")"
    starts_a_word = _starts_a_word(pattern, first)
    if starts_a_word and len(first) > _FEW_FIRST:
        # re skips in C to the next non-word character (a space, a mark), one in five or six of an article's
        # characters (a pattern that starts with a digit or one of a few letters takes the class below: its
        # characters at the start of a word are rarer than spaces)
        return (re.compile("\\W(?=" + _class_of(first) + second_class + ")" + beginnings, flags),
                re.compile(beginnings, flags))
    # (a pattern that starts a word: not after a word character, "2024" is one candidate, not four)
    word_start = "(?<!\\w[\\s\\S])" if starts_a_word else ""
    lookahead = "(?=" + second_class + ")" if second_class else ""
    return re.compile(_class_of(first) + lookahead + word_start + "(?<=" + beginnings + "[\\s\\S])", flags), None


_MAX_STRINGS = 64


def required_strings(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings of which every match of `pattern` holds one, read from its parse tree (its case-sensitive literal
    parts: "sapaan" or "panggilan" in `..., (?:sapaan|panggilan)\\s+...`); None when no such part bounds it."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    found = _required(tree.data, bool(tree.state.flags & re.IGNORECASE))
    return frozenset(found) if found else None


def _fixed(items, ignorecase: bool) -> set[str] | None:
    """Every string the sequence `items` matches, when they are few and written out (no class, no repeat, no case
    folding); zero-width assertions match the empty string."""
    strings = {""}
    for op, av in items:
        if op is sre.LITERAL and not ignorecase:
            step = {chr(av)}
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            step = {""}
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            step = _fixed(av[3].data, ignorecase)
        elif op is sre.BRANCH:
            step = set()
            for alternative in av[1]:
                written = _fixed(alternative.data, ignorecase)
                if written is None:
                    return None
                step |= written
        else:
            return None
        if step is None or len(strings) * len(step) > _MAX_STRINGS:
            return None
        strings = {a + b for a in strings for b in step}
    return strings


def _required(items, ignorecase: bool) -> set[str] | None:
    """The best set of strings one of which every match of the sequence `items` holds: the longest shortest string."""
    candidates: list[set[str]] = []
    run: list = []
    for op, av in [*items, (None, None)]:
        if op is not None and _fixed([(op, av)], ignorecase) is not None:
            run.append((op, av))
            continue
        if run:
            written = _fixed(run, ignorecase)
            if written and "" not in written:
                candidates.append(written)
            run = []
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            candidates.append(_required(av[3].data, ignorecase))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            candidates.append(_required(av[2].data, ignorecase))
        elif op is sre.BRANCH:
            each = [_required(alternative.data, ignorecase) for alternative in av[1]]
            if all(each):
                union = set().union(*each)
                candidates.append(union if len(union) <= _MAX_STRINGS else None)
    candidates = [c for c in candidates if c]
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)


class Gated:
    """`pattern.finditer(text)`, run only on a text that holds one of the strings every match holds."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.strings = required_strings(pattern)

    def finditer(self, text: str):
        if self.strings is not None and not any(string in text for string in self.strings):
            return iter(())
        return self.pattern.finditer(text)
