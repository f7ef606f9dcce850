"""Direct quotes and who said them, in the attribution forms of Indonesian news.

A quote is the text between quotation marks (“ ” or " ") of at least four words; a quote left open at the
end of a paragraph and reopened at the start of the next is one quote. Its speaker comes from, in order:
- the attribution after it: “…,” kata Teguh / ujar Kepala Desa Sumber, Rohmat / “…,” Rohmat menambahkan;
- the attribution before it: Teguh mengatakan, “…” / Menurut Teguh, “…” / Teguh: “…”;
- nothing: the speaker of the quote before it in the same paragraph, or the person the paragraph (or the one
  before a paragraph of quote alone) presents as speaking.
"-nya" forms (ujarnya, katanya) and pronouns (ia, dia, beliau) and descriptions ending in "itu"/"ini"
("pria yang akrab disapa Dhito itu") refer to the person last presented as speaking, where every quote's
speaker and every sentence "X mengatakan / menjelaskan / meminta …" or "Menurut X" outside quotes presents
one; an unnamed person ("seorang warga") presents nobody, so a "-nya" after it gives null.
A speaker is a name only, in the fullest form the article gives ("Agus" -> "Agus Irawan"); a title the text
gives no holder for, an ordinal or a description with no name gives null. Every step reads a bounded window
around its offset, so the whole is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice

from .lexicon import AFTER_VERBS, COORDINATOR, DIVISION_WORDS, NEVER_NAME_WORDS, SAY_VERBS, SAYING_WORDS, SENTENCE_CONNECTIVES, \
    ORDINAL_WORDS, abbreviated_name_part, is_affixed_word, CIVIL_SOCIETY_BODIES
from .officials import DEGREE, LIST_OPENER, ROMAN_NUMERAL, SPELLED_RANK, TITLE_RE, spelling_key
from .prescan import Gated, Prescan
from .regions import gazetteer, key, single_edit
from .lexicon import HONORIFIC_WORDS as HONORIFICS
from .tokens import KNOWN_BODIES, NOT_NAME, ORG_WORDS

AFTER = re.compile(r"\s*(?:,|\.(?=\s*[a-z]))?\s*(?:(?:demikian|begitu)\s+)?(?:(?P<verb>" + AFTER_VERBS + r")(?P<nya>nya)?|(?P<passive>disampaikan|"
                   r"dikatakan|dijelaskan|diungkapkan|ditegaskan|dituturkan|disebutkan|diucapkan)(?:\s+oleh)?)\b",
                   re.IGNORECASE)
# “…,” Sutrisno menambahkan. / “…,” ia menambahkan.
AFTER_SUBJECT = re.compile(r"\s*,?\s*(?P<subject>[^.,;:\n“”\"]{2,80}?)\s+(?:" + SAY_VERBS + r")\b(?!\s+(?:bahwa|agar))")
THROUGH = re.compile(r"\bmelalui\b")
SAY = re.compile(r"\b(?:" + SAY_VERBS + r")\b")
SAID_BY_SUBJECT = re.compile(r"(?<!\byang )\b(?:" + SAY_VERBS + r")\b")
REPORTED_THAT = re.compile(r"\b(?:" + SAY_VERBS + r")[ \t]+bahwa\b")
# "kata" as a noun ("kata kunci", "kata sambutannya", "dengan kata lain"): a word, nobody's speech
KATA_AS_NOUN = r"(?![ \t]+(?:kunci|sambutan|pengantar|sepakat|sandi|lain|demi|per|maaf|akhir|putus|penutup|pembuka|" \
               r"mutiara|benda|kerja|dasar|ganti|tanya|seru|sifat)\b)(?![ \t]+[a-z]{3,}nya\b)"
# ("menurut apa kata kyai": what someone says, reported inside another's words, presents no speaker)
ACCORDING = re.compile(r"\b(?:[Mm]enurut(?![ \t]+apa\b)|(?<!apa )[Kk]ata" + KATA_AS_NOUN + r"|[Uu]jar|[Tt]utur|Bagi)\s+(?!nya\b)")
# "Hal senada diungkapkan Ketua Bawaslu Jombang, Ahmad Udi Masjkur": a passive verb of saying, its speaker after it
# (an office written in lower case still names its holder: "Ini disampaikan ketua Bawaslu Halsel, Rais Kahar")
LOWER_CASE_OFFICE = r"(?:ketua|wakil|anggota|kepala|komisioner|koordinator|sekretaris|direktur|camat|lurah|bupati|" \
                    r"gubernur|wali|penjabat|pj|plt|kapolres|kapolsek|kades)\b"
PASSIVE_SAY = re.compile(r"\b(?:diungkapkan|disampaikan|dikatakan|dijelaskan|ditegaskan|dituturkan|diakui|dibenarkan|"
                         r"dipaparkan|disebutkan|ditambahkan|diterangkan|diutarakan|dikemukakan|ditandaskan)"
                         r"(?:,?\s+oleh\s+|\s+)(?=[A-Z]|" + LOWER_CASE_OFFICE + ")")
# the verbs of saying over a whole article, tried only where such a verb can begin
SAY_SCAN, ACCORDING_SCAN, PASSIVE_SAY_SCAN = map(Prescan, (SAY, ACCORDING, PASSIVE_SAY))
THROUGH = re.compile(r"\s(?:melalui|lewat)\s+(?=[A-Z])")
PRONOUN = re.compile(r"(?i)^(?:ia|dia|beliau|nya)$")
# "ungkap mereka", "Kata mereka, ...": a group speaks, no one person; never the last name mentioned
PLURAL_PRONOUN = re.compile(r"(?i)^(?:mereka|keduanya|ketiganya|kami|kita)$")
PRONOUN_SUBJECT = re.compile(r"(?i)(?:^|[\s,])(?:ia|dia|beliau)\s*$")
INDEFINITE = re.compile(r"(?i)\b(?:seorang|salah\s+(?:satu|seorang)|sejumlah|beberapa|para|banyak|sebagian)\b")
# "pria yang akrab disapa kang Anto": a description of someone already presented, by the nickname people use
DESCRIBED_BY_NICKNAME = re.compile(r"(?i)(?:pria|wanita|perempuan|lelaki|laki-laki|sosok|pemuda|pemudi|bapak|ibu)"
                                   r"(?:\s+\w+)?\s+yang\s+(?:akrab\s+|biasa\s+|kerap\s+)?(?:disapa|dipanggil|disebut)\b")
# A description of the one speaking that names no one: "tutup mantan aktivis PMII", "kata pria kelahiran Sumenep"
EPITHET = re.compile(r"(?i)(?:sang\s+)?(?:mantan|eks|alumnus|alumni|jebolan|(?:pria|wanita|perempuan|lelaki|laki-laki|"
                     r"sosok|pemuda|bapak|ibu)\s+(?:kelahiran|asal|berkacamata|berusia|paruh\s+baya))\b")
CALLED = re.compile(r"(?:akrab\s+)?(?:disapa|dipanggil|disebut)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_NAME = r"[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,3}"
_FAMILIAR = r"(?:(?:Mas|Mbak|Cak|Gus|Bang|Kang|Pak|Bu|Daeng|Uda|Ning)[ \t]+)?"
NICKNAME_OF = re.compile(_FAMILIAR + r"(?P<nick>[A-Z][a-z'’]+),\s*(?:sapaan|panggilan)\s+(?:akrab\s+)?(?P<full>" + _NAME + ")")
CALLED_AFTER = re.compile(r"(?P<full>" + _NAME + r"),?\s+(?:yang\s+)?(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil)\s+"
                          + _FAMILIAR + r"(?P<nick>[A-Z][a-z'’]+)")
# run only on an article that holds their words ("sapaan", "disapa", ...): they start at every capital letter
# "Fachrul Rozi tinjau … Paul-sapaan akrabnya tetap semangat": the nickname of the one just named, glossed after it
NICKNAME_GLOSSED = re.compile(r"(?P<nick>[A-Z][a-z'’]+)[ \t]*(?:[-–—,][ \t]*|\([ \t]*)(?:sapaan|panggilan)[ \t]+akrab(?:nya)?\b")
NICKNAME_OF_GATED, CALLED_AFTER_GATED, NICKNAME_GLOSSED_GATED = map(Gated, (NICKNAME_OF, CALLED_AFTER, NICKNAME_GLOSSED))
# "yakni Muh Syaiful Saide dan Supriadi Lawani atau Budi.": a one-word name after "atau", closing the phrase
OR_ALIAS_SCAN = Prescan(re.compile(r"\batau[ \t]+(?P<nick>[A-Z][a-z'’]{2,})(?=[ \t]*[.,;)])"))
FULL_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<full>[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){1,3})[ \t]+$")
DEMONSTRATIVE_END = re.compile(r"(?i)\b(?:itu|ini|tersebut)(?:\s+(?:juga|pun|pula|kembali|lalu|kemudian|lantas))?\s*$")
# Words leading a sentence that are not its subject: "Sementara itu, ...", "Dalam kesempatan itu, ...".
LEAD_IN = re.compile(r"^(?:[^,]{0,60},\s+)")
# A name's words: capitalised words, initials ("A."), short particles of Indonesian names.
NAME_TOKEN = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|[A-Z]\.|[A-Z][a-z]{1,3}\.|Mc[A-Z][a-z]+")
# an honorific typed glued to the name ("dr.Meserasi Ataupah") is a word of its own
WORD = re.compile(r"(?<![\w.])(?:dr|drg|drh|Dr|Drs|Dra|Ir|Hj|Prof)\.(?=[A-Z][a-z])|[A-Za-zÀ-ÿ'’.-]+|\S")
NAME_PARTICLES = {"bin", "binti", "van", "de", "da", "al", "el"}
NOT_SUBJECT = {"Salah", "Seorang", "Sebanyak", "Sejumlah", "Beberapa", "Banyak", "Sebagian", "Hadir", "Turut",
               # kinds of place, so that "Kapanewon Ponjong" or "Dusun Gun Tembawang" is never a name
               "Kapanewon", "Kalurahan", "Kelurahan", "Desa", "Dusun", "Kampung", "Gampong", "Nagari", "Nagori",
               "Distrik", "Kecamatan", "Banjar", "Lingkungan", "Pasar", "Jalan", "Kampus", "Pulau", "Teluk",
               "Kompleks", "Perumahan", "TPS", "Posko", "Pos", "Kantor", "Balai", "Aula", "Pendopo", "Alun",
               # words that open a sentence or clause before its subject: "Melalui surat itu, Bawaslu menekankan ..."
               "Melalui", "Terlebih", "Lanjut", "Lebih", "Bahkan", "Apalagi", "Terkait", "Soal", "Sedangkan", "Meski",
               "Meskipun", "Walau", "Walaupun", "Kendati", "Disisi", "Sisi", "Sehingga", "Maka", "Justru", "Tak", "Tidak",
               "Bukan", "Berdasarkan", "Sesuai", "Lalu", "Setelah", "Sebelum", "Ketika", "Begitu", "Demikian"}
NOT_SUBJECT |= NEVER_NAME_WORDS
# "Diakuinya, ...", "Ditambahkannya, ...": a passive verb of saying with -nya opening a sentence, never a name
PASSIVE_NYA = re.compile(r"^(?:Di|Ter)[a-z]{3,}nya$")
ORDINALS = ORDINAL_WORDS | {"Terakhir", "Selanjutnya", "Kemudian"}
# Capitalised words that name a role, never a person (the titles are in NOT_NAME already).
ROLE_WORDS = {"Warga", "Pedagang", "Petani", "Nelayan", "Guru", "Pengamat", "Akademisi", "Saksi", "Tokoh",
              "Pemuda", "Ibu", "Bapak", "Pak", "Bu", "Kakek", "Nenek", "Mahasiswa", "Siswa", "Sopir", "Tukang",
              "Kader", "Pengurus", "Ketua", "Wakil", "Anggota", "Kepala", "Komisioner", "Staf", "Pegawai", "Petugas",
              "Kuasa", "Juru", "Jubir", "Pakar", "Peneliti", "Dosen", "Rektor", "Dekan", "Direktur", "Koordinator",
              "Pj", "Plt", "Plh", "Pjs", "Penjabat", "Camat", "Lurah", "Bupati", "Wali", "Gubernur", "Kades",
              "Wagub", "Politisi", "Politikus", "Pelaku", "Tersangka", "Terlapor", "Pelapor", "Korban",
              # descriptions of a person ("Orang nomor satu di Sulsel itu", "Pria asal Gowa ini")
              "Orang", "Pria", "Wanita", "Perempuan", "Lelaki", "Sosok", "Bocah", "Remaja", "Pensiunan", "Pejabat",
              "Pemilik", "Pengusaha", "Buruh", "Karyawan", "Ketum", "Sekjen", "Bendahara",
              # what a person is, written after the name ("ucap Aco Riswan Aktivis Sulbar"): not a word of the name
              "Aktivis", "Pegiat", "Praktisi", "Budayawan", "Advokat", "Pengacara", "Wartawan", "Jurnalis", "Pendiri",
              "Inisiator", "Pemerhati", "Penggiat", "Mantan", "Eks", "Calon", "Bakal", "Pensiunan", "Aktifis",
              # a person by degree, schooling or family ("Doktor jebolan Universitas Negeri Jakarta ini")
              "Doktor", "Profesor", "Jebolan", "Lulusan", "Alumnus", "Alumni", "Suami", "Istri",
              "Ayah", "Anak", "Sarjana", "Magister"}
RELATIVE_CLAUSE = re.compile(r"\s+yang\s.*$", re.DOTALL)
# Nouns of people with no name: "Namun, warga mengaku kecewa", "Sementara itu, pedagang pasar berharap …".
PEOPLE_WORDS = (ROLE_WORDS - {"Ketua", "Wakil", "Anggota", "Kepala", "Komisioner", "Pj", "Plt", "Plh", "Pjs", "Penjabat",
                              "Camat", "Lurah", "Bupati", "Wali", "Gubernur", "Kades", "Wagub", "Ketum", "Sekjen",
                              "Bendahara", "Direktur", "Rektor", "Dekan", "Koordinator", "Pak", "Bu", "Ibu", "Bapak"}) \
    | {"Masyarakat", "Pemilih", "Relawan", "Simpatisan", "Pendukung", "Penonton", "Pengunjung", "Penduduk", "Orangtua"}
# a sentence's start, past a dateline or a live report's time stamp ("NGANJUK – ", "07.40 WIB – ")
# "tukas Onibala.Dia juga menyebutkan": a full stop the outlet glued to the next sentence's first word
GLUED_STOP = r"(?<=[a-z]{3})\.(?=[A-Z][a-z])"
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[ \t]+|\n\s*|(?<=[a-z]{3}\.)(?=[A-Z][a-z]))(?:[^\n–—]{0,30}?\s[–—]\s+)?(?=[A-Z])")
# Every match of SENTENCE_START begins at the text's start, at a newline or just after a sentence-final mark
SENTENCE_START_AT = re.compile(r"[.!?\n]")
GLUED_SENTENCE_STOP = re.compile(GLUED_STOP)
# The first verb of a sentence: its subject ends there ("menjelaskan", "berharap", "hadir", "tiba").
ELECT_THEN_NAME = re.compile(r"\bterpilih\s+(?P<name>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,3})\s*$")
# ("terpilih" after a title is the office-elect's adjective: "Walikota Metro terpilih Wahdi menyampaikan …")
PURPOSE_OPENING = re.compile(r"(?i)\s*(?:untuk|guna|demi|dalam\s+rangka)\s+$")
FIRST_VERB = re.compile(r"(?<![\w-])(?!terpilih\b)(?:(?:me|ber|ter|di|mem|men|meng|meny)[a-z]{3,}|hadir|tiba|datang|turut|juga|ikut|"
                        r"sempat|telah|sudah|akan|tengah|sedang|masih|pun)\b")
NYA_FRAME = re.compile(r"\s*(?:[Mm]enurut|[Kk]ata|[Uu]jar|[Tt]utur|[Jj]elas)nya\b")
CLOCK_ZONE_THEN_CAPITAL = re.compile(r"\d[ \t]?(?:WIB|WITA|WIT)[ \t]+(?=[A-Z])")
PARAGRAPH = re.compile(r"\n\s*\n|\n")
WINDOW = 240  # characters of context an attribution may take on either side of a quote


@dataclass
class Quote:
    text: str
    speaker: str | None
    start: int
    end: int
    role: str | None = None
    official: str | None = None


@dataclass
class _Person:
    name: str | None  # None: someone the text does not name
    role: str | None
    offset: int
    refers_back: bool = False  # "Ia juga meminta …": whoever was presented before, settled when asked


QUOTE_MARKS = re.compile(r"‘‘|‘’(?=\w)|(?<!\S)‘’(?=[ \t]+[A-Z])|’’|''|[“”\"‘’\n]")  # ‘’ before a word: two single marks typed as an opening “
QUOTE_MARKS_SCAN = Prescan(QUOTE_MARKS)  # (its third alternative opens with a lookbehind: re would try every position)
CLOSES_AFTER = ",.!?…"


def quote_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every quotation of four words or more, continued across paragraphs, in order.

    Marks of every kind outlets use: “ ”, " ", doubled single marks (‘‘ ’’ or ''), a mixed pair (“ … ", ” … ’), a
    single-mark quotation of speech (‘Kami siap …,’ kata X) and an opening mark typed for the closing one
    (“ … ,“ kata X). A single ’ closes only after the sentence's punctuation, so an apostrophe (Syai’in) or a
    term in single marks (‘tidak netral’) is no quotation, and it never closes a quote opened with “ or "."""
    spans: list[tuple[int, int, str]] = []
    marks = [(m.start(), m.group(0)) for m in QUOTE_MARKS_SCAN.finditer(text)]
    open_at: int | None = None
    opener = ""
    pieces: list[tuple[int, int]] = []
    first_open = 0
    i = 0
    while i < len(marks):
        offset, mark = marks[i]
        width = len(mark)
        if mark in ("‘‘", "''", "‘’"):
            mark = "“"
        elif mark == "’’":
            mark = "”"
        if mark == "\n":
            if open_at is not None and opener == "‘":
                open_at, pieces = None, []  # a term in single marks left open ("tema ‘Sinergi … Kapuas’, …"): its ’
                # was taken for an apostrophe; it quotes nobody and must not swallow the next paragraph's “ … ”
            if open_at is not None:
                # left open at a paragraph's end: one quote if the next paragraph reopens it, else no quote
                nxt = re.match(r"\n\s*", text[offset:offset + 20])
                after = offset + (nxt.end() if nxt else 1)
                paragraph = text[after:text.find("\n", after) if "\n" in text[after:] else len(text)]
                if after < len(text) and text[after] in "“\"":
                    pieces.append((open_at, offset))
                    open_at = after + 1
                    while i + 1 < len(marks) and marks[i + 1][0] <= after:
                        i += 1
                elif re.match(r"[^“”\"]{10,}(?:”|’’|[,.!?]\s*\"\s*[a-z])", paragraph):
                    pieces.append((open_at, offset))  # the next paragraph closes, without reopening, the quote
                    open_at = after  # left open: "… negatif.\n\nDi Boven Digoel, … tidak netral,” ungkap X"
                elif not text[after:].strip():
                    break  # the article's last paragraph: see below
                else:
                    found = len(spans)
                    _close_before_inline_attribution(text, first_open, open_at, offset, pieces, spans)
                    lead_in = text[text.rfind("\n", 0, first_open) + 1:first_open].strip()
                    if len(spans) == found and not pieces and (not lead_in or lead_in.endswith((",", ":"))) \
                            and text[open_at:offset].rstrip().endswith((".", "!", "?")):
                        # a paragraph that opens with the mark and ends its sentence unclosed, the next one narrative:
                        # the outlet left out the closing mark ("“Saya berharap … Termasuk saat kampanye nanti.\n\n"), also
                        # after a lead-in's comma ("… lima calon Independen, “kita berharap … 12 Mei.\n\n")
                        words = re.sub(r"\s+", " ", text[open_at:offset]).strip()
                        if len(re.findall(r"[\w'’-]+", words)) >= 4:
                            spans.append((first_open, offset, words))
                    open_at, pieces = None, []
            i += 1
            continue
        before = text[offset - 1] if offset else " "
        after_mark = text[offset + width:offset + width + 1] or " "
        if mark == "‘":
            if open_at is None and (before.isspace() or before in "(–—-") and after_mark.isupper():
                open_at, first_open, pieces, opener = offset + 1, offset, [], "‘"
            i += 1
            continue
        if mark == "’":
            closes = open_at is not None and before in CLOSES_AFTER and (after_mark.isspace() or after_mark in ",.;)") \
                and (opener in ("‘", "”") or bool(AFTER.match(text, offset + 1)))  # “ … ,’ jelasnya: a mixed pair
            if not closes:
                i += 1
                continue  # an apostrophe, or a term in single marks inside a quotation
        if open_at is None and (mark == "”" and (before in CLOSES_AFTER or before.isalpha())
                                or mark == '"' and before in CLOSES_AFTER) \
                and AFTER.match(text, offset + width):  # ("… akan kita panggil” Tandasnya.": no comma before it;
            # '… terbanyak," kata Isman.': a straight mark after the sentence's comma closes, nothing opened it)
            paragraph_start = text.rfind("\n", 0, offset) + 1  # “ left out, ” kept: "Kita di SBT punya …,” tandasnya"
            if not QUOTE_MARKS.search(text, paragraph_start, offset) and not text[paragraph_start:offset].isspace() \
                    and not SAID_BY_SUBJECT.search(text, paragraph_start, offset):  # "Dian menegaskan bahwa …,”
                # tandasnya": reported speech ("surat … yang menerangkan …": a relative clause's verb, not the speaker's)
                words = re.sub(r"\s+", " ", text[paragraph_start:offset]).strip().rstrip(",").strip()
                if len(re.findall(r"[\w'’-]+", words)) >= 4:
                    spans.append((paragraph_start, offset + width, words))
                i += 1
                continue
        if open_at is None:
            opens_word = mark == "”" and (offset == 0 or text[offset - 1].isspace() and text[offset + 1:offset + 2].isalnum()
                                          or text[offset - 1] == "\n" and re.match(r"[ \t]+[A-Z]", text[offset + 1:offset + 4])
                                          or text[offset - 1] in ",:.!?" and text[offset + 1:offset + 2].isupper())
            # (".”Masyarakat serta …,” ucap X": glued to the sentence before, with nothing open, it opens)
            if mark in "“\"" or opens_word:  # "”Masyarakat tidak perlu takut …,” tambahnya": ” as an opening mark
                open_at, first_open, pieces, opener = offset + width, offset, [], mark
        elif mark == "“" and _nested_quotation(text, marks, i):
            i += 2  # “Tema yang diusung ialah tentang “Kesejahteraan Rakyat”, kita berharap …,” ucapnya: a title
            continue  # quoted inside the quotation, which goes on to the second closing mark
        elif mark == "“" and _cited_inside(text, marks, i, open_at):
            if i + 2 < len(marks) and marks[i + 2][1] in ("”", "’’") and "\n" not in text[marks[i + 1][0]:marks[i + 2][0]]:
                i += 2  # “Pesan kami “Jaga persatuan … warga”,” ucapnya: closed, then the quotation closes after it
                continue
            i += 1  # “Sedangkan jelas edaran Mendagri … “Kepala Desa yang … (Gakumdu)”: a text the speaker cites,
            continue  # opened inside the quotation with nobody's words between, closed with it by the one ”
        elif mark == "“" and not (before in CLOSES_AFTER and after_mark.isspace()) and after_mark not in ".,;!?" \
                and not (text[offset - 2:offset - 1] in tuple(CLOSES_AFTER) and before == " " and after_mark.islower()):
            # (", “jelas Ruslan": after the sentence's comma and glued to the lower-case verb, it is the closing mark)
            # (an opening mark with the sentence's punctuation straight after it opens nothing: "… undang-undang ASN “."
            # is the open quotation's reversed closing mark)
            open_at, first_open, pieces, opener = offset + width, offset, [], mark  # a new opening: the last one never closed
        else:
            pieces.append((open_at, offset))
            words = " ".join(text[a:b].strip() for a, b in pieces).strip()
            words = re.sub(r"\s+", " ", words).rstrip(",").strip()
            if len(re.findall(r"[\w'’-]+", words)) >= 4:
                spans.append((first_open, offset + width, words))
            open_at, pieces = None, []
        i += 1
    if open_at is not None and opener != "‘" and "\n" not in text[open_at:].strip():
        # a quotation opened in the article's last paragraph and never closed: it runs to that paragraph's last
        # sentence, before a closing credit ("… selama 71 Hari. (Jul)")
        body = re.sub(r"\s*(?:\([^()]{1,20}\)|\[[^\[\]]{1,20}\])\s*$", "", text[open_at:].strip())
        pieces.append((open_at, open_at + len(text[open_at:]) - len(text[open_at:].lstrip()) + len(body)))
        words = re.sub(r"\s+", " ", " ".join(text[a:b].strip() for a, b in pieces)).strip()
        if len(re.findall(r"[\w'’-]+", words)) >= 4:
            spans.append((first_open, pieces[-1][1], words))
    return spans


