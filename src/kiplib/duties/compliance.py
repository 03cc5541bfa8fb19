"""The compliance calendar: what is overdue, due or coming for a body on ``as_of``.

Berkala items not published for six months (D-1), the yearly DIP, exemption declarations,
reviews and ends (PP 61/2010 Pasal 11, through :func:`kiplib.actions_due`), the annual report,
and the open requests whose written notice (or its extension) or keberatan answer is due (UU
14/2008 Pasal 22 and 36, through :func:`kiplib.timeline`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

import attrs
from dateutil.relativedelta import relativedelta

from kiplib._check import argument
from kiplib.calendar.working import WorkingCalendar, format_date
from kiplib.deadlines import local_date
from kiplib.duties.statistics import (
    LAST_YEAR,
    FinishedRequest,
    _tuple,
    annual_report_due,
)
from kiplib.errors import InvalidInputError, OutOfRangeError
from kiplib.exemption.consequence_test import ConsequenceTest
from kiplib.exemption.status import ActionKind, ReleaseEvent, actions_due
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.bodies import PublicBody
from kiplib.law.citation import UU_14_2008, Citation
from kiplib.law.conventions import D12
from kiplib.law.duties import (
    ANNUAL_REPORT_CITATION,
    DIP_CITATION,
    DIP_DUE_MONTH,
    DUE_SOON_DAYS,
    PERIODIC_CITATION,
    PERIODIC_MONTHS,
)
from kiplib.law.states import step_state
from kiplib.law.steps import LAW_IN_FORCE, Step
from kiplib.registers import DipRegister
from kiplib.registers._common import _normal
from kiplib.requests.events import RequestReceived
from kiplib.requests.lifecycle import Request
from kiplib.requests.states import EntryState
from kiplib.rulebook.book import RuleBook

__all__ = [
    "BodyRecords",
    "ComplianceCalendar",
    "ComplianceItem",
    "DutyKind",
    "DutyStatus",
    "compliance_calendar",
]


# ============================================================================ compliance calendar
class DutyKind(LabelledEnum):
    """What a duty on the compliance calendar is about."""

    #: A berkala item is due for publication (six months after the last, D-1).
    PERIODIC_PUBLICATION = "periodic_publication"
    #: The year's DIP is due (the practice: compiled in February).
    DIP_UPDATE = "dip_update"
    #: The PPID's declaration that exempt information opens (PP 61/2010 Pasal 11 ayat 2).
    EXEMPTION_DECLARATION = "exemption_declaration"
    #: An exemption period ends; the information opens by itself (Pasal 11 ayat 3).
    EXEMPTION_ENDS = "exemption_ends"
    #: A consequence test is due for review (UU 14/2008 Pasal 20 ayat 1; D-3).
    CONSEQUENCE_TEST_REVIEW = "consequence_test_review"
    #: An exemption ended but the item is still listed as exempt: update the registers.
    EXEMPTION_EXPIRED_STILL_LISTED = "exemption_expired_still_listed"
    #: The annual report to the Komisi Informasi, with the Pasal 12 figures.
    ANNUAL_REPORT = "annual_report"
    #: An open request's written notice (UU 14/2008 Pasal 22 ayat (7)).
    REQUEST_NOTICE = "request_notice"
    #: The last day to extend an open request's notice period, once (Pasal 22 ayat (8)).
    REQUEST_EXTENSION = "request_extension"
    #: An open request's written notice after the extension (Pasal 22 ayat (8)).
    REQUEST_EXTENDED_NOTICE = "request_extended_notice"
    #: The atasan PPID's written answer to a keberatan (Pasal 36 ayat (2)).
    OBJECTION_RESPONSE = "objection_response"


_DUTY_LABELS: Final = {
    DutyKind.PERIODIC_PUBLICATION: N_("umumkan informasi berkala"),
    DutyKind.DIP_UPDATE: N_("tetapkan DIP tahun ini"),
    DutyKind.EXEMPTION_DECLARATION: N_("tetapkan informasi yang dikecualikan menjadi terbuka"),
    DutyKind.EXEMPTION_ENDS: N_("jangka waktu pengecualian berakhir; informasi terbuka"),
    DutyKind.CONSEQUENCE_TEST_REVIEW: N_("lakukan uji konsekuensi ulang"),
    DutyKind.EXEMPTION_EXPIRED_STILL_LISTED: N_(
        "pengecualian sudah berakhir; keluarkan dari DIK dan perbarui DIP"
    ),
    DutyKind.ANNUAL_REPORT: N_("sampaikan laporan tahunan layanan informasi publik"),
    DutyKind.REQUEST_NOTICE: N_("kirim pemberitahuan tertulis atas permintaan informasi"),
    DutyKind.REQUEST_EXTENSION: N_(
        "batas terakhir memperpanjang waktu pemberitahuan (sekali, dengan alasan tertulis)"
    ),
    DutyKind.REQUEST_EXTENDED_NOTICE: N_(
        "kirim pemberitahuan tertulis atas permintaan informasi (waktu diperpanjang)"
    ),
    DutyKind.OBJECTION_RESPONSE: N_("atasan PPID menanggapi keberatan secara tertulis"),
}
DutyKind.set_labels(_DUTY_LABELS)
#: The deadlines of a request that are duties of the body, and the duty each one is.
_REQUEST_DUTIES: Final = {
    Step.NOTICE: DutyKind.REQUEST_NOTICE,
    Step.NOTICE_EXTENDED: DutyKind.REQUEST_EXTENDED_NOTICE,
    Step.OBJECTION_RESPONSE: DutyKind.OBJECTION_RESPONSE,
}
_EXTENSION_CITATION: Final = Citation(UU_14_2008, pasal=22, ayat=8)
_FROM_ACTION: Final = {
    ActionKind.DECLARATION_DUE: DutyKind.EXEMPTION_DECLARATION,
    ActionKind.DECLARATION_OVERDUE: DutyKind.EXEMPTION_DECLARATION,
    ActionKind.OPENS: DutyKind.EXEMPTION_ENDS,
    ActionKind.REVIEW_DUE: DutyKind.CONSEQUENCE_TEST_REVIEW,
    ActionKind.EXPIRED_STILL_LISTED: DutyKind.EXEMPTION_EXPIRED_STILL_LISTED,
}


class DutyStatus(LabelledEnum):
    """Where a duty stands on ``as_of``."""

    #: Its date has passed.
    OVERDUE = "overdue"
    #: Past its safe day, not past the last day any reading of "sejak X" allows (D-12): late
    #: only under some readings, so do it now.
    AT_RISK = "at_risk"
    #: Due within the next 30 days (``as_of`` included).
    DUE = "due"
    #: Due later, within the horizon.
    COMING = "coming"


_STATUS_LABELS: Final = {
    DutyStatus.OVERDUE: N_("terlambat"),
    DutyStatus.AT_RISK: N_("lewat hari aman"),
    DutyStatus.DUE: N_("segera"),
    DutyStatus.COMING: N_("mendatang"),
}
DutyStatus.set_labels(_STATUS_LABELS)


@attrs.frozen(kw_only=True)
class ComplianceItem:
    """One duty: what, about which item, by when, its status, and the article behind it.

    Attributes:
        kind: what the duty is.
        due: the last day for it.
        status: overdue, due or coming, on the calendar's ``as_of``.
        subject: the DIP entry number, the consequence-test number, the report's year, or a
            request's registration number (``#2`` — its place in the list — when it has none).
        information: what it concerns, in words (for a request: the day it was received).
        citation: the article that imposes it.
        convention: the decision the date depends on (``D-1``, :mod:`kiplib.law.conventions`),
            if any.
        latest: for a request's duty whose commission counts "sejak X" in a way not known
            (D-12): the last day any reading allows; ``due`` is then the safe day.
    """

    kind: DutyKind
    due: date
    status: DutyStatus
    subject: str
    information: str
    citation: Citation
    convention: str | None = None
    latest: date | None = None

    def describe(self, lang: str = "id") -> str:
        """``[terlambat] 2024-09-15  B-3  …: what to do (citation)`` in ``lang``."""
        conv = f", {self.convention}" if self.convention else ""
        if self.latest is not None and self.latest != self.due:
            conv += "; " + gettext(
                N_("hari terakhir menurut cara menghitung lain {date}"), lang
            ).format(date=self.latest.isoformat())
        return (
            f"[{self.status.label(lang)}] {self.due.isoformat()}  {self.subject}  "
            f"{self.information}: {self.kind.label(lang)} ({self.citation}{conv})"
        )


@attrs.frozen(kw_only=True)
class BodyRecords:
    """Everything a body keeps that its yearly duties are computed from (the CLI's input).

    Attributes:
        body: the badan publik.
        dip: its current DIP, if any.
        consequence_tests: its consequence-test records (the DIK is computed from them).
        release_events: release conditions that happened (consent, public hearing …).
        requests: finished requests, for the Pasal 12 statistics.
        annual_reports: the years whose annual report has been submitted.
        request_logs: requests as the lifecycle records them (:class:`~kiplib.Request`), for
            the notices and keberatan answers due; each must be a request to ``body``.
    """

    body: PublicBody
    dip: DipRegister | None = None
    consequence_tests: tuple[ConsequenceTest, ...] = attrs.field(default=(), converter=_tuple)
    release_events: tuple[ReleaseEvent, ...] = attrs.field(default=(), converter=_tuple)
    requests: tuple[FinishedRequest, ...] = attrs.field(default=(), converter=_tuple)
    annual_reports: tuple[int, ...] = attrs.field(default=(), converter=_tuple)
    request_logs: tuple[Request, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class ComplianceCalendar:
    """The duties of ``body`` on ``as_of`` up to ``until``, soonest first.

    ``valid_until``: the last day the calendar stays as it is unless the records change —
    no status moves (coming → due → at risk → overdue), no duty enters the horizon or leaves
    it — so an app may keep it until then (``None``: not said, for a calendar built by
    hand; one stored before kiplib said it reads back as holding on its own day).
    """

    body: PublicBody
    as_of: date
    until: date
    items: tuple[ComplianceItem, ...] = attrs.field(converter=_tuple)
    valid_until: date | None = None

    def overdue(self) -> tuple[ComplianceItem, ...]:
        """The duties whose date has passed."""
        return tuple(i for i in self.items if i.status is DutyStatus.OVERDUE)

    def explain(self, lang: str = "id") -> str:
        """The calendar as lines, in ``lang``."""
        head = gettext(N_("Kalender kepatuhan {body}: {as_of} s.d. {until}"), lang).format(
            body=self.body.name,
            as_of=format_date(self.as_of, lang),
            until=format_date(self.until, lang),
        )
        if not self.items:
            return head + "\n" + gettext(N_("Tidak ada kewajiban dalam rentang ini."), lang)
        return "\n".join([head, *(i.describe(lang) for i in self.items)])


#: The states of a body's request duty that keep it on the calendar.
_OPEN_DUTY: Final = frozenset({EntryState.RUNNING, EntryState.AT_RISK, EntryState.OVERDUE})
#: How far past the horizon the calendar looks for the next duty to enter it (a year).
_LOOK_AHEAD: Final = timedelta(days=366)


def _duty_state(
    due: date, as_of: date, latest: date | None = None
) -> tuple[EntryState, date | None]:
    """Where a duty not done yet stands: one meaning for every duty (:func:`step_state`; a
    yearly duty is no step of a request)."""
    return step_state(None, due=due, latest=latest or due, as_of=as_of)


def _status(due: date, as_of: date, latest: date | None = None) -> DutyStatus:
    """The calendar's status of a duty due on ``due`` (at risk until ``latest``, D-12)."""
    return _duty_status(_duty_state(due, as_of, latest)[0], due, as_of)[0]


def _duty_status(state: EntryState, due: date, as_of: date) -> tuple[DutyStatus, date | None]:
    """The calendar's status of a duty in ``state``, and the last day that status holds
    (``None``: the state's own last day)."""
    if state is EntryState.OVERDUE:
        return DutyStatus.OVERDUE, None
    if state is EntryState.AT_RISK:
        return DutyStatus.AT_RISK, None
    soon = due - timedelta(days=DUE_SOON_DAYS)
    if as_of >= soon:
        return DutyStatus.DUE, None
    return DutyStatus.COMING, soon - timedelta(days=1)


def _first_year(records: BodyRecords, as_of: date) -> int:
    """The first year the records show the body at work under UU 14/2008 (a DIP, a request,
    a consequence test, a report), and never later than the year before ``as_of``."""
    years = [as_of.year - 1, *records.annual_reports]
    if records.dip is not None:
        years.append(records.dip.year)
    years += [r.received_on.year for r in records.requests]
    years += [t.tested_on.year for t in records.consequence_tests]
    years += [r.events[0].at.year for r in records.request_logs if r.events]
    return max(min(years), LAW_IN_FORCE.year)


def _dip_due(year: int) -> date:
    """The last day of the month by which the year's DIP is set (the end of February)."""
    return date(year, DIP_DUE_MONTH + 1, 1) - timedelta(days=1)


def compliance_calendar(
    records: BodyRecords,
    *,
    as_of: date,
    horizon_days: int = 90,
    calendar: WorkingCalendar | None = None,
    rules: RuleBook | None = None,
) -> ComplianceCalendar:
    """What ``records.body`` must do: overdue duties and those due up to ``horizon_days`` ahead.

    * berkala entries of the DIP: next publication six calendar months after the last one
      (UU 14/2008 Pasal 9 ayat (3); D-1, months with ``relativedelta``);
    * the DIP of ``as_of``'s year, when the current one is older: by the end of February (the
      yearly practice; the obligation to have a DIP is UU 14/2008 Pasal 11 ayat (1) huruf a);
    * the consequence tests: declarations 30 hari kerja before an exemption ends, ends,
      reviews, and exemptions that ended but are still listed (PP 61/2010 Pasal 11; reusing
      :func:`kiplib.actions_due`);
    * the annual report for the previous year (and for this year, once within the horizon),
      unless its year is in ``records.annual_reports`` (Perki 1/2021 Pasal 56);
    * each open request of ``records.request_logs``: its written notice (UU 14/2008 Pasal 22
      ayat (7), or ayat (8) once extended), the last day to extend it while that is still
      possible, and the atasan PPID's answer to a keberatan (Pasal 36 ayat (2)) — read from
      the request's :func:`kiplib.timeline` on ``as_of``, so with the body's calendar and
      district rules; a duty not done by its date stays on the calendar as overdue.

    Raises:
        kiplib.errors.InvalidInputError: a bad ``as_of`` or ``horizon_days``, a request to
            another body, or ``as_of`` before a request's last recorded event.
    """
    if type(as_of) is not date:
        raise InvalidInputError(
            field="as_of", value=repr(as_of), reason=N_("harus berupa tanggal (date)")
        )
    if isinstance(horizon_days, bool) or not isinstance(horizon_days, int) or horizon_days < 0:
        raise InvalidInputError(
            field="horizon_days",
            value=repr(horizon_days),
            reason=N_("harus bilangan bulat >= 0"),
        )
    argument("records", records, BodyRecords)
    try:
        until = as_of + timedelta(days=horizon_days)
        # Duties are looked for up to a year past the horizon: those within it make the
        # calendar, the first after it says when the calendar changes by itself.
        ahead = until + _LOOK_AHEAD
        # The reports and DIPs of those years must still have a date.
        date(ahead.year + 1, 12, 31)
    except (OverflowError, ValueError) as exc:
        raise OutOfRangeError(
            field="horizon_days",
            value=f"{as_of.isoformat()} + {horizon_days}",
            first=date.min.isoformat(),
            last=date(LAST_YEAR, 12, 31).isoformat(),
        ) from exc
    items: list[ComplianceItem] = []
    holds: list[date] = []  # the last day each listed duty keeps its status
    later: list[date] = []  # the due days of the duties after the horizon

    def add(
        kind: DutyKind,
        due: date,
        subject: str,
        information: str,
        citation: Citation,
        convention: str | None = None,
        latest: date | None = None,
        state: tuple[EntryState, date | None] | None = None,
    ) -> None:
        if due > until:
            later.append(due)
            return
        entry_state, entry_until = state if state is not None else _duty_state(due, as_of, latest)
        status, status_until = _duty_status(entry_state, due, as_of)
        holds.extend(day for day in (entry_until, status_until) if day is not None)
        if kind is DutyKind.EXEMPTION_ENDS:
            holds.append(due - timedelta(days=1))  # on its day it is "ended, still listed"
        items.append(
            ComplianceItem(
                kind=kind,
                due=due,
                status=status,
                latest=latest if latest != due else None,
                subject=subject,
                information=information,
                citation=citation,
                convention=convention,
            )
        )

    dip = records.dip
    if dip is not None:
        for e in dip.periodic():
            if e.last_published is None:
                add(
                    DutyKind.PERIODIC_PUBLICATION,
                    as_of,
                    e.number,
                    e.summary,
                    PERIODIC_CITATION,
                    "D-1",
                )
                continue
            # UU 14/2008 Pasal 9 ayat (3), D-1: stale six calendar months after publication.
            due = e.last_published + relativedelta(months=PERIODIC_MONTHS)
            if due <= ahead:
                add(
                    DutyKind.PERIODIC_PUBLICATION,
                    due,
                    e.number,
                    e.summary,
                    PERIODIC_CITATION,
                    "D-1",
                )
    # The DIP of this year, if it is not set yet, and of every later year up to the horizon
    # (and the first one after it, which says when the calendar changes by itself).
    for year in range(as_of.year, ahead.year + 1):
        due = _dip_due(year)
        has = dip is not None and dip.year >= year
        if not has and (due <= ahead) and (year == as_of.year or due >= as_of):
            add(DutyKind.DIP_UPDATE, due, f"DIP {year}", records.body.name, DIP_CITATION)
    in_dip = {e.key for e in dip.entries} if dip is not None else set()
    for end in (until, ahead):
        # Within the horizon, then beyond it: what a later window shows of an exemption
        # (its release, say) may hide what the horizon shows, so each window is asked.
        actions = actions_due(
            records.consequence_tests,
            start=as_of,
            end=end,
            events=records.release_events,
            calendar=calendar,
            rules=rules,
        )
        for a in actions:
            # An ended exemption already back in the DIP needs nothing more (PP 61/2010
            # Pasal 11).
            if a.action is ActionKind.EXPIRED_STILL_LISTED and _normal(a.information) in in_dip:
                continue
            if (a.due <= until) is (end == until):
                add(_FROM_ACTION[a.action], a.due, a.record, a.information, a.citation)
    # Every annual report not submitted, from the first year the records show the body at
    # work (last year at least), up to the horizon: an unmet duty stays.
    for year in range(_first_year(records, as_of), ahead.year):
        report = annual_report_due(year)
        if year in records.annual_reports or report.due > ahead:
            continue
        add(
            DutyKind.ANNUAL_REPORT,
            report.due,
            str(year),
            records.body.name,
            ANNUAL_REPORT_CITATION,
        )
    for i, request in enumerate(records.request_logs):
        if request.body != records.body:
            raise InvalidInputError(
                field=f"request_logs[{i}].body",
                value=repr(request.body.name),
                reason=N_("permintaan ini dicatat untuk badan publik lain"),
            )
        t = request.timeline(as_of=as_of, rules=rules)
        first = t.events[0]
        number = first.registration_number if isinstance(first, RequestReceived) else None
        subject = number or f"#{i + 1}"
        received = local_date(first.at, records.body).isoformat()
        for entry in t.entries:
            kind = _REQUEST_DUTIES.get(entry.step)
            if kind is None or entry.state not in _OPEN_DUTY:
                continue
            if entry.due > ahead:
                continue
            # Where the commission's way of counting is not known, the safe day is the date
            # and the duty is "at risk" until the last day any reading allows (D-12). The
            # state is the timeline's: one meaning (kiplib.law.step_state).
            latest = entry.deadline.latest
            convention = D12.code if latest != entry.due else None
            state = (entry.state, entry.valid_until)
            add(
                kind,
                entry.due,
                subject,
                received,
                entry.deadline.citation,
                convention,
                latest,
                state,
            )
            if entry.step is Step.NOTICE and entry.state is not EntryState.OVERDUE:
                # Pasal 22 ayat (8): the extension must be declared within the 10 days.
                add(
                    DutyKind.REQUEST_EXTENSION,
                    entry.due,
                    subject,
                    received,
                    _EXTENSION_CITATION,
                    convention,
                    latest,
                    state,
                )
    items.sort(key=lambda i: (i.due, i.kind.value, i.subject))
    # The calendar holds while every status holds, until the day before the next duty enters
    # the horizon, and until the year ends (the year's DIP and reports are looked at again).
    days = [*holds, date(as_of.year, 12, 31), ahead - timedelta(days=horizon_days + 1)]
    days += [due - timedelta(days=horizon_days + 1) for due in later]
    valid_until = max(min(days), as_of)
    return ComplianceCalendar(
        body=records.body, as_of=as_of, until=until, items=items, valid_until=valid_until
    )
