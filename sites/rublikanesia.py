"""Rublikanesia as served on loopback: a custom CMS with id-slug URLs, one flat sitemap, an Atom feed and JSON-LD."""

from __future__ import annotations

import hashlib

from pilkada.sites.articles import SiteArticle
from pilkada.sites.base import (
    Ctx, Entry, Fault, OutletSite, Response, esc, iso, json_ld, page, pagination, slugify, tanggal, xesc, xml,
)
from pilkada.sites.faults import LEGACY_SAMPLE, moment, synthetic

OUTLET = "rublikanesia"
EDITORS = ("Yoga Pratama", "Nur Aini Rahmawati", "Bambang Setiawan", "Ratna Dewi")

LEGACY = synthetic(
    OUTLET,
    "relawan-tegal-jual-nasi-rames-murah",
    "Relawan di Kota Tegal Jual Nasi Rames Murah Selama Masa Tenang",
    "2024-11-25T11:20:00+07:00",
    [
        "Rublikanesia.com, Tegal – Sekelompok relawan demokrasi di Kelurahan Mintaragen, Kecamatan Tegal Timur, "
        "membuka warung nasi rames murah selama masa tenang Pilkada serentak 2024, Senin (25/11/2024).",
        f"Seporsi nasi rames dijual seharga {LEGACY_SAMPLE} harus jadi pesta rakyat, bukan pesta elite,” kata "
        "koordinator relawan, Wahyudi Santoso.",
        "Menurut Wahyudi, warung itu tidak membawa atribut pasangan calon mana pun. Relawan hanya membagikan "
        "selebaran ajakan datang ke TPS pada Rabu, 27 November 2024.",
        "Panitia Pengawas Kecamatan Tegal Timur menyatakan sudah memeriksa warung tersebut dan tidak menemukan "
        "unsur kampanye.",
    ],
    author="Fajar Nugroho",
    section="Regional",
    tags=["Pilkada 2024", "Kota Tegal"],
)


class Rublikanesia(OutletSite):
    outlet = OUTLET
    name = "Rublikanesia.com"
    real_base = "https://rublikanesia.com/"
    per_page = 10
    feed_size = 20
    listing_path = "indeks?page={page}"
    tag_path = "tag/{tag}"
    sitemaps = ("sitemap.xml",)
    feeds = ("atom.xml",)
    robots_rules = ("Disallow: admin/", "Disallow: search", "Disallow: api/")
    robots_groups = "User-agent: GPTBot\nDisallow: {prefix}"
    faults = (
        Fault(f"news/48277-{LEGACY.slug}", "legacy_encoding_ok", "legacy", LEGACY.title, LEGACY.published,
              charset=None, article=LEGACY),
        Fault("news/48301-kpu-jateng-jadwalkan-rekapitulasi-tingkat-provinsi", "http_5xx", "status",
              "KPU Jateng Jadwalkan Rekapitulasi Tingkat Provinsi", moment("2024-11-28T10:00:00+07:00"),
              status=503),
    )

    @staticmethod
    def article_id(slug: str) -> int:
        return int(hashlib.sha1(b"rb:" + slug.encode()).hexdigest(), 16) % 40_000 + 10_000

    def article_path(self, article: SiteArticle) -> str:
        return f"news/{self.article_id(article.slug)}-{article.slug}"

    def split_page(self, ctx: Ctx, rel: str) -> tuple[str, int] | None:
        number = ctx.query.get("page", "")
        return (rel, int(number)) if rel.startswith("news/") and number.isdigit() and int(number) >= 2 else None

    def page_path(self, article: SiteArticle, number: int) -> str:
        return self.article_path(article) + (f"?page={number}" if number > 1 else "")

    def routes(self):
        return [
            (r"", self.home),
            (r"indeks", self.index_page),
            (r"tag/(?P<tag>[a-z0-9-]+)", self.tag),
            (r"sitemap\.xml", lambda ctx: self.urlset(ctx, ctx.state.entries,
                                                       "<changefreq>weekly</changefreq><priority>0.8</priority>")),
            (r"atom\.xml", self.atom),
            (r"(?P<name>redaksi|pedoman-media-siber|kontak)", lambda ctx, name: self.static_page(ctx, name)),
        ]

    # -- templates ------------------------------------------------------------------------------
    def chrome(self, ctx, title, main, head="", body_class="", around=None):
        ticker = ctx.state.neighbours(around, 4) if around else ctx.state.newest[:5]
        popular = ctx.state.neighbours(around, 5) if around else ctx.state.newest[:5]
        ticker_items = "".join(f'<li><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>' for a in ticker)
        popular_items = "".join(f'<li><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>' for a in popular)
        return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | Rublikanesia.com</title>
{head}<link rel="alternate" type="application/atom+xml" title="Rublikanesia.com" href="{esc(ctx.url('atom.xml'))}">
</head>
<body class="bg-white text-gray-900 {body_class}">
<header class="site-header border-b">
  <div class="container flex items-center justify-between">
    <a class="brand" href="{esc(ctx.base)}">Rublikanesia<span>.com</span></a>
    <nav class="main-nav flex gap-4">
      <a href="{esc(ctx.base)}">Beranda</a>
      <a href="{esc(ctx.url('indeks'))}">Indeks</a>
      <a href="{esc(ctx.url('tag/pilkada-2024'))}">Pilkada 2024</a>
      <a href="{esc(ctx.url('redaksi'))}">Redaksi</a>
    </nav>
  </div>
