"""kiplib.batch.statuses says of every request what kiplib.timeline says of it.

The differential test reads generated requests (``tests/batch_requests.py``: every mix of the
seven event columns, bodies in WIB, WITA and WIT, commissions whose practice is known and
unknown, district plugins) both ways and compares every column: each step's due day, last
day, state, days late and citation, the status with its date, and the last day it all holds.
The suite runs a few thousand requests; ``nox -s differential`` runs 100 000
(``KIPLIB_DIFFERENTIAL_ROWS``) and every day of the tables.
"""

from __future__ import annotations

import os
import pickle
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from batch_requests import BODIES, RULES, Batch, batches, random_batches
from kiplib import PublicBody, RuleBook, Step
from kiplib.batch import (
    ENTRY_STATES,
    EVENT_COLUMNS,
    STATUSES,
    STEP_COLUMNS,
    StatusColumns,
    statuses,
)
from kiplib.batch._tables import EPOCH, INVALID, TABLE_STEPS, citations, day_tables
from kiplib.deadlines import deadline_for
from kiplib.errors import (
    BeforeLawInForceError,
    InvalidInputError,
    KiplibError,
    NaiveDatetimeError,
    OutOfRangeError,
    SequenceError,
)
from kiplib.law import EntryState, step_state, step_state_codes
from kiplib.requests.states import Status

ROWS = int(os.environ.get("KIPLIB_DIFFERENTIAL_ROWS", "3000"))
SEED = int(os.environ.get("KIPLIB_DIFFERENTIAL_SEED", "14"))
#: Every start day of the tables, not a sample (``nox -s differential``).
FULL = os.environ.get("KIPLIB_DIFFERENTIAL_FULL", "") == "1"
WIB = timezone(timedelta(hours=7))

Row = dict[str, Any]


def _timeline_row(events: tuple[Any, ...], body: PublicBody, as_of: date | datetime) -> Row:
    """What the timeline says, in the batch's terms."""
    t = kiplib.timeline(events, body=body, as_of=as_of, rules=RULES)
    where = RULES.for_body(body)
    row: Row = {}
    for name, step in STEP_COLUMNS.items():
        entry = t.entry(step)
        if entry is None:
            row[name] = None
            continue
        late = 0
        if entry.state in (EntryState.LATE, EntryState.OVERDUE):
            late = where.calendar.working_days_between(entry.latest, entry.done_on or t.as_of)
        row[name] = (entry.due, entry.latest, entry.state, late, entry.deadline.citation)
    row["status"] = (t.status, t.status_until)
    valid = t.valid_until
    if any(row[k] is not None and row[k][2] is EntryState.OVERDUE for k in STEP_COLUMNS):
        # Days late grow on the next working day of the body's calendar.
        grows = where.calendar.add_working_days(t.as_of, 1) - timedelta(days=1)
        valid = grows if valid is None else min(valid, grows)
    row["valid_until"] = valid
    return row


def _day(value: np.datetime64) -> date | None:
    return None if np.isnat(value) else value.astype(object)


def _batch_row(cols: StatusColumns, i: int) -> Row:
    row: Row = {}
    for name in STEP_COLUMNS:
        code = int(cols[f"{name}_state"][i])
        if code < 0:
            row[name] = None
            continue
        row[name] = (
            _day(cols[f"{name}_due"][i]),
            _day(cols[f"{name}_latest"][i]),
            ENTRY_STATES[code],
            int(cols[f"{name}_days_late"][i]),
            cols.citations[int(cols[f"{name}_citation"][i])],
        )
    row["status"] = (STATUSES[int(cols["status"][i])], _day(cols["status_until"][i]))
    row["valid_until"] = _day(cols["valid_until"][i])
    return row


def check(batch: Batch) -> int:
    """Compare the batch with the timeline of each of its requests; the rows compared."""
    cols = statuses(
        **batch.columns(),  # type: ignore[arg-type]
        as_of=batch.as_of,
        body=batch.body_codes,
        bodies=BODIES,
        rules=RULES,
    )
    assert len(cols) == len(batch.rows)
    for i, request in enumerate(batch.rows):
        want = _timeline_row(request.events, BODIES[request.body], batch.as_of)
        got = _batch_row(cols, i)
        if got != want:
            shown = "\n".join(
                f"  {type(e).__name__} {e.at.astimezone(BODIES[request.body].zone)}"
                for e in request.events
            )
            diff = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
            raise AssertionError(
                f"row {i}, {BODIES[request.body].name}, as_of {batch.as_of}, "
                f"dates={batch.dates}:\n{shown}\n(batch, timeline): {diff}"
            )
    return len(batch.rows)


