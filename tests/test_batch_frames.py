"""Columns in, columns out: pandas, Polars (eager and streamed), Arrow and Dask give what the
numpy path gives, dates as dates; an aware timestamp is the local date of its row's body; a
naive timestamp, an object column or a mixed column is refused, naming the column."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import numpy as np
import pytest

import kiplib
from batch_requests import BODIES, RULES, Batch, random_batches
from kiplib import PublicBody, RuleBook, Step
from kiplib.batch import notice_status, notice_status_arrays, statuses
from kiplib.errors import InvalidInputError, NaiveDatetimeError

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pl = pytest.importorskip("polars")

from kiplib.batch import arrow as arrow_batch  # noqa: E402
from kiplib.batch import pandas as pandas_batch  # noqa: E402
from kiplib.batch import polars as polars_batch  # noqa: E402

AS_OF = date(2026, 6, 30)
WIB = timezone(timedelta(hours=7))


def _batch(dates: bool) -> Batch:
    """Generated requests to the bodies of ``BODIES``, as local dates or aware instants."""
    seed = 7
    while True:
        batch = random_batches(seed, 600, size=600)[0]
        if batch.dates is dates:
            return batch
        seed += 1


def _plain(cols: Any, name: str) -> list[Any]:
    """A result column as Python values (dates, state names, ints; None for nothing)."""
    values = cols[name]
    if name.endswith(("_due", "_latest", "_until")):
        return [None if np.isnat(v) else v.astype(object) for v in values]
    if name.endswith("_state"):
        return [None if c < 0 else kiplib.law.ENTRY_STATES[c].value for c in values]
    if name == "status":
        return [kiplib.batch.STATUSES[c].value for c in values]
    if name.endswith("_citation"):
        return [None if c < 0 else str(cols.citations[c]) for c in values]
    return [int(v) for v in values]


def _utc(values: list[Any]) -> list[Any]:
    return [v.astimezone(UTC) if isinstance(v, datetime) else v for v in values]


@pytest.fixture(scope="module", params=[False, True], ids=["instants", "dates"])
def expected(request: pytest.FixtureRequest) -> tuple[dict[str, list[Any]], list[int], Any, Any]:
    batch = _batch(request.param)
    columns, codes = batch.columns(), batch.body_codes
    cols = statuses(**columns, as_of=batch.as_of, body=codes, bodies=BODIES, rules=RULES)  # type: ignore[arg-type]
    return columns, codes, batch.as_of, cols


def _dated(values: list[Any]) -> bool:
    return any(type(v) is date for v in values)


def _frame_columns(frame: Any, names: Any) -> dict[str, list[Any]]:
    out = {}
    for name in names:
        values = frame[name].to_list() if hasattr(frame[name], "to_list") else frame[name]
        out[name] = [None if v is None or v != v else v for v in values]
    return out


def test_pandas_frames_give_the_numpy_columns(expected: Any) -> None:
    columns, codes, as_of, cols = expected
    frame = pd.DataFrame(
        {
            name: pd.array(values, dtype="date32[pyarrow]")
            if _dated(values)
            else pd.Series(pd.to_datetime(_utc(values), utc=True)).dt.tz_convert("Asia/Makassar")
            for name, values in columns.items()
        }
    )
    frame["body"] = [BODIES[c].name for c in codes]
    frame.index = pd.RangeIndex(100, 100 + len(frame))
    out = pandas_batch.statuses(
        frame, as_of=as_of, body="body", bodies={b.name: b for b in BODIES}, rules=RULES
    )
    assert list(out.index) == list(frame.index)
    assert str(out["notice_due"].dtype) == "date32[day][pyarrow]"
    assert isinstance(out["notice_state"].dtype, pd.CategoricalDtype)
    for name in cols.names:
        got = [None if v is None or v is pd.NA or v != v else v for v in out[name].tolist()]
        assert got == _plain(cols, name), name


def test_polars_frames_eager_and_streamed_give_the_numpy_columns(expected: Any) -> None:
    columns, codes, as_of, cols = expected
    frame = pl.DataFrame(
        {
            name: pl.Series(name, values, dtype=pl.Date)
            if _dated(values)
            else pl.Series(name, _utc(values), dtype=pl.Datetime("us", "UTC"))
            for name, values in columns.items()
        }
    ).with_columns(body=pl.Series(codes, dtype=pl.Int64))
    eager = polars_batch.statuses(frame, as_of=as_of, body="body", bodies=BODIES, rules=RULES)
    lazy = polars_batch.statuses(frame.lazy(), as_of=as_of, body="body", bodies=BODIES, rules=RULES)
    assert isinstance(lazy, pl.LazyFrame)
    streamed = lazy.collect(engine="streaming")
    assert eager.schema == streamed.schema
    assert eager.schema["notice_due"] == pl.Date
    for name in cols.names:
        assert eager[name].to_list() == _plain(cols, name), name
        assert streamed[name].to_list() == _plain(cols, name), name


def test_arrow_tables_give_the_numpy_columns(expected: Any) -> None:
    columns, codes, as_of, cols = expected
    table = pa.table(
        {
            name: pa.array(values, type=pa.date32())
            if _dated(values)
            else pa.array(_utc(values), type=pa.timestamp("us", tz="Asia/Jayapura"))
            for name, values in columns.items()
        }
        | {"body": pa.array([BODIES[c].name for c in codes])}
    )
    out = arrow_batch.statuses(
        table, as_of=as_of, body="body", bodies={b.name: b for b in BODIES}, rules=RULES
    )
    assert out.schema.field("notice_due").type == pa.date32()
    assert out.column("extension_state").null_count == sum(
        1 for v in _plain(cols, "extension_state") if v is None
    )
    for name in cols.names:
        assert out.column(name).to_pylist() == _plain(cols, name), name
    batch = arrow_batch.statuses(
        table.to_batches()[0], as_of=as_of, body="body",
        bodies={b.name: b for b in BODIES}, rules=RULES,
    )  # fmt: skip
    assert batch.column("status").to_pylist() == _plain(cols, "status")


def test_dask_partitions_give_the_pandas_columns_with_the_rule_book_pickled() -> None:
    dd = pytest.importorskip("dask.dataframe")
    from kiplib.batch import dask as dask_batch

    body = BODIES[7]  # governed by the stricter district written in the tests (and D-7)
    received = pd.date_range("2024-03-01 14:30", periods=60, freq="7h", tz="Asia/Makassar")
    frame = pd.DataFrame({"received": received})
    want = pandas_batch.statuses(frame, as_of=date(2024, 6, 3), body=body, rules=RULES)
    lazy = dask_batch.statuses(
        dd.from_pandas(frame, npartitions=3), as_of=date(2024, 6, 3), body=body, rules=RULES
    )
    got = lazy.compute(scheduler="processes")
    assert got["notice_due"].tolist() == want["notice_due"].tolist()
    assert got["notice_citation"].tolist() == want["notice_citation"].tolist()
    assert "Perbup" in str(got["notice_citation"].iloc[0])


# --------------------------------------------------------------------------- time zones
def test_an_aware_pandas_column_is_never_a_utc_date() -> None:
    """20:00 UTC on Thursday 4 April 2024 is Friday 5 April at 03:00 WIB: the notice runs
    from Friday (due 29 April, after Lebaran), never from the UTC Thursday."""
    received = pd.Series(pd.to_datetime(["2024-04-04 20:00"]).tz_localize("UTC"))
    sent = pd.Series(pd.array([None], dtype="date32[pyarrow]"))
    due, code, days = notice_status_arrays(received, sent, as_of=date(2024, 5, 6))
    assert (str(due[0]), int(code[0]), int(days[0])) == ("2024-04-29", 1, 7)
    assert kiplib.deadline(Step.NOTICE, date(2024, 4, 4)).due != date(2024, 4, 29)
    cols = statuses(received, as_of=date(2024, 5, 6))
    assert str(cols["notice_due"][0]) == "2024-04-29"
    python = notice_status(
        [datetime(2024, 4, 4, 20, 0, tzinfo=UTC)], [None], as_of=date(2024, 5, 6)
    )
    assert python.due == (date(2024, 4, 29),)


@pytest.mark.parametrize("zone", ["WIB", "WITA", "WIT"])
def test_each_rows_body_zone_decides_its_local_date(zone: str) -> None:
    body = PublicBody(f"Dinas {zone}", timezone=zone)
    at = datetime(2025, 1, 2, 16, 30, tzinfo=UTC)  # 23:30 WIB, 00:30 WITA and 01:30 WIT
    frame = pl.DataFrame({"received": pl.Series([at], dtype=pl.Datetime("ns", "UTC"))})
    out = polars_batch.statuses(frame, as_of=date(2025, 2, 3), body=body)
    want = kiplib.deadline(Step.NOTICE, at, body=body).due
    assert out["notice_due"].to_list() == [want]


# --------------------------------------------------------------------------- refused columns
def test_naive_timestamps_are_refused_naming_the_column() -> None:
    naive_pd = pd.DataFrame({"received": pd.to_datetime(["2024-04-05 09:00"])})
    with pytest.raises(NaiveDatetimeError) as raised:
        pandas_batch.statuses(naive_pd, as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "received"
    naive_pl = pl.DataFrame({"received": [datetime(2024, 4, 5, 9)]})
    with pytest.raises(NaiveDatetimeError) as raised:
        polars_batch.statuses(naive_pl, as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "received"
    naive_pa = pa.table({"received": pa.array([datetime(2024, 4, 5, 9)])})
    with pytest.raises(NaiveDatetimeError) as raised:
        arrow_batch.statuses(naive_pa, as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "received"
    with pytest.raises(NaiveDatetimeError):
        notice_status_arrays(
            pd.Series(pd.to_datetime(["2024-04-05 09:00"])), [None], as_of=date(2024, 5, 6)
        )


def test_object_and_mixed_columns_are_refused_naming_the_column() -> None:
    objects = pd.DataFrame(
        {"received": [date(2024, 4, 5)], "notice_sent": pd.Series([date(2024, 4, 8)], dtype=object)}
    )
    with pytest.raises(InvalidInputError) as raised:
        pandas_batch.statuses(objects, as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "received"
    objects["received"] = pd.array([date(2024, 4, 5)], dtype="date32[pyarrow]")
    with pytest.raises(InvalidInputError) as raised:
        pandas_batch.statuses(objects, as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "notice_sent"
    mixed = [date(2024, 4, 5), datetime(2024, 4, 5, 9, tzinfo=WIB)]
    with pytest.raises(InvalidInputError) as raised:
        statuses(mixed, as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "received[1]"
    strings = pl.DataFrame({"received": ["2024-04-05"]})
    with pytest.raises(InvalidInputError) as raised:
        polars_batch.statuses(strings, as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "received"
    with pytest.raises(InvalidInputError) as raised:
        arrow_batch.statuses(pa.table({"received": pa.array([1])}), as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "received"


def test_frames_name_their_missing_columns_and_bodies() -> None:
    frame = pd.DataFrame({"diterima": pd.array([date(2024, 4, 5)], dtype="date32[pyarrow]")})
    with pytest.raises(InvalidInputError) as raised:
        pandas_batch.statuses(frame, as_of=date(2024, 5, 6))
    assert raised.value.params["field"] == "received"
    out = pandas_batch.statuses(frame, as_of=date(2024, 5, 6), columns={"received": "diterima"})
    assert out["notice_due"].tolist() == [date(2024, 4, 29)]
    with pytest.raises(InvalidInputError) as raised:
        pandas_batch.statuses(frame, as_of=date(2024, 5, 6), columns={"received": "nope"})
    assert raised.value.params["field"] == "columns"
    with pytest.raises(InvalidInputError) as raised:
        pandas_batch.statuses(frame, as_of=date(2024, 5, 6), columns={"diterima": "diterima"})
    assert raised.value.params["field"] == "columns"
    frame["badan"] = ["x"]
    with pytest.raises(InvalidInputError) as raised:
        pandas_batch.statuses(
            frame,
            as_of=date(2024, 5, 6),
            columns={"received": "diterima"},
            body="badan",
            bodies={"y": BODIES[0]},
        )
    assert raised.value.params["value"] == "'x'"


def test_an_empty_frame_gives_the_result_columns() -> None:
    frame = pl.DataFrame({"received": pl.Series([], dtype=pl.Date)})
    out = polars_batch.statuses(frame, as_of=date(2024, 5, 6), rules=RuleBook.national())
    assert out.height == 0
    assert dict(out.schema) == {"received": pl.Date, **polars_batch.result_schema()}


# --------------------------------------------------------------------------- reading columns
def _notice_days(column: Any, **kwargs: Any) -> list[str]:
    cols = statuses(column, as_of=date(2024, 6, 3), **kwargs)
    return [str(d) for d in cols["notice_due"]]


def test_every_form_of_a_date_column_gives_the_same_days() -> None:
    want = ["2024-04-29", "2024-04-29"]
    days = [date(2024, 4, 5), date(2024, 4, 5)]
    assert _notice_days(days) == want
    assert _notice_days([np.datetime64("2024-04-05"), np.datetime64("2024-04-05", "D")]) == want
    assert _notice_days(np.array(days, dtype="datetime64[D]")) == want
    assert _notice_days(np.array(days, dtype=object)) == want
    assert _notice_days(pa.array(days, type=pa.date32())) == want
    assert _notice_days(pa.array(days, type=pa.date64())) == want
    assert _notice_days(pa.chunked_array([pa.array(days[:1]), pa.array(days[1:])])) == want
    assert _notice_days(pl.Series(days)) == want
    assert _notice_days(pd.Series(pd.array(days, dtype="date32[pyarrow]"))) == want
    assert _notice_days(iter(days)) == want
    at = datetime(2024, 4, 5, 9, 0, tzinfo=WIB)
    for unit in ("s", "ms", "us", "ns"):
        assert _notice_days(pa.array([at, at], type=pa.timestamp(unit, tz="UTC"))) == want
    for unit in ("ms", "us", "ns"):  # Polars has no seconds
        assert _notice_days(pl.Series([at, at], dtype=pl.Datetime(unit, "UTC"))) == want
    arrow_tz = pd.Series([at, at], dtype=pd.ArrowDtype(pa.timestamp("us", tz="Asia/Jakarta")))
    assert _notice_days(arrow_tz) == want


def test_missing_values_in_every_form() -> None:
    """None, NaN, NaT and nulls are "no such event"; a column of nothing at all is too."""
    received = [date(2024, 4, 5)] * 5
    sent: list[Any] = [
        None,
        float("nan"),
        np.datetime64("NaT", "D"),
        np.datetime64("NaT", "ns"),
        pd.NaT,
    ]
    cols = statuses(received, notice_sent=sent, as_of=date(2024, 6, 3))
    assert cols.states("notice") == [kiplib.law.EntryState.OVERDUE] * 5
    nothing = statuses(
        received[:2],
        notice_sent=pa.nulls(2),
        withdrawn=pl.Series([None, None]),
        as_of=date(2024, 6, 3),
    )
    assert nothing.states("notice") == [kiplib.law.EntryState.OVERDUE] * 2
    flags = statuses(received[:2], extended=np.array([True, False]), as_of=date(2024, 4, 8))
    assert flags.states("extension") == [kiplib.law.EntryState.RUNNING, None]
    for column in (pa.array([True, False]), pl.Series([True, False]), pd.Series([True, False])):
        again = statuses(received[:2], extended=column, as_of=date(2024, 4, 8))
        assert again.states("extension") == flags.states("extension")


@pytest.mark.parametrize(
    ("column", "field"),
    [
        (np.array([[19000]], dtype="datetime64[D]"), "received"),
        (np.array(["2024-04"], dtype="datetime64[M]"), "received"),
        ([np.datetime64("2024-04-05T09:00")], "received[0]"),
        ([object()], "received[0]"),
        ("2024-04-05", "received"),
        (5, "received"),
        (pa.array(["2024-04-05"]), "received"),
        (pa.array([datetime(2024, 4, 5, 9)], type=pa.timestamp("s")), "received"),
        (pl.Series([object()], dtype=pl.Object), "received"),
        (pd.Series([1.5]), "received"),
        (pd.Series(pd.to_datetime(["2024-04-05"])), "received"),
    ],
)
def test_columns_that_cannot_be_read_name_themselves(column: Any, field: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        statuses(column, as_of=date(2024, 6, 3))
    assert raised.value.params["field"] == field


def test_summer_time_changes_are_read_row_by_row() -> None:
    """A body in a zone whose offset changes (the law allows any IANA zone): every instant
    around the changes of 2024 is dated as kiplib.deadline dates it."""
    body = PublicBody("Perwakilan Eropa", timezone="Europe/Amsterdam")
    jakarta = PublicBody("Dinas Jakarta")
    moments = [
        datetime(2024, 3, 30, 20, 0, tzinfo=UTC) + timedelta(minutes=37 * i) for i in range(120)
    ] + [datetime(2024, 10, 26, 20, 0, tzinfo=UTC) + timedelta(minutes=37 * i) for i in range(120)]
    rules = RuleBook.national()
    cols = statuses(moments, as_of=date(2025, 1, 6), body=body, rules=rules)
    want = [kiplib.deadline(Step.NOTICE, m, body=body, rules=rules).due for m in moments]
    assert [d.astype(object) for d in cols["notice_due"]] == want
    mixed = statuses(
        moments,
        as_of=date(2025, 1, 6),
        body=[body, jakarta] * (len(moments) // 2),
        rules=rules,
    )
    for i, m in enumerate(moments):
        who = body if i % 2 == 0 else jakarta
        due = kiplib.deadline(Step.NOTICE, m, body=who, rules=rules).due
        assert mixed["notice_due"][i].astype(object) == due
