"""DIP and DIK as the tables PPIDs publish: CSV, JSON and XLSX out, CSV, JSON and XLSX in.

The DIP table has the seven columns of the Perki on service standards plus the category, the
article behind it and the last publication date; the DIK table has one row per exemption in
force. Headers and words are in Bahasa Indonesia by default (``lang="en"`` translates them).

:func:`dip_from_csv`, :func:`dip_from_json` and :func:`dip_from_xlsx` read a DIP table back,
through one row reader. Nothing is dropped silently: a row that cannot be read — wrong number
of cells, an empty required cell, an unknown category or form, a bad date, an article that is
not a listing of the law, an empty row between rows of data — is named by its row (the header
is row 1) and column in a :class:`~kiplib.errors.RegisterImportError`, with every other bad
row; the rows that can be read are then validated as a register (:func:`kiplib.check_dip`)
and those problems are named by row too. :func:`dik_from_csv` and :func:`dik_from_xlsx` read
a published DIK back the same way (for :func:`kiplib.diff_dik`). Text cells come back exactly
as they were written: a register exported and read back is equal to the register.

**What the CSV reader accepts** — what spreadsheets really save: UTF-8 text or bytes, with or
without a byte-order mark (Excel's "CSV UTF-8"); ``,`` or ``;`` between cells (Excel set to
the Indonesian locale saves ``;``), detected from the header row; lines ended by CRLF, LF or
CR alone; cells in double quotes holding separators, quotes (doubled) and line breaks of any
kind, which come back unchanged. :func:`read_table_format` tells what was detected. Input is
bounded (:mod:`kiplib.registers.limits`): a text over
:data:`~kiplib.registers.limits.MAX_INPUT_SIZE`, more than
:data:`~kiplib.registers.limits.MAX_ROWS` rows or a cell over
:data:`~kiplib.registers.limits.MAX_CELL_CHARS` characters is refused by row and column.

**Formulas stay text** (the OWASP advice against *CSV injection*). A spreadsheet that opens a
CSV runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula — also when a tab
or a line break comes first and is dropped — so a summary such as ``=HYPERLINK(…)`` typed
into a register could run on a reader's computer. The CSV writers therefore put a single
quote ``'`` before such a cell: ``'=1+1``, ``'-5``, ``'@home``, ``'\\t=x``. Spreadsheets show
the cell as text, without the quote. The CSV readers remove that one quote again, so a
register comes back exactly; to keep this exact, a cell that already starts with quotes
followed by such a character gets one quote more (``'=x`` is written ``''=x``). JSON and XLSX
need no prefix: JSON is not opened as a sheet, and XLSX stores text cells as text.

XLSX needs ``pip install "kiplib[xlsx]"`` (see :mod:`kiplib.registers.xlsx`); without it the
XLSX functions raise :class:`~kiplib.errors.MissingDependencyError`.

Examples:
    >>> from kiplib.registers.columns import DIP_COLUMNS
    >>> DIP_COLUMNS[1]
    'Ringkasan Isi Informasi'
    >>> read_table_format(b"\\xef\\xbb\\xbfNo;Ringkasan\\r\\n1;Laporan\\r\\n")
    TableFormat(separator=';', bom=True, line_end='\\r\\n')
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Final

import attrs

from kiplib.errors import Problem, RegisterImportError
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import PublicBody
from kiplib.registers.columns import DIK_COLUMNS, DIP_COLUMNS, dik_rows, dip_rows
from kiplib.registers.dik import DikRegister
from kiplib.registers.dip import DipRegister
from kiplib.registers.limits import MAX_CELL_CHARS, MAX_INPUT_SIZE, MAX_ROWS
from kiplib.registers.table import (
    _check_export,
    _column,
    _dik_from_rows,
    _dip_from_rows,
    _input_too_large,
    _output_too_large,
    _problem,
    _refuse,
)

__all__ = [
    "TableFormat",
    "dik_from_csv",
    "dik_to_csv",
    "dip_from_csv",
    "dip_from_json",
    "dip_to_csv",
    "dip_to_json",
    "read_table_format",
]


@attrs.frozen(kw_only=True)
class TableFormat:
    """How a CSV table is laid out, as :func:`read_table_format` detects it.

    Attributes:
        separator: ``","`` or ``";"`` — the one the header row uses more often outside quotes
            (``","`` when it uses neither).
        bom: the text starts with a byte-order mark (U+FEFF; ``EF BB BF`` in bytes).
        line_end: the end of the header row, ``"\\r\\n"``, ``"\\n"`` or ``"\\r"``; ``None`` for
            a text of one row. Rows after it may end differently; every kind is read.
    """

    separator: str = ","
    bom: bool = False
    line_end: str | None = None


# ============================================================================ formulas
#: A cell a spreadsheet would run: ``=``, ``+``, ``-`` or ``@`` first, perhaps after tabs and
#: line breaks; the leading quotes make the prefix reversible (see the module docstring).
_FORMULA: Final = re.compile(r"'*[\t\r\n]*[=+\-@]")


def _escape_formula(cell: str) -> str:
    return "'" + cell if _FORMULA.match(cell) else cell


def _unescape_formula(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell, 1) else cell


# ============================================================================ out
_NEEDS_QUOTES: Final = re.compile(r'[",\r\n]')


def _csv_cell(cell: str) -> str:
    cell = _escape_formula(cell)
    if _NEEDS_QUOTES.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _csv(what: str, header: tuple[str, ...], rows: Iterator[tuple[str, ...]], lang: str) -> str:
    table = list(rows)
    _check_export(
        what,
        header,
        table,
        cell_limit=MAX_CELL_CHARS,
        limit_reason=N_(
            "sel berisi {length} karakter, lebih dari {limit} yang dapat dibaca kembali"
        ),
        escape=_escape_formula,
    )
    lines = [",".join(gettext(h, lang) for h in header)]
    lines.extend(",".join(_csv_cell(c) for c in row) for row in table)
    lines.append("")
    text = "\n".join(lines)
    if len(text) > MAX_INPUT_SIZE:
        raise _output_too_large(what, len(text))
    return text


def dip_to_csv(register: DipRegister, lang: str = "id") -> str:
    """The DIP as CSV text (comma-separated, one header row, rows ended by ``\\n``).

    A cell that a spreadsheet would run as a formula is written with a ``'`` before it (see
    the module docstring); :func:`dip_from_csv` removes it again.

    Raises:
        kiplib.errors.InvalidInputError: the register has more than
            :data:`~kiplib.registers.limits.MAX_ROWS` entries, a cell longer than
            :data:`~kiplib.registers.limits.MAX_CELL_CHARS` (named by row and column), or
            the text would exceed :data:`~kiplib.registers.limits.MAX_INPUT_SIZE` — what
            the reader could not read back.
    """
    return _csv("DIP", DIP_COLUMNS, dip_rows(register, lang), lang)


def dip_to_json(register: DipRegister, lang: str = "id") -> str:
    """The DIP as a JSON table: the register's facts and one object per row, keyed by header.

    This is the published layout, read back by :func:`dip_from_json`;
    :func:`kiplib.serialization.dumps` is the form that keeps the whole body.
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
    """The DIK as CSV text, written as :func:`dip_to_csv` writes the DIP.

    Raises:
        kiplib.errors.InvalidInputError: as :func:`dip_to_csv`.
    """
    return _csv("DIK", DIK_COLUMNS, dik_rows(register, lang), lang)


