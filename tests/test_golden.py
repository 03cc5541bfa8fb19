"""Golden documents: every stored format is pinned, byte for byte.

``tests/golden/v{N}/`` holds documents exactly as kiplib stored them at schema version ``N``.

* A document at its kind's current version loads to a record that is stored again
  byte-identically (``serialization.dumps(record, indent=2)`` plus a newline).
* A document at an older version loads through the kind's upgrade functions (which never
  modify the stored document); the record keeps every value of the upgraded document when
  stored again, and reads back equal.
* Every stored kind has a golden document at its current version, so a change of format
  cannot go unnoticed: it needs a new version, an upgrade function and a new golden file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiplib import serialization

GOLDEN = Path(__file__).parent / "golden"
FILES = sorted(GOLDEN.glob("v*/*.json"))


def _version(path: Path) -> int:
    return int(path.parent.name.removeprefix("v"))


def _current() -> dict[str, int]:
    return {r.kind: r.version for r in serialization.record_types()}


def _kept(old: Any, new: Any, where: str = "$") -> None:
    """Every value of the stored document is in the new one, unchanged (new optional fields
    may appear). A field left out is one that keeps its default (not stored); the caller also
    checks that the record read back is equal, so a value left out is never lost."""
    if isinstance(old, dict):
        assert isinstance(new, dict), where
        for key, value in old.items():
            if key in new:
                _kept(value, new[key], f"{where}.{key}")
    elif isinstance(old, list):
        assert isinstance(new, list), where
        assert len(old) == len(new), where
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            _kept(a, b, f"{where}[{i}]")
    else:
        assert old == new, where


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_document(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    stored = json.loads(text)
    assert stored["schema_version"] == _version(path)
    record = serialization.loads(text)
    current = _current()[stored["kind"]]
    assert _version(path) <= current
    again = serialization.dumps(record, indent=2) + "\n"
    if _version(path) == current:
        assert again == text, f"{path.name} is not stored byte-identically"
    else:
        record_type = next(r for r in serialization.record_types() if r.kind == stored["kind"])
        body = {k: v for k, v in stored.items() if k not in ("kind", "schema_version")}
        for v in range(_version(path), current):
            body = record_type.upgrades[v](body)
        assert json.loads(text) == stored, "an upgrade modified the stored document"
        stored_again = json.loads(again)
        assert stored_again["schema_version"] == current
        _kept(body, {k: v for k, v in stored_again.items() if k not in ("kind", "schema_version")})
    assert serialization.loads(again) == record


def test_every_kind_has_a_golden_document_at_its_current_version() -> None:
    have = {(json.loads(p.read_text(encoding="utf-8"))["kind"], _version(p)) for p in FILES}
    missing = sorted(f"{k} v{v}" for k, v in _current().items() if (k, v) not in have)
    assert not missing, f"no golden document for {missing} (python tests/golden_examples.py)"
