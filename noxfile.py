"""Sessions: ``nox`` runs lint, typing, tests and plugins (CI); ``nox -s bench`` measures."""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = ["lint", "typing", "tests", "plugins"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

PYTHON = ["3.11"]


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite (unit, property, doctests of src and docs) with branch coverage."""
    # numpy: the optional vectorized batch path is tested too (it is not a runtime dependency).
    session.install("-e", ".[testing,ical,xlsx,docs]", "pytest-cov", "numpy")
    session.env["HYPOTHESIS_PROFILE"] = session.env.get("HYPOTHESIS_PROFILE", "ci")
    session.run(
        "pytest",
        "--cov=kiplib",
        "--cov-branch",
        "--cov-report=term-missing:skip-covered",
        "--cov-fail-under=90",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff (style, imports, bugs) and the message-catalog check (every message in id and en)."""
    session.install("ruff>=0.5")
    paths = ("src", "tests", "benchmarks", "tools", "plugins", "noxfile.py")
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)
    session.run("python", "tools/catalogs.py", "check")


@nox.session(python=PYTHON)
def typing(session: nox.Session) -> None:
    """mypy --strict over the package and the tests."""
    session.install(
        "-e", ".[testing,ical,xlsx,docs]", "mypy>=1.10", "types-python-dateutil", "numpy"
    )
    session.run("mypy")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against the peers (numpy, holidays, workalendar, a naive loop)."""
    session.install("-e", ".[ical,xlsx,docs]", "numpy", "workalendar")
    for script in sorted(Path("benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)


@nox.session(python=PYTHON)
def catalogs(session: nox.Session) -> None:
    """Add new messages to the English catalog and recompile it."""
    session.run("python", "tools/catalogs.py", "update")


@nox.session(python=PYTHON)
def plugins(session: nox.Session) -> None:
    """Build kiplib, install it with each plugin under ``plugins/`` and run each plugin's tests
    (the plugins are separate distributions; this is how their authors will test them)."""
    session.install("build")
    dist = Path(session.create_tmp()) / "dist"
    session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), ".")
    wheel = next(dist.glob("kiplib-*.whl"))
    # [docs]: the plugins' tests render documents from the templates shipped in the wheel.
    session.install(f"{wheel}[testing,docs]", "pytest>=8")
    folders = sorted(p for p in Path("plugins").iterdir() if (p / "pyproject.toml").exists())
    for folder in folders:
        session.install(str(folder))
    session.run("kiplib", "plugins")
    for folder in folders:
        with session.chdir(folder):  # each plugin's own pytest configuration
            session.run("pytest", "-q", "-p", "no:cacheprovider")
