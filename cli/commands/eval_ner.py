"""`pilkada eval-ner`: entity F1 of the shipped NER models on the NERGrit and NERP test sets, and their speed."""

from __future__ import annotations

import json
from pathlib import Path

from pilkada.errors import UsageError

NAME = "eval-ner"
HELP = "score the shipped NER models (spaCy, stanza) on the NERGrit and NERP test sets: F1 per label, words/s on one core"


def add_arguments(parser) -> None:
    parser.add_argument("--data", default="../shared/data/ner",
                        help="folder with nergrit/ and nerp/ test.tsv (default ../shared/data/ner)")
    parser.add_argument("--backend", choices=("spacy", "stanza", "all"), default="spacy",
                        help="which shipped model to score (default spacy; all = every installed backend)")
    parser.add_argument("--model", help="score this model (spaCy folder or stanza .pt) instead of the shipped one")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table (for the README)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of the tables")
    parser.add_argument("--no-speed", action="store_true", help="skip the words-per-second measurement")


def run(args) -> int:
    from pilkada.extract.ner import NerUnavailable, load_ner, ner_available
    from pilkada.extract.training import corpus
    from pilkada.extract.training.evaluate import evaluate_backend, format_markdown, format_report

    data_dir = Path(args.data)
    missing = corpus.check_data_dir(data_dir, splits=("test",))
    if missing:
        raise UsageError(f"no NER test data at {missing[0]} (give the folder holding nergrit/ and nerp/ with --data)")
    if args.backend == "all":
        if args.model:
            raise UsageError("--model needs one --backend (spacy or stanza), not all")
        backends = [b for b in ("spacy", "stanza") if ner_available(b)]
        if not backends:
            raise UsageError("no NER backend is available (is the spaCy model shipped in pilkada/extract/model?)")
    else:
        backends = [args.backend]
    if args.model and not Path(args.model).exists():
        raise UsageError(f"no such model: {args.model}")

    reports = []
    for backend in backends:
        try:
            ner = load_ner(backend, path=args.model)
        except NerUnavailable as err:
            raise UsageError(str(err).splitlines()[0]) from err
        reports.append(evaluate_backend(ner, data_dir, backend, speed=not args.no_speed))

    if args.json:
        print(json.dumps(reports, indent=2))
        return 0
    print(format_report(reports))
    if args.markdown:
        print()
        print(format_markdown(reports))
    return 0
