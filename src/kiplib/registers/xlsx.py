"""The DIP and DIK as XLSX workbooks (optional extra ``kiplib[xlsx]``): the same header and
cells as the CSV, dates as date cells, text always stored as text (never a formula).

**Engines.** Workbooks are written with XlsxWriter and read with python-calamine (a reader in
Rust) when they are installed — both come with ``kiplib[xlsx]`` — and with openpyxl
otherwise; every pair gives the same register. Text is stored with the escapes of the
format (a carriage return is ``_x000D_``, a literal ``_x000D_`` is ``_x005F_x000D_``), so
line breaks of every kind and text that looks like an escape come back unchanged.

**Writing** refuses, naming the row and column, what a workbook cannot hold whole instead of
cutting or dropping it: a control character (other than tab and line breaks), a lone
surrogate, or a cell longer than :data:`~kiplib.registers.limits.XLSX_MAX_CELL_CHARS`
characters. A date before 1 March 1900, which spreadsheets cannot show as a date, is
written as ISO text (and read back as a date).

**Reading** treats the file as hostile until checked, on every engine, before any XML parser
sees it: the file is at most :data:`~kiplib.registers.limits.MAX_INPUT_SIZE`; the zip holds
at most :data:`~kiplib.registers.limits.MAX_XLSX_PARTS` parts which, uncompressed, hold at
most :data:`~kiplib.registers.limits.MAX_XLSX_UNCOMPRESSED` bytes together (each part is
inflated under that bound and must be as large as it claims); an XML part must be UTF-8 and
declare no DOCTYPE or ENTITY (no entity expansion, no *billion laughs*); and the sheet may
span at most :data:`~kiplib.registers.limits.MAX_XLSX_CELLS` cells and
:data:`~kiplib.registers.limits.MAX_ROWS` data rows. Anything else a reader cannot parse is a
:class:`~kiplib.errors.RegisterImportError` (``not-a-workbook``), never another exception.
"""

from __future__ import annotations

import gc
import io
import re
import struct
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any, Final

from kiplib.errors import (
    InvalidInputError,
    MissingDependencyError,
    Problem,
    RegisterImportError,
)
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import PublicBody
from kiplib.registers.columns import DIK_COLUMNS, DIP_COLUMNS, dik_rows, dip_rows
from kiplib.registers.dik import DikRegister
from kiplib.registers.dip import DipRegister
from kiplib.registers.limits import (
    MAX_INPUT_SIZE,
    MAX_ROWS,
    MAX_XLSX_CELLS,
    MAX_XLSX_PARTS,
    MAX_XLSX_UNCOMPRESSED,
    XLSX_MAX_CELL_CHARS,
)
from kiplib.registers.table import (
    _check_export,
    _column,
    _dik_from_rows,
    _dip_from_rows,
    _input_too_large,
    _output_too_large,
    _problem,
    _refuse,
    _shown,
)

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
            :func:`dip_from_csv` does; also when ``data`` is not a workbook or is beyond the
            bounds of :mod:`kiplib.registers.limits` (see the module docstring).
        kiplib.errors.MissingDependencyError: no XLSX reader is installed (``kiplib[xlsx]``).
    """
    with _collector_paused():
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
            not a workbook or is beyond the bounds of :mod:`kiplib.registers.limits`.
        kiplib.errors.MissingDependencyError: no XLSX reader is installed (``kiplib[xlsx]``).
    """
    with _collector_paused():
        return _dik_from_rows(_xlsx_rows(data, "DIK"), fixed_width=False, body=body, as_of=as_of)


def dip_to_xlsx(register: DipRegister, lang: str = "id") -> bytes:
    """The DIP as an XLSX workbook: one sheet ``DIP``, the columns of :data:`DIP_COLUMNS`.

    The publication date is a date cell; everything else is text, exactly as in the CSV.

    Raises:
        kiplib.errors.MissingDependencyError: no XLSX writer is installed (``kiplib[xlsx]``).
        kiplib.errors.InvalidInputError: a cell holds a character XLSX cannot store or is
            longer than :data:`~kiplib.registers.limits.XLSX_MAX_CELL_CHARS` (named by row
            and column), or the register is too large to be read back.
    """
    return _xlsx("DIP", DIP_COLUMNS, dip_rows(register, lang), frozenset({9}), lang)


