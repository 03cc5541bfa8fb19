"""``kiplib duties RECORDS.json --as-of … [--requests FILE]``: a body's compliance calendar.

``--requests`` adds open requests (a JSON file holding one stored ``request`` document or a list
of them) to the records' own ``request_logs``: their notices and keberatan answers due.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

import attrs

from kiplib.cli._common import parse_instant
from kiplib.cli._records import read_json, read_record
from kiplib.duties.compliance import BodyRecords, compliance_calendar
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.requests.lifecycle import Request

NAME = "duties"
HELP = (
    "kalender kepatuhan badan publik: DIP, informasi berkala, DIK, laporan tahunan / "
    "a body's compliance calendar"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("records", help="berkas JSON body_records, atau - untuk stdin")
    parser.add_argument("--as-of", required=True, help="tanggal acuan / reference date (ISO)")
    parser.add_argument(
        "--horizon", type=int, default=90, help="hari ke depan / days ahead (default 90)"
    )
    parser.add_argument(
        "--requests",
        help=(
            "berkas JSON permintaan (satu dokumen request atau daftarnya) / "
            "JSON file of open requests (one request document or a list)"
        ),
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")


def _requests(path: str) -> tuple[Request, ...]:
    from kiplib import serialization

    data: Any = read_json(path, field="--requests")
    docs = data if isinstance(data, list) else [data]
    return tuple(serialization.from_dict(doc, Request) for doc in docs)


def run(args: argparse.Namespace) -> int:
    as_of = parse_instant(args.as_of, field="--as-of")
    if not isinstance(as_of, date) or hasattr(as_of, "hour"):
        raise InvalidInputError(field="--as-of", value=args.as_of, reason=N_("harus tanggal"))
    records = read_record(args.records, BodyRecords, field="records")
    if args.requests is not None:
        records = attrs.evolve(
            records, request_logs=(*records.request_logs, *_requests(args.requests))
        )
    result = compliance_calendar(records, as_of=as_of, horizon_days=args.horizon)
    if args.json:
        from kiplib.cli._output import write_json
        from kiplib.service.views import compliance_view

        write_json(compliance_view(result, args.lang))
    else:
        sys.stdout.write(result.explain(args.lang) + "\n")
    return 0
