"""The national days shipped with kiplib are what the installed ``holidays`` release gives,
and they are used only when they were made from it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiplib.calendar import _shipped, national
from kiplib.calendar.working import DEFAULT_FIRST, DEFAULT_LAST

FIRST, LAST = DEFAULT_FIRST.year, DEFAULT_LAST.year
ROOT = Path(__file__).resolve().parent.parent


def _from_holidays(first: int, last: int, monkeypatch: pytest.MonkeyPatch) -> object:
    """``national_days`` worked out from ``holidays`` itself, the shipped file not read."""
    national.national_days.cache_clear()
    with monkeypatch.context() as patched:
        patched.setattr(national, "rows_for", lambda *args: None)
        days = national.national_days(first, last)
    national.national_days.cache_clear()
    return days


def test_the_release_is_read_from_the_installed_metadata() -> None:
    import holidays

    assert _shipped.holidays_release() == getattr(holidays, "__version__", None)


def test_the_shipped_file_is_made_from_the_installed_release() -> None:
    """CI installs the release the file was made from; after an upgrade of ``holidays``
    this fails until ``python tools/national_days.py`` remakes the file."""
    release = _shipped.holidays_release()
    stored = json.loads(Path(_shipped.SHIPPED).read_text(encoding="utf-8"))
    if stored["key"]["holidays"] != release:
        pytest.skip(f"file made from holidays {stored['key']['holidays']}, installed {release}")
    assert _shipped.rows_for(FIRST, LAST, release) == national.holiday_rows(FIRST, LAST)
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "national_days.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_days_are_the_same_by_either_route(monkeypatch: pytest.MonkeyPatch) -> None:
    national.national_days.cache_clear()
    shipped = national.national_days(FIRST, LAST)
    assert shipped == _from_holidays(FIRST, LAST, monkeypatch)
    # Other years are never read from the file.
    assert _shipped.rows_for(2020, 2030, _shipped.holidays_release()) is None


def test_a_file_of_another_release_or_layout_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = _shipped.holidays_release()
    assert release is not None
    assert _shipped.rows_for(FIRST, LAST, None) is None
    assert _shipped.rows_for(FIRST, LAST, release + ".other") is None
    rows = national.holiday_rows(2024, 2024)
    good = tmp_path / "good.json"
    good.write_text(_shipped.document(2024, 2024, release, rows), encoding="utf-8")
    monkeypatch.setattr(_shipped, "SHIPPED", str(good))
    assert _shipped.rows_for(2024, 2024, release) == rows
    for text in (
        _shipped.document(2024, 2024, release, rows).replace('"format": 1', '"format": 0'),
        "{not json",
        '{"key": 1}',
    ):
        broken = tmp_path / "national_days.json"
        broken.write_text(text, encoding="utf-8")
        monkeypatch.setattr(_shipped, "SHIPPED", str(broken))
        assert _shipped.rows_for(2024, 2024, release) is None


def test_a_new_process_counts_without_importing_holidays() -> None:
    code = (
        "import sys\n"
        "from datetime import date\n"
        "import kiplib\n"
        "d = kiplib.deadline('notice', date(2024, 4, 5), rules=kiplib.RuleBook.national())\n"
        "print(d.due, 'holidays' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2024-04-29", "False"]
