"""TerasJatim as served on loopback: WordPress with a JNews-style theme, Yoast sitemaps and JSON-LD metadata."""

from __future__ import annotations

import hashlib
import re

from pilkada.sites.articles import SiteArticle
from pilkada.sites.base import (
    Ctx, Entry, Fault, OutletSite, Response, esc, iso, json_ld, page, pagination, slugify, tanggal, wib,
)
from pilkada.sites.faults import LEGACY_SAMPLE, moment, synthetic

OUTLET = "terasjatim"
MAIN_CATEGORY = "pemerintahan"

LEGACY = synthetic(
    OUTLET,
    "pedagang-atribut-kampanye-kediri-kebanjiran-pesanan",
    "Jelang Pencoblosan, Pedagang Atribut Kampanye di Kota Kediri Kebanjiran Pesanan",
    "2024-11-05T10:15:00+07:00",
    [
        "TerasJatim.com, Kediri – Menjelang hari pemungutan suara Pilkada serentak 2024, pedagang atribut "
        "kampanye di kawasan Pasar Setonobetek, Kota Kediri, kebanjiran pesanan kaus, bendera, dan stiker "
        "pasangan calon, Selasa (5/11/2024).",
        "Salah satu pedagang, Sulistyowati, mengaku pesanan melonjak sejak awal November. Stiker dijual "
        f"seharga {LEGACY_SAMPLE} tertulis besar di bagian atasnya, disusul nama dan nomor urut pasangan calon.",
        "“Tim sukses biasanya pesan ratusan lembar sekaligus. Tahun ini lebih ramai dibanding pemilu kemarin,” "
        "kata Sulistyowati.",
        "Ketua Bawaslu Kota Kediri mengingatkan agar atribut kampanye tidak dibagikan bersama uang atau "
        "barang lain yang nilainya melebihi ketentuan. (Rif/Red/TJ)",
    ],
    section="Pemerintahan",
    tags=["Pilkada 2024", "Kota Kediri"],
)


