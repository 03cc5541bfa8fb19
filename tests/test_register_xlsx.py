"""XLSX tables of the DIP and the DIK: the CSV layout, real date cells, broken rows named."""

from __future__ import annotations

import csv
import io
import sys
from datetime import date, datetime
from typing import Any

import attrs
import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from district import BODY, consequence_tests, dip_2024, dip_2025
from kiplib.errors import InvalidInputError, MissingDependencyError, RegisterImportError
from kiplib.i18n import gettext
from kiplib.registers import (
    DIK_COLUMNS,
    DIP_COLUMNS,
    DikRegister,
    DipRegister,
    build_dik,
    dik_from_csv,
    dik_from_xlsx,
    dik_to_csv,
    dik_to_xlsx,
    dip_from_csv,
    dip_from_xlsx,
    dip_rows,
    dip_to_xlsx,
)
from kiplib.testing.strategies import dik_registers, dip_registers

ADOPTED = date(2024, 2, 29)


def sheet(data: bytes) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]


def workbook(rows: list[list[Any]]) -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_dip_xlsx_round_trip_loses_nothing() -> None:
    for dip in (dip_2024(), dip_2025()):
        for lang in ("id", "en"):
            data = dip_to_xlsx(dip, lang)
            assert data[:2] == b"PK"
            back = dip_from_xlsx(data, body=BODY, year=dip.year, adopted_on=dip.adopted_on)
            assert back == dip


def test_same_layout_as_csv_with_date_cells() -> None:
    dip = dip_2024()
    rows = sheet(dip_to_xlsx(dip))
    assert rows[0] == DIP_COLUMNS
    assert len(rows) == 21
    csv_row = next(r for r in dip_rows(dip) if r[0] == "004")
    xlsx_row = next(r for r in rows if r[0] == "004")
    assert xlsx_row[9] == datetime(2023, 8, 28)  # a real date cell
    assert xlsx_row[:9] == csv_row[:9] and xlsx_row[10] is None and csv_row[10] == ""


def test_text_dates_numbers_and_trailing_empty_rows_are_read() -> None:
    rows: list[list[Any]] = [list(r) for r in sheet(dip_to_xlsx(dip_2024()))]
    rows[4][9] = "2023-08-28"  # the same date typed as text
    rows[1][0] = 1  # a number typed as a number
    rows[1][0:1] = [1]
    data = workbook([*rows, [None] * 11, [None, None]])
    back = dip_from_xlsx(data, body=BODY, year=2024, adopted_on=ADOPTED)
    assert back.entries[0].number == "1"
    assert back.entries[3] == dip_2024().entries[3]


def test_workbook_with_broken_rows_names_row_and_column() -> None:
    rows: list[list[Any]] = [list(r) for r in sheet(dip_to_xlsx(dip_2024()))]
    rows[2][7] = "Rahasia"  # unknown category
    rows[3][9] = "28/08/2023"  # not ISO
    rows[4][9] = datetime(2023, 8, 28, 13, 30)  # a time of day is not a date
    rows[5] = rows[5][:4] + [None] * 7  # half-filled row
    rows[6] = [*rows[6], "extra"]  # a cell after the last column
    rows[8] = [None] * 11  # an empty row between rows of data
    rows[9][0] = "001"  # repeated number
    data = workbook(rows)
    with pytest.raises(RegisterImportError) as info:
        dip_from_xlsx(data, body=BODY, year=2024, adopted_on=ADOPTED)
    found = [(p.params["row"], p.params["column"], p.code) for p in info.value.problems]
    assert found == [
        (3, "Kategori", "unknown-category"),
        (4, "Tanggal Publikasi Terakhir", "bad-date"),
        (5, "Tanggal Publikasi Terakhir", "bad-date"),
        (6, "Waktu dan Tempat Pembuatan Informasi", "required"),
        (6, "Bentuk Informasi yang Tersedia", "required"),
        (6, "Jangka Waktu Penyimpanan/Retensi Arsip", "required"),
        (6, "Kategori", "required"),
        (7, "*", "cell-count"),
        (9, "*", "empty-row"),
        (10, "No", "duplicate-number"),
    ]
    assert "row 9: *" in info.value.message("en")


def test_csv_and_xlsx_share_the_row_reader() -> None:
    rows: list[list[Any]] = [list(r) for r in sheet(dip_to_xlsx(dip_2024()))]
    rows[2][7] = "Rahasia"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        ["" if c is None else c.date().isoformat() if isinstance(c, datetime) else c for c in r]
        for r in rows
    )
    text = out.getvalue()
    with pytest.raises(RegisterImportError) as from_xlsx:
        dip_from_xlsx(workbook(rows), body=BODY, year=2024, adopted_on=ADOPTED)
    with pytest.raises(RegisterImportError) as from_csv:
        dip_from_csv(text, body=BODY, year=2024, adopted_on=ADOPTED)
    assert from_xlsx.value.problems == from_csv.value.problems
    assert [p.path for p in from_csv.value.problems] == ["row 3: Kategori"]


