"""A seeded, offline corpus of article pages for `make bench`.

Each synthetic article recombines paragraphs of the bundled article sources
(`sites/articles/<outlet>/<slug>.txt`): the lede and most paragraphs of one source, a few
paragraphs of one or two others, with the people (`tests/gold` officials), regencies and dates
swapped for others drawn with a seeded random generator. The pages are rendered with the local
outlet templates (`pilkada.sites`), sidebars and all, exactly as the loopback sites serve them.
The same seed gives the same corpus, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from pilkada.sites.articles import ARTICLES_DIR, OUTLETS, WIB, SiteArticle, load_articles
from pilkada.sites.base import Ctx, OutletState, slugify

SEED = 20241127
GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "gold"
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
FIRST = ("Agus", "Bambang", "Dedi", "Eko", "Fajar", "Hendra", "Indra", "Joko", "Kurniawan", "Lukman", "Mulyadi",
         "Nanang", "Rahmat", "Slamet", "Teguh", "Wahyu", "Yusuf", "Zainal", "Siti", "Dewi", "Endang", "Fitri",
         "Lestari", "Nur", "Ratna", "Sri", "Wulan", "Yuliani", "Andi", "Budi", "Catur", "Darmawan", "Gunawan",
         "Heri", "Imam", "Mochamad", "Rudi", "Suharto", "Taufik", "Yoyok")
LAST = ("Prasetyo", "Santoso", "Wibowo", "Setiawan", "Hidayat", "Saputra", "Nugroho", "Kusuma", "Purnomo",
        "Susanto", "Wijaya", "Rahayu", "Handayani", "Permana", "Firmansyah", "Syahputra", "Hakim", "Maulana",
        "Ramadhan", "Sulistyo", "Hartono", "Utomo", "Wicaksono", "Pratama", "Anggraini", "Suryadi", "Lubis",
        "Siregar", "Tambunan", "Rangkuti", "Sihombing", "Kusnadi", "Darmawan", "Iskandar", "Fauzi", "Habibi")
AUTHORS = ("Redaksi", "Ahmad Nurcholis", "Dwi Lestari", "Rizky Pratama", "Yohanes Doni", "Tim Liputan",
           None, None)


@dataclass
class StoredPage:
    """One rendered article page, as a crawl would have stored it."""

    outlet: str
    url: str
    html: str
    fetched_at: str  # UTC ISO
    published: str  # YYYY-MM-DD, as the outlet prints it
    source_text: str  # the article's title and paragraphs as written (before rendering)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.html.encode("utf-8")).hexdigest()


def _gold(source: SiteArticle) -> dict:
    path = GOLD_DIR / source.outlet / f"{source.slug}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"regencies": [], "officials": []}


def _bare(name: str) -> str:
    return re.sub(r"^(?:Kabupaten|Kota)\s+", "", name)


class Generator:
    def __init__(self, seed: int = SEED):
        self.seed = seed
        self.sources = load_articles(root=ARTICLES_DIR)
        self.gold = {(a.outlet, a.slug): _gold(a) for a in self.sources}
        self.regency_pool = sorted({_bare(r["name"]) for g in self.gold.values() for r in g["regencies"]})
        self.regency_words = {w for name in self.regency_pool for w in name.split()}

    # -------------------------------------------------------------------------------- substitution
    def _mapping(self, rng: random.Random, sources: list[SiteArticle]) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for source in sources:
            gold = self.gold[(source.outlet, source.slug)]
            for regency in gold["regencies"]:
                bare = _bare(regency["name"])
                if bare not in mapping:
                    mapping[bare] = rng.choice(self.regency_pool)
            for official in gold["officials"]:
                for word in official["name"].replace(".", " ").split():
                    if len(word) < 4 or word in mapping or word in self.regency_words or not word[0].isupper():
                        continue
                    mapping[word] = rng.choice(FIRST + LAST)
        return mapping

    @staticmethod
    def _substitute(text: str, mapping: dict[str, str], shift: dt.timedelta) -> str:
        if mapping:
            pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
                                 + r")\b")
            text = pattern.sub(lambda m: mapping[m.group(0)], text)

        def long_date(match: re.Match) -> str:
            try:
                day = dt.date(int(match.group(3)), MONTHS.index(match.group(2)) + 1, int(match.group(1))) + shift
            except ValueError:
                return match.group(0)
            return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

        def short_date(match: re.Match) -> str:
            try:
                day = dt.date(2024, int(match.group(2)), int(match.group(1))) + shift
            except ValueError:
                return match.group(0)
            return f"({day.day}/{day.month})"

        text = re.sub(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (20\d\d)\b", long_date, text)
        return re.sub(r"\((\d{1,2})/(\d{1,2})\)", short_date, text)

    # -------------------------------------------------------------------------------- articles
    def article(self, index: int) -> SiteArticle:
        """Synthetic article number `index` (a pure function of the seed and the index)."""
        rng = random.Random(f"{self.seed}:{index}")
        base = rng.choice(self.sources)
        others = rng.sample([s for s in self.sources if s is not base], rng.randint(1, 2))
        body = list(base.paragraphs[1:])
        keep = max(2, round(len(body) * rng.uniform(0.6, 1.0)))
        body = sorted(rng.sample(range(len(body)), min(keep, len(body))))
        paragraphs = [base.paragraphs[0]] + [base.paragraphs[1 + i] for i in body]
        for other in others:
            extra = rng.sample(other.paragraphs[1:], min(len(other.paragraphs) - 1, rng.randint(1, 3)))
            for paragraph in extra:
                paragraphs.insert(rng.randint(1, len(paragraphs)), paragraph)
        shift = dt.timedelta(days=rng.randint(-75, 45))
        mapping = self._mapping(rng, [base, *others])
        title = self._substitute(base.title, mapping, shift)
        paragraphs = [self._substitute(p, mapping, shift) for p in paragraphs]
        published = (base.published + shift + dt.timedelta(minutes=rng.randint(-300, 300))).astimezone(WIB)
        outlet = OUTLETS[index % len(OUTLETS)]
        tags = [self._substitute(t, mapping, shift) for t in base.tags]
        return SiteArticle(
            outlet=outlet, slug=f"{slugify(title)[:60].strip('-')}-{index}", title=title, published=published,
            author=rng.choice(AUTHORS), section=base.section, tags=tags,
            caption=self._substitute(base.caption, mapping, shift) if base.caption else None,
            paragraphs=paragraphs,
        )

    def articles(self, n: int, start: int = 0) -> list[SiteArticle]:
        return [self.article(i) for i in range(start, start + n)]


def render(articles: list[SiteArticle], root: str = "http://127.0.0.1:8000", block: int = 25) -> list[StoredPage]:
    """Render each article with its outlet's template; the canonical URL is the outlet's real one.

    Sidebars show the article's neighbours within a block of `block` articles of the same outlet,
    so a page looks like the loopback site's pages without a 10,000-article index per page.
    """
    from pilkada.crawler.declarations import load_outlets
    from pilkada.sites.server import SITES

    declared = load_outlets(None)
    pages: dict[int, StoredPage] = {}
    position = {id(a): i for i, a in enumerate(articles)}
    for outlet in OUTLETS:
        site = SITES[outlet]
        mine = [a for a in articles if a.outlet == outlet]
        base = declared[outlet].declared_base_url
        for start in range(0, len(mine), block):
            group = mine[start:start + block]
            ctx = Ctx(site=site, state=OutletState(site, group), root=root)
            for article in group:
                fetched = (article.published + dt.timedelta(hours=3)).astimezone(dt.timezone.utc)
                pages[position[id(article)]] = StoredPage(
                    outlet=outlet, url=base + site.article_path(article), html=site.render_article(ctx, article),
                    fetched_at=fetched.isoformat(), published=article.published.date().isoformat(),
                    source_text=article.text)
    return [pages[i] for i in range(len(articles))]


def corpus(n: int, seed: int = SEED, start: int = 0) -> list[StoredPage]:
    return render(Generator(seed).articles(n, start))


def source_file(article: SiteArticle) -> str:
    """The article as a source file of `sites/articles` (for the loopback server's --extra)."""
    lines = [f"title: {article.title}", f"published: {article.published.isoformat()}"]
    if article.author:
        lines.append(f"author: {article.author}")
    if article.section:
        lines.append(f"section: {article.section}")
    if article.tags:
        lines.append("tags: " + "; ".join(article.tags))
    if article.caption:
        lines.append(f"caption: {article.caption}")
    return "\n".join(lines) + "\n---\n" + "\n\n".join(article.paragraphs) + "\n"


def write_sources(directory: Path, n: int, seed: int = SEED, start: int = 0) -> int:
    """Write n synthetic articles as source files under directory/<outlet>/<slug>.txt."""
    for article in Generator(seed).articles(n, start):
        folder = directory / article.outlet
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{article.slug}.txt").write_text(source_file(article), encoding="utf-8")
    return n


def words(text: str) -> int:
    return len(text.split())


__all__ = ["SEED", "Generator", "StoredPage", "corpus", "render", "source_file", "write_sources", "words"]
