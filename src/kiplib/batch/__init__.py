"""Many requests at once, column by column: for dashboards over a province or the country.

* :func:`statuses` — what :func:`kiplib.timeline` gives for one request, for every request
  of a batch: each step's due day, last day, state, days late and citation, the status, and
  until when it all holds (numpy; :mod:`kiplib.batch.pandas`, :mod:`kiplib.batch.polars`,
  :mod:`kiplib.batch.arrow` and :mod:`kiplib.batch.dask` take and give data frames);
* :func:`notice_status` (plain Python values, picklable) and :func:`notice_status_arrays`
  (numpy) — the written notice alone, as before.

Every state has one meaning (:func:`kiplib.law.step_state`), and every date is the one
:func:`kiplib.deadline` gives for the same body and rule book (D-12, D-13, district rules).
"""

from __future__ import annotations

from kiplib.batch._notice import (
    STATE_CODES,
    NoticeColumns,
    NoticeState,
    notice_status,
    notice_status_arrays,
)
from kiplib.batch._statuses import (
    EVENT_COLUMNS,
    STATUSES,
    STEP_COLUMNS,
    StatusColumns,
    statuses,
)
from kiplib.law.states import ENTRY_STATES

__all__ = [
    "ENTRY_STATES",
    "EVENT_COLUMNS",
    "STATE_CODES",
    "STATUSES",
    "STEP_COLUMNS",
    "NoticeColumns",
    "NoticeState",
    "StatusColumns",
    "notice_status",
    "notice_status_arrays",
    "statuses",
]
