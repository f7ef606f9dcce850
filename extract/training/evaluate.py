"""Score an NER backend on the NERGrit and NERP test sets and time it on one core.

Entity-level, exact match on char spans: an entity counts when its label and both
boundaries agree with the gold span (the CoNLL criterion). Gold labels are mapped to
PERSON / LOC / ORG (corpus.LABEL_MAP; NERP's EVT/FNB are dropped), so the IndoNLU
reference scores, which cover each corpus' own label set, are a guide, not a like-for-like.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from . import corpus

SPEED_MIN_SECONDS = 1.0
SPEED_ROUNDS = 3


def one_core():
    """Context manager pinning this process (and torch, if loaded) to a single CPU."""
    import contextlib
    import sys

    @contextlib.contextmanager
    def pinned():
        saved_affinity = None
        if hasattr(os, "sched_getaffinity"):
            saved_affinity = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {min(saved_affinity)})
        torch = sys.modules.get("torch")
        saved_threads = torch.get_num_threads() if torch else None
        if torch:
            torch.set_num_threads(1)
        try:
            yield
        finally:
            if torch and saved_threads:
                torch.set_num_threads(saved_threads)
            if saved_affinity is not None:
                os.sched_setaffinity(0, saved_affinity)

    return pinned()


def words_per_second(ner, texts: list[str], n_words: int, rounds: int = SPEED_ROUNDS,
                     min_seconds: float = SPEED_MIN_SECONDS) -> float:
    """Throughput of ner.people over texts (batched) on one core: the best of `rounds` rounds of at least
    min_seconds each (the least disturbed round, as timeit advises, since other processes share the machine)."""
    ner.people(texts[:64])  # warm up
    best = 0.0
    with one_core():
        for _ in range(rounds):
            done, start = 0, time.perf_counter()
            while True:
                ner.people(texts)
                done += n_words
                elapsed = time.perf_counter() - start
                if elapsed >= min_seconds:
                    break
            best = max(best, done / elapsed)
    return best


def evaluate_backend(ner, data_dir: Path | str, backend: str, speed: bool = True) -> dict:
    report: dict = {"backend": backend, "corpora": {}, "sentences": {}}
    all_texts: list[str] = []
    n_words = 0
    for name in corpus.CORPORA:
        sentences = corpus.load(data_dir, name, "test")
        texts = [s.text for s in sentences]
        predicted = [[(s, e, label) for s, e, _, label in ents] for ents in ner.people(texts)]
        report["corpora"][name] = corpus.score_spans(sentences, predicted).as_dict()
        report["sentences"][name] = len(sentences)
        all_texts += texts
        n_words += sum(len(s.words) for s in sentences)
    report["words"] = n_words
    if speed:
        report["words_per_second"] = round(words_per_second(ner, all_texts, n_words))
    return report


def format_report(reports: list[dict]) -> str:
    lines = []
    for report in reports:
        lines.append(f"backend {report['backend']}")
        for name, scores in report["corpora"].items():
            refs = ", ".join(f"{k} {v:.3f}" for k, v in corpus.REFERENCE_F1[name].items())
            lines.append(f"  {name} test ({report['sentences'][name]} sentences)   reference F1 (IndoNLU, own labels): {refs}")
            lines.append(f"    {'label':<7} {'P':>6} {'R':>6} {'F1':>6}  {'tp':>5} {'fp':>5} {'fn':>5}")
            for label, s in scores.items():
                lines.append(f"    {label:<7} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}  {s['tp']:5d} {s['fp']:5d} {s['fn']:5d}")
        if "words_per_second" in report:
            lines.append(f"  speed: {report['words_per_second']:,} words/s on one core (best of 3 rounds over the {report['words']:,} words of both test sets, batched)")
    return "\n".join(lines)


def format_markdown(reports: list[dict]) -> str:
    best = {name: max(refs.items(), key=lambda kv: kv[1]) for name, refs in corpus.REFERENCE_F1.items()}
    head = ["backend", "corpus", *corpus.LABELS, "overall F1", "P", "R", "best published F1", "words/s (1 core)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
    for report in reports:
        for name, scores in report["corpora"].items():
            ref_name, ref = best[name]
            row = [report["backend"], name, *(f"{scores[label]['f1']:.3f}" for label in corpus.LABELS),
                   f"**{scores['ALL']['f1']:.3f}**", f"{scores['ALL']['p']:.3f}", f"{scores['ALL']['r']:.3f}",
                   f"{ref:.3f} ({ref_name.replace(' (best)', '')})",
                   f"{report['words_per_second']:,}" if "words_per_second" in report else "-"]
            lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)
