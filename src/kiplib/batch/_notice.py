"""The written notice of many requests: its status and days overdue, column by column.

:func:`notice_status` takes plain iterables (receipt dates or aware instants, notice dates or
``None``, extension flags) and returns a :class:`NoticeColumns` of tuples; each due date is
the one :func:`kiplib.deadline` gives for ``Step.NOTICE`` (or ``Step.NOTICE_EXTENDED``) with
the same body and rule book. Its deadlines are remembered per way of counting (a body's
calendar, rules and commission practice) for the whole process, so a row costs a couple of
look-ups. :func:`notice_status_arrays` is the same computation on numpy arrays.

Inputs and outputs are plain, picklable values, so the function runs as it is inside a
``concurrent.futures.ProcessPoolExecutor``, Dask's ``map_partitions`` or a Spark
``mapPartitions``: give each worker its slice, the body and the rule book.

Statuses (UU 14/2008 Pasal 22 ayat (7) and (8)), read from the notice's state
(:func:`kiplib.law.step_state`, one meaning everywhere):

* ``pending`` — no notice yet, and not late under any reading of "sejak X" (running, or at
  risk: past the safe day ``due``, not past ``latest``, D-12);
* ``overdue`` — no notice, and ``latest`` has passed (``days_overdue``: calendar days since);
* ``on_time`` — the notice came by ``latest`` (met, or debatable: after ``due``);
* ``late`` — it came after ``latest`` (``days_overdue``: days after it).

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
    >>> cols.due[0], cols.valid_until
    (datetime.date(2024, 4, 29), (datetime.date(2024, 5, 6), None, None))
"""

from __future__ import annotations

import enum
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from datetime import date, datetime, time
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final

import attrs

from kiplib._check import argument
from kiplib.batch._columns import DayReader, read_column
from kiplib.batch._tables import (
    BIG,
    EPOCH,
    INVALID,
    NEVER,
    counting_key,
    day_tables,
    receipt_key,
    time_micros,
    time_needed,
)
from kiplib.calendar.working import WorkingCalendar
from kiplib.deadlines import deadline_for, local_date
from kiplib.errors import (
    BeforeLawInForceError,
    InvalidInputError,
    MissingDependencyError,
    OutOfRangeError,
)
from kiplib.i18n import N_
from kiplib.law.bodies import PublicBody
from kiplib.law.states import ENTRY_STATES, EntryState, step_state, step_state_codes
from kiplib.law.steps import LAW_IN_FORCE, Step
from kiplib.rulebook.book import BodyRules, RuleBook, rules_or_default

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
#: Each state of a step (:func:`kiplib.law.step_state`) as a notice status.
_FROM_STATE: Final = {
    EntryState.RUNNING: _PENDING,
    EntryState.AT_RISK: _PENDING,
    EntryState.OVERDUE: _OVERDUE,
    EntryState.MET: _ON_TIME,
    EntryState.DEBATABLE: _ON_TIME,
    EntryState.LATE: _LATE,
}


@attrs.frozen
class NoticeColumns:
    """The notice columns of a batch, one value per request, in input order.

    Attributes:
        due_ordinals: the due dates (the day safe under every reading, ``Deadline.due``) as
            proleptic ordinals (``date.toordinal()``).
        status: ``pending``, ``overdue``, ``on_time`` or ``late``.
        days_overdue: calendar days past ``latest`` (``as_of`` for a missing notice, the
            notice date for a late one); 0 otherwise.
        latest_ordinals: the last day any reading allows (``Deadline.latest``), as ordinals.
        states: the notice's state (:class:`kiplib.law.EntryState` values: ``running``,
            ``at_risk``, ``overdue``, ``met``, ``debatable``, ``late``).
        valid_until_ordinals: the last day the row holds unless a notice is recorded (-1:
            until an event; an overdue row changes every day, its days overdue growing).
    """

    due_ordinals: tuple[int, ...]
    status: tuple[str, ...]
    days_overdue: tuple[int, ...]
    latest_ordinals: tuple[int, ...] = ()
    states: tuple[str, ...] = ()
    valid_until_ordinals: tuple[int, ...] = ()

    @property
    def due(self) -> tuple[date, ...]:
        """The due dates (built on demand)."""
        return tuple(map(date.fromordinal, self.due_ordinals))

    @property
    def latest(self) -> tuple[date, ...]:
        """The last days any reading allows (built on demand)."""
        return tuple(map(date.fromordinal, self.latest_ordinals))

    @property
    def valid_until(self) -> tuple[date | None, ...]:
        """The last day each row holds without a new event (``None``: until an event)."""
        return tuple(None if o < 0 else date.fromordinal(o) for o in self.valid_until_ordinals)

    def __len__(self) -> int:
        return len(self.status)


