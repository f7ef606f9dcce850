"""HTML page → article (title, body text with paragraphs, author, publication date, language).

trafilatura does the main-content extraction; the publication date comes from the page's own
structured metadata first (article:published_time, JSON-LD, pubdate, <time>), because
trafilatura's guess can pick a year out of a regulation citation in the body.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
import re
import threading
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from trafilatura.utils import INVALID_XML_CHARS

# Inline boilerplate of Indonesian news sites, dropped whatever the outlet.
COMMON_DROP_LINES = [
    r"^baca\s+juga\b",
    r"^(?:ikuti|simak)\s+(?:terus\s+)?(?:update\s+)?berita\b.*\b(?:google\s+news|whatsapp|telegram)",
    r"^simak\s+berita\s+dan\s+artikel\s+lainnya\s+di\b",
    r"^artikel\s+ini\s+telah\s+tayang\s+di\b",
    r"^dapatkan\s+(?:update|berita)\b",
    r"^subscribe$",
    r"^terima\s*kasih\s+telah\s+berlangganan\b",
    r"^tinggalkan\s+balasan\b",
    r"^alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan",
    r"^no\s+more\s+(?:posts\s+available|pages\s+to\s+load)",
    r"^oleh\s*[-–]?\s*$",
    r"^no\s+more\s+posts\b",
    r"^(?:editor|penulis|reporter|pewarta)\s*:\s*\S.{0,60}$",
    r"^(?:share|bagikan)\s*:?\s*(?:facebook|twitter|whatsapp|telegram|\s)*$",
    r"^(?:facebook|twitter|whatsapp|telegram|linkedin|copy\s+link)$",
    r"^berita\s+terkait\b",
    r"^(?:tags?|topik)\s*:",
    r"^(?:foto|dok)\s*:",
    r"^\(?(?:foto|dok)\s*[:.]",
    r"^gabung\s+(?:grup|channel|saluran)\b",
    r"^download\s+aplikasi\b",
    # page links of a multi-page article: "Halaman 1 2 Selanjutnya", "1 2 3 Berikutnya »"
    r"^(?:halaman|hal\.?|page)\s*:?\s*(?:\d+\s*)+(?:selanjutnya|berikutnya|next)?\W*$",
    r"^(?:(?:\d+|sebelumnya|«)\s+)*\d+\s+(?:selanjutnya|berikutnya)\W*$",
    r"^(?:selanjutnya|berikutnya|sebelumnya|halaman\s+(?:selanjutnya|berikutnya|sebelumnya))\s*[»›>]*$",
    # copyright lines, rating and reaction widgets after the body
    r"^(?:copyright\b|©|\(c\)\s*\d{4}|hak\s+cipta\b)",
    r"^(?:berikan|beri)\s+(?:rating|penilaian|nilai)\b",
    r"^(?:rating|penilaian)\s*:?\s*[\d.,/ ]+(?:bintang)?$",
    r"^(?:bagaimana|apa)\s+(?:perasaan|reaksi|tanggapan)\s*(?:anda|mu|kamu)?\b.{0,60}\?$",
    r"^(?:suka|senang|bahagia|sedih|marah|kaget|terkejut|lucu|takut|terinspirasi|inspiratif|tidak\s+peduli)\s*\d*\s*%?$",
    r"^\d+\s+(?:komentar|comments?|tanggapan)$",
    r"^(?:lihat|tampilkan)\s+(?:semua\s+)?komentar\b",
    r"^disclaimer\s*:",
    r"(?:\s[·|•]\s+\S[^·|•]{0,40}){3,}",  # a menu: "SolusiUKM · Iklan Baris · Blog · Forum"
    r"^(?:load|show)\s+more\b",
    r"^(?:rate|like|dislike|suka|tidak\s+suka)\b.{0,20}\(\d+\)$|^rate\s+artikel\s+ini$",
]
# A line that introduces other stories: dropped, and the headlines listed under it with it.
RELATED_MARKER = re.compile(
    r"^(?:baca\s+juga|baca\s+pula|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait|related(?:\s+news)?"
    r"|baca\s+selanjutnya|rekomendasi(?:\s+berita)?|pilihan\s+redaksi)\s*[:»>-]*\s*$",
    re.IGNORECASE,
)
# A heading after which a page lists other stories, summaries included: the article ends there.
OTHER_STORIES = re.compile(
    r"^(?:baca\s+)?(?:berita|artikel|kabar|info)\s+(?:lainnya|lain|terkini|terbaru|terpopuler|populer|pilihan|rekomendasi)"
    r"|^(?:simak\s+)?\w+(?:\s+\w+)?\s+(?:populer|terpopuler)\s+lainnya\s*$|^topik\s+pilihan\s*$"
    r"|^(?:terpopuler|terkini|terbaru|paling\s+banyak\s+dibaca|most\s+popular|trending|lihat\s+berita\s+lainnya)\s*[:»>-]*\s*$",
    re.IGNORECASE,
)
# Lines before the body that carry only its date, time or byline ("Senin, 2 Desember 2024 | 14:05 WIB").
MONTHS_ID = ("januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
             "|jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|des|dec")
DATE_LINE = re.compile(
    r"^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*)?\d{1,2}[ /.-](?:" + MONTHS_ID +
    r"|\d{1,2})\.?[ /.-]\d{2,4}\b[\s,|:-]*(?:(?:pukul\s*)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:wib|wita|wit)?)?[\s|-]*$"
    r"|^(?:diperbarui|diterbitkan|dipublikasikan|published|updated)\b.{0,60}$"
    r"|^(?:oleh|penulis|reporter|editor|laporan|wartawan|kontributor|redaktur)\b(?!.{40}.*\.$)\s*[:|-]?\s*[\w .,'|:-]{0,80}$",
    re.IGNORECASE,
)
PHOTO_CAPTION = re.compile(r"\((?:[A-Z][\w.]*\s)?(?:ANTARA\s*FOTO|FOTO|Foto|foto|Antaranews|ANTARANEWS|Dok|DOK|Istimewa|ist"
                           r"|REUTERS|Reuters|AFP|AP Photo)\b[^)]{0,60}\)\.?$")
# An editor's initials closing the article: "(Cas/Isk)", "... tandasnya. (FHM)", "(kpl/pur/tch)".
SIGN_OFF_END = re.compile(r"(?:^|[.!?\"”]\s*)\(\s*[A-Za-z]{2,6}(?:\s*/\s*[A-Za-z]{2,6})*\s*\)\.?$")
EDITORS_NOTE = re.compile(r"^(?:ralat|koreksi|klarifikasi|catatan\s+redaksi|pembaruan|update|hak\s+jawab)\b", re.IGNORECASE)
SIGN_OFF_START = re.compile(r"^\(\s*[A-Za-z]{2,6}(?:\s*/\s*[A-Za-z]{2,6})*\s*\)")
# The dateline standing alone above the first paragraph: "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --"
DATELINE_ALONE = re.compile(r"^[A-Z][\w .,/()]{2,80}\s(?:-{1,2}|–|—)$")
# Where the body starts: "LHOKSEUMAWE, KOMPAS.com – ", "REPUBLIKA.CO.ID, JAKARTA -- ", "VIVA.co.id - ".
DATELINE_DASH = re.compile(r"\s(?:-{1,2}|–|—)\s+\S")
DATELINE_PLACE = re.compile(r"\b[A-Z]{3,}\b|\.com\b|\.co\.id\b|\.CO\.ID\b|\.id\b|\.co\b|ANTARA|Kompas\w+")
INDONESIAN_DATE = re.compile(r"\b(\d{1,2})\s+(" + MONTHS_ID + r")\w*\.?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
MONTH_NUMBER = {name: i for i, names in enumerate(
    ("januari jan", "februari feb", "maret mar", "april apr", "mei", "juni jun", "juli jul", "agustus agu agt ags aug",
     "september sep sept", "oktober okt oct", "november nov", "desember des dec"), start=1) for name in names.split()}
# Containers of other stories: a <time> inside them dates another article.
ASIDE_CLASSES = re.compile(r"sidebar|widget|related|terkait|popular|populer|terpopuler|recommend|rekomendasi|lainnya"
                           r"|footer|trending|terkini|latest|ticker|breaking|headline-list|list-berita", re.IGNORECASE)
COMMON_DROP_SELECTORS = [
    "script", "style", "noscript", "form", "nav", "footer", "aside", ".share", ".sharing", ".social-share",
    ".comment-respond", "#respond", ".comments-area", ".related-posts", ".jp-relatedposts", ".newsletter",
    ".subscribe", ".baca-juga", ".wp-caption-text", "figcaption", ".tags", ".tag-list", ".page-links",
]

DATE_META = [
    ("meta", "property", "article:published_time"),
    ("meta", "name", "article:published_time"),
    ("meta", "itemprop", "datePublished"),
    ("meta", "name", "pubdate"),
    ("meta", "name", "publishdate"),
    ("meta", "name", "publish-date"),
    ("meta", "name", "date"),
    ("meta", "name", "dc.date"),
    ("meta", "property", "og:published_time"),
]
ISO_DATE = re.compile(r"((?:19|20)\d\d)[-/]([01]\d)[-/]([0-3]\d)")
INDONESIAN_WORDS = {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "akan", "tidak", "pada",
                    "juga", "ke", "telah", "bahwa", "oleh", "para", "kata", "kepada", "sebagai", "atau", "karena"}


@dataclass
class Article:
    title: str | None
    text: str
    author: str | None
    published: str | None  # YYYY-MM-DD
    language: str | None
    canonical_url: str | None = None
    date_source: str | None = None
    dropped_lines: list[str] = field(default_factory=list)
    pages: int = 1  # pages the article was spread over on its site (all of them are in `text`)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def _meta_date(tree) -> tuple[str | None, str | None]:
    for tag, attr, value in DATE_META:
        for node in tree.xpath(f"//{tag}[@{attr}=$v]", v=value):
            match = ISO_DATE.search(node.get("content") or "")
            if match:
                return _iso(match), f"{attr}={value}"
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for obj in _json_ld_objects(script.text or ""):
            match = ISO_DATE.search(str(obj.get("datePublished") or ""))
            if match:
                return _iso(match), "json-ld"
    # The article's own date as printed under its headline ("Senin, 2 Desember 2024 14:05 WIB") comes before any
    # <time>: a page whose own date is not machine-readable often has <time> elements in its sidebars.
    headline_date = _date_under_headline(tree)
    if headline_date:
        return headline_date, "headline"
    for node in tree.xpath("//time[@datetime]"):
        match = ISO_DATE.search(node.get("datetime") or "")
        if match and not _in_other_stories(node):
            return _iso(match), "time"
    return None, None


def _iso(match: re.Match) -> str:
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"


def _in_other_stories(node) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in ("aside", "nav", "footer") or ASIDE_CLASSES.search(
                (ancestor.get("class") or "") + " " + (ancestor.get("id") or "")):
            return True
    return False


def _date_under_headline(tree) -> str | None:
    """An Indonesian date printed in the headline's own block, before the body starts."""
    for h1 in tree.iter("h1"):
        if _in_other_stories(h1):
            continue
        block = h1.getparent()
        for _ in range(2):  # the headline's container, or the one around it (header + meta line)
            if block is None:
                break
            text = block.text_content()
            start = text.find(h1.text_content())
            window = text[start: start + 300] if start >= 0 else text[:300]
            body_start = next((p.text_content().strip()[:30] for p in block.iter("p") if len(p.text_content()) > 80), "")
            if body_start and body_start in window:  # the date line, not a date in the lead's sentences
                window = window[: window.index(body_start)]
            match = INDONESIAN_DATE.search(window)
            if match and match.group(2).lower() in MONTH_NUMBER:
                day, month, year = int(match.group(1)), MONTH_NUMBER[match.group(2).lower()], int(match.group(3))
                if 1 <= day <= 31:
                    return f"{year:04d}-{month:02d}-{day:02d}"
            block = block.getparent()
        break
    return None


