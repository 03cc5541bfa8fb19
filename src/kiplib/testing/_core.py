"""Strategies for the foundation: dates, bodies, steps, calendar entries."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from hypothesis import strategies as st

from kiplib.calendar.working import CalendarDay, DayKind
from kiplib.law.bodies import AfterHoursPolicy, BodyLevel, BodyType, PublicBody
from kiplib.law.steps import LAW_IN_FORCE, NATIONAL_TABLE, Step

__all__ = [
    "INDONESIAN_TIMEZONES",
    "aware_datetimes",
    "calendar_days",
    "dated_steps",
    "law_dates",
    "public_bodies",
    "region_codes",
    "steps",
]

#: The IANA zones of Indonesia (WIB, WIB Kalimantan Barat, WITA, WIT).
INDONESIAN_TIMEZONES = ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura")


def law_dates(
    min_value: date = LAW_IN_FORCE, max_value: date = date(2099, 6, 30)
) -> st.SearchStrategy[date]:
    """Dates on which UU 14/2008 is in force, with room after them for the longest count."""
    return st.dates(min_value=min_value, max_value=max_value)


def aware_datetimes(
    min_value: date = LAW_IN_FORCE, max_value: date = date(2099, 6, 30)
) -> st.SearchStrategy[datetime]:
    """Aware instants (fixed UTC offsets from -12 h to +14 h) in the law's range."""
    offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
        lambda m: timezone(timedelta(minutes=m))
    )
    return st.builds(
        lambda d, t, tz: datetime.combine(d, t, tzinfo=tz),
        law_dates(min_value + timedelta(days=1), max_value),
        st.times(),
        offsets,
    )


def region_codes() -> st.SearchStrategy[str]:
    """Kemendagri region codes of a province (``33``) or a kabupaten/kota (``33.13``)."""
    province = st.integers(min_value=11, max_value=96).map(lambda n: f"{n:02d}")
    regency = st.tuples(province, st.integers(min_value=1, max_value=79)).map(
        lambda pr: f"{pr[0]}.{pr[1]:02d}"
    )
    return st.one_of(province, regency)


def public_bodies(
    *,
    timezones: st.SearchStrategy[str] | None = None,
    region_code: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[PublicBody]:
    """Public bodies of every type and level, in Indonesia's time zones."""
    return st.builds(
        PublicBody,
        name=st.text(min_size=1, max_size=40).filter(lambda s: bool(s.strip())),
        timezone=timezones if timezones is not None else st.sampled_from(INDONESIAN_TIMEZONES),
        body_type=st.sampled_from(BodyType),
        level=st.sampled_from(BodyLevel),
        region_code=region_code if region_code is not None else st.none() | region_codes(),
        observes_cuti_bersama=st.none() | st.booleans(),
        after_hours=st.sampled_from(AfterHoursPolicy),
        service_closes_at=st.sampled_from([time(15, 0), time(16, 0), time(16, 30)]),
    )


def steps(in_force_on: date = LAW_IN_FORCE) -> st.SearchStrategy[Step]:
    """Steps of a request's life whose national rule is in force on ``in_force_on`` and after.

    The default keeps every step that can be counted from any of :func:`law_dates`, so
    ``given(law_dates(), steps())`` never meets a step before its rule existed (the mediation
    steps of Perki 1/2013 start on 28 March 2013). Use :func:`dated_steps` to draw every step
    together with a start date its rule covers.
    """
    if not isinstance(in_force_on, date):
        raise TypeError(f"in_force_on: expected a date, got {in_force_on!r}")
    return st.sampled_from(
        [s for s in Step if (first := NATIONAL_TABLE.in_force_from(s)) and first <= in_force_on]
    )


def dated_steps(
    min_value: date = LAW_IN_FORCE, max_value: date = date(2099, 6, 30)
) -> st.SearchStrategy[tuple[Step, date]]:
    """Every step, each with a start date on or after the day its national rule came into force."""

    def dated(step: Step) -> st.SearchStrategy[tuple[Step, date]]:
        first = max(min_value, NATIONAL_TABLE.in_force_from(step) or min_value)
        return st.tuples(st.just(step), law_dates(first, max(first, max_value)))

    return st.sampled_from(list(Step)).flatmap(dated)


def calendar_days(
    kinds: tuple[DayKind, ...] = (DayKind.LOCAL_HOLIDAY, DayKind.NON_WORKING_DAY),
    min_value: date = LAW_IN_FORCE,
    max_value: date = date(2099, 12, 31),
) -> st.SearchStrategy[CalendarDay]:
    """Calendar entries (local holidays and closures by default)."""
    return st.builds(
        CalendarDay,
        date=st.dates(min_value=min_value, max_value=max_value),
        category=st.sampled_from(kinds),
        name=st.sampled_from(["Hari Jadi Kabupaten", "Libur daerah", "Penutupan kantor"]),
        source=st.just("test"),
    )