def _nested_quotation(text: str, marks: list[tuple[int, str]], i: int) -> bool:
    """Whether the “ at marks[i], inside an open quotation, opens a short inner quotation (a title, a term of up to six
    words) closed by ” before the outer quotation's own closing ” in the same paragraph."""
    if i + 2 >= len(marks) or marks[i + 1][1] not in ("”", "’’") or marks[i + 2][1] not in ("”", "’’"):
        return False
    inner = text[marks[i][0] + 1:marks[i + 1][0]]
    rest = text[marks[i + 1][0] + 1:marks[i + 2][0]]
    return "\n" not in inner + rest and 0 < len(inner.split()) <= 6 and bool(re.search(r"\w", rest)) \
        and not AFTER.match(text, marks[i + 1][0] + len(marks[i + 1][1]))


def _cited_inside(text: str, marks: list[tuple[int, str]], i: int, open_at: int) -> bool:
    """Whether the “ at marks[i], inside an open quotation, opens a text the speaker cites: no attribution and no verb
    between the two opening marks, a ” after it in the same paragraph (its own, or one closing both)."""
    if i + 1 >= len(marks) or marks[i + 1][1] not in ("”", "’’") or "\n" in text[open_at:marks[i + 1][0]]:
        return False
    between = text[open_at:marks[i][0]]  # an introduction with no verb ("jelas edaran oleh Kemendagri X"); a sentence
    # of the speaker's own with its verb ("Kami sudah siap menggelar debat. “Semua …”") was a quotation left open
    return len(between.split()) >= 3 and not SAY.search(between) and not ATTRIBUTION_VERB.search(between) \
        and not FIRST_VERB.search(between)