@given(batches())
def test_every_column_is_what_the_timeline_says(batch: Batch) -> None:
    check(batch)


def test_generated_requests_in_bulk() -> None:
    """The large run: ``KIPLIB_DIFFERENTIAL_ROWS`` requests (3 000 in the suite)."""
    checked = sum(check(b) for b in random_batches(SEED, ROWS, size=500))
    assert checked == ROWS


# --------------------------------------------------------------------------- the tables
def _sample_days() -> list[date]:
    if FULL:
        first, last = date(2010, 4, 25), date(2100, 12, 31)
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]
    spans = [
        (date(2010, 4, 25), date(2010, 8, 1)),  # the law comes into force
        (date(2024, 3, 1), date(2024, 5, 31)),  # Lebaran 2024 and its cuti bersama
        (date(2027, 3, 1), date(2027, 4, 15)),  # estimated days
        (date(2100, 10, 1), date(2100, 12, 31)),  # the end of the calendar
    ]
    return [a + timedelta(days=i) for a, b in spans for i in range((b - a).days + 1)]


@pytest.mark.parametrize("body", BODIES, ids=lambda b: b.name)
def test_tables_are_what_deadline_for_counts(body: PublicBody) -> None:
    """Every start day: the tables hold the due and latest day deadline_for gives (D-12 readings,
    D-13 floor, district rules and calendars), or nothing where it refuses to count; for a
    body with the after-hours policy (D-7) also for a receipt after closing time."""
    where = RULES.for_body(body)
    tables = day_tables(where)
    cited = citations()
    for step in TABLE_STEPS:
        days = tables.steps[step]
        for day in _sample_days():
            i = day.toordinal() - EPOCH
            variants: list[tuple[date | datetime, Any, Any]] = [(day, days.due, days.latest)]
            if days.after_due is not None:
                late = datetime.combine(day, time(23, 0), tzinfo=where.body.zone)
                variants.append((late, days.after_due, days.after_latest))
            for start, due, latest in variants:
                try:
                    d = deadline_for(step, start, where)
                except KiplibError:
                    assert due[i] == INVALID, (step, start)
                    continue
                got = (int(due[i]) + EPOCH, int(latest[i]) + EPOCH)
                assert got == (d.due.toordinal(), d.latest.toordinal()), (step, start)
                assert cited[days.citation[i]] == d.citation


def test_one_set_of_tables_per_way_of_counting() -> None:
    a = PublicBody("Dinas A", level=kiplib.BodyLevel.REGENCY_CITY, region_code="35.78")
    b = PublicBody("Dinas B", level=kiplib.BodyLevel.REGENCY_CITY, region_code="35.15")
    rules = RuleBook.national()
    assert day_tables(rules.for_body(a)) is day_tables(rules.for_body(b))
    jabar = PublicBody("Dinas C", level=kiplib.BodyLevel.REGENCY_CITY, region_code="32.73")
    assert day_tables(rules.for_body(jabar)) is not day_tables(rules.for_body(a))


# --------------------------------------------------------------------------- the states
@pytest.mark.parametrize("step", [*Step, None])
def test_step_state_codes_decide_as_step_state(step: Step | None) -> None:
    """Every order of due, latest, as_of and the day done, done or not, stopped or not,
    superseded or not: the array form and step_state agree, state and last day."""
    cases = [
        (due, latest, as_of, done, sup, stop)
        for due in range(4)
        for latest in range(due, 5)
        for as_of in range(7)
        for done in [*range(as_of + 1), None]
        for sup in (False, True)
        for stop in (False, True)
    ]
    never = 99
    codes, until = step_state_codes(
        step,
        due=np.array([c[0] for c in cases]),
        latest=np.array([c[1] for c in cases]),
        as_of=np.array([c[2] for c in cases]),
        done=np.array([never if c[3] is None else c[3] for c in cases]),
        superseded=np.array([c[4] for c in cases]),
        stopped=np.array([c[5] for c in cases]),
        never=never,
    )
    base = date(2024, 1, 1)
    for (due, latest, as_of, done, sup, stop), code, last in zip(cases, codes, until, strict=True):
        state, day = step_state(
            step,
            due=base + timedelta(days=due),
            latest=base + timedelta(days=latest),
            as_of=base + timedelta(days=as_of),
            done_on=None if done is None else base + timedelta(days=done),
            superseded=sup,
            stopped=stop,
        )
        assert ENTRY_STATES[code] is state
        assert (None if last == never else base + timedelta(days=int(last))) == day


