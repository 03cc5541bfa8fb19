"""The national calendar: libur nasional and cuti bersama from the ``holidays`` package, each
day with the decree that set it from kiplib's own table (:mod:`kiplib.law.holidays`).

``holidays`` (vacanza/holidays) keeps Indonesia's lists per year: category ``public`` holds the
libur nasional, category ``government`` the cuti bersama of the SKB 3 Menteri / Keppres.
Future Islamic, Chinese and Buddhist dates are labelled ``(perkiraan)``: they are estimates
until the government's decision.

What kiplib adds to those dates:

* **the decree of every day** — each libur nasional and cuti bersama of 2010–2027 carries the
  :class:`~kiplib.Citation` of the instrument that set it: the amendment for a day an
  amendment added, the Keppres for a Keppres day, else the year's SKB. A day of a year (or an
  amendment) whose decree kiplib has not recorded has no citation, and explanations say so
  ("keputusan tidak tercatat"); so do the package's days beyond 2027.
* **confirmed years (D-5)** — a year counts as *confirmed* when kiplib's table records its SKB,
  not because the installed ``holidays`` release happens to have cuti bersama for it: a
  package's list for a year whose decree kiplib cannot cite stays provisional (2014 and 2015,
  whose SKB numbers are not recorded, and every year after 2027). An application that has the
  decree gives the list with :meth:`~kiplib.WorkingCalendar.with_official_list`.
* **estimated cuti bersama** — a cuti bersama hangs on the holiday it is named after: one that
  lies within :data:`ESTIMATED_CUTI_REACH` calendar days of an estimated day of that holiday in
  the same year (the Idul Fitri cuti of 9, 12 and 15 March 2027 around the estimated Idul Fitri
  1448 H) is itself estimated, so results touching it are provisional. Across 2010–2027 every
  cuti bersama named after a holiday lies at most six days from it (7 April 2025, after Idul
  Fitri on 31 March–1 April).

The data are read once per process and copied into a :class:`~kiplib.WorkingCalendar`.
"""

from __future__ import annotations

import gettext as _gettext
import os
from datetime import date
from functools import lru_cache
from typing import Final

from kiplib.calendar._shipped import Row, holidays_release, rows_for
from kiplib.calendar.working import (
    DEFAULT_FIRST,
    DEFAULT_LAST,
    CalendarDay,
    DayKind,
    WorkingCalendar,
)
from kiplib.law.holidays import HOLIDAY_YEARS

__all__ = [
    "ESTIMATED_CUTI_REACH",
    "holiday_rows",
    "holidays_version",
    "national_calendar",
    "national_days",
]

_ESTIMATED_SUFFIX: Final = " (perkiraan)"
_CUTI_PREFIX: Final = "Cuti Bersama "
#: How far (calendar days, same year) a cuti bersama may lie from an estimated day of the
#: holiday it is named after and still hang on it, so that it is estimated too.
ESTIMATED_CUTI_REACH: Final = 7


def holidays_version() -> str:
    """The version of the installed ``holidays`` package (shown in every explanation)."""
    release = holidays_release()
    if release is not None:
        return release
    import holidays

    return str(getattr(holidays, "__version__", "?"))


def _english_names() -> _gettext.NullTranslations:
    import holidays

    localedir = os.path.join(os.path.dirname(holidays.__file__), "locale")
    try:
        return _gettext.translation("ID", localedir=localedir, languages=["en_US"])
    except OSError:  # a release without its catalogs: names stay Indonesian
        return _gettext.NullTranslations()


@lru_cache(maxsize=8)
def national_days(
    first_year: int, last_year: int
) -> tuple[tuple[CalendarDay, ...], frozenset[int]]:
    """Libur nasional and cuti bersama for the years, each with the decree that set it, and
    the years whose SKB kiplib records (the confirmed years).

    The days are those of the installed ``holidays`` release: read from the file shipped with
    kiplib when it was made from that release for these years, else asked of ``holidays``
    (the same values either way; see ``kiplib.calendar._shipped``)."""
    rows = rows_for(first_year, last_year, holidays_release())
    if rows is None:
        rows = holiday_rows(first_year, last_year)
    source = f"holidays {holidays_version()}"
    found: list[CalendarDay] = []
    for iso, kind_value, name, name_en, estimated in rows:
        day = date.fromisoformat(iso)
        kind = DayKind(kind_value)
        entry = HOLIDAY_YEARS.get(day.year)
        cuti = kind is DayKind.CUTI_BERSAMA
        found.append(
            CalendarDay(
                date=day,
                category=kind,
                name=name,
                name_en=name_en,
                estimated=estimated,
                source=source,
                citation=None if entry is None else entry.citation_for(day, cuti_bersama=cuti),
            )
        )
    years = range(first_year, last_year + 1)
    confirmed = frozenset(y for y in years if y in HOLIDAY_YEARS and HOLIDAY_YEARS[y].confirmed)
    return tuple(found), confirmed


def holiday_rows(first_year: int, last_year: int) -> tuple[Row, ...]:
    """The days of the years as ``holidays`` gives them (imported here): libur nasional then
    cuti bersama, each list by date, with the names in Indonesian and English and whether the
    date is an estimate (a cuti bersama hanging on an estimated holiday is one too)."""
    import holidays

    english = _english_names()
    years = range(first_year, last_year + 1)
    found: list[Row] = []
    for category, kind in (
        ("public", DayKind.NATIONAL_HOLIDAY),
        ("government", DayKind.CUTI_BERSAMA),
    ):
        table = holidays.country_holidays("ID", years=years, categories=(category,), language="id")
        for day in sorted(table):
            for name in table.get_list(day):
                estimated = name.endswith(_ESTIMATED_SUFFIX)
                base = name[: -len(_ESTIMATED_SUFFIX)] if estimated else name
                found.append((day.isoformat(), kind.value, base, english.gettext(base), estimated))
    return _estimate_attached_cuti(found)


def _estimate_attached_cuti(rows: list[Row]) -> tuple[Row, ...]:
    """Mark estimated every cuti bersama that hangs on an estimated holiday (see above)."""
    estimated: dict[int, list[tuple[date, str]]] = {}
    for iso, kind, name, _en, is_estimate in rows:
        if is_estimate and kind == DayKind.NATIONAL_HOLIDAY.value:
            day = date.fromisoformat(iso)
            estimated.setdefault(day.year, []).append((day, name))
    out: list[Row] = []
    for row in rows:
        iso, kind, name, name_en, is_estimate = row
        if kind == DayKind.CUTI_BERSAMA.value and not is_estimate:
            day = date.fromisoformat(iso)
            holiday = name.removeprefix(_CUTI_PREFIX)
            if any(
                holiday in other and abs((when - day).days) <= ESTIMATED_CUTI_REACH
                for when, other in estimated.get(day.year, ())
            ):
                row = (iso, kind, name, name_en, True)
        out.append(row)
    return tuple(out)


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
