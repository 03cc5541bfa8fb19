"""kiplib — Indonesia's public-information law (UU 14/2008, *Keterbukaan Informasi Publik*) as
tested, cited, reusable code.

The foundation: the working-day (*hari kerja*) calendar with national holidays and *cuti
bersama*, and the deadline of every step of a request with its legal basis and an explanation.

Examples:
    >>> from datetime import date
    >>> import kiplib
    >>> d = kiplib.deadline(kiplib.Step.NOTICE, date(2024, 4, 5))
    >>> print(d.due, d.citation)
    2024-04-29 UU 14/2008 Pasal 22 ayat (7)
"""

from __future__ import annotations

from kiplib import errors
from kiplib._body import AfterHoursPolicy, BodyLevel, BodyType, PublicBody
from kiplib._calendar import CalendarDay, DayKind, WorkingCalendar
from kiplib._deadlines import Deadline, SkippedDay, deadline, local_date
from kiplib._law.citation import Citation
from kiplib._law.conventions import CONVENTIONS, Convention
from kiplib._law.steps import LAW_IN_FORCE, CountUnit, Step, StepRule, StepRuleTable
from kiplib._national import national_calendar
from kiplib._version import __version__
from kiplib.errors import KiplibError
from kiplib.hookspecs import hookimpl

__all__ = [
    "CONVENTIONS",
    "LAW_IN_FORCE",
    "AfterHoursPolicy",
    "BodyLevel",
    "BodyType",
    "CalendarDay",
    "Citation",
    "Convention",
    "CountUnit",
    "DayKind",
    "Deadline",
    "KiplibError",
    "PublicBody",
    "SkippedDay",
    "Step",
    "StepRule",
    "StepRuleTable",
    "WorkingCalendar",
    "__version__",
    "deadline",
    "errors",
    "hookimpl",
    "local_date",
    "national_calendar",
]
