"""A sixth outlet pilkada does not bundle, served on loopback: a WordPress news site as a new user would add it.

Radar Madiun's shape from the README's "Adding an outlet": `politik/<id>/<slug>` articles, a sitemap, an RSS
feed, `politik/page/N/` listings, Yoast-style metadata, "Baca juga" boxes, a related-posts block, an
"Editor:" line, a previous/next-post navigation with rel="next" (another article, not a page of this one),
and one article split by <!--nextpage--> into two pages (`.../2`, `<link rel="next">`, "Halaman 1 2
Selanjutnya"). `missing_page=True` makes that article's page 2 answer 404. Every request is logged.
"""

from __future__ import annotations

import hashlib
import html
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OUTLET = "radarmadiun"
REAL_BASE = "https://radarmadiun.jawapos.com/"


@dataclass(frozen=True)
class Story:
    id: int
    slug: str
    title: str
    published: str  # ISO date-time
    pages: tuple[tuple[str, ...], ...]

    @property
    def path(self) -> str:
        return f"politik/{self.id}/{self.slug}"

    @property
    def paragraphs(self) -> list[str]:
        return [p for page in self.pages for p in page]


STORIES = (
    Story(751201, "kpu-kota-madiun-tetapkan-dpt-pilwalkot", "KPU Kota Madiun Tetapkan 151.203 Pemilih dalam DPT Pilwalkot",
          "2024-09-20T10:00:00+07:00", ((
              "MADIUN – Komisi Pemilihan Umum (KPU) Kota Madiun menetapkan 151.203 pemilih dalam daftar pemilih tetap "
              "(DPT) Pemilihan Wali Kota dan Wakil Wali Kota Madiun 2024 dalam rapat pleno terbuka, Jumat (20/9/2024).",
              "Ketua KPU Kota Madiun, Sasongko, mengatakan jumlah itu tersebar di 3 kecamatan dan 27 kelurahan dengan "
              "total 320 tempat pemungutan suara. Pemilih perempuan tercatat lebih banyak daripada pemilih laki-laki.",
              "“DPT ini hasil pencocokan dan penelitian selama sebulan. Warga yang belum terdaftar masih bisa memakai "
              "KTP elektronik di TPS sesuai alamat,” kata Sasongko.",
          ),)),
    Story(751388, "bawaslu-madiun-awasi-kampanye-di-pasar", "Bawaslu Kabupaten Madiun Awasi Kampanye di Pasar Tradisional",
          "2024-10-08T14:30:00+07:00", ((
              "MADIUN – Badan Pengawas Pemilu (Bawaslu) Kabupaten Madiun menambah pengawasan kampanye tatap muka di "
              "pasar tradisional setelah menerima laporan pembagian bahan pokok oleh tim pasangan calon, Selasa (8/10/2024).",
              "Ketua Bawaslu Kabupaten Madiun, Ahmad Zaini, mengatakan pengawas kecamatan diminta hadir di setiap "
              "kegiatan kampanye yang diberitahukan ke kepolisian. Temuan pembagian barang akan diklarifikasi.",
              "“Bahan kampanye boleh dibagikan sepanjang nilainya tidak melebihi ketentuan. Sembako tidak termasuk "
              "bahan kampanye,” tegas Zaini.",
          ),)),
    Story(751502, "debat-pilbup-madiun-dua-halaman", "Debat Kedua Pilbup Madiun Bahas Irigasi dan Harga Gabah",
          "2024-10-24T20:15:00+07:00", (
              (
                  "MADIUN – KPU Kabupaten Madiun menggelar debat kedua pemilihan bupati dan wakil bupati di Pendopo "
                  "Muda Graha, Kamis (24/10/2024) malam, dengan tema pertanian, irigasi, dan harga gabah.",
                  "Pasangan nomor urut 1 berjanji memperbaiki 40 kilometer saluran irigasi tersier dalam dua tahun. "
                  "Pasangan nomor urut 2 menawarkan cadangan pangan daerah untuk menahan harga gabah saat panen raya.",
                  "Panelis dari Universitas PGRI Madiun menilai kedua pasangan belum menjelaskan sumber anggaran "
                  "program yang mereka tawarkan.",
                  "Debat berlangsung dua jam dan disiarkan langsung oleh televisi lokal serta kanal media sosial KPU.",
              ),
              (
                  "Di luar pendopo, ratusan pendukung menonton lewat layar lebar. Kapolres Madiun, AKBP Muhammad "
                  "Ridwan, menyebut 400 personel gabungan mengamankan jalannya debat hingga selesai.",
                  "Ketua Bawaslu Kabupaten Madiun, Ahmad Zaini, mencatat tidak ada pelanggaran selama debat. Pengawas "
                  "hanya menegur pendukung yang membawa bendera partai ke area parkir.",
                  "KPU Kabupaten Madiun menjadwalkan debat ketiga pada 16 November 2024 dengan tema kesehatan dan "
                  "pendidikan, sekaligus debat terakhir sebelum masa tenang.",
              ),
          )),
    Story(751640, "pj-bupati-madiun-ingatkan-netralitas-kades", "Pj Bupati Madiun Ingatkan Kepala Desa Tidak Ikut Kampanye",
          "2024-11-04T09:45:00+07:00", ((
              "MADIUN – Penjabat (Pj) Bupati Madiun, Tontro Pahlawanto, mengumpulkan 198 kepala desa di Pendopo Muda "
              "Graha untuk mengingatkan larangan ikut kampanye pasangan calon, Senin (4/11/2024).",
              "Tontro mengatakan kepala desa yang terbukti memihak dapat dikenai sanksi sesuai Undang-Undang Nomor 6 "
              "Tahun 2014 tentang Desa. Ia meminta perangkat desa menjaga pelayanan warga tetap berjalan.",
              "“Silakan menggunakan hak pilih, tetapi jangan menjadi tim sukses. Desa harus netral,” ujar Tontro.",
          ),)),
)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