ATTRIBUTION_VERB = re.compile(r"\b(?i:" + AFTER_VERBS + r")(?:nya\b|[ \t]+(?=[A-Z]))")  # "jelas edaran": no attribution


# “… atribut, ujar Saleh kepada wartawan.: the closing mark left out, the attribution written inside the open quotation
INLINE_ATTRIBUTION = re.compile(r",[ \t]+(?:" + AFTER_VERBS + r")(?:nya\b|[ \t]+(?=[A-Z]))")


def _close_before_inline_attribution(text: str, first_open: int, open_at: int, end: int,
                                     pieces: list[tuple[int, int]], spans: list[tuple[int, int, str]]) -> None:
    """A quotation left open at a paragraph's end that no next paragraph goes on with: where its paragraph carries a
    verb of saying after a comma, the quotation ends at that comma (the last such comma)."""
    attribution = None
    for attribution in INLINE_ATTRIBUTION.finditer(text, open_at, end):
        pass
    if attribution is None:
        return
    words = " ".join(text[a:b].strip() for a, b in pieces + [(open_at, attribution.start())])
    words = re.sub(r"\s+", " ", words).strip().rstrip(",").strip()
    if len(re.findall(r"[\w'’-]+", words)) >= 4:
        spans.append((first_open, attribution.start(), words))


PERFECT_BEFORE = re.compile(r"\b(?:sudah|telah|pernah)[ \t]+$")
DATELINE_DASH_AFTER = re.compile(r"[ \t]*[–—-][ \t]")


