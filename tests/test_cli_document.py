"""``kiplib document KIND RECORD.json``."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiplib import plugins
from kiplib.cli import main

GOLDEN = Path(__file__).parent / "golden" / "v1"


@pytest.fixture(autouse=True)
def national_only() -> object:
    # The command takes the style of the record's body from the plugins: use none here.
    with plugins.using_plugins() as loaded:
        yield loaded


@pytest.mark.parametrize(
    ("kind", "record", "extra", "expected"),
    [
        ("surat-penetapan", "consequence_test", [], "PP 61/2010 Pasal 4 ayat (2) huruf f"),
        ("berita-acara", "consequence_test", ["--number", "BA/7"], "BA/7"),
        ("dip", "dip_register_2024", ["--place", "Karanganyar"], "Karanganyar, 29 Februari 2024"),
        ("dik", "dik_register_2025", [], "460/07/DINSOS/2025"),
        ("laporan-tahunan", "body_records", ["--year", "2024"], "UU 14/2008 Pasal 12 huruf d"),
    ],
)
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_document_command(
    capsys: pytest.CaptureFixture[str],
    kind: str,
    record: str,
    extra: list[str],
    expected: str,
    fmt: str,
) -> None:
    path = str(GOLDEN / f"{record}.json")
    assert main(["document", kind, path, "--format", fmt, *extra]) == 0
    out = capsys.readouterr().out
    assert expected in out
    assert out.startswith("<!DOCTYPE html>") == (fmt == "html")


def test_document_command_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(GOLDEN / "consequence_test.json")
    assert main(["document", "surat-penetapan", path, "--lang", "en", "--format", "markdown"]) == 0
    assert "Exemption period" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["laporan-tahunan", "body_records"], "--year"),
        (["dik", "consequence_test"], "dik_register"),
        (["surat-penetapan", "consequence_test", "--number", "9"], "--number"),
    ],
)
def test_document_command_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    kind, record, *rest = argv
    assert main(["document", kind, str(GOLDEN / f"{record}.json"), *rest]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kiplib: ") and message in err


# ----------------------------------------------------------------------------- records to refuse
def _incomplete(tmp_path: Path) -> str:
    """The golden record without its harm analysis and participants: ``kiplib exemption``
    rejects it."""
    stored = json.loads((GOLDEN / "consequence_test.json").read_text("utf-8"))
    stored["harm_analysis"] = ""
    stored["signatories"] = []
    path = tmp_path / "incomplete.json"
    path.write_text(json.dumps(stored), "utf-8")
    return str(path)


@pytest.mark.parametrize("kind", ["surat-penetapan", "berita-acara"])
def test_a_record_kiplib_exemption_rejects_is_not_rendered(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    path = _incomplete(tmp_path)
    assert main(["exemption", path, "--as-of", "2024-06-01"]) == 1
    capsys.readouterr()
    # Exit 3: a record that breaks the law's rules (kiplib.service.problems.OUTCOMES).
    assert main(["document", kind, path, "--format", "markdown"]) == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("kiplib: ") and "harm_analysis" in err and "signatories" in err
    assert "konsep (draft)" in err
    assert main(["document", kind, path, "--format", "markdown", "--draft"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("**KONSEP — bukan dokumen untuk ditandatangani**")
    assert "KONSEP: rekaman memiliki 2 masalah" in out


# ----------------------------------------------------------------------------- place, date, file
@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (["surat-penetapan", "consequence_test", "--place", "Solo"], "--place"),
        (["berita-acara", "consequence_test", "--place", "Solo"], "--place"),
        (["surat-penetapan", "consequence_test", "--signed-on", "2024-03-20"], "--signed-on"),
        (["dip", "dip_register_2024", "--signed-on", "2024-03-01"], "--signed-on"),
        (["dik", "dik_register_2025", "--signed-on", "2025-03-30"], "signed_on"),
        (["dik", "dik_register_2025", "--signed-on", "2025-04-02T09:00+07:00"], "--signed-on"),
        (["laporan-tahunan", "body_records", "--year", "2024", "--signed-on", "2024-12-31"], ""),
    ],
)
def test_place_and_date_only_where_the_record_does_not_give_them(
    capsys: pytest.CaptureFixture[str], argv: list[str], flag: str
) -> None:
    kind, record, *rest = argv
    assert main(["document", kind, str(GOLDEN / f"{record}.json"), *rest]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kiplib: ") and flag in err


def test_the_annual_report_is_placed_and_dated(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(GOLDEN / "body_records.json")
    argv = ["document", "laporan-tahunan", path, "--year", "2024", "--format", "markdown"]
    assert main([*argv, "--place", "Karanganyar", "--signed-on", "2025-03-20"]) == 0
    out = capsys.readouterr().out
    assert "Karanganyar, 20 Maret 2025" in out
    assert "| Yang melaporkan, | PPID Pemerintah Kabupaten Karanganyar | (nama terang) |" in out
    assert "<!-- Dasar hukum: UU 14/2008 Pasal 12; Perki 1/2021 Pasal 56;" in out


def test_the_annual_report_of_the_running_year_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without --signed-on the report is signed today (the body's zone): this year has not
    ended, so its report is refused, unless as a draft; last year's is signed today."""
    today = datetime.now(ZoneInfo("Asia/Jakarta")).date()
    path = str(GOLDEN / "body_records.json")
    argv = ["document", "laporan-tahunan", path, "--format", "markdown"]
    assert main([*argv, "--year", str(today.year)]) == 2
    assert "signed_on" in capsys.readouterr().err
    assert main([*argv, "--year", str(today.year), "--draft"]) == 0
    assert "baru dapat ditandatangani sesudah tahun itu berakhir" in capsys.readouterr().out
    assert main([*argv, "--year", str(today.year - 1)]) == 0
    out = capsys.readouterr().out
    assert f"{today.day} " in out and str(today.year) in out and "KONSEP" not in out


def test_output_to_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "dik.html"
    path = str(GOLDEN / "dik_register_2025.json")
    argv = ["document", "dik", path, "--output", str(target), "--signed-on", "2025-04-02"]
    assert main(argv) == 0
    assert capsys.readouterr().out == ""
    page = target.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "2 April 2025" in page
    assert main(["document", "dik", path, "--output", str(tmp_path / "no" / "dik.html")]) == 2
    err = capsys.readouterr().err
    assert "--output" in err and "tidak dapat ditulis" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "tidak dapat dibaca"), (b"\xff\xfe{}", "bukan teks UTF-8")],
)
def test_an_unreadable_record_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "record.json"
    if content is not None:
        path.write_bytes(content)
    assert main(["document", "dip", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kiplib: record: ") and message in err


def test_any_text_is_written_as_utf8(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    stored = json.loads((GOLDEN / "consequence_test.json").read_text("utf-8"))
    stored["information"] = "tanda \ud800 dan \x00 — baris\r\nbaru"
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(stored), "utf-8")  # JSON escapes the lone surrogate
    assert main(["document", "surat-penetapan", str(path), "--format", "markdown"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "tanda \ufffd dan \ufffd — baris<br>baru" in out
