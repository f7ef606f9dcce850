"""NganjukNews as served on loopback: a home-grown CMS with .html article URLs, an RSS feed and no sitemap."""

from __future__ import annotations

import re

from pilkada.sites.articles import SiteArticle
from pilkada.sites.base import (
    Ctx, Entry, Fault, OutletSite, Response, esc, iso, page, pagination, slugify, tanggal, wib,
)
from pilkada.sites.faults import moment, synthetic

OUTLET = "nganjuknews"

# A draft behind a robots.txt rule: linked from the listing, never to be fetched.
PREVIEW = synthetic(
    OUTLET,
    "preview-rekap-sementara-pilbup-nganjuk",
    "Rekapitulasi Sementara Pilbup Nganjuk di 20 Kecamatan",
    "2024-11-28T21:00:00+07:00",
    [
        "NGANJUK – Draf redaksi: rekapitulasi sementara perolehan suara Pemilihan Bupati dan Wakil Bupati "
        "Nganjuk dari 20 kecamatan, Kamis (28/11/2024). Angka masih menunggu konfirmasi PPK.",
        "Tabel perolehan suara per kecamatan akan diperbarui setelah rapat pleno di tingkat kecamatan selesai. "
        "Halaman ini belum untuk diterbitkan.",
    ],
    section="Politik",
    tags=["Pilkada 2024"],
)


class NganjukNews(OutletSite):
    outlet = OUTLET
    name = "NganjukNews"
    real_base = "https://nganjuknews.com/"
    per_page = 8
    feed_size = 15
    listing_path = "kanal/politik/{page}"
    tag_path = "tag/{tag}"
    sitemaps = ()
    feeds = ("feed.xml",)
    robots_rules = ("Disallow: panel/", "Disallow: cari", "Disallow: berita/preview-")
    faults = (
        Fault("berita/kpu-nganjuk-umumkan-jadwal-kampanye-akbar.html", "http_4xx", "status",
              "KPU Nganjuk Umumkan Jadwal Kampanye Akbar Pasangan Calon", moment("2024-10-30T15:00:00+07:00"),
              status=410),
        Fault(f"berita/{PREVIEW.slug}.html", "robots_disallowed", "article", PREVIEW.title, PREVIEW.published,
              article=PREVIEW),
    )

    def article_path(self, article: SiteArticle) -> str:
        return f"berita/{article.slug}.html"

    def split_page(self, ctx: Ctx, rel: str) -> tuple[str, int] | None:
        # page N of a long article: berita/<slug>-N.html, linked from the "next-page" button at its foot
        match = re.fullmatch(r"berita/([a-z0-9-]+)-(\d+)\.html", rel)
        if match and int(match[2]) >= 2 and f"berita/{match[1]}.html" in ctx.state.by_path:
            return f"berita/{match[1]}.html", int(match[2])
        return None

    def page_path(self, article: SiteArticle, number: int) -> str:
        return f"berita/{article.slug}" + (f"-{number}" if number > 1 else "") + ".html"

    def routes(self):
        return [
            (r"", self.home),
            (r"index\.html", self.home),
            (r"kanal/politik(?:/(?P<number>\d+))?", self.listing),
            (r"tag/(?P<tag>[a-z0-9-]+)", self.tag),
            (r"feed\.xml", lambda ctx: self.rss(ctx, "NganjukNews", "Berita Nganjuk Terkini", "feed.xml")),
            (r"(?P<name>redaksi|pedoman-media-siber|kontak)\.html", lambda ctx, name: self.static_page(ctx, name)),
        ]

    # -- templates ------------------------------------------------------------------------------
    def chrome(self, ctx, title, main, head="", body_class="", around=None):
        ticker = ctx.state.neighbours(around, 4) if around else ctx.state.newest[:5]
        popular = ctx.state.neighbours(around, 5) if around else ctx.state.newest[:5]
        ticker_items = " &bull; ".join(f'<a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a>' for a in ticker)
        popular_items = "".join(
            f'<li><span class="no">{n}</span> <a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>'
            for n, a in enumerate(popular, start=1)
        )
        return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} | NganjukNews</title>
{head}<link rel="alternate" type="application/rss+xml" title="NganjukNews" href="{esc(ctx.url('feed.xml'))}">
</head>
<body class="{body_class}">
<div class="wrapper">
<header class="header">
  <div class="header-top"><span class="tgl">Portal Berita Kabupaten Nganjuk</span></div>
  <div class="logo"><a href="{esc(ctx.base)}">Nganjuk<b>News</b></a></div>
  <nav class="navbar"><ul class="nav">
    <li><a href="{esc(ctx.base)}">Home</a></li>
    <li><a href="{esc(ctx.url('kanal/politik'))}">Politik</a></li>
    <li><a href="{esc(ctx.url('tag/pilkada-2024'))}">Pilkada</a></li>
    <li><a href="{esc(ctx.url('redaksi.html'))}">Redaksi</a></li>
  </ul></nav>
</header>
<div class="running-text"><b>Headline:</b> <marquee scrollamount="4">{ticker_items}</marquee></div>
<main class="content row">
<div class="col-8">{main}
</div>
<div class="col-4 sidebar">
  <div class="box-populer"><div class="box-title">Terpopuler</div><ul>{popular_items}</ul></div>
  <div class="box-iklan">Pasang iklan? Hubungi redaksi.</div>
