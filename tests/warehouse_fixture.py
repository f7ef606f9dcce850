"""Build the fixture warehouse the warehouse, query and export tests read: `build(path)`.

Seven articles loaded through pilkada.warehouse.load_batch exactly as the ingest step hands
them over (docs/architecture.md): pages with HTML, cleaned articles, extraction records of
docs/extraction-spec.md with start/end offsets and sentences, failures and skipped URLs.
Articles 1-3 are cut from the seed articles (RMOLJatim, TerasJatim, Dayak News, Jombang and
Gunung Mas); articles 4-7 are invented (Nganjuk, Kota Malang, a Jombang+Nganjuk round-up,
an undated Gunung Mas page) and their people are fictional. When the pipeline can crawl the
loopback sites, this function is the one place to swap for a real crawl.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from pilkada import warehouse

VERSION = "fixture-1"

OUTLETS = [
    {"outlet": "rmoljatim", "name": "RMOLJatim", "base_url": "https://rmoljatim.id/", "province_code": "35"},
    {"outlet": "terasjatim", "name": "TerasJatim", "base_url": "https://terasjatim.com/", "province_code": "35"},
    {"outlet": "dayaknews", "name": "Dayak News", "base_url": "https://dayaknews.com/", "province_code": "62"},
]

_BREAK = re.compile(r"[.!?][”\"]?\s+|\n+")
_ABBREVIATIONS = {"pj", "plt", "plh", "h", "hj", "dr", "ir", "no", "kab"}


def _breaks(text: str):
    """Sentence breaks: a newline, or . ! ? (with a closing quote) and space, not after 'Pj.' or an initial."""
    for match in _BREAK.finditer(text):
        if match.group(0)[0] == ".":
            word = re.search(r"(\w+)$", text[:match.start()])
            if word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS):
                continue
        yield match


def sentence_at(text: str, offset: int) -> str:
    """The sentence holding `offset` (the same split every item of one article uses)."""
    start = 0
    for match in _breaks(text):
        if match.start() >= offset:
            return text[start:match.end()].strip()
        start = match.end()
    return text[start:].strip()


def at(source: str, needle: str, /, nth: int = 1, **fields) -> dict:
    """A record item for the nth occurrence of `needle` in `source`, with start, end and sentence."""
    start = -1
    for _ in range(nth):
        start = source.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"{needle!r} not in text")
    return {**fields, "start": start, "end": start + len(needle), "sentence": sentence_at(source, start)}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_html(title: str, text: str, published: str | None) -> str:
    meta = f'<meta property="article:published_time" content="{published}T08:00:00+07:00">' if published else ""
    body = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
    return f"<html><head><title>{title}</title>{meta}</head><body><h1>{title}</h1>{body}</body></html>"


def article(outlet: str, url: str, title: str, published: str | None, text: str, record: dict,
            fetched_at: str, run_id: int | None, version: str = VERSION) -> tuple[dict, dict]:
    """(page, article) dicts for one fetched article, the page's hash being that of its HTML."""
    html = page_html(title, text, published)
    content_hash = sha(html)
    page = {"outlet": outlet, "url": url, "canonical_url": url, "fetched_at": fetched_at, "http_status": 200,
            "content_type": "text/html; charset=UTF-8", "etag": None, "last_modified": None,
            "content_hash": content_hash, "html": html, "run_id": run_id}
    full_record = {"published": published, "regencies": [], "provinces": [], "officials": [], "dates": [],
                   "regulations": [], "quotes": [], "extractor_version": version, **record}
    item = {"canonical_url": url, "outlet": outlet, "title": title, "author": None, "published_on": published,
            "text": text, "language": "id", "word_count": len(text.split()), "content_hash": content_hash,
            "extractor_version": version, "record": full_record}
    return page, item


# ---------------------------------------------------------------------------------------- 1

