"""``kiplib plugins`` and ``kiplib new-plugin``; the template folder equals the generator."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kiplib.cli import main
from kiplib.cli._scaffold import render
from kiplib.plugins import using_plugins

kiplib_karanganyar = pytest.importorskip("kiplib_karanganyar.plugin")

TEMPLATE = Path(__file__).resolve().parent.parent / "plugins" / "kiplib-template"


def _files(root: Path) -> dict[str, str]:
    """The files of a skeleton, without caches (any part starting with "." or "__")."""
    found = {}
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if path.is_file() and not any(
            p.startswith((".", "__py")) or p.endswith(".egg-info") for p in parts
        ):
            found[path.relative_to(root).as_posix()] = path.read_text(encoding="utf-8")
    return found


def test_template_folder_is_what_the_generator_writes() -> None:
    assert _files(TEMPLATE) == render("template", "99.99")


def test_new_plugin_writes_the_skeleton(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new-plugin", "kota-contoh", "--region", "32.73", "--output", str(tmp_path)]) == 0
    written = _files(tmp_path / "kiplib-kota-contoh")
    assert written == render("kota-contoh", "32.73")
    assert 'kota-contoh = "kiplib_kota_contoh.plugin"' in written["pyproject.toml"]
    assert (
        'Scope(region_code="32.73", name="Kota Contoh")'
        in written["src/kiplib_kota_contoh/data.py"]
    )
    assert "kiplib-kota-contoh (7 berkas)" in capsys.readouterr().out
    # A second run refuses to overwrite.
    status = main(["new-plugin", "kota-contoh", "--region", "32.73", "--output", str(tmp_path)])
    assert status == 2
    assert "folder sudah ada" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new-plugin", "Kota_Contoh", "--region", "32.73"], "huruf kecil"),
        (["new-plugin", "kota", "--region", "3273"], "kode wilayah Kemendagri"),
    ],
)
def test_new_plugin_refuses_bad_input(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main([*args, "--output", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err


def test_plugins_lists_name_version_scope_hooks_regulations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with using_plugins(kiplib_karanganyar):
        assert main(["plugins"]) == 0
        text = capsys.readouterr().out
        assert main(["plugins", "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
    assert "kiplib_karanganyar.plugin 0.1.0 — Kabupaten Karanganyar (33.13) [registered]" in text
    assert "  Perda Kabupaten Karanganyar 10/2022: " in text
    assert [r["name"] for r in rows] == ["kiplib", "kiplib_karanganyar.plugin"]
    local = rows[1]
    assert local["scope"] == {
        "level": "regency_city",
        "region_code": "33.13",
        "bodies": [],
        "name": "Kabupaten Karanganyar",
    }
    assert "kiplib_register_cycles" in local["hooks"]
    assert local["regulations"][0]["citation"] == "Perda Kabupaten Karanganyar 10/2022"


def test_deadline_command_follows_the_district_plugin(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import attrs

    from kiplib import Citation, Step, hookimpl
    from kiplib.law.steps import NATIONAL_TABLE
    from kiplib.plugins import LocalPlugin, Regulation, Scope

    class Seven:
        @hookimpl
        def kiplib_scope(self) -> Scope:
            return Scope(region_code="52.99", name="Kabupaten Tujuh")

        @hookimpl
        def kiplib_regulations(self) -> tuple[Regulation, ...]:
            return (
                Regulation(Citation("Perbup Tujuh 7/2025"), "Tujuh", in_force=date(2025, 1, 1)),
            )

        @hookimpl
        def kiplib_deadline_rules(self) -> tuple[object, ...]:
            national = NATIONAL_TABLE.rule_for(Step.NOTICE, NATIONAL_TABLE.rules[0].effective_from)
            return (
                attrs.evolve(national, count=7, citation=Citation("Perbup Tujuh 7/2025", pasal=7)),
            )

    with using_plugins(LocalPlugin(Seven(), name="tujuh", version="7")):
        assert main(["deadline", "notice", "--start", "2025-03-03", "--region", "52.99"]) == 0
        local = capsys.readouterr().out
        assert main(["deadline", "notice", "--start", "2025-03-03", "--region", "52.98"]) == 0
        national = capsys.readouterr().out
    assert "paling lambat Rabu, 12 Maret 2025" in local
    assert "7 hari kerja — Perbup Tujuh 7/2025 Pasal 7, lebih ketat dari" in local
    assert "paling lambat Senin, 17 Maret 2025" in national
