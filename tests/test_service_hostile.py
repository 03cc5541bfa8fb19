"""Inputs an app really sends by mistake get a typed problem naming what is wrong — never a
500, and never an answer that silently reads something else (found by reading the service
against the library with hostile inputs)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

pytest.importorskip("litestar", reason="the service needs kiplib[server]")

from litestar.testing import TestClient

import kiplib
from kiplib import serialization
from kiplib.exemption.checks import check
from kiplib.service.app import create_app
from kiplib.testing import example

APP = create_app(kiplib.RuleBook.national())
NDJSON = {"Content-Type": "application/x-ndjson"}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Any]]:
    with TestClient(APP, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("text", ["--5", "\u00b2", "\u0663", "1-", "+-1"])
def test_an_integer_of_a_query_is_ascii_digits_or_a_problem(
    client: TestClient[Any], text: str
) -> None:
    r = client.get("/v1/calendar/add-working-days", params={"start": "2024-04-05", "n": text})
    assert r.status_code == 422
    assert r.json()["params"]["field"] == "n"
    ok = client.get("/v1/calendar/add-working-days", params={"start": "2024-04-05", "n": "-3"})
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/deadline", b'{"step":"notice","start":"2024-04-05","\\ud800":1}'),
        ("/v1/classify", b'{"\\udc00":1}'),
        ("/v1/deadline", b'{"step":"notice","start":"2024-04-05","body":{"name":"a\\ud800"}}'),
    ],
)
def test_a_lone_surrogate_is_a_problem_naming_where_it_stands(
    client: TestClient[Any], path: str, body: bytes
) -> None:
    """JSON's escapes allow a lone UTF-16 surrogate; UTF-8 cannot carry it, so no answer
    could echo it: refused where the body is read, with its path."""
    r = client.post(path, content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    problem = r.json()
    assert problem["problems"][0]["code"] == "invalid-text"
    assert problem["problems"][0]["path"].startswith("$")
    # A pair (an emoji) is text like any other.
    fine = b'{"step":"notice","start":"2024-04-05","body":{"name":"a\\ud83d\\ude00"}}'
    assert client.post("/v1/deadline", content=fine).status_code == 200


def test_a_batch_line_is_one_object(client: TestClient[Any]) -> None:
    """Two objects with a comma on one line are not NDJSON: the line is named (they were
    read as two rows, and every later error named the wrong line)."""
    head = '{"as_of":"2024-06-01"}\n'
    two = '{"id":1,"received":"2024-04-05"},{"id":2,"received":"2024-04-06"}\n'
    r = client.post("/v1/batch/notice-status", content=(head + two).encode(), headers=NDJSON)
    assert r.status_code == 400
    assert r.json()["problems"][0]["path"] == "line 2"
    wrong = head + '{"id":1,"received":"2024-04-05"}\n{"id":3,"received":5}\n'
    r = client.post("/v1/batch/notice-status", content=wrong.encode(), headers=NDJSON)
    assert r.status_code == 400
    assert r.json()["problems"][0]["path"].startswith("line 3")


def test_the_batch_header_is_held_to_the_limits_of_any_body(client: TestClient[Any]) -> None:
    head = '{"as_of":"2024-06-01","body":{"zz":' + "[" * 1000 + "1" + "]" * 1000 + "}}"
    r = client.post("/v1/batch/notice-status", content=(head + "\n").encode(), headers=NDJSON)
    assert r.status_code == 413
    assert r.json()["params"]["field"] == "line 1"


def test_a_bad_as_of_is_named_whatever_the_record_says(client: TestClient[Any]) -> None:
    record = json.loads(serialization.dumps(example("consequence_test")))
    broken = {**record, "harm_analysis": ""}
    for given in (record, broken):
        r = client.post("/v1/consequence-test/check", json={"record": given, "as_of": "garbage"})
        assert r.status_code == 422
        assert r.json()["params"]["field"] == "as_of"


def test_an_unknown_name_is_echoed_short(client: TestClient[Any]) -> None:
    r = client.post("/v1/classify", json={"k" * 100_000: 1})
    assert r.status_code == 400 and len(r.content) < 2_000
    assert r.json()["problems"][0]["params"]["name"].endswith("...")


def test_text_answers_carry_one_charset_and_their_language(client: TestClient[Any]) -> None:
    dip = json.loads(serialization.dumps(example("dip_register")))
    r = client.post("/v1/registers/dip?to=csv", json=dip, headers={"Accept-Language": "en"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert (r.headers["content-language"], r.headers["vary"]) == ("en", "Accept-Language")
    head = '{"as_of":"2024-06-01"}\n{"id":1,"received":"2024-04-05"}\n'
    r = client.post("/v1/batch/notice-status", content=head.encode(), headers=NDJSON)
    assert r.headers["vary"] == "Accept-Language"


def test_a_period_past_the_year_9999_is_a_problem_of_the_record(
    client: TestClient[Any],
) -> None:
    """A period no date can end: a problem of the record in ``check()`` and a typed error
    where its end is needed (a 500 before: the library raised Python's own error)."""
    record = example("consequence_test")
    assert record.period is not None
    import attrs

    far = attrs.evolve(record, period=attrs.evolve(record.period, years=8000))
    codes = {(p.path, p.code) for p in check(far)}
    assert ("period.years", "out-of-range") in codes
    with pytest.raises(kiplib.errors.InvalidInputError) as raised:
        far.ends_on()
    assert raised.value.params["field"] == "period.years"
    last = attrs.evolve(record, determined_on=date(9999, 12, 31))
    assert any(p.code == "out-of-range" for p in check(last))
    data = json.loads(serialization.dumps(far))
    r = client.post("/v1/exemption-status", json={"record": data, "as_of": "2024-06-01"})
    assert r.status_code == 422
    r = client.post("/v1/consequence-test/check", json={"record": data})
    assert r.status_code == 200 and r.json()["valid"] is False


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ('{"id":1,"received":"9999-04-05"}', "line 3: received"),
        ('{"id":1,"received":"2100-12-20"}', "line 3: received"),
        ('{"id":1,"received":"1999-04-05"}', "line 3: received"),
        ('{"id":1,"received":"2024-04-05","notice_sent":"9999-01-01"}', "line 3: sent"),
    ],
)
def test_a_batch_error_names_its_line(client: TestClient[Any], row: str, field: str) -> None:
    body = '{"as_of":"2024-06-01"}\n{"id":0,"received":"2024-04-05"}\n' + row + "\n"
    r = client.post("/v1/batch/notice-status", content=body.encode(), headers=NDJSON)
    assert r.status_code == 422
    assert r.json()["params"]["field"] == field