def test_a_duty_that_is_no_step_becomes_overdue() -> None:
    state, until = step_state(
        None, due=date(2025, 3, 31), latest=date(2025, 3, 31), as_of=date(2025, 4, 1)
    )
    assert (state, until) == (EntryState.OVERDUE, None)


# --------------------------------------------------------------------------- the columns
def test_a_closed_request_is_not_late() -> None:
    """Withdrawn before the notice's last day: the notice is stopped, not overdue, and stays
    so; a notice sent late before the withdrawal stays late."""
    received = [date(2024, 4, 5), date(2024, 4, 5)]
    cols = statuses(
        received,
        notice_sent=[None, date(2024, 5, 2)],
        withdrawn=[date(2024, 4, 22), date(2024, 5, 3)],
        as_of=date(2024, 9, 2),
    )
    assert cols.states("notice") == [EntryState.STOPPED, EntryState.LATE]
    assert cols.statuses() == [Status.WITHDRAWN, Status.WITHDRAWN]
    # 29 April 2024 was the last day; 30 April and 2 May are working days (1 May is not).
    assert list(cols["notice_days_late"]) == [0, 2]
    assert np.isnat(cols["valid_until"]).all()


def test_a_lapsed_duty_stays_overdue_with_its_citation() -> None:
    cols = statuses([date(2024, 4, 5)], as_of=date(2025, 4, 7))
    assert cols.states("notice") == [EntryState.OVERDUE]
    assert [str(c) for c in cols.cited("notice")] == ["UU 14/2008 Pasal 22 ayat (7)"]
    # 29 April 2024 was its last day: every working day since counts.
    cal = kiplib.national_calendar()
    assert cols["notice_days_late"][0] == cal.working_days_between(
        date(2024, 4, 29), date(2025, 4, 7)
    )
    # Days late grow tomorrow: the row holds for today only.
    assert cols["valid_until"][0] == np.datetime64("2025-04-07")


def test_extension_flags_mean_extended_on_the_day_of_receipt() -> None:
    received = [date(2024, 4, 5)] * 2
    flags = statuses(received, extended=[True, False], as_of=date(2024, 5, 6))
    days = statuses(received, extended=[date(2024, 4, 5), None], as_of=date(2024, 5, 6))
    for name in flags.names:
        assert flags.columns[name].tolist() == days.columns[name].tolist(), name
    assert flags.states("extension") == [EntryState.RUNNING, None]
    assert flags["extension_due"][0] == np.datetime64("2024-05-13")


def test_bodies_by_key_by_index_and_by_value_agree() -> None:
    received = [date(2024, 4, 5), date(2024, 4, 5), date(2024, 4, 8)]
    sent = [None, date(2024, 4, 22), None]
    a, b = BODIES[1], BODIES[3]
    by_key = statuses(
        received, notice_sent=sent, as_of=date(2024, 5, 6), body=["x", "y", "x"],
        bodies={"x": a, "y": b}, rules=RULES,
    )  # fmt: skip
    by_index = statuses(
        received, notice_sent=sent, as_of=date(2024, 5, 6), body=np.array([1, 3, 1]),
        bodies=BODIES, rules=RULES,
    )  # fmt: skip
    by_value = statuses(
        received, notice_sent=sent, as_of=date(2024, 5, 6), body=[a, b, a], rules=RULES
    )
    for name in by_key.names:
        assert by_key.columns[name].tolist() == by_index.columns[name].tolist()
        assert by_key.columns[name].tolist() == by_value.columns[name].tolist()
    single = statuses(received[:1], notice_sent=sent[:1], as_of=date(2024, 5, 6), body=a,
                      rules=RULES)  # fmt: skip
    assert single["notice_due"][0] == by_key["notice_due"][0]


