"""Request logs feed the yearly duties: Pasal 12 figures from real logs, open requests on the
compliance calendar (the stories of tests/scenarios)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import attrs
import pytest

from kiplib import Request, plugins, serialization
from kiplib.cli import main
from kiplib.duties import (
    BodyRecords,
    ComplianceCalendar,
    ComplianceItem,
    DutyKind,
    DutyStatus,
    RequestOutcome,
    compliance_calendar,
    finished_request,
    service_statistics,
    service_statistics_from_logs,
)
from kiplib.errors import InvalidInputError, ServiceRecordError
from test_scenarios import build, load

STORIES = Path(__file__).parent / "scenarios"


def story(stem: str, events: int | None = None) -> Request:
    """The request of a story, with its first ``events`` events (all by default)."""
    body, log = build(load(STORIES / f"{stem}.toml"))
    return Request(body, log[:events])


#: The duties that come from requests.
REQUEST_DUTIES = {
    DutyKind.REQUEST_NOTICE,
    DutyKind.REQUEST_EXTENSION,
    DutyKind.REQUEST_EXTENDED_NOTICE,
    DutyKind.OBJECTION_RESPONSE,
}


def request_items(cal: ComplianceCalendar) -> list[ComplianceItem]:
    return [i for i in cal.items if i.kind in REQUEST_DUTIES]


def test_granted_refused_partly_and_silent() -> None:
    granted = finished_request(story("01_answered_on_time"), as_of=date(2024, 6, 11))
    assert granted is not None
    assert granted.number == "001/PPID/IV/2024"  # the registration number of the log
    assert (granted.received_on, granted.answered_on) == (date(2024, 4, 5), date(2024, 4, 22))
    assert granted.outcome is RequestOutcome.GRANTED and granted.refusal_grounds == ()

    refused = finished_request(
        story("04_refusal_keberatan_ki").timeline(as_of=date(2025, 6, 23)), number="R-04"
    )
    assert refused is not None
    assert refused.outcome is RequestOutcome.REFUSED
    assert refused.refusal_grounds == ("h.2",)
    assert refused.answered_on == date(2025, 2, 14)  # the notice; the keberatan came later

    partly = finished_request(
        story("06_partial_with_redaction"), as_of=date(2024, 11, 12), number="P"
    )
    assert partly is not None
    assert partly.outcome is RequestOutcome.PARTLY_GRANTED and partly.refusal_grounds == ("h.3",)
    assert partly.answered_on == date(2024, 9, 12)

    assert finished_request(story("03_silent_ppid"), as_of=date(2024, 6, 21), number="S") is None
    # Withdrawn before any notice: nothing was answered.
    cut = story("12_withdrawn", 3)
    assert finished_request(cut, as_of=date(2024, 7, 12), number="W") is None


def test_extended_notice_counts_its_own_days() -> None:
    done = finished_request(story("02_extended"), as_of=date(2024, 5, 14), number="E")
    assert done is not None
    assert done.answered_on == date(2024, 5, 13)
    stats = service_statistics([done], year=2024, body=story("02_extended").body)
    assert stats.times[0].working_days == 17
    assert (stats.within_notice_period, stats.within_extended_period) == (0, 1)


def test_statistics_from_request_logs() -> None:
    logs = {
        "01_answered_on_time": date(2024, 6, 11),
        "02_extended": date(2024, 6, 11),
        "06_partial_with_redaction": date(2024, 11, 12),
        "03_silent_ppid": date(2024, 6, 21),
        "07_not_held_forwarded": date(2025, 8, 21),
    }
    finished = [
        f
        for stem, as_of in logs.items()
        if (f := finished_request(story(stem), as_of=as_of, number=stem[:2])) is not None
    ]
    assert [f.number for f in finished] == ["01", "02", "06", "07"]  # 03 was never answered
    stats = service_statistics(finished, year=2024)
    assert (stats.received, stats.granted, stats.partly_granted, stats.not_held) == (3, 2, 1, 0)
    assert [(r.ground, r.count) for r in stats.refusal_reasons] == [("h.3", 1)]
    # 01: 16-19 and 22 April (8-15 April is Lebaran); 02: the 17th day; 06: 3-12 September.
    assert [t.working_days for t in stats.times] == [5, 17, 8]
    assert "Permohonan diterima: 3" in stats.explain()
    next_year = service_statistics(finished, year=2025)
    assert (next_year.received, next_year.not_held) == (1, 1)


def test_request_needs_as_of_and_a_number() -> None:
    with pytest.raises(InvalidInputError) as info:
        finished_request(story("01_answered_on_time"))
    assert info.value.params["field"] == "as_of"
    with pytest.raises(InvalidInputError) as info:
        finished_request(story("04_refusal_keberatan_ki", 2), as_of=date(2025, 3, 1))
    assert info.value.params["field"] == "registration_number"


def _records(*stems: str) -> BodyRecords:
    requests = tuple(story(s) for s in stems)
    return BodyRecords(body=requests[0].body, request_logs=requests, annual_reports=(2023, 2024))


def test_open_notice_and_extension_on_the_calendar() -> None:
    silent = story("03_silent_ppid")
    cal = compliance_calendar(_records("03_silent_ppid"), as_of=date(2024, 4, 22))
    found = [(i.kind, i.due, i.status, i.subject, str(i.citation)) for i in request_items(cal)]
    assert found == [
        (
            DutyKind.REQUEST_EXTENSION,
            date(2024, 4, 29),
            DutyStatus.DUE,
            "#1",
            "UU 14/2008 Pasal 22 ayat (8)",
        ),
        (
            DutyKind.REQUEST_NOTICE,
            date(2024, 4, 29),
            DutyStatus.DUE,
            "#1",
            "UU 14/2008 Pasal 22 ayat (7)",
        ),
    ]
    assert request_items(cal)[1].information == "2024-04-05"
    assert "kirim pemberitahuan tertulis atas permintaan informasi" in cal.explain("id")
    assert "send the written notice" in cal.explain("en")
    # A week later nobody answered: the notice is overdue, the extension is gone.
    later = compliance_calendar(_records("03_silent_ppid"), as_of=date(2024, 5, 2))
    assert [(i.kind, i.status) for i in request_items(later)] == [
        (DutyKind.REQUEST_NOTICE, DutyStatus.OVERDUE)
    ]
    assert silent.body.name == "Kementerian Contoh"


def test_extended_notice_and_keberatan_answer() -> None:
    cut = story("02_extended", 2)  # extended, notice not yet sent
    cal = compliance_calendar(
        BodyRecords(body=cut.body, request_logs=(cut,), annual_reports=(2023, 2024)),
        as_of=date(2024, 4, 30),
    )
    assert [(i.kind, i.due, str(i.citation)) for i in request_items(cal)] == [
        (DutyKind.REQUEST_EXTENDED_NOTICE, date(2024, 5, 13), "UU 14/2008 Pasal 22 ayat (8)")
    ]
    refusal = story("04_refusal_keberatan_ki")
    objected = story("04_refusal_keberatan_ki", 3)
    cal = compliance_calendar(
        BodyRecords(body=objected.body, request_logs=(objected,), annual_reports=(2024, 2025)),
        as_of=date(2025, 2, 21),
        horizon_days=60,
    )
    assert [(i.kind, i.due, i.status, str(i.citation)) for i in request_items(cal)] == [
        (
            # The KI Provinsi's way of counting is not known (D-12): the Sekda is safe only by
            # 11 April (day of receipt counted), though not late before 15 April.
            DutyKind.OBJECTION_RESPONSE,
            date(2025, 4, 11),
            DutyStatus.COMING,
            "UU 14/2008 Pasal 36 ayat (2)",
        )
    ]
    assert "the atasan PPID answers the keberatan in writing" in request_items(cal)[0].describe(
        "en"
    )
    # Outside the horizon it is not listed yet; answered requests have no duties left.
    short = compliance_calendar(
        BodyRecords(body=objected.body, request_logs=(objected,), annual_reports=(2024, 2025)),
        as_of=date(2025, 2, 21),
        horizon_days=30,
    )
    assert request_items(short) == []
    done = compliance_calendar(
        BodyRecords(body=refusal.body, request_logs=(refusal,), annual_reports=(2024, 2025)),
        as_of=date(2025, 6, 23),
    )
    assert request_items(done) == []


def test_request_of_another_body_is_refused() -> None:
    records = _records("03_silent_ppid")
    other = attrs.evolve(records, body=attrs.evolve(records.body, name="Dinas Lain"))
    with pytest.raises(InvalidInputError) as info:
        compliance_calendar(other, as_of=date(2024, 4, 22))
    assert info.value.params["field"] == "request_logs[0].body"


def test_records_with_requests_are_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = _records("03_silent_ppid", "01_answered_on_time")
    assert serialization.loads(serialization.dumps(records)) == records
    plain = attrs.evolve(records, request_logs=())
    (tmp_path / "records.json").write_text(serialization.dumps(plain), "utf-8")
    docs = [serialization.to_dict(r) for r in records.request_logs]
    (tmp_path / "requests.json").write_text(json.dumps(docs), "utf-8")
    status = main(
        [
            "duties",
            str(tmp_path / "records.json"),
            "--as-of",
            "2024-04-22",
            "--requests",
            str(tmp_path / "requests.json"),
            "--lang",
            "en",
        ]
    )
    out, err = capsys.readouterr()
    assert status == 0 and err == ""
    assert "2024-04-29  #1  2024-04-05: send the written notice" in out
    assert "001/PPID/IV/2024" not in out  # answered on 22 April: nothing due


def test_statistics_count_requests_received_but_never_answered() -> None:
    """UU 14/2008 Pasal 12 huruf a counts every request received: a silent PPID's request and
    one withdrawn before the notice are received (and unanswered), not left out."""
    logs = [
        story("01_answered_on_time"),  # 5 April 2024, answered
        story("02_extended"),  # answered on the 17th working day, no registration number
        story("03_silent_ppid"),  # never answered
        story("12_withdrawn", 3),  # withdrawn before any notice
    ]
    stats = service_statistics_from_logs(logs, year=2024, as_of=date(2024, 12, 31))
    assert (stats.received, stats.unanswered, stats.granted) == (4, 2, 2)
    assert [t.number for t in stats.times] == ["001/PPID/IV/2024", "#2"]
    assert "Belum dijawab dengan pemberitahuan tertulis: 2" in stats.explain()
    assert "Not answered with a written notice: 2" in stats.explain("en")
    # Only the finished ones have outcomes and times.
    assert stats.granted + stats.partly_granted + stats.refused + stats.not_held == 2
    # Another year's figures count none of them.
    assert service_statistics_from_logs(logs, year=2025, as_of=date(2025, 12, 31)).received == 0
    # Stored and read back unchanged, at the current version.
    assert serialization.loads(serialization.dumps(stats)) == stats


def test_unanswered_dates_are_checked_and_counted_by_year() -> None:
    stats = service_statistics((), year=2024, unanswered=[date(2024, 3, 1), date(2023, 12, 29)])
    assert (stats.received, stats.unanswered, stats.times) == (1, 1, ())
    with pytest.raises(ServiceRecordError) as info:
        service_statistics((), year=2024, unanswered=[datetime(2024, 3, 1, 9, 0)])
    assert [p.path for p in info.value.problems] == ["unanswered[0]"]


def test_annual_report_shows_the_unanswered() -> None:
    from kiplib.documents import render_annual_report

    logs = [story("01_answered_on_time"), story("03_silent_ppid")]
    stats = service_statistics_from_logs(logs, year=2024, as_of=date(2024, 12, 31))
    text = render_annual_report(
        stats, body=logs[0].body, format="markdown", signed_on=date(2025, 1, 6)
    )
    assert "2 (belum dijawab: 1)" in text


def test_annual_report_command_counts_the_request_logs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``kiplib document laporan-tahunan`` reads the logs kept with the body's records as they
    stand on the report's due date: the silent request is received and unanswered."""
    records = _records("03_silent_ppid", "01_answered_on_time")
    path = tmp_path / "records.json"
    path.write_text(serialization.dumps(records), "utf-8")
    with plugins.using_plugins():
        status = main(
            ["document", "laporan-tahunan", str(path), "--year", "2024", "--format", "markdown"]
        )
    out, err = capsys.readouterr()
    assert status == 0 and err == ""
    assert "2 (belum dijawab: 1)" in out
    assert "dikabulkan 1" in out


def test_a_duty_past_its_safe_day_is_at_risk_until_every_reading_calls_it_late() -> None:
    objected = story("04_refusal_keberatan_ki", 3)
    records = BodyRecords(body=objected.body, request_logs=(objected,), annual_reports=(2024, 2025))

    def answer(as_of: date) -> tuple[DutyStatus, str | None]:
        (item,) = request_items(compliance_calendar(records, as_of=as_of))
        assert item.kind is DutyKind.OBJECTION_RESPONSE and item.due == date(2025, 4, 11)
        return item.status, item.convention

    assert answer(date(2025, 4, 11)) == (DutyStatus.DUE, "D-12")
    assert answer(date(2025, 4, 12)) == (DutyStatus.AT_RISK, "D-12")
    assert answer(date(2025, 4, 14)) == (DutyStatus.AT_RISK, "D-12")
    assert answer(date(2025, 4, 15)) == (DutyStatus.OVERDUE, "D-12")
