"""Where an article's sentences start: spaCy's sentencizer over spaCy's Indonesian tokenizer, computed without spaCy.

The extraction gives every item the sentence it stands in. Those sentences were spaCy's: its Indonesian tokenizer
(with only the exceptions that hold a dot, "Kab.", "Drs.", "S.Pd.I.") and its rule sentencizer, which starts a
sentence at the first token after a sentence-final mark ("." "!" "?" as tokens of their own) that is neither
punctuation nor such a mark. `sentence_starts` gives the same offsets from the same tables
(extract/sentence_rules.json, written from the installed spaCy by `python -m pilkada.extract.training.sentence_rules`)
and the tokenizer's own algorithm, but tokenizes only the words that hold a sentence-final mark and the words after
one; tests/test_extract_sentences.py compares it with spaCy on every gold article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

RULES_FILE = Path(__file__).resolve().parent / "sentence_rules.json"

# Runs of more than 200 characters without a space are tokenized in 64-character pieces (spaCy's affix loop is
# quadratic in a run's length); the pipeline has always cut them so, and the boundaries follow the pieces.
LONG_RUN = re.compile(r"\S{200,}")
RUN_PIECE = 64
CACHE_SIZE = 20_000  # words remembered with their tokens (a worker meets the same words article after article)


class _Tables:
    def __init__(self):
        rules = json.loads(RULES_FILE.read_text(encoding="utf-8"))

        def compiled(name):
            return re.compile(rules[name]["pattern"], rules[name]["flags"])

        self.prefix = compiled("prefix").search
        self.suffix = compiled("suffix").search
        self.infix = compiled("infix").finditer
        self.url = compiled("url").match
        self.specials: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in rules["exceptions"].items()}
        self.final = frozenset(rules["sentence_final"])
        marks = "".join(re.escape(c) for c in sorted(self.final))
        self.mark = re.compile("[" + marks + "]")
        # re scans a class of characters quickly only while all of them lie in the Basic Multilingual Plane
        self.mark_in_bmp = re.compile("[" + "".join(re.escape(c) for c in sorted(self.final) if c <= "\uffff") + "]")
        # the run of tokens each exception is cut into without exceptions, for the exceptions spaCy re-joins after
        # cutting (those its affix or infix patterns would cut; `faster_heuristics`)
        self.rejoined: dict[tuple[str, ...], str] = {}
        for special in self.specials:
            if self.prefix(special) or self.suffix(special) or any(True for _ in self.infix(special)) or " " in special:
                cut = tuple(token for word in special.split(" ") for token in self._cut(word, with_specials=False))
                self.rejoined.setdefault(cut, special)
        self.longest_rejoined = max((len(k) for k in self.rejoined), default=0)
        # spaCy's special-case pass runs over the tokens of a whole text, so an exception's run of tokens may go
        # on across a single space into the next word ("Prof.Dr. rer. nat."; joined there only when the exception
        # itself holds the space). Two words can share such a run only where the first ends with tokens that
        # are a piece of some exception's run and the second begins with a token that continues one.
        self.run_pieces = {cut[i:j] for cut in self.rejoined for i in range(len(cut)) for j in range(i + 1, len(cut))}
        self.run_continuations = {token for cut in self.rejoined for token in cut[1:]}
        self._tokens: dict[str, tuple[str, ...]] = {}
        self._kinds: dict[str, tuple[tuple[int, int], ...]] = {}
        self._edges: dict[str, tuple[bool, bool]] = {}

    def _cut(self, word: str, with_specials: bool = True) -> tuple[str, ...]:
        """spaCy's Tokenizer._split_affixes and _attach_tokens for one word."""
        specials = self.specials if with_specials else {}
        if word in specials:
            return specials[word]
        prefixes: list[str] = []
        suffixes: list[str] = []
        string, last_size = word, 0
        while string and len(string) != last_size:
            if string in specials:
                break
            last_size = len(string)
            found = self.prefix(string)
            pre_len = found.end() - found.start() if found else 0
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in specials:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            found = self.suffix(string[pre_len:])
            suf_len = found.end() - found.start() if found else 0
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        tokens = prefixes
        if string:
            if string in specials:
                tokens.extend(specials[string])
            elif self.url(string):
                tokens.append(string)
            else:
                start = 0
                for infix in self.infix(string):
                    if infix.start() == 0:
                        continue
                    if infix.start() != start:
                        tokens.append(string[start:infix.start()])
                    if infix.start() != infix.end():
                        tokens.append(string[infix.start():infix.end()])
                    start = infix.end()
                if string[start:]:
                    tokens.append(string[start:])
        tokens.extend(reversed(suffixes))
        return tuple(tokens)

    def _joined(self, words: str) -> tuple[tuple[str, ...], bool]:
        """The tokens of these words (parted by single spaces) after spaCy's special-case pass, and whether their
        first token was joined by it.

        The pass finds every run of tokens that is some exception as its affixes and infixes cut it, takes the
        longest runs first (of equal ones the later), leaves a run whose first or last token an earlier run
        claimed, and joins a run taken only where its text, spaces included, is an exception."""
        tokens: list[str] = []
        spaced: list[bool] = []
        for word in words.split(" "):
            cut = self.tokens(word)
            tokens.extend(cut)
            spaced.extend([False] * (len(cut) - 1) + [True])
        tokens_t = tuple(tokens)
        found = []
        for length in range(2, min(self.longest_rejoined, len(tokens)) + 1):
            for start in range(len(tokens) - length + 1):
                if tokens_t[start:start + length] in self.rejoined:
                    found.append((length, start))
        if not found:
            return tokens_t, False
        taken, claimed = [], set()
        for length, start in sorted(found, reverse=True):
            if start not in claimed and start + length - 1 not in claimed:
                taken.append((start, length))
            claimed.update(range(start, start + length))
        out, position, first_joined = [], 0, False
        for start, length in sorted(taken):
            text = "".join(tokens[k] + (" " if spaced[k] and k < start + length - 1 else "")
                           for k in range(start, start + length))
            if text not in self.specials:
                continue  # (claimed, not joined: a run across a space the exception does not hold)
            out.extend(tokens[position:start])
            out.extend(self.specials[text])
            position = start + length
            first_joined = first_joined or start == 0
        out.extend(tokens[position:])
        return tuple(out), first_joined

    def tokens(self, word: str) -> tuple[str, ...]:
        cut = self._tokens.get(word)
        if cut is None:
            if len(self._tokens) > CACHE_SIZE:
                self._tokens.clear()
            cut = self._tokens[word] = self._cut(word)
        return cut

    def edges(self, word: str) -> tuple[bool, bool]:
        """Whether the word begins with a token that continues some exception's run, and whether it ends with
        tokens that are a piece of one: only then may a run go on across a space into it, or out of it."""
        found = self._edges.get(word)
        if found is None:
            cut = self.tokens(word)
            found = (cut[0] in self.run_continuations,
                     any(cut[-k:] in self.run_pieces for k in range(1, min(len(cut), self.longest_rejoined) + 1)))
            if len(self._edges) > CACHE_SIZE:
                self._edges.clear()
            self._edges[word] = found
        return found

    def joined_at_start(self, words: str) -> bool:
        """Whether the first token of these words is one spaCy's special-case pass joined: it then loses the
        sentence start Doc.from_docs gives the first token of each piece it joins."""
        return self._joined(words)[1]

    def kinds(self, word: str) -> tuple[tuple[int, int], ...]:
        """The word's tokens (or the words', parted by single spaces) as (offset, kind): 2 a sentence-final mark,
        1 other punctuation, 0 any other token."""
        found = self._kinds.get(word)
        if found is not None:
            return found
        tokens = self._joined(word)[0] if self.rejoined else self.tokens(word)
        out, offset = [], 0
        for token in tokens:
            if token in self.final:
                kind = 2
            elif all(unicodedata.category(c).startswith("P") for c in token):
                kind = 1
            else:
                kind = 0
            out.append((offset, kind))
            offset += len(token)
            if offset < len(word) and word[offset] == " ":
                offset += 1
        if len(self._kinds) > CACHE_SIZE:
            self._kinds.clear()
        found = self._kinds[word] = tuple(out)
        return found


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def _parts(text: str) -> list[tuple[int, int]]:
    """The pieces the tokenizer is fed: the text, with every run of 200 characters or more without a space cut in
    64-character pieces."""
    if not LONG_RUN.search(text):
        return [(0, len(text))]
    parts, position = [], 0
    for run in LONG_RUN.finditer(text):
        if run.start() > position:
            parts.append((position, run.start()))
        parts.extend((k, min(k + RUN_PIECE, run.end())) for k in range(run.start(), run.end(), RUN_PIECE))
        position = run.end()
    if position < len(text):
        parts.append((position, len(text)))
    return parts