class _Names:
    """Names the article gives, for the fullest form of a short one and for a title's holder.

    Indexed by word and by role so that each look-up reads only the forms that can match: a hostile text of
    a thousand repeated names stays linear."""

    CANDIDATES = 64  # forms compared per look-up at most

    def __init__(self, text: str, officials) -> None:
        from .pipeline import headline_spans  # (pipeline imports this module)
        headlines = headline_spans(text)
        self.text = text
        # as in the record: a title-case headline makes any words after a title a name, unless the body repeats it
        self.officials = sorted((m for m in officials or []
                                 if not (_within(m.start, headlines) and text.count(m.name) == 1)),
                                key=lambda m: m.start)
        self.official_starts = [m.start for m in self.officials]
        self.positions: dict[str, list[int]] = {}  # normalised form -> its offsets, in order
        self.display: dict[str, str] = {}
        self.by_word: dict[str, list[str]] = {}
        for mention in self.officials:
            self._add_form(mention.start, mention.name)
        official_names = {_norm(m.name) for m in self.officials}
        for run in re.finditer(r"(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*\s+(?:[A-Z]\.\s+)?){1,8}[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*", text):
            if _within(run.start(), headlines):
                continue  # a headline in title case ("Panwascam Dilantik Alipius Fokus Kerja") makes any word a name's
            if DATELINE_DASH_AFTER.match(text, run.end()) and (run.start() == 0 or text[run.start() - 1] == "\n"):
                continue  # "Memontum Trenggalek – Menjelang …": the outlet and the place of the dateline, no person
            if text[max(0, run.start() - 3):run.start()].rstrip(" ,")[-1:] in ("”", '"') \
                    and _misspelt_saying_verb(run.group(0).split()[0].lower()):
                continue  # "“…” Ungakp Swastari": a verb of saying mistyped, then the speaker, not one name
            if _norm(run.group(0).split(None, 1)[-1]) in official_names and _opens_sentence(text, run.start()):
                continue  # "Tambang Swastari, pihaknya …" after "Ketua Bawaslu Dompu, Swastari": the official's name
                # as presented with the office, after a word that opens the sentence
            preceding = text[max(0, run.start() - 20):run.start()].split()
            if (preceding and preceding[-1].lower() in ORIGIN_WORDS) or FOLLOWED_BY_NUMBER.match(text, run.end()):
                continue  # "kelahiran Sisawah Sumpurkudus 1 Agustus 1991": a birthplace, no person presented
            run_words = run.group(0).split()
            body_width = _civil_society_body_width(run_words, preceding[-1] if preceding else "")
            if body_width:
                self._add_form(run.start(), " ".join(run_words[body_width:]))  # "LSM Gasak Edia Satria"
                continue
            if preceding and preceding[-1].lower() in ADMINISTRATIVE_UNITS:  # "DPRD kota Sungai Penuh Hendri Saputra"
                without = _without_places(run.group(0))
                if " " in without and without != run.group(0):
                    self._add_form(run.start(), without)
                    continue
            name, _, end = _name_in(run.group(0))
            while name and " " not in name and end < len(run.group(0)):  # "Sorong Inspektur Jenderal Polisi
                rest = run.group(0)[end:]  # Hendra Wijaya": a place before the titles, then the name
                name, offset, end_in_rest = _name_in(rest)
                end += end_in_rest if name else 0
            while name and " " in name and name.split()[0] in DIVISION_WORDS:
                name = name.split(None, 1)[1]  # "… Partisipasi Masyarakat & Hubal Agustri": the portfolio's last word
            read = next((m for m in self.officials_between(run.start() + 1, run.end()) if m.end == run.end()), None)
            if name and read is not None and len(read.name) < len(name) and _norm(name).endswith(" " + _norm(read.name)):
                name = read.name  # "Kades Tatakalai Adrian Lamala": the officials' reader took the words before the
                # holder's name as the office's place, so they are no part of the name
            if name and " " in name and not (_is_place(name.split()[0]) and _introduces_place(text[max(0, run.start() - 30):run.start()])):
                self._add_form(run.start(), name)
        for positions in self.positions.values():
            positions.sort()
        self.by_role: dict[str, list] = {}
        for mention in self.officials:
            if mention.role:
                self.by_role.setdefault(_norm(mention.role), []).append(mention)
        self.capitalised = {w for w in re.findall(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w'’-])", text)
                            if not OPENER_SHAPE.match(w) and not AFFIXED_WORD.match(w)}
        self._clip_cache: dict[str, tuple[str, int] | None] = {}
        self.aliases: dict[str, str] = {}
        for alias in NICKNAME_OF_GATED.finditer(text):  # "Mas Dhito, sapaan akrab Hanindhito"
            self.aliases[alias["nick"]] = _without_places(alias["full"])
        for alias in CALLED_AFTER_GATED.finditer(text):  # "Hanindhito Himawan Pramana yang akrab disapa Mas Dhito"
            self.aliases.setdefault(alias["nick"], _without_places(alias["full"]))
        for alias in NICKNAME_GLOSSED_GATED.finditer(text):  # "Paul-sapaan akrabnya": of the official named last
            index = bisect.bisect_right(self.official_starts, alias.start()) - 1
            named = self.officials[index] if index >= 0 else None
            if named is not None and alias.start() - named.end < 300 and alias["nick"] not in named.name.split():
                self.aliases.setdefault(alias["nick"], named.name)
        for alias in OR_ALIAS_SCAN.finditer(text):  # "Supriadi Lawani atau Budi": the name, then the one he goes by
            full = FULL_NAME_BEFORE.search(text, max(0, alias.start() - 60), alias.start())
            name = _name_in(full["full"])[0] if full else None
            if name and " " in name and not _is_place(alias["nick"]) and alias["nick"] not in NOT_NAME \
                    and alias["nick"] not in ROLE_WORDS:
                self.aliases.setdefault(alias["nick"], name)

    def _add_form(self, position: int, form: str) -> None:
        normalised = _norm(form)
        if normalised not in self.positions:
            self.positions[normalised] = []
            self.display[normalised] = form
            for word in set(normalised.split()):
                self.by_word.setdefault(word, []).append(normalised)
        self.positions[normalised].append(position)

    def is_official(self, name: str) -> bool:
        return any(_norm(m.name) == _norm(name) for m in self.officials)

    def official_spelled_as(self, name: str) -> str | None:
        """The official whose name this is in another spelling ("Irfan" for "Irpan"), named first in the article."""
        wanted = spelling_key(name)
        found = next((m.name for m in self.officials if spelling_key(m.name) == wanted), None)
        if found is None and " " not in name.strip():  # "Nurhidayat" for "Ketua Bawaslu Karimun Nur Hidayat": the
            found = next((m.name for m in self.officials  # name's words written as one
                          if " " in m.name and spelling_key(m.name).replace(" ", "") == wanted), None)
        if found is None and " " in name.strip():  # "Eman Koro" for "Emanuel Koro": the first name shortened, the
            words = wanted.split()  # surname the same
            found = next((m.name for m in self.officials if _shortened_first_name(words, spelling_key(m.name).split())),
                         None)
        if found is None and " " not in name.strip() and len(name.strip()) >= 3 \
                and not self.by_word.get(_norm(name), ()):  # "Edi mengatakan" of "Divisi Hukum Bawaslu, Ediansyah
            short = _norm(name)  # Hasan": the first name cut short, when one official's first name begins so and
            clipped = {m.name for m in self.officials  # no name the article gives has the short form as a word
                       if len(_norm(m.name).split()[0]) - len(short) >= 3 and _norm(m.name).startswith(short)}
            found = clipped.pop() if len(clipped) == 1 else None
        return found

    def officials_between(self, start: int, end: int):
        index = bisect.bisect_left(self.official_starts, start)
        while index < len(self.officials) and self.officials[index].start < end:
            yield self.officials[index]
            index += 1

    def fullest(self, name: str, offset: int) -> str:
        name = self.aliases.get(name, name)
        ordered = _norm(name).split()
        words = set(ordered)
        if not words:
            return name
        pools = [self.by_word.get(w, []) for w in words]
        best, best_key = name, None
        fuller: list[str] = []
        standalone: bool | None = None
        for normalised in min(pools, key=len)[:self.CANDIDATES]:
            form_words = normalised.split()
            if len(form_words) <= len(words) or not words <= set(form_words):
                continue
            if len(ordered) >= 2 and form_words[-len(ordered):] == ordered:
                if standalone is None:
                    standalone = self._first_standalone(name, offset) is not None
                if standalone:
                    continue  # "Irsyad Yusuf yang akrab dipanggil …", later "istri, Lulis Irsyad Yusuf": a name the
                    # article writes whole on its own is not the tail of a longer one
            fuller.append(normalised)
            positions = self.positions[normalised]
            index = bisect.bisect_right(positions, offset) - 1
            # a form the name opens before one with words in front of it ("Gus Irsyad": Irsyad Yusuf, not his wife
            # Lulis Irsyad Yusuf), then the longest, then the one written last before here
            rank = (form_words[:len(ordered)] == ordered, len(form_words), positions[index] if index >= 0 else -positions[0])
            if best_key is None or rank > best_key:
                best, best_key = self.display[normalised], rank
        if len(fuller) > 1:
            first_use = self._first_standalone(name, offset)
            if first_use is not None:  # "kata Asep" after Asep Saepuloh alone, then Kapolsek Asep Jaenudin: the short
                known = [f for f in fuller if self.positions[f][0] < first_use]  # form keeps the one it first meant
                if len(known) == 1 and len(known[0].split()) == len(best.split()):
                    best = self.display[known[0]]
        if best_key is None and len(words) == 1 and len(next(iter(words))) >= 3:
            clipped = self._clipped(next(iter(words)), offset)
            if clipped and " " not in clipped and clipped.lower() not in words:
                clipped = self.fullest(clipped, offset)  # "Uci" -> "Suci" -> "Ada Suci Makbullah"
            best = clipped or best
        return best

    def _first_standalone(self, name: str, offset: int) -> int | None:
        """Where, before `offset`, the text first writes `name` alone, no capitalised word joined to it on either side."""
        for start in _standalone(self.text, name, offset):
            end = start + len(name)
            if re.match(r"[ \t]+[A-Z]", self.text[end:end + 2]) \
                    or re.search(r"[A-Z][\w'’.-]*[ \t]+$", self.text[max(0, start - 30):start]):
                continue
            return start
        return None

    def _clipped(self, word: str, offset: int) -> str | None:
        """The one name, given before `offset`, that a clipped form stands for: "Jones" for "Novri Jonestama"."""
        if len(word) >= 4:
            found = {normalised for normalised, positions in islice(self.positions.items(), self.CANDIDATES * 4)
                     if positions[0] < offset and " " in normalised
                     and any(part.startswith(word) and part != word for part in normalised.split())}
            if len(found) == 1:
                return self.display[found.pop()]
            if found:
                return None
        if word not in self._clip_cache:
            # a one-word name clipped at its end ("Lege" for "Legewarman") or its start ("Uci" for "Suci"), among the
            # capitalised words of the text; read once per short form
            longer = {w for w in self.capitalised
                      if w.lower() != word and ((len(word) >= 4 and w.lower().startswith(word))
                                                or (w.lower().endswith(word) and len(w) - len(word) <= 3))}
            longer = {w for w in longer if not _is_place(w) and w not in NOT_NAME and w not in ROLE_WORDS}
            clipped = longer.pop() if len(longer) == 1 else None
            first = next(_standalone(self.text, clipped), None) if clipped else None
            self._clip_cache[word] = (clipped, first) if first is not None else None
        found = self._clip_cache[word]
        return found[0] if found and found[1] < offset else None

    def holder_of(self, title: str, offset: int) -> tuple[str, str] | None:
        """The official, named before `offset`, whose title (and place) is `title`: 'Ketua PPK Krayan'."""
        wanted = DEMONSTRATIVE_END.sub("", _norm(title)).strip()  # "ujar Bupati Jombang itu"
        wanted = ADVERB_END.sub("", wanted)  # "Pj Bupati Lebak juga mengimbau": the adverb before the verb
        if not wanted:
            return None
        words = wanted.split()
        for width in range(min(len(words), 8), 0, -1):
            holders = self.by_role.get(" ".join(words[:width]), [])
            latest = bisect.bisect_right([m.start for m in holders], offset) if len(holders) < self.CANDIDATES \
                else bisect.bisect_right(holders, offset, key=lambda m: m.start)
            for mention in reversed(holders[max(0, latest - self.CANDIDATES):latest]):  # the latest holder first
                role_text = _norm(self.text[mention.role_start:mention.start]) if mention.role_start is not None else ""
                role_text, bare_wanted = _without_kind(role_text.replace("(", "").replace(")", "")), _without_kind(wanted)
                # "Ketua KPU Kabupaten Jombang, X" then "kata Ketua KPU Jombang": the same office; "Penjabat (Pj)
                # Bupati Kabupaten Lebak" then "Pj Bupati Lebak" too
                if width == len(words) or role_text.startswith(bare_wanted) or bare_wanted in role_text:
                    return mention.name, mention.role
        latest = bisect.bisect_right(self.official_starts, offset)
        for mention in reversed(self.officials[max(0, latest - self.CANDIDATES):latest]):
            role_text = _norm(self.text[mention.role_start:mention.start]) if mention.role_start is not None else ""
            if re.search(r"\(" + re.escape(wanted) + r"\)", role_text):  # "kata Wagub" after "Wakil Gubernur (Wagub) X"
                return mention.name, mention.role
        return None


def _shortened_first_name(words: list[str], official: list[str]) -> bool:
    """"Eman Koro" of Emanuel Koro; "Octa Talu" of Octavianus Dapa Talu, the middle name left out too."""
    same_rest = words[1:] == official[1:] if len(words) == len(official) else len(words) == 2 and words[-1] == official[-1]
    return len(official) >= len(words) >= 2 and same_rest and len(words[0]) >= 3 \
        and official[0].startswith(words[0]) and words[0] != official[0]


ADVERB_END = re.compile(r"(?:\s+(?:juga|pun|pula|kembali|lalu|kemudian|lantas|sendiri|turut|ikut))+$")


def _without_kind(text: str) -> str:
    """A normalised role without the kind of its place ('ketua kpu kabupaten jombang' -> 'ketua kpu jombang')."""
    return re.sub(r"\b(?:kabupaten|kab|provinsi|prov)\s+", "", text)


@lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    return SPACES.sub(" ", DOT_OR_COMMA.sub(" ", text)).strip().lower()


SPACES = re.compile(r"\s+")
DOT_OR_COMMA = re.compile(r"[.,]")


def _opens_sentence(text: str, offset: int) -> bool:
    before = text[max(0, offset - 3):offset].rstrip(" \t")
    return not before or before[-1] in ".!?\n”\""


def _names_a_body(words: str) -> bool:
    """'Komisi ASN', 'DKPP', 'Bawaslu Provinsi': an institution, not a person."""
    return any(w in ORG_WORDS or w in KNOWN_BODIES or (w.isupper() and len(w) >= 3) for w in words.split())


def _is_place(word: str) -> bool:
    g = gazetteer()
    k = key(word)
    return k in g.regency_by_bare or k in g.province_by_name or k in g.kecamatan_by_bare


def _without_places(name: str) -> str:
    """'Tuban Aditya Halindra Faridzky' (from 'Bupati Tuban Aditya ...'): the name without the place before it."""
    words = name.split()
    while len(words) > 1:
        width = next((n for n in range(min(3, len(words) - 1), 1, -1) if _is_place(" ".join(words[:n]))), 0) \
            or (1 if _is_place(words[0]) or words[0] in NOT_NAME else 0)  # "Sungai Penuh Hendri Saputra"
        if not width:
            break
        del words[:width]
    return " ".join(words)


# A word built with Indonesian affixes ("Kekhawatiran", "Ditambahkan", "Pemberitahuan", "Berdasarkan")
AFFIXED_WORD = re.compile(r"^(?:Di|Ke|Pe|Per|Pen|Pem|Peng|Ber|Ter)[a-z]{3,}(?:kan|an|i)$")


# Shapes of a capitalised word that opens a sentence without being its subject: a passive verb ("Disinggung soal ...,
# dia ...", "Ditanya wartawan, ...") or a noun with -nya ("Munculnya protes ..., Hendri menyampaikan")
OPENER_SHAPE = re.compile(r"^(?:(?:Di|Ter)[a-z]{4,}|[A-Z][a-z]{3,}nya)$")


def _capitalised_only_where_sentences_open(text: str, word: str) -> bool:
    for start in _standalone(text, word):
        before = text[:start].rstrip(" \t\"“”'(")
        if before and before[-1] not in ".!?\n:–—-":
            return False
    return True


def _only_opens_sentences(text: str, word: str) -> bool:
    """Whether a capitalised word is capitalised only where a sentence or paragraph opens: a common word
    ("Kekhawatiran", "Ditambahkan"), since a name keeps its capital inside a sentence too. A one-word
    name may open the only sentence naming it ("Kifly, salah satu PNS"), so only affixed words qualify."""
    if not AFFIXED_WORD.match(word) and not OPENER_SHAPE.match(word):
        return False
    return _capitalised_only_where_sentences_open(text, word)


def _written_lower_elsewhere(text: str, word: str) -> bool:
    """'Laporan itu menyebut …' after '… laporan warga …': a capitalised word the text also writes in lower case inside
    a sentence, and capitalises only where a sentence opens, is a common word; a name keeps its capital."""
    if len(word) < 4 or next(_standalone(text, word.lower()), None) is None:
        return False
    return _capitalised_only_where_sentences_open(text, word)


NAME_CHARACTER = re.compile(r"[\w'’-]")


def _standalone(text: str, word: str, end: int | None = None):
    """Where `word` stands in text[:end] with no word character, apostrophe or hyphen joined to it, in order and not
    overlapping: the starts of the matches of (?<![\\w'’-])WORD(?![\\w'’-]) in text[:end], found by str.find (re enters
    that pattern at every position of the text)."""
    if not word:
        yield from (m.start() for m in re.finditer(r"(?<![\w'’-])(?![\w'’-])", text[:end]))
        return
    limit = len(range(len(text))[:end])
    position = 0
    while (start := text.find(word, position, limit)) >= 0:
        after = start + len(word)
        if (start == 0 or not NAME_CHARACTER.match(text, start - 1)) \
                and (after == limit or not NAME_CHARACTER.match(text, after)):
            yield start
            position = after
        else:
            position = start + 1


def _civil_society_body_width(words: list[str], preceding: str) -> int:
    """How many words open a run before the person's name as a civil-society body and its own name: "LSM Gasak Edia
    Satria" (LSM before the run) drops one, "Ormas Bela Andi Saputra" two; a person needs two words left (one after
    the body's place: "LSM Kompak Barru Harisman")."""
    kinds = [k for k, word in enumerate(words) if word.rstrip(".,") in CIVIL_SOCIETY_BODIES]
    width = kinds[-1] + 2 if kinds else (1 if preceding in CIVIL_SOCIETY_BODIES else 0)
    branch = False
    if width:
        g = gazetteer()
        while width < len(words) - 1 and (key(words[width]) in g.regency_by_bare or key(words[width]) in g.province_by_name):
            width, branch = width + 1, True  # "LSM Kompak Barru Harisman": the body's branch in a place, then one name
    return width if len(words) - width >= (1 if branch else 2) else 0


def _introduces_place(before: str) -> bool:
    """Whether the word before a place name makes it a place: a title, a body, 'Kecamatan', 'di'."""
    previous = before.split()[-1].rstrip(".,)").lstrip("(") if before.split() else ""  # "(Bawaslu) Tanjungpinang"
    return bool(previous) and (previous in NOT_NAME or previous in ORG_WORDS or previous in ROLE_WORDS
                               or previous in KNOWN_BODIES
                               or previous.lower() in ("di", "dari", "asal", "ke") or previous.isupper()
                               or previous.lower() in ADMINISTRATIVE_UNITS)  # "DPRD kabupaten Kerinci Boy Edwar"


# Words that make the capitalised words after them a place of birth or origin or a school, never the person:
# "kelahiran Padang", "alumni Unpad", "lulusan UGM", "jebolan IPDN", "asal Bima", "putra daerah Sumba".
ORIGIN_WORDS = frozenset({"kelahiran", "kelahirkan", "lahir", "alumni", "alumnus", "lulusan", "jebolan", "asal", "asli",
                          "almamater", "daerah", "mahasiswa", "mahasiswi", "dosen"})
# A capitalised run followed by a number is a place or school with its date or year ("Unand 2014"), not a speaker.
FOLLOWED_BY_NUMBER = re.compile(r"[ \t]+\d")
COMMA_BEFORE_DEMONSTRATIVE = re.compile(r"(?<=\w),[ \t]+(itu|ini|tersebut)(?=[ \t]*(?:,|$))")
ADMINISTRATIVE_UNITS = frozenset({"kabupaten", "kab", "kota", "provinsi", "kecamatan", "kec", "desa", "kelurahan",
                                  "nagari", "distrik", "kampung", "dusun", "gampong", "pekon", "wilayah", "daerah"})
# A noun in -an opening a sentence before a preposition ("Kaitan dengan …", "Tanggapan atas …", "Laporan terhadap …"):
# a noun phrase framing the sentence, never its speaker.
NOUN_THEN_PREPOSITION = re.compile(r"[A-Z][a-z]{2,}an[ \t]+(?:dengan|terhadap|atas|untuk|soal|tentang|mengenai|pada|"
                                   r"dari|bagi|antara|akan|oleh)\b")
WHILE_BEFORE = re.compile(r"(?<![\w-])(?:seraya|sambil|sembari)[ \t]+$")
BODY_THEN_RELATIVE = re.compile(r"(?P<antecedent>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)[ \t]+yang[ \t]+"
                                r"(?:(?:selanjutnya|kemudian|nantinya|akan|lalu|juga|pun|telah|sudah)[ \t]+)?$")
PURPOSE_BEFORE = re.compile(r"(?i)\b(?:guna|untuk|agar|supaya|demi|bertujuan)\s+(?:(?:segera|dapat|bisa|mau|ikut|turut|"
                            r"berani|tidak|juga)\s+)?$")  # "mengajak masyarakat untuk segera melaporkan"
# "tidak ada yang melaporkan", "siapa pun yang melapor": someone unnamed and unspecified, no one presented
ANYONE_BEFORE = re.compile(r"(?i)\b(?:ada|siapa(?:\s*pun)?|orang|pihak|masyarakat|warga)\s+yang\s+$")
INITIAL = re.compile(r"[A-Z]\.")
INITIAL_FOLLOWED = re.compile(r"\s+[A-Z][a-z]")
NEXT_WORD = re.compile(r"[ \t]+(\S+)")


COORDINATOR_WORD = re.compile(COORDINATOR)


@lru_cache(maxsize=16384)
def _word_kind(word: str) -> tuple[str, bool, bool, bool, bool, bool]:
    """What `_name_in` asks of one word of a clause: (the word without its dot, a name's word, a name's
    particle, an initial, an honorific or rank, a province's name); the two name tests already exclude verbs
    of saying and the words that never belong to a name."""
    bare = word.rstrip(".")
    # "ujar Ridwan.(**)": the dot ends the sentence
    shaped = bool(NAME_TOKEN.fullmatch(word)) or (len(bare) > 3 and bool(NAME_TOKEN.fullmatch(bare)))
    particle = word.lower() in NAME_PARTICLES
    # "“…,” Ungkap Ngesti Nugraha": a verb of saying written with a capital
    allowed = bare.lower() not in SAYING_WORDS and not PASSIVE_NYA.match(bare) and bare not in NOT_NAME \
        and bare not in ORG_WORDS and bare not in ROLE_WORDS and bare not in ORDINALS and bare not in NOT_SUBJECT \
        and not is_affixed_word(bare) and not COORDINATOR_WORD.fullmatch(bare)  # "Dijelaskan Mustar", "Pernyataan
    # Melpadona": a verb or noun, not a name; "Budi Santoso Kordinator Divisi …": the title, however misspelt
    return (bare, shaped and allowed, particle and allowed, bool(INITIAL.fullmatch(word)),
            bare in HONORIFICS or word in ("K.H.", "KH."), key(bare) in gazetteer().province_by_name)


WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")


def _numbered_place_after(clause: str, roman: re.Match) -> int | None:
    """The end of a place named with a number first ("XIII Koto Kampar"), or None."""
    after = WORDS_AFTER.match(clause, roman.end())
    if not after:
        return None
    ends = [m.end() for m in re.finditer(r"[ \t]+[A-Z][\w'’-]*", after.group(0))]
    for end in reversed(ends):
        if _is_place(roman.group(0) + after.group(0)[:end]):
            return roman.end() + end
    return None


@lru_cache(maxsize=4096)  # the same clause is read from several attributions (four reads in five repeat one)
def _name_in(clause: str) -> tuple[str | None, int, int]:
    """The first person's name in a clause of attribution: (name, start, end) or (None, -1, -1).
    Honorifics and ranks before it are skipped; a place, title or organisation word ends it."""
    words: list[re.Match] = []
    skip_until = 0
    for match in WORD.finditer(clause):
        word = match.group(0)
        if match.start() < skip_until:
            continue
        if ROMAN_NUMERAL.fullmatch(word):
            place = _numbered_place_after(clause, match)
            if place:  # "Ketua Panwascam XIII Koto Kampar itu": a kecamatan whose name opens with a number
                if words:
                    break
                skip_until = place
                continue
        bare, name_word, particle, initial, honorific, province = _word_kind(word)
        if words and initial and INITIAL_FOLLOWED.match(clause[match.end():match.end() + 3]):
            words.append(match)  # "Darmin H. Hasyim": a letter inside a name is an initial, not an honorific
            continue
        following = len(word) == 3 and word[2] == "." and NEXT_WORD.match(clause, match.end())
        if following and abbreviated_name_part(word, following[1]):
            words.append(match)  # "LM. Husen Tali": a name's abbreviated part
            continue
        if honorific:
            words = []  # a rank or honorific starts the name: "Dandim 1307/Poso Letkol Inf Joko Purnomo"
            continue
        if words and "\n" in clause[words[-1].end():match.start()]:
            break  # a paragraph ends the name: "ungkap Yayan\n\nKendati demikian"
        if (name_word or (words and particle)) and not (words == [] and province):
            words.append(match)
            if word.endswith(".") and len(bare) > 3:
                break
            if len(words) == 5:
                break
            continue
        if words:
            break
        if word in (",", "(", ")"):
            continue
        if word[:1].islower() or word in ("“", "”", '"'):
            if word[:1].islower() and words == []:
                continue  # "kata warga Desa Sumber Sutrisno": descriptions before the name
            break
    while words and words[-1].group(0).lower() in NAME_PARTICLES:
        words.pop()
    before = clause[:words[0].start()].split() if words else []
    del words[:_civil_society_body_width([w.group(0) for w in words], before[-1] if before else "")]
    if words and ((before and before[-1].lower() in ORIGIN_WORDS) or FOLLOWED_BY_NUMBER.match(clause, words[-1].end())):
        # "wanita kelahiran Sisawah Sumpurkudus 1 Agustus 1991", "alumni Unand 2014 itu": a birthplace or a school
        rest_start = words[-1].end()
        name, start, end = _name_in(clause[rest_start:])
        return (name, rest_start + start, rest_start + end) if name else (None, -1, -1)
    while len(words) > 1 and _introduces_place(clause[:words[0].start()]):
        # "Ketua KPU Jember Muhammad Syai'in", "Kecamatan Cikajang Asep Jaenudin": the place before the name, of
        # one word or more ("Pemkab Bone Bolango Djamaludin Wartabone"), the longest place first
        width = next((n for n in range(min(3, len(words) - 1), 0, -1)
                      if _is_place(" ".join(w.group(0).rstrip(".") for w in words[:n]))), 0)
        if not width:
            break
        del words[:width]
    if len(words) == 1 and _is_place(words[0].group(0).rstrip(".")) and _introduces_place(clause[:words[0].start()]):
        rest_start = words[0].end()  # "Kapolres Buru Inspektur Jenderal Polisi Sulastri Sukidin": a title's place,
        name, start, end = _name_in(clause[rest_start:])  # then a rank spelt out, then the name
        if name and " " in name:
            return name, rest_start + start, rest_start + end
    if not words or (len(words) == 1 and len(words[0].group(0).rstrip(".")) < 3):
        return None, -1, -1
    name = " ".join(w.group(0) for w in words).rstrip(".")
    return name, words[0].start(), words[-1].end()


UNNAMED_SOURCE_WORDS = frozenset({"pihak", "sang", "si", "mantan", "eks"})


def _names_no_one(description: str | None) -> bool:
    """Whether what follows 'menurut' opens with a common noun that is no person: 'aturan', 'data', 'hasil'; not
    'warga', 'pengamat', 'ketua', 'dia', 'salah seorang', 'pihak kepolisian'."""
    if not description or not description[:1].islower():
        return False
    first = description.split()[0].strip(",.")
    return not (first.capitalize() in ROLE_WORDS or first.capitalize() in PEOPLE_WORDS or first in UNNAMED_SOURCE_WORDS
                or PRONOUN.match(first) or PLURAL_PRONOUN.match(first) or INDEFINITE.match(first)
                or re.match(LOWER_CASE_OFFICE, first) or TITLE_RE.fullmatch(first.capitalize()))


def _sentence_starts(text: str):
    """`SENTENCE_START.finditer(text)`, the pattern tried only where a match can begin (re tries each alternative at
    every position of the text otherwise)."""
    match_at = SENTENCE_START.match
    end, tried = 0, -1
    for mark in chain((None,), SENTENCE_START_AT.finditer(text)):
        if mark is None:
            position = 0
        else:
            position = mark.start() if text[mark.start()] == "\n" else mark.end()
        if position <= tried or position < end:  # (after an empty match, the next is further on)
            continue
        tried = position
        found = match_at(text, position)
        if found:
            yield found
            end = found.end()


class _Speakers:
    """Who the text presents as speaking, in order: quotes' speakers and sentences of reported speech."""

    def __init__(self, text: str, names: _Names, quotes: list[tuple[int, int, str]]) -> None:
        self.text = text
        self.names = names
        self.events: list[_Person] = []
        self.offsets: list[int] = []
        self.inside = [(a, b) for a, b, _ in quotes]
        # a pronoun's referent may be a quote's speaker, known only once the quotes before it are attributed
        self.deferring = False
        # in text order, so that a pronoun's referent is every presentation before it
        found = [(m.start(), "say", m) for m in SAY_SCAN.finditer(text)]
        found += [(m.start(), "according", m) for m in ACCORDING_SCAN.finditer(text)]
        found += [(m.start(), "passive", m) for m in PASSIVE_SAY_SCAN.finditer(text)]
        found += [(m.end(), "sentence", m) for m in _sentence_starts(text)]
        found.sort(key=lambda item: item[0])
        # Read as far as asked only: a presentation is stored at its own offset or later, and the quotes ask
        # about what comes before a point, so those after the last point asked about are never read.
        self.found = found
        self.read = 0

    def _read_until(self, offset: int) -> None:
        """Every presentation found before `offset` read and stored (each is stored at its offset or after it)."""
        found, text, inside = self.found, self.text, self.inside
        if self.read >= len(found) or found[self.read][0] >= offset:
            return
        self.deferring = True  # (a pronoun among them is stored as such, its referent found when it is read)
        while self.read < len(found) and found[self.read][0] < offset:
            offset_found, kind, match = found[self.read]
            self.read += 1
            person = self._presented(offset_found, kind, match, text, inside)
            if person is not None:
                self._store(person)
        self.deferring = False

    def _presented(self, offset: int, kind: str, match: re.Match, text: str, inside) -> _Person | None:
        if _within(offset, inside):
            return None
        if kind == "say":
            if PURPOSE_BEFORE.search(text, max(0, offset - 28), offset):
                return None  # "sosialisasi … guna mengingatkan": a purpose, nobody speaking
            if ANYONE_BEFORE.search(text, max(0, offset - 24), offset):
                return None  # "tetapi tidak ada yang melaporkan": nobody presented as speaking
            if WHILE_BEFORE.search(text, max(0, offset - 12), offset):
                return None  # "terangnya seraya menjelaskan …": the one already speaking goes on, no one new
            relative = BODY_THEN_RELATIVE.search(text, max(0, offset - 60), offset)
            if relative and _names_a_body(relative["antecedent"]):
                return None  # "ke Komisi ASN yang selanjutnya menilai …": what a body does, no one presented
            person = self.subject_before(match.start())
            if person is not None and person.name is None and not person.refers_back and person.role \
                    and person.role.split()[0] in KNOWN_BODIES:
                person = None  # "Bawaslu Blora telah mengirimkan surat …, menekankan": a body, no person speaking
            elif person is not None and person.name is None and not person.refers_back \
                    and PERFECT_BEFORE.search(text, max(0, offset - 12), offset):
                person = None  # "Apalagi Sekda sudah menghimbau ASN …" inside another's words: an appeal made
                # before, by someone unnamed, presents no one speaking now
        elif kind == "according":
            person = self.after_verb(match.end())
            if person is not None and person.name is None and not person.refers_back \
                    and match.group(0)[:1] in "Mm" and _names_no_one(person.role):
                person = None  # "menurut aturan yang sah …": a rule, a record, no one presented as speaking
        elif kind == "passive":
            person = self.after_verb(match.end())
            if person is not None and person.name is None and not person.refers_back:
                person = None  # "disampaikan Kepala Dinas" with no one named presents no one
        else:
            person = self.sentence_subject(match.end())
            if person is not None and person.name is None and not person.refers_back:
                person = None  # a sentence opening with no one named presents no one
        return person

    def sentence_subject(self, start: int) -> _Person | None:
        """The named subject a sentence opens with ("Ketua KPU Jember, Muhammad Syai'in, memimpin ..."): the person
        in focus, to whom a following "ujarnya" or "ia mengatakan" refers even when the verb is not one of saying."""
        window = self.text[start:start + 160]
        window = window[:_clause_end(window)]  # a line with no verb ("Reno Fernandes, M.Pd (Dosen UNP).") presents
        # no one; the verb of the next sentence or paragraph is not its verb
        if NYA_FRAME.match(window):
            return None  # "Menurutnya, X ...": the sentence reports the framed speaker's words about X
        verb = FIRST_VERB.search(window)
        if not verb or "“" in window[:verb.start()] or '"' in window[:verb.start()]:
            return None
        segment = window[:verb.start()]
        if PURPOSE_OPENING.match(segment):  # "Untuk memastikan informasi yang beredar Anggota Bawaslu Kaur … Titi
            for mention in self.names.officials_between(start, start + len(window)):  # Firda Kusni bersama tim
                if FIRST_VERB.search(window, mention.end - start):  # Gakumdu melakukan …": the purpose first, then
                    return self.resolved(mention.name, mention.role, start)  # the subject and its verb
                break
        for mention in self.names.officials_between(start, start + verb.start()):
            return self.resolved(mention.name, mention.role, start)
        titled = self.title_after_lead_in(segment.strip(), start)
        if titled:
            return titled
        named = _appositive_name(segment)
        if named:
            return self.resolved(named[0], named[1], start)
        elect = self.office_elect(segment.strip(), start)
        if elect:
            return elect
        segment = RELATIVE_CLAUSE.sub("", segment)  # "Sementara Meserasi Ataupah yang dihubungi …, mempertanyakan"
        name, name_start, name_end = _name_in(segment)
        if name and " " in name and all(w.rstrip(".") in HONORIFICS for w in LOWER_WORD.findall(segment[:name_start])) \
                and not segment[name_end:].strip(" ,") and not _is_place(name):  # "Camat Ngoro Bambang Wijaya memberi
            # ...": title, place, name; never the place itself ("Sementara Bawaslu Tana Tidung akan hadir")
            return self.resolved(name, None, start)
        return None

    def add(self, person: _Person) -> None:
        """A quote's speaker, after every presentation at its offset or before it."""
        self._read_until(person.offset + 1)
        self._store(person)

    def _store(self, person: _Person) -> None:
        index = bisect.bisect_right(self.offsets, person.offset)
        self.offsets.insert(index, person.offset)
        self.events.insert(index, person)

    def last_before(self, offset: int) -> _Person | None:
        self._read_until(offset)
        index = bisect.bisect_left(self.offsets, offset) - 1
        if index < 0:
            return None
        event = referent = self.events[index]
        while referent is not None and referent.refers_back:
            index = bisect.bisect_left(self.offsets, referent.offset) - 1
            referent = self.events[index] if index >= 0 else None
        if referent is event:
            return event
        return _Person(referent.name if referent else None, referent.role if referent else None, event.offset)

    def resolved(self, name: str | None, role: str | None, offset: int) -> _Person:
        if name is None:
            return _Person(None, role, offset)
        fullest = self.names.fullest(name, offset)
        pair = CANDIDATE_PAIR.match(fullest)
        if pair and re.search(PAIR_WORD_BEFORE + re.escape(fullest), self.text):
            fullest = pair["first"]  # "paslon Agus Istiqlal-Zulqoini Syarif meminta …": the pair's head speaks for it
        if not self.names.is_official(fullest):
            fullest = self.names.official_spelled_as(fullest) or fullest  # "kata Irfan" of "Ketua Bawaslu Luwu, Irpan"
            first, _, rest = fullest.partition(" ")
            if rest and self.names.is_official(rest) and _capitalised_only_where_sentences_open(self.text, first):
                fullest = rest  # "Tambang Swastari, pihaknya …": a word opening the sentence before the official's name
        if TITLE_RE.fullmatch(fullest):  # "lanjut Kapolresta": a title alone stands for its holder, never a name
            holder = self.names.holder_of(fullest, offset)
            return _Person(holder[0], holder[1], offset) if holder else _Person(None, fullest, offset)
        if self.common_word(fullest, offset):
            return _Person(None, role, offset)  # "Kekhawatiran ...", "Ditambahkan, ...": a common word, no name
        if " " not in fullest and _is_place(fullest):
            return self.anaphor(offset) if DEMONSTRATIVE_END.search(re.split(r"[,.;\n]", self.text[offset:offset + 80])[0]) \
                else _Person(None, role, offset)
        return _Person(fullest, role, offset)

    def common_word(self, name: str, offset: int) -> bool:
        fullest = self.names.fullest(name, offset)
        return " " not in fullest and not self.names.is_official(fullest) and (
            _only_opens_sentences(self.text, fullest) or _written_lower_elsewhere(self.text, fullest))

    def anaphor(self, offset: int) -> _Person:
        if self.deferring:
            return _Person(None, None, offset, refers_back=True)
        last = self.last_before(offset)
        return _Person(last.name if last else None, last.role if last else None, offset)

    def by_nickname(self, clause: str, offset: int) -> _Person | None:
        """'akrab disapa Dhito': the person a nickname names. After a description ("tutup pria yang akrab disapa
        kang Anto") the one already speaking; the nickname itself when no one spoke before."""
        if DESCRIBED_BY_NICKNAME.match(clause) or EPITHET.match(clause) and not any(
                word[:1].isupper() and word[1:].islower() and not _is_place(word)
                for word in re.findall(r"[\w'’-]+", clause[EPITHET.match(clause).end():])):
            referent = self.anaphor(offset)  # ("tutup mantan aktivis PMII": the one speaking, described; not
            if referent.name or referent.refers_back:  # "ujar mantan Ketua KPU Budi", who is named)
                return referent
        called = CALLED.search(clause)
        return self.resolved(called["name"], None, offset) if called else None

    def office_elect(self, clause: str, offset: int) -> _Person | None:
        """'Walikota Metro terpilih Wahdi menyampaikan …': the office-elect, presented with the title."""
        elect = ELECT_THEN_NAME.search(clause)
        if elect and TITLE_RE.match(clause):
            return self.resolved(elect["name"], clause[:elect.start("name")].strip(), offset)
        return None

    def subject_before(self, verb_start: int) -> _Person | None:
        """The subject of 'X mengatakan': the person the clause before the verb names, or a pronoun's referent."""
        start = max(0, verb_start - WINDOW)
        segment = self.text[start:verb_start]
        full_stop = segment.rfind(". ")
        while full_stop > 0 and TITLE_ABBREVIATION.search(segment, 0, full_stop):
            full_stop = segment.rfind(". ", 0, full_stop)  # "Dalam kesempatan itu, Pj. Bupati menegaskan": no sentence end
        glued = [m.start() for m in GLUED_SENTENCE_STOP.finditer(segment)]
        cut = max(full_stop, segment.rfind("\n"), segment.rfind("”"), segment.rfind("; "), segment.rfind("? "), *glued[-1:])
        if cut >= 0:
            start, segment = start + cut + 1, segment[cut + 1:]
        zone = None
        for zone in CLOCK_ZONE_THEN_CAPITAL.finditer(segment):
            pass
        if zone:  # "pukul 19.00 WIB Nanang menjelaskan": the outlet left out the full stop after the clock time
            start, segment = start + zone.end(), segment[zone.end():]
        if NYA_FRAME.match(segment):
            return self.anaphor(verb_start)  # "Menurutnya, X telah menyampaikan bahwa ...": still the framed speaker
        through = THROUGH.search(segment)
        if through:  # "Ketua Bawaslu X Zainuddin melalui Koordinator Divisi ... Ahyaudin menyatakan": the one the
            start, segment = start + through.end(), segment[through.end():]  # statement is delivered through speaks
        if INSTRUMENT_SUBJECT.search(segment):
            return None  # "PP No. 53 Tahun 2010 Tentang Disiplin PNS, Pasal 4 menerangkan": a legal text says it
        if REPORTED_THAT.search(segment):
            return None  # "X mengatakan bahwa apel bertujuan mengecek dan memastikan …": a verb inside what X said
        return self.person_in(segment, start, verb_start)

    def title_after_lead_in(self, clause: str, offset: int) -> _Person | None:
        """'Melalui rilisnya ke Redaksi Sinjai Info, Ketua Panwaslu mengatakan': a lead-in phrase, its comma, then a
        bare title as the subject: the title's holder, never a word of the lead-in."""
        if "," not in clause:
            return None
        tail = clause.rsplit(",", 1)[1].strip()
        title = TITLE_RE.match(tail)
        if not title or not tail[:1].isupper() or re.search(r"(?<![\w-])[a-z]", tail[title.end():]):
            return None
        holder = self.names.holder_of(tail, offset)
        return _Person(holder[0], holder[1], offset) if holder else None

    def person_in(self, segment: str, start: int, offset: int) -> _Person | None:
        stripped = segment.strip()
        if not stripped:
            return None
        if PRONOUN_SUBJECT.search(stripped) or PRONOUN.match(stripped.split()[0]):
            return self.anaphor(offset)
        if PLURAL_PRONOUN.match(stripped.split()[-1]) or PLURAL_PRONOUN.match(stripped.split()[0]):
            return _Person(None, None, offset)
        nicknamed = self.by_nickname(stripped, offset)
        if nicknamed:
            return nicknamed
        for mention in self.names.officials_between(start, offset):
            return self.resolved(mention.name, mention.role, offset)
        titled = self.title_after_lead_in(stripped, offset)
        if titled:
            return titled
        elect = self.office_elect(stripped, offset)
        if elect:
            return elect
        named = _appositive_name(stripped)
        if named:
            return self.resolved(named[0], named[1], offset)
        first = stripped.split()[0].strip(",")
        opens = NAME_TOKEN.match(stripped) and not (OPENER_SHAPE.match(first) and self.common_word(first, offset)) \
            and not (NOUN_THEN_PREPOSITION.match(stripped) and " " not in self.names.fullest(first, offset)
                     and not self.names.is_official(first))  # "Kaitan dengan pendaftaran …, menurut Wopairi": a noun
        clause = stripped if opens else LEAD_IN.sub("", stripped)
        if clause is not stripped and clause.split() and PRONOUN.match(clause.split()[0]):
            return self.anaphor(offset)  # "Disinggung perolehan suara, dia mendaku belum bisa menjelaskan"
        name, name_start, name_end = _name_in(clause)
        named_in = clause
        if name is None and clause is not stripped:
            name, name_start, name_end = _name_in(stripped)
            named_in = stripped
        if name and PASSIVE_AGENT_BEFORE.search(named_in[:name_start]):
            return None  # "Surat yang ditandatangani Paulus Henuk menjelaskan …": the passive's agent, not the subject
        if name and (LOCATIVE_BEFORE.search(named_in[:name_start]) or INSTITUTION_BEFORE.search(named_in[:name_start])):
            # "Kekhawatiran orang nomor satu di bumi Uncak Kapuas itu …": a place in a description of the one just
            # presented, never the subject
            return self.anaphor(offset) if DEMONSTRATIVE_AFTER.match(named_in, name_end) else None
        if name and self.common_word(name, offset):
            name = None  # "Kekhawatiran orang nomor satu ... itu beralasan": a description, no name
        titled = RELATIVE_CLAUSE.sub("", LEAD_IN.sub("", stripped))  # "Ketua Bawaslu RI yang turut hadir pada acara
        title = TITLE_RE.match(titled)  # tersebut menilai": a title, past a lead-in, before its relative clause
        bare_title = bool(title) and not stripped[:1].islower() and not re.search(r"(?<![\w-])[a-z]", titled[title.end():])
        if name and _is_place(name) and DEMONSTRATIVE_END.search(stripped) and not bare_title:
            return self.anaphor(offset)  # "orang nomor satu di Kabupaten Ketapang tersebut juga": the one just presented
        if name and " " not in self.names.fullest(name, offset) and _is_place(name):
            holder = self.names.holder_of(stripped, offset) or (bare_title and self.names.holder_of(titled, offset))
            if holder:  # "Pj Bupati Jombang menambahkan": the office's holder
                return _Person(holder[0], holder[1], offset)
            if bare_title:
                return _Person(None, titled, offset)  # "Kapolres Jombang yang hadir dalam kegiatan itu": no one named
            words_before = clause[:clause.rfind(name)].split()
            while words_before and words_before[-1].rstrip(".").capitalize() in ("Kabupaten", "Kab", "Kota", "Provinsi"):
                words_before.pop()  # "Bawaslu Kabupaten Kudus sudah menginstruksikan": the body, then its place
            if words_before and (words_before[-1] in KNOWN_BODIES or words_before[-1] in ("KPU", "KPUD", "KIP")):
                return None  # "maka Bawaslu Sumsel berharap": a body presents no person; "-nya" after it is still
                # the person who spoke for it
        if name:
            return self.resolved(name, _role_before(clause, name), offset)
        if bare_title:
            holder = self.names.holder_of(titled, offset)  # "Di tempat yang sama, pj bupati berharap …": its holder;
            return _Person(holder[0], holder[1], offset) if holder else _Person(None, titled, offset)  # else no one
        if DEMONSTRATIVE_END.search(stripped) and not INDEFINITE.search(stripped):
            return self.anaphor(offset)
        if INDEFINITE.search(stripped) or stripped[:1].islower():
            return _Person(None, stripped, offset)
        subject = LEAD_IN.sub("", stripped)
        holder = self.names.holder_of(stripped, offset) or self.names.holder_of(subject, offset)
        if holder:
            return _Person(holder[0], holder[1], offset)
        described = stripped.rsplit(",", 1)[-1].split()
        if len(described) > 1 and described[0] in SENTENCE_CONNECTIVES:
            described = described[1:]  # "Namun warga mengaku …": the connective with no comma after it
        if 0 < len(described) <= 4 and described[0][:1].islower() and described[0].capitalize() in PEOPLE_WORDS:
            return _Person(None, " ".join(described), offset)  # "Namun, warga mengaku kecewa": someone unnamed
        return None

    def after_verb(self, position: int) -> _Person | None:
        """'kata Kepala Desa Sumber, Rohmat' / 'ujar Rusdi saat dihubungi' / 'kata dia' / 'kata seorang warga'."""
        window = self.text[position:position + WINDOW]
        clause = window[:_clause_end(window)]
        stripped = THE.sub("", clause.strip())  # "ujar sang bupati": the title's holder
        # "menurut wanita kelahiran Padang 1 Mei 1990, itu,": a stray comma before the demonstrative closing a description
        stripped = COMMA_BEFORE_DEMONSTRATIVE.sub(r" \1", stripped)
        if not stripped:
            return None
        first = stripped.split()[0].strip(",")
        lowered_name = first.rstrip(".").capitalize() if first[:1].islower() and len(first) > 3 else None
        if lowered_name and not PRONOUN.match(first) and lowered_name not in ROLE_WORDS \
                and not TITLE_RE.fullmatch(lowered_name) and lowered_name not in NOT_NAME \
                and (self.names.is_official(lowered_name) or " " in self.names.fullest(lowered_name, position)):
            return self.resolved(lowered_name, None, position)  # "Ujar hendra.": a name the outlet left in lower case
        if PRONOUN.match(first):
            rest = stripped[len(first):]
            name, name_start, name_end = _name_in(rest)
            if name and not rest[:name_start].strip(" ,") and not rest[name_end:].strip(" ,.") and not _is_place(name) \
                    and not self.common_word(name, position):
                return self.resolved(name, None, position)  # "kata dia Nurhamin": the pronoun, then who it is
            return self.anaphor(position)
        if PLURAL_PRONOUN.match(first):
            return _Person(None, None, position)
        nicknamed = self.by_nickname(stripped, position)
        if nicknamed:
            return nicknamed
        through = THROUGH.search(clause)
        if through:  # "terang Ketua Bawaslu Dumai Zulfan melalui Kordiv. Hukum … Agustri": the one he spoke through
            for mention in self.names.officials_between(position + through.end(), position + through.end() + 160):
                return self.resolved(mention.name, mention.role, position)
        for mention in self.names.officials_between(position, position + len(clause)):
            lead = stripped.split(",")[0].strip()
            name, name_start, name_end = _name_in(lead)
            if name and name_start == 0 and lead[name_end:].lstrip()[:1].islower():
                lead = lead[:name_end]  # "ungkap Arjuna kepada wartawan usai memeriksa Kepala Desa Sumber Rohmat"
            if name and name_start == 0 and not lead[name_end:].strip(" .") \
                    and mention.start >= position + clause.find(lead) + len(lead):
                # "ucap Safwani, dalam pembagian buku di ruang kerja Kepala RRI Lhokseumawe, Muhammad Yusridarto": the
                # name straight after the verb speaks; an official named later in the clause is only where it happened
                return self.resolved(name, None, position)
            return self.resolved(mention.name, mention.role, position)
        named = _appositive_name(stripped)
        if named and named[1] and INDEFINITE.match(named[1]):  # "kata salah seorang warga di Kecamatan X, Yoyon,"
            return self.resolved(named[0], named[1], position)
        if INDEFINITE.match(stripped) or re.match(r"(?i)(?:seorang|salah)\b", stripped):
            return _Person(None, stripped, position)
        if named:
            return self.resolved(named[0], named[1], position)
        description = stripped.split(",")[0]
        # "kata mantan anggota DPRD Lombok Tengah itu": a description, capitalised or not, of the one just presented
        # (and "ujar Person in Charge (PIC) Kampanye Bawaslu Lampung Timur ini": a post in a body, whatever its first word)
        if (description.split()[0] in ROLE_WORDS | NOT_NAME or description[:1].islower() or BODY_WORD.search(description)) \
                and DEMONSTRATIVE_END.search(description):
            holder = self.names.holder_of(description, position)  # "kata Politisi PPP Kapuas Hulu itu": the one
            return _Person(holder[0], holder[1], position) if holder else self.anaphor(position)  # just presented
        lead = TITLE_THEN_CLAUSE.match(stripped)
        if lead and not _name_in(lead["title"])[0]:
            holder = self.names.holder_of(lead["title"], position)  # "kata Pj. Bupati ketika menghadiri kegiatan
            if holder:  # Safari Ramadhan": the title's holder speaks, not the capitalised words of the clause after
                return _Person(holder[0], holder[1], position)
        name, name_start, _ = _name_in(stripped)
        first_word = stripped.split()[0].rstrip(".,")
        if not name and is_affixed_word(first_word) and first_word[:1].isupper() \
                and " " in self.names.fullest(first_word, position):
            name, name_start = first_word, 0  # "kata Kelosan" after "Yohanis Kelosan": a surname shaped like a noun
        if name and _is_place(name) and (" " not in self.names.fullest(name, position)
                                         or TITLE_RE.match(stripped[:name_start].strip(" ,"))):
            # (a title before the place makes it the office's, though a longer name ends with it: "tutup ketua
            # Bawaslu Barru" beside "TPS 1 Takkalasi Barru")
            holder = self.names.holder_of(stripped.split(",")[0], position)  # "kata Ketua PPK Krayan"
            if holder:
                return _Person(holder[0], holder[1], position)
        if name:
            role = stripped[:name_start].strip(" ,")
            role = None if _only_honorifics(role) else role
            return self.resolved(name, role, position)
        if DEMONSTRATIVE_END.search(stripped.split(",")[0]):
            return self.anaphor(position)
        # "ujar ketua Bawaslu kepada para peserta": the title ends where the clause of circumstance begins
        holder = self.names.holder_of(CIRCUMSTANCE_AFTER_TITLE.split(stripped.split(",")[0], 1)[0], position)
        if holder:
            return _Person(holder[0], holder[1], position)
        return _Person(None, stripped or None, position)


THE = re.compile(r"^(?:[Ss]ang|[Ss]i)\s+(?=\S)")
# A candidate pair written as one name, the running mate after the hyphen: "paslon Agus Istiqlal-Zulqoini Syarif"
CANDIDATE_PAIR = re.compile(r"(?P<first>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*?[a-z'’])-(?=[A-Z][a-z])")
PAIR_WORD_BEFORE = r"(?i:\b(?:paslon|pasangan(?:\s+calon)?|calon|kandidat|cabup|cawalkot|cagub)(?:\s+nomor(?:\s+urut)?\s+\d+)?,?\s+)"
CIRCUMSTANCE_AFTER_TITLE = re.compile(r"\s+(?:kepada|pada|saat|ketika|usai|seusai|setelah|sesudah|dalam|di|dengan|"
                                      r"melalui|sambil|sembari|yang|dihadapan|didampingi|seraya)\s")
BODY_WORD = re.compile(r"\b(?:Bawaslu|KPU|KPUD|KIP|Panwaslu|Panwascam|Panwas|DPRD|Pemkab|Pemkot|Pemprov|Polres|Kodim)\b")
DEMONSTRATIVE_AFTER = re.compile(r"[ \t]+(?:itu|ini|tersebut)\b")
# An institution named for a person or place: "Doktor jebolan Universitas Hasanuddin ini", "Jalan Ahmad Yani"
INSTITUTION_BEFORE = re.compile(r"(?<![\w-])(?:Universitas|Institut|Politeknik|Akademi|Sekolah[ \t]+Tinggi|UIN|IAIN|STAIN|"
                                r"SMA|SMP|SMK|SD|MAN|MTs|Pondok[ \t]+Pesantren|Masjid|Gereja|Hotel|Gedung|Jalan|Jl\.?|"
                                r"Lapangan|Stadion|Bandara|Pelabuhan)(?:[ \t]+(?:Negeri|Islam|Muhammadiyah|Katolik|Kristen|"
                                r"Terbuka|Swasta))*[ \t]+$")
LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?:di|dari|ke|asal|bumi|tanah)[ \t]+$")
PASSIVE_AGENT_BEFORE = re.compile(r"\byang[ \t]+di[a-z]{3,}[ \t]+(?:oleh[ \t]+)?$")
LOWER_WORD = re.compile(r"(?<![\w])[a-z][\w]*\.?")
# A title, then a clause of time or place: "Pj. Bupati ketika menghadiri ...", "Kapolres saat ditemui di ...".
TITLE_THEN_CLAUSE = re.compile(r"(?P<title>(?:[A-Z][\w.()-]*\s+){1,6}?)(?:ketika|saat|usai|seusai|setelah|sesudah|"
                               r"sebelum|sambil|selepas|dalam|di|pada|kepada|kemarin)\b")
