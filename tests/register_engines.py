"""Choosing the XLSX engine in a test: kiplib takes the first engine it can import, so hiding
the others from ``sys.modules`` makes it take the one under test (or its fallback)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

ENGINES = ("python_calamine", "xlsxwriter", "openpyxl")
#: (reader, writer) pairs kiplib can run with: the Rust reader and XlsxWriter, or openpyxl.
READERS = ("python_calamine", "openpyxl")
WRITERS = ("xlsxwriter", "openpyxl")


@contextmanager
def only(*engines: str) -> Iterator[None]:
    """Within the block, the XLSX engines other than ``engines`` cannot be imported."""
    hidden = dict.fromkeys((e for e in ENGINES if e not in engines), None)
    with mock.patch.dict(sys.modules, hidden):
        yield
