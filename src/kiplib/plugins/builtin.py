"""The national law as the default plugin (always registered, lowest precedence).

Its hooks serve the values of :data:`kiplib.rulebook.national.NATIONAL`, so ``kiplib plugins``
lists the national law beside the district plugins; a rule book takes those values directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiplib.hookspecs import hookimpl
from kiplib.law.steps import StepRule
from kiplib.rulebook.contributions import (
    ReceiptPolicy,
    RecordCheck,
    Regulation,
    Scope,
    WorkingWeek,
)
from kiplib.rulebook.national import NAME, NATIONAL

__all__ = ["NAME"]


@hookimpl
def kiplib_scope() -> Scope:
    return NATIONAL.info.scope


@hookimpl
def kiplib_regulations() -> Sequence[Regulation]:
    return NATIONAL.info.regulations


@hookimpl
def kiplib_deadline_rules() -> Sequence[StepRule]:
    return NATIONAL.deadline_rules


@hookimpl
def kiplib_working_week() -> WorkingWeek | None:
    return NATIONAL.working_week


@hookimpl
def kiplib_receipt_policy() -> ReceiptPolicy | None:
    return NATIONAL.receipt_policy


@hookimpl
def kiplib_consequence_test_checks() -> Sequence[RecordCheck]:
    return NATIONAL.consequence_test_checks
