"""``kiplib classify`` and ``kiplib exemption``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kiplib.cli import main

GOLDEN = Path(__file__).parent / "golden" / "v1"


def test_exemption_valid_record(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(GOLDEN / "consequence_test.json")
    assert main(["exemption", path, "--as-of", "2028-12-01", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "valid" in out and "Monday, 29 January 2029" in out
    assert main(["exemption", path, "--as-of", "2028-12-01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] and data["status"]["declaration_due"] == "2029-01-29"


def test_exemption_invalid_record_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads((GOLDEN / "consequence_test.json").read_text("utf-8"))
    data["harm_analysis"] = ""
    data["signatories"] = []
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(data)))
    assert main(["exemption", "-", "--as-of", "2028-12-01", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "harm_analysis" in out and "signatories" in out


def test_classify(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(GOLDEN / "information_item.json")
    assert main(["classify", path, "--as-of", "2024-03-01", "--lang", "en"]) == 0
    assert "Pasal 19" in capsys.readouterr().out
    assert main(["classify", path, "--as-of", "2024-03-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "classification"
    assert main(["classify", path, "--as-of", "2024-03-01T10:00+07:00"]) == 2
    assert "--as-of" in capsys.readouterr().err
