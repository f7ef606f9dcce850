"""The extraction rules on sentences written for these tests (not taken from the gold set), one form each."""

from __future__ import annotations

import datetime as dt

import pytest

from pilkada.extract.pipeline import extract_text

PUBLISHED = dt.date(2024, 10, 9)


def extract(text: str, published: dt.date | None = PUBLISHED) -> dict:
    return extract_text(text, published)


def codes(result: dict, field: str) -> set[str]:
    return {item["code"] for item in result[field]}


def values(result: dict) -> set[str]:
    return {item["value"] for item in result["dates"]}


def officials(result: dict) -> set[tuple]:
    return {(o["name"], o["role"], o["regency"]) for o in result["officials"]}


def regulations(result: dict) -> set[tuple]:
    return {(r["kind"], r["number"], r["year"]) for r in result["regulations"]}


# ---- regencies and provinces -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pemkab Lamongan menggelar apel siaga.", {"35.24"}),
    ("Kab. Nganjuk menyiapkan 1.900 TPS.", {"35.18"}),
    ("Bupati Jember meminta camat netral.", {"35.09"}),
    ("Sebanyak 40 ASN di Jember dipanggil.", {"35.09"}),
    ("Pemkot Malang menutup jalan protokol.", {"35.73"}),
    ("Wali Kota Kediri meninjau gudang logistik.", {"35.71"}),
    ("Bupati Kediri meninjau gudang logistik.", {"35.06"}),
    ("Warga Malang antusias datang ke TPS.", {"35.07"}),
    ("Pj Bupati Gumas membuka rapat.", {"62.10"}),
    ("Bawaslu Kotim menerima laporan.", {"62.02"}),
    ("Kantor Regional II BKN Surabaya mengirim surat.", {"35.78"}),
    ("Pemkot Palangka Raya menyiapkan posko.", {"62.71"}),
    ("Warga Medan Baru memilih di TPS.", {"12.71"}),  # a kecamatan of Medan still places the story in Medan
])
def test_regency_forms(text, expected):
    assert codes(extract(text), "regencies") == expected


@pytest.mark.parametrize("text", [
    "Warga Kecamatan Ploso berkumpul di balai desa.",  # a kecamatan, not a regency
    "Kepala Desa Sumberagung hadir dalam rapat.",
    "Rapat dipimpin Pak Bima, tokoh pemuda setempat.",  # a person named like Kota/Kab. Bima
    "Kawasan Puncak macet pada akhir pekan.",  # Kabupaten Puncak is in Papua; this is a place name
    "Berita ini dikutip dari RMOLJatim dan TerasJatim.com.",  # outlet names name no province
    "Kampanye di Padang Tiji berlangsung damai.",  # a kecamatan of Pidie, not Kota Padang
    "Logistik dikirim ke distrik dekat perbatasan Papua Nugini.",  # a country, not the province
])
def test_not_regencies(text):
    result = extract(text)
    assert codes(result, "regencies") == set()
    assert codes(result, "provinces") == set()


def test_provinces_only_when_named():
    result = extract("Pemprov Jatim dan Provinsi Kalimantan Tengah menggelar rakor netralitas.")
    assert codes(result, "provinces") == {"35", "62"}


def test_regency_mentions_are_counted():
    result = extract("Pemkab Jombang siap. Bupati Jombang hadir. Warga Jombang antusias.")
    assert result["regencies"][0]["mentions"] == 3


# ---- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Rapat digelar 22 September 2024 di aula.", {"2024-09-22"}),
    ("Apel digelar Rabu (18/09/2024) pagi.", {"2024-09-18"}),
    ("Hal itu disampaikan Selasa (24/09).", {"2024-09-24"}),
    ("Kegiatan berlangsung Kamis 3 Oktober 2024.", {"2024-10-03"}),
    ("Pengundian nomor urut dilaksanakan tanggal 23 September kemarin.", {"2024-09-23"}),
    ("Kampanye dimulai 25 September 2024 hingga 23 November 2024.", {"2024-09-25", "2024-11-23"}),
    ("Pendaftaran berlangsung 27-29 Agustus 2024.", {"2024-08-27", "2024-08-29"}),
    ("Masa tanggapan 5 s.d. 7 Oktober 2024.", {"2024-10-05", "2024-10-07"}),
    ("Rekapitulasi dijadwalkan 1 Desember 2024 sampai 3 Desember 2024.", {"2024-12-01", "2024-12-03"}),
    ("Surat itu diterima 14 Okt 2024.", {"2024-10-14"}),
    ("Pemungutan suara pada November 2024 mendatang.", {"2024-11"}),
    ("Pengawasan sepanjang Agustus hingga September 2024.", {"2024-08", "2024-09"}),
    ("Pleno digelar Jumat (29/11) malam.", {"2024-11-29"}),
    ("Apel digelar Senin (7/10/2024).", {"2024-10-07"}),
    ("Pleno dijadwalkan pada 14-10-2024 di kantor KPU.", {"2024-10-14"}),
])
def test_date_forms(text, expected):
    assert values(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Pilkada serentak 2024 berlangsung aman.",
    "Rapat digelar Senin kemarin dan dilanjutkan besok.",
    "Berdasarkan UU Nomor 10 Tahun 2016 tentang Pilkada.",
    "Rencana pembangunan jangka menengah 2025-2030 disusun.",
])
def test_not_dates(text):
    assert values(extract(text)) == set()


def test_date_without_year_needs_a_publication_date():
    assert values(extract("Hal itu disampaikan Selasa (24/09).", published=None)) == set()


def test_issue_date_of_a_cited_instrument_counts():
    result = extract("Surat Edaran Bupati Jombang tertanggal 29 Desember 2023 Nomor 863/927/415.01/2023.")
    assert values(result) == {"2023-12-29"}


