"""The exemption grounds of UU 14/2008 Pasal 17 (*informasi yang dikecualikan*), as data.

Every ground is listed down to its angka (``a.1`` … ``a.5``, ``b``, ``c.1`` … ``c.7``, ``d``,
``e.1`` … ``e.7``, ``f.1`` … ``f.4``, ``g``, ``h.1`` … ``h.5``, ``i``, ``j``) with:

* its :class:`~kiplib.Citation` (``UU 14/2008 Pasal 17 huruf h angka 2``);
* a short description in Bahasa Indonesia (English through the catalog);
* its exemption-period rule (*jangka waktu pengecualian*, PP 61/2010 Pasal 5–9);
* the conditions that release it (a public court hearing, written consent, public office, a
  decision of the Komisi Informasi or a court, the President's written permission for a
  criminal trial or for a civil case on the state's finances, the other law that sets the
  period), each with the articles it rests on; for huruf g and h that list is open (UU 14/2008
  Pasal 18 ayat (2) says "antara lain"), see :attr:`Ground.release_open`;
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
from collections.abc import Iterable
from types import MappingProxyType
from typing import Final

import attrs

from kiplib.errors import NotFoundError
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.citation import PP_61_2010, UU_14_2008, Citation
from kiplib.law.objection import OBJECTION_GROUNDS, MediationRule

__all__ = [
    "CONFINED_CONDITIONS",
    "GROUNDS",
    "LETTERS",
    "NON_PERMANENT_LETTERS",
    "OPEN_RELEASE_LETTERS",
    "Ground",
    "PeriodKind",
    "PeriodRule",
    "ReleaseCondition",
    "ground",
    "grounds_of_letter",
    "release_citations",
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
    """An event that ends an exemption before (or instead of) a date.

    :attr:`citations` names every article a condition rests on; where that article differs
    from ground to ground (``PER_OTHER_LAW``), :meth:`Ground.release_citations` gives the one
    of a ground.
    """

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
    #: Opened for a criminal trial by the Kapolri, the Jaksa Agung, the Ketua MA, the Ketua KPK
    #: or another law-enforcement head, with the President's written permission (UU Pasal 18
    #: ayat (3), (4) and (6); huruf a–f, i and j). The President may refuse (ayat (7)): only
    #: the permission given releases, never the request for it.
    CRIMINAL_TRIAL_PERMISSION = "criminal_trial_permission"
    #: Opened for a civil case in court on the state's finances or assets, with the President's
    #: written permission asked by the Jaksa Agung as the state's advocate (UU Pasal 18
    #: ayat (5) and (6); the information of ayat (3): huruf a–f, i and j). The President may
    #: refuse (ayat (7)).
    CIVIL_STATE_FINANCE_PERMISSION = "civil_state_finance_permission"
    #: The period set by the other law ends: PP 61/2010 Pasal 6 (huruf b), Pasal 8 ayat (1)
    #: (huruf g), Pasal 9 (huruf i), and the Undang-Undang of UU Pasal 17 huruf j (huruf j).
    PER_OTHER_LAW = "per_other_law"

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every article the condition rests on, the main one first."""
        return _CONDITION_CITATIONS[self]

    @property
    def citation(self) -> Citation:
        """The main article of the condition (the first of :attr:`citations`). For
        ``PER_OTHER_LAW`` the article differs per ground: use
        :meth:`Ground.release_citations`."""
        return _CONDITION_CITATIONS[self][0]


