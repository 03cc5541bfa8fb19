"""Tests of the Karanganyar plugin, run against the installed kiplib."""

from __future__ import annotations

from datetime import date

import kiplib
import pytest
from kiplib import Step, plugins
from kiplib.plugins import ConsequenceTestFacts, DocumentKind, Role
from kiplib.testing.plugins import assert_never_loosens, assert_plugin_conforms, registered

from kiplib_karanganyar import data, plugin

BODY = kiplib.PublicBody(name="Dinas Kesehatan Kabupaten Karanganyar", region_code="33.13")


def test_conforms() -> None:
    info = assert_plugin_conforms(plugin)
    assert info.scope.region_code == "33.13"
    assert [str(r.citation) for r in info.regulations] == ["Perda Kabupaten Karanganyar 10/2022"]


def test_never_loosens_the_national_rules() -> None:
    assert_never_loosens(plugin, max_examples=25)


def test_deadlines_stay_national() -> None:
    with registered(plugin):
        local = kiplib.deadline(Step.NOTICE, date(2024, 4, 5), body=BODY)
    assert local.due == date(2024, 4, 29)
    assert local.floor is None


def test_dip_in_february_dik_in_march_approved_by_sekda() -> None:
    with registered(plugin):
        cycles = plugins.register_cycles_for(BODY)
        rules = plugins.classification_rules_for(BODY)
    assert [(c.register, c.month, c.approver) for c in cycles] == [
        ("DIP", 2, Role.REGIONAL_SECRETARY),
        ("DIK", 3, Role.REGIONAL_SECRETARY),
    ]
    assert [r.category for r in rules] == ["berkala", "serta_merta", "setiap_saat"]
    assert all(c.assumption == data.ASSUMPTION_ARTICLE for c in cycles)


def test_consequence_test_needs_the_sekda() -> None:
    with registered(plugin):
        missing = plugins.check_consequence_test(
            ConsequenceTestFacts(BODY, approved_by=(Role.AGENCY_HEAD,))
        )
        ok = plugins.check_consequence_test(
            ConsequenceTestFacts(BODY, approved_by=(Role.REGIONAL_SECRETARY,))
        )
    assert [p.params["official"] for p in missing] == ["sekda"]
    assert ok == ()


def test_other_regions_untouched() -> None:
    elsewhere = kiplib.PublicBody(name="Dinas Kesehatan", region_code="33.14")
    with registered(plugin):
        assert plugins.register_cycles_for(elsewhere) == ()


def test_document_style_kop_sekda_and_numbering() -> None:
    with registered(plugin):
        style = plugins.document_style_for(BODY)
        elsewhere = plugins.document_style_for(
            kiplib.PublicBody(name="Dinas Kesehatan", region_code="33.14")
        )
    assert style.letterhead == ("PEMERINTAH KABUPATEN KARANGANYAR",)
    assert style.assumption == data.ASSUMPTION_DOCUMENTS
    assert str(style.citation) == "Perda Kabupaten Karanganyar 10/2022"
    for kind in (DocumentKind.CLASSIFICATION_DECISION, DocumentKind.DIP, DocumentKind.DIK):
        assert [s.position for s in style.signatories_for(kind)] == [data.SEKDA]
    assert style.number(7, date(2025, 3, 3), DocumentKind.DIK) == "007/PPID/2025"
    assert elsewhere.letterhead == ()
    assert elsewhere.signatories_for(DocumentKind.DIP) == ()


def test_documents_render_with_the_kop_from_the_installed_templates() -> None:
    pytest.importorskip("jinja2")
    from kiplib import documents

    dip = kiplib.DipRegister(body=BODY, year=2025, adopted_on=date(2025, 2, 27), entries=())
    with registered(plugin):
        page = documents.render_dip(dip, place="Karanganyar")
        text = documents.render_dip(dip, format="markdown")
    assert "<p>PEMERINTAH KABUPATEN KARANGANYAR</p>" in page
    assert "Sekretaris Daerah Kabupaten Karanganyar" in page
    assert "size: A4 landscape" in page
    assert text.startswith("**PEMERINTAH KABUPATEN KARANGANYAR**")
    assert "| Menyetujui, | Sekretaris Daerah Kabupaten Karanganyar | (nama terang) |" in text
