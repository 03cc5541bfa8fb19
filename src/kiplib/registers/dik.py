"""The Daftar Informasi yang Dikecualikan (DIK): one entry per consequence test in force,
computed from the records (UU 14/2008 Pasal 19; PP 61/2010 Pasal 3–11), and what left it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Final

import attrs

from kiplib._check import argument, to_tuple
from kiplib.calendar.working import WorkingCalendar
from kiplib.errors import InvalidInputError, NotFoundError, Problem, RegisterError
from kiplib.exemption.checks import check
from kiplib.exemption.consequence_test import ConsequenceTest, Outcome
from kiplib.exemption.status import ReleaseEvent, exemption_status
from kiplib.i18n import N_, LabelledEnum
from kiplib.law.bodies import PublicBody
from kiplib.law.citation import PP_61_2010, UU_14_2008, Citation
from kiplib.law.grounds import GROUNDS
from kiplib.registers._common import _PP10, _UU19, _tuple
from kiplib.rulebook.book import RuleBook

__all__ = [
    "DikEntry",
    "DikExit",
    "DikRegister",
    "ExitReason",
    "build_dik",
]


# ============================================================================ DIK
@attrs.frozen(kw_only=True)
class DikEntry:
    """One line of the DIK: an exemption in force, computed from its consequence test.

    Attributes:
        record: the number of the consequence-test record (surat penetapan).
        information: the specific information exempted.
        source_document: the document that contains it.
        unit: the work unit that holds it.
        grounds: the Pasal 17 grounds (``"h.2"``).
        outcome: closed, or partly (open with parts blacked out).
        exempt_from: the date of determination; the period runs from it.
        ends_on: the first day it is open again (``None``: no calendar end).
        declaration_due: last day for the PPID's declaration that it opens (PP 61/2010
            Pasal 11 ayat (2)).
        review_on: the date fixed for a new consequence test, if any.
        provisional: the declaration deadline crosses estimated holidays (D-5).
    """

    record: str
    information: str
    source_document: str
    unit: str
    grounds: tuple[str, ...] = attrs.field(converter=_tuple)
    outcome: Outcome
    exempt_from: date
    ends_on: date | None
    declaration_due: date | None
    review_on: date | None = None
    provisional: bool = False

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The articles of the grounds (UU 14/2008 Pasal 17 …)."""
        return tuple(GROUNDS[g].citation for g in self.grounds if g in GROUNDS)


class ExitReason(LabelledEnum):
    """Why a consequence test no longer has an entry in the DIK."""

    #: Its period ended: the information is open (PP 61/2010 Pasal 11 ayat (3)).
    PERIOD_ENDED = "period_ended"
    #: A release condition happened (consent, public hearing …).
    RELEASED = "released"
    #: A newer consequence test replaced it (PP 61/2010 Pasal 10).
    REPLACED = "replaced"
    #: The (new) test's outcome is open.
    OPENED_BY_TEST = "opened_by_test"

    @property
    def citation(self) -> Citation:
        """The article behind the reason."""
        return _EXIT_CITATIONS[self]


_EXIT_LABELS: Final = {
    ExitReason.PERIOD_ENDED: N_("jangka waktu pengecualian berakhir; informasi terbuka"),
    ExitReason.RELEASED: N_("syarat berakhirnya pengecualian terpenuhi"),
    ExitReason.REPLACED: N_("diganti uji konsekuensi yang lebih baru"),
    ExitReason.OPENED_BY_TEST: N_("uji konsekuensi memutuskan informasi terbuka"),
}
ExitReason.set_labels(_EXIT_LABELS)


_EXIT_CITATIONS: Final = {
    ExitReason.PERIOD_ENDED: Citation(PP_61_2010, pasal=11, ayat=3),
    ExitReason.RELEASED: Citation(UU_14_2008, pasal=18, ayat=2),
    ExitReason.REPLACED: _PP10,
    ExitReason.OPENED_BY_TEST: _UU19,
}


@attrs.frozen(kw_only=True)
class DikExit:
    """A consequence test that has no entry in the DIK on the date, and why."""

    record: str
    information: str
    reason: ExitReason
    on: date | None = None

    def describe(self, lang: str = "id") -> str:
        """``U.1/2019  …: why (citation)`` in ``lang``."""
        when = f" ({self.on.isoformat()})" if self.on is not None else ""
        return (
            f"{self.record}  {self.information}: {self.reason.label(lang)}{when} "
            f"[{self.reason.citation}]"
        )


