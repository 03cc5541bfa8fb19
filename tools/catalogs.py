"""Maintain kiplib's gettext catalog with Babel (Bahasa Indonesia is the source language).

    python tools/catalogs.py check    # exit 1: a message lacks its English text (every plural
                                      # form too), the .po keeps a message nobody uses, or the
                                      # .mo is not the compiled .po
    python tools/catalogs.py update   # extract, merge into the .po (new messages empty,
                                      # unused ones dropped), compile
    python tools/catalogs.py compile  # compile the .po into the .mo

Messages are found by Babel's Python extractor and these markers: ``N_("…")``, ``_("…")``,
``gettext("…", lang)`` and, for a message whose English form depends on a number,
``NP_("… {count} …", "… {count} …")`` (the plural is written with ``msgid_plural`` and both
English forms, ``msgstr[0]`` for one and ``msgstr[1]`` for more). Babel is a tool of the
developers (the ``dev`` extra); kiplib itself reads the compiled ``.mo`` with the standard
library's ``gettext``. A marked message inside an f-string is reported: Babel's extractor
does not see it on every supported Python.
"""

from __future__ import annotations

import ast
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "kiplib"
PO = SOURCE / "locale" / "en" / "LC_MESSAGES" / "kiplib.po"
MO = PO.with_suffix(".mo")
#: The markers and which arguments are the message (and its plural).
KEYWORDS = {"N_": None, "_": None, "gettext": (1,), "NP_": (1, 2)}


def extract() -> Catalog:
    """Every marked message of the sources, with the places it stands (a template)."""
    template = Catalog(project="kiplib", locale=None, fuzzy=False)
    found: Iterator[tuple[str, int, str | tuple[str, ...], list[str], str | None]] = (
        extract_from_dir(
            str(SOURCE),
            method_map=[("**.py", "python")],
            keywords=KEYWORDS,
            comment_tags=(),
        )
    )
    for filename, lineno, message, _comments, context in found:
        location = (f"src/kiplib/{filename}", lineno)
        template.add(message, locations=[location], context=context)
    return template


def hidden_in_fstrings() -> list[str]:
    """Marked messages written inside an f-string: Babel's extractor does not see them on
    every Python kiplib supports, so they would go untranslated. Mark them outside."""
    out = []
    for file in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                    first = inner.args[0] if inner.args else None
                    if (
                        name in KEYWORDS
                        and isinstance(first, ast.Constant)
                        and isinstance(first.value, str)
                    ):
                        where = f"{file.relative_to(ROOT)}:{inner.lineno}"
                        out.append(
                            f"message {first.value!r} is marked inside an f-string ({where})"
                        )
    return out


def read() -> Catalog:
    with PO.open("rb") as handle:
        return read_po(handle, locale="en", domain="kiplib")


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(
        out, catalog, width=100, sort_output=True, ignore_obsolete=True, include_previous=False
    )
    return out.getvalue()


def _missing(message: object) -> bool:
    strings = message.string  # type: ignore[attr-defined]
    if isinstance(strings, tuple | list):
        return not all(strings)
    return not strings


def problems() -> list[str]:
    """What is wrong with the catalog (empty when all is well)."""
    template = extract()
    catalog = read()
    out: list[str] = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        where = ", ".join(f"{f}:{n}" for f, n in message.locations[:2])
        if found is None or _missing(found):
            out.append(f"no English text for {message.id!r} ({where})")
        elif found.fuzzy:
            out.append(f"English text of {message.id!r} is marked fuzzy: review it ({where})")
        elif message.pluralizable != found.pluralizable:
            out.append(f"plural forms of {message.id!r} do not match the source ({where})")
    out += hidden_in_fstrings()
    used = {(m.id, m.context) for m in template}
    for message in catalog:
        if message.id and (message.id, message.context) not in used:
            out.append(f"unused message in the .po: {message.id!r}")
    if not MO.exists() or MO.read_bytes() != _mo_bytes(catalog):
        out.append(f"{MO.relative_to(ROOT)} is stale: run python tools/catalogs.py compile")
    return out


def update() -> None:
    """Merge the sources into the .po (new messages empty, unused ones dropped), compile."""
    template = extract()
    catalog = read() if PO.exists() else Catalog(locale="en", domain="kiplib", project="kiplib")
    before = {m.id for m in catalog if m.id}
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    added = [m.id for m in catalog if m.id and m.id not in before]
    PO.parent.mkdir(parents=True, exist_ok=True)
    PO.write_bytes(_po_bytes(catalog))
    MO.write_bytes(_mo_bytes(read()))
    if added:
        print(f"added {len(added)} message(s) to {PO.relative_to(ROOT)}; translate them")


def compile_catalog() -> None:
    MO.write_bytes(_mo_bytes(read()))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    if command == "update":
        update()
        return 0
    if command == "compile":
        compile_catalog()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
