"""The loopback outlet sites serve what their manifest promises, and the outlet declarations fit them."""

from __future__ import annotations

import json
import math
import re
import socket
import time
import tomllib
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from parsel import Selector
from protego import Protego

from pilkada.sites.articles import (
    OUTLETS, WIB, ArticleFormatError, load_article, load_articles, parse_article,
)
from pilkada.sites.faults import LEGACY_SAMPLE
from pilkada.sites.server import serve, spawn, stop

ROOT = Path(__file__).resolve().parents[1]
DECLARATIONS = ROOT / "crawler" / "outlets"
REAL_BASES = {
    "rmoljatim": "https://www.rmoljatim.id/",
    "terasjatim": "https://terasjatim.com/",
    "dayaknews": "https://dayaknews.com/",
    "nganjuknews": "https://nganjuknews.com/",
    "rublikanesia": "https://rublikanesia.com/",
}
FAULT_REASONS = {
    "http_4xx", "http_5xx", "timeout", "redirect_loop", "not_html", "empty_body",
    "malformed_ok", "legacy_encoding_ok", "robots_disallowed",
}
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


# -- helpers -----------------------------------------------------------------------------------------
class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_plain = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, headers: dict | None = None, timeout: float = 15, follow: bool = True):
    """(status, headers, body) without raising on HTTP errors."""
    opener = urllib.request.build_opener() if follow else _plain
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


class _Text(HTMLParser):
    BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "figcaption", "figure",
              "section", "article", "header", "footer", "nav", "aside", "form", "main", "span", "time", "a", "label",
              "button", "strong", "em"}
    INLINE = {"span", "time", "a", "strong", "em"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[]]
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS and tag not in self.INLINE:
            self.lines.append(["- "] if tag == "li" else [])  # list items read as trafilatura writes them

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS and tag not in self.INLINE:
            self.lines.append([])

    def handle_data(self, data):
        if not self.skip:
            self.lines[-1].append(data)


def page_lines(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join("".join(parts).split()) for parts in parser.lines)
    return [line for line in lines if line and line != "-"]


def page_text(html: str) -> str:
    return " ".join(line.removeprefix("- ") for line in page_lines(html))


def norm(text: str) -> str:
    return " ".join(text.split())


def when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def article_links(html: str, base_url: str, paths: set[str]) -> list[str]:
    found = []
    for href in re.findall(r'href="([^"]+)"', html):
        href = href.replace("&amp;", "&")
        if href.startswith(base_url) and href[len(base_url):] in paths:
            found.append(href[len(base_url):])
    return found


def collect_sitemap(url: str, seen: dict[str, str | None]) -> None:
    status, _, body = fetch(url)
    assert status == 200, url
    tree = ET.fromstring(body)
    if tree.tag == f"{SM}sitemapindex":
        for child in tree.findall(f"{SM}sitemap"):
            collect_sitemap(child.findtext(f"{SM}loc"), seen)
    else:
        assert tree.tag == f"{SM}urlset", url
        for node in tree.findall(f"{SM}url"):
            seen[node.findtext(f"{SM}loc")] = node.findtext(f"{SM}lastmod")


def feed_links(body: bytes) -> list[tuple[str, datetime]]:
    tree = ET.fromstring(body)
    if tree.tag == "rss":
        return [(item.findtext("link"), parsedate_to_datetime(item.findtext("pubDate")))
                for item in tree.iter("item")]
    assert tree.tag == f"{ATOM}feed"
    return [(entry.find(f"{ATOM}link[@rel='alternate']").get("href"), when(entry.findtext(f"{ATOM}published")))
            for entry in tree.iter(f"{ATOM}entry")]


def declaration(outlet: str) -> dict:
    return tomllib.loads((DECLARATIONS / f"{outlet}.toml").read_text(encoding="utf-8"))


