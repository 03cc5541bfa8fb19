"""DIP and DIK as the tables PPIDs publish: CSV, JSON and XLSX out, CSV and XLSX in.

The DIP table has the seven columns of the Perki on service standards plus the category, the
article behind it and the last publication date; the DIK table has one row per exemption in
force. Headers and words are in Bahasa Indonesia by default (``lang="en"`` translates them).

:func:`dip_from_csv` and :func:`dip_from_xlsx` read a DIP table back, through one row
reader. Nothing is dropped silently: a row that cannot be read — wrong number of cells, an
empty required cell, an unknown category or form, a bad date, an article that is not a listing
of the law, an empty row between rows of data — is named by its row (the header is row 1) and
column in a :class:`~kiplib.errors.RegisterImportError`, with every other bad row; the rows
that can be read are then validated as a register (:func:`kiplib.check_dip`) and
those problems are named by row too. :func:`dik_from_csv` and :func:`dik_from_xlsx` read a
published DIK back the same way (for :func:`kiplib.diff_dik`).

XLSX needs openpyxl (``pip install "kiplib[xlsx]"``); without it the XLSX functions raise
:class:`~kiplib.errors.MissingDependencyError`. The workbook has one sheet with the same
header and cells as the CSV; dates are date cells, and a date cell read back may be a real
date or ISO text.

Examples:
    >>> from kiplib.registers.columns import DIP_COLUMNS
    >>> DIP_COLUMNS[1]
    'Ringkasan Isi Informasi'
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date

from kiplib.i18n import gettext
from kiplib.law.bodies import PublicBody
from kiplib.registers.columns import DIK_COLUMNS, DIP_COLUMNS, dik_rows, dip_rows
from kiplib.registers.dik import DikRegister
from kiplib.registers.dip import DipRegister
from kiplib.registers.table import _dik_from_rows, _dip_from_rows

__all__ = [
    "dik_from_csv",
    "dik_to_csv",
    "dip_from_csv",
    "dip_to_csv",
    "dip_to_json",
]


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


def dik_to_csv(register: DikRegister, lang: str = "id") -> str:
    """The DIK as CSV text."""
    return _csv(DIK_COLUMNS, dik_rows(register, lang), lang)


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