_UU18_6: Final = Citation(UU_14_2008, pasal=18, ayat=6)
_UU18_7: Final = Citation(UU_14_2008, pasal=18, ayat=7)
#: Where the period of a ground ends "per other law", by the ground's letter.
_OTHER_LAW_CITATIONS: Final = {
    "b": Citation(PP_61_2010, pasal=6),
    "g": Citation(PP_61_2010, pasal=8, ayat=1),
    "i": Citation(PP_61_2010, pasal=9),
    "j": Citation(UU_14_2008, pasal=17, huruf="j"),
}
_CONDITION_CITATIONS: Final[dict[ReleaseCondition, tuple[Citation, ...]]] = {
    ReleaseCondition.PUBLIC_COURT_HEARING: (Citation(PP_61_2010, pasal=5, ayat=2),),
    ReleaseCondition.WRITTEN_CONSENT: (
        Citation(UU_14_2008, pasal=18, ayat=2, huruf="a"),
        Citation(PP_61_2010, pasal=8, ayat=3, huruf="a"),
    ),
    ReleaseCondition.PUBLIC_OFFICE: (
        Citation(UU_14_2008, pasal=18, ayat=2, huruf="b"),
        Citation(PP_61_2010, pasal=8, ayat=3, huruf="b"),
    ),
    ReleaseCondition.KI_OR_COURT_DECISION: (Citation(UU_14_2008, pasal=17, huruf="i"),),
    ReleaseCondition.CRIMINAL_TRIAL_PERMISSION: (
        Citation(UU_14_2008, pasal=18, ayat=3),
        Citation(UU_14_2008, pasal=18, ayat=4),
        _UU18_6,
        _UU18_7,
    ),
    ReleaseCondition.CIVIL_STATE_FINANCE_PERMISSION: (
        Citation(UU_14_2008, pasal=18, ayat=5),
        _UU18_6,
        _UU18_7,
    ),
    ReleaseCondition.PER_OTHER_LAW: tuple(_OTHER_LAW_CITATIONS.values()),
}
_CONDITION_LABELS: Final = {
    ReleaseCondition.PUBLIC_COURT_HEARING: N_("dibuka dalam sidang pengadilan terbuka untuk umum"),
    ReleaseCondition.WRITTEN_CONSENT: N_(
        "persetujuan tertulis dari pihak yang rahasianya diungkap"
    ),
    ReleaseCondition.PUBLIC_OFFICE: N_("berkaitan dengan jabatan publik orang tersebut"),
    ReleaseCondition.KI_OR_COURT_DECISION: N_("putusan Komisi Informasi atau pengadilan"),
    ReleaseCondition.CRIMINAL_TRIAL_PERMISSION: N_(
        "dibuka untuk pemeriksaan perkara pidana di pengadilan atas izin tertulis Presiden "
        "(Presiden dapat menolak)"
    ),
    ReleaseCondition.CIVIL_STATE_FINANCE_PERMISSION: N_(
        "dibuka untuk pemeriksaan perkara perdata tentang keuangan atau kekayaan negara di "
        "pengadilan atas izin tertulis Presiden yang dimohonkan Jaksa Agung (Presiden dapat "
        "menolak)"
    ),
    ReleaseCondition.PER_OTHER_LAW: N_("menurut peraturan perundang-undangan yang mengaturnya"),
}
#: Conditions the law confines to some letters: the President's permission is for the
#: information of UU 14/2008 Pasal 18 ayat (3) only (huruf a–f, i and j), so even the open
#: list of huruf g and h does not take it.
CONFINED_CONDITIONS: Final = MappingProxyType(
    {
        ReleaseCondition.CRIMINAL_TRIAL_PERMISSION: frozenset("abcdefij"),
        ReleaseCondition.CIVIL_STATE_FINANCE_PERMISSION: frozenset("abcdefij"),
    }
)
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


#: The citations of Pasal 17 made so far, by (huruf, angka): immutable values, made once.
_PASAL_17: Final[dict[tuple[str, str | None], Citation]] = {}


def _pasal_17(huruf: str, angka: str | None) -> Citation:
    """``Citation(UU_14_2008, pasal=17, huruf=huruf, angka=angka)``, made once per point."""
    try:
        found = _PASAL_17.get((huruf, angka))
    except TypeError:  # an unhashable value: the citation refuses it
        return Citation(UU_14_2008, pasal=17, huruf=huruf, angka=angka)
    if found is None:
        found = Citation(UU_14_2008, pasal=17, huruf=huruf, angka=angka)
        if len(_PASAL_17) < 256:
            _PASAL_17[(huruf, angka)] = found
    return found