# ---- regulations ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Diatur dalam Undang-Undang Nomor 10 Tahun 2016.", {("UU", "10", 2016)}),
    ("Sesuai UU No. 7 Tahun 2017 tentang Pemilihan Umum.", {("UU", "7", 2017)}),
    ("Sesuai Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014.", {("PERPPU", "1", 2014)}),
    ("Sesuai Peraturan Pemerintah pengganti UU Nomor 2 tahun 2020 tentang pilkada.", {("PERPPU", "2", 2020)}),
    ("Sosialisasi PKPU No 23 digelar. Aturan itu adalah PKPU Nomor 23 Tahun 2018 tentang kampanye.",
     {("PKPU", "23", 2018)}),
    ("Perbup Nomor 12 dibahas. Isinya sama dengan Perbup Nomor 12 Tahun 2024 yang lama.", {("PERKADA", "12", 2024)}),
    ("PKPU No 23 berbeda dengan Perbawaslu Nomor 23 Tahun 2018.", {("PKPU", "23", None), ("PERBAWASLU", "23", 2018)}),
    ("Dalam Juknis KPU RI nomor 810, lima distrik memakai sistem noken.", {("OTHER", "810", None)}),
    ("Diatur dalam Undang-undan nomor 34 tahun 2004 tentang TNI.", {("UU", "34", 2004)}),
    ("Sesuai juklak Nomor 3 Tahun 2020 tentang kampanye.", {("OTHER", "3", 2020)}),
    ("Sesuai juknis KPU dimana disediakan tabung, “Satu tabung berisi nomor 1-10, lalu diundi,” katanya.", set()),
    ("Sesuai Peraturan Bersama Ketua Bawaslu, Kapolri, dan Jaksa Agung Nomor 5 Tahun 2020, Nomor 1 Tahun 2020, "
     "Nomor 14 Tahun 2020 tentang Sentra Gakkumdu.", {("SKB", "5", 2020), ("SKB", "1", 2020), ("SKB", "14", 2020)}),
    ("Sesuai Peraturan Pemerintah Penganti Undang-Undang Nomor 1 Tahun 2016.", {("PERPPU", "1", 2016)}),
    ("Hukuman disiplin diatur PP Nomor 94 Tahun 2021.", {("PP", "94", 2021)}),
    ("Mengacu Perpres Nomor 16 Tahun 2018 tentang Pengadaan.", {("PERPRES", "16", 2018)}),
    ("Sesuai Permendagri Nomor 4 Tahun 2023.", {("PERMEN", "4", 2023)}),
    ("Berdasarkan PKPU Nomor 08 Tahun 2024.", {("PKPU", "8", 2024)}),
    ("Berdasarkan Peraturan Bawaslu Nomor 6 Tahun 2024.", {("PERBAWASLU", "6", 2024)}),
    ("Sesuai Peraturan BKN Nomor 6 Tahun 2022.", {("PERBKN", "6", 2022)}),
    ("Keputusan KPU Kabupaten Nganjuk Nomor 512 Tahun 2024 menetapkan paslon.", {("KEPUTUSAN", "512", 2024)}),
    ("Surat Edaran Menteri PANRB Nomor B/3416/M.SM.01.00/2024 diterbitkan.", {("SE", "b/3416/m.sm.01.00/2024", 2024)}),
    ("Surat Edaran Mendagri Nomor 800/2620/SJ wajib dipedomani.", {("SE", "800/2620/sj", None)}),
    ("Perda Nomor 3 Tahun 2019 tentang Desa.", {("PERDA", "3", 2019)}),
    ("Perbup Nomor 45 Tahun 2024 mengatur hibah.", {("PERKADA", "45", 2024)}),
    ("Putusan MK Nomor 60/PUU-XXII/2024 mengubah ambang batas.", {("PUTUSAN", "60/puu-xxii/2024", 2024)}),
])
def test_regulation_forms(text, expected):
    assert regulations(extract(text)) == expected


def test_joint_decree_gives_one_item_per_number_and_pasal_is_kept():
    result = extract(
        "Sesuai Pasal 201 ayat (8) UU Nomor 10 Tahun 2016 dan keputusan bersama Menteri PANRB, Menteri Dalam Negeri "
        "dan Ketua Bawaslu Nomor: 02 Tahun 2022, Nomor: 800-5474 Tahun 2022, dan Nomor: 1447.1/Pm.01/K.1/09/2022 "
        "tentang Pedoman Pengawasan Netralitas."
    )
    assert regulations(result) == {("UU", "10", 2016), ("SKB", "2", 2022), ("SKB", "800-5474", 2022),
                                   ("SKB", "1447.1/pm.01/k.1/09/2022", 2022)}
    uu = next(r for r in result["regulations"] if r["kind"] == "UU")
    assert uu["article"] == "Pasal 201 ayat (8)"


def test_references_without_number_and_repeats():
    result = extract("UU ASN melarang itu. PP Nomor 94 Tahun 2021 berlaku. Sekali lagi, PP Nomor 94 Tahun 2021.")
    assert regulations(result) == {("PP", "94", 2021)}


def test_number_slash_year_is_the_short_form_of_nomor_tahun():
    result = extract("Pasal 70 UU No 10/2016 berlaku. Kepala desa juga terikat UU Nomor 10 Tahun 2016. "
                     "Pendaftaran mengikuti PKPU No. 8/2024, sedangkan PKPU 17/2024 mengatur kampanye.")
    assert regulations(result) == {("UU", "10", 2016), ("PKPU", "8", 2024), ("PKPU", "17", 2024)}


