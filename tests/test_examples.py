"""The example records shipped with kiplib (``kiplib.testing.example``): one for every stored
kind, each the golden document of its kind at the current schema version, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiplib import serialization
from kiplib.errors import InvalidInputError
from kiplib.testing import example, example_names, example_text

GOLDEN = Path(__file__).parent / "golden"
KINDS = {r.kind: r for r in serialization.record_types()}


def test_every_stored_kind_has_an_example() -> None:
    assert example_names() == tuple(sorted(KINDS))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_example_is_the_golden_document_at_the_current_version(kind: str) -> None:
    record_type = KINDS[kind]
    golden = GOLDEN / f"v{record_type.version}" / f"{kind}.json"
    assert example_text(kind) == golden.read_text(encoding="utf-8"), (
        f"the shipped example of {kind} is not tests/golden/v{record_type.version}/{kind}.json"
    )
    record = example(kind)
    assert type(record) is record_type.cls
    assert serialization.dumps(record, indent=2) + "\n" == example_text(kind)


def test_an_unknown_example_is_named() -> None:
    with pytest.raises(InvalidInputError) as caught:
        example("surat")
    assert caught.value.params["value"] == "'surat'"
    assert "there is no example of that name" in caught.value.message("en")
