"""Write extract/sentence_rules.json: what pilkada.extract.sentences needs of spaCy's Indonesian tokenizer.

    python -m pilkada.extract.training.sentence_rules [--out extract/sentence_rules.json] [--check]

The extraction reads sentences as spaCy's sentencizer cuts them over spaCy's Indonesian tokenizer, with only the
tokenizer exceptions that hold a dot (abbreviations, degrees). extract/sentences.py computes the same boundaries
without spaCy: it needs the tokenizer's prefix, suffix, infix and URL patterns, its exceptions and the sentencizer's
sentence-final characters, which this command reads from the installed spaCy and writes down. `--check` says
whether the shipped file still matches the installed spaCy (a spaCy upgrade that changes them fails it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "sentence_rules.json"


def _islamic_degree_forms() -> dict[str, list[str]]:
    """The degrees of Islamic studies with their dots, the final I in either case ("S.Pd.I.", "S.Pd.i.", "M.H.I."):
    spaCy's list has a few, and without one the last dot ends a sentence ("Ikhsan Rahmani, S.Pd.i. Dalam
    sambutannya mengatakan …" parts the speaker from what he said)."""
    import re

    from pilkada.extract.lexicon import DEGREE_WORDS

    forms = {}
    for degree in DEGREE_WORDS:
        if len(degree) > 2 and degree.endswith("I") and degree[:-1] in DEGREE_WORDS | {"SSos", "SKom", "SAg", "SH", "MH", "STh"}:
            parts = re.findall(r"[A-Z][a-z]*", degree)
            for last in ("I", "i"):
                written = ".".join([*parts[:-1], last]) + "."
                forms[written] = [written]
    return forms


def rules() -> dict:
    """The tables, read from the installed spaCy."""
    import spacy
    from spacy.lang.id import Indonesian
    from spacy.pipeline.sentencizer import Sentencizer
    from spacy.symbols import ORTH

    defaults = Indonesian.Defaults
    nlp = Indonesian()
    tokenizer = nlp.tokenizer
    if defaults.token_match is not None:
        raise SystemExit("spaCy's Indonesian tokenizer now has a token_match: extract/sentences.py does not read one")
    exceptions = {k: [sub[ORTH] for sub in v] for k, v in defaults.tokenizer_exceptions.items() if "." in k}
    exceptions |= _islamic_degree_forms()

    def pattern(method) -> dict:
        return {"pattern": method.__self__.pattern, "flags": int(method.__self__.flags)}

    return {
        "spacy": spacy.__version__,
        "prefix": pattern(tokenizer.prefix_search),
        "suffix": pattern(tokenizer.suffix_search),
        "infix": pattern(tokenizer.infix_finditer),
        "url": pattern(tokenizer.url_match),
        "exceptions": dict(sorted(exceptions.items())),
        "sentence_final": sorted(Sentencizer.default_punct_chars),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare --out with the installed spaCy, write nothing")
    args = parser.parse_args(argv)
    found = rules()
    if args.check:
        shipped = json.loads(args.out.read_text(encoding="utf-8"))
        same = {k: v for k, v in shipped.items() if k != "spacy"} == {k: v for k, v in found.items() if k != "spacy"}
        print(f"{args.out}: {'the same as' if same else 'DIFFERENT from'} spaCy {found['spacy']}'s tables")
        return 0 if same else 1
    args.out.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (spaCy {found['spacy']}, {len(found['exceptions'])} exceptions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
