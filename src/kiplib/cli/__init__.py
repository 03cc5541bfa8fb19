"""The ``kiplib`` command (also ``python -m kiplib``).

Each sub-command lives in its own module of this package and is listed in ``COMMANDS``. Output
is in Bahasa Indonesia unless ``--lang en`` is given. Bad input prints one clear line to
standard error and exits with status 2 — never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import NoReturn

from kiplib._version import __version__
from kiplib.errors import KiplibError

__all__ = ["COMMANDS", "main"]

#: Sub-command modules; each has ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args)``.
COMMANDS: tuple[str, ...] = (
    "kiplib.cli.deadline",
    "kiplib.cli.timeline",
    "kiplib.cli.classify",
    "kiplib.cli.exemption",
    "kiplib.cli.plugins",
    "kiplib.cli.new_plugin",
    "kiplib.cli.duties",
    "kiplib.cli.document",
)

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = _Parser(
        prog="kiplib",
        description="Keterbukaan Informasi Publik (UU 14/2008): tenggat, hari kerja, kategori.",
    )
    parser.add_argument("--version", action="version", version=f"kiplib {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMANDS:
        module = import_module(name)
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        cmd.add_argument(
            "--lang",
            default="id",
            choices=["id", "en"],
            help="bahasa keluaran / output language (default: id)",
        )
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args._run(args)
    except KiplibError as err:
        sys.stderr.write(f"kiplib: {err.message(args.lang)}\n".replace("\n-", " -"))
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    return status
