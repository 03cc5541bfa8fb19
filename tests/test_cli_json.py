"""``kiplib … --json``: the service's views on standard output, problem objects on standard
error, an exit status per error class, ``--lang`` and ``KIPLIB_LANG`` anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import kiplib
from kiplib import errors, serialization
from kiplib.cli import main
from kiplib.service import views
from kiplib.service.problems import OUTCOMES, exit_code_of, problem, status_of

GOLDEN = Path(__file__).parent / "golden"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_deadline_json_is_the_view_and_reads_back(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "deadline", "notice", "--start", "2024-04-05", "--json", "--lang", "en"
    )
    assert status == 0
    view = json.loads(out)
    d = kiplib.deadline(
        kiplib.Step.NOTICE, date(2024, 4, 5), body=kiplib.PublicBody("Badan Publik")
    )
    assert view == json.loads(json.dumps(views.deadline_view(d, "en")))
    assert serialization.from_dict(views.stored(view)) == d


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "en", "deadline", "notice", "--start", "2024-04-05"],
        ["deadline", "notice", "--start", "2024-04-05", "--lang", "en"],
        ["--json", "--lang", "en", "deadline", "notice", "--start", "2024-04-05"],
    ],
)
def test_lang_before_or_after_the_sub_command(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, out, _ = run(capsys, *argv)
    assert status == 0 and "Monday, 29 April 2024" in out


def test_kiplib_lang_and_its_precedence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIPLIB_LANG", "en")
    assert "Monday, 29 April 2024" in run(capsys, "deadline", "notice", "--start", "2024-04-05")[1]
    out = run(capsys, "deadline", "notice", "--start", "2024-04-05", "--lang", "id")[1]
    assert "Senin, 29 April 2024" in out
    monkeypatch.setenv("KIPLIB_LANG", "fr")
    status, out, err = run(capsys, "deadline", "notice", "--start", "2024-04-05")
    assert status == 2 and out == "" and "KIPLIB_LANG" in err


def test_errors_are_problem_objects_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys, "deadline", "notice", "--start", "2024-04-05T09:00", "--json", "--lang", "en"
    )
    assert status == 2 and out == "" and err.count("\n") == 1
    body = json.loads(err)
    expected = problem(errors.NaiveDatetimeError(field="start", value="2024-04-05 09:00:00"), "en")
    assert body == expected


def test_usage_errors_are_problems_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["deadline", "appeal", "--start", "2024-04-05", "--json"])
    assert exit_.value.code == 2
    body = json.loads(capsys.readouterr().err)
    assert body["code"] == "invalid-input" and "appeal" in body["params"]["value"]


@pytest.mark.parametrize(
    ("err", "code"),
    [
        (errors.InvalidInputError(field="x", value="y", reason="z"), 2),
        (errors.StructureError(field="x", problems=[]), 2),
        (errors.ConsequenceTestError(field="x", problems=[]), 3),
        (errors.RegisterImportError(field="x", problems=[]), 3),
        (errors.NoRuleInForceError(field="x", value="y", on="z"), 4),
        (
            errors.PluginError(
                plugin="p", version="1", rule="r", article="-", problem="unknown-plugin"
            ),
            5,
        ),
        (errors.MissingDependencyError(field="x", value="y", extra="z"), 6),
    ],
)
def test_exit_status_per_error_class(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    err: errors.KiplibError,
    code: int,
) -> None:
    def raise_it(*_args: object, **_kwargs: object) -> Any:
        raise err

    monkeypatch.setattr("kiplib.cli.deadline.deadline", raise_it)
    for json_flag in ((), ("--json",)):
        status, out, text = run(capsys, "deadline", "notice", "--start", "2024-04-05", *json_flag)
        assert status == code and out == ""
        if json_flag:
            assert json.loads(text)["code"] == err.code
        else:
            assert text.startswith("kiplib: ")


def test_an_unexpected_error_is_an_internal_problem_with_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> Any:
        raise RuntimeError("secret detail")

    monkeypatch.setattr("kiplib.cli.deadline.deadline", broken)
    status, _, text = run(capsys, "deadline", "notice", "--start", "2024-04-05", "--json")
    assert status == 70 and json.loads(text)["code"] == "internal-error"
    assert "secret" not in text
    # Without --json: one line, the same exit status, never a traceback (issue of the CLI's
    # hardening); KIPLIB_DEBUG=1 shows it to whoever debugs.
    status, _, text = run(capsys, "deadline", "notice", "--start", "2024-04-05")
    assert status == 70 and text.count("\n") == 1 and "secret" not in text
    monkeypatch.setenv("KIPLIB_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["deadline", "notice", "--start", "2024-04-05"])


def test_outcomes_cover_every_error_class() -> None:
    todo: list[type[errors.KiplibError]] = [errors.KiplibError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        rows = [row for row in OUTCOMES if issubclass(cls, row[0])]
        assert rows, cls
    assert exit_code_of(errors.NotFoundError(field="x", value="y")) == 4
    assert exit_code_of(errors.MissingDependencyError(field="x", value="y", extra="z")) == 6
    assert status_of(errors.MissingDependencyError(field="x", value="y", extra="z")) == 501
    assert status_of(errors.StructureError(field="x", problems=[])) == 400
    assert status_of(errors.LimitExceededError(field="x", value=1, limit=0)) == 413


def test_other_sub_commands_write_views(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = str(GOLDEN / "v3" / "consequence_test.json")
    status, out, _ = run(capsys, "document", "berita-acara", path, "--format", "markdown", "--json")
    assert status == 0
    view = json.loads(out)
    assert view["media_type"] == "text/markdown" and "BERITA ACARA" in view["content"]
    status, out, _ = run(
        capsys, "exemption", path, "--as-of", "2028-12-01", "--json", "--lang", "en"
    )
    assert status == 0 and "text" in json.loads(out)
    status, out, _ = run(
        capsys, "new-plugin", "kota-json", "--region", "32.73", "--output", str(tmp_path), "--json"
    )
    assert status == 0 and "pyproject.toml" in json.loads(out)["files"]
    status, out, _ = run(capsys, "plugins", "--json")
    assert status == 0 and json.loads(out)[0]["name"] == "kiplib"


def test_serve_stops_before_starting_when_a_plugin_cannot_be_loaded(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("uvicorn")
    from kiplib.service.app import ENV_PLUGINS

    try:
        status, _, err = run(capsys, "serve", "--plugins", "no-such-district", "--json")
    finally:
        os.environ.pop(ENV_PLUGINS, None)
    assert status == 5
    assert json.loads(err)["params"]["problem"] == "unknown-plugin"


def test_the_core_and_the_views_do_not_need_the_server_extra() -> None:
    code = (
        "import sys, datetime, kiplib, kiplib.cli, kiplib.service.views, "
        "kiplib.service.problems, kiplib.service.schemas; "
        "kiplib.deadline('notice', datetime.date(2024, 4, 5)); "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('litestar', 'uvicorn')]"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
