"""Word tokens with character offsets, and the small vocabularies the rule extractors share."""

from __future__ import annotations

import re
from operator import itemgetter

# A name's word may end in the apostrophe of an Arabic letter before the next word of the name ("Muhammad Syafi’
# Jamhari"); elsewhere an apostrophe after a word closes a quotation and is a token of its own.
TOKEN = re.compile(r"[A-Z][a-zà-ÿ]+['’](?=[ \t][A-Z])|[A-Za-zÀ-ÿ0-9]+(?:[-'’][A-Za-zÀ-ÿ0-9]+)*\.?|[^\sA-Za-zÀ-ÿ0-9]")


class Token(tuple):
    """A word or punctuation mark of the text, at [start, end), with what the rules ask of it computed once.

    A tuple rather than a frozen dataclass: the rules read `is_punct`, `is_capitalised` and `word` about
    eight times per token, and as properties computed on each read they cost more than the tokenizing."""

    __slots__ = ()
    text = property(itemgetter(0))
    start = property(itemgetter(1))
    end = property(itemgetter(2))
    word = property(itemgetter(3))  # without the abbreviation's dot
    is_capitalised = property(itemgetter(4))
    is_punct = property(itemgetter(5))

    def __new__(cls, text: str, start: int, end: int) -> "Token":
        first = text[:1]
        return tuple.__new__(cls, (text, start, end, text.rstrip("."), first.isupper(), not first.isalnum()))

    def __repr__(self) -> str:
        return f"Token(text={self[0]!r}, start={self[1]}, end={self[2]})"


def tokenize(text: str) -> list[Token]:
    tokens = []
    append, new, find = tokens.append, tuple.__new__, text.find
    end = 0
    # TOKEN takes every character but whitespace, so what lies between two tokens is whitespace, and a token, which
    # starts with another character, is found first where it starts: findall and find cost less than match objects
    for word in TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        first = word[:1]
        append(new(Token, (word, start, end, word.rstrip("."), first.isupper(), not first.isalnum())))
    return tokens


# Abbreviations whose dot is part of the word, not the end of a sentence.
ABBREVIATIONS = {"kab", "kec", "pj", "plt", "plh", "h", "hj", "dr", "drs", "dra", "ir", "prof", "no", "kh", "jl",
                 "jln", "st", "moch", "moh", "muh", "mochamad", "sdr", "ny", "tn", "kel", "ds", "pol", "inf", "pemkab"}

# Honorifics, religious and academic titles, police and military ranks written before a name.
HONORIFICS = {
    "H", "Hj", "Hajjah", "Haji", "Dr", "Drs", "Dra", "Ir", "Prof", "KH", "K.H", "Kyai", "Kiai", "dr", "drg", "Ust",
    "Ustadz", "Gus", "Ning", "Nyai", "Raden", "R", "RA", "Habib", "Tuan", "Nyonya", "Sdr", "Bapak", "Ibu", "Pak",
    "Bu", "Cak", "Mas", "Mbak", "AKBP", "AKP", "Jenderal", "Kol",
    "Laksma", "Laksda", "Marsma", "Marsda", "Jendral", "Pol", "TNI", "Inf", "Kav", "Arh", "Czi", "Cpl", "Cba", "Arm", "Laut",
    "Psk", "CPA", "Ners", "Tgk", "Teungku", "Tengku",
    # Palembang's noble titles before a name ("Kms. Umar Jaya Negera", "Kgs. Abdul Rahman", "Nyimas Aliah")
    "Kms", "Kemas", "Kgs", "Kiagus", "Mgs", "Masagus", "Nyimas",
}
# police and military ranks, as written and as outlets also print them, in capitals: "Kapolsek Singgahan IPTU Suharto"
RANKS = ("Kompol", "Kombes", "Kombespol", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka", "Brigpol", "Briptu", "Bripda",
         "Brigjen", "Irjen", "Komjen", "Kolonel", "Letkol", "Mayor", "Kapten", "Lettu", "Letda", "Serma", "Serka", "Sertu",
         "Pelda", "Peltu", "Mayjen", "Letjen")
HONORIFICS |= set(RANKS) | {rank.upper() for rank in RANKS}

