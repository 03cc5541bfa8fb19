"""A request's whole life: its events in, every deadline, the status and the next steps out.

:func:`timeline` reads the append-only event log of one request (:mod:`kiplib.requests.events`)
and returns a :class:`Timeline`: every step's :class:`~kiplib.Deadline` that is running or has
run, each with its state (one meaning everywhere: :mod:`kiplib.law.states`), the current
:class:`~kiplib.requests.states.Status`, the guards (can a keberatan be filed now and on which
grounds; is mediation available; is the sengketa window open; which court), what can be done
now, by whom, what is wrong with events that were recorded, and until when all of it holds.
:class:`Request` is the same log as an immutable value that grows with :meth:`Request.record`.

Every event that can have happened is recorded, and what the law makes of it is said
(:class:`~kiplib.requests.states.Defect`); only what cannot have happened raises a
:class:`~kiplib.errors.SequenceError` naming the event and the rule, and the log it was offered
to is left as it was. The clocks that silence starts are explained in
:mod:`kiplib.requests.engine` (D-8, Perki 1/2013 Pasal 13 huruf b).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime

import attrs

from kiplib._check import instance_of, optional_text
from kiplib.calendar.working import format_date
from kiplib.deadlines import local_date
from kiplib.errors import InvalidInputError, SequenceError
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import DEFAULT_BODY, PublicBody
from kiplib.law.citation import uu
from kiplib.law.states import OPEN_STATES
from kiplib.law.steps import Step
from kiplib.requests.actions import (
    Action,
    _Now,
    actions_of,
    court_guard,
    dispute_guard,
    mediation_guard,
    objection_guard,
    status_of,
)
from kiplib.requests.engine import _Engine, check_order
from kiplib.requests.events import Event, RequestReceived
from kiplib.requests.states import Defect, Guard, Status, TimelineEntry
from kiplib.rulebook.book import RuleBook, rules_or_default

__all__ = [
    "Request",
    "Timeline",
    "derived_key",
    "timeline",
]


@attrs.frozen
class Timeline:
    """Everything about one request on ``as_of``.

    Attributes:
        body: the public body.
        as_of: the day the timeline describes (the body's local date).
        events: the log, as recorded.
        entries: every deadline that is running or has run, in the order they arose.
        status: the request's status.
        status_until: the due date of what the status waits for, if any.
        objection: can a keberatan be filed now, and on which grounds (Pasal 35–36).
        mediation: is mediation available for this keberatan (Pasal 40 ayat (2)).
        dispute: is the sengketa window open (Pasal 37).
        court: which court hears a gugatan (Pasal 47), and whether the window is open.
        commission: the competent Komisi Informasi (Pasal 26–27).
        actions: what can be done now, by whom.
        defects: what is wrong with events that were recorded, and what follows.
        valid_until: the last day this timeline holds without a new event: the next day a
            state or the status changes is the day after (``None``: until an event).
        computed_with: the kiplib version, holiday data and plugins it was computed with
            (:attr:`kiplib.rulebook.BodyRules.provenance`); not compared. A stored timeline
            whose provenance is that of a rule book at hand is recomputed when loaded.
        request_id: the request's own identifier (:attr:`Request.id`), if the app gave one;
            :attr:`key` tells the request apart either way.
    """

    body: PublicBody
    as_of: date
    events: tuple[Event, ...]
    entries: tuple[TimelineEntry, ...]
    status: Status
    status_until: date | None
    objection: Guard
    mediation: Guard
    dispute: Guard
    court: Guard
    commission: str
    actions: tuple[Action, ...]
    defects: tuple[Defect, ...] = ()
    valid_until: date | None = None
    request_id: str | None = attrs.field(default=None, validator=optional_text)
    computed_with: str | None = attrs.field(default=None, eq=False)

    @property
    def key(self) -> str:
        """What tells this request apart from every other: its :attr:`request_id`, or one
        derived from its receipt (see :attr:`Request.key`)."""
        if self.request_id is not None:
            return self.request_id
        derived = derived_key(self.body, self.events)
        if derived is None:  # a timeline built by hand, without its receipt
            raise InvalidInputError(
                field="events", value="()", reason=N_("permintaan belum diterima")
            )
        return derived

    @property
    def running(self) -> tuple[TimelineEntry, ...]:
        """The deadlines still open on ``as_of`` (running, or at risk past their safe day)."""
        return tuple(e for e in self.entries if e.state in OPEN_STATES)

    def entry(self, step: Step) -> TimelineEntry | None:
        """The latest entry of ``step``, if any."""
        for e in reversed(self.entries):
            if e.step is step:
                return e
        return None

    def summary(self, lang: str = "id") -> str:
        """One line: the status, with its date."""
        text = self.status.label(lang)
        if self.status_until is not None:
            text += " " + gettext(N_("(sampai {date})"), lang).format(
                date=format_date(self.status_until, lang)
            )
        return text

    def explain(self, lang: str = "id", *, rules: RuleBook | None = None) -> str:
        """The whole life of the request: status, guards, actions and every deadline.

        A timeline read back from a document explains itself with the calendars of ``rules``
        (``None``: :meth:`kiplib.RuleBook.installed`) for its body.
        """
        _ = gettext
        lines = [_(N_("Status: {status}"), lang).format(status=self.summary(lang))]
        lines.append(_(N_("Keberatan: {guard}"), lang).format(guard=self.objection.message(lang)))
        lines.append(_(N_("Mediasi: {guard}"), lang).format(guard=self.mediation.message(lang)))
        lines.append(_(N_("Sengketa: {guard}"), lang).format(guard=self.dispute.message(lang)))
        lines.append(_(N_("Gugatan: {guard}"), lang).format(guard=self.court.message(lang)))
        if self.actions:
            lines.append(_(N_("Yang dapat dilakukan sekarang:"), lang))
            lines.extend("  - " + a.message(lang) for a in self.actions)
        if self.defects:
            lines.append(_(N_("Catatan atas peristiwa yang dicatat:"), lang))
            lines.extend("  - " + d.message(lang) for d in self.defects)
        for entry in self.entries:
            # A deadline read back is counted again on the rule book's calendars for the body,
            # and what the district had not yet put in force then is found again.
            lines.append("")
            lines.append(entry.explain(lang, rules=rules, body=self.body))
        return "\n".join(lines)


def timeline(
    events: Iterable[Event],
    *,
    body: PublicBody | None = None,
    as_of: date | datetime,
    rules: RuleBook | None = None,
    request_id: str | None = None,
) -> Timeline:
    """Every deadline, the status, the guards and the next steps of one request on ``as_of``.

    Args:
        events: the request's log, oldest first (see :mod:`kiplib.requests.events`).
        body: the public body (time zone, calendar, level, atasan PPID); a Badan Publik Negara
            in WIB when omitted.
        as_of: the day to describe (a date, or an aware instant turned into the body's local
            date). It may not be before the last event.
        rules: the rule book (the national law and the district plugins); ``None`` means
            :meth:`kiplib.RuleBook.installed`.
        request_id: the request's identifier in the app (:attr:`Request.id`), kept in the
            timeline (:attr:`Timeline.request_id`).

    Raises:
        SequenceError: an event cannot happen where it stands (names the event and the rule).

    Examples:
        >>> from datetime import date, datetime, timedelta, timezone
        >>> from kiplib import RequestReceived, timeline
        >>> wib = timezone(timedelta(hours=7))
        >>> t = timeline([RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=wib))],
        ...              as_of=date(2024, 4, 10))
        >>> t.status.value, t.status_until
        ('awaiting_notice', datetime.date(2024, 4, 29))
    """
    body = body if body is not None else DEFAULT_BODY
    where = rules_or_default(rules).for_body(body)
    if isinstance(events, _Checked):
        log: tuple[Event, ...] = events.log  # a Request's log: checked when it was recorded
    else:
        log = _as_log(events)
        check_order(log)
    # Every date is the body's local date in the zone its rule book settles (a district's).
    today = local_date(as_of, where.body, field="as_of")
    engine = _Engine(where)
    for i, event in enumerate(log):
        engine.record(i, event)
    if engine.received is None:
        raise SequenceError(
            field="events",
            value="()",
            reason=N_("peristiwa pertama harus penerimaan permintaan informasi"),
            citation=str(uu(22, 7)),
        )
    if log and engine.last_at is not None and today < local_date(engine.last_at, where.body):
        raise InvalidInputError(
            field="as_of",
            value=today.isoformat(),
            reason=N_("tidak boleh sebelum peristiwa terakhir yang dicatat"),
        )
    engine.advance(today)
    entries = engine.entries(today)
    commission = where.commission.name
    now = _Now(engine, entries, today, commission)
    status, until = status_of(now)
    return Timeline(
        body=body,
        as_of=today,
        events=log,
        entries=entries,
        status=status,
        status_until=until,
        objection=objection_guard(now),
        mediation=mediation_guard(now),
        dispute=dispute_guard(now),
        court=court_guard(now),
        commission=commission,
        actions=actions_of(now, status, until),
        defects=tuple(engine.defects),
        valid_until=_valid_until(engine, entries, today),
        request_id=request_id,
        computed_with=where.provenance,
    )


def _valid_until(engine: _Engine, entries: tuple[TimelineEntry, ...], today: date) -> date | None:
    """The last day nothing changes without a new event: the earliest last day of a state,
    and the day before a window that silence opens (D-8, a silent atasan) would open."""
    days = [e.valid_until for e in entries if e.valid_until is not None]
    notice = engine.notice
    if (
        notice is not None
        and engine.notice_event is None
        and engine.silence is None
        and not engine.closed
    ):
        days.append(notice.deadline.latest)
    response = engine.response
    if (
        response is not None
        and engine.answer is None
        and engine.silent_atasan is None
        and not engine.objection_late
        and not engine.dispute_filed
        and not engine.closed
    ):
        days.append(response.deadline.latest)
    later = [d for d in days if d >= today]
    return min(later) if later else None


@attrs.frozen
class _Checked:
    """A log that :func:`check_order` has already accepted (a :class:`Request`'s)."""

    log: tuple[Event, ...]

    def __iter__(self) -> Iterator[Event]:
        return iter(self.log)


def _as_log(value: Iterable[Event]) -> tuple[Event, ...]:
    """The events as a tuple; a string, a mapping or something that is not a list of events
    is refused with the field named (each event is checked by :func:`check_order`)."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidInputError(
            field="events", value=repr(value)[:80], reason=N_("harus berupa daftar peristiwa")
        )
    return tuple(value)


def _check_log(instance: Request, _attribute: object, value: tuple[Event, ...]) -> None:
    # Only what cannot have happened is refused, and that does not depend on any rule book.
    check_order(value)


def derived_key(body: PublicBody, events: Iterable[Event]) -> str | None:
    """The key of a request without an :attr:`~Request.id`: derived from what never changes
    once it is recorded — the body's name, the instant the request was received and its
    registration number (UU 14/2008 Pasal 22 ayat (4)) — as ``r-`` and 32 hexadecimal digits.
    ``None`` before the receipt is recorded.

    Examples:
        >>> from datetime import datetime, timedelta, timezone
        >>> from kiplib import PublicBody, RequestReceived
        >>> wib = timezone(timedelta(hours=7))
        >>> body = PublicBody("Dinas Kesehatan")
        >>> at = datetime(2024, 4, 5, 9, 0, tzinfo=wib)
        >>> a = derived_key(body, [RequestReceived(at, "001/PPID/2024")])
        >>> b = derived_key(body, [RequestReceived(at, "002/PPID/2024")])
        >>> a.startswith("r-"), len(a), a == b
        (True, 34, False)
        >>> a == derived_key(body, [RequestReceived(at.astimezone(timezone.utc), "001/PPID/2024")])
        True
    """
    received = next((e for e in events if isinstance(e, RequestReceived)), None)
    if received is None:
        return None
    instant = received.at.astimezone(UTC).isoformat()
    number = received.registration_number or ""
    text = f"{body.name}\x1f{instant}\x1f{number}"
    # Any text, lone surrogates too (a name read from JSON may hold one).
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return "r-" + digest[:32]


@attrs.frozen
class Request:
    """A request as an immutable, append-only log (*permohonan informasi publik*).

    :meth:`record` returns a new request with one more event, after checking it against the
    law; the old value is unchanged, so nothing recorded is ever lost or reordered.

    Attributes:
        body: the public body.
        events: the log, oldest first.
        id: the request's identifier in the app that keeps it (a database key, a UUID), set
            when the request is created (``Request(body, id="…")``) and never changed;
            ``None`` when the app has none (then :attr:`key` is derived from the receipt). It
            names the request in what kiplib exports (the UIDs of
            :func:`kiplib.ical.to_ical`).

    Examples:
        >>> from datetime import date, datetime, timedelta, timezone
        >>> from kiplib import NoticeOutcome, NoticeSent, Request, RequestReceived
        >>> wib = timezone(timedelta(hours=7))
        >>> r = Request().record(RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=wib)))
        >>> r = r.record(NoticeSent(datetime(2024, 4, 22, 10, 0, tzinfo=wib),
        ...                         NoticeOutcome.REFUSED, exemptions=("h.2",)))
        >>> t = r.timeline(as_of=date(2024, 4, 23))
        >>> t.status.value, t.objection.allowed, [g.value for g in t.objection.grounds]
        ('objection_window_open', True, ['a', 'b', 'd', 'e', 'f'])
    """

    body: PublicBody = attrs.field(default=DEFAULT_BODY, validator=instance_of(PublicBody))
    events: tuple[Event, ...] = attrs.field(default=(), converter=_as_log, validator=_check_log)
    id: str | None = attrs.field(default=None, kw_only=True, validator=optional_text)

    @property
    def key(self) -> str | None:
        """What tells this request apart from every other: its :attr:`id` when the app gave
        one, else a key derived from its receipt (:func:`derived_key`: the body's name, the
        instant and the registration number), stable for the whole life of the request.
        ``None`` only for a request without an ``id`` whose receipt is not recorded yet.

        Two requests received by one body at the same instant without registration numbers
        cannot be told apart by their receipt: give them an ``id``.
        """
        return self.id if self.id is not None else derived_key(self.body, self.events)

    def record(self, event: Event) -> Request:
        """A new request with ``event`` appended (a :class:`SequenceError` if it cannot be).

        Only the new event is checked — the log before it was checked when this request was
        made — so recording a whole life one event at a time is linear in its length.
        """
        events = (*self.events, event)
        check_order(events, start=len(self.events))
        grown = object.__new__(Request)
        object.__setattr__(grown, "body", self.body)
        object.__setattr__(grown, "events", events)
        object.__setattr__(grown, "id", self.id)
        return grown

    def timeline(self, *, as_of: date | datetime, rules: RuleBook | None = None) -> Timeline:
        """The :class:`Timeline` of this request on ``as_of`` under ``rules`` (``None``:
        :meth:`kiplib.RuleBook.installed`)."""
        return timeline(
            _Checked(self.events), body=self.body, as_of=as_of, rules=rules, request_id=self.id
        )