RMOL_JOMBANG_URL = "https://rmoljatim.id/2024/09/24/asn-jombang-ikrar-netralitas"
RMOL_JOMBANG_TITLE = "Pilkada 2024, ASN Dan Non ASN Jombang Ikrar Netralitas"
RMOL_JOMBANG = (
    "Pilkada serentak 2024, Pegawai Asn dan non Asn dilingkup Pemerintah Kabupaten Jombang berkomitmen menjaga "
    "netralitas. Hal itu ditegaskan Pj Bupati Jombang Teguh Narutomo dalam ikrar netralitas di lapangan Pemkab "
    "setempat.\n"
    "Teguh Narutomo mengatakan bahwa pada 22 September 2024 KPU Kabupaten Jombang telah menetapkan dua pasangan "
    "calon yang akan maju dalam kontestasi pilkada 2024. Dan tanggal 23 September kemarin, dilaksanakan pengundian "
    "dan penetapan nomor urut pasangan Calon Bupati dan Wakil Bupati Jombang.\n"
    "Berdasarkan Peraturan Komisi Pemilihan Umum (PKPU) Nomor 2 tahun 2024, pelaksanaan kampanye akan dimulai pada "
    "25 September 2024 hingga 23 November 2024. Dan pemungutan suara akan dilaksanakan pada tanggal 27 November "
    "2024.\n"
    "\"Tidak henti-hentinya dan tidak bosan-bosannya, Saya mengingatkan kepada seluruh karyawan karyawati baik ASN "
    "maupun non-ASN untuk selalu menjaga netralitas,\" kata Pj Bupati Teguh Narutomo, Selasa (24/09) dikutip "
    "Kantor Berita RMOLJatim."
)


def rmol_jombang_record(text: str = RMOL_JOMBANG) -> dict:
    return {
        "regencies": [at(text, "Pemerintah Kabupaten Jombang", code="35.17", name="Kabupaten Jombang", mentions=4)],
        "officials": [at(text, "Pj Bupati Jombang Teguh Narutomo", name="Teguh Narutomo", role="Pj Bupati",
                         regency="35.17")],
        "dates": [
            at(text, "22 September 2024", value="2024-09-22", text="22 September 2024"),
            at(text, "23 September kemarin", value="2024-09-23", text="23 September kemarin"),
            at(text, "25 September 2024", value="2024-09-25", text="25 September 2024"),
            at(text, "23 November 2024", value="2024-11-23", text="23 November 2024"),
            at(text, "27 November 2024", value="2024-11-27", text="27 November 2024"),
            at(text, "Selasa (24/09)", value="2024-09-24", text="Selasa (24/09)"),
        ],
        "regulations": [at(text, "Peraturan Komisi Pemilihan Umum (PKPU) Nomor 2 tahun 2024", kind="PKPU",
                           number="2", year=2024, text="Peraturan Komisi Pemilihan Umum (PKPU) Nomor 2 tahun 2024",
                           article=None, about=None)],
        "quotes": [at(text, "Tidak henti-hentinya dan tidak bosan-bosannya, Saya mengingatkan kepada seluruh "
                            "karyawan karyawati baik ASN maupun non-ASN untuk selalu menjaga netralitas,",
                      text="Tidak henti-hentinya dan tidak bosan-bosannya, Saya mengingatkan kepada seluruh "
                           "karyawan karyawati baik ASN maupun non-ASN untuk selalu menjaga netralitas,",
                      speaker="Teguh Narutomo", role="Pj Bupati Jombang", official="Teguh Narutomo")],
    }


# ---------------------------------------------------------------------------------------- 2

TERAS_JOMBANG_URL = ("https://terasjatim.com/jaga-kondusifitas-pilkada-2024-pemkab-jombang-laksanakan-"
                     "sosialisasi-netralitas-asn-non-asn/")
TERAS_JOMBANG_TITLE = "Jaga Kondusifitas Pilkada 2024, Pemkab Jombang Laksanakan Sosialisasi Netralitas ASN/Non ASN"
TERAS_JOMBANG = (
    "TerasJatim.com, Jombang – Guna menjaga kondusifitas Pemilihan Kepala Daerah (Pilkada) 2024, Pemerintah "
    "Kabupaten (Pemkab) Jombang melaksanakan sosialisasi dan pembinaan Netralitas ASN dan non-ASN, pada Rabu "
    "(18/09/2024).\n"
    "Dalam acara yang digelar di Aula Bung Tomo Pemkab Jombang tersebut, hadir Kepala Kantor Regional II BKN "
    "Surabaya, A. Darmuji; Asisten Administrasi Umum Setdakab Jombang, Syaiful Anwar; seluruh kepala perangkat "
    "daerah lingkup Pemkab Jombang; Ketua KPU Jombang, David Budiyanto; Ketua Bawaslu Jombang, Ahmad Udi Masjkur, "
    "dan seluruh ASN dan Non ASN Pemkab Jombang.\n"
    "Himbauan tentang netralitas ASN telah tertuang dalam Pasal 201 ayat (8) Undang-undang Nomor: 10 Tahun 2016, "
    "bahwa pemungutan suara serentak nasional dalam pemilihan gubernur dan wakil gubernur, bupati dan wakil bupati, "
    "serta wali kota dan wakil wali kota di seluruh Indonesia, akan dilaksanakan pada November 2024 mendatang.\n"
    "Adapun tahapan Pilkada serentak 2024 telah dimulai, yaitu pendaftaran calon kepala daerah berlangsung pada "
    "tanggal 27-29 Agustus 2024. Pemungutan suara akan dilaksanakan pada Rabu, 27 November 2024.\n"
    "“Dalam konteks ini, netralitas ASN dan Non-ASN menjadi salah satu topik sensitif yang sedang dibicarakan di "
    "tengah masyarakat,” kata Syaiful.\n"
    "Penting untuk mempedomani Surat Edaran Bupati Jombang, tertanggal 29 Desember 2023, Nomor: "
    "863/927/415.01/2023, tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Pemerintah Non-pegawai "
    "Negeri (PPNPN)/Non-ASN.\n"
    "Pihaknya mengajak para ASN dan non-ASN untuk memperkuat kembali komitmen bersama dengan pembacaan ikrar "
    "netralitas ASN dan non-ASN yang akan diikuti oleh seluruh peserta."
)