# Capitalised words that never belong to a person's name.
NOT_NAME = {
    "Redaksi", "Wartawan", "Reporter", "Editor", "Penulis", "Istana",  # a newsroom, its staff, a palace: never a person
    "Korwil",  # koordinator wilayah, a post
    "Panggilan", "Sapaan", "Akrab",  # "Daeng Malewa Panggilan Akrab Ketua Bawaslu Tanbu": how he is called, not him
    "Jajaran",  # "Jajaran Panwas juga koordinasi …": a body's staff, no person
    # a regency's (province's, kecamatan's) leaders as one forum: "Forum Koordinasi Pimpinan Daerah (Forkopimda)"
    "Forkopimda", "Forkompimda", "Forkopimcam", "Forkompimcam", "Forkopimca", "Forkompimca", "Forkopimprov",
    "Forkopimko", "Muspida", "Muspika",
    "Forum", "Koordinasi", "Komunikasi",
    # "di" glued to the place word after it, a common spelling ("Dimasa dirinya menjabat"): never a name
    "Dimasa", "Dimana", "Disana", "Disini", "Disitu", "Diantara", "Diantaranya", "Didalam", "Diluar", "Diatas",
    "Dibawah", "Disamping", "Didepan", "Dibelakang", "Ditengah", "Disela", "Disela-sela",
    "Pabung", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum’at", "Jum'at", "Sabtu", "Minggu", "Ahad", "Januari", "Februari", "Maret",
    "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", "Pilkada",
    "Pemilu", "Pilbup", "Pilwali", "Pilgub", "ASN", "PNS", "PPPK", "TNI", "Polri", "KPU", "Bawaslu", "DPRD",
    "DPR", "DPD", "MPR", "DPP", "DPW", "DPC", "RI", "Pemkab", "Pemkot", "Pemprov", "Pemda", "Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa",
    "Kelurahan", "Dalam", "Di", "Ke", "Dari", "Pada", "Untuk", "Dengan", "Saat", "Yang", "Dan", "Atau", "Ini",
    "Itu", "Hal", "Menurut", "Sementara", "Selain", "Namun", "Tetapi", "Akan", "Sebelumnya", "Kemudian", "Usai",
    "Sebagai", "Adapun", "Oleh", "Karena", "Jika", "Kami", "Kita", "Saya", "Dia", "Ia", "Mereka", "Beliau",
    "Pihaknya", "Para", "Seluruh", "Semua", "Setiap", "Tim", "Paslon", "Pasangan", "Calon", "Cabup", "Cawabup",
    "Cawali", "Cagub", "Bakal", "Nomor", "Tahun", "Pasal", "Undang", "Peraturan", "Surat", "Edaran", "Keputusan",
    "Ketua", "Wakil", "Anggota", "Kepala", "Sekretaris", "Bupati", "Gubernur", "Camat", "Lurah", "Foto",
    "Istimewa", "Dok", "Pj", "Plt", "Plh", "Netralitas", "Rapat", "Apel", "Ikrar", "Kampanye", "Debat", "Sosialisasi",
    "Kantor", "Dinas", "Badan", "Bagian", "Partai", "PDIP", "PDI", "Golkar", "Gerindra", "PKB", "PKS", "NasDem",
    "Nasdem", "Demokrat", "PAN", "PPP", "Perindo", "PSI", "Hanura", "Panwascam", "Panwaskab", "Panwaskot", "Panwas", "Dukcapil", "PPK", "PPS", "KPPS", "Gakkumdu",
    "Sentra", "Polres", "Polresta", "Polda", "Kodim", "Korem", "Kejari", "Kejaksaan", "Negeri", "Pengadilan",
    "Mahkamah", "Konstitusi", "MK", "DKPP", "BKN", "BKPSDM", "Sekda", "Setdakab", "Setda", "Tanggal",
    "Berdasarkan", "Terkait", "Meski", "Walaupun", "Bahkan", "Tak", "Tidak", "Juga", "Lebih", "Baca", "Juga",
    "Bersama", "Jawa", "Timur", "Tengah", "Barat", "Selatan", "Utara", "Kalimantan", "Sumatera", "Sulawesi",
    "Indonesia", "Negara", "Republik", "Pemerintah", "Daerah", "Umum", "Aula", "Pendopo", "Gedung", "Hotel",
    "Lapangan", "Masjid", "Jalan", "Jl", "Universitas", "UIN", "Sekolah", "SMA", "SMP", "SD", "Pondok", "Pesantren",
    "Covid", "Rp", "Kapolres", "Kapolresta", "Kapolrestabes", "Wakapolresta", "Dandim", "Kajari", "Kapolsek", "Danramil", "Kades", "Sekcam", "Wabup", "Wawali",
    "Walikota", "Wali", "Menteri", "Presiden", "Mendagri", "Menurutnya", "Katanya", "Selanjutnya", "Lebih",
    "Kegiatan", "Acara", "Program", "Komisi", "Divisi", "Bidang", "Koordinator", "Kordiv", "Ketum", "Sekjen",
    "Tujuan", "Setelah", "Sebelum", "Ketika", "Sedangkan", "Bagi", "Tentang", "Oktober", "Agustus", "Pukul", "WIB",
    "WITA", "WIT", "Kasat", "Kasatpol", "Satpol", "Kadis", "Kabag", "Kabid", "Kasi", "Kasubag", "Asisten", "Staf",
    "Direktur", "Inspektur", "Deputi", "Penjabat", "Pelaksana", "Tugas", "Harian", "Pejabat", "Eselon",
    "Warga", "Penduduk", "Pemilih", "Relawan", "Simpatisan", "Pendukung", "Setkab", "Setkot", "Sekretariat",
    "Hadir", "Tampak", "Nampak", "Terlihat",  # "Hadir Budi Santoso selaku …": a sentence opening on who attended
    "Kunker", "Sidak", "Rakor", "Rakornis", "Bimtek",  # a visit, an inspection, meetings: never a person
    "Sekkab", "Sekkot",  # the secretary of a regency or city
    "Perbekel", "Pembakal", "Pangulu", "Kelian", "Keuchik", "Geuchik", "Tgk", "Teungku",
    "Kalapas", "Karutan", "Kakanwil", "Danlanal", "Danlantamal", "Danlanud", "Danyon", "Lapas", "Rutan", "Kanwil",
    "Ditjen", "Lanal", "Lantamal", "Lanud",
    "Eselen", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "Kapolda", "Kapolri", "Pangdam", "Danrem", "Kajati", "Kasdim", "Wakapolres",
    # the posts of a police headquarters, glued ("Kabidkum Polda", "Karolog Polda", "Dirreskrimsus Polda")
    "Kabidkum", "Kabidhumas", "Kabidpropam", "Karolog", "Karoops", "Karorena", "Karosumda", "Karobinops", "Dirreskrimum",
    "Dirreskrimsus", "Dirresnarkoba", "Dirlantas", "Dirintelkam", "Dirbinmas", "Dirsamapta", "Wadansat",
}

