"""The built-in consequence-test validators give, for any record, exactly the problems the
validators as first written give (kept below as the reference, unchanged but for their
names), and :func:`kiplib.exemption.check` exactly the reference's list plus the plugins'."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, Final

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from kiplib import RuleBook
from kiplib.errors import Problem
from kiplib.exemption import checks
from kiplib.exemption.consequence_test import (
    ConsequenceTest,
    ExemptionPeriod,
    Official,
    Outcome,
    Redaction,
    Timing,
)
from kiplib.i18n import N_
from kiplib.law.grounds import GROUNDS, ReleaseCondition, grounds_of_letter
from kiplib.law.steps import LAW_IN_FORCE
from kiplib.testing import strategies as kst

_CODE_PATTERN_LETTERS: Final = frozenset("abcdefghij")
_REQUIRED: Final = N_("wajib diisi")


def _blank(value: object) -> bool:
    return not isinstance(value, str) or not value.strip()


def _p(path: str, code: str, template: str, **params: object) -> Problem:
    return Problem(path, code, template, params)


# ----------------------------------------------------------------------- the reference
def _ref_texts(r: ConsequenceTest) -> Iterator[Problem]:
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


def _ref_grounds(r: ConsequenceTest) -> Iterator[Problem]:
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


def _ref_basis(r: ConsequenceTest) -> Iterator[Problem]:
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


def _ref_outcome(r: ConsequenceTest) -> Iterator[Problem]:
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


def _ref_period(r: ConsequenceTest) -> Iterator[Problem]:
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
    # PP 61/2010 Pasal 5 ayat (1): huruf a for at most 30 years (the grounds' period rule).
    max_years = next((g.period.max_years for g in grounds if g.huruf == "a"), None)
    if "a" in letters and ends is not None and max_years is not None:
        limit = r.determined_on + relativedelta(years=max_years)
        if ends > limit:
            yield _p(
                "period",
                "period-over-maximum",
                N_(
                    "alasan huruf a paling lama {years} tahun, sampai {limit} "
                    "(PP 61/2010 Pasal 5 ayat (1))"
                ),
                years=max_years,
                limit=limit.isoformat(),
            )
    # A condition the law lists for one of the grounds, or one an open list (huruf g and h,
    # UU 14/2008 Pasal 18 ayat (2) "antara lain") accepts: the latter :func:`advise` reports.
    for i, cond in enumerate(period.conditions):
        if grounds and not any(g.accepts(cond) for g in grounds):
            yield _p(
                f"period.conditions[{i}]",
                "condition-not-for-ground",
                N_("syarat {value} tidak berlaku bagi alasan {grounds}"),
                value=cond.value,
                grounds=", ".join(g.code for g in grounds),
            )


def _ref_people_and_dates(r: ConsequenceTest) -> Iterator[Problem]:
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


REFERENCE: Final = (
    _ref_texts,
    _ref_grounds,
    _ref_basis,
    _ref_outcome,
    _ref_period,
    _ref_people_and_dates,
)


# ----------------------------------------------------------------------- broken records
_BLANKS: Final = ("", "   ", None, 7)
_CODES: Final = (*GROUNDS, "h", "z", "c", 3)


@st.composite
def broken_records(draw: st.DrawFn) -> ConsequenceTest:
    """Lawful records with a few of their fields broken: what every problem looks like."""
    r = draw(kst.consequence_tests())
    changes: dict[str, Any] = {}
    for name in ("number", "unit", "information", "source_document", "place"):
        if draw(st.integers(0, 9)) == 0:
            changes[name] = draw(st.sampled_from(_BLANKS))
    for name in ("harm_analysis", "public_interest", "reference"):
        if draw(st.integers(0, 6)) == 0:
            changes[name] = draw(st.sampled_from(_BLANKS))
    if draw(st.booleans()):
        changes["outcome"] = draw(st.sampled_from(Outcome))
    if draw(st.booleans()):
        changes["grounds"] = tuple(draw(st.lists(st.sampled_from(_CODES), max_size=4)))
    if draw(st.integers(0, 3)) == 0:
        changes["legal_basis"] = ()
    if draw(st.booleans()):
        changes["redactions"] = tuple(
            Redaction(part=draw(st.sampled_from(("x", "", " "))), ground=g, page=p)  # type: ignore[arg-type]
            for g, p in draw(
                st.lists(
                    st.tuples(st.sampled_from(_CODES), st.none() | st.integers(-1, 3)), max_size=3
                )
            )
        )
    if draw(st.integers(0, 3)) == 0 and r.period is not None:
        # A review on the very day the period ends (or the day before).
        ends = r.period.ends_on(r.determined_on)
        if ends is not None:
            review = ends - timedelta(days=draw(st.integers(0, 1)))
            changes["period"] = attrs.evolve(r.period, review_on=review)
    elif draw(st.integers(0, 3)) == 0:
        # No end, a review date: enough for huruf c–f (D-3), not for a, b.
        letters = [g for g in GROUNDS if g[0] in draw(st.sampled_from(("cdef", "f", "abcdef")))]
        changes["grounds"] = tuple(draw(st.lists(st.sampled_from(letters), min_size=1, max_size=2)))
        changes["period"] = ExemptionPeriod(review_on=r.determined_on + timedelta(days=400))
    elif draw(st.booleans()):
        determined = r.determined_on
        changes["period"] = draw(
            st.none()
            | st.builds(
                ExemptionPeriod,
                until=st.none() | st.dates(determined - timedelta(days=400), date(2100, 1, 1)),
                years=st.none() | st.integers(-1, 40),
                conditions=st.lists(st.sampled_from(ReleaseCondition), max_size=3).map(tuple),
                review_on=st.none()
                | st.dates(determined - timedelta(days=30), determined + timedelta(days=20000)),
            )
        )
    if draw(st.integers(0, 3)) == 0:
        changes["signatories"] = tuple(
            Official(name=n, position="p")  # type: ignore[arg-type]
            for n in draw(st.lists(st.sampled_from(("A", "", None)), max_size=3))
        )
    if draw(st.integers(0, 4)) == 0:
        changes["ppid"] = Official(name=draw(st.sampled_from(_BLANKS)), position=" ")  # type: ignore[arg-type]
    if draw(st.integers(0, 4)) == 0:
        early = draw(st.dates(date(2009, 1, 1), date(2011, 1, 1)))
        changes[draw(st.sampled_from(("tested_on", "determined_on")))] = early
    if draw(st.integers(0, 4)) == 0:
        changes["timing"] = draw(st.sampled_from(Timing))
    if draw(st.integers(0, 6)) == 0:
        changes["replaces"] = r.number
    return attrs.evolve(r, **changes)


@given(broken_records())
def test_every_validator_finds_what_the_reference_finds(record: ConsequenceTest) -> None:
    for new, old in zip(checks.VALIDATORS, REFERENCE, strict=True):
        assert list(new(record)) == list(old(record)), new.__name__


@given(broken_records())
def test_check_is_the_reference_then_the_plugins(record: ConsequenceTest) -> None:
    rules = RuleBook.national()
    expected = [p for old in REFERENCE for p in old(record)]
    expected += list(checks._plugin_problems(record, rules))
    assert list(checks.check(record, rules=rules)) == expected
