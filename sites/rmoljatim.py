"""RMOLJatim as served on loopback: the RMOL network's own CMS, numeric ids in dated URLs, monthly sitemaps."""

from __future__ import annotations

import hashlib
from itertools import groupby

from pilkada.sites.articles import SiteArticle
from pilkada.sites.base import (
    Ctx, Entry, Fault, OutletSite, Response, esc, iso, page, slugify, tanggal, wib,
)
from pilkada.sites.faults import moment, synthetic

OUTLET = "rmoljatim"

MALFORMED = synthetic(
    OUTLET,
    "kpu-kota-blitar-sortir-surat-suara",
    "KPU Kota Blitar Mulai Sortir dan Lipat 210 Ribu Surat Suara",
    "2024-11-12T13:40:00+07:00",
    [
        "KPU Kota Blitar mulai menyortir dan melipat surat suara Pemilihan Gubernur dan Wakil Gubernur "
        "Jawa Timur serta Pemilihan Wali Kota dan Wakil Wali Kota Blitar di gudang logistik Jalan Kalimantan, "
        "Selasa (12/11/2024).",
        "Ketua KPU Kota Blitar, Rangga Bisma Aditya, mengatakan pekerjaan itu melibatkan 80 tenaga harian lepas "
        "yang bekerja dalam dua sif. Setiap surat suara diperiksa satu per satu sebelum dilipat.",
        "\"Kami targetkan sortir dan lipat selesai dalam lima hari. Surat suara yang rusak langsung kami pisahkan "
        "dan kami laporkan ke KPU Provinsi untuk diganti,\" kata Rangga.",
        "Sejauh ini petugas menemukan 37 lembar surat suara rusak, sebagian besar karena tinta luntur dan "
        "potongan kertas yang tidak rata. Pengawas dari Bawaslu Kota Blitar ikut memantau proses tersebut.",
    ],
    author="Ahmad Zaini",
    section="Politik",
    tags=["Pilkada 2024", "Logistik Pemilu", "Kota Blitar"],
)


class RmolJatim(OutletSite):
    outlet = OUTLET
    name = "RMOLJatim"
    real_base = "https://www.rmoljatim.id/"
    per_page = 10
    feed_size = 10
    listing_path = "politik?page={page}"
    tag_path = "tag/{tag}"
    sitemaps = ("sitemap.xml",)
    feeds = ("rss",)
    robots_rules = ("Disallow: admin/", "Disallow: search", "Disallow: *?share=")
    faults = (
        Fault("read/2024/10/14/576404/bawaslu-jatim-petakan-tps-rawan", "http_4xx", "status",
              "Bawaslu Jatim Petakan 1.200 TPS Rawan Jelang Pencoblosan", moment("2024-10-14T10:05:00+07:00"),
              status=404),
        Fault("read/2024/10/21/576500/kpu-jatim-gelar-debat-perdana-pilgub", "http_5xx", "status",
              "KPU Jatim Gelar Debat Perdana Pilgub di Surabaya", moment("2024-10-21T19:30:00+07:00"),
              status=500),
        Fault("read/2024/11/12/576777/kpu-kota-blitar-sortir-surat-suara", "malformed_ok", "malformed",
              MALFORMED.title, MALFORMED.published, article=MALFORMED),
    )

    @staticmethod
    def article_id(slug: str) -> int:
        return int(hashlib.sha1(slug.encode()).hexdigest(), 16) % 900_000 + 100_000

    def article_path(self, article: SiteArticle) -> str:
        day = wib(article.published)
        return f"read/{day:%Y/%m/%d}/{self.article_id(article.slug)}/{article.slug}"

    def routes(self):
        return [
            (r"", self.home),
            (r"politik", self.listing),
            (r"tag/(?P<tag>[a-z0-9-]+)", self.tag),
            (r"sitemap\.xml", self.sitemap),
            (r"sitemap-posts-(?P<year>\d{4})-(?P<month>\d{2})\.xml", self.monthly_sitemap),
            (r"rss", self.feed),
            (r"(?P<name>redaksi|pedoman-media-siber|kontak)", lambda ctx, name: self.static_page(ctx, name)),
        ]

    # -- templates ------------------------------------------------------------------------------
    def chrome(self, ctx, title, main, head="", body_class="", around=None):
        ticker = ctx.state.neighbours(around, 4) if around else ctx.state.newest[:5]
        popular = ctx.state.neighbours(around, 5) if around else ctx.state.newest[:5]
        popular = sorted(popular, key=lambda a: hashlib.md5(a.slug.encode()).hexdigest())
        ticker_items = "".join(f'<li><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>' for a in ticker)
        popular_items = "".join(
            f'<li><span class="rank">{n}</span><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>'
            for n, a in enumerate(popular, start=1)
        )
        return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - RMOLJatim</title>
{head}<link rel="alternate" type="application/rss+xml" title="RMOLJatim RSS" href="{esc(ctx.url('rss'))}">
</head>
<body class="rmol {body_class}">
<header class="rmol-header">
  <div class="topbar"><span class="tagline">Kantor Berita Politik dan Ekonomi Jawa Timur</span>
    <form class="search" action="{esc(ctx.url('search'))}"><input name="q" placeholder="Cari berita..."></form></div>
  <div class="brand"><a class="logo" href="{esc(ctx.base)}">RMOL<span>Jatim</span></a></div>
  <nav class="menu-utama"><ul>
    <li><a href="{esc(ctx.base)}">Beranda</a></li>
    <li><a href="{esc(ctx.url('politik'))}">Politik</a></li>
    <li><a href="{esc(ctx.url('tag/pilkada-2024'))}">Pilkada 2024</a></li>
    <li><a href="{esc(ctx.url('politik?page=2'))}">Indeks</a></li>
    <li><a href="{esc(ctx.url('redaksi'))}">Redaksi</a></li>
  </ul></nav>
