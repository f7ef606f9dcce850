"""The extraction pipeline: pilkada's rule steps over an article's text, and the record they produce.

`build_pipeline()` gives the steps in order; `pipeline.pipe(articles, batch_size=…)` runs them over a stream of
articles, each step over a batch at a time (the statistical NER, when chosen, takes the batch at once). Each step
stores its findings on the `ArticleText` (`regulations`, `dates`, `officials`, `places`, `quotes`), and `record()`
turns them into the JSON of docs/extraction-spec.md, with offsets and sentences. The rules read characters and
pilkada's own tokens; sentences are spaCy's sentencizer's, computed by `sentences.py` without loading spaCy, which
only the optional NER backends load.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice

from .dates import find_dates
from .officials import (OfficialMention, area_regencies, find_officials, first_spelling, fullest_forms, merge_officials,
                        misspelt_official, officials_from_entities)
from .places import find_places
from .quotes import described_role, find_quotes, presented_description, presented_role
from .regions import gazetteer, key
from .regulations import find_regulations
from .sentences import sentence_index
from .tokens import tokenize
from .version import EXTRACTOR_VERSION

MAX_CHARS = 200_000  # longer input is cut: no news article is that long, and rules stay linear


@dataclasses.dataclass(eq=False)
class ArticleText:
    """One article's text as the steps read it, with what each step found."""

    text: str
    published: dt.date | None = None
    regulations: list | None = None
    dates: list | None = None
    officials: list | None = None
    places: list | None = None
    quotes: list | None = None
    ner_entities: list | None = None
    _tokens: list | None = None
    _sentences: tuple[list[int], list[str]] | None = None

    @property
    def word_tokens(self) -> list:
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    @property
    def sentences(self) -> tuple[list[int], list[str]]:
        """Where each sentence starts, and its text."""
        if self._sentences is None:
            self._sentences = sentence_index(self.text)
        return self._sentences


def regulations_step(article: ArticleText) -> None:
    article.regulations = find_regulations(article.text)


def dates_step(article: ArticleText) -> None:
    excluded = [(c.number_start, c.number_end) for c in article.regulations or []]
    article.dates = find_dates(article.text, article.published, excluded)


def officials_step(article: ArticleText) -> None:
    article.officials = find_officials(article.text, article.word_tokens)


def places_step(article: ArticleText) -> None:
    people = [(m.start, m.end) for m in article.officials or []]
    g = gazetteer()
    for start, end, text, label in _people(article):
        words = text.split()
        # "Robert Samosir": a place name as the last word of a person's name; "Barito Selatan" alone is the place
        if len(words) >= 2 and key(words[0]) not in g.regency_by_bare:
            people.append((start, end))
    article.places = find_places(article.word_tokens, people, article.text)


class NerStep:
    """The statistical NER (spaCy or stanza model shipped with pilkada) as a step, a batch of articles at once."""

    def __init__(self, backend: str, path: str | None = None):
        from .ner import load_ner

        self.ner = load_ner(backend, path)

    def __call__(self, article: ArticleText) -> None:
        self.batch([article])

    def batch(self, articles: list[ArticleText]) -> None:
        for article, entities in zip(articles, self.ner.people([a.text for a in articles])):
            article.ner_entities = entities


def _people(article: ArticleText) -> list:
    """PERSON entities of the model that are not simply a place name the gazetteer knows."""
    g = gazetteer()
    people = []
    for start, end, text, label in article.ner_entities or []:
        k = key(text)
        if label != "PERSON" or k in g.regency_by_bare or k in g.province_by_name or k in g.kecamatan_by_bare:
            continue
        people.append((start, end, text, label))
    return people


def ner_officials_step(article: ArticleText) -> None:
    """People the model finds beside a title the rules could not link ("Sugeng, yang menjabat Kepala Dinas ...")."""
    known = {(m.start, m.end) for m in article.officials or []}
    found = list(article.officials or [])
    found += officials_from_entities(article.text, article.word_tokens, _people(article), known)
    article.officials = found


def quotes_step(article: ArticleText) -> None:
    article.quotes = find_quotes(article.text, article.officials or [])


Step = Callable[[ArticleText], None]


