"""What the data-frame adapters share: which frame column is which event, the bodies of a
key column, and the result as Arrow arrays (``date32`` dates, dictionary-encoded states,
statuses and citations) — the layout Polars and pandas take without copying the values."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

from kiplib.batch._statuses import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    NO_DAY,
    STATUSES,
    STEP_COLUMNS,
    StatusColumns,
    statuses,
)
from kiplib.calendar.working import WorkingCalendar
from kiplib.errors import InvalidInputError, MissingDependencyError
from kiplib.i18n import N_
from kiplib.law.bodies import PublicBody
from kiplib.law.states import ENTRY_STATES
from kiplib.rulebook.book import RuleBook

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    Array = np.ndarray[Any, Any]
else:  # numpy is optional: at run time the name only documents the annotations
    Array = Any

__all__: list[str] = []

#: The names of the states and of the statuses, in the order of their codes.
STATE_NAMES: Final = tuple(s.value for s in ENTRY_STATES)
STATUS_NAMES: Final = tuple(s.value for s in STATUSES)
#: What each result column holds: ``date``, ``state``, ``status``, ``citation`` or ``int``.
RESULT_KINDS: Final = {
    **{
        f"{step}_{part}": kind
        for step in STEP_COLUMNS
        for part, kind in (
            ("due", "date"),
            ("latest", "date"),
            ("state", "state"),
            ("days_late", "int"),
            ("citation", "citation"),
        )
    },
    "status": "status",
    "status_until": "date",
    "valid_until": "date",
}


def need(package: str, feature: str, extra: str) -> Any:
    """Import an optional package, or say which extra brings it."""
    try:
        return __import__(package)
    except ImportError:
        raise MissingDependencyError(field=feature, value=package, extra=extra) from None


def event_columns(available: Sequence[str], columns: Mapping[str, str] | None) -> dict[str, str]:
    """Which frame column holds each event: ``columns`` (event name → column name), else the
    columns named after the events (:data:`kiplib.batch.EVENT_COLUMNS`)."""
    if columns is not None:
        unknown = sorted(set(columns) - set(EVENT_COLUMNS))
        if unknown:
            raise InvalidInputError(
                field="columns",
                value=", ".join(unknown),
                reason=N_("bukan nama peristiwa; gunakan {names}"),
                names=", ".join(EVENT_COLUMNS),
            )
        missing = sorted(c for c in columns.values() if c not in available)
        if missing:
            raise InvalidInputError(
                field="columns", value=", ".join(missing), reason=N_("kolom tidak ada")
            )
        found = dict(columns)
    else:
        found = {name: name for name in EVENT_COLUMNS if name in available}
    if "received" not in found:
        raise InvalidInputError(
            field="received", value="-", reason=N_("kolom tanggal penerimaan wajib ada")
        )
    return found


#: How a frame library encodes a body column: each row's code and the distinct keys in code
#: order, or ``None`` when a row names no body.
Encode = Callable[[str], "tuple[Any, Sequence[Any]] | None"]


def frame_statuses(
    events: dict[str, Any],
    *,
    names: Sequence[str],
    body: PublicBody | str | None,
    bodies: Mapping[Any, PublicBody] | Sequence[PublicBody] | None,
    encode: Encode,
    missing: str,
    as_of: date | datetime,
    rules: RuleBook | None,
    calendar: WorkingCalendar | None,
) -> StatusColumns:
    """:func:`kiplib.batch.statuses` over a frame's event columns (``events``, ``received``
    among them), for one body or — when ``body`` is the name of one of the frame's columns
    (``names``) — the body each row names: ``encode`` codes the column the frame library's
    way, and a row without a body is refused (``missing``: how the library writes nothing)."""
    received = events.pop("received")
    if not isinstance(body, str):
        return statuses(received, **events, as_of=as_of, body=body, rules=rules, calendar=calendar)
    if body not in names:
        raise InvalidInputError(field="body", value=body, reason=N_("kolom tidak ada"))
    encoded = encode(body)
    if encoded is None:
        raise InvalidInputError(
            field="body", value=missing, reason=N_("setiap baris harus menyebut badan publik")
        )
    codes, keys = encoded
    return statuses(
        received,
        **events,
        as_of=as_of,
        body=codes,
        bodies=key_bodies(keys, bodies),
        rules=rules,
        calendar=calendar,
    )


def key_bodies(
    uniques: Sequence[Any], bodies: Mapping[Any, PublicBody] | Sequence[PublicBody] | None
) -> list[PublicBody | None]:
    """The bodies of the distinct keys of a body column, in their order."""
    if isinstance(bodies, Mapping):
        listed: list[PublicBody | None] = []
        for key in uniques:
            if key not in bodies:
                raise InvalidInputError(
                    field="body",
                    value=repr(key)[:80],
                    reason=N_("tidak ada badan publik untuk kunci ini dalam bodies"),
                )
            listed.append(bodies[key])
        return listed
    if isinstance(bodies, Sequence):
        listed = []
        for key in uniques:
            if isinstance(key, bool) or not isinstance(key, int) or not 0 <= key < len(bodies):
                raise InvalidInputError(
                    field="body",
                    value=repr(key)[:80],
                    reason=N_("indeks badan publik di luar daftar bodies"),
                )
            listed.append(bodies[key])
        return listed
    raise InvalidInputError(
        field="bodies",
        value=type(bodies).__name__,
        reason=N_("berikan pemetaan kunci ke PublicBody, atau daftar untuk kolom indeks"),
    )


def arrow_arrays(cols: StatusColumns, *, null_in_dictionary: bool = False) -> dict[str, Any]:
    """The result as Arrow arrays, none of its values copied: ``date32`` dates, ``int16``
    days late and dictionary arrays of the states, statuses and citations, null where a
    request has no such deadline.

    ``null_in_dictionary``: mark a missing state or citation by a null entry of the
    dictionary instead of a validity bitmap — Polars reads that form twice as fast and turns
    it into ordinary nulls; other Arrow readers may not count such entries as nulls.
    """
    import numpy as np

    pa = need("pyarrow", "kiplib.batch", "arrow")
    data = cols.columns
    n = len(cols)
    names = {
        "state": STATE_NAMES,
        "status": STATUS_NAMES,
        "citation": tuple(str(c) for c in cols.citations) or ("",),
    }

    def bitmap(missing: Array) -> tuple[Any, int]:
        if not missing.any():
            return None, 0
        return pa.py_buffer(np.packbits(~missing, bitorder="little")), -1

    def plain(values: Array, kind: Any, validity: tuple[Any, int]) -> Any:
        return pa.Array.from_buffers(
            kind, n, [validity[0], pa.py_buffer(values)], null_count=validity[1]
        )

    def coded(values: Array, kind: str, validity: tuple[Any, int]) -> Any:
        words = names[kind]
        if null_in_dictionary and validity[0] is not None:
            shifted = (values + np.int8(1)).astype(np.uint8 if len(words) < 255 else np.uint16)
            indices = pa.Array.from_buffers(
                pa.from_numpy_dtype(shifted.dtype), n, [None, pa.py_buffer(shifted)]
            )
            return pa.DictionaryArray.from_arrays(
                indices, pa.array((None, *words), type=pa.string()), safe=False
            )
        indices = plain(values, pa.from_numpy_dtype(values.dtype), validity)
        return pa.DictionaryArray.from_arrays(
            indices, pa.array(words, type=pa.string()), safe=False
        )

    out: dict[str, Any] = {}
    for step in STEP_COLUMNS:
        validity = bitmap(data[f"{step}_state"] < 0)  # one for the step's four columns
        out[f"{step}_due"] = plain(data[f"{step}_due"], pa.date32(), validity)
        out[f"{step}_latest"] = plain(data[f"{step}_latest"], pa.date32(), validity)
        out[f"{step}_state"] = coded(data[f"{step}_state"], "state", validity)
        out[f"{step}_days_late"] = plain(data[f"{step}_days_late"], pa.int16(), (None, 0))
        out[f"{step}_citation"] = coded(data[f"{step}_citation"], "citation", validity)
    out["status"] = coded(data["status"], "status", (None, 0))
    for name in ("status_until", "valid_until"):
        out[name] = plain(data[name], pa.date32(), bitmap(data[name] == NO_DAY))
    assert list(out) == list(RESULT_KINDS) and set(DATE_COLUMNS) <= set(out)
    return out
