"""A probe of the pattern pilkada needs most: title + region + name with no comma ("Bupati Sleman Kustini Sri Purnomo").

    python -m pilkada.extract.training.probe [spacy|stanza|spacy:PATH|stanza:PATH ...]

36 template sentences (6 titles x 6 regions, names cycled, 2 frames); counts the sentences where
the model finds the name exactly as PERSON and the region exactly as LOC, cased and lower-cased.
NERGrit and NERP have few such sentences, so their F1 says little about it (docs/ner.md).
"""

from __future__ import annotations

import itertools
import sys

TITLES = ("Bupati", "Wali Kota", "Gubernur", "Wakil Bupati", "Ketua DPRD", "Pj Bupati")
REGIONS = ("Sleman", "Jawa Tengah", "Kutai Kartanegara", "Jombang", "Kotawaringin Timur", "Banyuwangi")
NAMES = ("Kustini Sri Purnomo", "Ganjar Pranowo", "Edi Damansyah", "Mundjidah Wahab", "Halikinnor", "Ipuk Fiestiandani")
FRAMES = ("{t} {r} {n} meresmikan pasar baru pada Senin pagi.", "Hal itu disampaikan {t} {r} {n} di kantornya, Selasa.")


def cases() -> list[tuple[str, str, str]]:
    out = []
    for i, (title, region) in enumerate(itertools.product(TITLES, REGIONS)):
        name = NAMES[i % len(NAMES)]
        out.append((FRAMES[i % len(FRAMES)].format(t=title, r=region, n=name), name, region))
    return out


def probe(ner) -> dict[str, int]:
    items = cases()
    result = {"sentences": len(items)}
    for key, lower in (("cased", False), ("lower", True)):
        texts = [t.lower() if lower else t for t, _, _ in items]
        person = region = 0
        for (_, name, reg), entities in zip(items, ner.people(texts)):
            name, reg = (name.lower(), reg.lower()) if lower else (name, reg)
            person += any(label == "PERSON" and text == name for _, _, text, label in entities)
            region += any(label == "LOC" and text == reg for _, _, text, label in entities)
        result[f"person_{key}"] = person
        result[f"region_{key}"] = region
    return result


def main(argv: list[str] | None = None) -> int:
    from pilkada.extract.ner import load_ner

    specs = (sys.argv[1:] if argv is None else argv) or ["spacy"]
    for spec in specs:
        backend, _, path = spec.partition(":")
        r = probe(load_ner(backend, path=path or None))
        n = r["sentences"]
        print(f"{spec}: exact PERSON {r['person_cased']}/{n} (lower-cased text {r['person_lower']}/{n}), "
              f"exact region LOC {r['region_cased']}/{n} (lower-cased {r['region_lower']}/{n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
