"""Checking a consequence-test record: every problem at once, each with the path of the field.

The built-in validators check what decision D-2 asks of a record (texts, Pasal 17 grounds,
legal basis, outcome and redactions, the period of PP 61/2010 Pasal 5–9, people and dates);
an application adds its own with ``extra=``; the checks of the district plugins that govern
the record's body run last, over :meth:`kiplib.ConsequenceTest.facts`, and only add problems.
"""

from __future__ import annotations

__all__ = [
    "VALIDATORS",
    "Validator",
    "advise",
    "check",
    "validate",
]

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Final

import attrs

from kiplib._dates import add_years
from kiplib.errors import ConsequenceTestError, InvalidInputError, Problem
from kiplib.exemption.consequence_test import (
    _PPID_ROLES,
    ConsequenceTest,
    ExemptionPeriod,
    Outcome,
    Timing,
)
from kiplib.i18n import N_
from kiplib.law.grounds import GROUNDS, grounds_of_letter
from kiplib.law.steps import LAW_IN_FORCE
from kiplib.rulebook.book import RuleBook, rules_or_default


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


def _plugin_problems(record: ConsequenceTest, rules: RuleBook) -> list[Problem]:
    found = []
    for problem in rules.for_body(record.body).check_facts(record.facts()):
        path = _record_path(problem)
        found.append(problem if path == problem.path else attrs.evolve(problem, path=path))
    return found


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
    for name, value in (
        ("number", r.number),
        ("unit", r.unit),
        ("information", r.information),
        ("source_document", r.source_document),
        ("place", r.place),
    ):
        if not isinstance(value, str) or not value.strip():
            yield _p(name, "required", _REQUIRED)
    harm = r.harm_analysis
    if not isinstance(harm, str) or not harm.strip():
        yield _p(
            "harm_analysis",
            "harm-analysis-empty",
            N_(
                "analisis konsekuensi bila informasi dibuka wajib diisi "
                "(UU 14/2008 Pasal 2 ayat (4))"
            ),
        )
    weighing = r.public_interest
    if not isinstance(weighing, str) or not weighing.strip():
        yield _p(
            "public_interest",
            "public-interest-empty",
            N_(
                "pertimbangan kepentingan publik yang lebih besar wajib diisi "
                "(UU 14/2008 Pasal 2 ayat (4))"
            ),
        )


def _unknown_ground(path: str, code: object) -> Problem:
    """The problem of a ground code that is not a Pasal 17 ground down to angka (the path
    is made by the caller only then)."""
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
        problem = (
            None
            if isinstance(code, str) and code in GROUNDS
            else _unknown_ground(f"grounds[{i}]", code)
        )
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
        title = basis.title
        if not isinstance(title, str) or not title.strip():
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
        part = red.part
        if not isinstance(part, str) or not part.strip():
            yield _p(f"redactions[{i}].part", "required", _REQUIRED)
        ground = red.ground
        problem = (
            None
            if isinstance(ground, str) and ground in GROUNDS
            else _unknown_ground(f"redactions[{i}].ground", ground)
        )
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
    until, years, review_on = period.until, period.years, period.review_on
    determined_on = r.determined_on
    has_end = until is not None or years is not None
    if until is not None and years is not None:
        yield _p(
            "period",
            "period-ambiguous",
            N_("berikan tanggal akhir atau jumlah tahun, bukan keduanya"),
        )
    if years is not None and years < 1:
        yield _p("period.years", "invalid", N_("jumlah tahun harus paling sedikit 1"))
    if until is not None and until < determined_on:
        yield _p("period.until", "end-before-start", N_("tanggal akhir sebelum tanggal penetapan"))
    try:
        ends = period.ends_on(determined_on)
    except InvalidInputError as err:
        yield _p(str(err.params["field"]), "out-of-range", str(err.params["reason"]))
        ends = None
    if review_on is not None:
        if review_on <= determined_on:
            yield _p(
                "period.review_on",
                "review-before-start",
                N_("tanggal kaji ulang harus sesudah penetapan"),
            )
        elif ends is not None and review_on >= ends:
            yield _p(
                "period.review_on",
                "review-after-end",
                N_("tanggal kaji ulang sesudah akhir jangka waktu"),
            )
    grounds = r.known_grounds()
    # UU 14/2008 Pasal 20 ayat (1) and D-3: a–f are not permanent: a concrete end, or for c–f a
    # review date.
    if not has_end:
        for g in grounds:
            if g.permanent_allowed:
                continue
            if g.huruf in "cdef" and review_on is not None:
                continue
            yield _p(
                "period",
                "end-required",
                N_(
                    "pengecualian huruf {huruf} tidak permanen: tetapkan tanggal "
                    "akhir{review_reason} (UU 14/2008 Pasal 20 ayat (1))"
                ),
                huruf=g.huruf,
                review_reason=N_(" atau tanggal kaji ulang") if g.huruf in "cdef" else "",
            )
            break
    # PP 61/2010 Pasal 5 ayat (1): huruf a for at most 30 years (the grounds' period rule).
    if ends is not None:
        max_years = next((g.period.max_years for g in grounds if g.huruf == "a"), None)
        if max_years is not None and determined_on.year + max_years <= date.max.year:
            limit = add_years(determined_on, max_years)
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
    if grounds:
        for i, cond in enumerate(period.conditions):
            for g in grounds:
                if g.accepts(cond):
                    break
            else:
                yield _p(
                    f"period.conditions[{i}]",
                    "condition-not-for-ground",
                    N_("syarat {value} tidak berlaku bagi alasan {grounds}"),
                    value=cond.value,
                    grounds=", ".join(g.code for g in grounds),
                )


