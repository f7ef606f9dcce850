"""The words the extraction rules read, as data: titles of office, degrees, verbs of saying.

A module of constants (no I/O at import or call time) so that a new title or verb is one line here, not a change of
rule. Regular-expression fragments are kept as fragments: the rules join them into their patterns.
"""

from __future__ import annotations

import re

from .tokens import HONORIFICS, ORG_WORDS

# ---- titles of office (officials.TITLE_RE) --------------------------------------------------------------------

# "Pejabat (Pj)": the acting title's common misspelling, settled by its gloss
ACTING = r"(?:(?:Pj|Plt|Plh|Pjs|Pj\.|Plt\.|Plh\.|Pjs\.|Penjabat(?:\s*\((?:Pj|Pj\.)\))?|Pejabat\s*\((?:Pj|Pj\.)\)|Pelaksana\s+Tugas(?:\s*\(Plt\.?\))?|Pelaksana\s+Harian(?:\s*\(Plh\.?\))?|Pejabat\s+[Ss]ementara)\s+)"
_UNIT = r"(?!(?:" + "|".join(sorted(map(re.escape, ORG_WORDS), key=len, reverse=True)) + r")(?![\w&-]))[A-Z][\w&-]*"
# A title that is complete on its own; an office of a place may follow ("Bupati Jombang").
STANDALONE_TITLES = [
    r"Wakil\s+Presiden", r"Presiden", r"Wakil\s+Bupati", r"Bupati", r"Wakil\s+Wali\s?[Kk]ota", r"Wali\s?[Kk]ota",
    r"Wakil\s+Gubernur", r"Gubernur", r"Wabup", r"Wawali", r"Wagub", r"Sek(?:re|er)taris\s+Daerah", r"Sekda(?:kab|kot|prov)?",
    r"Sekcam", r"Sekkab", r"Sekkot", r"Camat", r"Lurah", r"Kepala\s+Desa", r"Kades", r"Kapolresta", r"Kapolres(?:tabes)?", r"Wakapolres(?:ta)?",
    r"Kapolsek", r"Kapolda", r"Kapolri", r"Wakapolda", r"Dandim", r"Kasdim", r"Danrem", r"Danramil", r"Pangdam",
    r"Kajari", r"Kajati", r"Kasi\s+Intel(?:ijen)?", r"Mendagri", r"Men[Pp][Aa][Nn]\s?-?RB", r"Menpan\s?RB",
    r"Mensesneg", r"Menkopolhukam", r"Menko\s+Polhukam", r"Jaksa\s+Agung",
    # a prosecutor's grade or post: "Jaksa Muda Pratama", "Jaksa Penuntut Umum" (a bare "jaksa" is the profession)
    r"Jaksa\s+(?:Utama|Madya|Muda|Pratama|Penuntut\s+Umum)(?:\s+(?:Utama|Madya|Muda|Pratama))?", r"Ketua\s+Umum", r"Sekjen",
    r"Kasat\s?[Pp]ol\.?\s?PP", r"Kasat\s+[A-Z][a-z]+", r"Kasat(?:reskrim|lantas|intelkam|samapta|sabhara|binmas|narkoba|polairud|tahti|pamobvit)",
    r"Kasi\s?humas", r"Kasubb?ag\s?humas", r"Kalaksa\s+BPBD", r"Kadis\w+", r"Kabag\s+\w+", r"Kadindik",
    r"Kadinkes", r"Kaban\w+",
    # the head of a dinas or a badan, and its name after the bare short title: "Kadis Damkar", "Kaban BPBD" (a name
    # the organisation words know is read with them: "Kaban Kesbang Pol")
    r"Ka(?:dis|ban)(?:\s+" + _UNIT + ")?",
    # a provincial secretariat's bureau head: "Karo Pemerintahan dan Otda", "Karo Administrasi Pimpinan" (not the
    # regency of Karo: only before a bureau's name)
    r"Karo\s+(?:Pemerintahan(?:\s+dan\s+(?:Otda|Otonomi\s+Daerah))?|Administrasi|Umum|Organisasi|Perekonomian|Kesra|Kesejahteraan|Pembangunan|Protokol)", r"Inspektur", r"Lurah", r"Panewu", r"Keuchik", r"Geuchik", r"Wali\s+Nagari",
    r"Kepala\s+Distrik", r"Kepala\s+Kampung", r"Kalapas", r"Karutan", r"Danlanal", r"Danlantamal", r"Danlanud",
    r"Danyon", r"Danpos\w*", r"Wakapolsek", r"Kakankemenag", r"Kakan(?:kemenkumham|tah|wil)\w*",
    r"Kanit(?:reskrim|lantas|intelkam|binmas|samapta|sabhara|narkoba)", r"Kanit\s+[A-Z][a-z]+",
    r"Bhabinkamtibmas", r"Babinkamtibmas", r"Babinsa", r"Perbekel", r"P[ae]mbakal", r"Pangulu", r"Kelian(?:\s+Banjar)?(?:\s+Dinas)?",
    # village heads of Sumatra and Sulawesi: Lampung's pekon and tiyuh, Aceh's gampong, Riau's kepenghuluan, Toraja's lembang
    r"Kepala\s+Pekon", r"Peratin", r"Kepala\s+Tiyuh", r"Kepala\s+Gampong", r"Datuk\s+Penghulu",
    r"Penghulu\s+Kepenghuluan", r"Kepala\s+Lembang",
]
# "Koordinator", and the misspellings outlets print ("Kordinator", "Koordintator", "Koordinatior")
COORDINATOR = r"Koo?r?di?n[a-z]{0,2}t[a-z]?[oi]r"  # also typed without its r: "Koodinator"; "Kordinatir"
# A head noun that needs an organisation after it: "Ketua KPU", "Kepala Dinas Pendidikan".
HEADS = [
    r"Wakil\s+Ketua\s+sementara", r"Ketua\s+sementara", r"Wakil\s+Ketua", r"Ketua\s+D[ie]visi", r"Ketua", r"Anggota\s+Komisioner", r"Anggota",
    r"Komisioner", r"Kepala\s+Pelaksana", r"Kepala\s+D[ie]visi", r"Kepala", r"Kakanwil", r"Sek(?:re|er)taris", r"Asisten(?:\s+(?:[IV]+|[1-4]))?",
    # a police headquarters' bureau head: "Karo SDM Polda Jateng", "Karoops Polda Sulsel"
    r"Karo\s+(?:SDM|Ops|Rena|Log|Sumda|Binops|Provos|Paminal|Wabprof|Hukum|Humas)", r"Karo(?:ops|rena|log|sumda|binops)",
    r"Kabid", r"Kasubag", r"Kasubbag", r"Kabag", r"Kasi", COORDINATOR + r"\s+D[ie]visi", r"Koo?rdiv", r"Kadiv", COORDINATOR, r"D[ie]visi",
    r"Direktur\s+Jenderal", r"Dirjen", r"Direktur(?:\s+Utama)?", r"Menteri", r"Deputi", r"Staf\s+Ahli", r"Staf\s+Khusus", r"Tenaga\s+Ahli", r"Bendahara", r"Panglima", r"Komandan",
    r"Kapala", r"Ketuai", r"Plt\s+Kepala", r"Pimpinan", r"Pejabat",  # "Kapala", "Ketuai": heads typed with a letter off
]

