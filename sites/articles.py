"""Read the article source files (`articles/<outlet>/<slug>.txt`) that the loopback outlet sites serve.

A source file is a block of `key: value` header lines (title, published, and optionally updated,
author, section, tags "a; b; c", caption), a line `---`, then body paragraphs separated by blank
lines. The annotated text of an article is its title, a blank line, and the paragraphs joined by
blank lines (`SiteArticle.text`). A paragraph that is only `<!--nextpage-->` (WordPress' page break)
splits the article into pages, which outlets that paginate serve at URLs of their own; the break is
not part of the text.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

log = logging.getLogger(__name__)

ARTICLES_DIR = Path(__file__).with_name("articles")

# The outlets the loopback server knows, in the order it lists them.
OUTLETS = ("rmoljatim", "terasjatim", "dayaknews", "nganjuknews", "rublikanesia")

# Waktu Indonesia Barat: every outlet here publishes in UTC+7.
WIB = timezone(timedelta(hours=7), "WIB")

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_OUTLET = re.compile(r"^[a-z0-9_]+$")
_HEADER = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*)$")
PAGE_BREAK = "<!--nextpage-->"
_KNOWN_KEYS = {"title", "published", "updated", "author", "section", "tags", "caption"}


class ArticleFormatError(ValueError):
    """An article source file that does not follow the format; the message names the file."""


@dataclass
class SiteArticle:
    outlet: str
    slug: str
    title: str
    published: datetime | None
    author: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    caption: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    updated: datetime | None = None
    source: Path | None = field(default=None, compare=False, repr=False)
    page_starts: list[int] = field(default_factory=list)  # paragraph indices where pages 2, 3 ... begin

    @property
    def pages(self) -> list[list[str]]:
        """The paragraphs of each page (one page unless the source has `<!--nextpage-->` breaks)."""
        cuts = [0, *self.page_starts, len(self.paragraphs)]
        return [self.paragraphs[a:b] for a, b in zip(cuts, cuts[1:])]

    @property
    def text(self) -> str:
        return self.title + "\n\n" + "\n\n".join(self.paragraphs)

    @property
    def modified(self) -> datetime:
        """When the article last changed: `updated` if given, else `published`."""
        return self.updated or self.published


def _parse_time(value: str, key: str, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as err:
        raise ArticleFormatError(f"{where}: {key} {value!r} is not an ISO date-time") from err
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=WIB)
    return moment


def _optional(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def parse_article(source: str, outlet: str, slug: str, path: Path | None = None,
                  require_published: bool = True) -> SiteArticle:
    """Parse the text of one source file; `outlet` and `slug` come from its location.

    A gold article copied from a page that shows no date may leave out `published` (require_published=False).
    """
    where = str(path) if path else f"{outlet}/{slug}"
    if not _SLUG.match(slug):
        raise ArticleFormatError(f"{where}: slug {slug!r} must be lower-case kebab-case")
    lines = source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    try:
        cut = next(i for i, line in enumerate(lines) if line.strip() == "---")
    except StopIteration:
        raise ArticleFormatError(f"{where}: no '---' line between header and body") from None
    header: dict[str, str] = {}
    for number, line in enumerate(lines[:cut], start=1):
        if not line.strip():
            continue
        match = _HEADER.match(line)
        if not match:
            raise ArticleFormatError(f"{where}:{number}: header line is not 'key: value': {line!r}")
        key = match.group(1).lower()
        if key not in _KNOWN_KEYS:
            log.debug("%s: ignoring unknown header %r", where, key)
        header[key] = match.group(2).strip()
    for required in ("title", "published") if require_published else ("title",):
        if not header.get(required):
            raise ArticleFormatError(f"{where}: header {required!r} is missing")
    body = "\n".join(lines[cut + 1 :])
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n[ \t]*\n", body)]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    page_starts, kept = [], []
    for paragraph in paragraphs:
        if paragraph == PAGE_BREAK:
            page_starts.append(len(kept))
        else:
            kept.append(paragraph)
    if any(start <= 0 or start >= len(kept) for start in page_starts) or len(set(page_starts)) != len(page_starts):
        raise ArticleFormatError(f"{where}: a {PAGE_BREAK} break must stand between paragraphs")
    paragraphs = kept
    if not paragraphs:
        raise ArticleFormatError(f"{where}: the body has no paragraphs")
    tags = [tag.strip() for tag in header.get("tags", "").split(";") if tag.strip()]
    return SiteArticle(
        outlet=outlet,
        slug=slug,
        title=" ".join(header["title"].split()),
        published=_parse_time(header["published"], "published", where) if header.get("published") else None,
        updated=_parse_time(header["updated"], "updated", where) if header.get("updated") else None,
        author=_optional(header.get("author")),
        section=_optional(header.get("section")),
        tags=tags,
        caption=_optional(header.get("caption")),
        paragraphs=paragraphs,
        source=path,
        page_starts=page_starts,
    )


def load_article(path: str | os.PathLike, require_published: bool = True) -> SiteArticle:
    """Read one source file; its folder names the outlet, its file name the slug."""
    path = Path(path)
    return parse_article(path.read_text(encoding="utf-8"), path.parent.name, path.stem, path, require_published)


def article_files(root: str | os.PathLike, outlet: str | None = None) -> list[Path]:
    """The source files under `root` (`<outlet>/<slug>.txt`), skipping hidden and editor files."""
    root = Path(root)
    if not root.is_dir():
        return []
    outlets = [outlet] if outlet else sorted(p.name for p in root.iterdir() if p.is_dir())
    files = []
    for name in outlets:
        folder = root / name
        if not _OUTLET.match(name) or not folder.is_dir():
            continue
        files.extend(
            p for p in sorted(folder.iterdir()) if p.suffix == ".txt" and not p.name.startswith((".", "~", "#"))
        )
    return files


def _outlet_order(name: str) -> tuple[int, str]:
    return (OUTLETS.index(name) if name in OUTLETS else len(OUTLETS), name)


def load_articles(
    outlet: str | None = None,
    root: str | os.PathLike | None = None,
    extra_dir: str | os.PathLike | None = None,
    strict: bool = True,
) -> list[SiteArticle]:
    """All articles (or one outlet's), ordered by outlet then publication time.

    Files in `extra_dir` (same layout) are added; one with the outlet and slug of a file in
    `root` replaces it, as an edited article. An edited article without an `updated:` header
    gets the extra file's modification time, so its Last-Modified and sitemap lastmod move on.
    With `strict=False` a malformed file is logged and skipped instead of raising
    `ArticleFormatError` (the server must keep serving while files are being written).
    """
    found: dict[tuple[str, str], SiteArticle] = {}
    sources = [(Path(root) if root else ARTICLES_DIR, False)]
    if extra_dir:
        sources.append((Path(extra_dir), True))
    for folder, is_extra in sources:
        for path in article_files(folder, outlet):
            try:
                article = load_article(path)
            except (ArticleFormatError, UnicodeDecodeError, OSError) as err:
                if strict:
                    if isinstance(err, ArticleFormatError):
                        raise
                    raise ArticleFormatError(f"{path}: {err}") from err
                log.warning("skipping %s: %s", path, err)
                continue
            key = (article.outlet, article.slug)
            previous = found.get(key)
            if is_extra and previous is not None and article.updated is None and _differs(previous, article):
                mtime = datetime.fromtimestamp(path.stat().st_mtime, tz=WIB).replace(microsecond=0)
                article.updated = max(mtime, previous.modified + timedelta(seconds=1))
            found[key] = article
    return sorted(found.values(), key=lambda a: (_outlet_order(a.outlet), a.published, a.slug))


def _differs(old: SiteArticle, new: SiteArticle) -> bool:
    fields = ("title", "published", "author", "section", "tags", "caption", "paragraphs", "page_starts")
    return any(getattr(old, name) != getattr(new, name) for name in fields)
