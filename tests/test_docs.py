"""The reference pages stay in step with the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiplib import errors
from kiplib.cli import main
from kiplib.law import NATIONAL_RULES
from kiplib.plugins import using_plugins

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_deadline_table_matches_the_rules() -> None:
    page = (DOCS / "reference" / "deadlines.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line for line in page.splitlines() if "| `" in line}
    for rule in NATIONAL_RULES:
        row = rows[rule.step.name]
        assert str(rule.citation) in row, rule.step
        assert f"| {rule.count} " in row or f"+ {rule.count} " in row, rule.step
        for code in rule.conventions:
            assert code in row, rule.step


def test_every_error_code_is_documented() -> None:
    page = (DOCS / "reference" / "errors.md").read_text(encoding="utf-8")
    todo: list[type[errors.KiplibError]] = [errors.KiplibError]
    while todo:
        cls = todo.pop()
        assert f"`{cls.code}`" in page, cls
        todo.extend(cls.__subclasses__())


def test_grounds_page_lists_every_ground() -> None:
    from kiplib.law import GROUNDS

    page = (DOCS / "reference" / "grounds.md").read_text(encoding="utf-8")
    for code, ground in GROUNDS.items():
        row = next(line for line in page.splitlines() if line.startswith(f"| `{code}` |"))
        assert str(ground.period.citation) in row, code
        assert ("| no |" in row) is (not ground.permanent_allowed), code


def test_every_decision_is_explained() -> None:
    from kiplib.law import CONVENTIONS

    pages = "".join(
        p.read_text(encoding="utf-8") for p in sorted((DOCS / "explanation").glob("*.md"))
    )
    for code in CONVENTIONS:
        assert f"**{code} —" in pages, code


def test_every_page_is_reachable_from_the_index() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in sorted(DOCS.rglob("*.md")):
        if page.name != "index.md":
            assert str(page.relative_to(DOCS)) in index, page


def _pages() -> list[Path]:
    return [*sorted(DOCS.rglob("*.md")), DOCS.parent / "README.md"]


def _example_lines(page: Path) -> list[str]:
    """The Python lines of the page's ``>>>`` examples (continuations included)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    return [ln.strip()[4:] for ln in lines if ln.strip().startswith((">>> ", "... "))]


IMPORT = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import\s+\(?([\w\s,]+)\)?|import\s+([\w.,\s]+))")


def test_docs_import_only_public_names() -> None:
    for page in _pages():
        for line in _example_lines(page):
            match = IMPORT.match(line)
            if match is None:
                continue
            module, names, modules = match.groups()
            dotted = [module] if module else [m.split(" as ")[0] for m in modules.split(",")]
            for name in dotted:
                parts = name.strip().split(".")
                assert not any(p.startswith("_") for p in parts), (page.name, line)
            for name in (names or "").split(","):
                assert not name.strip().startswith("_"), (page.name, line)


def test_examples_run_from_an_installed_package() -> None:
    """No page reads the repository's own files: the worked example ships with kiplib."""
    for page in _pages():
        assert "tests/golden" not in page.read_text(encoding="utf-8"), page.name
        for line in _example_lines(page):
            assert "tests/" not in line and "src/" not in line, (page.name, line)


README = DOCS.parent / "README.md"
README_COMMAND = "kiplib timeline --received 2024-04-05T09:00+07:00 --as-of 2024-05-06"


def test_readme_prints_what_its_main_command_prints(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's set-up command and the block after "The first command prints:", with the
    national rules only (as ``KIPLIB_NO_PLUGINS=1``: no district plugin changes the body)."""
    text = README.read_text(encoding="utf-8")
    assert f"python3 -m pip install . && {README_COMMAND}\n" in text
    printed = text.split("The first command prints:", 1)[1].split("```text\n", 1)[1]
    printed = printed.split("```", 1)[0]
    capsys.readouterr()
    with using_plugins():
        assert main(README_COMMAND.split()[1:]) == 0
    out = capsys.readouterr().out
    assert out == printed