def test_an_instant_as_of_is_each_bodys_local_day() -> None:
    """23:30 WIB on Thursday 2 January 2025 is already Friday in Jayapura (WIT)."""
    jakarta, jayapura = PublicBody("Dinas Jakarta"), PublicBody("Dinas Papua", timezone="WIT")
    at = datetime(2025, 1, 2, 23, 30, tzinfo=WIB)
    cols = statuses(
        [date(2025, 1, 2), date(2025, 1, 3)],
        as_of=at,
        body=[jakarta, jayapura],
        rules=RuleBook.national(),
    )
    assert cols.as_of is None  # two local days
    alone = statuses([date(2025, 1, 2)], as_of=at, body=jakarta, rules=RuleBook.national())
    assert alone.as_of == date(2025, 1, 2)
    with pytest.raises(InvalidInputError) as raised:
        statuses([date(2025, 1, 3)], as_of=at, body=jakarta, rules=RuleBook.national())
    assert raised.value.params["field"] == "received[0]"


def test_results_pickle_and_are_read_only() -> None:
    cols = statuses([date(2024, 4, 5)], as_of=date(2024, 5, 6))
    again = pickle.loads(pickle.dumps(cols))
    assert again["notice_due"].tolist() == cols["notice_due"].tolist()
    with pytest.raises(ValueError, match="read-only"):
        cols.columns["status"][0] = 1
    assert len(statuses([], as_of=date(2024, 5, 6))) == 0
    assert set(cols.names) >= {"status", "valid_until", "notice_due"}
    with pytest.raises(InvalidInputError):
        cols.days("status")


# --------------------------------------------------------------------------- what is refused
@pytest.mark.parametrize(
    ("columns", "error", "field"),
    [
        ({"received": [None]}, InvalidInputError, "received[0]"),
        ({"received": [date(2009, 4, 5)]}, BeforeLawInForceError, "received[0]"),
        (
            {"received": [date(2024, 4, 5)], "notice_sent": [date(2024, 4, 4)]},
            SequenceError,
            "notice_sent[0]",
        ),
        (
            {"received": [date(2024, 4, 5)], "objection_answered": [date(2024, 4, 9)]},
            SequenceError,
            "objection_answered[0]",
        ),
        (
            {
                "received": [date(2024, 4, 5)],
                "objection_filed": [date(2024, 4, 10)],
                "objection_answered": [date(2024, 4, 9)],
            },
            SequenceError,
            "objection_answered[0]",
        ),
        (
            {"received": [date(2024, 4, 5)], "withdrawn": [date(2024, 9, 9)]},
            InvalidInputError,
            "withdrawn[0]",
        ),
        ({"received": [date(2024, 4, 5)], "notice_sent": []}, InvalidInputError, "notice_sent"),
        ({"received": [datetime(2024, 4, 5, 9, 0)]}, NaiveDatetimeError, "received[0]"),
        (
            {"received": np.array(["2024-04-05T09:00"], dtype="datetime64[m]")},
            NaiveDatetimeError,
            "received",
        ),
        ({"received": ["2024-04-05"]}, InvalidInputError, "received[0]"),
        (
            {"received": [date(2024, 4, 5), datetime(2024, 4, 5, 9, tzinfo=WIB)]},
            InvalidInputError,
            "received[1]",
        ),
        ({"received": np.array([19000])}, InvalidInputError, "received"),
        (
            {"received": np.array([date(2024, 4, 5), 10**9], dtype="datetime64[D]")},
            InvalidInputError,
            "received[1]",
        ),
    ],
)
def test_what_a_timeline_refuses_names_the_column_and_row(
    columns: dict[str, Any], error: type[Exception], field: str
) -> None:
    with pytest.raises(error) as raised:
        statuses(**columns, as_of=date(2024, 6, 3))
    assert raised.value.params["field"] == field  # type: ignore[attr-defined]