# ---- officials -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pj Bupati Jombang Teguh Narutomo memimpin apel.", {("Teguh Narutomo", "Pj Bupati", "35.17")}),
    ("Ketua KPU Nganjuk, Ahmad Fauzi, membuka rapat.", {("Ahmad Fauzi", "Ketua KPU", "35.18")}),
    ("Hal itu disampaikan Sri Wahyuni, Ketua Bawaslu Kabupaten Kediri, kemarin.", {("Sri Wahyuni", "Ketua Bawaslu", "35.06")}),
    ("Kapolres Tulungagung AKBP Muhammad Taat Resdi meninjau TPS.", {("Muhammad Taat Resdi", "Kapolres", "35.04")}),
    ("Bupati Lamongan H. Yuhronur Efendi, M.B.A. membuka acara.", {("Yuhronur Efendi", "Bupati", "35.24")}),
    ("Plt Kepala Dinas Pendidikan Kabupaten Blitar, Dr. Adi Andaka, hadir.", {("Adi Andaka", "Plt Kepala Dinas Pendidikan", "35.05")}),
    ("Mendagri Tito Karnavian mengingatkan para Pj kepala daerah.", {("Tito Karnavian", "Mendagri", None)}),
    ("Pj Gubernur Jawa Timur Adhy Karyono memimpin rakor.", {("Adhy Karyono", "Pj Gubernur", None)}),
    ("Wali Kota Blitar Santoso menyerahkan bantuan.", {("Santoso", "Wali Kota", "35.72")}),
    ("Kasat Reskrim Polres Jombang AKP Margono Suhendra memimpin gelar perkara.",
     {("Margono Suhendra", "Kasat Reskrim", "35.17")}),
    ("Anggota Komisi A DPRD Kabupaten Nganjuk, Sri Rahayu, meminta ASN netral.",
     {("Sri Rahayu", "Anggota Komisi A DPRD", "35.18")}),
    # a Kodim number before the place, a rank with its corps, a navy corps in brackets
    ("Dandim 0809/Kediri Letkol Inf Bayu Kurniawan mengecek gudang logistik.",
     {("Bayu Kurniawan", "Dandim", "35.06")}),
    ("Danlanal Banyuwangi, Kolonel Laut (P) Agus Salim, menyiapkan kapal.", {("Agus Salim", "Danlanal", "35.10")}),
    ("Kalapas Madiun, Hendra Wijaya, mendata warga binaan.", {("Hendra Wijaya", "Kalapas", "35.19")}),
    # party posts, and a qualifier before the comma
    ("Ketua DPC PDI Perjuangan Blitar, Suyono, hadir.", {("Suyono", "Ketua DPC PDI Perjuangan", "35.05")}),
    ("Anggota DPRD Tuban dari Fraksi PKB, Ahmad Sholeh, meminta KPU bekerja.",
     {("Ahmad Sholeh", "Anggota DPRD", "35.23")}),
    # a regional short form
    ("Pj Bupati Halsel Ahmad Yani membuka rapat.", {("Ahmad Yani", "Pj Bupati", "82.04")}),
    # the name in brackets after the office
    ("Hadir Kapolres Brebes (AKBP Yuliarto Nugroho) dan Kajari Brebes (Rully Pramono, S.H.).",
     {("Yuliarto Nugroho", "Kapolres", "33.29"), ("Rully Pramono", "Kajari", "33.29")}),
    # village heads across the archipelago, an Acehnese honorific, a division without a comma
    ("Perbekel Banyuatis, I Nyoman Sukarta, membantah.", {("I Nyoman Sukarta", "Perbekel", None)}),
    ("Pembakal Desa Sungai Rangas, Abdul Majid, mengatakan warganya siap.", {("Abdul Majid", "Pembakal", None)}),
    ("Keuchik Kumbang Gogo, Tgk. Hasballah Yusuf, membantah.", {("Hasballah Yusuf", "Keuchik", None)}),
    ("Anggota KPU Sumut Divisi Perencanaan dan Logistik Robby Efendi Tarigan memastikan surat suara cukup.",
     {("Robby Efendi Tarigan", "Anggota KPU", None)}),
    ("Ketua KPU Siantar Mangasi Tua Sinaga mengatakan distribusi lancar.", {("Mangasi Tua Sinaga", "Ketua KPU", "12.72")}),
])
def test_official_forms(text, expected):
    assert officials(extract(text)) == expected


def test_one_entry_per_person_with_the_fullest_name_and_short_mentions_joined():
    result = extract(
        "Pj Bupati Jombang Teguh Narutomo membuka apel. “ASN harus netral sampai akhir,” kata Teguh. Teguh menambahkan hal lain."
    )
    assert officials(result) == {("Teguh Narutomo", "Pj Bupati", "35.17")}
    assert result["quotes"][0]["official"] == "Teguh Narutomo"


@pytest.mark.parametrize("text", [
    "Calon Bupati Jombang Warsubi berkampanye di pasar.",
    "Pasangan Calon Bupati dan Wakil Bupati Kediri Mas Dhito dan Dewi menghadiri debat.",
    "Mantan Bupati Malang Rendra Kresna hadir sebagai tamu.",
    "Wartawan Abdul Rahman melaporkan dari lokasi.",
    # a place or a group before the comma is not the holder of the office after it
    "Di Boalemo, Bupati Boalemo hadir.",
    "Warga Jombang, Bupati Jombang hadir.",
])
def test_not_officials(text):
    assert officials(extract(text)) == set()


def test_quote_speaker_and_pronoun_speaker():
    result = extract(
        "Ketua KPU Jember, Muhammad Syai'in, memimpin pleno. “Semua tahapan berjalan dengan lancar,” ujarnya. "
        "“Tidak ada keberatan saksi,” tegas Syai'in."
    )
    speakers = [q["official"] for q in result["quotes"]]
    assert speakers == ["Muhammad Syai'in", "Muhammad Syai'in"]


def test_offsets_and_sentences_point_into_the_text():
    text = "Rapat digelar di aula. Pj Bupati Jombang Teguh Narutomo hadir pada 22 September 2024."
    result = extract(text)
    for field in ("regencies", "officials", "dates"):
        for item in result[field]:
            assert text[item["start"]:item["end"]]
            assert item["sentence"].startswith("Pj Bupati Jombang")
    official = result["officials"][0]
    assert text[official["start"]:official["end"]] == "Teguh Narutomo"


# ---- with the shipped statistical NER model --------------------------------------------------------

def test_model_finds_an_official_the_rules_cannot_link():
    # a name longer than the five words the rules walk back over before an inverted title
    text = ("Muhammad Sugeng Riyadi Wibowo Santoso Putro, yang kini menjabat Kepala Dinas Pendidikan Kabupaten Kediri, "
            "meminta guru netral.")
    assert officials(extract_text(text, PUBLISHED, None)) == set()
    assert officials(extract_text(text, PUBLISHED, "spacy")) == {
        ("Muhammad Sugeng Riyadi Wibowo Santoso Putro", "Kepala Dinas Pendidikan", "35.06")}


def test_model_keeps_a_persons_name_from_counting_as_a_regency():
    text = "Laporan itu dilayangkan warga Robert Samosir terkait lurah yang hadir dalam deklarasi di Kabupaten Toba."
    assert codes(extract_text(text, PUBLISHED, "spacy"), "regencies") == {"12.12"}


# ---- hostile text: the rules read it whole and still find what it holds ----------------------------------------

def test_an_official_inside_thousands_of_nested_brackets_is_found():
    depth = 3000  # took 16 s for 4,000 before the tokenizer fed long runs in pieces; bench/hostile_inputs.py times 1 MB
    result = extract("(" * depth + "Bupati Jombang Teguh Narutomo hadir di aula bersama warga desa." + ")" * depth)
    assert officials(result) == {("Teguh Narutomo", "Bupati", "35.17")}


def test_a_run_without_spaces_keeps_the_text_and_sentences_around_it():
    from pilkada.extract.pipeline import build_pipeline

    text = "Rapat digelar di aula. " + "-" * 5000 + " Pj Bupati Jombang Teguh Narutomo hadir pada 22 September 2024."
    article = build_pipeline()(text)
    assert article.text == text
    # (each 64-character piece the run is tokenized in opens a sentence, as spaCy's Doc.from_docs made it)
    assert article.sentences[1] == ["Rapat digelar di aula.", *["-" * 64] * 78, "-" * 8,
                                    "Pj Bupati Jombang Teguh Narutomo hadir pada 22 September 2024."]
    result = extract(text)
    assert officials(result) == {("Teguh Narutomo", "Pj Bupati", "35.17")}
    assert values(result) == {"2024-09-22"}


