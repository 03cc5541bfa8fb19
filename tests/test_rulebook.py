"""One explicit rule book: the same call gives the same answer whatever is installed, a body's
own settings win, the national floor holds on every route and at its very edge."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, time, timedelta, timezone
from importlib import metadata

import kiplib_karanganyar.plugin as karanganyar
import kiplib_serdang_bedagai.plugin as serdang_bedagai
import pytest

import district
import kiplib
from kiplib import (
    AfterHoursPolicy,
    BodyLevel,
    CalendarDay,
    Citation,
    DayKind,
    PublicBody,
    RuleBook,
    Step,
    StepRule,
    hookimpl,
    serialization,
)
from kiplib.errors import PluginError
from kiplib.law import NATIONAL_TABLE
from kiplib.law.floor import EARLIEST_CLOSING
from kiplib.plugins import LocalPlugin, ReceiptPolicy, Regulation, Scope, WorkingWeek
from kiplib.plugins.manager import installed_rule_book, parse_switch

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
PERBUP = "Perbup Contoh 3/2025"
KARANGANYAR = PublicBody(
    "Dinas Kesehatan Kabupaten Karanganyar", level=BodyLevel.REGENCY_CITY, region_code="33.13"
)
CONTOH = PublicBody(
    "Dinas Sosial Kabupaten Contoh", level=BodyLevel.REGENCY_CITY, region_code="73.97"
)


class District:
    """A fictional kabupaten (73.97) whose rules each test adds."""

    def __init__(self, region: str = "73.97") -> None:
        self.region = region

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code=self.region, name="Kabupaten Contoh")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (
            Regulation(Citation(PERBUP), "Pelayanan Informasi Publik", in_force=date(2025, 1, 1)),
        )


def book(plugin: object, name: str = "contoh") -> RuleBook:
    return RuleBook.of(LocalPlugin(plugin, name=name, version="1"))


def refused(plugin: object) -> PluginError:
    with pytest.raises(PluginError) as err:
        book(plugin)
    return err.value


def notice_rows(count: int, step: Step = Step.NOTICE) -> Sequence[StepRule]:
    national = NATIONAL_TABLE.rule_for(step, date(2025, 1, 1))
    return (
        StepRule(
            step,
            count,
            national.unit,
            Citation(PERBUP, pasal=4),
            clock_starts=national.clock_starts,
            base=national.base,
            body_receives=national.body_receives,
        ),
    )


# --------------------------------------------------------------------------- the value
def test_national_rule_book_is_one_value() -> None:
    assert RuleBook.national() is RuleBook.national()
    assert RuleBook.national() == RuleBook(())
    assert RuleBook.national().names == ("kiplib",)
    assert hash(RuleBook.national()) == hash(RuleBook(()))


def test_rule_books_of_the_same_plugins_are_equal() -> None:
    a = RuleBook.of(karanganyar, serdang_bedagai)
    b = RuleBook.of(serdang_bedagai, karanganyar)
    assert a.names[0] == "kiplib"
    assert {*a.names} == {*b.names}
    assert a.for_body(KARANGANYAR).names == b.for_body(KARANGANYAR).names


def test_pickled_rule_book_gives_equal_results_in_worker_processes() -> None:
    rules = RuleBook.of(karanganyar, serdang_bedagai)
    again = pickle.loads(pickle.dumps(rules))
    assert again == rules
    starts = [date(2024, 4, 5) + timedelta(days=7 * i) for i in range(6)]
    here = [_notice_due(rules, s) for s in starts]
    with ProcessPoolExecutor(max_workers=2) as pool:
        there = list(pool.map(_notice_due, [rules] * len(starts), starts))
    assert there == here


def _notice_due(rules: RuleBook, start: date) -> date:
    return kiplib.deadline(Step.NOTICE, start, body=KARANGANYAR, rules=rules).due


def test_a_body_is_resolved_once_per_rule_book() -> None:
    rules = RuleBook.of(karanganyar)
    assert rules.for_body(KARANGANYAR) is rules.for_body(KARANGANYAR)
    other = RuleBook.of(karanganyar)
    assert other.for_body(KARANGANYAR) is not rules.for_body(KARANGANYAR)


def test_rule_books_do_not_share_what_they_resolved() -> None:
    """Two rule books used from many threads at once never give each other's answers (the
    old process-wide memo kept a stale body when the plugins changed under it)."""

    class Wita(District):
        @hookimpl
        def kiplib_receipt_policy(self) -> ReceiptPolicy:
            return ReceiptPolicy(citation=Citation(PERBUP, pasal=6), timezone="WITA")

    with_plugin, national = book(Wita()), RuleBook.national()
    wrong: list[str] = []

    def work(i: int) -> None:
        body = PublicBody(f"Dinas {i % 7}", region_code="73.97")
        for _ in range(50):
            if with_plugin.for_body(body).body.timezone != "Asia/Makassar":
                wrong.append("plugin")
            if national.for_body(body).body.timezone != "Asia/Jakarta":
                wrong.append("national")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []


# --------------------------------------------------------------------------- the environment
def test_installed_rule_book_is_the_entry_points() -> None:
    installed = sorted(ep.name for ep in metadata.entry_points(group="kiplib"))
    assert installed_rule_book(environ={}).names[1:] == tuple(installed)
    expected = os.environ.get("KIPLIB_EXPECT_PLUGINS")
    if expected is not None:  # the tests_with_plugins session: they must really be there
        assert sorted(expected.split(",")) == installed


def test_same_call_same_answer_whatever_is_installed() -> None:
    """With ``rules=RuleBook.national()`` a result does not depend on the distributions
    installed: here (maybe with the district plugins) and in a process that loads none."""
    here = district.national_answers()
    code = (
        "import json, sys\n"
        "sys.path.insert(0, 'tests')\n"
        "import district\n"
        "print(json.dumps(district.national_answers()))\n"
    )
    env = {**os.environ, "KIPLIB_NO_PLUGINS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == here


@pytest.mark.parametrize(
    ("value", "on"),
    [("1", True), ("yes", True), (" TRUE ", True), ("0", False), ("no", False), ("", False)],
)
def test_switches_take_only_yes_or_no(value: str, on: bool) -> None:
    assert parse_switch({"KIPLIB_NO_PLUGINS": value}, "KIPLIB_NO_PLUGINS") is on


@pytest.mark.parametrize("value", ["tidak", "2", "on?", "false!"])
def test_a_switch_that_says_something_else_is_an_error(value: str) -> None:
    with pytest.raises(PluginError) as err:
        installed_rule_book(environ={"KIPLIB_NO_PLUGINS": value})
    assert err.value.problem == "invalid-switch"
    assert "KIPLIB_NO_PLUGINS" in str(err.value)


def test_no_plugins_zero_loads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metadata, "entry_points", _two_entry_points)
    assert installed_rule_book(environ={"KIPLIB_NO_PLUGINS": "0"}).names[1:] == (
        "karanganyar",
        "serdang-bedagai",
    )
    assert installed_rule_book(environ={"KIPLIB_NO_PLUGINS": "1"}).names == ("kiplib",)


def test_an_unknown_allowed_plugin_is_an_error_naming_the_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(metadata, "entry_points", _two_entry_points)
    with pytest.raises(PluginError) as err:
        installed_rule_book(environ={"KIPLIB_LOAD_PLUGINS": "karangayar"})  # misspelt
    assert err.value.problem == "unknown-plugin"
    message = err.value.message("en")
    assert "karangayar" in message and "karanganyar, serdang-bedagai" in message


def _two_entry_points(*, group: str) -> list[metadata.EntryPoint]:
    assert group == "kiplib"
    return [
        metadata.EntryPoint("karanganyar", "kiplib_karanganyar.plugin", "kiplib"),
        metadata.EntryPoint("serdang-bedagai", "kiplib_serdang_bedagai.plugin", "kiplib"),
    ]


def test_a_raising_hook_is_chained_and_traced(capsys: pytest.CaptureFixture[str]) -> None:
    class Raising(District):
        @hookimpl
        def kiplib_ppid_units(self) -> Sequence[object]:
            raise ZeroDivisionError("angka nol")

    from kiplib.plugins.manager import rule_book_of

    with pytest.raises(PluginError) as err:
        rule_book_of([LocalPlugin(Raising(), name="rusak", version="2")], environ={})
    assert isinstance(err.value.__cause__, ZeroDivisionError)
    assert capsys.readouterr().err == ""
    with pytest.raises(PluginError):
        rule_book_of(
            [LocalPlugin(Raising(), name="rusak", version="2")],
            environ={"KIPLIB_TRACE_PLUGINS": "1"},
        )
    traced = capsys.readouterr().err
    assert "ZeroDivisionError: angka nol" in traced and "rusak 2: kiplib_ppid_units" in traced


def test_an_iterable_that_raises_while_read_is_refused() -> None:
    class Lazy(District):
        @hookimpl
        def kiplib_calendar_days(self) -> object:
            def days() -> object:
                yield CalendarDay(
                    date(2025, 3, 3), DayKind.LOCAL_HOLIDAY, "x", citation=Citation(PERBUP)
                )
                raise RuntimeError("habis")

            return days()

    assert refused(Lazy()).problem == "hook-raised"


def test_a_contribution_of_the_wrong_type_is_refused() -> None:
    class StringStep(District):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            return (StepRule("pemberitahuan", 7, "working_days", Citation(PERBUP, pasal=4), "x"),)

    err = refused(StringStep())
    assert err.problem == "invalid-contribution"
    assert "step" in err.message("en")


# --------------------------------------------------------------------------- a body's own settings
class Wita(District):
    @hookimpl
    def kiplib_receipt_policy(self) -> ReceiptPolicy:
        return ReceiptPolicy(
            citation=Citation(PERBUP, pasal=6),
            timezone="WITA",
            after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
            service_closes_at=time(15, 30),
        )


def test_an_explicit_wib_body_in_a_wita_district_stays_wib() -> None:
    rules = book(Wita())
    explicit = PublicBody("Kantor Pusat di Contoh", region_code="73.97", timezone="Asia/Jakarta")
    assert rules.for_body(explicit).body.timezone == "Asia/Jakarta"
    assert rules.for_body(CONTOH).body.timezone == "Asia/Makassar"
    at = datetime(2024, 6, 3, 23, 30, tzinfo=WIB)  # 00:30 WITA on 4 June
    assert kiplib.deadline(Step.NOTICE, at, body=explicit, rules=rules).start == date(2024, 6, 3)
    assert kiplib.deadline(Step.NOTICE, at, body=CONTOH, rules=rules).start == date(2024, 6, 4)


def test_a_body_own_after_hours_policy_and_closing_time_win() -> None:
    rules = book(Wita())
    own = PublicBody(
        "Dinas Pendidikan Kabupaten Contoh",
        region_code="73.97",
        after_hours=AfterHoursPolicy.SAME_DAY,
        service_closes_at=time(17, 0),
    )
    settled = rules.for_body(own).body
    assert settled.after_hours is AfterHoursPolicy.SAME_DAY
    assert settled.service_closes_at == time(17, 0)
    assert settled.timezone == "Asia/Makassar"  # left unset: the district's


def test_timeline_dates_events_in_the_district_zone() -> None:
    """A notice sent at 00:30 WITA on the day after its due date is late (it was the due
    date in WIB, the zone the caller's clock runs on)."""
    rules = book(Wita())
    received = datetime(2024, 6, 3, 9, 0, tzinfo=WITA)
    # The last day any reading allows (D-12): a notice after it is late under all of them.
    due = kiplib.deadline(Step.NOTICE, received, body=CONTOH, rules=rules).latest
    sent = datetime.combine(due + timedelta(days=1), time(0, 30), tzinfo=WITA).astimezone(WIB)
    t = kiplib.timeline(
        [
            kiplib.RequestReceived(received),
            kiplib.NoticeSent(sent, kiplib.NoticeOutcome.ACCEPTED),
        ],
        body=CONTOH,
        as_of=due + timedelta(days=3),
        rules=rules,
    )
    entry = t.entry(Step.NOTICE)
    assert entry is not None and entry.done_on == due + timedelta(days=1)
    assert entry.state is kiplib.EntryState.LATE


def test_batch_agrees_with_deadline_under_a_district_zone_and_policy() -> None:
    rules = book(Wita())
    received = [datetime(2024, 6, 3, h, 0, tzinfo=WIB) for h in (8, 14, 15, 23)]
    cols = kiplib.batch.notice_status(
        received, [None] * 4, as_of=date(2024, 6, 4), body=CONTOH, rules=rules
    )
    assert cols.due == tuple(
        kiplib.deadline(Step.NOTICE, r, body=CONTOH, rules=rules).due for r in received
    )


# --------------------------------------------------------------------------- the floor, at its edge
@pytest.mark.parametrize(("count", "ok"), [(29, False), (30, True), (45, True)])
def test_keberatan_window_edge(count: int, ok: bool) -> None:
    class Window(District):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            return notice_rows(count, Step.OBJECTION)

    if ok:
        assert (
            book(Window()).for_body(CONTOH).table.rule_for(Step.OBJECTION, date(2025, 1, 1)).count
            == count
        )
    else:
        assert refused(Window()).problem == "objection-window-shorter"


@pytest.mark.parametrize(
    ("step", "count", "ok"),
    [
        (Step.NOTICE, 10, True),
        (Step.NOTICE, 11, False),
        (Step.NOTICE, 1, True),
        (Step.NOTICE_EXTENDED, 7, True),
        (Step.NOTICE_EXTENDED, 8, False),
        (Step.OBJECTION_RESPONSE, 30, True),
        (Step.OBJECTION_RESPONSE, 31, False),
    ],
)
def test_body_deadline_edge(step: Step, count: int, ok: bool) -> None:
    class Rule(District):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            return notice_rows(count, step)

    if ok:
        book(Rule())
    else:
        assert refused(Rule()).problem == "deadline-longer"


def test_a_target_instead_of_a_deadline_is_refused() -> None:
    class Target(District):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            import attrs

            return (attrs.evolve(notice_rows(10)[0], binding=False),)

    assert refused(Target()).problem == "rule-shape-changed"


def test_every_friday_off_does_not_move_the_notice() -> None:
    """Local days off never give the body more time than the UU: the notice of a request of
    5 April 2024 stays where the national rule puts it for this body (D-13) — 26 April when the
    day of receipt is day 1, 29 April when it is not (the commission's practice is not known,
    D-12) — and the explanation says why."""

    class Fridays(District):
        @hookimpl
        def kiplib_calendar_days(self) -> Sequence[CalendarDay]:
            first = date(2024, 1, 5)
            return tuple(
                CalendarDay(
                    first + timedelta(weeks=i),
                    DayKind.NON_WORKING_DAY,
                    "Jumat",
                    citation=Citation(PERBUP, pasal=9),
                )
                for i in range(52)
            )

    rules = book(Fridays())
    d = kiplib.deadline(Step.NOTICE, date(2024, 4, 5), body=CONTOH, rules=rules)
    floor = kiplib.deadline(Step.NOTICE, date(2024, 4, 5), body=CONTOH, rules=RuleBook.national())
    assert (d.due, d.latest, d.local_due) == (
        date(2024, 4, 26),
        date(2024, 4, 29),
        date(2024, 5, 2),
    )
    assert (d.due, d.latest) == (floor.due, floor.latest)
    assert "D-13" in d.conventions and "D-13" in d.explain()
    # The requester is not shortened either: the keberatan window keeps the national days.
    window = kiplib.deadline(Step.OBJECTION, date(2024, 4, 29), body=CONTOH, rules=rules)
    national = kiplib.deadline(
        Step.OBJECTION, date(2024, 4, 29), body=CONTOH, rules=RuleBook.national()
    )
    assert window.due == national.due and window.latest > national.latest


def test_working_saturdays_do_not_shorten_the_requester_window() -> None:
    week_perbup = "Perbup Contoh 1/2024"  # in force before the dates counted below

    class SevenDays(District):
        @hookimpl
        def kiplib_regulations(self) -> Sequence[Regulation]:
            return (
                Regulation(Citation(PERBUP), "Pelayanan", in_force=date(2025, 1, 1)),
                Regulation(Citation(week_perbup), "Hari kerja", in_force=date(2024, 1, 1)),
            )

        @hookimpl
        def kiplib_working_week(self) -> WorkingWeek:
            return WorkingWeek(range(7), citation=Citation(week_perbup, pasal=2))

    rules = book(SevenDays())
    window = kiplib.deadline(Step.OBJECTION, date(2024, 4, 29), body=CONTOH, rules=rules)
    national = kiplib.deadline(
        Step.OBJECTION, date(2024, 4, 29), body=CONTOH, rules=RuleBook.national()
    )
    # The two readings of "sejak X" (D-12: the commission's practice is not known) give
    # 14 June and 19 June; working Saturdays move neither.
    assert (
        (window.due, window.latest)
        == (national.due, national.latest)
        == (
            date(2024, 6, 14),
            date(2024, 6, 19),
        )
    )
    assert window.local_due is not None and window.local_due < window.due
    # ... while the body's own notice may be earlier (a stricter week binds the body).
    notice = kiplib.deadline(Step.NOTICE, date(2024, 4, 29), body=CONTOH, rules=rules)
    assert (
        notice.due < kiplib.deadline(Step.NOTICE, date(2024, 4, 29), rules=RuleBook.national()).due
    )
    for step in (Step.DISPUTE, Step.DISPUTE_START, Step.DISPUTE_END, Step.COURT):
        ki = kiplib.deadline(step, date(2024, 4, 29), body=CONTOH, rules=rules)
        floor = kiplib.deadline(step, date(2024, 4, 29), body=CONTOH, rules=RuleBook.national())
        assert (ki.due, ki.latest) == (floor.due, floor.latest)


@pytest.mark.parametrize(
    ("closes", "ok"), [(time(0, 0), False), (time(14, 59), False), (EARLIEST_CLOSING, True)]
)
def test_closing_time_edge(closes: time, ok: bool) -> None:
    class Closing(District):
        @hookimpl
        def kiplib_receipt_policy(self) -> ReceiptPolicy:
            return ReceiptPolicy(
                citation=Citation(PERBUP, pasal=6),
                after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
                service_closes_at=closes,
            )

    if ok:
        book(Closing())
    else:
        err = refused(Closing())
        assert err.problem == "invalid-contribution" and "Perpres 21/2023 Pasal 4" in str(err)


@pytest.mark.parametrize(
    ("zone", "ok"), [("Pacific/Kiritimati", False), ("WIT", True), ("Asia/Pontianak", True)]
)
def test_a_district_zone_is_indonesian(zone: str, ok: bool) -> None:
    class Zone(District):
        @hookimpl
        def kiplib_receipt_policy(self) -> ReceiptPolicy:
            return ReceiptPolicy(citation=Citation(PERBUP, pasal=6), timezone=zone)

    if ok:
        book(Zone())
    else:
        assert refused(Zone()).problem == "invalid-contribution"


def test_a_plugin_cannot_take_the_default_body_as_its_scope() -> None:
    class Everyone:
        @hookimpl
        def kiplib_scope(self) -> Scope:
            return Scope(bodies=("badan publik",))

        @hookimpl
        def kiplib_regulations(self) -> Sequence[Regulation]:
            return (Regulation(Citation(PERBUP), "x", in_force=date(2025, 1, 1)),)

    assert refused(Everyone()).problem == "invalid-contribution"


def test_calls_without_a_body_are_national_in_any_rule_book() -> None:
    rules = book(Wita())
    assert rules.for_body(None).names == ("kiplib",)


# --------------------------------------------------------------------------- read back
def test_a_deadline_read_back_explains_itself_given_rules() -> None:
    rules = book(Wita())
    d = kiplib.deadline(Step.NOTICE, datetime(2024, 6, 3, 9, tzinfo=WITA), body=CONTOH, rules=rules)
    again = serialization.loads(serialization.dumps(d))
    assert again.calendar is None
    assert again.explain("en", rules=rules, body=CONTOH) == d.explain("en")


def test_a_timeline_read_back_explains_itself_and_exports_to_icalendar() -> None:
    pytest.importorskip("icalendar")
    from kiplib.ical import to_ical

    rules = book(Wita())
    t = kiplib.timeline(
        [kiplib.RequestReceived(datetime(2024, 6, 3, 9, tzinfo=WITA))],
        body=CONTOH,
        as_of=date(2024, 6, 5),
        rules=rules,
    )
    again = serialization.loads(serialization.dumps(t))
    assert again.explain("en", rules=rules) == t.explain("en")
    assert to_ical(again, rules=rules) == to_ical(t)
