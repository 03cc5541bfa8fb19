"""Everything this plugin knows about Kabupaten Karanganyar, in one place.

An officer with Perda Kabupaten Karanganyar No. 10 Tahun 2022 in hand corrects this file and
nothing else. Each value says where it comes from; ``ASSUMPTION`` texts mark what was not read
in the regulation itself (its full text was not available when the plugin was written) and are
shown in every explanation that uses them.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from kiplib import Citation
from kiplib.plugins import (
    ClassificationRule,
    DocumentKind,
    DocumentStyle,
    PpidKind,
    PpidUnit,
    RegisterCycle,
    Regulation,
    Role,
    Scope,
    Signatory,
    UnitType,
)

#: Kemendagri code of Kabupaten Karanganyar (province 33, Jawa Tengah).
SCOPE: Final = Scope(region_code="33.13", name="Kabupaten Karanganyar")

#: The instrument, as cited everywhere in this plugin.
PERDA: Final = "Perda Kabupaten Karanganyar 10/2022"

ASSUMPTION_TITLE: Final = (
    "Judul dan isi lengkap Perda belum dibaca; yang dikodekan hanya yang diketahui "
    "(Pasal 11 dan siklus DIP/DIK). Tanggal mulai berlaku belum dibaca: dianggap 31 Desember "
    "2022, hari terakhir tahun Perda ini (tahun pada nomornya), sehingga sebelum itu berlaku "
    "aturan nasional."
)
#: The day the Perda is taken to apply from: not read in the text (see ``ASSUMPTION_TITLE``);
#: the last day of its year, so that nothing is held against a body before the Perda can
#: have been in force.
IN_FORCE: Final = date(2022, 12, 31)
ASSUMPTION_ARTICLE: Final = (
    "Pasal yang mengatur hal ini belum diketahui; hanya nomor Perda yang dikutip."
)
ASSUMPTION_SEKDA: Final = (
    "Sekda sebagai atasan PPID mengikuti praktik Permendagri 3/2017 (kini "
    "Permendagri 2/2026); tempat PPID Utama belum diketahui."
)
ASSUMPTION_KEYWORDS: Final = (
    "Rincian jenis informasi dalam Pasal 11 belum dibaca; kata kunci belum diisi."
)

REGULATIONS: Final = (
    Regulation(
        Citation(PERDA),
        "Peraturan Daerah Kabupaten Karanganyar Nomor 10 Tahun 2022",
        assumption=ASSUMPTION_TITLE,
        in_force=IN_FORCE,
    ),
)

#: Pasal 11: information published periodically, immediately and available at any time.
CLASSIFICATION_RULES: Final = (
    ClassificationRule(
        "berkala",
        "Informasi yang wajib disediakan dan diumumkan secara berkala",
        citation=Citation(PERDA, pasal=11),
        assumption=ASSUMPTION_KEYWORDS,
    ),
    ClassificationRule(
        "serta_merta",
        "Informasi yang wajib diumumkan secara serta merta",
        citation=Citation(PERDA, pasal=11),
        assumption=ASSUMPTION_KEYWORDS,
    ),
    ClassificationRule(
        "setiap_saat",
        "Informasi yang wajib tersedia setiap saat",
        citation=Citation(PERDA, pasal=11),
        assumption=ASSUMPTION_KEYWORDS,
    ),
)

#: The yearly rhythm: DIP compiled in February, DIK (consequence tests) in March, both
#: approved by the Sekda after monitoring and evaluation.
REGISTER_CYCLES: Final = (
    RegisterCycle(
        "DIP",
        2,
        Role.REGIONAL_SECRETARY,
        "Daftar Informasi Publik disusun pada bulan Februari dan disetujui Sekda",
        citation=Citation(PERDA),
        assumption=ASSUMPTION_ARTICLE,
    ),
    RegisterCycle(
        "DIK",
        3,
        Role.REGIONAL_SECRETARY,
        "Daftar Informasi yang Dikecualikan (uji konsekuensi) disusun pada bulan Maret, "
        "diperiksa dan disetujui Sekda",
        citation=Citation(PERDA),
        assumption=ASSUMPTION_ARTICLE,
    ),
)

PPID_UNITS: Final = (
    PpidUnit(
        PpidKind.MAIN,
        UnitType.REGIONAL_GOVERNMENT,
        "Pemerintah Kabupaten Karanganyar",
        superior=Role.REGIONAL_SECRETARY,
        approvers=(Role.REGIONAL_SECRETARY,),
        citation=Citation(PERDA),
        assumption=ASSUMPTION_SEKDA,
    ),
)

#: Who must approve a consequence test (uji konsekuensi) in Karanganyar.
CONSEQUENCE_TEST_APPROVER: Final = Role.REGIONAL_SECRETARY
CONSEQUENCE_TEST_CITATION: Final = Citation(PERDA)

ASSUMPTION_DOCUMENTS: Final = (
    "Bentuk kop surat, persetujuan Sekda atas surat penetapan klasifikasi, berita acara uji "
    "konsekuensi, DIP dan DIK, serta pola penomoran surat mengikuti praktik yang lazim; pasal "
    "Perda yang mengaturnya belum diketahui."
)

#: The Sekda approves the classification and the registers (DIP in February, DIK in March).
SEKDA: Final = "Sekretaris Daerah Kabupaten Karanganyar"

#: How Karanganyar's documents look: the kop surat of the Pemerintah Kabupaten, the Sekda's
#: approval on the surat penetapan, the berita acara and both registers, and letter numbers
#: such as ``007/PPID/2025``.
DOCUMENT_STYLE: Final = DocumentStyle(
    citation=Citation(PERDA),
    letterhead=("PEMERINTAH KABUPATEN KARANGANYAR",),
    signatories={
        kind: (Signatory("Menyetujui,", SEKDA, role=Role.REGIONAL_SECRETARY),)
        for kind in (
            DocumentKind.CLASSIFICATION_DECISION,
            DocumentKind.CONSEQUENCE_TEST_MINUTES,
            DocumentKind.DIP,
            DocumentKind.DIK,
        )
    },
    numbering="{seq:03d}/PPID/{year}",
    assumption=ASSUMPTION_DOCUMENTS,
)
