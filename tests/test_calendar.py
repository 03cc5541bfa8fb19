"""The calendar's data: reasons, estimates, confirmed years, overrides, immutability."""

from __future__ import annotations

import pickle
from datetime import date

import attrs
import pytest

import kiplib
from kiplib import CalendarDay, Citation, DayKind
from kiplib.errors import CalendarDataError, InvalidInputError, OutOfRangeError

CAL = kiplib.national_calendar()


def test_range_and_size() -> None:
    assert CAL.first == date(2010, 1, 1)
    assert CAL.last == date(2100, 12, 31)
    assert CAL.table_bytes() < 512 * 1024


def test_a_count_forward_returns_the_working_day_made_once() -> None:
    """The working days are made as dates on first use and kept: the same date object comes
    back, equal to the day counted from the tables; a calendar with other days has its own."""
    start = date(2024, 4, 5)
    first = CAL.add_working_days(start, 10)
    assert first == date(2024, 4, 29) and CAL.add_working_days(start, 10) is first
    assert CAL.add_working_days(date(2024, 4, 4), 11) is first
    closed = CAL.with_days([CalendarDay(date(2024, 4, 22), DayKind.LOCAL_HOLIDAY, "Libur")])
    assert closed.add_working_days(start, 10) == date(2024, 4, 30)
    assert CAL.add_working_days(start, 10) == date(2024, 4, 29)
    copy = pickle.loads(pickle.dumps(CAL))
    assert copy.add_working_days(start, 10) == first


def test_is_cached_and_immutable() -> None:
    assert kiplib.national_calendar() is CAL
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        CAL.cuti_bersama = False  # type: ignore[misc]


def test_pickles_for_process_pools() -> None:
    again = pickle.loads(pickle.dumps(CAL))
    assert again == CAL
    assert again.add_working_days(date(2024, 4, 5), 10) == date(2024, 4, 29)


def test_reasons_name_every_cause() -> None:
    # Saturday 10 February 2024 was Tahun Baru Imlek: weekend and national holiday at once.
    reasons = CAL.reasons(date(2024, 2, 10))
    assert [r.category for r in reasons] == [DayKind.WEEKEND, DayKind.NATIONAL_HOLIDAY]
    assert reasons[1].name == "Tahun Baru Imlek"
    assert reasons[1].name_en == "Lunar New Year"
    assert CAL.reasons(date(2024, 2, 12)) == ()


def test_confirmed_years_and_estimates() -> None:
    assert CAL.is_confirmed_year(2024)
    assert CAL.is_confirmed_year(2026)
    assert not CAL.is_confirmed_year(2030)
    assert CAL.last_confirmed_year is not None
    assert CAL.last_confirmed_year >= 2026
    assert CAL.is_estimated(date(2028, 2, 27))  # Idul Fitri 1449 H, estimated
    assert not CAL.is_estimated(date(2026, 3, 21))
    assert date(2028, 2, 27) in CAL.estimated_days()


def test_cuti_bersama_can_be_working_days() -> None:
    plain = kiplib.national_calendar(cuti_bersama=False)
    assert plain.is_working_day(date(2024, 4, 8))
    assert plain.reasons(date(2024, 4, 8)) == ()
    assert [e.category for e in plain.entries(date(2024, 4, 8))] == [DayKind.CUTI_BERSAMA]
    assert CAL.with_cuti_bersama(True) is CAL
    assert CAL.with_cuti_bersama(False) == plain


def test_official_list_overrides_package_data() -> None:
    # Suppose a new SKB for 2031 (not yet in the package) declares these days.
    skb = Citation("SKB 3 Menteri 2031")
    cal = CAL.with_official_list(
        2031,
        [
            CalendarDay(date(2031, 1, 1), DayKind.NATIONAL_HOLIDAY, "Tahun Baru Masehi"),
            CalendarDay(date(2031, 1, 2), DayKind.CUTI_BERSAMA, "Cuti Bersama Tahun Baru"),
        ],
        source="SKB 2031",
        citation=skb,
    )
    assert cal.is_confirmed_year(2031)
    assert not cal.is_working_day(date(2031, 1, 2))
    assert cal.reasons(date(2031, 1, 2))[0].citation == skb
    # Every other national entry of 2031 is gone: the official list is the whole list.
    assert all(d.date.year != 2031 or d.source == "SKB 2031" for d in cal.days)
    assert "2031: SKB 2031" in cal.provenance
    assert not CAL.is_confirmed_year(2031)  # the original is untouched