def test_the_after_hours_policy_needs_the_time_of_receipt() -> None:
    """D-7 moves a receipt after closing time to the next working day: a date cannot say."""
    body = BODIES[4]
    assert RULES.for_body(body).body.after_hours is kiplib.AfterHoursPolicy.NEXT_WORKING_DAY
    with pytest.raises(InvalidInputError) as raised:
        statuses([date(2024, 4, 4)], as_of=date(2024, 5, 6), body=body, rules=RULES)
    assert raised.value.params["field"] == "received"
    late = datetime(2024, 4, 4, 16, 0, tzinfo=RULES.for_body(body).body.zone)  # 16.00 WIT
    cols = statuses([late], as_of=date(2024, 5, 6), body=body, rules=RULES)
    want = kiplib.deadline(Step.NOTICE, late, body=body, rules=RULES)
    assert cols["notice_due"][0] == np.datetime64(want.due)
    assert want.clock_start == date(2024, 4, 5)
    # A keberatan the body receives is dated the same way (D-7 for the atasan's answer).
    with pytest.raises(InvalidInputError) as raised:
        statuses(
            [late],
            objection_filed=[date(2024, 5, 6)],
            as_of=date(2024, 5, 6),
            body=body,
            rules=RULES,
        )
    assert raised.value.params["field"] == "objection_filed"


@given(st.datetimes(min_value=datetime(2024, 3, 1), max_value=datetime(2024, 11, 30)))
def test_instants_in_a_zone_with_summer_time_are_its_local_days(at: datetime) -> None:
    """A body outside Indonesia (the law allows any IANA zone): the offset of each day is
    read from the zone, the days it changes row by row."""
    body = PublicBody("Perwakilan Eropa", timezone="Europe/Amsterdam")
    moment = at.replace(tzinfo=UTC)
    cols = statuses([moment], as_of=date(2025, 1, 6), body=body, rules=RuleBook.national())
    want = kiplib.deadline(Step.NOTICE, moment, body=body, rules=RuleBook.national())
    assert cols["notice_due"][0] == np.datetime64(want.due)


def test_event_columns_are_the_events_of_a_log() -> None:
    assert list(EVENT_COLUMNS) == [
        "received",
        "extended",
        "notice_sent",
        "objection_filed",
        "objection_answered",
        "dispute_filed",
        "withdrawn",
    ]
    assert set(EVENT_COLUMNS.values()) <= set(kiplib.requests.EVENT_TYPES)


# --------------------------------------------------------------- the end of the calendar
def _at9(day: date) -> datetime:
    return datetime.combine(day, time(9), tzinfo=WIB)


def test_near_the_end_of_the_calendar_only_deadlines_that_cannot_be_counted_are_refused() -> None:
    """A request whose own deadlines fit in the calendar is described as the timeline
    describes it, even when a step it does not have (the Komisi's 100 days) could not be
    counted from as_of; a deadline it has that ends past the calendar is refused naming the
    event it starts from and the row, as the timeline refuses it."""
    national = RuleBook.national()
    received, as_of = date(2100, 7, 13), date(2100, 8, 29)
    cols = statuses([received], as_of=as_of, rules=national)
    t = kiplib.timeline([kiplib.RequestReceived(_at9(received))], as_of=as_of, rules=national)
    notice, objection = t.entry(Step.NOTICE), t.entry(Step.OBJECTION)
    assert notice is not None and objection is not None
    assert (_day(cols["notice_due"][0]), cols.states("notice")[0]) == (notice.due, notice.state)
    assert _day(cols["objection_due"][0]) == objection.due
    assert cols.states("commission_end") == [None]
    # The Komisi's 100 days from a sengketa of 12 August 2100 end past 31 December 2100.
    days = {
        "received": [received, received],
        "notice_sent": [date(2100, 7, 20)] * 2,
        "objection_filed": [date(2100, 7, 27)] * 2,
        "objection_answered": [date(2100, 8, 10)] * 2,
        "dispute_filed": [None, date(2100, 8, 12)],
    }
    with pytest.raises(OutOfRangeError) as raised:
        statuses(**days, as_of=as_of, rules=national)  # type: ignore[arg-type]
    assert raised.value.params["field"] == "dispute_filed[1]"
    assert raised.value.params["value"] == "2100-08-12"
    # One day earlier the 100 days still fit.
    days["dispute_filed"] = [None, date(2100, 8, 11)]
    assert statuses(**days, as_of=as_of, rules=national).states("commission_end")[1] is not None  # type: ignore[arg-type]
    with pytest.raises(KiplibError):
        kiplib.timeline(
            [
                kiplib.RequestReceived(_at9(received)),
                kiplib.NoticeSent(_at9(date(2100, 7, 20)), kiplib.NoticeOutcome.ACCEPTED),
                kiplib.ObjectionFiled(_at9(date(2100, 7, 27)), ("a",)),
                kiplib.ObjectionAnswered(_at9(date(2100, 8, 10))),
                kiplib.DisputeFiled(_at9(date(2100, 8, 12))),
            ],
            as_of=as_of,
            rules=national,
        )


