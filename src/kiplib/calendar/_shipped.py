"""The national days of 2010–2100 as a ``holidays`` release gives them, worked out ahead and
shipped with kiplib (``national_days.json``), so that a new process counts its first deadline
without importing ``holidays`` and asking it for 91 years.

The file is only a faster route to the same values: it is used when it was made from the
``holidays`` release installed here (and for the years asked), else the days are worked out
from ``holidays`` as before. The decrees behind each day (:mod:`kiplib.law.holidays`) are not in
the file; they are looked up when the days are made, so the file never decides a citation.
Nothing is written at run time; ``python tools/national_days.py`` remakes the file from the
installed release (and ``tests/test_calendar_shipped.py`` checks it against that release).

Each row is ``[ISO date, kind, name, English name or null, estimated]``, in the order
:func:`kiplib.calendar.national.national_days` gives them.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from typing import Any, Final

__all__ = ["FORMAT", "SHIPPED", "holidays_release", "rows_for"]

#: The shipped file, next to this module.
SHIPPED: Final = os.path.join(os.path.dirname(__file__), "national_days.json")
#: The layout of the file; a file of another layout is not read.
FORMAT: Final = 1

#: ``(ISO date, DayKind value, name, English name, estimated)``.
Row = tuple[str, str, str, str | None, bool]


@functools.cache
def holidays_release() -> str | None:
    """The version of the installed ``holidays`` distribution, read from its metadata folder
    name (``holidays-0.109.dist-info``) without importing it or :mod:`importlib.metadata`;
    ``None`` when it cannot be told that way (then the days are worked out from the package).
    Looked up once per process."""
    found: set[str] = set()
    for entry in sys.path:
        if not entry or not os.path.isdir(os.path.join(entry, "holidays")):
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        for name in names:
            if name.startswith("holidays-") and name.endswith(".dist-info"):
                found.add(name[len("holidays-") : -len(".dist-info")])
        break  # the first folder with the package is the one Python imports
    return found.pop() if len(found) == 1 else None


def rows_for(first_year: int, last_year: int, release: str | None) -> tuple[Row, ...] | None:
    """The shipped rows for the years, when the file was made from ``release`` for exactly
    these years in this layout; ``None`` otherwise (or when the file is missing or broken)."""
    if release is None:
        return None
    try:
        with open(SHIPPED, encoding="utf-8") as f:
            data: Any = json.load(f)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key(first_year, last_year, release):
        return None
    rows = data.get("days")
    if not isinstance(rows, list):
        return None
    return tuple((r[0], r[1], r[2], r[3], r[4]) for r in rows)


def key(first_year: int, last_year: int, release: str) -> dict[str, Any]:
    """What a shipped file must have been made from to be used."""
    return {"format": FORMAT, "holidays": release, "years": [first_year, last_year]}


def document(first_year: int, last_year: int, release: str, rows: tuple[Row, ...]) -> str:
    """The file's text for ``rows`` (what ``tools/national_days.py`` writes)."""
    body = ",\n".join(json.dumps(list(r), ensure_ascii=False) for r in rows)
    head = json.dumps(key(first_year, last_year, release))
    return f'{{"key": {head},\n"days": [\n{body}\n]}}\n'
