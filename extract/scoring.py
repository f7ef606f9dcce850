"""Scoring extraction against a gold set, exactly as docs/extraction-spec.md's Scoring section says."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELDS = ("regencies", "provinces", "officials", "dates", "regulations")


def _name_key(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.,]", " ", name)).strip().lower()


def _role_key(role: str | None) -> str:
    return re.sub(r"\s+", " ", (role or "").replace(".", " ")).strip().lower()


def item_key(field_name: str, item: dict):
    if field_name in ("regencies", "provinces"):
        return item["code"]
    if field_name == "officials":
        return _name_key(item["name"])
    if field_name == "dates":
        return item["value"]
    if field_name == "regulations":
        return (str(item["number"]).lower(), item.get("year"))
    raise KeyError(field_name)


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attribute_hits: dict[str, int] = field(default_factory=dict)
    attribute_total: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, attribute: str) -> float | None:
        if not self.attribute_total:
            return None
        return self.attribute_hits.get(attribute, 0) / self.attribute_total


@dataclass
class ArticleDiff:
    article: str
    missed: dict[str, list] = field(default_factory=dict)
    spurious: dict[str, list] = field(default_factory=dict)
    wrong_attributes: list[str] = field(default_factory=list)


def score(pairs) -> tuple[dict[str, FieldScore], list[ArticleDiff]]:
    """pairs: iterable of (article id, predicted record, gold record). Micro scores summed over articles."""
    totals = {name: FieldScore() for name in FIELDS}
    diffs: list[ArticleDiff] = []
    for article, predicted, gold in pairs:
        diff = ArticleDiff(article)
        for name in FIELDS:
            pred_items = {item_key(name, i): i for i in predicted.get(name, [])}
            gold_items = {item_key(name, i): i for i in gold.get(name, [])}
            s = totals[name]
            matched = pred_items.keys() & gold_items.keys()
            s.tp += len(matched)
            s.fp += len(pred_items.keys() - gold_items.keys())
            s.fn += len(gold_items.keys() - pred_items.keys())
            if pred_items.keys() - gold_items.keys():
                diff.spurious[name] = sorted(map(str, pred_items.keys() - gold_items.keys()))
            if gold_items.keys() - pred_items.keys():
                diff.missed[name] = sorted(map(str, gold_items.keys() - pred_items.keys()))
            for k in matched:
                p, g = pred_items[k], gold_items[k]
                if name == "officials":
                    s.attribute_total += 1
                    role_ok = _role_key(p.get("role")) == _role_key(g.get("role"))
                    regency_ok = p.get("regency") == g.get("regency")
                    s.attribute_hits["role"] = s.attribute_hits.get("role", 0) + role_ok
                    s.attribute_hits["regency"] = s.attribute_hits.get("regency", 0) + regency_ok
                    if not role_ok:
                        diff.wrong_attributes.append(f"official {g['name']}: role {p.get('role')!r} != {g.get('role')!r}")
                    if not regency_ok:
                        diff.wrong_attributes.append(f"official {g['name']}: regency {p.get('regency')!r} != {g.get('regency')!r}")
                elif name == "regulations":
                    s.attribute_total += 1
                    kind_ok = p.get("kind") == g.get("kind")
                    s.attribute_hits["kind"] = s.attribute_hits.get("kind", 0) + kind_ok
                    if not kind_ok:
                        diff.wrong_attributes.append(f"regulation {k}: kind {p.get('kind')!r} != {g.get('kind')!r}")
        if diff.missed or diff.spurious or diff.wrong_attributes:
            diffs.append(diff)
    return totals, diffs


def flat_scores(totals: dict[str, FieldScore]) -> dict[str, float]:
    """'regencies.f1': 0.97, 'officials.role_accuracy': 0.9 ... rounded to 4 places: the baseline's form."""
    flat: dict[str, float] = {}
    for name, s in totals.items():
        flat[f"{name}.precision"] = round(s.precision, 4)
        flat[f"{name}.recall"] = round(s.recall, 4)
        flat[f"{name}.f1"] = round(s.f1, 4)
        for attribute in ("role", "regency", "kind"):
            acc = s.accuracy(attribute)
            if acc is not None and attribute in s.attribute_hits:
                flat[f"{name}.{attribute}_accuracy"] = round(acc, 4)
    return flat
