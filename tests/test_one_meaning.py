"""One meaning of every state: a request's timeline, the batch columns, the notice columns, the
compliance calendar and the Pasal 12 statistics say the same of the same request (all through
kiplib.law.step_state), and the compliance calendar says until when it holds."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs
from hypothesis import given
from hypothesis import strategies as st

import district
import kiplib
from batch_requests import BODIES, RULES, random_batches
from kiplib import BodyLevel, PublicBody, RuleBook, Step
from kiplib.batch import notice_status, statuses
from kiplib.duties import (
    BodyRecords,
    DutyKind,
    DutyStatus,
    FinishedRequest,
    RequestOutcome,
    compliance_calendar,
    service_statistics,
)
from kiplib.law import EntryState
from kiplib.requests.events import NoticeOutcome, NoticeSent, RequestReceived
from kiplib.testing import strategies as kst

NATIONAL = RuleBook.national()
#: The notice columns' status of each state of the notice.
NOTICE_STATUS = {
    EntryState.RUNNING: "pending",
    EntryState.AT_RISK: "pending",
    EntryState.OVERDUE: "overdue",
    EntryState.MET: "on_time",
    EntryState.DEBATABLE: "on_time",
    EntryState.LATE: "late",
}
#: The compliance calendar's status of each state of an open duty (before its horizon).
DUTY_STATUS = {
    EntryState.AT_RISK: DutyStatus.AT_RISK,
    EntryState.OVERDUE: DutyStatus.OVERDUE,
}


def test_every_path_says_the_same_of_the_notice() -> None:
    """Generated requests to every body: the timeline's notice state is the batch's, the
    notice columns' and (for a duty still open) the compliance calendar's."""
    for batch in random_batches(3, 400, size=200):
        rows = [r for r in batch.rows if not any(type(e).__name__ == "Withdrawn" for e in r.events)]
        for row in rows:
            body = BODIES[row.body]
            t = kiplib.timeline(row.events, body=body, as_of=batch.as_of, rules=RULES)
            entry = t.entry(Step.NOTICE_EXTENDED) or t.entry(Step.NOTICE)
            assert entry is not None
            received = row.events[0].at
            sent = row.column("notice_sent", dates=False)
            cols = statuses([received], notice_sent=[sent], extended=[row.column(
                "extended", dates=False)], as_of=batch.as_of, body=body, rules=RULES)  # fmt: skip
            step = "extension" if entry.step is Step.NOTICE_EXTENDED else "notice"
            assert cols.states(step) == [entry.state]
            notice = notice_status(
                [received],
                [sent],
                extended=[entry.step is Step.NOTICE_EXTENDED],
                as_of=batch.as_of,
                body=body,
                rules=RULES,
            )
            assert notice.states == (entry.state.value,)
            assert notice.status == (NOTICE_STATUS[entry.state],)
            if entry.state in DUTY_STATUS:
                records = BodyRecords(body=body, request_logs=(kiplib.Request(body, row.events),))
                day = t.as_of
                cal = compliance_calendar(records, as_of=day, rules=RULES)
                kinds = {DutyKind.REQUEST_NOTICE, DutyKind.REQUEST_EXTENDED_NOTICE}
                found = [i.status for i in cal.items if i.kind in kinds]
                assert found == [DUTY_STATUS[entry.state]]


def test_the_pasal_12_figures_call_late_what_the_timeline_calls_late() -> None:
    """KI Jawa Barat counts the day of receipt as day 1 (D-12): a request received on
    Wednesday 1 November 2023 had its notice due on 14 November. Answered on the 15th, the
    timeline calls it late — and so do the yearly figures. Where the practice is not known,
    the 15th is debatable: within the period."""
    received = datetime(2023, 11, 1, 9, 0, tzinfo=PublicBody("x").zone)
    answered = received + timedelta(days=14)
    for region, within in (("32.73", 0), ("35.78", 1)):
        body = PublicBody("Kecamatan", level=BodyLevel.REGENCY_CITY, region_code=region)
        log = (RequestReceived(received, "1/2023"), NoticeSent(answered, NoticeOutcome.ACCEPTED))
        t = kiplib.timeline(log, body=body, as_of=date(2023, 12, 1), rules=NATIONAL)
        state = t.entry(Step.NOTICE).state  # type: ignore[union-attr]
        assert state is (EntryState.LATE if within == 0 else EntryState.DEBATABLE)
        figures = service_statistics(
            [
                FinishedRequest(
                    number="1/2023",
                    received_on=date(2023, 11, 1),
                    answered_on=date(2023, 11, 15),
                    outcome=RequestOutcome.GRANTED,
                )
            ],
            year=2023,
            body=body,
            rules=NATIONAL,
        )
        assert figures.within_notice_period == within
        assert figures.within_extended_period == 1


# --------------------------------------------------------------------------- valid until
REQUESTS = st.lists(
    kst.requests(
        bodies=st.just(district.BODY), min_value=date(2024, 1, 2), max_value=date(2025, 6, 30)
    ),
    max_size=3,
)


@given(
    REQUESTS,
    st.dates(min_value=date(2024, 6, 1), max_value=date(2026, 6, 30)),
    st.sampled_from([0, 30, 90, 200]),
)
def test_the_compliance_calendar_holds_until_its_valid_until(
    requests: list[kiplib.Request], as_of: date, horizon: int
) -> None:
    records = attrs.evolve(district.body_records(), request_logs=tuple(requests))
    for request in requests:
        last = request.events[-1].at.astimezone(district.BODY.zone).date()
        as_of = max(as_of, last)

    def items(day: date) -> tuple[object, ...]:
        cal = compliance_calendar(records, as_of=day, horizon_days=horizon, rules=NATIONAL)
        return cal.items

    cal = compliance_calendar(records, as_of=as_of, horizon_days=horizon, rules=NATIONAL)
    valid = cal.valid_until
    assert valid is not None and valid >= as_of
    assert items(valid) == cal.items
    assert items(as_of + (valid - as_of) // 2) == cal.items
    checked_only = {date(as_of.year, 12, 31), as_of + timedelta(days=365)}
    if valid not in checked_only:  # the year's end and the look-ahead are checked, not changes
        assert items(valid + timedelta(days=1)) != cal.items


def test_a_stored_calendar_of_the_last_version_holds_on_its_own_day() -> None:
    cal = compliance_calendar(district.body_records(), as_of=date(2025, 2, 3), rules=NATIONAL)
    data = kiplib.serialization.to_dict(cal)
    data["schema_version"] = 2
    del data["valid_until"]
    again = kiplib.serialization.from_dict(data)
    assert again.valid_until == date(2025, 2, 3)
    assert cal.valid_until is not None and cal.valid_until >= date(2025, 2, 3)


def test_an_overdue_yearly_duty_is_overdue_by_step_state() -> None:
    records = BodyRecords(body=district.BODY, annual_reports=())
    cal = compliance_calendar(records, as_of=date(2025, 4, 1), rules=NATIONAL)
    report = [i for i in cal.items if i.kind is DutyKind.ANNUAL_REPORT and i.subject == "2024"]
    assert [i.status for i in report] == [DutyStatus.OVERDUE]
    # The overdue report stays. The next duty to enter the 90 days is the DIP of 2026 (due
    # 28 February 2026, on 30 November 2025; the report of 2025, due 31 March 2026, follows on
    # 31 December), so the calendar holds until the day before.
    assert cal.valid_until == date(2025, 11, 29)