# Words that make up names of offices, agencies and organisations (never a person's name).
ORG_WORDS = {
    "Dinas", "Badan", "Pol", "Bagian", "Kantor", "Kementerian", "Komisi", "Pemilihan", "Umum", "Pengawas", "Pemilu",
    "Daerah", "Regional", "Wilayah", "Pendidikan", "Kesehatan", "Sosial", "Perhubungan", "Pertanian",
    "Kependudukan", "Pencatatan", "Sipil", "Komunikasi", "Informatika", "Pemberdayaan", "Masyarakat", "Desa",
    "Perempuan", "Anak", "Perlindungan", "Lingkungan", "Hidup", "Pekerjaan", "Penataan", "Ruang", "Perumahan",
    "Kawasan", "Permukiman", "Pariwisata", "Kebudayaan", "Pemuda", "Olahraga", "Koperasi", "Usaha", "Mikro",
    "Kecil", "Menengah", "Perdagangan", "Perindustrian", "Tenaga", "Kerja", "Kepegawaian", "Pengembangan",
    "Sumber", "Daya", "Manusia", "Keuangan", "Aset", "Pendapatan", "Perencanaan", "Pembangunan", "Penelitian",
    "Kesatuan", "Bangsa", "Politik", "Penanggulangan", "Bencana", "Satuan", "Polisi", "Pamong", "Praja",
    "Pemadam", "Kebakaran", "Administrasi", "Pemerintahan", "Hukum", "Organisasi", "Protokol", "Kesejahteraan",
    "Rakyat", "Perekonomian", "Ekonomi", "Agama", "Hubungan", "Teknis", "Divisi", "Penanganan", "Pelanggaran",
    "Sengketa", "Partisipasi", "Humas", "Data", "Informasi", "Logistik", "Perlengkapan", "Keluarga", "Berencana",
    "Ketahanan", "Pangan", "Perikanan", "Peternakan", "Kelautan", "Perkebunan", "Kehutanan", "Energi",
    "Sumberdaya", "Mineral", "Perizinan", "Penanaman", "Modal", "Terpadu", "Satu", "Pintu", "Pelayanan",
    "Arsip", "Perpustakaan", "Kearsipan", "Statistik", "Persandian", "Inspektorat", "Sekretariat", "Dewan",
    "Perwakilan", "Panitia", "Pengawasan", "Kecamatan", "Kelurahan", "Pemerintah", "Kabupaten", "Kota",
    "Provinsi", "Negeri", "Kejaksaan", "Resor", "Distrik", "Militer", "Bidang", "Seksi", "Sub", "Subbagian",
    "Partai", "Cabang", "Pimpinan", "Pusat", "Harian", "Tim", "Pemenangan", "Pemantau", "Relawan", "Majelis",
    "Ulama", "Nahdlatul", "Muhammadiyah", "Cabang", "Ranting", "Fraksi", "Kepolisian", "Resort", "Sektor",
    "Tinggi", "Pengadilan", "Kehormatan", "Penyelenggara", "Aparatur", "Reformasi", "Birokrasi",
    "Pendayagunaan", "Dalam", "Luar", "Republik", "Indonesia", "Pj", "Sekretaris", "Setdakab", "Setdakot",
    "Setda", "Setdaprov", "Asisten", "Kesbangpol", "Bakesbangpol", "Satpol", "PP", "Damkar", "Diskominfo",
    "Dispendukcapil", "Dinkes", "Dindik", "Disdik", "Bappeda", "Bapenda", "BPBD", "BKPSDM", "BKD", "BPKAD",
    "Inspektorat", "RSUD", "Puskesmas", "Kantah", "ATR", "BPN", "Rumah", "Sakit", "Keagamaan", "Adat",
    "Operasional", "Operasi", "Reskrim", "Intelkam", "Lantas", "Binmas", "Sabhara", "Samapta", "Intelijen",
    "Pidana", "Khusus", "Perdata", "TUN", "Pembinaan", "Penindakan", "Pencegahan", "Antar", "Lembaga",
    "Kepemiluan", "Sosialisasi", "Pendidikan", "SDM", "Parmas", "Rendatin", "Kehumasan", "Teknis",
    "Antarlembaga", "Datin", "Otda", "Korpri", "KORPRI",
}

