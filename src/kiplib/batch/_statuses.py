"""Every step of many requests at once: what :func:`kiplib.timeline` says of each, as columns.

:func:`statuses` reads the events a dashboard keeps as columns — receipt, extension, written
notice, keberatan, the atasan's answer, sengketa, withdrawal — and gives, per request, every
step's due day, last day, state, days late and citation, the request's status, and the last
day all of it holds (``valid_until``). It counts as the request engine does
(:mod:`kiplib.requests.engine`), event for event, with the states of
:func:`kiplib.law.step_state_codes` (one meaning of running, at risk, met, debatable, late,
overdue, expired, superseded and stopped), on per-day tables of each body's deadlines
(:mod:`kiplib.batch._tables`): a few dozen array operations per batch, whatever its size.

What the columns express, and how the engine reads it:

* each column holds one event per request (the day, or the aware instant), or nothing;
* events of one day are taken in the order of a request's life — receipt, extension, notice,
  keberatan, answer, sengketa, withdrawal — and events on different days by their days;
* the withdrawal ends the request: later events change nothing (as in a timeline, where they
  are recorded with no effect);
* the sengketa starts the Komisi Informasi's two clocks (``commission_start``, 14 hari kerja,
  UU 14/2008 Pasal 38 ayat (1); ``commission_end``, the 100-day target of ayat (2)); what the
  Komisi then does — mediation, adjudication, decisions, courts — is the timeline's
  (:func:`kiplib.timeline`) to read from the request's log.

A differential test holds the columns equal to :func:`kiplib.timeline` for generated requests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs

from kiplib._check import argument
from kiplib.batch._columns import Column, DayReader, read_column
from kiplib.batch._tables import (
    BIG,
    EPOCH,
    INVALID,
    NEVER,
    DayTables,
    StepDays,
    citations,
    day_tables,
    time_needed,
)
from kiplib.calendar.working import WorkingCalendar
from kiplib.deadlines import local_date
from kiplib.errors import (
    BeforeLawInForceError,
    InvalidInputError,
    MissingDependencyError,
    OutOfRangeError,
    SequenceError,
)
from kiplib.i18n import N_
from kiplib.law.bodies import PublicBody
from kiplib.law.citation import Citation, uu
from kiplib.law.states import ENTRY_STATES, EntryState, step_state_codes
from kiplib.law.steps import LAW_IN_FORCE, Step
from kiplib.requests.states import Status
from kiplib.rulebook.book import BodyRules, RuleBook, rules_or_default

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    Array = np.ndarray[Any, Any]
else:  # numpy is optional: at run time the name only documents the annotations
    Array = Any

__all__ = [
    "EVENT_COLUMNS",
    "STATUSES",
    "STEP_COLUMNS",
    "StatusColumns",
    "statuses",
]

#: The steps of :func:`statuses`, by the prefix of their columns.
STEP_COLUMNS: Final = MappingProxyType(
    {
        "notice": Step.NOTICE,
        "extension": Step.NOTICE_EXTENDED,
        "objection": Step.OBJECTION,
        "response": Step.OBJECTION_RESPONSE,
        "dispute": Step.DISPUTE,
        "commission_start": Step.DISPUTE_START,
        "commission_end": Step.DISPUTE_END,
    }
)
#: The event columns :func:`statuses` reads, in the order of a request's life (the order of
#: events on one day), each with the event of :mod:`kiplib.requests.events` it stands for.
EVENT_COLUMNS: Final = MappingProxyType(
    {
        "received": "request_received",
        "extended": "extension_declared",
        "notice_sent": "notice_sent",
        "objection_filed": "objection_filed",
        "objection_answered": "objection_answered",
        "dispute_filed": "dispute_filed",
        "withdrawn": "withdrawn",
    }
)
#: The event column each step's clock starts from (a window opened by the other side's
#: silence starts from none: its errors name the receipt).
_STARTS: Final = MappingProxyType(
    {
        "notice": "received",
        "extension": "received",
        "objection": "notice_sent",
        "response": "objection_filed",
        "dispute": "objection_answered",
        "commission_start": "dispute_filed",
        "commission_end": "dispute_filed",
    }
)
#: The steps whose lapse opens the other side's window (D-8; Perki 1/2013 Pasal 13 huruf b).
_LAPSES: Final = (Step.NOTICE, Step.NOTICE_EXTENDED, Step.OBJECTION_RESPONSE)
#: The statuses in the order of their codes (the ``status`` column).
STATUSES: Final = tuple(Status)
_STATUS: Final = {s: i for i, s in enumerate(STATUSES)}
_STATE: Final = {s: i for i, s in enumerate(ENTRY_STATES)}
#: ``datetime64[D]``'s NaT as an integer.
_NAT: Final = -(2**63)


@attrs.frozen(eq=False)
class StatusColumns:
    """The columns of :func:`statuses`, one value per request, in input order.

    For each step of :data:`STEP_COLUMNS` (``notice``, ``extension``, ``objection``,
    ``response``, ``dispute``, ``commission_start``, ``commission_end``):

    * ``<step>_due`` — the day the party that acts is safe by (``Deadline.due``), NaT where
      the request has no such deadline (yet);
    * ``<step>_latest`` — the last day any reading allows (``Deadline.latest``; D-12, D-13);
    * ``<step>_state`` — the state's code: an index of :data:`kiplib.law.ENTRY_STATES`, ``-1``
      where there is no deadline;
    * ``<step>_days_late`` — hari kerja of the body's calendar after ``latest`` up to the day
      the step was taken (``late``) or up to ``as_of`` (``overdue``); 0 otherwise;
    * ``<step>_citation`` — an index of :attr:`citations` (the article of the rule applied),
      ``-1`` where there is no deadline.

    And for the request: ``status`` (an index of :data:`STATUSES`), ``status_until`` (the day
    the status waits for, as :attr:`kiplib.Timeline.status_until`) and ``valid_until`` — the
    last day every column holds unless a new event is recorded (NaT: until an event): the
    timeline's (:attr:`kiplib.Timeline.valid_until`) and, while a step is overdue, no later
    than the day before the next working day, when its days late grow.

    ``cols[name]`` gives a date column as ``datetime64[D]``; :meth:`days` gives it as the
    batch computes it, ``int32`` days since 1970-01-01 with ``NO_DAY`` where there is none
    (the layout of Arrow's ``date32`` and Polars' ``Date``, which the data-frame adapters use
    without conversion). Every array is read-only.

    Attributes:
        as_of: the day described, for bodies of one time zone (``None`` when an instant was
            given and the bodies' zones put it on different days).
        citations: what the ``<step>_citation`` codes stand for.
    """

    as_of: date | None
    citations: tuple[Citation, ...]
    _data: dict[str, Array] = attrs.field(alias="data", repr=False)
    _shown: dict[str, Array] = attrs.field(factory=dict, init=False, repr=False)

    def __len__(self) -> int:
        return len(self._data["status"])

    def __getitem__(self, name: str) -> Array:
        if name not in DATE_COLUMNS:
            return self._data[name]
        found = self._shown.get(name)
        if found is None:
            found = as_datetime64(self._data[name])
            found.flags.writeable = False
            self._shown[name] = found
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._data

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the columns, in order."""
        return tuple(self._data)

    @property
    def columns(self) -> Mapping[str, Array]:
        """Every column as the batch computes it (dates as :meth:`days` gives them)."""
        return MappingProxyType(self._data)

    def days(self, name: str) -> Array:
        """A date column as ``int32`` days since 1970-01-01 (``NO_DAY``: none)."""
        if name not in DATE_COLUMNS:
            raise InvalidInputError(
                field="name", value=repr(name), reason=N_("bukan kolom tanggal")
            )
        return self._data[name]

    def states(self, step: str) -> list[EntryState | None]:
        """The states of ``step`` (a key of :data:`STEP_COLUMNS`) as :class:`EntryState`
        values (``None`` where the request has no such deadline)."""
        return [ENTRY_STATES[c] if c >= 0 else None for c in self._data[f"{step}_state"]]

    def statuses(self) -> list[Status]:
        """The ``status`` column as :class:`~kiplib.requests.states.Status` values."""
        return [STATUSES[c] for c in self._data["status"]]

    def cited(self, step: str) -> list[Citation | None]:
        """The citation of each request's ``step`` deadline (``None`` where it has none)."""
        table = self.citations
        return [table[c] if c >= 0 else None for c in self._data[f"{step}_citation"].tolist()]


#: Where a date column has no date (``int32``).
NO_DAY: Final = -(2**31)
#: The date columns of :class:`StatusColumns`.
DATE_COLUMNS: Final = frozenset(
    [f"{s}_{k}" for s in STEP_COLUMNS for k in ("due", "latest")] + ["status_until", "valid_until"]
)


def as_datetime64(days: Array) -> Array:
    """``int32`` day numbers as ``datetime64[D]`` (``NO_DAY`` becomes NaT)."""
    np = _numpy("statuses")
    wide = days.astype(np.int64)
    missing = (days == NO_DAY).view(np.int8).astype(np.int64)
    out: Array = (wide + missing * (np.int64(_NAT) - np.int64(NO_DAY))).view("datetime64[D]")
    return out


# ------------------------------------------------------------------ bodies
def _numpy(feature: str) -> Any:
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy is installed where the tests run
        raise MissingDependencyError(field=feature, value="numpy", extra="numpy") from None
    return np


def resolve_bodies(
    body: object, bodies: object, n: int
) -> tuple[list[PublicBody | None], Array | None]:
    """The distinct bodies of a batch and each row's index among them (``None``: one body).

    ``body`` is one :class:`~kiplib.PublicBody` (or ``None``) for every row; or a column of
    keys that ``bodies`` maps to bodies (a mapping), of indexes into ``bodies`` (a sequence),
    or of :class:`~kiplib.PublicBody` values.
    """
    np = _numpy("statuses")
    if body is None or isinstance(body, PublicBody):
        return [body], None
    if isinstance(body, str | bytes):
        raise InvalidInputError(
            field="body", value=repr(body)[:80], reason=N_("harus berupa PublicBody atau kolom")
        )
    try:
        column = np.asarray(body)
    except ValueError:  # values of different shapes: kept as they are, each refused below
        values = list(body)  # type: ignore[call-overload]
        column = np.empty(len(values), dtype=object)
        for i, value in enumerate(values):
            column[i] = value
    if column.ndim != 1 or len(column) != n:
        raise InvalidInputError(
            field="body",
            value=str(column.shape),
            reason=N_("setiap kolom harus sepanjang kolom received"),
        )
    if bodies is None:
        found, codes = _distinct(column, N_("harus berupa PublicBody"), PublicBody)
        return found, codes
    if isinstance(bodies, Mapping):
        if column.dtype.kind == "O":
            # Keys numpy cannot sort (None beside texts, bodies): told apart by hashing.
            keys: Any
            keys, codes = _distinct(
                column, N_("tidak ada badan publik untuk kunci ini dalam bodies")
            )
        else:
            keys, codes = np.unique(column, return_inverse=True)
            keys = keys.tolist()
        listed: list[PublicBody | None] = []
        for key in keys:
            if key not in bodies:
                raise InvalidInputError(
                    field="body",
                    value=repr(key)[:80],
                    reason=N_("tidak ada badan publik untuk kunci ini dalam bodies"),
                )
            listed.append(bodies[key])
        return _checked(listed), codes.astype(np.int32)
    if isinstance(bodies, Sequence) and column.dtype.kind in "iu":
        if n and (column.min() < 0 or column.max() >= len(bodies)):
            bad = int(column[(column < 0) | (column >= len(bodies))][0])
            raise InvalidInputError(
                field="body",
                value=bad,
                reason=N_("indeks badan publik di luar daftar bodies"),
            )
        return _checked(list(bodies)), column.astype(np.int32)
    raise InvalidInputError(
        field="bodies",
        value=type(bodies).__name__,
        reason=N_("berikan pemetaan kunci ke PublicBody, atau daftar untuk kolom indeks"),
    )


def _distinct(column: Array, reason: str, kind: type | None = None) -> tuple[list[Any], Array]:
    """The distinct values of an object column in order of first appearance, and each row's
    index among them; a value that is not a ``kind`` (or cannot be hashed) is refused by row."""
    np = _numpy("statuses")
    seen: dict[Any, int] = {}
    codes = np.empty(len(column), dtype=np.int32)
    for i, value in enumerate(column.tolist()):
        try:
            if kind is not None and not isinstance(value, kind):
                raise TypeError
            codes[i] = seen.setdefault(value, len(seen))
        except TypeError:
            raise InvalidInputError(
                field=f"body[{i}]", value=repr(value)[:80], reason=reason
            ) from None
    return list(seen), codes


def _checked(listed: list[Any]) -> list[PublicBody | None]:
    for i, item in enumerate(listed):
        if item is not None and not isinstance(item, PublicBody):
            raise InvalidInputError(
                field=f"bodies[{i}]", value=repr(item)[:80], reason=N_("harus berupa PublicBody")
            )
    return listed


# ------------------------------------------------------------------ tables of a batch
#: Rows computed at once: the temporaries of a slice stay in the processor's cache.
CHUNK: Final = 1 << 15


def _sel(mask: Array, a: Array | int, b: Array | int) -> Array:
    """``a`` where ``mask``, else ``b`` — by arithmetic, without the branches ``numpy.where``
    takes on a random mask (day numbers and codes are far from overflowing ``int32``)."""
    np = _numpy("statuses")
    if isinstance(a, int) and isinstance(b, int):
        a = np.int32(a)
    out: Array = b + mask.view(np.int8) * (a - b)
    return out


@attrs.frozen(eq=False)
class _Days:
    """One step's tables for a batch (the bodies' sets side by side), with its look-ups."""

    due: Array
    latest: Array
    after_due: Array | None
    after_latest: Array | None
    #: One citation code for every row, one per set of tables, or ``None``: per start day.
    constant: Array | int | None
    per_day: Array | None

    @classmethod
    def of(cls, sets: Sequence[DayTables], step: Step) -> _Days:
        np = _numpy("statuses")
        parts: list[StepDays] = [t.steps[step] for t in sets]

        def join(get: Any) -> Array:
            found: list[Array] = [get(p) for p in parts]
            joined: Array = found[0] if len(found) == 1 else np.concatenate(found)
            return joined

        after = any(p.after_due is not None for p in parts)
        constants = [p.constant for p in parts]
        constant: Array | int | None = None
        if all(c is not None for c in constants):
            constant = (
                int(constants[0])  # type: ignore[arg-type]
                if len(set(constants)) == 1
                else np.array(constants, dtype=np.int16)
            )
        return cls(
            join(lambda p: p.due),
            join(lambda p: p.latest),
            join(lambda p: _or(p.after_due, p.due)) if after else None,
            join(lambda p: _or(p.after_latest, p.latest)) if after else None,
            constant,
            None if constant is not None else join(lambda p: p.citation),
        )


def _or(value: Array | None, other: Array) -> Array:
    return other if value is None else value


class _Chunk:
    """The look-ups of one slice of rows: ``offset`` places each row in its body's tables."""

    def __init__(self, offset: Array | None, sig: Array | None) -> None:
        self.offset = offset
        self.sig = sig

    def sub(self, rows: Array) -> _Chunk:
        """The look-ups of the rows ``rows`` of this slice."""
        return _Chunk(
            None if self.offset is None else self.offset[rows],
            None if self.sig is None else self.sig[rows],
        )

    def index(self, days: Array) -> Array:
        return days if self.offset is None else days + self.offset

    def at(self, table: _Days, days: Array, after: Array | None = None) -> tuple[Array, Array]:
        """(due, latest) of clocks started on ``days`` (``after``: rows received after
        service hours by a body that deems them received the next working day, D-7)."""
        np = _numpy("statuses")
        index = self.index(days)
        due = np.take(table.due, index, mode="clip")
        latest = np.take(table.latest, index, mode="clip")
        if after is not None and table.after_due is not None:
            rows = np.flatnonzero(after)
            if len(rows):
                due[rows] = np.take(table.after_due, index[rows], mode="clip")
                latest[rows] = np.take(table.after_latest, index[rows], mode="clip")
        return due, latest

    def latest(self, table: _Days, days: Array) -> Array:
        np = _numpy("statuses")
        out: Array = np.take(table.latest, self.index(days), mode="clip")
        return out

    def citation(self, table: _Days, days: Array) -> Array | int:
        np = _numpy("statuses")
        if table.constant is None:
            assert table.per_day is not None
            out: Array = np.take(table.per_day, self.index(days), mode="clip")
            return out
        if isinstance(table.constant, int):
            return table.constant
        assert self.sig is not None
        picked: Array = np.take(table.constant, self.sig)
        return picked


# ------------------------------------------------------------------ the function
def statuses(
    received: object,
    *,
    extended: object = None,
    notice_sent: object = None,
    objection_filed: object = None,
    objection_answered: object = None,
    dispute_filed: object = None,
    withdrawn: object = None,
    as_of: date | datetime,
    body: object = None,
    bodies: object = None,
    rules: RuleBook | None = None,
    calendar: WorkingCalendar | None = None,
) -> StatusColumns:
    """What :func:`kiplib.timeline` gives for each of many requests, as columns.

    Every event column holds, per request, the day of the event (a local date) or its aware
    instant (turned into the local date of the row's body), or nothing (``None``, NaT, null).
    Columns may be numpy arrays (``datetime64[D]`` dates), Python sequences (``date``, aware
    ``datetime``, ``None``), Arrow arrays (``date32``, ``timestamp`` with a zone), Polars
    series (``Date``, ``Datetime`` with a zone) or pandas series (zone-aware ``datetime64``,
    Arrow dates); a timestamp without a zone, an object column of a data frame or a column that
    mixes dates and instants is an :class:`~kiplib.errors.InvalidInputError` naming the
    column.

    Args:
        received: when each request was received (UU 14/2008 Pasal 22 ayat (7)); required.
        extended: when the PPID extended the notice period (Pasal 22 ayat (8)); booleans are
            read as "extended on the day of receipt".
        notice_sent: when the written notice reached the requester.
        objection_filed: when the keberatan was filed (Pasal 35–36).
        objection_answered: when the atasan PPID's answer reached the requester.
        dispute_filed: when the sengketa was brought to the Komisi Informasi (Pasal 37).
        withdrawn: when the requester withdrew the request.
        as_of: the day to describe (a date, or an aware instant: each body's local date).
        body: one :class:`~kiplib.PublicBody` for every request (``None``: a Badan Publik
            Negara in WIB); or a column naming each request's body: keys of ``bodies`` (a
            mapping), indexes into ``bodies`` (a sequence), or ``PublicBody`` values.
        bodies: the bodies the ``body`` column names.
        rules: the rule book (``None``: :meth:`kiplib.RuleBook.installed`).
        calendar: a calendar to count on instead of each body's (no national floor then, as
            with :func:`kiplib.deadline`).

    Raises:
        InvalidInputError: columns of different lengths, a column that cannot be read, a
            missing receipt, an event after ``as_of``, a body whose after-hours policy (D-7)
            needs the time of receipt given only dates.
        SequenceError: an event before the receipt, an answer to a keberatan never filed
            (what a timeline refuses too).
        BeforeLawInForceError, OutOfRangeError: dates outside the law or the calendar.
        MissingDependencyError: numpy is not installed.

    Examples:
        >>> from datetime import date
        >>> from kiplib.batch import statuses
        >>> cols = statuses(
        ...     [date(2024, 4, 5), date(2024, 4, 5)],
        ...     notice_sent=[None, date(2024, 4, 22)],
        ...     as_of=date(2024, 5, 6),
        ... )
        >>> [str(d) for d in cols["notice_due"]], cols.states("notice")
        (['2024-04-29', '2024-04-29'], [<EntryState.OVERDUE: 'overdue'>, <EntryState.MET: 'met'>])
        >>> [s.value for s in cols.statuses()], [str(d) for d in cols["valid_until"]]
        (['notice_overdue', 'objection_window_open'], ['2024-05-06', '2024-06-10'])
    """
    _numpy("statuses")
    if calendar is not None:
        argument("calendar", calendar, WorkingCalendar)
    book = rules_or_default(rules)
    given = {
        "received": read_column(received, "received"),
        "extended": read_column(extended, "extended", flags=True),
        "notice_sent": read_column(notice_sent, "notice_sent"),
        "objection_filed": read_column(objection_filed, "objection_filed"),
        "objection_answered": read_column(objection_answered, "objection_answered"),
        "dispute_filed": read_column(dispute_filed, "dispute_filed"),
        "withdrawn": read_column(withdrawn, "withdrawn"),
    }
    n = len(given["received"])
    for name, column in given.items():
        if column.kind != "missing" and len(column) != n:
            raise InvalidInputError(
                field=name,
                value=len(column),
                reason=N_("setiap kolom harus sepanjang kolom received"),
            )
    listed, code_of_row = resolve_bodies(body, bodies, n)
    wheres = [book.for_body(b) for b in listed]
    return Batch.of(wheres, code_of_row, calendar, as_of).run(given, n)


@attrs.frozen(eq=False)
class Batch:
    """The bodies of one call, resolved: their tables, zones, closing times and ``as_of``."""

    wheres: list[BodyRules]
    code_of_row: Array | None
    sets: tuple[DayTables, ...]
    sig_of_body: Array
    zones: list[Any]
    zone_of_body: Array
    today_of_body: Array
    as_of: date | None
    #: Each set's closing time (D-7) of every start day in microseconds, the sets joined as
    #: their tables are; ``None`` when no body moves an after-hours receipt.
    closes: Array | None
    #: For each set, the tables of the same body under the national law alone — its own
    #: settings, no district receipt policy (the floor of the windows a lapse opens, D-13);
    #: ``None`` when every body is national or a ``calendar`` was given.
    national_sets: tuple[DayTables, ...] | None

    @classmethod
    def of(
        cls,
        wheres: list[BodyRules],
        code_of_row: Array | None,
        calendar: WorkingCalendar | None,
        as_of: date | datetime,
    ) -> Batch:
        np = _numpy("statuses")
        sets: list[DayTables] = []
        national: list[DayTables] = []
        sig_of_body = []
        for where in wheres:
            tables = day_tables(where, calendar)
            for i, known in enumerate(sets):
                if known is tables:
                    sig_of_body.append(i)
                    break
            else:
                sig_of_body.append(len(sets))
                sets.append(tables)
                national.append(
                    tables
                    if where.is_national or calendar is not None
                    else day_tables(RuleBook.national().for_body(where.on(LAW_IN_FORCE).body), None)
                )
        floors = (
            tuple(national)
            if any(n is not t for n, t in zip(national, sets, strict=True))
            else None
        )
        if len({t.length for t in sets}) > 1:
            raise InvalidInputError(
                field="calendar",
                value=str(sorted({t.length for t in sets})),
                reason=N_("kalender badan publik dan kalender nasional harus sama rentangnya"),
            )
        zone_keys: list[str] = []
        zone_of_body = []
        for where in wheres:
            key = where.body.zone.key
            if key not in zone_keys:
                zone_keys.append(key)
            zone_of_body.append(zone_keys.index(key))
        zones = [next(w.body.zone for w in wheres if w.body.zone.key == k) for k in zone_keys]
        days = [local_date(as_of, w.body, field="as_of").toordinal() - EPOCH for w in wheres]
        shown = date.fromordinal(days[0] + EPOCH) if len(set(days)) == 1 else None
        closes = None
        if any(t.closes is not None for t in sets):
            closes = _join(
                [
                    t.closes if t.closes is not None else np.full(t.length, NEVER, dtype=np.int64)
                    for t in sets
                ]
            )
        return cls(
            wheres,
            code_of_row,
            tuple(sets),
            np.asarray(sig_of_body, dtype=np.int32),
            zones,
            np.asarray(zone_of_body, dtype=np.int32),
            np.asarray(days, dtype=np.int32),
            shown,
            closes,
            floors,
        )

    # -------------------------------------------------------------- per row
    def per_row(self, values: Array, start: int, stop: int) -> Array | None:
        """``values`` (one per body) for the rows ``start:stop``; ``None`` when every body
        has the same value."""
        np = _numpy("statuses")
        if len(values) == 1 or (values == values[0]).all():
            return None
        assert self.code_of_row is not None
        out: Array = np.take(values, self.code_of_row[start:stop])
        return out

    def zone_of_row(self) -> Array | None:
        np = _numpy("statuses")
        if len(self.zones) == 1:
            return None
        assert self.code_of_row is not None
        out: Array = np.take(self.zone_of_body, self.code_of_row)
        return out

    def need_time(self, name: str, days: Array, limit: Array, start: int) -> None:
        """Refuse a date without its time for a row whose body, on that day, deems a receipt
        after closing time received the next working day (D-7): the date cannot say."""
        np = _numpy("statuses")
        timed = (days < BIG) & (limit < NEVER)
        if timed.any():
            row = start + int(np.flatnonzero(timed)[0])
            body = self.wheres[0 if self.code_of_row is None else int(self.code_of_row[row])]
            raise time_needed(name, body.body)

    # -------------------------------------------------------------- the run
    def run(self, given: dict[str, Column], n: int) -> StatusColumns:
        np = _numpy("statuses")
        zone_of_row = self.zone_of_row()
        readers = {
            name: DayReader(column, self.zones, zone_of_row)
            for name, column in given.items()
            if column.kind in ("dates", "instants")
        }
        closes = self.closes
        length = self.sets[0].length
        shared = _Shared(
            {step: _Days.of(self.sets, step) for step in STEP_COLUMNS.values()},
            _join([t.cum for t in self.sets]),
            _join([t.next_working for t in self.sets]),
            _allocate(n),
            np.zeros(n, dtype=bool),
            None
            if self.national_sets is None
            else {step: _Days.of(self.national_sets, step) for step in _LAPSES},
        )
        for name in ("extension", "response", "dispute", "commission_start", "commission_end"):
            shared.nothing(name)
        objected, filed, withdrawn = _Gathered(), _Gathered(), _Gathered()
        for start in range(0, n, CHUNK):
            stop = min(start + CHUNK, n)
            size = stop - start
            sig = self.per_row(self.sig_of_body, start, stop)
            days: dict[str, Array] = {}
            after: dict[str, Array | None] = {"received": None, "objection_filed": None}
            for name in given:
                reader = readers.get(name)
                if reader is None:
                    days[name] = np.full(size, BIG, dtype=np.int32)
                    continue
                days[name], time_of_day = reader.read(start, stop)
                if closes is not None and name in after:
                    # The closing time in force on each row's day, in its body's set (D-7).
                    index = days[name] if sig is None else days[name] + sig * np.int32(length)
                    limit = np.take(closes, index, mode="clip")
                    if time_of_day is None:
                        self.need_time(name, days[name], limit, start)
                    else:
                        after[name] = time_of_day >= limit
            if given["extended"].kind == "flags":
                flags = given["extended"].values[start:stop]
                days["extended"] = _sel(flags, days["received"], BIG)
            today_rows = self.per_row(self.today_of_body, start, stop)
            today: Array | int = int(self.today_of_body[0]) if today_rows is None else today_rows
            self._check(days, today, start)
            chunk = _Chunk(None if sig is None else sig * np.int32(length), sig)
            _first_stage(shared, chunk, days, after, today, size, start, objected, filed, withdrawn)
        _later_stage(shared, objected, _objected, length)
        _later_stage(shared, filed, _filed, length)
        if shared.uncounted:
            self._uncounted(*min(shared.uncounted), readers)
        _finish(shared, withdrawn, self, n)
        return StatusColumns(self.as_of, citations(), _frozen(shared.out))

    def _uncounted(self, row: int, name: str, readers: Mapping[str, DayReader]) -> None:
        """Refuse the deadline of ``name`` at ``row``: it exists, but its last day is past the
        calendar's (what a timeline refuses too), named by the event its clock starts from."""
        np = _numpy("statuses")
        column = _STARTS[name]
        reader = readers.get(column)
        day = BIG if reader is None else int(reader.read(row, row + 1)[0][0])
        if day >= BIG:  # a window opened by silence: named by the receipt
            column = "received"
            day = int(readers[column].read(row, row + 1)[0][0])
        table = self.sets[0].steps[STEP_COLUMNS[name]].due
        counted = np.flatnonzero(table < INVALID)
        raise OutOfRangeError(
            field=f"{column}[{row}]",
            value=_day(day),
            first=_day(counted[0]) if len(counted) else "-",
            last=_day(counted[-1]) if len(counted) else "-",
        )

    def _check(self, days: dict[str, Array], today: Array | int, start: int) -> None:
        """Refuse what a timeline refuses (naming the column and the row) and days from which
        no deadline can be counted."""
        np = _numpy("statuses")
        received = days["received"]
        if not len(received):
            return

        def first(mask: Array) -> int:
            return int(np.flatnonzero(mask)[0])

        missing = received >= BIG
        if missing.any():
            i = first(missing)
            raise InvalidInputError(
                field=f"received[{start + i}]",
                value="None",
                reason=N_("tanggal penerimaan wajib diisi"),
            )
        law = LAW_IN_FORCE.toordinal() - EPOCH
        early = received < law
        if early.any():
            i = first(early)
            raise BeforeLawInForceError(
                field=f"received[{start + i}]",
                value=_day(received[i]),
                in_force=LAW_IN_FORCE.isoformat(),
            )
        for name, values in days.items():
            later = (values > today) & (values < BIG)
            if later.any():
                i = first(later)
                raise InvalidInputError(
                    field=f"{name}[{start + i}]",
                    value=_day(values[i]),
                    reason=N_("sesudah as_of; as_of tidak boleh sebelum peristiwa yang dicatat"),
                )
            if name == "received":
                continue
            before = values < received  # a missing event (BIG) never is
            if before.any():
                i = first(before)
                raise SequenceError(
                    field=f"{name}[{start + i}]",
                    value=EVENT_COLUMNS[name],
                    reason=N_("tercatat sebelum permintaan informasi diterima ({received})"),
                    citation=str(uu(22, 7)),
                    received=_day(received[i]),
                )
        answered, filed = days["objection_answered"], days["objection_filed"]
        orphan = (answered < BIG) & (filed > answered)
        if orphan.any():
            i = first(orphan)
            raise SequenceError(
                field=f"objection_answered[{start + i}]",
                value=EVENT_COLUMNS["objection_answered"],
                reason=N_("belum ada keberatan yang dapat ditanggapi"),
                citation=str(uu(36, 2)),
            )
        # Every event lies between the law and as_of: within the tables when as_of is. A clock
        # that starts there but cannot be counted (its end is past the calendar's) is refused
        # once the stages have run, for the rows that have it (Batch._uncounted).
        last = self.sets[0].length - 1
        if int(np.max(today)) > last:
            raise OutOfRangeError(
                field="as_of",
                value=_day(int(np.max(today))),
                first=_day(self.sets[0].first),
                last=_day(last),
            )


def _day(value: Any) -> str:
    """A day number as people read it (numpy's form beyond the years ``date`` knows)."""
    try:
        return date.fromordinal(int(value) + EPOCH).isoformat()
    except (ValueError, OverflowError):
        np = _numpy("statuses")
        return str(np.datetime64(int(value), "D"))


#: The type of each part of a step's columns (citations: ``int8`` while the codes fit).
_KINDS: Final = (
    ("due", "int32"),
    ("latest", "int32"),
    ("state", "int8"),
    ("days_late", "int16"),  # at most some 23 500 hari kerja fit in the calendar's range
    ("citation", "cite"),
)


def _allocate(n: int) -> dict[str, Array]:
    """Every column of a batch of ``n`` rows, carved from one buffer: one large allocation
    is mapped in large pages, many of a few megabytes each page by page (the difference is
    most of the time a batch takes to write its columns)."""
    np = _numpy("statuses")
    cite = np.dtype(np.int8 if len(citations()) < 127 else np.int16)
    kinds: list[tuple[str, Any]] = [
        (f"{step}_{part}", cite if kind == "cite" else np.dtype(kind))
        for step in STEP_COLUMNS
        for part, kind in _KINDS
    ]
    kinds += [
        ("status", np.dtype(np.int8)),
        ("status_until", np.dtype(np.int32)),
        ("valid_until", np.dtype(np.int32)),
    ]
    # Widest first, so that every column starts aligned.
    placed = sorted(kinds, key=lambda k: -k[1].itemsize)
    buffer = np.empty(sum(d.itemsize for _, d in kinds) * n, dtype=np.uint8)
    out: dict[str, Array] = {}
    at = 0
    for name, dtype in placed:
        size = dtype.itemsize * n
        out[name] = buffer[at : at + size].view(dtype)
        at += size
    return {name: out[name] for name, _ in kinds}


def _frozen(columns: dict[str, Array]) -> dict[str, Array]:
    for array in columns.values():
        array.flags.writeable = False
    return columns


# ------------------------------------------------------------------ the engine
def _join(parts: list[Array]) -> Array:
    np = _numpy("statuses")
    joined: Array = parts[0] if len(parts) == 1 else np.concatenate(parts)
    return joined


class _Gathered:
    """Rows of the whole batch that a later stage reads, with the values it needs."""

    def __init__(self) -> None:
        self.parts: dict[str, list[Array]] = {}
        self.count = 0

    def add(self, rows: Array, **values: Array | int | None) -> None:
        np = _numpy("statuses")
        if not len(rows):
            return
        self.count += len(rows)
        self.parts.setdefault("rows", []).append(rows)
        for name, value in values.items():
            if value is None:
                continue
            part = np.full(len(rows), value, dtype=np.int32) if isinstance(value, int) else value
            self.parts.setdefault(name, []).append(part)

    def joined(self) -> dict[str, Array]:
        return {name: _join(parts) for name, parts in self.parts.items()}


@attrs.frozen(eq=False)
class _Shared:
    """What every stage reads and writes: the tables, the body calendars' running counts
    and next working days, the columns, and which rows have an overdue step."""

    tables: dict[Step, _Days]
    cum: Array
    following: Array
    out: dict[str, Array]
    #: Rows with an overdue step: its days late grow on the next working day.
    overdue: Array
    #: The national tables of the steps whose lapse opens a window (the notice, its
    #: extension, the atasan's answer), for bodies under a district: the window never
    #: closes before the one the UU's own time opens (D-13). ``None``: national bodies only.
    lapse: dict[Step, _Days] | None
    #: ``(row, step column)`` of a deadline that exists but cannot be counted (its start is
    #: too close to the end of the calendar), the first of each slice that has one.
    uncounted: list[tuple[int, str]] = attrs.field(factory=list)

    def nothing(self, name: str) -> None:
        out = self.out
        out[f"{name}_due"].fill(NO_DAY)
        out[f"{name}_latest"].fill(NO_DAY)
        out[f"{name}_state"].fill(-1)
        out[f"{name}_days_late"].fill(0)
        out[f"{name}_citation"].fill(-1)

    def step(
        self,
        name: str,
        at: slice | Array,
        chunk: _Chunk,
        t: Array | int,
        exists: Array | None,
        code: Array,
        due: Array,
        latest: Array,
        done: Array,
        cite: Array | int,
    ) -> None:
        """One step's five columns at the rows ``at`` of the batch."""
        np = _numpy("statuses")
        out = self.out
        if exists is not None:
            due = _sel(exists, due, NO_DAY)
            latest = _sel(exists, latest, NO_DAY)
            cite = _sel(exists, cite, -1)
        out[f"{name}_due"][at] = due
        out[f"{name}_latest"][at] = latest
        if latest.max(initial=NO_DAY) >= INVALID:  # latest >= due: one test covers both
            i = int(np.flatnonzero(latest >= INVALID)[0])
            self.uncounted.append((at.start + i if isinstance(at, slice) else int(at[i]), name))
        out[f"{name}_state"][at] = code
        self.overdue[at] |= code == _STATE[EntryState.OVERDUE]
        late = (code - np.int8(_STATE[EntryState.LATE])).view(np.uint8) <= 1  # late, overdue
        if late.any():
            reached = np.minimum(done, t)
            counted = np.take(self.cum, chunk.index(reached), mode="clip") - np.take(
                self.cum, chunk.index(latest), mode="clip"
            )
            out[f"{name}_days_late"][at] = counted * late.view(np.int8)
        else:
            out[f"{name}_days_late"][at] = 0
        out[f"{name}_citation"][at] = cite


def _state(
    step: Step,
    t: Array | int,
    stopped: Array | None,
    exists: Array | None,
    due: Array,
    latest: Array,
    done: Array,
    superseded: Array | None = None,
) -> tuple[Array, Array]:
    """:func:`kiplib.law.step_state_codes`, with ``-1`` and no last day where the deadline
    does not exist."""
    np = _numpy("statuses")
    codes, until = step_state_codes(
        step,
        due=due,
        latest=latest,
        as_of=t,
        done=done,
        superseded=superseded,
        stopped=stopped,
        never=BIG,
    )
    if exists is not None:
        codes = _sel(exists, codes, np.int8(-1))
        until = _sel(exists, until, BIG)
    return codes, until


def _is_open(code: Array) -> Array:
    """Running or at risk (the codes 0 and 1; -1 reads as 255)."""
    np = _numpy("statuses")
    shown: Array = code.view(np.uint8) <= 1
    return shown


def _first_stage(
    shared: _Shared,
    chunk: _Chunk,
    days: dict[str, Array],
    after: dict[str, Array | None],
    t: Array | int,
    n: int,
    start: int,
    objected: _Gathered,
    filed: _Gathered,
    withdrawn_rows: _Gathered,
) -> None:
    """The request engine's reading of the events (see the module's notes and
    :mod:`kiplib.requests.engine`: each part names the handler it follows) for a slice of
    rows: the notice, its extension, the keberatan windows, the status they give. The rows
    with a keberatan or a sengketa are gathered for the later stages."""
    np = _numpy("statuses")
    tables, out = shared.tables, shared.out
    rows = slice(start, start + n)
    rec, wd = days["received"], days["withdrawn"]
    withdrawn = wd <= t
    gone = np.flatnonzero(withdrawn)
    stopped = withdrawn if len(gone) else None
    xd, sent = days["extended"], days["notice_sent"]
    obj, ans, dis = days["objection_filed"], days["objection_answered"], days["dispute_filed"]
    if len(gone):
        # Events after the withdrawal are recorded with no effect (_Engine.record).
        last = wd[gone]
        for values in (xd, sent, obj, ans, dis):
            picked = values[gone]
            values[gone] = _sel(picked > last, BIG, picked)
        withdrawn_rows.add(gone + start)
    has_notice, has_objection = sent <= t, obj <= t
    notice, extension = tables[Step.NOTICE], tables[Step.NOTICE_EXTENDED]
    objection = tables[Step.OBJECTION]

    # _received: the notice; _extension: once, before the notice and by its last day.
    nd10, nl10 = chunk.at(notice, rec, after["received"])
    n_code, n_until = _state(Step.NOTICE, t, stopped, None, nd10, nl10, sent)
    ext = (xd <= nl10) & (xd <= sent)
    stretched = np.flatnonzero(ext)
    nd, nl = nd10, nl10
    current_open, current_until = _is_open(n_code), n_until
    if len(stretched):
        sub = chunk.sub(stretched)
        ts = t if isinstance(t, int) else t[stretched]
        cut = None if stopped is None else stopped[stretched]
        ndx, nlx = sub.at(extension, rec[stretched], _rows(after["received"], stretched))
        x_code, x_until = _state(Step.NOTICE_EXTENDED, ts, cut, None, ndx, nlx, sent[stretched])
        n_code[stretched] = _STATE[EntryState.SUPERSEDED]
        n_until[stretched] = BIG
        nd, nl = nd10.copy(), nl10.copy()
        nd[stretched], nl[stretched] = ndx, nlx
        current_open = current_open.copy()
        current_open[stretched] = _is_open(x_code)
        current_until = n_until.copy()
        current_until[stretched] = x_until
        shared.step(
            "extension",
            stretched + start,
            sub,
            ts,
            None,
            x_code,
            ndx,
            nlx,
            sent[stretched],
            sub.citation(extension, rec[stretched]),
        )
    shared.step(
        "notice", rows, chunk, t, None, n_code, nd10, nl10, sent, chunk.citation(notice, rec)
    )
    # advance (D-8): silence opens the keberatan window once the notice lapsed unanswered,
    # counted from the day after its safe day, its last day from the day after its last day.
    silence = np.minimum(np.minimum(sent, wd), t) > nl
    s_due = chunk.at(objection, nd + 1)[0]
    s_latest = np.maximum(chunk.latest(objection, nd + 1), chunk.latest(objection, nl + 1))
    if shared.lapse is not None:
        # The national floor of the lapse (D-13): the UU's own notice time, counted as the
        # body's notice is (extended where it was extended).
        floor = chunk.at(shared.lapse[Step.NOTICE], rec, after["received"])[1]
        if len(stretched):
            floor[stretched] = chunk.sub(stretched).at(
                shared.lapse[Step.NOTICE_EXTENDED],
                rec[stretched],
                _rows(after["received"], stretched),
            )[1]
        np.maximum(s_latest, chunk.latest(objection, floor + 1), out=s_latest)
    # _notice: the window from the notice.
    w_due, w_latest = chunk.at(objection, sent)
    # _objection: the open window, else late (kedaluwarsa); the last window started is used.
    w_at_o = has_objection & (sent <= obj)
    s_at_o = has_objection & (np.minimum(sent, obj) > nl)
    open_at_o = (w_at_o & (w_latest >= obj)) | (s_at_o & (s_latest >= obj))
    late_objection = (w_at_o | s_at_o) & ~open_at_o
    w_done = _sel(w_at_o, obj, BIG)
    s_done = _sel(s_at_o & ~w_at_o, obj, BIG)
    s_code, s_until = _state(
        Step.OBJECTION, t, stopped, silence, s_due, s_latest, s_done, s_at_o & w_at_o
    )
    w_code, w_until = _state(Step.OBJECTION, t, stopped, has_notice, w_due, w_latest, w_done)
    shared.step(
        "objection",
        rows,
        chunk,
        t,
        has_notice | silence,
        _sel(has_notice, w_code, s_code),
        _sel(has_notice, w_due, s_due),
        _sel(has_notice, w_latest, s_latest),
        _sel(has_notice, w_done, s_done),
        _pick(has_notice, chunk.citation(objection, sent), chunk.citation(objection, nd + 1)),
    )

    # _valid_until: the earliest last day of a state, and the day before silence opens a
    # window (here the notice's last day).
    valid_until = np.minimum(current_until, s_until)
    np.minimum(valid_until, w_until, out=valid_until)
    np.minimum(valid_until, _sel(~has_notice & ~silence & ~withdrawn, nl, BIG), out=valid_until)

    # status_of: the first row of STATUS_RULES that holds (built here from the last up; the
    # later stages and the withdrawal override it).
    s_open, w_open = _is_open(s_code), _is_open(w_code)
    closed = np.int8(_STATUS[Status.CLOSED])
    status = _sel(s_open, np.int8(_STATUS[Status.NOTICE_OVERDUE]), closed)
    waiting = ~has_notice & current_open
    waiting_code = _sel(
        ext,
        np.int8(_STATUS[Status.AWAITING_EXTENDED_NOTICE]),
        np.int8(_STATUS[Status.AWAITING_NOTICE]),
    )
    status = _sel(waiting, waiting_code, status)
    window_code = _sel(w_open | s_open, np.int8(_STATUS[Status.OBJECTION_WINDOW_OPEN]), closed)
    status = _sel(has_notice, window_code, status)
    # The day the status waits for. A state that is not open has no last day (BIG), and the
    # silence window opens only once the notice is past its last day, so without a notice at
    # most one of the two is open; with one, the notice is done and the window from it wins.
    until = _sel(has_notice & w_open, w_until, np.minimum(s_until, current_until))
    out["status"][rows] = status
    out["status_until"][rows] = until
    out["valid_until"][rows] = valid_until

    # The later stages: the rows with a keberatan, the rows with a sengketa.
    picked = np.flatnonzero(has_objection)
    after_o = after["objection_filed"]
    objected.add(
        picked + start,
        obj=obj[picked],
        ans=ans[picked],
        dis=dis[picked],
        wd=wd[picked],
        late=late_objection[picked].view(np.int8),
        after=None if after_o is None else after_o[picked].view(np.int8),
        t=t if isinstance(t, int) else t[picked],
        sig=None if chunk.sig is None else chunk.sig[picked],
    )
    picked = np.flatnonzero(dis <= t)
    filed.add(
        picked + start,
        dis=dis[picked],
        wd=wd[picked],
        t=t if isinstance(t, int) else t[picked],
        sig=None if chunk.sig is None else chunk.sig[picked],
    )


def _later_stage(shared: _Shared, gathered: _Gathered, stage: Any, length: int) -> None:
    """Run ``stage`` over the gathered rows of the whole batch, a slice at a time."""
    np = _numpy("statuses")
    if not gathered.count:
        return
    values = gathered.joined()
    for start in range(0, gathered.count, CHUNK):
        part = {name: v[start : start + CHUNK] for name, v in values.items()}
        sig = part.get("sig")
        chunk = _Chunk(None if sig is None else sig * np.int32(length), sig)
        t = part.pop("t")
        same = t[0] if (t == t[0]).all() else None
        stage(shared, chunk, int(same) if same is not None else t, part)


def _objected(shared: _Shared, chunk: _Chunk, t: Array | int, part: dict[str, Array]) -> None:
    """The rows with a keberatan: the atasan's answer and the sengketa windows."""
    np = _numpy("statuses")
    out, tables = shared.out, shared.tables
    response, dispute = tables[Step.OBJECTION_RESPONSE], tables[Step.DISPUTE]
    rows = part["rows"]
    obj, ans, dis, wd = part["obj"], part["ans"], part["dis"], part["wd"]
    late_objection = part["late"].view(bool)
    after = part["after"].view(bool) if "after" in part else None
    answered, disputed, withdrawn = ans <= t, dis <= t, wd <= t
    stopped = withdrawn if withdrawn.any() else None
    # The atasan's answer (D-7 applies to the keberatan's receipt).
    r_due, r_latest = chunk.at(response, obj, after)
    r_code, r_until = _state(Step.OBJECTION_RESPONSE, t, stopped, None, r_due, r_latest, ans)
    # _answered: the sengketa window, unless the keberatan was late or a sengketa filed.
    a_exists = answered & ~late_objection & ~(dis < ans)
    a_due, a_latest = chunk.at(dispute, ans)
    a_code, a_until = _state(Step.DISPUTE, t, stopped, a_exists, a_due, a_latest, dis)
    # advance (Perki 1/2013 Pasal 13 huruf b): a silent atasan opens the sengketa window.
    silent = ~late_objection & (np.minimum(np.minimum(ans, dis), np.minimum(wd, t)) > r_latest)
    sa_due = chunk.at(dispute, r_due)[0]
    sa_latest = np.maximum(chunk.latest(dispute, r_due), chunk.latest(dispute, r_latest))
    if shared.lapse is not None:  # the national floor of the atasan's time (D-13)
        floor = chunk.at(shared.lapse[Step.OBJECTION_RESPONSE], obj, after)[1]
        np.maximum(sa_latest, chunk.latest(dispute, floor), out=sa_latest)
    # _dispute: the last window started is used, the other superseded.
    sa_done = _sel(~a_exists, dis, BIG)
    sa_code, sa_until = _state(
        Step.DISPUTE, t, stopped, silent, sa_due, sa_latest, sa_done, disputed & a_exists
    )
    shared.step(
        "response",
        rows,
        chunk,
        t,
        None,
        r_code,
        r_due,
        r_latest,
        ans,
        chunk.citation(response, obj),
    )
    shared.step(
        "dispute",
        rows,
        chunk,
        t,
        a_exists | silent,
        _sel(a_exists, a_code, sa_code),
        _sel(a_exists, a_due, sa_due),
        _sel(a_exists, a_latest, sa_latest),
        _sel(a_exists, dis, sa_done),
        _pick(a_exists, chunk.citation(dispute, ans), chunk.citation(dispute, r_due)),
    )
    # _valid_until: the last day of each state, and the atasan's last day while silence may
    # still open the sengketa window.
    pending = _sel(~answered & ~silent & ~late_objection & ~disputed & ~withdrawn, r_latest, BIG)
    mine = np.minimum(np.minimum(r_until, a_until), np.minimum(sa_until, pending))
    out["valid_until"][rows] = np.minimum(out["valid_until"][rows], mine)
    # status_of: a keberatan filed — the sengketa window, or the atasan's answer awaited.
    a_open, sa_open = _is_open(a_code), _is_open(sa_code)
    code = _sel(
        a_open | sa_open,
        np.int8(_STATUS[Status.DISPUTE_WINDOW_OPEN]),
        np.int8(_STATUS[Status.CLOSED]),
    )
    day = _sel(a_open, a_until, _sel(sa_open, sa_until, BIG))
    awaiting = ~answered & _is_open(r_code)
    out["status"][rows] = _sel(awaiting, np.int8(_STATUS[Status.AWAITING_OBJECTION_RESPONSE]), code)
    out["status_until"][rows] = _sel(awaiting, r_until, day)


def _filed(shared: _Shared, chunk: _Chunk, t: Array | int, part: dict[str, Array]) -> None:
    """The rows with a sengketa: the Komisi Informasi's two clocks (Pasal 38)."""
    np = _numpy("statuses")
    out, tables = shared.out, shared.tables
    rows, dis, wd = part["rows"], part["dis"], part["wd"]
    withdrawn = wd <= t
    stopped = withdrawn if withdrawn.any() else None
    never = np.full(len(rows), BIG, dtype=np.int32)
    mine = never
    for name, step in (
        ("commission_start", Step.DISPUTE_START),
        ("commission_end", Step.DISPUTE_END),
    ):
        table = tables[step]
        due, latest = chunk.at(table, dis)
        code, last = _state(step, t, stopped, None, due, latest, never)
        shared.step(
            name, rows, chunk, t, None, code, due, latest, never, chunk.citation(table, dis)
        )
        mine = np.minimum(mine, last)
        if step is Step.DISPUTE_END:
            out["status_until"][rows] = due
    out["valid_until"][rows] = np.minimum(out["valid_until"][rows], mine)
    out["status"][rows] = _STATUS[Status.AT_COMMISSION]


def _finish(shared: _Shared, withdrawn: _Gathered, batch: Batch, n: int) -> None:
    """The request's columns once every stage has run: a withdrawal decides the status; an
    overdue step's days late grow on the next working day; "until an event" becomes NaT."""
    np = _numpy("statuses")
    out = shared.out
    status, until, valid_until = out["status"], out["status_until"], out["valid_until"]
    if withdrawn.count:
        rows = withdrawn.joined()["rows"]
        status[rows] = _STATUS[Status.WITHDRAWN]
        until[rows] = BIG
    late = np.flatnonzero(shared.overdue)
    if len(late):
        code = None if batch.code_of_row is None else batch.code_of_row[late]
        t = batch.today_of_body if code is None else batch.today_of_body[code]
        index = np.broadcast_to(t, late.shape).astype(np.int32)
        if len(batch.sets) > 1:
            assert code is not None
            index += batch.sig_of_body[code] * np.int32(batch.sets[0].length)
        grows = np.take(shared.following, index, mode="clip") - 1
        valid_until[late] = np.minimum(valid_until[late], grows)
    for start in range(0, n, CHUNK):
        part = slice(start, min(start + CHUNK, n))
        until[part] = _sel(until[part] < BIG, until[part], NO_DAY)
        valid_until[part] = _sel(valid_until[part] < BIG, valid_until[part], NO_DAY)


def _rows(values: Array | None, rows: Array) -> Array | None:
    return None if values is None else values[rows]


def _pick(where: Array, a: Array | int, b: Array | int) -> Array | int:
    if isinstance(a, int) and isinstance(b, int) and a == b:
        return a
    return _sel(where, a, b)