# The end of a clause whose subject is a legal instrument: "Pasal 4", "Nomor 7 Tahun 2017".
INSTRUMENT_SUBJECT = re.compile(r"(?i)(?:\bpasal\s+\d+[a-z]?(?:\s+ayat\s*\(?\d+\)?)?|\btahun\s+\d{4})\s*,?\s*$")
# Abbreviations of a title, an honorific or an initial, whose dot ends no sentence ("Pj. Bupati", "H. Lalu").
TITLE_ABBREVIATION = re.compile(r"(?<![\w-])(?:[A-Z]|Pj|Pjs|Plt|Plh|Kab|Kec|Kel|Hj|Dr|Drs|Dra|Ir|Prof|No|Jl|Moh|Muh|Moch)$")
CLAUSE_END = re.compile(r"[.;!?“”\"](?=\s|$|\*|\(\*)|\n|" + GLUED_STOP)  # ".*", ".(**)": an outlet's sign-off
ABBREVIATED = re.compile(r"(?:\b[A-Z][A-Za-z]{0,3}|\b(?:No|Kab|Kec|Jl|Pj|Plt|Plh)|(?<=\.)[A-Za-z])$")  # "S.Pd.i."


def _clause_end(window: str) -> int:
    """Where a clause of attribution ends: a full stop that is not an initial or abbreviation ('H. Lalu')."""
    for end in CLAUSE_END.finditer(window):
        if end.group(0) == "." and ABBREVIATED.search(window[max(0, end.start() - 5):end.start()]) \
                and not CREDIT_AFTER.match(window, end.end()):
            continue
        if end.group(0) == "." and RANK_BEFORE.search(window, max(0, end.start() - 12), end.start()) \
                and NAME_AFTER.match(window, end.end()):
            continue  # "ujar Kompol. Rahman melalui …": a rank's dot before the name, no full stop
        return end.start()
    return len(window)