# ============================================================================ in
_BOM: Final = "\ufeff"
_BOM_BYTES: Final = b"\xef\xbb\xbf"
#: The header row: unquoted runs and quoted cells up to the first line end outside quotes.
_FIRST_ROW: Final = re.compile(r'(?:[^"\r\n]++|"[^"]*+"?)*+(\r\n|\n|\r)?')
_QUOTED_PART: Final = re.compile(r'"[^"]*+"?')
#: How much of the text the detection looks at (a header row is a few hundred characters).
_SNIFF: Final = 65_536
#: What ``surrogateescape`` makes of a byte that is not UTF-8.
_SURROGATE: Final = re.compile("[\udc80-\udcff]")


def _decode(text: str | bytes) -> tuple[str, bool, bool]:
    """The text, whether it began with a BOM, and whether bytes were not UTF-8 (those bytes
    are kept as lone surrogates, ``surrogateescape``, to be named by row and column)."""
    if isinstance(text, str):
        return (text[1:], True, False) if text.startswith(_BOM) else (text, False, False)
    data = bytes(text)
    bom = data.startswith(_BOM_BYTES)
    if bom:
        data = data[len(_BOM_BYTES) :]
    try:
        return data.decode("utf-8"), bom, False
    except UnicodeDecodeError:
        return data.decode("utf-8", "surrogateescape"), bom, True


def _sniff(text: str, bom: bool) -> TableFormat:
    match = _FIRST_ROW.match(text, 0, _SNIFF)
    assert match is not None  # the pattern matches the empty string
    bare = _QUOTED_PART.sub("", match.group(0))
    separator = ";" if bare.count(";") > bare.count(",") else ","
    return TableFormat(separator=separator, bom=bom, line_end=match.group(1))


