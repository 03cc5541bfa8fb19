"""``kiplib exemption RECORD.json --as-of …``: validation, end date and declaration deadline."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from kiplib.cli._common import parse_instant
from kiplib.cli._records import read_record
from kiplib.errors import InvalidInputError
from kiplib.exemption.checks import check
from kiplib.exemption.consequence_test import ConsequenceTest
from kiplib.exemption.status import exemption_status
from kiplib.i18n import N_, gettext

NAME = "exemption"
HELP = (
    "periksa uji konsekuensi, akhir pengecualian dan batas penetapan PPID / check a "
    "consequence test, its end and the declaration deadline"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("record", help="berkas JSON consequence_test, atau - untuk stdin")
    parser.add_argument("--as-of", required=True, help="tanggal acuan / reference date (ISO)")
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")


def run(args: argparse.Namespace) -> int:
    as_of = parse_instant(args.as_of, field="--as-of")
    if not isinstance(as_of, date) or hasattr(as_of, "hour"):
        raise InvalidInputError(field="--as-of", value=args.as_of, reason=N_("harus tanggal"))
    record = read_record(args.record, ConsequenceTest)
    problems = check(record)
    status = exemption_status(record, as_of=as_of) if not problems else None
    if args.json:
        from kiplib.cli._output import write_json
        from kiplib.service.views import exemption_view

        write_json(exemption_view(problems, status, args.lang))
    elif problems:
        sys.stdout.write(gettext(N_("Uji konsekuensi tidak sah:"), args.lang) + "\n")
        for p in problems:
            sys.stdout.write(f"- {p.path}: {p.message(args.lang)}\n")
    else:
        assert status is not None
        sys.stdout.write(gettext(N_("Uji konsekuensi sah."), args.lang) + "\n")
        sys.stdout.write(status.explain(args.lang) + "\n")
    return 1 if problems else 0
