"""Any input to a public function gives a result or a ``KiplibError`` — never a traceback.

Each entry of ``CALLS`` is a valid call; the fuzzer replaces one argument at a time with a
hostile value (a wrong type, a range edge, hostile text, a misbehaving iterable) and checks
that only kiplib's own errors come out, each naming a field. The ``ci`` profile runs more
examples; ``nox -s fuzz`` runs many more. (An iterable that raises while kiplib reads it is
the caller's own error and keeps its own traceback: it is not among the hostile values.)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kiplib
from kiplib import PublicBody, Request, RuleBook, Step
from kiplib.errors import KiplibError
from kiplib.testing import example

WIB = timezone(timedelta(hours=7))
NATIONAL = RuleBook.national()
CAL = kiplib.national_calendar()
BODY = PublicBody("Dinas Contoh")
RECEIVED = kiplib.RequestReceived(datetime(2024, 4, 5, 9, tzinfo=WIB))
REQUEST = example("request")
TIMELINE = example("timeline")
TEST = example("consequence_test")
RECORDS = example("body_records")
ITEM = example("information_item")
FINISHED = example("finished_request")


hostile = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.just(Decimal("sNaN")),
    st.text(max_size=30),
    st.sampled_from(["tidak", "ya", "2024-13-45", "Asia/Mars", "x" * 300, "\x00", "\ud800"]),
    st.binary(max_size=10),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.just(timezone(timedelta(hours=-12)))),
    st.just(datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12)))),
    st.just(datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=14)))),
    st.sampled_from([date.min, date.max, time(0, 0), object(), CAL, BODY, NATIONAL]),
)

#: name -> (the call, its valid arguments)
CALLS: dict[str, tuple[Callable[..., object], dict[str, Any]]] = {
    "deadline": (
        kiplib.deadline,
        {"step": Step.NOTICE, "start": date(2024, 4, 5), "body": BODY, "rules": NATIONAL},
    ),
    "deadline(calendar)": (
        kiplib.deadline,
        {"step": "notice", "start": date(2024, 4, 5), "calendar": CAL},
    ),
    "timeline": (
        kiplib.timeline,
        {"events": [RECEIVED], "body": BODY, "as_of": date(2024, 5, 1), "rules": NATIONAL},
    ),
    "Request": (Request, {"body": BODY, "events": (RECEIVED,)}),
    "Request.record": (Request(BODY).record, {"event": RECEIVED}),
    "Request.timeline": (REQUEST.timeline, {"as_of": date(2024, 6, 1), "rules": NATIONAL}),
    "Timeline.explain": (TIMELINE.explain, {"lang": "en", "rules": NATIONAL}),
    "local_date": (kiplib.local_date, {"start": date(2024, 1, 2), "body": BODY}),
    "national_calendar": (kiplib.national_calendar, {"cuti_bersama": True}),
    "add_working_days": (CAL.add_working_days, {"d": date(2024, 1, 2), "n": 3}),
    "add_calendar_days_rolled": (CAL.add_calendar_days_rolled, {"d": date(2024, 1, 2), "n": 3}),
    "is_working_day": (CAL.is_working_day, {"d": date(2024, 1, 2)}),
    "working_days_between": (
        CAL.working_days_between,
        {"a": date(2024, 1, 2), "b": date(2024, 2, 2)},
    ),
    "PublicBody": (
        PublicBody,
        {
            "name": "Dinas",
            "timezone": "Asia/Jakarta",
            "level": "province",
            "region_code": "32",
            "observes_cuti_bersama": True,
        },
    ),
    "RequestReceived": (kiplib.RequestReceived, {"at": datetime(2024, 4, 5, 9, tzinfo=WIB)}),
    "NoticeSent": (
        kiplib.NoticeSent,
        {"at": datetime(2024, 4, 8, tzinfo=WIB), "outcome": "refused", "exemptions": ("j",)},
    ),
    "ObjectionFiled": (
        kiplib.ObjectionFiled,
        {"at": datetime(2024, 4, 8, tzinfo=WIB), "grounds": ("a",)},
    ),
    "classify": (kiplib.classify, {"item": ITEM, "as_of": date(2024, 5, 1), "rules": NATIONAL}),
    "compliance_calendar": (
        kiplib.compliance_calendar,
        {"records": RECORDS, "as_of": date(2025, 5, 2), "horizon_days": 90, "rules": NATIONAL},
    ),
    "service_statistics": (
        kiplib.service_statistics,
        {"requests": [FINISHED], "year": 2024, "body": BODY, "rules": NATIONAL},
    ),
    "service_statistics_from_logs": (
        kiplib.service_statistics_from_logs,
        {"logs": [REQUEST], "year": 2024, "as_of": date(2024, 12, 31), "rules": NATIONAL},
    ),
    "exemption_status": (
        kiplib.exemption_status,
        {"record": TEST, "as_of": date(2025, 1, 2), "rules": NATIONAL},
    ),
    "actions_due": (
        kiplib.actions_due,
        {"records": [TEST], "start": date(2025, 1, 1), "end": date(2025, 12, 31)},
    ),
    "build_dik": (
        kiplib.build_dik,
        {"records": [TEST], "body": TEST.body, "as_of": date(2025, 1, 2), "rules": NATIONAL},
    ),
    "finished_request": (
        kiplib.finished_request,
        {"source": REQUEST, "as_of": date(2024, 12, 31), "rules": NATIONAL},
    ),
    "monev_grade": (kiplib.monev_grade, {"score": 85}),
    "annual_report_due": (kiplib.annual_report_due, {"year": 2024}),
    "ground": (kiplib.ground, {"code": "h.2"}),
    "competent_commission": (kiplib.competent_commission, {"body": BODY}),
    "Deadline.explain": (
        kiplib.deadline(Step.NOTICE, date(2024, 4, 5)).explain,
        {"lang": "id", "rules": NATIONAL, "body": BODY},
    ),
    "RuleBook.for_body": (NATIONAL.for_body, {"body": BODY}),
}


def _call(name: str, replace: str | None, value: object) -> None:
    func, valid = CALLS[name]
    args = dict(valid)
    if replace is not None:
        args[replace] = value
    func(**args)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_every_valid_call_works(name: str) -> None:
    _call(name, None, None)


PARAMS = [(name, param) for name, (_, valid) in sorted(CALLS.items()) for param in valid]


@pytest.mark.parametrize(("name", "param"), PARAMS)
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(value=hostile)
def test_a_hostile_argument_gives_a_result_or_a_kiplib_error(
    name: str, param: str, value: object
) -> None:
    error: KiplibError | None = None
    try:
        _call(name, param, value)
    except KiplibError as err:
        error = err
    if error is not None:
        assert error.code and error.message("en") and error.message("id")


def test_the_table_covers_the_main_functions() -> None:
    covered = {func for func, _ in CALLS.values()}
    for name in ("deadline", "timeline", "classify", "compliance_calendar", "monev_grade"):
        assert getattr(kiplib, name) in covered
    assert len(list(itertools.chain(PARAMS))) >= 60
