"""The documents an office signs: every document in HTML and Markdown, the six elements of
PP 61/2010 Pasal 4, signature blocks, escaping of hostile text, district styles by scope."""

from __future__ import annotations

import builtins
import html
import re
import sys
import tracemalloc
from collections.abc import Iterator, Sequence
from datetime import date
from importlib import resources
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from district import BODY, consequence_tests, dip_2025, requests_2024
from kiplib import Citation, PublicBody, Role, RuleBook, hookimpl, plugins
from kiplib.documents import (
    FORMATS,
    LEGAL_BASIS,
    DocumentKind,
    DocumentStyle,
    Format,
    Signatory,
    clean_text,
    escape_markdown,
    format_number,
    record_type,
    render,
    render_annual_report,
    render_classification_decision,
    render_consequence_test_minutes,
    render_dik,
    render_dip,
)
from kiplib.duties import ServiceStatistics, service_statistics
from kiplib.errors import (
    DocumentRecordError,
    DocumentTemplateError,
    InvalidInputError,
    MissingDependencyError,
    PluginError,
    Problem,
)
from kiplib.exemption import ConsequenceTest, Official, check
from kiplib.plugins import LocalPlugin, Regulation, Scope
from kiplib.registers import DikRegister, build_dik, check_dip
from kiplib.rulebook.styles import (
    NATIONAL_STYLE,
    NUMBER_MAX_LENGTH,
    TEMPLATE_NAMES,
    merge_styles,
    numbering_problem,
)

HOSTILE = "<script>alert('x')</script> | kolom *NIK* [tautan](http://x) \\ #1\nbaris dua"


def record() -> ConsequenceTest:
    return consequence_tests()[0]


def dik() -> DikRegister:
    return build_dik(consequence_tests(), body=BODY, as_of=date(2025, 3, 31))


def stats() -> ServiceStatistics:
    return service_statistics(requests_2024(), year=2024, body=BODY)


def visible(text: str, fmt: Format) -> str:
    """What a reader sees, roughly: tags dropped and entities decoded (HTML), escapes dropped
    (Markdown)."""
    if fmt == "html":
        return html.unescape(re.sub(r"<[^>]+>", " ", text))
    return html.unescape(re.sub(r"\\(.)", r"\1", text.replace("<br>", "\n")))


# ----------------------------------------------------------------------------- surat penetapan
@pytest.mark.parametrize("fmt", FORMATS)
def test_decision_has_the_six_elements_of_pasal_4(fmt: Format) -> None:
    r = record()
    text = render_classification_decision(r, format=fmt, style=NATIONAL_STYLE)
    seen = visible(text, fmt)
    for huruf in "abcdef":
        assert f"PP 61/2010 Pasal 4 ayat (2) huruf {huruf}" in seen
    # a: the classification; b: the PPID; c: body and unit; d: period; e: reasons; f: place/date
    assert r.information in seen
    assert "terbuka sebagian (dihitamkan)" in seen
    assert "UU 14/2008 Pasal 17 huruf h angka 2" in seen
    assert "Sri Wahyuni, PPID Pelaksana Dinas Kesehatan, NIP 197804122005012003" in seen
    assert f"{r.body.name}; unit kerja: {r.unit}" in seen
    assert "5 tahun sejak penetapan, terbuka mulai 15 Maret 2029" in seen
    assert "UU 27/2022 tentang Pelindungan Data Pribadi" in seen
    assert r.harm_analysis in seen and r.public_interest in seen
    assert "Karanganyar, 15 Maret 2024" in seen
    assert "800/112/DKK/2024" in seen
    assert "PP 61/2010 Pasal 3 ayat (2)" in seen  # the pimpinan's approval
    assert "kolom nama, NIK dan alamat pasien" in seen  # redactions of a partly-open outcome


def test_decision_elements_in_order_each_in_its_row() -> None:
    text = render_classification_decision(record(), style=NATIONAL_STYLE)
    rows = re.findall(r'<tr id="pasal-4-([a-f])">(.*?)</tr>', text, re.DOTALL)
    assert [h for h, _ in rows] == list("abcdef")
    f_row = dict(rows)["f"]
    assert "Tempat dan tanggal penetapan" in f_row and "15 Maret 2024" in f_row


def test_decision_signed_by_ppid_and_approver() -> None:
    text = render_classification_decision(record(), format="markdown", style=NATIONAL_STYLE)
    assert "| Yang menetapkan, | PPID Pelaksana Dinas Kesehatan | Sri Wahyuni |" in text
    assert "| Menyetujui, | Kepala Dinas Kesehatan | dr. Bambang Hartono |" in text


def test_decision_of_a_replacing_open_test() -> None:
    reopened = consequence_tests()[3]
    text = visible(
        render_classification_decision(reopened, format="markdown", style=NATIONAL_STYLE),
        "markdown",
    )
    assert "tidak ada (informasi terbuka)" in text
    assert "surat penetapan nomor 800/31/BKPSDM/2023 (PP 61/2010 Pasal 10)" in text
    assert "Bagian yang dihitamkan" not in text


def test_decision_period_until_and_review() -> None:
    tender = consequence_tests()[1]
    text = visible(render_classification_decision(tender, style=NATIONAL_STYLE), "html")
    assert "sampai dengan 31 Desember 2024" in text
    assert "terbuka mulai 1 Januari 2025" in text
    assert tender.period is not None
    reviewed = attrs.evolve(tender, period=attrs.evolve(tender.period, review_on=date(2024, 6, 3)))
    text = visible(render_classification_decision(reviewed, style=NATIONAL_STYLE), "html")
    assert "kaji ulang pada 3 Juni 2024" in text


def test_english_labels() -> None:
    text = render_classification_decision(record(), lang="en", style=NATIONAL_STYLE)
    assert '<html lang="en">' in text
    assert "Exemption period" in text
    assert "Classification" in text.split("<h1>")[1].split("</h1>")[0]


