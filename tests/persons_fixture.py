"""Articles about people across articles, loaded on top of the fixture warehouse (warehouse_fixture).

Invented articles with fictional people: one Bupati of Nganjuk written three ways ("Sri Handoko
Taruna", "Sri Handoko", "S. Handoko") across three articles; a kepala desa of the same name in
Kabupaten Kediri (another person); a governor of Jawa Timur named in a Nganjuk and a Kediri article
(one province-level person, once with the extractor's `province` key, once without); a minister
(national). Loaded through pilkada.warehouse.load_batch like the rest.
"""

from __future__ import annotations

import os
from pathlib import Path

from pilkada import warehouse

import warehouse_fixture as fx
from warehouse_fixture import at

NGANJUK_AUG_URL = "https://rmoljatim.id/2024/08/05/bupati-nganjuk-rakor-pilkada"
NGANJUK_AUG = (
    "Bupati Nganjuk Sri Handoko Taruna membuka rapat koordinasi pilkada di Pendopo Kabupaten Nganjuk pada "
    "Senin (5/8/2024).\n"
    "Gubernur Jatim Bambang Sutrisno yang hadir meminta seluruh camat menjaga netralitas."
)
NGANJUK_OCT_URL = "https://terasjatim.com/bupati-nganjuk-tinjau-logistik/"
NGANJUK_OCT = (
    "TerasJatim.com, Nganjuk – Sri Handoko meninjau gudang logistik KPU Kabupaten Nganjuk, Kamis (10/10/2024).\n"
    "“Logistik harus tiba di TPS paling lambat sehari sebelum pemungutan suara,” kata Sri Handoko.\n"
    "Menteri Dalam Negeri Rudi Hartanto sebelumnya mengingatkan kepala daerah soal Pasal 71 UU Nomor 10 Tahun "
    "2016."
)
NGANJUK_NOV_URL = "https://rmoljatim.id/2024/11/02/bupati-nganjuk-serahkan-bantuan-pilkada"
NGANJUK_NOV = (
    "Bupati Nganjuk S. Handoko menyerahkan bantuan operasional kepada PPK se-Kabupaten Nganjuk pada "
    "Sabtu (2/11/2024)."
)
KEDIRI_URL = "https://rmoljatim.id/2024/10/15/kades-sumberejo-kediri-netralitas"
KEDIRI = (
    "Kepala Desa Sumberejo Sri Handoko di Kabupaten Kediri menyatakan perangkat desa netral pada Selasa "
    "(15/10/2024).\n"
    "Gubernur Jawa Timur Bambang Sutrisno meminta kepala desa se-Jatim tidak berpihak."
)


def _nganjuk(text: str, mentions: int = 1) -> list[dict]:
    return [at(text, "Kabupaten Nganjuk", code="35.18", name="Kabupaten Nganjuk", mentions=mentions)]


def articles(run_id: int | None, version: str = fx.VERSION) -> list[tuple[dict, dict]]:
    return [
        fx.article("rmoljatim", NGANJUK_AUG_URL, "Bupati Nganjuk Buka Rakor Pilkada", "2024-08-05", NGANJUK_AUG, {
            "regencies": _nganjuk(NGANJUK_AUG, 2),
            "provinces": [at(NGANJUK_AUG, "Jatim", code="35", name="Jawa Timur")],
            "officials": [
                at(NGANJUK_AUG, "Bupati Nganjuk Sri Handoko Taruna", name="Sri Handoko Taruna", role="Bupati",
                   regency="35.18"),
                at(NGANJUK_AUG, "Gubernur Jatim Bambang Sutrisno", name="Bambang Sutrisno", role="Gubernur",
                   regency=None),
            ],
            "dates": [at(NGANJUK_AUG, "Senin (5/8/2024)", value="2024-08-05", text="Senin (5/8/2024)")],
        }, "2024-08-05T09:00:00Z", run_id, version),
        fx.article("terasjatim", NGANJUK_OCT_URL, "Bupati Nganjuk Tinjau Logistik", "2024-10-10", NGANJUK_OCT, {
            "regencies": _nganjuk(NGANJUK_OCT),
            "officials": [
                at(NGANJUK_OCT, "Sri Handoko", name="Sri Handoko", role="Bupati", regency="35.18", province="35"),
                at(NGANJUK_OCT, "Menteri Dalam Negeri Rudi Hartanto", name="Rudi Hartanto",
                   role="Menteri Dalam Negeri", regency=None, province=None),
            ],
            "dates": [at(NGANJUK_OCT, "Kamis (10/10/2024)", value="2024-10-10", text="Kamis (10/10/2024)")],
            "regulations": [at(NGANJUK_OCT, "UU Nomor 10 Tahun 2016", kind="UU", number="10", year=2016,
                               text="UU Nomor 10 Tahun 2016", article="Pasal 71", about=None)],
            "quotes": [at(NGANJUK_OCT, "Logistik harus tiba di TPS paling lambat sehari sebelum pemungutan suara,",
                          text="Logistik harus tiba di TPS paling lambat sehari sebelum pemungutan suara,",
                          speaker="Sri Handoko", official="Sri Handoko", role="Bupati")],
        }, "2024-10-10T09:00:00Z", run_id, version),
        fx.article("rmoljatim", NGANJUK_NOV_URL, "Bupati Nganjuk Serahkan Bantuan", "2024-11-02", NGANJUK_NOV, {
            "regencies": _nganjuk(NGANJUK_NOV),
            "officials": [at(NGANJUK_NOV, "Bupati Nganjuk S. Handoko", name="S. Handoko", role="Bupati",
                             regency="35.18")],
            "dates": [at(NGANJUK_NOV, "Sabtu (2/11/2024)", value="2024-11-02", text="Sabtu (2/11/2024)")],
        }, "2024-11-02T09:00:00Z", run_id, version),
        fx.article("rmoljatim", KEDIRI_URL, "Kades di Kediri Nyatakan Netral", "2024-10-15", KEDIRI, {
            "regencies": [at(KEDIRI, "Kabupaten Kediri", code="35.06", name="Kabupaten Kediri", mentions=1)],
            "provinces": [at(KEDIRI, "Jawa Timur", code="35", name="Jawa Timur")],
            "officials": [
                at(KEDIRI, "Kepala Desa Sumberejo Sri Handoko", name="Sri Handoko", role="Kepala Desa",
                   regency="35.06", province="35"),
                at(KEDIRI, "Gubernur Jawa Timur Bambang Sutrisno", name="Bambang Sutrisno", role="Gubernur",
                   regency=None, province="35"),
            ],
            "dates": [at(KEDIRI, "Selasa (15/10/2024)", value="2024-10-15", text="Selasa (15/10/2024)")],
        }, "2024-10-15T09:00:00Z", run_id, version),
    ]


def batches(run_id: int | None) -> list[dict]:
    """The fixture crawl's two batches, then two more with these articles (the Kediri one first)."""
    pairs = articles(run_id)
    extra = [[pairs[3], pairs[1]], [pairs[0], pairs[2]]]
    return fx.batches(run_id) + [{"pages": [p for p, _ in group], "articles": [a for _, a in group]}
                                 for group in extra]


def build(path: str | os.PathLike) -> Path:
    """The fixture warehouse plus these four articles."""
    fx.build(path)
    con = warehouse.connect(path)
    try:
        for batch in batches(None)[2:]:
            warehouse.load_batch(con, batch)
    finally:
        con.close()
    return Path(path)
