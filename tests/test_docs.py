"""The reference pages stay in step with the code."""

from __future__ import annotations

from pathlib import Path

from kiplib import errors
from kiplib.law import NATIONAL_RULES

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


def test_every_page_is_reachable_from_the_index() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in sorted(DOCS.rglob("*.md")):
        if page.name != "index.md":
            assert str(page.relative_to(DOCS)) in index, page


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
