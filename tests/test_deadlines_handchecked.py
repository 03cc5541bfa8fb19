"""Deadlines hand-checked against the official 2020–2026 lists (SKB 3 Menteri, Keppres).

Each case was counted by hand on a printed calendar: day 1 is the first working day after the
local date of receipt (D-6); weekends, libur nasional and cuti bersama are skipped.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

import kiplib
from kiplib import PublicBody, Step
from kiplib.errors import InvalidInputError

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("step", "start", "due"),
    [
        # Lebaran 2024: 8, 9, 12, 15 April cuti bersama; 10–11 April Idul Fitri; 1 May, 9 May
        # (Kenaikan) and 10 May (cuti bersama) skipped by the extension.
        (Step.NOTICE, date(2024, 4, 5), date(2024, 4, 29)),
        (Step.NOTICE_EXTENDED, date(2024, 4, 5), date(2024, 5, 13)),
        # Year boundary 2024/2025: 25 Dec Natal, 26 Dec cuti bersama, 1 Jan Tahun Baru.
        (Step.NOTICE, date(2024, 12, 20), date(2025, 1, 8)),
        # Lebaran 2025: 28 Mar cuti (Nyepi), 31 Mar–1 Apr Idul Fitri, 2–4 and 7 Apr cuti,
        # 18 Apr Wafat Yesus Kristus.
        (Step.NOTICE, date(2025, 3, 27), date(2025, 4, 22)),
        # 18 August 2025, added by the amendment of August 2025.
        (Step.NOTICE, date(2025, 8, 14), date(2025, 8, 29)),
        # Natal 2026 and Isra Mikraj 2027 (5 Jan 2027, SKB 2027).
        (Step.NOTICE, date(2026, 12, 17), date(2027, 1, 6)),
        # Keberatan window after a notice received Monday 13 May 2024: Waisak 23 May and its
        # cuti bersama 24 May; Idul Adha 17 June and its cuti bersama 18 June.
        (Step.OBJECTION, date(2024, 5, 13), date(2024, 6, 28)),
        # A KI Pusat panel counted an atasan's answer received Tuesday 2020-11-03 as opening a
        # 14-hari-kerja window "sejak 04 November 2020 hingga 23 November 2020" (D-6 evidence).
        (Step.DISPUTE, date(2020, 11, 3), date(2020, 11, 23)),
        # Kasasi over Nyepi 2026: 14 calendar days from 5 March end on 19 March (Nyepi); 20 Mar
        # cuti bersama, 21–22 Idul Fitri on a weekend, 23–24 cuti bersama: moved to 25 March.
        (Step.CASSATION, date(2026, 3, 5), date(2026, 3, 25)),
        # Kasasi ending on a working day is not moved.
        (Step.CASSATION, date(2026, 7, 1), date(2026, 7, 15)),
    ],
)
def test_official_lists(step: Step, start: date, due: date) -> None:
    assert kiplib.deadline(step, start).due == due


def test_kasasi_on_a_holiday_moves_but_other_calendar_days_count() -> None:
    # 2026-06-16 is Tahun Baru Islam: 14 days from 2 June land on it and move to 17 June.
    result = kiplib.deadline(Step.CASSATION, date(2026, 6, 2))
    assert result.due == date(2026, 6, 17)
    assert "D-10" in result.conventions
    assert "Tahun Baru Islam" in result.explain()


def test_cuti_bersama_policy_changes_the_count() -> None:
    # A body not bound by the ASN leave decree counts 18 August 2025 (joint holiday) as working.
    private = PublicBody(name="LSM Contoh", body_type=kiplib.BodyType.NGO)
    assert kiplib.deadline(Step.NOTICE, date(2025, 8, 14), body=private).due == date(2025, 8, 28)
    explicit = PublicBody(name="Dinas", observes_cuti_bersama=False)
    assert kiplib.deadline(Step.NOTICE, date(2024, 4, 5), body=explicit).due == date(2024, 4, 23)


class TestTimeZones:
    """23:30 WIB on Thursday is 00:30 WITA on Friday: the body's local date decides."""

    instant = datetime(2024, 4, 4, 23, 30, tzinfo=WIB)

    def test_same_instant_in_wib(self) -> None:
        body = PublicBody(name="Diskominfo Kota Bandung", timezone="Asia/Jakarta")
        result = kiplib.deadline(Step.NOTICE, self.instant, body=body)
        assert result.start == date(2024, 4, 4)
        assert result.due == date(2024, 4, 26)

    def test_same_instant_in_wita(self) -> None:
        body = PublicBody(name="Diskominfo Kota Makassar", timezone="Asia/Makassar")
        result = kiplib.deadline(Step.NOTICE, self.instant, body=body)
        assert result.start == date(2024, 4, 5)
        assert result.due == date(2024, 4, 29)
        assert "(00:30 WITA)" in result.explain()

    def test_wit_body_from_a_utc_instant(self) -> None:
        # 15:30 UTC on Thursday is 00:30 WIT on Friday in Jayapura.
        body = PublicBody(name="Diskominfo Kota Jayapura", timezone="WIT")
        instant = datetime(2024, 4, 4, 15, 30, tzinfo=UTC)
        assert kiplib.deadline(Step.NOTICE, instant, body=body).start == date(2024, 4, 5)


