"""The two Indonesian NER corpora (IndoNLU's NERGrit and NERP) as sentences with PERSON / LOC / ORG spans.

Files: token<TAB>BIO-tag, one a line, a blank line between sentences. Labels are mapped
to pilkada's three (PERSON, LOC, ORG); NERP's EVT (events) and FNB (food and beverage)
are dropped (their tokens become O). A sentence's text is its tokens joined by single
spaces, so every gold span is a (char start, char end, label) triple on that text and
any tokenizer can be scored against it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("PERSON", "LOC", "ORG")
CORPORA = ("nergrit", "nerp")
SPLITS = ("train", "valid", "test")
LABEL_MAP = {
    # NERGrit
    "PERSON": "PERSON",
    "PLACE": "LOC",
    "ORGANISATION": "ORG",
    # NERP
    "PPL": "PERSON",
    "PLC": "LOC",
    "IND": "ORG",
    "EVT": None,
    "FNB": None,
}
# IndoNLU (Wilie et al., AACL 2020), Table 5: entity F1 on the test sets, all labels of the corpus.
REFERENCE_F1 = {
    "nergrit": {"XLM-R base (best)": 0.7909, "IndoBERT-large": 0.7760, "fastText-indo4b": 0.3869, "from scratch": 0.0580},
    "nerp": {"IndoBERT-large (best)": 0.7925, "XLM-R large": 0.7852, "fastText-indo4b": 0.4679, "from scratch": 0.3066},
}


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]  # BIO over the mapped labels (B-PERSON, I-LOC, O...)
    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # char offsets in text

    @property
    def starts(self) -> list[int]:
        out, pos = [], 0
        for w in self.words:
            out.append(pos)
            pos += len(w) + 1
        return out


def corpus_path(data_dir: Path | str, corpus: str, split: str) -> Path:
    return Path(data_dir) / corpus / f"{split}.tsv"


def read_tsv(path: Path | str) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of one BIO file as (words, raw tags)."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            token, _, tag = line.partition("\t")
            token = token.strip()
            if not token:
                continue
            words.append(token)
            tags.append(tag.strip() or "O")
    if words:
        yield words, tags


def map_tags(tags: Iterable[str]) -> list[str]:
    """Raw BIO tags to pilkada's labels; a dropped label becomes O, a stray I- opens a new entity."""
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag == "O" or "-" not in tag:
            new = "O"
        else:
            prefix, _, label = tag.partition("-")
            mapped = LABEL_MAP.get(label.upper())
            if mapped is None:
                new = "O"
            elif prefix == "I" and previous in (f"B-{mapped}", f"I-{mapped}"):
                new = f"I-{mapped}"
            else:
                new = f"B-{mapped}"
        out.append(new)
        previous = new
    return out


def bio_spans(words: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
    """Char spans (start, end, label) of BIO tags on the space-joined text of words."""
    spans: list[tuple[int, int, str]] = []
    pos = 0
    current: list | None = None
    for word, tag in zip(words, tags):
        start, end = pos, pos + len(word)
        pos = end + 1
        if tag.startswith("I-") and current is not None and current[2] == tag[2:]:
            current[1] = end
            continue
        if current is not None:
            spans.append(tuple(current))
            current = None
        if tag.startswith(("B-", "I-")):
            current = [start, end, tag[2:]]
    if current is not None:
        spans.append(tuple(current))
    return spans


def load(data_dir: Path | str, corpus: str, split: str, *, lower: bool = False) -> list[Sentence]:
    path = corpus_path(data_dir, corpus, split)
    out = []
    for words, raw in read_tsv(path):
        if lower:
            words = [w.lower() for w in words]
        tags = map_tags(raw)
        out.append(Sentence(words, tags, " ".join(words), bio_spans(words, tags)))
    return out


def check_data_dir(data_dir: Path | str, splits: Iterable[str] = SPLITS) -> list[Path]:
    """The files missing under data_dir (empty when all are there)."""
    return [corpus_path(data_dir, c, s) for c in CORPORA for s in splits if not corpus_path(data_dir, c, s).is_file()]


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: Iterable[tuple[int, int, str]], predicted: Iterable[tuple[int, int, str]]) -> None:
        gold_set = set(gold)
        pred_set = {(s, e, l) for s, e, l in predicted if l in LABELS}
        for span in gold_set & pred_set:
            self.tp[span[2]] += 1
        for span in pred_set - gold_set:
            self.fp[span[2]] += 1
        for span in gold_set - pred_set:
            self.fn[span[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        if label is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def f1(self) -> float:
        return self.prf()[2]

    def as_dict(self) -> dict:
        out = {}
        for label in (*LABELS, None):
            p, r, f = self.prf(label)
            key = label or "ALL"
            out[key] = {
                "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp[label] if label else sum(self.tp.values()),
                "fp": self.fp[label] if label else sum(self.fp.values()),
                "fn": self.fn[label] if label else sum(self.fn.values()),
            }
        return out


def score_spans(sentences: list[Sentence], predictions: Iterable[Iterable[tuple[int, int, str]]]) -> Score:
    """Exact-match entity scoring on char spans (label and both boundaries must agree)."""
    score = Score()
    for sentence, predicted in zip(sentences, predictions, strict=True):
        score.add(sentence.spans, predicted)
    return score
