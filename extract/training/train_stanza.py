"""Train pilkada's stanza NER (PERSON / LOC / ORG) on NERGrit + NERP, CPU only, no pretrained vectors.

    python -m pilkada.extract.training.train_stanza --data ../shared/data/ner [--out extract/model_stanza]

Needs the optional extra `pilkada[stanza]` (stanza>=1.10,<2 and the CPU build torch==2.13.0).
Uses stanza's own training entry point, stanza.models.ner_tagger, with --no_pretrain (word
embeddings learnt from the training data, no word2vec/fastText file) and without the pretrained
character language model (--charlm is left off; the tagger's own character BiLSTM stays on).
The training data is the same as the spaCy model's (train_ner.train_sentences, same variant),
written as stanza JSON to a scratch folder; the best checkpoint on the dev sets (NERGrit valid +
NERP valid) is copied to --out/id_ner.pt and scored on both test sets.
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
from .train_ner import DEFAULT_VARIANT, NERGRIT_COPIES, VARIANTS, dev_sentences, train_sentences

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "model_stanza"
MODEL_FILE = "id_ner.pt"
SEED = 42
# Small and quick on 2 CPU cores: a narrower BiLSTM than stanza's default (256), few steps.
TAGGER_ARGS = {
    "--hidden_dim": "128",
    "--char_hidden_dim": "64",
    "--word_emb_dim": "64",
    "--char_emb_dim": "50",
    "--batch_size": "64",
    "--optim": "adam",
    "--lr": "0.002",
    "--dropout": "0.5",
    "--word_dropout": "0.05",
    "--scheme": "bioes",
    "--eval_interval": "250",
    "--max_steps": "3500",
    "--max_steps_no_improve": "1500",
    "--log_step": "100",
}


def write_json(sentences: list[corpus.Sentence], path: Path) -> int:
    data = [[{"text": w, "ner": t} for w, t in zip(s.words, s.tags)] for s in sentences]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return len(data)


def ship(checkpoint: Path, target: Path) -> None:
    """Copy the checkpoint without the scratch paths of this training run (train/eval files, save folder)."""
    import torch

    params = torch.load(checkpoint, map_location="cpu", weights_only=True)
    for key in ("train_file", "eval_file", "save_dir", "eval_output_file"):
        if key in params["config"]:
            params["config"][key] = None
    torch.save(params, target, _use_new_zipfile_serialization=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pilkada.extract.training.train_stanza", description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/ner", help="folder with nergrit/ and nerp/ (default ../shared/data/ner)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where id_ner.pt goes (default extract/model_stanza)")
    parser.add_argument("--variant", choices=VARIANTS, default=DEFAULT_VARIANT, help="training data, as for train_ner")
    parser.add_argument("--nergrit-copies", type=int, default=NERGRIT_COPIES, help="training data, as for train_ner")
    parser.add_argument("--max-steps", type=int, help=f"override --max_steps (default {TAGGER_ARGS['--max_steps']})")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--workdir", help="keep the JSON data and checkpoints here (default: a temporary folder, removed)")
    parser.add_argument("--no-eval", action="store_true", help="skip scoring the shipped model on the test sets")
    args = parser.parse_args(argv)

    missing = corpus.check_data_dir(args.data)
    if missing:
        parser.error(f"missing data file {missing[0]} (expected nergrit/ and nerp/ with train/valid/test.tsv)")
    try:
        from stanza.models import ner_tagger
    except ImportError:
        parser.error("stanza is not installed: pip install 'pilkada[stanza]' (stanza>=1.10,<2 with torch==2.13.0)")

    # one torch thread: on 2 shared cores, 2 threads measured 7x slower per step (spin-waiting)
    import torch

    torch.set_num_threads(1)
    data_dir = Path(args.data)
    started = time.monotonic()
    scratch = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="pilkada-stanza-"))
    scratch.mkdir(parents=True, exist_ok=True)
    out = Path(args.out)
    try:
        n_train = write_json(train_sentences(data_dir, args.variant, args.nergrit_copies), scratch / "train.json")
        n_dev = write_json(dev_sentences(data_dir), scratch / "dev.json")
        print(f"variant {args.variant}, NERGrit x{args.nergrit_copies}: {n_train} training sentences, {n_dev} dev sentences", flush=True)
        tagger_args = dict(TAGGER_ARGS)
        if args.max_steps is not None:
            tagger_args["--max_steps"] = str(args.max_steps)
        argv_tagger = [
            "--mode", "train", "--shorthand", "id_pilkada", "--cpu", "--seed", str(args.seed),
            "--train_file", str(scratch / "train.json"), "--eval_file", str(scratch / "dev.json"),
            "--no_pretrain", "--save_dir", str(scratch / "saved"), "--save_name", MODEL_FILE,
            *(x for kv in tagger_args.items() for x in kv),
        ]
        ner_tagger.main(argv_tagger)
        out.mkdir(parents=True, exist_ok=True)
        ship(scratch / "saved" / MODEL_FILE, out / MODEL_FILE)
    finally:
        if not args.workdir:
            shutil.rmtree(scratch, ignore_errors=True)
    minutes = (time.monotonic() - started) / 60
    size = (out / MODEL_FILE).stat().st_size
    print(f"shipped {out / MODEL_FILE} ({size / 1e6:.1f} MB) after {minutes:.1f} min", flush=True)

    if not args.no_eval:
        from pilkada.extract.ner import load_ner
        from .evaluate import evaluate_backend, format_report

        report = evaluate_backend(load_ner("stanza", path=out / MODEL_FILE), data_dir, backend="stanza")
        print(format_report([report]))
        print(json.dumps({"variant": f"{args.variant}, NERGrit x{args.nergrit_copies}", "train_minutes": round(minutes, 1),
                          "words_per_second": report["words_per_second"]}
                         | {c: report["corpora"][c]["ALL"]["f1"] for c in report["corpora"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