# Ordinals that open the items of a list ("Kedua, Pejabat Daerah, ASN dan PTT dilarang …"); inside a name a word of
# them may be a name's ("I Putu Gde Pertama Pujawan").
ORDINAL_WORDS = frozenset({"Pertama", "Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh", "Kedelapan",
                           "Kesembilan", "Kesepuluh"})

# ---- degrees written after a name, with or without a comma ("AKP Sutrisno SH", "Hj. Siti Aminah, S.Pd.") -------
# Written without their dots; a name's own initials ("Lutfi AR") are not among them.
DEGREE_WORDS = frozenset({
    "SH", "SE", "ST", "SP", "SIP", "SIK", "SKM", "SKep", "SKom", "SPd", "SPdI", "SAg", "SSos", "SSi", "SHI", "SHut",
    "SSTP", "STP", "SAP", "SIKom", "SPsi", "SAk", "SKes", "SFarm", "SKed", "SPt", "SPi", "SThI", "SSn", "SS",
    "MM", "MH", "MSi", "MAP", "MBA", "MPA", "MPd", "MPdI", "MAg", "MKes", "MT", "MKom", "MSc", "MHum", "MHI",
    "MIP", "MEc", "MSos", "MPsi", "MKn", "MSE", "MTr", "Lc", "MA", "PhD", "CPA", "CHt", "Ak", "AP", "SPdI", "SHI",
    "SAgI", "SSosI", "SKomI", "SE", "MSi", "MSA", "MSM", "MIKom", "MKM", "MMPd",
})

