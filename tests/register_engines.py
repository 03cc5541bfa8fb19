"""Choosing the XLSX engine in a test: kiplib takes the first engine it can import, so hiding
the others from ``sys.modules`` makes it take the one under test (or its fallback)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

ENGINES = ("python_calamine", "xlsxwriter", "openpyxl")
#: (reader, writer) pairs kiplib can run with: the Rust reader and XlsxWriter, or openpyxl.
READERS = ("python_calamine", "openpyxl")
WRITERS = ("xlsxwriter", "openpyxl")


@contextmanager
def only(*engines: str) -> Iterator[None]:
    """Within the block, the XLSX engines other than ``engines`` cannot be imported.

    Only their own entries of ``sys.modules`` are touched (restoring the whole of it would
    drop the modules imported inside the block, and import them anew afterwards).
    """
    saved: dict[str, ModuleType | None] = {}
    for name in ENGINES:
        if name not in engines:
            saved[name] = sys.modules.get(name)
            sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name, module in saved.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module
