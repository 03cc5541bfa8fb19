"""Corrections of a legal audit, each pinned to the words of the law it rests on."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import attrs
import pytest

import kiplib
from kiplib import Citation, Step
from kiplib.exemption import (
    ConsequenceTest,
    ExemptionPeriod,
    InstrumentType,
    LegalBasis,
    Redaction,
    ReleaseEvent,
    advise,
    check,
    classify,
    exemption_status,
)
from kiplib.law import (
    CONFINED_CONDITIONS,
    GROUNDS,
    LISTED_ITEMS,
    NATIONAL_TABLE,
    NOT_HELD_CITATIONS,
    NOT_HELD_HOLDER_CITATION,
    Category,
    Fact,
    InformationItem,
    ReleaseCondition,
    ground,
    listed_item,
)
from kiplib.law.steps import DISPUTE_AFTER_ANSWER, DISPUTE_AFTER_SILENCE
from kiplib.registers import DipEntry, DipRegister, InformationForm, dip_from_csv, dip_to_csv
from kiplib.requests.engine import _NOTE_SILENT_ATASAN
from test_consequence import example

WIB = timezone(timedelta(hours=7))


# ------------------------------------------------------------------ the sengketa window
def test_the_sengketa_window_cites_perki_pasal_13_by_its_huruf() -> None:
    assert str(DISPUTE_AFTER_ANSWER) == "Perki 1/2013 Pasal 13 huruf a"
    assert str(DISPUTE_AFTER_SILENCE) == "Perki 1/2013 Pasal 13 huruf b"
    rule = NATIONAL_TABLE.rule_for(Step.DISPUTE, date(2024, 1, 8))
    assert str(rule.citation) == "UU 14/2008 Pasal 37 ayat (2)"
    # The row's clock starts on an answer (huruf a) or on silence (huruf b), in that order.
    assert rule.basis == (DISPUTE_AFTER_ANSWER, DISPUTE_AFTER_SILENCE)
    text = kiplib.deadline(Step.DISPUTE, date(2024, 1, 8)).explain()
    assert (
        "Dasar hukum: UU 14/2008 Pasal 37 ayat (2); Perki 1/2013 Pasal 13 huruf a; "
        "Perki 1/2013 Pasal 13 huruf b"
    ) in text


def test_a_silent_atasan_opens_the_window_under_huruf_b() -> None:
    body = kiplib.PublicBody("Dinas Contoh")
    request = (
        kiplib.Request(body)
        .record(kiplib.RequestReceived(datetime(2024, 9, 2, 9, 0, tzinfo=WIB)))
        .record(
            kiplib.NoticeSent(
                datetime(2024, 9, 10, 9, 0, tzinfo=WIB),
                kiplib.NoticeOutcome.REFUSED,
                exemptions=("j",),
            )
        )
        .record(kiplib.ObjectionFiled(datetime(2024, 9, 11, 9, 0, tzinfo=WIB), ("a",)))
    )
    timeline = request.timeline(as_of=date(2024, 10, 25))
    window = next(e for e in timeline.entries if e.step is Step.DISPUTE)
    assert window.note == _NOTE_SILENT_ATASAN
    assert str(DISPUTE_AFTER_SILENCE) in window.explain()
    assert str(DISPUTE_AFTER_SILENCE) in window.explain("en")
    assert window.due == date(2024, 11, 13)


# ------------------------------------------------------------------ Pasal 17 and Pasal 18
def _record(grounds: tuple[str, ...], *conditions: ReleaseCondition) -> ConsequenceTest:
    return attrs.evolve(
        example(),
        grounds=grounds,
        redactions=tuple(Redaction("bagian", g) for g in grounds),
        legal_basis=(LegalBasis("UU 27/2022", InstrumentType.UNDANG_UNDANG),),
        period=ExemptionPeriod(years=5, conditions=conditions),
    )


@pytest.mark.parametrize(
    ("code", "cited"),
    [
        ("b", "PP 61/2010 Pasal 6"),
        ("g", "PP 61/2010 Pasal 8 ayat (1)"),
        ("i", "PP 61/2010 Pasal 9"),
        ("j", "UU 14/2008 Pasal 17 huruf j"),
    ],
)
def test_release_per_other_law_cites_where_the_period_goes_to_the_other_law(
    code: str, cited: str
) -> None:
    g = ground(code)
    assert ReleaseCondition.PER_OTHER_LAW in g.release
    assert [str(c) for c in g.release_citations(ReleaseCondition.PER_OTHER_LAW)] == [cited]
    assert str(g.period.citation) == cited


def test_no_release_cites_the_delegation_of_pasal_20_ayat_2() -> None:
    delegation = Citation("UU 14/2008", pasal=20, ayat=2)
    for condition in ReleaseCondition:
        assert delegation not in condition.citations, condition
        assert condition.citation == condition.citations[0]
    assert [str(c) for c in ReleaseCondition.PER_OTHER_LAW.citations] == [
        "PP 61/2010 Pasal 6",
        "PP 61/2010 Pasal 8 ayat (1)",
        "PP 61/2010 Pasal 9",
        "UU 14/2008 Pasal 17 huruf j",
    ]


def test_the_presidents_permission_follows_pasal_18_ayat_3_to_7() -> None:
    criminal = [str(c) for c in ReleaseCondition.CRIMINAL_TRIAL_PERMISSION.citations]
    civil = [str(c) for c in ReleaseCondition.CIVIL_STATE_FINANCE_PERMISSION.citations]
    assert criminal == [f"UU 14/2008 Pasal 18 ayat ({n})" for n in (3, 4, 6, 7)]
    assert civil == [f"UU 14/2008 Pasal 18 ayat ({n})" for n in (5, 6, 7)]
    # Ayat (3) names the information: huruf a–f, i and j; never g or h.
    for code, g in GROUNDS.items():
        for condition in CONFINED_CONDITIONS:
            assert (condition in g.release) is (g.huruf in "abcdefij"), (code, condition)
            assert g.accepts(condition) is (g.huruf in "abcdefij"), (code, condition)
    assert "Jaksa Agung" in ReleaseCondition.CIVIL_STATE_FINANCE_PERMISSION.label()
    assert "may refuse" in ReleaseCondition.CRIMINAL_TRIAL_PERMISSION.label("en")
    assert "may refuse" in ReleaseCondition.CIVIL_STATE_FINANCE_PERMISSION.label("en")


def test_the_release_list_of_huruf_g_and_h_is_open() -> None:
    assert {g.code for g in GROUNDS.values() if g.release_open} == {
        "g",
        "h.1",
        "h.2",
        "h.3",
        "h.4",
        "h.5",
    }
    assert str(ground("h.2").release_open_citation) == "UU 14/2008 Pasal 18 ayat (2)"
    assert ground("a.1").release_open_citation is None
    court = ReleaseCondition.KI_OR_COURT_DECISION
    # Another condition on h: accepted, and reported for review.
    on_h = _record(("h.2",), ReleaseCondition.WRITTEN_CONSENT, court)
    assert check(on_h) == ()
    advice = advise(on_h)
    assert [(p.path, p.code) for p in advice] == [("period.conditions[1]", "condition-not-listed")]
    assert "antara lain" in advice[0].message("en")
    assert advise(_record(("h.2",), ReleaseCondition.WRITTEN_CONSENT)) == ()
    # The same condition on a closed list (a.1) is refused, and not advised.
    on_a = _record(("a.1",), court)
    assert [p.code for p in check(on_a)] == ["condition-not-for-ground"]
    assert advise(on_a) == ()
    # The President's permission stays confined to Pasal 18 ayat (3), even for an open list.
    permission = _record(("h.2",), ReleaseCondition.CRIMINAL_TRIAL_PERMISSION)
    assert [p.code for p in check(permission)] == ["condition-not-for-ground"]
    # A condition another ground of the record lists needs no advice.
    both = _record(("a.1", "h.2"), ReleaseCondition.PUBLIC_COURT_HEARING)
    assert check(both) == () and advise(both) == ()


def test_a_release_cites_the_articles_of_its_ground() -> None:
    rec = _record(("j",), ReleaseCondition.PER_OTHER_LAW)
    event = ReleaseEvent(rec.number, ReleaseCondition.PER_OTHER_LAW, date(2026, 1, 5))
    status = exemption_status(rec, as_of=date(2026, 1, 5), events=[event])
    assert status.released_by == event
    assert Citation("UU 14/2008", pasal=20, ayat=2) not in status.citations
    assert "(UU 14/2008 Pasal 17 huruf j)" in status.explain("en")
    open_rec = _record(("h.2",), ReleaseCondition.KI_OR_COURT_DECISION)
    court = ReleaseEvent(open_rec.number, ReleaseCondition.KI_OR_COURT_DECISION, date(2026, 1, 5))
    text = exemption_status(open_rec, as_of=date(2026, 1, 5), events=[court]).explain("en")
    assert "(UU 14/2008 Pasal 18 ayat (2); UU 14/2008 Pasal 17 huruf i)" in text


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (
            "a.3",
            "mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan dengan "
            "pencegahan dan penanganan segala bentuk kejahatan transnasional",
        ),
        ("a.4", "membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya"),
        ("a.5", "membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum"),
        (
            "c.1",
            "informasi tentang strategi, intelijen, operasi, taktik dan teknik yang berkaitan "
            "dengan penyelenggaraan sistem pertahanan dan keamanan negara, meliputi tahap "
            "perencanaan, pelaksanaan dan pengakhiran atau evaluasi dalam kaitan dengan ancaman "
            "dari dalam dan luar negeri",
        ),
        (
            "c.2",
            "dokumen yang memuat tentang strategi, intelijen, operasi, teknik dan taktik yang "
            "berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara yang "
            "meliputi tahap perencanaan, pelaksanaan dan pengakhiran atau evaluasi",
        ),
        (
            "c.3",
            "jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam "
            "penyelenggaraan sistem pertahanan dan keamanan negara serta rencana "
            "pengembangannya",
        ),
    ],
)
def test_descriptions_quote_pasal_17(code: str, words: str) -> None:
    assert ground(code).description == words
    assert ground(code).describe("en") != ground(code).describe("id")


def test_the_surat_penetapan_cites_the_release_of_its_grounds() -> None:
    from kiplib.documents import render_classification_decision
    from kiplib.rulebook.styles import NATIONAL_STYLE

    rec = _record(("j",), ReleaseCondition.PER_OTHER_LAW)
    text = render_classification_decision(rec, format="markdown", style=NATIONAL_STYLE)
    assert (
        "menurut peraturan perundang-undangan yang mengaturnya (UU 14/2008 Pasal 17 huruf j)"
        in (text)
    )
    assert "PP 61/2010 Pasal 6" not in text


# ------------------------------------------------------------------ categories (Pasal 6–22)
def test_pasal_14_huruf_c_lists_every_report() -> None:
    assert listed_item("14.c").description == (
        "laporan tahunan, laporan keuangan, neraca laporan laba rugi, dan laporan tanggung "
        "jawab sosial perusahaan yang telah diaudit"
    )
    english = listed_item("14.c").describe("en")
    assert "profit and loss" in english and "social responsibility" in english


def test_not_held_is_stated_under_pasal_22_ayat_7_huruf_a() -> None:
    # Huruf a: the notice says whether the body holds the information; huruf b: it names the
    # body that does, when known.
    assert [str(c) for c in Category.NOT_HELD.citations] == [
        "UU 14/2008 Pasal 6 ayat (3) huruf e",
        "UU 14/2008 Pasal 22 ayat (7) huruf a",
    ]
    assert [str(c) for c in NOT_HELD_CITATIONS] == [
        "UU 14/2008 Pasal 6 ayat (3) huruf e",
        "UU 14/2008 Pasal 22 ayat (7) huruf a",
        "UU 14/2008 Pasal 22 ayat (7) huruf b",
    ]
    assert str(NOT_HELD_HOLDER_CITATION) == "UU 14/2008 Pasal 22 ayat (7) huruf b"
    result = classify(
        InformationItem(
            title="Sertifikat tanah",
            document_kind="sertifikat",
            facts=(Fact.NOT_HELD,),
            holder="Kantor Pertanahan",
        ),
        as_of=date(2025, 7, 8),
    )
    lines = result.explain("en").splitlines()
    assert lines[0].endswith(
        "(UU 14/2008 Pasal 6 ayat (3) huruf e; UU 14/2008 Pasal 22 ayat (7) huruf a)"
    )
    assert any("Kantor Pertanahan (UU 14/2008 Pasal 22 ayat (7) huruf b)" in line for line in lines)


def test_must_be_provided_cites_pasal_14_15_and_16() -> None:
    cited = [str(c) for c in Category.MUST_BE_PROVIDED.citations]
    assert cited == ["UU 14/2008 Pasal 14", "UU 14/2008 Pasal 15", "UU 14/2008 Pasal 16"]
    assert str(Category.MUST_BE_PROVIDED.citation) == "UU 14/2008 Pasal 14"
    listed = {
        i.citation.pasal for i in LISTED_ITEMS.values() if i.category is Category.MUST_BE_PROVIDED
    }
    assert listed == {c.pasal for c in Category.MUST_BE_PROVIDED.citations}
    for c in Category:
        assert c.citation == c.citations[0]
    # A DIP read back from a table knows every article of the category.
    party = kiplib.PublicBody("Partai Contoh", body_type=kiplib.BodyType.POLITICAL_PARTY)
    entry = DipEntry(
        number="001",
        summary="Program umum partai",
        holder="Sekretariat",
        responsible="Sekretaris Jenderal",
        time_and_place="2025, Jakarta",
        form=InformationForm.SOFT_COPY,
        retention="5 tahun",
        category=Category.MUST_BE_PROVIDED,
    )
    register = DipRegister(body=party, year=2025, adopted_on=date(2025, 1, 6), entries=(entry,))
    text = dip_to_csv(register)
    assert ",UU 14/2008 Pasal 14," in text
    for pasal in ("15", "16"):
        other = text.replace(",UU 14/2008 Pasal 14,", f",UU 14/2008 Pasal {pasal},")
        back = dip_from_csv(other, body=party, year=2025, adopted_on=date(2025, 1, 6))
        assert back.entries == (entry,)