def _json_ld_objects(raw: str):
    try:
        data = json.loads(raw)
    except (ValueError, TypeError):
        return
    stack = [data]
    while stack:
        obj = stack.pop()
        if isinstance(obj, list):
            stack.extend(obj)
        elif isinstance(obj, dict):
            if "@graph" in obj:
                stack.append(obj["@graph"])
            yield obj


def _meta_title(tree) -> str | None:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for obj in _json_ld_objects(script.text or ""):
            if obj.get("headline"):
                return str(obj["headline"]).strip()
    for node in tree.xpath("//meta[@property='og:title']/@content"):
        if node.strip():
            return re.sub(r"\s+[|\-–]\s+[^|\-–]{2,40}$", "", node.strip())
    for node in tree.xpath("//h1"):
        text = node.text_content().strip()
        if text:
            return text
    return None


def _headline_within(tree, title: str | None) -> str | None:
    """The page's <h1> when the metadata title is that headline with the site or section around it
    ("KapanLagi.com: Brandon Salim ..."); section names in an <h1> ("Regional") are too short to count."""
    if not title:
        return title
    for node in tree.iter("h1"):
        headline = " ".join(node.text_content().split())
        if len(headline) >= 20 and headline != title and headline in title:
            return headline
    return title


def _meta_author(tree) -> str | None:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for obj in _json_ld_objects(script.text or ""):
            author = obj.get("author")
            if isinstance(author, list) and author:
                author = author[0]
            if isinstance(author, dict):
                author = author.get("name")
            if author:
                return str(author).strip()
    for node in tree.xpath("//meta[@name='author']/@content"):
        if node.strip():
            return node.strip()
    return None