def test_long_chains_of_titles_with_commas_give_each_holder_once():
    chain = "Kepala Desa Sumber, Rohmat, Ketua Bawaslu Jombang, Ahmad Udi Masjkur, hadir. "
    once = officials(extract(chain))
    assert {name for name, _, _ in once} == {"Rohmat", "Ahmad Udi Masjkur"}
    assert officials(extract(chain * 400)) == once


@pytest.mark.parametrize("text, expected", [
    ("Ketua KPU Jatim Aang Kunaifi membuka rapat.", {("Aang Kunaifi", None, "35")}),
    ("Gubernur Kalteng Sugianto Sabran hadir di Palangka Raya.", {("Sugianto Sabran", None, "62")}),
    ("Sekda Provinsi Kalimantan Tengah, Nuryakin, memimpin apel.", {("Nuryakin", None, "62")}),
    ("Pj Bupati Jombang Teguh Narutomo membuka apel.", {("Teguh Narutomo", "35.17", "35")}),
    ("Mendagri Tito Karnavian meminta kepala daerah netral.", {("Tito Karnavian", None, None)}),
    ("Ketua KPU RI Mochammad Afifuddin meninjau gudang logistik di Nganjuk.", {("Mochammad Afifuddin", None, None)}),
])
def test_official_province(text, expected):
    assert {(o["name"], o["regency"], o["province"]) for o in extract(text)["officials"]} == expected


# ---- quotes: who said what, in the attribution forms of Indonesian news ------------------------------------------

def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in extract(text)["quotes"]]


def speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quotes(text)]


@pytest.mark.parametrize("text, expected", [
    # the attribution after the quote, with a title and the name after a comma
    ("“Semua kotak suara sudah kami segel,” ujar Kepala Desa Sukamaju, Rohmat.", ["Rohmat"]),
    ("“Kami tidak akan menoleransi pelanggaran,” kata Kapolres Kediri AKBP Bimo Ariyanto.", ["Bimo Ariyanto"]),
    # the attribution before the quote
    ("Ketua Bawaslu Blitar Hakam Sholahuddin mengatakan, “Pengawasan kami perketat sampai hari pencoblosan.”",
     ["Hakam Sholahuddin"]),
    ("Menurut Sulastri, “Harga cabai naik sejak masa kampanye dimulai.”", ["Sulastri"]),
    ("Sulastri: “Harga cabai naik sejak masa kampanye dimulai.”", ["Sulastri"]),
    ("“Harga cabai naik sejak masa kampanye,” Sulastri menambahkan.", ["Sulastri"]),
    # the name only, never the clause after it, and in the fullest form the article gives
    ("Warga Desa Karangrejo, Sutrisno Hadi (52), datang pagi. “Saya datang karena ingin cepat selesai,” kata "
     "Sutrisno saat ditemui usai pencoblosan di TPS 04.", ["Sutrisno Hadi"]),
    ("Bupati Tuban Aditya Halindra Faridzky, yang akrab disapa Mas Lindra, meninjau gudang. “Logistik kami kawal "
     "sampai ke desa,” kata pria yang akrab disapa Lindra itu.", ["Aditya Halindra Faridzky"]),
    # passive and closing attributions, a title with "itu" for its holder, honorifics dropped
    ("“Semua logistik sudah kami kirim ke desa,” demikian disampaikan Kepala Dinas Kominfo Jombang, Budi Santoso.",
     ["Budi Santoso"]),
    ("Bupati Jombang Warsubi membuka rapat. “Semua logistik sudah kami kirim ke desa,” ujar Bupati Jombang itu.",
     ["Warsubi"]),
    ("“Semua logistik sudah kami kirim ke desa,” ujar Pak Rohmat sambil tersenyum.", ["Rohmat"]),
    ("Rohmat (45), warga Desa Sumberagung, mengatakan, “Semua logistik sudah kami terima di desa.”", ["Rohmat"]),
    # nobody named: null, never a guess, never a title or an ordinal
    ("“Amplopnya dibagikan malam hari di rumah warga,” kata seorang warga yang enggan disebut namanya.", [None]),
    ("Pertama, “semua petugas wajib hadir sebelum pukul tujuh pagi.”", [None]),
    ("“Jangan sampai ada pemilih yang tertinggal di rumah,” kata Ketua KPPS.", [None]),
])
def test_quote_speaker_forms(text, expected):
    assert speakers(text) == expected


def test_nya_goes_to_the_person_last_presented_as_speaking_not_the_last_name_mentioned():
    text = ("Ketua KPU Sidoarjo, Fauzan Adim, menjelaskan logistik sudah tiba. Ia menyebut Camat Porong Ahmad Rizal "
            "dan Kapolsek Porong Kompol Sunardi ikut mengawal distribusi. “Pengawalan berlapis kami lakukan sampai "
            "ke tingkat desa,” ujarnya.")
    assert speakers(text) == ["Fauzan Adim"]


def test_a_passive_verb_of_saying_presents_the_person_after_it():
    text = ("Hal senada diungkapkan Ketua Bawaslu Jombang, Ahmad Udi Masjkur. Menurutnya, pengawasan diperketat. "
            "“Kami tidak akan ragu menindak siapa pun,” tegasnya.")
    assert speakers(text) == ["Ahmad Udi Masjkur"]


def test_nya_after_an_unnamed_speaker_gives_null():
    text = ("Bupati Lamongan Yuhronur Efendi membuka apel. Seorang pedagang pasar mengaku belum tahu jadwal "
            "pencoblosan. “Belum ada yang memberi tahu kami soal jadwalnya,” katanya.")
    assert speakers(text) == [None]


def test_a_pronoun_and_a_sentence_subject_present_the_speaker():
    text = ("Ketua Panwascam Ngoro, Lailatul Fitriyah, memimpin penertiban alat peraga. Dia mengatakan ada 40 baliho "
            "yang melanggar.\n\n“Semua baliho di pohon dan tiang listrik kami turunkan,” tegasnya.")
    assert speakers(text) == ["Lailatul Fitriyah"]


def test_a_quote_continued_across_paragraphs_is_one_quote_and_short_quotes_are_not_quotes():
    text = ("Camat Ngoro Bambang Wijaya memberi arahan. “Petugas harus datang sebelum pukul enam pagi.\n\n"
            "“Kotak suara dibuka di depan saksi dan warga yang hadir,” katanya. Warga menyebut kegiatan itu “pesta "
            "demokrasi” desa.")
    found = quotes(text)
    assert len(found) == 1
    assert found[0][0].startswith("Petugas harus datang") and "Kotak suara dibuka" in found[0][0]
    assert found[0][1] == "Bambang Wijaya"


