"""Strategies for request logs: valid lives of a request, and logs that may break the rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from hypothesis import strategies as st

from kiplib.deadlines import deadline
from kiplib.errors import SequenceError
from kiplib.law.bodies import PublicBody
from kiplib.law.objection import ObjectionGround
from kiplib.law.steps import Step
from kiplib.requests.engine import check_order
from kiplib.requests.events import (
    ApplicantAbsent,
    CassationFiled,
    CourtDecided,
    DecisionCopyReceived,
    DisputeDecided,
    DisputeFiled,
    DisputeMode,
    DisputeStarted,
    Event,
    ExtensionDeclared,
    InformationDelivered,
    InterimDecision,
    MediationExtended,
    NonAcceptanceFiled,
    NoticeOutcome,
    NoticeSent,
    ObjectionAnswered,
    ObjectionFiled,
    RequestReceived,
    Withdrawn,
)
from kiplib.requests.lifecycle import Request
from kiplib.testing._core import public_bodies

__all__ = [
    "exemption_grounds",
    "possible_requests",
    "request_events",
    "requests",
    "shuffled_requests",
]

_EXEMPTIONS = ("a.1", "a.2", "b", "c.1", "d", "e.3", "f.2", "g", "h.2", "h.3", "i", "j")


def exemption_grounds() -> st.SearchStrategy[tuple[str, ...]]:
    """One to three Pasal 17 grounds, e.g. ``("h.2",)``."""
    return st.lists(st.sampled_from(_EXEMPTIONS), min_size=1, max_size=3, unique=True).map(tuple)


class _Clock:
    """Hands out strictly increasing instants in the body's zone, during office hours."""

    def __init__(self, draw: Any, body: PublicBody, first: date) -> None:
        self.draw = draw
        self.body = body
        self.last = datetime.combine(
            first, time(draw(st.integers(7, 17)), draw(st.integers(0, 59))), tzinfo=body.zone
        )

    @property
    def day(self) -> date:
        return self.last.date()

    def next(self, earliest: date | None = None, within: int = 40) -> datetime:
        lo = max(earliest or self.day, self.day)
        day = lo + timedelta(days=self.draw(st.integers(0, within)))
        if day == self.day:
            self.last = self.last + timedelta(minutes=1)
        else:
            self.last = datetime.combine(
                day,
                time(self.draw(st.integers(7, 17)), self.draw(st.integers(0, 59))),
                tzinfo=self.body.zone,
            )
        return self.last


@st.composite
def requests(
    draw: st.DrawFn,
    bodies: st.SearchStrategy[PublicBody] | None = None,
    min_value: date = date(2011, 1, 1),
    max_value: date = date(2027, 6, 30),
) -> Request:
    """A valid :class:`~kiplib.Request`: a random walk through the life UU 14/2008 allows
    (extension, notice or silence, delivery, keberatan, answer or silence, sengketa,
    mediation/adjudication, non-acceptance, court, kasasi; withdrawal at any point), with or
    without the app's own ``id``."""
    body = draw(bodies if bodies is not None else public_bodies())
    request_id = draw(st.none() | st.text(min_size=1, max_size=24).filter(str.strip))
    clock = _Clock(draw, body, draw(st.dates(min_value=min_value, max_value=max_value)))
    events: list[Event] = [RequestReceived(clock.last)]

    def stop() -> bool:
        if draw(st.integers(0, 9)) == 0:
            events.append(Withdrawn(clock.next(within=10)))
            return True
        return False

    def done() -> Request:
        return Request(body, tuple(events), id=request_id)

    notice_due = deadline(Step.NOTICE, events[0].at, body=body).due
    if draw(st.booleans()) and clock.day <= notice_due:
        span = (notice_due - clock.day).days
        events.append(ExtensionDeclared(clock.next(within=span), "Perlu waktu tambahan"))
        notice_due = deadline(Step.NOTICE_EXTENDED, events[0].at, body=body).due
    if stop():
        return done()
    notice: NoticeSent | None = None
    if draw(st.integers(0, 9)) < 7:
        outcome = draw(st.sampled_from(NoticeOutcome))
        refusing = outcome in (NoticeOutcome.REFUSED, NoticeOutcome.PARTLY)
        notice = NoticeSent(
            clock.next(within=max((notice_due - clock.day).days + 10, 0)),
            outcome,
            exemptions=draw(exemption_grounds()) if refusing else (),
            holder="Badan lain" if outcome is NoticeOutcome.NOT_HELD else None,
        )
        events.append(notice)
        if outcome is not NoticeOutcome.REFUSED and draw(st.booleans()):
            events.append(InformationDelivered(clock.next(within=5)))
    if stop() or not draw(st.integers(0, 9)) < 6:
        return done()
    # Keberatan: after silence, or after the notice, on grounds the facts support.
    at = clock.next(earliest=None if notice else notice_due + timedelta(days=1), within=30)
    lapsed = notice is None or notice.at.astimezone(body.zone).date() > notice_due
    allowed = [ObjectionGround.PERIODIC_NOT_PROVIDED]
    if notice is not None:
        allowed += [ObjectionGround.ANSWERED_OTHERWISE, ObjectionGround.NOT_FULFILLED]
        if notice.outcome in (NoticeOutcome.REFUSED, NoticeOutcome.PARTLY):
            allowed.append(ObjectionGround.REFUSAL)
    if lapsed:
        allowed += [ObjectionGround.NOT_ANSWERED, ObjectionGround.LATE]
    grounds = draw(st.lists(st.sampled_from(allowed), min_size=1, max_size=3, unique=True))
    objection = ObjectionFiled(at, tuple(grounds))
    events.append(objection)
    if stop():
        return done()
    answered = draw(st.booleans())
    if answered:
        events.append(ObjectionAnswered(clock.next(within=45), granted=draw(st.booleans())))
    if stop() or not draw(st.booleans()):
        return done()
    response_due = deadline(Step.OBJECTION_RESPONSE, objection.at, body=body).due
    earliest = None if answered else response_due + timedelta(days=1)
    events.append(DisputeFiled(clock.next(earliest=earliest, within=20)))
    if stop() or not draw(st.booleans()):
        return done()
    mediable = any(g.mediable for g in objection.grounds)
    mode = draw(st.sampled_from(DisputeMode)) if mediable else DisputeMode.ADJUDICATION
    events.append(DisputeStarted(clock.next(within=20), mode))
    if mode is DisputeMode.MEDIATION and draw(st.booleans()):
        events.append(DisputeDecided(clock.next(within=60), DisputeMode.MEDIATION))
        return done()
    if mode is DisputeMode.MEDIATION:
        events.append(DisputeStarted(clock.next(within=20), DisputeMode.ADJUDICATION))
    if stop() or not draw(st.booleans()):
        return done()
    events.append(DisputeDecided(clock.next(within=90), DisputeMode.ADJUDICATION))
    if stop() or not draw(st.booleans()):
        return done()
    events.append(NonAcceptanceFiled(clock.next(within=20)))
    if not draw(st.booleans()):
        return done()
    events.append(CourtDecided(clock.next(within=120)))
    if stop() or not draw(st.booleans()):
        return done()
    events.append(CassationFiled(clock.next(within=20)))
    return done()


