"""District plugins: both real plugins and an invented WITA plugin change deadlines and data;
bad plugins are refused with the exact error; precedence is by scope, not registration."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta, timezone
from importlib import metadata
from pathlib import Path

import attrs
import pytest

import kiplib
from kiplib import Citation, DayKind, Step, StepRule, hookimpl, plugins
from kiplib.calendar import CalendarDay
from kiplib.errors import PLUGIN_PROBLEMS, PluginError
from kiplib.law.steps import NATIONAL_TABLE, CountUnit
from kiplib.plugins import (
    ClassificationRule,
    ConsequenceTestFacts,
    ExemptionTemplate,
    LocalPlugin,
    PpidKind,
    PpidUnit,
    ReceiptPolicy,
    RecordCheck,
    RegisterCycle,
    Regulation,
    Role,
    Scope,
    UnitType,
    WorkingWeek,
)
from kiplib.rulebook import rules_or_default
from kiplib.rulebook.book import set_default

kiplib_karanganyar = pytest.importorskip("kiplib_karanganyar.plugin")
kiplib_serdang_bedagai = pytest.importorskip("kiplib_serdang_bedagai.plugin")

PERBUP = "Perbup Fiktif 1/2024"
WITA = "Asia/Makassar"


class Fictional:
    """An invented kabupaten in WITA (for tests only): a local holiday, a 7-day notice, the
    after-hours rule of the courts' standard, and every other hook once."""

    def __init__(self, region: str = "73.99", notice: int = 7) -> None:
        self.region = region
        self.notice = notice

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code=self.region, name="Kabupaten Fiktif")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (
            Regulation(
                Citation(PERBUP), "Standar Layanan Informasi (fiktif)", in_force=date(2024, 1, 1)
            ),
        )

    @hookimpl
    def kiplib_calendar_days(self) -> Sequence[CalendarDay]:
        return (
            CalendarDay(
                date(2024, 6, 5),
                DayKind.LOCAL_HOLIDAY,
                "Hari Jadi Kabupaten Fiktif",
                citation=Citation(PERBUP, pasal=9),
            ),
        )

    @hookimpl
    def kiplib_deadline_rules(self) -> Sequence[StepRule]:
        national = NATIONAL_TABLE.rule_for(Step.NOTICE, date(2024, 1, 1))
        return (
            StepRule(
                Step.NOTICE,
                self.notice,
                CountUnit.WORKING_DAYS,
                Citation(PERBUP, pasal=5),
                clock_starts=national.clock_starts,
                body_receives=True,
            ),
        )

    @hookimpl
    def kiplib_receipt_policy(self) -> ReceiptPolicy:
        return ReceiptPolicy(citation=Citation(PERBUP, pasal=6), timezone="WITA")

    @hookimpl
    def kiplib_working_week(self) -> WorkingWeek:
        return WorkingWeek({0, 1, 2, 3, 4}, citation=Citation(PERBUP, pasal=7))

    @hookimpl
    def kiplib_ppid_units(self) -> Sequence[PpidUnit]:
        return (
            PpidUnit(
                PpidKind.MAIN,
                UnitType.REGIONAL_GOVERNMENT,
                "Diskominfo Kabupaten Fiktif",
                superior=Role.REGIONAL_SECRETARY,
                approvers=(Role.REGIONAL_SECRETARY,),
                citation=Citation(PERBUP, pasal=3),
            ),
        )

    @hookimpl
    def kiplib_exemption_templates(self) -> Sequence[ExemptionTemplate]:
        return (
            ExemptionTemplate(
                "Data rekam medis pasien RSUD",
                grounds=(Citation("UU 14/2008", pasal=17, huruf="h", angka=2),),
                period="selama diperlukan untuk melindungi rahasia pribadi",
                citation=Citation(PERBUP, pasal=12),
            ),
        )

    @hookimpl
    def kiplib_classification_rules(self) -> Sequence[ClassificationRule]:
        return (
            ClassificationRule(
                "serta_merta",
                "Peringatan banjir",
                keywords=("banjir",),
                citation=Citation(PERBUP, pasal=10),
            ),
        )

    @hookimpl
    def kiplib_register_cycles(self) -> Sequence[RegisterCycle]:
        return (
            RegisterCycle(
                "DIP",
                1,
                Role.REGIONAL_SECRETARY,
                "DIP disusun bulan Januari",
                citation=Citation(PERBUP, pasal=11),
            ),
        )

    @hookimpl
    def kiplib_consequence_test_checks(self) -> Sequence[RecordCheck]:
        return (
            RecordCheck(
                "fiktif-berita-acara",
                lambda facts: plugins.require_minutes(facts, Citation(PERBUP, pasal=13)),
                citation=Citation(PERBUP, pasal=13),
            ),
        )