def test_quotes_keep_their_order_and_a_second_quote_in_the_paragraph_keeps_the_speaker():
    text = ("“Surat suara cadangan sudah kami siapkan,” kata Ketua KPU Madiun, Ratna Sari. “Jumlahnya dua setengah "
            "persen dari DPT.”\n\nWarga Desa Jiwan, Slamet Riyadi, mengaku senang. “TPS sekarang lebih dekat dengan "
            "rumah saya,” ujarnya.")
    assert quotes(text) == [("Surat suara cadangan sudah kami siapkan", "Ratna Sari"),
                            ("Jumlahnya dua setengah persen dari DPT.", "Ratna Sari"),
                            ("TPS sekarang lebih dekat dengan rumah saya", "Slamet Riyadi")]


def test_a_quote_gives_its_speakers_role_as_the_article_does():
    result = extract("“Pengawasan kami perketat sampai hari pencoblosan,” kata Ketua Bawaslu Blitar, Hakam Sholahuddin.")
    assert result["quotes"][0]["role"] == "Ketua Bawaslu Blitar"  # the spec's "Pj Bupati Jombang": the title with its place


# ---- officials: forms the held-out sets' misses stand for ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a generic role after a name's comma starts what the person says; a closed appositive is an office
    ("Menurut Udi, kepala desa termasuk pejabat yang dilarang berkampanye di Jombang.", set()),
    ("Hal itu disampaikan Sutrisno, kepala desa Sumberagung, kepada wartawan di Jombang.",
     {("Sutrisno", "kepala desa", "35.17")}),
    # a list of members after one title, closed by "dan"
    ("Hadir anggota KPU Jombang, Ahmad Fauzi, Siti Aminah dan Bambang Susilo dalam pleno.",
     {("Ahmad Fauzi", "anggota KPU", "35.17"), ("Siti Aminah", "anggota KPU", "35.17"),
      ("Bambang Susilo", "anggota KPU", "35.17")}),
    ("Anggota KPU Jombang, Ahmad Fauzi, mengatakan Siti Aminah dan Bambang hadir.",
     {("Ahmad Fauzi", "Anggota KPU", "35.17")}),
    # a lowercase word inside the title
    ("Ketua sementara DPRD Jombang Mas'ud Zuremi membuka sidang paripurna.",
     {("Mas'ud Zuremi", "Ketua sementara DPRD", "35.17")}),
    # an island before the regency's name
    ("Kapolres Pulau Buru AKBP Sutrisno Hadi Santoso memimpin apel.", {("Sutrisno Hadi Santoso", "Kapolres", "81.04")}),
    # a village's name between a village head's title and the holder, or before a comma with the holder before it
    ("Kepala Desa Sumberagung Rohmat membantah tuduhan itu. Warga Desa Sumberagung resah.",
     {("Rohmat", "Kepala Desa", None)}),
    ("Jamaluddin, Kepala Desa Teluk Pambang, membantah ikut berkampanye di Bengkalis.",
     {("Jamaluddin", "Kepala Desa", "14.03")}),
    # a Camat's kecamatan with the holder straight after it
    ("Camat Ngoro Bambang Wijaya memberi arahan kepada KPPS di Jombang.", {("Bambang Wijaya", "Camat", "35.17")}),
    # a kecamatan named like a regency elsewhere is the article's ("Depok" in Sleman, not Kota Depok)
    ("Panewu Depok, Wisnu Hartono, meminta lurah netral. Bawaslu Sleman memantau.",
     {("Wisnu Hartono", "Panewu", "34.04")}),
    ("Perbekel Tianyar, Kecamatan Kubu, I Wayan Sudarma, dilaporkan ke Bawaslu Karangasem.",
     {("I Wayan Sudarma", "Perbekel", "51.07")}),
    # compound police titles, unit numbers with and without a sub-unit, a KPPS of a numbered TPS
    ("Kasatreskrim Polres Jombang AKP Margono Suhendra memimpin penyelidikan.",
     {("Margono Suhendra", "Kasatreskrim Polres", "35.17")}),
    ("Danramil 0814/01 Jombang Kapten Inf Sugeng Riyadi memantau TPS.", {("Sugeng Riyadi", "Danramil", "35.17")}),
    ("Kapolres Jombang, AKBP Ardi Kurniawan, S.I.K., M.H., dan Dandim 0814 Letkol Inf Triyono hadir.",
     {("Ardi Kurniawan", "Kapolres", "35.17"), ("Triyono", "Dandim", "35.17")}),
    ("Ketua KPPS TPS 05 Desa Sumberagung, Slamet Riyadi, membuka TPS di Jombang.",
     {("Slamet Riyadi", "Ketua KPPS TPS", "35.17")}),
    # a regency's short form in capitals after a body is its place, not part of the body's name
    ("Ketua KPU SBB Abdul Rahman Tuasikal hadir.", {("Abdul Rahman Tuasikal", "Ketua KPU", "81.06")}),
    ("Ketua Bawaslu OKU Timur, Ahmad Fauzi, hadir.", {("Ahmad Fauzi", "Ketua Bawaslu", "16.08")}),
    # a provincial body named by its province's short form is the province's, not a regency's
    ("Ketua Bawaslu NTB Lalu Ahmad Rifai meninjau Lombok Timur.", {("Lalu Ahmad Rifai", "Ketua Bawaslu", None)}),
])
def test_official_forms_of_the_held_out_misses(text, expected):
    assert officials(extract(text)) == expected


def test_thousands_of_attributed_quotes_each_keep_their_speaker():
    paragraph = ("Ketua KPU Jombang, Ahmad Fauzi, hadir. “Kami siap mengawal pilkada damai,” ujarnya. "
                 "“Semua petugas sudah siap bertugas,” kata Ketua KPU Jombang.\n\n")
    found = extract(paragraph * 1200)["quotes"]  # 180,000 characters, under the extractor's 200,000
    assert len(found) == 2400
    assert {q["speaker"] for q in found} == {"Ahmad Fauzi"}


# ---- officials: forms of real articles (holdout4's misses), on sentences written for these tests -----------------

