"""The plugin author's kit: conformance, registration for one test, the never-loosens property.

Every plugin runs these in its own tests::

    from kiplib.testing.plugins import assert_never_loosens, assert_plugin_conforms
    from my_district import plugin

    def test_conforms():
        assert_plugin_conforms(plugin)

    def test_never_loosens():
        assert_never_loosens(plugin)

The pytest fixture ``kiplib_plugins`` (installed with kiplib through the ``pytest11`` entry
point) registers plugins for one test: ``kiplib_plugins(plugin)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from types import ModuleType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiplib._calendar import DayKind
from kiplib._deadlines import deadline
from kiplib._jurisdiction import jurisdiction
from kiplib._law.steps import NATIONAL_TABLE, Step
from kiplib._national import national_calendar
from kiplib.plugins import LocalPlugin, PluginInfo, Scope, using_plugins
from kiplib.testing._plugins import bodies_in_scope

__all__ = ["assert_never_loosens", "assert_plugin_conforms", "registered"]

#: Steps the body answers (their local limit may only be shorter).
BODY_STEPS = (Step.NOTICE, Step.NOTICE_EXTENDED, Step.OBJECTION_RESPONSE)


@contextmanager
def registered(*plugins: LocalPlugin | ModuleType) -> Iterator[tuple[PluginInfo, ...]]:
    """Use exactly these plugins (plus the national rules) inside the block; entry points are
    not loaded, so the test does not depend on what else is installed."""
    with using_plugins(*plugins) as infos:
        yield infos


def _info(plugin: LocalPlugin | ModuleType) -> PluginInfo:
    with registered(plugin) as infos:
        return infos[-1]


def assert_plugin_conforms(plugin: LocalPlugin | ModuleType) -> PluginInfo:
    """Load ``plugin`` alone with the national rules and check it as kiplib does at load time
    (scope, citations, the national floor, hooks that raise) and a little more: it declares a
    regulation with a number, every assumption is a non-empty sentence, and every rule's
    citation names one of the plugin's declared regulations.

    Returns the plugin's :class:`~kiplib.plugins.PluginInfo`. Raises
    :class:`~kiplib.errors.PluginError` or ``AssertionError``.
    """
    info = _info(plugin)
    assert info.scope.level > 0, "a district plugin cannot claim the whole country"
    declared = {r.citation.instrument for r in info.regulations}
    with registered(plugin):
        from kiplib.plugins import _registry

        contributions = _registry().plugins[-1]
    cited = [
        *(d.citation for d in contributions.calendar_days),
        *(r.citation for r in contributions.deadline_rules),
        *(u.citation for u in contributions.ppid_units),
        *(t.citation for t in contributions.exemption_templates),
        *(c.citation for c in contributions.classification_rules),
        *(c.citation for c in contributions.register_cycles),
        *(c.citation for c in contributions.consequence_test_checks),
    ]
    for extra in (contributions.working_week, contributions.receipt_policy):
        if extra is not None:
            cited.append(extra.citation)
    for citation in cited:
        assert citation is not None and citation.instrument in declared, (
            f"{info.name}: {citation} is not one of the declared regulations {sorted(declared)}"
        )
    assumptions = [
        *(r.assumption for r in info.regulations),
        *(u.assumption for u in contributions.ppid_units),
        *(c.assumption for c in contributions.classification_rules),
        *(c.assumption for c in contributions.register_cycles),
        *(c.assumption for c in contributions.consequence_test_checks),
    ]
    for text in assumptions:
        assert text is None or (isinstance(text, str) and text.strip()), (
            f"{info.name}: an assumption must be a sentence, not {text!r}"
        )
    return info


def assert_never_loosens(
    plugin: LocalPlugin | ModuleType, *, max_examples: int = 40, scope: Scope | None = None
) -> None:
    """Property test: for bodies in the plugin's scope, any start date and any step the body
    answers, the plugin's deadline is never later than the national count on the same
    calendar; the keberatan window is never shorter; every national holiday stays a day off.
    """
    info = _info(plugin)
    where = scope or info.scope
    national = national_calendar()

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,
    )
    @given(
        body=bodies_in_scope(where),
        start=st.dates(min_value=date(2011, 1, 1), max_value=date(2035, 12, 31)),
        step=st.sampled_from((*BODY_STEPS, Step.OBJECTION)),
    )
    def check(body: object, start: date, step: Step) -> None:
        from kiplib._body import PublicBody

        assert isinstance(body, PublicBody)
        local = deadline(step, start, body=body)
        cal = jurisdiction(body).calendar
        rule = NATIONAL_TABLE.rule_for(step, local.start)
        base = NATIONAL_TABLE.rule_for(rule.base, local.start).count if rule.base else 0
        floor_due = cal.add_working_days(local.clock_start, base + rule.count)
        if step is Step.OBJECTION:
            assert local.due >= floor_due, f"{info.name}: keberatan window shortened"
        else:
            assert local.due <= floor_due, f"{info.name}: {step.value} later than the law"
        if local.rule.source != "kiplib":
            assert local.floor is not None and local.floor.citation == rule.citation
        for d in national.non_working_days(local.clock_start, local.due):
            if any(e.category is DayKind.NATIONAL_HOLIDAY for e in national.reasons(d)):
                assert not cal.is_working_day(d), f"{info.name}: national holiday {d} removed"

    with registered(plugin):
        check()
