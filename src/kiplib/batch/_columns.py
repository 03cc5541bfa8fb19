"""Columns in: dates, aware instants or flags from numpy, pandas, Arrow, Polars or plain Python.

Every column of the batch paths is read once into plain numpy: local dates as day numbers
(days since 1970-01-01), aware instants as microseconds since 1970-01-01 UTC, flags as
booleans, and a mask of the values present. What cannot be read without guessing is refused,
naming the column: a timestamp without a time zone (whose local date cannot be known), an
object column of a data frame, a column that mixes dates and instants, anything else.

An instant becomes the local date of the body of its row (:func:`local_days`): the zone's
offset for each day of the column's range is looked up once, so a million instants cost a few
array operations, and the day of a change of offset is read row by row.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal
from zoneinfo import ZoneInfo

import attrs

from kiplib.batch._tables import BIG, EPOCH
from kiplib.errors import InvalidInputError, NaiveDatetimeError
from kiplib.i18n import N_
from kiplib.law.floor import INDONESIAN_ZONES

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    Array = np.ndarray[Any, Any]
else:  # numpy is optional: at run time the name only documents the annotations
    Array = Any

__all__: list[str] = []

Kind = Literal["missing", "dates", "instants", "flags"]

_UTC: Final = UTC
_EPOCH_UTC: Final = datetime(1970, 1, 1, tzinfo=_UTC)
_MICROSECOND: Final = timedelta(microseconds=1)
_DAY_US: Final = 86_400_000_000
_UNIT_US: Final = {"s": 1_000_000, "ms": 1_000, "us": 1, "ns": None}
#: Offsets of Indonesia's zones have not changed since 1988, long before UU 14/2008.
_FIXED_SINCE: Final = datetime(1990, 1, 1)

_NOT_DATES: Final = N_("kolom harus berisi tanggal (date) atau waktu yang sadar zona")
_OBJECT: Final = N_(
    "kolom object tidak dibaca; ubah dulu menjadi tanggal (date32) atau waktu yang sadar zona"
)
_MIXED: Final = N_("kolom mencampur tanggal dan waktu; berikan salah satu saja")


@attrs.frozen(eq=False)
class Column:
    """One column, read.

    ``values``: day numbers (dates, ``int32`` or ``int64``), ``int64`` microseconds since
    1970-01-01 UTC (instants) or booleans (flags); ``present``: where a value is given
    (``None``: everywhere).
    """

    name: str
    kind: Kind
    values: Array
    present: Array | None = None
    #: The values are numpy's ``datetime64`` integers: NaT (the smallest ``int64``) marks a
    #: missing value, and ``present`` is not given.
    nat: bool = False

    def __len__(self) -> int:
        return len(self.values)

    def given(self) -> Array:
        """Where a value is given."""
        import numpy as np

        if self.nat:
            found: Array = self.values != np.iinfo(np.int64).min
            return found
        if self.present is not None:
            return self.present
        return np.ones(len(self.values), dtype=bool)


def _refuse(name: str, kind: str) -> InvalidInputError:
    return InvalidInputError(field=name, value=kind, reason=_NOT_DATES)


def _naive(name: str, example: object) -> NaiveDatetimeError:
    return NaiveDatetimeError(field=name, value=str(example))


def read_column(values: object, name: str, *, flags: bool = False) -> Column:
    """Read ``values`` (``name`` is the column's name in errors); ``flags``: booleans are
    accepted as well."""
    import numpy as np

    if values is None:
        return Column(name, "missing", np.zeros(0, dtype=np.int64))
    module = type(values).__module__.split(".")[0]
    if module == "polars":
        return _polars(values, name, flags)
    if module == "pyarrow":
        return _arrow(values, name, flags)
    if module == "pandas":
        return _pandas(values, name, flags)
    if isinstance(values, np.ndarray):
        return _numpy(values, name, flags)
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise _refuse(name, type(values).__name__)
    return _python(values if isinstance(values, Sequence) else list(values), name, flags)


def _numpy(values: Array, name: str, flags: bool) -> Column:
    import numpy as np

    if values.ndim != 1:
        raise InvalidInputError(
            field=name, value=str(values.shape), reason=N_("kolom harus satu dimensi")
        )
    kind = values.dtype.kind
    if kind == "M":
        unit = np.datetime_data(values.dtype)[0]
        if unit != "D":
            if unit not in ("Y", "M", "W", "generic"):  # a time of day: no zone, no local date
                shown = values[~np.isnat(values)][:1]
                raise _naive(name, shown[0] if len(shown) else values.dtype)
            raise _refuse(name, str(values.dtype))
        return Column(name, "dates", values.view(np.int64), nat=True)
    if kind == "b" and flags:
        return Column(name, "flags", values)
    if kind == "O":
        return _python(values.tolist(), name, flags)
    raise _refuse(name, str(values.dtype))


def _with_mask(name: str, kind: Kind, values: Array, present: Array | None) -> Column:
    if present is not None and present.all():
        present = None
    return Column(name, kind, values, present)


def _missing(value: object) -> bool:
    return (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or type(value).__name__ == "NaTType"
    )


def _python(values: Sequence[Any], name: str, flags: bool) -> Column:
    """Plain Python values: dates, aware datetimes, ``None`` (and NaT, NaN) — one kind."""
    import numpy as np

    n = len(values)
    out = np.zeros(n, dtype=np.int64)
    present = np.ones(n, dtype=bool)
    kind: Kind | None = None
    for i, value in enumerate(values):
        if _missing(value):  # before datetime: pandas' NaT is one
            present[i] = False
            continue
        if isinstance(value, datetime):
            if value.tzinfo is None or value.utcoffset() is None:
                raise _naive(f"{name}[{i}]", value.isoformat(sep=" "))
            this: Kind = "instants"
            out[i] = (value - _EPOCH_UTC) // _MICROSECOND
        elif isinstance(value, date):
            this = "dates"
            out[i] = value.toordinal() - EPOCH
        elif flags and isinstance(value, bool | np.bool_):
            this = "flags"
            out[i] = bool(value)
        elif isinstance(value, np.datetime64):
            if np.isnat(value):
                present[i] = False
                continue
            if np.datetime_data(value.dtype)[0] != "D":
                raise _naive(f"{name}[{i}]", value)
            this = "dates"
            out[i] = value.astype(np.int64)
        else:
            raise InvalidInputError(
                field=f"{name}[{i}]",
                value=repr(value)[:80],
                reason=N_("harus berupa date atau datetime yang sadar zona"),
            )
        if kind is None:
            kind = this
        elif kind != this:
            raise InvalidInputError(field=f"{name}[{i}]", value=repr(value)[:80], reason=_MIXED)
    if kind is None:  # nothing given (or an empty column)
        kind = "dates"
    if kind == "flags":
        return Column(name, "flags", out.astype(bool) & present)
    return _with_mask(name, kind, out, present)


def _pandas(values: Any, name: str, flags: bool) -> Column:
    import numpy as np
    import pandas as pd

    dtype = values.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        series = pd.Series(values, copy=False)
        utc = series.dt.tz_convert("UTC").dt.tz_localize(None)
        raw = utc.to_numpy(dtype="datetime64[us]")
        present = ~np.isnat(raw)
        micros = raw.view(np.int64)
        return _with_mask(name, "instants", micros, present)
    if isinstance(dtype, pd.ArrowDtype):
        import pyarrow as pa

        return _arrow(pa.array(values), name, flags)
    if dtype.kind == "M":
        present = pd.Series(values, copy=False).notna().to_numpy()
        shown = pd.Series(values, copy=False)[present].head(1).tolist()
        raise _naive(name, shown[0] if shown else dtype)
    if dtype.kind == "b" and flags:
        # A missing flag (pandas' nullable booleans) is no extension, as everywhere else.
        series = pd.Series(values, copy=False)
        return Column(name, "flags", series.to_numpy(dtype=bool, na_value=False))
    if dtype.kind == "O":
        raise InvalidInputError(field=name, value="object", reason=_OBJECT)
    raise _refuse(name, str(dtype))


def _buffers(values: Any, dtype: Any) -> tuple[Array, Array | None]:
    """The values of a fixed-width Arrow array as numpy, not copied (whatever stands in a
    null slot), and where a value is given (``None``: everywhere)."""
    import numpy as np

    validity, data = values.buffers()[:2]
    n, offset = len(values), values.offset
    raw: Array = np.frombuffer(data, dtype=dtype, count=n + offset)[offset:]
    if not values.null_count:
        return raw, None
    bits = np.unpackbits(
        np.frombuffer(validity, dtype=np.uint8), count=n + offset, bitorder="little"
    )
    present: Array = bits[offset:].view(bool)
    return raw, present


def _arrow(values: Any, name: str, flags: bool) -> Column:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if not isinstance(values, pa.Array):
        raise _refuse(name, type(values).__name__)
    kind = values.type
    if pa.types.is_null(kind):
        return Column(
            name, "dates", np.zeros(len(values), dtype=np.int64), np.zeros(len(values), bool)
        )
    if pa.types.is_date32(kind):
        return Column(name, "dates", *_buffers(values, np.int32))
    if pa.types.is_date64(kind):
        millis, present = _buffers(values, np.int64)
        return _with_mask(name, "dates", millis // 86_400_000, present)
    if pa.types.is_timestamp(kind):
        if kind.tz is None:
            shown = values.drop_null()[:1].to_pylist()
            raise _naive(name, shown[0] if shown else kind)
        raw, present = _buffers(values, np.int64)
        scale = _UNIT_US[kind.unit]
        micros = raw // 1000 if scale is None else raw * scale
        return Column(name, "instants", micros, present)
    if pa.types.is_boolean(kind) and flags:
        filled = pc.fill_null(values, False).to_numpy(zero_copy_only=False)
        return Column(name, "flags", np.asarray(filled, dtype=bool))
    raise _refuse(name, str(kind))


def _polars(values: Any, name: str, flags: bool) -> Column:
    """A Polars series, through its Arrow form (the same buffers)."""
    import polars as pl

    dtype = values.dtype
    if dtype == pl.Object:
        raise InvalidInputError(field=name, value="object", reason=_OBJECT)
    if isinstance(dtype, pl.Datetime) and dtype.time_zone is None:
        shown = values.drop_nulls().head(1).to_list()
        raise _naive(name, shown[0] if shown else dtype)
    if dtype not in (pl.Date, pl.Null, pl.Boolean) and not isinstance(dtype, pl.Datetime):
        raise _refuse(name, str(dtype))
    return _arrow(values.to_arrow(), name, flags)


# ------------------------------------------------------------------ local dates
def _offsets(zone: ZoneInfo, lo_day: int, hi_day: int) -> tuple[int, Array | None]:
    """The zone's UTC offset in seconds: one number when it is the same on every day from
    ``lo_day`` to ``hi_day`` (UTC day numbers), else one per day (:data:`_CHANGES` on a day
    the offset changes)."""
    import numpy as np

    if zone.key in INDONESIAN_ZONES:
        offset = zone.utcoffset(_FIXED_SINCE)
        assert offset is not None
        return int(offset.total_seconds()), None
    per_day = np.empty(hi_day - lo_day + 1, dtype=np.int64)
    for i, day in enumerate(range(lo_day, hi_day + 1)):
        start = _EPOCH_UTC + timedelta(days=day)
        a = start.astimezone(zone).utcoffset()
        b = (start + timedelta(days=1) - _MICROSECOND).astimezone(zone).utcoffset()
        assert a is not None and b is not None
        per_day[i] = int(a.total_seconds()) if a == b else _CHANGES
    if (per_day == per_day[0]).all() and per_day[0] != _CHANGES:
        return int(per_day[0]), None
    return 0, per_day


_CHANGES: Final = -(10**9)


class DayReader:
    """Reads a column, a slice at a time, as local day numbers (``int32``, :data:`BIG` where
    nothing is given) and, for instants, the local time of day in microseconds.

    ``zones``: the zone of each body of the batch; ``zone_of_row``: the index of each row's
    zone (``None``: one zone for every row). Each zone's offsets over the column's range are
    found once; a day on which an offset changes is read row by row.
    """

    def __init__(self, column: Column, zones: Sequence[ZoneInfo], zone_of_row: Array | None):
        import numpy as np

        self.column = column
        self.zone_of_row = zone_of_row
        self.zones = zones
        self.fixed: Array | None = None
        self.per_day: list[Array | None] = []
        self.each: list[int] = []
        self.lo = 0
        if column.kind != "instants":
            return
        micros = column.values
        sample = micros if column.present is None else micros[column.present]
        if len(sample):
            self.lo = int(sample.min()) // _DAY_US - 1
            hi = int(sample.max()) // _DAY_US + 1
        else:
            hi = self.lo
        found = [_offsets(zone, self.lo, hi) for zone in zones]
        self.each = [offset for offset, _ in found]
        self.per_day = [table for _, table in found]
        if all(table is None for table in self.per_day):
            self.fixed = np.array([offset for offset, _ in found], dtype=np.int64)

    def read(self, start: int, stop: int) -> tuple[Array, Array | None]:
        import numpy as np

        column = self.column
        values = column.values[start:stop]
        if column.nat:
            return self._nat(values, start), None
        present = None if column.present is None else column.present[start:stop]
        if column.kind == "dates":
            wide = values
            time_of_day = None
        else:
            seconds = self._seconds(values, start, stop, present)
            local = values + seconds * 1_000_000
            wide = local // _DAY_US
            time_of_day = local - wide * _DAY_US
        shown = wide if present is None else wide * present.view(np.int8)
        if len(shown) and (shown.min() <= -BIG or shown.max() >= BIG):
            self._outside(shown, (shown <= -BIG) | (shown >= BIG), start)
        days = wide.astype(np.int32)
        if present is not None:
            days += (~present).view(np.int8) * (np.int32(BIG) - days)
        return days, time_of_day

    def _nat(self, values: Array, start: int) -> Array:
        """Day numbers of ``datetime64[D]`` integers, NaT becoming :data:`BIG`."""
        import numpy as np

        if len(values) and values.max() >= BIG:
            self._outside(values, values >= BIG, start)
        low = values <= -BIG  # NaT, or a day no calendar reaches
        days = values.astype(np.int32)
        if low.any():
            outside = low & (values != np.iinfo(np.int64).min)
            if outside.any():
                self._outside(values, outside, start)
            days += low.view(np.int8) * (np.int32(BIG) - days)
        return days

    def _outside(self, values: Array, bad: Array, start: int) -> None:
        import numpy as np

        i = int(np.flatnonzero(bad)[0])
        raise InvalidInputError(
            field=f"{self.column.name}[{start + i}]",
            value=str(np.datetime64(int(values[i]), "D")),
            reason=N_("tanggal di luar rentang yang dapat dihitung"),
        )

    def _seconds(self, micros: Array, start: int, stop: int, present: Array | None) -> Array:
        """The zone's offset in seconds of each instant of the rows ``start:stop`` (a missing
        one's slot holds any number: it is never looked up instant by instant)."""
        import numpy as np

        zone_of_row = None if self.zone_of_row is None else self.zone_of_row[start:stop]
        if self.fixed is not None:
            if zone_of_row is None:
                return np.full(len(micros), self.fixed[0], dtype=np.int64)
            out: Array = np.take(self.fixed, zone_of_row)
            return out
        seconds = np.zeros(len(micros), dtype=np.int64)
        for z, zone in enumerate(self.zones):
            rows = (
                np.arange(len(micros)) if zone_of_row is None else np.flatnonzero(zone_of_row == z)
            )
            if not len(rows):
                continue
            table = self.per_day[z]
            if table is None:
                seconds[rows] = self.each[z]
                continue
            picked = micros[rows]
            offsets = table[np.clip(picked // _DAY_US - self.lo, 0, len(table) - 1)]
            changes = offsets == _CHANGES  # a day the offset changes: each instant asked
            if present is not None:
                changes &= present[rows]
            for j in np.flatnonzero(changes):
                at = _EPOCH_UTC + timedelta(microseconds=int(picked[j]))
                offset = at.astimezone(zone).utcoffset()
                assert offset is not None
                offsets[j] = int(offset.total_seconds())
            seconds[rows] = offsets
        return seconds