class Pipeline:
    """The steps in order. `pipeline(text)` runs them over one text; `pipe` over many, a batch at a time."""

    def __init__(self, steps: list[tuple[str, Step]]):
        self.steps = steps

    def __call__(self, text: str, published: dt.date | None = None) -> ArticleText:
        return next(self.pipe([article_text(text, published)]))

    def pipe(self, articles: Iterable[ArticleText], batch_size: int = 64) -> Iterator[ArticleText]:
        stream = iter(articles)
        while batch := list(islice(stream, max(1, batch_size))):
            for _, step in self.steps:
                if isinstance(step, NerStep):
                    step.batch(batch)
                else:
                    for article in batch:
                        step(article)
            yield from batch


def build_pipeline(ner_backend: str | None = None, model_path: str | None = None) -> Pipeline:
    """Rules only, or with the statistical NER of `ner_backend` ("spacy" / "stanza"), loaded from `model_path`
    when given, else the shipped model (the caller reads any configuration; this layer reads none).

    Built once per process, backend and path: `build_pipeline()` and `build_pipeline(None)` are the same pipeline
    (an lru_cache on this function would key them apart and build the rules-only pipeline twice)."""
    return _pipeline(ner_backend, str(model_path) if model_path and ner_backend else None)


@lru_cache(maxsize=4)
def _pipeline(ner_backend: str | None, model_path: str | None) -> Pipeline:
    steps: list[tuple[str, Step]] = [("regulations", regulations_step), ("dates", dates_step)]
    if ner_backend:
        steps.append(("ner", NerStep(ner_backend, model_path)))
    steps.append(("officials", officials_step))
    if ner_backend:
        steps.append(("ner_officials", ner_officials_step))
    steps += [("places", places_step), ("quotes", quotes_step)]
    return Pipeline(steps)


def default_ner_backend(choice: str | None = None) -> str | None:
    """The NER backend to run beside the rules for `choice` ("none", "auto", "spacy", "stanza"; None is "none").

    "auto" means the shipped spaCy model when it is installed. Rules only is the default because the
    model costs ~22 ms of CPU per article (4x the rules) and adds nothing on the gold set.
    """
    choice = choice or "none"
    if choice == "none":
        return None
    if choice == "auto":
        from .ner import ner_available

        return "spacy" if ner_available("spacy") else None
    return choice


def _sentence_at(index: tuple[list[int], list[str]], offset: int) -> str:
    starts, texts = index
    if not starts:
        return ""
    index = max(0, bisect.bisect_right(starts, offset) - 1)
    return texts[index]


HEADLINE_WORDS_AT_MOST = 30
# the short words title case leaves in lower case ("Bawaslu dan KPU Bahas Tahapan untuk Pilkada")
HEADLINE_SMALL_WORDS = frozenset({"dan", "atau", "yang", "untuk", "dari", "pada", "dengan", "dalam", "oleh", "bagi",
                                  "tentang", "serta", "karena", "agar", "jelang", "usai", "soal", "terkait", "hingga",
                                  "sampai", "akan", "bisa", "jadi", "bukan", "tidak", "masih", "sudah", "belum"})
SIGN_OFF_AFTER_STOP = re.compile(r"\.[ \t]*\([^()\n]{1,15}\)$")
NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[ \t]*[.)][ \t]*[A-Z]")
CONTINUED_IN_LOWER_CASE = re.compile(r"\s*[a-z]+[ ,]")  # a word, not a dateline's "humas.polri.go.id"