</header>
<div class="breaking-news"><span class="bn-label">BREAKING NEWS</span><ul class="bn-list">{ticker_items}</ul></div>
<main class="container" id="main">
<div class="row">
<div class="col-main">{main}
</div>
<aside class="col-side sidebar">
  <div class="widget terpopuler"><h3 class="widget-title">Terpopuler</h3><ol>{popular_items}</ol></div>
  <div class="widget iklan"><span>ADVERTISEMENT</span></div>
</aside>
</div>
</main>
<footer class="rmol-footer">
  <div class="footer-links"><a href="{esc(ctx.url('redaksi'))}">Redaksi</a> | <a href="{esc(ctx.url('pedoman-media-siber'))}">Pedoman Media Siber</a> | <a href="{esc(ctx.url('kontak'))}">Kontak</a></div>
  <p class="copyright">Copyright &copy; 2024 RMOLJatim. All Rights Reserved.</p>
</footer>
</body>
</html>
"""

    def render_article(self, ctx: Ctx, article: SiteArticle) -> str:
        url = ctx.article_url(article)
        others = ctx.state.neighbours(article, 5)
        head = (
            f'<meta name="description" content="{esc(article.paragraphs[0][:160])}">\n'
            f'<link rel="canonical" href="{esc(url)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(article.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:site_name" content="RMOLJatim">\n'
            f'<meta property="article:published_time" content="{iso(article.published)}">\n'
            + (f'<meta property="article:modified_time" content="{iso(article.updated)}">\n' if article.updated else "")
            + (f'<meta property="article:section" content="{esc(article.section)}">\n' if article.section else "")
        )
        body = []
        for number, paragraph in enumerate(article.paragraphs, start=1):
            body.append(f"<p>{esc(paragraph)}</p>")
            if number == 1 and others:
                items = "".join(f'<li><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>' for a in others[:3])
                body.append(f'<ul class="related-inline">{items}</ul>')
            if number == 2 and others:
                other = others[-1]
                body.append(f'<p class="baca-juga"><strong>Baca Juga:</strong> '
                            f'<a href="{esc(ctx.article_url(other))}">{esc(other.title)}</a></p>')
        related = "".join(f'<li><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>' for a in others[1:4])
        tags = " ".join(f'<a class="tag" href="{esc(ctx.url("tag/" + t))}">#{esc(n)}</a>'
                        for t, n in ((slugify(x), x) for x in article.tags))
        figure = ""
        if article.caption:
            figure = (f'<figure class="read-image"><img src="{esc(ctx.url("assets/images/" + article.slug + ".jpg"))}" '
                      f'alt="{esc(article.title)}"><figcaption>{esc(article.caption)}</figcaption></figure>')
        share = esc(url)
        main = f"""
<article class="read-content">
  <ol class="breadcrumb"><li><a href="{esc(ctx.base)}">Home</a></li><li><a href="{esc(ctx.url('politik'))}">{esc(article.section or 'Politik')}</a></li></ol>
  <h1 class="read-title">{esc(article.title)}</h1>
  <div class="read-meta"><span class="read-date">{tanggal(article.published, clock=", {hm} WIB")}</span>
    <span class="read-author">Laporan: {esc(article.author or 'Redaksi')}</span></div>
  {figure}
  <div class="read-body">
  {chr(10).join(body)}
  </div>
  <p class="google-news"><a href="https://news.google.com/publications/CAAqBwgKMOKhpgsw8NW9Aw">ikuti terus update berita rmoljatim di google news</a></p>
  {f'<ul class="related-posts">{related}</ul>' if related else ''}
  <div class="read-tags"><span>TAG:</span> {tags}</div>
  <div class="share-buttons"><span>Bagikan:</span>
    <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={share}">Facebook</a>
    <a class="share-twitter" href="https://twitter.com/intent/tweet?url={share}">Twitter</a>
    <a class="share-whatsapp" href="https://api.whatsapp.com/send?text={share}">WhatsApp</a></div>
