"""Consequence-test records (*uji konsekuensi*) and their validation.

Information is exempt only after the PPID has tested the consequences of opening it, carefully
and thoroughly (UU 14/2008 Pasal 2 ayat (4), Pasal 19), with the approval of the head of the
body (PP 61/2010 Pasal 3 ayat (2)), and fixed it in a *surat penetapan klasifikasi* (PP 61/2010
Pasal 4). A :class:`ConsequenceTest` holds at least what decision D-2
(:data:`kiplib.law.conventions.D2`) asks for: body and unit, the specific information and its
source document, the Pasal 17 grounds down to angka, the legal basis (an Undang-Undang for huruf
j), the harm analysis, the public-interest weighing, the outcome (closed / open / partly, with
redactions each carrying its own ground), the exemption period (*jangka waktu pengecualian*),
the PPID, the pimpinan's approval, the signatories of the berita acara, place and date, and when
the test was done.

:func:`check` lists *every* problem of a record at once (field path and reason);
:func:`validate` raises :class:`~kiplib.errors.ConsequenceTestError` carrying them. Both accept
extra validators (callables ``record -> problems``), the hook through which plugins add the
rules of their region.

A record is never edited: a change of classification is a *new* test that names the one it
replaces (PP 61/2010 Pasal 10), and :class:`ConsequenceTestHistory` keeps every version.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Final

import attrs

from kiplib._dates import add_years
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_, LabelledEnum
from kiplib.law.bodies import PublicBody
from kiplib.law.citation import PP_61_2010, UU_14_2008, Citation
from kiplib.law.grounds import GROUNDS, Ground, ReleaseCondition
from kiplib.law.roles import Role, UnitType
from kiplib.rulebook.contributions import ConsequenceTestFacts

__all__ = [
    "TEST_CITATIONS",
    "Approval",
    "ConsequenceTest",
    "ExemptionPeriod",
    "InstrumentType",
    "LegalBasis",
    "Official",
    "Outcome",
    "Redaction",
    "Timing",
]


class Outcome(LabelledEnum):
    """What the test decided (*hasil uji konsekuensi*)."""

    #: Tertutup — the specific information is exempt as a whole.
    CLOSED = "closed"
    #: Terbuka — the test found no reason to close it.
    OPEN = "open"
    #: Sebagian — open with the exempt parts blacked out (UU 14/2008 Pasal 22 ayat (7) huruf e).
    PARTLY = "partly"


_OUTCOME_LABELS: Final = {
    Outcome.CLOSED: N_("tertutup (dikecualikan)"),
    Outcome.OPEN: N_("terbuka"),
    Outcome.PARTLY: N_("terbuka sebagian (dihitamkan)"),
}
Outcome.set_labels(_OUTCOME_LABELS)


class Timing(LabelledEnum):
    """When the test was done (Perki 1/2017 Pasal 4 ayat (2); Perki 1/2021 Pasal 49 ayat (1))."""

    #: Before any request, when the body compiles its list of exempt information (DIK).
    BEFORE_REQUEST = "before_request"
    #: When a request for the information arrived.
    ON_REQUEST = "on_request"
    #: On the order of the Majelis Komisioner during a dispute.
    ORDERED_BY_MAJELIS = "ordered_by_majelis"


_TIMING_LABELS: Final = {
    Timing.BEFORE_REQUEST: N_("sebelum ada permohonan"),
    Timing.ON_REQUEST: N_("saat ada permohonan"),
    Timing.ORDERED_BY_MAJELIS: N_("atas perintah Majelis Komisioner"),
}
Timing.set_labels(_TIMING_LABELS)


class InstrumentType(enum.Enum):
    """The type of a legal instrument (hierarchy of UU 12/2011 Pasal 7 and 8)."""

    UNDANG_UNDANG = "undang_undang"
    #: Peraturan Pemerintah Pengganti Undang-Undang — of the same rank as an Undang-Undang.
    PERPU = "perpu"
    PERATURAN_PEMERINTAH = "peraturan_pemerintah"
    PERATURAN_PRESIDEN = "peraturan_presiden"
    PERATURAN_MENTERI = "peraturan_menteri"
    PERATURAN_KOMISI_INFORMASI = "peraturan_komisi_informasi"
    PERATURAN_DAERAH = "peraturan_daerah"
    PERATURAN_KEPALA_DAERAH = "peraturan_kepala_daerah"
    OTHER = "other"

    @property
    def has_rank_of_undang_undang(self) -> bool:
        """An Undang-Undang or a Perpu (UU 12/2011 Pasal 7 ayat (1) huruf c)."""
        return self in (InstrumentType.UNDANG_UNDANG, InstrumentType.PERPU)


@attrs.frozen
class LegalBasis:
    """A law the exemption rests on: ``UU 36/2009 tentang Kesehatan``, with its article."""

    title: str
    instrument_type: InstrumentType
    citation: Citation | None = None


@attrs.frozen
class Official:
    """A person acting for the body: name, position, (for civil servants) NIP, and the
    capacity in which they sign or approve.

    Attributes:
        name: the person's name.
        position: the position as written on the document (``"Kepala Dinas Kesehatan"``).
        nip: the civil-servant number, if any.
        role: the capacity (*jabatan*) that counts for the rules —
            :attr:`~kiplib.Role.PPID_IMPLEMENTING`, :attr:`~kiplib.Role.AGENCY_HEAD`,
            :attr:`~kiplib.Role.REGIONAL_SECRETARY` … District plugins check a consequence
            test's approvers by it (a Perbup may ask for the Sekda's approval); ``None`` when
            not stated, which such a check reports as a missing approval.
    """

    name: str
    position: str
    nip: str | None = None
    role: Role | None = None


@attrs.frozen
class Approval:
    """The pimpinan's approval of the classification (PP 61/2010 Pasal 3 ayat (2))."""

    official: Official
    approved_on: date


