"""The reference pages stay in step with the code."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

from kiplib import errors, serialization
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
        for basis in rule.basis:
            assert str(basis) in row, (rule.step, str(basis))
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
    from kiplib.i18n import gettext
    from kiplib.law import GROUNDS, ReleaseCondition

    page = (DOCS / "reference" / "grounds.md").read_text(encoding="utf-8")
    for code, ground in GROUNDS.items():
        row = next(line for line in page.splitlines() if line.startswith(f"| `{code}` |"))
        cells = [cell.strip() for cell in row.split("|")]
        assert cells[2] == gettext(ground.description, "en"), code
        assert str(ground.period.citation) in row, code
        assert ("| no |" in row) is (not ground.permanent_allowed), code
        released = ", ".join(c.value.replace("_", " ") for c in ground.release)
        assert cells[5].split(";")[0] == released, code
        assert ("open list" in cells[5]) is ground.release_open, code
    for condition in ReleaseCondition:
        row = next(
            line for line in page.splitlines() if line.startswith(f"| `{condition.value}` |")
        )
        for c in condition.citations:
            # The row may group articles: "UU 14/2008 Pasal 18 ayat (3), (4), (6), (7)".
            parts = [c.instrument, f"Pasal {c.pasal}"]
            parts += [f"({c.ayat})"] if c.ayat else []
            parts += [f"huruf {c.huruf}"] if c.huruf else []
            assert all(part in row for part in parts), (condition, str(c))


def test_every_decision_is_explained() -> None:
    from kiplib.law import CONVENTIONS

    pages = "".join(
        p.read_text(encoding="utf-8") for p in sorted((DOCS / "explanation").glob("*.md"))
    )
    for code in CONVENTIONS:
        assert f"**{code} —" in pages, code


TOCTREE = re.compile(r"^```\{toctree\}\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _toctree_entries(page: Path) -> list[Path]:
    """The pages a page's toctrees list (options and blank lines left out)."""
    entries = []
    for block in TOCTREE.findall(page.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.strip() and not line.startswith(":"):
                entry = page.parent / f"{line.strip()}.md"
                assert entry.exists(), (page.name, line)
                entries.append(entry.resolve())
    return entries


def test_every_page_is_reachable_from_the_index() -> None:
    """Every page of docs/ is in the toctree of the index or of a page reachable from it (the
    site's navigation), and each Diátaxis page is also linked from the index's text."""
    index = DOCS / "index.md"
    reachable, todo = {index.resolve()}, [index.resolve()]
    while todo:
        for entry in _toctree_entries(todo.pop()):
            if entry not in reachable:
                reachable.add(entry)
                todo.append(entry)
    pages = {p.resolve() for p in DOCS.rglob("*.md")}
    assert pages == reachable, sorted(str(p.relative_to(DOCS)) for p in pages ^ reachable)
    text = index.read_text(encoding="utf-8").split("```{toctree}", 1)[0]
    for folder in ("tutorial", "how-to", "explanation", "reference"):
        for page in sorted((DOCS / folder).glob("*.md")):
            assert f"({page.relative_to(DOCS)})" in text, page


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


FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    with using_plugins():
        status = main(argv)
    captured = capsys.readouterr()
    assert not captured.err, captured.err
    return status, captured.out


def test_input_formats_are_read_by_their_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every JSON example of the input-formats page is read by the command it is written for,
    and an output shown after it is what that command prints."""
    page = (DOCS / "reference" / "input-formats.md").read_text(encoding="utf-8")
    blocks = [(m.group(1), m.group(2)) for m in FENCE.finditer(page)]
    records: Path | None = None
    seen: list[str] = []
    for i, (lang, text) in enumerate(blocks):
        if lang != "json":
            continue
        data = json.loads(text)
        path = tmp_path / f"block{i}.json"
        path.write_text(text, encoding="utf-8")
        first = data if isinstance(data, dict) else data[0]
        shape = str(first.get("kind", "events"))
        seen.append(shape)
        if shape == "information_item":
            argv = ["classify", str(path), "--as-of", "2024-05-01", "--lang", "en"]
        elif shape == "consequence_test":
            argv = ["exemption", str(path), "--as-of", "2025-01-01"]
        elif shape == "body_records":
            records = path
            argv = ["duties", str(path), "--as-of", "2025-02-20"]
            laporan = ["document", "laporan-tahunan", str(path), "--year", "2025"]
            assert _run(laporan, capsys)[0] == 0
        elif shape == "request":
            assert records is not None
            argv = ["duties", str(records), "--as-of", "2025-02-20", "--requests", str(path)]
        else:
            assert shape == "events", shape
            argv = ["timeline", str(path), "--as-of", "2024-05-06", "--lang", "en"]
        status, out = _run(argv, capsys)
        assert status == 0, (shape, out)
        if i + 1 < len(blocks) and blocks[i + 1][0] == "text":
            assert out == blocks[i + 1][1], shape
    assert seen == ["information_item", "consequence_test", "body_records", "request", "events"]


def _stored_formats_tool() -> ModuleType:
    path = DOCS.parent / "tools" / "stored_formats.py"
    spec = importlib.util.spec_from_file_location("stored_formats", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["stored_formats"] = module
    spec.loader.exec_module(module)
    return module


def test_stored_format_pages_are_current() -> None:
    """The pages are what ``python tools/stored_formats.py`` writes from the code now."""
    for path, text in _stored_formats_tool().render().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.relative_to(DOCS)} is not current: python tools/stored_formats.py"
        )


def test_every_stored_kind_is_documented_with_an_example_that_loads() -> None:
    index = (DOCS / "reference" / "stored-formats.md").read_text(encoding="utf-8")
    for record in serialization.record_types():
        if not record.cls.__module__.startswith("kiplib."):
            continue  # a kind an app or a test registered
        row = next(line for line in index.splitlines() if line.startswith(f"| [`{record.kind}`]"))
        assert f" | {record.version} | " in row, record.kind
        page_name = row.split("](formats/", 1)[1].split(".md#", 1)[0]
        page = (DOCS / "reference" / "formats" / f"{page_name}.md").read_text(encoding="utf-8")
        section = page.split(f"\n## `{record.kind}`\n", 1)[1].split("\n## ", 1)[0]
        assert f"`schema_version` **{record.version}**" in section, record.kind
        for attribute in attrs.fields(record.cls):
            skipped = serialization.NOT_STORED.get(record.cls, frozenset())
            if attribute.init and attribute.name not in skipped:
                assert f"| `{attribute.name}` |" in section, (record.kind, attribute.name)
        example = section.split("```json\n", 1)[1].split("```", 1)[0]
        assert type(serialization.loads(example)) is record.cls, record.kind


def test_holidays_page_lists_every_instrument() -> None:
    from kiplib.law import HOLIDAY_YEARS

    page = (DOCS / "reference" / "holidays.md").read_text(encoding="utf-8")
    for year, entry in HOLIDAY_YEARS.items():
        row = next(line for line in page.splitlines() if line.startswith(f"| {year} |"))
        cells = [cell.strip() for cell in row.split("|")]
        shown = [
            f"`{i.citation}`" if i.citation is not None else "*not recorded*"
            for i in entry.instruments
        ]
        assert cells[2].startswith(shown[0]), year
        later = cells[3].split("<br>") if entry.changes else ["—"]
        assert len(later) == max(len(entry.changes), 1), year
        for text, cited, change in zip(later, shown[1:], entry.changes, strict=False):
            assert text.startswith(cited), (year, cited)
            for day in (*change.holidays, *change.cuti_bersama, *change.removed):
                assert f"{day.day} {day:%b}" in text, (year, day)
        assert cells[4] == ("yes" if entry.confirmed else "no"), year