# Bodies named by one word that is neither an acronym in capitals nor an ordinary noun.
KNOWN_BODIES = {
    "Bawaslu", "Panwascam", "Panwaslu", "Panwaslih", "Kemendagri", "Kemenag", "Kemenkumham", "Kominfo",
    "Diskominfo", "Polres", "Polresta", "Polrestabes", "Polsek", "Polda", "Kodim", "Koramil", "Korem", "Kodam",
    "Kejari", "Kejati", "Kejagung", "Gakkumdu", "Setdakab", "Setdakot", "Setdaprov", "Setda", "Bakesbangpol", "Kesbang",
    "Kesbangpol", "Bapemperda", "Banggar", "Bappeda", "Bapenda", "Dispendukcapil", "Disdukcapil", "Dinkes",
    "Dindik", "Disdik", "Dishub", "Dinsos", "Disnaker", "Satpol", "Dispora", "Disparbud", "Inspektorat",
    "Puskesmas", "Kemenpan", "Kemenpan-RB", "KemenPANRB", "Ombudsman", "Kompolnas", "Bhayangkari", "Dekranasda",
    "Kwarcab", "Pramuka", "Karang", "Taruna", "Fatayat", "Muslimat", "Ansor", "Banser", "Pemuda", "Kadin",
    "Kanwil", "Ditjen", "Lapas", "Rutan", "Imigrasi", "Lanal", "Lantamal", "Lanud", "Basarnas", "Kemenkum",
    "Setkab", "Setkot", "Sekretariat", "Panwaslih",
    "Panwaskab", "Panwaskot", "Panwasda",  # the Panitia Pengawas of a regency or city before Bawaslu took over (2015)
    "Panwas",  # the same, named without its level ("Ketua Panwas Balikpapan")
    "Dukcapil",  # Kependudukan dan Pencatatan Sipil, the office named without "Dinas" ("Kadis Dukcapil Sragen")
}
ORG_WORDS |= {"Pemasyarakatan", "Pelaksana", "Keimigrasian"}
# a regional government as the body of its officers: "Asisten 1 Pemkab Bondowoso", "Kabag Humas Pemkot Batu"
ORG_WORDS |= {"Pemkab", "Pemkot", "Pemprov"}
# Hospitals' short forms: "Direktur RSD Kol Abundjani Bangko", a hospital named for a person, not its holder
HOSPITALS = {"RSUD", "RSD", "RSU", "RS", "RSJ", "RSIA", "RSAL", "RSAU", "RSPAD", "RSUP"}
ORG_WORDS |= HOSPITALS
# Parties, for their posts: "Ketua DPD Partai Golkar Dompu", "Sekretaris DPC PDI Perjuangan Jombang".
PARTY_WORDS = {"Partai", "Golkar", "Gerindra", "NasDem", "Nasdem", "Demokrat", "Perjuangan", "Hanura", "Perindo",
               "Gelora", "Ummat", "Buruh", "Garuda", "Berkarya", "Kebangkitan", "Keadilan", "Sejahtera", "Amanat",
               "Persatuan", "Solidaritas", "PDIP", "PKB", "PKS", "PAN", "PPP", "PSI", "PBB", "PKN"}
ORG_WORDS |= PARTY_WORDS
ORG_WORDS |= KNOWN_BODIES

CONNECTORS = {"dan", "dalam", "&", "serta", "bidang", "urusan", "sub"}
