"""The national law as the first entry of every rule book.

Written out as data, not collected from hooks: :data:`NATIONAL` is what UU 14/2008, PP
61/2010 and Perpres 21/2023 contribute — the deadline table, the Monday-to-Friday week, the
receipt policy (the day of receipt counts, whatever the hour: D-7), the check that a
consequence test is approved by the head of the body, and the plain document style.
:mod:`kiplib.plugins.builtin` serves the same values through the hooks, so ``kiplib plugins``
lists the national law like any other plugin.

National holidays and cuti bersama are not contributions: the national calendar
(:func:`kiplib.national_calendar`) is the base every district calendar is laid over.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from kiplib._version import __version__
from kiplib.calendar.working import MONDAY_TO_FRIDAY
from kiplib.errors import Problem
from kiplib.i18n import N_
from kiplib.law.bodies import DEFAULT_CLOSING, DEFAULT_TIMEZONE, AfterHoursPolicy
from kiplib.law.citation import PERPRES_21_2023, PP_61_2010, UU_14_2008, Citation, uu
from kiplib.law.roles import Role
from kiplib.law.steps import NATIONAL_RULES
from kiplib.rulebook.contributions import (
    ConsequenceTestFacts,
    Contributions,
    PluginInfo,
    ReceiptPolicy,
    RecordCheck,
    Regulation,
    Scope,
    WorkingWeek,
)
from kiplib.rulebook.styles import NATIONAL_STYLE

__all__ = ["NAME", "NATIONAL", "approval_by_head"]

#: The name the national law goes by in a rule book (``StepRule.source`` of national rows).
NAME: Final = "kiplib"

_PP3_2: Final = Citation(PP_61_2010, pasal=3, ayat=2)


def approval_by_head(facts: ConsequenceTestFacts) -> Iterable[Problem]:
    """PP 61/2010 Pasal 3 ayat (2): the PPID tests with the approval of the head of the body."""
    if not facts.approved_by:
        yield Problem(
            "approved_by",
            "approval-missing",
            N_("uji konsekuensi harus disetujui {role_reason} ({citation})"),
            {
                "official": Role.HEAD_OF_BODY.value,
                "role_reason": Role.HEAD_OF_BODY.label("id"),
                "citation": str(_PP3_2),
            },
        )


#: What the national law contributes to every rule book.
NATIONAL: Final = Contributions(
    info=PluginInfo(
        name=NAME,
        version=__version__,
        scope=Scope(name="Indonesia"),
        regulations=(
            Regulation(Citation(UU_14_2008), "Keterbukaan Informasi Publik"),
            Regulation(Citation(PP_61_2010), "Pelaksanaan UU 14/2008"),
            Regulation(Citation(PERPRES_21_2023), "Hari Kerja dan Jam Kerja Instansi Pemerintah"),
        ),
        hooks=(
            "kiplib_consequence_test_checks",
            "kiplib_deadline_rules",
            "kiplib_receipt_policy",
            "kiplib_regulations",
            "kiplib_scope",
            "kiplib_working_week",
        ),
        origin="builtin",
    ),
    deadline_rules=NATIONAL_RULES,
    # Perpres 21/2023 Pasal 3 ayat (2): Monday to Friday.
    working_week=WorkingWeek(MONDAY_TO_FRIDAY, citation=Citation(PERPRES_21_2023, pasal=3, ayat=2)),
    # D-7: "sejak diterimanya" (UU 14/2008 Pasal 22 ayat (7)) — the day of receipt, any hour.
    receipt_policy=ReceiptPolicy(
        citation=uu(22, 7),
        timezone=DEFAULT_TIMEZONE,
        after_hours=AfterHoursPolicy.SAME_DAY,
        service_closes_at=DEFAULT_CLOSING,
    ),
    consequence_test_checks=(RecordCheck("approval-by-head", approval_by_head, citation=_PP3_2),),
    document_style=NATIONAL_STYLE,
)
