"""Tests of the Serdang Bedagai plugin, run against the installed kiplib."""

from __future__ import annotations

from datetime import date

import kiplib
from kiplib import Step, plugins
from kiplib.plugins import ConsequenceTestFacts, PpidKind, Role, UnitType
from kiplib.testing.plugins import assert_never_loosens, assert_plugin_conforms, registered

from kiplib_serdang_bedagai import plugin

OPD = kiplib.PublicBody(name="Dinas Pendidikan Kabupaten Serdang Bedagai", region_code="12.18")


def test_conforms() -> None:
    info = assert_plugin_conforms(plugin)
    assert info.scope.region_code == "12.18"
    assert [str(c) for c in info.regulations[0].replaces] == ["Perbup Serdang Bedagai 9/2015"]


def test_never_loosens_the_national_rules() -> None:
    assert_never_loosens(plugin, max_examples=25)


def test_deadlines_stay_national() -> None:
    with registered(plugin):
        assert kiplib.deadline(Step.NOTICE, date(2024, 4, 5), body=OPD).due == date(2024, 4, 29)


def test_ppid_structure() -> None:
    with registered(plugin):
        units = plugins.ppid_units_for(OPD)
    main = units[0]
    assert main.kind is PpidKind.MAIN
    assert "Komunikasi dan Informatika" in main.host
    assert [u.unit_type for u in units[1:]] == [
        UnitType.AGENCY,
        UnitType.DISTRICT,
        UnitType.VILLAGE,
    ]
    assert all(u.kind is PpidKind.IMPLEMENTING for u in units[1:])


def test_berita_acara_approved_by_ppid_pelaksana_and_kepala_opd() -> None:
    complete = ConsequenceTestFacts(
        OPD, approved_by=(Role.PPID_IMPLEMENTING, Role.AGENCY_HEAD), has_minutes=True
    )
    with registered(plugin):
        assert plugins.check_consequence_test(complete) == ()
        no_minutes = plugins.check_consequence_test(
            ConsequenceTestFacts(OPD, approved_by=(Role.AGENCY_HEAD,))
        )
    assert [p.code for p in no_minutes] == ["minutes-missing", "approval-missing"]
    assert no_minutes[1].params["official"] == "ppid_pelaksana"