RANK_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((h for h in HONORIFICS if len(h) > 3 and h[1:].islower()),
                                                       key=len, reverse=True)) + r")$")
NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+[ \t,]")
CREDIT_AFTER = re.compile(r"[ \t]*[(\[][^()\[\]\n]{1,20}[)\]][ \t]*(?:\n|$)")  # "ungkap Ketua KPU. (IK/Mars)": the credit
AGE = re.compile(r"\(\s*\d{1,3}\s*(?:tahun|th)?\s*\)")


def _appositive_name(clause: str) -> tuple[str, str | None] | None:
    """'Warga Tentena, Debora Sigilipu (52)' / 'Asep, Ketua KPPS TPS 07' / 'Letkol Inf Dedy Hermawan': the
    comma-separated part that is a name and nothing else, with the part before it as the role."""
    parts = clause.split(",")
    if len(parts) < 2:
        return None
    for index, part in enumerate(parts):
        bare = AGE.sub("", part).strip()
        name, start, end = _name_in(bare)
        if not name or bare[end:].strip(" .") or not _only_honorifics(bare[:start]) or _is_place(name):
            continue  # ("kata Syamsi di Hotel Singgasana, Surabaya": a place alone between commas names no one)
        role = parts[index - 1].strip() if index else (parts[1].strip() if len(parts) > 1 else None)
        return name, role or None
    return None


