"""The hook implementations; the data live in ``data.py``."""

from __future__ import annotations

from collections.abc import Sequence

from kiplib import hookimpl
from kiplib.plugins import PpidUnit, Regulation, Scope

from kiplib_template import __version__, data

__all__ = ["__version__"]


@hookimpl
def kiplib_scope() -> Scope:
    return data.SCOPE


@hookimpl
def kiplib_regulations() -> Sequence[Regulation]:
    return data.REGULATIONS


@hookimpl
def kiplib_ppid_units() -> Sequence[PpidUnit]:
    return data.PPID_UNITS
