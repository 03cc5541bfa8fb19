"""What the templates are filled with: the letterhead, the signature blocks, the labels of
PP 61/2010 Pasal 4 and UU 14/2008 Pasal 12, a record's grounds and period, the register
tables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any, Final

import attrs

from kiplib.calendar.working import MONTH_NAMES
from kiplib.documents.engine import RowsHtml, RowsMarkdown
from kiplib.errors import Problem
from kiplib.exemption.consequence_test import TEST_CITATIONS, ConsequenceTest, Official, Outcome
from kiplib.i18n import N_, NP_, format_number, gettext, gettext_count
from kiplib.law.bodies import PublicBody
from kiplib.law.categories import Category
from kiplib.law.citation import PERKI_1_2021, PP_61_2010, Citation
from kiplib.law.duties import ANNUAL_REPORT_CITATION, DIP_CITATION, SERVICE_STATISTICS_CITATION
from kiplib.law.grounds import GROUNDS, release_citations
from kiplib.rulebook.book import RuleBook, rules_or_default
from kiplib.rulebook.styles import DocumentKind, DocumentStyle, Signatory

__all__ = ["LEGAL_BASIS", "format_number"]


#: PP 61/2010 Pasal 4 ayat (2): what a surat penetapan contains at least (its huruf a–f).
DECISION_CONTENTS: Final = Citation(PP_61_2010, pasal=4, ayat=2)

#: What each document rests on, cited in its provenance note: the surat penetapan on PP 61/2010
#: Pasal 4 ayat (2); the berita acara on the consequence test (UU 14/2008 Pasal 19, PP 61/2010
#: Pasal 3); the DIP on UU 14/2008 Pasal 11 ayat (1) huruf a and the service standard of Perki
#: 1/2021; the DIK on the exemptions of UU 14/2008 Pasal 17, the test of Pasal 19 and PP
#: 61/2010; the annual report on UU 14/2008 Pasal 12 and Perki 1/2021 Pasal 56.
LEGAL_BASIS: Final[Mapping[DocumentKind, tuple[Citation, ...]]] = MappingProxyType(
    {
        DocumentKind.CLASSIFICATION_DECISION: (DECISION_CONTENTS,),
        DocumentKind.CONSEQUENCE_TEST_MINUTES: TEST_CITATIONS,
        DocumentKind.DIP: (DIP_CITATION, Citation(PERKI_1_2021)),
        DocumentKind.DIK: (*Category.EXEMPT.citations, TEST_CITATIONS[0], Citation(PP_61_2010)),
        DocumentKind.ANNUAL_REPORT: (SERVICE_STATISTICS_CITATION, ANNUAL_REPORT_CITATION),
    }
)


#: PP 61/2010 Pasal 4 ayat (2): what a surat penetapan contains at least, huruf a–f.
_PASAL_4: Final = (
    ("a", N_("Jenis klasifikasi informasi yang dikecualikan")),
    ("b", N_("Identitas pejabat PPID yang menetapkan")),
    ("c", N_("Badan publik dan unit kerja pejabat yang menetapkan")),
    ("d", N_("Jangka waktu pengecualian")),
    ("e", N_("Alasan pengecualian")),
    ("f", N_("Tempat dan tanggal penetapan")),
)


#: The citation of each huruf of PP 61/2010 Pasal 4 ayat (2), as shown.
_PASAL_4_CITATIONS: Final = {
    huruf: str(attrs.evolve(DECISION_CONTENTS, huruf=huruf)) for huruf, _ in _PASAL_4
}


#: UU 14/2008 Pasal 12: what a body announces each year, huruf a–d.
_PASAL_12: Final = ("a", "b", "c", "d")

#: The citation of each huruf of UU 14/2008 Pasal 12, as shown.
_PASAL_12_CITATIONS: Final = {
    huruf: str(attrs.evolve(SERVICE_STATISTICS_CITATION, huruf=huruf)) for huruf in _PASAL_12
}


_LABELS: Final = {
    "number": N_("Nomor"),
    "decision_number": N_("Nomor surat penetapan"),
    "body": N_("Badan Publik"),
    "unit": N_("Unit Kerja"),
    "information": N_("Informasi"),
    "source_document": N_("Dokumen sumber"),
    "outcome": N_("Hasil uji konsekuensi"),
    "grounds": N_("Alasan pengecualian (UU 14/2008 Pasal 17)"),
    "ground": N_("Alasan"),
    "citation": N_("Dasar hukum"),
    "description": N_("Uraian"),
    "legal_basis": N_("Dasar hukum pengecualian"),
    "harm_analysis": N_("Konsekuensi bila informasi dibuka"),
    "public_interest": N_("Pertimbangan kepentingan publik"),
    "redactions": N_("Bagian yang dihitamkan"),
    "part": N_("Bagian"),
    "page": N_("Halaman"),
    "period": N_("Jangka waktu pengecualian"),
    "participants": N_("Peserta uji konsekuensi"),
    "no": N_("No"),
    "name": N_("Nama"),
    "position": N_("Jabatan"),
    "nip": N_("NIP"),
    "timing": N_("Waktu pelaksanaan"),
    "reference": N_("Nomor permohonan / register sengketa"),
    "approval": N_("Persetujuan pimpinan"),
    "replaces": N_("Menggantikan"),
    "considering": N_("Menimbang hasil uji konsekuensi"),
    "decides": N_("MENETAPKAN"),
    "item": N_("Uraian"),
    "request": N_("Nomor permohonan"),
    "working_days": N_("Hari kerja"),
    "due": N_("Batas penyampaian laporan"),
    "empty": N_("Tidak ada."),
    "sign_here": N_("tanda tangan"),
    "blank_name": N_("(nama terang)"),
    "draft_mark": N_("KONSEP"),
    "draft_note": N_("KONSEP — bukan dokumen untuk ditandatangani"),
}

#: The signature block of a register or report that names no signatory: the body's PPID
#: (UU 14/2008 Pasal 13), the name left blank for a handwritten one.
_PPID_CAPTIONS: Final = {
    DocumentKind.DIP: N_("Yang menetapkan,"),
    DocumentKind.DIK: N_("Yang menetapkan,"),
    DocumentKind.ANNUAL_REPORT: N_("Yang melaporkan,"),
}


# ============================================================================ context helpers
def _date(d: date | None, lang: str) -> str:
    """``15 Maret 2024`` (a letter's date, without the weekday)."""
    if d is None:
        return ""
    return f"{d.day} {gettext(MONTH_NAMES[d.month - 1], lang)} {d.year}"


def _style_for(
    body: PublicBody, style: DocumentStyle | None, rules: RuleBook | None, on: date | None
) -> DocumentStyle:
    """The style given, else the district styles in force on the document's date ``on``
    (every style when the document has no date yet)."""
    if style is not None:
        return style
    return rules_or_default(rules).for_body(body).document_style_on(on)


def _letterhead(style: DocumentStyle, body: PublicBody) -> tuple[list[str], str]:
    lines = list(style.letterhead)
    shown = {line.casefold() for line in lines}
    name = body.name if body.name.casefold() not in shown else ""
    return lines, name


def _block(caption: str, person: Official) -> Signatory:
    return Signatory(caption, person.position, person.name, person.nip, person.role)


def _with_style_blocks(
    blocks: Sequence[Signatory], style: DocumentStyle, kind: DocumentKind
) -> list[dict[str, str | None]]:
    """The record's signature blocks, then the style's for those not already signing: a
    style block is left out when a record block has its role or, the role unknown on either
    side, the same position (compared without case)."""
    positions = {b.position.casefold() for b in blocks}
    roles = {b.role for b in blocks if b.role is not None}
    result = list(blocks)
    for extra in style.signatories_for(kind):
        signing = extra.role in roles if extra.role is not None else False
        if not signing and extra.position.casefold() not in positions:
            result.append(extra)
    return [
        {"caption": b.caption, "position": b.position, "name": b.name, "nip": b.nip} for b in result
    ]


def _default_blocks(
    kind: DocumentKind,
    blocks: Sequence[Signatory],
    style: DocumentStyle,
    body: PublicBody,
    lang: str,
) -> Sequence[Signatory]:
    """``blocks``, or the PPID's block when neither they nor the style name a signatory."""
    if blocks or style.signatories_for(kind) or kind not in _PPID_CAPTIONS:
        return blocks
    position = gettext("PPID {body}", lang).format(body=body.name)
    return (Signatory(gettext(_PPID_CAPTIONS[kind], lang), position),)


def _provenance(
    kind: DocumentKind, style: DocumentStyle, lang: str, draft: Sequence[Problem] | None = None
) -> list[str]:
    """The provenance note of a document: its legal basis, where its format comes from (the
    plugin and its regulation), what the format assumes and, for a draft, why it is one."""
    basis = "; ".join(str(c) for c in LEGAL_BASIS[kind])
    lines = [gettext("Dasar hukum: {citation}", lang).format(citation=basis)]
    source = style.source or "kiplib"
    if style.citation is not None:
        lines.append(
            gettext("Format dokumen: {source} ({citation})", lang).format(
                source=source, citation=style.citation
            )
        )
    else:
        lines.append(gettext("Format dokumen: {source}", lang).format(source=source))
    if style.assumption:
        lines.append(gettext("Asumsi: {text}", lang).format(text=style.assumption))
    if draft is not None:
        if draft:
            shown = "; ".join(f"{p.path}: {p.message(lang)}" for p in draft)
            lines.append(
                gettext_count(
                    NP_(
                        "KONSEP: rekaman memiliki {count} masalah: {problems}",
                        "KONSEP: rekaman memiliki {count} masalah: {problems}",
                    ),
                    len(draft),
                    lang,
                ).format(count=len(draft), problems=shown)
            )
        else:
            lines.append(
                gettext("KONSEP: dibuat atas permintaan, belum untuk ditandatangani", lang)
            )
    return lines


def _common(
    kind: DocumentKind,
    *,
    body: PublicBody,
    style: DocumentStyle,
    lang: str,
    number: str | None,
    blocks: Sequence[Signatory],
    place: str | None,
    on: date | None,
    draft: Sequence[Problem] | None = None,
) -> dict[str, Any]:
    labels = {k: gettext(v, lang) for k, v in _LABELS.items()}
    letterhead, body_line = _letterhead(style, body)
    signed = ""
    if on is not None:
        signed = (
            gettext("{place}, {date}", lang).format(place=place, date=_date(on, lang))
            if place
            else _date(on, lang)
        )
    blocks = _default_blocks(kind, blocks, style, body, lang)
    return {
        "lang": lang,
        "L": labels,
        "title": kind.title(lang),
        "kind": kind.value,
        "body": body.name,
        "letterhead": letterhead,
        "body_line": body_line,
        "number": number,
        "signed": signed,
        "signatures": _with_style_blocks(blocks, style, kind),
        "provenance": _provenance(kind, style, lang, draft),
        "draft": draft is not None,
    }


def _grounds(codes: Iterable[str], lang: str) -> list[dict[str, str]]:
    rows = []
    for code in codes:
        g = GROUNDS.get(code)
        rows.append(
            {
                "code": code,
                "citation": str(g.citation) if g is not None else "",
                "description": gettext(g.description, lang) if g is not None else "",
            }
        )
    return rows


def _period(record: ConsequenceTest, lang: str) -> str:
    period = record.period
    if period is None or not record.is_exemption:
        return gettext("tidak ada (informasi terbuka)", lang)
    parts: list[str] = []
    if period.until is not None:
        parts.append(gettext("sampai dengan {date}", lang).format(date=_date(period.until, lang)))
    if period.years is not None:
        parts.append(gettext("{years} tahun sejak penetapan", lang).format(years=period.years))
    ends = record.ends_on()
    if ends is not None:
        parts.append(gettext("terbuka mulai {date}", lang).format(date=_date(ends, lang)))
    if period.conditions:
        grounds = record.known_grounds()
        shown = [
            f"{c.label(lang)} ({', '.join(str(a) for a in release_citations(grounds, c))})"
            for c in period.conditions
        ]
        parts.append(gettext("atau sampai: {conditions}", lang).format(conditions="; ".join(shown)))
    if period.review_on is not None:
        parts.append(
            gettext("kaji ulang pada {date}", lang).format(date=_date(period.review_on, lang))
        )
    return ", ".join(parts)


def _record_context(record: ConsequenceTest, lang: str) -> dict[str, Any]:
    return {
        "record_number": record.number,
        "unit": record.unit,
        "information": record.information,
        "source_document": record.source_document,
        "outcome": record.outcome.label(lang),
        "is_exemption": record.is_exemption,
        "grounds": _grounds(record.grounds, lang),
        "legal_basis": [
            {"title": b.title, "citation": str(b.citation) if b.citation else ""}
            for b in record.legal_basis
        ],
        "harm_analysis": record.harm_analysis,
        "public_interest": record.public_interest,
        "redactions": [
            {
                "part": r.part,
                "ground": r.ground,
                "citation": str(GROUNDS[r.ground].citation) if r.ground in GROUNDS else "",
                "page": "" if r.page is None else str(r.page),
            }
            for r in record.redactions
        ]
        if record.outcome is Outcome.PARTLY
        else [],
        "period": _period(record, lang),
        "ppid": record.ppid,
        "approval": gettext("{position} {name}, {date} ({citation})", lang).format(
            position=record.approval.official.position,
            name=record.approval.official.name,
            date=_date(record.approval.approved_on, lang),
            citation=Citation(PP_61_2010, pasal=3, ayat=2),
        ),
        "replaces": (
            gettext("surat penetapan nomor {number} ({citation})", lang).format(
                number=record.replaces, citation=Citation(PP_61_2010, pasal=10)
            )
            if record.replaces
            else ""
        ),
    }


def _person(official: Official, lang: str) -> str:
    text = f"{official.name}, {official.position}"
    if official.nip:
        text += ", " + gettext("NIP {nip}", lang).format(nip=official.nip)
    return text


def _table(
    kind: DocumentKind,
    body: PublicBody,
    style: DocumentStyle,
    lang: str,
    *,
    number: str | None,
    blocks: Sequence[Signatory],
    place: str | None,
    on: date,
    columns: Sequence[str],
    rows: Iterable[tuple[str, ...]],
    draft: Sequence[Problem] | None = None,
) -> dict[str, Any]:
    """The context shared by the register tables: header, signatures, columns and rows."""
    context = _common(
        kind,
        body=body,
        style=style,
        lang=lang,
        number=number,
        blocks=blocks,
        place=place,
        on=on,
        draft=draft,
    )
    context["columns"] = [gettext(c, lang) for c in columns]
    context["rows"] = list(rows)
    context["rows_html"] = RowsHtml(context["rows"])
    context["rows_markdown"] = RowsMarkdown(context["rows"])
    return context
