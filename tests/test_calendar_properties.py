"""Property tests of the working-day arithmetic (Hypothesis profiles ``dev`` and ``ci``)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays
import pytest
from hypothesis import assume, find, given
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

import kiplib
from kiplib import CalendarDay, DayKind, WorkingCalendar
from kiplib.testing import strategies as kst

CAL = kiplib.national_calendar()
# Room of 800 working days on both sides of every date (the tables cover 2010–2100).
dates = kst.law_dates(min_value=date(2014, 1, 1), max_value=date(2096, 12, 31))
offsets = st.integers(min_value=1, max_value=400)
signed = st.integers(min_value=-400, max_value=400)


def working(d: date) -> date:
    return CAL.add_working_days(d, 0)


@cache
def oracle() -> holidays.HolidayBase:
    return holidays.country_holidays(
        "ID", years=range(2010, 2101), categories=("public", "government")
    )


@given(dates, signed)
def test_results_are_working_days(d: date, n: int) -> None:
    assert CAL.is_working_day(CAL.add_working_days(d, n))


@given(dates, offsets)
def test_strictly_after_and_before(d: date, n: int) -> None:
    assert CAL.add_working_days(d, n) > d
    assert CAL.add_working_days(d, -n) < d


@given(dates, offsets, offsets)
def test_monotone_in_n(d: date, m: int, n: int) -> None:
    a, b = sorted((m, n))
    assert CAL.add_working_days(d, a) <= CAL.add_working_days(d, b)
    assert CAL.add_working_days(d, -a) >= CAL.add_working_days(d, -b)


@given(dates, signed, signed)
def test_composition_from_a_working_day(d: date, m: int, n: int) -> None:
    start = working(d)
    assert CAL.add_working_days(CAL.add_working_days(start, m), n) == CAL.add_working_days(
        start, m + n
    )


@given(dates, offsets, offsets)
def test_composition_in_one_direction_from_any_day(d: date, m: int, n: int) -> None:
    assert CAL.add_working_days(CAL.add_working_days(d, m), n) == CAL.add_working_days(d, m + n)
    assert CAL.add_working_days(CAL.add_working_days(d, -m), -n) == CAL.add_working_days(
        d, -(m + n)
    )


@given(dates, offsets)
def test_between_inverts_add(d: date, n: int) -> None:
    assert CAL.working_days_between(d, CAL.add_working_days(d, n)) == n
    start = working(d)
    assert CAL.working_days_between(start, CAL.add_working_days(start, -n)) == -n


@given(dates, offsets)
def test_negative_mirrors_positive(d: date, n: int) -> None:
    start = working(d)
    assert CAL.add_working_days(CAL.add_working_days(start, n), -n) == start
    assert CAL.add_working_days(CAL.add_working_days(start, -n), n) == start


@given(dates, st.integers(min_value=1, max_value=120), kst.calendar_days())
def test_an_added_day_off_never_makes_a_deadline_earlier(
    d: date, n: int, extra: CalendarDay
) -> None:
    local = CAL.with_days([extra])
    assert local.add_working_days(d, n) >= CAL.add_working_days(d, n)
    assert local.add_working_days(d, -n) <= CAL.add_working_days(d, -n)


@given(dates, st.integers(min_value=-60, max_value=60).filter(bool))
def test_agrees_with_holidays_get_nth_working_day(d: date, n: int) -> None:
    assert CAL.add_working_days(d, n) == oracle().get_nth_working_day(d, n)


@given(dates, st.integers(min_value=0, max_value=3000))
def test_between_counts_working_days(d: date, span: int) -> None:
    end = d + timedelta(days=min(span, 60))
    expected = sum(CAL.is_working_day(d + timedelta(days=i)) for i in range(1, (end - d).days + 1))
    assert CAL.working_days_between(d, end) == expected
    assert CAL.working_days_between(end, d) == -expected


@given(dates, st.integers(min_value=1, max_value=20))
def test_calendar_days_rolled_forward(d: date, n: int) -> None:
    due = CAL.add_calendar_days_rolled(d, n)
    nominal = d + timedelta(days=n)
    assert due >= nominal
    assert CAL.is_working_day(due)
    assert all(
        not CAL.is_working_day(nominal + timedelta(days=i)) for i in range((due - nominal).days)
    )


@given(kst.dated_steps(max_value=date(2099, 1, 1)))
def test_later_start_never_gives_an_earlier_deadline(dated: tuple[kiplib.Step, date]) -> None:
    step, d = dated
    assert kiplib.deadline(step, d + timedelta(days=1)).due >= kiplib.deadline(step, d).due


@given(kst.aware_datetimes(), kst.public_bodies(), kst.steps())
def test_any_aware_instant_and_body_gives_a_working_due_date(
    instant: object, body: kiplib.PublicBody, step: kiplib.Step
) -> None:
    assert isinstance(instant, __import__("datetime").datetime)
    assume(instant.astimezone(body.zone).date() >= kiplib.LAW_IN_FORCE)
    result = kiplib.deadline(step, instant, body=body)
    cal = kiplib.national_calendar(cuti_bersama=body.cuti_bersama_off)
    assert cal.is_working_day(result.due)
    assert result.due > result.start


@given(
    st.frozensets(st.integers(min_value=0, max_value=6), min_size=1),
    kst.law_dates(max_value=date(2090, 12, 31)),
    st.integers(min_value=1, max_value=200),
)
def test_other_working_weeks(weekdays: frozenset[int], d: date, n: int) -> None:
    cal = CAL.with_weekdays(weekdays)
    due = cal.add_working_days(d, n)
    assert cal.is_working_day(due)
    assert cal.working_days_between(d, due) == n


def test_weekend_working_day_override() -> None:
    saturday = date(2024, 6, 8)
    cal = CAL.with_days([CalendarDay(saturday, DayKind.WORKING_DAY, "Hari kerja pengganti")])
    assert cal.is_working_day(saturday)
    assert cal.add_working_days(date(2024, 6, 7), 1) == saturday
    assert isinstance(cal, WorkingCalendar)


@given(kst.dated_steps())
def test_dated_steps_only_draw_dates_their_rule_covers(dated: tuple[kiplib.Step, date]) -> None:
    step, d = dated
    assert kiplib.deadline(step, d).rule.in_force_on(d)


@given(kst.steps())
def test_steps_leave_out_rules_younger_than_the_law(step: kiplib.Step) -> None:
    assert step not in (kiplib.Step.MEDIATION, kiplib.Step.MEDIATION_EXTENDED)


def test_steps_in_force_later_include_the_mediation_steps() -> None:
    found = find(
        kst.steps(in_force_on=date(2013, 3, 28)), lambda s: s is kiplib.Step.MEDIATION_EXTENDED
    )
    assert found is kiplib.Step.MEDIATION_EXTENDED
    with pytest.raises(NoSuchExample):
        find(kst.steps(in_force_on=date(2013, 3, 27)), lambda s: s is kiplib.Step.MEDIATION)