def fictional(region: str = "73.99", notice: int = 7, name: str = "fiktif") -> LocalPlugin:
    return LocalPlugin(Fictional(region, notice), name=name, version="1.2.3")


ALL_THREE = (kiplib_serdang_bedagai, kiplib_karanganyar, fictional())
FICTIONAL_BODY = kiplib.PublicBody(name="Dinas Kesehatan Kabupaten Fiktif", region_code="73.99")
KARANGANYAR_BODY = kiplib.PublicBody(name="Dinas Kesehatan", region_code="33.13")
SERDANG_BODY = kiplib.PublicBody(name="Dinas Pendidikan", region_code="12.18.05")


@pytest.fixture
def three() -> Iterator[tuple[plugins.PluginInfo, ...]]:
    with plugins.using_plugins(*ALL_THREE) as infos:
        yield infos


# --------------------------------------------------------------------------- the real effect
def test_three_plugins_load_in_any_order(three: tuple[plugins.PluginInfo, ...]) -> None:
    assert [i.name for i in three] == [
        "kiplib",
        "kiplib_serdang_bedagai.plugin",
        "kiplib_karanganyar.plugin",
        "fiktif",
    ]
    assert three[-1].version == "1.2.3"
    assert three[1].scope.region_code == "12.18"
    assert three[2].scope.region_code == "33.13"


def test_fictional_wita_plugin_changes_the_notice_deadline(three: object) -> None:
    start = date(2024, 6, 3)
    national = kiplib.deadline(Step.NOTICE, start)
    local = kiplib.deadline(Step.NOTICE, start, body=FICTIONAL_BODY)
    # National: 10 hari kerja skipping Idul Adha (17 June) and its cuti bersama (18 June).
    assert national.due == date(2024, 6, 19)
    # Local: 7 hari kerja, and 5 June is the kabupaten's anniversary.
    assert local.due == date(2024, 6, 13)
    assert local.count == 7
    assert local.rule.source == "fiktif"
    assert local.floor == NATIONAL_TABLE.rule_for(Step.NOTICE, start)
    assert local.timezone == WITA
    assert date(2024, 6, 5) in [d.date for d in local.skipped_days()]
    text = local.explain()
    assert (
        "7 hari kerja — Perbup Fiktif 1/2024 Pasal 5, lebih ketat dari "
        "UU 14/2008 Pasal 22 ayat (7) (10 hari kerja); sumber: fiktif"
    ) in text
    assert "Hari Jadi Kabupaten Fiktif (libur daerah; fiktif, Perbup Fiktif 1/2024 Pasal 9)" in text
    assert "plugin: fiktif 1.2.3" in text
    english = local.explain("en")
    assert "stricter than UU 14/2008 Pasal 22 ayat (7) (10 working days)" in english


def test_extension_counts_on_the_stricter_notice(three: object) -> None:
    extended = kiplib.deadline(Step.NOTICE_EXTENDED, date(2024, 6, 3), body=FICTIONAL_BODY)
    assert extended.base_count == 7
    assert extended.count == 14
    assert extended.floor is None


def test_wita_time_zone_from_the_plugin_moves_the_local_date(three: object) -> None:
    late_wib = datetime(2024, 6, 3, 23, 30, tzinfo=timezone(timedelta(hours=7)))
    national = kiplib.deadline(Step.OBJECTION, late_wib)
    local = kiplib.deadline(Step.OBJECTION, late_wib, body=FICTIONAL_BODY)
    assert national.start == date(2024, 6, 3)
    assert local.start == date(2024, 6, 4)  # 00:30 WITA
    own_zone = kiplib.PublicBody(name="X", region_code="73.99", timezone="WIT")
    assert rules_or_default(None).for_body(own_zone).body.timezone == "Asia/Jayapura"