# A name's own abbreviated part of two capitals with a dot, before the rest of the name: "LM. Husen Tali" (LM = La Ode
# Muhammad, a Muna/Buton name), "AM. Sukri": a name part, kept as written, unlike a degree ("SH.") or an honorific.
ABBREVIATED_NAME_PART = re.compile(r"[A-Z]{2}\.")


def abbreviated_name_part(word: str, next_word: str) -> bool:
    """Whether `word` ("LM.") is an abbreviated part of the name that `next_word` ("Husen") goes on with."""
    bare = word.rstrip(".")
    return bool(ABBREVIATED_NAME_PART.fullmatch(word)) and bare not in DEGREE_WORDS and bare not in HONORIFICS \
        and bare not in _NOT_NAME_ABBREVIATIONS and re.fullmatch(r"[A-Z][a-z'’]{2,}", next_word) is not None


_NOT_NAME_ABBREVIATIONS = {"RI", "TN", "NY", "UU", "PP", "KH", "HM", "HJ", "DR", "IR", "ST", "NO", "JL"}

# "Se-Kabupaten Kudus", "se-Jawa Timur": the prefix se- ("all of") before a capitalised word is no name.
SE_PREFIXED = re.compile(r"^[Ss]e-[A-Z]")

# Determiners that make a title plural or generic: "para Kepala Desa", "seluruh Camat", "setiap Ketua KPPS" name no
# one holder.
PLURAL_BEFORE_TITLE = re.compile(r"(?i)(?:^|[\s(])(?:para|seluruh|semua|segenap|sejumlah|setiap|tiap|beberapa|"
                                 r"jajaran|kalangan)\s+$")

DIVISION_WORDS = {"Teknis", "Penyelenggaraan", "Sosialisasi", "Pendidikan", "Pemilih", "Partisipasi", "SDM",
                  "Litbang", "Pencegahan", "Parmas", "Hubal", "Hukum", "Pengawasan", "Logistik", "Perencanaan", "Data",
                  "Informasi", "Keuangan", "Umum", "Rumah", "Tangga", "Penanganan", "Pelanggaran", "Penyelesaian",
                  "Sengketa", "Hubungan", "Masyarakat", "Antar", "Lembaga", "Antarlembaga", "Hubmas", "HPP", "PPS", "Humas"}
# a portfolio word typed with its doubled consonant single ("Penanganan Pelangaran dan Sengketa") is still the word
# the portfolios of the election bodies' other divisions and units (KPU: Teknis Penyelenggaraan dan Pencalonan,
# Program dan Anggaran; Bawaslu: SDM, Organisasi dan Diklat, Penindakan, Kelembagaan)
DIVISION_WORDS |= {"Pencalonan", "Organisasi", "Diklat", "Kepegawaian", "Program", "Anggaran", "Kelembagaan",
                   "Penindakan", "Pemutakhiran", "Pemungutan", "Penghitungan", "Pengembangan", "Advokasi", "Sumber",
                   "Daya", "Manusia", "Sumberdaya"}