class SixthOutlet:
    def __init__(self, missing_page: bool = False):
        self.missing_page = missing_page
        self.requests: list[str] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.base = f"{self.url}/{OUTLET}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "SixthOutlet":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- pages -------------------------------------------------------------------------------------
    def respond(self, path: str) -> tuple[int, str, str]:
        if path == "/robots.txt":
            return 200, "text/plain", f"User-agent: *\nDisallow: /{OUTLET}/wp-admin/\n"
        if not path.startswith(f"/{OUTLET}/"):
            return 404, "text/html", "<html><body><h1>404</h1></body></html>"
        rel = path[len(OUTLET) + 2:]
        if rel == "sitemap.xml":
            urls = "".join(f"<url><loc>{self.base}{s.path}</loc><lastmod>{s.published}</lastmod></url>" for s in STORIES)
            return 200, "application/xml", ('<?xml version="1.0" encoding="UTF-8"?><urlset '
                                             f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        if rel == "feed/":
            items = "".join(f"<item><title>{_esc(s.title)}</title><link>{self.base}{s.path}</link></item>"
                            for s in STORIES[-2:])
            return 200, "application/rss+xml", f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
        if rel.startswith("politik/page/"):
            number = rel.split("/")[2]
            if number != "1":
                return 404, "text/html", self.chrome("Tidak ditemukan", "<p>Halaman tidak ditemukan.</p>")
            links = "".join(f'<h2><a href="{self.base}{s.path}">{_esc(s.title)}</a></h2>' for s in reversed(STORIES))
            return 200, "text/html", self.chrome("Politik", links)
        for index, story in enumerate(STORIES):
            if rel == story.path:
                return 200, "text/html", self.article(index, 1)
            if rel.startswith(story.path + "/") and rel[len(story.path) + 1:].strip("/").isdigit():
                number = int(rel[len(story.path) + 1:].strip("/"))
                if 2 <= number <= len(story.pages) and not self.missing_page:
                    return 200, "text/html", self.article(index, number)
        return 404, "text/html", self.chrome("Tidak ditemukan", "<p>Halaman tidak ditemukan.</p>")

    def chrome(self, title: str, main: str, head: str = "") -> str:
        return (f'<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>{_esc(title)} - Radar Madiun</title>'
                f'{head}</head><body><header><nav><a href="{self.base}">Beranda</a> <a href="{self.base}politik/page/1/">'
                f'Politik</a></nav></header><main>{main}</main><aside class="widget"><h3>Terpopuler</h3><ul>'
                + "".join(f'<li><a href="{self.base}{s.path}">{_esc(s.title)}</a></li>' for s in STORIES)
                + '</ul></aside><footer><p>&copy; 2024 Radar Madiun. Jawa Pos Group.</p></footer></body></html>')

    def article(self, index: int, number: int) -> str:
        story = STORIES[index]
        url = self.base + story.path
        head = (f'<link rel="canonical" href="{url}"><meta property="og:title" content="{_esc(story.title)} - Radar Madiun">'
                f'<meta property="article:published_time" content="{story.published}">')
        if number < len(story.pages):
            head += f'<link rel="next" href="{url}/{number + 1}">'
        body = []
        for k, paragraph in enumerate(story.pages[number - 1], start=1):
            body.append(f"<p>{_esc(paragraph)}</p>")
            if k == 2 and index > 0:
                other = STORIES[index - 1]
                body.append(f'<div class="baca-juga"><strong>Baca Juga:</strong> <a href="{self.base}{other.path}">'
                            f'{_esc(other.title)}</a></div>')
        if len(story.pages) > 1:
            links = " ".join(f'<a href="{url}/{k}">{k}</a>' if k > 1 and k != number else
                             (f'<a href="{url}">1</a>' if k != number else f"<span>{k}</span>")
                             for k in range(1, len(story.pages) + 1))
            more = f' <a href="{url}/{number + 1}">Selanjutnya</a>' if number < len(story.pages) else ""
            body.append(f'<div class="page-links">Halaman {links}{more}</div>')
        if number == len(story.pages):
            body.append("<p>Editor: Ratna Sari</p>")
        navigation = ""
        if index + 1 < len(STORIES):  # WordPress' next-post link: rel="next", but another article
            following = STORIES[index + 1]
            navigation = (f'<nav class="post-navigation"><a href="{self.base}{following.path}" rel="next">'
                          f'{_esc(following.title)}</a></nav>')
        related = "".join(f'<li><a href="{self.base}{s.path}">{_esc(s.title)}</a></li>' for s in STORIES if s != story)
        main = (f'<article><h1 class="entry-title">{_esc(story.title)}</h1>'
                f'<div class="entry-meta"><time>{story.published[:10]}</time> oleh Redaksi</div>'
                f'<div class="entry-content">{"".join(body)}</div>{navigation}'
                f'<div class="related-post"><h3>Berita Terkait</h3><ul>{related}</ul></div></article>')
        return self.chrome(story.title, main, head)

    def _handler(self):
        outlet = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outlet.requests.append(self.path)
                status, content_type, text = outlet.respond(self.path.split("?")[0])
                body = text.encode("utf-8")
                etag = '"%s"' % hashlib.sha256(body).hexdigest()[:20]
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", f"{content_type}; charset=UTF-8")
                self.send_header("Content-Length", str(len(body)))
                if status == 200:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler
