"""The JSON Schemas of the stored kinds: shipped as generated, every current golden document
and every generated record validates, and a document broken in any of several ways does not."""

from __future__ import annotations

import copy
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from kiplib import serialization
from kiplib.errors import NotFoundError
from kiplib.service.schemas import DIALECT, kinds, schema, shipped
from kiplib.testing import strategies as kst

GOLDEN = Path(__file__).parent / "golden"
CURRENT = {r.kind: r.version for r in serialization.record_types()}


def _validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


VALIDATORS = {kind: _validator(kind) for kind in kinds()}


def _errors(doc: dict[str, Any]) -> list[str]:
    return [e.message for e in VALIDATORS[doc["kind"]].iter_errors(doc)]


def _current_goldens() -> list[Path]:
    out = []
    for path in sorted(GOLDEN.glob("v*/*.json")):
        doc = json.loads(path.read_text("utf-8"))
        if CURRENT.get(doc["kind"]) == doc["schema_version"]:
            out.append(path)
    return out


GOLDENS = _current_goldens()


def test_one_schema_per_kind_and_each_is_a_valid_2020_12_schema() -> None:
    assert set(kinds()) == set(CURRENT)
    for kind in kinds():
        s = schema(kind)
        assert s["$schema"] == DIALECT
        jsonschema.Draft202012Validator.check_schema(s)


@pytest.mark.parametrize("kind", sorted(CURRENT))
def test_shipped_schemas_are_the_generated_ones(kind: str) -> None:
    # Regenerate with: python -m kiplib.service.schemas
    assert shipped(kind) == schema(kind)


def test_unknown_kind() -> None:
    with pytest.raises(NotFoundError):
        schema("dip_entries")
    with pytest.raises(NotFoundError):
        shipped("../pyproject")


def test_every_kind_has_a_current_golden_document() -> None:
    covered = {json.loads(p.read_text("utf-8"))["kind"] for p in GOLDENS}
    # Kinds without a golden at their current version are validated from generated records.
    assert covered >= {"deadline", "timeline", "request", "consequence_test", "dip_register"}


@pytest.mark.parametrize("path", GOLDENS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_documents_validate(path: Path) -> None:
    doc = json.loads(path.read_text("utf-8"))
    assert _errors(doc) == []


def _mutations(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Broken copies of ``doc``: each must be refused by its schema (and by kiplib)."""
    out: list[tuple[str, dict[str, Any]]] = []
    extra = copy.deepcopy(doc)
    extra["unexpected"] = 1
    out.append(("unknown key", extra))
    for key in ("kind", "schema_version"):
        gone = copy.deepcopy(doc)
        del gone[key]
        out.append((f"no {key}", gone))
    newer = copy.deepcopy(doc)
    newer["schema_version"] = doc["schema_version"] + 1
    out.append(("newer version", newer))
    required = schema(doc["kind"])["required"][2:]
    if required:
        gone = copy.deepcopy(doc)
        del gone[required[0]]
        out.append((f"no {required[0]}", gone))
    for key, value in doc.items():
        if key in ("kind", "schema_version"):
            continue
        wrong = copy.deepcopy(doc)
        wrong[key] = {"not": "this"} if not isinstance(value, dict) else [value]
        out.append((f"wrong type of {key}", wrong))
        break
    return out


@pytest.mark.parametrize("path", GOLDENS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_mutated_golden_documents_do_not_validate(path: Path) -> None:
    doc = json.loads(path.read_text("utf-8"))
    for what, broken in _mutations(doc):
        kind = broken.get("kind", doc["kind"])
        assert list(VALIDATORS[kind].iter_errors(broken)), what
        with pytest.raises(kiplib.errors.StructureError):
            serialization.from_dict(broken)


def test_nested_mistakes_are_found() -> None:
    doc = json.loads((GOLDEN / "v3" / "timeline.json").read_text("utf-8"))
    naive = copy.deepcopy(doc)
    naive["events"][0]["at"] = "2024-04-05T09:00:00"  # no UTC offset
    bad_date = copy.deepcopy(doc)
    bad_date["entries"][0]["deadline"]["due"] = "2024-4-26"
    bad_enum = copy.deepcopy(doc)
    bad_enum["entries"][0]["state"] = "fine"
    bad_event = copy.deepcopy(doc)
    bad_event["events"][1]["type"] = "notice_lost"
    extra_nested = copy.deepcopy(doc)
    extra_nested["body"]["mayor"] = "x"
    for broken in (naive, bad_date, bad_enum, bad_event, extra_nested):
        assert _errors(broken)
        with pytest.raises(kiplib.errors.StructureError):
            serialization.from_dict(broken)


RECORDS = st.one_of(
    kst.requests(),
    kst.consequence_tests(),
    kst.information_items(),
    kst.dip_registers(),
    kst.dik_registers(),
    kst.finished_requests(),
    kst.dip_entries(),
    kst.public_bodies(),
    kst.calendar_days(),
)


@given(RECORDS)
def test_generated_records_validate(record: Any) -> None:
    doc = serialization.to_dict(record)
    assert _errors(doc) == []


@given(kst.requests(), st.integers(min_value=0, max_value=400))
def test_generated_timelines_and_deadlines_validate(request: kiplib.Request, later: int) -> None:
    last = request.events[-1].at.astimezone(request.body.zone).date()
    t = request.timeline(as_of=last + timedelta(days=later))
    assert _errors(serialization.to_dict(t)) == []
    for entry in t.entries:
        assert _errors(serialization.to_dict(entry.deadline)) == []
