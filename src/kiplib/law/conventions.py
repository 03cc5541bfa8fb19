"""The decisions kiplib takes where the law is silent or its readings differ (D-1 … D-13).

Every result that depends on one of them names it in its explanation, so an officer can see
which reading of the law produced the date. Each decision is explained, with its sources, in
the documentation (``docs/explanation/counting.md`` and ``docs/explanation/decisions.md``).
"""

from __future__ import annotations

from typing import Final

import attrs

from kiplib.i18n import N_, gettext

__all__ = [
    "CONVENTIONS",
    "D1",
    "D2",
    "D3",
    "D4",
    "D5",
    "D6",
    "D7",
    "D8",
    "D9",
    "D10",
    "D11",
    "D12",
    "D13",
    "Convention",
]


@attrs.frozen
class Convention:
    """A decision of kiplib: its code (``D-6``) and what it says, in Bahasa Indonesia."""

    code: str
    summary: str

    def describe(self, lang: str = "id") -> str:
        """``D-6: …`` in ``lang``."""
        return f"{self.code}: {gettext(self.summary, lang)}"


D4: Final = Convention(
    "D-4",
    N_(
        "hari kerja = hari kerja mingguan badan publik dikurangi libur nasional dan, bagi "
        "Badan Publik Negara, cuti bersama"
    ),
)
D5: Final = Convention(
    "D-5",
    N_(
        "hasil yang melewati tahun yang SKB hari libur dan cuti bersamanya tidak tercatat, atau "
        "tanggal perkiraan (termasuk cuti bersama yang melekat pada hari raya perkiraan), "
        "bersifat sementara"
    ),
)
D6: Final = Convention(
    "D-6",
    N_(
        '"N hari kerja sejak X" berakhir pada akhir hari kerja ke-N sesudah tanggal lokal X; '
        "hari X sendiri tidak dihitung, pukul berapa pun"
    ),
)
D7: Final = Convention(
    "D-7",
    N_(
        "permintaan yang diterima di luar jam layanan dianggap diterima pada hari kerja "
        "berikutnya, bila aturan badan publik menetapkannya"
    ),
)
D8: Final = Convention(
    "D-8",
    N_(
        "bila pemberitahuan tidak diberikan sampai batas waktunya, alasan keberatan ditemukan "
        "pada hari sesudah batas waktu itu lewat"
    ),
)
D9: Final = Convention(
    "D-9",
    N_(
        "batas penyelesaian sengketa (UU 14/2008 Pasal 38 ayat (2)) dihitung sejak Komisi "
        "Informasi menerima permohonan"
    ),
)
D10: Final = Convention(
    "D-10",
    N_(
        "kasasi dihitung dalam hari kalender; hari terakhir yang bukan hari kerja bergeser ke "
        "hari kerja berikutnya"
    ),
)

#: Every convention by its code.
CONVENTIONS: Final = {c.code: c for c in (D4, D5, D6, D7, D8, D9, D10)}

D12: Final = Convention(
    "D-12",
    N_(
        '"N hari kerja sejak X" dibaca dua cara oleh Komisi Informasi (hari X tidak dihitung, '
        "atau hari X hari pertama): cara Komisi Informasi yang berwenang yang berlaku; bila "
        "belum diketahui, setiap pihak diberi hari yang aman menurut semua cara, dan pihak lain "
        "baru terlambat bila terlambat menurut semua cara"
    ),
)
D13: Final = Convention(
    "D-13",
    N_(
        "batas nasional berlaku pada tanggal hasilnya: tenggat badan publik tidak pernah jatuh "
        "lebih lambat, dan jangka waktu pemohon serta tahap Komisi Informasi dan pengadilan "
        "tidak pernah berakhir lebih awal, daripada menurut aturan nasional pada kalender "
        "nasional"
    ),
)
CONVENTIONS[D12.code] = D12
CONVENTIONS[D13.code] = D13

# Classification and consequence tests.
D2: Final = Convention(
    "D-2",
    N_(
        "rekaman uji konsekuensi yang sah memuat sekurang-kurangnya: badan publik dan unit, "
        "informasi yang spesifik dan dokumen sumbernya, alasan Pasal 17 sampai angka, dasar "
        "undang-undang, analisis akibat bila dibuka, pertimbangan kepentingan publik, hasil "
        "(tertutup, terbuka, sebagian dengan bagian yang dihitamkan), jangka waktu, PPID, "
        "persetujuan pimpinan, penanda tangan berita acara, tempat, tanggal dan waktu pengujian"
    ),
)
D3: Final = Convention(
    "D-3",
    N_(
        "pengecualian atas Pasal 17 huruf a–f tidak bersifat permanen: rekamannya wajib memuat "
        "tanggal berakhir (atau, untuk huruf c–f saja, tanggal peninjauan kembali); untuk "
        "huruf a tidak melebihi batas PP 61/2010 Pasal 5 ayat (1)"
    ),
)
CONVENTIONS.update({c.code: c for c in (D2, D3)})

# Registers and yearly duties.
D1: Final = Convention(
    "D-1",
    N_(
        "informasi berkala usang bila publikasi terakhirnya lebih dari 6 bulan kalender yang "
        "lalu (UU 14/2008 Pasal 9 ayat (3))"
    ),
)
D11: Final = Convention(
    "D-11",
    N_(
        "predikat monev dalam rentang setengah terbuka: Informatif 90–100, Menuju Informatif "
        "80–<90, Cukup Informatif 60–<80, Kurang Informatif 40–<60, Tidak Informatif <40"
    ),
)
CONVENTIONS.update({c.code: c for c in (D1, D11)})
