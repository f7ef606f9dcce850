"""Statistical named-entity recognition (PERSON / LOC / ORG) for Indonesian text, with shipped models.

    from pilkada.extract.ner import load_ner, ner_available
    ner = load_ner()                      # spaCy model shipped in pilkada/extract/model/
    ner.people(["Bupati Sleman Kustini Sri Purnomo meresmikan pasar, kata Teguh."])
    # -> [[(14, 33, 'Kustini Sri Purnomo', 'PERSON'), (57, 62, 'Teguh', 'PERSON'), ...]]

`people(texts)` returns, for every text, every entity the model finds (not only people) as
(char start, char end, text, label) with label in LABELS. Two backends:

- "spacy" (default): extract/model/, trained by `python -m pilkada.extract.training.train_ner`;
  needs only spaCy (no torch).
- "stanza": extract/model_stanza/, trained by `python -m pilkada.extract.training.train_stanza`;
  needs the optional extra `pilkada[stanza]` (stanza + CPU torch). Tokens and sentences come
  from spacy.blank("id") so both backends see the same tokenization.

Models load from the package directory (importlib.resources); nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

LABELS = ("PERSON", "LOC", "ORG")
BACKENDS = ("spacy", "stanza")
SPACY_MODEL_DIR = "model"
STANZA_MODEL_DIR = "model_stanza"
STANZA_MODEL_FILE = "id_ner.pt"

Entity = tuple[int, int, str, str]


class NerUnavailable(RuntimeError):
    """The backend's library or its shipped model is missing."""


def _package_dir(name: str) -> Path:
    target = resources.files("pilkada.extract") / name
    if not isinstance(target, Path):  # e.g. a zipped install: the models need a real folder
        raise NerUnavailable(f"pilkada.extract/{name} is not a folder on disk ({target!r})")
    return target


def model_path(backend: str = "spacy") -> Path:
    """Where the shipped model of backend lives (a folder for spaCy, a .pt file for stanza)."""
    if backend == "spacy":
        return _package_dir(SPACY_MODEL_DIR)
    if backend == "stanza":
        return _package_dir(STANZA_MODEL_DIR) / STANZA_MODEL_FILE
    raise ValueError(f"unknown NER backend {backend!r} (choose from {', '.join(BACKENDS)})")


def ner_available(backend: str = "spacy") -> bool:
    """True when backend's library is installed and its shipped model is on disk."""
    if backend not in BACKENDS:
        return False
    if importlib.util.find_spec(backend) is None:
        return False
    if backend == "stanza" and importlib.util.find_spec("torch") is None:
        return False
    try:
        path = model_path(backend)
    except NerUnavailable:
        return False
    return (path / "config.cfg").is_file() if backend == "spacy" else path.is_file()


def load_ner(backend: str = "spacy", path: str | Path | None = None):
    """The NER of backend ("spacy" or "stanza"), from the shipped model or from path."""
    if backend == "spacy":
        return SpacyNER(Path(path) if path else model_path("spacy"))
    if backend == "stanza":
        if importlib.util.find_spec("stanza") is None or importlib.util.find_spec("torch") is None:
            raise NerUnavailable(
                "the stanza NER backend needs stanza and torch: pip install 'pilkada[stanza]' "
                "(stanza>=1.10,<2 with the CPU build torch==2.13.0)"
            )
        return StanzaNER(Path(path) if path else model_path("stanza"))
    raise ValueError(f"unknown NER backend {backend!r} (choose from {', '.join(BACKENDS)})")


class SpacyNER:
    backend = "spacy"

    def __init__(self, path: Path, batch_size: int = 256):
        import spacy

        if not (path / "config.cfg").is_file():
            raise NerUnavailable(
                f"no spaCy NER model at {path}: train one with "
                "`python -m pilkada.extract.training.train_ner --data ../shared/data/ner`"
            )
        self.path = path
        self.batch_size = batch_size
        self.nlp = spacy.load(path)

    def people(self, texts: list[str]) -> list[list[Entity]]:
        return [
            [(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in LABELS]
            for doc in self.nlp.pipe(texts, batch_size=self.batch_size)
        ]

    entities = people


class StanzaNER:
    """stanza's BiLSTM-CRF tagger over spacy.blank("id") tokens and sentencizer sentences."""

    backend = "stanza"

    def __init__(self, path: Path, batch_size: int = 64):
        import logging

        import spacy

        if not path.is_file():
            raise NerUnavailable(
                f"no stanza NER model at {path}: train one with "
                "`python -m pilkada.extract.training.train_stanza --data ../shared/data/ner`"
            )
        logging.getLogger("stanza").setLevel(logging.WARNING)
        from stanza.models.ner.trainer import Trainer

        self.path = path
        self.batch_size = batch_size
        self.trainer = Trainer(model_file=str(path), device="cpu")
        self.config = dict(self.trainer.args)
        self.config["batch_size"] = batch_size
        self.segmenter = spacy.blank("id")
        self.segmenter.add_pipe("sentencizer")

    def _sentences(self, texts: list[str]):
        """(text index, [(start, end, word)]) for every sentence of every text."""
        out = []
        for index, doc in enumerate(self.segmenter.pipe(texts, batch_size=256)):
            for sent in doc.sents:
                tokens = [(t.idx, t.idx + len(t.text), t.text) for t in sent if not t.is_space]
                if tokens:
                    out.append((index, tokens))
        return out

    def tag_words(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIOES tags for pre-tokenized sentences."""
        import torch
        from stanza.models.common.doc import Document
        from stanza.models.ner.data import DataLoader

        if not sentences:
            return []
        document = Document([[{"id": i + 1, "text": w} for i, w in enumerate(words)] for words in sentences])
        with torch.no_grad():
            loader = DataLoader(document, self.batch_size, self.config, vocab=self.trainer.vocab,
                                evaluation=True, preprocess_tags=False)
            tags: list[list[str]] = []
            for batch in loader:
                tags += self.trainer.predict(batch)
        return tags

    def people(self, texts: list[str]) -> list[list[Entity]]:
        sentences = self._sentences(texts)
        tags = self.tag_words([[w for _, _, w in tokens] for _, tokens in sentences])
        out: list[list[Entity]] = [[] for _ in texts]
        for (index, tokens), sentence_tags in zip(sentences, tags):
            text = texts[index]
            for start_token, end_token, label in bioes_spans(sentence_tags):
                if label in LABELS:
                    start, end = tokens[start_token][0], tokens[end_token - 1][1]
                    out[index].append((start, end, text[start:end], label))
        return out

    entities = people


def bioes_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, label) of BIO or BIOES tags; a broken sequence still yields its spans."""
    spans = []
    current = None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        if current is not None and (prefix in ("I", "E") and label == current[2]):
            current[1] = i + 1
            if prefix == "E":
                spans.append(tuple(current))
                current = None
            continue
        if current is not None:
            spans.append(tuple(current))
            current = None
        if prefix == "S":
            spans.append((i, i + 1, label))
        elif prefix in ("B", "I", "E") and label:
            current = [i, i + 1, label]
            if prefix == "E":
                spans.append(tuple(current))
                current = None
    return spans