def dik_to_xlsx(register: DikRegister, lang: str = "id") -> bytes:
    """The DIK as an XLSX workbook: one sheet ``DIK``, the columns of :data:`DIK_COLUMNS`.

    Raises:
        kiplib.errors.MissingDependencyError: no XLSX writer is installed (``kiplib[xlsx]``).
        kiplib.errors.InvalidInputError: as :func:`dip_to_xlsx`.
    """
    return _xlsx("DIK", DIK_COLUMNS, dik_rows(register, lang), frozenset({6, 7, 8, 9}), lang)


# ============================================================================ engines
def _import(*names: str) -> Any:
    """The first of the modules ``names`` that can be imported, else ``None``."""
    for name in names:
        try:
            return __import__(name)
        except ImportError:
            continue
    return None


def _missing(feature: str) -> MissingDependencyError:
    return MissingDependencyError(field=feature, value="openpyxl", extra="xlsx")


# ============================================================================ writing
#: Characters an XLSX text cell cannot hold: control characters other than tab, LF and CR,
#: lone surrogates (not UTF-8) and the two non-characters XML refuses.
_UNSTORABLE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: What a text cell stores as an escape: a carriage return (``_x000D_``), and the ``_`` that
#: starts text a reader would take for an escape (``_x005F_``) — also when the escape of a
#: carriage return right after it would complete one (``_x0041`` + CR).
_TO_ESCAPE: Final = re.compile(r"_(?=x[0-9A-Fa-f]{4}[_\r])|\r")
#: Text XlsxWriter would not store exactly: it takes ``<r>…</r>`` for rich text, and it
#: escapes only the first of two escapes that share a ``_`` (or an escape and a CR).
_XLSXWRITER_CHANGES: Final = re.compile(r"_x[0-9A-Fa-f]{4}(?=\r|_x[0-9A-Fa-f]{4}_)")
#: The first day a spreadsheet shows as a date without the 1900 leap-year quirk.
_FIRST_DATE_CELL: Final = date(1900, 3, 1)


def _date_cell(value: str) -> date | None:
    """The date to store as a date cell, or ``None`` to store the text."""
    day = date.fromisoformat(value)
    return day if day >= _FIRST_DATE_CELL else None


def _xlsx(
    title: str,
    header: tuple[str, ...],
    rows: Iterator[tuple[str, ...]],
    date_columns: frozenset[int],
    lang: str,
) -> bytes:
    """A one-sheet workbook: a bold header, then the rows (ISO dates become date cells)."""
    writer = _import("xlsxwriter")
    openpyxl = None if writer is not None else _import("openpyxl")
    if writer is None and openpyxl is None:
        raise _missing(f"{title} XLSX")
    with _collector_paused():
        return _workbook(writer, openpyxl, title, header, rows, date_columns, lang)