def guess_language(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower()[:5000])
    if len(words) < 5:
        return None
    share = sum(1 for w in words if w in INDONESIAN_WORDS) / len(words)
    return "id" if share > 0.06 else "und"


@lru_cache(maxsize=512)
def _css(selector: str):
    """A compiled CSS selector; translating one to XPath on every page took a quarter of cleaning time."""
    from lxml.cssselect import CSSSelector

    return CSSSelector(selector)


def _select(tree, selector: str) -> list:
    return _css(selector)(tree)


SIMPLE_SELECTOR = re.compile(r"^(?:(?P<tag>[a-z][a-z0-9]*)|\.(?P<cls>[A-Za-z_][\w-]*)|#(?P<id>[A-Za-z_][\w-]*))$")
XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space, hence CSS's class match, splits on


@lru_cache(maxsize=256)
def _drop_plan(drop_selectors: tuple[str, ...]) -> tuple:
    """The common and the outlet's drop selectors as steps, in their order: each run of plain `tag`, `.class`
    and `#id` selectors becomes one step (sets of tags, classes and ids), any other selector a step of its own.

    One XPath evaluation costs about 12 µs whatever the page; 33 selectors, one after the other, took 0.4 ms
    of a page's 3 ms of cleaning. A plain selector's match does not depend on what was dropped before it,
    so a run of them in one pass over the elements drops what they dropped one by one; a selector with
    structure (`.content-inner > h2:first-child`) still sees the tree as the selectors before it left it.
    An outlet's selector that lxml cannot parse is left out."""
    steps: list = []
    for selector in (*COMMON_DROP_SELECTORS, *drop_selectors):
        simple = SIMPLE_SELECTOR.match(selector.strip())
        if simple:
            if not steps or not isinstance(steps[-1], tuple):
                steps.append((set(), set(), set()))
            tags, classes, ids = steps[-1]
            {"tag": tags, "cls": classes, "id": ids}[simple.lastgroup].add(simple.group(simple.lastgroup))
            continue
        try:
            steps.append(_css(selector))
        except Exception:  # an outlet declaration's selector that lxml cannot parse
            continue
    return tuple(steps)


