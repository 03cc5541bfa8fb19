"""``kiplib document KIND RECORD.json``."""

from __future__ import annotations

from pathlib import Path

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
