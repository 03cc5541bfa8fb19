"""``kiplib timeline``: the whole life of one request — every deadline, the status, what now.

Events come from a JSON file (``-`` for standard input) — a stored ``request`` document, a
list of events, or an object with ``"events"`` — or, for the common case, from flags::

    kiplib timeline --received 2024-04-05T09:00+07:00 --as-of 2024-05-06
    kiplib timeline --received 2024-04-05 --notice-sent 2024-04-22 --outcome refused \\
        --exemption h.2 --as-of 2024-04-23 --lang en

A date without a time means the start of that day in the body's time zone. ``--as-of``
defaults to today in the body's time zone.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
from typing import Any

from kiplib import serialization
from kiplib.calendar.working import format_date
from kiplib.cli._common import add_body_arguments, body_from_args, parse_instant
from kiplib.cli._records import read_json
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import BodyLevel, PublicBody
from kiplib.requests.events import (
    Event,
    ExtensionDeclared,
    NoticeOutcome,
    NoticeSent,
    ObjectionAnswered,
    ObjectionFiled,
    RequestReceived,
)
from kiplib.requests.lifecycle import Request, Timeline

NAME = "timeline"
HELP = (
    "seluruh perjalanan satu permohonan: tenggat, status, langkah berikutnya / "
    "a request's whole life: deadlines, status, what can be done now"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "events",
        nargs="?",
        help="berkas JSON peristiwa ('-' untuk stdin) / JSON file of events ('-' for stdin)",
    )
    flags = parser.add_argument_group("peristiwa umum / common events")
    flags.add_argument("--received", help="permintaan diterima / request received (date or time)")
    flags.add_argument("--extension", help="perpanjangan dinyatakan / extension declared")
    flags.add_argument(
        "--extension-reason",
        default="Perpanjangan waktu pemberitahuan",
        help="alasan perpanjangan / reason for the extension",
    )
    flags.add_argument("--notice-sent", help="pemberitahuan tertulis dikirim / notice sent")
    flags.add_argument(
        "--outcome",
        default=NoticeOutcome.ACCEPTED.value,
        choices=[o.value for o in NoticeOutcome],
        help="isi pemberitahuan / what the notice says (default: accepted)",
    )
    flags.add_argument(
        "--exemption",
        action="append",
        default=[],
        help="alasan Pasal 17 (mis. h.2), dapat diulang / Pasal 17 ground, repeatable",
    )
    flags.add_argument("--objection", help="keberatan diajukan / keberatan filed")
    flags.add_argument(
        "--grounds",
        default="",
        help="alasan keberatan Pasal 35 ayat (1), mis. a,g / keberatan grounds, e.g. a,g",
    )
    flags.add_argument("--objection-answered", help="atasan PPID menanggapi / atasan answered")
    parser.add_argument(
        "--as-of",
        help="tanggal tinjauan (default: hari ini) / the day to describe (default: today)",
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    parser.add_argument(
        "--explain", action="store_true", help="penjelasan lengkap / full explanation"
    )
    add_body_arguments(parser)
    extra = parser.add_argument_group("badan publik (lanjutan) / public body (more)")
    extra.add_argument(
        "--level",
        default=BodyLevel.CENTRAL.value,
        choices=[lv.value for lv in BodyLevel],
        help="tingkat badan publik / level of the body (default: central)",
    )
    extra.add_argument("--atasan-ppid", default=None, help="atasan PPID / the PPID's superior")
    extra.add_argument(
        "--no-province-commission",
        action="store_true",
        help="Komisi Informasi provinsi belum terbentuk / no provincial KI",
    )
    extra.add_argument(
        "--regency-commission",
        action="store_true",
        help="Komisi Informasi kabupaten/kota sudah terbentuk / a regency/city KI exists",
    )


def _body(args: argparse.Namespace) -> PublicBody:
    import attrs

    return attrs.evolve(
        body_from_args(args),
        level=BodyLevel(args.level),
        atasan_ppid=args.atasan_ppid,
        province_commission=not args.no_province_commission,
        regency_commission=args.regency_commission,
    )


def _instant(text: str, field: str, body: PublicBody) -> datetime:
    value = parse_instant(text, field=field)
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(0, 0), tzinfo=body.zone)


def _events_from_flags(args: argparse.Namespace, body: PublicBody) -> list[Event]:
    if args.received is None:
        raise InvalidInputError(
            field="--received",
            value="-",
            reason=N_("berikan berkas peristiwa atau --received"),
        )
    events: list[Event] = [RequestReceived(_instant(args.received, "--received", body))]
    if args.extension:
        events.append(
            ExtensionDeclared(_instant(args.extension, "--extension", body), args.extension_reason)
        )
    if args.notice_sent:
        events.append(
            NoticeSent(
                _instant(args.notice_sent, "--notice-sent", body),
                NoticeOutcome(args.outcome),
                exemptions=tuple(args.exemption),
            )
        )
    if args.objection:
        grounds = tuple(g for g in args.grounds.replace(" ", "").split(",") if g)
        events.append(ObjectionFiled(_instant(args.objection, "--objection", body), grounds))
    if args.objection_answered:
        events.append(
            ObjectionAnswered(_instant(args.objection_answered, "--objection-answered", body))
        )
    return events


def _request_from_file(path: str, body: PublicBody) -> Request:
    """The request in ``path``: a stored ``request`` document (its body and id kept), or a
    list of events (or ``{"events": [...]}``) for the body the options describe."""
    data: Any = read_json(path, field="events")
    if isinstance(data, dict) and "kind" in data:
        stored: Request = serialization.from_dict(data, Request)
        return stored
    raw = data.get("events") if isinstance(data, dict) else data
    serialization.record_types()
    document = {
        "kind": "request",
        "schema_version": 1,
        "body": serialization.converter.unstructure(body),
        "events": raw,
    }
    built: Request = serialization.from_dict(document, Request)
    return built


def render(t: Timeline, lang: str = "id") -> str:
    """The timeline as a table plus what can be done now (the CLI's text output)."""
    _ = gettext
    header = _(N_("Permohonan di {body} ({zone}), per {as_of}"), lang).format(
        body=t.body.name, zone=t.body.zone_abbreviation, as_of=format_date(t.as_of, lang)
    )
    rows = [
        (
            _(N_("Tahap"), lang),
            _(N_("Batas waktu"), lang),
            _(N_("Keadaan"), lang),
            _(N_("Dasar hukum"), lang),
        )
    ]
    for e in t.entries:
        state = e.state.label(lang)
        if e.done_on is not None:
            state += f" ({e.done_on.isoformat()})"
        due = e.due.isoformat()
        if e.latest != e.due:
            due += " – " + e.latest.isoformat()
        due += " *" if e.deadline.provisional else ""
        rows.append((e.step.label(lang), due, state, str(e.deadline.citation)))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [header, _(N_("Status: {status}"), lang).format(status=t.summary(lang)), ""]
    for i, r in enumerate(rows):
        lines.append(
            "  ".join(c.ljust(w) for c, w in zip(r[:3], widths, strict=True)) + "  " + r[3]
        )
        if i == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * len(r[3]))
    lines.append("")
    lines.append(_(N_("Yang dapat dilakukan sekarang:"), lang))
    if t.actions:
        lines.extend("  - " + a.message(lang) for a in t.actions)
    else:
        lines.append("  - " + _(N_("tidak ada; permohonan selesai"), lang))
    lines.append(_(N_("Keberatan: {guard}"), lang).format(guard=t.objection.message(lang)))
    lines.append(_(N_("Mediasi: {guard}"), lang).format(guard=t.mediation.message(lang)))
    lines.append(_(N_("Sengketa: {guard}"), lang).format(guard=t.dispute.message(lang)))
    lines.append(_(N_("Gugatan: {guard}"), lang).format(guard=t.court.message(lang)))
    if t.defects:
        lines.append(_(N_("Catatan atas peristiwa yang dicatat:"), lang))
        lines.extend("  - " + d.message(lang) for d in t.defects)
    if any(e.latest != e.due for e in t.entries):
        lines.append(
            _(
                N_(
                    "Dua tanggal (D-12): hari yang aman menurut semua cara menghitung – hari "
                    "terakhir yang masih dibolehkan salah satu cara"
                ),
                lang,
            )
        )
    if any(e.deadline.provisional for e in t.entries):
        lines.append(_(N_("* sementara (D-5): tanggal dapat berubah"), lang))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    body = _body(args)
    if args.events:
        request = _request_from_file(args.events, body)
        body = request.body
    else:
        request = Request(body, tuple(_events_from_flags(args, body)))
    as_of: date | datetime
    if args.as_of:
        as_of = parse_instant(args.as_of, field="--as-of")
    else:
        as_of = datetime.now(body.zone).date()  # the command line may read the clock
    t = request.timeline(as_of=as_of)
    if args.json:
        from kiplib.cli._output import write_json
        from kiplib.service.views import timeline_view

        write_json(timeline_view(t, args.lang))
    elif args.explain:
        sys.stdout.write(t.explain(args.lang) + "\n")
    else:
        sys.stdout.write(render(t, args.lang) + "\n")
    return 0
