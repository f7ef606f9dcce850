"""extract/sentences.py gives the sentence starts of spaCy's sentencizer over spaCy's Indonesian tokenizer (the
dotted exceptions only, long runs fed in 64-character pieces), as the pipeline had them: compared here with spaCy
itself, on every gold article and on texts built to meet each of the tokenizer's paths."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pilkada.extract.pipeline import normalise_text
from pilkada.extract.sentences import RULES_FILE, _tables, sentence_index, sentence_starts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def spacy_starts():
    """The starts spaCy gives: its Indonesian tokenizer with the same exceptions, fed long runs in the same pieces,
    and its sentencizer."""
    from spacy.lang.id import Indonesian
    from spacy.tokens import Doc

    from pilkada.extract.training.sentence_rules import rules

    exceptions = rules()["exceptions"]

    class DottedExceptionsOnly(Indonesian.Defaults):
        tokenizer_exceptions = {k: [{spacy.symbols.ORTH: t} for t in v] for k, v in exceptions.items()}

    class PilkadaIndonesian(Indonesian):
        Defaults = DottedExceptionsOnly

    nlp = PilkadaIndonesian()
    sentencizer = nlp.add_pipe("sentencizer")
    long_run = re.compile(r"\S{200,}")

    def starts(text: str) -> list[int]:
        if long_run.search(text):
            parts, position = [], 0
            for run in long_run.finditer(text):
                if run.start() > position:
                    parts.append(text[position:run.start()])
                parts += [text[k:min(k + 64, run.end())] for k in range(run.start(), run.end(), 64)]
                position = run.end()
            if position < len(text):
                parts.append(text[position:])
            doc = Doc.from_docs([nlp.tokenizer(part) for part in parts], ensure_whitespace=False)
        else:
            doc = nlp.tokenizer(text)
        doc = sentencizer(doc)
        return [token.idx for token in doc if token.is_sent_start]

    return starts


def _gold_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold").glob("*/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*")) if p.is_file()]
    return [normalise_text(t) for t in texts]


def test_the_starts_are_spacys_on_every_gold_article(spacy_starts):
    texts = _gold_texts()
    assert len(texts) > 900
    differ = [t[:80] for t in texts if sentence_starts(t) != spacy_starts(t)]
    assert differ == []


# pieces that meet the tokenizer's prefixes, suffixes, infixes, URLs, exceptions (alone, glued, across a space) and
# every sentence-final mark, including those outside the Basic Multilingual Plane
PIECES = ["kata", "Bupati", "Dr", "Hj", "S.Pd.I", "M.Si", "(", ")", '"', "“", "”", "'", ".", "..", "...", "!", "?",
          "?!", ",", ";", ":", "-", "—", "/", "2024", "1.000", "20/9/2024", "www.kpu.go.id", "https://x.id/a.b?c=1.",
          "Rp", "10%", " ", "  ", "\n", "\n\n", "\t", "a", "B", "。", "！", "．", "…", "«", "»", "[", "]", "km", "Jl",
          "No", "Kab", "😀", "‘", "’", "(KPU)", "KPU.", "No.12", "Kec.", "dr.", "H.", "A.Md.Kep", "Prof.Dr.", "rer.",
          "nat.", "iur.", "med", "phil.", "?”", ".”", '!"', "1.", "2)", "a)", "Rp5.000,-", "#", "<b>", "</b>", "؟", "।",
          "𑁇", "\u00ad"]


def _built_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = PIECES + list(_tables().specials)
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", ""]) for _ in range(rng.randint(1, 25)))
        if rng.random() < 0.05:
            text += rng.choice(["x", "S.Pd.I.", "Dr.", "-"]) * rng.randint(60, 120) + rng.choice([". Kata", ".  kata", "", '".'])
        texts.append(normalise_text(text))
    return texts


@pytest.mark.parametrize("seed", range(3))
def test_the_starts_are_spacys_on_built_texts(spacy_starts, seed):
    differ = [t for t in _built_texts(4000, seed) if sentence_starts(t) != spacy_starts(t)]
    assert differ == []


def test_an_exception_of_several_words_glued_to_the_word_before_ends_no_sentence(spacy_starts):
    text = "Pembicara Prof.Dr. rer. nat. Budi hadir. Lalu pulang."
    assert sentence_starts(text) == spacy_starts(text) == [0, text.index("Lalu")]


def test_a_dot_parted_by_a_space_from_a_degree_is_a_mark_of_its_own(spacy_starts):
    text = "Ia lulus A.Md.Kep . Lalu bekerja."
    assert sentence_starts(text) == spacy_starts(text)


def test_sentences_are_stripped_and_cover_the_text():
    text = "  Bupati hadir.  \n\n“Kami siap,” ujarnya. Rapat usai!"
    starts, sentences = sentence_index(text)
    assert sentences == ["Bupati hadir.", "“Kami siap,” ujarnya.", "Rapat usai!"]
    assert starts[0] == 0 and sentence_index("") == ([], [])


def test_the_shipped_tables_are_those_of_the_installed_spacy():
    from pilkada.extract.training.sentence_rules import main

    assert main(["--check", "--out", str(RULES_FILE)]) == 0
