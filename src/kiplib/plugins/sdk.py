"""What a plugin author imports: the hook marker, the value types of every hook, and the
building blocks of consequence-test checks.

A district plugin is a module (or object) with functions marked ``@hookimpl`` and named after
the hooks of :mod:`kiplib.hookspecs`; everything such a module needs is here::

    from kiplib.plugins.sdk import Citation, Regulation, Scope, StepRule, Step, hookimpl

See the tutorial *Write a district plugin* and the hook reference.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiplib.calendar.working import CalendarDay, DayKind
from kiplib.errors import Problem
from kiplib.hookspecs import hookimpl
from kiplib.i18n import N_
from kiplib.law.bodies import AfterHoursPolicy, PublicBody
from kiplib.law.citation import Citation
from kiplib.law.practices import CommissionPractice, Counting
from kiplib.law.roles import PpidKind, Role, UnitType
from kiplib.law.steps import CountUnit, Step, StepRule
from kiplib.rulebook.contributions import (
    CATEGORIES,
    CategoryName,
    ClassificationRule,
    ConsequenceTestFacts,
    ExemptionTemplate,
    PpidUnit,
    ReceiptPolicy,
    RecordCheck,
    RegisterCycle,
    Regulation,
    Scope,
    ScopeLevel,
    WorkingWeek,
)
from kiplib.rulebook.styles import DocumentKind, DocumentStyle, Signatory

__all__ = [
    "CATEGORIES",
    "AfterHoursPolicy",
    "CalendarDay",
    "CategoryName",
    "Citation",
    "ClassificationRule",
    "CommissionPractice",
    "ConsequenceTestFacts",
    "CountUnit",
    "Counting",
    "DayKind",
    "DocumentKind",
    "DocumentStyle",
    "ExemptionTemplate",
    "PpidKind",
    "PpidUnit",
    "Problem",
    "PublicBody",
    "ReceiptPolicy",
    "RecordCheck",
    "RegisterCycle",
    "Regulation",
    "Role",
    "Scope",
    "ScopeLevel",
    "Signatory",
    "Step",
    "StepRule",
    "UnitType",
    "WorkingWeek",
    "hookimpl",
    "require_approval",
    "require_minutes",
]


def require_approval(
    facts: ConsequenceTestFacts, officials: Iterable[Role], citation: Citation
) -> tuple[Problem, ...]:
    """Problems for each of ``officials`` missing from ``facts.approved_by`` (a building block
    for ``kiplib_consequence_test_checks``; its messages are translated)."""
    return tuple(
        Problem(
            "approved_by",
            "approval-missing",
            N_("uji konsekuensi harus disetujui {role_reason} ({citation})"),
            # ``official`` is the stable value; ``role_reason`` the name shown in each language.
            {
                "official": official.value,
                "role_reason": official.label("id"),
                "citation": str(citation),
            },
        )
        for official in officials
        if official not in facts.approved_by
    )


def require_minutes(facts: ConsequenceTestFacts, citation: Citation) -> tuple[Problem, ...]:
    """A problem when the consequence test does not end in a berita acara."""
    if facts.has_minutes:
        return ()
    return (
        Problem(
            "has_minutes",
            "minutes-missing",
            N_("uji konsekuensi harus dituangkan dalam berita acara ({citation})"),
            {"citation": str(citation)},
        ),
    )