def test_amendment_cancelling_a_day() -> None:
    # An amendment that cuts 2024-12-26 from cuti bersama: re-issue the year without it.
    year = [d for d in CAL.days if d.date.year == 2024 and d.date != date(2024, 12, 26)]
    cal = CAL.with_official_list(2024, year, source="amendment")
    assert cal.is_working_day(date(2024, 12, 26))
    assert not CAL.is_working_day(date(2024, 12, 26))


def test_official_list_rejects_other_years_and_local_days() -> None:
    with pytest.raises(CalendarDataError) as err:
        CAL.with_official_list(
            2031, [CalendarDay(date(2030, 1, 1), DayKind.NATIONAL_HOLIDAY, "X")], source="s"
        )
    assert err.value.params["field"] == "days"
    with pytest.raises(CalendarDataError):
        CAL.with_official_list(
            2031, [CalendarDay(date(2031, 1, 1), DayKind.LOCAL_HOLIDAY, "X")], source="s"
        )


def test_local_days_and_working_week() -> None:
    hari_jadi = CalendarDay(
        date(2024, 11, 18), DayKind.LOCAL_HOLIDAY, "Hari Jadi Kabupaten", source="plugin-x"
    )
    cal = CAL.with_days([hari_jadi])
    assert not cal.is_working_day(date(2024, 11, 18))
    assert cal.reasons(date(2024, 11, 18)) == (hari_jadi,)
    six_days = CAL.with_weekdays(range(6))
    assert six_days.is_working_day(date(2024, 6, 8))
    assert not six_days.is_working_day(date(2024, 6, 1))  # Hari Lahir Pancasila on Saturday


def test_out_of_range_is_an_error_never_a_wrong_date() -> None:
    with pytest.raises(OutOfRangeError) as err:
        CAL.add_working_days(date(2100, 12, 1), 30)
    assert err.value.params["field"] == "n"
    with pytest.raises(OutOfRangeError):
        CAL.add_working_days(date(2009, 12, 31), 1)
    with pytest.raises(OutOfRangeError):
        CAL.add_working_days(date(2024, 1, 1), 10**9)
    with pytest.raises(OutOfRangeError):
        CAL.add_calendar_days_rolled(date(2100, 12, 30), 14)


@pytest.mark.parametrize("bad", ["2024-04-05", 20240405, None])
def test_non_dates_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError) as err:
        CAL.is_working_day(bad)  # type: ignore[arg-type]
    assert err.value.params["field"] == "date"


def test_datetimes_are_refused_by_the_calendar() -> None:
    from datetime import datetime

    with pytest.raises(InvalidInputError) as err:
        CAL.add_working_days(datetime(2024, 4, 5, 9), 1)
    assert "local date" in err.value.message("en")


@pytest.mark.parametrize("bad", [1.5, "3", True])
def test_offsets_must_be_whole_numbers(bad: object) -> None:
    with pytest.raises(InvalidInputError) as err:
        CAL.add_working_days(date(2024, 4, 5), bad)  # type: ignore[arg-type]
    assert err.value.params["field"] == "n"


def test_bad_calendar_data() -> None:
    with pytest.raises(CalendarDataError):
        CAL.with_weekdays([])
    with pytest.raises(CalendarDataError):
        CAL.with_weekdays([7])
    with pytest.raises(InvalidInputError):
        CalendarDay(date(2024, 1, 1), DayKind.LOCAL_HOLIDAY, "  ")


def test_format_in_both_languages() -> None:
    from kiplib.calendar.working import format_date

    assert format_date(date(2024, 4, 5)) == "Jumat, 5 April 2024"
    assert format_date(date(2024, 4, 5), "en") == "Friday, 5 April 2024"
