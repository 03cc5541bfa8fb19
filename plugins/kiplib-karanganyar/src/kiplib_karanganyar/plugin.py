"""The hook implementations; the data live in :mod:`kiplib_karanganyar.data`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kiplib import hookimpl
from kiplib.errors import Problem
from kiplib.plugins import (
    ClassificationRule,
    ConsequenceTestFacts,
    DocumentStyle,
    PpidUnit,
    RecordCheck,
    RegisterCycle,
    Regulation,
    Scope,
    require_approval,
)

from kiplib_karanganyar import __version__, data

__all__ = ["__version__"]


@hookimpl
def kiplib_scope() -> Scope:
    return data.SCOPE


@hookimpl
def kiplib_regulations() -> Sequence[Regulation]:
    return data.REGULATIONS


@hookimpl
def kiplib_classification_rules() -> Sequence[ClassificationRule]:
    return data.CLASSIFICATION_RULES


@hookimpl
def kiplib_register_cycles() -> Sequence[RegisterCycle]:
    return data.REGISTER_CYCLES


@hookimpl
def kiplib_ppid_units() -> Sequence[PpidUnit]:
    return data.PPID_UNITS


def _approved_by_sekda(facts: ConsequenceTestFacts) -> Iterable[Problem]:
    return require_approval(
        facts, (data.CONSEQUENCE_TEST_APPROVER,), data.CONSEQUENCE_TEST_CITATION
    )


@hookimpl
def kiplib_consequence_test_checks() -> Sequence[RecordCheck]:
    return (
        RecordCheck(
            "karanganyar-approved-by-sekda",
            _approved_by_sekda,
            citation=data.CONSEQUENCE_TEST_CITATION,
            assumption=data.ASSUMPTION_ARTICLE,
        ),
    )


@hookimpl
def kiplib_document_style() -> DocumentStyle:
    return data.DOCUMENT_STYLE