# ------------------------------------------------------------------ the pure-Python path
@attrs.frozen(eq=False)
class _Memo:
    """The notice deadlines of one way of counting, as they are asked for: ``(start ordinal,
    extended, received after hours) -> (due, latest)`` ordinals."""

    where: BodyRules
    calendar: WorkingCalendar | None
    days: dict[tuple[int, bool, bool], tuple[int, int]] = attrs.field(factory=dict)

    def get(self, key: tuple[int, bool, bool]) -> tuple[int, int]:
        found = self.days.get(key)
        if found is None:
            local, extended, after = key
            step = Step.NOTICE_EXTENDED if extended else Step.NOTICE
            start: date | datetime = date.fromordinal(local)
            if after:  # received after any closing time of that day (D-7)
                start = datetime.combine(start, _LAST_MOMENT, tzinfo=self.where.body.zone)
            d = deadline_for(step, start, self.where, calendar=self.calendar)
            found = (d.due.toordinal(), d.latest.toordinal())
            self.days[key] = found
        return found


_memos: OrderedDict[Hashable, _Memo] = OrderedDict()
_memo_lock = threading.Lock()
#: How many ways of counting the pure-Python path remembers.
_KEEP: Final = 64
_LAST_MOMENT: Final = time(23, 59, 59, 999999)


def _memo(where: BodyRules, calendar: WorkingCalendar | None) -> _Memo:
    key = counting_key(where, calendar)
    found = _memos.get(key)
    if found is None or found.where.calendar is not where.calendar:
        found = _Memo(where, calendar)
        with _memo_lock:
            _memos[key] = found
            while len(_memos) > _KEEP:
                _memos.popitem(last=False)
    return found


