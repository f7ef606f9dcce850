"""The naive pipeline the bench compares `pilkada crawl` with: what one writes in an afternoon.

    python bench/naive/pipeline.py --sitemap URL --db PATH [--max-seconds S]

Sequential urllib over the sitemap index and its sitemaps, one page at a time: fetch, trafilatura
(`bare_extraction`, default settings), a regex + gazetteer extractor (regencies and provinces from the
Kemendagri list `lokal` ships, officials by title, dates, regulation citations), and one DuckDB
INSERT per row, each its own autocommitted transaction. It imports nothing from pilkada.

With --max-seconds it stops after that long (a time slice of a site too large to finish in the bench's
time) and says how many pages it did. Prints one JSON line: pages, articles, rows, seconds, pages/s.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from importlib import resources

STARTED = time.perf_counter()
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
          "november", "desember")
TITLES = ("Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Gubernur", "Wakil Gubernur", "Pj Bupati",
          "Pj Wali Kota", "Pj Gubernur", "Sekda", "Ketua KPU", "Ketua Bawaslu", "Kapolres", "Dandim", "Camat",
          "Kepala Desa", "Kades", "Ketua DPRD", "Komisioner KPU", "Anggota Bawaslu", "Menteri Dalam Negeri")
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (url VARCHAR PRIMARY KEY, title VARCHAR, published DATE, text VARCHAR);
CREATE TABLE IF NOT EXISTS regencies (url VARCHAR, code VARCHAR, name VARCHAR, position INTEGER);
CREATE TABLE IF NOT EXISTS provinces (url VARCHAR, code VARCHAR, name VARCHAR, position INTEGER);
CREATE TABLE IF NOT EXISTS officials (url VARCHAR, role VARCHAR, name VARCHAR, position INTEGER);
CREATE TABLE IF NOT EXISTS dates (url VARCHAR, day DATE, position INTEGER);
CREATE TABLE IF NOT EXISTS regulations (url VARCHAR, kind VARCHAR, number VARCHAR, year INTEGER, position INTEGER);
"""


def gazetteer() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Lower-cased name -> (Kemendagri code, name) for regencies (with and without Kabupaten/Kota) and provinces."""
    with resources.files("lokal").joinpath("data/wilayah.json.gz").open("rb") as handle:
        regions = json.load(gzip.open(handle))
    regencies, provinces = {}, {}
    for code, name in regions.items():
        if len(code) == 2:
            provinces[name.lower()] = (code, name)
        elif len(code) == 5:
            regencies[name.lower()] = (code, name)
            bare = re.sub(r"^(kabupaten|kota)\s+", "", name.lower())
            regencies.setdefault(bare, (code, name))
    return regencies, provinces


def alternation(names) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


class Extractor:
    def __init__(self):
        self.regencies, self.provinces = gazetteer()
        self.regency_re = alternation(self.regencies)
        self.province_re = alternation(self.provinces)
        self.official_re = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
                                      + r")(?:\s+[A-Z][a-z]+)*?\s*,?\s+((?:[A-Z][a-zA-Z.']+\s?){1,4})")
        self.date_re = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
        self.regulation_re = re.compile(
            r"\b(UU|Undang-Undang|PKPU|Peraturan KPU|Perbawaslu|Peraturan Bawaslu|Permendagri|PP|Perpres)"
            r"\s+(?:Nomor|No\.?)\s*(\d+)\s+Tahun\s+(\d{4})", re.IGNORECASE)

    def extract(self, text: str) -> dict[str, list[tuple]]:
        out = {"regencies": [], "provinces": [], "officials": [], "dates": [], "regulations": []}
        for m in self.regency_re.finditer(text):
            code, name = self.regencies[m.group(1).lower()]
            out["regencies"].append((code, name, m.start()))
        for m in self.province_re.finditer(text):
            code, name = self.provinces[m.group(1).lower()]
            out["provinces"].append((code, name, m.start()))
        for m in self.official_re.finditer(text):
            out["officials"].append((m.group(1), m.group(2).strip(), m.start()))
        for m in self.date_re.finditer(text):
            try:
                day = f"{int(m.group(3)):04d}-{MONTHS.index(m.group(2).lower()) + 1:02d}-{int(m.group(1)):02d}"
                time.strptime(day, "%Y-%m-%d")
            except ValueError:
                continue
            out["dates"].append((day, m.start()))
        for m in self.regulation_re.finditer(text):
            out["regulations"].append((m.group(1), m.group(2), int(m.group(3)), m.start()))
        return out


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def sitemap_urls(url: str) -> list[str]:
    root = ET.fromstring(fetch(url))
    if root.tag == f"{SITEMAP_NS}sitemapindex":
        urls = []
        for loc in root.iter(f"{SITEMAP_NS}loc"):
            urls.extend(sitemap_urls(loc.text.strip()))
        return urls
    return [loc.text.strip() for loc in root.iter(f"{SITEMAP_NS}loc")]


def main(argv: list[str] | None = None) -> int:
    import duckdb
    import trafilatura

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitemap", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--max-seconds", type=float, default=0)
    args = parser.parse_args(argv)
    extractor = Extractor()
    con = duckdb.connect(args.db)
    con.execute(SCHEMA)
    urls = sitemap_urls(args.sitemap)
    pages = articles = rows = 0
    sliced = False
    for url in urls:
        if args.max_seconds and time.perf_counter() - STARTED > args.max_seconds:
            sliced = True
            break
        pages += 1
        try:
            html = fetch(url).decode("utf-8", errors="replace")
        except OSError:
            continue
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, as_dict=True)
        if not doc or not doc.get("text"):
            continue
        text = doc["text"]
        con.execute("INSERT INTO articles VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [url, doc.get("title"), (doc.get("date") or None), text])
        articles += 1
        found = extractor.extract(text)
        for code, name, position in found["regencies"]:
            con.execute("INSERT INTO regencies VALUES (?, ?, ?, ?)", [url, code, name, position])
        for code, name, position in found["provinces"]:
            con.execute("INSERT INTO provinces VALUES (?, ?, ?, ?)", [url, code, name, position])
        for role, name, position in found["officials"]:
            con.execute("INSERT INTO officials VALUES (?, ?, ?, ?)", [url, role, name, position])
        for day, position in found["dates"]:
            con.execute("INSERT INTO dates VALUES (?, ?, ?)", [url, day, position])
        for kind, number, year, position in found["regulations"]:
            con.execute("INSERT INTO regulations VALUES (?, ?, ?, ?, ?)", [url, kind, number, year, position])
        rows += 1 + sum(len(v) for v in found.values())
    con.close()
    seconds = time.perf_counter() - STARTED
    print(json.dumps({"pages": pages, "of": len(urls), "articles": articles, "rows": rows, "sliced": sliced,
                      "seconds": round(seconds, 3), "pages_per_second": round(pages / seconds, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
