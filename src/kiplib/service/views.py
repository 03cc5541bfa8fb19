"""How each kind of result is written as JSON — one function per result type, shared by
``kiplib serve`` and ``kiplib … --json`` so that both write the same document.

A result that is a stored kind (a deadline, a timeline, a classification, a compliance
calendar) is written as its stored document (:func:`kiplib.serialization.to_dict`: ``kind``,
``schema_version`` and every field, valid against the kind's JSON Schema), plus one member,
``text``, with what people read, in the language asked for: labels, the explanation, the
messages of actions, guards and defects. :func:`stored` takes ``text`` off again, so the rest
reads back with :func:`kiplib.serialization.from_dict`.

Other results (a consequence-test check, calendar look-ups, a register's check, a rendered
document, the plugins) are plain objects described in the service's OpenAPI document.

Examples:
    >>> from datetime import date
    >>> import kiplib
    >>> from kiplib import serialization
    >>> d = kiplib.deadline(kiplib.Step.NOTICE, date(2024, 4, 5))
    >>> view = deadline_view(d, "en")
    >>> view["kind"], view["due"], view["text"]["citation"]
    ('deadline', '2024-04-29', 'UU 14/2008 Pasal 22 ayat (7)')
    >>> serialization.from_dict(stored(view)) == d
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from kiplib import serialization
from kiplib.calendar.working import WorkingCalendar, format_date
from kiplib.deadlines import Deadline
from kiplib.duties.compliance import ComplianceCalendar
from kiplib.errors import KiplibError, OutOfRangeError, Problem
from kiplib.exemption.classification import Classification
from kiplib.exemption.status import ExemptionStatus
from kiplib.law.bodies import PublicBody
from kiplib.requests.lifecycle import Timeline
from kiplib.rulebook.book import RuleBook
from kiplib.rulebook.contributions import PluginInfo

__all__ = [
    "TEXT",
    "classification_view",
    "compliance_view",
    "day_off_view",
    "days_off_view",
    "deadline_view",
    "document_view",
    "exemption_view",
    "plugins_view",
    "problem_view",
    "register_view",
    "stored",
    "timeline_view",
    "working_days_added_view",
    "working_days_between_view",
]

#: The member that holds what people read.
TEXT = "text"


def stored(view: Mapping[str, Any]) -> dict[str, Any]:
    """The stored document inside a view (``text`` taken off)."""
    return {k: v for k, v in view.items() if k != TEXT}


def deadline_view(
    d: Deadline,
    lang: str = "id",
    *,
    explain: bool = False,
    rules: RuleBook | None = None,
    body: PublicBody | None = None,
) -> dict[str, Any]:
    """A deadline: its stored document and, in ``text``, the step's name, the citation and
    the due day in words; with ``explain``, the explanation too (every skipped day with its
    reason — it takes far longer than the deadline itself, so it is asked for)."""
    text = {
        "step": d.step.label(lang),
        "citation": str(d.citation),
        "due": format_date(d.due, lang),
        "latest": format_date(d.latest, lang),
    }
    if explain:
        text["explanation"] = d.explain(lang, rules=rules, body=body)
    return {**serialization.to_dict(d), TEXT: text}


def timeline_view(
    t: Timeline, lang: str = "id", *, rules: RuleBook | None = None
) -> dict[str, Any]:
    """A request's timeline: its stored document and, in ``text``, the status, each entry's
    step, state, citation and explanation, the actions, the guards and the defects."""
    where = None
    entries = []
    for e in t.entries:
        calendar = e.deadline.calendar
        if calendar is None:  # pragma: no cover - a timeline read back from a document
            where = where or _rules(rules).for_body(t.body)
            calendar = e.deadline.counted_on(where)
        entries.append(
            {
                "step": e.step.label(lang),
                "state": e.state.label(lang),
                "actor": e.actor.label(lang),
                "citation": str(e.deadline.citation),
                "explanation": e.explain(lang, calendar=calendar),
            }
        )
    return {
        **serialization.to_dict(t),
        TEXT: {
            "status": t.status.label(lang),
            "summary": t.summary(lang),
            "entries": entries,
            "actions": [a.message(lang) for a in t.actions],
            "objection": t.objection.message(lang),
            "mediation": t.mediation.message(lang),
            "dispute": t.dispute.message(lang),
            "court": t.court.message(lang),
            "defects": [d.message(lang) for d in t.defects],
        },
    }


def _rules(rules: RuleBook | None) -> RuleBook:
    return rules if rules is not None else RuleBook.installed()


def classification_view(c: Classification, lang: str = "id") -> dict[str, Any]:
    """A classification: its stored document and its explanation in ``text``."""
    return {**serialization.to_dict(c), TEXT: {"explanation": c.explain(lang)}}


def compliance_view(c: ComplianceCalendar, lang: str = "id") -> dict[str, Any]:
    """A compliance calendar: its stored document and its explanation in ``text``."""
    return {**serialization.to_dict(c), TEXT: {"explanation": c.explain(lang)}}


def problem_view(p: Problem, lang: str = "id") -> dict[str, Any]:
    """One problem of a record: its path, code, parameters and message."""
    out: dict[str, Any] = {"path": p.path, "code": p.code, "message": p.message(lang)}
    for key in ("row", "column"):
        if key in p.params:
            out[key] = p.params[key]
    return out


def exemption_view(
    problems: Iterable[Problem], status: ExemptionStatus | None, lang: str = "id"
) -> dict[str, Any]:
    """A consequence-test record checked: ``valid``, every problem, and — when it is valid —
    the exemption's status (its stored document) with its explanation in ``text``."""
    found = [problem_view(p, lang) for p in problems]
    out: dict[str, Any] = {
        "valid": not found,
        "problems": found,
        "status": serialization.to_dict(status) if status is not None else None,
    }
    if status is not None:
        out[TEXT] = {"explanation": status.explain(lang)}
    return out


