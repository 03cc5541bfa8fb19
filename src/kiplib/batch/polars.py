"""Polars in, Polars out: :func:`statuses` for a ``polars.DataFrame`` or, streamed, a
``polars.LazyFrame`` (``pip install "kiplib[polars]"``).

The event columns are ``Date`` (local dates) or ``Datetime`` with a time zone (instants,
turned into the local date of each row's body); a ``Datetime`` without a zone is an
:class:`~kiplib.errors.InvalidInputError` naming the column. The result columns are added to
the frame: ``Date`` dates, ``Int16`` days late, categorical states, status and citations, null
where a request has no such deadline.

A ``LazyFrame`` gives a ``LazyFrame``: each batch the engine streams is computed as it comes
(``LazyFrame.map_batches``), so ``sink_parquet`` or ``collect(engine="streaming")`` handle
more rows than fit in memory. The rule book travels with the query.

Examples:
    >>> from datetime import date
    >>> import polars as pl
    >>> from kiplib.batch.polars import statuses
    >>> frame = pl.DataFrame({
    ...     "received": [date(2024, 4, 5), date(2024, 4, 5)],
    ...     "notice_sent": [None, date(2024, 4, 22)],
    ... })
    >>> out = statuses(frame, as_of=date(2024, 5, 6))
    >>> out["notice_state"].to_list(), out["valid_until"].to_list()
    (['overdue', 'met'], [datetime.date(2024, 5, 6), datetime.date(2024, 6, 10)])
    >>> lazy = statuses(frame.lazy(), as_of=date(2024, 5, 6))
    >>> lazy.collect(engine="streaming")["status"].to_list()
    ['notice_overdue', 'objection_window_open']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import partial
from typing import Any

from kiplib.batch._frames import RESULT_KINDS, arrow_arrays, event_columns, frame_statuses, need
from kiplib.batch._statuses import STEP_COLUMNS
from kiplib.calendar.working import WorkingCalendar
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.law.bodies import PublicBody
from kiplib.rulebook.book import RuleBook, rules_or_default

__all__ = ["result_schema", "statuses"]


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
    """``frame`` with the columns of :func:`kiplib.batch.statuses` added.

    Args:
        frame: a ``polars.DataFrame``, or a ``polars.LazyFrame`` (then a ``LazyFrame`` is
            returned, computed batch by batch when it is collected or sunk).
        body: one :class:`~kiplib.PublicBody` for every row, or the name of the column that
            names each row's body: keys of ``bodies`` (a mapping) or indexes into it (a
            sequence).
        columns: event name → column name, when the frame names them otherwise.
        as_of, bodies, rules, calendar: as :func:`kiplib.batch.statuses`.
    """
    pl = need("polars", "kiplib.batch.polars", "polars")
    book = rules_or_default(rules)  # chosen here: the lazy query must not pick another
    work = partial(
        _frame,
        as_of=as_of,
        body=body,
        bodies=bodies,
        rules=book,
        calendar=calendar,
        columns=columns,
    )
    if isinstance(frame, pl.LazyFrame):
        schema = dict(frame.collect_schema())
        event_columns(list(schema), columns)  # the missing columns are named now
        schema.update(result_schema())
        return frame.map_batches(work, schema=schema, streamable=True)
    if not isinstance(frame, pl.DataFrame):
        raise InvalidInputError(
            field="frame", value=type(frame).__name__, reason=N_("harus berupa DataFrame Polars")
        )
    return work(frame)


def result_schema() -> dict[str, Any]:
    """The Polars types of the result columns."""
    pl = need("polars", "kiplib.batch.polars", "polars")
    types = {
        "date": pl.Date,
        "int": pl.Int16,
        "state": pl.Categorical,
        "status": pl.Categorical,
        "citation": pl.Categorical,
    }
    return {name: types[kind] for name, kind in RESULT_KINDS.items()}


def _frame(
    frame: Any,
    *,
    as_of: date | datetime,
    body: PublicBody | str | None,
    bodies: Mapping[Any, PublicBody] | Sequence[PublicBody] | None,
    rules: RuleBook,
    calendar: WorkingCalendar | None,
    columns: Mapping[str, str] | None,
) -> Any:
    pl = need("polars", "kiplib.batch.polars", "polars")
    np = need("numpy", "kiplib.batch.polars", "polars")
    found = event_columns(frame.columns, columns)
    events = {event: frame.get_column(name) for event, name in found.items()}

    def encode(column: str) -> tuple[Any, list[Any]] | None:
        keys = frame.get_column(column)
        if keys.null_count():
            return None
        uniques = keys.unique(maintain_order=True)
        codes = keys.replace_strict(uniques, range(len(uniques)), return_dtype=pl.Int32)
        return codes.to_numpy(), uniques.to_list()

    cols = frame_statuses(
        events,
        names=frame.columns,
        body=body,
        bodies=bodies,
        encode=encode,
        missing="null",
        as_of=as_of,
        rules=rules,
        calendar=calendar,
    )
    # One article for every deadline of a step (the usual case): a literal where the step
    # has a deadline costs Polars nothing, a dictionary costs it a pass (its column is then
    # not converted at all).
    literal: dict[str, str] = {}
    for step in STEP_COLUMNS:
        codes, states = cols.columns[f"{step}_citation"], cols.columns[f"{step}_state"]
        given = states >= 0
        if not given.any():
            continue
        first = int(codes[int(np.argmax(given))])
        if ((codes == first) | ~given).all():
            literal[f"{step}_citation"] = str(cols.citations[first])
    arrays = arrow_arrays(cols, null_in_dictionary=True)
    series: dict[str, Any] = {}
    for name, array in arrays.items():
        shown = literal.get(name)
        if shown is None:
            series[name] = pl.Series(name, array)
            continue
        state = series[name.removesuffix("_citation") + "_state"]  # made before: listed first
        series[name] = pl.select(
            pl.when(state.is_not_null()).then(pl.lit(shown, dtype=pl.Categorical)).alias(name)
        ).to_series()
    return frame.hstack(list(series.values()))
