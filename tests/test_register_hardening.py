"""Register tables that lose nothing and never crash: exact text, formulas kept as text, what
spreadsheets really save, bounds on hostile input, and the same result on every XLSX engine."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import struct
import zipfile
from collections.abc import Iterator
from datetime import date
from typing import Any

import attrs
import pytest

from district import BODY, consequence_tests, dip_2024, dip_2025
from kiplib.errors import InvalidInputError, KiplibError, RegisterImportError
from kiplib.i18n import gettext
from kiplib.registers import (
    DIP_COLUMNS,
    DipRegister,
    TableFormat,
    build_dik,
    dik_from_csv,
    dik_from_xlsx,
    dik_to_csv,
    dik_to_xlsx,
    dip_from_csv,
    dip_from_json,
    dip_from_xlsx,
    dip_to_csv,
    dip_to_json,
    dip_to_xlsx,
    limits,
    read_table_format,
    table,
    xlsx,
)
from kiplib.registers import csv as csv_module
from register_engines import READERS, WRITERS, only

ADOPTED = date(2024, 2, 29)


def with_first(dip: DipRegister, **changes: Any) -> DipRegister:
    first = attrs.evolve(dip.entries[0], **changes)
    return attrs.evolve(dip, entries=(first, *dip.entries[1:]))


def from_csv(text: str | bytes, dip: DipRegister) -> DipRegister:
    return dip_from_csv(text, body=dip.body, year=dip.year, adopted_on=dip.adopted_on)


def from_xlsx(data: bytes, dip: DipRegister | None = None) -> DipRegister:
    dip = dip or dip_2024()
    return dip_from_xlsx(data, body=dip.body, year=dip.year, adopted_on=dip.adopted_on)


def problems(info: pytest.ExceptionInfo[RegisterImportError]) -> list[tuple[object, ...]]:
    return [(p.params.get("row"), p.params.get("column"), p.code) for p in info.value.problems]


ODD = with_first(
    dip_2024(),
    number=" 001 ",
    summary="  Laporan\r\nkeuangan\rsemester\nI  ",
    holder='Bagian "Umum", Sekretariat; lantai 2',
    note="   ",
)


# ============================================================================ exact text
def test_text_comes_back_exactly_from_every_format() -> None:
    """Surrounding spaces, CR, LF and CRLF inside a cell used to be stripped or split."""
    assert from_csv(dip_to_csv(ODD), ODD) == ODD
    assert from_csv(dip_to_csv(ODD).encode(), ODD) == ODD
    assert dip_from_json(dip_to_json(ODD), body=BODY) == ODD
    for writer in WRITERS:
        with only(writer):
            data = dip_to_xlsx(ODD)
        for reader in READERS:
            with only(reader):
                assert from_xlsx(data) == ODD, (writer, reader)


def test_a_carriage_return_is_quoted_in_csv() -> None:
    text = dip_to_csv(with_first(dip_2024(), holder="Bagian\rUmum"))
    assert '"Bagian\rUmum"' in text
    assert "\r" not in text.replace('"Bagian\rUmum"', "")


def test_an_empty_note_is_no_note() -> None:
    """A table cannot tell an empty note from none: the entry does not either."""
    assert attrs.evolve(dip_2024().entries[0], note="").note is None
    dip = with_first(dip_2024(), note="")
    assert from_csv(dip_to_csv(dip), dip) == dip


def test_whitespace_rows_and_cells_still_read_as_before() -> None:
    """Words (category, form, article) and dates are still matched without spaces and case;
    a row of spaces only is still an empty row."""
    rows = list(csv.reader(io.StringIO(dip_to_csv(dip_2024()))))
    rows[1][7] = "  berkala "
    rows[1][9] = " 2024-01-10 "
    rows.append([" "] * len(DIP_COLUMNS))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    assert from_csv(out.getvalue(), dip_2024()) == dip_2024()


# ============================================================================ formulas
@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+62 271 495039", "'+62 271 495039"),
        ("-", "'-"),
        ("@risalah", "'@risalah"),
        ("\t=1", "'\t=1"),
        ("\r\n=1", "'\r\n=1"),
        ("'=1", "''=1"),
        ("''-1", "'''-1"),
        ("'catatan", "'catatan"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("\tteks", "\tteks"),
    ],
)
def test_formula_like_cells_are_prefixed_and_read_back(cell: str, written: str) -> None:
    dip = with_first(dip_2024(), holder=cell)
    text = dip_to_csv(dip)
    assert list(csv.reader(io.StringIO(text, newline="")))[1][2] == written
    assert from_csv(text, dip) == dip


def test_no_cell_of_a_csv_export_starts_a_formula() -> None:
    dip = dip_2024()
    entries = [
        attrs.evolve(e, note=prefix + "x")
        for e, prefix in zip(
            dip.entries, ["=", "+", "-", "@", "\t=", "\r+", "'=", "''@"], strict=False
        )
    ]
    dip = attrs.evolve(dip, entries=(*entries, *dip.entries[len(entries) :]))
    for row in csv.reader(io.StringIO(dip_to_csv(dip), newline="")):
        for cell in row:
            assert not re.match(r"[\t\r\n]*[=+\-@]", cell), cell
    assert from_csv(dip_to_csv(dip), dip) == dip


def test_xlsx_keeps_formula_like_text_as_text_on_every_writer() -> None:
    dip = with_first(dip_2024(), summary="=1+1", holder="#N/A", note="@SUM(A1)")
    for writer in WRITERS:
        with only(writer):
            data = dip_to_xlsx(dip)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sheet = archive.read(
                next(n for n in archive.namelist() if n.startswith("xl/worksheets/"))
            )
        assert b"<f>" not in sheet and b't="e"' not in sheet, writer
        assert from_xlsx(data) == dip


# ============================================================================ as saved
def excel_csv(text: str, separator: str, line_end: str) -> str:
    """``text`` as a spreadsheet re-saves it: its separator and line ends, every cell quoted."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator=line_end, quoting=csv.QUOTE_ALL)
    writer.writerows(csv.reader(io.StringIO(text, newline="")))
    return out.getvalue()