def test_real_plugins_keep_national_deadlines(three: object) -> None:
    for body in (KARANGANYAR_BODY, SERDANG_BODY):
        for step in Step:
            start = date(2024, 6, 3)
            assert kiplib.deadline(step, start, body=body) == kiplib.deadline(step, start)
        assert rules_or_default(None).for_body(body).calendar is kiplib.national_calendar(
            cuti_bersama=True
        )
        assert rules_or_default(None).for_body(body).table == NATIONAL_TABLE


def test_resolution_is_cached_per_scope(three: object) -> None:
    other = kiplib.PublicBody(name="Kecamatan Fiktif", region_code="73.99.02")
    assert (
        rules_or_default(None).for_body(FICTIONAL_BODY).calendar
        is rules_or_default(None).for_body(other).calendar
    )
    assert (
        rules_or_default(None).for_body(FICTIONAL_BODY).table
        is rules_or_default(None).for_body(other).table
    )


def test_karanganyar_data(three: object) -> None:
    cycles = plugins.register_cycles_for(KARANGANYAR_BODY)
    assert [(c.register, c.month, c.approver) for c in cycles] == [
        ("DIP", 2, Role.REGIONAL_SECRETARY),
        ("DIK", 3, Role.REGIONAL_SECRETARY),
    ]
    rules = plugins.classification_rules_for(KARANGANYAR_BODY)
    assert [r.category for r in rules] == ["berkala", "serta_merta", "setiap_saat"]
    assert {str(r.citation) for r in rules} == {"Perda Kabupaten Karanganyar 10/2022 Pasal 11"}
    assert all(r.assumption for r in rules)
    facts = ConsequenceTestFacts(KARANGANYAR_BODY, approved_by=(Role.AGENCY_HEAD,))
    problems = plugins.check_consequence_test(facts)
    assert [p.code for p in problems] == ["approval-missing"]
    assert "Regional Secretary (Sekda)" in problems[0].message("en")
    ok = ConsequenceTestFacts(KARANGANYAR_BODY, approved_by=(Role.REGIONAL_SECRETARY,))
    assert plugins.check_consequence_test(ok) == ()


def test_serdang_bedagai_data(three: object) -> None:
    units = plugins.ppid_units_for(SERDANG_BODY)
    assert units[0].host == "Dinas Komunikasi dan Informatika Kabupaten Serdang Bedagai"
    assert {u.unit_type for u in units} == set(UnitType)
    opd = next(u for u in units if u.unit_type is UnitType.AGENCY)
    assert opd.superior is Role.AGENCY_HEAD
    facts = ConsequenceTestFacts(SERDANG_BODY, approved_by=(Role.PPID_IMPLEMENTING,))
    problems = plugins.check_consequence_test(facts)
    assert [(p.path, p.code) for p in problems] == [
        ("has_minutes", "minutes-missing"),
        ("approved_by", "approval-missing"),
    ]
    ok = ConsequenceTestFacts(
        SERDANG_BODY,
        approved_by=(Role.PPID_IMPLEMENTING, Role.AGENCY_HEAD),
        has_minutes=True,
    )
    assert plugins.check_consequence_test(ok) == ()
    village = ConsequenceTestFacts(
        SERDANG_BODY,
        approved_by=(Role.PPID_IMPLEMENTING, Role.AGENCY_HEAD),
        has_minutes=True,
        unit_type=UnitType.VILLAGE,
    )
    assert [p.params["official"] for p in plugins.check_consequence_test(village)] == [
        "kepala_desa"
    ]
    regulation = plugins.list_plugins()[1].regulations[0]
    assert [str(c) for c in regulation.replaces] == ["Perbup Serdang Bedagai 9/2015"]


def test_national_check_applies_everywhere(three: object) -> None:
    problems = plugins.check_consequence_test(ConsequenceTestFacts(FICTIONAL_BODY))
    assert [p.code for p in problems] == ["approval-missing", "minutes-missing"]
    assert "PP 61/2010 Pasal 3 ayat (2)" in problems[0].message()