def drop_nodes(tree, drop_selectors: tuple[str, ...] = ()) -> None:
    """Remove what the common and the outlet's drop selectors match (their tails stay), as each selector
    applied in turn with `CSSSelector` and `drop_tree` would."""
    for step in _drop_plan(drop_selectors):
        if isinstance(step, tuple):
            tags, classes, ids = step
            nodes = []
            for element in tree.iter(lxml.etree.Element):
                if element.tag in tags:
                    nodes.append(element)
                    continue
                if classes:
                    value = element.get("class")
                    if value is not None and not classes.isdisjoint(XML_SPACE.split(value)):
                        nodes.append(element)
                        continue
                if ids and element.get("id") in ids:
                    nodes.append(element)
        else:
            nodes = step(tree)
        for node in nodes:
            if node.getparent() is not None:
                node.drop_tree()


def clean_html(
    html: str,
    url: str | None = None,
    *,
    drop_selectors=(),
    drop_line_patterns=(),
    selectors: dict | None = None,
) -> Article:
    """Clean one page, or the pages of a multi-page article the crawler joined (extract/multipage.py).

    Pure: no network, no files. Title, date and author come from the first page; the text is every page's.
    """
    from pilkada.extract.multipage import split_pages

    pages = split_pages(html)
    article = _clean_page(pages[0][1], url, drop_selectors=drop_selectors, drop_line_patterns=drop_line_patterns,
                          selectors=selectors)
    if len(pages) == 1:
        return article
    texts = [article.text]
    for page_url, page_html in pages[1:]:
        following = _clean_page(page_html, page_url, drop_selectors=drop_selectors,
                                drop_line_patterns=drop_line_patterns, selectors=selectors, title=article.title)
        if following.text:
            texts.append(following.text)
        article.dropped_lines.extend(following.dropped_lines)
    article.text = "\n\n".join(t for t in texts if t)
    article.pages = len(pages)
    article.language = guess_language(article.text) if article.text else None
    return article


def _clean_page(
    html: str,
    url: str | None = None,
    *,
    drop_selectors=(),
    drop_line_patterns=(),
    selectors: dict | None = None,
    title: str | None = None,
) -> Article:
    try:
        tree = lxml.html.fromstring(html, parser=_page_parser())
    except (lxml.etree.ParserError, ValueError):
        return Article(None, "", None, None, None)
    selectors = selectors or {}
    published, date_source = None, None
    if selectors.get("published"):
        nodes = _select(tree, selectors["published"])
        if nodes:
            raw = nodes[0].get("content") or nodes[0].get("datetime") or nodes[0].text_content()
            match = ISO_DATE.search(raw or "")
            if match:
                published, date_source = match.group(0), "selector"
    if not published:
        published, date_source = _meta_date(tree)
    if title is None and selectors.get("title"):
        nodes = _select(tree, selectors["title"])
        title = nodes[0].text_content().strip() if nodes else None
    title = title or _meta_title(tree)
    title = _headline_within(tree, title)
    author = _meta_author(tree)
    canonical = next(iter(tree.xpath("//link[@rel='canonical']/@href")), None)

    drop_nodes(tree, tuple(drop_selectors))
    _wrap_loose_text(tree)
    # trafilatura reads a copy of this tree rather than parsing its markup again, unless the page holds characters
    # XML forbids: its parsing drops them first (trafilatura.utils.repair_faulty_html), and its output cannot hold them
    handed = tree if tree.tag == "html" and not INVALID_XML_CHARS.search(html) else None
    # trafilatura's metadata (half its time) only fills what the page's own left empty: the author, when
    # that is all, is taken alone below
    container = _article_container(tree, selectors.get("article"), handed is not None) if title and published else None
    cleaned_html = None
    if container is not None:  # the article alone: trafilatura prunes, scores and measures one element, not the page
        extracted = trafilatura.bare_extraction(container, options=_extraction_options(url, False))
    elif handed is not None:
        extracted = trafilatura.bare_extraction(_as_trafilatura_parses(handed),
                                                options=_extraction_options(url, not (title and published)))
    else:
        cleaned_html = lxml.html.tostring(tree, encoding="unicode")
        extracted = trafilatura.bare_extraction(cleaned_html, options=_extraction_options(url, not (title and published)))
    body = ""
    if extracted is not None and not author and title and published:
        try:
            author = _trafilatura_author(cleaned_html or lxml.html.tostring(tree, encoding="unicode"), handed)
        except (TypeError, ValueError):  # as bare_extraction, whose metadata pass this is: no extraction
            extracted = None
    if extracted is not None:
        body = extracted.text or ""
        title = title or extracted.title
        author = author or extracted.author
        if not published and extracted.date:
            published, date_source = extracted.date[:10], "trafilatura"
    body = _main_block_if_missed(tree, body) or body
    if body:
        body = _with_lost_lead(tree, body)
    text, dropped = _drop_boilerplate_lines(body, title, list(drop_line_patterns))
    return Article(
        title=title,
        text=text,
        author=author,
        published=published,
        language=guess_language(text) if text else None,
        canonical_url=canonical,
        date_source=date_source,
        dropped_lines=dropped,
    )


