"""The direct road of ``POST /v1/deadline`` (the call apps make most, answered from the ASGI
messages without Litestar's request and response objects) gives the very bytes Litestar's road
gives: the same status, headers and body for every input, errors included."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import date
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("litestar", reason="the service needs kiplib[server]")

from litestar.testing import TestClient

import kiplib
from kiplib import serialization
from kiplib.service.app import Limits, create_app
from kiplib.testing import strategies as kst

NATIONAL = kiplib.RuleBook.national()
SMALL = Limits(body_bytes=400, depth=4)
#: Both roads open (what ``kiplib serve`` runs) and Litestar's road alone, same limits.
DIRECT, LITESTAR = create_app(NATIONAL, limits=SMALL), create_app(NATIONAL, limits=SMALL)
cast(Any, LITESTAR).direct = {}
Answer = tuple[int, list[tuple[str, str]], bytes]
PLAIN = b'{"step": "notice", "start": "2024-04-05"}'
LONG = b'{"step": "notice", "start": "2024-04-05", "body": {"name": "' + b"x" * 500 + b'"}}'


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[TestClient[Any], TestClient[Any]]]:
    with TestClient(DIRECT) as direct, TestClient(LITESTAR) as litestar:
        yield direct, litestar


def _answer(client: TestClient[Any], content: bytes, headers: dict[str, str]) -> Answer:
    response = client.post("/v1/deadline", content=content, headers=headers)
    shown = sorted((k, v) for k, v in response.headers.items() if k != "date")
    return response.status_code, shown, response.content


def _same(
    clients: tuple[TestClient[Any], TestClient[Any]], content: bytes, **headers: str
) -> Answer:
    sent = {"content-type": "application/json", **headers}
    direct, litestar = (_answer(c, content, sent) for c in clients)
    assert direct == litestar
    return direct


def test_the_road_is_taken_and_answers_as_litestar(
    clients: tuple[TestClient[Any], TestClient[Any]],
) -> None:
    assert cast(Any, DIRECT).direct and not cast(Any, LITESTAR).direct
    body = b'{"step": "notice", "start": "2024-04-05T09:00+07:00"}'
    status, headers, content = _same(clients, body)
    assert status == 200 and ("content-language", "id") in headers
    assert json.loads(content)["due"] == "2024-04-29"
    status, headers, content = _same(clients, body, **{"accept-language": "en-US,en;q=0.9"})
    assert ("content-language", "en") in headers
    assert json.loads(content)["text"]["due"] == "Monday, 29 April 2024"


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [
        (b'{"step": "nope", "start": "2024-04-05"}', {}, 422),
        (b'{"step": "notice"}', {}, 400),
        (b'{"step": "notice", "start": "2024-04-05", "extra": 1}', {}, 400),
        (b'{"step": "notice", "start": "2024-04-05T09:00"}', {}, 422),
        (b'{"step": "notice", "start": "2009-01-05"}', {}, 422),
        (b'{"step": "notice", "start": "2024-04-05", "explain": "yes"}', {}, 422),
        (b'{"step": "notice", "start": "2024-04-05", "body": {"level": "x"}}', {}, 400),
        (b'[1, 2]', {}, 400),
        (b'{"step": ', {}, 400),
        (b'{"a": {"b": {"c": {"d": {"e": 1}}}}}', {}, 413),
        (LONG, {}, 413),
        (PLAIN, {"content-type": "text/plain"}, 415),
        (PLAIN, {"content-type": "application/json; charset=utf-8"}, 200),
        (PLAIN, {"content-type": "application/x+json"}, 200),
    ],
)  # fmt: skip
def test_every_error_is_litestar_s_problem_object(
    clients: tuple[TestClient[Any], TestClient[Any]],
    content: bytes,
    headers: dict[str, str],
    status: int,
) -> None:
    for lang in ("id", "en"):
        answer = _same(clients, content, **headers, **{"accept-language": lang})
        assert answer[0] == status, answer[2]


@given(
    kst.dated_steps(max_value=date(2090, 1, 1)),
    kst.public_bodies(),
    st.booleans(),
    st.sampled_from(["id", "en"]),
)
def test_drawn_deadlines_are_the_same_bytes_on_both_roads(
    clients: tuple[TestClient[Any], TestClient[Any]],
    step_start: tuple[kiplib.Step, date],
    body: kiplib.PublicBody,
    explain: bool,
    lang: str,
) -> None:
    step, start = step_start
    fields = serialization.to_dict(body)
    sent = {
        "step": step.value,
        "start": start.isoformat(),
        "body": {k: v for k, v in fields.items() if k not in ("kind", "schema_version")},
        "explain": explain,
    }
    content = json.dumps(sent).encode()
    if len(content) <= SMALL.body_bytes:
        _same(clients, content, **{"accept-language": lang})


def _asgi(app: Any, headers: list[tuple[bytes, bytes]], body: bytes) -> Answer:
    """One call through the ASGI interface itself, headers exactly as given (a test client
    folds repeated ones into one)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/deadline",
        "raw_path": b"/v1/deadline",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-length", str(len(body)).encode()), *headers],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    sent: list[dict[str, Any]] = []
    given = False

    async def receive() -> dict[str, Any]:
        nonlocal given
        if given:
            return {"type": "http.disconnect"}
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    start = sent[0]
    shown = sorted((k.decode(), v.decode()) for k, v in start["headers"] if k != b"date")
    return start["status"], shown, b"".join(m.get("body", b"") for m in sent[1:])


def test_a_repeated_header_is_read_as_litestar_reads_it() -> None:
    body = b'{"step": "notice", "start": "2024-04-05"}'
    headers = [
        (b"content-type", b"application/json"),
        (b"accept-language", b"en"),
        (b"accept-language", b"id"),
    ]
    direct, litestar = _asgi(DIRECT, headers, body), _asgi(LITESTAR, headers, body)
    assert direct == litestar and ("content-language", "en") in direct[1]


def test_with_cors_every_call_takes_litestar_s_road() -> None:
    app = create_app(NATIONAL, cors_origins=("https://ppid.example.go.id",))
    assert cast(Any, app).direct == {}


@given(
    st.one_of(
        st.binary(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(
                    st.sampled_from(["step", "start", "body", "x"]), inner, max_size=3
                )
            ),
            max_leaves=12,
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_any_body_gets_litestar_s_answer(
    clients: tuple[TestClient[Any], TestClient[Any]], content: bytes
) -> None:
    """Hostile bytes, any JSON: the same answer on both roads, never a 500."""
    status, _, _ = _same(clients, content)
    assert status < 500