# --------------------------------------------------------------------------- precedence
class Province:
    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="73", name="Provinsi Fiktif")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation("Pergub Fiktif 2/2024"), "Pergub", in_force=date(2024, 1, 1)),)

    @hookimpl
    def kiplib_deadline_rules(self) -> Sequence[StepRule]:
        return (
            StepRule(
                Step.NOTICE,
                9,
                CountUnit.WORKING_DAYS,
                Citation("Pergub Fiktif 2/2024", pasal=4),
                clock_starts="sejak permintaan informasi diterima",
                body_receives=True,
            ),
        )


@pytest.mark.parametrize("order", ["province-first", "regency-first"])
def test_precedence_is_by_scope_not_registration(order: str) -> None:
    province = LocalPlugin(Province(), name="provinsi", version="1")
    regency = fictional()
    chain = (province, regency) if order == "province-first" else (regency, province)
    with plugins.using_plugins(*chain):
        in_regency = kiplib.deadline(Step.NOTICE, date(2024, 6, 3), body=FICTIONAL_BODY)
        elsewhere = kiplib.PublicBody(name="Dinas", region_code="73.01")
        in_province = kiplib.deadline(Step.NOTICE, date(2024, 6, 3), body=elsewhere)
        names = [c.info.name for c in plugins.plugins_for(FICTIONAL_BODY)]
    assert in_regency.count == 7 and in_regency.rule.source == "fiktif"
    assert in_province.count == 9 and in_province.rule.source == "provinsi"
    assert names == ["kiplib", "provinsi", "fiktif"]


def test_body_scope_is_narrowest() -> None:
    class OneBody(Fictional):
        @hookimpl
        def kiplib_scope(self) -> Scope:
            return Scope(bodies=("Dinas Kesehatan Kabupaten Fiktif",))

    with plugins.using_plugins(
        LocalPlugin(OneBody(notice=5), name="satu-badan", version="1"), fictional()
    ):
        d = kiplib.deadline(Step.NOTICE, date(2024, 6, 3), body=FICTIONAL_BODY)
    assert d.count == 5 and d.rule.source == "satu-badan"


# --------------------------------------------------------------------------- bad plugins
def _load_error(plugin: object, name: str = "buruk", version: str = "0.9") -> PluginError:
    with (
        pytest.raises(PluginError) as info,
        plugins.using_plugins(LocalPlugin(plugin, name=name, version=version)),
    ):
        pass
    return info.value


def test_laxer_deadline_is_refused() -> None:
    err = _load_error(Fictional(notice=12))
    assert err.code == "plugin-error"
    assert err.problem == "deadline-longer"
    assert err.params["plugin"] == "buruk" and err.params["version"] == "0.9"
    assert str(err) == (
        "plugin buruk 0.9: kiplib_deadline_rules: notice 12 working_days ditolak "
        "(UU 14/2008 Pasal 22 ayat (7) (10 working_days)): tenggat daerah tidak boleh lebih "
        "panjang dari undang-undang"
    )
    assert err.message("en") == (
        "plugin buruk 0.9: kiplib_deadline_rules: notice 12 working_days refused "
        "(UU 14/2008 Pasal 22 ayat (7) (10 working_days)): a local deadline may not be longer "
        "than the law's"
    )
    assert isinstance(err, ValueError)


def test_missing_citation_is_refused() -> None:
    class NoCitation(Fictional):
        @hookimpl
        def kiplib_calendar_days(self) -> Sequence[CalendarDay]:
            return (CalendarDay(date(2024, 6, 5), DayKind.LOCAL_HOLIDAY, "Hari Jadi"),)

    err = _load_error(NoCitation())
    assert err.problem == "missing-citation"
    assert err.params["rule"] == "kiplib_calendar_days: 2024-06-05 Hari Jadi"


def test_deadline_rule_citing_no_article_is_refused() -> None:
    class NoArticle(Fictional):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            rule = Fictional().kiplib_deadline_rules()[0]
            return (attrs.evolve(rule, citation=Citation(PERBUP)),)

    assert _load_error(NoArticle()).problem == "missing-citation"