def read_table_format(text: str | bytes) -> TableFormat:
    """The separator, byte-order mark and line end of a CSV table, as the readers see them.

    ``text`` is what :func:`dip_from_csv` or :func:`dik_from_csv` would be given (text, or
    the bytes of a file). The separator is ``;`` when the header row has more ``;`` than
    ``,`` outside quotes, else ``,``.

    Examples:
        >>> read_table_format("No,Ringkasan\\n1,Laporan\\n")
        TableFormat(separator=',', bom=False, line_end='\\n')
        >>> read_table_format("\\ufeffNo;Ringkasan\\r1;Laporan")
        TableFormat(separator=';', bom=True, line_end='\\r')
    """
    decoded, bom, _ = _decode(text)
    return _sniff(decoded, bom)


def _bad_quote(what: str, row: int, column: str, code: str, template: str) -> RegisterImportError:
    return _refuse(what, _problem(row, column, code, template))


def _tokens(text: str, separator: str, what: str, columns: Sequence[str]) -> Iterator[list[str]]:
    """The rows of ``text`` read by kiplib's own CSV grammar — that of :mod:`csv` with
    ``strict=True`` and ``newline=""``, with no limit on a cell and every error placed by
    row and column. Used when :mod:`csv` stops (a cell over its field limit, a bad quote)."""
    quoted = re.compile(r'"([^"]*+(?:""[^"]*+)*+)"')
    plain = re.compile(f"[^{re.escape(separator)}\\r\\n]*+")
    pos, end, n = 0, len(text), 1
    while pos < end:
        if text[pos] in "\r\n":
            pos += 2 if text.startswith("\r\n", pos) else 1
            yield []
            n += 1
            continue
        row: list[str] = []
        while True:
            if text.startswith('"', pos):
                match = quoted.match(text, pos)
                if match is None:
                    raise _bad_quote(
                        what,
                        n,
                        _column(columns, len(row)),
                        "unclosed-quote",
                        N_('tanda kutip (") pembuka sel tidak pernah ditutup'),
                    )
                row.append(match.group(1).replace('""', '"'))
                pos = match.end()
                if pos < end and text[pos] not in (separator, "\r", "\n"):
                    raise _bad_quote(
                        what,
                        n,
                        _column(columns, len(row) - 1),
                        "bad-quote",
                        N_('ada teks sesudah tanda kutip (") penutup sel'),
                    )
            else:
                match = plain.match(text, pos)
                assert match is not None  # the pattern matches the empty string
                row.append(match.group(0))
                pos = match.end()
            if pos >= end:
                yield row
                return
            if text[pos] == separator:
                pos += 1
                continue
            pos += 2 if text.startswith("\r\n", pos) else 1
            yield row
            n += 1
            break


def _records(text: str, separator: str, what: str, columns: Sequence[str]) -> Iterator[list[str]]:
    """The rows of ``text``: Python's :mod:`csv` (fast), and kiplib's own grammar from the
    row where :mod:`csv` stops, so a long cell or a bad quote is named by row and column."""
    done = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True):
            yield row
            done += 1
    except csv.Error:
        for i, row in enumerate(_tokens(text, separator, what, columns)):
            if i >= done:
                yield row


def _csv_rows(text: str | bytes, what: str, columns: Sequence[str]) -> Iterator[list[str]]:
    """The rows of a CSV table, formula prefixes removed, bounded; see the module docstring."""
    if len(text) > MAX_INPUT_SIZE:
        raise _input_too_large(what, len(text))
    decoded, bom, bad_bytes = _decode(text)
    fmt = _sniff(decoded, bom)
    for n, row in enumerate(_records(decoded, fmt.separator, what, columns), start=1):
        if n > MAX_ROWS + 2:
            return  # the row reader has named the first row over the limit
        cells = [_unescape_formula(c) for c in row]
        if bad_bytes:
            for i, c in enumerate(cells):
                if _SURROGATE.search(c):
                    raise _refuse(
                        what,
                        _problem(
                            n,
                            _column(columns, i),
                            "not-utf-8",
                            N_("sel berisi bita yang bukan UTF-8"),
                        ),
                    )
        yield cells


def dip_from_csv(
    text: str | bytes, *, body: PublicBody, year: int, adopted_on: date, revision: int = 1
) -> DipRegister:
    """The DIP in the CSV ``text`` (headers in Bahasa Indonesia or English), validated.

    ``text`` may also be the bytes of a file (UTF-8). The separator, a byte-order mark and
    the line ends are detected (:func:`read_table_format`); a ``'`` that the writer put
    before a formula-like cell is removed.

    Raises:
        kiplib.errors.RegisterImportError: naming every bad row and column (row 1 is the
            header), including the register's own problems (duplicates, exempt items …);
            also for a quote that is never closed, bytes that are not UTF-8, and input
            beyond the bounds of :mod:`kiplib.registers.limits`.
    """
    return _dip_from_rows(
        _csv_rows(text, "DIP", DIP_COLUMNS),
        fixed_width=True,
        body=body,
        year=year,
        adopted_on=adopted_on,
        revision=revision,
    )


