"""Train pilkada's spaCy NER (PERSON / LOC / ORG) on NERGrit + NERP and ship it to extract/model/.

    python -m pilkada.extract.training.train_ner --data ../shared/data/ner [--out extract/model]

Steps: read both corpora (labels mapped by corpus.LABEL_MAP; NERP's EVT/FNB dropped), write
spaCy DocBins to a scratch directory (never into the repository), train with the committed
config ner.cfg (CPU, seed fixed), copy the best model to --out without training leftovers,
and score it on both test sets. `--variant` selects how NERP's lower-casing is handled:

- asis (default): NERGrit train + NERP train as they are
- caseaug: NERGrit train + a lower-cased copy of it + NERP train
- nergrit: NERGrit train only (NERP left out)

and `--nergrit-copies N` repeats NERGrit (4x smaller than NERP) N times (default 3).
docs/ner.md has the measured comparison: as is with NERGrit x3 scored best; the
lower-cased copy lowered F1 on both test sets.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from . import corpus

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "ner.cfg"
DEFAULT_OUT = HERE.parent / "model"
VARIANTS = ("caseaug", "asis", "nergrit")
DEFAULT_VARIANT = "asis"
NERGRIT_COPIES = 3
SHIPPED_FILES = ("config.cfg", "meta.json", "tokenizer", "vocab", "tok2vec", "ner")


def train_sentences(data_dir: Path, variant: str, nergrit_copies: int = 1) -> list[corpus.Sentence]:
    """The training sentences of variant; NERGrit (and its lower-cased copy) repeated nergrit_copies times."""
    nergrit = corpus.load(data_dir, "nergrit", "train") * nergrit_copies
    if variant == "nergrit":
        return nergrit
    out = list(nergrit)
    if variant == "caseaug":
        out += corpus.load(data_dir, "nergrit", "train", lower=True) * nergrit_copies
    return out + corpus.load(data_dir, "nerp", "train")


def dev_sentences(data_dir: Path) -> list[corpus.Sentence]:
    return corpus.load(data_dir, "nergrit", "valid") + corpus.load(data_dir, "nerp", "valid")


def write_docbin(sentences: list[corpus.Sentence], path: Path) -> int:
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("id")
    db = DocBin(store_user_data=False)
    for s in sentences:
        spaces = [True] * (len(s.words) - 1) + [False]
        db.add(Doc(nlp.vocab, words=s.words, spaces=spaces, ents=s.tags))
    db.to_disk(path)
    return len(db)


def ship(model_dir: Path, out: Path) -> None:
    """Copy what inference needs from a trained pipeline directory to out (replaced)."""
    from spacy.util import load_config

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in SHIPPED_FILES:
        src = model_dir / name
        if src.is_dir():
            shutil.copytree(src, out / name)
        elif src.is_file():
            shutil.copy2(src, out / name)
    config = load_config(out / "config.cfg", interpolate=False)
    for key in ("train", "dev"):
        config["paths"][key] = None
    config.to_disk(out / "config.cfg")


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pilkada.extract.training.train_ner", description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/ner", help="folder with nergrit/ and nerp/ (default ../shared/data/ner)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where the trained model goes (default extract/model)")
    parser.add_argument("--variant", choices=VARIANTS, default=DEFAULT_VARIANT, help="how NERP's lower-casing is handled")
    parser.add_argument("--nergrit-copies", type=int, default=NERGRIT_COPIES,
                        help=f"repeat NERGrit's (4x smaller) training set this many times (default {NERGRIT_COPIES})")
    parser.add_argument("--config", default=str(CONFIG), help="spaCy training config (default extract/training/ner.cfg)")
    parser.add_argument("--max-steps", type=int, help="override training.max_steps of the config")
    parser.add_argument("--seed", type=int, help="override system.seed of the config")
    parser.add_argument("--workdir", help="keep DocBins and checkpoints here (default: a temporary folder, removed)")
    parser.add_argument("--no-eval", action="store_true", help="skip scoring the shipped model on the test sets")
    args = parser.parse_args(argv)

    data_dir = Path(args.data)
    missing = corpus.check_data_dir(data_dir)
    if missing:
        parser.error(f"missing data file {missing[0]} (expected nergrit/ and nerp/ with train/valid/test.tsv)")

    from spacy.cli.train import train

    started = time.monotonic()
    scratch = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="pilkada-ner-"))
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        n_train = write_docbin(train_sentences(data_dir, args.variant, args.nergrit_copies), scratch / "train.spacy")
        n_dev = write_docbin(dev_sentences(data_dir), scratch / "dev.spacy")
        print(f"variant {args.variant}, NERGrit x{args.nergrit_copies}: {n_train} training sentences, {n_dev} dev sentences", flush=True)
        overrides = {"paths.train": str(scratch / "train.spacy"), "paths.dev": str(scratch / "dev.spacy")}
        if args.max_steps is not None:
            overrides["training.max_steps"] = args.max_steps
        if args.seed is not None:
            overrides["system.seed"] = args.seed
        train(Path(args.config), scratch / "output", overrides=overrides, use_gpu=-1)
        out = Path(args.out)
        ship(scratch / "output" / "model-best", out)
    finally:
        if not args.workdir:
            shutil.rmtree(scratch, ignore_errors=True)
    minutes = (time.monotonic() - started) / 60
    print(f"shipped {out} ({dir_size(out) / 1e6:.1f} MB) after {minutes:.1f} min", flush=True)

    if not args.no_eval:
        from pilkada.extract.ner import load_ner
        from .evaluate import evaluate_backend, format_report

        report = evaluate_backend(load_ner("spacy", path=out), data_dir, backend="spacy")
        report["train_minutes"] = round(minutes, 1)
        report["variant"] = f"{args.variant}, NERGrit x{args.nergrit_copies}"
        print(format_report([report]))
        print(json.dumps({k: report[k] for k in ("variant", "train_minutes", "words_per_second")}
                         | {c: report["corpora"][c]["ALL"]["f1"] for c in report["corpora"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