_PARSERS = threading.local()  # an lxml parser is not to be shared between threads


def _page_parser():
    """lxml.html's parser with every element an HtmlElement picked in C: its default lookup calls a Python method for
    each element a walk of the tree touches, about a tenth of cleaning a real outlet's page. One per thread."""
    parser = getattr(_PARSERS, "page", None)
    if parser is None:
        parser = lxml.html.HTMLParser()
        parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity))
        _PARSERS.page = parser
    return parser


def _as_trafilatura_parses(element, alone: bool = False):
    """A copy of `element` as trafilatura's parser builds it from its markup: without comments and processing
    instructions (the page's own steps read them, as they always did). `alone`: the element as a page of its own,
    inside <html><body>."""
    copied = copy.deepcopy(element)
    lxml.etree.strip_elements(copied, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)
    if not alone:
        return copied
    copied.tail = None
    page = lxml.html.document_fromstring("<html><body></body></html>", parser=_page_parser())
    page[-1].append(copied)
    return page


def _article_container(tree, selector: str | None, as_tree: bool = True):
    """The page's article element alone, as a page of its own (a copy; its markup when not `as_tree`), when the outlet
    declares it (`[selectors] article`) and the selector finds exactly one element; None otherwise (a page that
    matches it twice, or not at all, is cleaned whole)."""
    if not selector:
        return None
    try:
        found = _select(tree, selector)
    except Exception:  # an outlet declaration's selector that lxml cannot parse
        return None
    if len(found) != 1:
        return None
    if not as_tree:
        return "<html><body>" + lxml.html.tostring(found[0], encoding="unicode", with_tail=False) + "</body></html>"
    return _as_trafilatura_parses(found[0], alone=True)


@lru_cache(maxsize=2)
def _extraction_settings(with_metadata: bool):
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", fast=True, comments=False, tables=False, images=False, dedup=False,
                     with_metadata=with_metadata)


def _extraction_options(url: str | None, with_metadata: bool):
    """What `bare_extraction(url=url, with_metadata=…, include_comments=False, include_tables=False,
    include_images=False, deduplicate=False, fast=True)` builds on each call, copied from one built once: building
    it reads trafilatura's configuration (eight configparser lookups) for every page."""
    options = copy.copy(_extraction_settings(with_metadata))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def _trafilatura_author(cleaned_html: str, parsed=None) -> str | None:
    """The author `trafilatura.bare_extraction(..., with_metadata=True)` finds: the steps of its
    `extract_metadata` up to the author, without the date, site name, categories, tags and licence. `parsed`, the
    whole document `cleaned_html` serialises, is read (a copy) instead of parsing the markup."""
    from trafilatura.metadata import examine_meta, extract_author, extract_meta_json
    from trafilatura.utils import load_html

    markup = cleaned_html.lower()
    may_name_author = _may_name_author(markup)
    if not may_name_author and not any(word in markup for word in AUTHOR_WORDS):
        return None  # none of trafilatura's author meta names, JSON-LD keys or XPaths can match: no need to parse
    tree = _as_trafilatura_parses(parsed) if parsed is not None else load_html(cleaned_html)
    if tree is None:
        return None
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # as extract_metadata: bugs in trafilatura's JSON-LD reading
        pass
    if not metadata.author and may_name_author:
        metadata.author = extract_author(tree)
    metadata.clean_and_trim()
    return metadata.author


# Every author name and property trafilatura's metadata reads (METANAME_AUTHOR, PROPERTY_AUTHOR, OG_AUTHOR, itemprop
# "author", JSON-LD "author") holds one of these.
AUTHOR_WORDS = ("author", "creator", "byl")


# One of trafilatura's AUTHOR_XPATHS predicates, with the string it compares: an attribute equal to, containing or
# matching (`re:test`) a literal, or a child element ("rel='me'") or an element ("//author") of a given name.
_AUTHOR_TEST = re.compile(r"(?:@[\w-]+\s*=\s*|contains\(@[\w-]+,\s*)'(?P<literal>[^']*)'"
                          r"|re:test\(@[\w-]+,\s*'(?P<regex>[^']*)'\)"
                          r"|(?P<child>[A-Za-z][\w-]*)\s*=\s*'[^']*'|//(?P<element>[A-Za-z][\w-]*)")
_REGEX_OPTIONAL = re.compile(r"\[[^\]]*\]|.\?|\^|\$")


def _author_markers(paths: list[str]) -> tuple[str, ...] | None:
    """Strings, lower case, one of which the markup of a page holds wherever one of `paths` (trafilatura's author
    XPaths) can match: each literal an attribute is compared with, the longest fixed run of each alternative of a
    `re:test` pattern, `<name` for a test on an element's name. None when a path holds a test not read here."""
    markers: set[str] = set()
    for path in paths:
        for test in _AUTHOR_TEST.finditer(path):
            if test["literal"] is not None:
                markers.add(test["literal"].lower())
            elif test["regex"] is not None:
                for alternative in test["regex"].split("|"):
                    runs = _REGEX_OPTIONAL.split(alternative)
                    if any(re.search(r"[^\w -]", run) for run in runs) or not max(runs, key=len):
                        return None
                    markers.add(max(runs, key=len).lower())
            else:
                markers.add("<" + (test["child"] or test["element"]).lower())
        if path.count("'") != 2 * sum(1 for t in _AUTHOR_TEST.finditer(path) if t["element"] is None):
            return None  # a quoted string no test above accounts for
    if any(not marker or re.search(r"[&<>\"]", marker[1:]) for marker in markers):
        return None  # a string the serialised page would hold escaped
    return tuple(sorted(markers))


