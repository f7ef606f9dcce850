"""`pilkada clean` prints what a crawl would store from a saved page; `pilkada eval-clean` scores the cleaner."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from pilkada.cli.commands.eval_clean import FIELDS, evaluate, score
from pilkada.crawler.declarations import load_outlets
from pilkada.extract.clean import clean_html

ROOT = Path(__file__).resolve().parents[1]
PILKADA = [sys.executable, "-m", "pilkada.cli"]
NO_ARTICLE = ("<html><head><title>Beranda</title></head><body><nav><a href='/'>Beranda</a></nav>"
              "<footer>(c) 2024</footer></body></html>")


def pilkada(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*PILKADA, *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_clean_prints_the_article_a_crawl_stores(sites_server, tmp_path):
    with urllib.request.urlopen(sites_server + "/_manifest.json") as response:
        site = json.load(response)["outlets"]["nganjuknews"]
    item = site["articles"][0]
    with urllib.request.urlopen(site["base_url"] + item["url"]) as response:
        html = response.read().decode("utf-8")
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    url = site["real_base_url"] + item["url"]
    result = pilkada("clean", str(page), "--url", url)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    rules = load_outlets()["nganjuknews"].cleanup_rules()
    assert out["text"] == clean_html(html, url, **rules).text  # the crawl's cleaning, with the outlet's rules
    assert out["title"] + "\n\n" + out["text"] == item["text"]
    assert out["published"] == item["published"][:10]
    assert any(line.startswith("Baca juga") for line in out["dropped"])
    # --outlet names the rules instead of the URL; without either, the outlet's own "Baca juga" rule is missing
    assert json.loads(pilkada("clean", str(page), "--outlet", "nganjuknews").stdout)["text"] == out["text"]


@pytest.mark.parametrize("command", ["clean", "extract"])
def test_page_without_article_is_one_line_and_exit_2(command, tmp_path):
    page = tmp_path / "empty.html"
    page.write_text(NO_ARTICLE, encoding="utf-8")
    result = pilkada(command, str(page))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"pilkada: {page} holds no article text"]  # no library warning besides


@pytest.mark.parametrize("args, message", [
    (["/no/such/page.html"], "no such file"),
    (["{tmp}"], "is a directory"),
    (["{tmp}/page.html", "--outlet", "nosuch"], "unknown outlet 'nosuch'"),
    (["{tmp}/page.html", "--url", "ftp://x"], "--url must be an http(s) URL"),
    (["{tmp}/binary.html"], "is binary"),
])
def test_clean_bad_input_is_one_line_and_exit_2(args, message, tmp_path):
    (tmp_path / "page.html").write_text("<html><body><p>Teks berita.</p></body></html>", encoding="utf-8")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01\x02PNG")
    result = pilkada("clean", *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_score_counts_each_field_on_its_own():
    expected = {"title": "Judul “Berita”", "published": "2024-10-01", "first_sentence": "Kalimat pertama.",
                "last_sentence": "Kalimat terakhir.", "boilerplate": ["Baca juga"]}
    right = score(expected, 'Judul "Berita"', "2024-10-01T08:00", "Kalimat pertama.\n\nTengah.\n\nKalimat terakhir.")
    assert right == dict.fromkeys(FIELDS, True)
    wrong = score(expected, "Judul - Situs", "2024-10-02", "Jakarta - Kalimat pertama.\n\nBaca juga: lain\n\nKalimat terakhir. ©")
    assert wrong == {"title": False, "date": False, "body start": False, "body end": False,
                     "boilerplate-free": False, "lead kept": True}


def test_eval_clean_bad_corpus_is_one_line(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.html").write_text("<html></html>", encoding="utf-8")
    result = pilkada("eval-clean", str(tmp_path))
    assert result.returncode == 2 and "a.json" in result.stderr and len(result.stderr.splitlines()) == 1
    assert pilkada("eval-clean", str(tmp_path / "nosuch")).returncode == 2


# -- what real pages showed the cleaner getting wrong (issue 15), each on a page built to show it ----------------
def page(body: str, head: str = "", title: str = "Judul Berita Pilkada") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><nav><a href='/'>Beranda</a></nav>"
            f"<div class='content'><h1>{title}</h1>{body}</div><footer>Redaksi</footer></body></html>")


LEAD = "<p><strong>JAKARTA</strong> - Komisi Pemilihan Umum menetapkan jadwal debat publik kedua bagi seluruh pasangan calon.</p>"
SECOND = "<p>Ketua KPU mengatakan debat akan disiarkan langsung oleh televisi lokal dan kanal media sosial lembaga itu.</p>"
THIRD = "<p>Warga diminta menonton dari rumah masing-masing agar lokasi debat tidak dipadati para pendukung calon.</p>"


def test_date_under_the_headline_beats_a_sidebar_time():
    html = page('<div class="meta">Senin, 2 Desember 2024 | 14:05 WIB</div>'
                '<aside class="sidebar"><ul><li><time datetime="2023-01-05T08:00">5 Jan</time> Berita lama</li></ul></aside>'
                f'<div class="body">{LEAD}{SECOND}{THIRD}</div>')
    article = clean_html(html)
    assert (article.published, article.date_source) == ("2024-12-02", "headline")


def test_a_date_in_the_lead_is_not_the_publication_date():
    html = page(f'<div class="body"><p>Pemungutan suara digelar pada 27 November 2024 di seluruh TPS, kata Ketua KPU '
                f'dalam rapat koordinasi di kantornya pekan ini.</p>{SECOND}{THIRD}</div>')
    assert clean_html(html).date_source != "headline"  # the headline block ends where the body starts


def test_headlines_under_a_baca_juga_marker_go_with_it():
    html = page(f'<div class="body">{LEAD}<p>BACA JUGA:</p><p>Bupati Ikut Kampanye, Bawaslu Turun Tangan</p>'
                f'<p>KPU Tetapkan DPT Pilkada Kota</p>{SECOND}{THIRD}</div>')
    article = clean_html(html)
    assert "Bupati Ikut Kampanye" not in article.text and "KPU Tetapkan DPT" not in article.text
    assert article.text.count("\n\n") == 2  # the three paragraphs stay


def test_date_and_byline_lines_before_the_body_are_dropped():
    html = page(f'<div class="body"><p>Senin, 2 Desember 2024 14:05 WIB</p><p>Penulis: Budi Santoso</p>'
                f'{LEAD}{SECOND}{THIRD}</div>')
    assert clean_html(html).text.startswith("JAKARTA - Komisi Pemilihan Umum")


def test_copyright_and_rating_widgets_after_the_body_are_dropped():
    html = page(f'<div class="body">{LEAD}{SECOND}{THIRD}<p>Copyright © 2024 Media Daerah. All rights reserved.</p>'
                '<p>Bagaimana perasaan Anda setelah membaca berita ini?</p><p>Suka</p><p>Sedih</p>'
                '<p>Berikan rating</p></div>')
    assert clean_html(html).text.endswith("dipadati para pendukung calon.")


def test_berita_lainnya_summaries_of_other_stories_end_the_article():
    html = page(f'<div class="body">{LEAD}{SECOND}{THIRD}<h3>Berita Lainnya</h3>'
                '<p>Calon bupati nomor urut dua mengklaim menang di semua kecamatan menurut hitung cepat timnya.</p>'
                '<p>Bawaslu provinsi menerima laporan politik uang dari tiga kabupaten sepanjang masa tenang.</p></div>')
    article = clean_html(html)
    assert article.text.endswith("dipadati para pendukung calon.") and "hitung cepat" not in article.text
    assert "Berita Lainnya" in article.dropped_lines


def test_eval_clean_scores_both_cleaners_on_a_corpus_of_saved_pages(sites_server, tmp_path):
    """The command end to end, on pages of the bundled NganjukNews saved in the corpus format."""
    with urllib.request.urlopen(sites_server + "/_manifest.json") as response:
        site = json.load(response)["outlets"]["nganjuknews"]
    folder = tmp_path / "nganjuknews"
    folder.mkdir()
    for item in site["articles"][:3]:
        with urllib.request.urlopen(site["base_url"] + item["url"]) as response:
            (folder / f"{item['slug']}.html").write_bytes(response.read())
        title, *paragraphs = item["text"].split("\n\n")
        (folder / f"{item['slug']}.json").write_text(json.dumps({
            "source": "bundled site (tests/sites)", "url": site["real_base_url"] + item["url"], "outlet": "nganjuknews",
            "title": title, "published": item["published"][:10], "first_sentence": paragraphs[0].split(". ")[0],
            "last_sentence": paragraphs[-1].rsplit(". ", 1)[-1], "pages": 1,
            "boilerplate": ["Artikel ini telah tayang di nganjuknews.com", "Baca juga:"]}), encoding="utf-8")
    result = pilkada("eval-clean", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["pages"] == 3 and scores["outlets"] == 1
    assert scores["counts"]["pilkada"] == dict.fromkeys(FIELDS, 3)
    # plain trafilatura keeps the syndication line and the inline "Baca juga" links of this template
    assert scores["counts"]["trafilatura"]["boilerplate-free"] < 3
    assert scores["failures"]["trafilatura"]["boilerplate-free"]
    table = pilkada("eval-clean", str(tmp_path)).stdout.splitlines()
    assert table[0] == f"3 saved pages from 1 outlets in {tmp_path}"
    assert table[2].split()[:2] == ["title", "3"]


@pytest.mark.parametrize("lead_block", [
    '<p class="lead"><b>{lead}</b></p>',                 # beside the body's paragraphs
    '<div class="lead"><p><b>{lead}</b></p></div>',      # in a block of its own before them
])
def test_a_lead_paragraph_the_fast_extraction_drops_is_kept(lead_block):
    lead = ("SURABAYA - Komisi Pemilihan Umum Jawa Timur menetapkan hasil rekapitulasi suara pemilihan gubernur "
            "dalam rapat pleno terbuka yang berlangsung hingga larut malam.")
    html = page(f'<div class="body">{lead_block.format(lead=lead)}<div class="text">{SECOND}{THIRD}'
                f'{SECOND.replace("Ketua", "Anggota")}</div></div>')
    assert clean_html(html).text.startswith(lead)


def test_loose_lead_text_beside_block_children_is_kept():
    # VIVA's template: the lead written straight into the body element, the rest in <div>s
    body = ('<span itemprop="articleBody"><strong>VIVA.co.id</strong> - Komisi Pemilihan Umum menetapkan daftar '
            'pemilih tetap untuk pemilihan kepala daerah serentak di seluruh provinsi.'
            '<div>Ketua KPU mengatakan jumlah pemilih naik dibanding pemilihan sebelumnya karena pemutakhiran data.</div>'
            '<div>Warga yang belum terdaftar masih bisa memakai KTP elektronik di tempat pemungutan suara.</div>'
            '<div>Pengawas pemilu meminta petugas memeriksa ulang data pemilih ganda sebelum pencoblosan.</div></span>')
    assert clean_html(page(body)).text.startswith("VIVA.co.id - Komisi Pemilihan Umum menetapkan")


def test_the_body_runs_from_its_dateline_to_the_editors_initials():
    body = ('<div class="read"><p>Ketua KPU menyerahkan berkas kepada pasangan calon di kantornya, Rabu (4/11/2015) '
            'sore, disaksikan para pendukung.</p>'
            '<p>LHOKSEUMAWE, KOMPAS.com – Komisi Pemilihan Umum menerima berkas pendaftaran tiga pasangan calon.</p>'
            f'{SECOND}<p>Hingga malam, situasi di sekitar kantor KPU tetap aman dan kondusif, kata Kapolres.</p>'
            '<p>(Cas/Isk)</p><p>Bupati lama pamit dari jabatannya setelah sepuluh tahun memimpin kabupaten itu.</p>'
            '<p>Harga cabai naik menjelang hari raya, pedagang pasar mengeluhkan sepinya pembeli pekan ini.</p></div>')
    text = clean_html(page(body)).text
    assert text.startswith("LHOKSEUMAWE, KOMPAS.com – Komisi") and text.endswith("kata Kapolres.\n\n(Cas/Isk)")


def test_menu_lines_and_headline_in_site_title():
    html = page(f'<div class="body">{LEAD}{SECOND}{THIRD}<p>SolusiUKM · Iklan Baris · Blog · Forum · Sindikasi</p></div>',
                head='<meta property="og:title" content="KapanLagi.com: Judul Berita Pilkada">')
    article = clean_html(html)
    assert article.title == "Judul Berita Pilkada" and "SolusiUKM" not in article.text


def test_the_article_block_replaces_a_sidebar_taken_for_the_article():
    import lxml.html

    from pilkada.extract.clean import _main_block_if_missed

    long_paragraph = "JAKARTA - " + "Komisi Pemilihan Umum menetapkan jadwal kampanye bagi seluruh pasangan calon. " * 4
    tree = lxml.html.fromstring(
        f'<html><body><div class="ctn-desc"><p>{long_paragraph}</p><p>Paragraf kedua yang menutup berita.</p>'
        '<strong>(FHM)</strong></div><aside><p>Ringkasan berita lain di kolom samping.</p></aside></body></html>')
    sidebar = "Ringkasan berita lain di kolom samping."
    assert _main_block_if_missed(tree, sidebar) == f"{long_paragraph.strip()}\nParagraf kedua yang menutup berita.\n(FHM)"
    assert _main_block_if_missed(tree, long_paragraph + "\nParagraf kedua yang menutup berita.") is None


def test_a_correction_after_the_editors_initials_stays():
    html = page(f'<div class="body">{LEAD}{SECOND}<p>Warga berharap imbauan itu dijalankan oleh seluruh aparatur. (Fjr)</p>'
                '<p>Ralat: apel netralitas diikuti 2.150 ASN, bukan 1.500 seperti ditulis sebelumnya.</p>'
                '<p>Harga cabai naik menjelang hari raya, pedagang pasar mengeluhkan sepinya pembeli pekan ini.</p></div>')
    assert clean_html(html).text.endswith("bukan 1.500 seperti ditulis sebelumnya.")


def test_a_dateline_set_before_the_first_paragraph_joins_it():
    # detik: "<strong>Jakarta</strong> - <p>Galaxy S6 Edge ..."; and a stamped news list above it is no paragraph
    body = ('<div class="list"><p>Selasa, 03/11/2015 15:20 WIB Bagaimana Bisa Cuma Main Game Raup Duit Miliaran?</p></div>'
            '<div class="text_detail"><strong>Jakarta</strong> - <p>Komisi Pemilihan Umum menetapkan jadwal debat '
            f'publik kedua bagi seluruh pasangan calon.</p>{SECOND}{THIRD}</div>')
    assert clean_html(page(body)).text.startswith("Jakarta - Komisi Pemilihan Umum menetapkan jadwal debat")


PROMO = ("<p>Redaksi membuka lowongan wartawan daerah untuk liputan pemilihan kepala daerah serentak, kirim lamaran "
         "beserta contoh tulisan ke alamat surel redaksi sebelum akhir bulan ini.</p>")
PUBLISHED_META = "<meta property='article:published_time' content='2024-12-02T10:00:00+07:00'>"


def test_a_declared_article_element_is_cleaned_alone():
    """`[selectors] article`: when it finds one element, trafilatura reads that element alone; the promotion beside
    it, which the whole page's extraction takes for article text, stays out. Two matches or a selector lxml cannot
    read leave the whole page to trafilatura, as without the declaration."""
    html = (f"<html><head><title>Judul</title>{PUBLISHED_META}</head><body><div class='wrap'><h1>Judul</h1>"
            f"<div class='isi'>{LEAD}{SECOND}{THIRD}</div>{PROMO}</div></body></html>")
    whole = clean_html(html)
    assert "lowongan wartawan" in whole.text
    alone = clean_html(html, selectors={"article": "div.isi"})
    assert alone.text == whole.text.split("\n\nRedaksi membuka")[0]
    assert alone.text.endswith("dipadati para pendukung calon.") and alone.published == "2024-12-02"
    assert clean_html(html, selectors={"article": "p"}).text == whole.text  # four matches: the page
    assert clean_html(html, selectors={"article": "div[::"}).text == whole.text


def test_comments_and_processing_instructions_in_the_markup_leave_the_text_as_without_them():
    """The page is parsed once; trafilatura reads a copy of the tree without its comments and processing instructions,
    as its own parser builds it: a comment inside a word or between paragraphs changes nothing, in the whole page's
    cleaning and in a declared article element's."""
    def page(lead: str, second: str) -> str:
        return (f"<html><head><title>Judul</title>{PUBLISHED_META}</head><body><div class='wrap'><h1>Judul</h1>"
                f"<div class='isi'>{lead}{second}{THIRD}</div>{PROMO}</div></body></html>")

    plain = page(LEAD, SECOND)
    commented = page(LEAD.replace("jadwal", "jad<!-- iklan -->wal", 1) + "<!-- sisipan --><?php echo 1; ?>",
                     "<!--[if IE]><p>Browser lama</p><![endif]-->" + SECOND)
    assert "jad<!-- iklan -->wal" in commented
    for selectors in (None, {"article": "div.isi"}):
        cleaned = clean_html(commented, selectors=selectors)
        assert cleaned.text == clean_html(plain, selectors=selectors).text
        assert "iklan" not in cleaned.text and "Browser lama" not in cleaned.text and "php" not in cleaned.text


