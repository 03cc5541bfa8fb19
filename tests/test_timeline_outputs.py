"""What people get out of a timeline: JSON (golden files), the CLI table, iCalendar."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest

import kiplib
from kiplib import (
    BodyLevel,
    NoticeOutcome,
    NoticeSent,
    ObjectionFiled,
    PublicBody,
    Request,
    RequestReceived,
    Timeline,
)
from kiplib import serialization as ser
from kiplib.cli import main
from kiplib.errors import MissingDependencyError

GOLDEN = Path(__file__).parent / "golden"
WIB = timezone(timedelta(hours=7))


def story() -> Request:
    body = PublicBody("Dinas Kesehatan Provinsi Contoh", level=BodyLevel.PROVINCE)
    return (
        Request(body)
        .record(RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=WIB), "001/PPID/2024"))
        .record(
            NoticeSent(
                datetime(2024, 4, 22, 10, 0, tzinfo=WIB), NoticeOutcome.REFUSED, exemptions=("h.2",)
            )
        )
        .record(ObjectionFiled(datetime(2024, 4, 25, 9, 0, tzinfo=WIB), ("a",)))
    )


def identified() -> Request:
    return attrs.evolve(story(), id="permohonan-2024-001")


@pytest.mark.parametrize(
    ("name", "make", "cls"),
    [
        ("v3/request.json", lambda: story(), Request),
        ("v3/request_with_id.json", identified, Request),
        ("v4/timeline.json", lambda: story().timeline(as_of=date(2024, 6, 10)), Timeline),
        (
            "v4/timeline_with_id.json",
            lambda: identified().timeline(as_of=date(2024, 6, 10)),
            Timeline,
        ),
    ],
)
def test_golden_documents(name: str, make: object, cls: type) -> None:
    value = make()  # type: ignore[operator]
    stored = (GOLDEN / name).read_text(encoding="utf-8")
    assert ser.dumps(value, indent=2) + "\n" == stored
    assert ser.loads(stored, cls) == value


@pytest.mark.parametrize("name", ["v1/request.json", "v2/request.json"])
def test_an_older_request_still_loads(name: str) -> None:
    assert ser.loads((GOLDEN / name).read_text(encoding="utf-8")) == story()


def test_an_older_timeline_loads_without_an_id() -> None:
    old = ser.loads((GOLDEN / "v3/timeline.json").read_text(encoding="utf-8"), Timeline)
    assert old == story().timeline(as_of=date(2024, 6, 10))
    assert old.request_id is None and old.key == story().key


@pytest.mark.parametrize("name", ["v1/timeline.json", "v2/timeline.json"])
def test_older_timelines_load_as_they_were_computed(name: str) -> None:
    """A stored timeline is a record: it comes back with the days it was computed with. They
    were counted by D-6 alone, which is today's later reading (``latest``) for a commission
    whose practice is not known (D-12) — and ``due`` then was that same day."""
    old = ser.loads((GOLDEN / name).read_text(encoding="utf-8"))
    assert isinstance(old, kiplib.Timeline)
    now = story().timeline(as_of=date(2024, 6, 10))
    assert old.events == now.events
    assert [(e.step, e.due, e.latest) for e in old.entries] == [
        (e.step, e.latest, e.latest) for e in now.entries
    ]
    assert all(e.deadline.practice is None for e in old.entries)
    assert ser.loads(ser.dumps(old)) == old


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = main(argv)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def test_cli_flags_for_the_common_case() -> None:
    code, out, _ = run(
        [
            "timeline",
            "--received",
            "2024-04-05T09:00+07:00",
            "--as-of",
            "2024-05-06",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    assert "notice overdue; a keberatan may be filed (until Thursday, 20 June 2024)" in out
    assert "2024-04-29" in out and "overdue" in out and "UU 14/2008 Pasal 22 ayat (7)" in out
    assert "What can be done now:" in out


def test_cli_reads_a_stored_request_from_stdin() -> None:
    code, out, _ = run(["timeline", "-", "--as-of", "2024-05-06"], ser.dumps(story()))
    assert code == 0
    # The KI Provinsi's practice is not known (D-12): the Sekda is safe by 12 June, late
    # under every reading only from 14 June.
    assert "menunggu tanggapan atasan PPID (sampai Rabu, 12 Juni 2024)" in out
    assert "2024-06-12 – 2024-06-13" in out and "D-12" in out
    assert "Sekretaris Daerah" in out


def test_cli_reads_a_plain_list_of_events(tmp_path: Path) -> None:
    events = ser.to_dict(story())["events"]
    path = tmp_path / "events.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    code, out, _ = run(["timeline", str(path), "--as-of", "2024-06-10", "--json"])
    assert code == 0
    assert json.loads(out)["status"] == "awaiting_objection_response"
    code, out, _ = run(
        ["timeline", str(path), "--as-of", "2024-06-10", "--explain", "--lang", "en"]
    )
    assert code == 0 and "D-6" in out


def test_cli_flags_cover_extension_notice_and_objection() -> None:
    code, out, _ = run(
        [
            "timeline",
            "--received",
            "2024-04-05",
            "--extension",
            "2024-04-26",
            "--notice-sent",
            "2024-05-13",
            "--outcome",
            "partly",
            "--exemption",
            "h.3",
            "--objection",
            "2024-05-20",
            "--grounds",
            "a,d",
            "--objection-answered",
            "2024-06-03",
            "--as-of",
            "2024-06-04",
            "--level",
            "regency_city",
            "--atasan-ppid",
            "Sekda Kabupaten Contoh",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    assert "2024-05-13" in out and "superseded" in out
    assert "Sekda Kabupaten Contoh" not in out or "Komisi Informasi Provinsi" in out
    assert "available only for the grounds other than a" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["timeline", "--as-of", "2024-05-06"],
        ["timeline", "--received", "yesterday"],
        ["timeline", "--received", "2024-04-05", "--extension", "2024-04-04"],
        ["timeline", "/nonexistent/events.json"],
    ],
)
def test_cli_errors_are_one_line(argv: list[str]) -> None:
    code, out, err = run(argv)
    assert code == 2 and out == ""
    assert err.startswith("kiplib: ") and err.count("\n") == 1


def test_cli_records_a_late_extension_and_says_what_is_wrong_with_it() -> None:
    code, out, _ = run(
        [
            "timeline",
            "--received",
            "2024-04-05T09:00+07:00",
            "--extension",
            "2024-05-06T09:00+07:00",
            "--as-of",
            "2024-05-07",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    assert "events[1]: " in out and "2024-04-29" in out and "UU 14/2008 Pasal 22 ayat (8)" in out


def test_cli_rejects_bad_json() -> None:
    code, _, err = run(["timeline", "-"], "{not json")
    assert code == 2 and "JSON" in err


def test_ical_export_is_deterministic_and_complete() -> None:
    from kiplib.ical import to_ical

    t = story().timeline(as_of=date(2024, 6, 10))
    a, b = to_ical(t, lang="en"), to_ical(t, lang="en")
    assert a == b
    text = a.decode()
    assert text.count("BEGIN:VEVENT") == len(t.running) == 1
    # The safe day (D-12: the KI Provinsi's way of counting is not known).
    assert "DTSTART;VALUE=DATE:20240612" in text and "DTEND;VALUE=DATE:20240613" in text
    assert "DTSTAMP:20240610T000000Z" in text
    id_text = to_ical(t, lang="id").decode()
    assert "paling lambat hari ini" in id_text


def test_ical_without_the_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import kiplib.ical

    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(MissingDependencyError) as caught:
        kiplib.ical.to_ical(story().timeline(as_of=date(2024, 6, 10)))
    assert 'pip install "kiplib[ical]"' in caught.value.message("en")
    assert isinstance(caught.value, ImportError)


def test_cli_keeps_the_id_of_a_stored_request() -> None:
    stored = ser.dumps(attrs.evolve(story(), id="PPID-2024-001"))
    code, out, _ = run(["timeline", "-", "--as-of", "2024-06-10", "--json"], stored)
    assert code == 0
    assert json.loads(out)["request_id"] == "PPID-2024-001"
