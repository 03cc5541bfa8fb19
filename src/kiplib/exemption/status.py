"""When an exemption ends, and what a PPID must do before it does (PP 61/2010 Pasal 5–11).

Dates, precisely (the "end" of a period is a boundary between two days):

* ``ends_on`` — the first day the information is open again. A period "until 31 December
  2030" (the last exempt day) ends on 2031-01-01; a period of 5 years determined on
  2024-03-15 ends on 2029-03-15 (years with :class:`~dateutil.relativedelta.relativedelta`).
* ``last_exempt_day`` — the day before ``ends_on``.
* ``declaration_due`` — the last day for the PPID's *penetapan* that the information is open:
  30 hari kerja before the end (PP 61/2010 Pasal 11 ayat (2)), counted backwards on the body's
  calendar from ``ends_on`` (``add_working_days(ends_on, -30)``), the 30th
  working day strictly before ``ends_on`` (the mirror image of D-6: the day of the end never
  counts).
* Without that declaration the information opens by itself on ``ends_on`` (Pasal 11 ayat
  (3)).

A release condition (a public court hearing for huruf a, written consent or public office for
huruf g and h …) ends the exemption on the day it happens; it is given as a
:class:`ReleaseEvent`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from typing import Final

import attrs

from kiplib._check import argument, to_tuple
from kiplib.calendar.working import WorkingCalendar, format_date
from kiplib.errors import InvalidInputError
from kiplib.exemption.consequence_test import ConsequenceTest, Outcome
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.citation import PP_61_2010, UU_14_2008, Citation
from kiplib.law.duties import DECLARATION_WORKING_DAYS
from kiplib.law.grounds import ReleaseCondition, release_citations
from kiplib.rulebook.book import RuleBook, rules_or_default

__all__ = [
    "DECLARATION_WORKING_DAYS",
    "ActionKind",
    "EndKind",
    "ExemptionAction",
    "ExemptionStatus",
    "ReleaseEvent",
    "actions_due",
    "exemption_status",
]

_PP11_1: Final = Citation(PP_61_2010, pasal=11, ayat=1)
_PP11_2: Final = Citation(PP_61_2010, pasal=11, ayat=2)
_PP11_3: Final = Citation(PP_61_2010, pasal=11, ayat=3)
_PP4_2_D: Final = Citation(PP_61_2010, pasal=4, ayat=2, huruf="d")
_UU19: Final = Citation(UU_14_2008, pasal=19)
_UU20_1: Final = Citation(UU_14_2008, pasal=20, ayat=1)
_UU18_2: Final = Citation(UU_14_2008, pasal=18, ayat=2)


class EndKind(enum.Enum):
    """How the exemption ends."""

    #: On a fixed date (``until``).
    FIXED_DATE = "fixed_date"
    #: A number of years after the determination.
    YEARS = "years"
    #: Only on a condition (consent, public hearing …) or a new test.
    CONDITION = "condition"
    #: The record opened the information: nothing is exempt.
    NOT_EXEMPT = "not_exempt"


@attrs.frozen
class ReleaseEvent:
    """A release condition that happened: the exemption of ``record`` ends on ``on``."""

    record: str
    condition: ReleaseCondition
    on: date


@attrs.frozen
class ExemptionStatus:
    """The state of one exemption on ``as_of``.

    Attributes:
        record: the number of the consequence-test record.
        as_of: the date asked about.
        exempt_from: the date of determination (the period runs from it).
        end_kind: how the exemption ends.
        ends_on: the first day the information is open (``None``: no calendar end).
        declaration_due: the last day for the PPID's declaration (PP 61/2010 Pasal 11 ayat 2).
        review_on: the date fixed for a new test, if any.
        released_by: the release event that ended the exemption early, if any.
        in_force: whether the information is exempt on ``as_of``.
        provisional: the declaration deadline crosses a year whose holidays are estimates.
        citations: the articles the result rests on.
    """

    record: str
    as_of: date
    exempt_from: date
    end_kind: EndKind
    ends_on: date | None
    declaration_due: date | None
    review_on: date | None
    released_by: ReleaseEvent | None
    in_force: bool
    provisional: bool
    citations: tuple[Citation, ...]

    @property
    def last_exempt_day(self) -> date | None:
        """The last day the information is exempt (the day before ``ends_on``)."""
        return None if self.ends_on is None else date.fromordinal(self.ends_on.toordinal() - 1)

    @property
    def opens_automatically_on(self) -> date | None:
        """The day the information opens without a declaration (PP 61/2010 Pasal 11 ayat 3)."""
        return self.ends_on

    def explain(self, lang: str = "id") -> str:
        """The status, its dates and their basis, in ``lang``."""

        def _(msg: str) -> str:
            return gettext(msg, lang)

        title = _(N_("Uji konsekuensi"))
        lines = [f"{title} {self.record} — {format_date(self.as_of, lang)}"]
        if self.end_kind is EndKind.NOT_EXEMPT:
            lines.append(_(N_("Hasilnya terbuka: tidak ada informasi yang dikecualikan.")))
        else:
            state = N_("berlaku") if self.in_force else N_("tidak berlaku")
            exemption = _(N_("Pengecualian"))
            lines.append(f"{exemption}: {_(state)} ({_UU19})")
        if self.released_by is not None:
            condition = self.released_by.condition
            # The articles of the release for this record's grounds (exemption_status puts
            # them in ``citations``); a status stored without them shows the condition's own.
            pool = {*condition.citations, _UU18_2}
            shown = [c for c in self.citations if c in pool] or list(condition.citations)
            lines.append(
                _(N_("Berakhir lebih awal pada {date}: {condition} ({citation})")).format(
                    date=format_date(self.released_by.on, lang),
                    condition=condition.label(lang),
                    citation="; ".join(str(c) for c in shown),
                )
            )
        if self.ends_on is not None:
            lines.append(
                _(N_("Jangka waktu berakhir: terbuka mulai {date} ({citation})")).format(
                    date=format_date(self.ends_on, lang), citation=_PP4_2_D
                )
            )
        elif self.end_kind is EndKind.CONDITION:
            lines.append(_(N_("Tanpa tanggal akhir: berakhir bila syaratnya terpenuhi.")))
        if self.declaration_due is not None:
            lines.append(
                _(
                    N_(
                        "Batas penetapan PPID bahwa informasi terbuka: {date} "
                        "({days} hari kerja sebelum berakhir, {citation})"
                    )
                ).format(
                    date=format_date(self.declaration_due, lang),
                    days=DECLARATION_WORKING_DAYS,
                    citation=_PP11_2,
                )
            )
            lines.append(
                _(
                    N_(
                        "Tanpa penetapan, informasi terbuka dengan sendirinya pada {date} "
                        "({citation})"
                    )
                ).format(
                    date=format_date(self.ends_on or self.declaration_due, lang), citation=_PP11_3
                )
            )
        if self.review_on is not None:
            lines.append(
                _(N_("Kaji ulang: {date} ({citation})")).format(
                    date=format_date(self.review_on, lang), citation=_UU20_1
                )
            )
        if self.provisional:
            lines.append(_(N_("Sementara: melewati hari libur yang masih perkiraan (D-5).")))
        return "\n".join(lines)


def _end_kind(record: ConsequenceTest) -> EndKind:
    if record.outcome is Outcome.OPEN or record.period is None:
        return EndKind.NOT_EXEMPT
    if record.period.until is not None:
        return EndKind.FIXED_DATE
    if record.period.years is not None:
        return EndKind.YEARS
    return EndKind.CONDITION


def exemption_status(
    record: ConsequenceTest,
    *,
    as_of: date,
    events: Iterable[ReleaseEvent] = (),
    calendar: WorkingCalendar | None = None,
    rules: RuleBook | None = None,
) -> ExemptionStatus:
    """Whether ``record``'s exemption is in force on ``as_of``, when it ends, what is due.

    Args:
        record: a consequence-test record (validate it first: this function trusts it).
        as_of: the date asked about.
        events: release conditions that happened (only those of this record and of a
            condition the period names count).
        calendar: the working-day calendar; by default the body's, from ``rules``.
        rules: the rule book (``None``: :meth:`kiplib.RuleBook.installed`).

    Examples:
        See the how-to "Record a consequence test".
    """
    if type(as_of) is not date:
        raise InvalidInputError(
            field="as_of", value=repr(as_of), reason=N_("harus berupa tanggal (date)")
        )
    argument("record", record, ConsequenceTest)
    events = to_tuple((ReleaseEvent,), events, "events")
    kind = _end_kind(record)
    ends_on = record.ends_on()
    conditions = record.period.conditions if record.period is not None else ()
    released = [e for e in events if e.record == record.number and e.condition in conditions]
    release = min(released, key=lambda e: e.on) if released else None
    citations: list[Citation] = [_UU19, _PP4_2_D]
    citations.extend(g.period.citation for g in record.known_grounds())
    due = None
    provisional = False
    if ends_on is not None:
        # PP 61/2010 Pasal 11 ayat (2): 30 hari kerja before the end, counted backwards.
        if calendar is not None:
            due = calendar.add_working_days(ends_on, -DECLARATION_WORKING_DAYS)
            provisional = calendar.is_provisional(due, ends_on)
        else:
            where = rules_or_default(rules).for_body(record.body)
            due = where.calendar.add_working_days(ends_on, -DECLARATION_WORKING_DAYS)
            provisional = where.calendar.is_provisional(due, ends_on)
            # D-13: a duty of the body is never later than on the national calendar.
            national = where.national_calendar.add_working_days(ends_on, -DECLARATION_WORKING_DAYS)
            if national < due:
                due = national
                provisional = provisional or where.national_calendar.is_provisional(due, ends_on)
        citations.extend((_PP11_1, _PP11_2, _PP11_3))
    if release is not None:
        # The articles the release rests on for these grounds (PER_OTHER_LAW differs per
        # ground; a condition outside the open list of huruf g and h adds Pasal 18 ayat (2)).
        citations.extend(release_citations(record.known_grounds(), release.condition))
    in_force = (
        kind is not EndKind.NOT_EXEMPT
        and record.determined_on <= as_of
        and (ends_on is None or as_of < ends_on)
        and (release is None or as_of < release.on)
    )
    return ExemptionStatus(
        record=record.number,
        as_of=as_of,
        exempt_from=record.determined_on,
        end_kind=kind,
        ends_on=ends_on,
        declaration_due=due,
        review_on=record.period.review_on if record.period is not None else None,
        released_by=release,
        in_force=in_force,
        provisional=provisional,
        citations=tuple(dict.fromkeys(citations)),
    )


class ActionKind(LabelledEnum):
    """What a PPID has to do about an exemption (the Monday-morning dashboard)."""

    #: The declaration that the information opens falls due in the window (Pasal 11 ayat 2).
    DECLARATION_DUE = "declaration_due"
    #: The declaration's last day has passed but the period has not ended yet.
    DECLARATION_OVERDUE = "declaration_overdue"
    #: The period ends in the window: the information opens by itself (Pasal 11 ayat 3).
    OPENS = "opens"
    #: A review date (new consequence test) falls in the window (UU Pasal 20 ayat 1; D-3).
    REVIEW_DUE = "review_due"
    #: The period ended or a release condition happened, yet the item is still listed exempt.
    EXPIRED_STILL_LISTED = "expired_still_listed"


_ACTION_LABELS: Final = {
    ActionKind.DECLARATION_DUE: N_("tetapkan informasi terbuka sebelum jangka waktu berakhir"),
    ActionKind.DECLARATION_OVERDUE: N_("batas penetapan terlewat; tetapkan segera"),
    ActionKind.OPENS: N_("jangka waktu berakhir; informasi terbuka dengan sendirinya"),
    ActionKind.REVIEW_DUE: N_("lakukan uji konsekuensi ulang"),
    ActionKind.EXPIRED_STILL_LISTED: N_(
        "pengecualian sudah berakhir tetapi masih tercatat dikecualikan; perbarui daftar"
    ),
}
ActionKind.set_labels(_ACTION_LABELS)
_ACTION_CITATIONS: Final = {
    ActionKind.DECLARATION_DUE: _PP11_2,
    ActionKind.DECLARATION_OVERDUE: _PP11_2,
    ActionKind.OPENS: _PP11_3,
    ActionKind.REVIEW_DUE: _UU20_1,
    ActionKind.EXPIRED_STILL_LISTED: _PP11_3,
}


@attrs.frozen
class ExemptionAction:
    """One thing to do: which record, what, by when, and why."""

    action: ActionKind
    record: str
    information: str
    due: date
    citation: Citation

    def describe(self, lang: str = "id") -> str:
        """``2029-01-31  U.1/2024  …: what to do (citation)`` in ``lang``."""
        return (
            f"{self.due.isoformat()}  {self.record}  {self.information}: "
            f"{self.action.label(lang)} ({self.citation})"
        )


def actions_due(
    records: Iterable[ConsequenceTest],
    *,
    start: date,
    end: date,
    events: Iterable[ReleaseEvent] = (),
    calendar: WorkingCalendar | None = None,
    rules: RuleBook | None = None,
) -> tuple[ExemptionAction, ...]:
    """What needs action between ``start`` and ``end`` (both included), soonest first.

    ``records`` are the consequence tests the body lists as exempt (its DIK). A record that
    another record in the list replaces is history and is skipped (PP 61/2010 Pasal 10).
    """
    argument("start", start, date)
    argument("end", end, date)
    if end < start:
        raise InvalidInputError(
            field="end", value=end.isoformat(), reason=N_("sebelum tanggal awal")
        )
    listed = to_tuple((ConsequenceTest,), records, "records")
    replaced = {r.replaces for r in listed if r.replaces is not None}
    event_list = to_tuple((ReleaseEvent,), events, "events")
    out: list[ExemptionAction] = []

    def add(kind: ActionKind, record: ConsequenceTest, due: date) -> None:
        out.append(
            ExemptionAction(kind, record.number, record.information, due, _ACTION_CITATIONS[kind])
        )

    for record in listed:
        if record.number in replaced or record.outcome is Outcome.OPEN:
            continue
        status = exemption_status(
            record, as_of=start, events=event_list, calendar=calendar, rules=rules
        )
        if status.released_by is not None and status.released_by.on <= end:
            add(ActionKind.EXPIRED_STILL_LISTED, record, max(status.released_by.on, start))
            continue
        ends_on = status.ends_on
        if ends_on is not None and ends_on <= start:
            add(ActionKind.EXPIRED_STILL_LISTED, record, ends_on)
            continue
        due = status.declaration_due
        if due is not None and start <= due <= end:
            add(ActionKind.DECLARATION_DUE, record, due)
        elif due is not None and due < start:
            add(ActionKind.DECLARATION_OVERDUE, record, due)
        if ends_on is not None and ends_on <= end:
            add(ActionKind.OPENS, record, ends_on)
        if status.review_on is not None and start <= status.review_on <= end:
            add(ActionKind.REVIEW_DUE, record, status.review_on)
    out.sort(key=lambda a: (a.due, a.record, a.action.value))
    return tuple(out)