def dik_from_csv(text: str | bytes, *, body: PublicBody, as_of: date) -> DikRegister:
    """A published DIK table (CSV, our layout) read back as a register on ``as_of``.

    The table does not carry the reasons of the records that left the DIK (``exits`` is
    empty) nor the mark of a declaration deadline that crosses estimated holidays
    (``provisional`` is ``False``); everything else comes back as it was exported. The
    text is read as by :func:`dip_from_csv`.

    Raises:
        kiplib.errors.RegisterImportError: naming every bad row and column — an empty
            required cell, a ground that is not a Pasal 17 article, an unknown or open
            outcome, a bad date, a repeated record number; and as :func:`dip_from_csv`.
    """
    return _dik_from_rows(
        _csv_rows(text, "DIK", DIK_COLUMNS), fixed_width=True, body=body, as_of=as_of
    )


# ============================================================================ JSON in
def _json_problem(path: str, code: str, template: str, **params: object) -> Problem:
    return Problem(path, code, template, dict(params))


def dip_from_json(text: str | bytes, *, body: PublicBody) -> DipRegister:
    """The DIP in a JSON table written by :func:`dip_to_json`, validated like CSV.

    The year, revision and date of adoption come from the document; ``body`` is the body
    whose list it is (the document names it only). Entry ``i`` of ``entries`` is row
    ``i + 2``, as in the CSV, and is keyed by the headers in Bahasa Indonesia or English.

    Raises:
        kiplib.errors.RegisterImportError: the text is not JSON or not a DIP table (each
            wrong field named by its JSON path), or as :func:`dip_from_csv` for its rows.
    """
    if len(text) > MAX_INPUT_SIZE:
        raise _input_too_large("DIP", len(text))
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _refuse(
            "DIP",
            _json_problem(
                "$",
                "not-json",
                N_("teks bukan JSON yang dapat dibaca: {reason}"),
                reason=type(exc).__name__,
            ),
        ) from None
    if not isinstance(doc, dict):
        raise _refuse(
            "DIP", _json_problem("$", "not-a-table", N_("dokumen harus berupa objek JSON"))
        )
    problems: list[Problem] = []
    numbers: dict[str, int] = {}
    for key in ("year", "revision"):
        value = doc.get(key)
        if type(value) is not int:
            problems.append(
                _json_problem(
                    f"$.{key}",
                    "not-an-integer",
                    N_("{value} bukan bilangan bulat"),
                    value=_brief(value),
                )
            )
        else:
            numbers[key] = value
    adopted: date | None = None
    raw_date = doc.get("adopted_on")
    try:
        adopted = date.fromisoformat(raw_date) if isinstance(raw_date, str) else None
    except ValueError:
        adopted = None
    if adopted is None:
        problems.append(
            _json_problem(
                "$.adopted_on",
                "bad-date",
                N_("{value} bukan tanggal ISO (2024-01-31)"),
                value=_brief(raw_date),
            )
        )
    entries = doc.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        problems.append(
            _json_problem(
                "$.entries", "not-a-list", N_("entries harus berupa daftar objek per baris")
            )
        )
    if problems or adopted is None or not isinstance(entries, list):
        raise RegisterImportError(field="DIP", problems=problems)
    return _dip_from_rows(
        _json_rows(entries),
        fixed_width=True,
        body=body,
        year=numbers["year"],
        adopted_on=adopted,
        revision=numbers["revision"],
    )


def _brief(value: object, limit: int = 60) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _json_rows(entries: Iterable[dict[str, object]]) -> Iterator[list[object]]:
    """A header from the first entry's keys (Bahasa Indonesia when there is none), then one
    row per entry in that order; a key the header lacks adds a cell (named as too many)."""
    items = list(entries)
    header = list(items[0]) if items else [gettext(h, "id") for h in DIP_COLUMNS]
    yield list(header)
    for n, entry in enumerate(items, start=2):
        row: list[object] = [entry.get(k) for k in header]
        row.extend(v for k, v in entry.items() if k not in header)
        for i, value in enumerate(row):
            scalar = value is None or isinstance(value, str | int | float)
            if not scalar or isinstance(value, bool):
                raise _refuse(
                    "DIP",
                    _problem(
                        n,
                        _column(DIP_COLUMNS, i),
                        "not-text",
                        N_("sel harus berupa teks, bukan {value}"),
                        value=type(value).__name__,
                    ),
                )
        yield ["" if v is None else v for v in row]
