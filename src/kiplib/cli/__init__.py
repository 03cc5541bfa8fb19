"""The ``kiplib`` command (also ``python -m kiplib``).

Each sub-command lives in its own module of this package and is listed in ``COMMANDS``. Output
is in Bahasa Indonesia unless ``--lang en`` (before or after the sub-command) or the
environment variable ``KIPLIB_LANG=en`` asks for English. Bad input prints one clear line to
standard error and exits with status 2 — never a traceback.

With ``--json`` every sub-command writes its result as the HTTP service does (the views of
:mod:`kiplib.service.views`) and an error as the service's RFC 9457 problem object, on one line
of standard error. The exit status says which kind of error it was
(:data:`kiplib.service.problems.OUTCOMES`): 0 done, 1 the record checked has problems, 2 bad
input or usage, 3 a record breaks the law's rules, 4 not found, 5 a plugin error, 6 a missing
optional package, 70 an error kiplib did not expect (one line; ``KIPLIB_DEBUG=1`` shows the
traceback).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Final, NoReturn

from kiplib._version import __version__
from kiplib.errors import InvalidInputError, KiplibError, UnsupportedLanguageError
from kiplib.i18n import N_

__all__ = ["COMMANDS", "main", "version_text"]

#: Sub-command modules; each has ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args)``.
COMMANDS: tuple[str, ...] = (
    "kiplib.cli.deadline",
    "kiplib.cli.calendar_cmd",
    "kiplib.cli.timeline",
    "kiplib.cli.classify",
    "kiplib.cli.exemption",
    "kiplib.cli.plugins",
    "kiplib.cli.new_plugin",
    "kiplib.cli.duties",
    "kiplib.cli.register",
    "kiplib.cli.document",
    "kiplib.cli.serve",
    "kiplib.cli.completion",
)

EXIT_USAGE = 2
#: Set by :func:`main` when ``--json`` is on the command line: usage errors are problems too.
_JSON_ERRORS: list[str] = []


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        if _JSON_ERRORS:
            from kiplib.errors import InvalidInputError
            from kiplib.service.problems import problem

            err = InvalidInputError(
                field=self.prog, value=message, reason=N_("perintah tidak dipakai dengan benar")
            )
            _write_problem(problem(err, _JSON_ERRORS[0]))
        else:
            sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(EXIT_USAGE)


def version_text() -> str:
    """``kiplib 0.2.0`` with the holiday data in use: the ``holidays`` package's version, the
    years whose official list kiplib records, and the last year the calendar covers."""
    from kiplib.calendar.national import national_calendar

    cal = national_calendar()
    years = sorted(cal.confirmed_years)
    confirmed = f"{years[0]}-{years[-1]}" if years else "-"
    return (
        f"kiplib {__version__}\n{cal.provenance}; official lists (SKB) {confirmed}; "
        f"calendar {cal.first.year}-{cal.last.year}"
    )


class _Version(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        sys.stdout.write(version_text() + "\n")
        parser.exit()


def _write_problem(body: dict[str, object]) -> None:
    sys.stderr.write(json.dumps(body, ensure_ascii=False) + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = _Parser(
        prog="kiplib",
        description="Keterbukaan Informasi Publik (UU 14/2008): tenggat, hari kerja, kategori.",
    )
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        help="versi kiplib dan data hari libur / kiplib's version and its holiday data",
    )
    parser.add_argument(
        "--lang",
        dest="global_lang",
        choices=["id", "en"],
        help="bahasa keluaran / output language (default: KIPLIB_LANG, else id)",
    )
    parser.add_argument(
        "--json",
        dest="global_json",
        action="store_true",
        help="keluaran dan kesalahan JSON / JSON output and errors",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMANDS:
        module = import_module(name)
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        cmd.add_argument(
            "--lang",
            choices=["id", "en"],
            help="bahasa keluaran / output language (default: KIPLIB_LANG, else id)",
        )
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def _environment_language() -> str | None:
    value = os.environ.get("KIPLIB_LANG", "").strip().lower()
    if not value:
        return None
    if value not in ("id", "en"):
        raise UnsupportedLanguageError(field="KIPLIB_LANG", value=value)
    return value


def _guess_language(words: list[str]) -> str:
    """The language of an error met before the arguments are parsed."""
    for i, word in enumerate(words[:-1]):
        if word == "--lang" and words[i + 1] in ("id", "en"):
            return words[i + 1]
    return "en" if os.environ.get("KIPLIB_LANG", "").strip().lower() == "en" else "id"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    _tolerant_streams()
    wants_json = "--json" in words
    lang = _guess_language(words)
    _JSON_ERRORS[:] = [lang] if wants_json else []
    try:
        args = build_parser().parse_args(words)
        args.json = bool(getattr(args, "json", False) or args.global_json)
        args.lang = lang = args.lang or args.global_lang or _environment_language() or "id"
        status: int = args._run(args)
        sys.stdout.flush()  # a full disk shows here, not after the status is decided
    except KiplibError as err:
        return _failed(err, wants_json, lang)
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRORS:
            raise
        # Standard output cannot be written (a full disk, a device error): what is still
        # buffered goes nowhere, and the command says so as it says any bad --output.
        _discard_stdout()
        unwritable = InvalidInputError(
            field="--output",
            value="-",
            reason=N_("berkas tidak dapat ditulis: {why}"),
            why=exc.strerror or type(exc).__name__,
        )
        return _failed(unwritable, wants_json, lang)
    except KeyboardInterrupt:
        return 130
    except Exception:
        from kiplib.service.problems import EXIT_INTERNAL, internal_problem

        if os.environ.get("KIPLIB_DEBUG"):
            raise
        if wants_json:
            _write_problem(internal_problem(lang))
        else:
            sys.stderr.write(f"kiplib: {internal_problem(lang)['detail']}\n")
        return EXIT_INTERNAL
    return status


#: What a write to standard output may meet that is not kiplib's doing.
_OUTPUT_ERRORS: Final = frozenset({errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT})


def _failed(err: KiplibError, wants_json: bool, lang: str) -> int:
    from kiplib.service.problems import exit_code_of, problem

    if wants_json:
        _write_problem(problem(err, lang))
    else:
        sys.stderr.write(f"kiplib: {err.message(lang)}\n".replace("\n-", " -"))
    return exit_code_of(err)


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a file (tests, embedding)
        pass


def _tolerant_streams() -> None:
    """Text that cannot be written as it is (a lone surrogate in a name given on the command
    line) is written escaped instead of stopping the command."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
