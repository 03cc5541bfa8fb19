"""``kiplib register``: a DIP or DIK file validated, converted between CSV, XLSX, the JSON table
and the stored document without losing anything, and two years compared."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from kiplib import registers, serialization
from kiplib.cli import main
from kiplib.testing import example, example_text

DIP_TABLE = ["--year", "2025", "--adopted-on", "2025-02-27", "--body", "Badan Publik"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as usage:
        status = int(usage.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    path = tmp_path / "dip.json"
    path.write_text(example_text("dip_register"), encoding="utf-8")
    return path


def test_validate_a_stored_register(capsys: pytest.CaptureFixture[str], stored: Path) -> None:
    status, out, _ = run(capsys, "register", "validate", str(stored), "--lang", "en")
    assert status == 0
    assert out == "DIP Pemerintah Kabupaten Karanganyar: 20 rows, no problems\n"


def test_every_conversion_comes_back_as_it_went(
    capsys: pytest.CaptureFixture[str], stored: Path, tmp_path: Path
) -> None:
    dip = example("dip_register")
    for fmt in ("csv", "xlsx", "json"):
        target = tmp_path / f"dip.{fmt}"
        status, _, err = run(
            capsys, "register", "convert", str(stored), "--to", fmt, "-o", str(target)
        )
        assert status == 0, err
        back = tmp_path / "back.json"
        extra = DIP_TABLE if fmt != "json" else []
        status, _, err = run(
            capsys,
            "register",
            "convert",
            str(target),
            *extra,
            "--to",
            "stored",
            "-o",
            str(back),
            "--body",
            dip.body.name,
        )
        assert status == 0, err
        again = serialization.loads(back.read_text(encoding="utf-8"), registers.DipRegister)
        # A table does not hold the body's other settings nor the revision: those come from
        # the options; every entry comes back exactly.
        assert again.entries == dip.entries, fmt


def test_a_dip_with_problems_exits_1_and_names_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dip = example("dip_register")
    broken = attrs.evolve(dip, entries=(*dip.entries, dip.entries[0]))  # a number twice
    path = tmp_path / "broken.json"
    path.write_text(serialization.dumps(broken), encoding="utf-8")
    status, out, _ = run(capsys, "register", "validate", str(path), "--lang", "en")
    assert status == 1 and out
    status, out, _ = run(capsys, "register", "validate", str(path), "--json")
    view = json.loads(out)
    assert status == 1 and view["valid"] is False and view["problems"]


def test_a_bad_row_is_named_by_row_and_column(
    capsys: pytest.CaptureFixture[str], stored: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "dip.csv"
    run(capsys, "register", "convert", str(stored), "--to", "csv", "-o", str(csv))
    csv.write_text(csv.read_text("utf-8").replace("Berkala", "Rahasia", 1), encoding="utf-8")
    status, out, err = run(capsys, "register", "validate", str(csv), *DIP_TABLE, "--lang", "en")
    assert (status, out) == (3, "")
    assert "row 2" in err and "Kategori" in err and err.count("\n") == 1


def test_diff_says_what_changed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dip = example("dip_register")
    later = attrs.evolve(dip, year=2026, entries=dip.entries[1:])
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(serialization.dumps(dip), encoding="utf-8")
    b.write_text(serialization.dumps(later), encoding="utf-8")
    status, out, _ = run(capsys, "register", "diff", str(a), str(b), "--lang", "en")
    assert status == 0 and dip.entries[0].summary in out
    status, out, _ = run(capsys, "register", "diff", str(a), str(a), "--lang", "en")
    assert out == (
        "No information added, removed or reclassified (entries are matched by their summary).\n"
    )
    status, out, _ = run(capsys, "register", "diff", str(a), str(b), "--json")
    assert [c["change"] for c in json.loads(out)] == ["removed"]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["register", "validate", "dip.txt"], "--from"),
        (["register", "validate", "dip.csv"], "--year"),
        (["register", "convert", "dip.json"], "--to"),
        (["register", "diff", "dip.json"], "two files"),
        (["register", "validate", "dik.csv", "--kind", "dik"], "--as-of"),
    ],
)
def test_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
    stored: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dip.txt").write_text("x", encoding="utf-8")
    (tmp_path / "dip.csv").write_text("No\n", encoding="utf-8")
    (tmp_path / "dik.csv").write_text("No\n", encoding="utf-8")
    status, out, err = run(capsys, *argv, "--lang", "en")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and says in err
