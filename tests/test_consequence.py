"""Consequence-test records: validation names every problem; amendments keep history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from kiplib import serialization
from kiplib.errors import AmendmentError, ConsequenceTestError, NotFoundError, Problem
from kiplib.exemption import (
    Approval,
    ConsequenceTest,
    ConsequenceTestHistory,
    ExemptionPeriod,
    InstrumentType,
    LegalBasis,
    Official,
    Outcome,
    Redaction,
    Timing,
    check,
    validate,
)
from kiplib.law import ReleaseCondition
from kiplib.testing import strategies as kst

GOLDEN = Path(__file__).parent / "golden" / "v1"


def example() -> ConsequenceTest:
    return serialization.loads(
        (GOLDEN / "consequence_test.json").read_text("utf-8"), ConsequenceTest
    )


def codes(record: ConsequenceTest) -> dict[str, str]:
    return {p.path: p.code for p in check(record)}


def test_the_worked_example_is_valid() -> None:
    record = example()
    assert check(record) == ()
    assert validate(record) is record
    assert record.ends_on() == date(2029, 3, 15)


def test_every_problem_is_named_at_once() -> None:
    bad = attrs.evolve(
        example(),
        harm_analysis="  ",
        public_interest="",
        signatories=(),
        approval=Approval(Official("Kepala", "Kepala Dinas"), date(2024, 3, 1)),
        grounds=("h", "h.2"),
        redactions=(Redaction("kolom", "a.1"),),
    )
    found = codes(bad)
    assert found == {
        "harm_analysis": "harm-analysis-empty",
        "public_interest": "public-interest-empty",
        "signatories": "signatories-missing",
        "approval.approved_on": "approval-before-test",
        "grounds[0]": "angka-required",
        "redactions[0].ground": "redaction-ground-not-listed",
    }
    with pytest.raises(ConsequenceTestError) as info:
        validate(bad)
    assert len(info.value.problems) == 6
    assert info.value.code == "consequence-test-invalid"
    text = info.value.message("en")
    assert "harm_analysis: the analysis of the consequences" in text
    assert "signatories: the minutes of the consequence test must be signed" in text


def test_letter_j_needs_an_undang_undang() -> None:
    perda = LegalBasis("Perda 5/2020", InstrumentType.PERATURAN_DAERAH)
    bad = attrs.evolve(
        example(),
        grounds=("j",),
        legal_basis=(perda,),
        redactions=(Redaction("x", "j"),),
        period=ExemptionPeriod(years=5),
    )
    assert codes(bad) == {"legal_basis": "basis-not-undang-undang"}
    perpu = LegalBasis("Perpu 1/2020", InstrumentType.PERPU)
    assert check(attrs.evolve(bad, legal_basis=(perda, perpu))) == ()


def test_letter_a_at_most_thirty_years() -> None:
    base = attrs.evolve(
        example(),
        grounds=("a.2",),
        redactions=(Redaction("nama saksi", "a.2"),),
        period=ExemptionPeriod(years=31),
    )
    problem = {p.code: p for p in check(base)}["period-over-maximum"]
    assert problem.params["limit"] == "2054-03-15"
    assert check(attrs.evolve(base, period=ExemptionPeriod(years=30))) == ()
    assert check(attrs.evolve(base, period=ExemptionPeriod(until=date(2054, 3, 14)))) == ()
    late = attrs.evolve(base, period=ExemptionPeriod(until=date(2054, 3, 15)))
    assert codes(late) == {"period": "period-over-maximum"}


def test_letters_a_to_f_are_not_permanent() -> None:
    consent_only = ExemptionPeriod(conditions=(ReleaseCondition.PUBLIC_COURT_HEARING,))
    rec = attrs.evolve(
        example(), grounds=("a.1",), redactions=(Redaction("x", "a.1"),), period=consent_only
    )
    assert codes(rec) == {"period": "end-required"}
    # c–f: a review date is enough (D-3); a: it is not.
    review = ExemptionPeriod(review_on=date(2026, 1, 1))
    assert (
        check(
            attrs.evolve(rec, grounds=("c.6",), redactions=(Redaction("x", "c.6"),), period=review)
        )
        == ()
    )
    assert codes(attrs.evolve(rec, period=review)) == {"period": "end-required"}
    # h may last as long as needed, ending on consent.
    h = attrs.evolve(
        example(), period=ExemptionPeriod(conditions=(ReleaseCondition.WRITTEN_CONSENT,))
    )
    assert check(h) == ()


def test_outcome_rules() -> None:
    open_rec = attrs.evolve(example(), outcome=Outcome.OPEN)
    assert codes(open_rec) == {
        "grounds": "grounds-with-open-outcome",
        "redactions": "redactions-not-partly",
        "period": "period-with-open-outcome",
    }
    clean_open = attrs.evolve(open_rec, grounds=(), redactions=(), period=None)
    assert check(clean_open) == ()
    partly_without = attrs.evolve(example(), redactions=())
    assert codes(partly_without) == {"redactions": "redactions-missing"}
    closed = attrs.evolve(example(), outcome=Outcome.CLOSED, redactions=(), period=None)
    assert codes(closed) == {"period": "period-missing"}


def test_period_shape_and_dates() -> None:
    rec = example()
    both = attrs.evolve(rec, period=ExemptionPeriod(until=date(2030, 1, 1), years=2))
    assert codes(both) == {"period": "period-ambiguous"}
    assert codes(attrs.evolve(rec, period=ExemptionPeriod(years=0))) == {"period.years": "invalid"}
    before = attrs.evolve(rec, period=ExemptionPeriod(until=date(2024, 1, 1)))
    assert codes(before) == {"period.until": "end-before-start"}
    review_late = attrs.evolve(rec, period=ExemptionPeriod(years=1, review_on=date(2026, 1, 1)))
    assert codes(review_late) == {"period.review_on": "review-after-end"}
    review_early = attrs.evolve(rec, period=ExemptionPeriod(years=1, review_on=date(2024, 3, 1)))
    assert codes(review_early) == {"period.review_on": "review-before-start"}
    # The President's permission is for huruf a–f, i and j only (UU 14/2008 Pasal 18 ayat (3)):
    # even the open list of huruf h (Pasal 18 ayat (2), "antara lain") does not take it.
    wrong_cond = attrs.evolve(
        rec,
        period=ExemptionPeriod(years=1, conditions=(ReleaseCondition.CRIMINAL_TRIAL_PERMISSION,)),
    )
    assert codes(wrong_cond) == {"period.conditions[0]": "condition-not-for-ground"}
    dates = attrs.evolve(rec, tested_on=date(2010, 1, 4), determined_on=date(2010, 1, 5))
    assert "tested_on" in codes(dates)
    assert codes(attrs.evolve(rec, determined_on=date(2024, 3, 12)))["determined_on"] in {
        "determined-before-approval"
    }


def test_timing_reference_and_texts() -> None:
    rec = attrs.evolve(example(), timing=Timing.ORDERED_BY_MAJELIS)
    assert codes(rec) == {"reference": "reference-missing"}
    assert check(attrs.evolve(rec, reference="045/II/KI-JTG-PS/2024")) == ()
    blank = attrs.evolve(example(), unit="", place=" ", number="", replaces=None)
    assert set(codes(blank)) == {"unit", "place", "number"}
    assert codes(attrs.evolve(example(), replaces="800/112/DKK/2024")) == {
        "replaces": "replaces-itself"
    }
    assert codes(attrs.evolve(example(), grounds=("h.2", "h.2"))) == {"grounds[1]": "duplicate"}
    assert codes(attrs.evolve(example(), grounds=("x",), redactions=())) == {
        "grounds[0]": "unknown-ground",
        "redactions": "redactions-missing",
    }


def test_extra_validators_run_after_the_built_in_ones() -> None:
    def needs_nip(record: ConsequenceTest) -> list[Problem]:
        if record.ppid.nip is None:
            return [Problem("ppid.nip", "nip-missing", "NIP wajib")]
        return []

    rec = attrs.evolve(example(), ppid=Official("A", "PPID"))
    assert check(rec) == ()
    assert [p.code for p in check(rec, extra=(needs_nip,))] == ["nip-missing"]
    with pytest.raises(ConsequenceTestError):
        validate(rec, extra=[needs_nip])


def test_amendment_only_by_a_new_record_that_names_the_old() -> None:
    history = serialization.loads(
        (GOLDEN / "consequence_test_history.json").read_text("utf-8"), ConsequenceTestHistory
    )
    first, second = history.versions
    assert history.current is second and second.replaces == first.number
    assert history.version(first.number) is first
    assert history.in_force_on(date(2024, 6, 1)) is first
    assert history.in_force_on(date(2025, 6, 1)) is second
    assert history.in_force_on(date(2024, 1, 1)) is None
    with pytest.raises(NotFoundError):
        history.version("nope")
    third = attrs.evolve(second, number="800/9/DKK/2026", replaces=first.number)
    with pytest.raises(AmendmentError):
        history.amend(third)
    third = attrs.evolve(
        third,
        replaces=second.number,
        tested_on=date(2026, 1, 5),
        approval=Approval(second.approval.official, date(2026, 1, 6)),
        determined_on=date(2026, 1, 7),
    )
    longer = history.amend(third)
    assert len(longer.versions) == 3 and len(history.versions) == 2
    with pytest.raises(AmendmentError):
        ConsequenceTestHistory(())
    with pytest.raises(AmendmentError):
        ConsequenceTestHistory((second,))
    with pytest.raises(AmendmentError):
        ConsequenceTestHistory((first, first))
    other_body = attrs.evolve(second, body=attrs.evolve(second.body, name="Dinas Lain"))
    with pytest.raises(AmendmentError):
        ConsequenceTestHistory((first, other_body))
    early = attrs.evolve(second, tested_on=date(2024, 3, 14))
    with pytest.raises(AmendmentError):
        ConsequenceTestHistory((first, early))
    with pytest.raises(ConsequenceTestError):
        history.amend(attrs.evolve(third, harm_analysis=""))


@given(kst.consequence_tests())
def test_generated_records_are_valid_and_round_trip(record: ConsequenceTest) -> None:
    assert check(record) == ()
    assert serialization.loads(serialization.dumps(record), ConsequenceTest) == record
