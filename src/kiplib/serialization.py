"""JSON storage that loses nothing: one cattrs converter for every kiplib record.

Every stored document is a JSON object tagged with its ``kind`` and ``schema_version``::

    {"kind": "deadline", "schema_version": 1, "step": "notice", "start": "2024-04-05", ...}

:func:`loads` checks both, upgrades an older version with pure functions (one per version
step), and refuses unknown keys and wrong types, naming the JSON path of *every* problem in a
:class:`~kiplib.errors.StructureError`. Dates are ISO 8601 (``2024-04-05``), instants ISO 8601
with their UTC offset (a naive instant is refused), enums by value, citations as objects.

Examples:
    >>> from datetime import date
    >>> import kiplib
    >>> from kiplib import serialization
    >>> d = kiplib.deadline(kiplib.Step.NOTICE, date(2024, 4, 5))
    >>> text = serialization.dumps(d)
    >>> serialization.loads(text) == d
    True
"""

from __future__ import annotations

import copy
import enum
import functools
import itertools
import json
import math
import statistics
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime, time
from typing import Any, Final, TypeVar, get_origin, overload

import attrs
import cattrs
from cattrs.cols import (
    homogenous_tuple_structure_factory,
    is_any_set,
    is_sequence,
    list_structure_factory,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from kiplib._codec import ClassShape, Codec
from kiplib.calendar import CalendarDay, WorkingCalendar
from kiplib.calendar.national import national_calendar
from kiplib.deadlines import NATIONAL_SOURCE, Deadline, recount
from kiplib.duties import (
    BodyRecords,
    ComplianceCalendar,
    ComplianceItem,
    FinishedRequest,
    ServiceStatistics,
)
from kiplib.errors import InvalidRecordError, KiplibError, Problem, StructureError
from kiplib.exemption import (
    Approval,
    Classification,
    ConsequenceTest,
    ConsequenceTestHistory,
    ExemptionAction,
    ExemptionPeriod,
    ExemptionStatus,
    LegalBasis,
    Official,
    Redaction,
    ReleaseEvent,
)
from kiplib.i18n import N_, NP_
from kiplib.law import (
    NATIONAL_TABLE,
    Citation,
    CommissionPractice,
    CountUnit,
    InformationItem,
    PublicBody,
    StepRule,
)
from kiplib.registers import (
    DikChange,
    DikEntry,
    DikExit,
    DikRegister,
    DipChange,
    DipEntry,
    DipRegister,
)
from kiplib.requests import EVENT_TYPES, Event, Request, Timeline, timeline
from kiplib.rulebook import RuleBook

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "MAX_PROBLEMS",
    "MAX_TEXT",
    "NOT_STORED",
    "RecordType",
    "converter",
    "dumps",
    "from_dict",
    "loads",
    "record_types",
    "register",
    "to_dict",
    "verify",
]

T = TypeVar("T")
Upgrade = Callable[[dict[str, Any]], dict[str, Any]]

#: The one converter. Strict: unknown keys are errors.
converter: Final = make_converter(forbid_extra_keys=True, prefer_attrib_converters=False)


# --------------------------------------------------------------------------- scalar hooks
def _structure_date(value: object, _type: type) -> date:
    if isinstance(value, str):
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            # YYYY-MM-DD alone: Python also reads a week date (2024-W14-5) of ten characters,
            # which would not be written back as it was given.
            if len(value) == 10 and value[4] == value[7] == "-":
                return parsed
    raise ValueError(f"expected an ISO date YYYY-MM-DD, got {value!r}")


def _structure_datetime(value: object, _type: type) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None or parsed.utcoffset() is None:
                raise ValueError(f"the instant {value!r} has no UTC offset")
            return parsed
    raise ValueError(f"expected an ISO 8601 instant with its UTC offset, got {value!r}")


def _structure_time(value: object, _type: type) -> time:
    if isinstance(value, str):
        return time.fromisoformat(value)
    raise ValueError(f"expected an ISO time HH:MM, got {value!r}")


def _unstructure_time(value: time) -> str:
    # HH:MM as people write it; the seconds (and fractions) too when there are any: nothing lost.
    if value.second == 0 and value.microsecond == 0:
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def _structure_bool(value: object, _type: type) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(f"expected true or false, got {value!r}")


def _structure_int(value: object, _type: type) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(f"expected a whole number, got {value!r}")


def _structure_str(value: object, _type: type) -> str:
    if isinstance(value, str):
        return value
    raise ValueError(f"expected a string, got {value!r}")


def _structure_float(value: object, _type: type) -> float:
    # JSON numbers only: no booleans, no strings, nothing that is not a finite number.
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
        if math.isfinite(number):
            return number
    raise ValueError(f"expected a finite number, got {value!r}")


def _is_collection(type_: Any) -> bool:
    return (is_sequence(type_) or is_any_set(type_)) and type_ not in (str, bytes)