DIVISION_WORDS |= {w.replace("ngg", "ng") for w in DIVISION_WORDS if "ngg" in w}
# the divisions' own short names ("Kordiv P3S Ismail Buna"): P3S/PPPS Penanganan Pelanggaran dan Penyelesaian Sengketa,
# HPPH/HP2H/P2H Hukum, Pencegahan, Parmas dan Humas, PHL Pencegahan dan Hubungan antar Lembaga, (Ren)Datin, Sosdiklih
DIVISION_WORDS |= {"P3S", "PPPS", "HPPH", "HP2H", "P2H", "PHL", "Datin", "Rendatin", "Sosdiklih", "Parhumas", "Hupmas"}

# Conjunctions and discourse adverbs that open a sentence before its subject ("Sebab, menurutnya, ...", "Padahal,
# ...", "Makanya dia ..."): capitalised there, never a person's name.
SENTENCE_CONNECTIVES = frozenset({
    "Sebab", "Karena", "Karna", "Karenanya", "Namun", "Tetapi", "Tapi", "Padahal", "Jadi", "Makanya", "Maka", "Kini",
    "Sekarang", "Nah", "Toh", "Memang", "Tentu", "Tentunya", "Agar", "Supaya", "Hingga", "Sampai", "Sejak", "Selama",
    "Yakni", "Yaitu", "Misalnya", "Contohnya", "Artinya", "Intinya", "Pokoknya", "Akibatnya", "Akhirnya", "Awalnya",
    "Sesudahnya", "Setelahnya", "Lantas", "Apalagi", "Terlebih", "Malah", "Malahan", "Justru", "Sebaliknya",
    "Sedangkan", "Adapun", "Apabila", "Jikalau", "Kalau", "Manakala", "Sewaktu", "Semasa", "Seusai", "Sesudah",
    "Walau", "Walaupun", "Meski", "Meskipun", "Kendati", "Biarpun", "Sehingga", "Ternyata", "Rupanya", "Tampaknya",
    "Sepertinya", "Seperti", "Sebagaimana", "Mengingat", "Menyusul", "Demi", "Perihal", "Mengenai", "Terutama",
    "Khususnya", "Termasuk", "Semula", "Sebenarnya", "Sebetulnya", "Nyatanya", "Faktanya", "Seharusnya",
    "Sebaiknya", "Semoga", "Pasalnya", "Alhasil", "Lagipula", "Selebihnya", "Sementara", "Selain", "Bahkan",
    # agreeing with what was said before: "Senada, Ketua Bawaslu … mengutarakan"
    "Senada", "Sependapat", "Sejalan", "Serupa",
    # "Lebih lanjut" typed as one word
    "Lebihlanjut",
    # the causal connectives the list lacked beside Sebab and Karena ("Gara-gara" is one word: "Gara" alone is a surname)
    "Lantaran", "Berhubung", "Dikarenakan", "Disebabkan",
    # question words, which open a sentence before any subject ("Kenapa, lanjutnya, karena …")
    "Kenapa", "Mengapa", "Bagaimana", "Apa", "Apakah", "Siapa", "Kapan", "Berapa", "Dimana", "Kemana",
})

