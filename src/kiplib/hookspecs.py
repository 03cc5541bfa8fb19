"""The hooks a kiplib plugin may implement (pluggy project ``"kiplib"``).

A plugin is a module or object with functions decorated ``@kiplib.hookimpl`` and named after
the specs below; it is found through the entry-point group ``kiplib``. Every hook is called once
per plugin when the plugins are loaded, with keyword arguments, and its answer is checked
against the national floor then (:mod:`kiplib.plugins`). A plugin implements only the hooks
it needs; an implementation may accept fewer arguments than the spec.

The value types (:class:`~kiplib.plugins.Scope`, :class:`~kiplib.plugins.PpidUnit` …) live in
:mod:`kiplib.plugins`. Each hook has a reference entry in ``docs/reference/hooks.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
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

__all__ = ["PROJECT", "hookimpl", "hookspec"]

#: The pluggy project name and the entry-point group of plugins.
PROJECT = "kiplib"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def kiplib_scope() -> Scope:  # type: ignore[empty-body]
    """Where the plugin's rules apply (*wilayah berlaku*): a province or kabupaten/kota by its
    Kemendagri region code, or specific bodies by name. Required of every plugin.

    Two plugins claiming the same scope are refused when they are loaded.
    """


@hookspec
def kiplib_regulations(scope: Scope) -> Sequence[Regulation]:  # type: ignore[empty-body]
    """The regulations the plugin encodes (Perbup, Perda, Pergub), each with its citation and
    what it replaced. Required of every plugin: ``kiplib plugins`` lists them."""


@hookspec
def kiplib_calendar_days(scope: Scope) -> Sequence[CalendarDay]:  # type: ignore[empty-body]
    """Local non-working days (``DayKind.LOCAL_HOLIDAY``, ``DayKind.NON_WORKING_DAY``) and extra
    working days (``DayKind.WORKING_DAY``) set by a governor, bupati or wali kota.

    Each day needs its citation. A working day on a national holiday or cuti bersama is
    refused: a district cannot revoke the national list.
    """


@hookspec
def kiplib_working_week(scope: Scope) -> WorkingWeek | None:
    """Another working week for units serving the public directly (Perpres 21/2023 Pasal 7).
    It may add Saturday or Sunday to Monday–Friday; dropping a weekday is refused."""


@hookspec
def kiplib_deadline_rules(scope: Scope) -> Sequence[StepRule]:  # type: ignore[empty-body]
    """Stricter deadlines: rows that replace national rows of the deadline table.

    Only steps the body itself answers may be shortened (the written notice, its extension and
    the atasan PPID's answer); the keberatan window may not fall below 30 hari kerja (UU 14/2008
    Pasal 36 ayat (1)); Komisi Informasi and court steps are not a district's to change.
    """


@hookspec
def kiplib_receipt_policy(scope: Scope) -> ReceiptPolicy | None:
    """The time zone of the bodies in scope and their after-hours receipt policy (D-7)."""


@hookspec
def kiplib_ppid_units(scope: Scope) -> Sequence[PpidUnit]:  # type: ignore[empty-body]
    """The PPID structure: PPID Utama, PPID Pelaksana/Pembantu per OPD, kecamatan and desa,
    the atasan PPID of each and who approves a consequence test there."""


@hookspec
def kiplib_exemption_templates(scope: Scope) -> Sequence[ExemptionTemplate]:  # type: ignore[empty-body]
    """DIK entries the district has tested, with their UU 14/2008 Pasal 17 grounds and periods."""


@hookspec
def kiplib_classification_rules(scope: Scope) -> Sequence[ClassificationRule]:  # type: ignore[empty-body]
    """Extra classification rules (information of a kind is berkala, serta merta, setiap saat
    or dikecualikan under the local regulation)."""


@hookspec
def kiplib_register_cycles(scope: Scope) -> Sequence[RegisterCycle]:  # type: ignore[empty-body]
    """The yearly rhythm of the registers: when the DIP and the DIK are compiled and approved."""


@hookspec
def kiplib_consequence_test_checks(scope: Scope) -> Sequence[RecordCheck]:  # type: ignore[empty-body]
    """Checks added to consequence-test (*uji konsekuensi*) records. Checks only add problems;
    nothing a plugin returns can remove a national check."""


@hookspec
def kiplib_document_style(scope: Scope) -> DocumentStyle | None:
    """How the documents of the bodies in scope look: the kop surat (letterhead lines), extra
    signature blocks per document (e.g. the Sekda's approval), the numbering pattern
    (``"{seq:03d}/PPID/{year}"``) and replacement templates by file name. The narrowest scope's
    letterhead, numbering and templates win; signature blocks are joined."""


@hookspec
def kiplib_commission_practices(scope: Scope) -> Sequence[CommissionPractice]:  # type: ignore[empty-body]
    """How a Komisi Informasi counts "N hari kerja sejak X" (decision D-12): the practice of
    the commission of the plugin's region (its province's or its own kabupaten/kota's), each
    with the decision it rests on (``sources``, required). A practice that differs from the
    one kiplib knows makes both readings apply, so every party is told the day safe under
    both."""
