"""``kiplib serve``: the same values as the Python API, problem objects for every error, the
limits, the rule book fixed at start, the OpenAPI document and the offline reference page."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("litestar", reason="the service needs kiplib[server]")

from litestar.testing import TestClient

import kiplib
from kiplib import serialization
from kiplib.batch import notice_status
from kiplib.exemption.checks import check
from kiplib.service import views
from kiplib.service.app import Limits, create_app, negotiate_language
from kiplib.testing import strategies as kst

T = TypeVar("T")
GOLDEN = Path(__file__).parent / "golden"
NATIONAL = kiplib.RuleBook.national()
APP = create_app(NATIONAL)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Any]]:
    with TestClient(APP) as c:
        yield c


def _golden(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN / name).read_text("utf-8"))
    return data


def _is_problem(response: Any, status: int | None = None) -> dict[str, Any]:
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == response.status_code
    assert 400 <= response.status_code < 500
    assert {"type", "title", "detail", "code", "params", "lang"} <= set(body)
    if status is not None:
        assert response.status_code == status, body
    return body


# --------------------------------------------------------------------------- same values
@given(
    kst.dated_steps(max_value=date(2090, 1, 1)), kst.public_bodies(), st.sampled_from(["id", "en"])
)
def test_deadline_is_the_python_value(
    client: TestClient[Any],
    step_start: tuple[kiplib.Step, date],
    body: kiplib.PublicBody,
    lang: str,
) -> None:
    step, start = step_start
    explain = start.day % 2 == 0
    sent = {
        "step": step.value,
        "start": start.isoformat(),
        "body": _fields(body),
        "explain": explain,
    }
    response = client.post("/v1/deadline", json=sent, headers={"Accept-Language": lang})
    expected = _outcome(lambda: kiplib.deadline(step, start, body=body, rules=NATIONAL))
    if isinstance(expected, kiplib.KiplibError):
        problem = _is_problem(response)
        assert problem["code"] == expected.code and problem["detail"] == expected.message(lang)
        return
    assert response.status_code == 200, response.text
    assert response.json() == json.loads(
        json.dumps(views.deadline_view(expected, lang, explain=explain, rules=NATIONAL, body=body))
    )
    assert serialization.from_dict(views.stored(response.json())) == expected


def _outcome(compute: Callable[[], T]) -> T | kiplib.KiplibError:
    """What the Python API gives: the value, or the error it raises."""
    try:
        return compute()
    except kiplib.KiplibError as err:
        return err


def _fields(body: kiplib.PublicBody) -> dict[str, Any]:
    return {
        k: v for k, v in serialization.to_dict(body).items() if k not in ("kind", "schema_version")
    }


@given(kst.requests(), st.integers(min_value=0, max_value=300), st.sampled_from(["id", "en"]))
def test_timeline_is_the_python_value(
    client: TestClient[Any], request: kiplib.Request, later: int, lang: str
) -> None:
    last = request.events[-1].at.astimezone(request.body.zone).date()
    as_of = last + timedelta(days=later)
    expected = request.timeline(as_of=as_of, rules=NATIONAL)
    doc = serialization.to_dict(request)
    # Both ways of sending a request: a stored document, or its body and events.
    for sent in (
        {"request": doc, "as_of": as_of.isoformat()},
        {
            "body": doc["body"],
            "events": doc["events"],
            "as_of": as_of.isoformat(),
            **({"id": doc["id"]} if "id" in doc else {}),
        },
    ):
        response = client.post("/v1/timeline", json=sent, headers={"Accept-Language": lang})
        assert response.status_code == 200, response.text
        assert response.json() == json.loads(json.dumps(views.timeline_view(expected, lang)))


def test_timeline_of_the_readme(client: TestClient[Any]) -> None:
    sent = {
        "events": [{"type": "request_received", "at": "2024-04-05T09:00:00+07:00"}],
        "as_of": "2024-05-06",
    }
    view = client.post("/v1/timeline", json=sent, headers={"Accept-Language": "en"}).json()
    assert view["status"] == "notice_overdue"
    notice = view["entries"][0]
    assert (notice["deadline"]["due"], notice["state"]) == ("2024-04-29", "overdue")
    assert view["text"]["entries"][0]["citation"] == "UU 14/2008 Pasal 22 ayat (7)"
    assert (
        "Idul Fitri" in view["text"]["entries"][0]["explanation"]
        or "Eid" in (view["text"]["entries"][0]["explanation"])
    )
    assert any("objection" in a for a in view["text"]["actions"])


@given(kst.information_items(), kst.law_dates(max_value=date(2080, 1, 1)))
def test_classification_is_the_python_value(
    client: TestClient[Any], item: kiplib.InformationItem, as_of: date
) -> None:
    sent = {"item": serialization.to_dict(item), "as_of": as_of.isoformat()}
    response = client.post("/v1/classify", json=sent)
    expected = _outcome(lambda: kiplib.classify(item, as_of=as_of, rules=NATIONAL))
    if isinstance(expected, kiplib.KiplibError):
        assert _is_problem(response)["code"] == expected.code
        return
    assert response.json() == json.loads(json.dumps(views.classification_view(expected, "id")))


@given(kst.consequence_tests(), kst.law_dates(max_value=date(2060, 1, 1)))
def test_consequence_test_check_is_the_python_value(
    client: TestClient[Any], record: kiplib.ConsequenceTest, as_of: date
) -> None:
    sent = {"record": serialization.to_dict(record), "as_of": as_of.isoformat()}
    response = client.post("/v1/consequence-test/check", json=sent)
    problems = check(record, rules=NATIONAL)
    status = _outcome(
        lambda: None if problems else kiplib.exemption_status(record, as_of=as_of, rules=NATIONAL)
    )
    if isinstance(status, kiplib.KiplibError):
        assert _is_problem(response)["code"] == status.code
        return
    expected = views.exemption_view(problems, status, "id")
    assert response.json() == json.loads(json.dumps(expected))


def test_exemption_status_and_an_invalid_record(client: TestClient[Any]) -> None:
    record = _golden("v3/consequence_test.json")
    ok = client.post("/v1/exemption-status", json={"record": record, "as_of": "2028-12-01"})
    assert ok.json()["declaration_due"] == "2029-01-29"
    broken = {**record, "harm_analysis": "", "signatories": []}
    checked = client.post("/v1/consequence-test/check", json={"record": broken}).json()
    assert not checked["valid"] and {p["path"] for p in checked["problems"]} >= {
        "harm_analysis",
        "signatories",
    }
    refused = client.post("/v1/exemption-status", json={"record": broken, "as_of": "2028-12-01"})
    assert _is_problem(refused, 422)["code"] == "consequence-test-invalid"


@given(
    kst.law_dates(max_value=date(2090, 1, 1)),
    st.integers(min_value=-400, max_value=400),
    st.integers(min_value=0, max_value=500),
)
def test_calendar_is_the_python_value(
    client: TestClient[Any], start: date, n: int, days: int
) -> None:
    cal = NATIONAL.for_body(None).calendar
    end = start + timedelta(days=days)
    got = client.get(f"/v1/calendar/working-days?start={start}&end={end}").json()
    assert got["working_days"] == cal.working_days_between(start, end)
    added = client.get(f"/v1/calendar/add-working-days?start={start}&n={n}")
    expected = _outcome(lambda: cal.add_working_days(start, n))
    if isinstance(expected, kiplib.KiplibError):
        assert _is_problem(added)["code"] == expected.code
        return
    assert added.json()["result"] == expected.isoformat()


def test_days_off_name_their_instrument(client: TestClient[Any]) -> None:
    year = client.get("/v1/calendar/2024/days-off", headers={"Accept-Language": "en"}).json()
    eid = next(d for d in year["days"] if d["date"] == "2024-04-10")
    assert eid["reasons"][0]["kind"] == "national_holiday"
    assert eid["reasons"][0]["instrument"].startswith("SKB")
    assert not any(r["kind"] == "weekend" for d in year["days"] for r in d["reasons"])
    with_weekends = client.get("/v1/calendar/2024/days-off?weekends=true").json()
    assert len(with_weekends["days"]) > len(year["days"]) + 90
    assert (
        client.get("/v1/calendar/2024/days-off?cuti_bersama=false").json()["days"] != year["days"]
    )
    _is_problem(client.get("/v1/calendar/1999/days-off"), 422)


def test_batch_is_the_python_value(client: TestClient[Any]) -> None:
    received = [date(2024, 4, 5) + timedelta(days=i % 50) for i in range(45_000)]
    sent = [None if i % 3 else r + timedelta(days=i % 20) for i, r in enumerate(received)]
    lines = [json.dumps({"as_of": "2024-06-01"})]
    for i, (r, s) in enumerate(zip(received, sent, strict=True)):
        row: dict[str, Any] = {"id": i, "received": r.isoformat()}
        if s is not None:
            row["notice_sent"] = s.isoformat()
        lines.append(json.dumps(row))
    response = client.post(
        "/v1/batch/notice-status",
        content="\n".join(lines).encode(),
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 200
    out = [json.loads(line) for line in response.text.splitlines()]
    cols = notice_status(received, sent, as_of=date(2024, 6, 1), rules=NATIONAL)
    assert [o["id"] for o in out] == list(range(len(received)))
    assert [o["status"] for o in out] == list(cols.status)
    assert [o["days_overdue"] for o in out] == list(cols.days_overdue)
    assert [o["due"] for o in out] == [d.isoformat() for d in cols.due]


def test_batch_problems_name_the_line(client: TestClient[Any]) -> None:
    def post(text: str) -> Any:
        return client.post(
            "/v1/batch/notice-status",
            content=text.encode(),
            headers={"Content-Type": "application/x-ndjson"},
        )

    bad_type = post('{"as_of": "2024-05-06"}\n{"received": "2024-04-05"}\n{"received": 5}\n')
    assert _is_problem(bad_type, 400)["problems"][0]["path"] == "line 3: received"
    not_json = post('{"as_of": "2024-05-06"}\n{"received": "2024-04-05"}\n{oops\n')
    assert _is_problem(not_json, 400)["problems"][0]["path"] == "line 3"
    naive = post('{"as_of": "2024-05-06"}\n{"received": "2024-04-05T09:00"}\n')
    assert _is_problem(naive, 422)["code"] == "naive-datetime"
    assert _is_problem(post(""), 400)["code"] == "structure-invalid"
    assert _is_problem(post('{"as_of": "May"}\n'), 422)["params"]["field"] == "as_of"


# --------------------------------------------------------------------------- errors
def test_errors_are_problems_in_the_asked_language(client: TestClient[Any]) -> None:
    sent = {"step": "notice", "start": "2024-04-05T09:00"}
    en = _is_problem(client.post("/v1/deadline", json=sent, headers={"Accept-Language": "en"}), 422)
    assert en["code"] == "naive-datetime" and en["lang"] == "en" and "time zone" in en["detail"]
    id_ = _is_problem(client.post("/v1/deadline", json=sent), 422)
    assert id_["lang"] == "id" and "zona waktu" in id_["detail"]
    assert en["params"] == id_["params"] == {"field": "start", "value": "2024-04-05 09:00:00"}
    assert _is_problem(client.get("/v1/nothing"), 404)["code"] == "not-found"
    assert _is_problem(client.get("/v1/deadline"), 405)["code"] == "invalid-input"
    wrong_type = client.post(
        "/v1/deadline", content=b"step=notice", headers={"Content-Type": "text/plain"}
    )
    assert _is_problem(wrong_type, 415)["params"]["field"] == "content-type"
    structure = client.post(
        "/v1/classify", json={"item": {"kind": "information_item"}, "as_of": "2024-01-01"}
    )
    assert _is_problem(structure, 400)["problems"]
    unknown = client.post("/v1/deadline", json={"step": "appeal", "start": "2024-04-05"})
    assert "notice" in _is_problem(unknown, 422)["params"]["steps"]


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, "id"),
        ("en", "en"),
        ("en-US,en;q=0.9", "en"),
        ("id-ID,id;q=0.9,en;q=0.8", "id"),
        ("fr-FR, en;q=0.5", "en"),
        ("de", "id"),
        ("en;q=0", "id"),
        ("en;q=abc, id;q=0.1", "id"),
        ("*", "id"),
    ],
)
def test_language_negotiation(header: str | None, lang: str) -> None:
    assert negotiate_language(header) == lang


def test_limits() -> None:
    small = Limits(body_bytes=2_000, batch_lines=5, line_bytes=200, events=3, depth=5)
    with TestClient(create_app(NATIONAL, limits=small)) as c:
        big = c.post(
            "/v1/deadline", json={"step": "notice", "start": "2024-04-05", "x": "a" * 3000}
        )
        assert _is_problem(big, 413)["code"] == "limit-exceeded"
        deep: Any = "x"
        for _ in range(10):
            deep = [deep]
        assert (
            _is_problem(c.post("/v1/deadline", json={"step": deep}), 413)["params"]["value"]
            == "JSON"
        )
        very_deep = b"[" * 100_000 + b"]" * 100_000
        assert _is_problem(c.post("/v1/timeline", content=very_deep), 413)
        events = [{"type": "request_received", "at": "2024-04-05T09:00:00+07:00"}] * 4
        many = c.post("/v1/timeline", json={"events": events, "as_of": "2024-05-01"})
        assert _is_problem(many, 413)["params"]["field"] == "events"
        rows = "\n".join(['{"as_of": "2024-05-06"}'] + ['{"received": "2024-04-05"}'] * 6)
        batch = c.post(
            "/v1/batch/notice-status",
            content=rows,
            headers={"Content-Type": "application/x-ndjson"},
        )
        assert _is_problem(batch, 413)["params"]["field"] == "batch"
        long_line = '{"as_of": "2024-05-06"}\n{"received": "2024-04-05", "id": "' + "x" * 300 + '"}'
        too_long = c.post(
            "/v1/batch/notice-status",
            content=long_line,
            headers={"Content-Type": "application/x-ndjson"},
        )
        assert _is_problem(too_long, 413)["params"]["field"] == "line 2"


def test_time_budget_ends_a_batch_with_a_problem_line() -> None:
    with TestClient(create_app(NATIONAL, limits=Limits(seconds=0.0))) as c:
        rows = ['{"as_of": "2024-05-06"}'] + ['{"received": "2024-04-05"}'] * 25_000
        response = c.post(
            "/v1/batch/notice-status",
            content="\n".join(rows),
            headers={"Content-Type": "application/x-ndjson"},
        )
    lines = [json.loads(x) for x in response.text.splitlines()]
    assert lines[-1]["problem"]["code"] == "time-budget-exceeded"
    assert len(lines) == 20_001  # the first chunk, then the problem


def test_cors_is_off_unless_configured() -> None:
    headers = {"Origin": "https://ppid.example.go.id", "Access-Control-Request-Method": "POST"}
    with TestClient(create_app(NATIONAL)) as c:
        assert "access-control-allow-origin" not in c.get("/v1/health", headers=headers).headers
    app = create_app(NATIONAL, cors_origins=("https://ppid.example.go.id",))
    with TestClient(app) as c:
        got = c.get("/v1/health", headers=headers).headers
        assert got["access-control-allow-origin"] == "https://ppid.example.go.id"


# --------------------------------------------------------------------------- the rule book
def test_the_rule_book_is_chosen_at_start_and_shown() -> None:
    kiplib_karanganyar = pytest.importorskip("kiplib_karanganyar.plugin")
    rules = kiplib.RuleBook.of(kiplib_karanganyar)
    doc = _golden("v3/consequence_test.json")  # a Karanganyar record the Sekda did not approve
    record = serialization.from_dict(doc)
    with TestClient(create_app(rules)) as c:
        assert [p["name"] for p in c.get("/v1/plugins").json()] == list(rules.names)
        district = c.post("/v1/consequence-test/check", json={"record": doc}).json()
    with TestClient(create_app(NATIONAL)) as c:
        assert [p["name"] for p in c.get("/v1/plugins").json()] == ["kiplib"]
        national = c.post("/v1/consequence-test/check", json={"record": doc}).json()
    assert district == views.exemption_view(check(record, rules=rules), None, "id")
    assert [p["code"] for p in district["problems"]] == ["approval-missing"]
    assert national["valid"] and not check(record, rules=NATIONAL)


# --------------------------------------------------------------------------- registers, documents
def test_registers_convert_and_name_rows_and_columns(client: TestClient[Any]) -> None:
    dip = _golden("v2/dip_register.json")
    checked = client.post("/v1/registers/dip", json=dip).json()
    register = serialization.from_dict(checked["register"])
    assert checked["valid"] and register == serialization.from_dict(dip)
    csv = client.post("/v1/registers/dip?to=csv", json=dip)
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text == kiplib.dip_to_csv(register)
    query = "from=csv&year=2024&adopted_on=2024-03-01&name=" + register.body.name
    back = client.post(f"/v1/registers/dip?{query}", content=csv.content)
    assert back.status_code == 200, back.text
    broken = csv.text.replace("2024-01-10", "10/01/2024", 1)
    refused = _is_problem(client.post(f"/v1/registers/dip?{query}", content=broken.encode()), 422)
    assert refused["code"] == "register-import-invalid"
    assert {"row", "column"} <= set(refused["problems"][0]["params"])
    xlsx = client.post("/v1/registers/dip?to=xlsx", json=dip)
    from_xlsx = client.post(
        f"/v1/registers/dip?{query.replace('csv', 'xlsx')}", content=xlsx.content
    )
    assert from_xlsx.status_code == 200, from_xlsx.text
    not_a_workbook = client.post(
        f"/v1/registers/dip?{query.replace('csv', 'xlsx')}", content=b"PK.."
    )
    assert _is_problem(not_a_workbook, 422)["code"] == "register-import-invalid"
    dik = _golden("v2/dik_register.json")
    dik_csv = client.post("/v1/registers/dik?to=csv", json=dik)
    assert dik_csv.text == kiplib.dik_to_csv(serialization.from_dict(dik))
    assert _is_problem(client.post("/v1/registers/dop", json=dip), 404)


def test_documents_are_rendered_as_the_python_api_does(client: TestClient[Any]) -> None:
    from kiplib import documents

    record = _golden("v3/consequence_test.json")
    got = client.post("/v1/documents/berita-acara?format=markdown", json=record).json()
    expected = documents.render(
        "berita_acara", serialization.from_dict(record), format="markdown", rules=NATIONAL
    )
    assert got == views.document_view("berita-acara", "markdown", expected)
    html = client.post(
        "/v1/documents/surat-penetapan", json=record, headers={"Accept": "text/html"}
    )
    assert html.headers["content-type"].startswith("text/html") and "<html" in html.text
    report = client.post(
        "/v1/documents/laporan-tahunan?year=2024&format=markdown",
        json=_golden("v3/body_records.json"),
    )
    assert report.status_code == 200, report.text
    assert _is_problem(
        client.post("/v1/documents/laporan-tahunan", json=_golden("v3/body_records.json"))
    )
    assert _is_problem(client.post("/v1/documents/dip", json=record), 400)
    assert _is_problem(client.post("/v1/documents/memo", json=record), 404)
    assert _is_problem(client.post("/v1/documents/dip?path=/etc/passwd", json=record), 400)


# --------------------------------------------------------------------------- OpenAPI, schemas
def test_openapi_document_uses_the_schemas_and_every_reference_resolves(
    client: TestClient[Any],
) -> None:
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    schemas = doc["components"]["schemas"]
    assert schemas["deadline"] == client.get("/v1/schemas/deadline").json()
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                refs.append(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc["paths"])
    walk({k: v for k, v in schemas.items() if not v.get("$id")})
    assert refs
    for ref in refs:
        node: Any = doc
        for part in ref[2:].split("/"):
            node = node[part]
    assert doc["paths"]["/v1/deadline"]["post"]["requestBody"]["content"]["application/json"]
    served = client.get("/v1/schemas").json()["kinds"]
    assert set(served) >= {"deadline", "timeline", "request", "consequence_test", "dip_register"}
    assert all(client.get(f"/v1/schemas/{kind}").status_code == 200 for kind in served)
    assert _is_problem(client.get("/v1/schemas/nothing"), 404)


def test_answers_validate_against_their_schemas(client: TestClient[Any]) -> None:
    doc = client.get("/openapi.json").json()
    registry_schemas = doc["components"]["schemas"]

    def validate(instance: Any, name: str) -> None:
        schema = {**registry_schemas[name]}
        jsonschema.Draft202012Validator(schema).validate(instance)

    deadline = client.post("/v1/deadline", json={"step": "notice", "start": "2024-04-05"}).json()
    validate(deadline, "deadline_view")
    validate(views.stored(deadline), "deadline")
    sent = {
        "events": [{"type": "request_received", "at": "2024-04-05T09:00:00+07:00"}],
        "as_of": "2024-05-06",
    }
    validate(client.post("/v1/timeline", json=sent).json(), "timeline_view")
    problem = client.post("/v1/deadline", json={"step": "notice"}).json()
    validate(problem, "Problem")


def test_reference_page_works_offline(client: TestClient[Any]) -> None:
    page = client.get("/")
    assert page.headers["content-type"].startswith("text/html")
    assert "openapi.json" in page.text
    assert "http://" not in page.text and "https://" not in page.text
    assert "<script src" not in page.text and "<link" not in page.text


# --------------------------------------------------------------------------- fuzzing
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = [
    "step",
    "start",
    "body",
    "events",
    "as_of",
    "request",
    "item",
    "record",
    "type",
    "at",
    "name",
    "timezone",
]
PLAUSIBLE = st.one_of(
    st.sampled_from(
        [
            "notice",
            "objection",
            "2024-04-05",
            "2024-04-05T09:00+07:00",
            "Asia/Jakarta",
            "request_received",
        ]
    ),
    JSON_VALUES,
    kst.law_dates().map(date.isoformat),
    kst.aware_datetimes().map(datetime.isoformat),
)
SHAPED = st.dictionaries(st.sampled_from(FIELDS), PLAUSIBLE, max_size=5)
PATHS = [
    ("post", "/v1/deadline"),
    ("post", "/v1/timeline"),
    ("post", "/v1/classify"),
    ("post", "/v1/consequence-test/check"),
    ("post", "/v1/exemption-status"),
    ("post", "/v1/registers/dip"),
    ("post", "/v1/registers/dik?from=csv&as_of=2024-01-01"),
    ("post", "/v1/registers/dip?from=xlsx&year=2024&adopted_on=2024-01-01"),
    ("post", "/v1/documents/dip"),
    ("post", "/v1/documents/laporan-tahunan?year=2024"),
    ("post", "/v1/batch/notice-status"),
    ("get", "/v1/calendar/working-days"),
    ("get", "/v1/plugins"),
]
FUZZED: list[int] = [0]


@given(
    st.sampled_from(PATHS),
    st.one_of(
        SHAPED.map(json.dumps),
        JSON_VALUES.map(json.dumps),
        st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    ),
    st.one_of(
        st.none(),
        st.sampled_from(["en", "id", "fr", "en;q=x", ",,;", "\u00e9"]),
        st.text(max_size=20),
    ),
    st.sampled_from(
        [None, "application/json", "application/x-ndjson", "text/csv", "x/y; charset=zz"]
    ),
    st.text(max_size=20),
)
def test_no_input_gets_a_500(
    client: TestClient[Any],
    where: tuple[str, str],
    body: str,
    language: str | None,
    media: str | None,
    query: str,
) -> None:
    FUZZED[0] += 1
    method, path = where
    headers: dict[str, str] = {}
    if language is not None and language.isprintable() and language.isascii():
        headers["Accept-Language"] = language
    if media is not None:
        headers["Content-Type"] = media
    sep = "&" if "?" in path else "?"
    q = quote(query)
    url = f"{path}{sep}start={q}&end={q}&n={q}&year={q}"
    if method == "get":
        response = client.get(url, headers=headers)
    else:
        response = client.post(url, content=body.encode("utf-8", "surrogatepass"), headers=headers)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        _is_problem(response)


@given(kst.requests(), st.data())
def test_no_mutated_request_gets_a_500(
    client: TestClient[Any], request: kiplib.Request, data: st.DataObject
) -> None:
    doc = serialization.to_dict(request)
    events = doc["events"]
    i = data.draw(st.integers(0, len(events) - 1))
    key = data.draw(st.sampled_from(sorted(events[i])))
    events[i][key] = data.draw(PLAUSIBLE)
    if data.draw(st.booleans()):
        events.insert(data.draw(st.integers(0, len(events))), data.draw(st.sampled_from(events)))
    sent = {"body": doc["body"], "events": events, "as_of": data.draw(PLAUSIBLE)}
    response = client.post("/v1/timeline", json=sent)
    assert response.status_code < 500, response.text