@lru_cache(maxsize=8)  # asked for each article by the quotes' names and by its record
def headline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Lines written in title case without a final full stop: headlines and related-article titles."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        ending = SIGN_OFF_AFTER_STOP.sub(".", line.group(0).rstrip())  # "… Abdul Tulusang. (Jy)": a sentence, signed
        if ending.endswith((".", "”", '"', ":")):
            continue
        if CONTINUED_IN_LOWER_CASE.match(text, line.end()):
            continue  # "… Dr Suardi Mansing menyampaikan\nsetelah rapat …": a sentence broken across lines
        if NUMBERED_ITEM.match(line.group(0)):
            continue  # "2.Sirul Alamin M Nur (Anggota)": an item of a numbered list, not a headline
        words = re.findall(r"[A-Za-z][\w'’-]*", line.group(0))
        if len(words) < 3 or len(words) > HEADLINE_WORDS_AT_MOST:
            continue  # (a paragraph of names and titles that lost its full stop is no headline, however capitalised)
        capitalised = sum(1 for w in words if w[0].isupper())
        if capitalised / len(words) >= 0.6 and sum(1 for w in words if w.islower() and len(w) > 3
                                                   and w not in HEADLINE_SMALL_WORDS) < 3:
            spans.append(line.span())  # (a line with three content words in lower case is a sentence that lost its
            # full stop: "Ketua … KPU Sula, Fahrul Pora, menyampaikan penetapan … mengalami penurunan …")
    return tuple(spans)


GLOSS_AFTER = re.compile(r"\s*\(\s*(?P<short>[A-Z][A-Za-z]{2,})\s*\)")


def _glossed_short_forms(text: str, places: list) -> dict[str, str]:
    """A regency's short form the article glosses after a full name ("Kabupaten Musi Rawas ( Mura )") means that
    regency throughout the article, though the list gives the form to another one ('Mura' is also Murung Raya): the
    other regency's code, mapped to the glossed one's."""
    g = gazetteer()
    glossed: dict[str, str] = {}
    for place in places:
        if place.level != 2:
            continue
        gloss = GLOSS_AFTER.match(text, place.end)
        if not gloss or " " not in text[place.start:place.end].strip():
            continue
        others = [c for c in g.regency_by_bare.get(key(gloss["short"]), ()) if c != place.code]
        if len(others) == 1 and place.code not in g.regency_by_bare.get(key(gloss["short"]), ()):
            glossed[others[0]] = place.code
    return glossed


def _is_short_form(text: str, place, glossed: dict[str, str]) -> bool:
    """Whether this mention of a regency that a gloss re-maps is written as the glossed short form, not in full."""
    g = gazetteer()
    return g.regions[place.code].bare.lower() not in text[place.start:place.end].lower()


def _provincial_body_named_bare(text: str, mention: OfficialMention) -> bool:
    """A body named by a bare name that is both a province's and a regency's or city's ("Bawaslu Bengkulu") is the
    provincial body when the article names that body "Provinsi Bengkulu" and never "Kota Bengkulu"."""
    if mention.regency is None or mention.role_start is None:
        return False
    g = gazetteer()
    region = g.regions.get(mention.regency)
    if region is None or key(region.bare) not in g.province_by_name:
        return False
    body = re.search(r"\b(KPU|Bawaslu|Panwaslih|KIP|DPRD)\b", text[mention.role_start:mention.start])
    if not body or not re.search(re.escape(body[1]) + r"\s+" + re.escape(region.bare) + r"\b",
                                 text[mention.role_start:mention.start]):
        return False
    body_in_full = r"(?:\s*\([^()]{0,40}\))?\s+"
    return bool(re.search(re.escape(body[1]) + r"\)?" + body_in_full + r"Provinsi\s+" + re.escape(region.bare), text)) \
        and not re.search(re.escape(body[1]) + r"\)?" + body_in_full + r"Kota\s+" + re.escape(region.bare), text)


