"""quotes._standalone finds a word standing alone (no word character, apostrophe or hyphen joined to it) exactly where
the regular expression it replaces finds it: every start, in order, without overlap, within text[:end]."""

from __future__ import annotations

import re
from pathlib import Path

from pilkada.extract.quotes import _standalone

GOLD = Path(__file__).parent / "gold"


def _expected(text: str, word: str, end: int | None = None) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text[:end])]


def test_standalone_equals_the_pattern_on_gold_texts():
    texts = [path.read_text(encoding="utf-8") for path in sorted(GOLD.glob("*/*.txt"))]
    assert len(texts) > 50
    checked = 0
    for text in texts:
        words = sorted(set(re.findall(r"\S+", text)))[::7] + sorted(set(re.findall(r"[A-Za-z]+", text.lower())))[::7]
        for word in words:
            for end in (None, len(text) // 2, 0, 5, -3, len(text) + 5):
                assert list(_standalone(text, word, end)) == _expected(text, word, end), (word, end)
                checked += 1
    assert checked > 5000


def test_standalone_at_edges_overlaps_and_joined_characters():
    cases = {
        "A A A": ["A A", "A"], "A A  A A A": ["A A", "A"], "aa-aa aa": ["aa"], "x’ia ia’ ia, (ia)": ["ia"],
        "Ia_x Ia9 Ia": ["Ia"], "éIa Ia": ["Ia"], "": ["a"], "ab": ["", "ab"],
    }
    for text, words in cases.items():
        for word in words:
            for end in (None, 0, 1, 2, 3, 4, 7, -1):
                assert list(_standalone(text, word, end)) == _expected(text, word, end), (text, word, end)
    assert list(_standalone("A A A", "A A")) == [0]  # the second "A A" overlaps the first: not found again
    assert list(_standalone("ia ia", "ia", 4)) == [0]  # "i" of the second is cut by the end, and so not the word
