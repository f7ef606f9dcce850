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
    province_total: int = 0  # gold officials carry `province` since the spec added it; older gold may lack it

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
        total = self.province_total if attribute == "province" else self.attribute_total
        if not total:
            return None
        return self.attribute_hits.get(attribute, 0) / total


@dataclass
class ArticleDiff:
    article: str
    missed: dict[str, list] = field(default_factory=dict)
    spurious: dict[str, list] = field(default_factory=dict)
    wrong_attributes: list[str] = field(default_factory=list)


def score(pairs) -> tuple[dict[str, FieldScore], list[ArticleDiff]]:
    """pairs: iterable of (article id, predicted record, gold record). Micro scores summed over articles;
    totals["quotes"] (a QuoteScore) is there when the gold articles carry quotes."""
    totals: dict = {name: FieldScore() for name in FIELDS}
    quotes = QuoteScore()
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
                    if "province" in g:
                        province_ok = p.get("province") == g.get("province")
                        s.attribute_hits["province"] = s.attribute_hits.get("province", 0) + province_ok
                        s.province_total += 1
                        if not province_ok:
                            diff.wrong_attributes.append(
                                f"official {g['name']}: province {p.get('province')!r} != {g.get('province')!r}")
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
        if "quotes" in gold:
            score_quotes(predicted.get("quotes") or [], gold["quotes"], quotes, diff)
        if diff.missed or diff.spurious or diff.wrong_attributes:
            diffs.append(diff)
    if quotes.gold:
        totals["quotes"] = quotes
    return totals, diffs


@dataclass
class QuoteScore:
    """The spec's quote figures: recall = found / gold; speaker accuracy over found; attributed = right speaker / gold."""
    gold: int = 0
    predicted: int = 0
    found: int = 0
    right_speaker: int = 0
    right_role: int = 0  # of the quotes with the right speaker, those whose role is the gold one too

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right_speaker / self.found if self.found else 1.0

    @property
    def attributed(self) -> float:
        return self.right_speaker / self.gold if self.gold else 1.0

    @property
    def role_accuracy(self) -> float:
        return self.right_role / self.right_speaker if self.right_speaker else 1.0


QUOTE_OPENING_WORDS = 4  # a quote has at least four words, so its first four identify it


def _quote_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _speaker_key(speaker: str | None) -> str | None:
    return _name_key(speaker) if speaker else None


def _quote_role_key(role: str | None) -> str | None:
    return _role_key(role) if role else None


def score_quotes(predicted: list[dict], gold: list[dict], totals: QuoteScore, diff: ArticleDiff) -> None:
    """A gold quote is found when a predicted quote's text begins with the gold quote's first words."""
    totals.gold += len(gold)
    totals.predicted += len(predicted)
    unused = list(predicted)
    for g in gold:
        opening = _quote_words(g["text"])[:QUOTE_OPENING_WORDS]
        match = next((p for p in unused if _quote_words(p["text"])[:len(opening)] == opening), None)
        label = " ".join(opening)
        if match is None:
            diff.missed.setdefault("quotes", []).append(f"{label}… ({g.get('speaker')})")
            continue
        unused.remove(match)
        totals.found += 1
        if _speaker_key(match.get("speaker")) == _speaker_key(g.get("speaker")):
            totals.right_speaker += 1
            if _quote_role_key(match.get("role")) == _quote_role_key(g.get("role")):
                totals.right_role += 1
            else:
                diff.wrong_attributes.append(
                    f"quote '{label}…': role {match.get('role')!r} != {g.get('role')!r}")
        else:
            diff.wrong_attributes.append(
                f"quote '{label}…': speaker {match.get('speaker')!r} != {g.get('speaker')!r}")
    if unused:
        diff.spurious["quotes"] = [" ".join(_quote_words(p["text"])[:QUOTE_OPENING_WORDS]) + "…" for p in unused]


def flat_scores(totals: dict[str, FieldScore]) -> dict[str, float]:
    """'regencies.f1': 0.97, 'officials.role_accuracy': 0.9 ... rounded to 4 places: the baseline's form."""
    flat: dict[str, float] = {}
    for name, s in totals.items():
        if isinstance(s, QuoteScore):
            flat["quotes.recall"] = round(s.recall, 4)
            flat["quotes.speaker_accuracy"] = round(s.speaker_accuracy, 4)
            flat["quotes.attributed"] = round(s.attributed, 4)
            flat["quotes.role_accuracy"] = round(s.role_accuracy, 4)
            continue
        flat[f"{name}.precision"] = round(s.precision, 4)
        flat[f"{name}.recall"] = round(s.recall, 4)
        flat[f"{name}.f1"] = round(s.f1, 4)
        for attribute in ("role", "regency", "province", "kind"):
            acc = s.accuracy(attribute)
            if acc is not None and attribute in s.attribute_hits:
                flat[f"{name}.{attribute}_accuracy"] = round(acc, 4)
    return flat
