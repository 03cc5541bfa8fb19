"""The plugin's data, in one place: correct it with the regulation in hand."""

from __future__ import annotations

from datetime import date
from typing import Final

from kiplib import Citation
from kiplib.plugins import PpidKind, PpidUnit, Regulation, Role, Scope, UnitType

#: The Kemendagri code of the region the plugin governs.
SCOPE: Final = Scope(region_code="99.99", name="Template")

#: The regulation, as it is cited everywhere in the plugin (short form: "Perbup X 1/2025").
INSTRUMENT: Final = "Perbup Template 1/2025"

REGULATIONS: Final = (
    Regulation(
        Citation(INSTRUMENT),
        "Pedoman Pelayanan Informasi Publik",
        assumption="Nomor, judul dan tanggal berlaku peraturan masih contoh dari kerangka plugin.",
        # The day the regulation applies from (tanggal mulai berlaku): its rules count only
        # clocks started on or after it; before it the national rule holds.
        in_force=date(2025, 1, 1),
    ),
)

PPID_UNITS: Final = (
    PpidUnit(
        PpidKind.MAIN,
        UnitType.REGIONAL_GOVERNMENT,
        "Dinas Komunikasi dan Informatika",
        superior=Role.REGIONAL_SECRETARY,
        approvers=(Role.REGIONAL_SECRETARY,),
        citation=Citation(INSTRUMENT),
        assumption="Struktur PPID masih contoh dari kerangka plugin.",
    ),
)