@attrs.frozen
class Ground:
    """One exemption ground of UU 14/2008 Pasal 17, down to its angka.

    Attributes:
        huruf: the letter (``"a"`` … ``"j"``).
        angka: the point within the letter (``"2"``), or ``None`` for a letter without points.
        description: what the ground protects, in Bahasa Indonesia.
        period: the exemption-period rule (PP 61/2010 Pasal 5–9).
        release: the conditions the law lists that end the exemption.
        permanent_allowed: ``False`` for huruf a–f (UU 14/2008 Pasal 20 ayat (1)).
        requires_undang_undang: the legal basis must be an Undang-Undang (huruf j).
        release_open: the law's list of release conditions is open: UU 14/2008 Pasal 18
            ayat (2) lifts huruf g and h "antara lain" (among others) on consent or public
            office. A record may then state another condition (:meth:`accepts`), which
            :func:`kiplib.exemption.advise` reports for a reviewer to check.
    """

    huruf: str
    angka: str | None
    description: str
    period: PeriodRule
    release: tuple[ReleaseCondition, ...]
    permanent_allowed: bool
    requires_undang_undang: bool = False
    release_open: bool = False

    @property
    def code(self) -> str:
        """``"h.2"`` for huruf h angka 2, ``"b"`` for huruf b."""
        return self.huruf if self.angka is None else f"{self.huruf}.{self.angka}"

    @property
    def citation(self) -> Citation:
        """``UU 14/2008 Pasal 17 huruf h angka 2``."""
        return _pasal_17(self.huruf, self.angka)

    @property
    def permanence_citation(self) -> Citation:
        """Where the (non-)permanence comes from: UU 14/2008 Pasal 20 ayat (1)."""
        return Citation(UU_14_2008, pasal=20, ayat=1)

    @property
    def release_open_citation(self) -> Citation | None:
        """Where the list of release conditions is open (UU 14/2008 Pasal 18 ayat (2)), or
        ``None`` for a closed list."""
        return _UU18_2 if self.release_open else None

    def lists(self, condition: ReleaseCondition) -> bool:
        """Whether the law names ``condition`` as a release of this ground."""
        return condition in self.release

    def accepts(self, condition: ReleaseCondition) -> bool:
        """Whether a record on this ground may state ``condition``: a listed one, or, for an
        open list (huruf g and h), any condition the law does not confine to other letters
        (the President's permission is only for huruf a–f, i and j)."""
        if self.lists(condition):
            return True
        letters = CONFINED_CONDITIONS.get(condition)
        return self.release_open and (letters is None or self.huruf in letters)

    def release_citations(self, condition: ReleaseCondition) -> tuple[Citation, ...]:
        """The articles ``condition`` rests on for this ground: for ``PER_OTHER_LAW`` the
        article that sends the period to the other law (PP 61/2010 Pasal 6, Pasal 8 ayat (1),
        Pasal 9, or UU 14/2008 Pasal 17 huruf j); for a condition outside an open list,
        UU 14/2008 Pasal 18 ayat (2) first."""
        own = condition.citations
        if condition is ReleaseCondition.PER_OTHER_LAW and self.huruf in _OTHER_LAW_CITATIONS:
            own = (_OTHER_LAW_CITATIONS[self.huruf],)
        if not self.lists(condition) and self.release_open:
            return (_UU18_2, *own)
        return own

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
#: The President's written permission, for a criminal trial or a civil case on the state's
#: finances (UU 14/2008 Pasal 18 ayat (3)–(7)): huruf a–f, i and j.
_TRIAL: Final = (_R.CRIMINAL_TRIAL_PERMISSION, _R.CIVIL_STATE_FINANCE_PERMISSION)


