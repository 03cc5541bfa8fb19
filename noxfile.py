"""Sessions: ``nox`` runs lint, typing, the tests on every supported Python, the suite with the
plugins installed, the plugins' own tests and the suite of the built sdist (CI); ``nox -s bench``
measures."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import nox

nox.options.sessions = [
    "lint",
    "typing",
    "tests",
    "tests_with_plugins",
    "plugins",
    "sdist",
    "docs_site",
    "differential",
]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

#: The supported Pythons, oldest first; the other sessions run on the oldest.
PYTHON = ["3.11", "3.12", "3.13"]
OLDEST = PYTHON[0]


def _pyenv_finds_every_python() -> None:
    """Where pyenv manages the interpreters, its shims (``python3.12`` …) run only the versions
    it is told to use: add the newest installed version of each of ``PYTHON`` to them for this
    run, after the versions already chosen. Elsewhere nothing changes."""
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return

    def ask(*args: str) -> str:
        run = subprocess.run([pyenv, *args], capture_output=True, text=True, check=False)
        return run.stdout.strip() if run.returncode == 0 else ""

    chosen = [v for v in ask("version-name").split(":") if v]
    installed = ask("versions", "--bare").split()
    for wanted in PYTHON:
        if any(v.startswith(f"{wanted}.") or v == wanted for v in chosen):
            continue
        matching = [
            v for v in installed if v.startswith(f"{wanted}.") and v[len(wanted) + 1 :].isdigit()
        ]
        if matching:
            chosen.append(max(matching, key=lambda v: int(v.rsplit(".", 1)[1])))
    if chosen:
        os.environ["PYENV_VERSION"] = ":".join(chosen)


_pyenv_finds_every_python()

#: What the suite needs installed; [batch] so that the vectorized paths and the data-frame
#: adapters are tested too.
SUITE_EXTRAS = "testing,ical,xlsx,documents,batch,server"
#: What the suite itself uses beside kiplib: JSON Schema validation of the stored formats, a
#: CommonMark parser for the Markdown documents, Babel for the message-catalog check, and
#: pytest-xdist to spread the suite over the machine's cores.
SUITE_TOOLS = ["jsonschema", "markdown-it-py", "babel>=2.12", "pytest-xdist"]
#: The suite in parallel, one worker per core (at most four).
PARALLEL = ["-n", "auto", "--maxprocesses", "4"]


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite (unit, property, doctests of src and docs) on every supported Python.

    On the oldest Python with branch coverage and the thorough Hypothesis profile (``ci``); on
    the newer ones in the quick profile (``dev``), without coverage, to keep CI short.
    """
    session.install("-e", f".[{SUITE_EXTRAS}]", "pytest-cov", *SUITE_TOOLS)
    thorough = session.python == OLDEST
    session.env["HYPOTHESIS_PROFILE"] = os.environ.get(
        "HYPOTHESIS_PROFILE", "ci" if thorough else "dev"
    )
    coverage = (
        [
            "--cov=kiplib",
            "--cov-branch",
            "--cov-report=term-missing:skip-covered",
            "--cov-fail-under=90",
        ]
        if thorough
        else []
    )
    session.run("pytest", *PARALLEL, *coverage, *session.posargs)


@nox.session(python=OLDEST)
def lint(session: nox.Session) -> None:
    """ruff (style, imports, bugs) and the message-catalog check (every message in id and en)."""
    session.install("ruff>=0.5", "babel>=2.12")
    paths = (
        "src",
        "tests",
        "benchmarks",
        "tools",
        "plugins",
        "docs/conf.py",
        "docs/_ext",
        "noxfile.py",
    )
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)
    session.run("python", "tools/catalogs.py", "check")


@nox.session(python=OLDEST)
def typing(session: nox.Session) -> None:
    """mypy --strict over the package and the tests."""
    session.install(
        "-e",
        f".[{SUITE_EXTRAS}]",
        "mypy>=1.10",
        "types-python-dateutil",
        "jsonschema",
        "types-jsonschema",
        *SUITE_TOOLS,
    )
    session.run("mypy")


@nox.session(python=OLDEST)
def bench(session: nox.Session) -> None:
    """Benchmarks against the peers (numpy, holidays, workalendar, a naive loop)."""
    session.install("-e", ".[ical,xlsx,documents,numpy,server]", "workalendar")
    for script in sorted(Path("benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)


@nox.session(python=OLDEST)
def fuzz(session: nox.Session) -> None:
    """A deeper fuzzing run (not part of CI): the property and fuzz tests of the public API,
    stored documents, request logs and registers with the ``fuzz`` Hypothesis profile
    (thousands of examples each). ``nox -s fuzz -- -k timeline`` narrows it."""
    session.install("-e", f".[{SUITE_EXTRAS}]", *SUITE_TOOLS)
    session.env["HYPOTHESIS_PROFILE"] = "fuzz"
    session.run(
        "pytest",
        "tests/test_fuzz_api.py",
        "tests/test_storage_strict.py",
        "tests/test_practices.py",
        "tests/test_lifecycle.py",
        "tests/test_serialization.py",
        *session.posargs,
    )


@nox.session(python=OLDEST)
def catalogs(session: nox.Session) -> None:
    """Add new messages to the English catalog and recompile it."""
    session.run("python", "tools/catalogs.py", "update")


def _wheel(session: nox.Session) -> Path:
    """Build kiplib's wheel into the session's temporary folder."""
    session.install("build")
    dist = Path(session.create_tmp()) / "dist"
    session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), ".")
    return next(dist.glob("kiplib-*.whl"))