def test_a_control_character_in_the_markup_costs_the_article_nothing():
    """A character XML forbids (a stray \\x01 or \\x0b, as real pages hold) is dropped before trafilatura reads the
    page, as its own parsing does; the article's text stays whole, in both the whole page's cleaning and a declared
    article element's. trafilatura, handed a tree holding one, extracted nothing at all."""
    def page(second: str) -> str:
        return (f"<html><head><title>Judul</title>{PUBLISHED_META}</head><body><div class='wrap'><h1>Judul</h1>"
                f"<div class='isi'>{LEAD}{second}{THIRD}</div>{PROMO}</div></body></html>")

    controlled = page(SECOND.replace("debat", "de\x01bat\x0b", 1))
    for selectors in (None, {"article": "div.isi"}):
        cleaned = clean_html(controlled, selectors=selectors)
        assert cleaned.text == clean_html(page(SECOND), selectors=selectors).text
        assert "disiarkan langsung" in cleaned.text and "\x01" not in cleaned.text


def test_pages_cleaned_on_several_threads_at_once_come_out_as_one_by_one():
    """Each thread parses with a parser of its own (lxml's are not to be shared between threads)."""
    from concurrent.futures import ThreadPoolExecutor

    pages = [(f"<html><head><title>Judul {i}</title>{PUBLISHED_META}</head><body><div class='wrap'><h1>Judul {i}</h1>"
              f"<div class='isi'>{LEAD}{SECOND * (1 + i % 4)}{THIRD}</div>{PROMO}</div></body></html>")
             for i in range(24)]
    one_by_one = [clean_html(html).text for html in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda html: clean_html(html).text, pages * 3)) == one_by_one * 3


def test_dayaknews_declares_its_post_and_cleans_it_as_the_whole_page_did(sites_server):
    """The bundled Dayak News (WordPress) declares its post's element: on the local site's article pages it finds
    the one post, and the text is what the whole page's cleaning gives."""
    import lxml.html
    from lxml.cssselect import CSSSelector

    with urllib.request.urlopen(sites_server + "/_manifest.json") as response:
        site = json.load(response)["outlets"]["dayaknews"]
    rules = load_outlets()["dayaknews"].cleanup_rules()
    selector = rules["selectors"]["article"]
    without = {**rules, "selectors": {k: v for k, v in rules["selectors"].items() if k != "article"}}
    for item in site["articles"][:5]:
        with urllib.request.urlopen(site["base_url"] + item["url"]) as response:
            html = response.read().decode("utf-8")
        assert len(CSSSelector(selector)(lxml.html.fromstring(html))) == 1
        url = site["real_base_url"] + item["url"]
        assert clean_html(html, url, **rules).text == clean_html(html, url, **without).text
