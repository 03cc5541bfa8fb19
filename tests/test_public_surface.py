"""Snapshot of the public surface: names, hooks, error codes and stored kinds.

What apps, plugins and stored documents depend on is written down in
``tests/snapshots/public_surface.json``. A name, hook argument, error code or stored
``(kind, schema_version)`` that disappears fails here with the list of what went; something
new fails too until the snapshot is regenerated on purpose::

    python tests/test_public_surface.py      # rewrite the snapshot from the code

A schema version that goes up needs an upgrade function (checked here) and golden documents
(``tests/test_golden.py``).
"""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import Any

SNAPSHOT = Path(__file__).parent / "snapshots" / "public_surface.json"


def surface() -> dict[str, Any]:
    """The public surface of the installed kiplib, as plain JSON data."""
    import kiplib
    import kiplib.plugins
    from kiplib import errors, hookspecs, serialization

    hooks = {
        name: list(inspect.signature(getattr(hookspecs, name)).parameters)
        for name in sorted(vars(hookspecs))
        if name.startswith("kiplib_")
    }
    codes: dict[str, str] = {}
    todo: list[type[errors.KiplibError]] = [errors.KiplibError]
    while todo:
        cls = todo.pop()
        codes[cls.__name__] = cls.code
        todo.extend(cls.__subclasses__())
    return {
        "kiplib": sorted(kiplib.__all__),
        "kiplib.plugins": sorted(kiplib.plugins.__all__),
        "kiplib.errors": sorted(errors.__all__),
        "hooks": hooks,
        "error_codes": dict(sorted(codes.items())),
        "plugin_problems": list(errors.PLUGIN_PROBLEMS),
        "stored_kinds": {r.kind: r.version for r in serialization.record_types()},
    }


def _load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


def test_no_public_name_disappears() -> None:
    old, new = _load(), surface()
    for key in ("kiplib", "kiplib.plugins", "kiplib.errors", "plugin_problems"):
        gone = sorted(set(old[key]) - set(new[key]))
        assert not gone, f"{key}: removed {gone}"


def test_hooks_keep_their_names_and_arguments() -> None:
    old, new = _load()["hooks"], surface()["hooks"]
    for name, arguments in old.items():
        assert name in new, f"hook {name} removed"
        assert new[name] == arguments, f"hook {name}: arguments {arguments} -> {new[name]}"


def test_error_codes_are_stable() -> None:
    old, new = _load()["error_codes"], surface()["error_codes"]
    for name, code in old.items():
        assert new.get(name) == code, f"{name}: code {code!r} -> {new.get(name)!r}"


def test_stored_kinds_only_move_forward_with_an_upgrade() -> None:
    from kiplib import serialization

    old, new = _load()["stored_kinds"], surface()["stored_kinds"]
    records = {r.kind: r for r in serialization.record_types()}
    for kind, version in old.items():
        assert kind in new, f"stored kind {kind} removed"
        assert new[kind] >= version, f"{kind}: schema version went back"
        for v in range(1, new[kind]):
            assert v in records[kind].upgrades, f"{kind}: no upgrade from version {v}"


def test_snapshot_is_current() -> None:
    """Anything new is added to the snapshot on purpose (see the module docstring)."""
    assert surface() == _load(), "public surface changed: run python tests/test_public_surface.py"


if __name__ == "__main__":
    SNAPSHOT.write_text(
        json.dumps(surface(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    sys.stdout.write(f"wrote {SNAPSHOT}\n")
