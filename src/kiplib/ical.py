"""iCalendar (RFC 5545) export of a request's running deadlines.

A requester or a PPID can put "keberatan until Monday 10 June 2024" in any calendar app:
:func:`to_ical` turns each running deadline of a :class:`~kiplib.Timeline` into an all-day
event on its due date, with the summary in the chosen language and the full explanation
(rule, count, skipped days, conventions) as its description.

Needs the optional ``icalendar`` package: ``pip install "kiplib[ical]"``; without it a
:class:`~kiplib.errors.MissingDependencyError` says so. The output depends only on the
timeline, so exporting twice gives the same bytes and a calendar app updates events instead of
duplicating them:

* ``DTSTAMP`` is the timeline's ``as_of`` (midnight UTC);
* each event is one duty of one request: its ``UID`` is made of the request's key
  (:attr:`kiplib.Request.id`, or the key derived from its receipt: :attr:`kiplib.Request.key`),
  the body and the step, never of a date, so two requests never share an event and a deadline
  that moves stays the same event. The notice and the notice once extended (UU 14/2008 Pasal
  22 ayat (7) and (8)) are one duty, and so are the mediation and the mediation once extended
  (Perki 1/2013 Pasal 41);
* ``SEQUENCE`` grows with every change of the event: twice the number of events that moved
  the deadline (how many earlier deadlines of the same duty the request has had: an
  extension, a late notice opening a new keberatan window, a copy of the decision received,
  an application filed again), plus one while the deadline is past its safe day and the
  event sits on its last day (D-12). A calendar app takes the event with the higher
  ``SEQUENCE`` as the newer one;
* every text (a body's name may hold anything) is written as RFC 5545 TEXT: line breaks
  escaped, other control characters as U+FFFD, lines folded at 75 octets.

Examples:
    >>> from datetime import date, datetime, timedelta, timezone
    >>> from kiplib import RequestReceived, timeline
    >>> from kiplib.ical import to_ical
    >>> wib = timezone(timedelta(hours=7))
    >>> t = timeline([RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=wib))],
    ...              as_of=date(2024, 4, 10))
    >>> text = to_ical(t, lang="en").decode()
    >>> "DTSTART;VALUE=DATE:20240429" in text
    True
    >>> "SUMMARY:Written notice due" in text
    True
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from kiplib._version import __version__
from kiplib.errors import MissingDependencyError
from kiplib.i18n import N_, gettext, normalize_language
from kiplib.law.steps import Step
from kiplib.requests.lifecycle import Timeline
from kiplib.requests.states import EntryState, TimelineEntry
from kiplib.rulebook import RuleBook

__all__ = ["duty_of", "to_ical"]


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError:
        raise MissingDependencyError(field="kiplib.ical", value="icalendar", extra="ical") from None
    return icalendar


#: The steps that continue another one's duty: the same event, moved.
_CONTINUES: Final = {
    Step.NOTICE_EXTENDED: Step.NOTICE,
    Step.MEDIATION_EXTENDED: Step.MEDIATION,
}

#: Every way a text may break a line, and the control characters TEXT may not hold (RFC 5545
#: section 3.3.11: any character but the controls; a tab is allowed).
_LINE_BREAKS: Final = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS: Final = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f\ud800-\udfff]")


def duty_of(step: Step) -> Step:
    """The duty a step's deadline belongs to: the notice once extended is still the notice,
    the mediation once extended still the mediation; any other step is its own."""
    return _CONTINUES.get(step, step)


def _text(value: str) -> Any:
    """``value`` as an RFC 5545 TEXT value: one line break kind (escaped when written), no
    control character, no lone surrogate."""
    return _text_type()(_CONTROLS.sub("\ufffd", _LINE_BREAKS.sub("\n", value)))


#: RFC 5545 section 3.3.11: a backslash, a semicolon and a comma are escaped, a line break is
#: written ``\n``. (icalendar's own escaping first turns a literal ``\N`` into a line break.)
_TEXT_ESCAPES: Final = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})


@functools.cache
def _text_type() -> Any:
    """icalendar's TEXT value, written with exactly the escapes of RFC 5545."""

    class Text(_icalendar().vText):  # type: ignore[misc]
        def to_ical(self) -> bytes:
            return str(self).translate(_TEXT_ESCAPES).encode("utf-8")

    return Text


def _uid(t: Timeline, duty: Step) -> str:
    key = f"{t.key}\x1f{t.body.name}\x1f{duty.value}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32] + "@kiplib"


def _events(t: Timeline, states: Sequence[EntryState]) -> list[tuple[TimelineEntry, Step, int]]:
    """For each duty, its latest entry in ``states``, with the number of earlier entries of
    the same duty (the events that moved it), in the order the deadlines arose."""
    chosen: dict[Step, tuple[int, TimelineEntry, int]] = {}
    seen: dict[Step, int] = {}
    for position, entry in enumerate(t.entries):
        duty = duty_of(entry.step)
        moved = seen.get(duty, 0)
        seen[duty] = moved + 1
        if entry.state in states:
            chosen[duty] = (position, entry, moved)
    ordered = sorted(chosen.items(), key=lambda item: item[1][0])
    return [(entry, duty, moved) for duty, (_, entry, moved) in ordered]


def to_ical(
    t: Timeline,
    *,
    lang: str = "id",
    states: tuple[EntryState, ...] = (EntryState.RUNNING, EntryState.AT_RISK),
    rules: RuleBook | None = None,
) -> bytes:
    """The deadlines of ``t`` in ``states`` (the open ones by default: running, and at risk
    past their safe day) as an iCalendar document (``text/calendar``, UTF-8): one event per
    duty of the request, its latest deadline in ``states``. A running deadline is on its safe
    day (``due``); one at risk moves to the last day any reading allows (``latest``, D-12) —
    a change of the event, so its ``SEQUENCE`` goes up. A timeline read back from a document
    is explained with the calendars of ``rules`` (``None``: :meth:`kiplib.RuleBook.installed`)."""
    lang = normalize_language(lang)
    ical = _icalendar()
    cal = ical.Calendar()
    cal.add("prodid", f"-//kiplib//kiplib {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    deadlines = gettext(N_("tenggat permohonan informasi"), lang)
    name = f"{t.body.name}: {deadlines}"
    cal.add("x-wr-calname", _text(name))
    stamp = datetime.combine(t.as_of, datetime.min.time(), tzinfo=UTC)
    for entry, duty, moved in _events(t, states):
        label = entry.step.label(lang)
        event = ical.Event()
        # Past the safe day without the step taken by it (D-12): shown on the last day any
        # reading allows; once past, always past — so SEQUENCE never goes back.
        at_risk = (
            entry.latest != entry.due
            and t.as_of > entry.due
            and (entry.done_on is None or entry.done_on > entry.due)
        )
        day = entry.latest if at_risk else entry.due
        event.add("uid", _uid(t, duty))
        event.add("sequence", 2 * moved + (1 if at_risk else 0))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        template = (
            N_("{step}: hari aman sudah lewat; hari terakhir menurut cara menghitung lain")
            if at_risk and entry.state is EntryState.AT_RISK
            else N_("{step} paling lambat hari ini")
        )
        summary = gettext(template, lang).format(step=label[:1].upper() + label[1:])
        event.add("summary", _text(f"{summary} — {t.body.name}"))
        event.add("description", _text(entry.explain(lang, rules=rules, body=t.body)))
        event.add("categories", [_text(entry.actor.label(lang))])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
