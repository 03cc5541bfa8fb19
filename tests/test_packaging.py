"""What the distribution promises: every extra a message recommends exists and brings the
package that message names, the extras keep their names, and the numpy path says how to get
numpy.

Read from the installed distribution's metadata (``importlib.metadata``), so this holds for a
wheel or an sdist install as much as for a checkout.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import kiplib
from kiplib.errors import MissingDependencyError

PACKAGE = Path(kiplib.__file__).parent


def _extras() -> dict[str, set[str]]:
    """``extra -> the names of the distributions it brings``, references to other extras
    followed (``docs`` brings what ``documents`` brings, ``polars`` what ``arrow`` brings,
    which brings ``numpy``)."""
    direct: dict[str, set[str]] = {
        e: set() for e in metadata.metadata("kiplib").get_all("Provides-Extra") or ()
    }
    aliases: dict[str, set[str]] = {e: set() for e in direct}
    for line in metadata.requires("kiplib") or ():
        req = Requirement(line)
        for extra in direct:
            if req.marker is not None and req.marker.evaluate({"extra": extra}):
                if req.name == "kiplib":
                    aliases[extra] |= req.extras
                else:
                    direct[extra].add(req.name.lower())

    def brought(extra: str, seen: frozenset[str] = frozenset()) -> set[str]:
        out = set(direct.get(extra, set()))
        for other in aliases.get(extra, set()) - seen - {extra}:
            out |= brought(other, seen | {extra})
        return out

    return {e: brought(e) for e in direct}


def _missing_dependency_sites() -> list[tuple[str, str, str]]:
    """``(module, package, extra)`` of every ``MissingDependencyError(...)`` raised in kiplib,
    and of every ``need(package, feature, extra)`` of the batch adapters (which raises it)."""
    sites = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helper = {
            id(n)
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef) and f.name == "need"
            for n in ast.walk(f)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "need"
                and id(node) not in helper
            ):
                package, _feature, extra = node.args
                assert isinstance(package, ast.Constant) and isinstance(extra, ast.Constant), path
                sites.append((path.name, str(package.value), str(extra.value)))
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "MissingDependencyError"
                and id(node) not in helper
            ):
                kw = {k.arg: k.value for k in node.keywords}
                value, extra = kw["value"], kw["extra"]
                assert isinstance(value, ast.Constant) and isinstance(extra, ast.Constant), path
                sites.append((path.name, str(value.value), str(extra.value)))
    return sites


def test_extras_are_named_for_what_they_bring() -> None:
    extras = _extras()
    assert extras["documents"] == {"jinja2"}
    assert extras["docs"] == {"jinja2"}  # the first name of [documents], kept as an alias
    assert extras["numpy"] == {"numpy"}
    assert extras["ical"] == {"icalendar"}
    assert extras["xlsx"] == {"python-calamine", "xlsxwriter", "openpyxl", "lxml"}
    assert {"hypothesis", "pytest"} <= extras["testing"]
    assert {"sphinx", "myst-parser", "furo"} <= extras["site"]


def test_every_missing_dependency_names_an_extra_that_brings_it() -> None:
    sites = _missing_dependency_sites()
    assert {(package, extra) for _, package, extra in sites} == {
        ("icalendar", "ical"),
        ("openpyxl", "xlsx"),
        ("numpy", "numpy"),
        ("jinja2", "documents"),
        ("uvicorn", "server"),
        ("numpy", "polars"),
        ("polars", "polars"),
        ("pyarrow", "arrow"),
        ("pandas", "pandas"),
        ("dask.dataframe", "dask"),
    }
    extras = _extras()
    for module, package, extra in sites:
        top = package.split(".")[0]  # dask.dataframe comes with dask
        assert top in extras.get(extra, set()), (module, package, extra)


def test_numpy_path_without_numpy_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiplib.batch import notice_status_arrays

    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(MissingDependencyError) as caught:
        notice_status_arrays([], [], as_of=kiplib.LAW_IN_FORCE)
    assert caught.value.params["extra"] == "numpy"
    assert 'pip install "kiplib[numpy]"' in caught.value.message("en")


PLUGIN_TESTS = """
import sys


def test_kiplib_is_not_imported(request):
    assert request.config.pluginmanager.has_plugin("kiplib")
    assert "kiplib" not in sys.modules
"""

FIXTURE_TESTS = """
import sys


def test_the_fixture_imports_kiplib(kiplib_plugins):
    assert "kiplib" in sys.modules
    assert [p.name for p in kiplib_plugins()] == ["kiplib"]
"""


def _pytest_in(project: Path, tests: str) -> subprocess.CompletedProcess[str]:
    """Run pytest in a project of its own with ``tests`` as its only test module."""
    (project / "pyproject.toml").write_text("[tool.pytest.ini_options]\n", encoding="utf-8")
    (project / "test_it.py").write_text(tests, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.pop("KIPLIB_NO_PLUGINS", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_it.py"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_pytest_plugin_is_installed_outside_the_package() -> None:
    (entry,) = (
        e for e in metadata.entry_points(group="pytest11") if e.dist and e.dist.name == "kiplib"
    )
    assert (entry.name, entry.value) == ("kiplib", "_kiplib_pytestplugin")


def test_the_pytest_plugin_imports_kiplib_only_for_its_fixture(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    run = _pytest_in(plain, PLUGIN_TESTS)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout
    used = tmp_path / "used"
    used.mkdir()
    run = _pytest_in(used, FIXTURE_TESTS)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout
