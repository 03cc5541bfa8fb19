"""Counting practices (decision D-12) and real events: properties and edges.

* every deadline has ``due <= latest``; with one known reading (and no district plugin) they
  are the same day;
* where the commission's reading is not known, ``due`` is the earliest end of the readings and
  ``latest`` the last: the safe window lies inside every reading's window;
* a log that the order check accepts always has a timeline: kiplib refuses only what cannot
  have happened, and says what is wrong with the rest.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from kiplib import BodyLevel, PublicBody, RuleBook, Step
from kiplib.deadlines import deadline_for
from kiplib.law import (
    COMMISSION_PRACTICES,
    PRACTICE_STEPS,
    CommissionPractice,
    Counting,
    commission_of,
    practice_for,
)
from kiplib.requests.engine import check_order
from kiplib.testing import strategies as kst

NATIONAL = RuleBook.national()


def _single(practice: CommissionPractice, counting: Counting) -> CommissionPractice:
    return attrs.evolve(practice, counting=(counting,), known=True)


@given(kst.dated_steps(max_value=date(2090, 12, 31)), kst.public_bodies())
def test_the_safe_day_is_the_earliest_end_and_latest_the_last(
    dated: tuple[Step, date], body: PublicBody
) -> None:
    step, start = dated
    where = NATIONAL.for_body(body)
    d = deadline_for(step, start, where)
    assert d.due <= d.latest
    readings = [
        deadline_for(step, start, attrs.evolve(where, practice=_single(where.practice, c)))
        for c in where.practice.counting
    ]
    assert d.due == min(r.due for r in readings)
    assert d.latest == max(r.latest for r in readings)
    if step not in PRACTICE_STEPS or where.practice.known:
        assert d.due == d.latest
    # The readings differ by at most one working day.
    cal = where.calendar
    assert cal.working_days_between(d.due, d.latest) <= 1


@given(kst.dated_steps(max_value=date(2090, 12, 31)))
def test_same_day_never_ends_later_than_next_day(dated: tuple[Step, date]) -> None:
    step, start = dated
    where = NATIONAL.for_body(PublicBody("Kementerian Contoh"))
    same = attrs.evolve(where, practice=_single(where.practice, Counting.SAME_DAY))
    assert deadline_for(step, start, same).due <= deadline_for(step, start, where).due


@pytest.mark.parametrize(
    ("body", "step", "start", "due", "latest"),
    [
        # KI Jawa Barat, Reg. 2382/K-A40/PSI/KI-JBR/V/2024: the day of X is day 1.
        (
            PublicBody("Kecamatan Lengkong", level=BodyLevel.REGENCY_CITY, region_code="32.73"),
            Step.NOTICE,
            date(2023, 11, 1),
            date(2023, 11, 14),
            date(2023, 11, 14),
        ),
        (
            PublicBody("Kecamatan Lengkong", level=BodyLevel.REGENCY_CITY, region_code="32.73"),
            Step.OBJECTION,
            date(2023, 11, 6),
            date(2023, 12, 15),
            date(2023, 12, 15),
        ),
        # KI Pusat, putusan sela read on 22 January 2024: the day after X is day 1 (answer of
        # 3 November 2020, window 4 to 23 November 2020).
        (
            PublicBody("Kementerian Contoh"),
            Step.DISPUTE,
            date(2020, 11, 3),
            *[date(2020, 11, 23)] * 2,
        ),
        # A commission whose reading is not known: both, one working day apart.
        (
            PublicBody("Dinas Contoh", level=BodyLevel.REGENCY_CITY, region_code="35.78"),
            Step.OBJECTION,
            date(2023, 11, 6),
            date(2023, 12, 15),
            date(2023, 12, 18),
        ),
        # The courts keep D-6 whatever the commission's reading.
        (
            PublicBody("Kecamatan Lengkong", level=BodyLevel.REGENCY_CITY, region_code="32.73"),
            Step.COURT,
            date(2023, 11, 1),
            date(2023, 11, 21),
            date(2023, 11, 21),
        ),
    ],
)
def test_the_decisions_the_readings_rest_on(
    body: PublicBody, step: Step, start: date, due: date, latest: date
) -> None:
    d = kiplib.deadline(step, start, body=body)
    assert (d.due, d.latest) == (due, latest)


def test_the_known_practices_and_their_sources() -> None:
    assert {k: p.counting for k, p in COMMISSION_PRACTICES.items()} == {
        "pusat": (Counting.NEXT_DAY,),
        "provinsi:32": (Counting.SAME_DAY,),
    }
    assert all(p.known and p.sources for p in COMMISSION_PRACTICES.values())
    unknown = practice_for("provinsi:35")
    assert not unknown.known and set(unknown.counting) == set(Counting)
    bandung = PublicBody("Dinas Kota Bandung", level=BodyLevel.REGENCY_CITY, region_code="32.73")
    assert commission_of(bandung).key == "provinsi:32"
    own = attrs.evolve(bandung, regency_commission=True)
    assert commission_of(own).key == "kabkota:32.73"  # a KI of its own: not known


def test_the_explanation_names_the_readings_and_their_sources() -> None:
    body = PublicBody("Dinas Contoh", level=BodyLevel.REGENCY_CITY, region_code="35.78")
    text = kiplib.deadline(Step.OBJECTION, date(2023, 11, 6), body=body).explain("en")
    assert "D-12" in text and "Reg. 2382/K-A40/PSI/KI-JBR/V/2024" in text
    assert "Safe if done by Friday, 15 December 2023" in text
    assert "late only from Tuesday, 19 December 2023" in text


@given(kst.possible_requests())
def test_what_can_have_happened_always_has_a_timeline(
    case: tuple[PublicBody, tuple[kiplib.Event, ...]],
) -> None:
    body, events = case
    check_order(events)  # possible, by construction
    request = kiplib.Request(body, events)
    last = kiplib.local_date(events[-1].at, body)
    for as_of in (last, date(last.year + 3, 1, 1)):
        t = request.timeline(as_of=as_of)
        assert t.events == events
        for entry in t.entries:
            assert entry.due <= entry.latest
        for defect in t.defects:
            assert 0 < defect.event < len(events)
            assert "{" not in defect.message("en")


@given(kst.requests())
def test_a_valid_life_has_no_defect_the_body_caused_by_acting_on_time(
    request: kiplib.Request,
) -> None:
    """The shipped strategy walks only lives the law allows, so none of its events is late
    under every reading or out of place."""
    t = request.timeline(as_of=date(2031, 1, 1))
    wrong = {
        "after-withdrawal",
        "after-end",
        "second-extension",
        "second-notice",
        "second-objection",
        "second-answer",
        "second-dispute",
        "ground-a-without-refusal",
        "dispute-without-objection",
        "mediation-for-ground-a",
        "second-mediation",
        "second-adjudication",
        "second-decision",
        "second-non-acceptance",
        "second-cassation",
    }
    assert not wrong & {d.code for d in t.defects}


@given(st.integers(min_value=0, max_value=3))
def test_putusan_sela_on_a_premature_application_leaves_the_way_open(extra_days: int) -> None:
    """A sengketa filed while the atasan still had time is not accepted; the keberatan's
    course goes on and the requester may file again (Perki 1/2013 Pasal 13 and 36)."""
    from datetime import datetime, timedelta, timezone

    wib = timezone(timedelta(hours=7))
    body = PublicBody("Kementerian Contoh")
    events = (
        kiplib.RequestReceived(datetime(2024, 9, 2, 9, tzinfo=wib)),
        kiplib.NoticeSent(
            datetime(2024, 9, 10, 9, tzinfo=wib), kiplib.NoticeOutcome.REFUSED, exemptions=("j",)
        ),
        kiplib.ObjectionFiled(datetime(2024, 9, 11, 9, tzinfo=wib), ("a",)),
        kiplib.DisputeFiled(datetime(2024, 10, 10, 9, tzinfo=wib)),
        kiplib.InterimDecision(datetime(2024, 11, 4 + extra_days, 9, tzinfo=wib)),
    )
    t = kiplib.Request(body, events).timeline(as_of=date(2024, 11, 8))
    assert t.status is kiplib.Status.DISPUTE_WINDOW_OPEN
    assert t.dispute.allowed
    assert [d.code for d in t.defects] == ["premature-dispute"]
    # A late application that is not accepted ends the request.
    late = kiplib.Request(
        body,
        (
            *events[:3],
            kiplib.ObjectionAnswered(datetime(2024, 9, 20, 9, tzinfo=wib)),
            kiplib.DisputeFiled(datetime(2024, 12, 2, 9, tzinfo=wib)),
            kiplib.InterimDecision(datetime(2024, 12, 20, 9, tzinfo=wib)),
        ),
    ).timeline(as_of=date(2024, 12, 21))
    assert late.status is kiplib.Status.NOT_ACCEPTED
    assert [d.code for d in late.defects] == ["late-dispute"]
