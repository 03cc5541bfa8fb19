"""DIP and DIK as the tables PPIDs publish: CSV, JSON and XLSX out, CSV and XLSX in.

The DIP table has the seven columns of the Perki on service standards plus the category, the
article behind it and the last publication date; the DIK table has one row per exemption in
force. Headers and words are in Bahasa Indonesia by default (``lang="en"`` translates them).

:func:`dip_from_csv` and :func:`dip_from_xlsx` read a DIP table back, through one row
reader. Nothing is dropped silently: a row that cannot be read — wrong number of cells, an
empty required cell, an unknown category or form, a bad date, an article that is not a listing
of the law, an empty row between rows of data — is named by its row (the header is row 1) and
column in a :class:`~kiplib.errors.RegisterImportError`, with every other bad row; the rows
that can be read are then validated as a register (:func:`kiplib._registers.check_dip`) and
those problems are named by row too. :func:`dik_from_csv` and :func:`dik_from_xlsx` read a
published DIK back the same way (for :func:`kiplib._registers.diff_dik`).

XLSX needs openpyxl (``pip install "kiplib[xlsx]"``); without it the XLSX functions raise
:class:`~kiplib.errors.MissingDependencyError`. The workbook has one sheet with the same
header and cells as the CSV; dates are date cells, and a date cell read back may be a real
date or ISO text.

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
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any, Final, Literal, TypeVar

from kiplib._body import PublicBody
from kiplib._consequence import Outcome
from kiplib._law.categories import LISTED_ITEMS, Category
from kiplib._law.grounds import GROUNDS
from kiplib._registers import (
    DikEntry,
    DikRegister,
    DipEntry,
    DipRegister,
    InformationForm,
    check_dip,
)
from kiplib.errors import InvalidInputError, MissingDependencyError, Problem, RegisterImportError
from kiplib.i18n import N_, gettext

__all__ = [
    "DIK_COLUMNS",
    "DIP_COLUMNS",
    "dik_from_csv",
    "dik_from_xlsx",
    "dik_rows",
    "dik_to_csv",
    "dik_to_xlsx",
    "dip_from_csv",
    "dip_from_xlsx",
    "dip_rows",
    "dip_to_csv",
    "dip_to_json",
    "dip_to_xlsx",
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
T = TypeVar("T")


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
#: The DIK's required columns: record, information, document, unit, grounds, outcome, since.
_DIK_REQUIRED: Final = (0, 1, 2, 3, 4, 5, 6)
_GROUND_CITATIONS: Final = {_key(str(g.citation)): code for code, g in GROUNDS.items()}
_OUTCOMES: Final = {
    **{_key(o.label(lang)): o for o in Outcome for lang in ("id", "en")},
    **{o.value: o for o in Outcome},
}


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


def _text(value: object) -> str:
    """A cell as text: CSV cells are text already; XLSX cells may be numbers or dates."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _day(value: object) -> date:
    """A date cell: a real date (XLSX, time 00:00) or ISO text; ``ValueError`` otherwise."""
    if isinstance(value, datetime):
        if value.time() != time():
            raise ValueError(value)
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(_text(value))


_Row = tuple[int, tuple[object, ...]]


