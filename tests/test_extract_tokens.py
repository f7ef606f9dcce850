"""`tokenize` finds each token's offsets from `findall` and `str.find`: the same tokens, at the same offsets, as the
pattern's own match objects give, on the gold texts and on text built to trip the offset search (repeated words,
every kind of whitespace, marks, accented letters, dots and apostrophes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pilkada.extract.tokens import TOKEN, Token, tokenize

GOLD = Path(__file__).resolve().parent / "gold"


def by_match_objects(text: str) -> list[tuple]:
    tokens = []
    for match in TOKEN.finditer(text):
        word = match.group(0)
        first = word[:1]
        tokens.append((word, match.start(), match.end(), word.rstrip("."), first.isupper(), not first.isalnum()))
    return tokens


def gold_texts() -> list[str]:
    from pilkada.sites.articles import load_article

    texts = []
    for file in sorted(GOLD.rglob("*.json")):
        gold = json.loads(file.read_text(encoding="utf-8"))
        texts.append(load_article((file.parent / gold["source"]).resolve(), require_published=False).text)
    return texts


TRICKY = [
    "",
    "   \n\t ",
    "a a a aa a.a a. a.. ..a",
    "Bupati  Bupati\u00a0Bupati\u2003Bupati\u3000Bupati\x0bBupati\x1cBupati",
    "H. Warsubi, S.H., M.Si. (Jombang, 3/12) - \u201cSaya,\u201d katanya\u2026 Kab.Kediri",
    "Ma'ruf Amin’s O'Neil-Smith - -- ---a-b- 'x' ’y’ 10.000,5 Rp10.000.000,- 2024/2025",
    "Ça über naïve ÀÉÎ Ā Ǆ ǅ 𝐀𝐁 ١٢٣ x²",
]


@pytest.mark.parametrize("text", TRICKY)
def test_same_tokens_as_the_match_objects(text):
    tokens = tokenize(text)
    assert [tuple(t) for t in tokens] == by_match_objects(text)
    assert all(type(t) is Token for t in tokens)


def test_same_tokens_on_the_gold_texts():
    texts = gold_texts()
    assert len(texts) > 100
    for text in texts:
        assert [tuple(t) for t in tokenize(text)] == by_match_objects(text)