# ----------------------------------------------------------------------------- berita acara
@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_participants_grounds_analysis_signatures(fmt: Format) -> None:
    r = record()
    text = render_consequence_test_minutes(r, format=fmt, style=NATIONAL_STYLE, number="BA-7")
    seen = visible(text, fmt)
    for person in r.signatories:
        assert person.name in seen and person.position in seen
    assert "UU 14/2008 Pasal 19" in seen
    assert "UU 14/2008 Pasal 17 huruf h angka 2" in seen
    assert r.harm_analysis in seen and r.public_interest in seen
    assert "terbuka sebagian (dihitamkan)" in seen
    assert "kolom diagnosis dan riwayat pengobatan" in seen
    assert "BA-7" in seen
    assert "sebelum ada permohonan" in seen
    # one signature block per signatory, and the pimpinan approving
    if fmt == "html":
        assert text.count('<div class="signature">') == len(r.signatories) + 1
    else:
        assert len(re.findall(r"^\| Peserta, \|", text, re.MULTILINE)) == len(r.signatories)
        assert "| Menyetujui, | Kepala Dinas Kesehatan |" in text


def test_minutes_show_nip_and_request_reference() -> None:
    r = attrs.evolve(
        record(),
        signatories=(Official("Sri Wahyuni", "PPID Pelaksana", "197804122005012003"),),
        approval=attrs.evolve(
            record().approval, official=Official("Sri Wahyuni", "PPID Pelaksana", None)
        ),
        timing=record().timing.ON_REQUEST,
        reference="012/PPID/2024",
    )
    text = render_consequence_test_minutes(r, format="markdown", style=NATIONAL_STYLE)
    assert "| 1 | Sri Wahyuni | PPID Pelaksana | 197804122005012003 |" in text
    assert "012/PPID/2024" in text
    # the approver already signs as a participant: no second block
    assert "Menyetujui" not in text


# ----------------------------------------------------------------------------- registers
@pytest.mark.parametrize("fmt", FORMATS)
def test_dip_table_in_the_published_layout(fmt: Format) -> None:
    dip = dip_2025()
    text = render_dip(dip, format=fmt, place="Karanganyar", style=NATIONAL_STYLE)
    seen = visible(text, fmt)
    assert "Ringkasan Isi Informasi" in seen and "Jangka Waktu Penyimpanan/Retensi Arsip" in seen
    for entry in dip.entries:
        assert entry.summary in seen
    assert "UU 14/2008 Pasal 11 ayat (1) huruf a" in seen
    assert f"Karanganyar, {dip.adopted_on.day} Februari 2025" in seen
    if fmt == "markdown":
        table = [line for line in text.splitlines() if line.startswith("| 0")]
        assert len(table) == len(dip.entries)
        assert all(line.count(" | ") == 10 for line in table)
    else:
        assert text.count("<tr><td>") == len(dip.entries)


@pytest.mark.parametrize("fmt", FORMATS)
def test_dik_table_and_exits(fmt: Format) -> None:
    register = dik()
    seen = visible(render_dik(register, format=fmt, style=NATIONAL_STYLE), fmt)
    for entry in register.entries:
        assert entry.record in seen and entry.information in seen
    assert "Batas Penetapan Terbuka" in seen and "2029-01-29" in seen
    assert "Tidak lagi dikecualikan" in seen
    assert "027/15/BPBJ/2024" in seen and "PP 61/2010 Pasal 11 ayat (3)" in seen


def test_empty_registers_say_so() -> None:
    empty = attrs.evolve(dik(), entries=(), exits=())
    assert "Tidak ada." in render_dik(empty, style=NATIONAL_STYLE)
    assert "Tidak ada." in render_dik(empty, format="markdown", style=NATIONAL_STYLE)


def test_registers_signed_by_given_signatories() -> None:
    signer = Signatory("Ditetapkan oleh,", "PPID Utama", "Sri Wahyuni", "197804122005012003")
    text = render_dip(dip_2025(), format="markdown", signed_by=(signer,), style=NATIONAL_STYLE)
    assert "| Ditetapkan oleh, | PPID Utama | Sri Wahyuni | 197804122005012003 | |" in text


# ----------------------------------------------------------------------------- annual report
@pytest.mark.parametrize("fmt", FORMATS)
def test_annual_report_pasal_12_items_and_due_date(fmt: Format) -> None:
    s = stats()
    text = render_annual_report(
        s, body=BODY, format=fmt, place="Karanganyar", signed_on=date(2025, 3, 20),
        style=NATIONAL_STYLE,
    )  # fmt: skip
    seen = visible(text, fmt)
    for huruf in "abcd":
        assert f"UU 14/2008 Pasal 12 huruf {huruf}" in seen
    assert "31 Maret 2025 (Perki 1/2021 Pasal 56)" in seen
    assert "dikabulkan 2; dikabulkan sebagian 1; ditolak 2; informasi belum dikuasai 1" in seen
    assert "UU 14/2008 Pasal 17 huruf h angka 2: 3" in seen
    assert "Karanganyar, 20 Maret 2025" in seen
    for t in s.times:
        assert t.number in seen


def test_annual_report_without_requests() -> None:
    s = service_statistics((), year=2024, body=BODY)
    text = render_annual_report(
        s, body=BODY, format="markdown", signed_on=date(2025, 1, 6), style=NATIONAL_STYLE
    )
    assert text.count("Tidak ada.") == 2  # no times, no refusals


# ----------------------------------------------------------------------------- escaping
def hostile_record() -> ConsequenceTest:
    return attrs.evolve(
        record(),
        information=HOSTILE,
        harm_analysis=HOSTILE,
        signatories=(Official(HOSTILE, "Peserta | <b>", None),),
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda fmt: render_classification_decision(
            hostile_record(), format=fmt, style=NATIONAL_STYLE
        ),
        lambda fmt: render_consequence_test_minutes(
            hostile_record(), format=fmt, style=NATIONAL_STYLE
        ),
        lambda fmt: render_dik(
            attrs.evolve(dik(), entries=(attrs.evolve(dik().entries[0], information=HOSTILE),)),
            format=fmt,
            style=NATIONAL_STYLE,
        ),
    ],
    ids=["surat_penetapan", "berita_acara", "dik"],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_is_escaped(make: Any, fmt: Format) -> None:
    text = make(fmt)
    assert "<script>" not in text
    assert "<b>" not in text
    assert "&lt;script&gt;" in text
    if fmt == "markdown":
        # no cell is split by a pipe from a record and no line break escapes a cell
        for line in text.splitlines():
            if line.startswith("|"):
                cells = re.split(r"(?<!\\)\|", line)
                assert cells[0] == "" and cells[-1] == "", line
        assert "\\| kolom \\*NIK\\* \\[tautan\\](http://x) \\\\ \\#1<br>baris dua" in text
    # the reader still sees the text as written
    assert "<script>alert('x')</script> | kolom *NIK*" in visible(text, fmt)


