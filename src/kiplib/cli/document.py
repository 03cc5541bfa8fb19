"""``kiplib document KIND RECORD.json``: render a document an office signs (HTML or Markdown).

``KIND`` is ``surat-penetapan`` or ``berita-acara`` (from a ``consequence_test`` record),
``dip`` (a ``dip_register``), ``dik`` (a ``dik_register``) or ``laporan-tahunan`` (the
``body_records`` of a body, with ``--year``). The record is read with the one converter of
:mod:`kiplib.serialization`; the document takes the style (kop surat, signatories) of the
record's body from the installed plugins.
"""

from __future__ import annotations

import argparse
import sys

from kiplib.cli._records import read_record
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_

NAME = "document"
HELP = (
    "dokumen: surat penetapan, berita acara, DIP, DIK, laporan tahunan (HTML/Markdown) / "
    "render a document"
)
KINDS = ("surat-penetapan", "berita-acara", "dip", "dik", "laporan-tahunan")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, help="jenis dokumen / document")
    parser.add_argument("record", help="berkas JSON rekaman, atau - untuk stdin")
    parser.add_argument(
        "--format", choices=("html", "markdown"), default="html", help="default: html"
    )
    parser.add_argument("--number", help="nomor dokumen / document number")
    parser.add_argument("--place", help="tempat penetapan / place (DIP, DIK, laporan)")
    parser.add_argument("--year", type=int, help="tahun layanan (laporan-tahunan) / year")
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")


def run(args: argparse.Namespace) -> int:
    from kiplib import documents
    from kiplib.duties.compliance import BodyRecords
    from kiplib.duties.statistics import annual_report_due, service_statistics_from_logs

    kind = documents.DocumentKind(args.kind.replace("-", "_"))
    options: dict[str, object] = {"format": args.format, "lang": args.lang}
    if kind is documents.DocumentKind.ANNUAL_REPORT:
        if args.year is None:
            raise InvalidInputError(
                field="--year", value="-", reason=N_("laporan tahunan memerlukan --year")
            )
        records = read_record(args.record, BodyRecords)
        # The finished-request records and the request logs, the logs as they stand on the
        # report's due date (31 March of the next year); a log without a written notice by
        # then counts as received and unanswered (UU 14/2008 Pasal 12 huruf a).
        record: object = service_statistics_from_logs(
            records.request_logs,
            finished=records.requests,
            year=args.year,
            as_of=annual_report_due(args.year).due,
            body=records.body,
        )
        options["body"] = records.body
    else:
        record = read_record(args.record, documents.record_type(kind))
    if args.number is not None:
        if kind is documents.DocumentKind.CLASSIFICATION_DECISION:
            raise InvalidInputError(
                field="--number",
                value=args.number,
                reason=N_("nomor surat penetapan adalah nomor rekaman uji konsekuensi"),
            )
        options["number"] = args.number
    if args.place is not None and kind in (
        documents.DocumentKind.DIP,
        documents.DocumentKind.DIK,
        documents.DocumentKind.ANNUAL_REPORT,
    ):
        options["place"] = args.place
    text = documents.render(kind, record, **options)
    if args.json:
        from kiplib.cli._output import write_json
        from kiplib.service.views import document_view

        write_json(document_view(args.kind, args.format, text))
        return 0
    sys.stdout.write(text)
    return 0