def write_article(folder: Path, outlet: str, slug: str, title: str, published: str, paragraphs: list[str],
                  **header) -> Path:
    path = folder / outlet / f"{slug}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"title: {title}", f"published: {published}"] + [f"{k}: {v}" for k, v in header.items()]
    path.write_text("\n".join(lines) + "\n---\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def manifest(sites_server):
    status, headers, body = fetch(f"{sites_server}/_manifest.json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    return json.loads(body)["outlets"]


@pytest.fixture(scope="module")
def robots(sites_server):
    status, _, body = fetch(f"{sites_server}/robots.txt")
    assert status == 200
    return body.decode()


# -- article source files --------------------------------------------------------------------------
def test_bundled_articles_parse_in_date_order():
    articles = load_articles()
    assert articles, "no article source files under sites/articles/"
    for outlet in OUTLETS:
        mine = load_articles(outlet)
        assert [a.published for a in mine] == sorted(a.published for a in mine)
        for article in mine:
            assert article.outlet == outlet and article.title and article.paragraphs
            assert article.published.utcoffset() == timedelta(hours=7)
            assert article.text == article.title + "\n\n" + "\n\n".join(article.paragraphs)
    assert {a.outlet for a in articles} <= set(OUTLETS)


def test_parse_article_reads_header_and_paragraphs():
    source = (
        "\ufefftitle: KPU Nganjuk Tetapkan DPT\r\n"
        "published: 2024-09-20T09:15:00+07:00\r\n"
        "author: Andik\r\nsection: Politik\r\ntags: Pilkada 2024; DPT ;  Nganjuk\r\n"
        "caption: Rapat pleno. (Foto: Istimewa)\r\nmood: cerah\r\n---\r\n"
        "NGANJUK – Paragraf pertama\r\nyang terbelah dua baris.\r\n\r\n\r\n"
        "Paragraf kedua.\r\n"
    )
    article = parse_article(source, "nganjuknews", "kpu-nganjuk-dpt")
    assert article.title == "KPU Nganjuk Tetapkan DPT"
    assert article.published == datetime(2024, 9, 20, 9, 15, tzinfo=WIB)
    assert (article.author, article.section, article.caption) == ("Andik", "Politik", "Rapat pleno. (Foto: Istimewa)")
    assert article.tags == ["Pilkada 2024", "DPT", "Nganjuk"]
    assert article.paragraphs == ["NGANJUK – Paragraf pertama yang terbelah dua baris.", "Paragraf kedua."]
    assert article.text == "KPU Nganjuk Tetapkan DPT\n\nNGANJUK – Paragraf pertama yang terbelah dua baris.\n\nParagraf kedua."
    assert article.updated is None and article.modified == article.published

    naive = parse_article("title: T\npublished: 2024-10-01T08:00:00\n---\nIsi.", "rmoljatim", "t")
    assert naive.published.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize("source, problem", [
    ("title: T\npublished: 2024-10-01T08:00:00+07:00\nIsi tanpa pemisah.", "---"),
    ("published: 2024-10-01T08:00:00+07:00\n---\nIsi.", "title"),
    ("title: T\n---\nIsi.", "published"),
    ("title: T\npublished: kemarin\n---\nIsi.", "ISO"),
    ("title: T\npublished: 2024-10-01T08:00:00+07:00\n---\n\n\n", "no paragraphs"),
    ("title: T\nbukan header\npublished: 2024-10-01T08:00:00+07:00\n---\nIsi.", "key: value"),
])
def test_parse_article_rejects_malformed_files(source, problem):
    with pytest.raises(ArticleFormatError, match=re.escape(problem)):
        parse_article(source, "rmoljatim", "contoh")


def test_load_articles_extra_dir_adds_and_replaces(tmp_path):
    bundled = tmp_path / "bundled"
    extra = tmp_path / "extra"
    write_article(bundled, "rmoljatim", "lama", "Judul Lama", "2024-10-01T08:00:00+07:00", ["Isi lama."])
    write_article(bundled, "rmoljatim", "tetap", "Tetap", "2024-09-01T08:00:00+07:00", ["Isi tetap."])
    write_article(extra, "rmoljatim", "lama", "Judul Lama", "2024-10-01T08:00:00+07:00", ["Isi baru."])
    write_article(extra, "rmoljatim", "baru", "Baru", "2024-11-01T08:00:00+07:00", ["Isi."],
                  updated="2024-11-02T10:00:00+07:00")
    (extra / "rmoljatim" / ".lama.txt.swp").write_text("sampah")
    (bundled / "rmoljatim" / "rusak.txt").write_text("tanpa header")

    with pytest.raises(ArticleFormatError, match="rusak"):
        load_articles(root=bundled, extra_dir=extra)
    articles = load_articles(root=bundled, extra_dir=extra, strict=False)
    assert [a.slug for a in articles] == ["tetap", "lama", "baru"]
    edited = articles[1]
    assert edited.paragraphs == ["Isi baru."]
    assert edited.updated is not None and edited.updated > edited.published
    assert articles[2].updated == datetime(2024, 11, 2, 10, tzinfo=WIB)
    assert load_articles("terasjatim", root=bundled) == []
    assert load_article(bundled / "rmoljatim" / "tetap.txt").slug == "tetap"


# -- the server ------------------------------------------------------------------------------------
def test_spawned_server_prints_its_url_and_lists_outlets(sites_server):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", sites_server)
    status, headers, body = fetch(sites_server + "/")
    assert status == 200
    for outlet in OUTLETS:
        assert f'{sites_server}/{outlet}/"' in body.decode()
    status, headers, _ = fetch(f"{sites_server}/rmoljatim", follow=False)
    assert status == 301 and headers["Location"] == f"{sites_server}/rmoljatim/"
    assert fetch(f"{sites_server}/no-such-outlet/")[0] == 404


def test_manifest_matches_the_source_files(manifest):
    assert list(manifest) == list(OUTLETS)
    for outlet, served in manifest.items():
        expected = load_articles(outlet, strict=False)
        assert [a["slug"] for a in served["articles"]] == [a.slug for a in expected]
        for item, article in zip(served["articles"], expected):
            assert item["title"] == article.title and item["text"] == article.text
            assert when(item["published"]) == article.published
        published = [when(a["published"]) for a in served["articles"]]
        assert published == sorted(published)
        assert served["base"] == f"/{outlet}/" and served["real_base_url"] == REAL_BASES[outlet]
        urls = [a["url"] for a in served["articles"]] + [f["url"] for f in served["faults"]]
        assert len(urls) == len(set(urls)) and all(not u.startswith("/") for u in urls)
        for fault in served["faults"]:
            assert fault["reason"] in FAULT_REASONS
            assert fault["lands"] == fault["reason"].endswith("_ok")
            if fault["lands"] or fault["reason"] == "robots_disallowed":
                assert fault["title"] and fault["text"].startswith(fault["title"])
    reasons = {f["reason"] for served in manifest.values() for f in served["faults"]}
    assert reasons == FAULT_REASONS


@pytest.mark.parametrize("outlet", OUTLETS)
def test_every_article_is_served_whole(sites_server, manifest, outlet):
    served = manifest[outlet]
    for item in served["articles"]:
        assert item["pages"][0] == item["url"]
        text = ""
        for page_path in item["pages"]:  # a multi-page article: its pages together hold the whole text
            status, headers, body = fetch(served["base_url"] + page_path)
            assert status == 200, page_path
            assert headers["Content-Type"] == "text/html; charset=UTF-8"
            assert headers["ETag"] and headers["Last-Modified"]
            assert parsedate_to_datetime(headers["Last-Modified"]) == when(item["lastmod"])
            text += " " + page_text(body.decode("utf-8"))
        title, *paragraphs = item["text"].split("\n\n")
        assert norm(title) in text
        for paragraph in paragraphs:
            assert norm(paragraph) in text, f"{item['url']}: paragraph missing: {paragraph[:60]}"


@pytest.mark.parametrize("outlet", OUTLETS)
def test_article_pages_look_like_the_outlet(sites_server, manifest, outlet):
    served = manifest[outlet]
    assert served["articles"], f"{outlet} serves no articles"
    item = max(served["articles"], key=lambda a: len(a["text"].split("\n\n")))
    html = fetch(served["base_url"] + item["url"])[2].decode()
    page = Selector(text=html)
    lines = page_lines(html)
    text = " ".join(lines)
    published = when(item["published"])
    for common in ("Terpopuler", "Redaksi", "Pedoman Media Siber", "Kontak"):
        assert common in text
    assert page.css("nav a") and page.css("footer")

    if outlet == "rmoljatim":
        assert page.css("meta[property='og:title']::attr(content)").get() == item["title"]
        assert when(page.css("meta[property='article:published_time']::attr(content)").get()) == published
        assert not page.css("script[type='application/ld+json']")
        assert any(line.startswith("Baca Juga:") for line in lines)
        assert "ikuti terus update berita rmoljatim di google news" in lines
        assert page.css(".related-inline li") and page.css(".read-tags a")
        assert {"Facebook", "Twitter", "WhatsApp"} <= set(page.css(".share-buttons a::text").getall())
        assert "BREAKING NEWS" in text
    elif outlet == "terasjatim":
        data = json.loads(page.css("script[type='application/ld+json']::text").get())
        assert data["@type"] == "NewsArticle" and data["headline"] == item["title"]
        assert when(data["datePublished"]) == published and data["author"]["name"]
        assert not page.css("meta[property='article:published_time']")
        assert page.css(".content-inner > h2:first-child::text").get() == item["title"]
        assert "Subscribe" in lines and "Terimakasih Telah Berlangganan Berita Teras Jatim" in lines
        assert "Breaking News" in text
    elif outlet == "dayaknews":
        assert when(page.css("time.entry-date::attr(datetime)").get()) == published
        assert not page.css("meta[property^='article:'], meta[property^='og:'], script[type='application/ld+json']")
        assert "oleh -" in lines and "oleh" in lines
        assert page.css("figure.post-thumbnail img::attr(alt)").get() == item["title"] + " 1"
        for line in ("Tinggalkan Balasan", "No More Posts Available.", "No more pages to load."):
            assert line in lines
        assert "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *" in text
        assert "Berita Terkini" in text
    elif outlet == "nganjuknews":
        pubdate = page.css("meta[name='pubdate']::attr(content)").get()
        assert datetime.strptime(pubdate, "%Y-%m-%d %H:%M:%S") == published.replace(tzinfo=None)
        assert when(page.css("[itemprop='datePublished']::attr(datetime)").get()) == published
        assert not page.css("meta[property^='article:'], script[type='application/ld+json']")
        assert any(line.startswith("Artikel ini telah tayang di nganjuknews.com dengan judul") for line in lines)
        if len(served["articles"]) > 1 and len(item["text"].split("\n\n")) > 4:
            assert any(line.startswith("Baca juga: ") for line in lines)
        assert "Headline:" in text
    elif outlet == "rublikanesia":
        data = json.loads(page.css("script[type='application/ld+json']::text").get())
        assert data["@type"] == "NewsArticle" and when(data["datePublished"]) == published
        assert when(page.css("meta[property='article:published_time']::attr(content)").get()) == published
        assert page.css("meta[name='author']::attr(content)").get()
        assert any(line.startswith("Editor: ") for line in lines)
        assert "Simak berita dan artikel lainnya di Google News" in text
        assert any(line.startswith("Dapatkan update berita pilihan setiap hari") for line in lines)
        if len(served["articles"]) > 1:
            assert "Berita Terkait" in lines
        assert "Terkini" in text


@pytest.mark.parametrize("outlet", OUTLETS)
def test_home_and_tag_pages_link_the_articles(sites_server, manifest, outlet):
    served = manifest[outlet]
    paths = {a["url"] for a in served["articles"]}
    status, _, body = fetch(served["base_url"])
    assert status == 200
    newest = sorted(served["articles"], key=lambda a: when(a["published"]), reverse=True)
    home = set(article_links(body.decode(), served["base_url"], paths))
    assert {a["url"] for a in newest[:5]} <= home
    articles = load_articles(outlet, strict=False)
    tagged = [a for a in articles if "Pilkada 2024" in a.tags]
    if tagged:
        status, _, body = fetch(served["base_url"] + served["tag_path"].format(tag="pilkada-2024"))
        assert status == 200
        by_slug = {a["slug"]: a["url"] for a in served["articles"]}
        assert {by_slug[a.slug] for a in tagged} <= set(article_links(body.decode(), served["base_url"], paths))
    assert fetch(served["base_url"] + served["tag_path"].format(tag="tidak-ada-tag-ini"))[0] == 404
    assert fetch(served["base_url"] + "tidak/ada/halaman-ini")[0] == 404


@pytest.mark.parametrize("outlet", OUTLETS)
def test_sitemaps_list_every_article_with_lastmod(sites_server, manifest, outlet):
    served = manifest[outlet]
    if not served["sitemaps"]:
        assert fetch(served["base_url"] + "sitemap.xml")[0] == 404
        return
    seen: dict[str, str | None] = {}
    for sitemap in served["sitemaps"]:
        collect_sitemap(served["base_url"] + sitemap, seen)
    for item in served["articles"]:
        url = served["base_url"] + item["url"]
        assert url in seen, f"{url} not in the sitemaps"
        assert seen[url] and when(seen[url]) == when(item["lastmod"])
    for fault in served["faults"]:
        assert served["base_url"] + fault["url"] in seen


@pytest.mark.parametrize("outlet", OUTLETS)
def test_feeds_parse_and_list_the_newest_articles(sites_server, manifest, outlet):
    served = manifest[outlet]
    assert served["feeds"]
    newest = sorted(served["articles"], key=lambda a: when(a["published"]), reverse=True)
    expected = {served["base_url"] + a["url"] for a in newest[: served["feed_size"]]}
    real = {served["base_url"] + a["url"] for a in served["articles"]}
    for feed in served["feeds"]:
        status, headers, body = fetch(served["base_url"] + feed)
        assert status == 200 and "xml" in headers["Content-Type"]
        items = feed_links(body)
        links = [link for link, _ in items]
        assert {link for link in links if link in real} == expected
        for fault in served["faults"]:
            assert served["base_url"] + fault["url"] in links
        dates = [moment for _, moment in items]
        assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("outlet", OUTLETS)
def test_listing_pagination_reaches_every_article(sites_server, manifest, outlet):
    served = manifest[outlet]
    paths = {a["url"] for a in served["articles"]} | {f["url"] for f in served["faults"]}
    reached: dict[str, int] = {}
    number = 1
    while number <= 50:
        status, _, body = fetch(served["base_url"] + served["listing"].format(page=number))
        if status == 404:
            break
        assert status == 200
        links = article_links(body.decode(), served["base_url"], paths)
        new = [link for link in links if link not in reached]
        if not new:
            break
        for link in new:
            reached[link] = number
        number += 1
    assert {a["url"] for a in served["articles"]} <= set(reached)
    assert all(reached[f["url"]] == 1 for f in served["faults"])
    if served["articles"]:
        oldest = served["articles"][0]["url"]
        last_page = math.ceil(len(served["articles"]) / served["per_page"])
        body = fetch(served["base_url"] + served["listing"].format(page=last_page))[2].decode()
        assert oldest in article_links(body, served["base_url"], paths)


def test_robots_txt(sites_server, manifest, robots):
    parser = Protego.parse(robots)
    with_sitemap = [o for o in OUTLETS if manifest[o]["sitemaps"]]
    assert sorted(parser.sitemaps) == sorted(
        f"{sites_server}/{o}/{s}" for o in with_sitemap for s in manifest[o]["sitemaps"])
    assert "nganjuknews" not in with_sitemap
    for outlet, served in manifest.items():
        for item in served["articles"]:
            assert parser.can_fetch(served["base_url"] + item["url"], "pilkada")
        for fault in served["faults"]:
            allowed = parser.can_fetch(served["base_url"] + fault["url"], "pilkada")
            assert allowed == (fault["reason"] != "robots_disallowed"), fault["url"]
        admin = "wp-admin/" if outlet in ("terasjatim", "dayaknews") else ("panel/" if outlet == "nganjuknews" else "admin/")
        assert f"Disallow: /{outlet}/{admin}" in robots
        assert not parser.can_fetch(served["base_url"] + admin + "index.php", "pilkada")
        # One outlet's part, as it would read on its own host.
        status, _, body = fetch(served["base_url"] + "robots.txt")
        own = body.decode()
        assert status == 200 and f"Disallow: /{outlet}/{admin}" in own
        assert ("Sitemap:" in own) == bool(served["sitemaps"])
    disallowed = [(o, f) for o in OUTLETS for f in manifest[o]["faults"] if f["reason"] == "robots_disallowed"]
    assert len(disallowed) == 1
    outlet, fault = disallowed[0]
    status, _, body = fetch(manifest[outlet]["base_url"] + fault["url"])
    assert status == 200 and fault["title"] in page_text(body.decode())  # it would land if fetched


def _faults(manifest):
    return [(o, f) for o in OUTLETS for f in manifest[o]["faults"]]


@pytest.mark.parametrize("reason", sorted(FAULT_REASONS))
def test_each_fault_answers_as_declared(sites_server, manifest, reason):
    cases = [(o, f) for o, f in _faults(manifest) if f["reason"] == reason]
    assert cases
    for outlet, fault in cases:
        url = manifest[outlet]["base_url"] + fault["url"]
        if reason == "timeout":
            started = time.monotonic()
            with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
                urllib.request.urlopen(url, timeout=1).read()
            assert time.monotonic() - started < 5
            continue
        status, headers, body = fetch(url, follow=False)
        if reason == "http_4xx":
            assert 400 <= status < 500
        elif reason == "http_5xx":
            assert 500 <= status < 600
        elif reason == "redirect_loop":
            hops, current = [], url
            while current not in hops and len(hops) < 10:
                hops.append(current)
                status, headers, _ = fetch(current, follow=False)
                assert status in (301, 302, 303, 307, 308)
                current = headers["Location"]
            assert current == url and len(hops) >= 1
        elif reason == "not_html":
            assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF-")
        elif reason == "empty_body":
            assert status == 200 and headers["Content-Type"].startswith("text/html") and body == b""
        elif reason == "malformed_ok":
            html = body.decode("utf-8")
            assert status == 200 and "</body>" not in html and "</p>" not in html
            text = page_text(html)
            for part in fault["text"].split("\n\n"):
                assert norm(part) in text
        elif reason == "legacy_encoding_ok":
            assert status == 200 and "charset" not in headers["Content-Type"].lower()
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
            assert LEGACY_SAMPLE.encode("cp1252") in body
            html = body.decode("cp1252")
            assert LEGACY_SAMPLE in html
            declared = re.findall(r"charset=([\w-]+)", html)
            assert declared in ([], ["windows-1252"])
            text = page_text(html)
            for part in fault["text"].split("\n\n"):
                assert norm(part) in text
        elif reason == "robots_disallowed":
            assert status == 200
    if reason == "legacy_encoding_ok":  # both variants: charset in a meta tag, and nowhere
        variants = set()
        for outlet, fault in cases:
            variants.add(b"charset=windows-1252" in fetch(manifest[outlet]["base_url"] + fault["url"])[2])
        assert variants == {True, False}


def test_conditional_requests_answer_304(sites_server, manifest):
    for outlet, served in manifest.items():
        if not served["articles"]:
            continue
        url = served["base_url"] + served["articles"][0]["url"]
        status, headers, body = fetch(url)
        etag, last_modified = headers["ETag"], headers["Last-Modified"]
        assert fetch(url)[1]["ETag"] == etag
        status, headers304, body304 = fetch(url, {"If-None-Match": etag})
        assert status == 304 and body304 == b"" and headers304["ETag"] == etag
        assert fetch(url, {"If-None-Match": '"something-else"'})[0] == 200
        assert fetch(url, {"If-Modified-Since": last_modified})[0] == 304
        earlier = format_datetime(parsedate_to_datetime(last_modified) - timedelta(days=1), usegmt=True)
        assert fetch(url, {"If-Modified-Since": earlier})[0] == 200
        # If-None-Match wins over If-Modified-Since.
        assert fetch(url, {"If-None-Match": '"stale"', "If-Modified-Since": last_modified})[0] == 200


def test_layout_2_breaks_the_article_template():
    server = spawn(layouts={"rmoljatim": 2, "dayaknews": 2})
    try:
        outlets = json.loads(fetch(server.url + "/_manifest.json")[2])["outlets"]
        assert outlets["rmoljatim"]["layout"] == 2 and outlets["terasjatim"]["layout"] == 1
        for outlet in ("rmoljatim", "dayaknews"):
            for item in outlets[outlet]["articles"]:
                status, _, body = fetch(outlets[outlet]["base_url"] + item["url"])
                html = body.decode()
                page = Selector(text=html)
                assert status == 200 and page.css("div.js-content::attr(data-src)").get()
                assert item["title"] in page_text(html)
                for paragraph in item["text"].split("\n\n")[1:]:
                    assert norm(paragraph) not in page_text(html)
                for marker in ("published_time", "datePublished", "pubdate", "<time", "application/ld+json"):
                    assert marker not in html
        unchanged = outlets["terasjatim"]["articles"][0]
        html = fetch(outlets["terasjatim"]["base_url"] + unchanged["url"])[2].decode()
        assert "datePublished" in html and "js-content" not in html
    finally:
        server.stop()
    with pytest.raises(RuntimeError, match="rmoljatim=4"):
        spawn(layouts={"rmoljatim": 4})


def test_layout_3_drops_the_dates_from_the_markup_and_keeps_the_article():
    server = spawn(layouts={"rmoljatim": 3})
    try:
        outlets = json.loads(fetch(server.url + "/_manifest.json")[2])["outlets"]
        assert outlets["rmoljatim"]["layout"] == 3
        article = outlets["rmoljatim"]["articles"][0]
        html = fetch(outlets["rmoljatim"]["base_url"] + article["url"])[2].decode()
        assert "published_time" not in html and "datePublished" not in html and "datetime=" not in html
        assert article["text"].split("\n\n")[0][:60] in html
    finally:
        server.stop()


def test_extra_dir_adds_and_replaces_articles_while_serving(tmp_path):
    extra = tmp_path / "extra"
    bundled = {o: load_articles(o, strict=False) for o in OUTLETS}
    outlet = max(OUTLETS, key=lambda o: len(bundled[o]))
    edited = bundled[outlet][len(bundled[outlet]) // 2]
    newest = bundled[outlet][-1]
    # One file before the server starts ...
    write_article(extra, "nganjuknews", "tambahan-sebelum-start", "Artikel Tambahan Sebelum Server Jalan",
                  "2024-12-20T08:00:00+07:00", ["NGANJUK – Paragraf tambahan yang pertama.", "Paragraf kedua."])
    server = spawn(extra_dir=extra)
    try:
        outlets = json.loads(fetch(server.url + "/_manifest.json")[2])["outlets"]
        served = outlets[outlet]
        assert "tambahan-sebelum-start" in [a["slug"] for a in outlets["nganjuknews"]["articles"]]
        before = {a["slug"]: a for a in served["articles"]}
        edited_url = served["base_url"] + before[edited.slug]["url"]
        oldest_url = served["base_url"] + served["articles"][0]["url"]
        old_edited_etag = fetch(edited_url)[1]["ETag"]
        oldest_etag = fetch(oldest_url)[1]["ETag"]

        # ... and two while it runs: an edit of a bundled article and a brand-new one.
        new_paragraph = "Pembaruan: redaksi menambahkan keterangan dari KPU setempat pada sore hari."
        write_article(extra, outlet, edited.slug, edited.title, edited.published.isoformat(),
                      edited.paragraphs + [new_paragraph], tags="; ".join(edited.tags))
        published = (newest.published + timedelta(days=1)).isoformat()
        write_article(extra, outlet, "artikel-baru-uji-tambahan", "Artikel Baru untuk Uji Perayapan Bertahap",
                      published, ["Paragraf pertama artikel baru.", "Paragraf kedua artikel baru."],
                      tags="Pilkada 2024")

        outlets = json.loads(fetch(server.url + "/_manifest.json")[2])["outlets"]
        served = outlets[outlet]
        after = {a["slug"]: a for a in served["articles"]}
        assert len(after) == len(before) + 1 and after["artikel-baru-uji-tambahan"]["url"]
        assert served["articles"][-1]["slug"] == "artikel-baru-uji-tambahan"
        assert after[edited.slug]["url"] == before[edited.slug]["url"]
        assert when(after[edited.slug]["lastmod"]) > when(before[edited.slug]["lastmod"])
        assert after[edited.slug]["text"].endswith(new_paragraph)

        status, headers, body = fetch(edited_url)
        assert status == 200 and new_paragraph in page_text(body.decode())
        assert parsedate_to_datetime(headers["Last-Modified"]) == when(after[edited.slug]["lastmod"])
        assert fetch(edited_url, {"If-None-Match": old_edited_etag})[0] == 200
        assert fetch(oldest_url, {"If-None-Match": oldest_etag})[0] == 304  # untouched pages stay 304

        new_url = served["base_url"] + after["artikel-baru-uji-tambahan"]["url"]
        assert fetch(new_url)[0] == 200
        links = [link for feed in served["feeds"] for link, _ in feed_links(fetch(served["base_url"] + feed)[2])]
        assert new_url in links
        if served["sitemaps"]:
            seen: dict[str, str | None] = {}
            for sitemap in served["sitemaps"]:
                collect_sitemap(served["base_url"] + sitemap, seen)
            assert new_url in seen
            assert when(seen[edited_url]) == when(after[edited.slug]["lastmod"])
    finally:
        server.stop()


def test_in_process_serve_and_stop():
    server, base_url = serve(port=0, slow_seconds=0.2)
    try:
        outlets = json.loads(fetch(base_url + "/_manifest.json")[2])["outlets"]
        slow = next(f for o in OUTLETS for f in outlets[o]["faults"] if f["reason"] == "timeout")
        owner = next(o for o in OUTLETS if slow in outlets[o]["faults"])
        started = time.monotonic()
        assert fetch(outlets[owner]["base_url"] + slow["url"])[0] == 200
        assert 0.2 <= time.monotonic() - started < 5
    finally:
        stop(server)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(base_url + "/", timeout=2)
    with pytest.raises(ValueError):
        serve(port=0, layouts={"nosuch": 2})


# -- outlet declarations -----------------------------------------------------------------------------
@pytest.mark.parametrize("outlet", OUTLETS)
def test_declaration_fits_the_local_site(sites_server, manifest, outlet):
    data = declaration(outlet)
    served = manifest[outlet]
    assert data["outlet"] == outlet and data["name"] == served["name"]
    assert data["base_url"] == REAL_BASES[outlet] and data["language"] == "id"
    assert re.fullmatch(r"\d{2}", data["province_code"])
    assert data["sitemaps"] == served["sitemaps"] and data["feeds"] == served["feeds"]
    assert data["listings"] == [served["listing"]]
    assert data["max_listing_pages"] >= 1
    assert set(data["politeness"]) <= {"download_delay", "concurrent_requests_per_domain"}

    pattern = re.compile(data["article_pattern"])
    for url in [a["url"] for a in served["articles"]] + [f["url"] for f in served["faults"]]:
        assert pattern.search(url), f"{data['article_pattern']} misses {url}"
    not_articles = ["", "robots.txt", served["listing"].format(page=1), served["listing"].format(page=2),
                    served["tag_path"].format(tag="pilkada-2024"), *served["sitemaps"], *served["feeds"],
                    "redaksi/", "redaksi", "redaksi.html", "kontak/", "pedoman-media-siber/", "feed/",
                    "category/politik/", "wp-admin/", "page/2/"]
    for url in not_articles:
        assert not pattern.search(url), f"{data['article_pattern']} matches {url!r}"

    cleanup = data["cleanup"]
    articles = load_articles(outlet, strict=False)
    pages = [fetch(served["base_url"] + a["url"])[2].decode() for a in served["articles"]]
    for line_pattern in cleanup["drop_line_patterns"]:
        rule = re.compile(line_pattern)
        for article in articles:
            for line in [article.title, *article.paragraphs]:
                assert not rule.search(line), f"{line_pattern!r} would drop {article.slug}: {line[:60]}"
        if pages:
            assert any(rule.search(line) for html in pages for line in page_lines(html)), f"{line_pattern!r} drops nothing"
    for selector in cleanup["drop_selectors"]:
        assert not pages or any(Selector(text=html).css(selector) for html in pages), f"{selector!r} selects nothing"
    # [selectors] are plain CSS; clean_html reads the first match's content or datetime attribute, or its text.
    for field, selector in data.get("selectors", {}).items():
        if field == "next_page":  # found on the pages of multi-page articles only, and only before their last page
            for item in served["articles"]:
                for number, page_path in enumerate(item["pages"], start=1):
                    links = Selector(text=fetch(served["base_url"] + page_path)[2].decode()).css(selector).xpath("@href")
                    wanted = [served["base_url"] + item["pages"][number]] if number < len(item["pages"]) else []
                    assert links.getall() == wanted, f"[selectors] next_page on {page_path}"
            assert any(len(item["pages"]) > 1 for item in served["articles"]), "next_page declared, nothing paginates"
            continue
        for html, item in zip(pages, served["articles"]):
            nodes = Selector(text=html).css(selector)
            assert nodes, f"[selectors] {field} finds nothing in {item['url']}"
            value = nodes[0].attrib.get("content") or nodes[0].attrib.get("datetime") or nodes[0].xpath("string()").get()
            if field == "published":
                assert value.startswith(item["published"][:10])
            else:
                assert value.strip()


# URLs of the real outlets met in public sources (tests/realpages/<outlet>/NOTES.md says where): the declarations must
# take their articles and leave their other pages.
REAL_ARTICLE_URLS = {
    "rmoljatim": ["https://www.rmoljatim.id/wabah-campak-di-sumenep-tewaskan-17-anak-puguh-dprd-dorong-mitigasi-"
                  "berkelanjutan-dan-vaksinasi-massal"],
}
REAL_OTHER_URLS = {
    "rmoljatim": ["https://www.rmoljatim.id/cari?page=6007", "https://www.rmoljatim.id/assets/img/user.png"],
    "dayaknews": ["https://dayaknews.com/wp-content/uploads/2023/11/buaya3.jpg"],
}


@pytest.mark.parametrize("outlet", sorted(set(REAL_ARTICLE_URLS) | set(REAL_OTHER_URLS)))
def test_declaration_takes_the_real_outlets_urls(outlet):
    from pilkada.crawler.declarations import load_outlets

    declared = load_outlets()[outlet]
    for url in REAL_ARTICLE_URLS.get(outlet, []):
        assert declared.is_article(url), url
    for url in REAL_OTHER_URLS.get(outlet, []):
        assert url.startswith(declared.base_url) and not declared.is_article(url), url

