"""Arrow in, Arrow out: :func:`statuses` for a ``pyarrow.Table`` or ``RecordBatch``
(``pip install "kiplib[arrow]"``).

The event columns are ``date32`` (local dates) or ``timestamp`` with a time zone (instants,
turned into the local date of each row's body); the result columns are added to the table:
``date32`` dates, ``int16`` days late, dictionary-encoded states, status and citations, null
where a request has no such deadline.

Examples:
    >>> from datetime import date
    >>> import pyarrow as pa
    >>> from kiplib.batch.arrow import statuses
    >>> table = pa.table({
    ...     "received": pa.array([date(2024, 4, 5), date(2024, 4, 5)]),
    ...     "notice_sent": pa.array([None, date(2024, 4, 22)], type=pa.date32()),
    ... })
    >>> out = statuses(table, as_of=date(2024, 5, 6))
    >>> out["notice_state"].to_pylist(), out["objection_due"].to_pylist()
    (['overdue', 'met'], [datetime.date(2024, 6, 20), datetime.date(2024, 6, 10)])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from kiplib.batch._frames import arrow_arrays, event_columns, frame_statuses, need
from kiplib.calendar.working import WorkingCalendar
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.law.bodies import PublicBody
from kiplib.rulebook.book import RuleBook

__all__ = ["statuses"]


def statuses(
    table: Any,
    *,
    as_of: date | datetime,
    body: PublicBody | str | None = None,
    bodies: Mapping[Any, PublicBody] | Sequence[PublicBody] | None = None,
    rules: RuleBook | None = None,
    calendar: WorkingCalendar | None = None,
    columns: Mapping[str, str] | None = None,
) -> Any:
    """``table`` with the columns of :func:`kiplib.batch.statuses` added.

    Args:
        table: a ``pyarrow.Table`` or ``RecordBatch`` with the event columns (named after
            :data:`kiplib.batch.EVENT_COLUMNS`, or as ``columns`` maps them).
        body: one :class:`~kiplib.PublicBody` for every row, or the name of the column that
            names each row's body: keys of ``bodies`` (a mapping) or indexes into it (a
            sequence).
        columns: event name → column name, when the table names them otherwise.
        as_of, bodies, rules, calendar: as :func:`kiplib.batch.statuses`.
    """
    pa = need("pyarrow", "kiplib.batch.arrow", "arrow")
    pc = __import__("pyarrow.compute").compute
    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    if not isinstance(table, pa.Table):
        raise InvalidInputError(
            field="table", value=type(table).__name__, reason=N_("harus berupa tabel Arrow")
        )
    found = event_columns(table.column_names, columns)
    events = {event: table.column(name) for event, name in found.items()}

    def encode(column: str) -> tuple[Any, list[Any]] | None:
        encoded = pc.dictionary_encode(table.column(column)).combine_chunks()
        if encoded.null_count:
            return None
        return encoded.indices.to_numpy(zero_copy_only=False), encoded.dictionary.to_pylist()

    cols = frame_statuses(
        events,
        names=table.column_names,
        body=body,
        bodies=bodies,
        encode=encode,
        missing="null",
        as_of=as_of,
        rules=rules,
        calendar=calendar,
    )
    for name, array in arrow_arrays(cols).items():
        table = table.append_column(name, array)
    return table