def _install_wheel(session: nox.Session, wheel: Path, extras: str, *others: str) -> None:
    """Install ``wheel`` with its extras, replacing a kiplib of the same version left in a
    reused environment (pip keeps an installed distribution of the same version)."""
    session.install(f"{wheel}[{extras}]", *others)
    session.install("--force-reinstall", "--no-deps", str(wheel))


def _plugin_folders() -> list[Path]:
    return sorted(p for p in Path("plugins").iterdir() if (p / "pyproject.toml").exists())


@nox.session(python=OLDEST)
def tests_with_plugins(session: nox.Session) -> None:
    """The whole of ``tests/`` with the three distributions of ``plugins/`` installed next to
    a freshly built kiplib: a result may depend on installed plugins only through
    ``RuleBook.installed()``, so the suite (which chooses its rule book) passes unchanged."""
    wheel = _wheel(session)
    _install_wheel(session, wheel, SUITE_EXTRAS, *SUITE_TOOLS)
    folders = _plugin_folders()
    for folder in folders:
        session.install("--force-reinstall", "--no-deps", str(folder))
    # tests/test_rulebook.py checks that these entry points are really installed here.
    session.env["KIPLIB_EXPECT_PLUGINS"] = "karanganyar,serdang-bedagai,template"
    # The quick profile: the thorough one runs once, in ``tests`` on the oldest Python; here
    # the question is only whether installed plugins change any answer.
    session.env["HYPOTHESIS_PROFILE"] = os.environ.get("HYPOTHESIS_PROFILE", "dev")
    session.run("pytest", "tests", "-p", "no:cacheprovider", *PARALLEL, *session.posargs)


@nox.session(python=OLDEST)
def plugins(session: nox.Session) -> None:
    """Build kiplib, install it with each plugin under ``plugins/`` and run each plugin's tests
    (the plugins are separate distributions; this is how their authors will test them)."""
    wheel = _wheel(session)
    # [documents]: the plugins' tests render documents from the templates shipped in the wheel.
    _install_wheel(session, wheel, "testing,documents", "pytest>=8")
    folders = _plugin_folders()
    for folder in folders:
        session.install("--force-reinstall", "--no-deps", str(folder))
    session.run("kiplib", "plugins")
    for folder in folders:
        with session.chdir(folder):  # each plugin's own pytest configuration
            session.run("pytest", "-q", "-p", "no:cacheprovider")


@nox.session(python=OLDEST)
def sdist(session: nox.Session) -> None:
    """Build the sdist, unpack it in a temporary folder, install it from there and run the test
    suite it ships (quick Hypothesis profile): what the sdist holds is enough to test it."""
    session.install("build")
    tmp = Path(session.create_tmp())
    dist = tmp / "sdist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("python", "-m", "build", "--sdist", "--outdir", str(dist), ".")
    (archive,) = dist.glob("kiplib-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(dist, filter="data")
    (unpacked,) = (p for p in dist.iterdir() if p.is_dir())
    # Not editable: the suite runs against kiplib as installed from the unpacked sdist.
    session.install(f"{unpacked}[{SUITE_EXTRAS}]", *SUITE_TOOLS)
    session.env["HYPOTHESIS_PROFILE"] = os.environ.get("HYPOTHESIS_PROFILE", "dev")
    with session.chdir(unpacked):
        session.run("pytest", "-q", "-p", "no:cacheprovider", *PARALLEL, *session.posargs)


@nox.session(python=OLDEST)
def docs_site(session: nox.Session) -> None:
    """The documentation site (Sphinx, MyST Markdown, Furo) with its API reference, built
    offline with every warning an error and every cross-reference resolved (nitpicky);
    ``python3 -m nox -s docs_site -- OUT`` writes it to OUT instead of a temporary folder."""
    session.install("-e", ".[site]")
    out = session.posargs[0] if session.posargs else str(Path(session.create_tmp()) / "site")
    shutil.rmtree(out, ignore_errors=True)
    session.run("sphinx-build", "-b", "html", "-W", "--keep-going", "-n", "-q", "docs", out)
    session.log(f"site: {Path(out).resolve() / 'index.html'}")


@nox.session(python=OLDEST)
def differential(session: nox.Session) -> None:
    """kiplib.batch.statuses against kiplib.timeline on 100 000 generated requests, and the
    per-day tables against deadline_for on every day of the calendar (the suite runs a few
    thousand requests and a sample of days)."""
    session.install("-e", ".[testing,batch]")
    rows = session.env.get("KIPLIB_DIFFERENTIAL_ROWS", "100000")
    session.env["KIPLIB_DIFFERENTIAL_ROWS"] = rows
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
