"""Dask: :func:`statuses` over a ``dask.dataframe.DataFrame``, partition by partition
(``pip install "kiplib[dask]"``).

Each partition goes through :func:`kiplib.batch.pandas.statuses` on a worker. The rule book
is chosen on the client (``rules``, else the one this process uses) and sent with the task:
a :class:`~kiplib.RuleBook` pickles, so every worker counts with the same plugins, whatever is
installed there.

Examples:
    >>> from datetime import date
    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> from kiplib.batch.dask import statuses
    >>> frame = pd.DataFrame({
    ...     "received": pd.array([date(2024, 4, 5)] * 4, dtype="date32[pyarrow]"),
    ...     "notice_sent": pd.array([None, date(2024, 4, 22)] * 2, dtype="date32[pyarrow]"),
    ... })
    >>> out = statuses(dd.from_pandas(frame, npartitions=2), as_of=date(2024, 5, 6))
    >>> out["notice_state"].compute().tolist()
    ['overdue', 'met', 'overdue', 'met']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from kiplib.batch import pandas as pandas_batch
from kiplib.batch._frames import need
from kiplib.calendar.working import WorkingCalendar
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.law.bodies import PublicBody
from kiplib.rulebook.book import RuleBook, rules_or_default

__all__ = ["statuses"]


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
    """``frame`` with the columns of :func:`kiplib.batch.statuses` added, computed on each
    partition by :func:`kiplib.batch.pandas.statuses` (same arguments)."""
    dd = need("dask.dataframe", "kiplib.batch.dask", "dask").dataframe
    if not isinstance(frame, dd.DataFrame):
        raise InvalidInputError(
            field="frame", value=type(frame).__name__, reason=N_("harus berupa DataFrame Dask")
        )
    options: dict[str, Any] = {
        "as_of": as_of,
        "body": body,
        "bodies": bodies,
        "rules": rules_or_default(rules),
        "calendar": calendar,
        "columns": columns,
    }
    meta = pandas_batch.statuses(frame._meta, **options)
    return frame.map_partitions(pandas_batch.statuses, meta=meta, **options)
