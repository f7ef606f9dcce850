"""The extractor's configuration, read from the environment here so that extract/ reads none: the ingest step
(crawl, Scrapyd, Redis loader, reextract, the bench) and the `pilkada` command pass it in."""

from __future__ import annotations

import os


def ner_backend(choice: str | None = None) -> str | None:
    """The NER backend to extract with: `choice` (a flag), else $PILKADA_NER, else none (rules only)."""
    from pilkada.extract.pipeline import default_ner_backend

    return default_ner_backend(choice or os.environ.get("PILKADA_NER"))


def ner_model_path() -> str | None:
    """$PILKADA_MODEL: a NER model to load instead of the shipped one."""
    return os.environ.get("PILKADA_MODEL") or None