class TestAfterHours:
    """D-7: by default the hour does not matter; a body may deem late receipt the next day."""

    late_friday = datetime(2024, 5, 17, 20, 0, tzinfo=WIB)

    def test_default_ignores_the_hour(self) -> None:
        result = kiplib.deadline(Step.NOTICE, self.late_friday)
        assert result.clock_start == result.start == date(2024, 5, 17)
        assert "D-7" not in result.conventions

    def test_next_working_day_policy(self) -> None:
        body = PublicBody(name="Pengadilan", after_hours=kiplib.AfterHoursPolicy.NEXT_WORKING_DAY)
        result = kiplib.deadline(Step.NOTICE, self.late_friday, body=body)
        assert result.clock_start == date(2024, 5, 20)
        assert "D-7" in result.conventions
        assert result.due == kiplib.deadline(Step.NOTICE, date(2024, 5, 20)).due
        assert "D-7" in result.explain("en")

    def test_policy_on_a_day_off(self) -> None:
        body = PublicBody(name="Pengadilan", after_hours=kiplib.AfterHoursPolicy.NEXT_WORKING_DAY)
        sunday = datetime(2024, 5, 19, 9, 0, tzinfo=WIB)
        assert kiplib.deadline(Step.NOTICE, sunday, body=body).clock_start == date(2024, 5, 20)

    def test_policy_does_not_touch_requester_windows(self) -> None:
        body = PublicBody(name="Pengadilan", after_hours=kiplib.AfterHoursPolicy.NEXT_WORKING_DAY)
        result = kiplib.deadline(Step.OBJECTION, self.late_friday, body=body)
        assert result.clock_start == result.start


class TestProvisional:
    def test_confirmed_year_is_final(self) -> None:
        assert kiplib.deadline(Step.NOTICE, date(2024, 4, 5)).provisional is False

    def test_year_without_decree(self) -> None:
        result = kiplib.deadline(Step.NOTICE, date(2028, 2, 1))
        assert result.provisional is True
        assert "D-5" in result.conventions
        assert "SEMENTARA" in result.explain()
        assert "PROVISIONAL" in result.explain("en")

    def test_estimated_idul_fitri_makes_a_confirmed_year_provisional(self) -> None:
        # 2027 has its SKB, but Idul Fitri 1448 H (10 March 2027) is an estimate.
        assert kiplib.deadline(Step.NOTICE, date(2027, 3, 1)).provisional is True
        assert kiplib.deadline(Step.NOTICE, date(2027, 1, 11)).provisional is False

    def test_window_ending_the_day_before_an_estimate_is_provisional(self) -> None:
        cal = kiplib.national_calendar()
        estimate = cal.next_estimated_day(date(2027, 1, 1))
        # The cuti bersama of Tuesday 9 March 2027 hangs on the estimated Idul Fitri 1448 H
        # (10 March): it is the first estimated day of 2027.
        assert estimate == date(2027, 3, 9)
        assert cal.next_estimated_day(estimate) == date(2027, 3, 10)
        assert cal.is_provisional(date(2027, 2, 1), estimate - timedelta(days=1))
        assert not cal.is_provisional(date(2027, 2, 1), estimate - timedelta(days=3))


def test_extension_counts_on_top_of_the_notice() -> None:
    result = kiplib.deadline(Step.NOTICE_EXTENDED, date(2024, 4, 5))
    assert (result.base_count, result.rule.count, result.count) == (10, 7, 17)
    assert str(result.citation) == "UU 14/2008 Pasal 22 ayat (8)"
    assert "10 + 7 = 17" in result.explain()


def test_dispute_end_is_a_target() -> None:
    result = kiplib.deadline(Step.DISPUTE_END, date(2024, 1, 8))
    assert result.binding is False
    assert result.conventions[:2] == ("D-6", "D-9")
    assert "target" in result.explain("en")


