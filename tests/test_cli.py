"""The ``kiplib`` command: real deadlines, both languages, one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kiplib.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_notice_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "deadline", "notice", "--received", "2024-04-05T09:00+07:00")
    assert status == 0
    assert err == ""
    assert out.startswith("Pemberitahuan tertulis: paling lambat Senin, 29 April 2024\n")
    assert "UU 14/2008 Pasal 22 ayat (7)" in out
    assert "Cuti Bersama Hari Raya Idul Fitri" in out


def test_english_and_other_step(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "deadline", "notice_extended", "--start", "2024-04-05", "--lang", "en"
    )
    assert status == 0
    assert "due by Monday, 13 May 2024" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "deadline", "objection", "--start", "2024-05-13", "--json")
    assert status == 0
    data = json.loads(out)
    assert (data["kind"], data["due"]) == ("deadline", "2024-06-28")


def test_body_options(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "deadline", "notice", "--start", "2024-04-04T23:30+07:00",
        "--timezone", "WITA", "--body", "Diskominfo Kota Makassar", "--lang", "en",
    )  # fmt: skip
    assert status == 0
    assert "due by Monday, 29 April 2024" in out
    assert "00:30 WITA" in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["deadline", "notice", "--start", "2024-04-05T09:00"], "zona waktu"),
        (["deadline", "notice", "--start", "5 April"], "tanggal ISO"),
        (["deadline", "notice", "--start", "2009-01-05"], "sebelum UU 14/2008"),
        (["deadline", "notice", "--start", "2024-04-05", "--timezone", "Mars"], "zona waktu"),
    ],
)
def test_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert fragment in err
    assert "Traceback" not in err


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["deadline", "appeal", "--start", "2024-04-05"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiplib", "deadline", "cassation", "--start", "2026-03-05"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Rabu, 25 Maret 2026" in done.stdout
