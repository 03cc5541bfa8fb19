"""The command line answers every bad input with one clear line and a documented exit code —
never a traceback: missing files, folders, bytes that are not UTF-8, JSON nested without
end, names that cannot be printed, years past the calendar, errors kiplib did not expect."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiplib.cli import main


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "folder").mkdir()
    (tmp_path / "latin1.json").write_bytes(b'{"nama": "Dinas \xe9"}')
    (tmp_path / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (tmp_path / "half.json").write_text('{"kind": "request", ', encoding="utf-8")
    return tmp_path


CASES = [
    (["timeline", "{d}/missing.json"], "No such file"),
    (["timeline", "{d}/folder"], "directory"),
    (["timeline", "{d}/latin1.json"], "UTF-8"),
    (["timeline", "{d}/deep.json"], "48"),
    (["timeline", "{d}/half.json"], "JSON"),
    (["classify", "{d}/folder", "--as-of", "2024-05-01"], "directory"),
    (["exemption", "{d}/latin1.json", "--as-of", "2024-05-01"], "UTF-8"),
    (["duties", "{d}/deep.json", "--as-of", "2024-05-01"], "48"),
    (["document", "dip", "{d}/missing.json"], "No such file"),
    (["deadline", "notice", "--start", "2024-13-01"], "2024-13-01"),
    (["deadline", "notice", "--start", "9999-12-31T23:00-12:00"], "9999-12-31"),
    (["deadline", "notice", "--start", "2024-04-05", "--timezone", "A" * 300], "timezone"),
]


@pytest.mark.parametrize(("argv", "says"), CASES)
def test_bad_input_is_one_line_and_exit_2(files: Path, argv: list[str], says: str) -> None:
    code, out, err = run([a.format(d=files) for a in argv] + ["--lang", "en"])
    assert (code, out) == (2, "")
    assert err.startswith("kiplib: ") and err.count("\n") == 1, err
    assert says in err
    assert "Traceback" not in err


def test_standard_input_that_is_not_utf8_is_named() -> None:
    code, _, err = run(["timeline", "-", "--lang", "en"], stdin=b"\xff\xfe{}")
    assert code == 2 and "not UTF-8" in err


def test_a_name_that_cannot_be_printed_is_escaped() -> None:
    """A byte that is not UTF-8 in an argument reaches Python as a lone surrogate; printing it
    must not stop the command."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiplib",
            "timeline",
            "--received",
            "2024-04-05T09:00+07:00",
            "--as-of",
            "2024-04-10",
            "--body",
            os.fsdecode(b"Dinas \xff"),
        ],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "KIPLIB_NO_PLUGINS": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"Dinas \\udcff" in done.stdout


def test_an_error_kiplib_did_not_expect_is_one_line_and_exit_70(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kiplib.cli.deadline as deadline

    def broken(_args: object) -> int:
        raise RuntimeError("private data of another caller")

    monkeypatch.setattr(deadline, "run", broken)
    code, out, err = run(["deadline", "notice", "--start", "2024-04-05", "--lang", "en"])
    assert (code, out) == (70, "")
    assert err.startswith("kiplib: ") and err.count("\n") == 1
    assert "private data" not in err and "report" in err
    monkeypatch.setenv("KIPLIB_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run(["deadline", "notice", "--start", "2024-04-05"])


def test_a_lone_surrogate_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    """JSON's ``\\ud800`` (or a byte of a name that is not UTF-8) cannot be written as
    UTF-8: the command names the output and shows the text around it (exit 2, not 70)."""
    from kiplib import serialization
    from kiplib.testing import example

    stored = serialization.dumps(example("dip_register")).replace(
        '"summary": "', '"summary": "\\ud800', 1
    )
    source = tmp_path / "dip.json"
    source.write_text(stored, encoding="utf-8")
    code, _, err = run(
        ["register", "convert", str(source), "--to", "stored", "--lang", "en",
         "--output", str(tmp_path / "out.json")]
    )  # fmt: skip
    assert code == 2 and "--output" in err and "surrogate" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_standard_output_that_cannot_be_written_is_named() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "kiplib", "calendar", "year", "2024", "--lang", "en"],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "KIPLIB_NO_PLUGINS": "1"},
            check=False,
        )
    assert done.returncode == 2, done.stderr
    assert b"--output" in done.stderr and b"Traceback" not in done.stderr
