"""A district's rule applies from its regulation's in-force date (tanggal mulai berlaku): before
it the national rule holds, and the explanation says why. A regulation without a date, or a rule
dated before its regulation, is refused when the rule book is built."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from kiplib import Citation, PublicBody, RuleBook, Step, StepRule, hookimpl, serialization
from kiplib.calendar import WorkingCalendar
from kiplib.deadlines import _deadline_for, deadline_for
from kiplib.errors import PluginError
from kiplib.exemption import Classification, LocalChange, classify
from kiplib.law import NATIONAL_TABLE, AfterHoursPolicy, Category, InformationItem
from kiplib.law.steps import LAW_IN_FORCE
from kiplib.plugins import (
    ClassificationRule,
    ConsequenceTestFacts,
    ExemptionTemplate,
    LocalPlugin,
    ReceiptPolicy,
    Regulation,
    Scope,
    WorkingWeek,
)

PERWALI = "Perwali Kota Contoh 2/2025"
#: A Monday; the Friday before it is the last start counted by the national rule.
IN_FORCE = date(2025, 2, 3)
BODY = PublicBody(name="Dinas Kependudukan Kota Contoh", region_code="99.71")
NOTICE = NATIONAL_TABLE.rule_for(Step.NOTICE, IN_FORCE)


class KotaContoh:
    def __init__(self, in_force: date | None = IN_FORCE, **row: Any) -> None:
        self.in_force = in_force
        self.row = row

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="99.71", name="Kota Contoh")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation(PERWALI), "Standar Layanan", in_force=self.in_force),)

    @hookimpl
    def kiplib_deadline_rules(self) -> Sequence[StepRule]:
        return (attrs.evolve(NOTICE, count=7, citation=Citation(PERWALI, pasal=5), **self.row),)


def book(**kwargs: Any) -> RuleBook:
    return RuleBook.of(LocalPlugin(KotaContoh(**kwargs), name="kota-contoh", version="1"))


RULES = book()


def test_a_regulation_without_a_date_is_refused_naming_it() -> None:
    with pytest.raises(PluginError) as raised:
        book(in_force=None)
    error = raised.value
    assert error.params["problem"] == "missing-in-force-date"
    assert error.params["plugin"] == "kota-contoh"
    assert PERWALI in str(error.params["rule"])
    assert "tanggal mulai berlaku" in error.message("id")
    assert "the date it applies from" in error.message("en")


def test_a_rule_dated_before_its_regulation_is_refused() -> None:
    with pytest.raises(PluginError) as raised:
        book(effective_from=IN_FORCE - timedelta(days=1))
    assert raised.value.params["problem"] == "rule-before-regulation"
    assert IN_FORCE.isoformat() in str(raised.value.params["article"])


def test_the_rule_applies_from_the_in_force_date_and_not_a_day_before() -> None:
    friday = IN_FORCE - timedelta(days=3)
    before = kiplib.deadline(Step.NOTICE, friday, body=BODY, rules=RULES)
    eve = kiplib.deadline(Step.NOTICE, IN_FORCE - timedelta(days=1), body=BODY, rules=RULES)
    on = kiplib.deadline(Step.NOTICE, IN_FORCE, body=BODY, rules=RULES)
    assert (before.count, before.rule.source, before.due) == (10, "kiplib", date(2025, 2, 14))
    assert (eve.count, eve.rule.source) == (10, "kiplib")
    assert (on.count, on.rule.source, on.due) == (7, "kota-contoh", date(2025, 2, 12))
    assert on.floor == NOTICE and on.later_rule is None
    assert before.later_rule is not None and before.later_rule.effective_from == IN_FORCE


def test_the_explanation_says_why_the_national_rule_holds() -> None:
    before = kiplib.deadline(Step.NOTICE, date(2015, 3, 3), body=BODY, rules=RULES)
    text = before.explain()
    assert f"Aturan daerah {PERWALI} Pasal 5 (7 hari kerja; sumber: kota-contoh)" in text
    assert "sejak Senin, 3 Februari 2025" in text and "berlaku aturan nasional" in text
    english = before.explain("en")
    assert "applies to clocks started from Monday, 3 February 2025" in english
    assert "the national rule applies" in english
    after = kiplib.deadline(Step.NOTICE, IN_FORCE, body=BODY, rules=RULES).explain()
    assert "berlaku aturan nasional" not in after


def test_an_extension_before_the_date_counts_on_the_national_notice() -> None:
    before = kiplib.deadline(Step.NOTICE_EXTENDED, date(2024, 6, 3), body=BODY, rules=RULES)
    after = kiplib.deadline(Step.NOTICE_EXTENDED, date(2025, 6, 2), body=BODY, rules=RULES)
    assert before.count == 17 and before.base_rule is None and before.later_rule is not None
    assert after.count == 14 and after.base_rule is not None and after.later_rule is None


def test_a_row_dated_later_than_its_regulation_keeps_its_date() -> None:
    later = date(2025, 6, 2)
    rules = book(effective_from=later)
    assert kiplib.deadline(Step.NOTICE, date(2025, 5, 30), body=BODY, rules=rules).count == 10
    assert kiplib.deadline(Step.NOTICE, later, body=BODY, rules=rules).count == 7


@given(start=st.dates(min_value=date(2011, 1, 1), max_value=date(2030, 12, 31)))
def test_the_local_row_holds_exactly_from_its_date_on_every_path(start: date) -> None:
    where = RULES.for_body(BODY)
    planned = deadline_for(Step.NOTICE, start, where)
    long_road = _deadline_for(Step.NOTICE, start, where, None)
    assert planned == long_road
    assert (planned.rule.source == "kota-contoh") is (start >= IN_FORCE)
    assert (planned.later_rule is not None) is (start < IN_FORCE)
    national = kiplib.deadline(Step.NOTICE, start, body=BODY, rules=RuleBook.national())
    assert planned.due <= national.due
    if start < IN_FORCE:
        assert planned.due == national.due


def test_the_explanation_row_is_not_stored() -> None:
    before = kiplib.deadline(Step.NOTICE, date(2024, 6, 3), body=BODY, rules=RULES)
    text = serialization.dumps(before)
    assert "later_rule" not in text and "Perwali" not in text
    assert serialization.loads(text) == before


def test_the_table_keeps_the_rows_before_a_district_row() -> None:
    local = attrs.evolve(NOTICE, count=7, effective_from=IN_FORCE, source="x")
    table = NATIONAL_TABLE.replace([local])
    assert table.rule_for(Step.NOTICE, IN_FORCE - timedelta(days=1)) == NOTICE
    assert table.rule_for(Step.NOTICE, IN_FORCE) == local
    assert table.current(Step.NOTICE) == local
    # A row from the law's first day replaces every row of its step, as before.
    whole = attrs.evolve(NOTICE, count=7, source="x")
    assert NATIONAL_TABLE.replace([whole]).rule_for(Step.NOTICE, date(2011, 1, 3)) == whole


@pytest.mark.parametrize(
    ("module", "in_force"),
    [
        ("kiplib_karanganyar.plugin", date(2022, 12, 31)),
        ("kiplib_serdang_bedagai.plugin", date(2017, 12, 31)),
    ],
)
def test_the_real_plugins_say_from_when_and_how_the_date_was_chosen(
    module: str, in_force: date
) -> None:
    plugin = pytest.importorskip(module)
    (regulation,) = RuleBook.of(plugin).plugins[-1].info.regulations
    assert regulation.in_force == in_force
    assert regulation.assumption is not None and str(in_force.year) in regulation.assumption


# ------------------------------------------------------------------ classification and checks
PESISIR = "Perbup Pesisir 4/2024"
PESISIR_IN_FORCE = date(2024, 7, 1)
RSUD = PublicBody(name="RSUD Kabupaten Pesisir", region_code="73.98")
GOLDEN_NOT_IN_FORCE = Path(__file__).parent / "golden" / "v3" / "classification_not_in_force.json"


class Pesisir:
    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="73.98", name="Kabupaten Pesisir")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation(PESISIR), "Pengelolaan Informasi", in_force=PESISIR_IN_FORCE),)

    @hookimpl
    def kiplib_classification_rules(self) -> Sequence[ClassificationRule]:
        return (
            ClassificationRule(
                "serta_merta",
                "Peringatan dini banjir rob",
                ("banjir",),
                Citation(PESISIR, pasal=8),
            ),
        )

    @hookimpl
    def kiplib_exemption_templates(self) -> Sequence[ExemptionTemplate]:
        return (
            ExemptionTemplate(
                "Rekam medis pasien RSUD",
                grounds=(Citation("UU 14/2008", pasal=17, huruf="h", angka=2),),
                period="selama tidak ada persetujuan tertulis pasien",
                citation=Citation(PESISIR, pasal=12),
            ),
        )


PESISIR_RULES = RuleBook.of(LocalPlugin(Pesisir(), name="pesisir", version="1"))


def flood_map_classified(as_of: date) -> Classification:
    item = InformationItem(title="Peta genangan banjir rob", document_kind="peta", body=RSUD)
    return classify(item, as_of=as_of, rules=PESISIR_RULES)


def test_a_district_classification_rule_holds_from_its_regulation_date() -> None:
    eve = flood_map_classified(PESISIR_IN_FORCE - timedelta(days=1))
    on = flood_map_classified(PESISIR_IN_FORCE)
    national = classify(
        InformationItem(title="Peta genangan banjir rob", document_kind="peta", body=RSUD),
        as_of=PESISIR_IN_FORCE,
        rules=RuleBook.national(),
    )
    assert eve.category is national.category is Category.OPEN_ON_REQUEST
    assert on.category is Category.IMMEDIATE
    (effect,) = eve.local
    assert effect.change is LocalChange.NOT_IN_FORCE and effect.in_force == PESISIR_IN_FORCE
    assert "belum berlaku" in effect.explain() and "Senin, 1 Juli 2024" in effect.explain()
    assert "not yet in force" in effect.explain("en")
    assert [e.change for e in on.local] == [LocalChange.CATEGORY]


def test_a_district_template_proposes_grounds_only_from_its_regulation_date() -> None:
    def medical(as_of: date) -> Classification:
        item = InformationItem(
            title="Rekam medis pasien RSUD 2023", document_kind="rekam medis", body=RSUD
        )
        return classify(item, as_of=as_of, rules=PESISIR_RULES)

    eve, on = medical(PESISIR_IN_FORCE - timedelta(days=1)), medical(PESISIR_IN_FORCE)
    assert [e.change for e in eve.local] == [LocalChange.NOT_IN_FORCE]
    assert [e.change for e in on.local] == [LocalChange.PROPOSAL]


def test_the_stored_not_in_force_effect_is_pinned() -> None:
    stored = GOLDEN_NOT_IN_FORCE.read_text(encoding="utf-8")
    value = serialization.loads(stored)
    assert value == flood_map_classified(date(2024, 6, 3))
    assert serialization.dumps(value, indent=2) + "\n" == stored


def test_a_district_check_holds_from_its_regulation_date() -> None:
    karanganyar = pytest.importorskip("kiplib_karanganyar.plugin")
    rules = RuleBook.of(karanganyar)
    body = PublicBody(name="Dinas Kesehatan Kabupaten Karanganyar", region_code="33.13")

    def problems(tested_on: date | None) -> list[str]:
        facts = ConsequenceTestFacts(body=body, tested_on=tested_on)
        found = rules.for_body(body).check_facts(facts)
        return [p.params.get("plugin", "kiplib") for p in found]

    assert "karanganyar" not in " ".join(problems(date(2022, 12, 30)))
    assert any("karanganyar" in p for p in problems(date(2022, 12, 31)))
    assert problems(None) == problems(date(2022, 12, 31))


# --------------------------------------------------------------------------------- working week
SABTU = "Perbup Kabupaten Sabtu 3/2025"
#: A Saturday: the first Saturday worked.
WEEK_FROM = date(2025, 3, 1)
SIX_DAYS = PublicBody(name="Mal Pelayanan Publik Kabupaten Sabtu", region_code="99.72")


class Saturdays:
    def __init__(self, in_force: date) -> None:
        self.in_force = in_force

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="99.72", name="Kabupaten Sabtu")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation(SABTU), "Pelayanan enam hari", in_force=self.in_force),)

    @hookimpl
    def kiplib_working_week(self) -> WorkingWeek:
        return WorkingWeek({0, 1, 2, 3, 4, 5}, citation=Citation(SABTU, pasal=2))


def _week_calendar(in_force: date) -> WorkingCalendar:
    rules = RuleBook.of(LocalPlugin(Saturdays(in_force), name="sabtu", version="1"))
    return rules.for_body(SIX_DAYS).calendar


DATED_WEEK = _week_calendar(WEEK_FROM)
WEEK_FROM_START = _week_calendar(date(2010, 1, 1))


def test_a_district_working_week_holds_from_its_regulation_date() -> None:
    eve = WEEK_FROM - timedelta(days=7)
    assert not DATED_WEEK.is_working_day(eve)
    assert [d.category for d in DATED_WEEK.reasons(eve)] == [kiplib.DayKind.WEEKEND]
    assert DATED_WEEK.is_working_day(WEEK_FROM)
    (entry,) = DATED_WEEK.entries(WEEK_FROM)
    assert entry.citation == Citation(SABTU, pasal=2) and entry.source == "sabtu"
    assert entry.name == "Hari kerja daerah (Sabtu)"
    assert entry.name_en == "District working day (Saturday)"


def test_a_national_holiday_on_a_worked_weekday_stays_a_day_off() -> None:
    national = kiplib.national_calendar()
    saturday_holidays = [
        d.date
        for d in national.days
        if d.date >= WEEK_FROM
        and d.date.weekday() == 5
        and d.category is kiplib.DayKind.NATIONAL_HOLIDAY
    ]
    assert saturday_holidays
    for day in saturday_holidays:
        assert not DATED_WEEK.is_working_day(day), day
        assert not WEEK_FROM_START.is_working_day(day), day


@given(day=st.dates(min_value=date(2010, 1, 1), max_value=date(2100, 12, 31)))
def test_the_dated_week_is_the_national_week_before_and_the_district_week_after(
    day: date,
) -> None:
    expected = WEEK_FROM_START if day >= WEEK_FROM else kiplib.national_calendar()
    assert DATED_WEEK.is_working_day(day) is expected.is_working_day(day)


def test_what_an_app_reads_of_a_district_can_be_asked_for_a_day() -> None:
    karanganyar = pytest.importorskip("kiplib_karanganyar.plugin")
    rules = RuleBook.of(karanganyar)
    body = PublicBody(name="Dinas Kesehatan Kabupaten Karanganyar", region_code="33.13")
    eve, day = date(2022, 12, 30), date(2022, 12, 31)
    for read in (
        kiplib.plugins.register_cycles_for,
        kiplib.plugins.classification_rules_for,
        kiplib.plugins.ppid_units_for,
        kiplib.plugins.exemption_templates_for,
    ):
        everything = read(body, rules)
        assert read(body, rules, on=day) == everything
        assert read(body, rules, on=eve) == ()
    assert kiplib.plugins.register_cycles_for(body, rules)  # the plugin does list cycles
    checks = kiplib.plugins.consequence_test_checks_for
    national = {name for name, _ in checks(body, RuleBook.national())}
    assert {name for name, _ in checks(body, rules, on=eve)} == national
    assert len(checks(body, rules, on=day)) > len(checks(body, rules, on=eve))


# --------------------------------------------------------------------- the receipt policy
CLOSING_RULE = "Perwali Kota Contoh 3/2025"


class ServiceHours:
    """A city whose Perwali moves what arrives after 15.00, or on a day off, to the next
    working day (D-7) — from the day the Perwali applies."""

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="99.71", name="Kota Contoh")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation(CLOSING_RULE), "Jam layanan", in_force=IN_FORCE),)

    @hookimpl
    def kiplib_receipt_policy(self) -> ReceiptPolicy:
        return ReceiptPolicy(
            citation=Citation(CLOSING_RULE, pasal=4),
            after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
            service_closes_at=time(15),
        )


HOURS = RuleBook.of(LocalPlugin(ServiceHours(), name="jam-layanan", version="1"))
WIB = ZoneInfo("Asia/Jakarta")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=WIB)


def test_the_after_hours_rule_applies_from_its_date_and_not_a_day_before() -> None:
    friday, saturday = IN_FORCE - timedelta(days=3), IN_FORCE - timedelta(days=2)
    before = kiplib.deadline(Step.NOTICE, _at(friday, 15, 30), body=BODY, rules=HOURS)
    weekend = kiplib.deadline(Step.NOTICE, saturday, body=BODY, rules=HOURS)
    on = kiplib.deadline(Step.NOTICE, _at(IN_FORCE, 15, 30), body=BODY, rules=HOURS)
    in_hours = kiplib.deadline(Step.NOTICE, _at(IN_FORCE, 14, 59), body=BODY, rules=HOURS)
    # Before: the national D-7, the day of receipt whatever the hour.
    assert (before.clock_start, before.due, before.receipt) == (friday, date(2025, 2, 14), None)
    assert (weekend.clock_start, weekend.due) == (saturday, date(2025, 2, 14))
    eve = IN_FORCE - timedelta(days=1)  # the Sunday before: still the national rule
    assert kiplib.deadline(Step.NOTICE, eve, body=BODY, rules=HOURS).clock_start == eve
    sunday = IN_FORCE + timedelta(days=6)  # a day off once the rule applies: the next Monday
    assert kiplib.deadline(Step.NOTICE, sunday, body=BODY, rules=HOURS).clock_start == (
        IN_FORCE + timedelta(days=7)
    )
    assert before.later_receipt is not None and before.later_receipt[0] == IN_FORCE
    # From the Perwali's date: after 15.00 counts as received the next working day.
    assert (on.clock_start, on.due) == (date(2025, 2, 4), date(2025, 2, 18))
    assert (in_hours.clock_start, in_hours.due) == (IN_FORCE, date(2025, 2, 17))
    assert on.receipt is not None and on.receipt.citation == Citation(CLOSING_RULE, pasal=4)
    assert on.later_receipt is None
    # The body's own setting is never dated: it is the body's.
    own = attrs.evolve(BODY, after_hours=AfterHoursPolicy.NEXT_WORKING_DAY)
    assert kiplib.deadline(Step.NOTICE, _at(friday, 16), body=own, rules=HOURS).clock_start == (
        IN_FORCE
    )


def test_the_explanation_says_why_the_after_hours_rule_was_not_applied() -> None:
    before = kiplib.deadline(Step.NOTICE, _at(date(2024, 6, 3), 16), body=BODY, rules=HOURS)
    text = before.explain()
    assert f"Kebijakan penerimaan daerah {CLOSING_RULE} Pasal 4" in text
    assert "layanan tutup pukul 15:00" in text and "sejak Senin, 3 Februari 2025" in text
    assert "maka tidak diterapkan" in text
    english = before.explain("en")
    assert "applies to what is received from Monday, 3 February 2025" in english
    # Not stored, found again when a read-back deadline is explained with its rules.
    again = serialization.loads(serialization.dumps(before))
    assert again.later_receipt is None and CLOSING_RULE not in serialization.dumps(before)
    assert again.explain("en", rules=HOURS, body=BODY) == english
    # A step the body does not receive (the requester's keberatan) does not mention it.
    objection = kiplib.deadline(Step.OBJECTION, date(2024, 6, 3), body=BODY, rules=HOURS)
    assert "Kebijakan penerimaan" not in objection.explain()


starts = st.builds(
    _at,
    st.dates(min_value=IN_FORCE - timedelta(days=12), max_value=IN_FORCE + timedelta(days=12)),
    st.integers(min_value=0, max_value=23),
    st.sampled_from((0, 59)),
)


@given(st.lists(starts, min_size=1, max_size=8))
def test_every_column_path_dates_receipts_as_the_single_deadline_does(
    received: list[datetime],
) -> None:
    np = pytest.importorskip("numpy")
    from kiplib.batch import notice_status, notice_status_arrays, statuses

    want = [kiplib.deadline(Step.NOTICE, r, body=BODY, rules=HOURS).due for r in received]
    as_of = date(2025, 3, 31)
    listed = notice_status(received, [None] * len(received), as_of=as_of, body=BODY, rules=HOURS)
    assert list(listed.due) == want
    due, _, _ = notice_status_arrays(
        received, [None] * len(received), as_of=as_of, body=BODY, rules=HOURS
    )
    assert [d.item() for d in due.astype("datetime64[D]")] == want
    cols = statuses(received, as_of=as_of, body=BODY, rules=HOURS)
    assert [d.item() for d in cols["notice_due"]] == want
    assert np.asarray(cols["notice_due"]).dtype.kind == "M"


@given(starts, starts)
def test_the_clocks_a_timeline_opens_date_receipts_as_the_single_deadline_does(
    received: datetime, filed: datetime
) -> None:
    """The notice (from the receipt) and the atasan's answer (from the keberatan) of a
    timeline follow the receipt policy in force on their own day (D-7), as deadline() does:
    a district that sets only a receipt policy changes nothing before its regulation."""
    received, filed = min(received, filed), max(received, filed)
    events: list[kiplib.Event] = [
        kiplib.RequestReceived(received),
        kiplib.ObjectionFiled(filed, ("a",)),
    ]
    found = kiplib.timeline(events, body=BODY, as_of=date(2025, 3, 31), rules=HOURS)
    for step, start in ((Step.NOTICE, received), (Step.OBJECTION_RESPONSE, filed)):
        entry = found.entry(step)
        assert entry is not None
        want = kiplib.deadline(step, start, body=BODY, rules=HOURS)
        got = entry.deadline
        assert (got.clock_start, got.due, got.latest) == (want.clock_start, want.due, want.latest)
        assert (got.receipt, got.later_receipt) == (want.receipt, want.later_receipt)


def test_a_receipt_policy_without_a_rule_to_date_holds_on_every_date() -> None:
    """A time zone is where the body is: a policy of only a zone is never dated."""

    class Zone(ServiceHours):
        @hookimpl
        def kiplib_receipt_policy(self) -> ReceiptPolicy:
            return ReceiptPolicy(citation=Citation(CLOSING_RULE, pasal=4), timezone="Asia/Makassar")

    where = RuleBook.of(LocalPlugin(Zone(), name="zona", version="1")).for_body(BODY)
    assert where.receipt_since is None and where.body.timezone == "Asia/Makassar"
    assert where.on(date(2012, 1, 2)) is where


# ------------------------------------------------------------- the Pasal 12 figures
def test_the_pasal_12_figures_say_which_periods_they_counted_by() -> None:
    """The "within" counts of a district body follow its rule in force on each request's day
    (10 hari kerja before the Perwali, 7 from it) and the figures say so: ``10/7``."""
    from kiplib.documents import render_annual_report
    from kiplib.duties import FinishedRequest, RequestOutcome, service_statistics

    granted = RequestOutcome.GRANTED
    # Friday before the Perwali: 10 hari kerja to 14 February; answered on day 9.
    before = FinishedRequest(
        number="1",
        received_on=IN_FORCE - timedelta(days=3),
        answered_on=date(2025, 2, 13),
        outcome=granted,
    )
    # Its first day: 7 hari kerja to 12 February; answered on day 8, late by the Perwali.
    late = FinishedRequest(
        number="2", received_on=IN_FORCE, answered_on=date(2025, 2, 13), outcome=granted
    )
    # Within 7 hari kerja.
    on_time = FinishedRequest(
        number="3", received_on=IN_FORCE, answered_on=date(2025, 2, 12), outcome=granted
    )
    figures = service_statistics([late, before, on_time], year=2025, body=BODY, rules=RULES)
    assert figures.local_periods == ((10, 17), (7, 14))
    assert figures.within_notice_period == 2 and figures.within_extended_period == 3
    assert figures.period_labels() == ("10/7", "17/14")
    assert "dalam 10/7 hari kerja: 2; dalam 17/14 hari kerja: 3" in figures.explain()
    report = render_annual_report(figures, body=BODY, rules=RULES, signed_on=date(2026, 3, 2))
    assert "dalam 10/7 hari kerja" in report
    assert serialization.loads(serialization.dumps(figures)) == figures
    national = service_statistics([before], year=2025, body=BODY, rules=RULES)
    assert national.local_periods == () and national.period_labels() == ("10", "17")
    assert "local_periods" not in serialization.dumps(national)


def test_stored_pasal_12_periods_never_lengthen_the_law() -> None:
    from kiplib.duties import service_statistics
    from kiplib.errors import InvalidRecordError

    figures = service_statistics([], year=2025, body=BODY, rules=RULES)
    for pair in ((10, 17), (1, 2)):  # the UU's own periods, the shortest a rule can set
        stored = attrs.evolve(figures, local_periods=(pair,))
        assert serialization.loads(serialization.dumps(stored)) == stored
    for pair in ((11, 17), (7, 7), (0, 5), (7, 18), (10, 18)):
        text = serialization.dumps(attrs.evolve(figures, local_periods=(pair,)))
        with pytest.raises(InvalidRecordError) as raised:
            serialization.loads(text)
        assert "local_periods[0]" in str(raised.value)


def test_dates_without_times_are_refused_only_where_the_after_hours_rule_applies() -> None:
    """A column of dates is enough for the days before the Perwali's after-hours rule (the
    day of receipt counts, whatever the hour); from its date a row needs its time."""
    np = pytest.importorskip("numpy")
    from kiplib.batch import notice_status_arrays, statuses
    from kiplib.errors import InvalidInputError

    before = np.array(["2025-01-30", "2025-01-31"], dtype="datetime64[D]")
    want = [kiplib.deadline(Step.NOTICE, d.item(), body=BODY, rules=HOURS).due for d in before]
    due, _, _ = notice_status_arrays(
        before, [None, None], as_of=date(2025, 3, 31), body=BODY, rules=HOURS
    )
    assert [d.item() for d in due.astype("datetime64[D]")] == want
    cols = statuses(before, as_of=date(2025, 3, 31), body=BODY, rules=HOURS)
    assert [d.item() for d in cols["notice_due"]] == want
    both = np.array(["2025-01-31", str(IN_FORCE)], dtype="datetime64[D]")
    with pytest.raises(InvalidInputError) as raised:
        notice_status_arrays(both, [None, None], as_of=date(2025, 3, 31), body=BODY, rules=HOURS)
    assert raised.value.params["field"] == "received"
    with pytest.raises(InvalidInputError) as raised:
        statuses(both, as_of=date(2025, 3, 31), body=BODY, rules=HOURS)
    assert raised.value.params["field"] == "received"
    assert raised.value.params["value"] == BODY.name


@pytest.mark.parametrize("day", ["2025-02-03", datetime(2025, 2, 3, tzinfo=WIB), 20250203, None])
def test_a_day_asked_of_the_rules_must_be_a_date(day: Any) -> None:
    from kiplib.errors import InvalidInputError
    from kiplib.plugins import consequence_test_checks_for, document_style_for, ppid_units_for

    where = HOURS.for_body(BODY)
    asks: list[Callable[[], object]] = [lambda: where.on(day)]
    if day is not None:  # ``None`` asks for every date
        asks += [
            lambda: document_style_for(BODY, HOURS, on=day),
            lambda: ppid_units_for(BODY, HOURS, on=day),
            lambda: consequence_test_checks_for(BODY, HOURS, on=day),
        ]
    for ask in asks:
        with pytest.raises(InvalidInputError) as raised:
            ask()
        assert raised.value.params["field"] in ("on", "day")


# ---------------------------------------------------- the Pasal 12 figures read as the timeline
def test_a_finished_request_is_read_as_its_timeline_reads_it() -> None:
    """What a request contributes to the Pasal 12 figures follows its timeline: the day of
    receipt the notice counts from (D-7: after service hours, the next working day), the
    zone the rule book settles, the first of two notices, nothing after a withdrawal."""
    from kiplib.duties import finished_request

    monday = IN_FORCE + timedelta(days=7)  # Monday 10 February 2025, the Perwali in force
    late = kiplib.RequestReceived(_at(monday, 16), "1/2025")
    notice = kiplib.NoticeSent(_at(monday + timedelta(days=16), 9), kiplib.NoticeOutcome.ACCEPTED)
    done = finished_request(
        kiplib.Request(BODY, (late, notice)), as_of=date(2025, 3, 31), rules=HOURS
    )
    assert done is not None and done.received_on == monday + timedelta(days=1)
    # Before the Perwali the day of receipt is the day itself.
    early = kiplib.RequestReceived(_at(IN_FORCE - timedelta(days=6), 16), "2/2025")
    sent = kiplib.NoticeSent(_at(IN_FORCE, 9), kiplib.NoticeOutcome.ACCEPTED)
    done = finished_request(kiplib.Request(BODY, (early, sent)), as_of=IN_FORCE, rules=HOURS)
    assert done is not None and done.received_on == IN_FORCE - timedelta(days=6)
    # The first notice counts; nothing recorded after a withdrawal does.
    second = kiplib.NoticeSent(
        _at(monday + timedelta(days=20), 9), kiplib.NoticeOutcome.REFUSED, exemptions=("h.2",)
    )
    log = (late, notice, second)
    done = finished_request(kiplib.Request(BODY, log), as_of=date(2025, 3, 31), rules=HOURS)
    assert done is not None and done.answered_on == monday + timedelta(days=16)
    assert done.outcome is kiplib.duties.RequestOutcome.GRANTED
    gone = kiplib.Withdrawn(_at(monday + timedelta(days=1), 9))
    log2 = (late, gone, notice)
    assert (
        finished_request(kiplib.Request(BODY, log2), as_of=date(2025, 3, 31), rules=HOURS) is None
    )


def test_the_zone_of_the_figures_is_the_one_the_rule_book_settles() -> None:
    from kiplib.duties import finished_request

    class Zone(ServiceHours):
        @hookimpl
        def kiplib_receipt_policy(self) -> ReceiptPolicy:
            return ReceiptPolicy(citation=Citation(CLOSING_RULE, pasal=4), timezone="Asia/Makassar")

    book = RuleBook.of(LocalPlugin(Zone(), name="zona", version="1"))
    # 23.30 WIB is 00.30 WITA the next day.
    received = kiplib.RequestReceived(_at(date(2024, 5, 13), 23, 30), "3/2024")
    sent = kiplib.NoticeSent(_at(date(2024, 5, 30), 9), kiplib.NoticeOutcome.ACCEPTED)
    done = finished_request(
        kiplib.Request(BODY, (received, sent)), as_of=date(2024, 6, 3), rules=book
    )
    assert done is not None and done.received_on == date(2024, 5, 14)


def test_the_list_path_needs_the_time_where_the_date_cannot_say() -> None:
    """notice_status refuses a receipt given as a date on a day the body moves after-hours
    receipts (D-7), as the numpy paths do; before the Perwali a date is enough."""
    from kiplib.batch import notice_status

    with pytest.raises(kiplib.errors.InvalidInputError) as raised:
        notice_status([IN_FORCE], [None], as_of=date(2025, 3, 3), body=BODY, rules=HOURS)
    assert raised.value.params["field"] == "received[0]"
    before = IN_FORCE - timedelta(days=1)
    cols = notice_status([before], [None], as_of=date(2025, 3, 3), body=BODY, rules=HOURS)
    assert cols.due == (kiplib.deadline(Step.NOTICE, before, body=BODY, rules=HOURS).due,)


def test_figures_from_logs_count_by_the_rules_of_the_logs_body() -> None:
    """Without ``body=``, the figures of logs that all belong to one body count by its rules
    (7 hari kerja from the Perwali), as its timelines judge the notices."""
    from kiplib.duties import service_statistics_from_logs

    received = kiplib.RequestReceived(_at(IN_FORCE, 9), "4/2025")
    sent = kiplib.NoticeSent(_at(date(2025, 2, 13), 9), kiplib.NoticeOutcome.ACCEPTED)
    log = kiplib.Request(BODY, (received, sent))
    notice = log.timeline(as_of=date(2025, 3, 3), rules=RULES).entry(Step.NOTICE)
    assert notice is not None and notice.state is kiplib.EntryState.LATE
    for body in (None, BODY):
        figures = service_statistics_from_logs(
            [log], year=2025, as_of=date(2025, 3, 3), body=body, rules=RULES
        )
        assert figures.within_notice_period == 0 and figures.period_labels() == ("7", "14")


@pytest.mark.parametrize("in_force", [date(2009, 1, 1), LAW_IN_FORCE, date(2010, 5, 1)])
def test_a_district_rule_that_ends_leaves_the_national_one(in_force: date) -> None:
    """A district row with an end, in a regulation in force from the law's own first day (or
    earlier), replaced the national row for good: after its end no rule was in force and
    every deadline failed (the timeline with Python's own error). After the end, the UU's 10
    hari kerja apply again; before it, the district's 7."""
    ended = book(in_force=in_force, effective_until=date(2015, 12, 31))
    national = RuleBook.national()
    for start in (date(2016, 3, 1), date(2024, 4, 5)):
        for step in (Step.NOTICE, Step.NOTICE_EXTENDED):
            got = kiplib.deadline(step, start, body=BODY, rules=ended)
            assert got.due == kiplib.deadline(step, start, body=BODY, rules=national).due
            assert got.rule.count == NATIONAL_TABLE.rule_for(step, start).count
    during = kiplib.deadline(Step.NOTICE, date(2012, 3, 1), body=BODY, rules=ended)
    assert during.rule.count == 7
    received = kiplib.RequestReceived(_at(date(2016, 3, 1), 10))
    t = kiplib.timeline([received], body=BODY, as_of=date(2016, 12, 31), rules=ended)
    notice = t.entry(Step.NOTICE)
    assert notice is not None and notice.state is kiplib.EntryState.OVERDUE


def test_a_window_opened_by_a_district_lapse_never_closes_before_the_national_one() -> None:
    """Under the Perwali's 7 hari kerja a silent PPID is late sooner, and the keberatan
    window its silence opens starts sooner (the requester's safe day); its last day is
    never before the one the UU's own 10 hari kerja would give (D-13), in the timeline and
    in the batch path alike."""
    np = pytest.importorskip("numpy")
    from kiplib.batch import statuses

    national = RuleBook.national()
    received = _at(date(2025, 3, 3), 10)
    as_of = date(2025, 6, 30)
    events = [kiplib.RequestReceived(received)]
    local = kiplib.timeline(events, body=BODY, as_of=as_of, rules=RULES).entry(Step.OBJECTION)
    floor = kiplib.timeline(events, body=BODY, as_of=as_of, rules=national).entry(Step.OBJECTION)
    assert local is not None and floor is not None
    assert local.due < floor.due and local.latest == floor.latest
    # The explanation says where the last day comes from, with the article and D-13.
    assert "notice deadline of UU 14/2008 itself (Pasal 22)" in local.explain("en")
    assert "(D-13)" in local.explain("en") and "(D-13)" not in floor.explain("en")
    cols = statuses([received], as_of=as_of, body=BODY, rules=RULES)
    assert (cols["objection_due"][0], cols["objection_latest"][0]) == (
        np.datetime64(local.due),
        np.datetime64(local.latest),
    )
