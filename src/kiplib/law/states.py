"""One meaning of where a step stands: open, at risk, met, late, lapsed, closed or moot.

Every computation that says whether a deadline was met — a request's timeline, the batch
paths of a dashboard, the compliance calendar — asks :func:`step_state`, so "late" means the
same everywhere. A deadline has a safe day (``due``: the last day on which the party that acts
is safe under every reading of the law) and a last day (``latest``: the last day any reading
allows; the same day when the readings agree):

* not done, on or before ``due``: **running** — until ``due``;
* not done, after ``due`` but on or before ``latest``: **at risk** — some readings already
  call it late, none all of them — until ``latest``;
* not done after ``latest``: a duty (of the body, the atasan PPID, the Komisi Informasi) is
  **overdue** and stays on the list, with its citation, until an event answers it; a window of
  the requester or the parties has **expired**;
* done by ``due``: **met**; after ``due`` but by ``latest``: **debatable** (on time under some
  reading, late under another: the other side may not call it late); after ``latest``:
  **late**;
* replaced by another deadline (the notice by the extended notice): **superseded**;
  stopped because the request was withdrawn, settled or ended: **stopped** (moot — a closed
  request is not late).

A duty that is no step of a request (a yearly duty of the body on the compliance calendar) is
asked with ``step=None``: it is a duty, so once its last day has passed it is **overdue**.
:func:`step_state_codes` is the same decision over whole columns (numpy arrays), for the batch
paths of a dashboard: the states are numbered as :data:`ENTRY_STATES` lists them.

Examples:
    >>> from datetime import date
    >>> from kiplib.law.steps import Step
    >>> step_state(Step.NOTICE, due=date(2023, 11, 14), latest=date(2023, 11, 15),
    ...            as_of=date(2023, 11, 15))
    (<EntryState.AT_RISK: 'at_risk'>, datetime.date(2023, 11, 15))
    >>> step_state(Step.NOTICE, due=date(2023, 11, 14), latest=date(2023, 11, 15),
    ...            as_of=date(2023, 11, 20), done_on=date(2023, 11, 15))
    (<EntryState.DEBATABLE: 'debatable'>, None)
    >>> step_state(None, due=date(2025, 3, 31), latest=date(2025, 3, 31), as_of=date(2025, 4, 1))
    (<EntryState.OVERDUE: 'overdue'>, None)
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Final

from kiplib.i18n import N_, LabelledEnum
from kiplib.law.floor import REQUESTER_WINDOWS
from kiplib.law.steps import Step

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "DONE_STATES",
    "ENTRY_STATES",
    "OPEN_STATES",
    "EntryState",
    "step_state",
    "step_state_codes",
]


class EntryState(LabelledEnum):
    """Where one deadline stands on ``as_of``."""

    #: Still running: the step may be taken until the due date.
    RUNNING = "running"
    #: Past the safe day, not past the last day any reading allows.
    AT_RISK = "at_risk"
    #: Taken on time.
    MET = "met"
    #: Taken after the safe day but by the last day: late only under some readings.
    DEBATABLE = "debatable"
    #: Taken, but after the last day any reading allows.
    LATE = "late"
    #: A duty not done, and its last day has passed (it stays on the list until done).
    OVERDUE = "overdue"
    #: A window that closed unused.
    EXPIRED = "expired"
    #: Replaced by another deadline (the notice by the extended notice).
    SUPERSEDED = "superseded"
    #: Stopped because the request was withdrawn, settled or ended: moot.
    STOPPED = "stopped"


EntryState.set_labels(
    {
        EntryState.RUNNING: N_("berjalan"),
        EntryState.AT_RISK: N_("lewat hari aman; belum terlambat menurut semua cara menghitung"),
        EntryState.MET: N_("dipenuhi"),
        EntryState.DEBATABLE: N_(
            "dipenuhi sesudah hari aman; terlambat hanya menurut sebagian cara menghitung"
        ),
        EntryState.LATE: N_("dipenuhi terlambat"),
        EntryState.OVERDUE: N_("terlewat"),
        EntryState.EXPIRED: N_("lewat tanpa digunakan"),
        EntryState.SUPERSEDED: N_("digantikan"),
        EntryState.STOPPED: N_("dihentikan"),
    }
)

#: States of a step that may still be taken.
OPEN_STATES: Final = frozenset({EntryState.RUNNING, EntryState.AT_RISK})
#: States of a step that was taken.
DONE_STATES: Final = frozenset({EntryState.MET, EntryState.DEBATABLE, EntryState.LATE})


def step_state(
    step: Step | None,
    *,
    due: date,
    latest: date,
    as_of: date,
    done_on: date | None = None,
    superseded: bool = False,
    stopped: bool = False,
) -> tuple[EntryState, date | None]:
    """Where ``step`` stands on ``as_of``, and the last day that state holds (``None``: until
    an event changes it). ``step=None``: a duty that is no step of a request."""
    if superseded:
        return EntryState.SUPERSEDED, None
    if done_on is not None:
        if done_on <= due:
            return EntryState.MET, None
        if done_on <= latest:
            return EntryState.DEBATABLE, None
        return EntryState.LATE, None
    if stopped:
        return EntryState.STOPPED, None
    if as_of <= due:
        return EntryState.RUNNING, due
    if as_of <= latest:
        return EntryState.AT_RISK, latest
    return (EntryState.EXPIRED if step in REQUESTER_WINDOWS else EntryState.OVERDUE), None


#: The states in the order of their integer codes (:func:`step_state_codes`); ``-1`` is used
#: by the batch paths for a step that has no deadline in a row.
ENTRY_STATES: Final = tuple(EntryState)
_CODE: Final = {state: i for i, state in enumerate(ENTRY_STATES)}
#: What :func:`step_state` answers, by the place of a row in the decision: not done (on or
#: before ``due``, on or before ``latest``, after it), done (the same three), stopped,
#: superseded. The window row ends in ``EXPIRED``, the duty row in ``OVERDUE``.
_DECISION: Final = {
    window: (
        EntryState.RUNNING,
        EntryState.AT_RISK,
        EntryState.EXPIRED if window else EntryState.OVERDUE,
        EntryState.MET,
        EntryState.DEBATABLE,
        EntryState.LATE,
        EntryState.STOPPED,
        EntryState.SUPERSEDED,
    )
    for window in (False, True)
}


def step_state_codes(
    step: Step | None,
    *,
    due: np.ndarray[Any, Any],
    latest: np.ndarray[Any, Any],
    as_of: int | np.ndarray[Any, Any],
    done: np.ndarray[Any, Any],
    superseded: np.ndarray[Any, Any] | None = None,
    stopped: np.ndarray[Any, Any] | None = None,
    never: int,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """:func:`step_state` for whole columns of one step: the state codes (``int8``, indexes
    of :data:`ENTRY_STATES`) and the last day each state holds (``never`` where
    :func:`step_state` says ``None``).

    Days are integers on any one scale (days since 1970-01-01 in kiplib's batch paths);
    ``due <= latest`` in every row, as for every :class:`~kiplib.Deadline`. ``done`` is the day
    the step was taken, or any day after ``as_of`` where it was not (no step is taken after
    the day a result describes). ``superseded`` and ``stopped`` are boolean columns (``None``:
    nowhere). numpy must be installed; the caller has imported it.
    """
    import numpy as np

    taken = done <= as_of
    reached = np.minimum(done, as_of)
    # 0, 1, 2: on or before due, on or before latest, after latest; +3 when done; 6 stopped
    # (not done), 7 superseded. Arithmetic, not masks: the columns are long and random.
    place = (reached > due).view(np.int8) + (reached > latest).view(np.int8)
    place += taken.view(np.int8) * np.int8(3)
    if stopped is not None:
        place += (stopped & ~taken).view(np.int8) * (np.int8(6) - place)
    if superseded is not None:
        place += superseded.view(np.int8) * (np.int8(7) - place)
    table = np.array([_CODE[s] for s in _DECISION[step in REQUESTER_WINDOWS]], dtype=np.int8)
    codes = np.take(table, place)
    first, second = (place == 0).view(np.int8), (place == 1).view(np.int8)
    until = never + first * (due - never) + second * (latest - never)
    return codes, until
