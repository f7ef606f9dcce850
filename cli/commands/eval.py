"""`pilkada eval GOLD_DIR`: score the extractor against annotated articles; `--ner` scores the NER models."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

from pilkada.errors import UsageError
from pilkada.cli.common import add_ner_backend_argument, chosen_ner_backend

NAME = "eval"
HELP = "score extraction against a gold set (micro P/R/F1 per field) and gate on a baseline"
TOLERANCE = 0.01
DEFAULT_BASELINE = "tests/gold_baseline.json"


def add_arguments(parser) -> None:
    parser.add_argument("gold", nargs="?", default="tests/gold", help="gold directory (default tests/gold)")
    parser.add_argument("--baseline", nargs="?", const=DEFAULT_BASELINE, metavar="FILE",
                        help=f"gate on a baseline (default {DEFAULT_BASELINE}): exit 1 when a score drops more than "
                             f"{TOLERANCE} below it or a gold article differs from the one it was pinned on")
    parser.add_argument("--update-baseline", action="store_true",
                        help="write the current scores and gold digests into the baseline (--baseline FILE, default "
                             f"{DEFAULT_BASELINE}), recording the change in its history; refused when a figure would "
                             "go down or a pinned gold article changed or went away, unless --reason says why")
    parser.add_argument("--reason", help="with --update-baseline: why a figure goes down or a gold article changed "
                                         "(recorded in the baseline's history)")
    parser.add_argument("--baseline-table", action="store_true",
                        help="print the README's markdown table of gold figures from the baseline file and "
                             "tests/gold/sets.toml, then exit")
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("--diff", action="store_true", help="list, per article, the items missed and spurious")
    add_ner_backend_argument(parser, also="; with a model the officials line compares with rules alone")
    parser.add_argument("--ner", action="store_true",
                        help="score every installed NER backend: entity F1 per label on the NERGrit and NERP test sets "
                             "beside the published scores, words/s, and officials F1 on the gold set with and without it")
    parser.add_argument("--ner-data", default="../shared/data/ner",
                        help="with --ner: folder with nergrit/ and nerp/ test.tsv (default ../shared/data/ner)")


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.rglob("*.json"))


def gold_digests(gold_dir: Path) -> dict[str, str]:
    """Per gold article: sha256 of its annotation (.json) and of the article text it points to."""
    digests = {}
    for file in gold_files(gold_dir):
        raw = file.read_bytes()
        source = (file.parent / json.loads(raw)["source"]).resolve()
        digest = hashlib.sha256(raw)
        digest.update(b"\0")
        digest.update(source.read_bytes() if source.exists() else b"")
        digests[str(file.relative_to(gold_dir).with_suffix(""))] = digest.hexdigest()
    return digests


def load_gold(gold_dir: Path):
    from pilkada.sites.articles import load_article  # the article source format is the local sites'

    files = gold_files(gold_dir)
    if not files:
        raise UsageError(f"no gold files (*.json) under {gold_dir}")
    for file in files:
        gold = json.loads(file.read_text(encoding="utf-8"))
        article = load_article((file.parent / gold["source"]).resolve(), require_published=False)
        text, published = article.text, (article.published.date() if article.published else None)
        if gold.get("published"):
            published = dt.date.fromisoformat(gold["published"])
        yield str(file.relative_to(gold_dir).with_suffix("")), text, published, gold


def evaluate(gold_dir: Path, ner_backend: str | None = None):
    from pilkada.extract.clean import clean_text
    from pilkada.extract.pipeline import extract_records
    from pilkada.extract.scoring import score
    from pilkada.ingest.config import ner_model_path

    items = list(load_gold(gold_dir))
    # the same text `pilkada extract` reads: inline boilerplate lines ("Baca juga: ...") dropped first
    predicted = extract_records(((clean_text(text), published) for _, text, published, _ in items),
                                ner_backend=ner_backend, model_path=ner_model_path())
    return score((name, pred, gold) for (name, _, _, gold), pred in zip(items, predicted)), len(items)


def format_table(totals) -> str:
    from pilkada.extract.scoring import QuoteScore

    lines = [f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6}  {'tp':>4} {'fp':>4} {'fn':>4}  attributes"]
    for name, s in totals.items():
        if isinstance(s, QuoteScore):
            lines.append(f"{name:<12} {'':>6} {s.recall:6.3f} {'':>6}  {s.found:4d} {'':>4} {s.gold - s.found:4d}  "
                         f"speaker {s.speaker_accuracy:.3f}, attributed {s.attributed:.3f}, role {s.role_accuracy:.3f} "
                         f"({s.right_speaker} of {s.gold} gold quotes; {s.predicted} predicted)")
            continue
        extra = []
        for attribute in ("role", "regency", "province", "kind"):
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
    from pilkada.cli.main import build_parser  # --ner is `pilkada eval-ner --backend all`, dispatched as such
    from pilkada.extract.ner import ner_available

    eval_ner = build_parser().parse_args(["eval-ner", "--data", str(args.ner_data), "--backend", "all"])
    status = eval_ner.run(eval_ner)
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
    if args.baseline_table:
        print(baseline_table(Path(args.baseline or DEFAULT_BASELINE), gold_dir))
        return 0
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
    if args.update_baseline:
        if backend:
            raise UsageError("the baseline holds rules-only figures: --update-baseline takes no --ner-backend")
        return update_baseline(Path(args.baseline or DEFAULT_BASELINE), flat, gold_digests(gold_dir), args.reason,
                               count)
    if args.baseline:
        return gate(Path(args.baseline), flat, gold_digests(gold_dir), diffs)
    return 0


# ---- the baseline: floors that only move up, the gold they were measured on, and why they ever moved ----------

def read_baseline(path: Path) -> dict:
    """{"scores": {...}, "digests": {...}, "history": [...]}; a file of the older flat form is its scores alone."""
    if not path.exists():
        return {"scores": {}, "digests": {}, "history": []}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise UsageError(f"{path} is not valid JSON: {error}") from None
    if "scores" not in data:
        data = {"scores": data}
    data.setdefault("digests", {})
    data.setdefault("history", [])
    return data


def digest_changes(pinned: dict[str, str], current: dict[str, str]) -> dict[str, list[str]]:
    return {
        "changed": sorted(k for k in pinned.keys() & current.keys() if pinned[k] != current[k]),
        "removed": sorted(pinned.keys() - current.keys()),
        "added": sorted(current.keys() - pinned.keys()),
    }


def gate(path: Path, flat: dict[str, float], digests: dict[str, str], diffs) -> int:
    baseline = read_baseline(path)
    failed = False
    drops = [(k, v, flat.get(k, 0.0)) for k, v in baseline["scores"].items() if flat.get(k, 0.0) < v - TOLERANCE]
    if drops:
        failed = True
        print("\nregression against the baseline:", file=sys.stderr)
        for k, old, new in drops:
            print(f"  {k}: {new:.4f} < baseline {old:.4f}", file=sys.stderr)
        for diff in diffs:
            if diff.missed or diff.spurious:
                print(f"  {diff.article}: missed {diff.missed} spurious {diff.spurious}", file=sys.stderr)
    if baseline["digests"]:
        changes = digest_changes(baseline["digests"], digests)
        if any(changes.values()):
            failed = True
            print(f"\nthe gold set differs from the one {path} was pinned on:", file=sys.stderr)
            for kind, articles in changes.items():
                if articles:
                    print(f"  {kind}: {', '.join(articles)}", file=sys.stderr)
            print("  run `pilkada eval GOLD --update-baseline --reason \"...\"` once the change is deliberate",
                  file=sys.stderr)
    return 1 if failed else 0


def update_baseline(path: Path, flat: dict[str, float], digests: dict[str, str], reason: str | None,
                    articles_count: int) -> int:
    baseline = read_baseline(path)
    old = baseline["scores"]
    changed = {k: [old.get(k), v] for k, v in sorted(flat.items()) if old.get(k) != v}
    changed.update({k: [v, None] for k, v in old.items() if k not in flat})
    lowered = sorted(k for k, (before, after) in changed.items() if before is not None and (after or 0.0) < before)
    first_pin = not baseline["digests"]
    articles = {} if first_pin else digest_changes(baseline["digests"], digests)
    touched = articles.get("changed", []) + articles.get("removed", [])
    if (lowered or touched) and not (reason and reason.strip()):
        print(f"refusing to update {path} without --reason:", file=sys.stderr)
        for k in lowered:
            print(f"  {k} would go down: {changed[k][0]} -> {changed[k][1]}", file=sys.stderr)
        for k in touched:
            print(f"  gold article changed or removed: {k}", file=sys.stderr)
        return 1
    if not changed and not any(articles.values()) and not first_pin:
        print(f"{path}: no figure and no gold article changed")
        return 0
    entry = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "changed": changed, "lowered": lowered}
    entry.update({f"articles_{kind}": items for kind, items in articles.items() if items})
    if first_pin:
        entry["articles_pinned"] = len(digests)
    if reason:
        entry["reason"] = reason.strip()
    baseline = {"articles": articles_count, "scores": dict(sorted(flat.items())),
                "digests": dict(sorted(digests.items())),
                "history": baseline["history"] + [entry]}
    path.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{path}: {len(changed)} figures changed ({len(lowered)} down), "
          f"{len(digests) if first_pin else sum(len(v) for v in articles.values())} gold articles "
          f"{'pinned' if first_pin else 'added, changed or removed'}")
    return 0


# ---- the README's figures, from the baseline and the held-out sets' manifest -----------------------------------

SETS_MANIFEST = "sets.toml"
TABLE_COLUMNS = [("regencies", "regencies.f1"), ("provinces", "provinces.f1"), ("officials", "officials.f1"),
                 ("role", "officials.role_accuracy"), ("regency", "officials.regency_accuracy"),
                 ("province", "officials.province_accuracy"), ("dates", "dates.f1"),
                 ("regulations", "regulations.f1"), ("quotes found", "quotes.recall"),
                 ("speaker", "quotes.speaker_accuracy"), ("attributed", "quotes.attributed"),
                 ("quote role", "quotes.role_accuracy")]


def held_out_sets(gold_dir: Path) -> dict:
    """tests/gold/sets.toml: each held-out set's status ("held-out" or "training") and its before-fix figures."""
    import tomllib

    path = gold_dir / SETS_MANIFEST
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{path}: {error}") from None


def _cell(value) -> str:
    return "" if value is None else f"{value:.3f}"


def baseline_table(path: Path, gold_dir: Path) -> str:
    """Markdown: the pinned figures on the whole gold set, then each held-out set as scored before its fixes."""
    baseline = read_baseline(path)
    scores = baseline["scores"]
    header = "| | articles | " + " | ".join(name for name, _ in TABLE_COLUMNS) + " |"
    rule = "| --- | ---: | " + " | ".join("---:" for _ in TABLE_COLUMNS) + " |"
    lines = [header, rule,
             f"| `{gold_dir.as_posix()}` (pinned in `{path.as_posix()}`) | {baseline.get('articles', '')} | "
             + " | ".join(_cell(scores.get(key)) for _, key in TABLE_COLUMNS) + " |"]
    for name, info in held_out_sets(gold_dir).items():
        before = info.get("before_fixes", {})
        label = f"`{name}/` before its fixes ({info.get('status', 'held-out')})"
        lines.append(f"| {label} | {info.get('articles', '')} | "
                     + " | ".join(_cell(before.get(key)) for _, key in TABLE_COLUMNS) + " |")
    return "\n".join(lines)
