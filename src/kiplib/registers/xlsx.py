"""The DIP and DIK as XLSX workbooks (optional extra ``kiplib[xlsx]``): the same header and
cells as the CSV, dates as date cells, a text that starts with ``=`` kept as text."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from typing import Any

from kiplib.errors import InvalidInputError, MissingDependencyError, Problem, RegisterImportError
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import PublicBody
from kiplib.registers.columns import DIK_COLUMNS, DIP_COLUMNS, dik_rows, dip_rows
from kiplib.registers.dik import DikRegister
from kiplib.registers.dip import DipRegister
from kiplib.registers.table import _dik_from_rows, _dip_from_rows

__all__ = [
    "dik_from_xlsx",
    "dik_to_xlsx",
    "dip_from_xlsx",
    "dip_to_xlsx",
]


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
