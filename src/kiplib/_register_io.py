"""DIP and DIK as the tables PPIDs publish: CSV and JSON out, CSV in (standard library only).

The DIP table has the seven columns of the Perki on service standards plus the category, the
article behind it and the last publication date; the DIK table has one row per exemption in
force. Headers and words are in Bahasa Indonesia by default (``lang="en"`` translates them).

:func:`dip_from_csv` reads a DIP table back. Nothing is dropped silently: a row that cannot be
read — wrong number of cells, an empty required cell, an unknown category or form, a bad date,
an article that is not a listing of the law — is named by its row (the header is row 1) and
column in a :class:`~kiplib.errors.RegisterImportError`, with every other bad row; the rows
that can be read are then validated as a register (:func:`kiplib._registers.check_dip`) and
those problems are named by row too.

Examples:
    >>> from kiplib._register_io import DIP_COLUMNS
    >>> DIP_COLUMNS[1]
    'Ringkasan Isi Informasi'
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Final

from kiplib._body import PublicBody
from kiplib._law.categories import LISTED_ITEMS, Category
from kiplib._registers import DikRegister, DipEntry, DipRegister, InformationForm, check_dip
from kiplib.errors import Problem, RegisterImportError
from kiplib.i18n import N_, gettext

__all__ = [
    "DIK_COLUMNS",
    "DIP_COLUMNS",
    "dik_rows",
    "dik_to_csv",
    "dip_from_csv",
    "dip_rows",
    "dip_to_csv",
    "dip_to_json",
]

#: The columns of the DIP table, in the order PPIDs publish them.
DIP_COLUMNS: Final = (
    N_("No"),
    N_("Ringkasan Isi Informasi"),
    N_("Pejabat/Unit yang Menguasai Informasi"),
    N_("Penanggung Jawab Pembuatan/Penerbitan Informasi"),
    N_("Waktu dan Tempat Pembuatan Informasi"),
    N_("Bentuk Informasi yang Tersedia"),
    N_("Jangka Waktu Penyimpanan/Retensi Arsip"),
    N_("Kategori"),
    N_("Dasar Hukum"),
    N_("Tanggal Publikasi Terakhir"),
    N_("Keterangan"),
)
#: The columns of the DIK table.
DIK_COLUMNS: Final = (
    N_("Nomor Penetapan"),
    N_("Informasi yang Dikecualikan"),
    N_("Dokumen Sumber"),
    N_("Unit Kerja"),
    N_("Alasan Pengecualian"),
    N_("Hasil Uji Konsekuensi"),
    N_("Dikecualikan Sejak"),
    N_("Terbuka Mulai"),
    N_("Batas Penetapan Terbuka"),
    N_("Kaji Ulang"),
)

_CATEGORY_WORDS: Final = {
    Category.PERIODIC: N_("Berkala"),
    Category.IMMEDIATE: N_("Serta Merta"),
    Category.AVAILABLE_AT_ALL_TIMES: N_("Setiap Saat"),
    Category.MUST_BE_PROVIDED: N_("Wajib Disediakan"),
    Category.OPEN_ON_REQUEST: N_("Atas Permintaan"),
    Category.EXEMPT: N_("Dikecualikan"),
    Category.NOT_HELD: N_("Belum Dikuasai"),
}
_REQUIRED_COLUMNS: Final = (0, 1, 2, 3, 4, 5, 6, 7)
#: Which column holds each field of :class:`DipEntry`.
_FIELD_COLUMNS: Final = {
    "number": 0,
    "summary": 1,
    "holder": 2,
    "responsible": 3,
    "time_and_place": 4,
    "form": 5,
    "retention": 6,
    "category": 7,
    "listed_as": 8,
    "last_published": 9,
    "note": 10,
}
_SPACES: Final = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _lookup() -> tuple[dict[str, Category], dict[str, InformationForm], dict[str, str | None]]:
    categories: dict[str, Category] = {}
    forms: dict[str, InformationForm] = {}
    for lang in ("id", "en"):
        for c, word in _CATEGORY_WORDS.items():
            categories[_key(gettext(word, lang))] = c
        for f in InformationForm:
            forms[_key(f.label(lang))] = f
    for c in Category:
        categories[c.value] = c
    for f in InformationForm:
        forms[f.value] = f
    citations: dict[str, str | None] = {_key(str(c.citation)): None for c in Category}
    citations.update({_key(str(i.citation)): k for k, i in LISTED_ITEMS.items()})
    return categories, forms, citations


_CATEGORIES, _FORMS, _CITATIONS = _lookup()


# ============================================================================ out
def dip_rows(register: DipRegister, lang: str = "id") -> Iterator[tuple[str, ...]]:
    """The DIP as rows of text (no header), in the order of :data:`DIP_COLUMNS`."""
    words = {c: gettext(w, lang) for c, w in _CATEGORY_WORDS.items()}
    forms = {f: f.label(lang) for f in InformationForm}
    for e in register.entries:
        yield (
            e.number,
            e.summary,
            e.holder,
            e.responsible,
            e.time_and_place,
            forms[e.form],
            e.retention,
            words[e.category],
            str(e.citation),
            e.last_published.isoformat() if e.last_published is not None else "",
            e.note or "",
        )


def _csv(header: tuple[str, ...], rows: Iterator[tuple[str, ...]], lang: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([gettext(h, lang) for h in header])
    writer.writerows(rows)
    return out.getvalue()


def dip_to_csv(register: DipRegister, lang: str = "id") -> str:
    """The DIP as CSV text (UTF-8, comma-separated, one header row)."""
    return _csv(DIP_COLUMNS, dip_rows(register, lang), lang)


def dip_to_json(register: DipRegister, lang: str = "id") -> str:
    """The DIP as a JSON table: the register's facts and one object per row, keyed by header.

    This is the published layout; :func:`kiplib.serialization.dumps` is the lossless form.
    """
    header = [gettext(h, lang) for h in DIP_COLUMNS]
    doc = {
        "body": register.body.name,
        "year": register.year,
        "revision": register.revision,
        "adopted_on": register.adopted_on.isoformat(),
        "legal_basis": str(register.citation),
        "entries": [dict(zip(header, row, strict=True)) for row in dip_rows(register, lang)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def dik_rows(register: DikRegister, lang: str = "id") -> Iterator[tuple[str, ...]]:
    """The DIK as rows of text (no header), in the order of :data:`DIK_COLUMNS`."""

    def day(d: date | None) -> str:
        return d.isoformat() if d is not None else ""

    for e in register.entries:
        yield (
            e.record,
            e.information,
            e.source_document,
            e.unit,
            "; ".join(str(c) for c in e.citations),
            e.outcome.label(lang),
            day(e.exempt_from),
            day(e.ends_on),
            day(e.declaration_due),
            day(e.review_on),
        )


def dik_to_csv(register: DikRegister, lang: str = "id") -> str:
    """The DIK as CSV text."""
    return _csv(DIK_COLUMNS, dik_rows(register, lang), lang)


# ============================================================================ in
def _problem(row: int, column: str, code: str, template: str, **params: object) -> Problem:
    return Problem(f"row {row}: {column}", code, template, {"row": row, "column": column, **params})


def dip_from_csv(
    text: str, *, body: PublicBody, year: int, adopted_on: date, revision: int = 1
) -> DipRegister:
    """The DIP in the CSV ``text`` (headers in Bahasa Indonesia or English), validated.

    Raises:
        kiplib.errors.RegisterImportError: naming every bad row and column (row 1 is the
            header), including the register's own problems (duplicates, exempt items …).
    """
    reader = csv.reader(io.StringIO(text))
    rows = list(reader)
    names_id = [gettext(h, "id") for h in DIP_COLUMNS]
    names_en = [gettext(h, "en") for h in DIP_COLUMNS]
    problems: list[Problem] = []
    if not rows or [_key(c) for c in rows[0]] not in (
        [_key(c) for c in names_id],
        [_key(c) for c in names_en],
    ):
        raise RegisterImportError(
            field="DIP",
            problems=[
                _problem(
                    1,
                    "header",
                    "bad-header",
                    N_("baris judul harus berisi kolom: {expected}"),
                    expected=", ".join(names_id),
                )
            ],
        )
    entries: list[DipEntry] = []
    entry_rows: list[int] = []
    for n, cells in enumerate(rows[1:], start=2):
        if len(cells) != len(DIP_COLUMNS):
            problems.append(
                _problem(
                    n,
                    "*",
                    "cell-count",
                    N_("baris berisi {found} sel, seharusnya {expected}"),
                    found=len(cells),
                    expected=len(DIP_COLUMNS),
                )
            )
            continue
        bad = False
        for i in _REQUIRED_COLUMNS:
            if not cells[i].strip():
                problems.append(_problem(n, names_id[i], "required", N_("wajib diisi")))
                bad = True
        category = _CATEGORIES.get(_key(cells[7]))
        if cells[7].strip() and category is None:
            problems.append(
                _problem(
                    n,
                    names_id[7],
                    "unknown-category",
                    N_("kategori {value} tidak dikenal"),
                    value=repr(cells[7]),
                )
            )
            bad = True
        form = _FORMS.get(_key(cells[5]))
        if cells[5].strip() and form is None:
            problems.append(
                _problem(
                    n,
                    names_id[5],
                    "unknown-form",
                    N_("bentuk informasi {value} tidak dikenal"),
                    value=repr(cells[5]),
                )
            )
            bad = True
        listed_as: str | None = None
        if cells[8].strip():
            if _key(cells[8]) not in _CITATIONS:
                problems.append(
                    _problem(
                        n,
                        names_id[8],
                        "unknown-citation",
                        N_("{value} bukan pasal kategori atau butir yang disebut UU 14/2008"),
                        value=repr(cells[8]),
                    )
                )
                bad = True
            else:
                listed_as = _CITATIONS[_key(cells[8])]
        published: date | None = None
        if cells[9].strip():
            try:
                published = date.fromisoformat(cells[9].strip())
            except ValueError:
                problems.append(
                    _problem(
                        n,
                        names_id[9],
                        "bad-date",
                        N_("{value} bukan tanggal ISO (2024-01-31)"),
                        value=repr(cells[9]),
                    )
                )
                bad = True
        if bad or category is None or form is None:
            continue
        entries.append(
            DipEntry(
                number=cells[0].strip(),
                summary=cells[1].strip(),
                holder=cells[2].strip(),
                responsible=cells[3].strip(),
                time_and_place=cells[4].strip(),
                form=form,
                retention=cells[6].strip(),
                category=category,
                listed_as=listed_as,
                last_published=published,
                note=cells[10].strip() or None,
            )
        )
        entry_rows.append(n)
    register = DipRegister(
        body=body, year=year, adopted_on=adopted_on, entries=entries, revision=revision
    )
    for p in check_dip(register):
        # entries[i].field → the row that entry came from.
        match = re.match(r"entries\[(\d+)\]\.(\w+)", p.path)
        if match is None:
            problems.append(p)
            continue
        row = entry_rows[int(match.group(1))]
        column = names_id[_FIELD_COLUMNS[match.group(2)]]
        problems.append(
            Problem(
                f"row {row}: {column}",
                p.code,
                p.template,
                {**p.params, "row": row, "column": column},
            )
        )
    if problems:
        problems.sort(key=lambda p: int(p.params.get("row", 0)))
        raise RegisterImportError(field="DIP", problems=problems)
    return register
