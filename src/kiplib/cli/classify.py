"""``kiplib classify ITEM.json --as-of …``: the category of an item and its basis."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from kiplib.cli._common import parse_instant
from kiplib.cli._records import read_record
from kiplib.errors import InvalidInputError
from kiplib.exemption.classification import classify
from kiplib.i18n import N_
from kiplib.law.classification import InformationItem

NAME = "classify"
HELP = "klasifikasi informasi / classify an item of information (information_item JSON)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("item", help="berkas JSON information_item, atau - untuk stdin")
    parser.add_argument("--as-of", required=True, help="tanggal acuan / reference date (ISO)")
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")


def run(args: argparse.Namespace) -> int:
    as_of = parse_instant(args.as_of, field="--as-of")
    if not isinstance(as_of, date) or hasattr(as_of, "hour"):
        raise InvalidInputError(field="--as-of", value=args.as_of, reason=N_("harus tanggal"))
    result = classify(read_record(args.item, InformationItem, field="item"), as_of=as_of)
    if args.json:
        from kiplib.cli._output import write_json
        from kiplib.service.views import classification_view

        write_json(classification_view(result, args.lang))
    else:
        sys.stdout.write(result.explain(args.lang) + "\n")
    return 0