@lru_cache(maxsize=1)
def _author_xpath_markers() -> tuple[str, ...] | None:
    from trafilatura.xpaths import AUTHOR_XPATHS

    return _author_markers([xpath.path for xpath in AUTHOR_XPATHS])


def _may_name_author(markup: str) -> bool:
    """Whether trafilatura's author XPaths can match this page (its markup, lower case): none can without one of
    its markers in the markup. They test every element's class and id through Python regular expressions, the
    dearest step of cleaning a page that names no author (most pages)."""
    markers = _author_xpath_markers()
    if markers is None:
        return True
    return any(marker in markup for marker in markers)


RELATED_BULLET = re.compile(r"^[-•*]\s*\S")
# A bullet that opens with a date or a range of dates (unlike a headline's number, "- 100 ASN di Jember …")
SCHEDULE_ITEM = re.compile(r"\d{1,2}(?:\s+\w+)?(?:\s+\d{4})?\s*(?:[–—-]|s/d|hingga|sampai)?\s*\d{0,2}\s*"
                           r"(?i:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b")


def clean_text(text: str) -> str:
    """Plain text as first scraped → article text: inline boilerplate lines and related-article bullets dropped.

    A bullet line in title case without a final full stop ("- Minat ASN Pindah ke IKN Masih Rendah") is a
    related-article link, not the article's own sentence; a body paragraph that starts with a dash keeps
    its sentence and loses the dash.
    """
    kept: list[str] = []
    compiled = _line_patterns(())
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        if any(p.search(stripped) for p in compiled):
            continue
        if RELATED_BULLET.match(stripped):
            words = re.findall(r"[A-Za-z][\w'’-]*", stripped)
            capitalised = sum(1 for w in words if w[0].isupper())
            if not stripped.rstrip().endswith((".", "”", '"')) and words and capitalised / len(words) >= 0.5 \
                    and not SCHEDULE_ITEM.match(stripped.lstrip("-•* ")):  # "- 12 Oktober – 11 November 2017:
                continue  # Pembentukan PPK dan PPS": an item of the article's own schedule, not a headline
            stripped = stripped.lstrip("-•* ").strip()
        kept.append(stripped)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


INLINE_TAGS = frozenset(("a", "b", "strong", "i", "em", "u", "span", "font", "small", "sup", "sub", "abbr", "mark", "q"))


def _wrap_loose_text(tree) -> None:
    """Put text written straight into a block, before its first block child or between <br>s, into a <p>.

    Outlets set the lead that way ("<b>Kapanlagi.com</b> - Pesona ...<p>", "<strong>VIVA.co.id</strong> - ...<div>",
    "<br><strong>Jakarta, KompasOtomotif</strong> - ...<br><br>"), and trafilatura's fast extraction reads
    paragraphs, not loose text: the lead was lost. Text after the first other block is left where it is.
    """
    for parent in list(tree.iter("div", "span", "td", "article", "section")):
        if not len(parent):
            continue
        children = list(parent)
        if all(not isinstance(c.tag, str) or c.tag in INLINE_TAGS for c in children):
            continue
        _wrap_trailing_sign_off(parent, children)
        if _merge_dateline_into_first_paragraph(parent, children):
            continue
        if not _leads_with_loose_sentence(parent, children):
            continue
        rebuilt, run, wrapping = [], None, True
        if (parent.text or "").strip():
            run = lxml.html.Element("p")
            run.text, parent.text = parent.text, None
        for child in children:
            if wrapping and isinstance(child.tag, str) and child.tag in INLINE_TAGS:
                if run is None:
                    run = lxml.html.Element("p")
                run.append(child)  # its tail goes with it
                continue
            if run is not None:
                rebuilt.append(run)
                run = None
            rebuilt.append(child)
            if not isinstance(child.tag, str) or child.tag != "br":
                wrapping = False
            elif (child.tail or "").strip():
                run = lxml.html.Element("p")
                run.text, child.tail = child.tail, None
        if run is not None:
            rebuilt.append(run)
        for child in list(parent):
            parent.remove(child)
        parent.extend(element for element in rebuilt if element.tag != "p" or len(element) or (element.text or "").strip())


STAMPED = re.compile(r"^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*)?\d{1,2}[/ .-](?:\d{1,2}|"
                     + MONTHS_ID + r")\w*[/ .-]\d{2,4}\s*,?\s*(?:\|\s*)?\d{1,2}[.:]\d{2}", re.IGNORECASE)
SHORT_DATELINE = re.compile(r"^[A-Z][\w.,()/' ]{1,40}\s(?:-{1,2}|–|—)$")


SIGN_OFF_ALONE = re.compile(r"^\(\s*[A-Za-z]{2,6}(?:\s*/\s*[A-Za-z]{2,6})+\s*\)$")