def teras_jombang_record(text: str = TERAS_JOMBANG) -> dict:
    return {
        "regencies": [
            at(text, "Pemerintah Kabupaten (Pemkab) Jombang", code="35.17", name="Kabupaten Jombang", mentions=8),
            at(text, "BKN Surabaya", code="35.78", name="Kota Surabaya", mentions=1),
        ],
        "officials": [
            at(text, "A. Darmuji", name="A. Darmuji", role="Kepala Kantor Regional II BKN", regency="35.78"),
            at(text, "Syaiful Anwar", name="Syaiful Anwar", role="Asisten Administrasi Umum Setdakab",
               regency="35.17"),
            at(text, "David Budiyanto", name="David Budiyanto", role="Ketua KPU", regency="35.17"),
            at(text, "Ahmad Udi Masjkur", name="Ahmad Udi Masjkur", role="Ketua Bawaslu", regency="35.17"),
        ],
        "dates": [
            at(text, "Rabu (18/09/2024)", value="2024-09-18", text="Rabu (18/09/2024)"),
            at(text, "November 2024 mendatang", value="2024-11", text="November 2024"),
            at(text, "27-29 Agustus 2024", value="2024-08-27", text="27-29 Agustus 2024"),
            at(text, "29 Agustus 2024", value="2024-08-29", text="29 Agustus 2024"),
            at(text, "Rabu, 27 November 2024", value="2024-11-27", text="Rabu, 27 November 2024"),
            at(text, "tertanggal 29 Desember 2023", value="2023-12-29", text="29 Desember 2023"),
        ],
        "regulations": [
            at(text, "Undang-undang Nomor: 10 Tahun 2016", kind="UU", number="10", year=2016,
               text="Undang-undang Nomor: 10 Tahun 2016", article="Pasal 201 ayat (8)", about=None),
            at(text, "Surat Edaran Bupati Jombang", kind="SE", number="863/927/415.01/2023", year=2023,
               text="Surat Edaran Bupati Jombang, tertanggal 29 Desember 2023, Nomor: 863/927/415.01/2023",
               article=None, about="Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Pemerintah Non-pegawai "
                                   "Negeri (PPNPN)/Non-ASN"),
        ],
        "quotes": [at(text, "Dalam konteks ini, netralitas ASN dan Non-ASN menjadi salah satu topik sensitif yang "
                            "sedang dibicarakan di tengah masyarakat,",
                      text="Dalam konteks ini, netralitas ASN dan Non-ASN menjadi salah satu topik sensitif yang "
                           "sedang dibicarakan di tengah masyarakat,",
                      speaker="Syaiful", role="Asisten Administrasi Umum Setdakab Jombang",
                      official="Syaiful Anwar")],
    }


# ---------------------------------------------------------------------------------------- 3

