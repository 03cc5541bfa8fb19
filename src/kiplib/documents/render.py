"""Rendering each document from its record: the public functions of :mod:`kiplib.documents`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Final

from kiplib._check import argument
from kiplib.calendar.working import format_date
from kiplib.documents.contexts import (
    _LABELS,
    _PASAL_4,
    _PASAL_4_CITATIONS,
    _PASAL_12,
    _PASAL_12_CITATIONS,
    _block,
    _common,
    _date,
    _person,
    _record_context,
    _style_for,
    _table,
    format_number,
)
from kiplib.documents.engine import Format, _render
from kiplib.duties.statistics import ServiceStatistics, annual_report_due
from kiplib.errors import DocumentRecordError, InvalidInputError, Problem
from kiplib.exemption.checks import check
from kiplib.exemption.consequence_test import TEST_CITATIONS, ConsequenceTest, Timing
from kiplib.i18n import N_, gettext, normalize_language
from kiplib.law.bodies import PublicBody
from kiplib.law.duties import ANNUAL_REPORT_CITATION
from kiplib.registers.columns import DIK_COLUMNS, DIP_COLUMNS, dik_rows, dip_rows
from kiplib.registers.dik import DikRegister
from kiplib.registers.dip import DipRegister, check_dip
from kiplib.rulebook.book import RuleBook
from kiplib.rulebook.styles import DocumentKind, DocumentStyle, Signatory

__all__ = [
    "record_type",
    "render",
    "render_annual_report",
    "render_classification_decision",
    "render_consequence_test_minutes",
    "render_dik",
    "render_dip",
]


# ============================================================================ drafts
def _draft(
    kind: DocumentKind, record: str, problems: Sequence[Problem], draft: bool
) -> Sequence[Problem] | None:
    """The problems a draft lists (``None``: the document is final). A final document is
    refused when its record has problems."""
    if argument("draft", draft, bool):
        return problems
    if problems:
        raise DocumentRecordError(field=record, document=kind.value, problems=problems)
    return None


# ============================================================================ documents
def render_classification_decision(
    record: ConsequenceTest,
    *,
    format: Format = "html",
    lang: str = "id",
    style: DocumentStyle | None = None,
    rules: RuleBook | None = None,
    draft: bool = False,
) -> str:
    """The *surat penetapan klasifikasi informasi yang dikecualikan* of ``record``.

    It shows the six elements of PP 61/2010 Pasal 4 ayat (2), each with its citation: (a) the
    classification (the information, its source, the outcome and the Pasal 17 grounds), (b)
    the PPID who determines it, (c) the body and work unit, (d) the exemption period, (e) the
    reasons (grounds, legal basis, consequences, public interest) and (f) place and date; then
    the parts blacked out, the pimpinan's approval (Pasal 3 ayat (2)) and the signatures of the
    PPID and the approving official, plus any the district's style requires.

    Args:
        record: the consequence-test record; its ``number`` is the letter's number.
        format: ``"html"`` or ``"markdown"``.
        lang: ``"id"`` (default) or ``"en"`` for kiplib's labels.
        style: the document style; by default the style of ``record.body`` under ``rules``.
        rules: the rule book whose district plugins style the document and check the record
            (``None``: :meth:`kiplib.RuleBook.installed`).
        draft: render a *konsep*: marked KONSEP on every page and in the provenance note
            (with the record's problems), even from a record :func:`kiplib.exemption.check`
            rejects.

    Raises:
        kiplib.errors.DocumentRecordError: the record does not pass
            :func:`kiplib.exemption.check` (naming every problem) and ``draft`` is false: a
            letter to sign is never made from an incomplete or unlawful record.
    """
    lang = normalize_language(lang)
    kind = DocumentKind.CLASSIFICATION_DECISION
    found = check(record, rules=rules)
    problems = _draft(kind, str(record.number).strip() or "?", found, draft)
    style = _style_for(record.body, style, rules, record.determined_on)
    blocks = (
        _block(gettext("Yang menetapkan,", lang), record.ppid),
        _block(gettext("Menyetujui,", lang), record.approval.official),
    )
    context = _common(
        kind,
        body=record.body,
        style=style,
        lang=lang,
        number=record.number,
        blocks=blocks,
        place=record.place,
        on=record.determined_on,
        draft=problems,
    )
    rec = _record_context(record, lang)
    context.update(rec)
    grounds_text = "; ".join(
        f"{g['citation'] or g['code']}" + (f" — {g['description']}" if g["description"] else "")
        for g in rec["grounds"]
    )
    source = gettext("dokumen sumber", lang)
    unit = gettext("unit kerja", lang)
    result = gettext("Hasil uji konsekuensi", lang)
    classification = [
        f"{record.information} ({source}: {record.source_document})",
        f"{result}: {record.outcome.label(lang)}",
    ]
    if grounds_text:
        classification.append(grounds_text)
    reasons = [grounds_text] if grounds_text else []
    reasons += [
        f"{b['title']}" + (f" ({b['citation']})" if b["citation"] else "")
        for b in rec["legal_basis"]
    ]
    reasons += [
        f"{gettext(_LABELS['harm_analysis'], lang)}: {record.harm_analysis}",
        f"{gettext(_LABELS['public_interest'], lang)}: {record.public_interest}",
    ]
    values: dict[str, list[str]] = {
        "a": classification,
        "b": [_person(record.ppid, lang)],
        "c": [f"{record.body.name}; {unit}: {record.unit}"],
        "d": [rec["period"]],
        "e": reasons,
        "f": [f"{record.place}, {_date(record.determined_on, lang)}"],
    }
    context["elements"] = [
        {
            "huruf": huruf,
            "label": gettext(label, lang),
            "citation": _PASAL_4_CITATIONS[huruf],
            "lines": values[huruf],
        }
        for huruf, label in _PASAL_4
    ]
    context["tested_on"] = _date(record.tested_on, lang)
    return _render(kind, format, style, context)


def render_consequence_test_minutes(
    record: ConsequenceTest,
    *,
    format: Format = "html",
    lang: str = "id",
    number: str | None = None,
    style: DocumentStyle | None = None,
    rules: RuleBook | None = None,
    draft: bool = False,
) -> str:
    """The *berita acara / lembar uji konsekuensi* of ``record``.

    The participants (every signatory, with position and NIP), when and why the test was held,
    the information and its source, the Pasal 17 grounds with their citations, the legal
    basis, the consequences of opening (UU 14/2008 Pasal 2 ayat (4)), the public-interest
    weighing, the outcome with the parts blacked out (Pasal 22 ayat (7) huruf e), the period,
    and a signature block for each signatory and for the approving pimpinan (PP 61/2010 Pasal
    3 ayat (2)), plus any the district's style requires.

    Args:
        record: the consequence-test record.
        number: the number of the berita acara, if it has its own (see
            :meth:`DocumentStyle.number`).
        format, lang, style, rules, draft: as for :func:`render_classification_decision`.

    Raises:
        kiplib.errors.DocumentRecordError: as for :func:`render_classification_decision`.
    """
    lang = normalize_language(lang)
    kind = DocumentKind.CONSEQUENCE_TEST_MINUTES
    found = check(record, rules=rules)
    problems = _draft(kind, str(record.number).strip() or "?", found, draft)
    style = _style_for(record.body, style, rules, record.tested_on)
    blocks = [_block(gettext("Peserta,", lang), p) for p in record.signatories]
    if record.approval.official.position.casefold() not in {b.position.casefold() for b in blocks}:
        blocks.append(_block(gettext("Menyetujui,", lang), record.approval.official))
    context = _common(
        kind,
        body=record.body,
        style=style,
        lang=lang,
        number=number,
        blocks=blocks,
        place=record.place,
        on=record.tested_on,
        draft=problems,
    )
    context.update(_record_context(record, lang))
    context["opening"] = gettext(
        "Pada {date} di {place}, PPID {body} bersama peserta di bawah ini melakukan uji "
        "konsekuensi atas informasi berikut ({citation}).",
        lang,
    ).format(
        date=format_date(record.tested_on, lang),
        place=record.place,
        body=record.body.name,
        citation=TEST_CITATIONS[0],
    )
    context["participants"] = [
        {"name": p.name, "position": p.position, "nip": p.nip or ""} for p in record.signatories
    ]
    context["timing"] = record.timing.label(lang)
    context["reference"] = record.reference if record.timing is not Timing.BEFORE_REQUEST else ""
    return _render(kind, format, style, context)


def render_dip(
    register: DipRegister,
    *,
    format: Format = "html",
    lang: str = "id",
    number: str | None = None,
    place: str | None = None,
    signed_by: Sequence[Signatory] = (),
    style: DocumentStyle | None = None,
    rules: RuleBook | None = None,
    draft: bool = False,
) -> str:
    """The *Daftar Informasi Publik* as the table PPIDs publish (the columns of
    :data:`kiplib.registers.columns.DIP_COLUMNS`), with its year, revision and legal basis (UU
    14/2008 Pasal 11 ayat (1) huruf a), dated and signed on ``register.adopted_on``, the day it
    was determined.

    Args:
        register: the DIP.
        number: the number of the decision that adopts it, if any.
        place: where it was adopted (shown before the date).
        signed_by: who signs it (the register holds no officials), e.g.
            ``Signatory("Ditetapkan oleh,", "PPID Utama", "Nama", "NIP")``; when neither it nor
            the district's style names anyone, a block for the body's PPID with the name left
            blank.
        format, lang, style, rules: as for :func:`render_classification_decision`.
        draft: render a *konsep* (see :func:`render_classification_decision`), even of a
            register :func:`kiplib.registers.check_dip` rejects.

    Raises:
        kiplib.errors.DocumentRecordError: the register does not pass
            :func:`kiplib.registers.check_dip` and ``draft`` is false.
    """
    lang = normalize_language(lang)
    kind = DocumentKind.DIP
    problems = _draft(kind, f"DIP {register.year}", check_dip(register), draft)
    style = _style_for(register.body, style, rules, register.adopted_on)
    context = _table(
        DocumentKind.DIP,
        register.body,
        style,
        lang,
        number=number,
        blocks=signed_by,
        place=place,
        on=register.adopted_on,
        columns=DIP_COLUMNS,
        rows=dip_rows(register, lang),
        draft=problems,
    )
    context["subtitle"] = gettext("Tahun {year}, revisi {revision} ({citation})", lang).format(
        year=register.year, revision=register.revision, citation=register.citation
    )
    return _render(DocumentKind.DIP, format, style, context)


def render_dik(
    register: DikRegister,
    *,
    format: Format = "html",
    lang: str = "id",
    number: str | None = None,
    place: str | None = None,
    signed_on: date | None = None,
    signed_by: Sequence[Signatory] = (),
    style: DocumentStyle | None = None,
    rules: RuleBook | None = None,
    draft: bool = False,
) -> str:
    """The *Daftar Informasi yang Dikecualikan* on ``register.as_of`` (the columns of
    :data:`kiplib.registers.columns.DIK_COLUMNS`), and the records that left it, with the reason
    and its article (PP 61/2010 Pasal 10 and 11; UU 14/2008 Pasal 18 ayat (2) and 19).

    Args:
        signed_on: the day it is signed: ``register.as_of`` (the day it describes) by
            default, or later; never before it.
        register, number, place, signed_by, format, lang, style, rules, draft: as for
            :func:`render_dip` (the register was checked when it was built,
            :func:`kiplib.build_dik`).
    """
    lang = normalize_language(lang)
    kind = DocumentKind.DIK
    signed_on = argument("signed_on", signed_on, date, type(None))
    if signed_on is not None and signed_on < register.as_of:
        raise InvalidInputError(
            field="signed_on",
            value=signed_on.isoformat(),
            reason=N_("daftar keadaan {as_of} tidak dapat ditandatangani sebelum tanggal itu"),
            as_of=register.as_of.isoformat(),
        )
    problems = _draft(kind, f"DIK {register.as_of.isoformat()}", (), draft)
    style = _style_for(register.body, style, rules, signed_on or register.as_of)
    context = _table(
        DocumentKind.DIK,
        register.body,
        style,
        lang,
        number=number,
        blocks=signed_by,
        place=place,
        on=signed_on or register.as_of,
        columns=DIK_COLUMNS,
        rows=dik_rows(register, lang),
        draft=problems,
    )
    context["subtitle"] = gettext("Keadaan pada {date}", lang).format(
        date=_date(register.as_of, lang)
    )
    context["exits_title"] = gettext("Tidak lagi dikecualikan", lang)
    context["exits"] = [
        {
            "record": e.record,
            "information": e.information,
            "reason": e.reason.label(lang),
            "citation": str(e.reason.citation),
            "on": _date(e.on, lang),
        }
        for e in register.exits
    ]
    return _render(DocumentKind.DIK, format, style, context)


def render_annual_report(
    statistics: ServiceStatistics,
    *,
    body: PublicBody,
    format: Format = "html",
    lang: str = "id",
    number: str | None = None,
    place: str | None = None,
    signed_on: date | None = None,
    signed_by: Sequence[Signatory] = (),
    style: DocumentStyle | None = None,
    rules: RuleBook | None = None,
    draft: bool = False,
) -> str:
    """The *laporan tahunan layanan informasi publik* of ``body`` for ``statistics.year``.

    The four items of UU 14/2008 Pasal 12 (huruf a: requests received; b: the time taken to
    fulfil each; c: how many were granted and refused; d: the reasons for refusal), each with
    its citation, the due date of the report: 31 March of the next year (Perki 1/2021
    Pasal 56), then place, date and signature. Numbers are written as ``lang`` writes them
    (``7,2`` in Bahasa Indonesia, ``7.2`` in English).

    Args:
        statistics: the figures (:func:`kiplib.service_statistics`).
        body: the badan publik reporting.
        signed_on: the day the report is signed; required, and after the year reported on
            has ended (a report on a year still running is incomplete). kiplib reads no
            clock: give the day explicitly (the command line gives today).
        number, place, signed_by, format, lang, style, rules: as for :func:`render_dip`.
        draft: render a *konsep* (see :func:`render_classification_decision`): then a missing
            date, or a year not yet ended, is listed in the provenance note instead.

    Raises:
        kiplib.errors.InvalidInputError: ``signed_on`` missing or not after the year ended,
            and ``draft`` is false.
    """
    lang = normalize_language(lang)
    kind = DocumentKind.ANNUAL_REPORT
    due = annual_report_due(statistics.year)
    signed_on = argument("signed_on", signed_on, date, type(None))
    problems = _signing_problems(statistics.year, signed_on)
    if problems and not argument("draft", draft, bool):
        first = problems[0]
        raise InvalidInputError(
            field="signed_on",
            value=signed_on.isoformat() if signed_on is not None else "None",
            reason=first.template,
            **first.params,
        )
    style = _style_for(body, style, rules, signed_on)
    context = _common(
        kind,
        body=body,
        style=style,
        lang=lang,
        number=number,
        blocks=signed_by,
        place=place,
        on=signed_on,
        draft=problems if draft else None,
    )
    context["subtitle"] = gettext("Tahun {year}", lang).format(year=statistics.year)
    context["due"] = gettext("{date} ({citation})", lang).format(
        date=_date(due.due, lang), citation=ANNUAL_REPORT_CITATION
    )
    s = statistics
    notice_days, extended_days = s.period_labels()

    def n(value: float, decimals: int | None = None) -> str:
        return format_number(value, lang, decimals=decimals)

    timing = (
        gettext(
            "rata-rata {mean} hari kerja, median {median}, terlama {max}; dalam "
            "{notice_days} hari kerja: {within}; dalam {extended_days} hari kerja: {extended}",
            lang,
        ).format(
            notice_days=notice_days,
            extended_days=extended_days,
            mean=n(s.mean_working_days, 1),
            median=n(s.median_working_days if s.median_working_days is not None else 0),
            max=n(s.max_working_days if s.max_working_days is not None else 0),
            within=n(s.within_notice_period),
            extended=n(s.within_extended_period),
        )
        if s.mean_working_days is not None
        else gettext(_LABELS["empty"], lang)
    )
    items = {
        "a": (
            N_("Jumlah permintaan informasi yang diterima"),
            [
                gettext("{received} (belum dijawab: {unanswered})", lang).format(
                    received=n(s.received), unanswered=n(s.unanswered)
                )
                if s.unanswered
                else n(s.received)
            ],
        ),
        "b": (N_("Waktu yang diperlukan untuk memenuhi setiap permintaan"), [timing]),
        "c": (
            N_("Jumlah pemberian dan penolakan permintaan informasi"),
            [
                gettext(
                    "dikabulkan {granted}; dikabulkan sebagian {partly}; ditolak {refused}; "
                    "informasi belum dikuasai {not_held}",
                    lang,
                ).format(
                    granted=n(s.granted),
                    partly=n(s.partly_granted),
                    refused=n(s.refused),
                    not_held=n(s.not_held),
                )
            ],
        ),
        "d": (
            N_("Alasan penolakan permintaan informasi"),
            [f"{r.citation}: {n(r.count)}" for r in s.refusal_reasons]
            or [gettext(_LABELS["empty"], lang)],
        ),
    }
    context["items"] = [
        {
            "huruf": huruf,
            "label": gettext(items[huruf][0], lang),
            "citation": _PASAL_12_CITATIONS[huruf],
            "lines": items[huruf][1],
        }
        for huruf in _PASAL_12
    ]
    context["times"] = [{"number": t.number, "days": n(t.working_days)} for t in s.times]
    return _render(kind, format, style, context)


def _signing_problems(year: int, signed_on: date | None) -> tuple[Problem, ...]:
    """Why an annual report on ``year`` cannot be signed on ``signed_on`` (empty: it can)."""
    if signed_on is None:
        return (
            Problem(
                "signed_on",
                "required",
                N_("laporan tahunan yang ditandatangani memerlukan tanggal penandatanganan"),
            ),
        )
    if signed_on.year <= year:
        return (
            Problem(
                "signed_on",
                "year-not-ended",
                N_(
                    "laporan tahunan {year} baru dapat ditandatangani sesudah tahun itu "
                    "berakhir ({citation})"
                ),
                {"year": year, "citation": str(ANNUAL_REPORT_CITATION)},
            ),
        )
    return ()


#: What :func:`render` accepts for each document: the record type.
_RENDERERS: Final[dict[DocumentKind, tuple[type, Callable[..., str]]]] = {
    DocumentKind.CLASSIFICATION_DECISION: (ConsequenceTest, render_classification_decision),
    DocumentKind.CONSEQUENCE_TEST_MINUTES: (ConsequenceTest, render_consequence_test_minutes),
    DocumentKind.DIP: (DipRegister, render_dip),
    DocumentKind.DIK: (DikRegister, render_dik),
    DocumentKind.ANNUAL_REPORT: (ServiceStatistics, render_annual_report),
}


def record_type(kind: DocumentKind | str) -> type:
    """The record a document is rendered from (``ConsequenceTest``, ``DipRegister`` …)."""
    return _RENDERERS[_kind(kind)][0]


def _kind(kind: DocumentKind | str) -> DocumentKind:
    try:
        return kind if isinstance(kind, DocumentKind) else DocumentKind(kind)
    except ValueError:
        raise InvalidInputError(
            field="document",
            value=repr(kind),
            reason=N_("pilih surat_penetapan, berita_acara, dip, dik atau laporan_tahunan"),
        ) from None


def render(kind: DocumentKind | str, record: object, **options: Any) -> str:
    """Render document ``kind`` (``"surat_penetapan"``, ``"berita_acara"``, ``"dip"``,
    ``"dik"``, ``"laporan_tahunan"``) from ``record`` with the options of its function."""
    found = _kind(kind)
    cls, function = _RENDERERS[found]
    if not isinstance(record, cls):
        raise InvalidInputError(
            field="record",
            value=type(record).__name__,
            reason=N_("jenis rekaman tidak sesuai dengan dokumen"),
        )
    return function(record, **options)