def test_markdown_table_rows_keep_their_cell_count() -> None:
    text = render_dik(
        attrs.evolve(dik(), entries=(attrs.evolve(dik().entries[0], information=HOSTILE),)),
        format="markdown",
        style=NATIONAL_STYLE,
    )
    # Each table (consecutive lines starting with a pipe) keeps one number of cells: the DIK
    # (ten columns, two outer pipes) and the signature blocks (five columns).
    tables = [
        block.splitlines()
        for block in re.split(r"\n(?!\|)[^\n]*\n?", text)
        if block.startswith("|")
    ]
    counts = [{len(re.split(r"(?<!\\)\|", line)) for line in rows} for rows in tables]
    assert counts == [{12}, {7}]


def test_escape_markdown() -> None:
    assert escape_markdown(None) == ""
    assert escape_markdown("a|b") == "a\\|b"
    assert escape_markdown("x\r\ny") == "x<br>y"
    assert escape_markdown("<i>&") == "&lt;i&gt;&amp;"


# ----------------------------------------------------------------------------- style
LETTERHEAD = ("PEMERINTAH KABUPATEN CONTOH", "SEKRETARIAT DAERAH")
PERDA = Citation("Perbup Contoh 7/2025", pasal=3)
CONTOH = PublicBody(name="Dinas Kesehatan Kabupaten Contoh", region_code="64.99.01")


class StylePlugin:
    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="64.99", name="Kabupaten Contoh")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(PERDA, "Perbup Contoh", in_force=date(2025, 1, 1)),)

    @hookimpl
    def kiplib_document_style(self) -> DocumentStyle:
        return DocumentStyle(
            citation=PERDA,
            letterhead=LETTERHEAD,
            signatories={
                "surat_penetapan": (
                    Signatory("Menyetujui,", "Sekretaris Daerah Kabupaten Contoh"),
                    Signatory("Menyetujui,", "Kepala Dinas Kesehatan"),  # already signs
                )
            },
            numbering="{seq:03d}/PPID/{roman_month}/{year}",
            assumption="Bentuk kop belum dibaca dari Perbup.",
        )


@pytest.fixture
def contoh() -> Iterator[None]:
    with plugins.using_plugins(LocalPlugin(StylePlugin(), name="contoh", version="1.0")):
        yield


def in_2025(rec: ConsequenceTest) -> ConsequenceTest:
    """``rec`` tested, approved and determined a year later: under the Perbup of 2025."""
    year = {"tested_on", "determined_on"}
    moved = {k: getattr(rec, k).replace(year=2025) for k in year}
    approval = attrs.evolve(rec.approval, approved_on=rec.approval.approved_on.replace(year=2025))
    return attrs.evolve(rec, approval=approval, **moved)


@pytest.mark.usefixtures("contoh")
@pytest.mark.parametrize("fmt", FORMATS)
def test_district_style_applies_in_scope_only(fmt: Format) -> None:
    inside = in_2025(attrs.evolve(record(), body=CONTOH))
    text = render_classification_decision(inside, format=fmt)
    seen = visible(text, fmt)
    for line in LETTERHEAD:
        assert line in seen
    assert "Sekretaris Daerah Kabupaten Contoh" in seen
    assert "(nama terang)" in seen  # the Sekda's name is left for handwriting
    assert seen.count("Kepala Dinas Kesehatan") == 1 + seen.count("Kepala Dinas Kesehatan dr.")
    assert "Perbup Contoh 7/2025 Pasal 3" in text and "Bentuk kop belum dibaca" in text
    outside = render_classification_decision(record(), format=fmt)  # region 33.13
    assert "PEMERINTAH KABUPATEN CONTOH" not in outside
    assert "Sekretaris Daerah" not in outside
    assert "Format dokumen: kiplib" in visible(outside, fmt)


@pytest.mark.usefixtures("contoh")
def test_a_district_style_dresses_documents_dated_from_its_regulation_only() -> None:
    """The Perbup of 2025 sets the letterhead of the documents it governs: a decision of March
    2024 is dressed as the national default, the same decision of March 2025 by the Perbup."""
    before = attrs.evolve(record(), body=CONTOH)
    assert before.determined_on == date(2024, 3, 15)
    old = visible(render_classification_decision(before, format="markdown"), "markdown")
    assert "PEMERINTAH KABUPATEN CONTOH" not in old and "Format dokumen: kiplib" in old
    new = visible(render_classification_decision(in_2025(before), format="markdown"), "markdown")
    assert "PEMERINTAH KABUPATEN CONTOH" in new
    # What an app reads of the district's style, for a day.
    eve, first = date(2024, 12, 31), date(2025, 1, 1)
    assert plugins.document_style_for(CONTOH, on=eve).letterhead == ()
    assert plugins.document_style_for(CONTOH, on=first).letterhead == LETTERHEAD
    assert plugins.document_style_for(CONTOH).letterhead == LETTERHEAD


def test_style_block_matched_by_role_is_not_repeated() -> None:
    """A style asks for the Sekda by role; a record approved by the Sekda under another wording
    of the position gets no second, blank Sekda block. Without roles, positions are compared."""
    sekda = Signatory(
        "Menyetujui,", "Sekretaris Daerah Kabupaten Contoh", role=Role.REGIONAL_SECRETARY
    )
    style = attrs.evolve(NATIONAL_STYLE, signatories={"surat_penetapan": (sekda,)}, citation=PERDA)
    base = record()
    by_role = Official("Drs. Suharto", "Sekda Kab. Contoh", None, role=Role.REGIONAL_SECRETARY)
    approved = attrs.evolve(base, approval=attrs.evolve(base.approval, official=by_role))
    seen = visible(
        render_classification_decision(approved, format="markdown", style=style), "markdown"
    )
    assert "Drs. Suharto" in seen
    assert "Sekretaris Daerah Kabupaten Contoh" not in seen and "(nama terang)" not in seen
    no_role = attrs.evolve(by_role, role=None)
    unmatched = attrs.evolve(base, approval=attrs.evolve(base.approval, official=no_role))
    seen = visible(
        render_classification_decision(unmatched, format="markdown", style=style), "markdown"
    )
    assert "Sekretaris Daerah Kabupaten Contoh" in seen and "(nama terang)" in seen


