"""Sphinx configuration of kiplib's documentation site (``python3 -m nox -s docs_site``).

The pages are Markdown (MyST) in the Diátaxis folders; the API reference is generated from the
docstrings (autodoc, Google style through napoleon) by the local extension ``kiplib_api``. The
build needs no network: no intersphinx, and standard-library and third-party types in
signatures are listed in ``nitpick_ignore_regex`` instead of being linked.
"""

from __future__ import annotations

import sys
from pathlib import Path

import kiplib

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "kiplib"
author = "kiplib developers"
copyright = "2026, kiplib developers"
release = kiplib.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "kiplib_api",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext"]
language = "en"

# Markdown: ``#`` anchors for headings (the stored-formats pages link to their sections).
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

# The public faces of kiplib, in the order that picks the home of an object defined in none
# of them (the reference documents each object once, see docs/_ext/kiplib_api.py).
kiplib_api_faces = [
    "kiplib.law",
    "kiplib.calendar",
    "kiplib.rulebook",
    "kiplib.deadlines",
    "kiplib.requests",
    "kiplib.exemption",
    "kiplib.registers",
    "kiplib.duties",
    "kiplib.documents",
    "kiplib.plugins.sdk",
    "kiplib.plugins",
    "kiplib.hookspecs",
    "kiplib.errors",
    "kiplib.serialization",
    "kiplib.batch",
    "kiplib.ical",
    "kiplib.testing",
    "kiplib.testing.strategies",
    "kiplib.testing.plugins",
    "kiplib.testing.pytest_plugin",
    "kiplib.cli",
    "kiplib.i18n",
    "kiplib",
]

autodoc_member_order = "groupwise"
autodoc_typehints = "signature"
autodoc_default_options = {"no-value": True}
autodoc_class_signature = "mixed"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# "Attributes:" of a class as a field list: autodoc documents each attribute itself.
napoleon_use_ivar = True

nitpicky = True
# Types of the standard library and of other packages (no intersphinx: the build is offline).
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|collections\.abc|typing|types|enum|pathlib|decimal|contextlib)\..*"),
    (r"py:.*", r"(attrs|attr|cattrs|pluggy|hypothesis|numpy|npt|jinja2|pytest|_pytest)\..*"),
    (r"py:.*", r"(dateutil|holidays|icalendar|openpyxl|zoneinfo|np|st)\..*"),
    (r"py:.*", r"(litestar|msgspec|uvicorn)\..*"),
    # Type variables of generic signatures.
    (r"py:class", r"kiplib\.[\w.]+\.T"),
]

html_theme = "furo"
html_title = f"kiplib {release}"
html_static_path: list[str] = []
