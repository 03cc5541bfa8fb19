"""Exemption periods, the action list, classification and storage of every record type."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from kiplib import serialization
from kiplib.errors import (
    BeforeLawInForceError,
    ConsequenceTestError,
    InvalidInputError,
    NeverExemptError,
    StructureError,
)
from kiplib.exemption import (
    ActionKind,
    Classification,
    ConsequenceTest,
    EndKind,
    ExemptionAction,
    ExemptionPeriod,
    ExemptionStatus,
    Outcome,
    ReleaseEvent,
    actions_due,
    classify,
    exemption_status,
)
from kiplib.law import (
    NATIONAL_RULESET,
    BodyType,
    Category,
    Citation,
    Fact,
    InformationItem,
    PublicBody,
    ReleaseCondition,
    Rule,
    when,
)
from kiplib.rulebook import rules_or_default
from kiplib.testing import strategies as kst

GOLDEN = Path(__file__).parent / "golden" / "v1"


def example() -> ConsequenceTest:
    return serialization.loads(
        (GOLDEN / "consequence_test.json").read_text("utf-8"), ConsequenceTest
    )


# ------------------------------------------------------------------ exemption periods
def test_end_and_declaration_deadline() -> None:
    rec = example()
    status = exemption_status(rec, as_of=date(2028, 12, 1))
    assert status.end_kind is EndKind.YEARS
    assert status.ends_on == date(2029, 3, 15)
    assert status.last_exempt_day == date(2029, 3, 14)
    assert status.opens_automatically_on == date(2029, 3, 15)
    cal = rules_or_default(None).for_body(rec.body).calendar
    assert status.declaration_due == cal.add_working_days(date(2029, 3, 15), -30)
    # The 30 working days are the declaration day and those after it, before the end.
    day_before = date(2029, 1, 28)
    assert cal.is_working_day(status.declaration_due)
    assert cal.working_days_between(day_before, date(2029, 3, 14)) == 30
    assert status.in_force
    assert not exemption_status(rec, as_of=date(2029, 3, 15)).in_force
    assert not exemption_status(rec, as_of=date(2024, 3, 14)).in_force
    assert "PP 61/2010 Pasal 11 ayat (2)" in {str(c) for c in status.citations}
    text = status.explain("en")
    assert "Monday, 29 January 2029" in text and "30 working days before the end" in text


def test_fixed_date_and_leap_years() -> None:
    rec = attrs.evolve(example(), period=ExemptionPeriod(until=date(2030, 12, 31)))
    status = exemption_status(rec, as_of=date(2030, 12, 31))
    assert status.end_kind is EndKind.FIXED_DATE and status.ends_on == date(2031, 1, 1)
    assert status.in_force
    leap = attrs.evolve(example(), determined_on=date(2024, 2, 29), period=ExemptionPeriod(years=1))
    assert leap.ends_on() == date(2025, 2, 28)


def test_release_event_ends_early() -> None:
    rec = example()
    consent = ReleaseEvent(rec.number, ReleaseCondition.WRITTEN_CONSENT, date(2026, 1, 5))
    hearing = ReleaseEvent(rec.number, ReleaseCondition.PUBLIC_COURT_HEARING, date(2025, 1, 5))
    other = ReleaseEvent("lain", ReleaseCondition.WRITTEN_CONSENT, date(2025, 1, 5))
    status = exemption_status(rec, as_of=date(2026, 1, 5), events=[consent, hearing, other])
    assert status.released_by == consent and not status.in_force
    assert exemption_status(rec, as_of=date(2026, 1, 4), events=[consent]).in_force
    assert "written consent" in status.explain("en")


def test_condition_only_and_open_outcomes() -> None:
    rec = attrs.evolve(
        example(), period=ExemptionPeriod(conditions=(ReleaseCondition.PUBLIC_OFFICE,))
    )
    status = exemption_status(rec, as_of=date(2090, 1, 1))
    assert status.end_kind is EndKind.CONDITION and status.in_force
    assert status.ends_on is None and status.declaration_due is None
    assert "No end date" in status.explain("en")
    opened = attrs.evolve(example(), outcome=Outcome.OPEN, grounds=(), redactions=(), period=None)
    st = exemption_status(opened, as_of=date(2025, 1, 1))
    assert st.end_kind is EndKind.NOT_EXEMPT and not st.in_force
    assert "nothing is exempt" in st.explain("en")
    with pytest.raises(InvalidInputError):
        exemption_status(rec, as_of="2025-01-01")  # type: ignore[arg-type]


def test_actions_due_monday_morning() -> None:
    rec = example()
    review = attrs.evolve(
        rec, number="R", period=ExemptionPeriod(years=5, review_on=date(2029, 2, 1))
    )
    expired = attrs.evolve(rec, number="E", period=ExemptionPeriod(years=1))
    old = attrs.evolve(rec, number="OLD")
    new = attrs.evolve(rec, number="NEW", replaces="OLD", period=ExemptionPeriod(years=6))
    opened = attrs.evolve(
        rec, number="O", outcome=Outcome.OPEN, grounds=(), redactions=(), period=None
    )
    actions = actions_due(
        [rec, review, expired, old, new, opened], start=date(2029, 1, 1), end=date(2029, 3, 31)
    )
    got = [(a.action, a.record, a.due) for a in actions]
    assert got == [
        (ActionKind.EXPIRED_STILL_LISTED, "E", date(2025, 3, 15)),
        (ActionKind.DECLARATION_DUE, "800/112/DKK/2024", date(2029, 1, 29)),
        (ActionKind.DECLARATION_DUE, "R", date(2029, 1, 29)),
        (ActionKind.REVIEW_DUE, "R", date(2029, 2, 1)),
        (ActionKind.OPENS, "800/112/DKK/2024", date(2029, 3, 15)),
        (ActionKind.OPENS, "R", date(2029, 3, 15)),
    ]
    late = actions_due([rec], start=date(2029, 2, 1), end=date(2029, 2, 28))
    assert [a.action for a in late] == [ActionKind.DECLARATION_OVERDUE]
    consent = ReleaseEvent(rec.number, ReleaseCondition.WRITTEN_CONSENT, date(2027, 5, 1))
    released = actions_due([rec], start=date(2027, 6, 1), end=date(2027, 6, 30), events=[consent])
    assert [a.action for a in released] == [ActionKind.EXPIRED_STILL_LISTED]
    assert "update the list" in released[0].describe("en")
    with pytest.raises(InvalidInputError):
        actions_due([rec], start=date(2029, 2, 1), end=date(2029, 1, 1))


# ------------------------------------------------------------------ classification
def item(*facts: Fact, **kw: object) -> InformationItem:
    return InformationItem(title="Dokumen", document_kind="dokumen", facts=facts, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("facts", "category", "cited"),
    [
        ((Fact.IS_FINANCIAL_REPORT,), Category.PERIODIC, "UU 14/2008 Pasal 9 ayat (2) huruf c"),
        (
            (Fact.THREATENS_LIVES_OR_PUBLIC_ORDER, Fact.IS_FINANCIAL_REPORT),
            Category.IMMEDIATE,
            "UU 14/2008 Pasal 10 ayat (1)",
        ),
        (
            (Fact.IS_THIRD_PARTY_AGREEMENT,),
            Category.AVAILABLE_AT_ALL_TIMES,
            "UU 14/2008 Pasal 11 ayat (1) huruf e",
        ),
        (
            (Fact.NOT_HELD, Fact.CONTAINS_HEALTH_DATA),
            Category.NOT_HELD,
            "UU 14/2008 Pasal 6 ayat (3) huruf e",
        ),
        ((), Category.OPEN_ON_REQUEST, "UU 14/2008 Pasal 2 ayat (1)"),
        (
            (Fact.OPENED_BY_OBJECTION_OR_DISPUTE,),
            Category.AVAILABLE_AT_ALL_TIMES,
            "UU 14/2008 Pasal 11 ayat (2)",
        ),
    ],
)
def test_categories(facts: tuple[Fact, ...], category: Category, cited: str) -> None:
    result = classify(item(*facts, holder="Dinas Sosial"), as_of=date(2024, 5, 2))
    assert result.category is category
    assert str(result.citations[0]) == cited
    assert result.proposal is None
    assert (result.holder is not None) is (category is Category.NOT_HELD)
    assert result.explain("en")


def test_body_type_lists() -> None:
    bumd = PublicBody(name="PDAM Tirta Lawu", body_type=BodyType.STATE_ENTERPRISE)
    result = classify(item(body=bumd, listed_as=("14.c",)), as_of=date(2024, 5, 2))
    assert result.category is Category.MUST_BE_PROVIDED
    assert str(result.citations[0]) == "UU 14/2008 Pasal 14 huruf c"
    with pytest.raises(InvalidInputError):
        classify(item(listed_as=("14.c",)), as_of=date(2024, 5, 2))
    with pytest.raises(InvalidInputError):
        classify(item(listed_as=("99.a",)), as_of=date(2024, 5, 2))
    with pytest.raises(InvalidInputError):
        classify(item(indicated_grounds=("h",)), as_of=date(2024, 5, 2))


def test_proposal_only_and_lifts() -> None:
    result = classify(
        item(Fact.CONTAINS_HEALTH_DATA, indicated_grounds=("c.6",)), as_of=date(2024, 5, 2)
    )
    assert result.category is Category.OPEN_ON_REQUEST
    assert result.proposal is not None and result.proposal.grounds == ("h.2", "c.6")
    assert str(result.proposal.requires) == "UU 14/2008 Pasal 19"
    assert "not yet exempt" in result.explain("en")
    lifted = classify(
        item(Fact.CONTAINS_HEALTH_DATA, Fact.CONCERNS_PUBLIC_OFFICE), as_of=date(2024, 5, 2)
    )
    assert lifted.proposal is None and lifted.lifted == ("b",)
    assert "Letters g and h do not apply" in lifted.explain("en")


@pytest.mark.parametrize(
    ("fact", "point"),
    [
        (Fact.IS_COURT_DECISION, "UU 14/2008 Pasal 18 ayat (1) huruf a"),
        (Fact.IS_REGULATION, "UU 14/2008 Pasal 18 ayat (1) huruf b"),
        (Fact.IS_TERMINATION_OF_INVESTIGATION, "UU 14/2008 Pasal 18 ayat (1) huruf c"),
        (Fact.IS_LAW_ENFORCEMENT_BUDGET, "UU 14/2008 Pasal 18 ayat (1) huruf d"),
        (Fact.IS_LAW_ENFORCEMENT_FINANCIAL_REPORT, "UU 14/2008 Pasal 18 ayat (1) huruf e"),
        (Fact.IS_CORRUPTION_RECOVERY_REPORT, "UU 14/2008 Pasal 18 ayat (1) huruf f"),
        (Fact.OPENED_BY_OBJECTION_OR_DISPUTE, "UU 14/2008 Pasal 18 ayat (1) huruf g"),
    ],
)
def test_never_exempt(fact: Fact, point: str) -> None:
    assert classify(item(fact), as_of=date(2024, 5, 2)).never_exempt
    with pytest.raises(NeverExemptError) as info:
        classify(item(fact, Fact.HINDERS_INVESTIGATION), as_of=date(2024, 5, 2))
    assert info.value.code == "never-exempt"
    assert info.value.params["point"] == point
    assert point in info.value.message("en")
    with pytest.raises(NeverExemptError):
        classify(item(fact), as_of=date(2024, 5, 2), consequence_test=example())


def test_classify_with_a_consequence_test() -> None:
    closed = attrs.evolve(example(), outcome=Outcome.CLOSED, redactions=())
    it = item(Fact.CONTAINS_HEALTH_DATA)
    during = classify(it, as_of=date(2025, 1, 1), consequence_test=closed)
    assert during.category is Category.EXEMPT and during.proposal is None
    assert "UU 14/2008 Pasal 17 huruf h angka 2" in {str(c) for c in during.citations}
    after = classify(it, as_of=date(2029, 3, 15), consequence_test=closed)
    assert after.category is Category.OPEN_ON_REQUEST and after.exemption is not None
    partly = classify(it, as_of=date(2025, 1, 1), consequence_test=example())
    assert partly.category is Category.OPEN_ON_REQUEST and partly.proposal is None
    with pytest.raises(ConsequenceTestError):
        classify(
            it, as_of=date(2025, 1, 1), consequence_test=attrs.evolve(closed, harm_analysis="")
        )
    with pytest.raises(BeforeLawInForceError):
        classify(it, as_of=date(2010, 4, 29))
    with pytest.raises(InvalidInputError):
        classify(it, as_of="2024-01-01")  # type: ignore[arg-type]


def test_plugins_extend_the_rule_table() -> None:
    local = Rule(
        "perbup-karanganyar-siaga-bencana",
        when(Fact.IS_PROJECT_WORK_PLAN),
        Citation("Perbup Karanganyar 1/2024", pasal=3),
        "rencana kontinjensi bencana diumumkan serta merta",
        category=Category.IMMEDIATE,
        source="kiplib-karanganyar",
    )
    rules = NATIONAL_RULESET.with_rules([local], first=True)
    it = item(Fact.IS_PROJECT_WORK_PLAN)
    assert classify(it, as_of=date(2024, 5, 2)).category is Category.AVAILABLE_AT_ALL_TIMES
    assert classify(it, as_of=date(2024, 5, 2), rules=rules).category is Category.IMMEDIATE
    last = NATIONAL_RULESET.with_rules([local])
    assert (
        classify(it, as_of=date(2024, 5, 2), rules=last).category is Category.AVAILABLE_AT_ALL_TIMES
    )
    assert InformationItem(title="x", document_kind="y") == InformationItem(
        title="x", document_kind="y"
    )
    with pytest.raises(InvalidInputError):
        InformationItem(title=" ", document_kind="y")


# ------------------------------------------------------------------ storage
# Every golden v1 document keeps loading: tests/test_serialization.py checks the whole folder.


def test_unknown_keys_and_wrong_types_are_named() -> None:
    data = json.loads((GOLDEN / "consequence_test.json").read_text("utf-8"))
    data["surplus"] = 1
    data["tested_on"] = "11/03/2024"
    data["redactions"][0]["page"] = "dua"
    with pytest.raises(StructureError) as info:
        serialization.from_dict(data)
    found = {p.path: p.message("en") for p in info.value.problems}
    assert set(found) == {"$", "$.tested_on", "$.redactions[0].page"}
    assert found["$"] == "unknown field(s): surplus"
    assert "ISO date" in found["$.tested_on"]
    assert "whole number" in found["$.redactions[0].page"]


@given(kst.information_items(), kst.law_dates(min_value=date(2010, 5, 1)))
def test_items_and_classifications_round_trip(it: InformationItem, as_of: date) -> None:
    assert serialization.loads(serialization.dumps(it), InformationItem) == it
    try:
        result = classify(it, as_of=as_of)
    except NeverExemptError:
        return
    assert serialization.loads(serialization.dumps(result), Classification) == result


@given(
    kst.consequence_tests(), kst.law_dates(min_value=date(2010, 5, 1), max_value=date(2095, 1, 1))
)
def test_status_and_actions_round_trip(record: ConsequenceTest, as_of: date) -> None:
    status = exemption_status(record, as_of=as_of)
    assert serialization.loads(serialization.dumps(status), ExemptionStatus) == status
    if status.ends_on is not None and status.declaration_due is not None:
        assert status.declaration_due < status.ends_on
    for action in actions_due([record], start=as_of, end=as_of + timedelta(days=90)):
        assert serialization.loads(serialization.dumps(action), ExemptionAction) == action
    event = ReleaseEvent(record.number, ReleaseCondition.WRITTEN_CONSENT, as_of)
    assert serialization.loads(serialization.dumps(event), ReleaseEvent) == event