def _wrap_trailing_sign_off(parent, children) -> None:
    """detik: "...</p><strong>(fyk/ash)</strong><br>" — the editor's initials set loose after the last paragraph
    go into a <p> of their own, so the extraction keeps them and the article ends there, not at the page's next
    paragraph-like box."""
    paragraphs = [i for i, c in enumerate(children) if isinstance(c.tag, str) and c.tag == "p"]
    if not paragraphs:
        return
    for child in children[paragraphs[-1] + 1:]:
        if not isinstance(child.tag, str) or child.tag == "br":
            continue
        if child.tag in INLINE_TAGS and SIGN_OFF_ALONE.match(" ".join(child.text_content().split())):
            wrapper = lxml.html.Element("p")
            child.addprevious(wrapper)
            wrapper.append(child)
        return


def _merge_dateline_into_first_paragraph(parent, children) -> bool:
    """detik: "<strong>Jakarta</strong> - <p>Galaxy S6 Edge ..." — the dateline belongs to the first paragraph."""
    leading = []
    for child in children:
        if not isinstance(child.tag, str) or child.tag not in INLINE_TAGS:
            break
        leading.append(child)
    else:
        return False
    first_block = children[len(leading)]
    if first_block.tag != "p":
        return False
    dateline = " ".join(((parent.text or "") + "".join(c.text_content() + (c.tail or "") for c in leading)).split())
    if not SHORT_DATELINE.match(dateline):
        return False
    for child in leading:
        parent.remove(child)
    parent.text = None
    first_block.text = dateline + " " + (first_block.text or "").lstrip()
    return True


def _leads_with_loose_sentence(parent, children) -> bool:
    """Whether the block opens with a sentence written loose (before its first block child, <br>s aside)."""
    runs, text = [], parent.text or ""
    for child in children:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            text += child.text_content() + (child.tail or "")
            continue
        runs.append(text)
        if not isinstance(child.tag, str) or child.tag != "br":
            break
        text = child.tail or ""
    else:
        runs.append(text)
    for run in runs:
        run = " ".join(run.split())
        if len(run) >= 60 and (run.endswith(PARAGRAPH_END) or ". " in run):
            return True
    return False


def _main_block_if_missed(tree, body: str) -> str | None:
    """The paragraphs of the block holding the page's longest paragraph, when the extraction left that paragraph
    out: it took a sidebar of story summaries for the article (Okezone)."""
    longest, node = 0, None
    for paragraph in tree.iter("p"):
        size = len(paragraph.text_content())
        if size > longest:
            longest, node = size, paragraph
    if node is None or longest < 200:
        return None
    text = " ".join(node.text_content().split())
    if text[:100] in " ".join(body.split()) or _in_other_stories(node):
        return None
    paragraphs = []
    for element in node.getparent().iter("p", "strong", "b"):
        text = " ".join(element.text_content().split())
        signed = SIGN_OFF_START.match(text)
        if element.tag == "p":
            paragraphs.append(signed.group(0) if signed else text)
        elif signed and signed.group(0) == text and element.getparent().tag != "p":
            paragraphs.append(text)  # the editor's initials, set in bold after the last paragraph
    return "\n".join(p for p in paragraphs if p)


def _with_lost_lead(tree, body: str) -> str:
    """The body with the paragraphs its container holds just before the first or second extracted one, when the
    fast extraction left them out (a lead set apart from the rest: trafilatura's full mode keeps it, fast mode not).
    The second, because the first is often the photo caption, dropped later."""
    lines = body.split("\n")
    for position in range(min(2, len(lines))):
        first = lines[position].strip()
        if len(first) < 40:
            continue
        for node in tree.iter("p"):
            text = node.text_content().strip()
            if text != first and " ".join(text.split()) != first:
                continue
            lost = []
            sibling = node.getprevious()
            while sibling is not None and (not isinstance(sibling.tag, str) or sibling.tag == "br"):
                sibling = sibling.getprevious()
            if sibling is None and node.getparent() is not None:  # a lead in a block of its own before the body's
                sibling = node.getparent().getprevious()
            while sibling is not None and len(lost) < 3:
                if not isinstance(sibling.tag, str) or sibling.tag == "br":
                    sibling = sibling.getprevious()
                    continue
                candidate = " ".join(sibling.text_content().split())
                if not candidate:  # an empty ad slot between paragraphs
                    sibling = sibling.getprevious()
                    continue
                if sibling.tag not in ("p", "div") or len(candidate) < 60 or not candidate.endswith(PARAGRAPH_END) \
                        or candidate in body or any(p.search(candidate) for p in _line_patterns(())) or len(sibling) > 3:
                    break
                lost.append(candidate)
                sibling = sibling.getprevious()
            if lost:
                return "\n".join([*lines[:position], *reversed(lost), *lines[position:]])
            break
    return body