def _g(
    huruf: str,
    angka: int | None,
    description: str,
    period: PeriodRule,
    release: tuple[ReleaseCondition, ...],
) -> Ground:
    # UU 14/2008 Pasal 20 ayat (1): the exemptions of huruf a–f are not permanent.
    # UU 14/2008 Pasal 18 ayat (2): the release of huruf g and h is listed "antara lain".
    return Ground(
        huruf,
        None if angka is None else str(angka),
        description,
        period,
        release,
        permanent_allowed=huruf not in NON_PERMANENT_LETTERS,
        requires_undang_undang=huruf == "j",
        release_open=huruf in OPEN_RELEASE_LETTERS,
    )


#: The letters whose exemption may not be permanent (UU 14/2008 Pasal 20 ayat (1)).
NON_PERMANENT_LETTERS: Final = frozenset("abcdef")
#: The letters of Pasal 17, in order.
LETTERS: Final = tuple("abcdefghij")
#: The letters whose release conditions the law lists "antara lain" (UU 14/2008 Pasal 18
#: ayat (2)): an open list.
OPEN_RELEASE_LETTERS: Final = frozenset("gh")
_UU18_2: Final = Citation(UU_14_2008, pasal=18, ayat=2)

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
    # a.3–a.5 and c.1–c.3 quote Pasal 17 (the short forms dropped words that carry meaning).
    _g(
        "a",
        3,
        N_(
            "mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan dengan "
            "pencegahan dan penanganan segala bentuk kejahatan transnasional"
        ),
        _PP5,
        _A_RELEASE,
    ),
    _g(
        "a",
        4,
        N_("membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya"),
        _PP5,
        _A_RELEASE,
    ),
    _g(
        "a",
        5,
        N_("membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum"),
        _PP5,
        _A_RELEASE,
    ),
    # b — intellectual property and fair competition (PP 61/2010 Pasal 6)
    _g(
        "b",
        None,
        N_("mengganggu perlindungan kekayaan intelektual atau dari persaingan usaha tidak sehat"),
        _PP6,
        (_R.PER_OTHER_LAW, *_TRIAL),
    ),
    # c — defence and security (PP 61/2010 Pasal 7 ayat (1))
    _g(
        "c",
        1,
        N_(
            "informasi tentang strategi, intelijen, operasi, taktik dan teknik yang berkaitan "
            "dengan penyelenggaraan sistem pertahanan dan keamanan negara, meliputi tahap "
            "perencanaan, pelaksanaan dan pengakhiran atau evaluasi dalam kaitan dengan ancaman "
            "dari dalam dan luar negeri"
        ),
        _pp7(1),
        _TRIAL,
    ),
    _g(
        "c",
        2,
        N_(
            "dokumen yang memuat tentang strategi, intelijen, operasi, teknik dan taktik yang "
            "berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara yang "
            "meliputi tahap perencanaan, pelaksanaan dan pengakhiran atau evaluasi"
        ),
        _pp7(1),
        _TRIAL,
    ),
    _g(
        "c",
        3,
        N_(
            "jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam "
            "penyelenggaraan sistem pertahanan dan keamanan negara serta rencana "
            "pengembangannya"
        ),
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
    _g(
        "g",
        None,
        N_("isi akta otentik pribadi dan wasiat seseorang"),
        _PP8_1,
        (*_GH_RELEASE, _R.PER_OTHER_LAW),
    ),
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
        (_R.KI_OR_COURT_DECISION, _R.PER_OTHER_LAW, *_TRIAL),
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


def release_citations(
    grounds: Iterable[Ground], condition: ReleaseCondition
) -> tuple[Citation, ...]:
    """The articles ``condition`` rests on for a record on ``grounds``: those of every ground
    that accepts it (:meth:`Ground.release_citations`), each once; the condition's own
    :attr:`~ReleaseCondition.citations` when no ground does (or none is given)."""
    found = [c for g in grounds if g.accepts(condition) for c in g.release_citations(condition)]
    return tuple(dict.fromkeys(found)) or condition.citations
