"""Outlets added from the README (`--outlets DIR`) and articles spread over several pages, crawled for real."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import duckdb
import pytest

from pilkada.crawler.declarations import Outlet
from pilkada.extract.clean import clean_html
from pilkada.extract.multipage import CONTINUATION_MARK
from pilkada.sites.sixth import OUTLET, STORIES, SixthOutlet

ROOT = Path(__file__).resolve().parents[1]
PILKADA = [sys.executable, "-m", "pilkada.cli"]
SCRAPY = Path(sys.executable).with_name("scrapy")


def readme_outlet_example() -> tuple[str, str, list[str]]:
    """(file name, TOML, commands) of the README's "Adding an outlet" example, as printed there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Adding an outlet", 1)[1].split("\n### ", 1)[0]
    toml = re.search(r"```toml\n(.*?)```", section, re.S).group(1)
    name = re.match(r"# (\S+)\n", toml).group(1)
    commands = re.search(r"```sh\n(.*?)```", section, re.S).group(1).strip().splitlines()
    return name, toml, commands


def stored(db: Path, sql: str, *params):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def run(args: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, timeout=300,
                          env={**os.environ, "PILKADA_OUTLETS": "", **(env or {})})


@pytest.fixture
def readme_outlet(tmp_path):
    name, toml, commands = readme_outlet_example()
    declaration = tmp_path / name
    declaration.parent.mkdir(parents=True)
    declaration.write_text(toml, encoding="utf-8")
    return tmp_path, declaration.parent.name, commands


def test_readme_outlet_example_crawls_as_written(readme_outlet):
    """`pilkada crawl --outlets my-outlets --outlet radarmadiun`, as the README prints it, with no environment
    variable; --sites points it at the local copy and --db at a scratch warehouse."""
    workdir, directory, commands = readme_outlet
    assert commands[0] == f"pilkada crawl --outlets {directory} --outlet {OUTLET}"
    db = workdir / "w.duckdb"
    with SixthOutlet() as site:
        argv = commands[0].split()[1:] + ["--sites", site.url, "--db", str(db), "--timeout", "5", "--quiet"]
        result = run([*PILKADA, *argv], cwd=workdir)
        assert result.returncode == 0, result.stderr
        assert "Spider not found" not in result.stderr
        rows = stored(db, "SELECT canonical_url, title, published_on, text FROM articles ORDER BY canonical_url")
        assert [r[0] for r in rows] == sorted(f"https://radarmadiun.jawapos.com/{s.path}" for s in STORIES)
        by_url = {r[0]: r for r in rows}
        for story in STORIES:
            _, title, published, text = by_url[f"https://radarmadiun.jawapos.com/{story.path}"]
            assert title == story.title and str(published) == story.published[:10]
            assert text == story.title + "\n\n" + "\n\n".join(story.paragraphs)  # whole, boilerplate gone
        # the two-page article is one article; its page 2 is fetched but never stored as a page or an article
        assert stored(db, "SELECT count(*) FROM pages WHERE url LIKE '%/2'")[0][0] == 0
        assert any(path.endswith("debat-pilbup-madiun-dua-halaman/2") for path in site.requests)
        assert stored(db, "SELECT count(*) FROM failures")[0][0] == 0


def test_scrapy_crawl_finds_outlets_of_a_directory_without_the_environment(readme_outlet):
    workdir, directory, commands = readme_outlet
    assert commands[1] == f"PILKADA_OUTLETS={directory} scrapy crawl {OUTLET}"
    db = workdir / "s.duckdb"
    outlets = str(workdir / directory)
    listed = run([str(SCRAPY), "list", "-s", f"PILKADA_OUTLETS={outlets}"], cwd=ROOT)
    assert OUTLET in listed.stdout.split(), listed.stderr[-1000:]
    with SixthOutlet() as site:
        settings = [f"PILKADA_OUTLETS={outlets}", f"PILKADA_SITES={site.url}", f"PILKADA_WAREHOUSE={db}",
                    "DOWNLOAD_DELAY=0", "LOG_LEVEL=ERROR"]
        result = run([str(SCRAPY), "crawl", OUTLET, *[a for s in settings for a in ("-s", s)]], cwd=ROOT)
        assert result.returncode == 0, result.stderr[-2000:]
    assert stored(db, "SELECT count(*) FROM articles WHERE outlet = ?", OUTLET)[0][0] == len(STORIES)


def test_multi_page_article_recrawled_fetches_nothing_more_and_stores_no_duplicate(readme_outlet):
    workdir, directory, commands = readme_outlet
    db = workdir / "w.duckdb"
    argv = commands[0].split()[1:] + ["--db", str(db), "--timeout", "5", "--quiet"]
    with SixthOutlet() as site:
        first = run([*PILKADA, *argv, "--sites", site.url], cwd=workdir)
        assert first.returncode == 0, first.stderr
        site.requests.clear()
        second = run([*PILKADA, *argv, "--sites", site.url], cwd=workdir)
        assert second.returncode == 0, second.stderr
        assert "new articles       0" in second.stdout and "updated articles   0" in second.stdout
        # page 1 answers 304 to its ETag: the article is unchanged and its page 2 is not asked for
        assert not [p for p in site.requests if p.endswith("/2")]
    assert stored(db, "SELECT count(*), count(DISTINCT canonical_url) FROM articles") == [(len(STORIES), len(STORIES))]