class TerasJatim(OutletSite):
    outlet = OUTLET
    name = "TerasJatim.com"
    real_base = "https://terasjatim.com/"
    per_page = 6
    feed_size = 10
    listing_path = f"category/{MAIN_CATEGORY}/page/{{page}}/"
    tag_path = "tag/{tag}/"
    sitemaps = ("sitemap_index.xml",)
    feeds = ("feed/",)
    robots_rules = ("Disallow: wp-admin/", "Allow: wp-admin/admin-ajax.php", "Disallow: ?s=")
    faults = (
        Fault("2024/10/kpu-jombang-tetapkan-lokasi-debat-kedua/", "timeout", "slow",
              "KPU Jombang Tetapkan Lokasi Debat Publik Kedua Pilbup", moment("2024-10-09T16:00:00+07:00")),
        Fault("2024/10/pemkab-kediri-siapkan-posko-aduan-netralitas/", "redirect_loop", "redirect",
              "Pemkab Kediri Siapkan Posko Aduan Netralitas ASN", moment("2024-10-17T09:30:00+07:00"),
              target="2024/10/pemkab-kediri-siapkan-posko-aduan-netralitas-2/"),
        Fault("2024/10/pemkab-kediri-siapkan-posko-aduan-netralitas-2/", "redirect_loop", "redirect",
              "Pemkab Kediri Siapkan Posko Aduan Netralitas ASN", moment("2024-10-17T09:30:00+07:00"),
              target="2024/10/pemkab-kediri-siapkan-posko-aduan-netralitas/", listed=False),
        Fault(f"2024/11/{LEGACY.slug}/", "legacy_encoding_ok", "legacy", LEGACY.title, LEGACY.published,
              charset="windows-1252", article=LEGACY),
    )

    def article_path(self, article: SiteArticle) -> str:
        return f"{wib(article.published):%Y/%m}/{article.slug}/"

    def split_page(self, ctx: Ctx, rel: str) -> tuple[str, int] | None:
        # WordPress <!--nextpage-->: page N of a post lives at <post URL>N/
        match = re.fullmatch(r"(\d{4}/\d{2}/[a-z0-9-]+/)(\d+)/", rel)
        return (match[1], int(match[2])) if match and int(match[2]) >= 2 else None

    def page_path(self, article: SiteArticle, number: int) -> str:
        return self.article_path(article) + (f"{number}/" if number > 1 else "")

    @staticmethod
    def post_id(slug: str) -> int:
        return int(hashlib.sha1(b"tj" + slug.encode()).hexdigest(), 16) % 90_000 + 10_000

    def routes(self):
        return [
            (r"", self.home),
            (r"category/(?P<category>[a-z0-9-]+)/(?:page/(?P<number>\d+)/)?", self.category),
            (r"tag/(?P<tag>[a-z0-9-]+)/", self.tag),
            (r"sitemap_index\.xml", self.sitemap),
            (r"post-sitemap(?P<number>\d*)\.xml", self.post_sitemap),
            (r"page-sitemap\.xml", self.page_sitemap),
            (r"feed/", lambda ctx: self.rss(ctx, "TerasJatim.com", "Media Online Jawa Timur", "feed/")),
            (r"(?P<name>redaksi|pedoman-media-siber|kontak)/", lambda ctx, name: self.static_page(ctx, name)),
        ]

    # -- templates ------------------------------------------------------------------------------
    def chrome(self, ctx, title, main, head="", body_class="", around=None):
        ticker = ctx.state.neighbours(around, 4) if around else ctx.state.newest[:5]
        popular = ctx.state.neighbours(around, 5) if around else ctx.state.newest[:5]
        ticker_items = "".join(
            f'<div class="jeg_news_ticker_item"><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></div>'
            for a in ticker
        )
        popular_items = "".join(
            f'<li class="jeg_post"><span class="jeg_rank">{n}</span><h3 class="jeg_post_title">'
            f'<a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></h3></li>'
            for n, a in enumerate(popular, start=1)
        )
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(ctx.url(f"category/{slug}/"))}">{esc(name)}</a></li>'
            for slug, name in ctx.state.sections() if slug != MAIN_CATEGORY
        )
        return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - TerasJatim.com</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
{head}<link rel="alternate" type="application/rss+xml" title="TerasJatim.com &raquo; Feed" href="{esc(ctx.url('feed/'))}">
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="wp-singular {body_class} wp-theme-jnews jeg_toggle_light jnews">
<div class="jeg_viewport">
<header class="jeg_header normal">
  <div class="jeg_topbar"><div class="jeg_top_date">Media Online Jawa Timur</div></div>
  <div class="jeg_logo"><a href="{esc(ctx.base)}" rel="home">TerasJatim.com</a></div>
  <nav class="jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu">
    <li class="menu-item"><a href="{esc(ctx.base)}">Beranda</a></li>
    <li class="menu-item"><a href="{esc(ctx.url(f'category/{MAIN_CATEGORY}/'))}">Pemerintahan</a></li>
    {menu}
    <li class="menu-item"><a href="{esc(ctx.url('tag/pilkada-2024/'))}">Pilkada 2024</a></li>
  </ul></nav>
</header>
<div class="jeg_breakingnews clearfix"><div class="jeg_breakingnews_title">Breaking News</div>
  <div class="jeg_news_ticker">{ticker_items}</div></div>
<main class="jeg_main" id="main">
<div class="jeg_container"><div class="jeg_content"><div class="row">
<div class="jeg_main_content col-md-8">{main}
</div>
<aside class="jeg_sidebar col-md-4">
  <div class="widget widget_jnews_popular"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Terpopuler</span></h3></div>
  <ul class="popularpost_list">{popular_items}</ul></div>
</aside>
</div></div></div>
</main>
<footer class="jeg_footer">
  <div class="jeg_footer_menu"><a href="{esc(ctx.url('redaksi/'))}">Redaksi</a> | <a href="{esc(ctx.url('pedoman-media-siber/'))}">Pedoman Media Siber</a> | <a href="{esc(ctx.url('kontak/'))}">Kontak</a></div>
  <div class="jeg_footer_copyright"><p>&copy; 2024 TerasJatim.com - Media Online Jawa Timur</p></div>