</div>
</main>
<footer class="footer">
  <div class="footer-nav"><a href="{esc(ctx.url('redaksi.html'))}">Redaksi</a> | <a href="{esc(ctx.url('pedoman-media-siber.html'))}">Pedoman Media Siber</a> | <a href="{esc(ctx.url('kontak.html'))}">Kontak</a></div>
  <div class="copyright">&copy; 2024 NganjukNews.com &ndash; Portal Berita Kabupaten Nganjuk</div>
</footer>
</div>
</body>
</html>
"""

    def render_article(self, ctx: Ctx, article: SiteArticle) -> str:
        url = ctx.article_url(article)
        others = ctx.state.neighbours(article, 3)
        body = []
        paragraphs = self.page_paragraphs(ctx, article)
        last_page = ctx.page_number == len(article.pages)
        for number, paragraph in enumerate(paragraphs, start=1):
            body.append(f"<p>{esc(paragraph)}</p>")
            # Inline "Baca juga" lines, set by the editor in the body itself (no class to select).
            if number in (3, 6) and len(others) >= (1 if number == 3 else 2):
                other = others[0 if number == 3 else 1]
                body.append(f'<p><strong>Baca juga: <a href="{esc(ctx.article_url(other))}">{esc(other.title)}</a></strong></p>')
        if not last_page:
            body.append(f'<div class="detail-next"><a class="next-page" href="{esc(self.page_url(ctx, article, ctx.page_number + 1))}">'
                        f'Halaman selanjutnya &raquo;</a></div>')
        if last_page:
            body.append(f'<p><em>Artikel ini telah tayang di nganjuknews.com dengan judul "{esc(article.title)}"</em></p>')
        caption = ""
        if article.caption:
            caption = (f'<div class="detail-foto"><img src="{esc(ctx.url("upload/foto/" + article.slug + ".jpg"))}" alt="">'
                       f'<div class="caption">{esc(article.caption)}</div></div>')
        tags = " ".join(f'<a href="{esc(ctx.url("tag/" + slugify(t)))}">{esc(t)}</a>' for t in article.tags)
        head = (
            f'<meta name="pubdate" content="{wib(article.published):%Y-%m-%d %H:%M:%S}">\n'
            f'<meta name="keywords" content="{esc(", ".join(article.tags))}">\n'
            f'<meta name="description" content="{esc(article.paragraphs[0][:155])}">\n'
            f'<link rel="canonical" href="{esc(url)}">\n'
        )
        main = f"""
<div class="detail" itemscope itemtype="https://schema.org/NewsArticle">
  <div class="breadcrumb"><a href="{esc(ctx.base)}">Home</a> / <a href="{esc(ctx.url('kanal/politik'))}">{esc(article.section or 'Politik')}</a></div>
  <h1 class="detail-title" itemprop="headline">{esc(article.title)}</h1>
  <div class="detail-info"><span class="penulis">Penulis: <span itemprop="author">{esc(article.author or 'Redaksi')}</span></span> |
    <time itemprop="datePublished" datetime="{iso(article.published)}">{tanggal(article.published, clock=" - {hm} WIB")}</time></div>
  {caption}
  <div class="detail-text" itemprop="articleBody">
{chr(10).join(body)}
  </div>
  <div class="detail-tag">Tag: {tags}</div>
  <div class="share">Bagikan:
    <a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}">Facebook</a>
    <a href="https://twitter.com/share?url={esc(url)}">Twitter</a>
    <a href="https://wa.me/?text={esc(url)}">WhatsApp</a></div>
</div>"""
        return self.chrome(ctx, article.title, main, head=head, body_class="detail-page", around=article)

    def news_list(self, ctx: Ctx, entries: list[Entry]) -> str:
        return "".join(
            f'<div class="list-item"><a class="judul" href="{esc(ctx.url(e.path))}">{esc(e.title)}</a>'
            f'<div class="tanggal">{tanggal(e.published, clock=" {hm} WIB", short=True)}</div>'
            f'<p>{esc(e.summary)}</p></div>'
            for e in entries
        )

    # -- pages ------------------------------------------------------------------------------------
    def home(self, ctx: Ctx) -> Response:
        entries = [ctx.state.entry(a) for a in ctx.state.newest[:8]]
        main = (f'<div class="box-terkini"><div class="box-title">Berita Terkini</div>{self.news_list(ctx, entries)}</div>'
                f'<a class="selengkapnya" href="{esc(ctx.url("kanal/politik/2"))}">Berita lainnya &raquo;</a>')
        return page(self.chrome(ctx, "Portal Berita Kabupaten Nganjuk", main, body_class="home"))

    def listing(self, ctx: Ctx, number: str | None) -> Response:
        n = self.listing_number(number)
        pages = ctx.state.page_count()
        if n is None or n > pages:
            return self.not_found(ctx)
        main = (f'<div class="kanal"><h1 class="kanal-title">Politik</h1>{self.news_list(ctx, ctx.state.listing(n))}'
                f'<div class="paging">{pagination(n, pages, lambda k: ctx.url(f"kanal/politik/{k}"))}</div></div>')
        return page(self.chrome(ctx, f"Kanal Politik - Halaman {n}", main, body_class="kanal"))

    def tag(self, ctx: Ctx, tag: str) -> Response:
        if tag not in ctx.state.tags:
            return self.not_found(ctx)
        name, members = ctx.state.tags[tag]
        main = f'<div class="kanal"><h1 class="kanal-title">#{esc(name)}</h1>{self.news_list(ctx, [ctx.state.entry(a) for a in members])}</div>'
        return page(self.chrome(ctx, f"Tag {name}", main, body_class="tag"))
