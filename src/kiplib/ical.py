"""iCalendar (RFC 5545) export of a request's running deadlines.

A requester or a PPID can put "keberatan until Monday 10 June 2024" in any calendar app:
:func:`to_ical` turns each running deadline of a :class:`~kiplib.Timeline` into an all-day
event on its due date, with the summary in the chosen language and the full explanation
(rule, count, skipped days, conventions) as its description.

Needs the optional ``icalendar`` package: ``pip install "kiplib[ical]"``; without it a
:class:`~kiplib.errors.MissingDependencyError` says so. The output depends only on the
timeline: ``DTSTAMP`` is the timeline's ``as_of`` (midnight UTC) and every ``UID`` is derived
from the body, the step and the dates, so exporting twice gives the same bytes and a calendar
app updates events instead of duplicating them.

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

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from kiplib._version import __version__
from kiplib.errors import MissingDependencyError
from kiplib.i18n import N_, gettext, normalize_language
from kiplib.requests.lifecycle import Timeline
from kiplib.requests.states import EntryState, TimelineEntry
from kiplib.rulebook import RuleBook, rules_or_default

__all__ = ["to_ical"]


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError:
        raise MissingDependencyError(field="kiplib.ical", value="icalendar", extra="ical") from None
    return icalendar


def _uid(t: Timeline, entry: TimelineEntry) -> str:
    key = f"{t.body.name}|{entry.step.value}|{entry.deadline.start}|{entry.due}"
    return hashlib.sha256(key.encode()).hexdigest()[:32] + "@kiplib"


def to_ical(
    t: Timeline,
    *,
    lang: str = "id",
    states: tuple[EntryState, ...] = (EntryState.RUNNING,),
    rules: RuleBook | None = None,
) -> bytes:
    """The deadlines of ``t`` in ``states`` (the running ones by default) as an iCalendar
    document (``text/calendar``, UTF-8). A timeline read back from a document is explained
    with the calendars of ``rules`` (``None``: :meth:`kiplib.RuleBook.installed`)."""
    lang = normalize_language(lang)
    where = None
    ical = _icalendar()
    cal = ical.Calendar()
    cal.add("prodid", f"-//kiplib//kiplib {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{t.body.name}: {gettext(N_('tenggat permohonan informasi'), lang)}")
    stamp = datetime.combine(t.as_of, datetime.min.time(), tzinfo=UTC)
    for entry in t.entries:
        if entry.state not in states:
            continue
        label = entry.step.label(lang)
        event = ical.Event()
        event.add("uid", _uid(t, entry))
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.due)
        event.add("dtend", entry.due + timedelta(days=1))
        event.add(
            "summary",
            gettext(N_("{step} paling lambat hari ini"), lang).format(
                step=label[:1].upper() + label[1:]
            )
            + f" — {t.body.name}",
        )
        calendar = entry.deadline.calendar
        if calendar is None:
            where = where or rules_or_default(rules).for_body(t.body)
            calendar = entry.deadline.counted_on(where)
        event.add("description", entry.explain(lang, calendar=calendar))
        event.add("categories", [entry.actor.label(lang)])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