_WORD_OR_SPACE = re.compile(r"\s+|\S+")


def _word_start(text: str, end: int, floor: int) -> int:
    """Where the word that goes on to `end` (exclusive) begins, not before `floor`."""
    while end > floor and not text[end - 1].isspace():
        end -= 1
    return end


def _unit(tables: _Tables, part: str, start: int, word: str, look_back: bool) -> tuple[int, str, int]:
    """The word at `start` with the words around it, parted by single spaces, that a run of exception tokens may
    join to it: (where they start, they as one string, where they end)."""
    first, end = start, start + len(word)
    continues, ends_in_run = tables.edges(word)
    while look_back and continues and first >= 2 and part[first - 1] == " " and not part[first - 2].isspace():
        before = _word_start(part, first - 1, 0)
        continues, before_ends_in_run = tables.edges(part[before:first - 1])
        if not before_ends_in_run:
            break
        first = before
    while ends_in_run and end + 1 < len(part) and part[end] == " " and not part[end + 1].isspace():
        following = _WORD_OR_SPACE.match(part, end + 1).group()
        following_continues, ends_in_run = tables.edges(following)
        if not following_continues:
            break
        end += 1 + len(following)
    return first, part[first:end], end


def sentence_starts(text: str) -> list[int]:
    """The offset where each sentence of `text` starts, the first at 0 ([] for an empty text)."""
    if not text:
        return []
    tables = _tables()
    starts = [0]
    waiting = False  # a sentence-final mark was seen: the next plain token starts a sentence
    parts = _parts(text)
    # (a text of the Basic Multilingual Plane alone is two bytes a character in UTF-16)
    mark = tables.mark_in_bmp if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text) else tables.mark
    for part_start, part_end in parts:
        part = text[part_start:part_end] if len(parts) > 1 else text
        if part_start and (part[0].isspace() or not tables.joined_at_start(
                _unit(tables, part, 0, _WORD_OR_SPACE.match(part).group(), look_back=False)[1])):
            starts.append(part_start)  # (spaCy's Doc.from_docs opens a sentence at each piece it joins)
        position = 0
        while True:
            if not waiting:
                found = mark.search(part, position)
                if found is None:
                    break
                position = _word_start(part, found.start(), position)
            piece = _WORD_OR_SPACE.match(part, position)
            if piece is None:
                break
            word = piece.group()
            if word[0].isspace():
                position = piece.end()
                # a single space after a token is the token's; any other run of spaces is a token (and a part
                # opens with its spaces as a token)
                if waiting and (word != " " or piece.start() == 0):
                    absorbed = 1 if word[0] == " " and piece.start() > 0 else 0
                    starts.append(part_start + piece.start() + absorbed)
                    waiting = False
                continue
            first, word, position = _unit(tables, part, piece.start(), word, look_back=not waiting)
            for offset, kind in tables.kinds(word):
                if kind == 2:
                    waiting = True
                elif waiting and kind == 0:
                    starts.append(part_start + first + offset)
                    waiting = False
    return sorted(set(starts)) if len(parts) > 1 else starts


def sentence_index(text: str) -> tuple[list[int], list[str]]:
    """Where each sentence starts, and its text without the spaces around it."""
    starts = sentence_starts(text)
    return starts, [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)])]