@pytest.mark.parametrize("separator", [",", ";"])
@pytest.mark.parametrize("line_end", ["\r\n", "\n", "\r"])
@pytest.mark.parametrize("bom", [False, True])
def test_what_spreadsheets_save_is_read(separator: str, line_end: str, bom: bool) -> None:
    text = excel_csv(dip_to_csv(ODD), separator, line_end)
    if bom:
        text = "\ufeff" + text
    expected = TableFormat(separator=separator, bom=bom, line_end=line_end)
    assert read_table_format(text) == expected
    assert read_table_format(text.encode("utf-8")) == expected
    assert from_csv(text, ODD) == ODD
    assert from_csv(text.encode("utf-8"), ODD) == ODD


def test_an_indonesian_excel_file_without_quotes() -> None:
    """Excel set to Bahasa Indonesia: UTF-8 with BOM, ``;``, CRLF, quotes only where needed."""
    dip = dip_2024()
    rows = list(csv.reader(io.StringIO(dip_to_csv(dip), newline="")))
    body = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    data = b"\xef\xbb\xbf" + body.encode("utf-8")
    assert read_table_format(data) == TableFormat(separator=";", bom=True, line_end="\r\n")
    assert from_csv(data, dip) == dip


def test_the_format_of_a_one_row_text() -> None:
    assert read_table_format("") == TableFormat()
    assert read_table_format('"a;b",c;d') == TableFormat(separator=",")
    assert read_table_format("a;b;c") == TableFormat(separator=";")


