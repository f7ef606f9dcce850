"""Clean pages and extract officials, regions, dates and regulations from Indonesian news text.

Public API, plain functions over strings with no I/O (imported lazily so that
`import pilkada.extract` stays cheap):

- clean_html(html, url=None, *, drop_selectors=(), drop_line_patterns=(), selectors=None) -> Article
- extract_text(text, published=None) -> dict            (the record of docs/extraction-spec)
- extract_records(pairs, *, batch_size=64) -> Iterator[dict]   pairs: (text, published) ; Pipeline.pipe
- EXTRACTOR_VERSION: str
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "clean_html": "pilkada.extract.clean",
    "Article": "pilkada.extract.clean",
    "extract_text": "pilkada.extract.pipeline",
    "extract_records": "pilkada.extract.pipeline",
    "EXTRACTOR_VERSION": "pilkada.extract.version",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
