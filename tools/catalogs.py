"""Maintain kiplib's gettext catalogs (Bahasa Indonesia is the source language).

    python tools/catalogs.py check    # exit 1: a message lacks its English text, or stale .mo
    python tools/catalogs.py update   # add new messages to the .po (empty msgstr), compile
    python tools/catalogs.py compile  # compile the .po into the .mo

Messages are found in the source by their markers: ``N_("…")``, ``_("…")`` and
``gettext("…", lang)`` with a literal first argument. Pure standard library, so the check runs
in the test suite on any machine.
"""

from __future__ import annotations

import ast
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "src" / "kiplib"]
PO = ROOT / "src" / "kiplib" / "locale" / "en" / "LC_MESSAGES" / "kiplib.po"
MO = PO.with_suffix(".mo")
MARKERS = {"N_", "_", "gettext"}

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: kiplib\\n"\n'
    '"Language: en\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
)


def extract(paths: Iterable[Path] = SOURCES) -> dict[str, list[str]]:
    """Every marked message in the sources, with the places it stands."""
    found: dict[str, list[str]] = {}
    for base in paths:
        for file in sorted(base.rglob("*.py")):
            tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                name = (
                    func.id
                    if isinstance(func, ast.Name)
                    else (func.attr if isinstance(func, ast.Attribute) else None)
                )
                first = node.args[0]
                if (
                    name in MARKERS
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    where = f"{file.relative_to(ROOT)}:{node.lineno}"
                    found.setdefault(first.value, []).append(where)
    return found


def _unquote(line: str) -> str:
    body = line.strip()
    assert body.startswith('"') and body.endswith('"'), line
    return ast.literal_eval(body)


def parse_po(text: str) -> dict[str, str]:
    """``{msgid: msgstr}`` of a .po file (the header under the empty msgid)."""
    entries: dict[str, str] = {}
    msgid: list[str] | None = None
    msgstr: list[str] | None = None
    current: list[str] | None = None

    def flush() -> None:
        if msgid is not None and msgstr is not None:
            entries["".join(msgid)] = "".join(msgstr)

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("msgid "):
            flush()
            msgid, msgstr = [_unquote(line[6:])], None
            current = msgid
        elif line.startswith("msgstr "):
            msgstr = [_unquote(line[7:])]
            current = msgstr
        elif line.startswith('"') and current is not None:
            current.append(_unquote(line))
        else:
            raise ValueError(f"unsupported .po line: {raw!r}")
    flush()
    return entries


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def compile_mo(entries: dict[str, str]) -> bytes:
    """The GNU .mo bytes of the translated entries (untranslated ones are left out)."""
    items = sorted(
        (k.encode("utf-8"), v.encode("utf-8")) for k, v in entries.items() if v or k == ""
    )
    n = len(items)
    keys_start = 7 * 4
    values_start = keys_start + n * 8
    data_start = values_start + n * 8
    key_table, value_table, blob = [], [], b""
    for key, _ in items:
        key_table.append((len(key), data_start + len(blob)))
        blob += key + b"\0"
    for _, value in items:
        value_table.append((len(value), data_start + len(blob)))
        blob += value + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, n, keys_start, values_start, 0, 0)
    for length, offset in key_table + value_table:
        out += struct.pack("<2I", length, offset)
    return out + blob


def problems() -> list[str]:
    """What is wrong with the catalogs (empty when all is well)."""
    found = extract()
    entries = parse_po(PO.read_text(encoding="utf-8")) if PO.exists() else {}
    out = [
        f"no English text for {msg!r} ({', '.join(where)})"
        for msg, where in sorted(found.items())
        if not entries.get(msg)
    ]
    if not MO.exists() or MO.read_bytes() != compile_mo(entries):
        out.append(f"{MO.relative_to(ROOT)} is stale: run python tools/catalogs.py compile")
    return out


def update() -> None:
    """Append new messages (with empty msgstr) to the .po and compile it."""
    found = extract()
    text = PO.read_text(encoding="utf-8") if PO.exists() else HEADER
    entries = parse_po(text)
    added = [m for m in sorted(found) if m not in entries]
    if added:
        blocks = []
        for msg in added:
            refs = " ".join(found[msg][:3])
            blocks.append(f'#: {refs}\nmsgid {_quote(msg)}\nmsgstr ""\n')
        text = text.rstrip("\n") + "\n\n" + "\n".join(blocks)
        PO.parent.mkdir(parents=True, exist_ok=True)
        PO.write_text(text, encoding="utf-8")
        print(f"added {len(added)} message(s) to {PO.relative_to(ROOT)}; translate them")
    MO.write_bytes(compile_mo(parse_po(text)))


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
        MO.write_bytes(compile_mo(parse_po(PO.read_text(encoding="utf-8"))))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
