"""The exemption grounds of UU 14/2008 Pasal 17 (*informasi yang dikecualikan*), as data.

Every ground is listed down to its angka (``a.1`` … ``a.5``, ``b``, ``c.1`` … ``c.7``, ``d``,
``e.1`` … ``e.7``, ``f.1`` … ``f.4``, ``g``, ``h.1`` … ``h.5``, ``i``, ``j``) with:

* its :class:`~kiplib.Citation` (``UU 14/2008 Pasal 17 huruf h angka 2``);
* a short description in Bahasa Indonesia (English through the catalog);
* its exemption-period rule (*jangka waktu pengecualian*, PP 61/2010 Pasal 5–9);
* the conditions that release it (a public court hearing, written consent, public office, a
  decision of the Komisi Informasi or a court, the President's permission for a criminal trial);
* whether it may be permanent (UU 14/2008 Pasal 20 ayat (1): huruf a–f may not);
* whether a dispute over a refusal on this ground can be mediated (UU 14/2008 Pasal 40 ayat (2)
  allows mediation only for the keberatan grounds of Pasal 35 ayat (1) huruf b–g, so a refusal
  under any Pasal 17 ground — Pasal 35 ayat (1) huruf a — goes to adjudication).

The keberatan grounds of Pasal 35 ayat (1) a–g, each with its mediation rule, are in
:mod:`kiplib.law.objection`.

Examples:
    >>> from kiplib.law.grounds import ground
    >>> g = ground("h.2")
    >>> print(g.citation)
    UU 14/2008 Pasal 17 huruf h angka 2
    >>> print(g.period.citation)
    PP 61/2010 Pasal 8 ayat (2)
    >>> g.permanent_allowed, g.mediation.available
    (True, False)
    >>> print(g.mediation.citation)
    UU 14/2008 Pasal 40 ayat (2)
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

import attrs

from kiplib.errors import NotFoundError
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.citation import PP_61_2010, UU_14_2008, Citation
from kiplib.law.objection import OBJECTION_GROUNDS, MediationRule

__all__ = [
    "GROUNDS",
    "LETTERS",
    "NON_PERMANENT_LETTERS",
    "Ground",
    "PeriodKind",
    "PeriodRule",
    "ReleaseCondition",
    "ground",
    "grounds_of_letter",
]


class PeriodKind(LabelledEnum):
    """How the exemption period of a ground is set (PP 61/2010 Pasal 5–9)."""

    #: At most a number of years (huruf a: 30 years, PP 61/2010 Pasal 5 ayat (1)).
    MAXIMUM_YEARS = "maximum_years"
    #: As long as protection needs it, fixed by the body's highest leader (Pasal 7, 8 ayat (2)).
    AS_LONG_AS_NEEDED = "as_long_as_needed"
    #: As other laws and regulations set it (Pasal 6, 8 ayat (1), 9).
    PER_OTHER_LAWS = "per_other_laws"
    #: As the Undang-Undang that forbids disclosure sets it (UU 14/2008 Pasal 17 huruf j).
    PER_UNDANG_UNDANG = "per_undang_undang"


_PERIOD_LABELS: Final = {
    PeriodKind.MAXIMUM_YEARS: N_("paling lama sejumlah tahun tertentu"),
    PeriodKind.AS_LONG_AS_NEEDED: N_("selama dibutuhkan untuk perlindungan"),
    PeriodKind.PER_OTHER_LAWS: N_("menurut peraturan perundang-undangan lain"),
    PeriodKind.PER_UNDANG_UNDANG: N_("menurut Undang-Undang yang melarang pengungkapannya"),
}
PeriodKind.set_labels(_PERIOD_LABELS)


class ReleaseCondition(LabelledEnum):
    """An event that ends an exemption before (or instead of) a date."""

    #: Opened in a court hearing open to the public (PP 61/2010 Pasal 5 ayat (2); huruf a).
    PUBLIC_COURT_HEARING = "public_court_hearing"
    #: The person whose secret it is consents in writing (UU Pasal 18 ayat (2) huruf a;
    #: PP 61/2010 Pasal 8 ayat (3) huruf a; huruf g and h).
    WRITTEN_CONSENT = "written_consent"
    #: The disclosure concerns the person's public office (UU Pasal 18 ayat (2) huruf b;
    #: PP 61/2010 Pasal 8 ayat (3) huruf b; huruf g and h).
    PUBLIC_OFFICE = "public_office"
    #: A decision of the Komisi Informasi or a court (UU Pasal 17 huruf i).
    KI_OR_COURT_DECISION = "ki_or_court_decision"
    #: Opened for a criminal trial with the President's permission (UU Pasal 18 ayat (3)–(6);
    #: huruf a–f, i and j).
    CRIMINAL_TRIAL_PERMISSION = "criminal_trial_permission"
    #: Whatever the other law that sets the period provides (huruf b, g, i, j).
    PER_OTHER_LAW = "per_other_law"

    @property
    def citation(self) -> Citation:
        """Where the condition comes from."""
        return _CONDITION_CITATIONS[self]


_CONDITION_CITATIONS: Final = {
    ReleaseCondition.PUBLIC_COURT_HEARING: Citation(PP_61_2010, pasal=5, ayat=2),
    ReleaseCondition.WRITTEN_CONSENT: Citation(UU_14_2008, pasal=18, ayat=2, huruf="a"),
    ReleaseCondition.PUBLIC_OFFICE: Citation(UU_14_2008, pasal=18, ayat=2, huruf="b"),
    ReleaseCondition.KI_OR_COURT_DECISION: Citation(UU_14_2008, pasal=17, huruf="i"),
    ReleaseCondition.CRIMINAL_TRIAL_PERMISSION: Citation(UU_14_2008, pasal=18, ayat=3),
    ReleaseCondition.PER_OTHER_LAW: Citation(UU_14_2008, pasal=20, ayat=2),
}
_CONDITION_LABELS: Final = {
    ReleaseCondition.PUBLIC_COURT_HEARING: N_("dibuka dalam sidang pengadilan terbuka untuk umum"),
    ReleaseCondition.WRITTEN_CONSENT: N_(
        "persetujuan tertulis dari pihak yang rahasianya diungkap"
    ),
    ReleaseCondition.PUBLIC_OFFICE: N_("berkaitan dengan jabatan publik orang tersebut"),
    ReleaseCondition.KI_OR_COURT_DECISION: N_("putusan Komisi Informasi atau pengadilan"),
    ReleaseCondition.CRIMINAL_TRIAL_PERMISSION: N_(
        "dibuka untuk pemeriksaan perkara pidana atas izin Presiden"
    ),
    ReleaseCondition.PER_OTHER_LAW: N_("menurut peraturan perundang-undangan yang mengaturnya"),
}
ReleaseCondition.set_labels(_CONDITION_LABELS)


@attrs.frozen
class PeriodRule:
    """The exemption-period rule of a ground, with its citation.

    Attributes:
        kind: how the period is set.
        citation: the article of PP 61/2010 (or UU 14/2008 for huruf j).
        max_years: the upper bound in years, when there is one (30 for huruf a).
        fixed_by: who fixes the period, in Bahasa Indonesia (``pimpinan tertinggi``), if named.
        fixed_by_citation: where that is said (PP 61/2010 Pasal 7 ayat (5)).
    """

    kind: PeriodKind
    citation: Citation
    max_years: int | None = None
    fixed_by: str | None = None
    fixed_by_citation: Citation | None = None

    def describe(self, lang: str = "id") -> str:
        """``paling lama 30 tahun (PP 61/2010 Pasal 5 ayat (1))`` in ``lang``."""
        if self.kind is PeriodKind.MAXIMUM_YEARS and self.max_years is not None:
            text = gettext(N_("paling lama {years} tahun"), lang).format(years=self.max_years)
        else:
            text = self.kind.label(lang)
        if self.fixed_by is not None:
            text += gettext(N_(", ditetapkan oleh {who}"), lang).format(
                who=gettext(self.fixed_by, lang)
            )
        return f"{text} ({self.citation})"


@attrs.frozen
class Ground:
    """One exemption ground of UU 14/2008 Pasal 17, down to its angka.

    Attributes:
        huruf: the letter (``"a"`` … ``"j"``).
        angka: the point within the letter (``"2"``), or ``None`` for a letter without points.
        description: what the ground protects, in Bahasa Indonesia.
        period: the exemption-period rule (PP 61/2010 Pasal 5–9).
        release: conditions that end the exemption.
        permanent_allowed: ``False`` for huruf a–f (UU 14/2008 Pasal 20 ayat (1)).
        requires_undang_undang: the legal basis must be an Undang-Undang (huruf j).
    """

    huruf: str
    angka: str | None
    description: str
    period: PeriodRule
    release: tuple[ReleaseCondition, ...]
    permanent_allowed: bool
    requires_undang_undang: bool = False

    @property
    def code(self) -> str:
        """``"h.2"`` for huruf h angka 2, ``"b"`` for huruf b."""
        return self.huruf if self.angka is None else f"{self.huruf}.{self.angka}"

    @property
    def citation(self) -> Citation:
        """``UU 14/2008 Pasal 17 huruf h angka 2``."""
        return Citation(UU_14_2008, pasal=17, huruf=self.huruf, angka=self.angka)

    @property
    def permanence_citation(self) -> Citation:
        """Where the (non-)permanence comes from: UU 14/2008 Pasal 20 ayat (1)."""
        return Citation(UU_14_2008, pasal=20, ayat=1)

    @property
    def mediation(self) -> MediationRule:
        """A refusal on any Pasal 17 ground is keberatan ground a: no mediation (Pasal 40 (2))."""
        return OBJECTION_GROUNDS["a"].mediation

    def describe(self, lang: str = "id") -> str:
        """``h.2 — …`` in ``lang``."""
        return f"{self.code} — {gettext(self.description, lang)}"


# ----------------------------------------------------------------------------- periods
_PP5: Final = PeriodRule(PeriodKind.MAXIMUM_YEARS, Citation(PP_61_2010, pasal=5, ayat=1), 30)
_PP6: Final = PeriodRule(PeriodKind.PER_OTHER_LAWS, Citation(PP_61_2010, pasal=6))
_LEADER: Final = N_("pimpinan tertinggi badan publik")
_PP7_5: Final = Citation(PP_61_2010, pasal=7, ayat=5)


def _pp7(ayat: int) -> PeriodRule:
    return PeriodRule(
        PeriodKind.AS_LONG_AS_NEEDED,
        Citation(PP_61_2010, pasal=7, ayat=ayat),
        fixed_by=_LEADER,
        fixed_by_citation=_PP7_5,
    )


_PP8_1: Final = PeriodRule(PeriodKind.PER_OTHER_LAWS, Citation(PP_61_2010, pasal=8, ayat=1))
_PP8_2: Final = PeriodRule(PeriodKind.AS_LONG_AS_NEEDED, Citation(PP_61_2010, pasal=8, ayat=2))
_PP9: Final = PeriodRule(PeriodKind.PER_OTHER_LAWS, Citation(PP_61_2010, pasal=9))
_UU17J: Final = PeriodRule(PeriodKind.PER_UNDANG_UNDANG, Citation(UU_14_2008, pasal=17, huruf="j"))

_R = ReleaseCondition
_TRIAL: Final = (_R.CRIMINAL_TRIAL_PERMISSION,)


def _g(
    huruf: str,
    angka: int | None,
    description: str,
    period: PeriodRule,
    release: tuple[ReleaseCondition, ...],
) -> Ground:
    # UU 14/2008 Pasal 20 ayat (1): the exemptions of huruf a–f are not permanent.
    return Ground(
        huruf,
        None if angka is None else str(angka),
        description,
        period,
        release,
        permanent_allowed=huruf not in NON_PERMANENT_LETTERS,
        requires_undang_undang=huruf == "j",
    )


#: The letters whose exemption may not be permanent (UU 14/2008 Pasal 20 ayat (1)).
NON_PERMANENT_LETTERS: Final = frozenset("abcdef")
#: The letters of Pasal 17, in order.
LETTERS: Final = tuple("abcdefghij")

_A_RELEASE: Final = (_R.PUBLIC_COURT_HEARING, *_TRIAL)
_GH_RELEASE: Final = (_R.WRITTEN_CONSENT, _R.PUBLIC_OFFICE)

_ALL: Final = (
    # a — law enforcement (PP 61/2010 Pasal 5)
    _g("a", 1, N_("menghambat penyelidikan dan penyidikan tindak pidana"), _PP5, _A_RELEASE),
    _g(
        "a",
        2,
        N_("mengungkap identitas informan, pelapor, saksi atau korban tindak pidana"),
        _PP5,
        _A_RELEASE,
    ),
    _g(
        "a",
        3,
        N_("mengungkap data intelijen kriminal atau rencana penanganan kejahatan transnasional"),
        _PP5,
        _A_RELEASE,
    ),
    _g("a", 4, N_("membahayakan keselamatan penegak hukum atau keluarganya"), _PP5, _A_RELEASE),
    _g("a", 5, N_("membahayakan keamanan peralatan dan sarana penegak hukum"), _PP5, _A_RELEASE),
    # b — intellectual property and fair competition (PP 61/2010 Pasal 6)
    _g(
        "b",
        None,
        N_("mengganggu perlindungan kekayaan intelektual atau dari persaingan usaha tidak sehat"),
        _PP6,
        (_R.PER_OTHER_LAW, *_TRIAL),
    ),
    # c — defence and security (PP 61/2010 Pasal 7 ayat (1))
    _g("c", 1, N_("strategi, intelijen, operasi, taktik dan teknik pertahanan"), _pp7(1), _TRIAL),
    _g(
        "c",
        2,
        N_("dokumen yang memuat strategi, intelijen atau operasi pertahanan"),
        _pp7(1),
        _TRIAL,
    ),
    _g(
        "c",
        3,
        N_("kekuatan, komposisi dan disposisi pertahanan serta rencana pengembangannya"),
        _pp7(1),
        _TRIAL,
    ),
    _g("c", 4, N_("gambar dan data pangkalan atau instalasi militer"), _pp7(1), _TRIAL),
    _g(
        "c",
        5,
        N_("perkiraan kemampuan militer negara lain atau kerja sama militer yang dirahasiakan"),
        _pp7(1),
        _TRIAL,
    ),
    _g("c", 6, N_("sistem persandian negara"), _pp7(1), _TRIAL),
    _g("c", 7, N_("sistem intelijen negara"), _pp7(1), _TRIAL),
    # d — natural wealth (PP 61/2010 Pasal 7 ayat (2))
    _g("d", None, N_("mengungkap kekayaan alam Indonesia"), _pp7(2), _TRIAL),
    # e — national economic resilience (PP 61/2010 Pasal 7 ayat (3))
    _g(
        "e",
        1,
        N_("rencana awal jual beli mata uang, saham atau aset vital negara"),
        _pp7(3),
        _TRIAL,
    ),
    _g(
        "e",
        2,
        N_("rencana awal perubahan nilai tukar, suku bunga atau operasi lembaga keuangan"),
        _pp7(3),
        _TRIAL,
    ),
    _g(
        "e",
        3,
        N_("rencana awal perubahan bunga bank, pinjaman pemerintah, pajak, tarif atau pendapatan"),
        _pp7(3),
        _TRIAL,
    ),
    _g("e", 4, N_("rencana awal jual beli tanah atau properti"), _pp7(3), _TRIAL),
    _g("e", 5, N_("rencana awal investasi asing"), _pp7(3), _TRIAL),
    _g(
        "e",
        6,
        N_("proses dan hasil pengawasan perbankan, asuransi atau lembaga keuangan lain"),
        _pp7(3),
        _TRIAL,
    ),
    _g("e", 7, N_("hal yang berkaitan dengan pencetakan uang"), _pp7(3), _TRIAL),
    # f — foreign relations (PP 61/2010 Pasal 7 ayat (4))
    _g(
        "f",
        1,
        N_("posisi, daya tawar dan strategi negara dalam negosiasi internasional"),
        _pp7(4),
        _TRIAL,
    ),
    _g("f", 2, N_("korespondensi diplomatik antarnegara"), _pp7(4), _TRIAL),
    _g(
        "f",
        3,
        N_("sistem komunikasi dan persandian hubungan internasional"),
        _pp7(4),
        _TRIAL,
    ),
    _g(
        "f",
        4,
        N_("perlindungan infrastruktur strategis Indonesia di luar negeri"),
        _pp7(4),
        _TRIAL,
    ),
    # g — authentic personal deeds and wills (PP 61/2010 Pasal 8 ayat (1))
    _g("g", None, N_("isi akta otentik pribadi dan wasiat seseorang"), _PP8_1, _GH_RELEASE),
    # h — personal secrets (PP 61/2010 Pasal 8 ayat (2))
    _g("h", 1, N_("riwayat dan kondisi anggota keluarga"), _PP8_2, _GH_RELEASE),
    _g(
        "h",
        2,
        N_("riwayat, kondisi, perawatan dan pengobatan kesehatan fisik atau psikis seseorang"),
        _PP8_2,
        _GH_RELEASE,
    ),
    _g(
        "h",
        3,
        N_("kondisi keuangan, aset, pendapatan dan rekening bank seseorang"),
        _PP8_2,
        _GH_RELEASE,
    ),
    _g(
        "h",
        4,
        N_("hasil evaluasi kapabilitas, intelektualitas dan rekomendasi kemampuan seseorang"),
        _PP8_2,
        _GH_RELEASE,
    ),
    _g("h", 5, N_("catatan pribadi seseorang di satuan pendidikan"), _PP8_2, _GH_RELEASE),
    # i — confidential memoranda (PP 61/2010 Pasal 9)
    _g(
        "i",
        None,
        N_("memorandum atau surat antar/intra badan publik yang menurut sifatnya dirahasiakan"),
        _PP9,
        (_R.KI_OR_COURT_DECISION, *_TRIAL),
    ),
    # j — forbidden by an Undang-Undang (UU 14/2008 Pasal 17 huruf j)
    _g(
        "j",
        None,
        N_("informasi yang menurut Undang-Undang tidak boleh diungkapkan"),
        _UU17J,
        (_R.PER_OTHER_LAW, *_TRIAL),
    ),
)

#: Every ground by its code (``"a.1"`` … ``"j"``), in the order of Pasal 17.
GROUNDS: Final = MappingProxyType({g.code: g for g in _ALL})

_CODE = re.compile(
    r"^\s*(?:pasal\s*17\s*)?(?:huruf\s*)?([a-j])\s*(?:[.\s]\s*(?:angka\s*)?(\d))?\s*$"
)


def ground(code: str) -> Ground:
    """The ground for ``"h.2"`` (also ``"h 2"``, ``"huruf h angka 2"``, ``"H.2"``).

    Raises:
        kiplib.errors.NotFoundError: for a code that is not a ground down to its angka (``"h"``
            alone is not one: huruf h has points).
    """
    match = _CODE.match(code.lower()) if isinstance(code, str) else None
    if match is not None:
        key = match.group(1) if match.group(2) is None else f"{match.group(1)}.{match.group(2)}"
        found = GROUNDS.get(key)
        if found is not None:
            return found
    raise NotFoundError(field="ground", value=repr(code))


def grounds_of_letter(huruf: str) -> tuple[Ground, ...]:
    """Every ground under one letter (``"h"`` → h.1 … h.5)."""
    return tuple(g for g in _ALL if g.huruf == huruf)