def record(article: ArticleText) -> dict:
    """The spec's JSON for one article, each item with start, end and sentence."""
    text = article.text
    sentences = article.sentences
    g = gazetteer()
    headlines = headline_spans(text)
    # the article's title is no mention of its own: a place only the title names ("Bawaslu Sulut Gelar …") is not
    # counted (the title alone: title-case detection also takes body lines such as "KPU Kabupaten Lamandau dan …")
    title = [(s, e) for s, e in headlines if s == 0]
    in_body = {p.code for p in article.places or [] if not any(s <= p.start < e for s, e in title)}
    places = [p for p in article.places or [] if p.code in in_body]
    glossed = _glossed_short_forms(text, places)
    places = [dataclasses.replace(p, code=glossed[p.code]) if p.code in glossed and _is_short_form(text, p, glossed) else p
              for p in places]
    regency_counts = Counter(p.code for p in places if p.level == 2)
    first_offset: dict[str, int] = {}
    for p in places:
        first_offset.setdefault(p.code, p.start)
    dominant = regency_counts.most_common(1)[0][0] if regency_counts else None

    body = "".join(text[a:b] for a, b in zip([0] + [e for _, e in headlines], [s for s, _ in headlines] + [len(text)]))
    officials_raw: list[OfficialMention] = []
    for mention in article.officials or []:
        in_headline = any(s <= mention.start < e for s, e in headlines)
        if in_headline and mention.name not in body:
            continue  # title case makes any word look like a name: trust only names the body repeats
        provincial = mention.regency[:2] if _provincial_body_named_bare(text, mention) else None
        if provincial:
            mention.regency = None  # "Bawaslu Bengkulu" in an article about "Bawaslu Provinsi Bengkulu"
        if mention.regency in glossed:
            mention.regency = glossed[mention.regency]  # "Bawaslu Mura" where the article glossed Mura as Musi Rawas
        if mention.regency is None and not mention.national and mention.place_code is None and not provincial:
            mention.regency = dominant
        elif mention.area_place is not None and not mention.national:
            mention.regency = _area_regency(mention, regency_counts, dominant)
        mention.province = provincial or _office_province(mention, places, dominant)
        officials_raw.append(mention)
    officials = merge_officials(officials_raw)
    fullest_forms(officials, body)

    regencies = []
    for code, count in sorted(regency_counts.items(), key=lambda kv: first_offset[kv[0]]):
        start = first_offset[code]
        end = next(p.end for p in places if p.code == code)
        regencies.append({"code": code, "name": g.regions[code].name, "mentions": count,
                          "start": start, "end": end, "sentence": _sentence_at(sentences, start)})
    provinces = []
    seen_provinces = set()
    for p in places:
        if p.level == 1 and p.code not in seen_provinces:
            seen_provinces.add(p.code)
            provinces.append({"code": p.code, "name": g.regions[p.code].name, "start": p.start, "end": p.end,
                              "sentence": _sentence_at(sentences, p.start)})

    official_items = [
        {"name": m.name, "role": m.role, "regency": m.regency, "province": m.province, "start": m.start, "end": m.end,
         "sentence": _sentence_at(sentences, m.start)}
        for m in officials
    ]
    dates = [
        {"value": d.value, "text": d.text, "start": d.start, "end": d.end, "sentence": _sentence_at(sentences, d.start)}
        for d in article.dates or []
    ]
    regulations = [
        {"kind": c.kind, "number": c.number, "year": c.year, "text": c.text, "article": c.article,
         "about": c.about, "start": c.start, "end": c.end, "sentence": _sentence_at(sentences, c.start)}
        for c in article.regulations or []
    ]
    quotes = []
    roles_given: dict[str, str | None] = {}  # a speaker's description as first given, repeated for later quotes
    for q in article.quotes or []:
        official = _speaker_official(q.speaker, officials)
        speaker = official or first_spelling(q.speaker, text, q.start) or q.speaker
        if speaker and speaker in roles_given:
            role = roles_given[speaker]
        else:
            role = _official_presented(official, officials, officials_raw, headlines, text) if official else None
            role = role or described_role(q.role) or (presented_description(body, speaker) if speaker else None)
            if speaker:
                roles_given[speaker] = role
        quotes.append({"text": q.text, "speaker": speaker, "role": role, "official": official,
                       "start": q.start, "end": q.end, "sentence": _sentence_at(sentences, q.start)})
    published = article.published
    return {
        "published": published.isoformat() if published else None,
        "regencies": regencies,
        "provinces": provinces,
        "officials": official_items,
        "dates": dates,
        "regulations": regulations,
        "quotes": quotes,
        "extractor_version": EXTRACTOR_VERSION,
    }


def _area_regency(mention: OfficialMention, regency_counts: Counter, dominant: str | None) -> str | None:
    """A Camat's or village head's regency when the place after the title is a homonym ('Camat Banjar' in Buleleng,
    'Panewu Depok' in Sleman): the reading in the article's province, the most mentioned; else the article's regency."""
    candidates = area_regencies(mention.area_place or "") | ({mention.regency} if mention.regency else set())
    if not candidates or not dominant:
        return mention.regency
    province = dominant.split(".")[0]
    local = [c for c in candidates if c.split(".")[0] == province]
    if local:
        return max(local, key=lambda c: (regency_counts.get(c, 0), c == mention.regency))
    return dominant if mention.regency is None or mention.regency not in regency_counts or \
        regency_counts[mention.regency] <= 1 else mention.regency


