"""pandas in, pandas out: :func:`statuses` for a ``pandas.DataFrame``
(``pip install "kiplib[pandas]"``).

The event columns hold local dates (``date32[pyarrow]``) or zone-aware timestamps (turned
into the local date of each row's body); a timestamp without a zone or an object column is an
:class:`~kiplib.errors.InvalidInputError` naming the column, because its local date cannot be
known without guessing. The result columns are added to a copy of the frame: dates as
``date32[pyarrow]`` (dates, not timestamps), states, status and citations as categoricals,
days late as ``int16``.

Examples:
    >>> from datetime import date
    >>> import pandas as pd
    >>> from kiplib.batch.pandas import statuses
    >>> frame = pd.DataFrame({
    ...     "received": pd.to_datetime(["2024-04-05 09:00", "2024-04-05 09:00"])
    ...         .tz_localize("Asia/Jakarta"),
    ...     "notice_sent": pd.array([None, date(2024, 4, 22)], dtype="date32[pyarrow]"),
    ... })
    >>> out = statuses(frame, as_of=date(2024, 5, 6))
    >>> out["notice_state"].tolist(), out["status"].tolist()
    (['overdue', 'met'], ['notice_overdue', 'objection_window_open'])
    >>> str(out["notice_due"].dtype), out["notice_due"].tolist()
    ('date32[day][pyarrow]', [datetime.date(2024, 4, 29), datetime.date(2024, 4, 29)])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from kiplib.batch._frames import (
    RESULT_KINDS,
    STATE_NAMES,
    STATUS_NAMES,
    arrow_arrays,
    event_columns,
    frame_statuses,
    need,
)
from kiplib.batch._statuses import StatusColumns
from kiplib.calendar.working import WorkingCalendar
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.law.bodies import PublicBody
from kiplib.rulebook.book import RuleBook

__all__ = ["result_frame", "statuses"]


def statuses(
    frame: Any,
    *,
    as_of: date | datetime,
    body: PublicBody | str | None = None,
    bodies: Mapping[Any, PublicBody] | Sequence[PublicBody] | None = None,
    rules: RuleBook | None = None,
    calendar: WorkingCalendar | None = None,
    columns: Mapping[str, str] | None = None,
) -> Any:
    """A copy of ``frame`` with the columns of :func:`kiplib.batch.statuses` added.

    Args:
        frame: a ``pandas.DataFrame`` with the event columns (named after
            :data:`kiplib.batch.EVENT_COLUMNS`, or as ``columns`` maps them).
        body: one :class:`~kiplib.PublicBody` for every row, or the name of the column that
            names each row's body: keys of ``bodies`` (a mapping) or indexes into it (a
            sequence).
        columns: event name → column name, when the frame names them otherwise.
        as_of, bodies, rules, calendar: as :func:`kiplib.batch.statuses`.
    """
    pd = need("pandas", "kiplib.batch.pandas", "pandas")
    if not isinstance(frame, pd.DataFrame):
        raise InvalidInputError(
            field="frame", value=type(frame).__name__, reason=N_("harus berupa DataFrame pandas")
        )
    found = event_columns([str(c) for c in frame.columns], columns)
    events = {event: frame[name] for event, name in found.items()}

    def encode(column: str) -> tuple[Any, list[Any]] | None:
        codes, uniques = pd.factorize(frame[column], use_na_sentinel=True)
        return None if (codes < 0).any() else (codes, list(uniques))

    cols = frame_statuses(
        events,
        names=list(frame.columns),
        body=body,
        bodies=bodies,
        encode=encode,
        missing="NA",
        as_of=as_of,
        rules=rules,
        calendar=calendar,
    )
    result = result_frame(cols, index=frame.index)
    return pd.concat([frame, result], axis=1)


def result_frame(cols: StatusColumns, *, index: Any = None) -> Any:
    """The columns of a :class:`~kiplib.batch.StatusColumns` as a ``pandas.DataFrame``."""
    pd = need("pandas", "kiplib.batch.pandas", "pandas")
    arrays = arrow_arrays(cols)
    data = cols.columns
    cited = [str(c) for c in cols.citations]
    out: dict[str, Any] = {}
    for name, kind in RESULT_KINDS.items():
        values = data[name]
        if kind == "date":
            out[name] = pd.arrays.ArrowExtensionArray(arrays[name])
        elif kind == "int":
            out[name] = values
        else:
            names = STATE_NAMES if kind == "state" else STATUS_NAMES if kind == "status" else cited
            out[name] = pd.Categorical.from_codes(values, categories=list(names), validate=False)
    return pd.DataFrame(out, index=index, copy=False)