def _only_honorifics(text: str) -> bool:
    return all(w.rstrip(".") in HONORIFICS or w in ("K.H.", "KH.") for w in text.split())


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _role_before(clause: str, name: str) -> str | None:
    at = clause.find(name.split()[0])
    role = clause[:at].strip(" ,") if at > 0 else ""
    connective = re.match(r"([A-Z][a-z]+)[ \t]*,[ \t]*", role)
    if connective and connective[1] in SENTENCE_CONNECTIVES:
        role = role[connective.end():]  # "Senada, Ketua Bawaslu Sragen Budi …": the sentence's opener is no title
    return role or None


def find_quotes(text: str, officials=None) -> list[Quote]:
    """Quotes in order with their speakers; `officials` (OfficialMention list) names holders of titles."""
    spans = quote_spans(text)
    if not spans:
        return []  # (the names and speakers are read for the quotes only)
    names = _Names(text, officials)
    speakers = _Speakers(text, names, spans)
    paragraph_starts = [0] + [m.end() for m in PARAGRAPH.finditer(text)]

    def paragraph_of(offset: int) -> int:
        return bisect.bisect_right(paragraph_starts, offset) - 1

    quotes: list[Quote] = []
    previous: Quote | None = None
    for start, end, words in spans:
        if NAMED_TITLE_BEFORE.search(text, max(0, start - 40), start) and not words.rstrip().endswith(","):
            continue  # 'mengambil tema “Menyerasikan …”': a theme's or a title's words in marks, nobody's speech
        person = _attribution_after(text, end, speakers)
        if person is None:
            person = _attribution_before(text, start, speakers, previous)
        if person is None:
            person = _continuation(start, previous, speakers, paragraph_of, text)
        if person is not None and person.name and _is_place(person.name):
            person = _Person(None, person.role, person.offset)  # "ungkap perwakilan Bawaslu Kabupaten Rokan Hulu":
            # the body's place, and no one named
        speaker = person.name if person else None
        quote = Quote(text=words, speaker=speaker, start=start, end=end, role=person.role if person else None)
        if person is not None:
            speakers.add(_Person(person.name, person.role, start))
        quotes.append(quote)
        previous = quote
    return quotes


# A noun that names a title, theme, slogan or motto, right before the opening mark.
NAMED_TITLE_BEFORE = re.compile(r"(?i)\b(?:tema|bertema|bertemakan|bertajuk|tajuk|judul|berjudul|slogan|motto|moto|"
                                r"tagline|jargon|semboyan|tagar|hashtag|bernama|nama)\s*:?\s*$"
                                # "sesuai tema debat “…”": the noun of a theme or title, then what it is about
                                r"|(?i:\b(?:tema|tajuk|judul|slogan|motto|moto|jargon|semboyan)(?:[ \t]+[a-z]+){1,2}[ \t]*:?[ \t]*$)")
THAT_WAS_SAID_BY = re.compile(r"\s*[.]?\s*(?:Hal\s+(?:itu|ini|tersebut)|Pernyataan\s+(?:itu|ini|tersebut)|Hal\s+senada)\s+"
                              r"(?:disampaikan|dikatakan|dijelaskan|diungkapkan|ditegaskan|dituturkan|disebutkan|diucapkan|"
                              r"dipaparkan|dibenarkan|diakui)\s+(?:oleh\s+)?(?=[A-Z])")
AFTER_UNKNOWN_VERB = re.compile(r"\s*,?\s*[a-z]{3,10}\s+(?=[A-Z][a-z]+\s*[.(\n]|[A-Z][a-z]+$|"
                                r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]*[.,(\n])")  # "jealas Ruslan Husen, Kamis"
# "“…,” Mahdi, Ketua KPU Sragen, Selasa (14/2).": the speaker named after the quote's comma with no verb, then a
# comma and the title or the day
NAMED_WITHOUT_VERB = re.compile(r"[ \t]*(?=[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,3}[ \t]*,[ \t]*[A-Z])")
MAYBE_MISSPELT_VERB = re.compile(r"\s*,?\s*(?P<word>[A-Za-z]{4,8})[ \t]+(?=[A-Z])")
_SAYING_VERBS_AFTER = tuple(v for v in AFTER_VERBS.split("|") if len(v) >= 4 and not v.endswith("nya"))


def _misspelt_saying_verb(word: str) -> bool:
    """'ungakp' for 'ungkap', 'ujra' for 'ujar': a verb of saying with two letters swapped, or one letter missing
    or added (never the verb itself, which the attribution patterns read; a letter replaced makes words: kota, tugas)."""
    return any(word[:1] == verb[0] and single_edit(word, verb) in ("transposition", "indel")
               for verb in _SAYING_VERBS_AFTER)


AFTER_NYA = re.compile(r"\s*,?\s*[a-z]{3,}nya\s*[.(]")
BARE_VERB_AFTER = re.compile(r"\s*,?\s*(?P<verb>[A-Za-z]{4,})\s*\.")


def _attribution_after(text: str, end: int, speakers: _Speakers) -> _Person | None:
    after = AFTER.match(text, end)
    if after and after["passive"]:  # "“…,” demikian disampaikan Kepala Dinas X, Y."
        return speakers.after_verb(after.end())
    asked = text[max(0, end - 3):end].rstrip("”\"' ").endswith("?")  # "“…?” tanya X": the verb of a question
    if after and not (after["verb"].lower() in ("aku", "tanya") and not after["nya"] and not (asked and after["verb"].lower() == "tanya")):
        if after["nya"] or (after["verb"].lower().endswith("nya") and after["verb"].lower() != "tanya"):
            if re.match(r"[ \t]+[A-Z]", text[after.end():after.end() + 2]):
                named = speakers.after_verb(after.end())  # "ucapnya Ketua Bawaslu RI, Rahmat Bagja": -nya, then the
                if named is not None and named.name:  # speaker named all the same
                    return named
            return speakers.anaphor(end)
        return speakers.after_verb(after.end())
    next_sentence = THAT_WAS_SAID_BY.match(text, end)
    if next_sentence:  # "“…”. Hal itu diucapkan Bupati Pekalongan Asip Kholbihi": the next sentence names the speaker
        person = speakers.after_verb(next_sentence.end())
        if person is not None and person.name:
            return person
    misspelt = MAYBE_MISSPELT_VERB.match(text, end)
    if misspelt and _misspelt_saying_verb(misspelt["word"].lower()):  # "“…” Ungakp Swastari pada momen …"
        person = speakers.after_verb(misspelt.end())
        if person is not None and person.name:
            return person
    unknown_verb = AFTER_UNKNOWN_VERB.match(text, end)
    if unknown_verb:  # "“…,” turup Khazin.": a verb not in the list (or misspelt) before a name given earlier
        person = speakers.after_verb(unknown_verb.end())
        if person is not None and person.name and " " in person.name:
            return person
    if text[end - 2:end - 1] == "," and NAMED_WITHOUT_VERB.match(text, end):
        person = speakers.after_verb(end)
        if person is not None and person.name:
            return person
    if AFTER_NYA.match(text, end):
        return speakers.anaphor(end)  # "“…,” tutupnya." and its misspellings: a verb with -nya closing the sentence
    bare = BARE_VERB_AFTER.match(text, end)
    if bare and bare["verb"].lower() in SAYING_WORDS:
        return speakers.anaphor(end)  # "“…” Menambahkan.": a verb of saying with no subject, as "tambahnya"
    subject = AFTER_SUBJECT.match(text, end)
    if subject and "“" not in subject["subject"]:
        return speakers.person_in(subject["subject"], subject.start("subject"), end)
    return None


