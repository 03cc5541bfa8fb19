"""Per-day deadline tables: the due and latest day of each step, for every possible start day.

A deadline of kiplib depends on the day its clock starts and on the body's rules — its
calendar, its deadline table, the counting practice of its commission (D-12), the national
floor (D-13), the after-hours policy (D-7) — and on nothing else. So for one set of rules the
whole function "start day → (due, latest)" fits in two arrays over the calendar's range (about
33 000 days), built once with a few vectorized passes, and a column of a million start days
becomes one look-up per row. :func:`day_tables` builds them, the exact counterpart of
:func:`kiplib.deadlines.deadline_for` (a test compares every day of the range), and keeps
them for the process: bodies whose rules count the same way share one set.

Days are numbered from 1970-01-01 (numpy's ``datetime64[D]``, Arrow's ``date32``, Polars'
``Date``), so input columns index the tables without any conversion. A start day on which no
deadline can be counted (before UU 14/2008, no rule in force, past the calendar's range) holds
:data:`INVALID`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from datetime import date, time
from typing import TYPE_CHECKING, Any, Final

import attrs

from kiplib.calendar.working import WorkingCalendar
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.law.bodies import DEFAULT_CLOSING, AfterHoursPolicy, PublicBody
from kiplib.law.citation import Citation
from kiplib.law.floor import BODY_STEPS
from kiplib.law.practices import PRACTICE_STEPS, Counting
from kiplib.law.steps import LAW_IN_FORCE, NATIONAL_TABLE, CountUnit, Step, StepRuleTable
from kiplib.rulebook.book import BodyRules

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    Array = np.ndarray[Any, Any]
else:  # numpy is optional: at run time the name only documents the annotations
    Array = Any

__all__: list[str] = []

#: Python's ordinal of 1970-01-01: day numbers of the batch paths are ordinals minus this.
EPOCH: Final = date(1970, 1, 1).toordinal()
#: A day that never comes: the day of an event that is not recorded.
BIG: Final = 1 << 30
#: A start day from which no deadline can be counted.
INVALID: Final = BIG + 1
#: The steps the batch paths count, in the order of their columns.
TABLE_STEPS: Final = (
    Step.NOTICE,
    Step.NOTICE_EXTENDED,
    Step.OBJECTION,
    Step.OBJECTION_RESPONSE,
    Step.DISPUTE,
    Step.DISPUTE_START,
    Step.DISPUTE_END,
)
#: How many sets of tables stay built (a set is about 3 MB).
_KEEP: Final = 32
#: A closing time never reached: the body does not move after-hours receipts (D-7).
NEVER: Final = 2**62


def time_micros(value: time) -> int:
    """A time of day in microseconds."""
    return ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + value.microsecond


def _closing(body: PublicBody) -> int:
    """When ``body`` stops receiving for the day, in microseconds (:data:`NEVER`: it dates
    every receipt by its day, D-7)."""
    if body.after_hours is not AfterHoursPolicy.NEXT_WORKING_DAY:
        return NEVER
    return time_micros(body.service_closes_at or DEFAULT_CLOSING)


def time_needed(field: str, body: PublicBody) -> InvalidInputError:
    """The error of a date given without its time where, on that day, ``body`` deems a
    receipt after closing time received the next working day (D-7): a date cannot say."""
    return InvalidInputError(
        field=field,
        value=body.name,
        reason=N_("kebijakan di luar jam layanan (D-7) memerlukan waktu penerimaan"),
    )


def receipt_key(where: BodyRules) -> tuple[tuple[int, int], ...]:
    """The body's after-hours settings over time (D-7): ``(first day number, closing time)``
    of each period, ascending (:meth:`kiplib.rulebook.BodyRules.receipt_periods`)."""
    return tuple(
        (0 if since is None else since.toordinal() - EPOCH, _closing(body))
        for since, body in where.receipt_periods()
    )


@attrs.frozen(eq=False)
class StepDays:
    """The due and latest day of one step for every start day (``int32`` day numbers).

    ``after_due`` / ``after_latest``: the same for a start received after service hours, when
    the body deems such a receipt received the next working day (D-7); ``None`` otherwise.
    ``citation``: the code (:func:`citation_code`) of the rule that applies on each start
    day, ``constant`` when it is one code for every countable day. ``valid``: whether a
    deadline can be counted from each start day (received in service hours; after them,
    where ``after_due`` is not :data:`INVALID`).
    """

    due: Array
    latest: Array
    valid: Array
    citation: Array
    constant: int | None
    after_due: Array | None = None
    after_latest: Array | None = None


@attrs.frozen(eq=False)
class DayTables:
    """Every step's tables for one way of counting, the body calendar's running count of
    working days (``cum``, for days late in hari kerja) and, for every day, the first working
    day after it (``next_working``: when days late grow again)."""

    length: int
    first: int
    cum: Array
    next_working: Array
    steps: dict[Step, StepDays]
    after_hours: bool
    #: Per start day, the closing time in microseconds after which a receipt counts as the
    #: next working day's (D-7; :data:`NEVER` on days the body dates receipts by their day);
    #: ``None`` when it never does.
    closes: Array | None
    #: Keeps the calendars alive while the tables are kept (their ids are in the key).
    calendars: tuple[WorkingCalendar, ...] = attrs.field(repr=False)


_citations: list[Citation] = []
_codes: dict[Citation, int] = {}
_lock = threading.Lock()
_kept: OrderedDict[Hashable, DayTables] = OrderedDict()


def citation_code(citation: Citation) -> int:
    """A small, stable number for ``citation`` in this process."""
    found = _codes.get(citation)
    if found is None:
        with _lock:
            found = _codes.get(citation)
            if found is None:
                found = len(_citations)
                _citations.append(citation)
                _codes[citation] = found
    return found


def citations() -> tuple[Citation, ...]:
    """Every citation numbered so far, by its code."""
    return tuple(_citations)


def counting_key(where: BodyRules, calendar: WorkingCalendar | None) -> Hashable:
    """What the tables of ``where`` depend on: bodies with equal keys share one set."""
    cal = calendar if calendar is not None else where.calendar
    floor = calendar is None and not where.is_national
    rows = tuple(r for r in where.table.rules if r.step in TABLE_STEPS)
    return (
        id(cal),
        id(where.national_calendar) if floor else 0,
        rows,
        where.practice.counting,
        receipt_key(where),
    )


def day_tables(where: BodyRules, calendar: WorkingCalendar | None = None) -> DayTables:
    """The tables of ``where`` (counted on ``calendar`` instead of the body's, without the
    national floor, when one is given — as :func:`kiplib.deadline` does)."""
    key = counting_key(where, calendar)
    found = _kept.get(key)
    if found is not None:
        return found
    built = _build(where, calendar)
    with _lock:
        _kept[key] = built
        while len(_kept) > _KEEP:
            _kept.popitem(last=False)
    return built


# ------------------------------------------------------------------ building
@attrs.frozen(eq=False)
class _Calendar:
    """A calendar as arrays over day numbers ``0 … length - 1`` (zero before its first day)."""

    first: int
    flags: Array
    cum: Array
    workdays: Array


def _calendar(cal: WorkingCalendar, length: int) -> _Calendar:
    import numpy as np

    first_ordinal, cum_view, workdays_view = cal.counting_tables()
    first = first_ordinal - EPOCH
    counted = np.frombuffer(cum_view, dtype=np.dtype(cum_view.format)).astype(np.int32)
    if first + len(counted) != length:
        raise InvalidInputError(
            field="calendar",
            value=f"{cal.first}..{cal.last}",
            reason=N_("kalender badan publik dan kalender nasional harus sama rentangnya"),
        )
    cum = np.zeros(length, dtype=np.int32)
    cum[first:] = counted
    flags = np.zeros(length, dtype=np.int32)
    flags[first:] = np.diff(counted, prepend=0)
    workdays = np.frombuffer(workdays_view, dtype=np.dtype(workdays_view.format)).astype(np.int32)
    return _Calendar(first, flags, cum, workdays + np.int32(first))


def _rows(table: StepRuleTable, step: Step, length: int) -> tuple[Array, Array, Array]:
    """Per start day: the days counted (the base step's included), whether a rule is in
    force, and the code of its citation."""
    import numpy as np

    count = np.zeros(length, dtype=np.int32)
    valid = np.zeros(length, dtype=bool)
    cite = np.full(length, -1, dtype=np.int16)
    law = LAW_IN_FORCE.toordinal() - EPOCH
    # Ascending, so that the latest row in force wins, as StepRuleTable.rule_for decides.
    for rule in sorted((r for r in table.rules if r.step is step), key=lambda r: r.effective_from):
        if rule.unit is not CountUnit.WORKING_DAYS:
            raise InvalidInputError(
                field="rules",
                value=f"{step.value}: {rule.unit.value}",
                reason=N_("jalur kolom hanya menghitung tahap dalam hari kerja"),
            )
        lo = max(rule.effective_from.toordinal() - EPOCH, law, 0)
        until = rule.effective_until
        hi = min(until.toordinal() - EPOCH if until is not None else length - 1, length - 1)
        if hi < lo:
            continue
        days = slice(lo, hi + 1)
        if rule.base is not None:
            base_count, base_valid, _ = _rows(table, rule.base, length)
            count[days] = rule.count + base_count[days]
            valid[days] = base_valid[days]
        else:
            count[days] = rule.count
            valid[days] = True
        cite[days] = citation_code(rule.citation)
    return count, valid, cite


def _count(
    cal: _Calendar, count: Array, valid: Array, *, same_day: bool, deemed: Array | None
) -> tuple[Array, Array]:
    """One reading on one calendar: the due day from every start day (``deemed``, per start
    day: 0 the start day itself, 1 D-7 on a day received in service hours, 2 D-7 after them;
    ``None``: 0 on every day)."""
    import numpy as np

    length = len(count)
    last = len(cal.workdays) - 1
    days = np.arange(length, dtype=np.int32)
    ok = valid & (days >= cal.first)
    start = days
    if deemed is not None:
        # D-7: a day off counts as the next working day; after closing time, the next one.
        index = cal.cum - cal.flags
        index = np.where((deemed == 2) & (cal.flags == 1), cal.cum, index)
        moved = deemed > 0
        ok &= ~moved | (index <= last)
        start = np.where(moved, cal.workdays[np.minimum(index, last)], days)
    n = count - cal.flags[start] if same_day else count
    index = np.where(n > 0, cal.cum[start] + n - 1, cal.cum[start] - cal.flags[start])
    ok &= (index >= 0) & (index <= last)
    return cal.workdays[np.clip(index, 0, last)], ok


def _step(
    step: Step,
    where: BodyRules,
    body: _Calendar,
    national: _Calendar | None,
    length: int,
    *,
    deemed: Array | None,
) -> tuple[Array, Array, Array, Array]:
    """(due, latest, valid, citation code) of ``step`` from every start day, every reading
    that may apply (D-12) held to the national floor (D-13), as ``deadline_for`` counts."""
    import numpy as np

    count, valid, cite = _rows(where.table, step, length)
    if national is not None:
        floor_count, floor_valid, _ = _rows(NATIONAL_TABLE, step, length)
    readings = where.practice.counting if step in PRACTICE_STEPS else (Counting.NEXT_DAY,)
    dues, latests = [], []
    for counting in readings:
        same_day = counting is Counting.SAME_DAY
        due, ok = _count(body, count, valid, same_day=same_day, deemed=deemed)
        latest = due
        if national is not None:
            floor, floor_ok = _count(
                national, floor_count, floor_valid, same_day=same_day, deemed=deemed
            )
            ok &= floor_ok
            if step in BODY_STEPS:  # never later than the national day
                due = latest = np.minimum(due, floor)
            else:  # never earlier: safe on the national day, late only after both
                latest = np.maximum(due, floor)
                due = floor
        valid = valid & ok
        dues.append(due)
        latests.append(latest)
    due = np.minimum.reduce(dues).astype(np.int32)
    latest = np.maximum.reduce(latests).astype(np.int32)
    due[~valid] = INVALID
    latest[~valid] = INVALID
    return due, latest, valid, cite


def _build(where: BodyRules, calendar: WorkingCalendar | None) -> DayTables:
    import numpy as np

    cal = calendar if calendar is not None else where.calendar
    length = cal.last.toordinal() - EPOCH + 1
    body = _calendar(cal, length)
    floor = calendar is None and not where.is_national
    national = _calendar(where.national_calendar, length) if floor else None
    # The closing time of each start day (D-7): a district's after-hours rule applies from
    # its regulation's in-force date, the settings in force before it until then.
    closes = np.full(length, NEVER, dtype=np.int64)
    for first_day, closing in receipt_key(where):
        closes[max(first_day, 0) :] = closing
    late_days = closes < NEVER
    late = bool(late_days.any())
    steps: dict[Step, StepDays] = {}
    for step in TABLE_STEPS:
        receives = NATIONAL_TABLE.rule_for(step, LAW_IN_FORCE).body_receives
        d7 = late and receives
        deemed = late_days.astype(np.int8) if d7 else None
        due, latest, valid, cite = _step(step, where, body, national, length, deemed=deemed)
        after_due = after_latest = None
        if deemed is not None:
            after_due, after_latest, _, _ = _step(
                step, where, body, national, length, deemed=deemed * np.int8(2)
            )
        codes = np.unique(cite[valid])
        steps[step] = StepDays(
            due,
            latest,
            valid,
            cite,
            int(codes[0]) if len(codes) == 1 else None,
            after_due,
            after_latest,
        )
    kept = (cal,) if national is None else (cal, where.national_calendar)
    last = len(body.workdays) - 1
    following = np.where(body.cum <= last, body.workdays[np.minimum(body.cum, last)], INVALID)
    return DayTables(
        length,
        body.first,
        body.cum,
        following.astype(np.int32),
        steps,
        late,
        closes if late else None,
        kept,
    )