@attrs.frozen
class Redaction:
    """A part of the document blacked out, with its own ground (UU Pasal 22 ayat (7) huruf e).

    Attributes:
        part: which part, in words (``"kolom diagnosis dan terapi"``).
        ground: the Pasal 17 ground for this part (``"h.2"``).
        page: the page, when the part is on one page.
    """

    part: str
    ground: str
    page: int | None = None


def _tuple(value: Iterable[object]) -> tuple[object, ...]:
    return tuple(value)


@attrs.frozen
class ExemptionPeriod:
    """The exemption period (*jangka waktu pengecualian*, PP 61/2010 Pasal 4 ayat (2) huruf d).

    Give at most one end — ``until`` (the last day the information is exempt) or ``years``
    (counted from the determination) — and any release conditions; ``review_on`` sets a
    date for a new test (for huruf c–f, whose period lasts "as long as needed", D-3).

    The period *ends* at the start of :meth:`ends_on`: the first day the information is open.
    """

    until: date | None = None
    years: int | None = None
    conditions: tuple[ReleaseCondition, ...] = attrs.field(default=(), converter=_tuple)
    review_on: date | None = None

    @property
    def has_end(self) -> bool:
        """Whether the period has a calendar end (a date or a number of years)."""
        return self.until is not None or self.years is not None

    def ends_on(self, determined_on: date) -> date | None:
        """The first day the information is open again, or ``None`` without a calendar end.

        ``until`` is the last exempt day, so the period ends the day after it; ``years`` run
        from the date of determination with :class:`~dateutil.relativedelta.relativedelta`
        (29 February plus one year is 28 February), so the information opens on that
        anniversary. With both given (which :func:`check` reports), the earlier end wins.

        Raises:
            InvalidInputError: an end no date can hold (after 31 December 9999), naming
                ``period.until`` or ``period.years``.
        """
        until, years = self.until, self.years
        end = counted = None
        try:
            if until is not None:
                end = until + timedelta(days=1)
            if years is not None:
                counted = add_years(determined_on, years)
        except (ValueError, OverflowError):
            raise InvalidInputError(
                field="period.years" if end is not None or until is None else "period.until",
                value=str(years) if end is not None or until is None else until.isoformat(),
                reason=N_("jangka waktu berakhir di luar tahun yang dapat ditulis (1–9999)"),
            ) from None
        if end is None:
            return counted
        return end if counted is None else min(end, counted)


