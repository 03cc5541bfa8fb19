"""Sessions: ``nox`` runs lint, typing, tests and plugins (CI); ``nox -s bench`` measures."""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = [
    "lint",
    "typing",
    "tests",
    "tests_with_plugins",
    "plugins",
    "differential",
]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

PYTHON = ["3.11"]


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite (unit, property, doctests of src and docs) with branch coverage."""
    # [batch]: the optional batch paths and data-frame adapters are tested too (numpy,
    # pandas, Polars, Arrow, Dask are not runtime dependencies).
    session.install("-e", ".[testing,ical,xlsx,docs,batch]", "pytest-cov")
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
    session.install("-e", ".[testing,ical,xlsx,docs,batch]", "mypy>=1.10", "types-python-dateutil")
    session.run("mypy")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against the peers (numpy, holidays, workalendar, a naive loop)."""
    session.install("-e", ".[ical,xlsx,docs,batch]", "workalendar")
    for script in sorted(Path("benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)


@nox.session(python=PYTHON)
def catalogs(session: nox.Session) -> None:
    """Add new messages to the English catalog and recompile it."""
    session.run("python", "tools/catalogs.py", "update")


def _wheel(session: nox.Session) -> Path:
    """Build kiplib's wheel into the session's temporary folder."""
    session.install("build")
    dist = Path(session.create_tmp()) / "dist"
    session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), ".")
    return next(dist.glob("kiplib-*.whl"))


def _plugin_folders() -> list[Path]:
    return sorted(p for p in Path("plugins").iterdir() if (p / "pyproject.toml").exists())


@nox.session(python=PYTHON)
def tests_with_plugins(session: nox.Session) -> None:
    """The whole of ``tests/`` with the three distributions of ``plugins/`` installed next to
    a freshly built kiplib: a result may depend on installed plugins only through
    ``RuleBook.installed()``, so the suite (which chooses its rule book) passes unchanged."""
    wheel = _wheel(session)
    session.install(f"{wheel}[testing,ical,xlsx,docs,batch]")
    folders = _plugin_folders()
    for folder in folders:
        session.install(str(folder))
    # tests/test_rulebook.py checks that these entry points are really installed here.
    session.env["KIPLIB_EXPECT_PLUGINS"] = "karanganyar,serdang-bedagai,template"
    session.env["HYPOTHESIS_PROFILE"] = session.env.get("HYPOTHESIS_PROFILE", "ci")
    session.run("pytest", "tests", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python=PYTHON)
def plugins(session: nox.Session) -> None:
    """Build kiplib, install it with each plugin under ``plugins/`` and run each plugin's tests
    (the plugins are separate distributions; this is how their authors will test them)."""
    wheel = _wheel(session)
    # [docs]: the plugins' tests render documents from the templates shipped in the wheel.
    session.install(f"{wheel}[testing,docs]", "pytest>=8")
    folders = _plugin_folders()
    for folder in folders:
        session.install(str(folder))
    session.run("kiplib", "plugins")
    for folder in folders:
        with session.chdir(folder):  # each plugin's own pytest configuration
            session.run("pytest", "-q", "-p", "no:cacheprovider")


@nox.session(python=PYTHON)
def differential(session: nox.Session) -> None:
    """kiplib.batch.statuses against kiplib.timeline on 100 000 generated requests, and the
    per-day tables against deadline_for on every day of the calendar (the suite runs a few
    thousand requests and a sample of days)."""
    session.install("-e", ".[testing,batch]")
    session.env["KIPLIB_DIFFERENTIAL_ROWS"] = session.env.get("KIPLIB_DIFFERENTIAL_ROWS", "100000")
    session.env["KIPLIB_DIFFERENTIAL_FULL"] = "1"
    session.env["HYPOTHESIS_PROFILE"] = session.env.get("HYPOTHESIS_PROFILE", "ci")
    session.run(
        "pytest",
        "tests/test_batch_statuses.py",
        "-p",
        "no:cacheprovider",
        "-q",
        "--durations=5",
        *session.posargs,
    )