</header>
<div class="ticker"><span class="ticker-label">Terkini</span><ul class="ticker-list">{ticker_items}</ul></div>
<main class="container grid grid-cols-3 gap-6">
<div class="content-col col-span-2">{main}
</div>
<aside class="sidebar-col">
  <section class="most-read"><h3 class="box-title">Terpopuler</h3><ol>{popular_items}</ol></section>
</aside>
</main>
<footer class="site-footer">
  <nav class="footer-nav"><a href="{esc(ctx.url('redaksi'))}">Redaksi</a> | <a href="{esc(ctx.url('pedoman-media-siber'))}">Pedoman Media Siber</a> | <a href="{esc(ctx.url('kontak'))}">Kontak</a></nav>
  <p>&copy; 2024 Rublikanesia.com. Hak cipta dilindungi undang-undang.</p>
</footer>
</body>
</html>
"""

    def render_article(self, ctx: Ctx, article: SiteArticle) -> str:
        url = ctx.article_url(article)
        author = article.author or "Tim Rublikanesia"
        editor = EDITORS[int(hashlib.md5(article.slug.encode()).hexdigest(), 16) % len(EDITORS)]
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "url": url,
            "datePublished": iso(article.published),
            "dateModified": iso(article.modified),
            "author": [{"@type": "Person", "name": author}],
            "editor": {"@type": "Person", "name": editor},
            "publisher": {"@type": "Organization", "name": "Rublikanesia.com"},
            "articleSection": article.section or "Regional",
            "description": article.paragraphs[0][:200],
        }
        head = (
            f'<meta name="description" content="{esc(article.paragraphs[0][:160])}">\n'
            f'<meta name="author" content="{esc(author)}">\n'
            f'<link rel="canonical" href="{esc(url)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(article.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="article:published_time" content="{iso(article.published)}">\n'
            f'<meta property="article:modified_time" content="{iso(article.modified)}">\n'
            + "".join(f'<meta property="article:tag" content="{esc(t)}">\n' for t in article.tags)
            + f"{json_ld(data)}\n"
        )
        related = ctx.state.neighbours(article, 3)
        body = []
        for number, paragraph in enumerate(self.page_paragraphs(ctx, article), start=1):
            body.append(f"<p>{esc(paragraph)}</p>")
            if number == 3 and related:
                items = "".join(f'<li><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>' for a in related)
                body.append(f'<div class="berita-terkait"><h4>Berita Terkait</h4><ul>{items}</ul></div>')
        figure = ""
        if article.caption:
            figure = (f'<figure class="news-cover"><img src="{esc(ctx.url("storage/images/" + article.slug + ".webp"))}" '
                      f'alt="{esc(article.title)}"><figcaption>{esc(article.caption)}</figcaption></figure>')
        tags = " ".join(f'<a class="chip" href="{esc(ctx.url("tag/" + slugify(t)))}">{esc(t)}</a>' for t in article.tags)
        main = f"""