DAYAK_GUMAS_URL = "https://dayaknews.com/2024/09/20/jaga-netralitas-dan-profesionalisme-asn/"
DAYAK_GUMAS_TITLE = "Jaga Netralitas dan Profesionalisme, ASN Tidak Boleh Terlibat dalam Kegiatan Kampanye Politik"
DAYAK_GUMAS = (
    "Kuala Kurun (Dayak News) – Dalam menghadapi momentum Pemilihan Kepala Daerah (Pilkada) serentak 2024, "
    "Pemerintah Kabupaten (Pemkab) Gunung Mas, terus berupaya menjaga netralitas dan profesionalisme para "
    "jajarannya.\n"
    "Pj. Bupati Gumas Herson B. Aden, menilai Aparatur Sipil Negara (ASN) memiliki peran yang sangat strategis "
    "sebagai pelayan publik yang harus menjaga profesionalisme dan netralitas.\n"
    "Dia menekankan bahwa netralitas asn merupakan amanat undang-undang nomor 20 tahun 2023 tentang Aparatur Sipil "
    "Negara Dan Merupakan Tanggung Jawab Moral Yang Harus di Jaga Bersama.\n"
    "“Maka ASN tidak boleh berpihak kepada kepentingan politik tertentu, baik itu partai politik maupun calon "
    "tertentu,” kata Herson.\n"
    "Sementara itu, Plt Kepala BKPSDM selaku ketua Panitia ikrar netralitas ASN menjelaskan, tujuan dari kegiatan "
    "ini yakni untuk mempertegas komitmen asn dalam menjaga netralitas di lingkungan kerja.\n"
    "Pemerintah Kabupaten Gumas menggelar ikrar bersama mengenai netralitas aparatur sipil negara (ASN) dalam "
    "menghadapi tahun politik pada tahun 2024 atau pemilihan kepala daerah (Pilkada) di tahun ini."
)


def dayak_gumas_record(text: str = DAYAK_GUMAS) -> dict:
    return {
        "regencies": [at(text, "Pemerintah Kabupaten (Pemkab) Gunung Mas", code="62.10",
                         name="Kabupaten Gunung Mas", mentions=3)],
        "officials": [at(text, "Pj. Bupati Gumas Herson B. Aden", name="Herson B. Aden", role="Pj. Bupati",
                         regency="62.10")],
        "regulations": [at(text, "undang-undang nomor 20 tahun 2023", kind="UU", number="20", year=2023,
                           text="undang-undang nomor 20 tahun 2023", article=None, about="Aparatur Sipil Negara")],
        "quotes": [at(text, "Maka ASN tidak boleh berpihak kepada kepentingan politik tertentu, baik itu partai "
                            "politik maupun calon tertentu,",
                      text="Maka ASN tidak boleh berpihak kepada kepentingan politik tertentu, baik itu partai "
                           "politik maupun calon tertentu,",
                      speaker="Herson", official="Herson B. Aden")],
    }


# ---------------------------------------------------------------------------------------- 4 (invented)

RMOL_NGANJUK_URL = "https://rmoljatim.id/2024/10/02/pemkab-nganjuk-ikrar-netralitas-asn"
RMOL_NGANJUK_TITLE = "Pemkab Nganjuk Gelar Ikrar Netralitas ASN Jelang Kampanye"
RMOL_NGANJUK = (
    "Pemerintah Kabupaten Nganjuk menggelar ikrar netralitas ASN di Pendopo Kabupaten pada Selasa (1/10/2024).\n"
    "Pj Bupati Nganjuk Sugeng Wibisono memimpin langsung ikrar yang diikuti seluruh kepala perangkat daerah dan "
    "camat.\n"
    "\"Netralitas ASN adalah harga mati, tidak ada tawar-menawar,\" kata Sugeng Wibisono.\n"
    "Ketua Bawaslu Nganjuk Ratna Dewi Lestari mengingatkan larangan dalam Pasal 71 Undang-Undang Nomor 10 Tahun "
    "2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota."
)


def rmol_nganjuk_record(text: str = RMOL_NGANJUK) -> dict:
    return {
        "regencies": [at(text, "Pemerintah Kabupaten Nganjuk", code="35.18", name="Kabupaten Nganjuk", mentions=3)],
        "officials": [
            at(text, "Pj Bupati Nganjuk Sugeng Wibisono", name="Sugeng Wibisono", role="Pj Bupati", regency="35.18"),
            at(text, "Ketua Bawaslu Nganjuk Ratna Dewi Lestari", name="Ratna Dewi Lestari", role="Ketua Bawaslu",
               regency="35.18"),
        ],
        "dates": [at(text, "Selasa (1/10/2024)", value="2024-10-01", text="Selasa (1/10/2024)")],
        "regulations": [at(text, "Undang-Undang Nomor 10 Tahun 2016", kind="UU", number="10", year=2016,
                           text="Undang-Undang Nomor 10 Tahun 2016", article="Pasal 71",
                           about="Pemilihan Gubernur, Bupati, dan Wali Kota")],
        "quotes": [at(text, "Netralitas ASN adalah harga mati, tidak ada tawar-menawar,",
                      text="Netralitas ASN adalah harga mati, tidak ada tawar-menawar,", speaker="Sugeng Wibisono",
                      official="Sugeng Wibisono")],
    }


