"""kiplib — Indonesia's public-information law (UU 14/2008, *Keterbukaan Informasi Publik*) as
tested, cited, reusable code.

The working-day (*hari kerja*) calendar with national holidays and *cuti bersama*, the deadline
of every step of a request with its legal basis and an explanation, a request's whole life,
classification and the consequence test, the registers and the yearly duties — each computed
under one explicit rule book (:class:`RuleBook`: the national law and a chosen set of district
plugins).

The sub-packages, from the bottom layer up: :mod:`kiplib.law` (the law as data),
:mod:`kiplib.calendar`, :mod:`kiplib.rulebook`, then the computations (:mod:`kiplib.deadlines`,
:mod:`kiplib.requests`, :mod:`kiplib.exemption`, :mod:`kiplib.registers`,
:mod:`kiplib.duties`), :mod:`kiplib.documents`, :mod:`kiplib.plugins`, and at the edges
:mod:`kiplib.batch`, :mod:`kiplib.ical`, :mod:`kiplib.serialization`, :mod:`kiplib.cli` and
:mod:`kiplib.testing`. The names below are the ones the tutorials use; each sub-package has
its own, and is loaded on first use.

Examples:
    >>> from datetime import date
    >>> import kiplib
    >>> d = kiplib.deadline(kiplib.Step.NOTICE, date(2024, 4, 5))
    >>> print(d.due, d.citation)
    2024-04-29 UU 14/2008 Pasal 22 ayat (7)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Final

from kiplib import _moved, errors
from kiplib._version import __version__
from kiplib.calendar import CalendarDay, DayKind, WorkingCalendar, national_calendar
from kiplib.deadlines import Deadline, SkippedDay, deadline, local_date
from kiplib.errors import KiplibError
from kiplib.hookspecs import hookimpl
from kiplib.law import (
    CONVENTIONS,
    LAW_IN_FORCE,
    AfterHoursPolicy,
    BodyLevel,
    BodyType,
    Citation,
    Convention,
    CountUnit,
    PublicBody,
    Step,
    StepRule,
    StepRuleTable,
)
from kiplib.rulebook import RuleBook

if TYPE_CHECKING:
    from kiplib.duties import *
    from kiplib.exemption import *
    from kiplib.law import *
    from kiplib.registers import *
    from kiplib.requests import *

_moved.install()

#: Sub-packages loaded on first use (``import kiplib`` stays fast for deadline-only apps).
_SUBPACKAGES: Final = (
    "law",
    "calendar",
    "rulebook",
    "requests",
    "exemption",
    "registers",
    "duties",
    "documents",
    "plugins",
    "batch",
    "ical",
    "serialization",
    "testing",
)
#: Where a name not imported above is looked for, in this order.
_SEARCH: Final = ("requests", "exemption", "registers", "duties", "law")


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return import_module(f"kiplib.{name}")
    if not name.startswith("__"):
        for package in _SEARCH:
            module = import_module(f"kiplib.{package}")
            if name in getattr(module, "__all__", ()):
                value = getattr(module, name)
                globals()[name] = value
                return value
    raise AttributeError(f"module 'kiplib' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*__all__, *_SUBPACKAGES})


__all__ = [
    "CONVENTIONS",
    "GROUNDS",
    "LAW_IN_FORCE",
    "Action",
    "ActionKind",
    "Actor",
    "AfterHoursPolicy",
    "Approval",
    "BodyLevel",
    "BodyRecords",
    "BodyType",
    "CalendarDay",
    "CassationFiled",
    "Category",
    "ChangeKind",
    "Citation",
    "Classification",
    "ComplianceCalendar",
    "ComplianceItem",
    "ConsequenceTest",
    "ConsequenceTestHistory",
    "Convention",
    "CountUnit",
    "Court",
    "CourtDecided",
    "DayKind",
    "Deadline",
    "DikChange",
    "DikChangeKind",
    "DikEntry",
    "DikExit",
    "DikRegister",
    "DipChange",
    "DipEntry",
    "DipRegister",
    "DisputeDecided",
    "DisputeFiled",
    "DisputeMode",
    "DisputeStarted",
    "DutyKind",
    "DutyStatus",
    "EntryState",
    "Event",
    "ExemptionAction",
    "ExemptionPeriod",
    "ExemptionProposal",
    "ExemptionStatus",
    "ExitReason",
    "ExtensionDeclared",
    "Fact",
    "FinishedRequest",
    "Ground",
    "Guard",
    "InformationDelivered",
    "InformationForm",
    "InformationItem",
    "KiplibError",
    "LegalBasis",
    "MonevGrade",
    "NonAcceptanceFiled",
    "NoticeOutcome",
    "NoticeSent",
    "ObjectionAnswered",
    "ObjectionFiled",
    "ObjectionGround",
    "Official",
    "Outcome",
    "PublicBody",
    "Redaction",
    "ReleaseEvent",
    "Request",
    "RequestOutcome",
    "RequestReceived",
    "Role",
    "Rule",
    "RuleBook",
    "RuleSet",
    "ServiceStatistics",
    "SkippedDay",
    "Status",
    "Step",
    "StepRule",
    "StepRuleTable",
    "TableFormat",
    "Timeline",
    "TimelineEntry",
    "Timing",
    "Withdrawn",
    "WorkingCalendar",
    "__version__",
    "actions_due",
    "annual_report_due",
    "build_dik",
    "check_dip",
    "classify",
    "competent_commission",
    "compliance_calendar",
    "deadline",
    "diff_dik",
    "diff_dip",
    "dik_from_csv",
    "dik_from_xlsx",
    "dik_to_csv",
    "dik_to_xlsx",
    "dip_from_csv",
    "dip_from_json",
    "dip_from_xlsx",
    "dip_to_csv",
    "dip_to_json",
    "dip_to_xlsx",
    "errors",
    "exemption_status",
    "finished_request",
    "ground",
    "hookimpl",
    "local_date",
    "monev_grade",
    "national_calendar",
    "read_table_format",
    "service_statistics",
    "service_statistics_from_logs",
    "timeline",
    "validate_dip",
]