def test_a_day_past_the_calendar_is_refused_never_counted() -> None:
    """A receipt whose notice ends past the calendar, and an as_of past it, are errors (they
    were once read through the clipped end of the tables as dates in the year 2941775)."""
    national = RuleBook.national()
    with pytest.raises(OutOfRangeError) as raised:
        statuses([date(2100, 12, 20)], as_of=date(2100, 12, 21), rules=national)
    assert raised.value.params["field"] == "received[0]"
    for received, as_of in (
        (date(2101, 1, 3), date(2101, 1, 5)),
        (date(2024, 4, 5), date(2101, 1, 1)),
    ):
        with pytest.raises(OutOfRangeError) as raised:
            statuses([received], as_of=as_of, rules=national)
        assert raised.value.params["field"] == "as_of"


# --------------------------------------------------------------- columns apps really have
def test_columns_apps_really_have_are_read_or_refused_by_name() -> None:
    """Keys numpy cannot sort (a nullable text column: ``None`` beside texts; bodies as
    keys), pandas' nullable booleans with a missing flag (no extension), and a calendar
    that is not one: each read, or refused with a kiplib error naming the argument."""
    pd = pytest.importorskip("pandas")
    a, b = PublicBody("A"), PublicBody("B", timezone="WIT")
    received = [date(2024, 4, 5), date(2024, 4, 8)]
    as_of = date(2024, 5, 6)
    by_value = statuses(received, as_of=as_of, body=[a, b], rules=RULES)
    for body, bodies in (([None, "b"], {None: a, "b": b}), ([a, b], {a: a, b: b})):
        got = statuses(received, as_of=as_of, body=body, bodies=bodies, rules=RULES)
        assert got["notice_due"].tolist() == by_value["notice_due"].tolist()
    with pytest.raises(InvalidInputError) as raised:
        statuses(received, as_of=as_of, body=[[1], "b"], bodies={"b": b}, rules=RULES)
    assert raised.value.params["field"] == "body[0]"
    flags = pd.Series([True, None], dtype="boolean")
    got = statuses(received, extended=flags, as_of=as_of, rules=RULES)
    want = statuses(received, extended=[True, False], as_of=as_of, rules=RULES)
    assert got["notice_due"].tolist() == want["notice_due"].tolist()
    assert got.states("extension") == want.states("extension")
    from kiplib.batch import notice_status, notice_status_arrays

    for call in (
        lambda: statuses(received, as_of=as_of, calendar="x"),  # type: ignore[arg-type]
        lambda: notice_status(received, [None, None], as_of=as_of, calendar="x"),  # type: ignore[arg-type]
        lambda: notice_status_arrays(received, [None, None], as_of=as_of, calendar="x"),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidInputError) as raised:
            call()
        assert raised.value.params["field"] == "calendar"


def test_a_missing_instant_beside_a_change_of_offset_is_missing() -> None:
    """A missing value (pandas' NaT) in an instant column of a body whose zone changes its
    offset on the day the column's instants begin is no event, as ``None`` is (it was looked
    up as an instant and overflowed)."""
    pd = pytest.importorskip("pandas")
    body = PublicBody("Perwakilan Eropa", timezone="Europe/Amsterdam")
    stamps = pd.to_datetime(["2024-04-01 09:00", "2024-04-01 09:00"])
    received = pd.Series(stamps.tz_localize("Europe/Amsterdam"))
    withdrawn = pd.Series(
        pd.to_datetime([None, "2024-04-01 10:00"]).tz_localize("Europe/Amsterdam")
    )
    national = RuleBook.national()
    got = statuses(received, withdrawn=withdrawn, as_of=date(2024, 4, 5), body=body, rules=national)
    listed = statuses(
        list(received),
        withdrawn=[None, withdrawn[1].to_pydatetime()],
        as_of=date(2024, 4, 5),
        body=body,
        rules=national,
    )
    assert [s.value for s in got.statuses()] == ["awaiting_notice", "withdrawn"]
    assert got.statuses() == listed.statuses()
