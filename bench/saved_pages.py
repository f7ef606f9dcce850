"""The saved real pages (tests/realpages*/<outlet>/<slug>.html beside its .json of expectations), read as
`pilkada eval-clean` reads them: UTF-8, else cp1252."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def saved_pages(pattern: str = "tests/realpages*/*/*.html") -> Iterator[tuple[Path, dict, str]]:
    """(path, expectations, html) of each saved page whose path (from the repository root) matches `pattern`."""
    for path in sorted(ROOT.glob(pattern)):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        raw = path.read_bytes()
        try:
            html = raw.decode("utf-8")
        except UnicodeDecodeError:
            html = raw.decode("cp1252", errors="replace")
        yield path, expected, html