</footer>
</div>
</body>
</html>
"""

    def render_article(self, ctx: Ctx, article: SiteArticle) -> str:
        url = self.page_url(ctx, article, ctx.page_number)
        author = article.author or "Redaksi TerasJatim"
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": article.title,
            "datePublished": iso(article.published),
            "dateModified": iso(article.modified),
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": "TerasJatim.com",
                          "logo": {"@type": "ImageObject", "url": ctx.url("wp-content/uploads/logo.png")}},
            "articleSection": article.section or "Pemerintahan",
            "keywords": article.tags,
            "inLanguage": "id-ID",
        }
        head = (
            f'<link rel="canonical" href="{esc(url)}">\n'
            f'<meta property="og:locale" content="id_ID">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(article.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:site_name" content="TerasJatim.com">\n'
            f"{json_ld(data)}\n"
        )
        # Yoast links the pages of a split post in the head
        if ctx.page_number > 1:
            head += f'<link rel="prev" href="{esc(self.page_url(ctx, article, ctx.page_number - 1))}">\n'
        if ctx.page_number < len(article.pages):
            head += f'<link rel="next" href="{esc(self.page_url(ctx, article, ctx.page_number + 1))}">\n'
        section = article.section or "Pemerintahan"
        figure = ""
        if article.caption:
            figure = (f'<div class="jeg_featured featured_image"><figure><img src="{esc(ctx.url("wp-content/uploads/" + article.slug + ".jpg"))}" '
                      f'alt="{esc(article.title)}"><figcaption class="wp-caption-text">{esc(article.caption)}</figcaption></figure></div>')
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in self.page_paragraphs(ctx, article))
        paragraphs += "\n" + self.page_links(ctx, article)
        tags = "".join(f'<a href="{esc(ctx.url("tag/" + slugify(t) + "/"))}" rel="tag">{esc(t)}</a>' for t in article.tags)
        related = "".join(
            f'<div class="jeg_post"><h3 class="jeg_post_title"><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></h3></div>'
            for a in ctx.state.neighbours(article, 3)
        )
        main = f"""
<div class="jeg_inner_content">
  <div class="jeg_breadcrumbs"><a href="{esc(ctx.base)}">Beranda</a> <i class="fa fa-angle-right"></i> <a href="{esc(ctx.url(f'category/{slugify(section)}/'))}">{esc(section)}</a></div>
  <div class="entry-header">
    <h1 class="jeg_post_title">{esc(article.title)}</h1>
    <div class="jeg_meta_container"><div class="jeg_post_meta">
      <div class="jeg_meta_author">by <a href="{esc(ctx.base)}">{esc(author)}</a></div>
      <div class="jeg_meta_date"><a href="{esc(url)}">{tanggal(article.published, weekday=False, clock="")}</a></div>
    </div></div>
  </div>
  {figure}
  <div class="jeg_share_top_container"><div class="jeg_sharelist">
    <a href="https://www.facebook.com/sharer.php?u={esc(url)}" class="jeg_btn-facebook">Share on Facebook</a>
    <a href="https://twitter.com/intent/tweet?url={esc(url)}" class="jeg_btn-twitter">Share on Twitter</a>
  </div></div>
  <div class="entry-content no-share">
    <div class="content-inner">
{f"<h2>{esc(article.title)}</h2>" if ctx.page_number == 1 else ""}
{paragraphs}
    </div>
    <div class="subscribe-box jeg_subscribe"><button type="button" class="btn-subscribe">Subscribe</button>
      <p class="subscribe-thanks">Terimakasih Telah Berlangganan Berita Teras Jatim</p></div>
    <div class="jeg_post_tags"><span>Tags:</span> {tags}</div>
  </div>
  <div class="jnews_related_post_container"><div class="jeg_postblock"><div class="jeg_block_heading"><h3>Berita Terkait</h3></div>{related}</div></div>
