"""The module paths of kiplib before its layers had folders, kept importable for a while.

Code that imported a module directly (``from kiplib._consequence import check``) still runs:
the old path resolves to the module or package that now holds those names (``kiplib``
itself for a module whose names went to several sub-packages: it finds each on first use),
with a ``DeprecationWarning`` naming the new place. The public names themselves never moved: they
are in :mod:`kiplib` and its sub-packages.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import warnings
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Final

__all__ = ["MOVED", "install"]

#: Old module path -> where its names are now.
MOVED: Final = {
    "kiplib._body": "kiplib.law.bodies",
    "kiplib._law": "kiplib.law",
    "kiplib._law.citation": "kiplib.law.citation",
    "kiplib._law.conventions": "kiplib.law.conventions",
    "kiplib._law.steps": "kiplib.law.steps",
    "kiplib._law.grounds": "kiplib.law",
    "kiplib._law.categories": "kiplib.law.categories",
    "kiplib._calendar": "kiplib.calendar",
    "kiplib._national": "kiplib.calendar",
    "kiplib._local": "kiplib.plugins.sdk",
    "kiplib._document_style": "kiplib.rulebook.styles",
    "kiplib._jurisdiction": "kiplib.rulebook",
    "kiplib._deadlines": "kiplib.deadlines",
    "kiplib._events": "kiplib",
    "kiplib._lifecycle": "kiplib",
    "kiplib._classification": "kiplib",
    "kiplib._consequence": "kiplib",
    "kiplib._exemption": "kiplib",
    "kiplib._registers": "kiplib",
    "kiplib._register_io": "kiplib",
    "kiplib._duties": "kiplib",
    "kiplib._builtin": "kiplib.plugins",
    "kiplib._builtin.national": "kiplib.plugins.builtin",
}


# The finder and the loader follow the import protocol without subclassing the ABCs of
# importlib.abc at run time (importing that module costs a new process several milliseconds).
if TYPE_CHECKING:
    from importlib.abc import Loader as _Loader
else:
    _Loader = object


class _Alias(_Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        warnings.warn(
            f"{spec.name} moved: import from {self.target}",
            DeprecationWarning,
            stacklevel=2,
        )
        return importlib.import_module(self.target)

    def exec_module(self, module: ModuleType) -> None:
        return None


class _Finder:
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        if new is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _Alias(new))


def install() -> None:
    """Put the finder on ``sys.meta_path`` (once)."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        # First: an old path below an old package (``kiplib._law.steps``) would otherwise be
        # found again, as a second copy, in the folder of the package it now names.
        sys.meta_path.insert(0, _Finder())
