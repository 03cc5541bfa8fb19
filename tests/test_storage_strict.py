"""Strict, lossless storage: nothing split, coerced or silently accepted; bounded; and derived
documents computed again on load (a contradiction is an ``InvalidRecordError`` naming the
field)."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import kiplib
from kiplib import PublicBody, Request, RuleBook, Step, serialization
from kiplib.duties import FinishedRequest, RequestOutcome, service_statistics
from kiplib.errors import InvalidRecordError, StructureError
from kiplib.testing import strategies as kst

GOLDEN = Path(__file__).parent / "golden"
WIB = timezone(timedelta(hours=7))


def _golden_files() -> list[Path]:
    return sorted(GOLDEN.glob("v*/*.json"))


def _lists_of_text(node: Any, path: str = "$") -> list[tuple[str, Any]]:
    """Every array of strings in a document, with its path and a way to reach it."""
    found: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                found.append((f"{path}.{key}", (node, key)))
            found += _lists_of_text(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _lists_of_text(value, f"{path}[{i}]")
    return found


CASES = [
    (f"{p.parent.name}/{p.name}", path)
    for p in _golden_files()
    for path, _ in _lists_of_text(json.loads(p.read_text(encoding="utf-8")))
]


@pytest.mark.parametrize(("name", "path"), CASES)
def test_a_string_where_a_list_goes_is_refused_not_split(name: str, path: str) -> None:
    doc = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    for found, (parent, key) in _lists_of_text(doc):
        if found == path:
            parent[key] = parent[key][0]  # "h.2" instead of ["h.2"]
    with pytest.raises(StructureError) as caught:
        serialization.from_dict(doc)
    paths = [p.path for p in caught.value.problems]
    assert path in paths, paths
    assert "JSON array" in caught.value.message("en")


def test_the_mutation_cases_cover_every_kind_with_text_lists() -> None:
    assert len(CASES) >= 20


STATISTICS = json.loads((GOLDEN / "v2" / "service_statistics.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("bad", [True, False, "7.5", float("nan"), float("inf"), [7.5], None])
def test_numbers_are_numbers(bad: object) -> None:
    doc = {**STATISTICS, "max_working_days": 13, "median_working_days": bad}
    if bad is None:
        # null is a value the field allows; the figures then contradict the times.
        with pytest.raises(InvalidRecordError) as contradicted:
            serialization.from_dict(doc)
        assert [p.path for p in contradicted.value.problems] == ["$.median_working_days"]
        return
    with pytest.raises(StructureError) as caught:
        serialization.from_dict(doc)
    assert [p.path for p in caught.value.problems] == ["$.median_working_days"]


def test_a_whole_number_is_a_number() -> None:
    doc = {**STATISTICS, "median_working_days": 7.5}
    assert serialization.from_dict(doc).median_working_days == 7.5


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("received", 7),
        ("granted", 3),
        ("within_notice_period", 6),
        ("within_extended_period", 7),
        ("within_extended_period", 4),
        ("mean_working_days", 7.2),
        ("max_working_days", 12),
        ("unanswered", 1),
    ],
)
def test_pasal_12_figures_that_do_not_add_up_are_named(field: str, value: object) -> None:
    doc = {**STATISTICS, field: value}
    with pytest.raises(InvalidRecordError) as caught:
        serialization.from_dict(doc)
    assert any(p.path == f"$.{field}" or p.path == "$.received" for p in caught.value.problems)
    assert caught.value.code == "record-inconsistent"
    assert "contradicts itself" in caught.value.message("en")
    # The check can be skipped, and the structure is still checked.
    assert getattr(serialization.from_dict(doc, verify=False), field) == value


def test_refusal_reasons_must_name_every_refusal() -> None:
    doc = copy.deepcopy(STATISTICS)
    doc["refusal_reasons"] = doc["refusal_reasons"][:1]
    doc["refusal_reasons"][0]["count"] = 1
    with pytest.raises(InvalidRecordError) as caught:
        serialization.from_dict(doc)
    assert [p.path for p in caught.value.problems] == ["$.refusal_reasons"]


def _nested(depth: int) -> str:
    return '{"kind": "request", "schema_version": 2, "x": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.parametrize("depth", [60, 1_000, 200_000])
def test_deep_nesting_is_refused_without_recursion(depth: int) -> None:
    with pytest.raises(StructureError) as caught:
        serialization.loads(_nested(depth))
    assert caught.value.problems[0].code == "too-deep"


def test_long_texts_and_large_documents_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = json.loads((GOLDEN / "v2" / "request.json").read_text(encoding="utf-8"))
    doc["body"]["name"] = "x" * (serialization.MAX_TEXT + 1)
    with pytest.raises(StructureError) as caught:
        serialization.from_dict(doc)
    assert (caught.value.problems[0].code, caught.value.problems[0].path) == (
        "too-long",
        "$.body.name",
    )
    monkeypatch.setattr(serialization, "MAX_DOCUMENT_BYTES", 100)
    with pytest.raises(StructureError) as big:
        serialization.loads(json.dumps(doc))
    assert big.value.problems[0].code == "too-large"


def test_a_flood_of_problems_is_counted_not_listed() -> None:
    doc = json.loads((GOLDEN / "v2" / "information_item.json").read_text(encoding="utf-8"))
    doc["facts"] = ["bukan-fakta"] * 5_000
    with pytest.raises(StructureError) as caught:
        serialization.from_dict(doc)
    problems = caught.value.problems
    assert len(problems) == serialization.MAX_PROBLEMS + 1
    assert problems[-1].code == "more-problems"
    assert "4900 more problems" in problems[-1].message("en")


def test_text_that_is_not_json_is_named() -> None:
    for text in ("{not json", b"\xff\xfe", "[1, 2"):
        with pytest.raises(StructureError) as caught:
            serialization.loads(text)
        assert caught.value.problems[0].code == "not-json"
    with pytest.raises(StructureError):
        serialization.loads(None)  # type: ignore[call-overload]


# --------------------------------------------------------------------------- derived kinds
def _story() -> Request:
    body = PublicBody("Dinas Kesehatan Provinsi Contoh", level=kiplib.BodyLevel.PROVINCE)
    return (
        Request(body)
        .record(kiplib.RequestReceived(datetime(2024, 4, 5, 9, tzinfo=WIB)))
        .record(
            kiplib.NoticeSent(
                datetime(2024, 4, 22, 10, tzinfo=WIB),
                kiplib.NoticeOutcome.REFUSED,
                exemptions=("h.2",),
            )
        )
        .record(kiplib.ObjectionFiled(datetime(2024, 4, 25, 9, tzinfo=WIB), ("a",)))
    )


def test_a_timeline_whose_status_is_not_that_of_its_events_is_refused() -> None:
    t = _story().timeline(as_of=date(2024, 6, 10))
    doc = serialization.to_dict(t)
    assert serialization.from_dict(doc) == t
    doc["status"] = "closed"
    doc["entries"][0]["deadline"]["due"] = "2024-04-30"
    with pytest.raises(InvalidRecordError) as caught:
        serialization.from_dict(doc)
    paths = [p.path for p in caught.value.problems]
    assert "$.status" in paths and "$.entries[0].deadline.due" in paths
    assert "2024-04-26" in caught.value.message("en")


def test_a_record_from_other_rules_or_data_is_history() -> None:
    """What another kiplib, other holiday data or other plugins computed is kept as stored."""
    t = _story().timeline(as_of=date(2024, 6, 10))
    doc = serialization.to_dict(t)
    doc["computed_with"] = "kiplib 0.0.9; holidays 0.50; rules: kiplib"
    doc["status"] = "closed"
    loaded = serialization.from_dict(doc)
    assert loaded.status is kiplib.Status.CLOSED
    assert serialization.to_dict(loaded) == doc


def test_a_deadline_whose_days_are_not_its_count_is_refused() -> None:
    d = kiplib.deadline(Step.NOTICE, date(2024, 4, 5))
    doc = serialization.to_dict(d)
    for field, value in (("due", "2024-04-26"), ("latest", "2024-05-02")):
        with pytest.raises(InvalidRecordError) as caught:
            serialization.from_dict({**doc, field: value})
        assert [p.path for p in caught.value.problems] == [f"$.{field}"]
    with pytest.raises(InvalidRecordError) as order:
        serialization.from_dict({**doc, "computed_with": None, "due": "2024-04-01"})
    assert [p.path for p in order.value.problems] == ["$.due"]


@given(kst.dated_steps(max_value=date(2030, 12, 31)), kst.public_bodies())
def test_every_deadline_comes_back_and_passes_its_recount(
    dated: tuple[Step, date], body: PublicBody
) -> None:
    step, start = dated
    d = kiplib.deadline(step, start, body=body, rules=RuleBook.national())
    assert serialization.verify(d) == ()
    back = serialization.loads(serialization.dumps(d))
    assert back == d and back.computed_with == d.computed_with


@given(kst.possible_requests())
def test_every_timeline_comes_back_and_passes_its_recomputation(
    case: tuple[PublicBody, tuple[kiplib.Event, ...]],
) -> None:
    body, events = case
    as_of = kiplib.local_date(events[-1].at, body) + timedelta(days=30)
    t = Request(body, events).timeline(as_of=as_of, rules=RuleBook.national())
    assert serialization.verify(t) == ()
    assert serialization.loads(serialization.dumps(t)) == t


def test_an_answer_on_a_day_off_after_the_last_day_is_late_and_stored_as_such() -> None:
    """17 hari kerja counted to a Saturday after the extended notice's last day (Friday
    2032-04-16): the request is late, though its time is 17 hari kerja; the figures load."""
    finished = FinishedRequest(
        number="0",
        received_on=date(2032, 3, 19),
        answered_on=date(2032, 4, 17),
        outcome=RequestOutcome.GRANTED,
    )
    stats = service_statistics([finished], year=2032, rules=RuleBook.national())
    assert [t.working_days for t in stats.times] == [17]
    assert (stats.within_notice_period, stats.within_extended_period) == (0, 0)
    assert serialization.loads(serialization.dumps(stats)) == stats