@pytest.mark.parametrize("text, expected", [
    # a regency's short form between the office and a name with an initial
    ("Ketua Bawaslu Polman H. Syamsul Bahri menyampaikan hasil pleno.", {("Syamsul Bahri", "Ketua Bawaslu", "76.04")}),
    # an initial written without its dot
    ("Wali Kota Jakarta Barat M Rizal hadir di lokasi.", {("M Rizal", "Wali Kota", "31.73")}),
    ("Penjabat (Pj) Bupati Bangka Tengah, A Saputra mengatakan hal itu.", {("A Saputra", "Pj Bupati", "19.04")}),
    # a dateline glued to the name by a hyphen
    ("Surabaya-Dewi Kartika Sari,Ketua KPU Surabaya mengatakan hal itu.", {("Dewi Kartika Sari", "Ketua KPU", "35.78")}),
    # "Kep." for Kepulauan, and police ranks and degrees written with dots
    ("Kapolda Kep. Riau Irjen. Pol. Drs. Bambang Hermanto meninjau TPS.", {("Bambang Hermanto", "Kapolda", None)}),
    # the long form of Plt with its short form in brackets, dot included
    ("Pelaksana Tugas (Plt.) Kepala Dinas Kesehatan Majene, Sri Wahyuni hadir.",
     {("Sri Wahyuni", "Plt. Kepala Dinas Kesehatan", "76.05")}),
    ("Pejabat sementara Bupati Majene, Provinsi Sulawesi Barat (Sulbar), Andi Rahmat Saleh, meminta ASN netral.",
     {("Andi Rahmat Saleh", "Pejabat sementara Bupati", "76.05")}),
    # a staff title of a minister, with its portfolio
    ("Staf Khusus Mendagri Bidang Politik, Prof Agus Riyanto memimpin rapat.",
     {("Agus Riyanto", "Staf Khusus Mendagri Bidang Politik", None)}),
    # the regency's short form in brackets after its full name is not the holder
    ("Ketua KPU Kabupaten Kotawaringin Timur (Kotim), Siti Aminah mengimbau warga.", {("Siti Aminah", "Ketua KPU", "62.02")}),
    # a KPU/Bawaslu division's portfolio between the head noun and the body
    ("Kordiv Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Kolaka, Rudi Hartono menerangkan.",
     {("Rudi Hartono", "Kordiv Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu", "74.01")}),
    # a body spelled out, its acronym in brackets, sloppy case included: the role takes the acronym
    ("Ketua Badan pengawas Pemilihan Umum (Bawaslu) Kolaka, Rina Sari mengatakan hal itu.",
     {("Rina Sari", "Ketua Bawaslu", "74.01")}),
    ("Anggota Komisi Pemilihan Umum (KPU) Kabupaten Jombang, Budi Santoso hadir.", {("Budi Santoso", "Anggota KPU", "35.17")}),
    # a sub-unit's portfolio listed with commas, then its body and a "Kota Administrasi" of Jakarta
    ("Ketua Subkelompok Ketahanan Ekonomi, Sosial dan Budaya Kesbangpol Kota Administrasi Jakarta Barat, "
     "Rina Wulandari meminta warga melapor.",
     {("Rina Wulandari", "Ketua Subkelompok Ketahanan Ekonomi, Sosial dan Budaya Kesbangpol", "31.73")}),
    # ... but a comma after the portfolio followed by a name ends it
    ("Kepala Subbagian Umum Kesbangpol Jombang, Dedi Pratama dan Ani Lestari hadir.",
     {("Dedi Pratama", "Kepala Subbagian Umum Kesbangpol", "35.17")}),
    # an acting governor named by one word
    ("Kapolda Jatim Irjen Pol Budi Santoso bersama Pj Gubernur Suparno meninjau TPS.",
     {("Budi Santoso", "Kapolda", None), ("Suparno", "Pj Gubernur", None)}),
])
def test_official_forms_of_real_articles(text, expected):
    assert officials(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Selanjutnya Kepala Desa Sukamaju, Ploso daerah pemilihan II dari Partai PAN.",  # a kecamatan, not the head
    "Hadir pula Sekda Kab. Jombang, Pabung Kodim 0814 dan Camat Ploso.",  # a military post, not a name
])
def test_places_and_posts_after_an_office_are_not_its_holder(text):
    assert officials(extract(text)) == set()


# ---- quotes: attribution forms of real articles (holdout4's misses), on sentences written for these tests ---------

@pytest.mark.parametrize("text, expected", [
    # a name at the end of a paragraph does not run into the next paragraph's first word
    ("Ketua KPU Kolaka, Budi Santoso, hadir.\n\n“Kami sudah siap menggelar pleno,” ungkap Budi\n\n"
     "Pagi itu, KPU terus bekerja. “Semua kotak suara sudah tiba di gudang,” tutur Budi.",
     ["Budi Santoso", "Budi Santoso"]),
    # words that open a sentence before its subject are not a speaker's name
    ("Komisioner Bawaslu Majene Andi Saleh mengungkapkan larangan itu.\n\n"
     "Melalui surat edaran ini, Bawaslu menekankan netralitas aparatur.\n\n"
     "“Sejauh ini ada enam laporan yang sedang kami proses,” ungkapnya.", ["Andi Saleh"]),
    ("Ketua Bawaslu Kolaka, Rina Sari mengatakan panwascam sudah dikerahkan.\n\n"
     "Diakuinya, pihaknya kesulitan mendeteksi pelanggaran di lapangan.\n\n"
     "“Kami menemukan dua kepala desa yang masih kami telusuri,” ujarnya.\n\n"
     "Kehadiran Sekda di acara itu, menurut Rina, bukan pelanggaran. Terlebih, pejabat itu hadir di semua acara.\n\n"
     "“Kecuali dia hadir atas undangan salah satu paslon,” tutupnya.", ["Rina Sari", "Rina Sari"]),
    ("Ketua KPU Kolaka, Rudi Hartono menerangkan tahapan pleno. Lanjut Rudi Hartono pihaknya sedang menyiapkan logistik.\n\n"
     "“Kami sedang menelusuri fakta di lapangan untuk ditindaklanjuti,” ungkap Rudi.", ["Rudi Hartono"]),
    # reported speech inside a -nya frame keeps the framed speaker as the one speaking
    ("\"Saya minta ASN benar benar netral di pilkada ini,\" kata Bupati Majene Andi Rahmat di Majene.\n\n"
     "Menurutnya, anggota Bawaslu RI Rahmat Bagja, telah menyampaikan bahwa Majene masuk zona merah.\n\n"
     "\"Itu karena sudah ada beberapa ASN yang diproses di pengadilan,\" katanya.", ["Andi Rahmat", "Andi Rahmat"]),
    # any verb with -nya closing the sentence after a quote, misspelt ones included
    # a name whose dot ends the article before the outlet's closing mark
    ("Bupati Kolaka, Ahmad Safei, menerima laporan itu.\n\n"
     "“Sanksi akan diberikan sesuai keputusan akhir Bawaslu,” ujar Ahmad.(**)", ["Ahmad Safei"]),
    ("Ketua KPU Kolaka Budi Santoso hadir. Sementara untuk keamanan, undangan terbatas.\n\n"
     "“Tidak seperti debat kemarin, peserta pleno hanya saksi dan petugas,” turupnya.", ["Budi Santoso"]),
])
def test_quote_speaker_forms_of_real_articles(text, expected):
    assert speakers(text) == expected