def test_conflicting_scope_is_refused() -> None:
    with (
        pytest.raises(PluginError) as info,
        plugins.using_plugins(fictional(name="pertama"), fictional(name="kedua")),
    ):
        pass
    err = info.value
    assert err.problem == "scope-conflict"
    assert err.params["plugin"] == "kedua"
    assert err.params["article"] == "pertama 1.2.3"
    assert str(err) == (
        "plugin kedua 1.2.3: kiplib_scope: Kabupaten Fiktif (73.99) ditolak (pertama 1.2.3): "
        "wilayah ini sudah diatur plugin lain"
    )


def test_raising_hook_names_plugin_and_version() -> None:
    class Raises(Fictional):
        @hookimpl
        def kiplib_ppid_units(self) -> Sequence[PpidUnit]:
            raise RuntimeError("data rusak")

    err = _load_error(Raises(), name="meledak", version="2.0.1")
    assert err.problem == "hook-raised"
    assert str(err) == (
        "plugin meledak 2.0.1: kiplib_ppid_units ditolak (-): hook menimbulkan galat saat dimuat"
    )
    assert isinstance(err.__cause__, RuntimeError)


def test_shorter_keberatan_window_is_refused() -> None:
    class Short(Fictional):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            national = NATIONAL_TABLE.rule_for(Step.OBJECTION, date(2024, 1, 1))
            return (attrs.evolve(national, count=14, citation=Citation(PERBUP, pasal=8)),)

    err = _load_error(Short())
    assert err.problem == "objection-window-shorter"
    assert "UU 14/2008 Pasal 36 ayat (1)" in err.params["article"]


def test_removing_a_national_holiday_is_refused() -> None:
    class Removes(Fictional):
        @hookimpl
        def kiplib_calendar_days(self) -> Sequence[CalendarDay]:
            return (
                CalendarDay(
                    date(2024, 8, 17),
                    DayKind.WORKING_DAY,
                    "Masuk kerja",
                    citation=Citation(PERBUP, pasal=9),
                ),
            )

    err = _load_error(Removes())
    assert err.problem == "removes-national-day"
    assert "Hari Kemerdekaan" in err.params["article"]


@pytest.mark.parametrize(
    ("step", "count", "unit", "problem"),
    [
        (Step.DISPUTE, 10, CountUnit.WORKING_DAYS, "step-not-local"),
        (Step.NOTICE, 7, CountUnit.CALENDAR_DAYS, "rule-shape-changed"),
    ],
)
def test_rules_outside_district_power(
    step: Step, count: int, unit: CountUnit, problem: str
) -> None:
    class Outside(Fictional):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            national = NATIONAL_TABLE.rule_for(step, date(2024, 1, 1))
            return (
                attrs.evolve(national, count=count, unit=unit, citation=Citation(PERBUP, pasal=8)),
            )

    assert _load_error(Outside()).problem == problem


def test_shorter_working_week_and_national_scope_and_missing_scope() -> None:
    class FourDays(Fictional):
        @hookimpl
        def kiplib_working_week(self) -> WorkingWeek:
            return WorkingWeek({0, 1, 2, 3}, citation=Citation(PERBUP, pasal=7))

    class National(Fictional):
        @hookimpl
        def kiplib_scope(self) -> Scope:
            return Scope()

    class NoRegulation:
        @hookimpl
        def kiplib_scope(self) -> Scope:
            return Scope(region_code="73.98")

    class Nothing:
        @hookimpl
        def kiplib_regulations(self) -> Sequence[Regulation]:
            return ()

    assert _load_error(FourDays()).problem == "working-week-shorter"
    assert _load_error(National()).problem == "national-scope"
    assert _load_error(NoRegulation()).problem == "missing-citation"
    assert _load_error(Nothing()).problem == "scope-missing"


def test_wrong_types_and_unknown_hooks_are_refused() -> None:
    class WrongType(Fictional):
        @hookimpl
        def kiplib_ppid_units(self) -> Sequence[PpidUnit]:
            return ("Diskominfo",)  # type: ignore[return-value]

    class Unknown(Fictional):
        @hookimpl
        def kiplib_deadlines(self) -> None:
            return None

    class BadTemplate(Fictional):
        @hookimpl
        def kiplib_exemption_templates(self) -> Sequence[ExemptionTemplate]:
            return (
                ExemptionTemplate(
                    "x", (Citation("Perbup X 1/2020"),), "5 tahun", citation=Citation(PERBUP)
                ),
            )

    assert _load_error(WrongType()).problem == "invalid-contribution"
    assert _load_error(Unknown()).problem == "invalid-contribution"
    assert _load_error(BadTemplate()).problem == "invalid-contribution"