def _check_people_and_dates(r: ConsequenceTest) -> Iterator[Problem]:
    for path, official in (("ppid", r.ppid), ("approval.official", r.approval.official)):
        name = official.name
        if not isinstance(name, str) or not name.strip():
            yield _p(f"{path}.name", "required", _REQUIRED)
        position = official.position
        if not isinstance(position, str) or not position.strip():
            yield _p(f"{path}.position", "required", _REQUIRED)
    if not r.signatories:
        yield _p(
            "signatories",
            "signatories-missing",
            N_("berita acara uji konsekuensi harus ditandatangani para peserta"),
        )
    for i, person in enumerate(r.signatories):
        name = person.name
        if not isinstance(name, str) or not name.strip():
            yield _p(f"signatories[{i}].name", "required", _REQUIRED)
    value: date
    for field, value in (("tested_on", r.tested_on), ("determined_on", r.determined_on)):
        if value < LAW_IN_FORCE:
            yield _p(
                field,
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


def advise(record: ConsequenceTest) -> tuple[Problem, ...]:
    """What a reviewer should look at although it does not make ``record`` invalid (empty
    when there is nothing): a release condition outside the law's list, accepted only
    because the list of huruf g and h is open (UU 14/2008 Pasal 18 ayat (2) lifts them
    "antara lain" on consent or public office). The record should show the law the
    condition rests on.

    Examples:
        See the how-to "Record a consequence test".
    """
    if not isinstance(record, ConsequenceTest):
        raise InvalidInputError(
            field="record", value=repr(record)[:80], reason=N_("harus berupa ConsequenceTest")
        )
    if record.period is None:
        return ()
    grounds = record.known_grounds()
    found: list[Problem] = []
    for i, cond in enumerate(record.period.conditions):
        open_ = [g for g in grounds if g.release_open and g.accepts(cond)]
        if open_ and not any(g.lists(cond) for g in grounds):
            found.append(
                _p(
                    f"period.conditions[{i}]",
                    "condition-not-listed",
                    N_(
                        "syarat {value} tidak disebut undang-undang untuk alasan {grounds}; "
                        'daftarnya terbuka ("antara lain", UU 14/2008 Pasal 18 ayat (2)), '
                        "sebutkan dasar hukumnya"
                    ),
                    value=cond.value,
                    grounds=", ".join(g.code for g in open_),
                )
            )
    return tuple(found)


#: The built-in validators, run in this order by :func:`check`.
VALIDATORS: Final[tuple[Validator, ...]] = (
    _check_texts,
    _check_grounds,
    _check_basis,
    _check_outcome,
    _check_period,
    _check_people_and_dates,
)


def check(
    record: ConsequenceTest, *, extra: Iterable[Validator] = (), rules: RuleBook | None = None
) -> tuple[Problem, ...]:
    """Every problem of ``record`` (empty when it is complete and lawful).

    The built-in validators run first, then ``extra``, then the checks of the plugins that
    govern ``record.body`` (``kiplib_consequence_test_checks``, run over
    :meth:`ConsequenceTest.facts`): a district's regulation can only *add* problems. Each of
    those names the record path it concerns (``approval.official.role``, ``ppid.role``,
    ``signatories``) and carries ``plugin`` and ``check`` in its params.

    Args:
        record: the consequence-test record.
        extra: further validators (an application's own rules), run after the built-in ones.
        rules: the rule book whose checks apply (``None``: :meth:`kiplib.RuleBook.installed`).

    Raises:
        kiplib.errors.PluginError: a plugin's check raised.
    """
    if not isinstance(record, ConsequenceTest):
        raise InvalidInputError(
            field="record", value=repr(record)[:80], reason=N_("harus berupa ConsequenceTest")
        )
    problems: list[Problem] = []
    for validator in (*VALIDATORS, *extra):
        problems.extend(validator(record))
    problems.extend(_plugin_problems(record, rules_or_default(rules)))
    return tuple(problems)


def validate(
    record: ConsequenceTest, *, extra: Iterable[Validator] = (), rules: RuleBook | None = None
) -> ConsequenceTest:
    """``record`` itself when :func:`check` finds nothing.

    Raises:
        kiplib.errors.ConsequenceTestError: naming every problem with its field path.
    """
    problems = check(record, extra=extra, rules=rules)
    if problems:
        raise ConsequenceTestError(field=record.number, problems=problems)
    return record
