"""Everything this plugin knows about Kabupaten Serdang Bedagai, in one place.

An officer with Perbup Serdang Bedagai No. 28 Tahun 2017 in hand corrects this file and nothing
else. Each value says where it comes from; ``ASSUMPTION`` texts mark what was not read in the
regulation itself (its full text was not available when the plugin was written) and are shown
in every explanation that uses them.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from kiplib import Citation
from kiplib.plugins import PpidKind, PpidUnit, Regulation, Role, Scope, UnitType

#: Kemendagri code of Kabupaten Serdang Bedagai (province 12, Sumatera Utara).
SCOPE: Final = Scope(region_code="12.18", name="Kabupaten Serdang Bedagai")

#: The instrument, as cited everywhere in this plugin.
PERBUP: Final = "Perbup Serdang Bedagai 28/2017"
#: The instrument it replaced.
PERBUP_OLD: Final = "Perbup Serdang Bedagai 9/2015"

ASSUMPTION_ARTICLE: Final = (
    "Pasal yang mengatur hal ini belum diketahui; hanya nomor Perbup yang dikutip."
)
ASSUMPTION_MAIN_SUPERIOR: Final = (
    "Atasan PPID Kabupaten adalah Sekda, mengikuti praktik Permendagri 3/2017 (kini "
    "Permendagri 2/2026); Perbup belum dibaca."
)
ASSUMPTION_DISTRICT: Final = (
    "Di kecamatan, Camat sebagai kepala perangkat daerah berperan seperti Kepala OPD."
)
ASSUMPTION_VILLAGE: Final = (
    "Di desa, Kepala Desa adalah atasan PPID (Perki 1/2018 Pasal 8); Perbup belum dibaca."
)

ASSUMPTION_IN_FORCE: Final = (
    "Tanggal mulai berlaku Perbup belum dibaca: dianggap 31 Desember 2017, hari terakhir tahun "
    "Perbup ini (tahun pada nomornya), sehingga sebelum itu berlaku aturan nasional."
)
#: The day the Perbup is taken to apply from (see ``ASSUMPTION_IN_FORCE``): the last day of
#: its year, so that nothing is held against a body before the Perbup can have been in force.
IN_FORCE: Final = date(2017, 12, 31)

REGULATIONS: Final = (
    Regulation(
        Citation(PERBUP),
        "Pedoman Pengelolaan Pelayanan Informasi dan Dokumentasi di Lingkungan Pemerintah "
        "Kabupaten Serdang Bedagai",
        replaces=(Citation(PERBUP_OLD),),
        assumption=ASSUMPTION_IN_FORCE,
        in_force=IN_FORCE,
    ),
)

#: PPID Kabupaten at Diskominfo; PPID Pelaksana at every OPD, kecamatan and desa.
PPID_UNITS: Final = (
    PpidUnit(
        PpidKind.MAIN,
        UnitType.REGIONAL_GOVERNMENT,
        "Dinas Komunikasi dan Informatika Kabupaten Serdang Bedagai",
        superior=Role.REGIONAL_SECRETARY,
        approvers=(Role.PPID_MAIN, Role.REGIONAL_SECRETARY),
        citation=Citation(PERBUP),
        assumption=ASSUMPTION_MAIN_SUPERIOR,
    ),
    PpidUnit(
        PpidKind.IMPLEMENTING,
        UnitType.AGENCY,
        "Organisasi Perangkat Daerah (OPD)",
        superior=Role.AGENCY_HEAD,
        approvers=(Role.PPID_IMPLEMENTING, Role.AGENCY_HEAD),
        citation=Citation(PERBUP),
        assumption=ASSUMPTION_ARTICLE,
    ),
    PpidUnit(
        PpidKind.IMPLEMENTING,
        UnitType.DISTRICT,
        "Kecamatan",
        superior=Role.DISTRICT_HEAD,
        approvers=(Role.PPID_IMPLEMENTING, Role.DISTRICT_HEAD),
        citation=Citation(PERBUP),
        assumption=ASSUMPTION_DISTRICT,
    ),
    PpidUnit(
        PpidKind.IMPLEMENTING,
        UnitType.VILLAGE,
        "Desa",
        superior=Role.VILLAGE_HEAD,
        approvers=(Role.PPID_IMPLEMENTING, Role.VILLAGE_HEAD),
        citation=Citation(PERBUP),
        assumption=ASSUMPTION_VILLAGE,
    ),
)

#: Consequence tests for the DIK end in a berita acara approved by the PPID Pelaksana and the
#: atasan PPID (for an OPD: the Kepala OPD).
CONSEQUENCE_TEST_CITATION: Final = Citation(PERBUP)