# ---- quotes: speaker forms of holdout5's misses, on sentences written for these tests ------------------------------

@pytest.mark.parametrize("text, expected", [
    # a place of more than one word between a title and a name is not part of the name
    ("“Semua aparatur wajib menjaga netralitas selama tahapan,” kata Sekda Pemkab Tanah Laut Dahnial Kifli.",
     ["Dahnial Kifli"]),
    # a title's short form and a short name: the fullest form the article gives for that person
    ("Wakil Gubernur Bengkulu, Rosjonsyah Syahili, membuka rapat itu.\n\n"
     "“Kami minta seluruh pegawai menjaga sikap netral,” ujar Wagub Rosjonsyah.", ["Rosjonsyah Syahili"]),
    # a long chain of titles before the name still gives the whole name for a later short form
    ("Kepala Kepolisian Resor (Kapolres) Sorong Inspektur Jenderal Polisi Hendra Wijaya menegaskan hal itu.\n\n"
     "“Kami akan tindak tegas siapa pun pelakunya,” tegas Hendra di Sorong.", ["Hendra Wijaya"]),
    # a description of the speaker ending in 'itu' refers to the person just presented, not to its place
    ("Bupati Sambas Satono hadir di Sambas.\n\n“Panwascam harus bekerja sesuai aturan yang ada,” katanya.\n\n"
     "“Jangan sampai ada pelanggaran yang dibiarkan begitu saja,” kata Politisi PDIP Sambas itu.",
     ["Satono", "Satono"]),
    # a common word opening a sentence (a noun with ke-an, a passive with di-kan, a role) is never a speaker:
    # -nya after it goes to the person last presented
    ("Ketua Bawaslu Mimika Rudi Tabuni memimpin rapat.\n\n“Kami sudah menerima dua laporan dari warga,” ujarnya.\n\n"
     "Kekhawatiran pengawas itu cukup beralasan, mengingat wilayahnya luas.\n\n"
     "“Pengawasan di pedalaman memang sangat berat bagi kami,” ujarnya.", ["Rudi Tabuni", "Rudi Tabuni"]),
    ("Ketua KPU Asmat Yohanes Kaize membuka pleno.\n\n“Semua logistik sudah tiba di distrik,” katanya.\n\n"
     "Ditambahkan, dari sepuluh distrik hanya satu yang terlambat. “Di distrik Sawa belum ada,” ucap dia.",
     ["Yohanes Kaize", "Yohanes Kaize"]),
    ("Kapolres Buru Inspektur Jenderal Polisi Sulastri Sukidin menegaskan kasus itu berlanjut.\n\n"
     "Pelaku, bakal ditetapkan sebagai tersangka.\n\n“Tentu dia akan melalui prosesnya di pengadilan,” tandasnya.",
     ["Sulastri Sukidin"]),
    # a one-word name that only opens a sentence is still a name
    ("Tarmizi, salah satu guru di Pemkab Bangka menilai, penjabat harus netral.\n\n"
     "“Kalau penjabat netral, kami juga tenang bekerja,” kata Tarmizi.", ["Tarmizi"]),
])
def test_quote_speaker_forms_of_holdout5(text, expected):
    assert speakers(text) == expected


# ---- officials: forms of holdout5's misses, on sentences written for these tests ------------------------------------

@pytest.mark.parametrize("text, expected", [
    # 'Pimpinan' of a body is an office
    ("Pimpinan Bawaslu Kalbar Rudi Santoso mengatakan, patroli digelar tiap malam.",
     {("Rudi Santoso", "Pimpinan Bawaslu", None)}),
    # one word after an office's province is its holder, as after a regency
    ("Anggota KPU Provinsi Maluku Sudarmo ketika dihubungi membenarkan hal itu.", {("Sudarmo", "Anggota KPU", None)}),
    # a coordinator's portfolio listed with commas, then the body
    ("Koordinator Pencegahan, Partisipasi, dan Hubungan Masyarakat Bawaslu Provinsi Bengkulu, Rina Marlina, M.Si "
     "menyebutkan, laporan sudah masuk.",
     {("Rina Marlina", "Koordinator Pencegahan, Partisipasi, dan Hubungan Masyarakat Bawaslu", None)}),
    # ... and a portfolio's acronym in parentheses, which the role keeps as written (the gold of holdout12, 15 and
    # 20 keeps it; holdout5's annotator left it out)
    ("Disampaikan Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa (PPPS) Bawaslu Bolmong, "
     "Hendra Lasut, pada Jumat, perangkat desa dilarang berkampanye.",
     {("Hendra Lasut", "Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa (PPPS) Bawaslu",
       "71.01")}),
])
def test_official_forms_of_holdout5(text, expected):
    assert officials(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a place's short form in parentheses after the office's place is not its holder
    "Tiga komisioner Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Tanjung Jabung Barat (Tanjabbar) hadir.",
    # an item of a list of portfolios is not a holder
    "Rahmat, yang juga Koordinator Divisi SDM, Organisasi, Diklat, dan Datin, meminta jajaran bekerja.",
])
def test_short_forms_and_portfolio_items_are_not_holders(text):
    assert {name for name, _, _ in officials(extract(text))} <= {"Rahmat"}  # the coordinator, never an item


# ---- regencies: datelines (holdout5's misses), on sentences written for these tests -------------------------------

@pytest.mark.parametrize("text, expected", [
    # a name that needs context is a place when it opens the dateline, before the outlet and the dash
    ("Judul berita\n\nMimika, PRN – Bawaslu menerima dua laporan dugaan pelanggaran.", {"94.04"}),
    ("Mimika – Bawaslu menerima dua laporan dugaan pelanggaran.", {"94.04"}),
    # ... and nowhere else
    ("Judul berita\n\nBawaslu menerima laporan dari warga Mimika, kemarin.", set()),
    # a dateline in capitals glued to the first word by its dash
    ("Judul berita\n\nRKN, KENDARI-Bawaslu Sulawesi Tenggara menggelar sosialisasi.", {"74.71"}),
])
def test_dateline_names_its_place(text, expected):
    assert codes(extract(text), "regencies") == expected