@attrs.frozen(kw_only=True)
class ConsequenceTest:
    """A consequence-test record (*berita acara uji konsekuensi* and *surat penetapan*).

    Attributes:
        number: the number of the surat penetapan klasifikasi (unique within the body).
        body: the badan publik.
        unit: the work unit (*unit kerja*) that holds the information.
        information: the specific information tested, stated precisely.
        source_document: the document that contains it.
        grounds: Pasal 17 grounds down to angka (``"h.2"``).
        legal_basis: the laws the exemption rests on (an Undang-Undang for huruf j).
        harm_analysis: the consequence if the information were opened.
        public_interest: why closing protects a greater interest than opening.
        outcome: closed, open, or partly (with ``redactions``).
        period: the exemption period (``None`` only when the outcome is open).
        ppid: the PPID who tests and determines.
        approval: the pimpinan's approval, who and when.
        signatories: those who sign the berita acara.
        place: where it was determined.
        tested_on: the date of the test (berita acara).
        determined_on: the date of the surat penetapan; the period runs from it.
        timing: before a request, on a request, or ordered by the Majelis Komisioner.
        reference: the request's registration number or the dispute's register number.
        redactions: the parts blacked out, each with its ground.
        replaces: the number of the record this one amends (PP 61/2010 Pasal 10).
    """

    number: str
    body: PublicBody
    unit: str
    information: str
    source_document: str
    grounds: tuple[str, ...] = attrs.field(converter=_tuple)
    legal_basis: tuple[LegalBasis, ...] = attrs.field(converter=_tuple)
    harm_analysis: str
    public_interest: str
    outcome: Outcome
    period: ExemptionPeriod | None
    ppid: Official
    approval: Approval
    signatories: tuple[Official, ...] = attrs.field(converter=_tuple)
    place: str
    tested_on: date
    determined_on: date
    timing: Timing
    reference: str | None = None
    redactions: tuple[Redaction, ...] = attrs.field(default=(), converter=_tuple)
    replaces: str | None = None

    def known_grounds(self) -> tuple[Ground, ...]:
        """The grounds of the record that are in the table (unknown codes are left out)."""
        return tuple(GROUNDS[g] for g in self.grounds if g in GROUNDS)

    @property
    def is_exemption(self) -> bool:
        """Whether the outcome closes all or part of the information."""
        return self.outcome is not Outcome.OPEN

    def ends_on(self) -> date | None:
        """The first day the information is open again (see :meth:`ExemptionPeriod.ends_on`)."""
        if self.period is None or not self.is_exemption:
            return None
        return self.period.ends_on(self.determined_on)

    def facts(self) -> ConsequenceTestFacts:
        """What the checks of district plugins see of this record.

        * ``approved_by``: :attr:`~kiplib.Role.HEAD_OF_BODY` (the approval a record always
          holds, PP 61/2010 Pasal 3 ayat (2)) and the stated roles of the PPID and of the
          approving official;
        * ``signed_by``: the stated roles of the signatories of the berita acara;
        * ``has_minutes``: the record is itself the berita acara; it counts as one once
          somebody has signed it;
        * ``unit_type``: a desa or kecamatan by the depth of the body's region code; else
          the PPID Utama's pemda, or an OPD for a PPID Pelaksana/Pembantu; ``None`` when the
          record does not tell.
        """
        approved = [Role.HEAD_OF_BODY]
        approved += [o.role for o in (self.ppid, self.approval.official) if o.role is not None]
        signed = [o.role for o in self.signatories if o.role is not None]
        # The record's values are validated already (roles, dates, body).
        return ConsequenceTestFacts._of_typed(
            self.body,
            tuple(dict.fromkeys(approved)),
            tuple(dict.fromkeys(signed)),
            bool(self.signatories),
            self.tested_on,
            _unit_type(self),
        )


_PPID_ROLES: Final = frozenset({Role.PPID_MAIN, Role.PPID_IMPLEMENTING, Role.PPID_ASSISTANT})


def _unit_type(record: ConsequenceTest) -> UnitType | None:
    code = record.body.region_code
    depth = code.count(".") + 1 if code else 0
    if depth == 4:
        return UnitType.VILLAGE
    if depth == 3:
        return UnitType.DISTRICT
    if record.ppid.role is Role.PPID_MAIN:
        return UnitType.REGIONAL_GOVERNMENT
    if record.ppid.role in (Role.PPID_IMPLEMENTING, Role.PPID_ASSISTANT):
        return UnitType.AGENCY
    return None


#: Where a consequence test is required: UU 14/2008 Pasal 19 and PP 61/2010 Pasal 3 ayat (1).
TEST_CITATIONS: Final = (
    Citation(UU_14_2008, pasal=19),
    Citation(PP_61_2010, pasal=3, ayat=1),
    Citation(PP_61_2010, pasal=3, ayat=2),
)
