"""The plugin author's kit: conformance, the never-loosens property, the fixture, strategies."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import attrs
import pytest
from hypothesis import given

import kiplib
from kiplib import Citation, Step, StepRule, deadlines, hookimpl, plugins
from kiplib.law.steps import NATIONAL_TABLE
from kiplib.plugins import LocalPlugin, PluginInfo, Regulation, Scope
from kiplib.rulebook import checks as rulebook_checks
from kiplib.testing import strategies as kst
from kiplib.testing.plugins import assert_never_loosens, assert_plugin_conforms, registered

kiplib_karanganyar = pytest.importorskip("kiplib_karanganyar.plugin")
kiplib_serdang_bedagai = pytest.importorskip("kiplib_serdang_bedagai.plugin")


class Tight:
    def __init__(self, instrument: str = "Perbup Tegas 2/2025", count: int = 5) -> None:
        self.instrument = instrument
        self.count = count

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="35", name="Provinsi Contoh")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation("Perbup Tegas 2/2025"), "Contoh", in_force=date(2025, 1, 1)),)

    @hookimpl
    def kiplib_deadline_rules(self) -> Sequence[StepRule]:
        national = NATIONAL_TABLE.rule_for(Step.NOTICE, date(2020, 1, 1))
        return (
            attrs.evolve(national, count=self.count, citation=Citation(self.instrument, pasal=3)),
        )


@pytest.mark.parametrize("plugin", [kiplib_karanganyar, kiplib_serdang_bedagai])
def test_real_plugins_conform_and_never_loosen(plugin: object) -> None:
    info = assert_plugin_conforms(plugin)  # type: ignore[arg-type]
    assert info.scope.level == plugins.ScopeLevel.REGENCY_CITY
    assert_never_loosens(plugin, max_examples=15)  # type: ignore[arg-type]


def test_stricter_plugin_conforms_and_never_loosens() -> None:
    tight = LocalPlugin(Tight(), name="tegas", version="1")
    assert assert_plugin_conforms(tight).name == "tegas"
    assert_never_loosens(tight, max_examples=15)


def test_conformance_catches_an_undeclared_instrument() -> None:
    with pytest.raises(AssertionError, match="not one of the declared regulations"):
        assert_plugin_conforms(LocalPlugin(Tight("Perbup Lain 9/2025"), name="x", version="1"))


def test_registered_restores_previous_plugins() -> None:
    before = [i.name for i in plugins.list_plugins()]
    with registered(LocalPlugin(Tight(), name="tegas", version="1")) as infos:
        assert [i.name for i in infos] == ["kiplib", "tegas"]
    assert [i.name for i in plugins.list_plugins()] == before


def test_fixture_registers_for_one_test(
    kiplib_plugins: Callable[..., tuple[PluginInfo, ...]],
) -> None:
    infos = kiplib_plugins(LocalPlugin(Tight(), name="tegas", version="1"))
    assert [i.name for i in infos] == ["kiplib", "tegas"]
    body = kiplib.PublicBody(name="Dinas", region_code="35.07")
    assert kiplib.deadline(Step.NOTICE, date(2025, 3, 3), body=body).count == 5


def test_fixture_has_restored_the_plugins() -> None:
    assert "tegas" not in [i.name for i in plugins.list_plugins()]


@given(kst.bodies_in_scope(Scope(region_code="33.13")))
def test_bodies_in_scope_are_covered(body: kiplib.PublicBody) -> None:
    assert Scope(region_code="33.13").covers(body)


@given(kst.bodies_in_scope(Scope(bodies=("RSUD Contoh", "Dinas Contoh"))))
def test_bodies_by_name_are_covered(body: kiplib.PublicBody) -> None:
    assert body.name in ("RSUD Contoh", "Dinas Contoh")


@given(kst.consequence_test_facts(Scope(region_code="12")))
def test_consequence_test_facts_run_through_every_check(
    facts: plugins.ConsequenceTestFacts,
) -> None:
    with registered(kiplib_serdang_bedagai):
        problems = plugins.check_consequence_test(facts)
    assert (not facts.approved_by) == any(p.params.get("official") == "pimpinan" for p in problems)


def test_never_loosens_fails_when_the_load_check_is_bypassed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The floor is held twice: when a rule book is built (the shape of each row) and on every
    # resulting date (D-13). With the first switched off, the second keeps the law ...
    monkeypatch.setattr(rulebook_checks, "_check_rule", lambda rule, who: None)
    lax = LocalPlugin(Tight(count=12), name="longgar", version="1")
    assert_never_loosens(lax, max_examples=15)
    # ... and with both switched off, the property test still catches the laxer deadline.
    monkeypatch.setattr(deadlines, "BODY_STEPS", frozenset())
    with pytest.raises(AssertionError, match="later than the law"):
        assert_never_loosens(lax, max_examples=15)
