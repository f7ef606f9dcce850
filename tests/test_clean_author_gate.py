"""clean_html skips trafilatura's author XPaths on a page whose markup holds none of the strings they test for
(`_may_name_author`): the author found is the same as with the XPaths run on every page, for a page bearing each
attribute value, pattern and element name those XPaths test, and for the saved real pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from trafilatura.xpaths import AUTHOR_XPATHS

from pilkada.extract import clean as clean_module
from pilkada.extract.clean import _author_markers, _author_xpath_markers, _may_name_author, _trafilatura_author

ROOT = Path(__file__).resolve().parent
TEST = re.compile(r"(?:@(?P<attr>[\w-]+)\s*=\s*|contains\(@(?P<cattr>[\w-]+),\s*)'(?P<literal>[^']*)'"
                  r"|re:test\(@(?P<rattr>[\w-]+),\s*'(?P<regex>[^']*)'\)")


def page(element: str) -> str:
    return (f"<html><head><title>Judul</title></head><body><article><p>Paragraf pertama berita ini cukup panjang "
            f"untuk dibaca.</p>{element}<p>Paragraf kedua berita ini juga cukup panjang.</p></article></body></html>")


def author_pages() -> list[str]:
    """A page for each attribute test of trafilatura's author XPaths (a value each pattern alternative matches),
    and one for each element name they test."""
    pages = []
    for xpath in AUTHOR_XPATHS:
        for test in TEST.finditer(xpath.path):
            if test["regex"] is not None:
                for alternative in test["regex"].split("|"):
                    value = re.sub(r"\[(.)[^\]]*\]", r"\1", alternative).replace("?", "").strip("^$")
                    pages.append(page(f'<div {test["rattr"]}="post {value} x">Budi Santoso</div>'))
                    pages.append(page(f'<span {test["rattr"]}="{value.upper()}">Budi Santoso</span>'))
            else:
                attribute = test["attr"] or test["cattr"]
                pages.append(page(f'<span {attribute}="{test["literal"]}">Budi Santoso</span>'))
    pages.append(page("<author>Budi Santoso</author>"))
    pages.append(page("<p><rel>me</rel> Budi Santoso</p>"))
    pages.append(page('<p class="AUTHOR">Budi Santoso</p>'))
    return pages


def test_markers_cover_every_test_of_the_author_xpaths():
    markers = _author_xpath_markers()
    assert markers is not None, "trafilatura's author XPaths hold a test the gate cannot read: it would never skip"
    for xpath in AUTHOR_XPATHS:
        for literal in re.findall(r"'([^']*)'", xpath.path):
            if literal != "me":  # rel='me' compares a child element <rel>, marked by its name
                assert any(marker in literal.lower() or marker in re.sub(r"\[(.)[^\]]*\]", r"\1", literal).lower()
                           for marker in markers), literal
    assert "<rel" in markers and "<author" in markers


def test_an_unread_test_turns_the_gate_off():
    assert _author_markers(["//*[starts-with(@class, 'byl')]"]) is None
    assert _author_markers(["//*[re:test(@class, 'auth(or|er)')]"]) is None
    assert _author_markers(["//*[@class='author']"]) == ("author",)


@pytest.mark.parametrize("html", author_pages())
def test_same_author_as_running_the_xpaths_on_every_page(html, monkeypatch):
    gated = _trafilatura_author(html)
    assert _may_name_author(html.lower())
    monkeypatch.setattr(clean_module, "_may_name_author", lambda markup: True)
    assert _trafilatura_author(html) == gated


def test_the_pages_exercise_the_xpaths():
    found = [_trafilatura_author(html) for html in author_pages()]
    assert sum(1 for author in found if author == "Budi Santoso") >= len(found) // 2


def test_a_page_without_markers_skips_them_and_finds_the_same(monkeypatch):
    html = page('<div class="post-meta">Redaksi</div><span class="date">3 Desember 2024</span>')
    assert not _may_name_author(html.lower())
    gated = _trafilatura_author(html)
    monkeypatch.setattr(clean_module, "_may_name_author", lambda markup: True)
    assert _trafilatura_author(html) == gated


def test_real_pages_clean_to_the_same_author(monkeypatch):
    import lxml.html

    pages = sorted(ROOT.glob("realpages*/*/*.html"))
    assert pages
    cleaned = []
    for path in pages:
        tree = lxml.html.fromstring(path.read_bytes())
        cleaned.append(lxml.html.tostring(tree, encoding="unicode"))
    gated = [_trafilatura_author(html) for html in cleaned]
    monkeypatch.setattr(clean_module, "_may_name_author", lambda markup: True)
    assert [_trafilatura_author(html) for html in cleaned] == gated


def meta_author_pages() -> list[str]:
    """A page for each way trafilatura's metadata names an author (every name of METANAME_AUTHOR, PROPERTY_AUTHOR and
    OG_AUTHOR, itemprop, JSON-LD), and pages that name none."""
    from trafilatura.metadata import METANAME_AUTHOR, OG_AUTHOR, PROPERTY_AUTHOR

    def head(tags: str) -> str:
        return page("").replace("<title>Judul</title>", "<title>Judul</title>" + tags)

    pages = [head(f'<meta name="{name}" content="Budi Santoso">') for name in sorted(METANAME_AUTHOR)]
    pages += [head(f'<meta name="{name.upper()}" content="Budi Santoso">') for name in sorted(METANAME_AUTHOR)]
    pages += [head(f'<meta property="{name}" content="Budi Santoso">') for name in sorted(PROPERTY_AUTHOR | OG_AUTHOR)]
    pages.append(head('<meta itemprop="author" content="Budi Santoso">'))
    pages.append(head('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                      '"headline": "Judul", "author": {"@type": "Person", "name": "Budi Santoso"}}</script>'))
    pages.append(head('<meta name="description" content="Berita pilkada">'))
    pages.append(page('<div class="post-meta">Redaksi</div>'))
    return pages


@pytest.mark.parametrize("html", meta_author_pages())
def test_the_author_words_gate_finds_the_same_author_as_parsing_every_page(html, monkeypatch):
    gated = _trafilatura_author(html)
    monkeypatch.setattr(clean_module, "AUTHOR_WORDS", ("",))  # "" is in every page: the gate never skips
    assert _trafilatura_author(html) == gated


def test_the_meta_pages_name_the_author_where_they_should():
    found = [_trafilatura_author(html) for html in meta_author_pages()]
    assert found[-2:] == [None, None] and sum(1 for author in found if author == "Budi Santoso") >= len(found) - 4


def test_the_author_words_cover_trafilaturas_author_names():
    from trafilatura.metadata import METANAME_AUTHOR, OG_AUTHOR, PROPERTY_AUTHOR

    for name in METANAME_AUTHOR | PROPERTY_AUTHOR | OG_AUTHOR | {"author"}:
        assert any(word in name for word in clean_module.AUTHOR_WORDS), name


def test_real_pages_clean_to_the_same_author_with_the_words_gate(monkeypatch):
    import lxml.html

    cleaned = [lxml.html.tostring(lxml.html.fromstring(path.read_bytes()), encoding="unicode")
               for path in sorted(ROOT.glob("realpages*/*/*.html"))]
    gated = [_trafilatura_author(html) for html in cleaned]
    monkeypatch.setattr(clean_module, "AUTHOR_WORDS", ("",))
    assert [_trafilatura_author(html) for html in cleaned] == gated
