"""The batch notice column agrees with deadline() row by row, in both paths."""

from __future__ import annotations

import pickle
from datetime import date, datetime, time, timedelta, timezone

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from kiplib import AfterHoursPolicy, BodyType, PublicBody, Step
from kiplib.batch import STATE_CODES, NoticeColumns, notice_status, notice_status_arrays
from kiplib.errors import BeforeLawInForceError, InvalidInputError, OutOfRangeError

DATES = st.dates(min_value=date(2010, 5, 1), max_value=date(2027, 12, 31))
ROWS = st.lists(
    st.tuples(DATES, st.none() | st.integers(0, 40), st.booleans()), min_size=1, max_size=30
)
BODIES = st.sampled_from([PublicBody("Kementerian"), PublicBody("Yayasan", body_type=BodyType.NGO)])


def _expected(
    r: date, s: date | None, ext: bool, as_of: date, body: PublicBody
) -> tuple[int, str, int]:
    due = kiplib.deadline(Step.NOTICE_EXTENDED if ext else Step.NOTICE, r, body=body).due
    if s is None:
        return (
            (due.toordinal(), "overdue", (as_of - due).days)
            if as_of > due
            else (
                due.toordinal(),
                "pending",
                0,
            )
        )
    return (due.toordinal(), "late", (s - due).days) if s > due else (due.toordinal(), "on_time", 0)


@given(ROWS, DATES, BODIES)
def test_each_row_is_what_deadline_gives(
    rows: list[tuple[date, int | None, bool]], as_of: date, body: PublicBody
) -> None:
    received = [r for r, _, _ in rows]
    sent = [None if k is None else r + timedelta(days=k) for r, k, _ in rows]
    extended = [e for _, _, e in rows]
    cols = notice_status(received, sent, as_of=as_of, extended=extended, body=body)
    want = [
        _expected(r, s, e, as_of, body) for r, s, e in zip(received, sent, extended, strict=True)
    ]
    assert list(zip(cols.due_ordinals, cols.status, cols.days_overdue, strict=True)) == want
    # The numpy path gives the same columns.
    due, code, days = notice_status_arrays(
        np.array(received, dtype="datetime64[D]"),
        np.array([s if s is not None else "NaT" for s in sent], dtype="datetime64[D]"),
        as_of=as_of,
        extended=np.array(extended),
        body=body,
    )
    assert [d.toordinal() for d in due.astype(object)] == list(cols.due_ordinals)
    assert [STATE_CODES[c] for c in code] == list(cols.status)
    assert days.tolist() == list(cols.days_overdue)


def test_instants_are_turned_into_the_local_date() -> None:
    wit = PublicBody("Dinas Papua", timezone="WIT")
    # 23:30 WIB on Thursday 2 January 2025 is Friday 3 January in Jayapura.
    at = datetime(2025, 1, 2, 23, 30, tzinfo=timezone(timedelta(hours=7)))
    cols = notice_status([at], [None], as_of=date(2025, 1, 20), body=wit)
    assert cols.due == (date(2025, 1, 17),)
    assert cols.status == ("overdue",)
    assert cols.days_overdue == (3,)


def test_after_hours_policy_is_honoured_row_by_row() -> None:
    body = PublicBody(
        "Pengadilan Contoh",
        after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
        service_closes_at=time(16, 0),
    )
    wib = timezone(timedelta(hours=7))
    late = datetime(2024, 4, 4, 17, 0, tzinfo=wib)
    cols = notice_status([late], [None], as_of=date(2024, 4, 5), body=body)
    assert cols.due == (kiplib.deadline(Step.NOTICE, late, body=body).due,)
    with pytest.raises(InvalidInputError):
        notice_status_arrays(
            np.array(["2024-04-04"], dtype="datetime64[D]"),
            np.array(["NaT"], dtype="datetime64[D]"),
            as_of=date(2024, 4, 5),
            body=body,
        )


def test_results_cross_process_boundaries() -> None:
    cols = notice_status([date(2024, 4, 5)], [None], as_of=date(2024, 5, 1))
    assert pickle.loads(pickle.dumps(cols)) == cols
    assert isinstance(cols, NoticeColumns)
    assert len(cols) == 1


def test_empty_batch() -> None:
    assert len(notice_status([], [], as_of=date(2024, 1, 1))) == 0
    due, code, days = notice_status_arrays(
        np.array([], dtype="datetime64[D]"),
        np.array([], dtype="datetime64[D]"),
        as_of=date(2024, 1, 1),
    )
    assert due.size == code.size == days.size == 0


@pytest.mark.parametrize(
    ("received", "sent", "error"),
    [
        ([date(2024, 4, 5)], [None, None], InvalidInputError),
        ([None], [None], InvalidInputError),
        ([date(2009, 4, 5)], [None], BeforeLawInForceError),
        ([date(2100, 12, 30)], [None], OutOfRangeError),
        ([date(2024, 4, 5)], [date(2101, 1, 5)], OutOfRangeError),
        ([datetime(2024, 4, 5, 9, 0)], [None], kiplib.errors.NaiveDatetimeError),
        (["2024-04-05"], [None], InvalidInputError),
    ],
)
def test_bad_columns_are_named(
    received: list[object], sent: list[object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        notice_status(received, sent, as_of=date(2024, 5, 1))  # type: ignore[arg-type]


def test_extension_flags_must_match() -> None:
    with pytest.raises(InvalidInputError) as caught:
        notice_status([date(2024, 4, 5)], [None], as_of=date(2024, 5, 1), extended=[True, False])
    assert caught.value.params["field"] == "extended"


def test_counting_tables_match_add_working_days() -> None:
    cal = kiplib.national_calendar()
    first, cum, workdays = cal.counting_tables()
    assert cum.readonly and workdays.readonly
    d = date(2024, 4, 5)
    got = date.fromordinal(first + workdays[cum[d.toordinal() - first] + 10 - 1])
    assert got == cal.add_working_days(d, 10) == date(2024, 4, 29)
