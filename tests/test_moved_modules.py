"""Module paths from before the layered folders still import, with a warning."""

from __future__ import annotations

import importlib
import sys

import pytest

from kiplib._moved import MOVED


@pytest.mark.parametrize("old", sorted(MOVED))
def test_an_old_module_path_still_imports(old: str) -> None:
    sys.modules.pop(old, None)
    with pytest.warns(DeprecationWarning, match="moved"):
        module = importlib.import_module(old)
    assert module is importlib.import_module(MOVED[old])
    sys.modules.pop(old, None)


def test_the_names_docs_once_imported_from_private_modules_are_there() -> None:
    names = {
        "kiplib._consequence": ("ConsequenceTest", "InstrumentType", "check", "Official"),
        "kiplib._law.steps": ("NATIONAL_TABLE", "Step"),
        "kiplib._law.grounds": ("ReleaseCondition", "GROUNDS"),
        "kiplib._duties": ("BodyRecords", "service_statistics"),
        "kiplib._registers": ("DikRegister", "build_dik"),
        "kiplib._classification": ("Fact", "InformationItem", "classify"),
        "kiplib._body": ("BodyLevel", "PublicBody"),
        "kiplib._exemption": ("exemption_status",),
    }
    for old, wanted in names.items():
        sys.modules.pop(old, None)
        with pytest.warns(DeprecationWarning, match="moved"):
            module = importlib.import_module(old)
        for name in wanted:
            assert hasattr(module, name), (old, name)
        sys.modules.pop(old, None)
