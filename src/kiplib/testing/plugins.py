"""The plugin author's kit: conformance, registration for one test, the never-loosens property.

Every plugin runs these in its own tests::

    from kiplib.testing.plugins import assert_never_loosens, assert_plugin_conforms
    from my_district import plugin

    def test_conforms():
        assert_plugin_conforms(plugin)

    def test_never_loosens():
        assert_never_loosens(plugin)  # deadlines, calendar and classification

The pytest fixture ``kiplib_plugins`` (installed with kiplib through the ``pytest11`` entry
point) registers plugins for one test: ``kiplib_plugins(plugin)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from types import ModuleType

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiplib.calendar.national import national_calendar
from kiplib.calendar.working import DayKind
from kiplib.deadlines import deadline, deadline_for
from kiplib.errors import NeverExemptError
from kiplib.exemption.classification import classify
from kiplib.law.bodies import PublicBody
from kiplib.law.classification import Fact, InformationItem
from kiplib.law.floor import BODY_STEPS
from kiplib.law.steps import Step
from kiplib.plugins import LocalPlugin, PluginInfo, Scope, using_plugins
from kiplib.rulebook.book import RuleBook
from kiplib.testing._core import dated_steps
from kiplib.testing._plugins import bodies_in_scope
from kiplib.testing._records import texts

__all__ = [
    "assert_classification_never_loosens",
    "assert_never_loosens",
    "assert_plugin_conforms",
    "registered",
]


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
    contributions = RuleBook.of(plugin).plugins[-1]
    info = contributions.info
    assert info.scope.level > 0, "a district plugin cannot claim the whole country"
    declared = {r.citation.instrument for r in info.regulations}
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
    """Property test: for bodies in the plugin's scope, any start date and any step, the
    deadline under the plugin's rule book is never looser than under the national one (the
    same body, its zone and after-hours policy as the district sets them): a step the body
    answers never ends later, the requester's windows and the Komisi Informasi's and the
    courts' steps never end earlier, and every national holiday stays a day off.

    How the competent Komisi Informasi counts (D-12) is a fact about the commission, not a
    district rule: the national deadline it is compared with is counted with the same
    practice (the one the plugin's rule book resolves for the body).
    """
    rules = RuleBook.of(plugin)
    national_rules = RuleBook.national()
    info = rules.plugins[-1].info
    where = scope or info.scope
    national = national_calendar()
    # Starts from the day the plugin's first regulation is in force: its rows apply only from
    # then (before it the national rule holds), so that is where they are tried.
    dated_from = [r.in_force for r in info.regulations if r.in_force is not None]
    earliest = max(date(2011, 1, 1), min(dated_from, default=date(2011, 1, 1)))

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,
    )
    @given(
        body=bodies_in_scope(where),
        dated=dated_steps(min_value=earliest, max_value=date(2035, 12, 31)),
    )
    def check(body: PublicBody, dated: tuple[Step, date]) -> None:
        step, start = dated
        resolved = rules.for_body(body)
        local = deadline(step, start, body=body, rules=rules)
        same_practice = attrs.evolve(
            national_rules.for_body(resolved.body), practice=resolved.practice
        )
        floor = deadline_for(step, start, same_practice)
        name = f"{info.name}: {step.value} from {start}"
        if step in BODY_STEPS:
            assert local.due <= floor.due, f"{name} ends later than the law"
            assert local.latest <= floor.latest, f"{name} ends later than the law"
        else:
            assert local.due == floor.due, f"{name}: the safe day moved"
            assert local.latest >= floor.latest, f"{name} ends earlier than the law"
        if local.rule.source != "kiplib":
            assert local.floor is not None
        cal = resolved.calendar
        for d in national.non_working_days(local.clock_start, local.latest):
            if any(e.category is DayKind.NATIONAL_HOLIDAY for e in national.reasons(d)):
                assert not cal.is_working_day(d), f"{info.name}: national holiday {d} removed"

    check()
    assert_classification_never_loosens(plugin, max_examples=max_examples, scope=scope)


#: How much a category asks of the body (a plugin may only raise it).
_OPENNESS = {
    "open_on_request": 0,
    "must_be_provided": 0,
    "available_at_all_times": 1,
    "periodic": 2,
    "immediate": 3,
}


def assert_classification_never_loosens(
    plugin: LocalPlugin | ModuleType, *, max_examples: int = 40, scope: Scope | None = None
) -> None:
    """Property test: for items of bodies in the plugin's scope (titles often carrying the
    plugin's keywords and template names), ``classify`` with the plugin never gives a less
    public category than the national rules, never exempts without a consequence test, keeps
    every national proposal, still refuses what Pasal 18 ayat (1) refuses, and says which
    plugin changed what on which regulation.
    """
    rules = RuleBook.of(plugin)
    national_rules = RuleBook.national()
    info = rules.plugins[-1].info
    where = scope or info.scope
    # A day on which every regulation of the plugin is in force (its rules apply only then).
    as_of = max([date(2024, 6, 3), *(r.in_force for r in info.regulations if r.in_force)])

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,
    )
    @given(
        body=bodies_in_scope(where),
        facts=st.frozensets(st.sampled_from(Fact), max_size=3),
        data=st.data(),
    )
    def check(body: PublicBody, facts: frozenset[Fact], data: st.DataObject) -> None:
        overlay = rules.for_body(body)
        words = [k for r in overlay.classification_rules for k in r.keywords if k.strip()]
        words += [t.information for t in overlay.exemption_templates]
        title = data.draw(
            st.one_of(texts(40), st.sampled_from(words).map(lambda w: f"{w} 2024"))
            if words
            else texts(40)
        )
        item = InformationItem(title=title, document_kind="dokumen", body=body, facts=facts)
        # The same item under the national rules alone: the floor.
        try:
            national = classify(item, as_of=as_of, rules=national_rules)
        except NeverExemptError:
            try:
                classify(item, as_of=as_of, rules=rules)
            except NeverExemptError:
                return
            raise AssertionError(f"{info.name}: a Pasal 18 item is no longer refused") from None
        try:
            local = classify(item, as_of=as_of, rules=rules)
        except NeverExemptError:
            return  # a template proposed grounds for a never-exempt item: still refused
        name = f"{info.name}: {title!r}"
        if national.category.value in _OPENNESS:
            assert local.category.value in _OPENNESS, f"{name} made {local.category.value}"
            assert _OPENNESS[local.category.value] >= _OPENNESS[national.category.value], (
                f"{name}: {local.category.value} is less public than {national.category.value}"
            )
        else:
            assert local.category is national.category, f"{name}: {local.category.value}"
        national_grounds = set(national.proposal.grounds if national.proposal else ())
        local_grounds = set(local.proposal.grounds if local.proposal else ())
        assert national_grounds <= local_grounds, f"{name}: a national proposal was dropped"
        for effect in local.local:
            assert effect.plugin and effect.citation is not None, f"{name}: {effect!r}"

    check()
