"""iCalendar export read back by an iCalendar parser: one event per duty of one request, a UID
that neither two requests share nor a moved deadline changes, SEQUENCE counting the moves, and
any text written as RFC 5545 TEXT."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import icalendar
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kiplib import (
    DecisionCopyReceived,
    ExtensionDeclared,
    PublicBody,
    Request,
    RequestReceived,
    Timeline,
    serialization,
    timeline,
)
from kiplib.errors import InvalidInputError
from kiplib.ical import duty_of, to_ical
from kiplib.law.steps import Step
from kiplib.requests import EntryState, derived_key
from kiplib.testing import strategies as kst
from test_scenarios import build, load

WIB = timezone(timedelta(hours=7))
BODY = PublicBody("Dinas Kesehatan Kabupaten Contoh", region_code="33.99")
ALL_STATES = tuple(EntryState)
STORIES = Path(__file__).parent / "scenarios"


def at(day: int, month: int = 4, hour: int = 9) -> datetime:
    return datetime(2024, month, day, hour, 0, tzinfo=WIB)


def events_of(data: bytes) -> list[Any]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def uids(data: bytes) -> list[str]:
    return [str(e["uid"]) for e in events_of(data)]


# ----------------------------------------------------------------------------- identity
def test_two_requests_to_one_body_on_one_day_are_two_events() -> None:
    first = Request(BODY).record(RequestReceived(at(5, hour=9), "001/PPID/2024"))
    second = Request(BODY).record(RequestReceived(at(5, hour=9), "002/PPID/2024"))
    a = to_ical(first.timeline(as_of=date(2024, 4, 10)))
    b = to_ical(second.timeline(as_of=date(2024, 4, 10)))
    assert uids(a) != uids(b)
    # Received at the same instant without registration numbers, only an id tells them apart.
    same = Request(BODY).record(RequestReceived(at(5)))
    assert same.key == Request(BODY).record(RequestReceived(at(5))).key
    x, y = attrs.evolve(same, id="A-1"), attrs.evolve(same, id="A-2")
    assert uids(to_ical(x.timeline(as_of=date(2024, 4, 10)))) != uids(
        to_ical(y.timeline(as_of=date(2024, 4, 10)))
    )


def test_one_id_in_two_bodies_is_two_requests() -> None:
    other = attrs.evolve(BODY, name="Dinas Sosial Kabupaten Contoh")
    a = Request(BODY, id="7").record(RequestReceived(at(5)))
    b = Request(other, id="7").record(RequestReceived(at(5)))
    assert uids(to_ical(a.timeline(as_of=date(2024, 4, 10)))) != uids(
        to_ical(b.timeline(as_of=date(2024, 4, 10)))
    )


def test_an_extension_moves_the_notice_within_the_same_event() -> None:
    received = Request(BODY, id="permohonan-7").record(RequestReceived(at(5), "007/PPID/2024"))
    before = events_of(to_ical(received.timeline(as_of=date(2024, 4, 22))))
    extended = received.record(ExtensionDeclared(at(22), "dokumen di arsip"))
    after = events_of(to_ical(extended.timeline(as_of=date(2024, 4, 22))))
    assert len(before) == len(after) == 1
    assert before[0]["uid"] == after[0]["uid"]
    # Twice the moves: room for the at-risk step between them (D-12).
    assert (before[0]["sequence"], after[0]["sequence"]) == (0, 2)
    assert before[0]["dtstart"].dt < after[0]["dtstart"].dt
    # and with every state exported, the replaced notice does not appear beside it
    assert len(events_of(to_ical(extended.timeline(as_of=date(2024, 4, 22)), states=ALL_STATES)))


def test_a_duty_past_its_safe_day_stays_on_the_calendar_on_its_last_day() -> None:
    """Where the commission's way of counting is not known (D-12), a notice past its safe day
    is at risk, not late: the event moves to the last day any reading allows, same UID, a
    higher SEQUENCE."""
    province = PublicBody("Dinas Kesehatan Provinsi Contoh", level="province", region_code="33")
    request = Request(province, id="permohonan-8").record(RequestReceived(at(5), "008/PPID/2024"))
    safe = events_of(to_ical(request.timeline(as_of=date(2024, 4, 26))))
    risk = events_of(to_ical(request.timeline(as_of=date(2024, 4, 27))))
    assert [e["dtstart"].dt for e in safe] == [date(2024, 4, 26)]
    assert [e["dtstart"].dt for e in risk] == [date(2024, 4, 29)]
    assert safe[0]["uid"] == risk[0]["uid"]
    assert (safe[0]["sequence"], risk[0]["sequence"]) == (0, 1)
    assert "safe day" in str(
        events_of(to_ical(request.timeline(as_of=date(2024, 4, 27)), lang="en"))[0]["summary"]
    )
    # After the last day the notice is overdue, not an open deadline any more; the keberatan
    # window that its silence opened is (D-8).
    later = events_of(to_ical(request.timeline(as_of=date(2024, 4, 30))))
    assert [str(e["uid"]) for e in later] != [str(safe[0]["uid"])]
    assert "keberatan" in str(later[0]["summary"]).lower()


def test_a_copy_of_the_decision_moves_the_court_window_within_the_same_event() -> None:
    body, log = build(load(STORIES / "23_copy_weeks_later.toml"))
    copy = next(i for i, e in enumerate(log) if isinstance(e, DecisionCopyReceived))
    read = Request(body, log[:copy]).timeline(as_of=log[copy - 1].at)
    received = Request(body, log[: copy + 1]).timeline(as_of=log[copy].at)

    label = Step.COURT.label("id")
    title = label[:1].upper() + label[1:]

    def court(t: Timeline) -> Any:
        (found,) = [e for e in events_of(to_ical(t)) if str(e["summary"]).startswith(title)]
        return found

    a, b = court(read), court(received)
    assert a["uid"] == b["uid"]
    assert b["sequence"] == a["sequence"] + 2
    assert (a["dtstart"].dt, b["dtstart"].dt) == (date(2025, 6, 24), date(2025, 7, 21))


def test_the_uid_rests_on_the_id_when_the_app_gives_one() -> None:
    base = Request(BODY, id="PPID-2024-7").record(RequestReceived(at(5), "007/PPID/2024"))
    renumbered = Request(BODY, id="PPID-2024-7").record(RequestReceived(at(5), "7/2024"))
    t1, t2 = base.timeline(as_of=date(2024, 4, 10)), renumbered.timeline(as_of=date(2024, 4, 10))
    assert t1.request_id == "PPID-2024-7" and t1.key == "PPID-2024-7"
    assert uids(to_ical(t1)) == uids(to_ical(t2))
    anonymous = attrs.evolve(base, id=None)
    assert anonymous.key == derived_key(BODY, base.events)
    assert uids(to_ical(anonymous.timeline(as_of=date(2024, 4, 10)))) != uids(to_ical(t1))


def test_duties() -> None:
    assert duty_of(Step.NOTICE_EXTENDED) is Step.NOTICE
    assert duty_of(Step.MEDIATION_EXTENDED) is Step.MEDIATION
    assert {duty_of(s) for s in Step} == set(Step) - {
        Step.NOTICE_EXTENDED,
        Step.MEDIATION_EXTENDED,
    }


# ----------------------------------------------------------------------------- any log
def _grown(body: PublicBody, log: tuple[Any, ...]) -> list[tuple[Timeline, bytes]]:
    out = []
    for n in range(1, len(log) + 1):
        t = timeline(log[:n], body=body, as_of=log[n - 1].at)
        out.append((t, to_ical(t, states=ALL_STATES)))
    return out


@given(kst.possible_requests(max_events=10))
def test_any_log_one_event_per_duty_and_sequences_only_grow(
    drawn: tuple[PublicBody, tuple[Any, ...]],
) -> None:
    body, log = drawn
    seen: dict[str, int] = {}
    duties: dict[str, Step] = {}
    for t, data in _grown(body, log):
        events = events_of(data)
        found = [str(e["uid"]) for e in events]
        assert len(found) == len(set(found)), "two events share a UID"
        assert len(found) == len({duty_of(e.step) for e in t.entries})
        for e in events:
            uid, sequence = str(e["uid"]), int(e["sequence"])
            assert sequence >= seen.get(uid, 0), "an event went back to an earlier version"
            seen[uid] = sequence
        for entry in t.entries:
            duties.setdefault(str(entry.step.value), duty_of(entry.step))
    # every UID is the request's and its duty's: as many as the duties the log ever had
    assert len(seen) == len(set(duties.values()))


@given(kst.possible_requests(max_events=10), st.text(min_size=1, max_size=40))
def test_the_uid_of_a_log_depends_on_its_id_only(
    drawn: tuple[PublicBody, tuple[Any, ...]], request_id: str
) -> None:
    body, log = drawn
    if not request_id.strip():
        return
    t = Request(body, log, id=request_id).timeline(as_of=log[-1].at)
    renamed = attrs.evolve(
        t, events=(attrs.evolve(log[0], registration_number="lain"), *t.events[1:])
    )
    assert uids(to_ical(t, states=ALL_STATES)) == uids(to_ical(renamed, states=ALL_STATES))


# ----------------------------------------------------------------------------- text
CONTROL_PIECES = st.sampled_from(
    ["\r\n", "\r", "\n", "\x0b", "\x00", "\x1b", "\ud800", ";", ",", "\\", "\t", ":", "é", "—"]
)
names = (
    st.lists(CONTROL_PIECES | st.text(max_size=6), min_size=1, max_size=12)
    .map("".join)
    .filter(lambda s: bool(s.strip()))
)


def _expected_text(value: str) -> str:
    out = value.replace("\r\n", "\n")
    for ch in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
        out = out.replace(ch, "\n")
    return "".join(
        "\ufffd"
        if (ord(c) < 0x20 and c not in "\t\n") or c == "\x7f" or 0xD800 <= ord(c) <= 0xDFFF
        else c
        for c in out
    )


@given(name=names)
@example(name="Dinas\r\nX;Y,Z\\ \x0b\x00 tab\there " + "é" * 60)
@example(name="\\N")  # a backslash and a capital N: text, never a line break
def test_any_body_name_is_written_as_rfc_5545_text(name: str) -> None:
    body = attrs.evolve(BODY, name=name)
    t = Request(body).record(RequestReceived(at(5), "1/2024")).timeline(as_of=date(2024, 4, 10))
    data = to_ical(t, lang="en")
    assert data.endswith(b"\r\n")
    for line in data[:-2].split(b"\r\n"):
        assert len(line) <= 75, line  # folded at 75 octets
        assert b"\r" not in line and b"\n" not in line
        assert not any(b < 0x20 and b != 0x09 for b in line), line  # no control but HTAB
        line.decode("utf-8")  # every line is whole UTF-8: no character cut by a fold
    cal = icalendar.Calendar.from_ical(data)
    want = _expected_text(name)
    # The parser leaves an X- property as written: read it as the TEXT it is (RFC 5545
    # section 3.3.11: \\n is a line break, \\; \\, \\\\ stand for themselves).
    calname = re.sub(
        r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], str(cal["x-wr-calname"])
    )
    assert calname == f"{want}: information request deadlines"
    (event,) = cal.walk("VEVENT")
    assert str(event["summary"]) == f"Written notice due today — {want}"
    assert str(event["uid"]).endswith("@kiplib")


# ----------------------------------------------------------------------------- the id
def test_a_request_keeps_its_id() -> None:
    r = Request(BODY, id="permohonan-7").record(RequestReceived(at(5)))
    assert r.id == "permohonan-7" and r.record(ExtensionDeclared(at(8), "arsip")).id == r.id
    assert r.timeline(as_of=date(2024, 4, 10)).request_id == "permohonan-7"
    again = serialization.loads(serialization.dumps(r))
    assert again == r
    for bad in ("", "  ", 7):
        with pytest.raises(InvalidInputError):
            Request(BODY, id=bad)  # type: ignore[arg-type]


def test_the_key_of_a_request_before_its_receipt() -> None:
    assert Request(BODY).key is None
    assert Request(BODY, id="x").key == "x"
    t = Request(BODY).record(RequestReceived(at(5))).timeline(as_of=date(2024, 4, 10))
    with pytest.raises(InvalidInputError):
        _ = attrs.evolve(t, events=()).key
