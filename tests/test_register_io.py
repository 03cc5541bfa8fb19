"""The published tables: DIP/DIK to CSV and JSON, and a DIP read back from CSV with bad rows."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from district import BODY, consequence_tests, dip_2024, dip_2025
from kiplib.errors import RegisterImportError
from kiplib.registers import (
    DIK_COLUMNS,
    DIP_COLUMNS,
    build_dik,
    dik_to_csv,
    dip_from_csv,
    dip_to_csv,
    dip_to_json,
)


def test_dip_csv_round_trip_loses_nothing() -> None:
    for dip in (dip_2024(), dip_2025()):
        text = dip_to_csv(dip)
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == list(DIP_COLUMNS)
        assert len(rows) == len(dip.entries) + 1
        back = dip_from_csv(text, body=BODY, year=dip.year, adopted_on=dip.adopted_on)
        assert back == dip


def test_english_headers_read_back_too() -> None:
    dip = dip_2024()
    text = dip_to_csv(dip, lang="en")
    assert text.startswith("No,Summary of the information,")
    assert dip_from_csv(text, body=BODY, year=2024, adopted_on=dip.adopted_on) == dip


def test_published_row_layout() -> None:
    rows = list(csv.reader(io.StringIO(dip_to_csv(dip_2024()))))
    assert rows[4] == [
        "004",
        "Laporan realisasi anggaran semester II 2023",
        "BPKPAD",
        "Kepala BPKPAD",
        "Karanganyar",
        "Softcopy dan Hardcopy",
        "10 tahun",
        "Berkala",
        "UU 14/2008 Pasal 9 ayat (2) huruf c",
        "2023-08-28",
        "",
    ]


def test_dip_json_table() -> None:
    doc = json.loads(dip_to_json(dip_2024()))
    assert doc["year"] == 2024 and doc["legal_basis"] == "UU 14/2008 Pasal 11 ayat (1) huruf a"
    assert len(doc["entries"]) == 20
    assert doc["entries"][7]["Kategori"] == "Serta Merta"


def test_dik_csv() -> None:
    dik = build_dik(consequence_tests(), body=BODY, as_of=date(2025, 3, 31))
    rows = list(csv.reader(io.StringIO(dik_to_csv(dik, lang="en"))))
    assert len(rows[0]) == len(DIK_COLUMNS)
    assert rows[1][0] == "800/112/DKK/2024"
    assert rows[1][4] == "UU 14/2008 Pasal 17 huruf h angka 2"
    assert rows[1][7:9] == ["2029-03-15", "2029-01-29"]
    assert [r[0] for r in rows[1:]] == ["800/112/DKK/2024", "460/07/DINSOS/2025"]


def test_import_with_broken_rows_names_row_and_column() -> None:
    rows = list(csv.reader(io.StringIO(dip_to_csv(dip_2024()))))
    rows[2][7] = "Rahasia"  # unknown category
    rows[3][5] = "Mikrofilm"  # unknown form
    rows[4][9] = "28/08/2023"  # not ISO
    rows[5][2] = ""  # holder missing
    rows[6] = rows[6][:5]  # cells missing
    rows[7][7] = "Dikecualikan"  # exempt in the DIP
    rows[8][0] = "001"  # repeated number
    rows[9][8] = "UU 14/2008 Pasal 99"  # not an article that lists information
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    with pytest.raises(RegisterImportError) as info:
        dip_from_csv(out.getvalue(), body=BODY, year=2024, adopted_on=date(2024, 2, 29))
    found = [(p.params["row"], p.params["column"], p.code) for p in info.value.problems]
    assert found == [
        (3, "Kategori", "unknown-category"),
        (4, "Bentuk Informasi yang Tersedia", "unknown-form"),
        (5, "Tanggal Publikasi Terakhir", "bad-date"),
        (6, "Pejabat/Unit yang Menguasai Informasi", "required"),
        (7, "*", "cell-count"),
        (8, "Kategori", "exempt-in-dip"),
        (9, "No", "duplicate-number"),
        (10, "Dasar Hukum", "unknown-citation"),
    ]
    assert "row 3: Kategori" in info.value.message("en")


def test_wrong_header_is_refused() -> None:
    with pytest.raises(RegisterImportError) as info:
        dip_from_csv("a,b\n1,2\n", body=BODY, year=2024, adopted_on=date(2024, 2, 29))
    assert info.value.problems[0].code == "bad-header"
    with pytest.raises(RegisterImportError):
        dip_from_csv("", body=BODY, year=2024, adopted_on=date(2024, 2, 29))