def _drop_boilerplate_lines(body: str, title: str | None, patterns: list[str]) -> tuple[str, list[str]]:
    compiled = _line_patterns(tuple(patterns))
    kept, dropped = [], []
    title_key = re.sub(r"\W+", " ", title or "").strip().lower()
    under_marker = False  # after a "Baca juga" line: the headlines it lists go with it
    lines = body.splitlines()
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if under_marker and _is_headline(stripped):
            dropped.append(stripped)
            continue
        under_marker = False
        if RELATED_MARKER.match(stripped):
            dropped.append(stripped)
            under_marker = True
            continue
        if any(p.search(stripped) for p in compiled):
            dropped.append(stripped)
            continue
        if title_key and re.sub(r"\W+", " ", stripped).strip().lower() == title_key:
            dropped.append(stripped)  # the headline repeated inside the content
            continue
        if not kept and PHOTO_CAPTION.search(stripped):
            dropped.append(stripped)  # the lead photo's caption, credited "(ANTARA FOTO/Budi Setya)"
            continue
        if not kept and DATE_LINE.match(stripped):
            dropped.append(stripped)  # the date or byline line above the body
            continue
        if kept and OTHER_STORIES.match(stripped) and _is_heading(stripped):
            # "Berita Lainnya": what follows are other stories, their summaries included
            dropped.extend(rest.strip() for rest in lines[number:] if rest.strip())
            break
        kept.append(stripped)
    kept, trimmed = _trim_to_paragraphs(kept)
    return "\n\n".join(kept), dropped + trimmed


PARAGRAPH_END = (".", "!", "?", '"', "”", ")", "’")
SIGN_OFF = re.compile(r"^\(?[A-Za-z]{2,8}(?:\s*/\s*[A-Za-z]{2,8})+\)?\.?$|^[A-Z][A-Z.' ]{3,40}$")
WIRE_CREDIT = re.compile(r"^(?:ANTARA|ANTARANEWS|REUTERS|AFP|AP|XINHUA|BERNAMA|KYODO|DPA)\.?$")


def _opens_with_dateline(line: str) -> bool:
    dash = DATELINE_DASH.search(line[:60])
    if not dash:
        return False
    place = line[: dash.start()]
    return ". " not in place and len(place.split()) <= 6 and DATELINE_PLACE.search(place) is not None


def _is_paragraph(line: str) -> bool:
    if STAMPED.match(line):  # "Selasa, 03/11/2015 15:20 WIB  Bagaimana Bisa ...": an item of a news list
        return False
    return len(line) >= 120 or (len(line) >= 40 and line.endswith(PARAGRAPH_END) and " " in line)


def _trim_to_paragraphs(lines: list[str]) -> tuple[list[str], list[str]]:
    """Menus, tickers and lists of other stories come out of the extraction as runs of short lines before the
    first paragraph and after the last: the body is what lies between (and a sign-off such as "(Cas/Isk)")."""
    paragraphs = [i for i, line in enumerate(lines) if _is_paragraph(line)]
    if not paragraphs:
        return lines, []
    first, last = paragraphs[0], paragraphs[-1]
    if first > 0 and DATELINE_ALONE.match(lines[first - 1]):
        first -= 1
    for index in range(first + 1, min(first + 6, len(lines))):
        # a caption or teaser above the line that opens with the dateline: the body starts at the dateline
        if _opens_with_dateline(lines[index]) and not _opens_with_dateline(lines[first]):
            first = index
            break
    signed = next((i for i in range(paragraphs[0], len(lines)) if SIGN_OFF_END.search(lines[i])), None)
    if signed is not None:
        last = signed  # the editor's initials close the article; what follows is the page around it,
        while last + 1 < len(lines) and EDITORS_NOTE.match(lines[last + 1]):
            last += 1  # except a correction or update the newsroom appended
    else:
        while last + 1 < len(lines) and SIGN_OFF.match(lines[last + 1]) and last + 1 - paragraphs[-1] <= 1 \
                and not WIRE_CREDIT.match(lines[last + 1]):
            last += 1  # a reporter's name in capitals closes the text; a bare wire credit ("ANTARA") does not
    return lines[first: last + 1], lines[:first] + lines[last + 1:]


@lru_cache(maxsize=256)
def _line_patterns(patterns: tuple[str, ...]) -> list[re.Pattern]:
    """The common and the outlet's line patterns, those that open with ^ and have no groups joined in one
    alternation after one ^: a line is tried once at its start instead of by thirty searches (a match of the
    alternation is a match of one of them; re tries a pattern that opens with ^ at the line's start only, an
    alternation of such patterns at every position). A pattern with groups may refer to them (\\1), which the
    alternation would renumber: it stays apart, as do those searched through the line."""
    from re import _constants as sre  # the parse tree's opcodes, as extract/prescan.py reads them
    from re import _parser

    compiled = [re.compile(p, re.IGNORECASE) for p in COMMON_DROP_LINES + list(patterns)]
    at_start = [p for p in compiled if p.pattern.startswith("^") and not p.groups
                and _parser.parse(p.pattern, p.flags).data[0] == (sre.AT, sre.AT_BEGINNING)]
    if len(at_start) < 2:
        return compiled
    try:
        joined = re.compile("^(?:" + "|".join(f"(?:{p.pattern[1:]})" for p in at_start) + ")", re.IGNORECASE)
    except re.error:  # an inline flag not at its pattern's start
        return compiled
    return [joined, *(p for p in compiled if p not in at_start)]


def _is_headline(line: str) -> bool:
    """A listed headline: short, no sentence end (a bullet marks it too)."""
    text = line.lstrip("-•*» ").strip()
    return bool(text) and len(text) <= 160 and not text.endswith((".", "!", "?", ".”", '."', "”", '"', ")"))


def _is_heading(line: str) -> bool:
    return len(line) <= 60 and not line.endswith((".", "!", "?"))
