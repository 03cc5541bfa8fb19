"""``kiplib document KIND RECORD.json``: render a document an office signs (HTML or Markdown).

``KIND`` is ``surat-penetapan`` or ``berita-acara`` (from a ``consequence_test`` record),
``dip`` (a ``dip_register``), ``dik`` (a ``dik_register``) or ``laporan-tahunan`` (the
``body_records`` of a body, with ``--year``). The record is read with the one converter of
:mod:`kiplib.serialization`; the document takes the style (kop surat, signatories) of the
record's body from the installed plugins.

A record that does not pass its check is refused (exit status 2, every problem named) unless
``--draft`` asks for a *konsep*, marked as one on every page. ``--place`` and ``--signed-on``
set where and when the DIP, DIK and annual report are signed (the surat penetapan and the
berita acara take both from their record, the DIP its date from its adoption); the annual
report is signed today unless ``--signed-on`` says otherwise, and only once its year has ended.
``--output FILE`` writes the document there (UTF-8) instead of to standard output.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from kiplib.cli._common import parse_instant
from kiplib.cli._output import write_output
from kiplib.cli._records import read_record
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_

NAME = "document"
HELP = (
    "dokumen: surat penetapan, berita acara, DIP, DIK, laporan tahunan (HTML/Markdown) / "
    "render a document"
)
KINDS = ("surat-penetapan", "berita-acara", "dip", "dik", "laporan-tahunan")

#: The documents whose place (``--place``) and date (``--signed-on``) may be given: the
#: others take them from their record.
_PLACE_GIVEN = ("dip", "dik", "laporan-tahunan")
_DATE_GIVEN = ("dik", "laporan-tahunan")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, help="jenis dokumen / document")
    parser.add_argument("record", help="berkas JSON rekaman, atau - untuk stdin")
    parser.add_argument(
        "--format", choices=("html", "markdown"), default="html", help="default: html"
    )
    parser.add_argument("--number", help="nomor dokumen / document number")
    parser.add_argument("--place", help="tempat penetapan / place (DIP, DIK, laporan)")
    parser.add_argument(
        "--signed-on",
        help="tanggal penandatanganan / date of signing, ISO (DIK, laporan; laporan: hari ini)",
    )
    parser.add_argument("--year", type=int, help="tahun layanan (laporan-tahunan) / year")
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    parser.add_argument(
        "--output", "-o", help="tulis ke berkas ini (UTF-8) / write to this file (UTF-8)"
    )
    parser.add_argument(
        "--draft",
        action="store_true",
        help="konsep, ditandai KONSEP di setiap halaman / a draft, marked on every page",
    )


def _refuse(flag: str, value: str, kind: str, reason: str) -> InvalidInputError:
    return InvalidInputError(field=flag, value=value, reason=reason, document=kind)


def _signed_on(text: str) -> date:
    value = parse_instant(text, field="--signed-on")
    if isinstance(value, datetime):
        raise InvalidInputError(
            field="--signed-on", value=text, reason=N_("harus berupa tanggal (date)")
        )
    return value


def _read(path: str, cls: type[Any]) -> Any:
    try:
        return read_record(path, cls)
    except OSError as exc:
        reason = N_("berkas tidak dapat dibaca: {error}")
        raise InvalidInputError(field="record", value=path, reason=reason, error=str(exc)) from exc
    except UnicodeDecodeError as exc:
        reason = N_("berkas bukan teks UTF-8: {error}")
        raise InvalidInputError(field="record", value=path, reason=reason, error=str(exc)) from exc


def run(args: argparse.Namespace) -> int:
    from kiplib import documents
    from kiplib.duties.compliance import BodyRecords
    from kiplib.duties.statistics import annual_report_due, service_statistics_from_logs

    kind = documents.DocumentKind(args.kind.replace("-", "_"))
    options: dict[str, object] = {"format": args.format, "lang": args.lang}
    if args.place is not None and args.kind not in _PLACE_GIVEN:
        raise _refuse(
            "--place",
            args.place,
            args.kind,
            N_("tempat {document} diambil dari rekamannya (place)"),
        )
    if args.signed_on is not None and args.kind not in _DATE_GIVEN:
        raise _refuse(
            "--signed-on",
            args.signed_on,
            args.kind,
            N_("tanggal {document} diambil dari rekamannya"),
        )
    signed_on = _signed_on(args.signed_on) if args.signed_on is not None else None
    if kind is documents.DocumentKind.ANNUAL_REPORT:
        if args.year is None:
            raise InvalidInputError(
                field="--year", value="-", reason=N_("laporan tahunan memerlukan --year")
            )
        records = _read(args.record, BodyRecords)
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
        # The command line is the one place that reads the clock: today, in the body's zone.
        options["signed_on"] = signed_on or datetime.now(records.body.zone).date()
    else:
        record = _read(args.record, documents.record_type(kind))
        if signed_on is not None:
            options["signed_on"] = signed_on
    if args.number is not None:
        if kind is documents.DocumentKind.CLASSIFICATION_DECISION:
            raise InvalidInputError(
                field="--number",
                value=args.number,
                reason=N_("nomor surat penetapan adalah nomor rekaman uji konsekuensi"),
            )
        options["number"] = args.number
    if args.place is not None:
        options["place"] = args.place
    if args.draft:
        options["draft"] = True
    text = documents.render(kind, record, **options)
    if args.json:
        from kiplib.cli._output import write_json
        from kiplib.service.views import document_view

        write_json(document_view(args.kind, args.format, text))
        return 0
    write_output(text, args.output)
    return 0
