"""`pilkada eval GOLD_DIR`: score the extractor against annotated articles; `--ner` scores the NER models."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from pilkada.crawler.cli import UsageError
from pilkada.crawler.commands.extract import add_ner_backend_argument, chosen_ner_backend

NAME = "eval"
HELP = "score extraction against a gold set (micro P/R/F1 per field) and gate on a baseline"
TOLERANCE = 0.01


def add_arguments(parser) -> None:
    parser.add_argument("gold", nargs="?", default="tests/gold", help="gold directory (default tests/gold)")
    parser.add_argument("--baseline", help="baseline JSON; exit 1 when a score drops below it by more than 0.01")
    parser.add_argument("--write-baseline", metavar="FILE", help="write the current scores as the new baseline")
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("--diff", action="store_true", help="list, per article, the items missed and spurious")
    add_ner_backend_argument(parser, also="; with a model the officials line compares with rules alone")
    parser.add_argument("--ner", action="store_true",
                        help="score every installed NER backend: entity F1 per label on the NERGrit and NERP test sets "
                             "beside the published scores, words/s, and officials F1 on the gold set with and without it")
    parser.add_argument("--ner-data", default="../shared/data/ner",
                        help="with --ner: folder with nergrit/ and nerp/ test.tsv (default ../shared/data/ner)")


def load_gold(gold_dir: Path):
    from pilkada.sites.articles import load_article  # the article source format is the local sites'

    files = sorted(gold_dir.rglob("*.json"))
    if not files:
        raise UsageError(f"no gold files (*.json) under {gold_dir}")
    for file in files:
        gold = json.loads(file.read_text(encoding="utf-8"))
        article = load_article((file.parent / gold["source"]).resolve())
        text, published = article.text, article.published.date()
        if gold.get("published"):
            published = dt.date.fromisoformat(gold["published"])
        yield str(file.relative_to(gold_dir).with_suffix("")), text, published, gold


def evaluate(gold_dir: Path, ner_backend: str | None = None):
    from pilkada.extract.pipeline import extract_records
    from pilkada.extract.scoring import score

    from pilkada.extract.clean import clean_text

    items = list(load_gold(gold_dir))
    # the same text `pilkada extract` reads: inline boilerplate lines ("Baca juga: ...") dropped first
    predicted = extract_records(((clean_text(text), published) for _, text, published, _ in items),
                                ner_backend=ner_backend)
    return score((name, pred, gold) for (name, _, _, gold), pred in zip(items, predicted)), len(items)


def format_table(totals) -> str:
    lines = [f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6}  {'tp':>4} {'fp':>4} {'fn':>4}  attributes"]
    for name, s in totals.items():
        extra = []
        for attribute in ("role", "regency", "kind"):
            acc = s.accuracy(attribute) if attribute in s.attribute_hits else None
            if acc is not None:
                extra.append(f"{attribute} {acc:.3f}")
        lines.append(f"{name:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {s.tp:4d} {s.fp:4d} {s.fn:4d}  {', '.join(extra)}")
    return "\n".join(lines)


def _officials_line(rules_only, with_model, backend: str) -> str:
    r, m = rules_only["officials"], with_model["officials"]
    return (f"officials F1: rules alone {r.f1:.3f} (P {r.precision:.3f} R {r.recall:.3f}); "
            f"rules + {backend} NER {m.f1:.3f} (P {m.precision:.3f} R {m.recall:.3f})")


def run_ner(args, gold_dir: Path) -> int:
    """`pilkada eval --ner`: `pilkada eval-ner --backend all`, then each backend's effect on the gold officials."""
    import argparse

    from pilkada.crawler.commands import eval_ner
    from pilkada.extract.ner import ner_available

    status = eval_ner.run(argparse.Namespace(data=args.ner_data, backend="all", model=None, markdown=False,
                                             json=False, no_speed=False))
    (rules_only, _), count = evaluate(gold_dir, None)
    print(f"\n{count} gold articles in {gold_dir}:")
    for backend in ("spacy", "stanza"):
        if ner_available(backend):
            (with_model, _), _ = evaluate(gold_dir, backend)
            print(_officials_line(rules_only, with_model, backend))
    return status


def run(args) -> int:
    from pilkada.extract.scoring import flat_scores

    gold_dir = Path(args.gold)
    if not gold_dir.is_dir():
        raise UsageError(f"no such gold directory: {args.gold}")
    if args.ner:
        return run_ner(args, gold_dir)
    backend = chosen_ner_backend(args.ner_backend)
    (totals, diffs), count = evaluate(gold_dir, backend)
    flat = flat_scores(totals)
    if backend:
        (rules_only, _), _ = evaluate(gold_dir, None)
        print(_officials_line(rules_only, totals, backend))
    if args.json:
        print(json.dumps({"articles": count, "scores": flat}, indent=2))
    else:
        print(f"{count} gold articles in {gold_dir}")
        print(format_table(totals))
    if args.diff:
        for diff in diffs:
            print(f"\n{diff.article}")
            for field, items in diff.missed.items():
                print(f"  missed   {field}: {', '.join(items)}")
            for field, items in diff.spurious.items():
                print(f"  spurious {field}: {', '.join(items)}")
            for line in diff.wrong_attributes:
                print(f"  wrong    {line}")
    if args.write_baseline:
        Path(args.write_baseline).write_text(json.dumps(flat, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if args.baseline:
        baseline = json.loads(Path(args.baseline).read_text(encoding="utf-8"))
        drops = [(k, v, flat.get(k, 0.0)) for k, v in baseline.items() if flat.get(k, 0.0) < v - TOLERANCE]
        if drops:
            print("\nregression against the baseline:", file=sys.stderr)
            for k, old, new in drops:
                print(f"  {k}: {new:.4f} < baseline {old:.4f}", file=sys.stderr)
            for diff in diffs:
                lost = {f: items for f, items in diff.missed.items()}
                if lost or diff.spurious:
                    print(f"  {diff.article}: missed {lost} spurious {diff.spurious}", file=sys.stderr)
            return 1
    return 0