def _attribution_before(text: str, start: int, speakers: _Speakers, previous: Quote | None) -> _Person | None:
    window_start = max(0, start - WINDOW, previous.end if previous else 0)
    before = text[window_start:start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    if cut >= 0:
        window_start, before = window_start + cut + 1, before[cut + 1:]
    stripped = before.rstrip()
    if not stripped:
        return None
    say = None
    for say in SAY.finditer(stripped):
        pass
    if say and re.fullmatch(r"\s*(?:,|:)?\s*(?:bahwa\s*)?(?:,|:)?\s*", stripped[say.end():]):
        return speakers.subject_before(window_start + say.start())
    according = re.match(r"\s*(?:[Mm]enurut|[Kk]ata)\s+(?P<who>[^,:]{2,100})[,:]\s*$", stripped)
    if according:
        return speakers.after_verb(window_start + according.start("who"))
    colon = re.search(r"(?P<who>[^.:\n]{2,100}):\s*$", stripped)
    if colon:
        return speakers.person_in(colon["who"], window_start + colon.start("who"), start)
    return None


def _continuation(start: int, previous: Quote | None, speakers: _Speakers, paragraph_of, text: str) -> _Person | None:
    """A quote with no attribution: the same paragraph's quote before it, else the speaker the paragraph (or the
    paragraph before, for a paragraph of quote alone) presents."""
    paragraph = paragraph_of(start)
    if previous is not None and paragraph_of(previous.start) == paragraph and previous.speaker:
        return _Person(previous.speaker, previous.role, start)
    last = speakers.last_before(start)
    if last is None or not last.name:
        return None
    reach = paragraph - 1
    while reach > 0 and paragraph_of(last.offset) < reach and _continues_reported_speech(text, reach, paragraph_of):
        reach -= 1  # 'Karena itu, …': a paragraph going on with what the speaker said keeps the speaker
    if paragraph_of(last.offset) >= reach:
        return _Person(last.name, last.role, start)
    return None


# Connectives that open a paragraph carrying on the previous one's reported speech, naming nobody new.
CONTINUING_CONNECTIVE = re.compile(r"(?:Karena\s+itu|Oleh\s+karena\s+itu|Oleh\s+sebab\s+itu|Untuk\s+itu|"
                                   r"Dengan\s+demikian|Maka\s+dari\s+itu|Sebab\s+itu|Atas\s+dasar\s+itu),")


def _continues_reported_speech(text: str, paragraph: int, paragraph_of) -> bool:
    start = next((m.end() for m in PARAGRAPH.finditer(text) if paragraph_of(m.end()) == paragraph), None)
    if start is None:
        return False
    body = text[start:start + 400].split("\n", 1)[0]
    return bool(CONTINUING_CONNECTIVE.match(body)) and not QUOTE_MARKS.search(body.replace("\n", ""))


# ---- a speaker's role as the article presents the speaker ------------------------------------------------------

PRESENTATION_WORDS_AT_MOST = 16  # a title, its division and its place; beyond it the span is a list or a clause
LINKING_WORDS = {"selaku", "sebagai", "yakni", "yaitu", "adalah", "bapak", "ibu", "pak", "bu", "sdr", "saudara", "saudari"}
PLACE_AFTER_TITLE_WORDS = {"kabupaten", "kab", "kota", "provinsi", "prov", "propinsi", "kecamatan", "desa", "kelurahan",
                           "setempat", "dan", "&"}
PRESENTED_DATE = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b|"
                            r"\b\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
                            r"November|Desember)\b")
DESCRIPTION_ENDS = re.compile(r",\s+(?=[a-z])|\s+(?=(?:didampingi|bersama|kepada|saat|ketika|usai|seusai)\s)")
CIRCUMSTANCE_WORDS = {"usai", "seusai", "saat", "ketika", "kepada", "di", "dalam", "pada", "setelah", "sesudah",
                      "sebelum", "sambil", "seraya"}
# "Kepala Desa Lerep, Kecamatan Ungaran Barat": the village's kecamatan or province, after the place, is no part of it
AREA_AFTER_PLACE = re.compile(r",\s+(?=(?:Kecamatan|Kec\.|Kapanewon|Distrik|Provinsi|Prov\.)\s)")
LOWER_AREA = re.compile(r"\b(?:Kecamatan|Kec\.|Desa|Kelurahan)\s")
REGENCY_AFTER_AREA = re.compile(r",\s+(?=(?:Kabupaten|Kab\.|Kota)\s)")
LIST_OPENED = re.compile(r"(?i)\b" + LIST_OPENER + r"\b")  # the officials' list openers, read in a joined span
LIST_OPENED_LAST = re.compile(r"(?i)[\s,]+" + LIST_OPENER + r"[\s,:]*$")
RANK_AT_END = re.compile("(?:" + SPELLED_RANK.pattern + r")\s*$")
QUOTATION_MARK_IN = re.compile(r"[\"“”]")
INDEFINITE_BEFORE_ROLE = re.compile(r"(?i)^(?:salah\s+(?:seorang|satu)|seorang|sejumlah)\s+")


@lru_cache(maxsize=1)
def _place_name_words() -> frozenset[str]:
    """Words of the list's regency and province names: "Laut" of Banggai Laut is no navy rank there."""
    return frozenset(w for region in gazetteer().regions.values() for w in region.name.split())


def _trailing_honorifics_dropped(words: list[str]) -> list[str]:
    while words:
        last = words[-1].strip(",")
        bare = last.rstrip(".").strip("()")
        if not last or ((bare in HONORIFICS or last in HONORIFICS) and bare not in _place_name_words()) \
                or bare.lower() in LINKING_WORDS or DEGREE.match(last):
            words.pop()
            continue
        joined = " ".join(words)
        rank = RANK_AT_END.search(joined)
        if rank and rank.start() > 0:
            words = joined[:rank.start()].split()
            continue
        break
    return words


PORTFOLIO_ITEM_NEXT = re.compile(r"[ \t]+([A-Za-z]+)")
PORTFOLIO_BODIES = {"Bawaslu", "KPU", "KIP", "Panwaslu", "Panwaslih", "Panwascam", "Panwas"}


def presented_role(text: str, role_start: int | None, name_start: int, role: str | None) -> str | None:
    """An official's role as the article presents it, with the place as written: "Ketua KPU Kabupaten Cirebon"
    for "Ketua KPU Kabupaten Cirebon, Dede Kusnadi" or "Dede Kusnadi, Ketua KPU Kabupaten Cirebon"; the short
    title when the presentation is not a title and its place (a list, a clause)."""
    if role_start is None or not role:
        return role
    if role_start < name_start:
        span = text[role_start:name_start]
        if "\n" in span:
            return role
        words = _trailing_honorifics_dropped(span.split())
    else:
        words = []
        title_words = len(role.split())
        for match in re.finditer(r"\S+", text[role_start:role_start + 240]):
            word = match.group(0)
            if "\n" in text[role_start:role_start + match.start()]:
                break
            closes = word.rstrip(".,;:").endswith(("”", '"', "’"))
            word = word.rstrip("”\"’")
            bare = word.rstrip(".,;:")
            if len(words) >= title_words and not (bare.lstrip("(")[:1].isupper()
                                                  or bare.lower() in PLACE_AFTER_TITLE_WORDS):
                break
            if bare.endswith(")") and "(" not in bare and not any("(" in w for w in words):
                words.append(bare[:-1])  # "(AKBP Budi, Kapolres Sarolangun) dan …": the bracket closes it
                break
            words.append(bare if bare != word else word)
            next_item = PORTFOLIO_ITEM_NEXT.match(text, role_start + match.end()) \
                if word[-1:] == "," and not closes else None
            if next_item and (next_item[1].capitalize() in DIVISION_WORDS or next_item[1] in PORTFOLIO_BODIES
                              and any(w.lower() in ("divisi", "kordiv", "koordiv") for w in words)):
                words[-1] = word
                continue  # "Kordinator Divisi Penanganan Pelanggaran, Data dan Informasi Bawaslu Surabaya": the
                # portfolio's items go on after the comma
            if closes or word[-1:] in ",;:" or (word.endswith(".") and bare.lower() not in ("kab", "prov")):
                break
        while words and words[-1].lower() in PLACE_AFTER_TITLE_WORDS - {"setempat"}:
            words.pop()
    presented = AREA_AFTER_PLACE.split(" ".join(words), 1)[0]
    if LOWER_AREA.search(presented):
        presented = REGENCY_AFTER_AREA.split(presented, 1)[0]  # "… Kecamatan Gedong Tataan, Kabupaten Pesawaran"
    presented = LIST_OPENED_LAST.sub("", presented).strip(" ,")
    opening = {w.strip("()").lower() for w in words[:3]}
    if not presented or len(words) > PRESENTATION_WORDS_AT_MOST or role.split()[0].lower() not in opening \
            or presented.count("(") != presented.count(")") or QUOTATION_MARK_IN.search(presented) \
            or LIST_OPENED.search(presented):
        return role
    return presented


def described_role(role: str | None) -> str | None:
    """A speaker's description as found before or after the name, when it is one: not a date, not a clause, not a
    nickname's gloss; an indefinite "seorang" before it dropped ("Seorang warga Siak Hulu" -> "warga Siak Hulu")."""
    if not role:
        return None
    role = INDEFINITE_BEFORE_ROLE.sub("", role.strip(" ,"))
    role = DESCRIPTION_ENDS.split(role, 1)[0].strip(" ,")  # "tokoh masyarakat, menyoroti …": the clause after it
    words = role.split()
    if not words or PRESENTED_DATE.search(role) or ". " in role or len(words) > PRESENTATION_WORDS_AT_MOST:
        return None
    if words[0].capitalize() in SENTENCE_CONNECTIVES or words[0] in CIRCUMSTANCE_WORDS or DEGREE.match(words[0]) \
            or role.lower().startswith(("sapaan", "akrab", "lebih lanjut")):
        return None  # "usai membuat laporan ke Bawaslu", "saat dialog publik …": when or where, not who
    return role


DESCRIPTION_AFTER_NAME = re.compile(r",\s*(?P<description>[^,.;:“”\"\n()]{3,90}?)\s*,")
CLAUSE_BOUNDARY = re.compile(r"(?:[.!?]\s|[\n“”\"])")
VERB_SHAPE = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}$")
DESCRIPTION_STOPS = {"oleh", "juga", "langsung", "pun", "kata", "ujar", "ucap", "ungkap", "tutur", "jelas", "tegas",
                     "menurut", "senada", "sementara", "adapun", "yakni", "yaitu", "bahwa"}


def presented_description(text: str, name: str) -> str | None:
    """A speaker who holds no office, as the article first presents the speaker: the description before the name
    ("Pengamat politik dari Universitas Jambi, Budi Santoso, menilai …") or between commas after it ("Budi
    Santoso, pengamat politik Universitas Jambi, menilai …")."""
    at = next(_standalone(text, name), -1)
    if at < 0:
        return None
    boundary = max((m.end() for m in CLAUSE_BOUNDARY.finditer(text, max(0, at - 160), at)), default=max(0, at - 160))
    words: list[str] = []
    before = _trailing_honorifics_dropped(text[boundary:at].split())
    if before and before[-1].lower() in ("dan", "serta", "atau", "&"):
        before = []  # "yakni A dan B": the words before "dan" present A, not B
    for word in reversed(before):
        bare = word.strip(",").lower()
        if (words and word.endswith(",")) or word.endswith(("’", "”", '"', "'")) or bare in DESCRIPTION_STOPS \
                or bare in SAYING_WORDS or (word[:1].islower() and VERB_SHAPE.match(bare)) or not bare.strip("-–—"):
            break
        words.insert(0, word.rstrip(","))
    described = described_role(" ".join(words))
    if described and _describes(described):
        return described
    after = DESCRIPTION_AFTER_NAME.match(text, at + len(name))
    if after:
        described = described_role(after["description"])
        if described and _describes(described):
            return described
    return None


def _describes(description: str) -> bool:
    """A noun phrase presenting someone: not a verb's clause, not a name alone."""
    first = description.split()[0]
    if (first[:1].islower() and VERB_SHAPE.match(first)) or first.lower() in SAYING_WORDS:
        return False
    return any(w[:1].islower() for w in description.split()) or len(description.split()) >= 2 and \
        any(w in KNOWN_BODIES or w.isupper() for w in description.split())
