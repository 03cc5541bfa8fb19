"""The counting decisions kiplib takes where the law is silent (kip-rules.md, D-n).

Every result that depends on one of them names it in its explanation, so an officer can see
which reading of the law produced the date.
"""

from __future__ import annotations

from typing import Final

import attrs

from kiplib.i18n import N_, gettext

__all__ = ["CONVENTIONS", "D1", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11", "Convention"]


@attrs.frozen
class Convention:
    """A decision of kip-rules.md: its code (``D-6``) and what it says, in Bahasa Indonesia."""

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
        "hasil yang melewati tahun tanpa keputusan cuti bersama resmi atau tanggal perkiraan "
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
    N_("batas 100 hari kerja dihitung sejak Komisi Informasi menerima permohonan"),
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

# Registers and yearly duties (kip-rules.md §1 and §6).
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