def test_missing_continuation_page_is_a_failure_and_the_first_page_is_kept(readme_outlet):
    workdir, directory, commands = readme_outlet
    db = workdir / "w.duckdb"
    with SixthOutlet(missing_page=True) as site:
        argv = commands[0].split()[1:] + ["--sites", site.url, "--db", str(db), "--timeout", "5", "--quiet"]
        result = run([*PILKADA, *argv], cwd=workdir)
        assert result.returncode == 0, result.stderr
    story = next(s for s in STORIES if len(s.pages) > 1)
    failures = stored(db, "SELECT url, reason, http_status, detail FROM failures")
    assert len(failures) == 1
    url, reason, status, detail = failures[0]
    assert url.endswith(story.path + "/2") and reason == "http_4xx" and status == 404
    assert f"https://radarmadiun.jawapos.com/{story.path}" in detail
    (text,) = stored(db, "SELECT text FROM articles WHERE canonical_url LIKE ?", f"%{story.path}")[0]
    assert text == story.title + "\n\n" + "\n\n".join(story.pages[0])
    assert stored(db, "SELECT count(*) FROM articles")[0][0] == len(STORIES)


def test_bundled_two_page_articles_land_whole(sites_server, tmp_path):
    """TerasJatim (/2/ with rel=next), Rublikanesia (?page=2 links only) and NganjukNews (-2.html, found by the
    declaration's next_page selector) each serve one article over two pages."""
    with urllib.request.urlopen(sites_server + "/_manifest.json") as response:
        manifest = json.load(response)["outlets"]
    paged = {o: a for o, site in manifest.items() for a in site["articles"] if len(a["pages"]) > 1}
    assert set(paged) == {"terasjatim", "rublikanesia", "nganjuknews"}
    db = tmp_path / "w.duckdb"
    result = run([*PILKADA, "crawl", "--sites", sites_server, "--db", str(db), "--quiet", "--timeout", "5",
                  *[a for o in paged for a in ("--outlet", o)]], cwd=ROOT)
    assert result.returncode == 0, result.stderr
    for outlet, article in paged.items():
        url = manifest[outlet]["real_base_url"] + article["url"]
        assert stored(db, "SELECT text FROM articles WHERE canonical_url = ?", url) == [(article["text"],)], outlet
        for later in article["pages"][1:]:
            assert stored(db, "SELECT count(*) FROM pages WHERE canonical_url = ?",
                          manifest[outlet]["real_base_url"] + later)[0][0] == 0
    stored_urls = {u for (u,) in stored(db, "SELECT canonical_url FROM articles")}
    expected = {site["real_base_url"] + a["url"] for o, site in manifest.items() if o in paged for a in site["articles"]}
    assert stored_urls >= expected and len(stored_urls) == len(expected) + sum(
        1 for o in paged for f in manifest[o]["faults"] if f["lands"])


@pytest.mark.parametrize("url, expected", [
    ("https://x.id/politik/12/slug/2", ("https://x.id/politik/12/slug", 2)),
    ("https://x.id/politik/12/slug/3/", ("https://x.id/politik/12/slug", 3)),
    ("https://x.id/politik/12/slug?page=2", ("https://x.id/politik/12/slug", 2)),
    ("https://x.id/politik/12/slug?halaman=4", ("https://x.id/politik/12/slug", 4)),
    ("https://x.id/politik/12/slug", None),
    ("https://x.id/politik/12/slug?page=1", None),
    ("https://x.id/politik/page/2", None),  # a listing page, not an article's
    ("https://x.id/politik/12/other-slug/1", None),
])
def test_page_of_recognises_later_pages_of_an_article_only(url, expected):
    outlet = Outlet(outlet="x", name="X", base_url="https://x.id/", article_pattern=r"^politik/\d+/[a-z0-9-]+$",
                    listings=("politik/page/{page}",))
    assert outlet.page_of(url) == expected


def test_clean_html_joins_the_pages_a_crawl_joined():
    first = ('<html><head><title>Judul Berita</title><meta property="article:published_time" content="2024-10-01">'
             '</head><body><article><h1>Judul Berita</h1><p>Paragraf pertama yang cukup panjang untuk dibaca sebagai '
             'isi berita oleh pembersih halaman.</p><p>Halaman 1 2 Selanjutnya</p></article></body></html>')
    second = ('<html><head><title>Judul Berita</title><meta property="article:published_time" content="2024-12-31">'
              '</head><body><article><h1>Judul Berita</h1><p>Paragraf kedua dari halaman berikutnya, juga cukup '
              'panjang untuk dibaca sebagai isi berita.</p></article></body></html>')
    joined = first + CONTINUATION_MARK.format(url="https://x.id/berita/2") + second
    article = clean_html(joined, "https://x.id/berita")
    assert article.pages == 2 and article.published == "2024-10-01" and article.title == "Judul Berita"
    assert article.text.startswith("Paragraf pertama") and article.text.endswith("sebagai isi berita.")
    assert "Paragraf kedua" in article.text and "Selanjutnya" not in article.text
    assert clean_html(first).pages == 1


def test_clean_and_extract_read_declarations_of_an_outlets_directory(readme_outlet):
    workdir, directory, _ = readme_outlet
    with SixthOutlet() as site:
        with urllib.request.urlopen(site.base + STORIES[1].path) as response:
            (workdir / "page.html").write_bytes(response.read())
    for command in ("clean", "extract"):
        without = run([*PILKADA, command, "page.html", "--outlet", OUTLET], cwd=workdir)
        assert without.returncode == 2 and f"unknown outlet '{OUTLET}'" in without.stderr
        with_dir = run([*PILKADA, command, "page.html", "--outlets", directory, "--outlet", OUTLET], cwd=workdir)
        assert with_dir.returncode == 0, with_dir.stderr
    cleaned = json.loads(run([*PILKADA, "clean", "page.html", "--outlets", directory, "--url",
                              f"https://radarmadiun.jawapos.com/{STORIES[1].path}"], cwd=workdir).stdout)
    assert cleaned["text"] == "\n\n".join(STORIES[1].paragraphs) and cleaned["published"] == STORIES[1].published[:10]