@pytest.mark.parametrize(
    ("step", "citation"),
    [
        (Step.NOTICE, "UU 14/2008 Pasal 22 ayat (7)"),
        (Step.NOTICE_EXTENDED, "UU 14/2008 Pasal 22 ayat (8)"),
        (Step.OBJECTION, "UU 14/2008 Pasal 36 ayat (1)"),
        (Step.OBJECTION_RESPONSE, "UU 14/2008 Pasal 36 ayat (2)"),
        (Step.DISPUTE, "UU 14/2008 Pasal 37 ayat (2)"),
        (Step.DISPUTE_START, "UU 14/2008 Pasal 38 ayat (1)"),
        (Step.DISPUTE_END, "UU 14/2008 Pasal 38 ayat (2)"),
        (Step.COURT, "UU 14/2008 Pasal 48 ayat (1)"),
        (Step.CASSATION, "UU 14/2008 Pasal 50"),
    ],
)
def test_every_step_cites_its_article(step: Step, citation: str) -> None:
    result = kiplib.deadline(step, date(2024, 7, 1))
    assert str(result.citation) == citation
    assert citation in result.explain()


def test_explanation_lists_every_skipped_day_with_its_reason() -> None:
    result = kiplib.deadline(Step.NOTICE, date(2024, 4, 5))
    skipped = result.skipped_days()
    assert [d.date for d in skipped] == [
        date(2024, 4, 6), date(2024, 4, 7), date(2024, 4, 8), date(2024, 4, 9),
        date(2024, 4, 10), date(2024, 4, 11), date(2024, 4, 12), date(2024, 4, 13),
        date(2024, 4, 14), date(2024, 4, 15), date(2024, 4, 20), date(2024, 4, 21),
        date(2024, 4, 27), date(2024, 4, 28),
    ]  # fmt: skip
    assert skipped[2].reasons == ("cuti_bersama: Cuti Bersama Hari Raya Idul Fitri",)
    text = result.explain()
    assert "Senin, 8 April 2024: Cuti Bersama Hari Raya Idul Fitri (cuti bersama" in text
    assert "Rabu, 10 April 2024: Hari Raya Idul Fitri (libur nasional" in text
    english = result.explain("en")
    assert "Wednesday, 10 April 2024: Eid al-Fitr (national holiday" in english
    assert "Late from Tuesday, 30 April 2024." in english


def test_overdue_helpers() -> None:
    result = kiplib.deadline(Step.NOTICE, date(2024, 4, 5))
    assert not result.is_overdue(date(2024, 4, 29))
    assert result.is_overdue(date(2024, 4, 30))
    assert result.days_overdue(date(2024, 5, 2)) == 3
    assert result.days_overdue(date(2024, 4, 1)) == 0


def test_overdue_means_late_under_every_reading() -> None:
    """Where the commission's way of counting is not known (D-12) the safe day and the last
    day differ: on the last day the notice is at risk, not overdue (as step_state, the
    timeline and the batch paths say); the day after it is overdue by one day."""
    body = kiplib.PublicBody(
        "Yayasan Surabaya", level=kiplib.BodyLevel.REGENCY_CITY, region_code="35.78"
    )
    result = kiplib.deadline(Step.NOTICE, date(2023, 11, 1), body=body)
    assert result.due < result.latest == date(2023, 11, 15)
    assert not result.is_overdue(result.latest) and result.days_overdue(result.latest) == 0
    after = result.latest + timedelta(days=1)
    assert result.is_overdue(after) and result.days_overdue(after) == 1
    with pytest.raises(InvalidInputError) as raised:
        result.days_overdue(datetime(2023, 11, 20, tzinfo=UTC))
    assert raised.value.params["field"] == "as_of"


def test_step_given_by_value() -> None:
    assert kiplib.deadline("notice-extended", date(2024, 4, 5)).step is Step.NOTICE_EXTENDED


def test_a_finished_request_holds_what_the_figures_count() -> None:
    """A finished request is made of a number, two local dates and an outcome: an instant, a
    text or an unknown outcome is an error naming the field (the figures used to fail on it
    with Python's own error, or count the request under no outcome)."""
    from kiplib.duties import FinishedRequest, RequestOutcome

    base: dict[str, object] = {
        "number": "1/2024",
        "received_on": date(2024, 1, 2),
        "answered_on": date(2024, 1, 5),
        "outcome": "granted",
    }
    assert FinishedRequest(**base).outcome is RequestOutcome.GRANTED  # type: ignore[arg-type]
    for field, value in (
        ("received_on", datetime(2024, 1, 2, 9, tzinfo=UTC)),
        ("answered_on", "2024-01-05"),
        ("outcome", "diberikan"),
        ("number", 7),
    ):
        with pytest.raises(InvalidInputError) as raised:
            FinishedRequest(**{**base, field: value})  # type: ignore[arg-type]
        assert raised.value.params["field"] == field