def _strict_collection(type_: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """A JSON array and nothing else where a list goes: a string is never split into its
    characters, an object never read as its keys."""
    origin = get_origin(type_) or type_
    if origin in (tuple, tuple):
        inner = homogenous_tuple_structure_factory(type_, conv)
    elif is_any_set(type_):
        inner = conv._structure_frozenset if origin is frozenset else conv._structure_set
    else:
        inner = list_structure_factory(type_, conv)

    def structure(value: Any, cl: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise ValueError(f"expected a JSON array, got {_short(value)}")
        return inner(value, cl)

    return structure


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(date, _structure_date)
converter.register_unstructure_hook(datetime, datetime.isoformat)
converter.register_structure_hook(datetime, _structure_datetime)
converter.register_unstructure_hook(time, _unstructure_time)
converter.register_structure_hook(time, _structure_time)
converter.register_structure_hook(bool, _structure_bool)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(float, _structure_float)
converter.register_structure_hook_factory(_is_collection, _strict_collection)
converter.register_unstructure_hook(frozenset, lambda s: sorted(s))


#: Fields that are never stored (rebuilt when a document is read): ``class -> field names``.
#: The JSON Schemas of :mod:`kiplib.service.schemas` read this table too.
NOT_STORED: Final[Mapping[type[Any], frozenset[str]]] = {
    Deadline: frozenset({"calendar", "later_receipt", "later_rule"})
}


def _not_stored(cls: type[Any]) -> dict[str, Any]:
    """The cattrs overrides that leave out the fields of ``cls`` that are never stored."""
    return {name: override(omit=True) for name in NOT_STORED[cls]}


#: Classes stored without the fields that keep their default, with their field overrides.
_OMIT_DEFAULTS: Final[dict[type[Any], dict[str, Any]]] = {}


def _omit_defaults(cls: type[Any], **overrides: Any) -> None:
    """Store ``cls`` without the fields that keep their default (shorter documents).

    The unstructure function is made on first use (a hook factory), so a record nested in
    another one is stored the same way whichever of the two was configured first.
    """
    _OMIT_DEFAULTS[cls] = overrides
    _SHAPES[cls] = ClassShape(omit_if_default=True, overrides=overrides)


#: How each configured class is stored — what the converter is told and what the fast paths
#: of :mod:`kiplib._codec` are made from (one description for both).
_SHAPES: Final[dict[type[Any], ClassShape]] = {}


converter.register_unstructure_hook_factory(
    lambda t: t in _OMIT_DEFAULTS,
    lambda t: make_dict_unstructure_fn(
        t, converter, _cattrs_omit_if_default=True, **_OMIT_DEFAULTS[t]
    ),
)


def _practice_in_full(practice: CommissionPractice) -> dict[str, Any]:
    """A commission's practice inside a deadline: every field, those equal to their default
    too (the deadline's hook was made before practices were stored without defaults)."""
    assert _practice_fn is not None
    return _practice_fn(practice)


_practice_fn: Callable[[CommissionPractice], dict[str, Any]] | None = None


def _configure() -> None:
    global _practice_fn
    _omit_defaults(Citation)
    _omit_defaults(CalendarDay)
    _omit_defaults(StepRule)
    # Version 2: a setting the body leaves to its district (or the national default) is not
    # stored, so "not set" and "set to the default" stay apart.
    _omit_defaults(PublicBody)
    # Made here, after citations and rules are configured (as the deadline's hook made it).
    _practice_fn = make_dict_unstructure_fn(CommissionPractice, converter)
    deadline: dict[str, Any] = {
        **_not_stored(Deadline),
        # Set only by district plugins: national deadlines are stored as before.
        "base_rule": override(omit_if_default=True),
        "receipt": override(omit_if_default=True),
        "local_due": override(omit_if_default=True),
        # The courts' steps and deadlines stored before D-12 have none (D-6 applies). A
        # deadline stores its practice with every field (``known`` too), as it always has.
        "practice": override(omit_if_default=True, unstruct_hook=_practice_in_full),
        "computed_with": override(omit_if_default=True),
    }
    _SHAPES[Deadline] = ClassShape(overrides=deadline)
    converter.register_unstructure_hook(
        Deadline, make_dict_unstructure_fn(Deadline, converter, **deadline)
    )
    # The request's own identifier is stored when the app gave one (request v3, timeline v4):
    # a request without one is stored as before.
    request_: dict[str, Any] = {"id": override(omit_if_default=True)}
    _SHAPES[Request] = ClassShape(overrides=request_)
    converter.register_unstructure_hook(
        Request, make_dict_unstructure_fn(Request, converter, **request_)
    )
    timeline_: dict[str, Any] = {
        "request_id": override(omit_if_default=True),
        "computed_with": override(omit_if_default=True),
    }
    _SHAPES[Timeline] = ClassShape(overrides=timeline_)
    converter.register_unstructure_hook(
        Timeline, make_dict_unstructure_fn(Timeline, converter, **timeline_)
    )
    # Pasal 12 figures counted by the UU's periods are stored as before.
    statistics_: dict[str, Any] = {"local_periods": override(omit_if_default=True)}
    _SHAPES[ServiceStatistics] = ClassShape(overrides=statistics_)
    converter.register_unstructure_hook(
        ServiceStatistics, make_dict_unstructure_fn(ServiceStatistics, converter, **statistics_)
    )
    _omit_defaults(CommissionPractice)
    _configure_events()
    converter.register_structure_hook(
        Deadline,
        make_dict_structure_fn(
            Deadline,
            converter,
            _cattrs_forbid_extra_keys=True,
            **_not_stored(Deadline),
        ),
    )
    _configure_records()
    _configure_registers()


def _configure_records() -> None:
    """Classification, consequence-test and exemption records (stored without defaults)."""

    for cls in (Approval, ConsequenceTest, ExemptionPeriod, LegalBasis, Official, Redaction):
        _omit_defaults(cls)
    _omit_defaults(Classification)
    # Facts are stored as a sorted list of their values, so equal items give equal JSON.
    _omit_defaults(
        InformationItem,
        facts=override(unstruct_hook=lambda facts: sorted(f.value for f in facts)),
    )


def _configure_events() -> None:
    """Request events are a tagged union: each object names its ``type`` (never ``kind``)."""

    def tagged(cls: type[Any]) -> Callable[[Any], dict[str, Any]]:
        plain = make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)
        tag = cls.TYPE
        return lambda obj: {"type": tag, **plain(obj)}

    for cls in EVENT_TYPES.values():
        converter.register_unstructure_hook(cls, tagged(cls))
        _SHAPES[cls] = ClassShape(omit_if_default=True, tag=cls.TYPE)

    def structure_event(value: object, _type: object) -> Any:
        if not isinstance(value, Mapping):
            raise ValueError(f"expected an event object with its type, got {value!r}")
        tag = value.get("type")
        cls = EVENT_TYPES.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise ValueError(
                f"unknown event type {tag!r}; expected one of {', '.join(sorted(EVENT_TYPES))}"
            )
        return converter.structure({k: v for k, v in value.items() if k != "type"}, cls)

    converter.register_structure_hook_func(lambda t: t == Event, structure_event)


def _configure_registers() -> None:
    """DIP, DIK and yearly-duty records (stored without defaults)."""
    for cls in (DipEntry, DikEntry, DikExit, DipChange, FinishedRequest, ComplianceItem):
        _omit_defaults(cls)


# --------------------------------------------------------------------------- record registry
@attrs.frozen
class RecordType:
    """A kind of stored document: its tag, its class, its version and how to upgrade."""

    kind: str
    cls: type[Any]
    version: int
    #: ``upgrades[v]`` turns a version-``v`` document into version ``v + 1`` (pure functions).
    upgrades: Mapping[int, Upgrade] = attrs.field(factory=dict)


_REGISTRY: dict[str, RecordType] = {}
_BY_CLASS: dict[type[Any], RecordType] = {}

#: Record kinds of kiplib itself: ``kind -> (class, current version)``.
_BUILTIN: Final[dict[str, tuple[type[Any], int]]] = {
    "citation": (Citation, 1),
    "calendar_day": (CalendarDay, 1),
    "calendar": (WorkingCalendar, 1),
    "deadline": (Deadline, 3),
    "public_body": (PublicBody, 2),
    "step_rule": (StepRule, 1),
    "information_item": (InformationItem, 2),
    "classification": (Classification, 3),
    "consequence_test": (ConsequenceTest, 3),
    "consequence_test_history": (ConsequenceTestHistory, 3),
    "release_event": (ReleaseEvent, 1),
    "exemption_status": (ExemptionStatus, 1),
    "exemption_action": (ExemptionAction, 1),
    "request": (Request, 3),
    "timeline": (Timeline, 4),
    "dip_entry": (DipEntry, 1),
    "dip_register": (DipRegister, 2),
    "dik_entry": (DikEntry, 1),
    "dik_register": (DikRegister, 2),
    "dip_change": (DipChange, 1),
    "dik_change": (DikChange, 1),
    "finished_request": (FinishedRequest, 1),
    "service_statistics": (ServiceStatistics, 2),
    "compliance_calendar": (ComplianceCalendar, 3),
    "body_records": (BodyRecords, 4),
}


def _v1_officials_without_role(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2 of the kinds that store consequence-test records: version 2 added the
    optional ``role`` of an :class:`~kiplib.Official` (absent means not stated), so a version-1
    document reads as it is. The stored document is copied, never modified."""
    copied: dict[str, Any] = copy.deepcopy(doc)
    return copied


def _v1_classification_without_local(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2 of ``classification``: version 2 added ``local`` (what district plugins
    changed; absent means nothing), so a version-1 document reads as it is (copied)."""
    copied: dict[str, Any] = copy.deepcopy(doc)
    return copied


def _classification_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 -> 3 of ``classification``: version 3 may show a district rule that was not
    yet in force on the date of the classification (``not_in_force``, with its ``in_force``
    date); a version-2 document has none and reads as it is (copied)."""
    copied: dict[str, Any] = copy.deepcopy(doc)
    return copied


def _v1_deadlines_without_local(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2 of ``deadline`` and ``timeline``: version 2 may store, for a body
    governed by a district plugin, the shortened base rule (``base_rule``) and the district
    receipt policy (``receipt``) of a deadline; absent means none, so a version-1 document
    reads as it is (copied)."""
    copied: dict[str, Any] = copy.deepcopy(doc)
    return copied


def _v1_statistics_without_unanswered(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2 of ``service_statistics``: version 2 counts the requests received
    without a written notice (``unanswered``, part of ``received``); version 1 only counted
    finished requests, so none were unanswered."""
    copied: dict[str, Any] = copy.deepcopy(doc)
    copied["unanswered"] = 0
    return copied


_BODY_KEYS: Final = frozenset({"name", "timezone", "body_type", "level"})
#: What a version-1 body stored for a setting it left to the defaults: kiplib could not tell
#: it from a setting the body chose, and let a district plugin replace it.
_V1_DEFAULTS: Final = {
    "timezone": "Asia/Jakarta",
    "after_hours": "same_day",
    "service_closes_at": "16:00",
}
_DEADLINE_KEYS: Final = frozenset({"step", "start", "due", "rule", "clock_start"})


def _walk(value: Any, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    if isinstance(value, dict):
        return change({k: _walk(v, change) for k, v in value.items()})
    if isinstance(value, list):
        return [_walk(v, change) for v in value]
    return value


def _body_v2(node: dict[str, Any]) -> dict[str, Any]:
    if not node.keys() >= _BODY_KEYS:
        return node
    return {k: v for k, v in node.items() if _V1_DEFAULTS.get(k, object()) != v}


def _deadline_v3(node: dict[str, Any]) -> dict[str, Any]:
    if not node.keys() >= _DEADLINE_KEYS or "latest" in node:
        return node
    return {**node, "latest": node["due"]}


def _bodies_not_set(doc: dict[str, Any]) -> dict[str, Any]:
    """To the version that stores a public body's settings only when the body sets them (its
    time zone, after-hours policy and closing time): a body stored before that always held
    them, and a setting equal to kiplib's default (WIB, the day of receipt counts, 16.00) was
    then treated as not set — a district plugin's policy replaced it. The upgrade keeps that
    meaning: such a setting becomes "not set", so every result stays what it was. (A copy; the
    stored document is not modified.)"""
    out: dict[str, Any] = _walk(doc, _body_v2)
    return out


def _deadlines_with_latest(doc: dict[str, Any]) -> dict[str, Any]:
    """To the version where a deadline stores ``latest`` (the last day any reading allows):
    before it, a deadline had one last day, so ``latest`` is its ``due``."""
    out: dict[str, Any] = _walk(doc, _deadline_v3)
    return out


def _requests_without_id(doc: dict[str, Any]) -> dict[str, Any]:
    """To the version that may store a request's own identifier (``id`` of a ``request``,
    ``request_id`` of a ``timeline``, the requests of ``body_records``): absent means the app
    gave none (the request's key is derived from its receipt), so an older document reads as
    it is (copied)."""
    copied: dict[str, Any] = copy.deepcopy(doc)
    return copied


def _calendar_valid_until(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 -> 3 of ``compliance_calendar``: version 3 says until when the calendar
    holds; one stored before is known to hold on its own day only (a copy)."""
    copied: dict[str, Any] = copy.deepcopy(doc)
    copied["valid_until"] = copied["as_of"]
    return copied


def _timeline_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 -> 3 of ``timeline``: bodies keep "not set" apart from the default, and every
    deadline gains ``latest``."""
    return _deadlines_with_latest(_bodies_not_set(doc))


#: Upgrade functions of the built-in kinds: ``kind -> {version: upgrade to version + 1}``.
_BUILTIN_UPGRADES: Final[dict[str, dict[int, Upgrade]]] = {
    "public_body": {1: _bodies_not_set},
    "information_item": {1: _bodies_not_set},
    "consequence_test": {1: _v1_officials_without_role, 2: _bodies_not_set},
    "consequence_test_history": {1: _v1_officials_without_role, 2: _bodies_not_set},
    "body_records": {1: _v1_officials_without_role, 2: _bodies_not_set, 3: _requests_without_id},
    "request": {1: _bodies_not_set, 2: _requests_without_id},
    "dip_register": {1: _bodies_not_set},
    "dik_register": {1: _bodies_not_set},
    "compliance_calendar": {1: _bodies_not_set, 2: _calendar_valid_until},
    "classification": {1: _v1_classification_without_local, 2: _classification_v3},
    "deadline": {1: _v1_deadlines_without_local, 2: _deadlines_with_latest},
    "timeline": {1: _v1_deadlines_without_local, 2: _timeline_v3, 3: _requests_without_id},
    "service_statistics": {1: _v1_statistics_without_unanswered},
}
_configured = False


def _ensure() -> None:
    global _configured, _codec
    if _configured:
        return
    _configured = True
    _configure()
    _codec = Codec(
        converter,
        _SHAPES,
        {Event: EVENT_TYPES},
        written_in_full={_practice_in_full: CommissionPractice},
        max_text=MAX_TEXT,
        max_depth=MAX_DEPTH,
        interned=frozenset({Citation, PublicBody}),
    )
    for kind, (cls, version) in _BUILTIN.items():
        if kind not in _REGISTRY:
            register(kind, cls, version=version, upgrades=_BUILTIN_UPGRADES.get(kind))


#: The fast paths of kiplib's own kinds (made in :func:`_ensure`, each on first use).
_codec: Codec | None = None
#: The tags of a stored document, which its class does not hold.
_TAGS: Final = frozenset({"kind", "schema_version"})
#: The fast reader of each kind and the fast writer of each class, once looked for
#: (``None``: the converter's). :func:`register` forgets them.
_FAST_READERS: Final[dict[str, tuple[RecordType, Callable[[Any], Any] | None]]] = {}
_FAST_WRITERS: Final[dict[type[Any], Callable[[Any], str] | None]] = {}


def _fast_kind(kind: object, cls: type[Any] | None) -> RecordType | None:
    """The record type of ``kind`` when the fast paths may read and write it: one of
    kiplib's own kinds, still registered with its own class (an app may register others,
    which only the converter knows how to store)."""
    record = _REGISTRY.get(kind) if type(kind) is str else None
    if record is None or (cls is not None and record.cls is not cls):
        return None
    builtin = _BUILTIN.get(record.kind)
    if builtin is None or builtin[0] is not record.cls:
        return None
    return record


def _read_fast(data: object, cls: type[Any] | None) -> tuple[Any, RecordType] | None:
    """The record in ``data`` read by the fast path, with its type; ``None`` whenever the
    strict path must decide (any doubt, any problem: it reads the document again)."""
    if type(data) is not dict:
        return None
    kind = data.get("kind")
    found = _FAST_READERS.get(kind) if type(kind) is str else None
    if found is None:
        record = _fast_kind(kind, None)
        if record is None:
            return None
        assert _codec is not None
        found = _FAST_READERS[record.kind] = (record, _codec.reader(record.cls, skip=_TAGS))
    record, read = found
    version = data.get("schema_version")
    if read is None or type(version) is not int or version != record.version:
        return None
    if cls is not None and record.cls is not cls:
        return None
    try:
        return read(data), record
    except Exception:  # the strict path reads it again and names the problem
        return None


def register(
    kind: str, cls: type[Any], *, version: int = 1, upgrades: Mapping[int, Upgrade] | None = None
) -> None:
    """Make ``cls`` storable under ``kind`` at ``version`` (plugins and apps may add kinds)."""
    record = RecordType(kind, cls, version, dict(upgrades or {}))
    _REGISTRY[kind] = record
    _BY_CLASS[cls] = record
    _FAST_READERS.clear()
    _FAST_WRITERS.clear()


def record_types() -> tuple[RecordType, ...]:
    """Every registered kind of record."""
    _ensure()
    return tuple(_REGISTRY.values())


# --------------------------------------------------------------------------- dump / load
def to_dict(obj: object) -> dict[str, Any]:
    """``obj`` as a JSON-ready dict, tagged with ``kind`` and ``schema_version``."""
    _ensure()
    record = _BY_CLASS.get(type(obj))
    if record is None:
        raise StructureError(
            field=type(obj).__name__,
            problems=[Problem("$", "unknown-kind", N_("jenis rekaman tidak terdaftar"))],
        )
    body = converter.unstructure(obj)
    return {"kind": record.kind, "schema_version": record.version, **body}


def dumps(obj: object, *, indent: int | None = None) -> str:
    """``obj`` as a JSON document (UTF-8 text kept as it is, e.g. Indonesian names)."""
    if indent is None:
        text = _write_fast(obj)
        if text is not None:
            return text
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent, sort_keys=False)


def _write_fast(obj: object) -> str | None:
    """``json.dumps(to_dict(obj), ensure_ascii=False)`` made by the fast path; ``None``
    when the converter must make it (another kind, a value of an unexpected type)."""
    write = _FAST_WRITERS.get(type(obj), _write_fast)
    if write is _write_fast:  # not looked for yet
        _ensure()
        assert _codec is not None
        record = _BY_CLASS.get(type(obj))
        write = None
        if record is not None and _fast_kind(record.kind, type(obj)) is not None:
            head = f'"kind": {json.dumps(record.kind)}, "schema_version": {record.version}'
            write = _codec.writer(record.cls, head)
        _FAST_WRITERS[type(obj)] = write
    if write is None:
        return None
    try:
        return write(obj)
    except Exception:  # the converter makes the document (or says why not)
        return None


@overload
def from_dict(data: Mapping[str, Any], cls: None = None, *, verify: bool = True) -> Any: ...
@overload
def from_dict(data: Mapping[str, Any], cls: type[T], *, verify: bool = True) -> T: ...
def from_dict(data: Mapping[str, Any], cls: type[T] | None = None, *, verify: bool = True) -> Any:
    """The record stored in ``data`` (checked, upgraded, structured, and — for a derived
    kind — verified).

    A derived record (a deadline, a timeline, the Pasal 12 figures) is computed again from
    its own inputs when that is possible here (see :func:`verify`); a contradiction raises
    :class:`~kiplib.errors.InvalidRecordError` naming each field. ``verify=False`` skips
    that step (the structure is still checked).
    """
    _ensure()
    fast = _read_fast(data, cls)
    if fast is not None:
        value, record = fast
    else:
        value, record = _read_strict(data, cls)
    if verify:
        found = _VERIFIERS[record.cls](value) if record.cls in _VERIFIERS else ()
        if found:
            raise InvalidRecordError(field=record.kind, problems=found)
    return value


def _read_strict(data: Mapping[str, Any], cls: type[Any] | None) -> tuple[Any, RecordType]:
    """The record in ``data`` read by the converter, every problem named with its path."""
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        raise StructureError(
            field="$", problems=[Problem("$", "not-object", N_("harus berupa objek JSON"))]
        )
    _check_limits(data)
    kind = data.get("kind")
    version = data.get("schema_version")
    record = _REGISTRY.get(kind) if isinstance(kind, str) else None
    if record is None:
        problems.append(
            Problem(
                "$.kind",
                "unknown-kind",
                N_("jenis rekaman tidak dikenal: {kind}"),
                {"kind": repr(kind)},
            )
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(
            Problem("$.schema_version", "bad-version", N_("versi skema harus bilangan bulat >= 1"))
        )
    if record is not None and cls is not None and record.cls is not cls:
        problems.append(
            Problem(
                "$.kind",
                "wrong-kind",
                N_("diharapkan {expected}, ditemukan {kind}"),
                {"expected": _kind_of(cls), "kind": kind},
            )
        )
    if problems:
        raise StructureError(field=str(kind), problems=problems)
    assert record is not None and isinstance(version, int)
    if version > record.version:
        raise StructureError(
            field=record.kind,
            problems=[
                Problem(
                    "$.schema_version",
                    "too-new",
                    N_("versi {version} lebih baru dari yang dikenal ({known})"),
                    {"version": version, "known": record.version},
                )
            ],
        )
    body = {k: v for k, v in data.items() if k not in ("kind", "schema_version")}
    for v in range(version, record.version):
        body = record.upgrades[v](body)
    try:
        value = converter.structure(body, record.cls)
    except Exception as exc:  # cattrs groups every problem; name each with its JSON path
        raise StructureError(field=record.kind, problems=_problems(exc)) from exc
    return value, record


@overload
def loads(text: str | bytes, cls: None = None, *, verify: bool = True) -> Any: ...
@overload
def loads(text: str | bytes, cls: type[T], *, verify: bool = True) -> T: ...
def loads(text: str | bytes, cls: type[T] | None = None, *, verify: bool = True) -> Any:
    """The record in the JSON document ``text``; see :func:`from_dict`. A document larger
    than :data:`MAX_DOCUMENT_BYTES` or nested deeper than :data:`MAX_DEPTH` is refused."""
    if not isinstance(text, str | bytes | bytearray):
        raise StructureError(
            field="$",
            problems=[
                Problem(
                    "$", "not-json", N_("bukan JSON yang sah: {error}"), {"error": _short(text)}
                )
            ],
        )
    if len(text) > MAX_DOCUMENT_BYTES:
        raise StructureError(
            field="$",
            problems=[
                Problem(
                    "$",
                    "too-large",
                    N_("dokumen lebih besar dari {limit} bait"),
                    {"limit": MAX_DOCUMENT_BYTES},
                )
            ],
        )
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise _too_deep("$") from exc
    except (ValueError, TypeError) as exc:
        raise StructureError(
            field="$",
            problems=[
                Problem("$", "not-json", N_("bukan JSON yang sah: {error}"), {"error": str(exc)})
            ],
        ) from exc
    return from_dict(data, cls, verify=verify)


#: The largest stored document :func:`loads` reads (64 MiB: a national register of
#: 100 000 entries is far smaller).
MAX_DOCUMENT_BYTES: Final = 64 * 1024 * 1024
#: The deepest nesting of objects and arrays a stored document may have (kiplib's own
#: documents stay under 12).
MAX_DEPTH: Final = 48
#: The longest text a stored field may hold (one million characters).
MAX_TEXT: Final = 1_000_000
#: At most this many problems are listed; the rest are counted.
MAX_PROBLEMS: Final = 100


def _too_deep(path: str) -> StructureError:
    return StructureError(
        field="$",
        problems=[
            Problem(
                path,
                "too-deep",
                N_("dokumen bersarang lebih dalam dari {limit} tingkat"),
                {"limit": MAX_DEPTH},
            )
        ],
    )


def _check_limits(data: object) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` and texts longer than :data:`MAX_TEXT`
    before anything is built from ``data`` (an explicit stack: no recursion)."""
    if _within_limits(data):
        return
    # Something is too deep or too long, or is not plain JSON data: walk again, naming the
    # path of what is wrong.
    stack: list[tuple[object, str, int]] = [(data, "$", 0)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_TEXT:
                raise StructureError(
                    field="$",
                    problems=[
                        Problem(
                            path,
                            "too-long",
                            N_("teks lebih panjang dari {limit} karakter"),
                            {"limit": MAX_TEXT},
                        )
                    ],
                )
            continue
        if isinstance(value, Mapping | list | tuple):
            if depth >= MAX_DEPTH:
                raise _too_deep(path)
            if isinstance(value, Mapping):
                for key, item in value.items():
                    if isinstance(key, str) and len(key) > MAX_TEXT:
                        raise _too_deep(path)
                    stack.append((item, f"{path}.{key}", depth + 1))
            else:
                stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))


