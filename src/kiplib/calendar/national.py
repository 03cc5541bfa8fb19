"""The national calendar: libur nasional and cuti bersama from the ``holidays`` package.

``holidays`` (vacanza/holidays) keeps Indonesia's lists per year: category ``public`` holds the
libur nasional, category ``government`` the cuti bersama of the SKB 3 Menteri / Keppres.
Future Islamic, Chinese and Buddhist dates are labelled ``(perkiraan)``: they are estimates
until the government's decision. A year counts as *confirmed* when ``holidays`` has its cuti
bersama, i.e. the year's SKB is in the installed release; later years are provisional (D-5).

The data are read once per process and copied into a :class:`~kiplib.WorkingCalendar`.
"""

from __future__ import annotations

import gettext as _gettext
from functools import lru_cache
from pathlib import Path

from kiplib.calendar.working import (
    DEFAULT_FIRST,
    DEFAULT_LAST,
    CalendarDay,
    DayKind,
    WorkingCalendar,
)

__all__ = ["holidays_version", "national_calendar", "national_days"]

_ESTIMATED_SUFFIX = " (perkiraan)"


def holidays_version() -> str:
    """The version of the installed ``holidays`` package (shown in every explanation)."""
    import holidays

    return str(getattr(holidays, "__version__", "?"))


def _english_names() -> _gettext.NullTranslations:
    import holidays

    localedir = Path(holidays.__file__).parent / "locale"
    try:
        return _gettext.translation("ID", localedir=localedir, languages=["en_US"])
    except OSError:  # a release without its catalogs: names stay Indonesian
        return _gettext.NullTranslations()


@lru_cache(maxsize=8)
def national_days(
    first_year: int, last_year: int
) -> tuple[tuple[CalendarDay, ...], frozenset[int]]:
    """Libur nasional and cuti bersama for the years, and the years with a cuti bersama decree."""
    import holidays

    source = f"holidays {holidays_version()}"
    english = _english_names()
    years = range(first_year, last_year + 1)
    found: list[CalendarDay] = []
    confirmed: set[int] = set()
    for category, kind in (
        ("public", DayKind.NATIONAL_HOLIDAY),
        ("government", DayKind.CUTI_BERSAMA),
    ):
        table = holidays.country_holidays("ID", years=years, categories=(category,), language="id")
        for day in sorted(table):
            for name in table.get_list(day):
                estimated = name.endswith(_ESTIMATED_SUFFIX)
                base = name[: -len(_ESTIMATED_SUFFIX)] if estimated else name
                found.append(
                    CalendarDay(
                        date=day,
                        category=kind,
                        name=base,
                        name_en=english.gettext(base),
                        estimated=estimated,
                        source=source,
                    )
                )
                if kind is DayKind.CUTI_BERSAMA:
                    confirmed.add(day.year)
    return tuple(found), frozenset(confirmed)


def national_calendar(*, cuti_bersama: bool = True) -> WorkingCalendar:
    """The national working-day calendar: Monday–Friday minus libur nasional minus (by
    default) cuti bersama, from 2010-01-01 to 2100-12-31.

    Args:
        cuti_bersama: whether cuti bersama are days off (D-4: yes for Badan Publik Negara,
            the default; a body not bound by the ASN leave decree may pass ``False``).

    The result is cached: every call with the same policy returns the same immutable object.

    Examples:
        >>> from datetime import date
        >>> cal = national_calendar()
        >>> cal.is_working_day(date(2025, 8, 18))   # added in August 2025
        False
        >>> national_calendar(cuti_bersama=False).is_working_day(date(2024, 4, 8))
        True
    """
    return _national_calendar(bool(cuti_bersama))


@lru_cache(maxsize=2)
def _national_calendar(cuti_bersama: bool) -> WorkingCalendar:
    days, confirmed = national_days(DEFAULT_FIRST.year, DEFAULT_LAST.year)
    return WorkingCalendar(
        days=days,
        cuti_bersama=cuti_bersama,
        confirmed_years=confirmed,
        first=DEFAULT_FIRST,
        last=DEFAULT_LAST,
        provenance=f"holidays {holidays_version()}",
    )
