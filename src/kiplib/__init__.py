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
    from kiplib._exemption import (
        Action,
        ActionKind,
        ExemptionStatus,
        ReleaseEvent,
        actions_due,
        exemption_status,
    )
    from kiplib._law.categories import Category
    from kiplib._law.grounds import GROUNDS, Ground, ground

#: Names loaded on first use, so ``import kiplib`` stays fast for deadline-only apps.
_LAZY: dict[str, str] = {
    "Action": "kiplib._exemption",
    "ActionKind": "kiplib._exemption",
    "Approval": "kiplib._consequence",
    "Category": "kiplib._law.categories",
    "Classification": "kiplib._classification",
    "ConsequenceTest": "kiplib._consequence",
    "ConsequenceTestHistory": "kiplib._consequence",
    "ExemptionPeriod": "kiplib._consequence",
    "ExemptionProposal": "kiplib._classification",
    "ExemptionStatus": "kiplib._exemption",
    "Fact": "kiplib._classification",
    "GROUNDS": "kiplib._law.grounds",
    "Ground": "kiplib._law.grounds",
    "InformationItem": "kiplib._classification",
    "LegalBasis": "kiplib._consequence",
    "Official": "kiplib._consequence",
    "Outcome": "kiplib._consequence",
    "Redaction": "kiplib._consequence",
    "ReleaseEvent": "kiplib._exemption",
    "Rule": "kiplib._classification",
    "RuleSet": "kiplib._classification",
    "Timing": "kiplib._consequence",
    "actions_due": "kiplib._exemption",
    "classify": "kiplib._classification",
    "exemption_status": "kiplib._exemption",
    "ground": "kiplib._law.grounds",
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
    "AfterHoursPolicy",
    "Approval",
    "BodyLevel",
    "BodyType",
    "CalendarDay",
    "Category",
    "Citation",
    "Classification",
    "ConsequenceTest",
    "ConsequenceTestHistory",
    "Convention",
    "CountUnit",
    "DayKind",
    "Deadline",
    "ExemptionPeriod",
    "ExemptionProposal",
    "ExemptionStatus",
    "Fact",
    "Ground",
    "InformationItem",
    "KiplibError",
    "LegalBasis",
    "Official",
    "Outcome",
    "PublicBody",
    "Redaction",
    "ReleaseEvent",
    "Rule",
    "RuleSet",
    "SkippedDay",
    "Step",
    "StepRule",
    "StepRuleTable",
    "Timing",
    "WorkingCalendar",
    "__version__",
    "actions_due",
    "classify",
    "deadline",
    "errors",
    "exemption_status",
    "ground",
    "local_date",
    "national_calendar",
]
