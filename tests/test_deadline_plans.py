"""``deadline_for`` counts a body's steps from a plan worked out once per body and step; the
plan must give exactly what the long road (every row looked up for the date) gives."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from kiplib import (
    AfterHoursPolicy,
    BodyLevel,
    BodyType,
    CalendarDay,
    DayKind,
    PublicBody,
    RuleBook,
    Step,
    WorkingCalendar,
)
from kiplib.deadlines import Deadline, _deadline_for, deadline_for, local_date
from kiplib.errors import BeforeLawInForceError, KiplibError
from kiplib.law.bodies import DEFAULT_CLOSING, DEFAULT_TIMEZONE
from kiplib.law.citation import Citation
from kiplib.law.floor import BODY_STEPS
from kiplib.law.practices import PRACTICE_STEPS, Counting
from kiplib.law.steps import LAW_IN_FORCE, NATIONAL_TABLE, CountUnit, StepRule, StepRuleTable
from kiplib.plugins import LocalPlugin, ReceiptPolicy, Regulation, Scope
from kiplib.rulebook.book import BodyRules
from kiplib.testing import strategies as kst

karanganyar = pytest.importorskip("kiplib_karanganyar.plugin")
serdang_bedagai = pytest.importorskip("kiplib_serdang_bedagai.plugin")
DISTRICTS = RuleBook.of(
    LocalPlugin(karanganyar, name="karanganyar", version="1"),
    LocalPlugin(serdang_bedagai, name="serdang-bedagai", version="1"),
)
BODIES = (
    None,
    PublicBody("Dinas Contoh", level=BodyLevel.PROVINCE),
    PublicBody("Dinas Kesehatan Kabupaten Karanganyar", region_code="33.13"),
    PublicBody("Dinas Pendidikan", region_code="12.18.05", timezone="WIT"),
    PublicBody(
        "Kantor Malam",
        region_code="33.13",
        after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
        service_closes_at=time(15, 0),
    ),
    PublicBody("BUMD Contoh", body_type=BodyType.STATE_ENTERPRISE, after_hours="next_working_day"),
)
starts = st.one_of(
    kst.law_dates(),
    kst.aware_datetimes(),
    # Around the law's entry into force and the first rows of Perki 1/2013 (before `since`).
    st.dates(min_value=date(2010, 4, 1), max_value=date(2013, 6, 1)),
    # Where a count is provisional on one calendar and not on the other: the edges of the
    # years whose decrees are not recorded (2014, 2015, from 2028).
    st.dates(min_value=date(2013, 11, 1), max_value=date(2016, 2, 1)),
    st.dates(min_value=date(2027, 10, 1), max_value=date(2028, 1, 31)),
)


def _reference(
    step: Step, start: date | datetime, where: BodyRules, calendar: WorkingCalendar | None = None
) -> Deadline:
    """The definition, reading by reading and row by row, nothing worked out ahead: each
    counting practice counted on the body's rows and calendar and, under a district's rules,
    held to the national rows on the national calendar (D-12, D-13). The body's after-hours
    rule and closing time (D-7) are those of the period its local start date falls in."""
    local = local_date(start, where.body)
    if local < LAW_IN_FORCE:
        raise BeforeLawInForceError(
            field="start", value=local.isoformat(), in_force=LAW_IN_FORCE.isoformat()
        )
    body = next(b for since, b in reversed(where.receipt_periods()) if not since or since <= local)
    # The districts drawn here set no time zone: before their policy applies, none of it does.
    receipt = where.receipt if where.receipt_since is None or local >= where.receipt_since else None

    def count(
        rule: StepRule, table: StepRuleTable, cal: WorkingCalendar, counting: Counting
    ) -> tuple[date, date, int, StepRule | None]:
        clock_start = local
        if rule.body_receives and body.after_hours is AfterHoursPolicy.NEXT_WORKING_DAY:
            closes = body.service_closes_at or DEFAULT_CLOSING
            if not cal.is_working_day(local):
                clock_start = cal.add_working_days(local, 0)
            elif isinstance(start, datetime) and start.astimezone(body.zone).time() >= closes:
                clock_start = cal.add_working_days(local, 1)
        base_count, base_rule = 0, None
        if rule.unit is CountUnit.WORKING_DAYS and rule.base is not None:
            base = table.rule_for(rule.base, local)
            base_count = base.count
            base_rule = base if base.source != "kiplib" else None
        if rule.unit is CountUnit.WORKING_DAYS:
            n = base_count + rule.count
            if counting is Counting.SAME_DAY and cal.is_working_day(clock_start):
                n -= 1
            due = cal.add_working_days(clock_start, n)
        else:
            due = cal.add_calendar_days_rolled(clock_start, rule.count)
        return due, clock_start, base_count, base_rule

    rule = where.table.rule_for(step, local)
    practice = where.practice if step in PRACTICE_STEPS else None
    countings = practice.counting if practice is not None else (Counting.NEXT_DAY,)
    cal = calendar if calendar is not None else where.calendar
    floor = calendar is None and not where.is_national
    readings = []
    for counting in countings:
        due, clock_start, base_count, base_rule = count(rule, where.table, cal, counting)
        latest, local_due, reading_cal = due, None, cal
        provisional = cal.is_provisional(clock_start, due)
        if floor:
            national = NATIONAL_TABLE.rule_for(step, local)
            ncal = where.national_calendar
            floor_due, floor_start, _, _ = count(national, NATIONAL_TABLE, ncal, counting)
            moved = floor_due < due if step in BODY_STEPS else floor_due != due
            if moved:
                local_due = due
                latest = floor_due if step in BODY_STEPS else max(due, floor_due)
                due, reading_cal, clock_start = floor_due, ncal, floor_start
                provisional = provisional or ncal.is_provisional(floor_start, floor_due)
        readings.append(
            (due, latest, clock_start, reading_cal, base_count, base_rule, local_due, provisional)
        )
    safe = min(readings, key=lambda r: (r[0], r[1]))
    return Deadline(
        step,
        local,
        safe[0],
        rule,
        any(r[7] for r in readings),
        safe[2],
        start if isinstance(start, datetime) else None,
        body.timezone or DEFAULT_TIMEZONE,
        safe[4],
        None if rule.source == "kiplib" else NATIONAL_TABLE.rule_for(step, local),
        safe[3],
        safe[5],
        receipt,
        max(r[1] for r in readings),
        safe[6],
        practice,
        where.provenance if calendar is None else None,
    )


def _fields(d: Deadline) -> dict[str, Any]:
    # Every field, the ones left out of equality too (the calendar by identity).
    return {
        "value": d,
        "calendar": id(d.calendar),
        "computed_with": d.computed_with,
        "latest": d.latest,
    }


def _outcome(fn: Any, *args: Any) -> Any:
    try:
        if len(args) == 4 and fn is deadline_for:
            return _fields(fn(*args[:3], calendar=args[3]))
        return _fields(fn(*args))
    except KiplibError as exc:
        return type(exc), exc.params


@pytest.mark.parametrize("rules", [RuleBook.national(), DISTRICTS], ids=["national", "districts"])
@pytest.mark.parametrize("body", BODIES, ids=lambda b: "default" if b is None else b.name)
@given(step=st.sampled_from(Step), start=starts)
def test_the_plan_counts_what_the_long_road_counts(
    rules: RuleBook, body: PublicBody | None, step: Step, start: date | datetime
) -> None:
    where = rules.for_body(body)
    fast = _outcome(deadline_for, step, start, where)
    assert fast == _outcome(_deadline_for, step, start, where, None)
    assert fast == _outcome(_reference, step, start, where)
    national = where.national_calendar
    given_calendar = _outcome(deadline_for, step, start, where, national)
    assert given_calendar == _outcome(_reference, step, start, where, national)


def test_rows_with_an_end_take_the_long_road() -> None:
    # A district whose notice row ends (a regulation repealed): no plan, the rows decide.
    national = kiplib.law.NATIONAL_TABLE.rule_for(Step.NOTICE, date(2024, 1, 1))
    ended = StepRule(
        Step.NOTICE,
        7,
        national.unit,
        national.citation,
        clock_starts=national.clock_starts,
        effective_until=date(2024, 12, 31),
        source="contoh",
        body_receives=True,
    )

    class Ending:
        @kiplib.hookimpl
        def kiplib_scope(self) -> Scope:
            return Scope(region_code="73.99", name="Kabupaten Contoh")

        @kiplib.hookimpl
        def kiplib_regulations(self) -> list[Regulation]:
            return [
                Regulation(
                    Citation("Perbup Contoh 1/2024"),
                    "Standar layanan (contoh)",
                    in_force=date(2024, 1, 1),
                )
            ]

        @kiplib.hookimpl
        def kiplib_deadline_rules(self) -> list[StepRule]:
            return [ended]

    rules = RuleBook.of(LocalPlugin(Ending(), name="contoh", version="1"))
    where = rules.for_body(PublicBody("Dinas Contoh", region_code="73.99"))
    for start in (date(2023, 6, 5), date(2024, 6, 3), date(2025, 6, 3)):
        fast = _outcome(deadline_for, Step.NOTICE, start, where)
        assert fast == _outcome(_deadline_for, Step.NOTICE, start, where, None)
    assert deadline_for(Step.NOTICE, date(2024, 6, 3), where).rule.source == "contoh"
    # Before the regulation was in force and after its row ends, the national row holds.
    for start in (date(2023, 6, 5), date(2025, 6, 3)):
        assert deadline_for(Step.NOTICE, start, where).rule == national


@given(start=kst.law_dates(max_value=date(2099, 1, 1)), hours=st.integers(0, 23))
def test_after_hours_receipts_follow_the_body(start: date, hours: int) -> None:
    body = BODIES[4]
    assert body is not None
    where = DISTRICTS.for_body(body)
    at = datetime.combine(start, time(hours), tzinfo=body.zone) + timedelta(minutes=30)
    assert _fields(deadline_for(Step.NOTICE, at, where)) == _fields(
        _deadline_for(Step.NOTICE, at, where, None)
    )


class _District:
    """A district drawn by Hypothesis: its own days off, notice count and receipt policy."""

    def __init__(self, days: list[CalendarDay], notice: int, next_day: bool) -> None:
        self.days, self.notice, self.next_day = days, notice, next_day

    @kiplib.hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="73.99", name="Kabupaten Contoh")

    @kiplib.hookimpl
    def kiplib_regulations(self) -> list[Regulation]:
        return [
            Regulation(
                Citation("Perbup Contoh 1/2024"),
                "Standar layanan (contoh)",
                in_force=date(2024, 1, 1),
            )
        ]

    @kiplib.hookimpl
    def kiplib_calendar_days(self) -> list[CalendarDay]:
        citation = Citation("Perbup Contoh 1/2024", pasal=9)
        return [attrs.evolve(d, citation=citation) for d in self.days]

    @kiplib.hookimpl
    def kiplib_deadline_rules(self) -> list[StepRule]:
        national = NATIONAL_TABLE.rule_for(Step.NOTICE, date(2024, 1, 1))
        return [attrs.evolve(national, count=self.notice, source="contoh")]

    @kiplib.hookimpl
    def kiplib_receipt_policy(self) -> ReceiptPolicy:
        policy = AfterHoursPolicy.NEXT_WORKING_DAY if self.next_day else AfterHoursPolicy.SAME_DAY
        return ReceiptPolicy(citation=Citation("Perbup Contoh 1/2024", pasal=6), after_hours=policy)


edge_dates = st.one_of(
    st.dates(min_value=date(2013, 11, 1), max_value=date(2016, 2, 1)),
    st.dates(min_value=date(2027, 9, 1), max_value=date(2028, 1, 31)),
    kst.law_dates(),
)


@st.composite
def _drawn(draw: st.DrawFn) -> tuple[list[CalendarDay], date | datetime]:
    """A start, and district days around it: holidays and closures, and extra working days
    (which make the body's count end before the national one)."""
    start = draw(st.one_of(edge_dates, kst.aware_datetimes()))
    day = start.date() if isinstance(start, datetime) else start
    kinds = st.sampled_from((DayKind.LOCAL_HOLIDAY, DayKind.NON_WORKING_DAY, DayKind.WORKING_DAY))
    offsets = st.integers(min_value=-3, max_value=60)
    entries = draw(st.lists(st.tuples(offsets, kinds), max_size=12))
    national = kiplib.national_calendar()
    days = []
    for k, kind in entries:
        on = day + timedelta(days=k)
        # A district may not make a national holiday or cuti bersama a working day.
        if kind is DayKind.WORKING_DAY and national.entries(on):
            continue
        days.append(CalendarDay(on, kind, "Hari daerah", source="test"))
    return days, start


@given(
    drawn=_drawn(),
    notice=st.integers(min_value=1, max_value=10),
    next_day=st.booleans(),
    step=st.sampled_from(Step),
)
def test_a_drawn_district_counts_by_the_definition(
    drawn: tuple[list[CalendarDay], date | datetime], notice: int, next_day: bool, step: Step
) -> None:
    days, start = drawn
    rules = RuleBook.of(LocalPlugin(_District(days, notice, next_day), name="contoh", version="1"))
    where = rules.for_body(PublicBody("Dinas Contoh", region_code="73.99"))
    fast = _outcome(deadline_for, step, start, where)
    assert fast == _outcome(_reference, step, start, where)
    assert fast == _outcome(_deadline_for, step, start, where, None)