@pytest.mark.usefixtures("contoh")
def test_style_numbering_and_resolution() -> None:
    style = plugins.document_style_for(CONTOH)
    assert style.source == "contoh"
    assert style.letterhead == LETTERHEAD
    assert style.number(12, date(2025, 3, 14), DocumentKind.DIK) == "012/PPID/III/2025"
    national = plugins.document_style_for(BODY)
    assert national.letterhead == ()
    assert national.number(12, date(2025, 3, 14), DocumentKind.DIK) == "12/DIK/2025"


def test_style_values_are_checked() -> None:
    with pytest.raises(InvalidInputError, match="seq"):
        DocumentStyle(numbering="PPID/{year}")
    with pytest.raises(InvalidInputError):
        DocumentStyle(numbering="{seq}/{unknown}")
    with pytest.raises(InvalidInputError):
        DocumentStyle(templates={"other.html.j2": "x"})
    with pytest.raises(InvalidInputError):
        DocumentStyle(signatories={"memo": ()})
    with pytest.raises(InvalidInputError):
        NATIONAL_STYLE.number(0, date(2025, 1, 1), DocumentKind.DIP)


def test_merge_narrowest_wins_and_signatories_join() -> None:
    province = DocumentStyle(
        citation=Citation("Pergub X 1/2024"),
        letterhead=("PEMERINTAH PROVINSI X",),
        signatories={"dip": (Signatory("Mengetahui,", "Kepala Diskominfo"),)},
        numbering="{seq}/P/{year}",
        source="prov",
    )
    regency = DocumentStyle(
        citation=Citation("Perbup Y 2/2025"),
        letterhead=("PEMERINTAH KABUPATEN Y",),
        signatories={
            DocumentKind.DIP: (
                Signatory("Menyetujui,", "Sekretaris Daerah"),
                Signatory("Mengetahui,", "KEPALA DISKOMINFO"),
            )
        },
        templates={"dip.md.j2": "x"},
        source="kab",
    )
    merged = merge_styles((province, regency))
    assert merged.letterhead == ("PEMERINTAH KABUPATEN Y",)
    assert merged.numbering == "{seq}/P/{year}"
    assert merged.source == "kab" and str(merged.citation) == "Perbup Y 2/2025"
    assert [s.position for s in merged.signatories_for(DocumentKind.DIP)] == [
        "Kepala Diskominfo",
        "Sekretaris Daerah",
    ]
    assert dict(merged.templates) == {"dip.md.j2": "x"}
    assert merge_styles(()) == NATIONAL_STYLE


def test_style_without_citation_is_refused() -> None:
    class NoCitation(StylePlugin):
        @hookimpl
        def kiplib_document_style(self) -> DocumentStyle:
            return DocumentStyle(letterhead=("X",))

    with (
        pytest.raises(PluginError) as err,
        plugins.using_plugins(LocalPlugin(NoCitation(), name="contoh")),
    ):
        pass
    assert err.value.params["problem"] == "missing-citation"


def test_template_override_and_broken_override() -> None:
    style = DocumentStyle(
        citation=PERDA, templates={"dik.md.j2": "DIK {{ body }} {{ rows|length }}"}, source="t"
    )
    assert (
        render_dik(dik(), format="markdown", style=style)
        == "DIK Pemerintah Kabupaten Karanganyar 2"
    )
    broken = attrs.evolve(style, templates={"dik.md.j2": "{% if %}"})
    with pytest.raises(DocumentTemplateError) as err:
        render_dik(dik(), format="markdown", style=broken)
    assert err.value.params["field"] == "dik.md.j2" and err.value.params["value"] == "t"
    missing = attrs.evolve(style, templates={"dik.md.j2": "{{ nothing_here }}"})
    with pytest.raises(DocumentTemplateError):
        render_dik(dik(), format="markdown", style=missing)
    base = attrs.evolve(style, templates={"_base.md.j2": "{% block content %}{{ oops }}"})
    with pytest.raises(DocumentTemplateError) as err:
        render_dip(dip_2025(), format="markdown", style=base)
    assert err.value.params["field"] == "dip.md.j2"
    # a replaced Markdown base leaves the HTML documents alone
    assert "<!DOCTYPE html>" in render_dip(dip_2025(), style=base)


# ----------------------------------------------------------------------------- generic, packaging
@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("fmt", FORMATS)
def test_render_by_name(kind: DocumentKind, fmt: Format) -> None:
    records: dict[DocumentKind, object] = {
        DocumentKind.CLASSIFICATION_DECISION: record(),
        DocumentKind.CONSEQUENCE_TEST_MINUTES: record(),
        DocumentKind.DIP: dip_2025(),
        DocumentKind.DIK: dik(),
        DocumentKind.ANNUAL_REPORT: stats(),
    }
    options: dict[str, Any] = {"format": fmt, "style": NATIONAL_STYLE}
    if kind is DocumentKind.ANNUAL_REPORT:
        options["body"] = BODY
        options["signed_on"] = date(2025, 1, 6)
    text = render(kind.value, records[kind], **options)
    assert kind.title().upper() in text.upper()
    assert isinstance(records[kind], record_type(kind))
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "size: A4" in text
    else:
        assert f"# {kind.title().upper()}" in text


def test_render_refuses_wrong_input() -> None:
    with pytest.raises(InvalidInputError):
        render("memo", record())
    with pytest.raises(InvalidInputError):
        render("dip", record())
    with pytest.raises(InvalidInputError):
        render_dip(dip_2025(), format="pdf", style=NATIONAL_STYLE)  # type: ignore[arg-type]


def test_every_template_is_package_data() -> None:
    folder = resources.files("kiplib.documents") / "templates"
    names = {p.name for p in folder.iterdir() if p.name.endswith(".j2")}
    assert names == set(TEMPLATE_NAMES)


