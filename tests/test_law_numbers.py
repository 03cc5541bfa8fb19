"""Numbers of the law and of kiplib's decisions, each pinned at its edge: moving one of them by
a day (or a unit) fails a test here."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import kiplib
from kiplib import CalendarDay, DayKind, RuleBook, WorkingCalendar
from kiplib.calendar import ESTIMATE_MARGIN
from kiplib.duties import FinishedRequest, RequestOutcome
from kiplib.law import DECLARATION_WORKING_DAYS, DUE_SOON_DAYS, PERIODIC_MONTHS

RULES = RuleBook.national()
CAL = kiplib.national_calendar()
RECEIVED = date(2024, 6, 3)  # a Monday in a quiet stretch of June 2024


def _answered_after(working_days: int) -> FinishedRequest:
    return FinishedRequest(
        number=f"{working_days}/2024",
        received_on=RECEIVED,
        answered_on=CAL.add_working_days(RECEIVED, working_days),
        outcome=RequestOutcome.GRANTED,
    )


@pytest.mark.parametrize(
    ("days", "within_notice", "within_extended"),
    [(10, 1, 1), (11, 0, 1), (17, 0, 1), (18, 0, 0)],
)
def test_pasal_12_periods_are_10_and_17_hari_kerja(
    days: int, within_notice: int, within_extended: int
) -> None:
    stats = kiplib.service_statistics([_answered_after(days)], year=2024, rules=RULES)
    assert stats.times[0].working_days == days
    assert (stats.within_notice_period, stats.within_extended_period) == (
        within_notice,
        within_extended,
    )
    assert stats.periods == (10, 17)


@pytest.mark.parametrize(
    ("ahead", "status"), [(0, "due"), (30, "due"), (31, "coming"), (-1, "overdue")]
)
def test_a_duty_is_due_within_30_days(ahead: int, status: str) -> None:
    from kiplib.duties.compliance import _status

    as_of = date(2025, 1, 6)
    assert DUE_SOON_DAYS == 30
    assert _status(as_of + timedelta(days=ahead), as_of).value == status


def _estimated_calendar() -> WorkingCalendar:
    return WorkingCalendar(
        days=(
            CalendarDay(date(2024, 6, 17), DayKind.NATIONAL_HOLIDAY, "Idul Adha", estimated=True),
        ),
        confirmed_years=(2024,),
        first=date(2024, 1, 1),
        last=date(2024, 12, 31),
    )


@pytest.mark.parametrize(
    ("a", "b", "provisional"),
    [
        (date(2024, 6, 3), date(2024, 6, 15), False),  # ends two days before the estimate
        (date(2024, 6, 3), date(2024, 6, 16), True),  # ends one day before it
        (date(2024, 6, 18), date(2024, 6, 28), False),  # starts one day after (not counted)
        (date(2024, 6, 17), date(2024, 6, 28), True),  # the day after counts
    ],
)
def test_an_estimated_date_may_move_one_day(a: date, b: date, provisional: bool) -> None:
    assert ESTIMATE_MARGIN == 1
    assert _estimated_calendar().is_provisional(a, b) is provisional


def test_the_declaration_is_30_hari_kerja_before_the_end() -> None:
    ends = date(2029, 3, 15)
    due = CAL.add_working_days(ends, -DECLARATION_WORKING_DAYS)
    assert DECLARATION_WORKING_DAYS == 30
    # The declaration day and the working days after it, before the end: thirty of them.
    span = [due + timedelta(days=d) for d in range((ends - due).days)]
    assert sum(CAL.is_working_day(d) for d in span) == 30
    assert CAL.is_working_day(due) and due == date(2029, 1, 29)


def test_berkala_information_is_due_six_months_on() -> None:
    assert PERIODIC_MONTHS == 6
    records = kiplib.BodyRecords(
        body=kiplib.PublicBody("Dinas X"),
        dip=kiplib.DipRegister(
            body=kiplib.PublicBody("Dinas X"),
            year=2024,
            adopted_on=date(2024, 2, 1),
            entries=(
                kiplib.DipEntry(
                    number="1",
                    summary="Laporan keuangan",
                    holder="Sekretariat",
                    responsible="Kepala Subbagian Keuangan",
                    time_and_place="2024, Jakarta",
                    form=kiplib.InformationForm.SOFT_COPY,
                    retention="10 tahun",
                    category=kiplib.Category.PERIODIC,
                    last_published=date(2024, 2, 29),
                ),
            ),
        ),
    )
    items = kiplib.compliance_calendar(records, as_of=date(2024, 8, 1), rules=RULES).items
    due = [i.due for i in items if i.kind is kiplib.DutyKind.PERIODIC_PUBLICATION]
    assert due == [date(2024, 8, 29)]
