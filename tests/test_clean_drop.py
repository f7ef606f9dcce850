"""clean_html's fast removal of the drop selectors (`drop_nodes`) leaves exactly the tree that applying each
selector in turn with lxml's CSSSelector leaves, on the local sites' pages and on pages built to catch the
order: a structural selector that matches only once a plain one has dropped a node before it."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from lxml.cssselect import CSSSelector

from pilkada.extract.clean import COMMON_DROP_SELECTORS, drop_nodes

REALPAGES = Path(__file__).with_name("realpages")


def one_by_one(tree, drop_selectors) -> None:
    for selector in (*COMMON_DROP_SELECTORS, *drop_selectors):
        try:
            nodes = CSSSelector(selector)(tree)
        except Exception:
            continue
        for node in nodes:
            if node.getparent() is not None:
                node.drop_tree()


def both(html: str, drop_selectors: tuple[str, ...]) -> tuple[str, str]:
    fast, slow = lxml.html.fromstring(html), lxml.html.fromstring(html)
    drop_nodes(fast, drop_selectors)
    one_by_one(slow, drop_selectors)
    return lxml.html.tostring(fast, encoding="unicode"), lxml.html.tostring(slow, encoding="unicode")


PAGE = """<html><head><title>t</title><script>var a = 1;</script></head><body>
<div class="content-inner"><script>ads()</script><h2>Baca juga: lain</h2><p>Isi <b class="x share">satu</b> tail</p>
<h2>Subjudul</h2><div id="respond">form</div>after respond<aside>side</aside> tail of aside
<figure><img src="a.jpg"><figcaption>Foto: dok</figcaption></figure><p class="tags  sharing\tmore">t</p>
<div class="Share">kept: class names match case-sensitively</div><!-- a comment --></div>
<nav><footer>nested in a dropped node</footer></nav></body></html>"""


def test_structural_selector_sees_the_tree_the_plain_ones_before_it_left():
    # the <script> is the first child until `script` drops it; then the h2 is, and `:first-child` takes it
    fast, slow = both(PAGE, (".content-inner > h2:first-child", "#respond", "p.tags"))
    assert fast == slow
    assert "Baca juga" not in fast and "Subjudul" in fast and "kept: class names" in fast
    assert "after respond" in fast and "tail of aside" in fast and "satu" not in fast


def test_unparsable_and_repeated_selectors_are_harmless():
    fast, slow = both(PAGE, ("div[", ".share", "b", "::nonsense"))
    assert fast == slow and "Isi" in fast


def test_same_tree_on_saved_real_pages_with_every_outlets_selectors():
    from pilkada.crawler.declarations import load_outlets

    outlets = load_outlets(None)
    selector_sets = {tuple(o.cleanup_rules().get("drop_selectors", ())) for o in outlets.values()}
    pages = sorted(REALPAGES.glob("*/*.html"))
    assert pages and len(selector_sets) > 2
    for path in pages:
        html = path.read_text(encoding="utf-8")
        for selectors in selector_sets:
            fast, slow = both(html, selectors)
            assert fast == slow, (path.name, selectors)


def test_joined_line_patterns_drop_the_lines_each_pattern_drops():
    """_line_patterns joins the patterns without groups into one alternation: every line of the saved real pages'
    text, and lines built to hit one pattern each, is dropped by it exactly when one of the patterns, searched on
    its own, matches; a pattern with a back-reference keeps its meaning."""
    import re

    from pilkada.crawler.declarations import load_outlets
    from pilkada.extract.clean import COMMON_DROP_LINES, _line_patterns

    lines = ["Baca juga: Bupati baru", "Editor: Ahmad", "Halaman 1 2 Selanjutnya", "Copyright 2024 RMOL",
             "1 2 3 Berikutnya »", "SolusiUKM · Iklan Baris · Blog · Forum", "Suka 12%", "- butir daftar",
             "Ketua KPU Jember mengatakan rapat pleno digelar besok.", "abab", "abc", ""]
    for page in sorted(REALPAGES.glob("*/*.html")):  # the text of the whole page, its menus and footers with it
        text = lxml.html.fromstring(page.read_bytes()).text_content()
        lines += [line.strip() for line in text.splitlines() if line.strip()]
    outlet_patterns = [tuple(o.cleanup_rules().get("drop_line_patterns") or ()) for o in load_outlets().values()]
    checked = 0
    for patterns in [(), *outlet_patterns, ("^- ", r"^(ab)\1$")]:
        joined = _line_patterns(patterns)
        assert len(joined) < len(COMMON_DROP_LINES)  # joined, not one by one
        each = [re.compile(p, re.IGNORECASE) for p in COMMON_DROP_LINES + list(patterns)]
        for line in lines:
            assert any(p.search(line) for p in joined) == any(p.search(line) for p in each), (patterns, line)
            checked += 1
    assert any(p.search("abab") for p in _line_patterns((r"^(ab)\1$",)))
    assert not any(p.search("abc") for p in _line_patterns((r"^(ab)\1$",)))
    assert checked > 500
