"""Records and classifications follow the district plugins of their body: the roles of the
officials are stored (schema version 2, version 1 still loads), ``check`` adds the problems
of the district's checks, and ``classify`` applies the district's rules and exemption
templates above the national floor — only for a body in that district."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from kiplib import Citation, Role, hookimpl, serialization
from kiplib.errors import ConsequenceTestError, NeverExemptError
from kiplib.exemption import (
    ConsequenceTest,
    ConsequenceTestHistory,
    LocalChange,
    Official,
    check,
    classify,
    validate,
)
from kiplib.law import Category, Fact, InformationItem
from kiplib.plugins import (
    ClassificationRule,
    ConsequenceTestFacts,
    ExemptionTemplate,
    LocalPlugin,
    Regulation,
    Scope,
    UnitType,
    using_plugins,
)
from kiplib.testing import strategies as kst
from kiplib.testing.plugins import assert_classification_never_loosens, assert_never_loosens

karanganyar = pytest.importorskip("kiplib_karanganyar.plugin")
serdang_bedagai = pytest.importorskip("kiplib_serdang_bedagai.plugin")

GOLDEN = Path(__file__).parent / "golden"
PERDA = "Perda Kabupaten Karanganyar 10/2022"
PERBUP = "Perbup Serdang Bedagai 28/2017"

KARANGANYAR = kiplib.PublicBody(name="Dinas Kesehatan Kabupaten Karanganyar", region_code="33.13")
SERDANG = kiplib.PublicBody(name="Dinas Kesehatan Kabupaten Serdang Bedagai", region_code="12.18")
SURAKARTA = kiplib.PublicBody(name="Dinas Kesehatan Kota Surakarta", region_code="33.72")


def v1_record() -> ConsequenceTest:
    """The worked example as stored in version 1 (no roles)."""
    text = (GOLDEN / "v1" / "consequence_test.json").read_text("utf-8")
    return serialization.loads(text, ConsequenceTest)


def with_roles(
    record: ConsequenceTest,
    *,
    body: kiplib.PublicBody,
    ppid: Role | None = Role.PPID_IMPLEMENTING,
    approver: Role | None = Role.AGENCY_HEAD,
    approver_name: str | None = None,
) -> ConsequenceTest:
    official = attrs.evolve(record.approval.official, role=approver)
    if approver_name is not None:
        official = attrs.evolve(official, name=approver_name, position="Sekretaris Daerah")
    return attrs.evolve(
        record,
        body=body,
        ppid=attrs.evolve(record.ppid, role=ppid),
        approval=attrs.evolve(record.approval, official=official),
    )


@pytest.fixture
def districts() -> Iterator[None]:
    with using_plugins(karanganyar, serdang_bedagai):
        yield


# --------------------------------------------------------------------------- storage
def test_role_is_stored_and_read_back() -> None:
    record = with_roles(v1_record(), body=SERDANG)
    data = serialization.to_dict(record)
    assert data["schema_version"] == 3  # 2 added roles; 3 keeps a body's "not set" apart
    assert data["ppid"]["role"] == "ppid_pelaksana"
    assert data["approval"]["official"]["role"] == "kepala_opd"
    assert serialization.loads(serialization.dumps(record)) == record


def test_version_1_documents_load_without_roles_and_are_not_modified() -> None:
    text = (GOLDEN / "v1" / "consequence_test.json").read_text("utf-8")
    stored = json.loads(text)
    record = serialization.from_dict(stored, ConsequenceTest)
    assert json.loads(text) == stored
    assert record.ppid.role is None and record.approval.official.role is None
    assert all(s.role is None for s in record.signatories)
    # The version-2 golden file is the same record with its roles stated.
    v2 = serialization.loads((GOLDEN / "v2" / "consequence_test.json").read_text("utf-8"))
    assert (
        attrs.evolve(
            v2,
            ppid=attrs.evolve(v2.ppid, role=None),
            approval=attrs.evolve(
                v2.approval, official=attrs.evolve(v2.approval.official, role=None)
            ),
            signatories=tuple(attrs.evolve(s, role=None) for s in v2.signatories),
        )
        == record
    )


def test_history_and_body_records_upgrade_from_version_1() -> None:
    current = {r.kind: r.version for r in serialization.record_types()}
    assert (current["consequence_test_history"], current["body_records"]) == (3, 4)
    for name in ("consequence_test_history", "body_records"):
        stored = json.loads((GOLDEN / "v1" / f"{name}.json").read_text("utf-8"))
        assert stored["schema_version"] == 1
        record = serialization.from_dict(stored)
        assert serialization.to_dict(record)["schema_version"] == current[name]
    history = serialization.loads(
        (GOLDEN / "v1" / "consequence_test_history.json").read_text("utf-8"),
        ConsequenceTestHistory,
    )
    assert all(v.ppid.role is None for v in history.versions)


def test_unknown_role_is_refused_with_its_path() -> None:
    data = serialization.to_dict(with_roles(v1_record(), body=SERDANG))
    data["ppid"]["role"] = "lurah"
    with pytest.raises(kiplib.errors.StructureError) as err:
        serialization.from_dict(data)
    assert [p.path for p in err.value.problems] == ["$.ppid.role"]


@given(kst.consequence_tests())
def test_generated_records_round_trip_with_their_roles(record: ConsequenceTest) -> None:
    assert serialization.loads(serialization.dumps(record)) == record
    assert record.ppid.role in (None, Role.PPID_MAIN, Role.PPID_IMPLEMENTING, Role.PPID_ASSISTANT)


# --------------------------------------------------------------------------- facts
@given(kst.consequence_tests())
def test_facts_are_those_the_constructor_makes(record: ConsequenceTest) -> None:
    """A record's facts are made from its validated values without validating them again:
    equal, field by field and in type, to what the validating constructor makes of them."""
    facts = record.facts()
    again = ConsequenceTestFacts(**attrs.asdict(facts, recurse=False))
    assert facts == again and hash(facts) == hash(again)
    for field in attrs.fields(ConsequenceTestFacts):
        assert type(getattr(facts, field.name)) is type(getattr(again, field.name))


def test_facts_of_a_record() -> None:
    record = with_roles(v1_record(), body=SERDANG)
    signed = attrs.evolve(
        record, signatories=(Official("Sri Wahyuni", "PPID", role=Role.PPID_IMPLEMENTING),)
    )
    facts = signed.facts()
    assert facts.body == SERDANG
    assert facts.approved_by == (Role.HEAD_OF_BODY, Role.PPID_IMPLEMENTING, Role.AGENCY_HEAD)
    assert facts.signed_by == (Role.PPID_IMPLEMENTING,)
    assert facts.has_minutes and facts.tested_on == record.tested_on
    assert facts.unit_type is UnitType.AGENCY
    bare = v1_record().facts()
    assert bare.approved_by == (Role.HEAD_OF_BODY,) and bare.unit_type is None


@pytest.mark.parametrize(
    ("region", "ppid", "expected"),
    [
        ("12.18.05.2001", Role.PPID_IMPLEMENTING, UnitType.VILLAGE),
        ("12.18.05", Role.PPID_IMPLEMENTING, UnitType.DISTRICT),
        ("12.18", Role.PPID_MAIN, UnitType.REGIONAL_GOVERNMENT),
        ("12.18", Role.PPID_ASSISTANT, UnitType.AGENCY),
        ("12.18", None, None),
        (None, None, None),
    ],
)
def test_unit_type_is_derived_only_when_the_record_tells(
    region: str | None, ppid: Role | None, expected: UnitType | None
) -> None:
    body = kiplib.PublicBody(name="Badan X", region_code=region)
    assert with_roles(v1_record(), body=body, ppid=ppid).facts().unit_type is expected


# --------------------------------------------------------------------------- district checks
def test_national_record_passes_without_plugins() -> None:
    record = with_roles(v1_record(), body=KARANGANYAR)
    with using_plugins():
        assert check(record) == ()


def test_karanganyar_needs_the_sekda_only_in_karanganyar(districts: None) -> None:
    approved_by_head = with_roles(v1_record(), body=KARANGANYAR)
    problems = check(approved_by_head)
    assert [(p.path, p.code) for p in problems] == [("approval.official.role", "approval-missing")]
    problem = problems[0]
    assert problem.params["plugin"] == "kiplib_karanganyar.plugin"
    assert problem.params["citation"] == PERDA
    assert problem.params["official"] == "sekda"
    assert problem.message("id") == (
        f"uji konsekuensi harus disetujui Sekretaris Daerah (Sekda) ({PERDA})"
    )
    assert problem.message("en") == (
        f"the consequence test must be approved by the Regional Secretary (Sekda) ({PERDA})"
    )
    # The same record elsewhere in Jawa Tengah satisfies national law: no problem.
    assert check(attrs.evolve(approved_by_head, body=SURAKARTA)) == ()
    # Approved by the Sekda, it passes in Karanganyar.
    by_sekda = with_roles(
        v1_record(),
        body=KARANGANYAR,
        approver=Role.REGIONAL_SECRETARY,
        approver_name="Drs. Sutarno",
    )
    assert check(by_sekda) == ()


def test_serdang_bedagai_needs_ppid_pelaksana_and_kepala_opd(districts: None) -> None:
    complete = with_roles(v1_record(), body=SERDANG)
    assert check(complete) == ()
    no_roles = attrs.evolve(complete, ppid=v1_record().ppid, approval=v1_record().approval)
    problems = check(no_roles)
    assert [(p.path, p.code) for p in problems] == [
        ("ppid.role", "approval-missing"),
        ("approval.official.role", "approval-missing"),
    ]
    assert {p.params["citation"] for p in problems} == {PERBUP}
    assert all(p.params["plugin"] == "kiplib_serdang_bedagai.plugin" for p in problems)
    assert all(p.params["assumption"] for p in problems)
    # Outside Serdang Bedagai the same record without roles is lawful.
    assert check(attrs.evolve(no_roles, body=SURAKARTA)) == ()
    # A Karanganyar record approved by the Sekda is not enough in Serdang Bedagai.
    by_sekda = with_roles(v1_record(), body=SERDANG, approver=Role.REGIONAL_SECRETARY)
    assert [p.path for p in check(by_sekda)] == ["approval.official.role"]


def test_validate_and_amend_report_the_district_problem(districts: None) -> None:
    record = with_roles(v1_record(), body=KARANGANYAR)
    with pytest.raises(ConsequenceTestError) as err:
        validate(record)
    assert [p.path for p in err.value.problems] == ["approval.official.role"]
    assert "approval.official.role" in err.value.message("en")
    assert PERDA in err.value.message("en")
    by_sekda = with_roles(
        v1_record(),
        body=KARANGANYAR,
        approver=Role.REGIONAL_SECRETARY,
        approver_name="Drs. Sutarno",
    )
    history = ConsequenceTestHistory((by_sekda,))
    successor = attrs.evolve(
        record,
        number="800/113/DKK/2025",
        replaces=by_sekda.number,
        tested_on=date(2025, 3, 10),
        determined_on=date(2025, 3, 15),
        approval=attrs.evolve(record.approval, approved_on=date(2025, 3, 12)),
    )
    with pytest.raises(ConsequenceTestError):
        history.amend(successor)
    fixed = attrs.evolve(
        successor, approval=attrs.evolve(by_sekda.approval, approved_on=date(2025, 3, 12))
    )
    assert history.amend(fixed).current is fixed


def test_plugins_only_add_problems(districts: None) -> None:
    broken = attrs.evolve(v1_record(), body=SERDANG, harm_analysis=" ")
    with using_plugins():
        national = check(broken)
    local = check(broken)
    assert local[: len(national)] == national
    assert [p.path for p in national] == ["harm_analysis"]
    assert [p.path for p in local[len(national) :]] == ["ppid.role", "approval.official.role"]


# --------------------------------------------------------------------------- classification
class Coastal:
    """An invented kabupaten with its own classification rules and a tested DIK entry."""

    REG = "Perbup Pesisir 4/2024"

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="73.98", name="Kabupaten Pesisir")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (
            Regulation(
                Citation(self.REG), "Pengelolaan Informasi (fiktif)", in_force=date(2024, 1, 1)
            ),
        )

    @hookimpl
    def kiplib_classification_rules(self) -> Sequence[ClassificationRule]:
        return (
            ClassificationRule(
                "serta_merta",
                "Peringatan dini banjir rob",
                keywords=("banjir",),
                citation=Citation(self.REG, pasal=8),
            ),
            ClassificationRule(
                "dikecualikan",
                "Laporan keuangan BUMD",
                keywords=("laporan keuangan",),
                citation=Citation(self.REG, pasal=9),
                assumption="Contoh aturan yang bertentangan dengan UU.",
            ),
            ClassificationRule(
                "dikecualikan",
                "Notulen rapat internal",
                keywords=("notulen internal",),
                citation=Citation(self.REG, pasal=9),
            ),
        )

    @hookimpl
    def kiplib_exemption_templates(self) -> Sequence[ExemptionTemplate]:
        return (
            ExemptionTemplate(
                "Rekam medis pasien RSUD",
                grounds=(Citation("UU 14/2008", pasal=17, huruf="h", angka=2),),
                period="selama pasien tidak memberi persetujuan tertulis",
                citation=Citation(self.REG, pasal=12),
            ),
        )


COASTAL = kiplib.PublicBody(name="RSUD Kabupaten Pesisir", region_code="73.98")
COASTAL_PLUGIN = LocalPlugin(Coastal(), name="pesisir", version="0.3")
AS_OF = date(2024, 6, 3)


@pytest.fixture
def coastal() -> Iterator[None]:
    with using_plugins(COASTAL_PLUGIN):
        yield


def item(title: str, *facts: Fact, body: kiplib.PublicBody = COASTAL) -> InformationItem:
    return InformationItem(title=title, document_kind="dokumen", body=body, facts=facts)


def test_district_rule_raises_the_category_and_says_so(coastal: None) -> None:
    warning = item("Peta genangan banjir rob Juni 2024")
    national = classify(item(warning.title, body=SURAKARTA), as_of=AS_OF)
    assert national.category is Category.OPEN_ON_REQUEST and national.local == ()
    result = classify(warning, as_of=AS_OF)
    assert result.category is Category.IMMEDIATE
    (effect,) = result.local
    assert (effect.plugin, effect.change, effect.previous) == (
        "pesisir",
        LocalChange.CATEGORY,
        Category.OPEN_ON_REQUEST,
    )
    assert str(effect.citation) == "Perbup Pesisir 4/2024 Pasal 8"
    assert "Aturan daerah (pesisir, Perbup Pesisir 4/2024 Pasal 8)" in result.explain()
    assert "stricter than the national rules" in result.explain("en")
    assert serialization.loads(serialization.dumps(result)) == result


def test_district_cannot_exempt_what_national_law_opens(coastal: None) -> None:
    report = item("Laporan keuangan BUMD 2023", Fact.IS_FINANCIAL_REPORT)
    result = classify(report, as_of=AS_OF)
    assert result.category is Category.PERIODIC
    assert result.proposal is None
    (effect,) = result.local
    assert effect.change is LocalChange.IGNORED
    assert str(effect.national) == "UU 14/2008 Pasal 9 ayat (2) huruf c"
    text = result.explain("en")
    assert "District rule ignored (pesisir, Perbup Pesisir 4/2024 Pasal 9)" in text
    assert "Contoh aturan yang bertentangan dengan UU." in text


def test_district_exempt_rule_is_only_a_note(coastal: None) -> None:
    result = classify(item("Notulen internal rapat staf"), as_of=AS_OF)
    assert result.category is Category.OPEN_ON_REQUEST
    assert [e.change for e in result.local] == [LocalChange.EXEMPT_RULE]
    assert "UU 14/2008 Pasal 19" in result.explain()


def test_district_template_proposes_grounds_and_period(coastal: None) -> None:
    record = item("Rekam medis pasien RSUD 2023")
    result = classify(record, as_of=AS_OF)
    assert result.category is Category.OPEN_ON_REQUEST
    assert result.proposal is not None and result.proposal.grounds == ("h.2",)
    (effect,) = result.local
    assert effect.change is LocalChange.PROPOSAL and effect.grounds == ("h.2",)
    assert effect.period == "selama pasien tidak memberi persetujuan tertulis"
    assert "Templat DIK daerah (pesisir, Perbup Pesisir 4/2024 Pasal 12)" in result.explain()
    # Elsewhere the template does not apply.
    assert classify(item(record.title, body=SURAKARTA), as_of=AS_OF).proposal is None
    # With written consent (Pasal 18 ayat (2)) huruf h does not apply, template or not.
    consent = item(record.title, Fact.HAS_WRITTEN_CONSENT)
    assert classify(consent, as_of=AS_OF).proposal is None


def test_never_exempt_wins_over_a_district_template(coastal: None) -> None:
    court = item("Rekam medis pasien RSUD dalam putusan pengadilan", Fact.IS_COURT_DECISION)
    with pytest.raises(NeverExemptError) as err:
        classify(court, as_of=AS_OF)
    assert err.value.params["grounds"] == "h.2"


def test_not_held_items_ignore_district_rules(coastal: None) -> None:
    result = classify(item("Peringatan banjir 1990", Fact.NOT_HELD), as_of=AS_OF)
    assert result.category is Category.NOT_HELD and result.local == ()


def test_version_1_classifications_still_load() -> None:
    stored = json.loads((GOLDEN / "v1" / "classification.json").read_text("utf-8"))
    result = serialization.from_dict(stored)
    assert result.local == ()
    assert serialization.to_dict(result)["schema_version"] == 3


@given(
    kst.consequence_tests(),
    st.sampled_from((KARANGANYAR, SERDANG, SURAKARTA)),
    st.booleans(),
)
def test_district_checks_never_remove_a_national_problem(
    record: ConsequenceTest, body: kiplib.PublicBody, break_it: bool
) -> None:
    record = attrs.evolve(
        record, body=body, harm_analysis=" " if break_it else record.harm_analysis
    )
    with using_plugins():
        national = check(record)
    with using_plugins(karanganyar, serdang_bedagai):
        local = check(record)
    assert local[: len(national)] == national
    assert all(p.params["plugin"] != "kiplib" for p in local[len(national) :])
    if body is SURAKARTA:
        assert local == national


def test_the_kit_proves_classification_never_loosens() -> None:
    assert_classification_never_loosens(COASTAL_PLUGIN, max_examples=30)
    assert_never_loosens(serdang_bedagai, max_examples=5)


def test_the_kit_fails_when_a_district_lowers_a_category(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiplib.exemption import classification as _classification

    def lowering(
        book: object,
        item: InformationItem,
        category: Category | None,
        floor: object,
        proposed: list[str],
        as_of: object,
    ) -> tuple[Category | None, tuple[()]]:
        # What the floor forbids: the district keeps every must-publish item on request only.
        assert isinstance(book, kiplib.RuleBook)
        if not book.districts or category is Category.NOT_HELD:
            return category, ()
        return Category.OPEN_ON_REQUEST, ()

    monkeypatch.setattr(_classification, "_apply_plugins", lowering)
    with pytest.raises(AssertionError, match="less public"):
        assert_classification_never_loosens(COASTAL_PLUGIN, max_examples=60)