def test_without_jinja2(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> ModuleType:
        if name == "jinja2" or name.startswith("jinja2."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "jinja2", raising=False)
    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(MissingDependencyError) as err:
        render_dip(dip_2025(), style=NATIONAL_STYLE)
    assert err.value.params["extra"] == "documents"
    assert 'pip install "kiplib[documents]"' in str(err.value)


# ----------------------------------------------------------------------------- refusal, drafts
CT_RENDERERS = [render_classification_decision, render_consequence_test_minutes]


def incomplete_record() -> ConsequenceTest:
    """The record ``kiplib exemption`` rejects: no harm analysis, no participants."""
    return attrs.evolve(record(), harm_analysis="  ", signatories=())


@pytest.mark.parametrize("renderer", CT_RENDERERS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_record_that_fails_check_is_refused(renderer: Any, fmt: Format) -> None:
    bad = incomplete_record()
    expected = check(bad, rules=RuleBook.national())
    assert {p.code for p in expected} == {"harm-analysis-empty", "signatories-missing"}
    with pytest.raises(DocumentRecordError) as err:
        renderer(bad, format=fmt, style=NATIONAL_STYLE)
    assert err.value.problems == expected
    assert err.value.params["field"] == bad.number
    assert isinstance(err.value, ValueError)
    shown = err.value.message("en")
    assert "harm_analysis" in shown and "signatories" in shown and "draft" in shown


def test_a_document_is_checked_with_the_rules_given() -> None:
    """A district's consequence-test check (here: a berita acara must name a second
    participant) refuses the document under the rule book that has it, not under another."""

    def two_participants(facts: Any) -> Any:
        if len(facts.signed_by) < 2:
            yield Problem("signed_by", "too-few", "paling sedikit dua peserta")

    from kiplib.plugins import RecordCheck, Regulation

    def checks(in_force: date) -> RuleBook:
        class Checks(StylePlugin):
            @hookimpl
            def kiplib_regulations(self) -> Sequence[Regulation]:
                return (
                    Regulation(Citation("Perbup Contoh 2/2023"), "Contoh", in_force=in_force),
                    Regulation(PERDA, "Perbup Contoh", in_force=date(2025, 1, 1)),
                )

            @hookimpl
            def kiplib_consequence_test_checks(self) -> Sequence[RecordCheck]:
                citation = Citation("Perbup Contoh 2/2023", pasal=3)
                return (RecordCheck("dua-peserta", two_participants, citation),)

        return RuleBook.of(LocalPlugin(Checks(), name="contoh", version="1.0"))

    one = attrs.evolve(record(), body=CONTOH, signatories=record().signatories[:1])
    assert one.tested_on == date(2024, 3, 11)
    render_consequence_test_minutes(one, rules=RuleBook.national())
    with pytest.raises(DocumentRecordError) as err:
        render_consequence_test_minutes(one, rules=checks(date(2023, 1, 1)))
    assert [p.path for p in err.value.problems] == ["signatories"]
    # A check whose regulation came into force after the test does not apply to it.
    render_consequence_test_minutes(one, rules=checks(date(2024, 3, 12)))


@pytest.mark.parametrize("renderer", CT_RENDERERS)
def test_a_draft_of_an_invalid_record_is_marked_on_every_page(renderer: Any) -> None:
    bad = incomplete_record()
    page = renderer(bad, style=NATIONAL_STYLE, draft=True)
    body = page.split("<body>", 1)[1]
    # The mark right after <body>, fixed on the page (a printed page repeats fixed elements).
    mark = re.match(r'\s*<div class="draft-mark" aria-hidden="true" style="([^"]*)">KONSEP<', body)
    assert mark is not None and "position:fixed" in mark[1]
    assert '<p class="draft-note"' in body and "KONSEP — bukan dokumen untuk ditandatangani" in body
    footer = page.split('<footer class="provenance">')[1]
    assert "KONSEP: rekaman memiliki 2 masalah" in footer
    assert "harm_analysis" in footer and "signatories" in footer
    text = renderer(bad, format="markdown", style=NATIONAL_STYLE, draft=True, lang="en")
    assert text.startswith("**DRAFT — not a document to sign**\n\n")
    assert "DRAFT: the record has 2 problems" in text.splitlines()[-1]


@pytest.mark.parametrize("renderer", CT_RENDERERS)
def test_a_draft_of_a_valid_record_is_marked_and_a_final_one_is_not(renderer: Any) -> None:
    good = record()
    final = renderer(good, style=NATIONAL_STYLE)
    assert "draft-mark" not in final and "KONSEP" not in final
    draft = renderer(good, style=NATIONAL_STYLE, draft=True)
    assert "draft-mark" in draft and "KONSEP: dibuat atas permintaan" in draft
    markdown = renderer(good, format="markdown", style=NATIONAL_STYLE, draft=True)
    assert markdown.startswith("**KONSEP")
    with pytest.raises(InvalidInputError):
        renderer(good, style=NATIONAL_STYLE, draft="ya")


def test_a_district_template_of_a_draft_is_marked_too() -> None:
    style = DocumentStyle(
        citation=PERDA,
        templates={
            "surat_penetapan.html.j2": "<html><body class='x'><p>{{ number }}</p></body></html>",
            "surat_penetapan.md.j2": "{{ number }}",
        },
        source="t",
    )
    page = render_classification_decision(incomplete_record(), style=style, draft=True)
    assert page.startswith("<html><body class='x'>\n<div class=\"draft-mark\"")
    text = render_classification_decision(
        incomplete_record(), format="markdown", style=style, draft=True
    )
    assert text == "**KONSEP — bukan dokumen untuk ditandatangani**\n\n800/112/DKK/2024"


def test_a_dip_that_fails_check_dip_is_refused_unless_drafted() -> None:
    dip = dip_2025()
    twice = attrs.evolve(dip, entries=(*dip.entries, dip.entries[0]))
    with pytest.raises(DocumentRecordError) as err:
        render_dip(twice, style=NATIONAL_STYLE)
    assert err.value.problems == check_dip(twice)
    assert err.value.params["document"] == "dip"
    draft = render_dip(twice, format="markdown", style=NATIONAL_STYLE, draft=True)
    assert draft.startswith("**KONSEP") and "duplicate" not in draft
    assert "sudah dipakai pada entries\\[0\\]" in draft.splitlines()[-1]


# ----------------------------------------------------------------------------- legal basis
BASIS_TEXT = {
    DocumentKind.CLASSIFICATION_DECISION: "PP 61/2010 Pasal 4 ayat (2)",
    DocumentKind.CONSEQUENCE_TEST_MINUTES: (
        "UU 14/2008 Pasal 19; PP 61/2010 Pasal 3 ayat (1); PP 61/2010 Pasal 3 ayat (2)"
    ),
    DocumentKind.DIP: "UU 14/2008 Pasal 11 ayat (1) huruf a; Perki 1/2021",
    DocumentKind.DIK: "UU 14/2008 Pasal 17; UU 14/2008 Pasal 19; PP 61/2010",
    DocumentKind.ANNUAL_REPORT: "UU 14/2008 Pasal 12; Perki 1/2021 Pasal 56",
}


def records_by_kind() -> dict[DocumentKind, tuple[object, dict[str, Any]]]:
    annual = {"body": BODY, "signed_on": date(2025, 1, 6)}
    return {
        DocumentKind.CLASSIFICATION_DECISION: (record(), {}),
        DocumentKind.CONSEQUENCE_TEST_MINUTES: (record(), {}),
        DocumentKind.DIP: (dip_2025(), {}),
        DocumentKind.DIK: (dik(), {}),
        DocumentKind.ANNUAL_REPORT: (stats(), annual),
    }


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("fmt", FORMATS)
def test_each_document_cites_its_own_legal_basis(kind: DocumentKind, fmt: Format) -> None:
    assert "; ".join(str(c) for c in LEGAL_BASIS[kind]) == BASIS_TEXT[kind]
    value, options = records_by_kind()[kind]
    text = render(kind, value, format=fmt, style=NATIONAL_STYLE, **options)
    if fmt == "html":
        note = text.split('<footer class="provenance">')[1]
        assert f"<p>Dasar hukum: {BASIS_TEXT[kind]}</p>" in note
    else:
        note = text.splitlines()[-1]
        assert note.startswith(f"<!-- Dasar hukum: {BASIS_TEXT[kind]}; Format dokumen: kiplib")
    if kind is not DocumentKind.CLASSIFICATION_DECISION:
        assert "PP 61/2010 Pasal 4" not in note


@pytest.mark.usefixtures("contoh")
def test_the_format_of_a_district_cites_its_regulation_apart_from_the_basis() -> None:
    text = render_dip(attrs.evolve(dip_2025(), body=CONTOH), format="markdown")
    note = text.splitlines()[-1]
    assert "Dasar hukum: UU 14/2008 Pasal 11 ayat (1) huruf a; Perki 1/2021" in note
    assert "Format dokumen: contoh (Perbup Contoh 7/2025 Pasal 3)" in note
    assert "Asumsi: Bentuk kop belum dibaca dari Perbup." in note


# ----------------------------------------------------------------------------- annual report
@pytest.mark.parametrize("fmt", FORMATS)
def test_annual_report_is_signed_after_its_year_only(fmt: Format) -> None:
    s = stats()
    with pytest.raises(InvalidInputError) as err:
        render_annual_report(s, body=BODY, format=fmt, style=NATIONAL_STYLE)
    assert err.value.params["field"] == "signed_on"
    with pytest.raises(InvalidInputError) as err:
        render_annual_report(
            s, body=BODY, format=fmt, signed_on=date(2024, 12, 31), style=NATIONAL_STYLE
        )
    assert "after" not in str(err.value) and "2024" in err.value.message("en")
    assert "once that year has ended (Perki 1/2021 Pasal 56)" in err.value.message("en")
    text = render_annual_report(
        s, body=BODY, format=fmt, signed_on=date(2025, 1, 1), style=NATIONAL_STYLE
    )
    assert "1 Januari 2025" in visible(text, fmt)
    draft = render_annual_report(
        s, body=BODY, format=fmt, signed_on=date(2024, 12, 31), style=NATIONAL_STYLE, draft=True
    )
    assert "KONSEP" in draft and "baru dapat ditandatangani sesudah tahun itu berakhir" in draft
    undated = render_annual_report(s, body=BODY, format=fmt, style=NATIONAL_STYLE, draft=True)
    assert "memerlukan tanggal penandatanganan" in undated


@pytest.mark.parametrize("fmt", FORMATS)
def test_annual_report_has_place_date_and_a_signature_block(fmt: Format) -> None:
    text = render_annual_report(
        stats(),
        body=BODY,
        format=fmt,
        place="Karanganyar",
        signed_on=date(2025, 3, 20),
        style=NATIONAL_STYLE,
    )
    seen = visible(text, fmt)
    assert "Karanganyar, 20 Maret 2025" in seen
    assert "Yang melaporkan," in seen and f"PPID {BODY.name}" in seen
    assert "(nama terang)" in seen
    chief = Signatory("Yang melaporkan,", "PPID Utama", "Sri Wahyuni")
    signed = render_annual_report(
        stats(), body=BODY, format=fmt, signed_on=date(2025, 3, 20), signed_by=(chief,),
        style=NATIONAL_STYLE,
    )  # fmt: skip
    assert "Sri Wahyuni" in signed and f"PPID {BODY.name}" not in signed


def test_annual_report_writes_numbers_as_each_language_does() -> None:
    s = attrs.evolve(stats(), mean_working_days=43 / 6, median_working_days=7.5, received=1250)
    text = render_annual_report(
        s, body=BODY, format="markdown", signed_on=date(2025, 3, 20), style=NATIONAL_STYLE
    )
    assert "rata-rata 7,2 hari kerja, median 7,5, terlama 13" in text
    assert "| 1.250 |" in text and "7.2" not in text
    english = render_annual_report(
        s, body=BODY, format="markdown", lang="en", signed_on=date(2025, 3, 20),
        style=NATIONAL_STYLE,
    )  # fmt: skip
    assert "mean 7.2 working days, median 7.5, longest 13" in english
    assert "| 1,250 |" in english


def test_format_number() -> None:
    assert format_number(7.25, decimals=1) == "7,2"
    assert format_number(7.25, "en", decimals=1) == "7.2"
    assert format_number(1234567.5, decimals=2) == "1.234.567,50"
    assert format_number(1234567.5, "en", decimals=2) == "1,234,567.50"
    assert format_number(6.0) == "6" and format_number(0) == "0"
    assert format_number(-1250) == "-1.250"
    assert format_number(2.5) == "2,5"


def test_dik_signed_on_its_day_or_later() -> None:
    register = dik()
    text = render_dik(register, format="markdown", place="Karanganyar", style=NATIONAL_STYLE)
    assert "Karanganyar, 31 Maret 2025" in text
    later = render_dik(
        register, format="markdown", signed_on=date(2025, 4, 2), style=NATIONAL_STYLE
    )
    assert "2 April 2025" in later and "Keadaan pada 31 Maret 2025" in later
    with pytest.raises(InvalidInputError) as err:
        render_dik(register, signed_on=date(2025, 3, 30), style=NATIONAL_STYLE)
    assert err.value.params["field"] == "signed_on"
    with pytest.raises(InvalidInputError):
        render_dik(register, signed_on="2025-04-02", style=NATIONAL_STYLE)  # type: ignore[arg-type]


def test_registers_without_signatories_get_a_blank_ppid_block() -> None:
    text = render_dip(dip_2025(), format="markdown", style=NATIONAL_STYLE)
    assert f"| Yang menetapkan, | PPID {BODY.name} | (nama terang) |  | |" in text
    # a style that names the signatory of the DIP replaces the blank block
    style = attrs.evolve(
        NATIONAL_STYLE, signatories={"dip": (Signatory("Ditetapkan oleh,", "PPID Utama"),)}
    )
    text = render_dip(dip_2025(), format="markdown", style=style)
    assert "Yang menetapkan," not in text and "| Ditetapkan oleh, | PPID Utama |" in text


# ----------------------------------------------------------------------------- text
def test_clean_text() -> None:
    assert clean_text(None) == ""
    assert clean_text("a\r\nb\rc\nd\x0be\x0cf\u2028g\x85h") == "a\nb\nc\nd\ne\nf\ng\nh"
    assert clean_text("tab\there") == "tab\there"
    assert clean_text("nul\x00 esc\x1b del\x7f c1\x9b lone\ud800") == (
        "nul\ufffd esc\ufffd del\ufffd c1\ufffd lone\ufffd"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_unprintable_text_never_breaks_a_document(fmt: Format) -> None:
    odd = attrs.evolve(record(), information="a\ud800b\x00c\x1bd\r\ne")
    text = render_classification_decision(odd, format=fmt, style=NATIONAL_STYLE)
    text.encode("utf-8")  # a lone surrogate would not encode
    assert "a\ufffdb\ufffdc\ufffdd" in text
    assert "\x00" not in text and "\x1b" not in text and "\r" not in text


def test_escape_markdown_keeps_blocks_from_opening() -> None:
    assert escape_markdown("+ tambah") == "\\+ tambah"
    assert escape_markdown("- butir") == "\\- butir"
    assert escape_markdown("1. satu") == "1\\. satu"
    assert escape_markdown("12) dua") == "12\\) dua"
    assert escape_markdown("===") == "\\==="
    assert escape_markdown("~~coret~~") == "\\~\\~coret\\~\\~"
    assert escape_markdown("1.250 dan 1. di tengah") == "1.250 dan 1. di tengah"
    assert escape_markdown("1.") == "1\\."


# ----------------------------------------------------------------------------- district templates
@pytest.mark.parametrize(
    ("source", "raised"),
    [
        ("{% if %}", "TemplateSyntaxError"),
        ("{{ nothing_here }}", "UndefinedError"),
        ("{{ rows[99] }}", "UndefinedError"),
        ("{% extends 'nope.j2' %}", "TemplateNotFound"),
        ("{{ 1 / 0 }}", "ZeroDivisionError"),
        ("{{ 1 + 'a' }}", "TypeError"),
        ("{{ '%d' % 'x' }}", "TypeError"),
        ("{{ 2.0 ** 100000 }}", "OverflowError"),
        ("{{ range(10 ** 9) | list }}", "OverflowError"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "RecursionError"),
        ("{% include 'dik.md.j2' %}", "RecursionError"),
        ("{{ ''.__class__.__mro__ }}", "SecurityError"),
        ("{{ rows.pop() }}", "SecurityError"),
        ("{{ 'é'.encode('ascii') }}", "UnicodeEncodeError"),
    ],
)
def test_a_district_template_failing_in_any_way_names_file_and_plugin(
    source: str, raised: str
) -> None:
    style = DocumentStyle(citation=PERDA, templates={"dik.md.j2": source}, source="contoh")
    with pytest.raises(DocumentTemplateError) as err:
        render_dik(dik(), format="markdown", style=style)
    assert err.value.params["field"] == "dik.md.j2"
    assert err.value.params["value"] == "contoh"
    assert type(err.value.__cause__).__name__ == raised
    assert "dik.md.j2: templat dokumen dari contoh tidak dapat dipakai" in str(err.value)


# ----------------------------------------------------------------------------- numbering
@pytest.mark.parametrize(
    "pattern",
    [
        "{seq:>100000000}",
        "{seq:021d}",
        "{seq:.100000000f}",
        "{year:0100000000d}/{seq}",
        "{seq:{year}}",
        "{seq:>{month}}",
        "{seq.real}",
        "{document[0]}/{seq}",
        "{document.__class__}/{seq}",
        "{0}/{seq}",
        "{}/{seq}",
        "{seq",
        "{seq}}",
        "{document:d}/{seq}",
        "{seq!x}",
        "x" * 96 + "{seq}",
        "{seq:>20}" * 6,
        "PPID/{year}",
    ],
)
def test_numbering_patterns_are_bounded(pattern: str) -> None:
    assert numbering_problem(pattern) is not None
    with pytest.raises(InvalidInputError) as err:
        DocumentStyle(numbering=pattern)
    assert err.value.params["field"] == "numbering"
    assert len(str(err.value)) < 400  # the pattern is shown cut short


@pytest.mark.parametrize(
    "pattern",
    ["{seq:020d}", "{seq:03d}/PPID/{roman_month}/{year}", "{seq:,}/{document!s}", "{seq:>20}" * 5],
)
def test_numbering_patterns_within_the_bounds(pattern: str) -> None:
    assert numbering_problem(pattern) is None
    number = DocumentStyle(numbering=pattern).number(
        999_999_999, date(2025, 3, 1), DocumentKind.DIP
    )
    assert len(number) <= NUMBER_MAX_LENGTH


def test_a_huge_pattern_is_refused_without_being_filled() -> None:
    long = "{seq}" + "x" * 10_000_000
    tracemalloc.start()
    try:
        assert numbering_problem("{seq:>99999999999999999999}") is not None
        assert numbering_problem(long) is not None
        with pytest.raises(InvalidInputError):
            DocumentStyle(numbering=long)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_filling_a_number_is_bounded() -> None:
    style = DocumentStyle(numbering="{seq}/PPID/{year}")
    on = date(2025, 3, 1)
    assert style.number(10**89, on, DocumentKind.DIP) == f"{10**89}/PPID/2025"
    for seq in (10**95, 10**5000):  # the second would not even print: Python limits digits
        with pytest.raises(InvalidInputError) as err:
            style.number(seq, on, DocumentKind.DIP)
        assert err.value.params["field"] == "seq" and len(str(err.value)) < 300
    with pytest.raises(InvalidInputError):
        style.number(1, "2025-03-01", DocumentKind.DIP)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        style.number(1, on, "dip")  # type: ignore[arg-type]


class HugeNumbers(StylePlugin):
    @hookimpl
    def kiplib_document_style(self) -> DocumentStyle:
        return DocumentStyle(citation=PERDA, numbering="{seq:>100000000}")


def test_a_district_numbering_is_bounded_when_the_plugin_loads() -> None:
    with pytest.raises(PluginError) as err:
        RuleBook.of(LocalPlugin(HugeNumbers(), name="contoh", version="1.0"))
    assert err.value.problem == "invalid-contribution"
    assert err.value.params["plugin"] == "contoh"
    assert "kiplib_document_style" in err.value.params["rule"]
    assert "100000000" in str(err.value) and len(str(err.value)) < 500


def test_the_rule_book_checks_a_numbering_however_the_style_was_built() -> None:
    """A style built with attrs' validators switched off, in contributions given to a rule
    book directly (as unpickling does): the floor check still refuses it."""
    book = RuleBook.of(LocalPlugin(StylePlugin(), name="contoh", version="1.0"))
    district = book.plugin("contoh")
    assert district.document_style is not None
    with attrs.validators.disabled():
        style = attrs.evolve(district.document_style, numbering="{seq:>100000000}")
        bad = attrs.evolve(district, document_style=style)
    with pytest.raises(PluginError) as err:
        RuleBook((book.plugins[0], bad))
    assert err.value.problem == "invalid-contribution"
    assert err.value.params["rule"] == "kiplib_document_style: numbering '{seq:>100000000}'"
    assert "width or precision is at most 20" in err.value.message("en")


@pytest.mark.parametrize(
    ("kind", "fmt"),
    [
        (kind, fmt)
        for kind in DocumentKind
        for fmt in FORMATS
        if (kind, fmt) != (DocumentKind.DIP, "markdown")  # the one replaced
    ],
)
def test_kiplibs_templates_render_the_same_in_the_sandbox(kind: DocumentKind, fmt: Format) -> None:
    """A style that replaces one template renders every other document in the sandbox, the
    same as without the replacement."""
    plain = DocumentStyle(citation=PERDA, letterhead=LETTERHEAD, source="contoh")
    replaced = attrs.evolve(plain, templates={"dip.md.j2": "DIP"})
    value, options = records_by_kind()[kind]
    expected = render(kind, value, format=fmt, style=plain, draft=True, **options)
    assert render(kind, value, format=fmt, style=replaced, draft=True, **options) == expected


ROW_LOOP = (
    "{% for row in rows %}\n"
    "<tr>{% for cell in row %}<td>{{ cell }}</td>{% endfor %}</tr>\n"
    "{% endfor %}"
)
#: Cells of every kind the loop may meet, and plain texts alone (the rows of kiplib's own
#: registers), with the characters that matter to escaping and to the separators.
any_cells = st.one_of(
    st.text(),
    st.none(),
    st.integers(),
    st.builds(lambda t: __import__("markupsafe").Markup(t), st.text(max_size=5)),
)
plain_cells = st.text(alphabet=st.sampled_from("\x00\x01\x0b\r\n\t&<>\"'\u2028\ud800a é"))
plain_only = st.text(alphabet=st.sampled_from("&<>\"'a é;#\t\n"))


@given(
    st.sampled_from([any_cells, plain_cells, plain_only]).flatmap(
        lambda cells: st.lists(
            st.lists(cells, min_size=1, max_size=4).map(tuple), min_size=1, max_size=6
        )
    )
)
@example([("a\x01b", "c")])
@example([("\x00", "'\"")])
@example([("x",), ("<&>",)])
def test_the_rows_of_a_register_table_are_what_the_template_loop_writes(
    rows: list[tuple[Any, ...]],
) -> None:
    """The register tables' rows are written at once (``rows_html``); every cell exactly as
    the packaged templates' loop over ``rows`` wrote it: cleaned, then autoescaped."""
    pytest.importorskip("jinja2")
    from kiplib.documents.engine import RowsHtml, _environment

    looped = _environment("html", ()).from_string(ROW_LOOP).render(rows=rows)
    assert RowsHtml(rows).__html__() + "\n" == looped


MARKDOWN_ROW_LOOP = (
    "{% for row in rows %}\n|{% for cell in row %} {{ cell }} |{% endfor %}\n\n{% endfor %}"
)
#: What matters to a Markdown cell: the spaces strip takes (a no-break space, an ideographic
#: space), what opens a block at its start, the specials, line breaks and the separators.
markdown_cells = st.text(
    alphabet=st.sampled_from(" \t\n\xa0\u3000-+=1.)|*\\#&<>\x00\x01\x0b\r\u2028a9 é"), max_size=8
)


@given(
    st.sampled_from([any_cells, plain_cells, markdown_cells]).flatmap(
        lambda cells: st.lists(
            st.lists(cells, min_size=0, max_size=4).map(tuple), min_size=0, max_size=6
        )
    )
)
@example([(" 1. satu ", "- x", "12) dua", "+"), ("=", "1.", "123456789.", "1234567890.")])
@example([("\xa0 \x00", "a"), (" ", "")])
@example([("1.\tx", "-\n-")])
@example([])
@example([(), ("a",)])
def test_the_markdown_rows_of_a_register_table_are_what_the_template_loop_writes(
    rows: list[tuple[Any, ...]],
) -> None:
    """The Markdown register tables' rows are written at once (``rows_markdown``); every
    cell exactly as the template loop over ``rows`` wrote it through escape_markdown."""
    pytest.importorskip("jinja2")
    from kiplib.documents.engine import RowsMarkdown, _environment

    looped = _environment("markdown", ()).from_string(MARKDOWN_ROW_LOOP).render(rows=rows)
    assert RowsMarkdown(rows).text() == looped
