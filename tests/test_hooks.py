"""One test per hook (``test_hook_<name>``), and the check that every hook has a test here and
a reference entry, with its exact signature, in ``docs/reference/hooks.md``."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import attrs
import pytest

import kiplib
from kiplib import Citation, DayKind, Step, StepRule, hookimpl, hookspecs, plugins
from kiplib.calendar import CalendarDay
from kiplib.errors import PluginError, Problem
from kiplib.law.steps import NATIONAL_TABLE
from kiplib.plugins import (
    ClassificationRule,
    CommissionPractice,
    ConsequenceTestFacts,
    Counting,
    DocumentKind,
    DocumentStyle,
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
    Signatory,
    UnitType,
    WorkingWeek,
)
from kiplib.rulebook import rules_or_default

DOCS = Path(__file__).resolve().parent.parent / "docs" / "reference" / "hooks.md"
PERDA = "Perda Contoh 3/2025"
BODY = kiplib.PublicBody(name="Dinas Contoh", region_code="64.99.01")


class Base:
    """The two hooks every plugin needs."""

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="64.99", name="Kabupaten Contoh")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation(PERDA), "Perda Contoh", in_force=date(2025, 1, 1)),)


def use(plugin: Base) -> AbstractContextManager[tuple[plugins.PluginInfo, ...]]:
    return plugins.using_plugins(LocalPlugin(plugin, name="contoh", version="0.1"))


def test_hook_kiplib_scope() -> None:
    with use(Base()) as infos:
        assert infos[-1].scope == Scope(region_code="64.99", name="Kabupaten Contoh")
        assert [c.info.name for c in plugins.plugins_for(BODY)] == ["kiplib", "contoh"]
        outside = kiplib.PublicBody(name="Dinas Contoh", region_code="64.98")
        assert [c.info.name for c in plugins.plugins_for(outside)] == ["kiplib"]


def test_hook_kiplib_regulations() -> None:
    with use(Base()) as infos:
        assert [str(r.citation) for r in infos[-1].regulations] == [PERDA]
        assert "kiplib_regulations" in infos[-1].hooks


def test_hook_kiplib_calendar_days() -> None:
    class Days(Base):
        @hookimpl
        def kiplib_calendar_days(self, scope: Scope) -> Sequence[CalendarDay]:
            assert scope.region_code == "64.99"
            return (
                CalendarDay(
                    date(2025, 3, 3), DayKind.LOCAL_HOLIDAY, "Hari Jadi", citation=Citation(PERDA)
                ),
                CalendarDay(
                    date(2025, 3, 8), DayKind.WORKING_DAY, "Sabtu masuk", citation=Citation(PERDA)
                ),
            )

    with use(Days()):
        cal = rules_or_default(None).for_body(BODY).calendar
        assert not cal.is_working_day(date(2025, 3, 3))
        assert cal.is_working_day(date(2025, 3, 8))
        assert cal.reasons(date(2025, 3, 3))[0].source == "contoh"


def test_hook_kiplib_working_week() -> None:
    class SixDays(Base):
        @hookimpl
        def kiplib_working_week(self) -> WorkingWeek:
            return WorkingWeek({0, 1, 2, 3, 4, 5}, citation=Citation(PERDA, pasal=2))

    with use(SixDays()):
        assert (
            rules_or_default(None).for_body(BODY).calendar.is_working_day(date(2025, 3, 8))
        )  # a Saturday
        assert kiplib.deadline(Step.NOTICE, date(2025, 3, 3), body=BODY).due == date(2025, 3, 14)
    assert kiplib.deadline(Step.NOTICE, date(2025, 3, 3), body=BODY).due == date(2025, 3, 17)


def test_hook_kiplib_deadline_rules() -> None:
    class Stricter(Base):
        @hookimpl
        def kiplib_deadline_rules(self) -> Sequence[StepRule]:
            national = NATIONAL_TABLE.rule_for(Step.OBJECTION_RESPONSE, date(2025, 1, 1))
            return (
                StepRule(
                    Step.OBJECTION_RESPONSE,
                    20,
                    national.unit,
                    Citation(PERDA, pasal=4, ayat=2),
                    clock_starts=national.clock_starts,
                    body_receives=True,
                ),
            )

    with use(Stricter()):
        d = kiplib.deadline(Step.OBJECTION_RESPONSE, date(2025, 3, 3), body=BODY)
    assert d.count == 20
    assert d.floor is not None and d.floor.count == 30
    assert "20 hari kerja — Perda Contoh 3/2025 Pasal 4 ayat (2), lebih ketat dari" in d.explain()


def test_hook_kiplib_receipt_policy() -> None:
    class Wit(Base):
        @hookimpl
        def kiplib_receipt_policy(self) -> ReceiptPolicy:
            return ReceiptPolicy(
                citation=Citation(PERDA, pasal=5),
                timezone="WIT",
                after_hours=kiplib.AfterHoursPolicy.NEXT_WORKING_DAY,
                service_closes_at=time(15, 30),
            )

    with use(Wit()):
        body = rules_or_default(None).for_body(BODY).body
        at = datetime(2025, 3, 3, 14, 45, tzinfo=timezone(timedelta(hours=7)))  # 16:45 WIT
        d = kiplib.deadline(Step.NOTICE, at, body=BODY)
    assert body.timezone == "Asia/Jayapura"
    assert body.service_closes_at == time(15, 30)
    assert d.clock_start == date(2025, 3, 4)


def test_hook_kiplib_commission_practices() -> None:
    regency = attrs.evolve(BODY, level=kiplib.BodyLevel.REGENCY_CITY)
    source = Citation("Komisi Informasi Provinsi Contoh, Putusan 1/2025")

    class SameDay(Base):
        @hookimpl
        def kiplib_commission_practices(self) -> Sequence[CommissionPractice]:
            return (
                CommissionPractice(
                    "provinsi:64", "KI Provinsi Contoh", (Counting.SAME_DAY,), (source,)
                ),
            )

    national = kiplib.deadline(Step.NOTICE, date(2025, 3, 5), body=regency)
    with use(SameDay()):
        practice = rules_or_default(None).for_body(regency).practice
        d = kiplib.deadline(Step.NOTICE, date(2025, 3, 5), body=regency)
    # kiplib knows no practice of this commission: both readings apply before the plugin …
    assert (national.due, national.latest) == (date(2025, 3, 18), date(2025, 3, 19))
    # … and the plugin's decision settles it: the day of receipt is day 1.
    assert practice is not None and practice.known and practice.sources == (source,)
    assert (d.due, d.latest) == (date(2025, 3, 18), date(2025, 3, 18))
    assert "D-12" in d.conventions

    class Elsewhere(Base):
        @hookimpl
        def kiplib_commission_practices(self) -> Sequence[CommissionPractice]:
            return (
                CommissionPractice("provinsi:32", "KI Jawa Barat", (Counting.NEXT_DAY,), (source,)),
            )

    with pytest.raises(PluginError) as raised, use(Elsewhere()):
        pass
    assert raised.value.problem == "invalid-contribution"


def test_hook_kiplib_ppid_units() -> None:
    class Units(Base):
        @hookimpl
        def kiplib_ppid_units(self) -> Sequence[PpidUnit]:
            return (
                PpidUnit(
                    PpidKind.IMPLEMENTING,
                    UnitType.VILLAGE,
                    "Desa",
                    superior=Role.VILLAGE_HEAD,
                    approvers=(Role.VILLAGE_HEAD,),
                    citation=Citation(PERDA, pasal=6),
                ),
            )

    with use(Units()):
        assert [u.superior for u in plugins.ppid_units_for(BODY)] == [Role.VILLAGE_HEAD]


def test_hook_kiplib_exemption_templates() -> None:
    class Templates(Base):
        @hookimpl
        def kiplib_exemption_templates(self) -> Sequence[ExemptionTemplate]:
            return (
                ExemptionTemplate(
                    "Hasil evaluasi kinerja pegawai",
                    grounds=(Citation("UU 14/2008", pasal=17, huruf="h", angka=4),),
                    period="selama pegawai bersangkutan menjabat",
                    citation=Citation(PERDA, pasal=7),
                ),
            )

    with use(Templates()):
        (template,) = plugins.exemption_templates_for(BODY)
    assert str(template.grounds[0]) == "UU 14/2008 Pasal 17 huruf h angka 4"


def test_hook_kiplib_classification_rules() -> None:
    class Rules(Base):
        @hookimpl
        def kiplib_classification_rules(self) -> Sequence[ClassificationRule]:
            return (
                ClassificationRule(
                    "serta_merta", "Peringatan dini bencana", ("bencana",), Citation(PERDA, pasal=8)
                ),
            )

    with use(Rules()):
        assert [r.category for r in plugins.classification_rules_for(BODY)] == ["serta_merta"]


def test_hook_kiplib_register_cycles() -> None:
    class Cycles(Base):
        @hookimpl
        def kiplib_register_cycles(self) -> Sequence[RegisterCycle]:
            return (
                RegisterCycle(
                    "DIK", 4, Role.REGIONAL_SECRETARY, "DIK April", Citation(PERDA, pasal=9)
                ),
            )

    with use(Cycles()):
        assert [(c.register, c.month) for c in plugins.register_cycles_for(BODY)] == [("DIK", 4)]


def test_hook_kiplib_consequence_test_checks() -> None:
    def camat_signs(facts: ConsequenceTestFacts) -> Iterable[Problem]:
        if Role.DISTRICT_HEAD not in facts.signed_by:
            yield Problem("signed_by", "camat", "Camat menandatangani berita acara", {})

    class Checks(Base):
        @hookimpl
        def kiplib_consequence_test_checks(self) -> Sequence[RecordCheck]:
            return (RecordCheck("camat", camat_signs, citation=Citation(PERDA, pasal=10)),)

    with use(Checks()):
        names = [(p, c.name) for p, c in plugins.consequence_test_checks_for(BODY)]
        problems = plugins.check_consequence_test(ConsequenceTestFacts(BODY))
    assert names == [("kiplib", "approval-by-head"), ("contoh", "camat")]
    assert [p.code for p in problems] == ["approval-missing", "camat"]


def test_hook_kiplib_document_style() -> None:
    class Style(Base):
        @hookimpl
        def kiplib_document_style(self, scope: Scope) -> DocumentStyle:
            assert scope.region_code == "64.99"
            return DocumentStyle(
                citation=Citation(PERDA, pasal=11),
                letterhead=("PEMERINTAH KABUPATEN CONTOH",),
                signatories={"dip": (Signatory("Menyetujui,", "Sekretaris Daerah"),)},
                numbering="{seq:03d}/PPID/{year}",
            )

    outside = kiplib.PublicBody(name="Dinas Contoh", region_code="64.98")
    with use(Style()):
        style = plugins.document_style_for(BODY)
        national = plugins.document_style_for(outside)
    assert style.source == "contoh" and style.letterhead == ("PEMERINTAH KABUPATEN CONTOH",)
    assert [s.position for s in style.signatories_for(DocumentKind.DIP)] == ["Sekretaris Daerah"]
    assert style.number(4, date(2025, 2, 27), DocumentKind.DIP) == "004/PPID/2025"
    assert national.letterhead == () and national.source == "kiplib"


# --------------------------------------------------------------------------- completeness
def _signature(name: str) -> str:
    """``def kiplib_x(scope: Scope) -> Sequence[Regulation]`` as the spec declares it."""
    sig = inspect.signature(getattr(hookspecs, name))
    params = ", ".join(f"{p.name}: {p.annotation}" for p in sig.parameters.values())
    return f"def {name}({params}) -> {sig.return_annotation}"


def _reference() -> str:
    return DOCS.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", plugins.hook_names())
def test_every_hook_has_a_test_and_a_reference_entry(name: str) -> None:
    assert callable(globals().get(f"test_hook_{name}")), f"no test_hook_{name} in {__file__}"
    text = _reference()
    assert re.search(rf"^## `{name}`$", text, re.MULTILINE), f"{name}: no heading in {DOCS}"
    signature = _signature(name)
    assert signature in text, f"{name}: the reference does not show {signature!r}"


def test_reference_lists_no_unknown_hook() -> None:
    documented = re.findall(r"^## `(kiplib_\w+)`$", _reference(), re.MULTILINE)
    assert sorted(documented) == sorted(plugins.hook_names())
    assert len(plugins.hook_names()) == 13
