"""Which calendar and which deadline table govern a body.

This is the single place where a :class:`~kiplib.PublicBody` is turned into the rules that
apply to it: the national law (the national calendar with or without cuti bersama, D-4, and
the national deadline table) overlaid with the district plugins whose scope covers the body
(:mod:`kiplib.plugins`: local days, working week, stricter deadlines, time zone, after-hours
policy). The overlay is merged once per combination of plugins and cached; the answer for a
body is memoised too, so ``deadline()`` pays a dictionary look-up per call for it.
"""

from __future__ import annotations

from typing import Final

import attrs

from kiplib.calendar.working import WorkingCalendar
from kiplib.law.bodies import DEFAULT_BODY, PublicBody
from kiplib.law.steps import StepRuleTable
from kiplib.rulebook.contributions import ReceiptPolicy

__all__ = ["Jurisdiction", "body_for", "calendar_for", "clear_cache", "jurisdiction", "rules_for"]

#: How many bodies are memoised before the memo starts again (bounded memory).
_MEMO_SIZE: Final = 4096


@attrs.frozen
class Jurisdiction:
    """The rules for one body: the body as its plugins set it (time zone, after-hours policy),
    its calendar, its deadline table and the names of the plugins that govern it."""

    body: PublicBody
    calendar: WorkingCalendar
    table: StepRuleTable
    plugins: tuple[str, ...]
    #: The district receipt policy (time zone, after-hours rule, D-7) that changed the body,
    #: if one did; ``None`` when the body keeps its own or the national settings.
    receipt: ReceiptPolicy | None = None


_memo: dict[PublicBody, Jurisdiction] = {}


def clear_cache() -> None:
    """Forget every resolved body (called when the set of plugins changes)."""
    _memo.clear()


def jurisdiction(body: PublicBody | None) -> Jurisdiction:
    """The rules that govern ``body`` (the default body when ``None``)."""
    key = DEFAULT_BODY if body is None else body
    found = _memo.get(key)
    if found is None:
        from kiplib.plugins import overlay_for

        overlay = overlay_for(key)
        effective = overlay.apply_to(key)
        found = Jurisdiction(
            effective,
            overlay.calendar(effective.cuti_bersama_off),
            overlay.table,
            overlay.names,
            _receipt_applied(overlay.receipt, key, effective),
        )
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        _memo[key] = found
    return found


def _receipt_applied(
    policy: ReceiptPolicy, body: PublicBody, effective: PublicBody
) -> ReceiptPolicy | None:
    """The part of a district receipt policy that changed ``body`` (``None``: nothing)."""
    if effective == body:
        return None
    return ReceiptPolicy(
        citation=policy.citation,
        timezone=effective.timezone if effective.timezone != body.timezone else None,
        after_hours=effective.after_hours if effective.after_hours != body.after_hours else None,
        service_closes_at=(
            effective.service_closes_at
            if effective.service_closes_at != body.service_closes_at
            else None
        ),
        assumption=policy.assumption,
    )


def calendar_for(body: PublicBody | None) -> WorkingCalendar:
    """The working-day calendar of ``body``: national, with its plugins' days and week."""
    return jurisdiction(body).calendar


def rules_for(body: PublicBody | None) -> StepRuleTable:
    """The deadline table that governs ``body`` (national rows, stricter local ones)."""
    return jurisdiction(body).table


def body_for(body: PublicBody | None) -> PublicBody:
    """``body`` with the time zone and after-hours policy its plugins set."""
    return jurisdiction(body).body
