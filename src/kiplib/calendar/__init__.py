"""The working-day (*hari kerja*) calendar: an immutable value with O(1) arithmetic and the
reason of every day off, and the national calendar built from the ``holidays`` package.
"""

from __future__ import annotations

from kiplib.calendar.national import (
    ESTIMATED_CUTI_REACH,
    holidays_version,
    national_calendar,
    national_days,
)
from kiplib.calendar.working import (
    DEFAULT_FIRST,
    DEFAULT_LAST,
    ESTIMATE_MARGIN,
    MONDAY_TO_FRIDAY,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    CalendarDay,
    DayKind,
    WorkingCalendar,
    format_date,
    weekday_name,
)

__all__ = [
    "DEFAULT_FIRST",
    "DEFAULT_LAST",
    "ESTIMATED_CUTI_REACH",
    "ESTIMATE_MARGIN",
    "MONDAY_TO_FRIDAY",
    "MONTH_NAMES",
    "WEEKDAY_NAMES",
    "CalendarDay",
    "DayKind",
    "WorkingCalendar",
    "format_date",
    "holidays_version",
    "national_calendar",
    "national_days",
    "weekday_name",
]