# ============================================================================ CSV bounds
def test_a_cell_over_the_limit_is_named_whatever_the_csv_field_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Python's csv module raised ``_csv.Error`` past 131 072 characters, naming nothing."""
    rows = list(csv.reader(io.StringIO(dip_to_csv(dip_2024()))))
    rows[3][1] = "x" * (limits.MAX_CELL_CHARS + 1)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    text = out.getvalue()
    for field_limit in (1_000, csv.field_size_limit(), 10**9):
        old = csv.field_size_limit(field_limit)
        try:
            with pytest.raises(RegisterImportError) as info:
                from_csv(text, dip_2024())
        finally:
            csv.field_size_limit(old)
        assert problems(info) == [(4, "Ringkasan Isi Informasi", "cell-too-long")]
    rows[3][1] = "x" * limits.MAX_CELL_CHARS  # at the limit: read
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    assert from_csv(out.getvalue(), dip_2024()).entries[2].summary == rows[3][1]


def test_export_refuses_what_could_not_be_read_back() -> None:
    dip = with_first(dip_2024(), summary="=" + "x" * (limits.MAX_CELL_CHARS - 1))
    with pytest.raises(InvalidInputError) as info:
        dip_to_csv(dip)  # the quote before "=" makes it one character too long
    assert info.value.params["field"] == "row 2: Ringkasan Isi Informasi"
    fits = with_first(dip_2024(), summary="x" * limits.MAX_CELL_CHARS)
    assert from_csv(dip_to_csv(fits), fits) == fits


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('No,"Ringkasan\n', [(1, "Ringkasan Isi Informasi", "unclosed-quote")]),
        ('No,"Ringkasan"x,c\n', [(1, "Ringkasan Isi Informasi", "bad-quote")]),
    ],
)
def test_broken_quotes_are_named(text: str, found: list[tuple[object, ...]]) -> None:
    header = ",".join(DIP_COLUMNS)
    with pytest.raises(RegisterImportError) as info:
        from_csv(text, dip_2024())
    assert problems(info) == found
    with pytest.raises(RegisterImportError) as info:
        from_csv(header + "\n" + text.replace("No,", "001,"), dip_2024())
    assert [(r, c, code) for r, c, code in problems(info)] == [(2, *found[0][1:])]


def test_bytes_that_are_not_utf_8_are_named() -> None:
    text = dip_to_csv(dip_2024()).encode("utf-8")
    broken = text.replace(b"Bagian Organisasi", b"Bagian \xff Organisasi", 1)
    with pytest.raises(RegisterImportError) as info:
        from_csv(broken, dip_2024())
    assert problems(info) == [(2, "Pejabat/Unit yang Menguasai Informasi", "not-utf-8")]


def small_limits(monkeypatch: pytest.MonkeyPatch, **values: int) -> None:
    """Lower bounds of :mod:`kiplib.registers.limits` where the readers and writers use them."""
    for name, value in values.items():
        for module in (limits, table, csv_module, xlsx):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, value)


def test_too_many_rows_and_too_large_a_text(monkeypatch: pytest.MonkeyPatch) -> None:
    text, table = dip_to_csv(dip_2025()), dip_to_json(dip_2025())
    small_limits(monkeypatch, MAX_ROWS=5)
    with pytest.raises(RegisterImportError) as info:
        from_csv(text, dip_2025())
    assert problems(info) == [(7, "*", "too-many-rows")]
    with pytest.raises(InvalidInputError):
        dip_to_csv(dip_2025())
    small_limits(monkeypatch, MAX_ROWS=1_000_000, MAX_INPUT_SIZE=100)
    with pytest.raises(RegisterImportError) as info:
        from_csv(text, dip_2025())
    assert info.value.problems[0].code == "too-large"
    with pytest.raises(RegisterImportError):
        dip_from_json(table, body=BODY)
    with pytest.raises(InvalidInputError):
        dip_to_csv(dip_2025())


