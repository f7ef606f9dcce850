"""The frame every loopback outlet site is built on: responses, request context, discovery entries, shared helpers."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from functools import cached_property
from typing import Callable
from xml.sax.saxutils import escape as xml_escape

from pilkada.sites.articles import WIB, SiteArticle

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")

HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def xesc(value: object) -> str:
    return xml_escape(str(value), {'"': "&quot;"})


def json_ld(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def slugify(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def wib(moment: datetime) -> datetime:
    return moment.astimezone(WIB)


def tanggal(moment: datetime, weekday: bool = True, clock: str = " | {hm} WIB", short: bool = False) -> str:
    """An Indonesian date as outlets print it: 'Selasa, 24 September 2024 | 14:20 WIB'."""
    moment = wib(moment)
    month = (MONTHS_SHORT if short else MONTHS)[moment.month - 1]
    text = f"{moment.day} {month} {moment.year}"
    if weekday:
        text = f"{DAYS[moment.weekday()]}, {text}"
    if clock:
        text += clock.format(hm=moment.strftime("%H:%M"))
    return text


DATE_MARKUP = (
    re.compile(r"<meta[^>]+(?:published_time|modified_time|pubdate|datePublished|dateModified)[^>]*>\s*", re.I),
    re.compile(r'\s*"date(?:Published|Modified)":\s*"[^"]*",?'),
    re.compile(r'\s(?:datetime="[^"]*"|itemprop="date(?:Published|Modified)")'),
)


def without_date_metadata(text: str) -> str:
    """Layout 3: a redesign that keeps the article but drops every date from the markup (meta, JSON-LD, <time>)."""
    for pattern in DATE_MARKUP:
        text = pattern.sub("", text)
    return text


def iso(moment: datetime) -> str:
    return wib(moment).isoformat()


def rfc822(moment: datetime) -> str:
    return format_datetime(wib(moment))


def excerpt(text: str, limit: int = 160) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "..."


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None
    delay: float = 0.0  # seconds to wait before answering (the slow-page fault)


def page(text: str, status: int = 200, last_modified: datetime | None = None) -> Response:
    return Response(status=status, body=text.encode("utf-8"), last_modified=last_modified)


def xml(text: str, content_type: str = XML, last_modified: datetime | None = None) -> Response:
    return Response(body=text.encode("utf-8"), content_type=content_type, last_modified=last_modified)


def redirect(location: str, status: int = 301) -> Response:
    return Response(status=status, headers={"Location": location}, body=b"", content_type=HTML)


def nginx_error(status: int, reason: str) -> Response:
    text = (
        f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )
    return page(text, status=status)


@dataclass(frozen=True)
class Fault:
    """A page that fails, or nearly fails, in one known way, at a URL shaped like an article's.

    `reason` is the crawler's failure reason, or `malformed_ok` / `legacy_encoding_ok` for pages
    that look broken but must be crawled as articles. `kind` picks the behaviour in faults.py.
    """

    path: str
    reason: str
    kind: str
    title: str
    published: datetime
    status: int = 200
    target: str | None = None
    charset: str | None = None
    article: SiteArticle | None = None
    listed: bool = True

    @property
    def lands(self) -> bool:
        return self.reason.endswith("_ok")


@dataclass(frozen=True)
class Entry:
    """One item that the discovery pages (sitemaps, feeds, listings) expose."""

    path: str
    title: str
    published: datetime
    lastmod: datetime
    summary: str
    author: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()


def pagination(number: int, pages: int, href: Callable[[int], str], prev: str = "&laquo;",
               next: str = "&raquo;", current: str = '<span class="current">{n}</span>') -> str:
    """Numbered page links, as most CMS themes print them."""
    links = []
    if number > 1:
        links.append(f'<a class="prev page-numbers" href="{esc(href(number - 1))}">{prev}</a>')
    for n in range(1, pages + 1):
        links.append(current.format(n=n) if n == number else f'<a class="page-numbers" href="{esc(href(n))}">{n}</a>')
    if number < pages:
        links.append(f'<a class="next page-numbers" href="{esc(href(number + 1))}">{next}</a>')
    return " ".join(links)


class OutletState:
    """One outlet's articles as they stand in one snapshot of the source files."""

    def __init__(self, site: "OutletSite", articles: list[SiteArticle]):
        self.site = site
        self.articles = sorted(articles, key=lambda a: (a.published, a.slug))
        self.newest = list(reversed(self.articles))
        self.by_path = {site.article_path(article): article for article in self.articles}
        self.by_slug = {article.slug: article for article in self.articles}
        self.tags: dict[str, tuple[str, list[SiteArticle]]] = {}
        for article in self.newest:
            for tag in article.tags:
                name, members = self.tags.setdefault(slugify(tag), (tag, []))
                members.append(article)

    def entry(self, article: SiteArticle) -> Entry:
        return Entry(
            path=self.site.article_path(article),
            title=article.title,
            published=article.published,
            lastmod=article.modified,
            summary=excerpt(article.paragraphs[0]),
            author=article.author,
            section=article.section,
            tags=tuple(article.tags),
        )

    def neighbours(self, article: SiteArticle | None, count: int = 5) -> list[SiteArticle]:
        """Other articles for an article page's widgets: the ones published just before it,
        then the ones just after. Adding a newer article leaves older pages (and ETags) alone."""
        if article is None or article.slug not in self.by_slug:
            return [a for a in self.newest if a is not article][:count]
        index = self.articles.index(self.by_slug[article.slug])
        pool = list(reversed(self.articles[:index])) + self.articles[index + 1 :]
        return pool[:count]

    @cached_property
    def fault_entries(self) -> list[Entry]:
        return [
            Entry(
                path=fault.path,
                title=fault.title,
                published=fault.published,
                lastmod=fault.published,
                summary=excerpt(fault.article.paragraphs[0]) if fault.article else fault.title,
                author=fault.article.author if fault.article else None,
                section=fault.article.section if fault.article else None,
            )
            for fault in self.site.faults
            if fault.listed
        ]

    @cached_property
    def entries(self) -> list[Entry]:
        """Everything a sitemap lists, newest first: the articles and the listed faults."""
        real = [self.entry(article) for article in self.newest]
        return sorted(real + self.fault_entries, key=lambda e: e.published, reverse=True)

    def feed_entries(self) -> list[Entry]:
        real = [self.entry(article) for article in self.newest[: self.site.feed_size]]
        return sorted(real + self.fault_entries, key=lambda e: e.published, reverse=True)

    def page_count(self) -> int:
        return max(1, -(-len(self.newest) // self.site.per_page))

    def listing(self, number: int) -> list[Entry]:
        """Page `number` (from 1) of the listing: articles newest first, faults tucked onto page 1."""
        size = self.site.per_page
        entries = [self.entry(a) for a in self.newest[(number - 1) * size : number * size]]
        if number == 1:
            entries += self.fault_entries
        return entries

    def section(self, category: str) -> list[SiteArticle]:
        """Articles whose section slug is `category`, newest first."""
        return [a for a in self.newest if a.section and slugify(a.section) == category]

    def sections(self) -> list[tuple[str, str]]:
        """(slug, name) of every section in use, by name."""
        names = {slugify(a.section): a.section for a in self.articles if a.section}
        return sorted(names.items(), key=lambda item: item[1])

    def lastmod(self) -> datetime | None:
        return max((e.lastmod for e in self.entries), default=None)


@dataclass
class Ctx:
    """One request to one outlet: where it is served, what it serves, how it is asked."""

    site: "OutletSite"
    state: OutletState
    root: str
    layout: int = 1
    query: dict[str, str] = field(default_factory=dict)
    slow_seconds: float | None = None  # overrides SITES_SLOW_SECONDS for the slow-page fault
    page_number: int = 1  # which page of a multi-page article is asked for

    @property
    def base(self) -> str:
        return f"{self.root}/{self.site.outlet}/"

    def url(self, rel: str = "") -> str:
        return self.base + rel.lstrip("/")

    def article_url(self, article: SiteArticle) -> str:
        return self.url(self.site.article_path(article))


Handler = Callable[..., Response]


class OutletSite:
    """One outlet: its URL scheme, its templates, its discovery pages and its faults.

    Subclasses set the class attributes and implement `article_path`, `routes` and the
    `render_*` methods; `handle` does the dispatch they all share.
    """

    outlet = ""
    name = ""
    real_base = ""
    per_page = 10
    feed_size = 10
    listing_path = ""  # relative, with {page}
    tag_path = ""  # relative, with {tag} (the tag's slug)
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    robots_rules: tuple[str, ...] = ()  # "Disallow: wp-admin/"; paths relative to the outlet
    robots_groups = ""  # further groups for named bots, verbatim
    faults: tuple[Fault, ...] = ()

    # -- what subclasses provide -------------------------------------------------------------
    def article_path(self, article: SiteArticle) -> str:
        raise NotImplementedError

    def routes(self) -> list[tuple[str, Handler]]:
        raise NotImplementedError

    def split_page(self, ctx: "Ctx", rel: str) -> tuple[str, int] | None:
        """(article path, page number) when the request asks for page 2 or later of an article; outlets whose
        templates paginate long articles say how their page URLs look."""
        return None

    def page_path(self, article: SiteArticle, number: int) -> str:
        """Where page `number` of a multi-page article lives, relative to the outlet (page 1: the article's path)."""
        if number == 1:
            return self.article_path(article)
        raise NotImplementedError(f"{self.outlet} does not paginate articles")

    def page_paths(self, article: SiteArticle) -> list[str]:
        """Every page of the article as this outlet serves it (one unless it paginates and the source has breaks)."""
        if type(self).split_page is OutletSite.split_page:
            return [self.article_path(article)]
        return [self.page_path(article, n) for n in range(1, len(article.pages) + 1)]

    def page_url(self, ctx: "Ctx", article: SiteArticle, number: int) -> str:
        return ctx.url(self.page_path(article, number))

    def render_article(self, ctx: Ctx, article: SiteArticle) -> str:
        raise NotImplementedError

    def chrome(self, ctx: Ctx, title: str, main: str, head: str = "", body_class: str = "",
               around: SiteArticle | None = None) -> str:
        raise NotImplementedError

    # -- shared behaviour ---------------------------------------------------------------------
    @cached_property
    def _routes(self) -> list[tuple[re.Pattern, Handler]]:
        return [(re.compile(pattern), handler) for pattern, handler in self.routes()]

    @cached_property
    def fault_index(self) -> dict[str, Fault]:
        return {fault.path: fault for fault in self.faults}

    def handle(self, ctx: Ctx, rel: str) -> Response:
        from pilkada.sites import faults  # faults render through the outlet's own templates

        article = ctx.state.by_path.get(rel)
        if article is not None and not self.split_page(ctx, rel):
            return self.article_response(ctx, article)
        later = self.split_page(ctx, rel)
        if later and later[0] in ctx.state.by_path:
            article = ctx.state.by_path[later[0]]
            if later[1] > len(article.pages) or ctx.layout != 1:
                return self.not_found(ctx)
            ctx.page_number = later[1]
            return self.article_response(ctx, article)
        fault = self.fault_index.get(rel)
        if fault is not None:
            return faults.respond(self, ctx, fault, slow_override=ctx.slow_seconds)
        if rel == "robots.txt":
            return Response(body=self.robots_txt(ctx.root).encode(), content_type="text/plain; charset=UTF-8")
        match = re.fullmatch(r"api/content/([a-z0-9-]+)\.json", rel)
        if match and match.group(1) in ctx.state.by_slug:
            return self.content_api(ctx, ctx.state.by_slug[match.group(1)])
        for pattern, handler in self._routes:
            match = pattern.fullmatch(rel)
            if match:
                return handler(ctx, **match.groupdict())
        if rel and not rel.endswith("/") and self._resolves(ctx, rel + "/"):
            return redirect(ctx.url(rel + "/"))
        return self.not_found(ctx)

    def _resolves(self, ctx: Ctx, rel: str) -> bool:
        return rel in ctx.state.by_path or rel in self.fault_index or any(p.fullmatch(rel) for p, _ in self._routes)

    def article_response(self, ctx: Ctx, article: SiteArticle) -> Response:
        if ctx.layout == 2:
            text = self.render_article_v2(ctx, article)
        elif ctx.layout == 3:
            text = without_date_metadata(self.render_article(ctx, article))
        else:
            text = self.render_article(ctx, article)
        return page(text, last_modified=article.modified)

    def page_paragraphs(self, ctx: Ctx, article: SiteArticle) -> list[str]:
        """The paragraphs the requested page of the article shows (all of them on outlets that do not paginate)."""
        if type(self).split_page is OutletSite.split_page:
            return article.paragraphs
        return article.pages[ctx.page_number - 1]

    def page_links(self, ctx: Ctx, article: SiteArticle, css: str = "page-links", label: str = "Halaman",
                   next_word: str = "Selanjutnya", rel_next: bool = True) -> str:
        """WordPress' wp_link_pages() as Indonesian themes print it: "Halaman 1 2 Selanjutnya"."""
        count = len(article.pages)
        if count < 2 or type(self).split_page is OutletSite.split_page:
            return ""
        n = ctx.page_number
        links = []
        for k in range(1, count + 1):
            links.append(f'<span class="post-page-numbers current" aria-current="page">{k}</span>' if k == n else
                         f'<a href="{esc(self.page_url(ctx, article, k))}" class="post-page-numbers">{k}</a>')
        if n < count:
            rel = ' rel="next"' if rel_next else ""
            links.append(f'<a href="{esc(self.page_url(ctx, article, n + 1))}" class="post-page-numbers next"{rel}>{next_word}</a>')
        return f'<div class="{css}">{label} {" ".join(links)}</div>'

    def render_article_v2(self, ctx: Ctx, article: SiteArticle) -> str:
        """The redesign that broke scraping: the body arrives by script, the dates are gone."""
        head = f'<meta property="og:title" content="{esc(article.title)}">\n'
        main = f"""
<article class="story story--v2">
  <h1 class="story__headline">{esc(article.title)}</h1>
  <div class="story__share"><button>Bagikan</button></div>
  <div class="js-content" data-src="{esc(ctx.url('api/content/' + article.slug + '.json'))}"></div>
  <noscript>Aktifkan JavaScript untuk membaca berita ini.</noscript>
</article>"""
        return self.chrome(ctx, article.title, main, head=head, body_class="single v2", around=article)

    def content_api(self, ctx: Ctx, article: SiteArticle) -> Response:
        body = "".join(f"<p>{esc(p)}</p>" for p in article.paragraphs)
        data = {"slug": article.slug, "title": article.title, "html": body}
        return Response(body=json.dumps(data, ensure_ascii=False).encode(), content_type="application/json")

    def not_found(self, ctx: Ctx) -> Response:
        main = """
<section class="error-404 not-found">
  <h1 class="page-title">Halaman Tidak Ditemukan</h1>
  <p>Maaf, halaman yang Anda cari tidak tersedia atau sudah dipindahkan. Silakan kembali ke beranda.</p>
</section>"""
        return page(self.chrome(ctx, "Halaman Tidak Ditemukan", main, body_class="error404"), status=404)

    def robots_lines(self) -> list[str]:
        prefix = f"/{self.outlet}/"
        lines = []
        for rule in self.robots_rules:
            key, _, path = rule.partition(":")
            lines.append(f"{key.strip()}: {prefix}{path.strip()}")
        return lines

    def sitemap_urls(self, root: str) -> list[str]:
        return [f"{root}/{self.outlet}/{path}" for path in self.sitemaps]

    def robots_txt(self, root: str) -> str:
        text = "User-agent: *\n" + "\n".join(self.robots_lines()) + "\n"
        if self.robots_groups:
            text += "\n" + self.robots_groups.replace("{prefix}", f"/{self.outlet}/").strip() + "\n"
        sitemaps = self.sitemap_urls(root)
        if sitemaps:
            text += "\n" + "".join(f"Sitemap: {url}\n" for url in sitemaps)
        return text

    # -- pieces several templates use ---------------------------------------------------------
    def listing_number(self, value: str | None) -> int | None:
        """A page number from a URL or query; None when it is not a positive integer."""
        if value is None or value == "":
            return 1
        return int(value) if value.isdigit() and int(value) >= 1 else None

    def category_page(self, ctx: Ctx, category: str, number: str | None, main_category: str,
                      main_name: str) -> tuple[int, int, list[Entry], str] | None:
        """(page number, pages, entries, category name) of a WordPress category listing; None for a 404.

        The main category lists every article, newest first; the others their section's articles."""
        n = self.listing_number(number)
        if n is None:
            return None
        if category == main_category:
            pages = ctx.state.page_count()
            entries = ctx.state.listing(n) if n <= pages else []
            name = main_name
        else:
            members = ctx.state.section(category)
            if not members:
                return None
            pages = max(1, -(-len(members) // self.per_page))
            entries = [ctx.state.entry(a) for a in members[(n - 1) * self.per_page : n * self.per_page]]
            name = members[0].section
        if n > pages or not entries:
            return None
        return n, pages, entries, name

    def rss(self, ctx: Ctx, title: str, description: str, self_path: str) -> Response:
        entries = ctx.state.feed_entries()
        items = []
        for entry in entries:
            link = xesc(ctx.url(entry.path))
            categories = "".join(f"<category><![CDATA[{t}]]></category>" for t in (entry.section, *entry.tags) if t)
            creator = f"<dc:creator><![CDATA[{entry.author or self.name}]]></dc:creator>"
            items.append(
                f"<item><title>{xesc(entry.title)}</title><link>{link}</link>"
                f'<guid isPermaLink="true">{link}</guid><pubDate>{rfc822(entry.published)}</pubDate>'
                f"{creator}{categories}<description><![CDATA[{entry.summary}]]></description></item>"
            )
        built = max((e.lastmod for e in entries), default=datetime(2024, 1, 1, tzinfo=timezone.utc))
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
            f"<channel><title>{xesc(title)}</title><link>{xesc(ctx.base)}</link>"
            f"<description>{xesc(description)}</description><language>id</language>"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>"
            f'<atom:link href="{xesc(ctx.url(self_path))}" rel="self" type="application/rss+xml"/>\n'
            + "\n".join(items)
            + "\n</channel></rss>\n"
        )
        return xml(text, "application/rss+xml; charset=UTF-8", last_modified=built)

    def urlset(self, ctx: Ctx, entries: list[Entry], extra: str = "") -> Response:
        urls = "".join(
            f"<url><loc>{xesc(ctx.url(e.path))}</loc><lastmod>{iso(e.lastmod)}</lastmod>{extra}</url>\n"
            for e in entries
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
        )
        last = max((e.lastmod for e in entries), default=None)
        return xml(text, last_modified=last)

    def sitemap_index(self, ctx: Ctx, children: list[tuple[str, datetime | None]]) -> Response:
        items = "".join(
            f"<sitemap><loc>{xesc(ctx.url(path))}</loc>"
            + (f"<lastmod>{iso(lastmod)}</lastmod>" if lastmod else "")
            + "</sitemap>\n"
            for path, lastmod in children
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + items + "</sitemapindex>\n"
        )
        return xml(text)

    def static_page(self, ctx: Ctx, name: str) -> Response:
        title, paragraphs = STATIC_PAGES[name]
        body = "".join(f"<p>{esc(p.format(name=self.name))}</p>" for p in paragraphs)
        main = f'<article class="page"><h1 class="page-title">{esc(title)}</h1><div class="page-content">{body}</div></article>'
        return page(self.chrome(ctx, title, main, body_class="page"))


STATIC_PAGES = {
    "redaksi": ("Redaksi", [
        "Pemimpin Redaksi: Ahmad Fauzan. Redaktur Pelaksana: Sri Wahyuni. Redaktur: Bagus Prasetyo, Lina Marlina.",
        "Reporter: tim liputan daerah. Alamat redaksi tercantum di halaman Kontak.",
    ]),
    "pedoman-media-siber": ("Pedoman Media Siber", [
        "Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak asasi manusia.",
        "{name} tunduk pada Pedoman Pemberitaan Media Siber yang ditetapkan Dewan Pers.",
    ]),
    "kontak": ("Kontak", [
        "Kirim rilis, koreksi, dan hak jawab ke alamat surel redaksi.",
        "Layanan iklan dan kerja sama: hubungi bagian pemasaran {name}.",
    ]),
}