# Common words that title case (a headline, an event's name) capitalises right after a title: "Penetapan Bupati Terpilih
# Hasil Pilkada", "Turnamen Bupati Cup", "Sosialisasi … Bupati Tindak Lanjut Putusan MK": never a name's words.
TITLE_CASE_WORDS = frozenset({
    "Terpilih", "Hasil", "Cup", "Terbuka", "Tertutup", "Definitif", "Periode", "Masa", "Jabatan", "Putaran", "Tindak",
    "Lanjut", "Fokus", "Baru", "Lama", "Sementara", "Tahap", "Tahapan", "Serentak", "Ulang", "Susulan", "Lanjutan",
    "Awasi", "Minta", "Ajak", "Imbau", "Harap", "Tegas", "Sebut", "Soal", "Jelang", "Usai", "Pasca", "Pra",
    # an election's meetings and counts named in title case: "Pleno Rekapitulasi Suara Tingkat Provinsi"
    "Pleno", "Rekapitulasi", "Penghitungan", "Pemungutan", "Suara", "Tingkat",
})
# Names of ad hoc units a government forms for an election ("Ketua Tim Desk Pilkada", "Satgas Netralitas", "Pokja
# Kampanye", "Posko Pengaduan"): a unit, never a person.
AD_HOC_UNIT_WORDS = frozenset({"Desk", "Satgas", "Pokja", "Posko", "Gugus", "Sekretariat", "Subbag", "Subbagian"})
# Kinds of body outside the state: a post in one is no public office, and the capitalised word after the kind is the
# body's own name ("Direktur LSM Gasak Edia Satria", "Ketua Yayasan Cahaya Rudi Hartono").
CIVIL_SOCIETY_BODIES = frozenset({"LSM", "Ormas", "ORMAS", "Yayasan", "Komunitas", "Aliansi", "Paguyuban", "Perkumpulan",
                                  "Koperasi", "NGO", "Lembaga Swadaya", "Forum", "Tim"})  # "Ketua Forum Kades Pedamaran";
# "Ketua Tim Hukum Helldy-Alawi": a candidate's campaign team
# Organisations outside the state known by their own short name: the press, students and youth, religious, professional,
# business and village-head associations. "Ketua PWI Katingan Aris Munandar" holds a post, not a public office.
NAMED_CIVIL_SOCIETY_BODIES = frozenset({
    "PWI", "AJI", "IWO", "IJTI", "SMSI", "JMSI", "AMSI", "PFI", "PMII", "HMI", "GMNI", "PMKRI", "GMKI", "IMM", "KAMMI",
    "KNPI", "BEM", "IPNU", "IPPNU", "Ansor", "FKPPI", "KAHMI", "MUI", "PBNU", "PWNU", "PCNU", "NU", "Muhammadiyah",
    "LDII", "Aisyiyah", "Fatayat", "Muslimat", "PGRI", "IDI", "PPNI", "Peradi", "PERADI", "Kadin", "KADIN", "HIPMI",
    "Apindo", "APINDO", "Apdesi", "APDESI", "PPDI", "Papdesi", "Abpednas"})
NEVER_NAME_WORDS = SENTENCE_CONNECTIVES | TITLE_CASE_WORDS | AD_HOC_UNIT_WORDS

# ---- verbs of saying (quotes) ---------------------------------------------------------------------------------

# Verbs of saying written after a quote, bare ("kata X") or with -nya ("katanya").
AFTER_VERBS = (
    "kata|ujar|tutur|tegas|imbuh|pungkas|jelas|terang|ungkap|sebut|papar|tukas|ucap|lanjut|tambah|ajak|pinta|"
    "harap|kilah|seru|sambung|beber|urai|aku|akui|tandas|timpal|ingat|cetus|keluh|klaim|sergah|jawab|tanya|"
    "pesan|tutup|bantah|nilai|sindir|tuding|desak|minta|kritik|pinta|yakin|janji|tepis|sanggah|tambahkan|"
    "ungkapnya|tulis|bilang|celetuk|ucapnya|paparnya|sahut|katakan|kisah|cerita|kenang|jelasnya|tambahnya|"
    "cakap|ulas|imbau|sampaikan|jelaskan|tegaskan|ungkapkan"  # "cakap Yasin": the Malay verb of Sumatra and Kalimantan
)
# Verbs of saying with their subject before them ("X mengatakan"), outside or before a quote.
SAY_VERBS = (
    "mengatakan|menyatakan|menjelaskan|menegaskan|menyampaikan|mengungkapkan|menuturkan|menambahkan|"
    "mengingatkan|berkata|menyebut|menyebutkan|mengimbau|berpesan|meminta|memastikan|mengakui|mengaku|menilai|"
    "berharap|mengharapkan|menerangkan|memaparkan|membenarkan|membantah|menampik|menekankan|mengajak|menanggapi|"
    "bercerita|mengeluhkan|mengeluh|menduga|menyayangkan|melanjutkan|menandaskan|mengklaim|melaporkan|mengungkap|"
    "mengimbuhkan|mengutarakan|menjawab|bertanya|menyoroti|mengapresiasi|menginstruksikan|memerintahkan|"
    "mengklarifikasi|berujar|bertutur|mengemukakan|mengisahkan|berkisah|menceritakan|mewanti-wanti|menyebutnya|"
    "menerangkan|mengisyaratkan|mengharap|menekankannya|menyerukan|menghimbau|berjanji|menjanjikan|menolak|"
    "mengusulkan|menyarankan|mengkritik|mengatakannya|mengingatkannya|memaparkannya|berdalih|berkilah|beralasan|"
    "mengimbuh|menandaskannya|mengungkapkannya|mengomentari|berpendapat|berargumen|menyinggung"
)