def day_off_view(calendar: WorkingCalendar, d: date, lang: str = "id") -> dict[str, Any]:
    """One day that is not a working day, with every reason and the instrument behind it."""
    reasons = calendar.reasons(d)
    return {
        "date": d.isoformat(),
        "reasons": [
            {
                "kind": r.category.value,
                "name": r.display_name(lang),
                "instrument": str(r.citation) if r.citation is not None else None,
                "estimated": r.estimated,
                "source": r.source,
            }
            for r in reasons
        ],
    }


def days_off_view(
    calendar: WorkingCalendar, year: int, lang: str = "id", *, weekends: bool = False
) -> dict[str, Any]:
    """The days off of ``year`` (holidays, cuti bersama, local days; weekends when asked)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    days = []
    for d in _days(first, last):
        if calendar.is_working_day(d):
            continue
        view = day_off_view(calendar, d, lang)
        if not weekends:
            view["reasons"] = [r for r in view["reasons"] if r["kind"] != "weekend"]
            if not view["reasons"]:
                continue
        days.append(view)
    return {
        "year": year,
        "confirmed": calendar.is_confirmed_year(year),
        "provisional": calendar.is_provisional(first, last),
        "cuti_bersama": calendar.cuti_bersama,
        "days": days,
    }


def _days(first: date, last: date) -> Iterable[date]:
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        yield date.fromordinal(ordinal)


def _named(err: OutOfRangeError, names: Mapping[str, str]) -> KiplibError:
    """``err`` naming the query parameter the caller gave, not the calendar's argument."""
    field = str(err.params.get("field"))
    return err.naming(names[field]) if field in names else err


def working_days_between_view(calendar: WorkingCalendar, start: date, end: date) -> dict[str, Any]:
    """The working days ``w`` with ``start < w <= end`` (negative when ``end`` comes first)."""
    try:
        counted = calendar.working_days_between(start, end)
    except OutOfRangeError as err:
        raise _named(err, {"a": "start", "b": "end"}) from None
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "working_days": counted,
        "provisional": calendar.is_provisional(min(start, end), max(start, end)),
    }


def working_days_added_view(calendar: WorkingCalendar, start: date, n: int) -> dict[str, Any]:
    """The ``n``-th working day after ``start`` (before it when ``n`` is negative)."""
    try:
        result = calendar.add_working_days(start, n)
    except OutOfRangeError as err:
        raise _named(err, {"date": "start"}) from None
    return {
        "start": start.isoformat(),
        "n": n,
        "result": result.isoformat(),
        "provisional": calendar.is_provisional(min(start, result), max(start, result)),
    }


def register_view(register: Any, problems: Iterable[Problem], lang: str = "id") -> dict[str, Any]:
    """A register read or checked: ``valid``, every problem (by row and column for a table),
    and the register's stored document (``None`` when it could not be read)."""
    found = [problem_view(p, lang) for p in problems]
    return {
        "valid": not found,
        "problems": found,
        "register": serialization.to_dict(register) if register is not None else None,
    }


def document_view(kind: str, fmt: str, content: str) -> dict[str, Any]:
    """A rendered document: its kind, format, media type and text."""
    media = "text/html" if fmt == "html" else "text/markdown"
    return {"kind": kind, "format": fmt, "media_type": media, "content": content}


def plugins_view(infos: Iterable[PluginInfo]) -> list[dict[str, Any]]:
    """The plugins of a rule book: name, version, origin, scope, hooks and regulations."""
    return [
        {
            "name": i.name,
            "version": i.version,
            "origin": i.origin,
            "scope": {
                "level": i.scope.level.name.lower(),
                "region_code": i.scope.region_code,
                "bodies": list(i.scope.bodies),
                "name": i.scope.name,
            },
            "hooks": list(i.hooks),
            "regulations": [
                {
                    "citation": str(r.citation),
                    "title": r.title,
                    "replaces": [str(c) for c in r.replaces],
                    "assumption": r.assumption,
                }
                for r in i.regulations
            ],
        }
        for i in infos
    ]