def test_a_lone_surrogate_in_a_batch_line_is_named(client: TestClient[Any]) -> None:
    body = b'{"as_of":"2024-06-01"}\n{"id":"\\ud800","received":"2024-04-05"}\n'
    r = client.post("/v1/batch/notice-status", content=body, headers=NDJSON)
    assert r.status_code == 400
    problem = r.json()
    assert problem["params"]["field"] == "line 2"
    assert problem["problems"][0]["code"] == "invalid-text"


def test_a_day_out_of_range_is_named_as_the_caller_gave_it(client: TestClient[Any]) -> None:
    """The calendar names its own arguments (``a``, ``date``, ``n``); the library and the
    service name what the caller gave."""
    for start in (date(9999, 12, 31), date(2100, 12, 30)):
        with pytest.raises(kiplib.errors.OutOfRangeError) as raised:
            kiplib.deadline(kiplib.Step.NOTICE, start)
        assert raised.value.params["field"] == "start"
        r = client.post("/v1/deadline", json={"step": "notice", "start": start.isoformat()})
        assert r.status_code == 422 and r.json()["params"]["field"] == "start"
    r = client.get("/v1/calendar/working-days", params={"start": "2024-04-05", "end": "2101-01-01"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "end"
    r = client.get("/v1/calendar/working-days", params={"start": "2101-01-01", "end": "2024-04-05"})
    assert r.json()["params"]["field"] == "start"
    r = client.get("/v1/calendar/add-working-days", params={"start": "2101-01-01", "n": "3"})
    assert r.status_code == 422 and r.json()["params"]["field"] == "start"
