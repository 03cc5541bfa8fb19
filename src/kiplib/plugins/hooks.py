"""One table of hooks: what each hook gives, where it goes, and how its answer is checked.

The specs themselves (names, arguments, documentation) are in :mod:`kiplib.hookspecs`; this
table drives collecting a plugin's answers into a :class:`~kiplib.plugins.Contributions`
value. The national floor is checked on that value when a rule book is built
(:mod:`kiplib.rulebook.checks`), and the rule book merges the contributions of the plugins
that govern a body (additive ones joined, replacing ones from the narrowest scope).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import attrs

from kiplib.calendar.working import CalendarDay
from kiplib.law.practices import CommissionPractice
from kiplib.law.steps import StepRule
from kiplib.rulebook.contributions import (
    ClassificationRule,
    ExemptionTemplate,
    PpidUnit,
    ReceiptPolicy,
    RecordCheck,
    RegisterCycle,
    Regulation,
    Scope,
    WorkingWeek,
)
from kiplib.rulebook.styles import DocumentStyle

__all__ = ["HOOKS", "Hook", "hook"]


def _stamp(value: Any, plugin: str) -> Any:
    """Name the plugin a day, a deadline row or a style comes from (shown in explanations)."""
    return attrs.evolve(value, source=plugin)


@attrs.frozen
class Hook:
    """One hook of :mod:`kiplib.hookspecs`.

    Attributes:
        name: the hook's name (``kiplib_calendar_days``).
        item: the type of what it gives (each item, for a hook that gives many).
        many: whether it gives a sequence (``True``) or one value or ``None``.
        field: the :class:`~kiplib.plugins.Contributions` field it fills (``None`` for the
            scope and the regulations, which describe the plugin).
        stamp: marks each value with the plugin's name, where the value records its source.
        required: whether every plugin must implement it.
    """

    name: str
    item: type
    many: bool
    field: str | None = None
    stamp: Callable[[Any, str], Any] | None = None
    required: bool = False


#: Every hook, in the order of :mod:`kiplib.hookspecs` (a test keeps them in step).
HOOKS: Final[tuple[Hook, ...]] = (
    Hook("kiplib_scope", Scope, many=False, required=True),
    Hook("kiplib_regulations", Regulation, many=True, required=True),
    Hook("kiplib_calendar_days", CalendarDay, many=True, field="calendar_days", stamp=_stamp),
    Hook("kiplib_working_week", WorkingWeek, many=False, field="working_week"),
    Hook("kiplib_deadline_rules", StepRule, many=True, field="deadline_rules", stamp=_stamp),
    Hook("kiplib_receipt_policy", ReceiptPolicy, many=False, field="receipt_policy"),
    Hook("kiplib_ppid_units", PpidUnit, many=True, field="ppid_units"),
    Hook("kiplib_exemption_templates", ExemptionTemplate, many=True, field="exemption_templates"),
    Hook(
        "kiplib_classification_rules",
        ClassificationRule,
        many=True,
        field="classification_rules",
    ),
    Hook("kiplib_register_cycles", RegisterCycle, many=True, field="register_cycles"),
    Hook(
        "kiplib_consequence_test_checks",
        RecordCheck,
        many=True,
        field="consequence_test_checks",
    ),
    Hook("kiplib_document_style", DocumentStyle, many=False, field="document_style", stamp=_stamp),
    Hook(
        "kiplib_commission_practices",
        CommissionPractice,
        many=True,
        field="commission_practices",
    ),
)

_BY_NAME: Final = {h.name: h for h in HOOKS}


def hook(name: str) -> Hook:
    """The hook called ``name``."""
    return _BY_NAME[name]