# ============================================================================ XLSX writing
@pytest.mark.parametrize("writer", WRITERS)
def test_xlsx_refuses_a_cell_it_would_cut(writer: str) -> None:
    """openpyxl cut a cell at 32 767 characters without a word."""
    long = with_first(dip_2024(), summary="y" * (limits.XLSX_MAX_CELL_CHARS + 1))
    with only(writer), pytest.raises(InvalidInputError) as info:
        dip_to_xlsx(long)
    assert info.value.params["field"] == "row 2: Ringkasan Isi Informasi"
    assert "32767" in info.value.message("en")
    edge = with_first(dip_2024(), summary="_x000D_\r" * (limits.XLSX_MAX_CELL_CHARS // 8))
    with only(writer):
        data = dip_to_xlsx(edge)
    for reader in READERS:
        with only(reader):
            assert from_xlsx(data) == edge


@pytest.mark.parametrize("writer", WRITERS)
def test_xlsx_refuses_a_lone_surrogate(writer: str) -> None:
    with only(writer), pytest.raises(InvalidInputError) as info:
        dip_to_xlsx(with_first(dip_2024(), note="catatan \udc80"))
    assert info.value.params["field"] == "row 2: Keterangan"


def test_dates_a_spreadsheet_cannot_show_are_text() -> None:
    dip = with_first(dip_2024(), last_published=date(1899, 12, 31))
    for writer in WRITERS:
        with only(writer):
            data = dip_to_xlsx(dip)
        for reader in READERS:
            with only(reader):
                assert from_xlsx(data) == dip


def test_every_engine_gives_the_same_registers() -> None:
    dik = build_dik(consequence_tests(), body=BODY, as_of=date(2025, 3, 31))
    for dip in (dip_2024(), dip_2025(), ODD):
        for writer in WRITERS:
            with only(writer):
                data, dik_data = dip_to_xlsx(dip, "en"), dik_to_xlsx(dik)
            for reader in READERS:
                with only(reader):
                    assert from_xlsx(data, dip) == dip, (writer, reader)
                    back = dik_from_xlsx(dik_data, body=BODY, as_of=dik.as_of)
                    assert back == dik_from_csv(dik_to_csv(dik), body=BODY, as_of=dik.as_of)


def test_without_openpyxl_the_rust_reader_and_xlsxwriter_do_it_all() -> None:
    with only("python_calamine", "xlsxwriter"):
        assert from_xlsx(dip_to_xlsx(ODD)) == ODD


# ============================================================================ XLSX reading
def workbook(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def sheet_name(parts: dict[str, bytes]) -> str:
    return next(n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml"))


def refused(data: bytes) -> Iterator[RegisterImportError]:
    """The error of each reader for ``data`` (each must refuse it)."""
    for reader in READERS:
        with only(reader), pytest.raises(RegisterImportError) as info:
            from_xlsx(data)
        yield info.value


BOMB = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;'
    b'&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;'
    b'&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    b'<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    b'<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    b'<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    b'<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    b'<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
)


@pytest.mark.parametrize("writer", WRITERS)
def test_entity_expansion_is_refused_in_every_part(writer: str) -> None:
    with only(writer):
        parts = parts_of(dip_to_xlsx(dip_2024()))
    for name, content in parts.items():
        if not content.lstrip().startswith(b"<"):
            continue
        declaration, _, rest = content.partition(b"?>")
        changed = dict(parts)
        changed[name] = declaration + b"?>" + BOMB + rest.replace(b"DIP", b"&lol9;", 1)
        for error in refused(workbook(changed)):
            assert error.problems[0].code == "xml-doctype", name
            assert error.problems[0].params["part"] == name


def test_a_part_in_another_encoding_is_refused() -> None:
    parts = parts_of(dip_to_xlsx(dip_2024()))
    name = sheet_name(parts)
    text = parts[name].decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    for encoded in (text.encode("utf-16"), text.encode("utf-16-le"), text.encode("utf-8")):
        for error in refused(workbook({**parts, name: encoded})):
            assert error.problems[0].code == "not-a-workbook"


def set_sizes(data: bytes, name: str, size: int) -> bytes:
    """``data`` with the uncompressed size of part ``name`` rewritten to ``size`` in both the
    local header and the central directory (a zip that lies about its content)."""
    raw = bytearray(data)
    encoded = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := raw.find(signature, start)) >= 0:
            start = at + 4
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if raw[name_at : name_at + len(encoded)] == encoded:
                raw[at + offset : at + offset + 4] = struct.pack("<I", size)
    return bytes(raw)


def test_a_zip_bomb_is_refused_before_it_is_opened() -> None:
    data = dip_to_xlsx(dip_2024())
    name = sheet_name(parts_of(data))
    huge = set_sizes(data, name, 4_000_000_000)
    for error in refused(huge):
        assert error.problems[0].code == "too-large-unpacked"
    lying = set_sizes(data, name, 1_000)  # claims less than it holds
    for error in refused(lying):
        assert error.problems[0].code == "not-a-workbook"


def test_a_small_file_with_a_huge_sheet_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    parts = parts_of(dip_to_xlsx(dip_2024()))
    name = sheet_name(parts)
    padded = parts[name].replace(b"<sheetData>", b"<sheetData>" + b" " * 3_000_000, 1)
    data = workbook({**parts, name: padded})
    assert len(data) < 100_000
    small_limits(monkeypatch, MAX_XLSX_UNCOMPRESSED=2_000_000)
    for error in refused(data):
        assert error.problems[0].code == "too-large-unpacked"
    small_limits(monkeypatch, MAX_XLSX_UNCOMPRESSED=1_000_000_000, MAX_XLSX_PARTS=3)
    for error in refused(data):
        assert error.problems[0].code == "not-a-workbook"


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        (b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', "too-many-rows"),
        (b'<row r="900000"><c r="ZZ900000"><v>1</v></c></row>', "sheet-too-large"),
        (b'<row r="3"><c r="ZZZZ3"><v>1</v></c></row>', "not-a-workbook"),
        (b'<row r="3"><c r="b3"><v>1</v></c></row>', "not-a-workbook"),
        (b'<row r="3"><c t="n" r="XFD3"/><c/></row><row><c/></row>', None),
        (b'<row r="3"><x:c xmlns:x="urn:x" r="C3"/></row>', None),
    ],
)
def test_a_cell_far_away_is_refused_before_the_grid_is_built(cell: bytes, code: str | None) -> None:
    """python-calamine holds the rectangle from A1 to the last cell as a dense grid: one cell
    in XFD1048576 asked it for 550 GB and aborted the process."""
    parts = parts_of(dip_to_xlsx(dip_2024()))
    name = sheet_name(parts)
    if code is None:
        # Unusual but small: read (XFD3 is an extra cell of row 3, named as such).
        data = workbook(
            {**parts, name: parts[name].replace(b"</sheetData>", cell + b"</sheetData>")}
        )
        codes: set[str] = set()
        for reader in READERS:
            with only(reader):
                try:
                    from_xlsx(data)
                except RegisterImportError as err:
                    codes |= {p.code for p in err.problems}
        assert codes <= {"cell-count", "duplicate-number", "empty-row"}
        return
    data = workbook({**parts, name: parts[name].replace(b"</sheetData>", cell + b"</sheetData>")})
    for error in refused(data):
        assert error.problems[0].code == code


@pytest.mark.parametrize(
    "data",
    [b"", b"PK\x05\x06" + b"\x00" * 18, b"not a zip", b"\xd0\xcf\x11\xe0" + b"\x00" * 600],
)
def test_anything_else_is_not_a_workbook(data: bytes) -> None:
    for error in refused(data):
        assert error.problems[0].code == "not-a-workbook"


def test_a_workbook_without_its_parts() -> None:
    parts = parts_of(dip_to_xlsx(dip_2024()))
    for name in parts:
        changed = {k: v for k, v in parts.items() if k != name}
        for reader in READERS:
            with only(reader), contextlib.suppress(KiplibError):
                from_xlsx(workbook(changed))


# ============================================================================ JSON
def test_json_table_round_trip_and_problems() -> None:
    for dip in (dip_2024(), dip_2025(), ODD):
        for lang in ("id", "en"):
            assert dip_from_json(dip_to_json(dip, lang), body=BODY) == dip
    doc = json.loads(dip_to_json(dip_2024()))
    doc["year"], doc["adopted_on"], doc["entries"][1]["Kategori"] = "2024", "29/02/2024", "X"
    with pytest.raises(RegisterImportError) as info:
        dip_from_json(json.dumps(doc), body=BODY)
    assert [p.path for p in info.value.problems] == ["$.year", "$.adopted_on"]
    doc["year"], doc["adopted_on"] = 2024, "2024-02-29"
    with pytest.raises(RegisterImportError) as info:
        dip_from_json(json.dumps(doc), body=BODY)
    assert problems(info) == [(3, "Kategori", "unknown-category")]
    doc["entries"][1]["Kategori"] = ["Berkala"]
    with pytest.raises(RegisterImportError) as info:
        dip_from_json(json.dumps(doc), body=BODY)
    assert problems(info) == [(3, "Kategori", "not-text")]
    for text in ("", "[]", "[" * 100_000, '{"entries": 1}'):
        with pytest.raises(RegisterImportError):
            dip_from_json(text, body=BODY)


def test_headers_in_english_read_back_from_every_format() -> None:
    dip = dip_2025()
    assert from_csv(dip_to_csv(dip, "en"), dip) == dip
    assert [gettext(h, "en") for h in DIP_COLUMNS][1] in dip_to_json(dip, "en")


# ============================================================================ found by fuzzing
@pytest.mark.parametrize("text", ["_x005F_x000D_", "_x0041\r", "<r>x</r>", "<r><t>&</r>"])
def test_text_xlsxwriter_would_change_is_stored_exactly(text: str) -> None:
    """XlsxWriter takes ``<r>…</r>`` for rich text (a broken workbook) and escapes only the
    first of two escapes sharing a ``_``: openpyxl stores such a table, or, without it, the
    cell is refused by name."""
    dip = with_first(dip_2024(), retention=text)
    with only("xlsxwriter", "openpyxl"):
        data = dip_to_xlsx(dip)
    for reader in READERS:
        with only(reader):
            assert from_xlsx(data) == dip
    with only("xlsxwriter"), pytest.raises(InvalidInputError) as info:
        dip_to_xlsx(dip)
    assert info.value.params["field"] == "row 2: Jangka Waktu Penyimpanan/Retensi Arsip"


def test_a_date_cell_out_of_range_is_a_bad_cell_not_a_crash() -> None:
    """python-calamine panicked (a BaseException, not an Exception) on a date serial far
    below zero."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("DIP")
    for i, h in enumerate(DIP_COLUMNS):
        sheet.write_string(0, i, h)
    for i, v in enumerate(
        next(iter(csv.reader(io.StringIO(dip_to_csv(dip_2024()).split("\n")[1]))))
    ):
        sheet.write_string(1, i, v)
    sheet.write_number(1, 9, -1e12, book.add_format({"num_format": "yyyy-mm-dd"}))
    book.close()
    found = [
        [(p.code, p.params.get("reason")) for p in e.problems] for e in refused(out.getvalue())
    ]
    assert found == [
        [("not-a-workbook", "PanicException")],  # python-calamine
        [("bad-date", None)],  # openpyxl reads the cell as #VALUE!
    ]


def test_the_garbage_collector_is_left_as_it_was() -> None:
    """The XLSX functions pause the collector while they work, and only then."""
    import gc

    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            data = dip_to_xlsx(dip_2024())
            assert gc.isenabled() is enabled
            assert from_xlsx(data) == dip_2024()
            with pytest.raises(RegisterImportError):
                from_xlsx(b"PK")
            assert gc.isenabled() is enabled
        finally:
            gc.enable()


def test_a_zip_listing_too_many_parts_is_refused_before_it_is_listed() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for i in range(limits.MAX_XLSX_PARTS + 1):
            archive.writestr(f"p/{i:05d}-{'x' * 1000}", b"")
    for error in refused(out.getvalue()):
        assert error.problems[0].code == "not-a-workbook"
        assert "zip directory" in error.problems[0].params["reason"]