def request_events(
    bodies: st.SearchStrategy[PublicBody] | None = None,
) -> st.SearchStrategy[tuple[PublicBody, tuple[Event, ...]]]:
    """``(body, events)`` of a valid request (see :func:`requests`)."""
    return requests(bodies).map(lambda r: (r.body, r.events))


@st.composite
def shuffled_requests(
    draw: st.DrawFn, bodies: st.SearchStrategy[PublicBody] | None = None
) -> tuple[PublicBody, tuple[Event, ...]]:
    """``(body, events)`` of a valid log broken at random: two events swapped, one repeated
    or one dropped. The result may still be valid; usually it is not."""
    body, events = draw(request_events(bodies))
    log = list(events)
    how = draw(st.sampled_from(("swap", "repeat", "drop")))
    i = draw(st.integers(0, len(log) - 1))
    j = draw(st.integers(0, len(log) - 1))
    if how == "swap":
        log[i], log[j] = log[j], log[i]
    elif how == "repeat":
        log.insert(j, log[i])
    else:
        del log[i]
    return body, tuple(log)


def _any_notice(draw: st.DrawFn, at: datetime) -> NoticeSent:
    outcome = draw(st.sampled_from(NoticeOutcome))
    refusing = outcome in (NoticeOutcome.REFUSED, NoticeOutcome.PARTLY)
    return NoticeSent(
        at,
        outcome,
        exemptions=draw(exemption_grounds()) if refusing else (),
        holder="Badan lain" if outcome is NoticeOutcome.NOT_HELD else None,
    )


def _any_event(draw: st.DrawFn, at: datetime) -> Event:
    """One event of any kind at ``at``, with arbitrary (valid) fields."""
    kind = draw(st.integers(0, 17))
    mode = draw(st.sampled_from(DisputeMode))
    makers: tuple[Any, ...] = (
        lambda: ExtensionDeclared(at, "Perlu waktu tambahan"),
        lambda: _any_notice(draw, at),
        lambda: InformationDelivered(at),
        lambda: ObjectionFiled(
            at, tuple(draw(st.lists(st.sampled_from(ObjectionGround), min_size=1, unique=True)))
        ),
        lambda: ObjectionAnswered(at, granted=draw(st.booleans())),
        lambda: DisputeFiled(at),
        lambda: DisputeStarted(at, mode),
        lambda: InterimDecision(at, accepted=draw(st.booleans())),
        lambda: MediationExtended(at),
        lambda: ApplicantAbsent(at),
        lambda: DisputeDecided(at, mode),
        lambda: DecisionCopyReceived(at),
        lambda: NonAcceptanceFiled(at),
        lambda: CourtDecided(at),
        lambda: CassationFiled(at),
        lambda: Withdrawn(at),
        lambda: ObjectionFiled(at, (ObjectionGround.NOT_ANSWERED,)),
        lambda: DisputeFiled(at),
    )
    return makers[kind]()  # type: ignore[no-any-return]


@st.composite
def possible_requests(
    draw: st.DrawFn,
    bodies: st.SearchStrategy[PublicBody] | None = None,
    max_events: int = 14,
) -> tuple[PublicBody, tuple[Event, ...]]:
    """``(body, events)``: a log an app may have to store — events of any kind in time order
    after the request's receipt, right or wrong under the law (late, premature, repeated, out
    of place), but each one possible: kiplib refuses only what cannot have happened (time
    running backwards, an answer to a keberatan nobody filed), and every log drawn here has a
    timeline, with what is wrong in ``Timeline.defects``."""
    body = draw(bodies if bodies is not None else public_bodies())
    first = draw(st.dates(min_value=date(2014, 1, 1), max_value=date(2027, 6, 30)))
    clock = _Clock(draw, body, first)
    events: list[Event] = [RequestReceived(clock.last)]
    for _ in range(draw(st.integers(0, max_events))):
        event = _any_event(draw, clock.next(within=draw(st.sampled_from((3, 20, 120)))))
        try:
            check_order((*events, event), start=len(events))
        except SequenceError:
            continue  # it cannot have happened here: draw the next one
        events.append(event)
    return body, tuple(events)