def _within_limits(data: object) -> bool:
    """Whether ``data`` — plain JSON data: dicts, lists, strings, numbers — is within the
    limits of :func:`_check_limits`, without making any path. ``False`` also for any other
    container or string type, which :func:`_check_limits` walks itself."""
    if type(data) is not dict:
        return False
    stack: list[tuple[Any, int]] = [(data, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        value, depth = pop()
        if depth >= MAX_DEPTH:
            return False
        if type(value) is dict:
            for key in value:
                if type(key) is not str or len(key) > MAX_TEXT:
                    return False
            items = value.values()
        else:
            items = value
        for item in items:
            kind = type(item)
            if kind is str:
                if len(item) > MAX_TEXT:
                    return False
            elif kind is dict or kind is list:
                push((item, depth + 1))
            elif isinstance(item, str | Mapping | list | tuple):
                return False
    return True


def _kind_of(cls: type[Any]) -> str:
    record = _BY_CLASS.get(cls)
    return record.kind if record else cls.__name__


def _problems(exc: BaseException) -> list[Problem]:
    found = _all_problems(exc)
    if len(found) <= MAX_PROBLEMS:
        return found
    more = len(found) - MAX_PROBLEMS
    return [
        *found[:MAX_PROBLEMS],
        Problem(
            "$",
            "more-problems",
            NP_("dan {count} masalah lain", "dan {count} masalah lain"),
            {"count": more},
        ),
    ]


def _all_problems(exc: BaseException) -> list[Problem]:

    out: list[Problem] = []
    if isinstance(exc, cattrs.BaseValidationError):
        for line in cattrs.transform_error(exc, path="$", format_exception=_format_exception):
            message, _, path = line.rpartition(" @ ")
            out.append(Problem(path or "$", "invalid", N_("{detail}"), {"detail": message}))
    elif isinstance(exc, KiplibError):
        out.append(Problem("$", exc.code, N_("{detail}"), {"detail": str(exc)}))
    else:
        out.append(Problem("$", "invalid", N_("{detail}"), {"detail": str(exc)}))
    return out or [Problem("$", "invalid", N_("{detail}"), {"detail": str(exc)})]


def _format_exception(exc: BaseException, type_: type | None) -> str:

    if isinstance(exc, KiplibError):
        return exc.message("en")
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s): {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, ValueError | TypeError) and str(exc):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


# --------------------------------------------------------------------------- verification
def verify(record: object) -> tuple[Problem, ...]:
    """What is wrong with a derived ``record``: the fields that are not what its own inputs
    give when it is computed again (empty when nothing is, or when it cannot be computed
    here).

    * Pasal 12 figures (``service_statistics``): every total from the per-request times and
      outcomes — always.
    * A deadline: its order of days always (start, clock start, due, latest); its days are
      counted again when it was counted under the national rules by this kiplib and holiday
      data (its ``computed_with``), is not provisional and no district row or floor moved it.
    * A timeline: computed again from its body, events and day when its ``computed_with`` is
      that of the national rules or of the installed rule book here.

    A record made by another kiplib, other holiday data or other plugins is history: it is
    kept as it was stored.
    """
    check = _VERIFIERS.get(type(record))
    return tuple(check(record)) if check is not None else ()


def _mismatch(path: str, stored: object, computed: object) -> Problem:
    return Problem(
        path,
        "contradiction",
        N_("tersimpan {stored}, tetapi dari masukannya sendiri {computed}"),
        {"stored": _short(stored), "computed": _short(computed)},
    )


def _verify_statistics(s: ServiceStatistics) -> list[Problem]:
    problems: list[Problem] = []
    days = [t.working_days for t in s.times]
    counts = {
        "received": s.received,
        "granted": s.granted,
        "partly_granted": s.partly_granted,
        "refused": s.refused,
        "not_held": s.not_held,
        "unanswered": s.unanswered,
        "within_notice_period": s.within_notice_period,
        "within_extended_period": s.within_extended_period,
    }
    for name, value in counts.items():
        if value < 0:
            problems.append(_mismatch(f"$.{name}", value, ">= 0"))
    for i, t in enumerate(s.times):
        if t.working_days < 0:
            problems.append(_mismatch(f"$.times[{i}].working_days", t.working_days, ">= 0"))
    answered = s.granted + s.partly_granted + s.refused + s.not_held
    if len(days) != answered:
        problems.append(_mismatch("$.times", f"{len(days)} requests", f"{answered} answered"))
    if s.received != answered + s.unanswered:
        problems.append(_mismatch("$.received", s.received, answered + s.unanswered))
    notice, extended = s.periods
    for i, pair in enumerate(s.local_periods):
        # A district's rule may shorten the periods of the UU, never lengthen them.
        if not (len(pair) == 2 and 1 <= pair[0] <= notice and pair[0] < pair[1] <= extended):
            problems.append(
                _mismatch(
                    f"$.local_periods[{i}]",
                    list(pair),
                    f"1 <= notice < extended, <= {[notice, extended]}",
                )
            )
    if s.local_periods and not problems:
        notice = max(p[0] for p in s.local_periods)
        extended = max(p[1] for p in s.local_periods)
    # A request answered in time took at most the period's hari kerja, counted on the body's
    # calendar; the converse does not hold (an answer on a day off after the last day, a
    # district's shorter rule, D-12's readings), so the times bound the counts, never fix them.
    bounds = {
        "within_notice_period": sum(1 for d in days if d <= notice),
        "within_extended_period": sum(1 for d in days if d <= extended),
    }
    for name, most in bounds.items():
        if getattr(s, name) > most:
            problems.append(_mismatch(f"$.{name}", getattr(s, name), f"<= {most}"))
    if s.within_notice_period > s.within_extended_period:
        problems.append(
            _mismatch(
                "$.within_extended_period",
                s.within_extended_period,
                f">= {s.within_notice_period} (within_notice_period)",
            )
        )
    expected: dict[str, object] = {
        "mean_working_days": statistics.fmean(days) if days else None,
        "median_working_days": float(statistics.median(days)) if days else None,
        "max_working_days": max(days) if days else None,
    }
    for name, figure in expected.items():
        if getattr(s, name) != figure:
            problems.append(_mismatch(f"$.{name}", getattr(s, name), figure))
    reasons = [(r.ground, r.count) for r in s.refusal_reasons]
    if reasons != sorted(reasons, key=lambda gc: (-gc[1], gc[0])):
        problems.append(_mismatch("$.refusal_reasons", "order", "most frequent first"))
    for i, (_ground, count) in enumerate(reasons):
        if count < 1:
            problems.append(_mismatch(f"$.refusal_reasons[{i}].count", count, ">= 1"))
    if len({g for g, _ in reasons}) != len(reasons):
        problems.append(_mismatch("$.refusal_reasons", "a ground twice", "each ground once"))
    if sum(c for _, c in reasons) < s.refused + s.partly_granted:
        problems.append(
            _mismatch(
                "$.refusal_reasons",
                sum(c for _, c in reasons),
                f">= {s.refused + s.partly_granted} (every refusal names a ground)",
            )
        )
    return problems


def _verify_deadline(d: Deadline, path: str = "$") -> list[Problem]:
    problems: list[Problem] = []
    if d.rule.step is not d.step:
        problems.append(_mismatch(f"{path}.rule.step", d.rule.step.value, d.step.value))
    order = (("start", d.start), ("clock_start", d.clock_start), ("due", d.due))
    for (a, first), (b, second) in itertools.pairwise(order):
        if second < first:
            problems.append(_mismatch(f"{path}.{b}", second.isoformat(), f">= {a}"))
    if d.latest < d.due:
        problems.append(_mismatch(f"{path}.latest", d.latest.isoformat(), ">= due"))
    national = _national_provenance()
    plain = (
        d.rule.source == NATIONAL_SOURCE
        and d.base_rule is None
        and d.local_due is None
        and d.receipt is None
        and d.floor is None
    )
    if problems or not plain or d.provisional or d.computed_with != national:
        return problems
    base = d.rule.base
    expected_base = NATIONAL_TABLE.rule_for(base, d.start).count if base is not None else 0
    if d.rule.unit is CountUnit.WORKING_DAYS and d.base_count != expected_base:
        return [_mismatch(f"{path}.base_count", d.base_count, expected_base)]
    if d.rule != NATIONAL_TABLE.rule_for(d.step, d.start):
        return [_mismatch(f"{path}.rule", "another rule", "the national rule of its step")]
    candidates = [recount(d, national_calendar(cuti_bersama=c)) for c in (True, False)]
    if (d.due, d.latest) not in candidates:
        due, latest = candidates[0]
        if d.due not in (c[0] for c in candidates):
            problems.append(_mismatch(f"{path}.due", d.due.isoformat(), due.isoformat()))
        else:
            problems.append(_mismatch(f"{path}.latest", d.latest.isoformat(), latest.isoformat()))
    return problems


def _verify_timeline(t: Timeline) -> list[Problem]:
    # A deadline that names what computed it is checked with the timeline below (computed
    # again whole); one that does not is held to the order of its own days.
    problems = [
        p
        for i, entry in enumerate(t.entries)
        if entry.deadline.computed_with is None
        for p in _verify_deadline(entry.deadline, f"$.entries[{i}].deadline")
        if p.path.endswith((".start", ".clock_start", ".due", ".latest", ".rule.step"))
    ]
    if problems or t.computed_with is None:
        return problems
    for book in _books():
        try:
            where = book.for_body(t.body)
            if where.provenance != t.computed_with:
                continue
            fresh = timeline(
                t.events, body=t.body, as_of=t.as_of, rules=book, request_id=t.request_id
            )
        except KiplibError:
            continue
        return _differences(t, fresh)
    return []


def _books() -> Iterator[RuleBook]:
    yield RuleBook.national()
    try:
        yield RuleBook.installed()
    except KiplibError:
        return


def _differences(stored: Any, fresh: Any, path: str = "$") -> list[Problem]:
    """The first differing field of each differing part of two values of one attrs class."""
    if stored == fresh:
        return []
    if attrs.has(type(stored)) and type(stored) is type(fresh):
        out: list[Problem] = []
        for field in attrs.fields(type(stored)):
            if field.eq:
                out += _differences(
                    getattr(stored, field.name), getattr(fresh, field.name), f"{path}.{field.name}"
                )
        return out
    if isinstance(stored, tuple) and isinstance(fresh, tuple) and len(stored) == len(fresh):
        return [
            p
            for i, (a, b) in enumerate(zip(stored, fresh, strict=True))
            for p in _differences(a, b, f"{path}[{i}]")
        ]
    return [_mismatch(path, _plain(stored), _plain(fresh))]


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return f"{len(value)} item(s)"
    return value


@functools.cache
def _national_provenance() -> str:
    return RuleBook.national().for_body(PublicBody("Badan Publik")).provenance


_VERIFIERS: Final[dict[type[Any], Callable[[Any], list[Problem]]]] = {
    ServiceStatistics: _verify_statistics,
    Deadline: _verify_deadline,
    Timeline: _verify_timeline,
}


# The converter is public: configure it as soon as this module is imported, so that
# ``converter.structure(data, Event)`` works before any document was dumped or loaded.
_ensure()