# ---- quotes: marks and clipped names (holdout5's misses), on sentences written for these tests --------------------

@pytest.mark.parametrize("text, expected", [
    # ” opening a quotation as well as closing it
    ("Ketua KPU Tanggamus, Rahmat Hidayat, membuka pleno.\n\n"
     "”Semua kotak suara sudah tiba di gudang dengan aman,” ujar Rahmat.\n\n"
     "Ia juga meminta saksi hadir. ”Kami tunggu semua saksi sampai pukul delapan pagi,” tambahnya.",
     ["Rahmat Hidayat", "Rahmat Hidayat"]),
    # a quotation left open at a paragraph's end and closed in the next paragraph without reopening is one quote
    ("Ketua Bawaslu Asmat, Yosep Kaize menyebutkan laporan.\n\n"
     "“Kami sudah menerima tiga laporan di kabupaten ini.\n\n"
     "Di distrik Agats ada dugaan aparat desa yang tidak netral,” ungkap Yosep.", ["Yosep Kaize"]),
    # a clipped form of one of the name's words is that person ("Jones" for "Jonestama")
    ("Ketua Bawaslu Pesisir Barat, Andi Saputrajaya, menegaskan hal itu.\n\n"
     "“Masyarakat jangan takut melapor kepada kami,” ujar Saputra.", ["Andi Saputrajaya"]),
])
def test_quote_marks_and_clipped_names(text, expected):
    assert speakers(text) == expected


def test_a_paragraph_closing_a_quote_it_never_opened_joins_it():
    text = ("“Kami sudah menerima tiga laporan di kabupaten ini.\n\n"
            "Di distrik Agats ada dugaan aparat desa yang tidak netral,” ungkap Yosep Kaize.")
    result = extract(text)
    assert [q["text"] for q in result["quotes"]] == [
        "Kami sudah menerima tiga laporan di kabupaten ini. Di distrik Agats ada dugaan aparat desa yang tidak netral"]


@pytest.mark.parametrize("text, expected", [
    # a description of the speaker ending in 'tersebut juga' refers to the person just presented
    ("Pada awal bulan, Bupati Sintang, Jarot Winarno mengingatkan kepada 90 Kepala Desa (Kades) di Kabupaten Sintang "
     "untuk bersikap netral.\n\n"
     "“Saya berharap semua kepala desa tidak memihak calon,” ujar Jarot, kemarin.\n\n"
     "Selain Kades, orang nomor satu di Kabupaten Sintang tersebut juga mengingatkan agar Aparatur Sipil Negara "
     "(ASN) yang ada di Sintang juga tetap mengedepankan netralitasnya.\n\n"
     "“Kepada para ASN di lingkungan pemda juga saya harapkan netralitasnya,” ujarnya.",
     ["Jarot Winarno", "Jarot Winarno"]),
    # a verb the rules do not list (or a misspelt one) before a name the article gave earlier
    ("Ketua Bawaslu Paser, Rudi Hartawan membuka rapat.\n\n"
     "“Kesimpulan akhir akan kami teruskan kepada kepolisian,” tutpu Rudi. (ABC)", ["Rudi Hartawan"]),
])
def test_quote_speaker_descriptions_and_unlisted_verbs(text, expected):
    assert speakers(text) == expected


def test_a_titles_short_form_given_in_parentheses_names_its_holder():
    text = ("Wakil Bupati (Wabup) Pohuwato, Suharsi Igirisa, membuka apel.\n\n"
            "“Semua pegawai harus menjaga netralitas sampai akhir tahapan,” kata Wabup, Senin.")
    assert speakers(text) == ["Suharsi Igirisa"]


@pytest.mark.parametrize("text, expected", [
    # a lowercase office of a body after a name's comma, then the verb, with no closing comma
    ("Siti Aminah, anggota Bawaslu Sarolangun menyampaikan laporan itu dihentikan.",
     {("Siti Aminah", "anggota Bawaslu", "15.03")}),
])
def test_lowercase_office_of_a_body_before_the_verb(text, expected):
    assert officials(extract(text)) == expected


def test_a_lowercase_generic_title_before_a_verb_is_still_no_office():
    assert officials(extract("Menurut Udi, kepala desa menyampaikan laporan setiap bulan.")) == set()


KIND_SAMPLES = [
    ("SKB", "Surat Keputusan Bersama Nomor 2 Tahun 2022"), ("SKB", "SKB Nomor 2 Tahun 2022"),
    ("PERPPU", "Perppu Nomor 1 Tahun 2020"), ("PKPU", "PKPU Nomor 8 Tahun 2024"),
    ("PKPU", "Peraturan KPU Nomor 8 Tahun 2024"), ("PERBAWASLU", "Perbawaslu Nomor 9 Tahun 2024"),
    ("PERBKN", "Perka BKN Nomor 5 Tahun 2023"), ("PERPRES", "Perpres Nomor 80 Tahun 2024"),
    ("PP", "PP Nomor 94 Tahun 2021"), ("PERMEN", "Permendagri Nomor 1 Tahun 2022"),
    ("PERMEN", "Permen PAN-RB Nomor 6 Tahun 2022"), ("PERDA", "Qanun Nomor 7 Tahun 2019"),
    ("PERKADA", "Perbup Nomor 12 Tahun 2023"), ("PUTUSAN", "Putusan MK Nomor 60 Tahun 2024"),
    ("SE", "Surat Edaran Nomor 3 Tahun 2024"), ("KEPUTUSAN", "Keppres Nomor 5 Tahun 2024"),
    ("KEPUTUSAN", "SK Nomor 14 Tahun 2024"), ("UU", "Undang-Undang Nomor 10 Tahun 2016"),
    ("UU", "UU Nomor 10 Tahun 2016"), ("OTHER", "Instruksi Nomor 4 Tahun 2024"),
    ("OTHER", "Maklumat Nomor 1 Tahun 2024"), ("OTHER", "Telegram Nomor 7 Tahun 2024"),
    ("OTHER", "Nota Dinas Nomor 9 Tahun 2024"),
]


@pytest.mark.parametrize(("kind", "phrase"), KIND_SAMPLES)
def test_every_regulation_kind_is_found_behind_the_first_letter_lookahead(kind, phrase):
    from pilkada.extract.regulations import KIND_FIRST_LETTERS, find_regulations

    assert phrase[0] in KIND_FIRST_LETTERS
    found = find_regulations(f"Hal itu diatur dalam {phrase} yang berlaku.")
    assert [(c.kind, c.number) for c in found][:1] == [(kind, phrase.split("Nomor ")[1].split()[0])]
