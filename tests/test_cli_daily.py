"""The command line for daily work: the working-day calendar, shell completion, and a version
that says which holiday data it counts with."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from datetime import date
from importlib import metadata

import pytest

import kiplib
from kiplib.cli import build_parser, main, version_text
from kiplib.service import views


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as usage:  # argparse's own errors: one line, status 2
        status = int(usage.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_a_day_off_says_why_and_which_decree(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "calendar", "day", "2025-03-31", "--lang", "en")
    assert status == 0
    assert out.splitlines()[0] == "Monday, 31 March 2025: not a working day"
    assert "SKB" in out  # the decree that set Idul Fitri 2025
    status, out, _ = run(capsys, "calendar", "day", "2025-04-08")
    assert out == "Selasa, 8 April 2025: hari kerja\n"


def test_a_years_days_off(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "calendar", "year", "2024", "--lang", "en")
    assert status == 0
    assert "Eid al-Fitr" in out and "weekend" not in out
    status, out, _ = run(capsys, "calendar", "year", "2024", "--weekends", "--json")
    cal = kiplib.national_calendar()
    assert json.loads(out) == views.days_off_view(cal, 2024, "id", weekends=True)
    # A year without its official list is marked provisional (D-5).
    status, out, _ = run(capsys, "calendar", "year", "2031", "--lang", "en")
    assert "provisional" in out.splitlines()[0]


def test_adding_and_counting_working_days(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "calendar", "add", "2024-04-05", "10", "--lang", "en")
    assert out == "Working day 10 after Friday, 5 April 2024: Monday, 29 April 2024\n"
    status, out, _ = run(capsys, "calendar", "between", "2024-04-05", "2024-04-29", "--json")
    assert status == 0 and json.loads(out)["working_days"] == 10
    # A body that counts cuti bersama as working days (a BUMN, D-4) gets its own calendar.
    status, out, _ = run(
        capsys,
        "calendar",
        "between",
        "2024-04-05",
        "2024-04-29",
        "--body-type",
        "state_enterprise",
        "--json",
    )
    assert status == 0 and json.loads(out)["working_days"] == 14


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["calendar", "day"], "values"),
        (["calendar", "day", "2024-02-30"], "2024-02-30"),
        (["calendar", "add", "2024-04-05", "sepuluh"], "sepuluh"),
        (["calendar", "add", "2024-04-05"], "2"),
        (["calendar", "year", "2300"], "2100"),
    ],
)
def test_bad_calendar_input_is_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and says in err


def test_version_names_the_holiday_data(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"kiplib {kiplib.__version__}\n")
    assert f"holidays {metadata.version('holidays')}" in out
    assert out == version_text() + "\n"
    years = sorted(kiplib.national_calendar().confirmed_years)
    assert f"{years[0]}-{years[-1]}" in out


def test_completion_knows_every_command_and_choice(capsys: pytest.CaptureFixture[str]) -> None:
    names = {
        name
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    for shell in ("bash", "zsh", "fish"):
        status, out, _ = run(capsys, "completion", shell)
        assert status == 0
        for name in names:
            assert name in out, (shell, name)
        assert "notice_extended" in out and "state_enterprise" in out
    status, out, _ = run(capsys, "completion", "bash")
    if shutil.which("bash"):
        checked = subprocess.run(["bash", "-n"], input=out, text=True, check=False)
        assert checked.returncode == 0


def test_the_calendar_counts_on_the_body_of_the_rule_book() -> None:
    """The command reads the installed rule book (the environment's plugins), as every
    command does; the computation itself gets it explicitly."""
    cal = kiplib.RuleBook.national().for_body(kiplib.PublicBody("Badan Publik")).calendar
    assert cal.add_working_days(date(2024, 4, 5), 10) == date(2024, 4, 29)