def test_raising_check_names_plugin() -> None:
    class Broken(Fictional):
        @hookimpl
        def kiplib_consequence_test_checks(self) -> Sequence[RecordCheck]:
            def boom(facts: ConsequenceTestFacts) -> tuple[()]:
                raise KeyError("x")

            return (RecordCheck("boom", boom, citation=Citation(PERBUP, pasal=13)),)

    with (
        plugins.using_plugins(LocalPlugin(Broken(), name="retak", version="3")),
        pytest.raises(PluginError) as info,
    ):
        plugins.check_consequence_test(
            ConsequenceTestFacts(FICTIONAL_BODY, approved_by=(Role.REGENT,))
        )
    assert info.value.params["plugin"] == "retak" and info.value.params["version"] == "3"


def test_every_problem_code_is_produced_somewhere() -> None:
    here = Path(plugins.__file__).parent
    source = "".join(
        p.read_text(encoding="utf-8")
        for p in (*here.glob("*.py"), *(here.parent / "rulebook").glob("*.py"))
    )
    for code in PLUGIN_PROBLEMS:
        assert f'"{code}"' in source


# --------------------------------------------------------------------------- loading switches
def _fake_entry_points(*, group: str) -> list[metadata.EntryPoint]:
    assert group == "kiplib"
    return [
        metadata.EntryPoint("karanganyar", "kiplib_karanganyar.plugin", "kiplib"),
        metadata.EntryPoint("serdang-bedagai", "kiplib_serdang_bedagai.plugin", "kiplib"),
    ]


@pytest.fixture
def restore() -> Iterator[None]:
    saved = set_default(None)
    set_default(saved)
    yield
    set_default(saved)


@pytest.mark.usefixtures("restore")
def test_entry_points_and_environment_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metadata, "entry_points", _fake_entry_points)
    names = [i.name for i in plugins.load_plugins(environ={})]
    assert names == ["kiplib", "karanganyar", "serdang-bedagai"]
    assert plugins.list_plugins()[1].origin == "entry-point"
    env = {"KIPLIB_LOAD_PLUGINS": "serdang-bedagai"}
    assert [i.name for i in plugins.load_plugins(environ=env)] == ["kiplib", "serdang-bedagai"]
    env = {"KIPLIB_NO_PLUGINS": "1", "KIPLIB_LOAD_PLUGINS": "karanganyar"}
    assert [i.name for i in plugins.load_plugins(environ=env)] == ["kiplib"]


@pytest.mark.usefixtures("restore")
def test_trace_writes_every_hook_call(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(metadata, "entry_points", _fake_entry_points)
    plugins.load_plugins(environ={"KIPLIB_TRACE_PLUGINS": "1"})
    err = capsys.readouterr().err
    assert "karanganyar ?: kiplib_register_cycles -> (RegisterCycle(" in err


@pytest.mark.usefixtures("restore")
def test_broken_entry_point_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*, group: str) -> list[metadata.EntryPoint]:
        return [metadata.EntryPoint("hilang", "kiplib_no_such_module", "kiplib")]

    monkeypatch.setattr(metadata, "entry_points", broken)
    with pytest.raises(PluginError) as info:
        plugins.load_plugins(environ={})
    assert info.value.params["plugin"] == "hilang"
    assert info.value.problem == "hook-raised"


def test_manager_is_built_lazily_and_checked() -> None:
    pm = plugins.get_plugin_manager()
    assert pm.project_name == "kiplib"
    assert pm.has_plugin("kiplib")
    assert plugins.NATIONAL == "kiplib"


def test_service_hours_from_plugin() -> None:
    class Courts(Fictional):
        @hookimpl
        def kiplib_receipt_policy(self) -> ReceiptPolicy:
            return ReceiptPolicy(
                citation=Citation(PERBUP, pasal=6),
                after_hours=kiplib.AfterHoursPolicy.NEXT_WORKING_DAY,
                service_closes_at=time(15, 0),
            )

    with plugins.using_plugins(LocalPlugin(Courts(), name="jam", version="1")):
        late = datetime(2024, 6, 3, 15, 30, tzinfo=timezone(timedelta(hours=7)))
        d = kiplib.deadline(Step.NOTICE, late, body=FICTIONAL_BODY)
    assert d.clock_start == date(2024, 6, 4)
    assert "D-7" in d.conventions