# Offices of a province even when the article does not name it after the title ("Kapolda", "Gubernur").
PROVINCIAL_OFFICE = re.compile(r"(?i)\b(?:Gubernur|Wagub|Kapolda|Wakapolda|Kajati|Sekda\s*prov|Sekdaprov|"
                               r"Kakanwil|Kanwil|Polda|Kejati|Provinsi|Prov)\b")


def _office_province(mention: OfficialMention, places, dominant: str | None) -> str | None:
    """The spec's `province`: the regency's province, the province a provincial office names, null for national ones."""
    if mention.regency:
        return mention.regency.split(".")[0]
    if mention.province:
        return mention.province
    if mention.role and PROVINCIAL_OFFICE.search(mention.role):
        provinces = {p.code for p in places if p.level == 1}
        if len(provinces) == 1:
            return provinces.pop()
        if dominant and not provinces:
            return dominant.split(".")[0]
    return None


def _official_presented(name: str, officials: list[OfficialMention], raw: list[OfficialMention], headlines,
                        text: str) -> str | None:
    """The official's role as the body first presents the official, with its place as written."""
    person = next((p for p in officials if p.name == name), None)
    if person is None:
        return None
    forms = set(person.forms or [person.name])
    presented = sorted((m for m in raw if m.name in forms and m.role and not any(s <= m.start < e for s, e in headlines)),
                       key=lambda m: (m.listed, m.start))  # a title of the speaker's own before one a list shares
    first = presented[0] if presented else None
    if first is None:
        return person.role
    return presented_role(text, first.role_start, first.start, first.role)


def _speaker_official(speaker: str | None, people: list[OfficialMention]) -> str | None:
    """The official a quote's speaker is, by any form of the official's name the article uses."""
    if not speaker:
        return None
    wanted = re.sub(r"[.,]", "", speaker).lower().split()
    for person in people:
        for form in person.forms or [person.name]:
            if re.sub(r"[.,]", "", form).lower().split() == wanted:
                return person.name
    return misspelt_official(speaker, people)


def strip_item_offsets(result: dict) -> dict:
    """The spec's public JSON: offsets and sentences are for the warehouse, not for `pilkada extract`."""
    public = {"published": result["published"]}
    for field, keep in (
        ("regencies", ("code", "name", "mentions")),
        ("provinces", ("code", "name")),
        ("officials", ("name", "role", "regency", "province")),
        ("dates", ("value", "text")),
        ("regulations", ("kind", "number", "year", "text", "article", "about")),
        ("quotes", ("text", "speaker", "role", "official")),
    ):
        public[field] = [{k: item[k] for k in keep} for item in result[field]]
    return public


def article_text(text: str, published: dt.date | None) -> ArticleText:
    return ArticleText(normalise_text(text), published)


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text[:MAX_CHARS]


def extract_text(text: str, published: dt.date | None = None, ner_backend: str | None = None,
                 model_path: str | None = None) -> dict:
    """Extract one article (a pure function of its text and publication date)."""
    pipeline = build_pipeline(ner_backend, model_path)
    return _versioned(record(pipeline(text, published)), ner_backend)


def extract_records(items: Iterable[tuple[str, dt.date | None]], batch_size: int = 64,
                    ner_backend: str | None = None, model_path: str | None = None) -> Iterator[dict]:
    """Extract many articles through `Pipeline.pipe`, in order."""
    pipeline = build_pipeline(ner_backend, model_path)
    articles = (article_text(text, published) for text, published in items)
    for article in pipeline.pipe(articles, batch_size=batch_size):
        yield _versioned(record(article), ner_backend)


def _versioned(result: dict, ner_backend: str | None) -> dict:
    if ner_backend:
        result["extractor_version"] = f"{EXTRACTOR_VERSION}+ner-{ner_backend}"
    return result
