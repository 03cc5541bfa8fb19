"""Which calendar and which deadline table govern a body.

This is the single place where a :class:`~kiplib.PublicBody` is turned into the rules that
apply to it. Today that is the national law: the national calendar (with or without cuti
bersama, D-4) and the national deadline table. District plugins overlay it here, resolved
once per scope and cached, so ``deadline()`` pays nothing per call for them.
"""

from __future__ import annotations

from kiplib._body import PublicBody
from kiplib._calendar import WorkingCalendar
from kiplib._law.steps import NATIONAL_TABLE, StepRuleTable
from kiplib._national import national_calendar

__all__ = ["calendar_for", "rules_for"]


def calendar_for(body: PublicBody | None) -> WorkingCalendar:
    """The working-day calendar of ``body`` (the national one, per its cuti bersama policy)."""
    if body is None:
        return national_calendar()
    return national_calendar(cuti_bersama=body.cuti_bersama_off)


def rules_for(body: PublicBody | None) -> StepRuleTable:
    """The deadline table that governs ``body``."""
    return NATIONAL_TABLE