class _BadCategory(Fictional):
    @hookimpl
    def kiplib_classification_rules(self) -> Sequence[ClassificationRule]:
        return (ClassificationRule("rahasia", "x", citation=Citation(PERBUP, pasal=1)),)  # type: ignore[arg-type]


class _BadMonth(Fictional):
    @hookimpl
    def kiplib_register_cycles(self) -> Sequence[RegisterCycle]:
        return (RegisterCycle("DIP", 13, Role.REGENT, "x", citation=Citation(PERBUP)),)


class _NotCallable(Fictional):
    @hookimpl
    def kiplib_consequence_test_checks(self) -> Sequence[RecordCheck]:
        return (RecordCheck("x", "bukan fungsi", citation=Citation(PERBUP)),)  # type: ignore[arg-type]


class _BadWeekday(Fictional):
    @hookimpl
    def kiplib_working_week(self) -> WorkingWeek:
        return WorkingWeek({0, 1, 2, 3, 4, 9}, citation=Citation(PERBUP, pasal=7))


class _BadZone(Fictional):
    @hookimpl
    def kiplib_receipt_policy(self) -> ReceiptPolicy:
        return ReceiptPolicy(citation=Citation(PERBUP, pasal=6), timezone="Mars/Olympus")


class _NationalDay(Fictional):
    @hookimpl
    def kiplib_calendar_days(self) -> Sequence[CalendarDay]:
        return (
            CalendarDay(
                date(2024, 6, 5), DayKind.NATIONAL_HOLIDAY, "Libur", citation=Citation(PERBUP)
            ),
        )


class _BadArgument(Fictional):
    @hookimpl
    def kiplib_ppid_units(self, body: object) -> Sequence[PpidUnit]:  # type: ignore[override]
        return ()


@pytest.mark.parametrize(
    "plugin",
    [_BadCategory, _BadMonth, _NotCallable, _BadWeekday, _BadZone, _NationalDay, _BadArgument],
)
def test_invalid_contributions_are_refused(plugin: type[Fictional]) -> None:
    err = _load_error(plugin())
    assert err.problem == "invalid-contribution"
    assert err.params["plugin"] == "buruk"


def test_same_name_twice_is_refused() -> None:
    with (
        pytest.raises(PluginError) as info,
        plugins.using_plugins(fictional(name="sama"), fictional(region="73.98", name="sama")),
    ):
        pass
    assert info.value.problem == "scope-conflict"


class _ScopeNotAScope(Fictional):
    @hookimpl
    def kiplib_scope(self) -> Scope:
        return "73.99"  # type: ignore[return-value]


def test_scope_of_the_wrong_type_is_refused() -> None:
    assert _load_error(_ScopeNotAScope()).problem == "invalid-contribution"


def test_contributions_explain_their_basis_and_assumption(three: object) -> None:
    unit = plugins.ppid_units_for(SERDANG_BODY)[3]
    assert unit.explain("en").splitlines() == [
        "Implementing PPID (PPID Pelaksana) (desa) at Desa; atasan PPID: Village head "
        "(Kepala Desa); consequence "
        "tests approved by: Implementing PPID (PPID Pelaksana), Village head (Kepala Desa)",
        "Legal basis: Perbup Serdang Bedagai 28/2017",
        "Assumption (in Bahasa Indonesia): Di desa, Kepala Desa adalah atasan PPID "
        "(Perki 1/2018 Pasal 8); Perbup belum dibaca.",
    ]
    (template,) = plugins.exemption_templates_for(FICTIONAL_BODY)
    assert template.explain().splitlines() == [
        "Data rekam medis pasien RSUD: dikecualikan (UU 14/2008 Pasal 17 huruf h angka 2); "
        "jangka waktu: selama diperlukan untuk melindungi rahasia pribadi",
        "Dasar hukum: Perbup Fiktif 1/2024 Pasal 12",
    ]
    rule = plugins.classification_rules_for(KARANGANYAR_BODY)[1]
    assert rule.explain().startswith(
        "Informasi yang wajib diumumkan secara serta merta: serta_merta"
    )
    cycle = plugins.register_cycles_for(KARANGANYAR_BODY)[0]
    assert cycle.explain().splitlines()[0] == (
        "DIP: disusun bulan Februari, disetujui Sekretaris Daerah (Sekda)"
    )


