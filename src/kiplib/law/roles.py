"""The capacities in which officials act in information services: PPID Utama, PPID Pelaksana,
Sekda, Kepala OPD, Camat, Kepala Desa, the pimpinan of the body (PP 61/2010 Pasal 3 ayat (2)),
and where a PPID sits (pemda, OPD, kecamatan, desa)."""

from __future__ import annotations

__all__ = [
    "PpidKind",
    "Role",
    "UnitType",
]

import enum
from typing import Final

from kiplib.i18n import N_, LabelledEnum


class PpidKind(enum.Enum):
    """The PPID roles of a pemerintah daerah (Permendagri 3/2017, now 2/2026)."""

    #: PPID Utama / PPID Kabupaten: coordinates the PPID of the whole pemda.
    MAIN = "ppid_utama"
    #: PPID Pelaksana at an OPD (perangkat daerah), a kecamatan or a desa.
    IMPLEMENTING = "ppid_pelaksana"
    #: PPID Pembantu: helps a PPID Pelaksana inside a unit.
    ASSISTANT = "ppid_pembantu"

    def label(self, lang: str = "id") -> str:
        """The PPID's name, in ``lang`` (``"PPID Pelaksana"``): the same words as its role."""
        return Role(self.value).label(lang)


class UnitType(enum.Enum):
    """Where a PPID sits."""

    REGIONAL_GOVERNMENT = "pemda"
    AGENCY = "opd"  # organisasi perangkat daerah
    DISTRICT = "kecamatan"
    VILLAGE = "desa"


class Role(LabelledEnum):
    """The capacity (*jabatan*) in which an official signs or approves (*menyetujui*) in
    information services: PPID Utama, PPID Pelaksana, Sekda, Kepala OPD …

    A role, not a person: the person who acts in it is a :class:`kiplib.Official` of a
    consequence-test record, whose ``role`` names the capacity.
    """

    PPID_MAIN = "ppid_utama"
    PPID_IMPLEMENTING = "ppid_pelaksana"
    PPID_ASSISTANT = "ppid_pembantu"
    REGIONAL_SECRETARY = "sekda"  # Sekretaris Daerah
    AGENCY_HEAD = "kepala_opd"  # Kepala OPD / perangkat daerah
    DISTRICT_HEAD = "camat"
    VILLAGE_HEAD = "kepala_desa"
    REGENT = "bupati"
    #: The head (pimpinan) of the body, PP 61/2010 Pasal 3 ayat (2).
    HEAD_OF_BODY = "pimpinan"


_ROLE_LABELS: Final = {
    Role.PPID_MAIN: N_("PPID Utama"),
    Role.PPID_IMPLEMENTING: N_("PPID Pelaksana"),
    Role.PPID_ASSISTANT: N_("PPID Pembantu"),
    Role.REGIONAL_SECRETARY: N_("Sekretaris Daerah (Sekda)"),
    Role.AGENCY_HEAD: N_("Kepala OPD (perangkat daerah)"),
    Role.DISTRICT_HEAD: N_("Camat"),
    Role.VILLAGE_HEAD: N_("Kepala Desa"),
    Role.REGENT: N_("Bupati/Wali Kota"),
    Role.HEAD_OF_BODY: N_("pimpinan badan publik"),
}
Role.set_labels(_ROLE_LABELS)
