"""Storage that loses nothing: round trips, strictness with JSON paths, golden documents."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from kiplib import serialization
from kiplib.errors import StructureError
from kiplib.testing import strategies as kst

GOLDEN = Path(__file__).parent / "golden"
WIB = timezone(timedelta(hours=7))


@given(kst.law_dates(max_value=date(2099, 1, 1)), kst.steps(), kst.public_bodies())
def test_deadline_round_trip(start: date, step: kiplib.Step, body: kiplib.PublicBody) -> None:
    result = kiplib.deadline(step, start, body=body)
    again = serialization.loads(serialization.dumps(result))
    assert again == result
    assert again.calendar is None  # the calendar is not stored; explain() then needs one
    assert again.explain(calendar=result.calendar) == result.explain()


@given(kst.public_bodies())
def test_public_body_round_trip(body: kiplib.PublicBody) -> None:
    assert serialization.loads(serialization.dumps(body)) == body


@given(kst.calendar_days())
def test_calendar_day_round_trip(day: kiplib.CalendarDay) -> None:
    assert serialization.loads(serialization.dumps(day)) == day


def test_calendar_round_trip_keeps_indonesian_names() -> None:
    cal = kiplib.national_calendar().with_days(
        [kiplib.CalendarDay(date(2024, 11, 18), kiplib.DayKind.LOCAL_HOLIDAY, "Hari Jadi")]
    )
    text = serialization.dumps(cal)
    assert "Cuti Bersama Hari Raya Idul Fitri" in text  # UTF-8 text kept, not escaped
    again = serialization.loads(text)
    assert again == cal
    assert again.add_working_days(date(2024, 11, 15), 1) == date(2024, 11, 19)


def test_aware_instant_kept_exactly() -> None:
    instant = datetime(2024, 4, 5, 9, 0, tzinfo=WIB)
    result = kiplib.deadline(kiplib.Step.NOTICE, instant)
    data = serialization.to_dict(result)
    assert data["kind"] == "deadline"
    assert data["schema_version"] == 3  # 2: base_rule and receipt; 3: latest and local_due
    assert data["started_at"] == "2024-04-05T09:00:00+07:00"
    assert serialization.from_dict(data).started_at == instant


def test_every_problem_is_named_with_its_json_path() -> None:
    data = serialization.to_dict(kiplib.deadline(kiplib.Step.NOTICE, date(2024, 4, 5)))
    data["start"] = "2024-13-01"
    data["surprise"] = True
    del data["due"]
    data["rule"]["count"] = "10"
    with pytest.raises(StructureError) as err:
        serialization.from_dict(data)
    paths = sorted(p.path for p in err.value.problems)
    assert paths == ["$", "$.due", "$.rule.count", "$.start"]
    assert "unknown field(s): surprise" in err.value.message("en")


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ("not json", "$"),
        ("[]", "$"),
        ('{"kind": "nope", "schema_version": 1}', "$.kind"),
        ('{"kind": "deadline", "schema_version": 0}', "$.schema_version"),
        ('{"kind": "deadline", "schema_version": 99}', "$.schema_version"),
    ],
)
def test_envelope_problems(document: str, path: str) -> None:
    with pytest.raises(StructureError) as err:
        serialization.loads(document)
    assert err.value.problems[0].path == path


def test_wrong_kind_for_the_expected_class() -> None:
    text = serialization.dumps(kiplib.PublicBody(name="X"))
    with pytest.raises(StructureError) as err:
        serialization.loads(text, kiplib.Deadline)
    assert err.value.problems[0].code == "wrong-kind"


def test_naive_instant_refused() -> None:
    data = serialization.to_dict(
        kiplib.deadline(kiplib.Step.NOTICE, datetime(2024, 4, 5, 9, tzinfo=WIB))
    )
    data["started_at"] = "2024-04-05T09:00:00"
    with pytest.raises(StructureError) as err:
        serialization.from_dict(data)
    assert err.value.problems[0].path == "$.started_at"


def test_no_record_uses_the_envelope_keys() -> None:
    for record in serialization.record_types():
        names = {f.name for f in attrs.fields(record.cls)}
        assert not names & {"kind", "schema_version"}, record.kind


def test_unregistered_objects_are_refused() -> None:
    with pytest.raises(StructureError):
        serialization.dumps(object())


@given(st.sampled_from(["2024-04-05", "2024-02-29"]))
def test_dates_are_iso(text: str) -> None:
    day = kiplib.CalendarDay(date.fromisoformat(text), kiplib.DayKind.LOCAL_HOLIDAY, "X")
    assert serialization.to_dict(day)["date"] == text


def test_older_versions_are_upgraded_by_pure_functions() -> None:
    """A kind at version 2 still reads version-1 documents through its upgrade function."""

    @attrs.frozen
    class Note:
        text: str
        language: str

    def v1_to_v2(doc: dict[str, object]) -> dict[str, object]:
        # Version 1 had only ``text``; version 2 adds the language, Indonesian by default.
        return {**doc, "language": "id"}

    serialization.register("test_note", Note, version=2, upgrades={1: v1_to_v2})
    old = {"kind": "test_note", "schema_version": 1, "text": "Surat penetapan"}
    frozen_copy = json.dumps(old)
    assert serialization.from_dict(old) == Note("Surat penetapan", "id")
    assert json.dumps(old) == frozen_copy  # the stored document is not modified
    assert serialization.to_dict(Note("x", "en"))["schema_version"] == 2
    with pytest.raises(StructureError):
        serialization.from_dict({**old, "schema_version": 3})


def test_the_public_converter_is_ready_as_soon_as_it_is_imported() -> None:
    """An app that uses ``serialization.converter`` directly, before any dump or load, gets
    the same hooks (here: the tagged union of request events)."""
    import subprocess
    import sys

    code = (
        "from kiplib.serialization import converter\n"
        "from kiplib.requests.events import Event, ExtensionDeclared\n"
        "data = {'type': 'extension_declared', 'at': '2024-04-10T10:00+07:00',"
        " 'reason': 'arsip di gudang'}\n"
        "event = converter.structure(data, Event)\n"
        "assert isinstance(event, ExtensionDeclared), event\n"
        "print(event.TYPE)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "extension_declared"


def test_nested_records_are_stored_without_their_defaults() -> None:
    """A person inside a consequence test is stored like a person on their own: the optional
    ``nip`` and ``role`` left out when unset, whichever class was configured first."""
    from kiplib.exemption import Official

    text = (GOLDEN / "v2" / "consequence_test.json").read_text(encoding="utf-8")
    record = serialization.loads(text)
    stored = json.loads(serialization.dumps(record))
    people = [stored["ppid"], stored["approval"]["official"], *stored["signatories"]]
    for person in people:
        assert None not in person.values(), person
        alone = serialization.converter.unstructure(Official(person["name"], person["position"]))
        assert set(alone) == {"name", "position"}
    assert serialization.loads(json.dumps(stored)) == record