def test_problems_name_the_check_and_its_assumption(three: object) -> None:
    (problem,) = plugins.check_consequence_test(
        ConsequenceTestFacts(KARANGANYAR_BODY, approved_by=(Role.AGENCY_HEAD,))
    )
    assert problem.params["plugin"] == "kiplib_karanganyar.plugin"
    assert problem.params["check"] == "karanganyar-approved-by-sekda"
    assert problem.params["assumption"].startswith("Pasal yang mengatur")


def test_a_contribution_built_without_its_validators_is_refused_naming_the_plugin() -> None:
    """A plugin that switches attrs validators off still gets its values checked at load."""

    class Lax:
        @kiplib.hookimpl
        def kiplib_scope(self) -> Scope:
            return Scope(region_code="64.99", name="Kabupaten Contoh")

        @kiplib.hookimpl
        def kiplib_regulations(self) -> tuple[Regulation, ...]:
            return (
                Regulation(
                    kiplib.Citation("Perda Contoh 1/2025"), "Contoh", in_force=date(2025, 1, 1)
                ),
            )

        @kiplib.hookimpl
        def kiplib_deadline_rules(self) -> tuple[kiplib.StepRule, ...]:
            national = NATIONAL_TABLE.rule_for(kiplib.Step.NOTICE, date(2025, 1, 1))
            with attrs.validators.disabled():
                row = attrs.evolve(
                    national,
                    count="7",  # type: ignore[arg-type]
                    citation=kiplib.Citation("Perbup Contoh 1/2025", pasal=5),
                )
            return (row,)

    with pytest.raises(PluginError) as caught:
        kiplib.RuleBook.of(LocalPlugin(Lax(), name="lax", version="1"))
    err = caught.value
    assert err.params["problem"] == "invalid-contribution"
    assert err.params["plugin"] == "lax" and "count" in err.message("en")


def test_a_komisi_step_dated_before_the_komisi_rules_is_refused_naming_the_article() -> None:
    """A mediation row dated before Perki 1/2013 set the step: refused as any Komisi step,
    naming the plugin, the rule and the article (it was a NoRuleInForceError naming none)."""

    class EarlyMediation(Fictional):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            national = NATIONAL_TABLE.rule_for(Step.MEDIATION, date(2014, 1, 1))
            return (
                attrs.evolve(
                    national,
                    count=10,
                    citation=Citation(PERBUP, pasal=8),
                    effective_from=date(2012, 6, 1),
                ),
            )

    err = _load_error(EarlyMediation())
    assert err.problem == "step-not-local"
    assert "Perki 1/2013" in err.params["article"] and "mediation" in err.params["rule"]


def test_only_the_national_law_itself_is_trusted_as_builtin() -> None:
    """Contributions that only say they are "builtin" are refused: after the national law
    (they would skip every check) and in its place (they would replace the law)."""
    from kiplib.plugins import Contributions
    from kiplib.rulebook.national import NATIONAL

    longer = attrs.evolve(
        NATIONAL_TABLE.rule_for(Step.NOTICE, date(2024, 1, 1)),
        count=20,
        citation=Citation(PERBUP, pasal=5),
        source="contoh",
    )
    district = Contributions(
        info=attrs.evolve(NATIONAL.info, name="contoh", version="1", origin="builtin"),
        deadline_rules=(longer,),
    )
    from kiplib import RuleBook

    for given in ((NATIONAL, district), (attrs.evolve(NATIONAL, deadline_rules=(longer,)),)):
        with pytest.raises(PluginError) as raised:
            RuleBook(given)
        assert raised.value.params["problem"] == "not-national"
    assert RuleBook((NATIONAL,)) == RuleBook.national()
    assert RuleBook(RuleBook.installed().plugins) == RuleBook.installed()