</article>"""
        return self.chrome(ctx, article.title, main, head=head, body_class="read", around=article)

    def news_list(self, ctx: Ctx, entries: list[Entry]) -> str:
        items = "".join(
            f'<li class="news-item"><a class="news-title" href="{esc(ctx.url(e.path))}">{esc(e.title)}</a>'
            f'<span class="news-date">{tanggal(e.published, weekday=False, clock=" {hm} WIB")}</span>'
            f'<p class="news-lead">{esc(e.summary)}</p></li>'
            for e in entries
        )
        return f'<ul class="list-news">{items}</ul>' if items else '<p class="empty">Tidak ada berita lagi.</p>'

    # -- pages ------------------------------------------------------------------------------------
    def home(self, ctx: Ctx) -> Response:
        entries = [ctx.state.entry(a) for a in ctx.state.newest[:10]]
        lead = ""
        if entries:
            top = entries[0]
            lead = (f'<section class="headline"><a class="headline-title" href="{esc(ctx.url(top.path))}">'
                    f'{esc(top.title)}</a><p>{esc(top.summary)}</p></section>')
        main = (f'{lead}<section class="latest"><h2 class="section-title">Berita Terkini</h2>'
                f'{self.news_list(ctx, entries)}<a class="more" href="{esc(ctx.url("politik"))}">Indeks Berita</a></section>')
        return page(self.chrome(ctx, "Kantor Berita Politik dan Ekonomi Jawa Timur", main, body_class="home"))

    def listing(self, ctx: Ctx) -> Response:
        number = self.listing_number(ctx.query.get("page"))
        if number is None:
            return self.not_found(ctx)
        pages = ctx.state.page_count()
        links = []
        if number > 1:
            links.append(f'<a class="prev" href="{esc(ctx.url(f"politik?page={number - 1}"))}">&laquo; Sebelumnya</a>')
        for n in range(1, pages + 1):
            links.append(f'<span class="current">{n}</span>' if n == number
                         else f'<a href="{esc(ctx.url(f"politik?page={n}"))}">{n}</a>')
        if number < pages:
            links.append(f'<a class="next" href="{esc(ctx.url(f"politik?page={number + 1}"))}">Selanjutnya &raquo;</a>')
        main = (f'<section class="kanal"><h1 class="kanal-title">Politik</h1>'
                f'{self.news_list(ctx, ctx.state.listing(number))}'
                f'<nav class="pagination">{" ".join(links)}</nav></section>')
        return page(self.chrome(ctx, f"Politik - Halaman {number}", main, body_class="kanal"))

    def tag(self, ctx: Ctx, tag: str) -> Response:
        if tag not in ctx.state.tags:
            return self.not_found(ctx)
        name, members = ctx.state.tags[tag]
        main = (f'<section class="kanal"><h1 class="kanal-title">Tag: {esc(name)}</h1>'
                f'{self.news_list(ctx, [ctx.state.entry(a) for a in members])}</section>')
        return page(self.chrome(ctx, f"Berita {name}", main, body_class="tag"))

    def _months(self, ctx: Ctx) -> dict[str, list[Entry]]:
        key = lambda e: f"{wib(e.published):%Y-%m}"  # noqa: E731
        return {month: list(group) for month, group in groupby(sorted(ctx.state.entries, key=key), key=key)}

    def sitemap(self, ctx: Ctx) -> Response:
        months = self._months(ctx)
        children = [(f"sitemap-posts-{month}.xml", max(e.lastmod for e in entries))
                    for month, entries in sorted(months.items(), reverse=True)]
        return self.sitemap_index(ctx, children)

    def monthly_sitemap(self, ctx: Ctx, year: str, month: str) -> Response:
        entries = self._months(ctx).get(f"{year}-{month}")
        if not entries:
            return self.not_found(ctx)
        return self.urlset(ctx, sorted(entries, key=lambda e: e.published, reverse=True))

    def feed(self, ctx: Ctx) -> Response:
        return self.rss(ctx, "RMOLJatim", "Kantor Berita Politik dan Ekonomi Jawa Timur", "rss")
