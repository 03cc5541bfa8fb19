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

from importlib import import_module
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from kiplib._classification import (
        Classification,
        ExemptionProposal,
        Fact,
        InformationItem,
        Rule,
        RuleSet,
        classify,
    )
    from kiplib._consequence import (
        Approval,
        ConsequenceTest,
        ConsequenceTestHistory,
        ExemptionPeriod,
        LegalBasis,
        Official,
        Outcome,
        Redaction,
        Timing,
    )
    from kiplib._duties import (
        BodyRecords,
        ComplianceCalendar,
        ComplianceItem,
        DutyKind,
        DutyStatus,
        FinishedRequest,
        MonevGrade,
        RequestOutcome,
        ServiceStatistics,
        annual_report_due,
        compliance_calendar,
        monev_grade,
        service_statistics,
    )
    from kiplib._events import (
        CassationFiled,
        CourtDecided,
        DisputeDecided,
        DisputeFiled,
        DisputeMode,
        DisputeStarted,
        Event,
        ExtensionDeclared,
        InformationDelivered,
        NonAcceptanceFiled,
        NoticeOutcome,
        NoticeSent,
        ObjectionAnswered,
        ObjectionFiled,
        ObjectionGround,
        RequestReceived,
        Withdrawn,
    )
    from kiplib._exemption import (
        ActionKind,
        ExemptionAction,
        ExemptionStatus,
        ReleaseEvent,
        actions_due,
        exemption_status,
    )
    from kiplib._law.categories import Category
    from kiplib._law.grounds import GROUNDS, Ground, ground
    from kiplib._lifecycle import (
        Action,
        Actor,
        Court,
        EntryState,
        Guard,
        Request,
        Status,
        Timeline,
        TimelineEntry,
        competent_commission,
        timeline,
    )
    from kiplib._local import Role
    from kiplib._register_io import (
        dik_to_csv,
        dip_from_csv,
        dip_to_csv,
        dip_to_json,
    )
    from kiplib._registers import (
        ChangeKind,
        DikEntry,
        DikExit,
        DikRegister,
        DipChange,
        DipEntry,
        DipRegister,
        ExitReason,
        InformationForm,
        build_dik,
        check_dip,
        diff_dip,
        validate_dip,
    )

#: Names loaded on first use, so ``import kiplib`` stays fast for deadline-only apps.
_LAZY: dict[str, str] = {
    "Action": "kiplib._lifecycle",
    "ActionKind": "kiplib._exemption",
    "Actor": "kiplib._lifecycle",
    "Approval": "kiplib._consequence",
    "BodyRecords": "kiplib._duties",
    "CassationFiled": "kiplib._events",
    "Category": "kiplib._law.categories",
    "ChangeKind": "kiplib._registers",
    "Classification": "kiplib._classification",
    "ComplianceCalendar": "kiplib._duties",
    "ComplianceItem": "kiplib._duties",
    "ConsequenceTest": "kiplib._consequence",
    "ConsequenceTestHistory": "kiplib._consequence",
    "Court": "kiplib._lifecycle",
    "CourtDecided": "kiplib._events",
    "DikEntry": "kiplib._registers",
    "DikExit": "kiplib._registers",
    "DikRegister": "kiplib._registers",
    "DipChange": "kiplib._registers",
    "DipEntry": "kiplib._registers",
    "DipRegister": "kiplib._registers",
    "DisputeDecided": "kiplib._events",
    "DisputeFiled": "kiplib._events",
    "DisputeMode": "kiplib._events",
    "DisputeStarted": "kiplib._events",
    "DutyKind": "kiplib._duties",
    "DutyStatus": "kiplib._duties",
    "EntryState": "kiplib._lifecycle",
    "Event": "kiplib._events",
    "ExemptionAction": "kiplib._exemption",
    "ExemptionPeriod": "kiplib._consequence",
    "ExemptionProposal": "kiplib._classification",
    "ExemptionStatus": "kiplib._exemption",
    "ExitReason": "kiplib._registers",
    "ExtensionDeclared": "kiplib._events",
    "Fact": "kiplib._classification",
    "FinishedRequest": "kiplib._duties",
    "GROUNDS": "kiplib._law.grounds",
    "Ground": "kiplib._law.grounds",
    "Guard": "kiplib._lifecycle",
    "InformationDelivered": "kiplib._events",
    "InformationForm": "kiplib._registers",
    "InformationItem": "kiplib._classification",
    "LegalBasis": "kiplib._consequence",
    "MonevGrade": "kiplib._duties",
    "NonAcceptanceFiled": "kiplib._events",
    "NoticeOutcome": "kiplib._events",
    "NoticeSent": "kiplib._events",
    "ObjectionAnswered": "kiplib._events",
    "ObjectionFiled": "kiplib._events",
    "ObjectionGround": "kiplib._events",
    "Official": "kiplib._consequence",
    "Outcome": "kiplib._consequence",
    "Redaction": "kiplib._consequence",
    "ReleaseEvent": "kiplib._exemption",
    "Request": "kiplib._lifecycle",
    "Role": "kiplib._local",
    "RequestOutcome": "kiplib._duties",
    "RequestReceived": "kiplib._events",
    "Rule": "kiplib._classification",
    "RuleSet": "kiplib._classification",
    "ServiceStatistics": "kiplib._duties",
    "Status": "kiplib._lifecycle",
    "Timeline": "kiplib._lifecycle",
    "TimelineEntry": "kiplib._lifecycle",
    "Timing": "kiplib._consequence",
    "Withdrawn": "kiplib._events",
    "actions_due": "kiplib._exemption",
    "annual_report_due": "kiplib._duties",
    "build_dik": "kiplib._registers",
    "check_dip": "kiplib._registers",
    "classify": "kiplib._classification",
    "competent_commission": "kiplib._lifecycle",
    "compliance_calendar": "kiplib._duties",
    "diff_dip": "kiplib._registers",
    "dik_to_csv": "kiplib._register_io",
    "dip_from_csv": "kiplib._register_io",
    "dip_to_csv": "kiplib._register_io",
    "dip_to_json": "kiplib._register_io",
    "exemption_status": "kiplib._exemption",
    "ground": "kiplib._law.grounds",
    "monev_grade": "kiplib._duties",
    "service_statistics": "kiplib._duties",
    "timeline": "kiplib._lifecycle",
    "validate_dip": "kiplib._registers",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kiplib' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
    "RuleSet",
    "ServiceStatistics",
    "SkippedDay",
    "Status",
    "Step",
    "StepRule",
    "StepRuleTable",
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
    "diff_dip",
    "dik_to_csv",
    "dip_from_csv",
    "dip_to_csv",
    "dip_to_json",
    "errors",
    "exemption_status",
    "ground",
    "hookimpl",
    "local_date",
    "monev_grade",
    "national_calendar",
    "service_statistics",
    "timeline",
    "validate_dip",
]
