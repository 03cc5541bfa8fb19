"""Consequence-test records (*uji konsekuensi*) and their validation.

Information is exempt only after the PPID has tested the consequences of opening it, carefully
and thoroughly (UU 14/2008 Pasal 2 ayat (4), Pasal 19), with the approval of the head of the
body (PP 61/2010 Pasal 3 ayat (2)), and fixed it in a *surat penetapan klasifikasi* (PP 61/2010
Pasal 4). A :class:`ConsequenceTest` holds at least what decision D-2 of kip-rules.md asks
for: body and unit, the specific information and its source document, the Pasal 17 grounds
down to angka, the legal basis (an Undang-Undang for huruf j), the harm analysis, the
public-interest weighing, the outcome (closed / open / partly, with redactions each carrying
its own ground), the exemption period (*jangka waktu pengecualian*), the PPID, the pimpinan's
approval, the signatories of the berita acara, place and date, and when the test was done.

:func:`check` lists *every* problem of a record at once (field path and reason);
:func:`validate` raises :class:`~kiplib.errors.ConsequenceTestError` carrying them. Both accept
extra validators (callables ``record -> problems``), the hook through which plugins add the
rules of their region.

A record is never edited: a change of classification is a *new* test that names the one it
replaces (PP 61/2010 Pasal 10), and :class:`ConsequenceTestHistory` keeps every version.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from typing import Final

import attrs
from dateutil.relativedelta import relativedelta

from kiplib._body import PublicBody
from kiplib._law.citation import PP_61_2010, UU_14_2008, Citation
from kiplib._law.grounds import GROUNDS, Ground, ReleaseCondition, grounds_of_letter
from kiplib._law.steps import LAW_IN_FORCE
from kiplib._local import ConsequenceTestFacts, Role, UnitType
from kiplib.errors import AmendmentError, ConsequenceTestError, Problem
from kiplib.i18n import N_, gettext

__all__ = [
    "VALIDATORS",
    "Approval",
    "ConsequenceTest",
    "ConsequenceTestHistory",
    "ExemptionPeriod",
    "InstrumentType",
    "LegalBasis",
    "Official",
    "Outcome",
    "Redaction",
    "Timing",
    "Validator",
    "check",
    "validate",
]


class Outcome(enum.Enum):
    """What the test decided (*hasil uji konsekuensi*)."""

    #: Tertutup — the specific information is exempt as a whole.
    CLOSED = "closed"
    #: Terbuka — the test found no reason to close it.
    OPEN = "open"
    #: Sebagian — open with the exempt parts blacked out (UU 14/2008 Pasal 22 ayat (7) huruf e).
    PARTLY = "partly"

    def label(self, lang: str = "id") -> str:
        """The outcome, in ``lang``."""
        return gettext(_OUTCOME_LABELS[self], lang)


_OUTCOME_LABELS: Final = {
    Outcome.CLOSED: N_("tertutup (dikecualikan)"),
    Outcome.OPEN: N_("terbuka"),
    Outcome.PARTLY: N_("terbuka sebagian (dihitamkan)"),
}


class Timing(enum.Enum):
    """When the test was done (Perki 1/2017 Pasal 4 ayat (2); Perki 1/2021 Pasal 49 ayat (1))."""

    #: Before any request, when the body compiles its list of exempt information (DIK).
    BEFORE_REQUEST = "before_request"
    #: When a request for the information arrived.
    ON_REQUEST = "on_request"
    #: On the order of the Majelis Komisioner during a dispute.
    ORDERED_BY_MAJELIS = "ordered_by_majelis"

    def label(self, lang: str = "id") -> str:
        """When, in ``lang``."""
        return gettext(_TIMING_LABELS[self], lang)


_TIMING_LABELS: Final = {
    Timing.BEFORE_REQUEST: N_("sebelum ada permohonan"),
    Timing.ON_REQUEST: N_("saat ada permohonan"),
    Timing.ORDERED_BY_MAJELIS: N_("atas perintah Majelis Komisioner"),
}


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
        """
        ends: list[date] = []
        if self.until is not None:
            ends.append(self.until + timedelta(days=1))
        if self.years is not None:
            ends.append(determined_on + relativedelta(years=self.years))
        return min(ends) if ends else None


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
        return ConsequenceTestFacts(
            body=self.body,
            approved_by=tuple(dict.fromkeys(approved)),
            signed_by=tuple(dict.fromkeys(signed)),
            has_minutes=bool(self.signatories),
            tested_on=self.tested_on,
            unit_type=_unit_type(self),
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


def _record_path(problem: Problem) -> str:
    """Where in the record a problem found on its facts lies."""
    if problem.path == "approved_by":
        official = problem.params.get("official")
        if official in {r.value for r in _PPID_ROLES}:
            return "ppid.role"
        return "approval.official.role"
    return _FACT_PATHS.get(problem.path, problem.path)


_FACT_PATHS: Final = {
    "signed_by": "signatories",
    "has_minutes": "signatories",
    "unit_type": "unit",
}


def _plugin_problems(record: ConsequenceTest) -> Iterator[Problem]:
    from kiplib.plugins import check_consequence_test

    for problem in check_consequence_test(record.facts()):
        path = _record_path(problem)
        yield problem if path == problem.path else attrs.evolve(problem, path=path)


# ============================================================================ validation
#: A validator: a record in, its problems out. Plugins add theirs through ``extra=``.
Validator = Callable[[ConsequenceTest], Iterable[Problem]]

_CODE_PATTERN_LETTERS: Final = frozenset("abcdefghij")


def _blank(value: object) -> bool:
    return not isinstance(value, str) or not value.strip()


def _p(path: str, code: str, template: str, **params: object) -> Problem:
    return Problem(path, code, template, params)


_REQUIRED: Final = N_("wajib diisi")


def _check_texts(r: ConsequenceTest) -> Iterator[Problem]:
    # D-2: every part of the record is required; an empty harm analysis or public-interest
    # weighing is the Komisi Informasi's most frequent criticism (UU 14/2008 Pasal 2 ayat (4)).
    for name in ("number", "unit", "information", "source_document", "place"):
        if _blank(getattr(r, name)):
            yield _p(name, "required", _REQUIRED)
    if _blank(r.harm_analysis):
        yield _p(
            "harm_analysis",
            "harm-analysis-empty",
            N_(
                "analisis konsekuensi bila informasi dibuka wajib diisi "
                "(UU 14/2008 Pasal 2 ayat (4))"
            ),
        )
    if _blank(r.public_interest):
        yield _p(
            "public_interest",
            "public-interest-empty",
            N_(
                "pertimbangan kepentingan publik yang lebih besar wajib diisi "
                "(UU 14/2008 Pasal 2 ayat (4))"
            ),
        )


def _ground_problem(path: str, code: object) -> Problem | None:
    if isinstance(code, str) and code in GROUNDS:
        return None
    if isinstance(code, str) and code in _CODE_PATTERN_LETTERS and grounds_of_letter(code):
        return _p(
            path,
            "angka-required",
            N_("huruf {huruf} Pasal 17 memiliki angka; sebutkan angkanya (mis. {example})"),
            huruf=code,
            example=f"{code}.1",
        )
    return _p(
        path,
        "unknown-ground",
        N_("{value} bukan alasan pengecualian UU 14/2008 Pasal 17"),
        value=repr(code),
    )


def _check_grounds(r: ConsequenceTest) -> Iterator[Problem]:
    if r.is_exemption and not r.grounds:
        yield _p(
            "grounds",
            "grounds-missing",
            N_("sebutkan alasan pengecualian Pasal 17 sampai angka"),
        )
    seen: set[str] = set()
    for i, code in enumerate(r.grounds):
        problem = _ground_problem(f"grounds[{i}]", code)
        if problem is not None:
            yield problem
        elif code in seen:
            yield _p(
                f"grounds[{i}]", "duplicate", N_("alasan {value} disebut dua kali"), value=code
            )
        if isinstance(code, str):
            seen.add(code)
    if r.outcome is Outcome.OPEN and r.grounds:
        yield _p(
            "grounds",
            "grounds-with-open-outcome",
            N_("hasil terbuka tidak memakai alasan pengecualian"),
        )


def _check_basis(r: ConsequenceTest) -> Iterator[Problem]:
    # PP 61/2010 Pasal 4 ayat (2) huruf e; Perki 1/2021 Pasal 49 ayat (2): the reasons rest on
    # a law. UU 14/2008 Pasal 17 huruf j: that law must be an Undang-Undang.
    for i, basis in enumerate(r.legal_basis):
        if _blank(basis.title):
            yield _p(f"legal_basis[{i}].title", "required", _REQUIRED)
    if r.is_exemption and not r.legal_basis:
        yield _p(
            "legal_basis",
            "basis-missing",
            N_("sebutkan dasar hukum pengecualian (PP 61/2010 Pasal 4 ayat (2) huruf e)"),
        )
    if "j" in r.grounds and not any(
        b.instrument_type.has_rank_of_undang_undang for b in r.legal_basis
    ):
        yield _p(
            "legal_basis",
            "basis-not-undang-undang",
            N_(
                "alasan huruf j memerlukan Undang-Undang sebagai dasar, bukan peraturan yang "
                "lebih rendah (UU 14/2008 Pasal 17 huruf j)"
            ),
        )


def _check_outcome(r: ConsequenceTest) -> Iterator[Problem]:
    if r.outcome is Outcome.PARTLY and not r.redactions:
        yield _p(
            "redactions",
            "redactions-missing",
            N_("hasil sebagian memerlukan bagian yang dihitamkan beserta alasannya"),
        )
    if r.outcome is not Outcome.PARTLY and r.redactions:
        yield _p(
            "redactions",
            "redactions-not-partly",
            N_("bagian yang dihitamkan hanya ada pada hasil sebagian"),
        )
    for i, red in enumerate(r.redactions):
        if _blank(red.part):
            yield _p(f"redactions[{i}].part", "required", _REQUIRED)
        problem = _ground_problem(f"redactions[{i}].ground", red.ground)
        if problem is not None:
            yield problem
        elif red.ground not in r.grounds:
            yield _p(
                f"redactions[{i}].ground",
                "redaction-ground-not-listed",
                N_("alasan {value} tidak termasuk alasan pengecualian rekaman ini"),
                value=red.ground,
            )
        if red.page is not None and red.page < 1:
            yield _p(f"redactions[{i}].page", "invalid", N_("nomor halaman mulai dari 1"))


_MAX_YEARS_A: Final = 30


def _check_period(r: ConsequenceTest) -> Iterator[Problem]:
    period = r.period
    if not r.is_exemption:
        if period is not None:
            yield _p(
                "period",
                "period-with-open-outcome",
                N_("hasil terbuka tidak memiliki jangka waktu"),
            )
        return
    if period is None or not (period.has_end or period.conditions or period.review_on):
        # PP 61/2010 Pasal 4 ayat (2) huruf d.
        yield _p(
            "period",
            "period-missing",
            N_("jangka waktu pengecualian wajib ditetapkan (PP 61/2010 Pasal 4 ayat (2) huruf d)"),
        )
        period = period or ExemptionPeriod()
    if period.until is not None and period.years is not None:
        yield _p(
            "period",
            "period-ambiguous",
            N_("berikan tanggal akhir atau jumlah tahun, bukan keduanya"),
        )
    if period.years is not None and period.years < 1:
        yield _p("period.years", "invalid", N_("jumlah tahun harus paling sedikit 1"))
    if period.until is not None and period.until < r.determined_on:
        yield _p("period.until", "end-before-start", N_("tanggal akhir sebelum tanggal penetapan"))
    ends = period.ends_on(r.determined_on)
    if period.review_on is not None:
        if period.review_on <= r.determined_on:
            yield _p(
                "period.review_on",
                "review-before-start",
                N_("tanggal kaji ulang harus sesudah penetapan"),
            )
        elif ends is not None and period.review_on >= ends:
            yield _p(
                "period.review_on",
                "review-after-end",
                N_("tanggal kaji ulang sesudah akhir jangka waktu"),
            )
    grounds = r.known_grounds()
    letters = {g.huruf for g in grounds}
    # UU 14/2008 Pasal 20 ayat (1) and D-3: a–f are not permanent: a concrete end, or for c–f a
    # review date.
    for g in grounds:
        if g.permanent_allowed or period.has_end:
            continue
        if g.huruf in "cdef" and period.review_on is not None:
            continue
        yield _p(
            "period",
            "end-required",
            N_(
                "pengecualian huruf {huruf} tidak permanen: tetapkan tanggal akhir{review_reason} "
                "(UU 14/2008 Pasal 20 ayat (1))"
            ),
            huruf=g.huruf,
            review_reason=N_(" atau tanggal kaji ulang") if g.huruf in "cdef" else "",
        )
        break
    # PP 61/2010 Pasal 5 ayat (1): huruf a for at most 30 years.
    if "a" in letters and ends is not None:
        limit = r.determined_on + relativedelta(years=_MAX_YEARS_A)
        if ends > limit:
            yield _p(
                "period",
                "period-over-maximum",
                N_(
                    "alasan huruf a paling lama {years} tahun, sampai {limit} "
                    "(PP 61/2010 Pasal 5 ayat (1))"
                ),
                years=_MAX_YEARS_A,
                limit=limit.isoformat(),
            )
    allowed = {c for g in grounds for c in g.release}
    for i, cond in enumerate(period.conditions):
        if grounds and cond not in allowed:
            yield _p(
                f"period.conditions[{i}]",
                "condition-not-for-ground",
                N_("syarat {value} tidak berlaku bagi alasan {grounds}"),
                value=cond.value,
                grounds=", ".join(g.code for g in grounds),
            )


def _check_people_and_dates(r: ConsequenceTest) -> Iterator[Problem]:
    for path, official in (("ppid", r.ppid), ("approval.official", r.approval.official)):
        if _blank(official.name):
            yield _p(f"{path}.name", "required", _REQUIRED)
        if _blank(official.position):
            yield _p(f"{path}.position", "required", _REQUIRED)
    if not r.signatories:
        yield _p(
            "signatories",
            "signatories-missing",
            N_("berita acara uji konsekuensi harus ditandatangani para peserta"),
        )
    for i, person in enumerate(r.signatories):
        if _blank(person.name):
            yield _p(f"signatories[{i}].name", "required", _REQUIRED)
    for name in ("tested_on", "determined_on"):
        value: date = getattr(r, name)
        if value < LAW_IN_FORCE:
            yield _p(
                name,
                "before-law-in-force",
                N_("tanggal {value} sebelum UU 14/2008 mulai berlaku ({in_force})"),
                value=value.isoformat(),
                in_force=LAW_IN_FORCE.isoformat(),
            )
    if r.approval.approved_on < r.tested_on:
        # PP 61/2010 Pasal 3 ayat (2): the pimpinan approves the result of the test.
        yield _p(
            "approval.approved_on",
            "approval-before-test",
            N_("persetujuan pimpinan ({value}) sebelum uji konsekuensi ({tested})"),
            value=r.approval.approved_on.isoformat(),
            tested=r.tested_on.isoformat(),
        )
    if r.determined_on < r.tested_on:
        yield _p(
            "determined_on",
            "determined-before-test",
            N_("penetapan ({value}) sebelum uji konsekuensi ({tested})"),
            value=r.determined_on.isoformat(),
            tested=r.tested_on.isoformat(),
        )
    if r.determined_on < r.approval.approved_on:
        yield _p(
            "determined_on",
            "determined-before-approval",
            N_("penetapan ({value}) sebelum persetujuan pimpinan ({approved})"),
            value=r.determined_on.isoformat(),
            approved=r.approval.approved_on.isoformat(),
        )
    if r.timing is not Timing.BEFORE_REQUEST and _blank(r.reference):
        yield _p(
            "reference",
            "reference-missing",
            N_("sebutkan nomor pendaftaran permohonan atau nomor register sengketa"),
        )
    if r.replaces is not None and r.replaces == r.number:
        yield _p(
            "replaces", "replaces-itself", N_("rekaman tidak dapat menggantikan dirinya sendiri")
        )


#: The built-in validators, run in this order by :func:`check`.
VALIDATORS: Final[tuple[Validator, ...]] = (
    _check_texts,
    _check_grounds,
    _check_basis,
    _check_outcome,
    _check_period,
    _check_people_and_dates,
)


def check(record: ConsequenceTest, *, extra: Iterable[Validator] = ()) -> tuple[Problem, ...]:
    """Every problem of ``record`` (empty when it is complete and lawful).

    The built-in validators run first, then ``extra``, then the checks of the plugins that
    govern ``record.body`` (``kiplib_consequence_test_checks``, run over
    :meth:`ConsequenceTest.facts`): a district's regulation can only *add* problems. Each of
    those names the record path it concerns (``approval.official.role``, ``ppid.role``,
    ``signatories``) and carries ``plugin`` and ``check`` in its params.

    Args:
        record: the consequence-test record.
        extra: further validators (an application's own rules), run after the built-in ones.

    Raises:
        kiplib.errors.PluginError: a plugin's check raised.
    """
    problems: list[Problem] = []
    for validator in (*VALIDATORS, *extra, _plugin_problems):
        problems.extend(validator(record))
    return tuple(problems)


def validate(record: ConsequenceTest, *, extra: Iterable[Validator] = ()) -> ConsequenceTest:
    """``record`` itself when :func:`check` finds nothing.

    Raises:
        kiplib.errors.ConsequenceTestError: naming every problem with its field path.
    """
    problems = check(record, extra=extra)
    if problems:
        raise ConsequenceTestError(field=record.number, problems=problems)
    return record


# ============================================================================ history
_PP10: Final = Citation(PP_61_2010, pasal=10)


def _versions(value: Iterable[ConsequenceTest]) -> tuple[ConsequenceTest, ...]:
    return tuple(value)


def _check_chain(
    _inst: object,
    _attribute: attrs.Attribute[tuple[ConsequenceTest, ...]],
    value: tuple[ConsequenceTest, ...],
) -> None:
    if not value:
        raise AmendmentError(field="versions", value="()", reason=N_("riwayat tidak boleh kosong"))
    numbers = [v.number for v in value]
    if len(set(numbers)) != len(numbers):
        raise AmendmentError(field="versions", value=repr(numbers), reason=N_("nomor ganda"))
    if value[0].replaces is not None:
        raise AmendmentError(
            field="versions[0].replaces",
            value=repr(value[0].replaces),
            reason=N_("versi pertama tidak menggantikan rekaman lain"),
        )
    for i in range(1, len(value)):
        _check_successor(value[i - 1], value[i], f"versions[{i}]")


def _check_successor(old: ConsequenceTest, new: ConsequenceTest, field: str) -> None:
    if new.replaces != old.number:
        raise AmendmentError(
            field=f"{field}.replaces",
            value=repr(new.replaces),
            reason=N_("uji konsekuensi baru harus merujuk rekaman yang digantikannya"),
        )
    if new.body != old.body:
        raise AmendmentError(
            field=f"{field}.body",
            value=repr(new.body.name),
            reason=N_("hanya badan publik yang sama dapat mengubah klasifikasinya"),
        )
    if new.tested_on < old.determined_on:
        raise AmendmentError(
            field=f"{field}.tested_on",
            value=new.tested_on.isoformat(),
            reason=N_("uji konsekuensi baru tidak boleh sebelum penetapan yang digantikan"),
        )


@attrs.frozen
class ConsequenceTestHistory:
    """Every version of one classification, oldest first; the last one is in force.

    Amend with :meth:`amend`, which returns a new history and leaves this one untouched
    (PP 61/2010 Pasal 10: only a new consequence test, approved by the pimpinan, changes a
    classification).

    The chain is checked whenever a history is built (also when one is loaded from JSON): a
    later version must name the one it replaces, belong to the same body and be tested no
    earlier than that one was determined.
    """

    versions: tuple[ConsequenceTest, ...] = attrs.field(converter=_versions, validator=_check_chain)

    @property
    def current(self) -> ConsequenceTest:
        """The version in force."""
        return self.versions[-1]

    @property
    def citation(self) -> Citation:
        """PP 61/2010 Pasal 10."""
        return _PP10

    def amend(
        self, record: ConsequenceTest, *, extra: Iterable[Validator] = ()
    ) -> ConsequenceTestHistory:
        """A new history with ``record`` (validated, naming the current version) on top.

        Raises:
            kiplib.errors.ConsequenceTestError: ``record`` is not a complete test.
            kiplib.errors.AmendmentError: it does not replace the current version.
        """
        validate(record, extra=extra)
        return ConsequenceTestHistory((*self.versions, record))

    def version(self, number: str) -> ConsequenceTest:
        """The version with this number."""
        for v in self.versions:
            if v.number == number:
                return v
        from kiplib.errors import NotFoundError

        raise NotFoundError(field="number", value=repr(number))

    def in_force_on(self, d: date) -> ConsequenceTest | None:
        """The version determined last on or before ``d`` (``None`` before the first)."""
        found = None
        for v in self.versions:
            if v.determined_on <= d:
                found = v
        return found


#: Where a consequence test is required: UU 14/2008 Pasal 19 and PP 61/2010 Pasal 3 ayat (1).
TEST_CITATIONS: Final = (
    Citation(UU_14_2008, pasal=19),
    Citation(PP_61_2010, pasal=3, ayat=1),
    Citation(PP_61_2010, pasal=3, ayat=2),
)