def _as_list(values: Iterable[Any]) -> list[Any]:
    return values if isinstance(values, list) else list(values)


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
            the one :func:`kiplib.deadline` gives, the commission's practice (D-12) and the
            national floor (D-13) included.

    Raises:
        InvalidInputError: columns of different lengths, a naive instant, a date outside the
            calendar or before UU 14/2008 entered into force, a receipt given as a date on a
            day the body deems what arrives after service hours received the next working
            day (D-7: give the instant, as the numpy paths require).
    """
    if calendar is not None:
        argument("calendar", calendar, WorkingCalendar)
    where = rules_or_default(rules).for_body(body)
    body = where.body
    cal = calendar if calendar is not None else where.calendar
    rec = _as_list(received)
    snt = _as_list(sent)
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
    today = local_date(as_of, body, field="as_of").toordinal()
    memo = _memo(where, calendar)
    # D-7 over time: (first day, closing time) of each period of the body's settings.
    periods = receipt_key(where)
    late_policy = any(closing < NEVER for _, closing in periods)
    law = LAW_IN_FORCE.toordinal()
    first, last = cal.first.toordinal(), cal.last.toordinal()
    flags = ext if ext is not None else [False] * n
    # One look-up per row: the whole row is decided once per (receipt, extended, after
    # hours, notice) and remembered for the rest of the batch.
    rows: dict[tuple[int, bool, bool, int], tuple[int, int, str, int, str, int]] = {}
    out: list[tuple[int, int, str, int, str, int]] = []
    keep = out.append
    for i, (r, s, f) in enumerate(zip(rec, snt, flags, strict=True)):
        if type(r) is date:
            local, after = r.toordinal(), False
            if late_policy and _closing(local, periods) < NEVER:
                # After service hours it counts from the next working day (D-7): a date
                # cannot say which, and either answer could call the body late wrongly.
                raise time_needed(f"received[{i}]", body)
        else:
            if r is None:
                raise InvalidInputError(
                    field=f"received[{i}]",
                    value="None",
                    reason=N_("tanggal penerimaan wajib diisi"),
                )
            local = _local(r, body, f"received[{i}]")
            after = late_policy and isinstance(r, datetime) and _after(r, body, local, periods)
        if s is None:
            done = -1
        else:
            done = s.toordinal() if type(s) is date else _local(s, body, f"sent[{i}]")
        key = (local, f, after, done)
        row = rows.get(key)
        if row is None:
            if local < law:
                raise BeforeLawInForceError(
                    field=f"received[{i}]",
                    value=date.fromordinal(local).isoformat(),
                    in_force=LAW_IN_FORCE.isoformat(),
                )
            if done >= 0 and not first <= done <= last:
                raise OutOfRangeError(
                    field=f"sent[{i}]",
                    value=date.fromordinal(done).isoformat(),
                    first=cal.first.isoformat(),
                    last=cal.last.isoformat(),
                )
            try:
                due, latest = memo.get((local, f, after))
            except OutOfRangeError:  # the calendar names its own argument: name the row
                raise OutOfRangeError(
                    field=f"received[{i}]",
                    value=date.fromordinal(local).isoformat(),
                    first=cal.first.isoformat(),
                    last=cal.last.isoformat(),
                ) from None
            row = rows[key] = (due, latest, *_decide(due, latest, done, today))
        keep(row)
    due_col, latest_col, status_col, days_col, state_col, until_col = (
        tuple(map(itemgetter(k), out)) for k in range(6)
    )
    return NoticeColumns(due_col, status_col, days_col, latest_col, state_col, until_col)


def _local(value: object, body: PublicBody, field: str) -> int:
    return local_date(value, body, field=field).toordinal()  # type: ignore[arg-type]


def _after(
    at: datetime, body: PublicBody, local: int, periods: tuple[tuple[int, int], ...]
) -> bool:
    """Received after the closing time in force on its local day (ordinal ``local``; D-7)."""
    closing = _closing(local, periods)
    return closing < NEVER and time_micros(at.astimezone(body.zone).time()) >= closing


def _closing(local: int, periods: tuple[tuple[int, int], ...]) -> int:
    """The closing time in force on the day of ordinal ``local`` (:data:`NEVER`: none)."""
    day = local - EPOCH
    return next(c for first, c in reversed(periods) if first <= day)


def _decide(due: int, latest: int, done: int, today: int) -> tuple[str, int, str, int]:
    """(status, days overdue, state, valid until) of one notice, by :func:`step_state`."""
    state, until = step_state(
        Step.NOTICE,
        due=date.fromordinal(due),
        latest=date.fromordinal(latest),
        as_of=date.fromordinal(today),
        done_on=date.fromordinal(done) if done >= 0 else None,
    )
    reached = done if done >= 0 else today
    days = max(reached - latest, 0)
    # An overdue row changes every day: its days overdue grow.
    valid = today if state is EntryState.OVERDUE else until.toordinal() if until else -1
    return _FROM_STATE[state], days, state.value, valid


# ------------------------------------------------------------------ the numpy path
def notice_status_arrays(
    received: object,
    sent: object,
    *,
    as_of: date | datetime,
    extended: npt.ArrayLike | None = None,
    body: PublicBody | None = None,
    calendar: WorkingCalendar | None = None,
    rules: RuleBook | None = None,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """:func:`notice_status` on columns: ``datetime64[D]`` local dates (``NaT`` for a notice
    not sent), or aware instants — a pandas, Arrow or Polars column with a time zone, a list
    of aware datetimes — which become the body's local date. Returns ``(due, state_code,
    days_overdue)``: ``due`` as ``datetime64[D]``, ``state_code`` indexes :data:`STATE_CODES`
    (0 pending, 1 overdue, 2 on time, 3 late). A body that deems a receipt after service hours
    received the next working day (D-7) needs instants for ``received``.

    Raises:
        MissingDependencyError: numpy is not installed.
        InvalidInputError: as :func:`notice_status`; a timestamp without a time zone.
    """
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy is installed where the tests run
        raise MissingDependencyError(
            field="notice_status_arrays", value="numpy", extra="numpy"
        ) from None
    if calendar is not None:
        argument("calendar", calendar, WorkingCalendar)
    where = rules_or_default(rules).for_body(body)
    rec = read_column(received, "received")
    snt = read_column(sent, "sent")
    n = len(rec)
    if len(snt) != n:
        raise InvalidInputError(
            field="sent", value=len(snt), reason=N_("setiap kolom harus sepanjang kolom received")
        )
    flags = None if extended is None else np.asarray(extended, dtype=bool)
    if flags is not None and flags.shape != (n,):
        raise InvalidInputError(
            field="extended",
            value=str(flags.shape),
            reason=N_("setiap kolom harus sepanjang kolom received"),
        )
    tables = day_tables(where, calendar)
    notice = tables.steps[Step.NOTICE]
    longer = tables.steps[Step.NOTICE_EXTENDED]
    cal = calendar if calendar is not None else where.calendar
    today = local_date(as_of, where.body, field="as_of").toordinal() - EPOCH
    zones = [where.body.zone]
    received_days = DayReader(rec, zones, None)
    sent_days = DayReader(snt, zones, None) if snt.kind in ("dates", "instants") else None
    first, last = cal.first.toordinal() - EPOCH, cal.last.toordinal() - EPOCH
    law = LAW_IN_FORCE.toordinal() - EPOCH
    to_status = np.array([STATE_CODES.index(_FROM_STATE.get(s, _PENDING)) for s in ENTRY_STATES])
    due_out = np.empty(n, dtype=np.int64)
    code_out = np.empty(n, dtype=np.int8)
    days_out = np.empty(n, dtype=np.int64)
    chunk = 1 << 15
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        r, time_of_day = received_days.read(start, stop)
        if (r >= BIG).any():
            i = start + int(np.flatnonzero(r >= BIG)[0])
            raise InvalidInputError(
                field=f"received[{i}]", value="NaT", reason=N_("tanggal penerimaan wajib diisi")
            )
        if (r < law).any():
            i = int(np.flatnonzero(r < law)[0])
            raise BeforeLawInForceError(
                field=f"received[{start + i}]",
                value=date.fromordinal(int(r[i]) + EPOCH).isoformat(),
                in_force=LAW_IN_FORCE.isoformat(),
            )
        # A date cannot say whether it came after closing time where, on its day, that moves
        # the receipt to the next working day (D-7).
        if (
            tables.closes is not None
            and time_of_day is None
            and (np.take(tables.closes, r, mode="clip") < NEVER).any()
        ):
            raise time_needed("received", where.body)
        if sent_days is None:
            s = np.full(stop - start, BIG, dtype=np.int32)
        else:
            s = sent_days.read(start, stop)[0]
            outside = (s < BIG) & ((s < first) | (s > last))
            if outside.any():
                i = int(np.flatnonzero(outside)[0])
                raise OutOfRangeError(
                    field=f"sent[{start + i}]",
                    value=date.fromordinal(int(s[i]) + EPOCH).isoformat(),
                    first=cal.first.isoformat(),
                    last=cal.last.isoformat(),
                )
        late = (
            None
            if tables.closes is None or time_of_day is None
            else time_of_day >= np.take(tables.closes, r, mode="clip")
        )
        due, latest = _look_up(
            notice.due, notice.latest, notice.after_due, notice.after_latest, r, late
        )
        if flags is not None:
            f = flags[start:stop]
            x_due, x_latest = _look_up(
                longer.due, longer.latest, longer.after_due, longer.after_latest, r, late
            )
            due = due + f.view(np.int8) * (x_due - due)
            latest = latest + f.view(np.int8) * (x_latest - latest)
        if (due >= INVALID).any():
            i = int(np.flatnonzero(due >= INVALID)[0])
            raise OutOfRangeError(
                field=f"received[{start + i}]",
                value=date.fromordinal(int(r[i]) + EPOCH).isoformat(),
                first=cal.first.isoformat(),
                last=cal.last.isoformat(),
            )
        # A notice dated after as_of still counts as sent (as in notice_status): describe
        # such a row on its notice's day.
        seen = np.maximum(today, s * (s < BIG).view(np.int8))
        codes, _ = step_state_codes(
            Step.NOTICE, due=due, latest=latest, as_of=seen, done=s, never=BIG
        )
        code_out[start:stop] = np.take(to_status, codes)
        days_out[start:stop] = np.maximum(np.minimum(s, seen) - latest, 0)
        due_out[start:stop] = due
    return due_out.view("datetime64[D]"), code_out, days_out


def _look_up(
    due: np.ndarray[Any, Any],
    latest: np.ndarray[Any, Any],
    after_due: np.ndarray[Any, Any] | None,
    after_latest: np.ndarray[Any, Any] | None,
    days: np.ndarray[Any, Any],
    late: np.ndarray[Any, Any] | None,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    import numpy as np

    d = np.take(due, days, mode="clip")
    t = np.take(latest, days, mode="clip")
    if late is not None and after_due is not None and after_latest is not None:
        rows = np.flatnonzero(late)
        d[rows] = np.take(after_due, days[rows], mode="clip")
        t[rows] = np.take(after_latest, days[rows], mode="clip")
    return d, t