def _read_table(
    rows: Iterable[Sequence[object]], columns: tuple[str, ...], what: str, *, fixed_width: bool
) -> tuple[list[_Row], list[Problem]]:
    """The data rows of a table (numbered as a spreadsheet numbers them) and the problems.

    The header (row 1) must name ``columns`` in Bahasa Indonesia or English, else
    :class:`RegisterImportError` is raised at once. A CSV row (``fixed_width``) must have
    exactly one cell per column; an XLSX row may leave its trailing cells empty, but not add
    cells after the last column. Empty rows at the end are skipped; an empty row between rows
    of data is a problem (nothing is dropped silently).
    """
    names_id = [gettext(h, "id") for h in columns]
    names_en = [gettext(h, "en") for h in columns]
    it = iter(rows)
    header = next(it, None)
    found = [] if header is None else [_key(_text(c)) for c in header]
    while found and not found[-1] and not fixed_width:
        found.pop()
    if found not in ([_key(c) for c in names_id], [_key(c) for c in names_en]):
        raise RegisterImportError(
            field=what,
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
    out: list[_Row] = []
    problems: list[Problem] = []
    blank: list[int] = []
    for n, raw in enumerate(it, start=2):
        cells = list(raw)
        if not fixed_width:
            while cells and not _text(cells[-1]):
                cells.pop()
        if not any(_text(c) for c in cells):
            blank.append(n)
            continue
        problems.extend(
            _problem(b, "*", "empty-row", N_("baris kosong di tengah tabel")) for b in blank
        )
        blank.clear()
        if len(cells) > len(columns) or (fixed_width and len(cells) != len(columns)):
            problems.append(
                _problem(
                    n,
                    "*",
                    "cell-count",
                    N_("baris berisi {found} sel, seharusnya {expected}"),
                    found=len(cells),
                    expected=len(columns),
                )
            )
            continue
        out.append((n, tuple(cells) + (None,) * (len(columns) - len(cells))))
    return out, problems


class _RowReader:
    """One data row being read: its cells as text, and the problems found in it."""

    def __init__(self, n: int, cells: tuple[object, ...], columns: Sequence[str]) -> None:
        self.n = n
        self.cells = cells
        self.names = [gettext(h, "id") for h in columns]
        self.text = [_text(c) for c in cells]
        self.problems: list[Problem] = []

    def fail(self, i: int, code: str, template: str, **params: object) -> None:
        self.problems.append(_problem(self.n, self.names[i], code, template, **params))

    def require(self, columns: Iterable[int]) -> None:
        for i in columns:
            if not self.text[i]:
                self.fail(i, "required", N_("wajib diisi"))

    def lookup(self, i: int, table: Mapping[str, T], code: str, template: str) -> T | None:
        """The value the table gives the cell's text; a filled cell it does not know is a
        problem (``template`` takes ``{value}``)."""
        key = _key(self.text[i])
        if not key:
            return None
        if key not in table:
            self.fail(i, code, template, value=repr(self.text[i]))
            return None
        return table[key]

    def day(self, i: int) -> date | Literal[False] | None:
        """The date in cell ``i`` (see :func:`_optional_day`)."""
        return _optional_day(self.n, self.cells[i], self.names[i], self.problems)


def _dip_entry(n: int, cells: tuple[object, ...], problems: list[Problem]) -> DipEntry | None:
    """The entry in one data row of the DIP table, or ``None`` (its problems appended)."""
    row = _RowReader(n, cells, DIP_COLUMNS)
    text = row.text
    row.require(_REQUIRED_COLUMNS)
    category = row.lookup(7, _CATEGORIES, "unknown-category", N_("kategori {value} tidak dikenal"))
    form = row.lookup(5, _FORMS, "unknown-form", N_("bentuk informasi {value} tidak dikenal"))
    listed_as = row.lookup(
        8,
        _CITATIONS,
        "unknown-citation",
        N_("{value} bukan pasal kategori atau butir yang disebut UU 14/2008"),
    )
    published = row.day(9)
    problems.extend(row.problems)
    if row.problems or category is None or form is None:
        return None
    return DipEntry(
        number=text[0],
        summary=text[1],
        holder=text[2],
        responsible=text[3],
        time_and_place=text[4],
        form=form,
        retention=text[6],
        category=category,
        listed_as=listed_as,
        last_published=published or None,
        note=text[10] or None,
    )


def _optional_day(
    n: int, cell: object, column: str, problems: list[Problem]
) -> date | Literal[False] | None:
    """The date in ``cell`` (``None`` when empty; ``False`` when unreadable, problem added)."""
    if not _text(cell):
        return None
    try:
        return _day(cell)
    except ValueError:
        problems.append(
            _problem(
                n,
                column,
                "bad-date",
                N_("{value} bukan tanggal ISO (2024-01-31)"),
                value=repr(_text(cell)),
            )
        )
        return False


def _dip_from_rows(
    rows: Iterable[Sequence[object]],
    *,
    fixed_width: bool,
    body: PublicBody,
    year: int,
    adopted_on: date,
    revision: int,
) -> DipRegister:
    """The one reader behind :func:`dip_from_csv` and :func:`dip_from_xlsx`."""
    data, problems = _read_table(rows, DIP_COLUMNS, "DIP", fixed_width=fixed_width)
    names = [gettext(h, "id") for h in DIP_COLUMNS]
    entries: list[DipEntry] = []
    entry_rows: list[int] = []
    for n, cells in data:
        entry = _dip_entry(n, cells, problems)
        if entry is not None:
            entries.append(entry)
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
        column = names[_FIELD_COLUMNS[match.group(2)]]
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


def dip_from_csv(
    text: str, *, body: PublicBody, year: int, adopted_on: date, revision: int = 1
) -> DipRegister:
    """The DIP in the CSV ``text`` (headers in Bahasa Indonesia or English), validated.

    Raises:
        kiplib.errors.RegisterImportError: naming every bad row and column (row 1 is the
            header), including the register's own problems (duplicates, exempt items …).
    """
    return _dip_from_rows(
        csv.reader(io.StringIO(text)),
        fixed_width=True,
        body=body,
        year=year,
        adopted_on=adopted_on,
        revision=revision,
    )


def dip_from_xlsx(
    data: bytes, *, body: PublicBody, year: int, adopted_on: date, revision: int = 1
) -> DipRegister:
    """The DIP in the first sheet of the XLSX workbook ``data``, validated like CSV.

    Date cells may be real dates or ISO text; numbers typed as numbers (``4``) read as text.

    Raises:
        kiplib.errors.RegisterImportError: naming every bad row and column, as
            :func:`dip_from_csv` does; also when ``data`` is not a workbook.
        kiplib.errors.MissingDependencyError: openpyxl is not installed (``kiplib[xlsx]``).
    """
    return _dip_from_rows(
        _xlsx_rows(data, "DIP"),
        fixed_width=False,
        body=body,
        year=year,
        adopted_on=adopted_on,
        revision=revision,
    )


def _dik_entry(n: int, cells: tuple[object, ...], problems: list[Problem]) -> DikEntry | None:
    """The entry in one data row of the DIK table, or ``None`` (its problems appended)."""
    row = _RowReader(n, cells, DIK_COLUMNS)
    text = row.text
    row.require(_DIK_REQUIRED)
    grounds: list[str] = []
    for part in text[4].split(";") if text[4] else ():
        code = _GROUND_CITATIONS.get(_key(part))
        if code is None:
            row.fail(
                4,
                "unknown-ground",
                N_("{value} bukan alasan pengecualian UU 14/2008 Pasal 17"),
                value=repr(part.strip()),
            )
        else:
            grounds.append(code)
    outcome = row.lookup(5, _OUTCOMES, "unknown-outcome", N_("hasil {value} tidak dikenal"))
    if outcome is Outcome.OPEN:
        row.fail(5, "open-in-dik", N_("informasi yang terbuka tidak dicantumkan dalam DIK"))
    days = [row.day(i) for i in (6, 7, 8, 9)]
    problems.extend(row.problems)
    if row.problems or outcome is None or days[0] is None:
        return None
    exempt_from, ends_on, declaration_due, review_on = (d or None for d in days)
    assert exempt_from is not None
    return DikEntry(
        record=text[0],
        information=text[1],
        source_document=text[2],
        unit=text[3],
        grounds=grounds,
        outcome=outcome,
        exempt_from=exempt_from,
        ends_on=ends_on,
        declaration_due=declaration_due,
        review_on=review_on,
    )


def _dik_from_rows(
    rows: Iterable[Sequence[object]], *, fixed_width: bool, body: PublicBody, as_of: date
) -> DikRegister:
    data, problems = _read_table(rows, DIK_COLUMNS, "DIK", fixed_width=fixed_width)
    names = [gettext(h, "id") for h in DIK_COLUMNS]
    entries: list[DikEntry] = []
    seen: dict[str, int] = {}
    for n, cells in data:
        record = _text(cells[0])
        first = seen.setdefault(record, n) if record else n
        if first != n:
            problems.append(
                _problem(
                    n,
                    names[0],
                    "duplicate-number",
                    N_("nomor {value} sudah dipakai pada baris {first}"),
                    value=record,
                    first=first,
                )
            )
        entry = _dik_entry(n, cells, problems)
        if entry is not None and first == n:
            entries.append(entry)
    if problems:
        problems.sort(key=lambda p: int(p.params.get("row", 0)))
        raise RegisterImportError(field="DIK", problems=problems)
    return DikRegister(body=body, as_of=as_of, entries=entries)


def dik_from_csv(text: str, *, body: PublicBody, as_of: date) -> DikRegister:
    """A published DIK table (CSV, our layout) read back as a register on ``as_of``.

    The table does not carry the reasons of the records that left the DIK (``exits`` is
    empty) nor the mark of a declaration deadline that crosses estimated holidays
    (``provisional`` is ``False``); everything else comes back as it was exported.

    Raises:
        kiplib.errors.RegisterImportError: naming every bad row and column — an empty
            required cell, a ground that is not a Pasal 17 article, an unknown or open
            outcome, a bad date, a repeated record number.
    """
    return _dik_from_rows(csv.reader(io.StringIO(text)), fixed_width=True, body=body, as_of=as_of)


def dik_from_xlsx(data: bytes, *, body: PublicBody, as_of: date) -> DikRegister:
    """A published DIK workbook (first sheet, our layout) read back, as :func:`dik_from_csv`.

    Raises:
        kiplib.errors.RegisterImportError: as :func:`dik_from_csv`; also when ``data`` is
            not a workbook.
        kiplib.errors.MissingDependencyError: openpyxl is not installed (``kiplib[xlsx]``).
    """
    return _dik_from_rows(_xlsx_rows(data, "DIK"), fixed_width=False, body=body, as_of=as_of)


# ============================================================================ XLSX
def _openpyxl(feature: str) -> Any:
    try:
        import openpyxl
    except ImportError:
        raise MissingDependencyError(field=feature, value="openpyxl", extra="xlsx") from None
    return openpyxl


def _xlsx(
    title: str,
    header: tuple[str, ...],
    rows: Iterator[tuple[str, ...]],
    date_columns: frozenset[int],
    lang: str,
) -> bytes:
    """A one-sheet workbook: a bold header, then the rows (ISO dates become date cells)."""
    openpyxl = _openpyxl(f"{title} XLSX")
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    names = [gettext(h, "id") for h in header]
    table = list(rows)
    for n, row in enumerate(table, start=2):
        for i, value in enumerate(row):
            if ILLEGAL_CHARACTERS_RE.search(value):
                raise InvalidInputError(
                    field=f"row {n}: {names[i]}",
                    value=repr(value),
                    reason=N_("berisi karakter kendali yang tidak dapat disimpan dalam XLSX"),
                )
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(title)
    bold = Font(bold=True)
    head = []
    for h in header:
        cell = WriteOnlyCell(sheet, value=gettext(h, lang))
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    for row in table:
        cells: list[object] = []
        for i, value in enumerate(row):
            if not value:
                cells.append(None)
            elif i in date_columns:
                cells.append(date.fromisoformat(value))
            elif value.startswith("="):
                # Text, never a formula: a summary that starts with "=" stays text.
                text = WriteOnlyCell(sheet, value=value)
                text.data_type = "s"
                cells.append(text)
            else:
                cells.append(value)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_rows(data: bytes, what: str) -> list[tuple[object, ...]]:
    """The cell values of the first sheet of the workbook ``data``."""
    openpyxl = _openpyxl(f"{what} XLSX")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise RegisterImportError(
            field=what,
            problems=[
                Problem(
                    "file",
                    "not-a-workbook",
                    N_("berkas bukan buku kerja XLSX yang dapat dibaca: {reason}"),
                    {"reason": type(exc).__name__},
                )
            ],
        ) from None
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def dip_to_xlsx(register: DipRegister, lang: str = "id") -> bytes:
    """The DIP as an XLSX workbook: one sheet ``DIP``, the columns of :data:`DIP_COLUMNS`.

    The publication date is a date cell; everything else is text, exactly as in the CSV.

    Raises:
        kiplib.errors.MissingDependencyError: openpyxl is not installed (``kiplib[xlsx]``).
        kiplib.errors.InvalidInputError: a cell holds a control character XLSX cannot store.
    """
    return _xlsx("DIP", DIP_COLUMNS, dip_rows(register, lang), frozenset({9}), lang)


def dik_to_xlsx(register: DikRegister, lang: str = "id") -> bytes:
    """The DIK as an XLSX workbook: one sheet ``DIK``, the columns of :data:`DIK_COLUMNS`.

    Raises:
        kiplib.errors.MissingDependencyError: openpyxl is not installed (``kiplib[xlsx]``).
        kiplib.errors.InvalidInputError: a cell holds a control character XLSX cannot store.
    """
    return _xlsx("DIK", DIK_COLUMNS, dik_rows(register, lang), frozenset({6, 7, 8, 9}), lang)