# ---------------------------------------------------------------------------------------- 5 (invented)

TERAS_MALANG_URL = "https://terasjatim.com/pemkot-malang-apel-netralitas-asn/"
TERAS_MALANG_TITLE = "Pemkot Malang Ingatkan ASN Netral di Media Sosial"
TERAS_MALANG = (
    "TerasJatim.com, Malang – Pemkot Malang menggelar apel netralitas ASN di Balai Kota, Senin (14/10/2024).\n"
    "Pj Wali Kota Malang Hendra Kusuma meminta ASN tidak mengunggah dukungan kepada pasangan calon di media sosial.\n"
    "“ASN harus netral, termasuk di media sosial,” ujar Hendra Kusuma.\n"
    "Ketua KPU Kota Malang Siti Rahmawati menyebut masa kampanye berlangsung hingga 23 November 2024 sesuai PKPU "
    "Nomor 2 Tahun 2024."
)


def teras_malang_record(text: str = TERAS_MALANG) -> dict:
    return {
        "regencies": [at(text, "Pemkot Malang", code="35.73", name="Kota Malang", mentions=3)],
        "officials": [
            at(text, "Pj Wali Kota Malang Hendra Kusuma", name="Hendra Kusuma", role="Pj Wali Kota", regency="35.73"),
            at(text, "Ketua KPU Kota Malang Siti Rahmawati", name="Siti Rahmawati", role="Ketua KPU",
               regency="35.73"),
        ],
        "dates": [
            at(text, "Senin (14/10/2024)", value="2024-10-14", text="Senin (14/10/2024)"),
            at(text, "23 November 2024", value="2024-11-23", text="23 November 2024"),
        ],
        "regulations": [at(text, "PKPU Nomor 2 Tahun 2024", kind="PKPU", number="2", year=2024,
                           text="PKPU Nomor 2 Tahun 2024", article=None, about=None)],
        "quotes": [at(text, "ASN harus netral, termasuk di media sosial,", text="ASN harus netral, termasuk di media "
                   "sosial,", speaker="Hendra Kusuma", official="Hendra Kusuma")],
    }


# ---------------------------------------------------------------------------------------- 6 (invented)

RMOL_JATIM_URL = "https://rmoljatim.id/2024/10/20/bawaslu-jatim-rakor-netralitas-asn"
RMOL_JATIM_TITLE = "Bawaslu Jatim Catat Laporan Netralitas ASN Terbanyak di Nganjuk"
RMOL_JATIM = (
    "Bawaslu Jawa Timur menggelar rapat koordinasi pengawasan netralitas ASN bersama Bawaslu Jombang dan Bawaslu "
    "Nganjuk, Sabtu (19/10/2024).\n"
    "Ketua Bawaslu Jatim Mochamad Arifin menyebut laporan dugaan pelanggaran netralitas ASN di Nganjuk paling "
    "banyak sepanjang Oktober 2024.\n"
    "Di Jombang, Bawaslu mencatat dua laporan yang ditangani sesuai Perbawaslu Nomor 6 Tahun 2024."
)


def rmol_jatim_record(text: str = RMOL_JATIM) -> dict:
    return {
        "regencies": [
            at(text, "Bawaslu Jombang", code="35.17", name="Kabupaten Jombang", mentions=2),
            at(text, "Bawaslu Nganjuk", code="35.18", name="Kabupaten Nganjuk", mentions=2),
        ],
        "provinces": [at(text, "Jawa Timur", code="35", name="Jawa Timur")],
        "officials": [at(text, "Ketua Bawaslu Jatim Mochamad Arifin", name="Mochamad Arifin", role="Ketua Bawaslu",
                         regency=None)],
        "dates": [
            at(text, "Sabtu (19/10/2024)", value="2024-10-19", text="Sabtu (19/10/2024)"),
            at(text, "Oktober 2024", value="2024-10", text="Oktober 2024"),
        ],
        "regulations": [at(text, "Perbawaslu Nomor 6 Tahun 2024", kind="PERBAWASLU", number="6", year=2024,
                           text="Perbawaslu Nomor 6 Tahun 2024", article=None, about=None)],
    }


