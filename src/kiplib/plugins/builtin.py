"""The national law as the default plugin (always registered, lowest precedence).

National holidays and cuti bersama are not contributed through ``kiplib_calendar_days``: the
national calendar (:func:`kiplib.national_calendar`, from the ``holidays`` package and official
lists) is the base every district calendar is laid over.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import time

from kiplib.calendar.working import MONDAY_TO_FRIDAY
from kiplib.errors import Problem
from kiplib.hookspecs import hookimpl
from kiplib.i18n import N_
from kiplib.law.bodies import AfterHoursPolicy
from kiplib.law.citation import PERPRES_21_2023, PP_61_2010, UU_14_2008, Citation
from kiplib.law.steps import NATIONAL_RULES, StepRule
from kiplib.rulebook.contributions import (
    ConsequenceTestFacts,
    ReceiptPolicy,
    RecordCheck,
    Regulation,
    Role,
    Scope,
    WorkingWeek,
)

__all__ = ["NAME"]

#: The name the national plugin is registered under (``StepRule.source`` of national rows).
NAME = "kiplib"


@hookimpl
def kiplib_scope() -> Scope:
    return Scope(name="Indonesia")


@hookimpl
def kiplib_regulations() -> Sequence[Regulation]:
    return (
        Regulation(Citation(UU_14_2008), "Keterbukaan Informasi Publik"),
        Regulation(Citation(PP_61_2010), "Pelaksanaan UU 14/2008"),
        Regulation(Citation(PERPRES_21_2023), "Hari Kerja dan Jam Kerja Instansi Pemerintah"),
    )


@hookimpl
def kiplib_deadline_rules() -> Sequence[StepRule]:
    return NATIONAL_RULES


@hookimpl
def kiplib_working_week() -> WorkingWeek:
    # Perpres 21/2023 Pasal 3 ayat (2): Monday to Friday.
    return WorkingWeek(MONDAY_TO_FRIDAY, citation=Citation(PERPRES_21_2023, pasal=3, ayat=2))


@hookimpl
def kiplib_receipt_policy() -> ReceiptPolicy:
    # D-7: "sejak diterimanya" (UU 14/2008 Pasal 22 ayat (7)) — the day of receipt, any hour.
    return ReceiptPolicy(
        citation=Citation(UU_14_2008, pasal=22, ayat=7),
        timezone="Asia/Jakarta",
        after_hours=AfterHoursPolicy.SAME_DAY,
        service_closes_at=time(16, 0),
    )


def _approved(facts: ConsequenceTestFacts) -> Iterable[Problem]:
    # PP 61/2010 Pasal 3 ayat (2): the PPID tests with the approval of the head of the body.
    if not facts.approved_by:
        yield Problem(
            "approved_by",
            "approval-missing",
            N_("uji konsekuensi harus disetujui {role_reason} ({citation})"),
            {
                "official": Role.HEAD_OF_BODY.value,
                "role_reason": Role.HEAD_OF_BODY.label("id"),
                "citation": str(Citation(PP_61_2010, pasal=3, ayat=2)),
            },
        )


@hookimpl
def kiplib_consequence_test_checks() -> Sequence[RecordCheck]:
    return (
        RecordCheck(
            "approval-by-head",
            _approved,
            citation=Citation(PP_61_2010, pasal=3, ayat=2),
        ),
    )