<article class="news-detail">
  <nav class="crumbs"><a href="{esc(ctx.base)}">Beranda</a> &rsaquo; <a href="{esc(ctx.url('indeks'))}">{esc(article.section or 'Regional')}</a></nav>
  <h1 class="news-title">{esc(article.title)}</h1>
  <div class="news-meta"><span class="news-author">{esc(author)}</span> &middot; <span class="news-date">{tanggal(article.published, clock=", {hm} WIB")}</span></div>
  {figure}
  <div class="news-body">
{chr(10).join(body)}
  </div>
  {self.page_links(ctx, article, css="news-pages", label="Halaman:", next_word="Berikutnya &raquo;", rel_next=False)}
  <p class="news-editor">Editor: {esc(editor)}</p>
  <div class="gnews-box">Simak berita dan artikel lainnya di <a href="https://news.google.com/publications/CAAqBwgKMLrPyQsw">Google News</a></div>
  <div class="newsletter-box"><p>Dapatkan update berita pilihan setiap hari dari Rublikanesia.com</p>
    <form action="{esc(ctx.url('newsletter'))}" method="post"><input type="email" name="email" placeholder="Alamat email"><button type="submit">Daftar</button></form></div>
  <div class="news-tags">{tags}</div>
</article>"""
        return self.chrome(ctx, article.title, main, head=head, body_class="news-page", around=article)

    def cards(self, ctx: Ctx, entries: list[Entry]) -> str:
        items = "".join(
            f'<li class="card"><a class="card-title" href="{esc(ctx.url(e.path))}">{esc(e.title)}</a>'
            f'<span class="card-meta">{esc(e.section or "Regional")} &middot; {tanggal(e.published, weekday=False, clock=" {hm}", short=True)}</span>'
            f'<p class="card-lead">{esc(e.summary)}</p></li>'
            for e in entries
        )
        return f'<ul class="cards">{items}</ul>' if items else '<p class="empty-state">Tidak ada berita.</p>'

    # -- pages ------------------------------------------------------------------------------------
    def home(self, ctx: Ctx) -> Response:
        entries = [ctx.state.entry(a) for a in ctx.state.newest[:10]]
        main = (f'<section class="latest"><h2 class="section-title">Berita Terbaru</h2>{self.cards(ctx, entries)}</section>'
                f'<a class="btn-more" href="{esc(ctx.url("indeks"))}">Indeks Berita</a>')
        return page(self.chrome(ctx, "Berita Terkini Daerah dan Nasional", main, body_class="home"))

    def index_page(self, ctx: Ctx) -> Response:
        n = self.listing_number(ctx.query.get("page"))
        if n is None:
            return self.not_found(ctx)
        pages = ctx.state.page_count()
        entries = ctx.state.listing(n) if n <= pages else []
        nav = pagination(n, pages, lambda k: ctx.url(f"indeks?page={k}"), "&lsaquo;", "&rsaquo;") if n <= pages else ""
        main = (f'<section class="indeks"><h1 class="section-title">Indeks Berita</h1>{self.cards(ctx, entries)}'
                f'<nav class="pager">{nav}</nav></section>')
        return page(self.chrome(ctx, f"Indeks Berita - Halaman {n}", main, body_class="indeks"))

    def tag(self, ctx: Ctx, tag: str) -> Response:
        if tag not in ctx.state.tags:
            return self.not_found(ctx)
        name, members = ctx.state.tags[tag]
        main = f'<section class="tag"><h1 class="section-title">{esc(name)}</h1>{self.cards(ctx, [ctx.state.entry(a) for a in members])}</section>'
        return page(self.chrome(ctx, name, main, body_class="tag"))

    def atom(self, ctx: Ctx) -> Response:
        entries = ctx.state.feed_entries()
        updated = max((e.lastmod for e in entries), default=moment("2024-01-01T00:00:00+07:00"))
        items = "".join(
            f"<entry><title>{xesc(e.title)}</title><id>{xesc(ctx.url(e.path))}</id>"
            f'<link rel="alternate" type="text/html" href="{xesc(ctx.url(e.path))}"/>'
            f"<published>{iso(e.published)}</published><updated>{iso(e.lastmod)}</updated>"
            f"<author><name>{xesc(e.author or 'Tim Rublikanesia')}</name></author>"
            + (f'<category term="{xesc(e.section)}"/>' if e.section else "")
            + f"<summary>{xesc(e.summary)}</summary></entry>\n"
            for e in entries
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">\n'
            f"<title>Rublikanesia.com</title><subtitle>Berita Terkini Daerah dan Nasional</subtitle>"
            f"<id>{xesc(ctx.base)}</id><updated>{iso(updated)}</updated>"
            f'<link rel="self" type="application/atom+xml" href="{xesc(ctx.url("atom.xml"))}"/>'
            f'<link rel="alternate" type="text/html" href="{xesc(ctx.base)}"/>\n' + items + "</feed>\n"
        )
        return xml(text, "application/atom+xml; charset=UTF-8", last_modified=updated)
