"""Remake ``src/kiplib/calendar/national_days.json`` from the installed ``holidays`` release.

    python tools/national_days.py          # write the file
    python tools/national_days.py check    # exit 1 when the file is not what this release gives

The file lets a new process count without importing ``holidays``; it is used only when it
was made from the installed release (see ``kiplib.calendar._shipped``). Remake it after
upgrading ``holidays``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiplib.calendar import _shipped
from kiplib.calendar.national import holiday_rows, holidays_version
from kiplib.calendar.working import DEFAULT_FIRST, DEFAULT_LAST


def render() -> str:
    """The file's text for the installed release."""
    first, last = DEFAULT_FIRST.year, DEFAULT_LAST.year
    return _shipped.document(first, last, holidays_version(), holiday_rows(first, last))


def main(argv: list[str]) -> int:
    path = Path(_shipped.SHIPPED)
    text = render()
    if argv[1:] == ["check"]:
        if path.read_text(encoding="utf-8") != text:
            sys.stderr.write(f"{path} is not current: python tools/national_days.py\n")
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {path} (holidays {holidays_version()})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
