"""Yearly duties: monev predicate, annual report, Pasal 12 statistics, compliance calendar, CLI."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from district import GOLDEN, body_records, requests_2024
from kiplib import serialization
from kiplib.cli import main
from kiplib.duties import (
    BodyRecords,
    DutyKind,
    DutyStatus,
    FinishedRequest,
    MonevGrade,
    RequestOutcome,
    annual_report_due,
    compliance_calendar,
    monev_grade,
    service_statistics,
)
from kiplib.errors import InvalidInputError, ScoreOutOfRangeError, ServiceRecordError
from kiplib.testing import strategies as kst


# ------------------------------------------------------------------ monev (Perki 1/2022, D-11)
@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (100, MonevGrade.INFORMATIF),
        (90, MonevGrade.INFORMATIF),
        (89.999, MonevGrade.MENUJU_INFORMATIF),
        (80, MonevGrade.MENUJU_INFORMATIF),
        (Decimal("79.99"), MonevGrade.CUKUP_INFORMATIF),
        (60, MonevGrade.CUKUP_INFORMATIF),
        (59.5, MonevGrade.KURANG_INFORMATIF),
        (40, MonevGrade.KURANG_INFORMATIF),
        (39.99, MonevGrade.TIDAK_INFORMATIF),
        (0, MonevGrade.TIDAK_INFORMATIF),
    ],
)
def test_monev_bands_are_half_open(score: float, grade: MonevGrade) -> None:
    assert monev_grade(score) is grade
    assert str(grade.citation) == "Perki 1/2022"


@pytest.mark.parametrize("score", [-0.01, 100.01, float("nan"), float("inf"), True, "95", None])
def test_monev_rejects_what_is_not_a_score(score: object) -> None:
    with pytest.raises(ScoreOutOfRangeError) as info:
        monev_grade(score)  # type: ignore[arg-type]
    assert info.value.params["field"] == "score"


@given(st.floats(min_value=0, max_value=100))
def test_monev_grade_is_monotone(score: float) -> None:
    grade = monev_grade(score)
    assert score >= grade.lower_bound
    assert all(score < g.lower_bound for g in MonevGrade if g.lower_bound > grade.lower_bound)


# ------------------------------------------------------------------ annual report and Pasal 12
def test_annual_report_is_due_31_march() -> None:
    due = annual_report_due(2024)
    assert due.due == date(2025, 3, 31)
    assert str(due.citation) == "Perki 1/2021 Pasal 56"
    with pytest.raises(InvalidInputError):
        annual_report_due(2009)


def test_service_statistics_2024() -> None:
    stats = service_statistics(requests_2024(), year=2024, body=body_records().body)
    assert stats.received == 6  # 031/PPID/2023 belongs to 2023
    assert (stats.granted, stats.partly_granted, stats.refused, stats.not_held) == (2, 1, 2, 1)
    times = {t.number: t.working_days for t in stats.times}
    # 5 April 2024 → 29 April 2024 skips Idul Fitri (libur 10–11, cuti bersama 8, 9, 12, 15).
    assert times == {
        "001/PPID/2024": 4,
        "002/PPID/2024": 8,  # Nyepi 11 March and cuti bersama 12 March
        "003/PPID/2024": 10,
        "004/PPID/2024": 13,  # Idul Adha 17 June and cuti bersama 18 June
        "005/PPID/2024": 1,
        "006/PPID/2024": 7,  # 25-26 December and 1 January off
    }
    assert stats.within_notice_period == 5
    assert stats.within_extended_period == 6
    assert stats.max_working_days == 13
    assert [(r.ground, r.count) for r in stats.refusal_reasons] == [("h.2", 3), ("h.3", 1)]
    assert str(stats.citation) == "UU 14/2008 Pasal 12"
    assert "Requests received: 6" in stats.explain("en")
    assert serialization.loads(serialization.dumps(stats)) == stats


def test_wrong_service_records_are_all_named() -> None:
    bad = [
        FinishedRequest(
            number="1",
            received_on=date(2024, 5, 2),
            answered_on=date(2024, 5, 1),
            outcome=RequestOutcome.REFUSED,
        ),
        FinishedRequest(
            number="1",
            received_on=date(2024, 5, 2),
            answered_on=date(2024, 5, 3),
            outcome=RequestOutcome.GRANTED,
            refusal_grounds=("z.9",),
        ),
    ]
    with pytest.raises(ServiceRecordError) as info:
        service_statistics(bad, year=2024)
    assert {(p.path, p.code) for p in info.value.problems} == {
        ("requests[0].answered_on", "answered-before-received"),
        ("requests[0].refusal_grounds", "grounds-missing"),
        ("requests[1].refusal_grounds", "grounds-without-refusal"),
        ("requests[1].refusal_grounds[0]", "unknown-ground"),
        ("requests[1].number", "duplicate-number"),
    }


@given(st.lists(kst.finished_requests(), max_size=6, unique_by=lambda r: r.number))
def test_statistics_add_up(requests: list[FinishedRequest]) -> None:
    year = requests[0].received_on.year if requests else 2024
    stats = service_statistics(requests, year=year)
    parts = stats.granted + stats.partly_granted + stats.refused + stats.not_held
    assert parts == stats.received == len(stats.times)
    assert all(t.working_days >= 0 for t in stats.times)


# ------------------------------------------------------------------ compliance calendar
def test_compliance_calendar_on_fixed_dates() -> None:
    records = body_records()
    cal = compliance_calendar(records, as_of=date(2025, 5, 2), horizon_days=120)
    got = [(i.kind, i.due, i.status, i.subject) for i in cal.items]
    periodic, overdue = DutyKind.PERIODIC_PUBLICATION, DutyStatus.OVERDUE
    assert got == [
        (periodic, date(2024, 7, 10), overdue, "001"),
        (periodic, date(2024, 7, 10), overdue, "002"),
        (periodic, date(2024, 8, 15), overdue, "006"),
        (periodic, date(2024, 8, 20), overdue, "003"),
        (periodic, date(2024, 8, 28), overdue, "007"),
        (periodic, date(2025, 2, 28), overdue, "004"),
        (DutyKind.ANNUAL_REPORT, date(2025, 3, 31), overdue, "2024"),
        (periodic, date(2025, 7, 6), DutyStatus.COMING, "005"),
        (periodic, date(2025, 7, 6), DutyStatus.COMING, "019"),
    ]
    assert all(i.convention == "D-1" for i in cal.items if i.kind is periodic)
    # The tender's exemption ended on 2025-01-01 and its information is back in the DIP 2025.
    assert "027/15/BPBJ/2024" not in {i.subject for i in cal.items}


def test_compliance_calendar_exemptions_dip_and_report() -> None:
    records = attrs.evolve(body_records(), dip=None, annual_reports=(2023, 2024))
    cal = compliance_calendar(records, as_of=date(2028, 12, 1), horizon_days=120)
    got = {(i.kind, i.due, i.subject) for i in cal.items}
    assert (DutyKind.EXEMPTION_DECLARATION, date(2029, 1, 29), "800/112/DKK/2024") in got
    assert (DutyKind.DIP_UPDATE, date(2028, 2, 29), "DIP 2028") in got
    assert (DutyKind.ANNUAL_REPORT, date(2028, 3, 31), "2027") in got
    assert (
        DutyKind.EXEMPTION_EXPIRED_STILL_LISTED,
        date(2025, 1, 1),
        "027/15/BPBJ/2024",
    ) in got
    assert cal.overdue()
    empty = compliance_calendar(BodyRecords(body=records.body), as_of=date(2025, 4, 1))
    assert [i.kind for i in empty.items] == [DutyKind.DIP_UPDATE, DutyKind.ANNUAL_REPORT]
    with pytest.raises(InvalidInputError):
        compliance_calendar(records, as_of=date(2025, 4, 1), horizon_days=-1)


def test_every_unmet_yearly_duty_and_every_year_of_the_horizon() -> None:
    """An annual report not submitted stays a duty whatever its year (from the first year the
    records show the body at work), and a long horizon lists every year's DIP and report."""
    records = attrs.evolve(body_records(), annual_reports=(2022,))
    cal = compliance_calendar(records, as_of=date(2025, 5, 2), horizon_days=800)
    reports = [(i.subject, i.due, i.status) for i in cal.items if i.kind is DutyKind.ANNUAL_REPORT]
    assert reports == [
        ("2023", date(2024, 3, 31), DutyStatus.OVERDUE),
        ("2024", date(2025, 3, 31), DutyStatus.OVERDUE),
        ("2025", date(2026, 3, 31), DutyStatus.COMING),
        ("2026", date(2027, 3, 31), DutyStatus.COMING),
    ]
    dips = [(i.subject, i.due) for i in cal.items if i.kind is DutyKind.DIP_UPDATE]
    assert dips == [("DIP 2026", date(2026, 2, 28)), ("DIP 2027", date(2027, 2, 28))]
    # Nothing before the first year of the records: a body that shows no work before 2024 owes
    # no report of 2019.
    assert min(int(s) for s, _, _ in reports) >= 2022


def test_duties_command(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(GOLDEN / "body_records.json")
    assert main(["duties", path, "--as-of", "2025-05-02", "--horizon", "120", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "[overdue] 2025-03-31  2024" in out and "Perki 1/2021 Pasal 56" in out
    assert main(["duties", path, "--as-of", "2025-05-02", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "compliance_calendar" and data["items"][0]["status"] == "overdue"
    assert main(["duties", path, "--as-of", "2025-05-02T09:00+07:00"]) == 2


def test_golden_body_records_are_the_worked_example() -> None:
    text = (GOLDEN / "body_records.json").read_text("utf-8")
    assert serialization.loads(text) == body_records()
