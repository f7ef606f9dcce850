"""The cleaner on the corpus of real saved pages (tests/realpages/<outlet>/<slug>.html + .json): on every page no
boilerplate string survives and the lead is kept, and on each field pilkada is right at least as often as plain
trafilatura (`pilkada eval-clean` prints the same counts). The corpus is data: these tests grow with it."""

from __future__ import annotations

import json
from pathlib import Path

from pilkada.cli.commands.eval_clean import (
    FIELDS, REQUIRED_KEYS, CorpusPage, pilkada_result, score, trafilatura_result,
)

REALPAGES = Path(__file__).with_name("realpages")
PAGES = [CorpusPage(path, json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
         for path in sorted(REALPAGES.glob("*/*.html"))]


def test_the_corpus_holds_real_pages_of_several_outlets():
    outlets = {page.expected["outlet"] for page in PAGES}
    assert len(PAGES) >= 32 and len(outlets) >= 8, (len(PAGES), sorted(outlets))


def test_every_saved_page_has_its_expectations():
    for page in PAGES:
        missing = [key for key in (*REQUIRED_KEYS, "source", "pages") if key not in page.expected]
        assert not missing, f"{page.name}: {missing}"
        assert page.expected["url"].startswith(("http://", "https://")) and page.expected["source"]
        assert page.path.parent.name == page.expected["outlet"]


def test_no_boilerplate_survives_and_no_lead_is_lost():
    wrong = {}
    for page in PAGES:
        right = score(page.expected, *pilkada_result(page))
        failed = [field for field in ("boilerplate-free", "lead kept") if not right[field]]
        if failed:
            wrong[page.name] = failed
    assert not wrong


def test_pilkada_at_or_above_plain_trafilatura_on_every_field():
    counts = {name: dict.fromkeys(FIELDS, 0) for name in ("pilkada", "trafilatura")}
    for page in PAGES:
        for name, clean in (("pilkada", pilkada_result), ("trafilatura", trafilatura_result)):
            for field, right in score(page.expected, *clean(page)).items():
                counts[name][field] += right
    behind = [field for field in FIELDS if counts["pilkada"][field] < counts["trafilatura"][field]]
    assert not behind, counts