def test_not_a_workbook_and_bad_header() -> None:
    with pytest.raises(RegisterImportError) as info:
        dip_from_xlsx(b"not a zip", body=BODY, year=2024, adopted_on=ADOPTED)
    assert info.value.problems[0].code == "not-a-workbook"
    with pytest.raises(RegisterImportError) as info:
        dip_from_xlsx(workbook([["a", "b"]]), body=BODY, year=2024, adopted_on=ADOPTED)
    assert info.value.problems[0].code == "bad-header"


def test_text_that_looks_like_a_formula_stays_text() -> None:
    dip = dip_2024()
    first = attrs.evolve(dip.entries[0], summary='=HYPERLINK("x")')
    odd = attrs.evolve(dip, entries=(first, *dip.entries[1:]))
    data = dip_to_xlsx(odd)
    assert b"<f>" not in data
    assert dip_from_xlsx(data, body=BODY, year=2024, adopted_on=dip.adopted_on) == odd


def test_control_characters_are_refused_by_name() -> None:
    dip = dip_2024()
    first = attrs.evolve(dip.entries[0], holder="Bagian\x07Organisasi")
    with pytest.raises(InvalidInputError) as info:
        dip_to_xlsx(attrs.evolve(dip, entries=(first, *dip.entries[1:])))
    assert info.value.params["field"] == "row 2: Pejabat/Unit yang Menguasai Informasi"


def test_missing_openpyxl_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    # openpyxl is the fallback of both engines (XlsxWriter writes, python-calamine reads):
    # without any of them, the XLSX functions name the extra.
    for engine in ("openpyxl", "xlsxwriter", "python_calamine"):
        monkeypatch.setitem(sys.modules, engine, None)
    with pytest.raises(MissingDependencyError) as info:
        dip_to_xlsx(dip_2024())
    assert info.value.params["extra"] == "xlsx"
    assert 'pip install "kiplib[xlsx]"' in info.value.message("en")
    with pytest.raises(MissingDependencyError):
        dik_from_xlsx(b"", body=BODY, as_of=date(2025, 3, 31))


def _published(dik: DikRegister) -> DikRegister:
    """What the table carries: no exits, no provisional mark."""
    return attrs.evolve(
        dik, exits=(), entries=tuple(attrs.evolve(e, provisional=False) for e in dik.entries)
    )


def test_dik_tables_read_back() -> None:
    for as_of in (date(2024, 3, 31), date(2025, 3, 31)):
        dik = build_dik(consequence_tests(), body=BODY, as_of=as_of)
        for lang in ("id", "en"):
            assert dik_from_csv(dik_to_csv(dik, lang), body=BODY, as_of=as_of) == _published(dik)
            data = dik_to_xlsx(dik, lang)
            assert sheet(data)[0] == tuple(gettext(h, lang) for h in DIK_COLUMNS)
            assert dik_from_xlsx(data, body=BODY, as_of=as_of) == _published(dik)


def test_broken_dik_rows() -> None:
    dik = build_dik(consequence_tests(), body=BODY, as_of=date(2025, 3, 31))
    rows: list[list[Any]] = [list(r) for r in sheet(dik_to_xlsx(dik))]
    rows.append(list(rows[1]))  # the same record twice, even when the first is broken
    rows[1][4] = "UU 14/2008 Pasal 99"
    rows[2][5] = "terbuka"
    rows[2][6] = None
    with pytest.raises(RegisterImportError) as info:
        dik_from_xlsx(workbook(rows), body=BODY, as_of=date(2025, 3, 31))
    found = [(p.params["row"], p.code) for p in info.value.problems]
    assert found == [
        (2, "unknown-ground"),
        (3, "required"),
        (3, "open-in-dik"),
        (4, "duplicate-number"),
    ]


@given(dip_registers(max_entries=5), st.sampled_from(("id", "en")))
def test_any_dip_survives_xlsx(dip: DipRegister, lang: str) -> None:
    data = dip_to_xlsx(dip, lang)
    back = dip_from_xlsx(
        data, body=dip.body, year=dip.year, adopted_on=dip.adopted_on, revision=dip.revision
    )
    assert back == dip


@given(dik_registers(max_records=3))
def test_any_dik_survives_xlsx(dik: DikRegister) -> None:
    expected = _published(dik)
    assert dik_from_xlsx(dik_to_xlsx(dik), body=dik.body, as_of=dik.as_of) == expected


def test_a_number_too_long_to_be_exact_is_refused_never_changed() -> None:
    """A NIP typed as a number (18 digits) has lost its last digits in the workbook's binary
    number: refused naming the row and the column, never read as another number."""
    good = sheet(dip_to_xlsx(dip_2024()))
    rows = [list(r) for r in good]
    rows[1][0] = 197804122005012003  # the entry's number, as a number cell
    with pytest.raises(RegisterImportError) as raised:
        dip_from_xlsx(workbook(rows), body=BODY, year=2024, adopted_on=ADOPTED)
    problems = raised.value.problems
    assert [p.code for p in problems] == ["inexact-number"]
    assert "row 2" in raised.value.message("en")
    rows[1][0] = 9007199254740991  # 2**53 - 1: exact, read as its digits
    back = dip_from_xlsx(workbook(rows), body=BODY, year=2024, adopted_on=ADOPTED)
    assert back.entries[0].number == "9007199254740991"
