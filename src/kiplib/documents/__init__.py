"""The documents an office signs, rendered from kiplib's records as HTML or Markdown.

* :func:`render_classification_decision` — the *surat penetapan klasifikasi informasi yang
  dikecualikan* from a :class:`~kiplib.ConsequenceTest`: the six elements of
  PP 61/2010 Pasal 4 ayat (2) (huruf a–f, each with its citation), the number, the
  pimpinan's approval (Pasal 3 ayat (2)) and the PPID's signature.
* :func:`render_consequence_test_minutes` — the *berita acara / lembar uji konsekuensi*:
  participants, grounds with their citations, legal basis, harm and public-interest analysis,
  outcome, blacked-out parts and a signature block for every signatory (name, position, NIP).
* :func:`render_dip` and :func:`render_dik` — the two registers in the column layout PPIDs
  publish (the columns of :mod:`kiplib.registers.columns`).
* :func:`render_annual_report` — the *laporan tahunan layanan informasi publik* from
  :class:`~kiplib.ServiceStatistics`: the four items of UU 14/2008 Pasal 12 (huruf a–d)
  and the due date of 31 March (Perki 1/2021 Pasal 56).

Every function is pure: records in, ``str`` out — no files, no clock. Texts are in Bahasa
Indonesia; ``lang="en"`` translates kiplib's own labels (the records' texts stay as written).
HTML is autoescaped and carries print CSS for A4; in Markdown every value is escaped (pipes,
backslashes, brackets, ``<``, newlines), so a record's text can never become markup.

A district dresses its documents through the ``kiplib_document_style`` hook (kop surat,
required signatories, numbering, replacement templates): the style of a body comes from the
rule book (``rules=``); pass ``style=`` to use another one.

The templates (Jinja2, package data under ``kiplib/documents/templates``) need the optional extra
``kiplib[docs]``; without Jinja2 every function raises
:class:`~kiplib.errors.MissingDependencyError`.

Examples:
    >>> from pathlib import Path
    >>> from kiplib import serialization
    >>> from kiplib.documents import render_classification_decision
    >>> record = serialization.loads(
    ...     Path("tests/golden/v1/consequence_test.json").read_text("utf-8"))
    >>> text = render_classification_decision(record, format="markdown")
    >>> print(next(line for line in text.splitlines() if line.startswith("# ")))
    # SURAT PENETAPAN KLASIFIKASI INFORMASI YANG DIKECUALIKAN
    >>> "PP 61/2010 Pasal 4 ayat (2) huruf f" in text
    True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Final, Literal

from kiplib.calendar.working import MONTH_NAMES, format_date
from kiplib.duties.statistics import ServiceStatistics, annual_report_due
from kiplib.errors import DocumentTemplateError, InvalidInputError, MissingDependencyError
from kiplib.exemption.consequence_test import ConsequenceTest, Official, Outcome, Timing
from kiplib.i18n import N_, gettext, normalize_language
from kiplib.law.bodies import PublicBody
from kiplib.law.citation import PP_61_2010, UU_14_2008, Citation
from kiplib.law.duties import ANNUAL_REPORT_CITATION
from kiplib.law.grounds import GROUNDS
from kiplib.registers.columns import DIK_COLUMNS, DIP_COLUMNS, dik_rows, dip_rows
from kiplib.registers.dik import DikRegister
from kiplib.registers.dip import DipRegister
from kiplib.rulebook.book import RuleBook, rules_or_default
from kiplib.rulebook.styles import TEMPLATE_NAMES, DocumentKind, DocumentStyle, Signatory

if TYPE_CHECKING:
    import jinja2

__all__ = [
    "FORMATS",
    "TEMPLATE_NAMES",
    "DocumentKind",
    "DocumentStyle",
    "Format",
    "Signatory",
    "escape_markdown",
    "record_type",
    "render",
    "render_annual_report",
    "render_classification_decision",
    "render_consequence_test_minutes",
    "render_dik",
    "render_dip",
]

#: Output formats.
Format = Literal["html", "markdown"]
FORMATS: Final[tuple[Format, ...]] = ("html", "markdown")
_EXTENSIONS: Final = {"html": "html", "markdown": "md"}

#: PP 61/2010 Pasal 4 ayat (2): what a surat penetapan contains at least, huruf a–f.
_PASAL_4: Final = (
    ("a", N_("Jenis klasifikasi informasi yang dikecualikan")),
    ("b", N_("Identitas pejabat PPID yang menetapkan")),
    ("c", N_("Badan publik dan unit kerja pejabat yang menetapkan")),
    ("d", N_("Jangka waktu pengecualian")),
    ("e", N_("Alasan pengecualian")),
    ("f", N_("Tempat dan tanggal penetapan")),
)
#: UU 14/2008 Pasal 12: what a body announces each year, huruf a–d.
_PASAL_12: Final = ("a", "b", "c", "d")

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
}

# ============================================================================ Jinja2
_MD_SPECIAL: Final = re.compile(r"([\\`*_\[\]#|])")
_NEWLINES: Final = re.compile(r"\r\n|\r|\n")


def escape_markdown(value: object) -> str:
    """``value`` as Markdown text that renders as itself: inside a paragraph or a table cell.

    Backslashes, backticks, ``*``, ``_``, brackets, ``#`` and pipes are backslash-escaped;
    ``&``, ``<`` and ``>`` become entities (no raw HTML gets through); newlines become
    ``<br>``.

    Examples:
        >>> print(escape_markdown("a | b <script>"))
        a \\| b &lt;script&gt;
    """
    if value is None:
        return ""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _NEWLINES.sub("<br>", text.strip())


def _jinja() -> Any:
    try:
        import jinja2
    except ImportError:
        raise MissingDependencyError(
            field="kiplib.documents", value="jinja2", extra="docs"
        ) from None
    return jinja2


@functools.lru_cache(maxsize=32)
def _environment(fmt: str, templates: tuple[tuple[str, str], ...]) -> jinja2.Environment:
    j2 = _jinja()
    package = j2.PackageLoader("kiplib.documents", "templates")
    loader = j2.ChoiceLoader([j2.DictLoader(dict(templates)), package])
    # HTML: Jinja2 escapes every value; Markdown: every value passes through escape_markdown.
    markdown: dict[str, Any] = {} if fmt == "html" else {"finalize": escape_markdown}
    env: jinja2.Environment = j2.Environment(
        loader=loader,
        autoescape=fmt == "html",
        undefined=j2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        **markdown,
    )
    return env


def _render(kind: DocumentKind, fmt: str, style: DocumentStyle, context: Mapping[str, Any]) -> str:
    if fmt not in _EXTENSIONS:
        raise InvalidInputError(
            field="format", value=repr(fmt), reason=N_("pilih 'html' atau 'markdown'")
        )
    j2 = _jinja()
    name = f"{kind.value}.{_EXTENSIONS[fmt]}.j2"
    env = _environment(fmt, style.templates)
    replaced = dict(style.templates)
    overridden = name in replaced or f"_base.{_EXTENSIONS[fmt]}.j2" in replaced
    try:
        text: str = env.get_template(name).render(context)
    except j2.TemplateError as exc:
        if not overridden:
            raise
        raise DocumentTemplateError(field=name, value=style.source or "?", detail=str(exc)) from exc
    return text


# ============================================================================ context helpers
def _date(d: date | None, lang: str) -> str:
    """``15 Maret 2024`` (a letter's date, without the weekday)."""
    if d is None:
        return ""
    return f"{d.day} {gettext(MONTH_NAMES[d.month - 1], lang)} {d.year}"


def _style_for(
    body: PublicBody, style: DocumentStyle | None, rules: RuleBook | None
) -> DocumentStyle:
    if style is not None:
        return style
    return rules_or_default(rules).for_body(body).document_style


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
        "provenance": style.explain(lang).splitlines(),
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
        parts.append(
            gettext("atau sampai: {conditions}", lang).format(
                conditions="; ".join(f"{c.label(lang)} ({c.citation})" for c in period.conditions)
            )
        )
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


# ============================================================================ documents
def render_classification_decision(
    record: ConsequenceTest,
    *,
    format: Format = "html",
    lang: str = "id",
    style: DocumentStyle | None = None,
    rules: RuleBook | None = None,
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
        rules: the rule book whose district plugins style the document (``None``:
            :meth:`kiplib.RuleBook.installed`).
    """
    lang = normalize_language(lang)
    style = _style_for(record.body, style, rules)
    kind = DocumentKind.CLASSIFICATION_DECISION
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
    )
    rec = _record_context(record, lang)
    context.update(rec)
    grounds_text = "; ".join(
        f"{g['citation'] or g['code']}" + (f" — {g['description']}" if g["description"] else "")
        for g in rec["grounds"]
    )
    classification = [
        f"{record.information} ({gettext('dokumen sumber', lang)}: {record.source_document})",
        f"{gettext('Hasil uji konsekuensi', lang)}: {record.outcome.label(lang)}",
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
        "c": [f"{record.body.name}; {gettext('unit kerja', lang)}: {record.unit}"],
        "d": [rec["period"]],
        "e": reasons,
        "f": [f"{record.place}, {_date(record.determined_on, lang)}"],
    }
    context["elements"] = [
        {
            "huruf": huruf,
            "label": gettext(label, lang),
            "citation": str(Citation(PP_61_2010, pasal=4, ayat=2, huruf=huruf)),
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
        format, lang, style: as for :func:`render_classification_decision`.
    """
    lang = normalize_language(lang)
    style = _style_for(record.body, style, rules)
    kind = DocumentKind.CONSEQUENCE_TEST_MINUTES
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
        citation=Citation(UU_14_2008, pasal=19),
    )
    context["participants"] = [
        {"name": p.name, "position": p.position, "nip": p.nip or ""} for p in record.signatories
    ]
    context["timing"] = record.timing.label(lang)
    context["reference"] = record.reference if record.timing is not Timing.BEFORE_REQUEST else ""
    return _render(kind, format, style, context)


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
) -> dict[str, Any]:
    """The context shared by the register tables: header, signatures, columns and rows."""
    context = _common(
        kind, body=body, style=style, lang=lang, number=number, blocks=blocks, place=place, on=on
    )
    context["columns"] = [gettext(c, lang) for c in columns]
    context["rows"] = list(rows)
    return context


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
) -> str:
    """The *Daftar Informasi Publik* as the table PPIDs publish (the columns of
    :data:`kiplib.registers.columns.DIP_COLUMNS`), with its year, revision and legal basis (UU
    14/2008 Pasal 11 ayat (1) huruf a), dated ``register.adopted_on``.

    Args:
        register: the DIP.
        number: the number of the decision that adopts it, if any.
        place: where it was adopted (shown before the date).
        signed_by: who signs it (the register holds no officials), e.g.
            ``Signatory("Ditetapkan oleh,", "PPID Utama", "Nama", "NIP")``.
        format, lang, style: as for :func:`render_classification_decision`.
    """
    lang = normalize_language(lang)
    style = _style_for(register.body, style, rules)
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
    signed_by: Sequence[Signatory] = (),
    style: DocumentStyle | None = None,
    rules: RuleBook | None = None,
) -> str:
    """The *Daftar Informasi yang Dikecualikan* on ``register.as_of`` (the columns of
    :data:`kiplib.registers.columns.DIK_COLUMNS`), and the records that left it, with the reason
    and its article (PP 61/2010 Pasal 10 and 11; UU 14/2008 Pasal 18 ayat (2) and 19).

    Arguments as for :func:`render_dip`.
    """
    lang = normalize_language(lang)
    style = _style_for(register.body, style, rules)
    context = _table(
        DocumentKind.DIK,
        register.body,
        style,
        lang,
        number=number,
        blocks=signed_by,
        place=place,
        on=register.as_of,
        columns=DIK_COLUMNS,
        rows=dik_rows(register, lang),
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
) -> str:
    """The *laporan tahunan layanan informasi publik* of ``body`` for ``statistics.year``.

    The four items of UU 14/2008 Pasal 12 (huruf a: requests received; b: the time taken to
    fulfil each; c: how many were granted and refused; d: the reasons for refusal), each with
    its citation, and the due date of the report: 31 March of the next year (Perki 1/2021
    Pasal 56).

    Args:
        statistics: the figures (:func:`kiplib.service_statistics`).
        body: the badan publik reporting.
        signed_on: the date of the report (none is shown without it).
        number, place, signed_by, format, lang, style: as for :func:`render_dip`.
    """
    lang = normalize_language(lang)
    style = _style_for(body, style, rules)
    kind = DocumentKind.ANNUAL_REPORT
    due = annual_report_due(statistics.year)
    context = _common(
        kind,
        body=body,
        style=style,
        lang=lang,
        number=number,
        blocks=signed_by,
        place=place,
        on=signed_on,
    )
    context["subtitle"] = gettext("Tahun {year}", lang).format(year=statistics.year)
    context["due"] = gettext("{date} ({citation})", lang).format(
        date=_date(due.due, lang), citation=ANNUAL_REPORT_CITATION
    )
    s = statistics
    timing = (
        gettext(
            "rata-rata {mean:.1f} hari kerja, median {median:g}, terlama {max}; dalam "
            "{notice_days} hari kerja: {within}; dalam {extended_days} hari kerja: {extended}",
            lang,
        ).format(
            notice_days=s.periods[0],
            extended_days=s.periods[1],
            mean=s.mean_working_days,
            median=s.median_working_days,
            max=s.max_working_days,
            within=s.within_notice_period,
            extended=s.within_extended_period,
        )
        if s.mean_working_days is not None
        else gettext(_LABELS["empty"], lang)
    )
    items = {
        "a": (
            N_("Jumlah permintaan informasi yang diterima"),
            [
                gettext("{received} (belum dijawab: {unanswered})", lang).format(
                    received=s.received, unanswered=s.unanswered
                )
                if s.unanswered
                else str(s.received)
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
                    granted=s.granted,
                    partly=s.partly_granted,
                    refused=s.refused,
                    not_held=s.not_held,
                )
            ],
        ),
        "d": (
            N_("Alasan penolakan permintaan informasi"),
            [f"{r.citation}: {r.count}" for r in s.refusal_reasons]
            or [gettext(_LABELS["empty"], lang)],
        ),
    }
    context["items"] = [
        {
            "huruf": huruf,
            "label": gettext(items[huruf][0], lang),
            "citation": str(Citation(UU_14_2008, pasal=12, huruf=huruf)),
            "lines": items[huruf][1],
        }
        for huruf in _PASAL_12
    ]
    context["times"] = [{"number": t.number, "days": str(t.working_days)} for t in s.times]
    return _render(kind, format, style, context)


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
