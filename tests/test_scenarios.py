"""Worked stories of requests, kept as data a legal officer can read (tests/scenarios/*.toml).

Each file names a public body, the events of one request (in the order they happened) and,
for one or more days (``[[checks]]``), what the timeline of the events known by then must say:
the status, every due date (and, where the readings of the commissions differ, the last day any
allows) with its state, the guards, who must act and what is wrong with an event
(``defects``). A story whose event cannot have happened names it in ``[error]``; the checks then
describe the log before it.
The expected dates were counted by hand against the 2024–2026 SKB lists.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import kiplib
from kiplib import Event, PublicBody, Request, Step
from kiplib.serialization import converter, record_types

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.toml"))


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        data: dict[str, Any] = tomllib.load(f)
    return data


def build(data: dict[str, Any]) -> tuple[PublicBody, tuple[Event, ...]]:
    record_types()  # the converter's hooks for kiplib records are installed on first use
    body = converter.structure(_plain(data["body"]), PublicBody)
    events: tuple[Event, ...] = tuple(
        converter.structure(_plain(e), Event)  # type: ignore[arg-type]
        for e in data["events"]
    )
    return body, events


def test_there_are_enough_stories() -> None:
    assert len(SCENARIOS) >= 15


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path) -> None:
    data = load(path)
    assert data["title"].strip() and data["story"].strip()
    body, events = build(data)
    error = data.get("error")
    if error is not None:
        k = error["event"]
        before = Request(body, events[:k])
        with pytest.raises(kiplib.KiplibError) as caught:
            before.record(events[k])
        assert caught.value.code == error["code"]
        assert caught.value.params["field"] == f"events[{k}]"
        assert caught.value.params.get("citation") == error["citation"]
        assert before.events == events[:k]  # nothing recorded is lost or reordered
        events = events[:k]
    request = Request(body, events)
    assert request.events == events
    assert data.get("checks") or error, "a story checks at least one day or ends in an error"
    for check in data.get("checks", []):
        # What was known on that day: the events that had happened by then.
        known = tuple(e for e in events if kiplib.local_date(e.at, body) <= check["as_of"])
        t = Request(body, known).timeline(as_of=check["as_of"])
        where = f"{path.stem} on {check['as_of']}"
        assert t.status.value == check["status"], where
        if "status_until" in check:
            assert t.status_until == check["status_until"], where
        got = [(e.step.value, e.due, e.deadline.latest, e.state.value) for e in t.entries]
        want = [
            (d["step"], d["due"], d.get("latest", d["due"]), d["state"])
            for d in check.get("deadlines", [])
        ]
        if "deadlines" in check:
            assert got == want, where
        if "defects" in check:
            assert [(d.event, d.code, str(d.citation)) for d in t.defects] == [
                (d["event"], d["code"], d["citation"]) for d in check["defects"]
            ], where
        if "objection" in check:
            assert t.objection.allowed is check["objection"], where
        if "grounds" in check:
            assert [g.value for g in t.objection.grounds] == check["grounds"], where
        if "mediation" in check:
            assert t.mediation.allowed is check["mediation"], where
        if "mediation_grounds" in check:
            assert [g.value for g in t.mediation.grounds] == check["mediation_grounds"], where
        if "dispute" in check:
            assert t.dispute.allowed is check["dispute"], where
        if "court" in check:
            assert kiplib.Court.for_body(body).value == check["court"], where
            assert t.court.citation == kiplib.Court(check["court"]).citation
        if "commission" in check:
            assert t.commission == check["commission"], where
        if "actions" in check:
            assert [(a.actor.value, a.who or a.actor.label("id")) for a in t.actions] == [
                (a["actor"], a["who"]) for a in check["actions"]
            ], where
        # Every running deadline comes from the foundation and explains itself.
        for entry in t.running:
            start = entry.deadline.started_at or entry.deadline.start
            assert entry.due == kiplib.deadline(entry.step, start, body=body).due
            assert str(entry.deadline.citation) in entry.explain("en")
        for d in check.get("deadlines", []):
            Step(d["step"])  # the steps named in the files are Step values