# ---------------------------------------------------------------------------------------- 7 (invented, undated)

DAYAK_DEBAT_URL = "https://dayaknews.com/kpu-gumas-gelar-debat-publik/"
DAYAK_DEBAT_TITLE = "KPU Gumas Gelar Debat Publik Pasangan Calon"
DAYAK_DEBAT = (
    "Kuala Kurun (Dayak News) – KPU Gunung Mas menggelar debat publik pertama pasangan calon bupati dan wakil "
    "bupati.\n"
    "Ketua KPU Gumas Yohanes Ardianto meminta pendukung pasangan calon menjaga ketertiban selama debat."
)


def dayak_debat_record(text: str = DAYAK_DEBAT) -> dict:
    return {
        "regencies": [at(text, "KPU Gunung Mas", code="62.10", name="Kabupaten Gunung Mas", mentions=2)],
        "officials": [at(text, "Ketua KPU Gumas Yohanes Ardianto", name="Yohanes Ardianto", role="Ketua KPU",
                         regency="62.10")],
    }


def batches(run_id: int | None) -> list[dict]:
    """The two batches of the fixture crawl, as the ingest step would hand them to load_batch."""
    first = [
        article("rmoljatim", RMOL_JOMBANG_URL, RMOL_JOMBANG_TITLE, "2024-09-24", RMOL_JOMBANG,
                rmol_jombang_record(), "2024-09-24T10:15:00Z", run_id),
        article("terasjatim", TERAS_JOMBANG_URL, TERAS_JOMBANG_TITLE, "2024-09-18", TERAS_JOMBANG,
                teras_jombang_record(), "2024-09-24T10:16:00Z", run_id),
        article("dayaknews", DAYAK_GUMAS_URL, DAYAK_GUMAS_TITLE, "2024-09-20", DAYAK_GUMAS,
                dayak_gumas_record(), "2024-09-24T10:17:00Z", run_id),
    ]
    second = [
        article("rmoljatim", RMOL_NGANJUK_URL, RMOL_NGANJUK_TITLE, "2024-10-02", RMOL_NGANJUK,
                rmol_nganjuk_record(), "2024-10-21T09:00:00Z", run_id),
        article("terasjatim", TERAS_MALANG_URL, TERAS_MALANG_TITLE, "2024-10-15", TERAS_MALANG,
                teras_malang_record(), "2024-10-21T09:01:00Z", run_id),
        article("rmoljatim", RMOL_JATIM_URL, RMOL_JATIM_TITLE, "2024-10-20", RMOL_JATIM,
                rmol_jatim_record(), "2024-10-21T09:02:00Z", run_id),
        article("dayaknews", DAYAK_DEBAT_URL, DAYAK_DEBAT_TITLE, None, DAYAK_DEBAT,
                dayak_debat_record(), "2024-10-05T06:30:00+07:00", run_id),
    ]
    failures = [
        {"run_id": run_id, "outlet": "rmoljatim", "url": "https://rmoljatim.id/2024/09/23/hilang", "reason": "http_4xx",
         "http_status": 404, "detail": "Not Found", "failed_at": "2024-09-24T10:18:00Z"},
        {"run_id": run_id, "outlet": "dayaknews", "url": "https://dayaknews.com/lambat/", "reason": "timeout",
         "http_status": None, "detail": "took longer than 180.0 seconds", "failed_at": "2024-10-21T09:03:00Z"},
    ]
    skipped = [{"run_id": run_id, "outlet": "terasjatim", "url": "https://terasjatim.com/lama/",
                "reason": "not_modified"}]
    return [
        {"pages": [p for p, _ in first], "articles": [a for _, a in first], "failures": failures[:1],
         "skipped": skipped},
        {"pages": [p for p, _ in second], "articles": [a for _, a in second], "failures": failures[1:]},
    ]


def build(path: str | os.PathLike) -> Path:
    """Create the fixture warehouse at `path` (one completed crawl run, two batches) and return the path."""
    con = warehouse.connect(path)
    try:
        warehouse.upsert_outlets(con, OUTLETS)
        run_id = warehouse.start_run(con, [o["outlet"] for o in OUTLETS], ["pilkada", "crawl", "--fixture"], os.getpid())
        for batch in batches(run_id):
            warehouse.load_batch(con, batch)
        warehouse.finish_run(con, run_id, "completed", {"articles_unchanged": 0})
    finally:
        con.close()
    return Path(path)
