"""``kiplib deadline STEP --start …``: the last day of one step, its basis and explanation."""

from __future__ import annotations

import argparse
import sys

from kiplib.cli._common import add_body_arguments, body_from_args, parse_instant
from kiplib.deadlines import deadline
from kiplib.law.steps import Step

NAME = "deadline"
HELP = "tenggat satu tahap permohonan / the deadline of one step of a request"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "step",
        choices=[s.value for s in Step],
        help="tahap: notice (10 hari kerja), notice_extended (+7), objection (keberatan), "
        "objection_response, dispute, dispute_start, dispute_end, court, cassation",
    )
    parser.add_argument(
        "--start",
        "--received",
        dest="start",
        required=True,
        help="awal hitungan: tanggal (2024-04-05) atau waktu dengan zona (2024-04-05T09:00+07:00)",
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="dengan --json: sertakan penjelasan / with --json: add the explanation",
    )
    add_body_arguments(parser)


def run(args: argparse.Namespace) -> int:
    body = body_from_args(args)
    result = deadline(Step(args.step), parse_instant(args.start, field="--start"), body=body)
    if args.json:
        from kiplib.cli._output import write_json
        from kiplib.service.views import deadline_view

        write_json(deadline_view(result, args.lang, explain=args.explain, body=body))
    else:
        sys.stdout.write(result.explain(args.lang) + "\n")
    return 0
