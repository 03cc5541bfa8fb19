"""Many requests at once: the written-notice status and days overdue, column by column.

A dashboard over a year of requests for a whole province needs one column computed for
hundreds of thousands of rows. :func:`notice_status` takes plain iterables (receipt dates or
aware instants, notice dates or ``None``, extension flags) and returns a
:class:`NoticeColumns` of tuples. It uses the calendar's look-up tables directly
(:meth:`~kiplib.WorkingCalendar.counting_tables`), so each row costs a few integer look-ups,
and gives exactly the due date :func:`kiplib.deadline` gives for ``Step.NOTICE`` (or
``Step.NOTICE_EXTENDED``) with the same body.

Inputs and outputs are plain, picklable values, so the function runs as it is inside a
``concurrent.futures.ProcessPoolExecutor``, Dask's ``map_partitions`` or a Spark
``mapPartitions``: give each worker its slice and the body. :func:`notice_status_arrays` is
the same computation on ``numpy`` arrays (``datetime64[D]``), when numpy is installed.

Statuses (UU 14/2008 Pasal 22 ayat (7) and (8); D-6):

* ``pending`` — no notice yet, the deadline has not passed;
* ``overdue`` — no notice and the deadline has passed (``days_overdue`` calendar days);
* ``on_time`` — the notice came by the deadline;
* ``late`` — the notice came after it (``days_overdue`` = days late).

Examples:
    >>> from datetime import date
    >>> from kiplib.batch import notice_status
    >>> cols = notice_status(
    ...     [date(2024, 4, 5), date(2024, 4, 5), date(2024, 4, 5)],
    ...     [None, date(2024, 4, 22), date(2024, 5, 2)],
    ...     as_of=date(2024, 5, 6),
    ... )
    >>> cols.status
    ('overdue', 'on_time', 'late')
    >>> cols.days_overdue
    (7, 0, 3)
    >>> cols.due[0]
    datetime.date(2024, 4, 29)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

import attrs

from kiplib.calendar.working import WorkingCalendar
from kiplib.deadlines import deadline_for, local_date
from kiplib.errors import (
    BeforeLawInForceError,
    InvalidInputError,
    MissingDependencyError,
    OutOfRangeError,
)
from kiplib.i18n import N_
from kiplib.law.bodies import AfterHoursPolicy, PublicBody
from kiplib.law.steps import LAW_IN_FORCE, NATIONAL_TABLE, Step, StepRuleTable
from kiplib.rulebook.book import RuleBook, rules_or_default

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = ["STATE_CODES", "NoticeColumns", "NoticeState", "notice_status", "notice_status_arrays"]


class NoticeState(enum.Enum):
    """The state of the written notice of one request on ``as_of``."""

    PENDING = "pending"
    OVERDUE = "overdue"
    ON_TIME = "on_time"
    LATE = "late"


_PENDING: Final = NoticeState.PENDING.value
_OVERDUE: Final = NoticeState.OVERDUE.value
_ON_TIME: Final = NoticeState.ON_TIME.value
_LATE: Final = NoticeState.LATE.value
#: Integer codes of the numpy path, in this order.
STATE_CODES: Final = (_PENDING, _OVERDUE, _ON_TIME, _LATE)


@attrs.frozen
class NoticeColumns:
    """The notice columns of a batch, one value per request, in input order.

    Attributes:
        due_ordinals: the due dates as proleptic ordinals (``date.toordinal()``).
        status: ``pending``, ``overdue``, ``on_time`` or ``late``.
        days_overdue: calendar days past the due date (``as_of`` for a missing notice, the
            notice date for a late one); 0 otherwise.
    """

    due_ordinals: tuple[int, ...]
    status: tuple[str, ...]
    days_overdue: tuple[int, ...]

    @property
    def due(self) -> tuple[date, ...]:
        """The due dates (built on demand)."""
        return tuple(map(date.fromordinal, self.due_ordinals))

    def __len__(self) -> int:
        return len(self.status)


def _ordinals(values: Iterable[Any], body: PublicBody, field: str) -> list[int]:
    """Local-date ordinals; ``-1`` for ``None``. Plain dates take the fast path."""
    items = values if isinstance(values, list | tuple) else list(values)
    kinds = set(map(type, items))
    if kinds <= {date}:
        return list(map(date.toordinal, items))
    if kinds <= {date, type(None)}:
        return [-1 if v is None else v.toordinal() for v in items]
    out: list[int] = []
    for i, v in enumerate(items):
        if v is None:
            out.append(-1)
        else:
            out.append(local_date(v, body, field=f"{field}[{i}]").toordinal())
    return out


def _counts(table: StepRuleTable, body: PublicBody, first_day: date) -> tuple[int, int]:
    """The notice and extended-notice counts for clocks started on or after ``first_day``."""
    notice = table.rule_for(Step.NOTICE, first_day)
    extended = table.rule_for(Step.NOTICE_EXTENDED, first_day)
    base = table.rule_for(extended.base, first_day).count if extended.base else 0
    for step in (Step.NOTICE, Step.NOTICE_EXTENDED):
        for rule in table.rules:
            if rule.step is step and rule.effective_from > first_day:
                raise InvalidInputError(
                    field="body",
                    value=body.name,
                    reason=N_(
                        "aturan tenggat berubah di dalam rentang tanggal ini; hitung per "
                        "periode atau gunakan deadline()"
                    ),
                )
    return notice.count, base + extended.count


def _check_range(
    ords: Sequence[int], cal: WorkingCalendar, field: str, count: int, *, optional: bool = False
) -> None:
    present = [o for o in ords if o >= 0] if optional else ords
    if not present:
        return
    lo, hi = min(present), max(present)
    if lo < LAW_IN_FORCE.toordinal() and field == "received":
        raise BeforeLawInForceError(
            field=field, value=date.fromordinal(lo).isoformat(), in_force=LAW_IN_FORCE.isoformat()
        )
    for o in (lo, hi):
        d = date.fromordinal(o)
        if not cal.first <= d <= cal.last:
            raise OutOfRangeError(
                field=field,
                value=d.isoformat(),
                first=cal.first.isoformat(),
                last=cal.last.isoformat(),
            )
    if field == "received":
        cal.add_working_days(date.fromordinal(hi), count)  # the furthest count stays in range


def _due(
    cal: WorkingCalendar, rec: Sequence[int], ext: Sequence[bool] | None, count: int, count_ext: int
) -> list[int]:
    """The due ordinals of notices received on ``rec`` (extended where ``ext`` says so)."""
    first, cum_view, workdays_view = cal.counting_tables()
    # Plain lists index fastest in CPython; the copies are small (one entry per day).
    cum, workdays = cum_view.tolist(), workdays_view.tolist()
    if ext is None:
        k = count - 1
        return [first + workdays[cum[o - first] + k] for o in rec]
    k, kx = count - 1, count_ext - 1
    return [
        first + workdays[cum[o - first] + (kx if f else k)] for o, f in zip(rec, ext, strict=True)
    ]


def notice_status(
    received: Iterable[date | datetime],
    sent: Iterable[date | datetime | None],
    *,
    as_of: date | datetime,
    extended: Iterable[bool] | None = None,
    body: PublicBody | None = None,
    calendar: WorkingCalendar | None = None,
    rules: RuleBook | None = None,
) -> NoticeColumns:
    """The notice status and days overdue of many requests of one body.

    Args:
        received: when each request was received: the body's local date, or an aware
            instant (turned into the body's local date).
        sent: when each written notice was sent, or ``None`` if it was not (same length).
        as_of: the day the dashboard describes.
        extended: per request, whether the period was extended once (17 instead of 10 hari
            kerja, Pasal 22 ayat (8)); none extended when omitted.
        body: the public body (calendar, time zone, after-hours policy); a Badan Publik
            Negara in WIB when omitted.
        calendar: a calendar to count on instead of the body's.
        rules: the rule book (``None``: :meth:`kiplib.RuleBook.installed`); each due date is
            the one :func:`kiplib.deadline` gives, the national floor included (D-13).

    Raises:
        InvalidInputError: columns of different lengths, a naive instant, a date outside the
            calendar or before UU 14/2008 entered into force.
    """
    where = rules_or_default(rules).for_body(body)
    body = where.body
    cal = calendar if calendar is not None else where.calendar
    floor = calendar is None and not where.is_national
    rec = _ordinals(received, body, "received")
    snt = _ordinals(sent, body, "sent")
    ext = [bool(x) for x in extended] if extended is not None else None
    n = len(rec)
    if len(snt) != n or (ext is not None and len(ext) != n):
        raise InvalidInputError(
            field="sent" if len(snt) != n else "extended",
            value=len(snt) if len(snt) != n else len(ext or ()),
            reason=N_("setiap kolom harus sepanjang kolom received"),
        )
    if n == 0:
        return NoticeColumns((), (), ())
    if -1 in rec:
        raise InvalidInputError(
            field="received", value="None", reason=N_("tanggal penerimaan wajib diisi")
        )
    today = local_date(as_of, body, field="as_of").toordinal()
    first_day = date.fromordinal(min(rec))
    count, count_ext = _counts(where.table, body, max(first_day, LAW_IN_FORCE))
    _check_range(rec, cal, "received", count_ext)
    _check_range(snt, cal, "sent", 0, optional=True)

    if body.after_hours is AfterHoursPolicy.NEXT_WORKING_DAY:
        # D-7 depends on the hour of each receipt: let deadline() decide, row by row.
        raw = list(received) if not isinstance(received, list | tuple) else received
        flags = ext if ext is not None else [False] * n
        due = [
            deadline_for(
                Step.NOTICE_EXTENDED if f else Step.NOTICE, r, where, calendar=calendar
            ).due.toordinal()
            for r, f in zip(raw, flags, strict=True)
        ]
    else:
        due = _due(cal, rec, ext, count, count_ext)
        if floor:
            # D-13: never later than the national rule on the national calendar.
            national = _counts(NATIONAL_TABLE, body, max(first_day, LAW_IN_FORCE))
            floor_due = _due(where.national_calendar, rec, ext, *national)
            due = list(map(min, due, floor_due))

    status: list[str] = []
    overdue: list[int] = []
    add_status, add_days = status.append, overdue.append
    for d, s in zip(due, snt, strict=True):
        if s < 0:
            if today > d:
                add_status(_OVERDUE)
                add_days(today - d)
            else:
                add_status(_PENDING)
                add_days(0)
        elif s > d:
            add_status(_LATE)
            add_days(s - d)
        else:
            add_status(_ON_TIME)
            add_days(0)
    return NoticeColumns(tuple(due), tuple(status), tuple(overdue))


def notice_status_arrays(
    received: npt.ArrayLike,
    sent: npt.ArrayLike,
    *,
    as_of: date,
    extended: npt.ArrayLike | None = None,
    body: PublicBody | None = None,
    calendar: WorkingCalendar | None = None,
    rules: RuleBook | None = None,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """:func:`notice_status` on numpy arrays: local dates as ``datetime64[D]`` (``NaT`` for a
    notice not sent). Returns ``(due, state_code, days_overdue)``: ``due`` as
    ``datetime64[D]``, ``state_code`` indexes :data:`STATE_CODES` (0 pending, 1 overdue,
    2 on time, 3 late). The body's after-hours policy (D-7) needs instants: use
    :func:`notice_status` for it.

    Raises:
        MissingDependencyError: numpy is not installed.
    """
    try:
        import numpy as np
    except ImportError:
        raise MissingDependencyError(
            field="notice_status_arrays", value="numpy", extra="numpy"
        ) from None
    where = rules_or_default(rules).for_body(body)
    body = where.body
    if body.after_hours is AfterHoursPolicy.NEXT_WORKING_DAY:
        raise InvalidInputError(
            field="body",
            value=body.name,
            reason=N_("kebijakan di luar jam layanan (D-7) memerlukan waktu penerimaan"),
        )
    cal = calendar if calendar is not None else where.calendar
    rec = np.asarray(received, dtype="datetime64[D]").astype(np.int64)
    snt_d = np.asarray(sent, dtype="datetime64[D]")
    if rec.shape != snt_d.shape or rec.ndim != 1:
        raise InvalidInputError(
            field="sent",
            value=str(snt_d.shape),
            reason=N_("setiap kolom harus sepanjang kolom received"),
        )
    missing = np.isnat(snt_d)
    if rec.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty.astype("datetime64[D]"), empty.astype(np.int8), empty
    if np.isnat(np.asarray(received, dtype="datetime64[D]")).any():
        raise InvalidInputError(
            field="received", value="NaT", reason=N_("tanggal penerimaan wajib diisi")
        )
    # numpy counts days from 1970-01-01; Python ordinals from 0001-01-01.
    epoch = date(1970, 1, 1).toordinal()
    rec_ord = rec + epoch
    first_day = date.fromordinal(int(rec_ord.min()))
    count, count_ext = _counts(where.table, body, max(first_day, LAW_IN_FORCE))
    _check_range([int(rec_ord.min()), int(rec_ord.max())], cal, "received", count_ext)
    snt = snt_d.astype(np.int64) + epoch
    if not missing.all():
        present = snt[~missing]
        _check_range([int(present.min()), int(present.max())], cal, "sent", 0)
    flags = np.asarray(extended, dtype=bool) if extended is not None else None

    def due_on(c: WorkingCalendar, n: int, n_ext: int) -> np.ndarray[Any, Any]:
        first, cum_v, workdays_v = c.counting_tables()
        cum = np.frombuffer(cum_v, dtype=np.dtype(cum_v.format))
        workdays = np.frombuffer(workdays_v, dtype=np.dtype(workdays_v.format))
        k = np.full(rec_ord.shape, n - 1, dtype=np.int64)
        if flags is not None:
            k = np.where(flags, n_ext - 1, k)
        out: np.ndarray[Any, Any] = first + workdays[
            cum[rec_ord - first].astype(np.int64) + k
        ].astype(np.int64)
        return out

    due = due_on(cal, count, count_ext)
    if calendar is None and not where.is_national:
        # D-13: never later than the national rule on the national calendar.
        national = _counts(NATIONAL_TABLE, body, max(first_day, LAW_IN_FORCE))
        due = np.minimum(due, due_on(where.national_calendar, *national))
    today = local_date(as_of, body, field="as_of").toordinal()
    late_by = np.where(missing, today - due, snt - due)
    code = np.where(
        missing,
        np.where(late_by > 0, 1, 0),
        np.where(late_by > 0, 3, 2),
    ).astype(np.int8)
    days = np.maximum(late_by, 0)
    return (due - epoch).astype("datetime64[D]"), code, days