</div>"""
        body_class = f"post-template-default single single-post postid-{self.post_id(article.slug)} single-format-standard"
        return self.chrome(ctx, article.title, main, head=head, body_class=body_class, around=article)

    def post_blocks(self, ctx: Ctx, entries: list[Entry]) -> str:
        return "".join(
            f'<article class="jeg_post jeg_pl_md_2"><div class="jeg_postblock_content">'
            f'<h3 class="jeg_post_title"><a href="{esc(ctx.url(e.path))}">{esc(e.title)}</a></h3>'
            f'<div class="jeg_post_meta"><div class="jeg_meta_date">{tanggal(e.published, weekday=False, clock="")}</div></div>'
            f'<div class="jeg_post_excerpt"><p>{esc(e.summary)}</p></div></div></article>'
            for e in entries
        )

    # -- pages ------------------------------------------------------------------------------------
    def home(self, ctx: Ctx) -> Response:
        entries = [ctx.state.entry(a) for a in ctx.state.newest[:10]]
        main = (f'<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Berita Terbaru</span></h3></div>'
                f'<div class="jeg_posts">{self.post_blocks(ctx, entries)}</div>'
                f'<a class="jeg_readmore" href="{esc(ctx.url(f"category/{MAIN_CATEGORY}/"))}">Selengkapnya</a>')
        return page(self.chrome(ctx, "Media Online Jawa Timur", main, body_class="home blog"))

    def category(self, ctx: Ctx, category: str, number: str | None) -> Response:
        found = self.category_page(ctx, category, number, MAIN_CATEGORY, "Pemerintahan")
        if found is None:
            return self.not_found(ctx)
        n, pages, entries, name = found

        def href(k: int) -> str:
            return ctx.url(f"category/{category}/" + (f"page/{k}/" if k > 1 else ""))

        main = (f'<div class="jeg_archive_header"><h1 class="jeg_archive_title">{esc(name)}</h1></div>'
                f'<div class="jeg_posts jeg_load_more_flag">{self.post_blocks(ctx, entries)}</div>'
                f'<div class="jeg_navigation jeg_pagination">{pagination(n, pages, href, "&laquo; Prev", "Next &raquo;")}</div>')
        title = name if n == 1 else f"{name} - Halaman {n} dari {pages}"
        return page(self.chrome(ctx, title, main, body_class="archive category"))

    def tag(self, ctx: Ctx, tag: str) -> Response:
        if tag not in ctx.state.tags:
            return self.not_found(ctx)
        name, members = ctx.state.tags[tag]
        main = (f'<div class="jeg_archive_header"><h1 class="jeg_archive_title">{esc(name)}</h1></div>'
                f'<div class="jeg_posts">{self.post_blocks(ctx, [ctx.state.entry(a) for a in members])}</div>')
        return page(self.chrome(ctx, f"{name} Archives", main, body_class="archive tag"))

    def _halves(self, ctx: Ctx) -> tuple[list[Entry], list[Entry]]:
        oldest_first = list(reversed(ctx.state.entries))
        cut = -(-len(oldest_first) // 2)
        return oldest_first[:cut], oldest_first[cut:]

    def sitemap(self, ctx: Ctx) -> Response:
        first, second = self._halves(ctx)
        children = [
            ("post-sitemap.xml", max((e.lastmod for e in first), default=None)),
            ("post-sitemap2.xml", max((e.lastmod for e in second), default=None)),
            ("page-sitemap.xml", None),
        ]
        return self.sitemap_index(ctx, children)

    def post_sitemap(self, ctx: Ctx, number: str) -> Response:
        if number not in ("", "2"):
            return self.not_found(ctx)
        first, second = self._halves(ctx)
        return self.urlset(ctx, second if number == "2" else first)

    def page_sitemap(self, ctx: Ctx) -> Response:
        urls = "".join(f"<url><loc>{esc(ctx.url(name + '/'))}</loc></url>\n"
                       for name in ("redaksi", "pedoman-media-siber", "kontak"))
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + urls + "</urlset>\n")
        return Response(body=text.encode(), content_type="application/xml; charset=UTF-8")