def _workbook(
    writer: Any,
    openpyxl: Any,
    title: str,
    header: tuple[str, ...],
    rows: Iterator[tuple[str, ...]],
    date_columns: frozenset[int],
    lang: str,
) -> bytes:
    table = list(rows)
    _check_export(
        title,
        header,
        table,
        cell_limit=XLSX_MAX_CELL_CHARS,
        limit_reason=N_(
            "sel berisi {length} karakter, lebih dari {limit} yang dapat disimpan dalam XLSX"
        ),
        forbidden=_UNSTORABLE,
        forbidden_reason=N_("berisi karakter kendali yang tidak dapat disimpan dalam XLSX"),
    )
    changed = None if writer is None else _changed_by_xlsxwriter(table)
    if changed is not None:
        openpyxl = _import("openpyxl")  # it stores that text exactly
        if openpyxl is None:
            n, i, value = changed
            raise InvalidInputError(
                field=f"row {n}: {_column(header, i)}",
                value=_shown(value),
                reason=N_("XlsxWriter tidak dapat menyimpan teks ini apa adanya; pasang openpyxl"),
            )
        writer = None
    head = [gettext(h, lang) for h in header]
    if writer is not None:
        data = _write_xlsxwriter(writer, title, head, table, date_columns)
    else:
        data = _write_openpyxl(openpyxl, title, head, table, date_columns)
    if len(data) > MAX_INPUT_SIZE:
        raise _output_too_large(title, len(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(i.file_size for i in archive.infolist())
    if unpacked > MAX_XLSX_UNCOMPRESSED:
        raise _output_too_large(title, unpacked)
    return data


def _escape(match: re.Match[str]) -> str:
    return "_x005F_" if match.group(0) == "_" else "_x000D_"


def _changed_by_xlsxwriter(table: list[tuple[str, ...]]) -> tuple[int, int, str] | None:
    """The row, column and text of the first cell XlsxWriter would not store exactly."""
    for n, row in enumerate(table, start=2):
        joined = "\x00".join(row)
        if "<r>" in joined or _XLSXWRITER_CHANGES.search(joined):
            for i, value in enumerate(row):
                rich = value.startswith("<r>") and value.endswith("</r>")
                if rich or _XLSXWRITER_CHANGES.search(value):
                    return n, i, value
    return None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (if it runs) for the block.

    A table is hundreds of thousands of small objects (its cells, XlsxWriter's copy of them,
    the rows read back); the collector, started again and again by their allocation, scans
    them all each time — about a fifth of the time of a 50 000-row table. They hold no
    cycles, and whatever cycle is made meanwhile is collected afterwards.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def _write_xlsxwriter(
    xlsxwriter: Any,
    title: str,
    head: list[str],
    table: list[tuple[str, ...]],
    date_columns: frozenset[int],
) -> bytes:
    """XlsxWriter: every text through ``write_string`` (never a formula, a number or a link)."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    sheet = book.add_worksheet(title)
    bold = book.add_format({"bold": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    for i, h in enumerate(head):
        sheet.write_string(0, i, h, bold)
    # The call ``write_string`` makes, without its conversion of "A1" arguments: a third of
    # XlsxWriter's time per cell (the same cells either way).
    text = getattr(sheet, "_write_string", sheet.write_string)
    texts = [i for i in range(len(head)) if i not in date_columns]
    dates = sorted(date_columns)
    for r, row in enumerate(table, start=1):
        for i in texts:
            value = row[i]
            if value:
                text(r, i, value, None)
        for i in dates:
            value = row[i]
            when = _date_cell(value) if value else None
            if when is not None:
                sheet.write_datetime(r, i, when, day)
            elif value:
                text(r, i, value, None)
    book.close()
    return out.getvalue()


def _write_openpyxl(
    openpyxl: Any,
    title: str,
    head: list[str],
    table: list[tuple[str, ...]],
    date_columns: frozenset[int],
) -> bytes:
    """openpyxl (write-only): text escaped as XlsxWriter escapes it, and stored as text."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(title)

    def text(value: str) -> object:
        if "_x" in value or "\r" in value:
            value = _TO_ESCAPE.sub(_escape, value)
        elif not value.startswith("=") and value not in ERROR_CODES:
            return value
        # openpyxl would take this text for a formula or an error, or cut its escaped form at
        # 32 767 characters: give it the text as it is, as a text cell.
        cell = WriteOnlyCell(sheet)
        cell._value = value
        cell.data_type = "s"
        return cell

    bold = Font(bold=True)
    cells: list[object] = []
    for h in head:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    for row in table:
        cells = []
        for i, value in enumerate(row):
            if not value:
                cells.append(None)
                continue
            when = _date_cell(value) if i in date_columns else None
            cells.append(when if when is not None else text(value))
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ============================================================================ reading
def _not_a_workbook(what: str, reason: str) -> RegisterImportError:
    return _refuse(
        what,
        Problem(
            "file",
            "not-a-workbook",
            N_("berkas bukan buku kerja XLSX yang dapat dibaca: {reason}"),
            {"reason": reason},
        ),
    )


def _xlsx_rows(data: bytes, what: str) -> Iterator[Sequence[object]]:
    """The rows of the first sheet of the workbook ``data``, checked first (module docstring)."""
    calamine = _import("python_calamine")
    openpyxl = None if calamine is not None else _import("openpyxl")
    if calamine is None and openpyxl is None:
        raise _missing(f"{what} XLSX")
    if len(data) > MAX_INPUT_SIZE:
        raise _input_too_large(what, len(data))
    _check_workbook(data, what)
    if calamine is not None:
        return iter(_read_calamine(calamine, data, what))
    return iter(_read_openpyxl(data, what))


def _read_calamine(calamine: Any, data: bytes, what: str) -> list[list[object]]:
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        try:
            kinds = [m.typ for m in book.sheets_metadata]
            first = kinds.index(calamine.SheetTypeEnum.WorkSheet)
            sheet = book.get_sheet_by_index(first)
            rows: list[list[object]] = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 2)
        finally:
            book.close()
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a hostile file may break the parser anywhere; a panic
        # of the Rust code (a date out of range …) is a BaseException
        raise _not_a_workbook(what, type(exc).__name__) from None
    return rows


#: The escape of a character in an XLSX text (``_x000D_``), as python-calamine decodes it.
_ESCAPE: Final = re.compile(r"_x00([0-9A-Fa-f]{2})_")


def _unescape(value: object) -> object:
    if isinstance(value, str) and "_x00" in value:
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return value


def _read_openpyxl(data: bytes, what: str) -> list[list[object]]:
    """openpyxl (read-only), with the shared strings kept as stored and every text unescaped
    as python-calamine unescapes it (openpyxl itself drops any ``x005F_`` and decodes no other
    escape, so ``_x000D_`` could not be told from a carriage return). Its warnings about
    parts it does not support are not the reader's concern and are silenced."""
    rows: list[list[object]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = _openpyxl_book(data)
            try:
                sheet = book.worksheets[0]
                sheet.reset_dimensions()  # the stored dimension may be wrong: read every cell
                for row in sheet.iter_rows(values_only=True):
                    rows.append([_unescape(v) for v in row])
                    if len(rows) > MAX_ROWS + 1:
                        break
            finally:
                book.close()
    except Exception as exc:  # a hostile file may break the parser anywhere
        raise _not_a_workbook(what, type(exc).__name__) from None
    return rows


def _openpyxl_book(data: bytes) -> Any:
    from openpyxl.cell.text import Text
    from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    tag = f"{{{SHEET_MAIN_NS}}}si"

    class Reader(ExcelReader):  # type: ignore[misc]
        def read_strings(self) -> None:
            found = self.package.find(SHARED_STRINGS)
            if found is None:
                return
            strings = []
            with self.archive.open(found.PartName[1:]) as src:
                for _, node in iterparse(src):
                    if node.tag == tag:
                        strings.append(Text.from_tree(node).content)
                        node.clear()
            self.shared_strings = strings

    reader = Reader(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    reader.read()
    return reader.wb


# ---------------------------------------------------------------------------- the checks
#: The first bytes of XML in an encoding other than UTF-8 (UTF-16 and UTF-32 with or
#: without a byte-order mark, EBCDIC): refused, so the checks below see the markup as is.
_OTHER_ENCODINGS: Final = (
    b"\xfe\xff",
    b"\xff\xfe",
    b"\x00\x00\xfe\xff",
    b"\x00\x00\x00<",
    b"\x00<",
    b"<\x00",
    b"\x4c\x6f\xa7\x94",
)
_DECLARATION: Final = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")
_DTD: Final = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_START: Final = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*<")
#: ``c`` and ``row`` start tags; the same with their attributes well-formed; and those of them
#: that have an ``r`` (position) attribute.
_TAGS: Final = {
    name: (
        re.compile(rb"<(?:[\w.-]+:)?" + name + rb"(?=[\s/>])"),
        re.compile(
            rb"<(?:[\w.-]+:)?"
            + name
            + rb"((?:\s+[^\s=/>\"']+\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'))*)\s*/?>"
        ),
        re.compile(
            rb"<(?:[\w.-]+:)?" + name + rb"\s(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(?<=[\s\"'])r\s*="
        ),
    )
    for name in (b"c", b"row")
}
_POSITION: Final = re.compile(rb"(?<=[\s\"'])r\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
#: Positions as spreadsheets write them, each followed by a NUL: ``A1`` for a cell, ``1`` for
#: a row.
_GOOD_POSITIONS: Final = re.compile(rb"(?:[A-Z]{0,3}[0-9]{1,7}\x00)*")
_LETTERS: Final = re.compile(rb"[A-Z]+")
_DIGITS: Final = re.compile(rb"[0-9]+")
#: A ``c`` or ``row`` tag with a namespace prefix, or one that does not start with its position.
_UNPLACED_TAG: Final = re.compile(rb"<[\w.-]+:(?:c|row)[\s/>]|<(?:c|row)(?=[\s/>])(?! r=\")")
#: An ``r`` attribute whose value is not a position up to column Z and row 999 999 (searched
#: in the whole part: a match in a text is a false alarm, never a miss).
_UNUSUAL_POSITION: Final = re.compile(
    rb"r(?<![\w.-]r)(?<!xmlns:r)\s*=\s*(?:\"(?![A-Z]?[0-9]{1,6}\")|'(?![A-Z]?[0-9]{1,6}'))"
)


def _check_workbook(data: bytes, what: str) -> None:
    """Refuse a zip bomb, an XML part that is not plain UTF-8 or that declares a DOCTYPE or
    ENTITY, and a sheet spanning too many cells — before any XML parser sees the file."""
    # The zip's directory, read whole by zipfile before anything can be counted, may list
    # millions of parts in a file of 200 MB: bound its size first (a part takes at most 1 KiB).
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end >= 0 and len(data) >= end + 16:
        (directory,) = struct.unpack_from("<I", data, end + 12)
        if directory > MAX_XLSX_PARTS * 1024:
            raise _not_a_workbook(what, f"zip directory of {directory} bytes")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:
        raise _not_a_workbook(what, type(exc).__name__) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_XLSX_PARTS:
            raise _not_a_workbook(what, f"{len(infos)} parts > {MAX_XLSX_PARTS}")
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_XLSX_UNCOMPRESSED:
            raise _refuse(
                what,
                Problem(
                    "file",
                    "too-large-unpacked",
                    N_("isi buku kerja berukuran {size} bita bila dibuka, lebih dari {limit}"),
                    {"size": unpacked, "limit": MAX_XLSX_UNCOMPRESSED},
                ),
            )
        if "[Content_Types].xml" not in {i.filename for i in infos}:
            raise _not_a_workbook(what, "[Content_Types].xml")
        for info in infos:
            try:
                with archive.open(info) as part:
                    content = part.read(info.file_size + 1)
            except Exception as exc:
                raise _not_a_workbook(what, f"{info.filename}: {type(exc).__name__}") from None
            if len(content) != info.file_size:
                raise _not_a_workbook(what, f"{info.filename}: size")
            _check_part(content, info.filename, what)


def _check_part(content: bytes, name: str, what: str) -> None:
    if content.startswith(_OTHER_ENCODINGS):
        raise _not_a_workbook(what, f"{name}: encoding")
    if not _XML_START.match(content):
        return  # not XML (an image …): no XML parser will read it
    declared = _DECLARATION.match(content.removeprefix(b"\xef\xbb\xbf"))
    if b"\x00" in content or (
        declared is not None and declared.group(1).lower() not in (b"utf-8", b"utf8")
    ):
        raise _not_a_workbook(what, f"{name}: encoding")
    if _DTD.search(content):
        raise _refuse(
            what,
            Problem(
                "file",
                "xml-doctype",
                N_("bagian {part} memuat deklarasi DOCTYPE atau ENTITY, yang ditolak"),
                {"part": name},
            ),
        )
    if b"sheetData" in content:
        _check_area(content, name, what)


def _check_area(sheet: bytes, name: str, what: str) -> None:
    """Refuse a sheet whose cells span more than :data:`MAX_XLSX_CELLS` or more rows than a
    table may have. A reader may hold the whole rectangle from A1 to the last cell as a dense
    grid, so one cell far away is enough to exhaust memory.

    The usual sheet is cleared at once: every ``c`` and ``row`` tag starts with its position
    (``<c r="B7"``) and no position goes past column Z or row 999 999 (a false alarm, such as
    ``r="…"`` in a text, only costs the exact check). Otherwise the bound counts the position
    of every ``c`` and ``row`` tag, and one step further for each one that has none.
    """
    if not _UNPLACED_TAG.search(sheet) and not _UNUSUAL_POSITION.search(sheet):
        return  # at most 26 × 999 999 cells
    positions: list[bytes] = []
    without: dict[bytes, int] = {}
    for tag, (start, full, placed) in _TAGS.items():
        count = len(start.findall(sheet))
        attributes = full.findall(sheet)
        if len(attributes) != count:
            raise _not_a_workbook(what, f"{name}: <{tag.decode()}>")
        without[tag] = count - len(placed.findall(sheet))
        positions.extend(a or b for a, b in _POSITION.findall(b"\x00".join(attributes)))
    joined = b"".join(p + b"\x00" for p in positions)
    if not _GOOD_POSITIONS.fullmatch(joined):
        raise _not_a_workbook(what, f"{name}: r")
    last_row = max((int(d) for d in set(_DIGITS.findall(joined))), default=0)
    last_column = max((_column_number(c) for c in set(_LETTERS.findall(joined))), default=0)
    rows = last_row + without[b"row"]
    columns = max(last_column, 1) + without[b"c"]
    if rows > MAX_ROWS + 1:
        raise _refuse(
            what,
            _problem(
                MAX_ROWS + 2,
                "*",
                "too-many-rows",
                N_("tabel berisi lebih dari {limit} baris data"),
                limit=MAX_ROWS,
            ),
        )
    if rows * columns > MAX_XLSX_CELLS:
        raise _refuse(
            what,
            Problem(
                "file",
                "sheet-too-large",
                N_(
                    "lembar kerja membentang {rows} baris × {columns} kolom, lebih dari {limit} sel"
                ),
                {"rows": rows, "columns": columns, "limit": MAX_XLSX_CELLS},
            ),
        )


def _column_number(letters: bytes) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27."""
    number = 0
    for c in letters:
        number = number * 26 + c - ord("A") + 1
    return number