# The verbs of saying as words: capitalised after a quote ("“…,” Ungkap Ngesti") they are still verbs, never a name.
SAYING_WORDS = frozenset(w for w in (AFTER_VERBS + "|" + SAY_VERBS).split("|") if not w.endswith("nya"))

# Honorifics, professional titles and ranks before a name, beyond the tokenizer's list: enlisted ranks of the TNI and
# Polri ("Serda", "Bharada"), and professional prefixes ("Drh", "Apt", "Ns").
HONORIFIC_WORDS = frozenset(HONORIFICS | {
    "Serda", "Serka", "Sertu", "Serma", "Kopda", "Koptu", "Kopka", "Praka", "Pratu", "Prada", "Pelda", "Peltu",
    "Bharada", "Bharatu", "Bharaka", "Brigadir", "Bripol", "Brigpol", "Aipda", "Aiptu", "AKBP", "Kombes", "Letnan",
    "Drh", "drh", "Apt", "Ns", "Hajah",
    # Haji as eastern Indonesia abbreviates it ("Hi. Iskandar", "Hji Salmah"), beside H. and Hj.
    "Hi", "Hji",
})

# Affixed verbs and nouns of Indonesian, which title case ("tema … Kesiapan Kepala Daerah, Menjaga Netralitas ASN") or a
# sentence start capitalises: a capitalised word of these shapes is never a person's name. meN- before g/k/vowel, s, b,
# p, c, j, d (names of these letters are rare: not Melati, Mendy, Menik); mem-/men- with -kan or -i; ber- before a
# consonant but n, l, t, r (Bernard, Berlian, Bertha); di-/ter- with -kan; ke-/per- nouns in -an; -nya words; a bare
# verb in -kan (no Indonesian given name ends so).
AFFIXED_WORD = re.compile(
    r"(?:meng|meny|memb|memp|memf|menc|menj|mend|menz|mensy)[a-z]{2,}"
    r"|(?:mem|men)[aeiou][a-z]*(?:kan|i)"
    r"|ber[bcdfghjkmpsz][a-z]{3,}"  # (not "Bergas", a name: no verb of ber- has a root of three letters)
    r"|(?:di|ter|diper|memper)[a-z]{3,}kan"
    r"|(?:ke|per|pel|pen|pem|peng|peny)[a-z]{3,}an"  # ke-/pe(N)-/per- nouns: "Keterangan", "Penjelasan", "Pengakuan"
    r"|[a-z]{5,}nya"
    r"|[a-z]{4,}kan"  # a headline's bare verb: "Tegaskan", "Pastikan", "Ingatkan"
)


def is_affixed_word(word: str) -> bool:
    """Whether a word is an affixed verb or noun ("Menjaga", "Disampaikan", "Keterangan"), never a name."""
    return len(word) >= 6 and AFFIXED_WORD.fullmatch(word.lower()) is not None