@attrs.frozen(kw_only=True)
class DikRegister:
    """The DIK of a body on a date, computed by :func:`build_dik`.

    Attributes:
        body: the badan publik.
        as_of: the date it describes.
        entries: the exemptions in force, in the order of the records.
        exits: the records that were left out, and why (nothing vanishes silently).
    """

    body: PublicBody
    as_of: date
    entries: tuple[DikEntry, ...] = attrs.field(converter=_tuple)
    exits: tuple[DikExit, ...] = attrs.field(default=(), converter=_tuple)

    def entry(self, record: str) -> DikEntry:
        """The entry of this consequence test."""
        for e in self.entries:
            if e.record == record:
                return e
        raise NotFoundError(field="record", value=repr(record))


def build_dik(
    records: Iterable[ConsequenceTest],
    *,
    body: PublicBody,
    as_of: date,
    events: Iterable[ReleaseEvent] = (),
    calendar: WorkingCalendar | None = None,
    rules: RuleBook | None = None,
) -> DikRegister:
    """The DIK of ``body`` on ``as_of``: one entry per consequence test in force.

    Every record is validated first (:func:`kiplib.exemption.check`); any problem in any
    record raises :class:`~kiplib.errors.RegisterError` naming ``records[i].<field>``. A
    record replaced by another in the list, a record whose outcome is open, one whose period
    ended and one whose release condition happened are left out and listed in ``exits``
    with the reason (PP 61/2010 Pasal 10 and 11). Records determined after ``as_of`` are not
    yet in force and are not listed at all. ``rules`` is the rule book whose district checks
    and calendars apply (``None``: :meth:`kiplib.RuleBook.installed`).
    """
    if type(as_of) is not date:
        raise InvalidInputError(
            field="as_of", value=repr(as_of), reason=N_("harus berupa tanggal (date)")
        )
    argument("body", body, PublicBody)
    listed = to_tuple((ConsequenceTest,), records, "records")
    event_list = to_tuple((ReleaseEvent,), events, "events")
    problems: list[Problem] = []
    numbers: dict[str, int] = {}
    for i, record in enumerate(listed):
        for p in check(record, rules=rules):
            problems.append(Problem(f"records[{i}].{p.path}", p.code, p.template, p.params))
        first = numbers.setdefault(record.number, i)
        if first != i:
            problems.append(
                Problem(
                    f"records[{i}].number",
                    "duplicate-number",
                    N_("nomor {value} sudah dipakai pada records[{first}]"),
                    {"value": record.number, "first": first},
                )
            )
    if problems:
        raise RegisterError(field="DIK", problems=problems)
    replaced = {
        r.replaces: r.number for r in listed if r.replaces is not None and r.determined_on <= as_of
    }
    entries: list[DikEntry] = []
    exits: list[DikExit] = []
    for record in listed:
        if record.determined_on > as_of:
            continue
        if record.number in replaced:
            exits.append(
                DikExit(
                    record=record.number,
                    information=record.information,
                    reason=ExitReason.REPLACED,
                )
            )
            continue
        if record.outcome is Outcome.OPEN:
            exits.append(
                DikExit(
                    record=record.number,
                    information=record.information,
                    reason=ExitReason.OPENED_BY_TEST,
                    on=record.determined_on,
                )
            )
            continue
        status = exemption_status(
            record, as_of=as_of, events=event_list, calendar=calendar, rules=rules
        )
        if not status.in_force:
            released = status.released_by
            exits.append(
                DikExit(
                    record=record.number,
                    information=record.information,
                    reason=ExitReason.RELEASED if released is not None else ExitReason.PERIOD_ENDED,
                    on=released.on if released is not None else status.ends_on,
                )
            )
            continue
        entries.append(
            DikEntry(
                record=record.number,
                information=record.information,
                source_document=record.source_document,
                unit=record.unit,
                grounds=record.grounds,
                outcome=record.outcome,
                exempt_from=record.determined_on,
                ends_on=status.ends_on,
                declaration_due=status.declaration_due,
                review_on=status.review_on,
                provisional=status.provisional,
            )
        )
    return DikRegister(body=body, as_of=as_of, entries=entries, exits=exits)
