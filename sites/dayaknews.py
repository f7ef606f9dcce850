"""Dayak News as served on loopback: WordPress with core sitemaps, slug-only URLs and only a <time> for the date."""

from __future__ import annotations

import hashlib

from pilkada.sites.articles import SiteArticle
from pilkada.sites.base import (
    Ctx, Entry, Fault, OutletSite, Response, esc, iso, page, pagination, slugify, tanggal,
)
from pilkada.sites.faults import moment

OUTLET = "dayaknews"
MAIN_CATEGORY = "daerah"
STATIC = ("redaksi", "pedoman-media-siber", "kontak")


class DayakNews(OutletSite):
    outlet = OUTLET
    name = "Dayak News"
    real_base = "https://dayaknews.com/"
    per_page = 5
    feed_size = 10
    listing_path = f"category/{MAIN_CATEGORY}/page/{{page}}/"
    tag_path = "tag/{tag}/"
    sitemaps = ("wp-sitemap.xml",)
    feeds = ("feed/",)
    robots_rules = ("Disallow: wp-admin/", "Allow: wp-admin/admin-ajax.php")
    faults = (
        Fault("salinan-sk-kpu-kalteng-penetapan-paslon-gubernur/", "not_html", "pdf",
              "Salinan SK KPU Kalteng tentang Penetapan Pasangan Calon Gubernur dan Wakil Gubernur",
              moment("2024-09-23T13:00:00+07:00")),
        Fault("bawaslu-barut-patroli-pengawasan-masa-tenang/", "empty_body", "empty",
              "Bawaslu Barut Gelar Patroli Pengawasan Masa Tenang", moment("2024-11-25T08:00:00+07:00")),
    )

    def article_path(self, article: SiteArticle) -> str:
        return f"{article.slug}/"

    @staticmethod
    def post_id(slug: str) -> int:
        return int(hashlib.sha1(b"dn" + slug.encode()).hexdigest(), 16) % 9_000 + 1_000

    def routes(self):
        return [
            (r"", self.home),
            (r"category/(?P<category>[a-z0-9-]+)/(?:page/(?P<number>\d+)/)?", self.category),
            (r"tag/(?P<tag>[a-z0-9-]+)/", self.tag),
            (r"wp-sitemap\.xml", self.sitemap),
            (r"wp-sitemap-posts-post-1\.xml", lambda ctx: self.urlset(ctx, ctx.state.entries)),
            (r"wp-sitemap-posts-page-1\.xml", self.page_sitemap),
            (r"wp-sitemap-taxonomies-category-1\.xml", self.category_sitemap),
            (r"feed/", lambda ctx: self.rss(ctx, "Dayak News", "Berita Kalimantan Tengah Terkini", "feed/")),
            (r"(?P<name>redaksi|pedoman-media-siber|kontak)/", lambda ctx, name: self.static_page(ctx, name)),
        ]

    # -- templates ------------------------------------------------------------------------------
    def chrome(self, ctx, title, main, head="", body_class="", around=None):
        ticker = ctx.state.neighbours(around, 4) if around else ctx.state.newest[:5]
        popular = ctx.state.neighbours(around, 5) if around else ctx.state.newest[:5]
        ticker_items = " ".join(f'<a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a>' for a in ticker)
        popular_items = "".join(
            f'<li><a href="{esc(ctx.article_url(a))}">{esc(a.title)}</a></li>' for a in popular
        )
        menu = "".join(
            f'<li class="menu-item menu-item-type-taxonomy"><a href="{esc(ctx.url(f"category/{slug}/"))}">{esc(name)}</a></li>'
            for slug, name in ctx.state.sections() if slug != MAIN_CATEGORY
        )
        return f"""<!doctype html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Dayak News</title>
{head}<link rel="alternate" type="application/rss+xml" title="Dayak News &raquo; Feed" href="{esc(ctx.url('feed/'))}">
<meta name="generator" content="WordPress 6.5.5">
</head>
<body class="{body_class} wp-theme-morenews aft-default-mode">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <div class="top-header"><span class="topbar-date">Kalimantan Tengah</span></div>
  <div class="site-branding"><p class="site-title"><a href="{esc(ctx.base)}" rel="home">Dayak News</a></p>
    <p class="site-description">Berita Kalimantan Tengah Terkini</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li class="menu-item menu-item-home"><a href="{esc(ctx.base)}">Beranda</a></li>
    <li class="menu-item menu-item-type-taxonomy"><a href="{esc(ctx.url(f'category/{MAIN_CATEGORY}/'))}">Daerah</a></li>
    {menu}
  </ul></nav>
</header>
<div class="aft-breaking-news"><span class="breaking-news-title">Berita Terkini</span><div class="marquee">{ticker_items}</div></div>
<div id="content" class="site-content">
<main id="primary" class="site-main">{main}
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Terpopuler</h2><ul>{popular_items}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="footer-menu"><a href="{esc(ctx.url('redaksi/'))}">Redaksi</a> | <a href="{esc(ctx.url('pedoman-media-siber/'))}">Pedoman Media Siber</a> | <a href="{esc(ctx.url('kontak/'))}">Kontak</a></div>
  <div class="site-info">Copyright &copy; 2024 Dayak News. All rights reserved.</div>
</footer>
</div>
</body>
</html>
"""

    def render_article(self, ctx: Ctx, article: SiteArticle) -> str:
        url = ctx.article_url(article)
        post_id = self.post_id(article.slug)
        section = article.section or "Daerah"
        caption = f'<figcaption class="wp-caption-text">{esc(article.caption)}</figcaption>' if article.caption else ""
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in article.paragraphs)
        tags = ", ".join(f'<a href="{esc(ctx.url("tag/" + slugify(t) + "/"))}" rel="tag">{esc(t)}</a>' for t in article.tags)
        earlier = [a for a in ctx.state.neighbours(article, 5) if a.published < article.published][:1]
        previous = "".join(
            f'<div class="nav-previous"><a href="{esc(ctx.article_url(a))}" rel="prev">{esc(a.title)}</a></div>'
            for a in earlier
        )
        main = f"""
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail category-{slugify(section)}">
  <header class="entry-header">
    <div class="cat-links"><a href="{esc(ctx.url(f'category/{slugify(section)}/'))}" rel="category tag">{esc(section)}</a></div>
    <h1 class="entry-title">{esc(article.title)}</h1>
    <div class="entry-meta">
      <div class="byline">oleh <span class="author vcard">-</span></div>
      <div class="posted-on"><time class="entry-date published" datetime="{iso(article.published)}">{tanggal(article.published, weekday=False, clock="")}</time></div>
    </div>
  </header>
  <div class="author-mini"><span class="author-label">oleh</span> <span class="author-name"></span></div>
  <figure class="post-thumbnail featured">
    <img src="{esc(ctx.url('wp-content/uploads/2024/' + article.slug + '.jpg'))}" alt="{esc(article.title)} 1" title="{esc(article.title)} 1">
    {caption}
  </figure>
  <div class="entry-content">
{paragraphs}
  </div>
  <footer class="entry-footer"><span class="tags-links">Tags: {tags}</span></footer>
  <nav class="navigation post-navigation" aria-label="Pos">{previous}</nav>
</article>
<div id="comments" class="comments-area">
  <div id="respond" class="comment-respond">
    <h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3>
    <form action="{esc(ctx.url('wp-comments-post.php'))}" method="post" id="commentform" class="comment-form">
      <p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> <span class="required-field-message">Ruas yang wajib ditandai <span class="required">*</span></span></p>
      <p class="comment-form-comment"><label for="comment">Komentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
      <p class="comment-form-author"><label for="author">Nama <span class="required">*</span></label> <input id="author" name="author" type="text" required></p>
      <p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" required></p>
      <p class="comment-form-url"><label for="url">Situs Web</label> <input id="url" name="url" type="url"></p>
      <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar"> <input type="hidden" name="comment_post_ID" value="{post_id}"></p>
    </form>
  </div>
</div>
<div class="infinite-scroll-end">
  <p class="no-more-posts">No More Posts Available.</p>
  <p class="no-more-pages">No more pages to load.</p>
</div>"""
        head = f'<link rel="canonical" href="{esc(url)}">\n'
        body_class = f"post-template-default single single-post postid-{post_id} single-format-standard"
        return self.chrome(ctx, article.title, main, head=head, body_class=body_class, around=article)

    def post_list(self, ctx: Ctx, entries: list[Entry]) -> str:
        return "".join(
            f'<article class="post type-post"><div class="read-details"><h2 class="entry-title">'
            f'<a href="{esc(ctx.url(e.path))}">{esc(e.title)}</a></h2>'
            f'<div class="entry-meta"><span class="posted-on">{tanggal(e.published, weekday=False, clock="")}</span></div>'
            f'<div class="entry-excerpt"><p>{esc(e.summary)}</p></div></div></article>'
            for e in entries
        )

    # -- pages ------------------------------------------------------------------------------------
    def home(self, ctx: Ctx) -> Response:
        entries = [ctx.state.entry(a) for a in ctx.state.newest[:10]]
        main = (f'<section class="latest-posts"><h2 class="section-title">Berita Terbaru</h2>{self.post_list(ctx, entries)}</section>'
                f'<a class="view-more" href="{esc(ctx.url(f"category/{MAIN_CATEGORY}/"))}">Lihat Semua</a>')
        return page(self.chrome(ctx, "Berita Kalimantan Tengah Terkini", main, body_class="home blog"))

    def category(self, ctx: Ctx, category: str, number: str | None) -> Response:
        found = self.category_page(ctx, category, number, MAIN_CATEGORY, "Daerah")
        if found is None:
            return self.not_found(ctx)
        n, pages, entries, name = found

        def href(k: int) -> str:
            return ctx.url(f"category/{category}/" + (f"page/{k}/" if k > 1 else ""))

        main = (f'<header class="page-header"><h1 class="page-title">Kategori: <span>{esc(name)}</span></h1></header>'
                f'<div class="aft-archive-wrapper">{self.post_list(ctx, entries)}</div>'
                f'<nav class="navigation pagination"><div class="nav-links">'
                f'{pagination(n, pages, href, "Sebelumnya", "Selanjutnya", current="<span aria-current=page class=current>{n}</span>")}'
                f"</div></nav>")
        return page(self.chrome(ctx, name, main, body_class="archive category"))

    def tag(self, ctx: Ctx, tag: str) -> Response:
        if tag not in ctx.state.tags:
            return self.not_found(ctx)
        name, members = ctx.state.tags[tag]
        main = (f'<header class="page-header"><h1 class="page-title">Tag: <span>{esc(name)}</span></h1></header>'
                f'{self.post_list(ctx, [ctx.state.entry(a) for a in members])}')
        return page(self.chrome(ctx, name, main, body_class="archive tag"))

    def sitemap(self, ctx: Ctx) -> Response:
        return self.sitemap_index(ctx, [
            ("wp-sitemap-posts-post-1.xml", ctx.state.lastmod()),
            ("wp-sitemap-posts-page-1.xml", None),
            ("wp-sitemap-taxonomies-category-1.xml", None),
        ])

    def _plain_urlset(self, urls: list[str]) -> Response:
        body = "".join(f"<url><loc>{esc(u)}</loc></url>\n" for u in urls)
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + body + "</urlset>\n")
        return Response(body=text.encode(), content_type="application/xml; charset=UTF-8")

    def page_sitemap(self, ctx: Ctx) -> Response:
        return self._plain_urlset([ctx.url(name + "/") for name in STATIC])

    def category_sitemap(self, ctx: Ctx) -> Response:
        slugs = [MAIN_CATEGORY] + [slug for slug, _ in ctx.state.sections() if slug != MAIN_CATEGORY]
        return self._plain_urlset([ctx.url(f"category/{slug}/") for slug in slugs])
