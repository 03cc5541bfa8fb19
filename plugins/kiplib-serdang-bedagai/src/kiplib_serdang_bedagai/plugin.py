"""The hook implementations; the data live in :mod:`kiplib_serdang_bedagai.data`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kiplib import hookimpl
from kiplib.errors import Problem
from kiplib.plugins import (
    ConsequenceTestFacts,
    PpidUnit,
    RecordCheck,
    Regulation,
    Scope,
    UnitType,
    require_approval,
    require_minutes,
)

from kiplib_serdang_bedagai import __version__, data

__all__ = ["__version__"]


@hookimpl
def kiplib_scope() -> Scope:
    return data.SCOPE


@hookimpl
def kiplib_regulations() -> Sequence[Regulation]:
    return data.REGULATIONS


@hookimpl
def kiplib_ppid_units() -> Sequence[PpidUnit]:
    return data.PPID_UNITS


def _minutes_and_approvals(facts: ConsequenceTestFacts) -> Iterable[Problem]:
    # The berita acara is approved by the unit's PPID and its atasan PPID (an OPD's head
    # unless the test names another kind of unit).
    unit_type = facts.unit_type or UnitType.AGENCY
    unit = next(u for u in data.PPID_UNITS if u.unit_type is unit_type)
    return require_minutes(facts, data.CONSEQUENCE_TEST_CITATION) + require_approval(
        facts, unit.approvers, data.CONSEQUENCE_TEST_CITATION
    )


@hookimpl
def kiplib_consequence_test_checks() -> Sequence[RecordCheck]:
    return (
        RecordCheck(
            "serdang-bedagai-berita-acara",
            _minutes_and_approvals,
            citation=data.CONSEQUENCE_TEST_CITATION,
            assumption=data.ASSUMPTION_ARTICLE,
        ),
    )
