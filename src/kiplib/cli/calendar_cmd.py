"""``kiplib calendar``: the working-day calendar for daily work — is a day a working day (and
if not, why, with the decree behind it), the days off of a year, the n-th working day after a
date, and the working days between two dates (*hari kerja*, D-4)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from kiplib._check import iso_date
from kiplib.calendar.working import WorkingCalendar, format_date
from kiplib.cli._common import add_body_arguments, body_from_args
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_, gettext
from kiplib.rulebook.book import rules_or_default

NAME = "calendar"
HELP = "kalender hari kerja / the working-day calendar (day, year, add, between)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        choices=["day", "year", "add", "between"],
        help=(
            "day DATE: hari kerja atau bukan, dan mengapa; year YEAR: hari libur setahun; "
            "add DATE N: hari kerja ke-N sesudah DATE; between DATE DATE: jumlah hari kerja / "
            "is DATE a working day; the days off of YEAR; the N-th working day after DATE; "
            "the working days between two dates"
        ),
    )
    parser.add_argument("values", nargs="+", help="tanggal (2024-04-05), tahun atau jumlah")
    parser.add_argument(
        "--weekends",
        action="store_true",
        help="year: sertakan akhir pekan / list the weekends too",
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    add_body_arguments(parser)


def _int(text: str, field: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidInputError(
            field=field, value=repr(text), reason=N_("harus bilangan bulat")
        ) from None


def _expect(values: list[str], count: int, usage: str) -> None:
    if len(values) != count:
        raise InvalidInputError(
            field="values",
            value=" ".join(values),
            reason=N_("perlu {count} nilai: {usage}"),
            count=count,
            usage=usage,
        )


def run(args: argparse.Namespace) -> int:
    from kiplib.service import views

    body = body_from_args(args)
    cal: WorkingCalendar = rules_or_default(None).for_body(body).calendar
    lang: str = args.lang
    values: list[str] = args.values
    if args.action == "day":
        _expect(values, 1, "day DATE")
        d = iso_date(values[0], "DATE")
        view = views.day_off_view(cal, d, lang)
        view["working_day"] = cal.is_working_day(d)
        if args.json:
            return _json(view)
        _write_day(cal, d, view, lang)
    elif args.action == "year":
        _expect(values, 1, "year YEAR")
        year = _int(values[0], "YEAR")
        if not cal.first.year <= year <= cal.last.year:
            raise InvalidInputError(
                field="YEAR",
                value=values[0],
                reason=N_("kalender mencakup tahun {first} s.d. {last}"),
                first=cal.first.year,
                last=cal.last.year,
            )
        view = views.days_off_view(cal, year, lang, weekends=args.weekends)
        if args.json:
            return _json(view)
        _write_year(view, lang)
    elif args.action == "add":
        _expect(values, 2, "add DATE N")
        view = views.working_days_added_view(cal, iso_date(values[0], "DATE"), _int(values[1], "N"))
        if args.json:
            return _json(view)
        line = gettext(N_("Hari kerja ke-{n} sesudah {start}: {result}"), lang).format(
            n=view["n"],
            start=format_date(date.fromisoformat(view["start"]), lang),
            result=format_date(date.fromisoformat(view["result"]), lang),
        )
        sys.stdout.write(line + _provisional(view, lang) + "\n")
    else:
        _expect(values, 2, "between DATE DATE")
        view = views.working_days_between_view(
            cal, iso_date(values[0], "DATE"), iso_date(values[1], "DATE")
        )
        if args.json:
            return _json(view)
        line = gettext(N_("Hari kerja sesudah {start} sampai {end}: {n}"), lang).format(
            start=format_date(date.fromisoformat(view["start"]), lang),
            end=format_date(date.fromisoformat(view["end"]), lang),
            n=view["working_days"],
        )
        sys.stdout.write(line + _provisional(view, lang) + "\n")
    return 0


def _json(view: object) -> int:
    from kiplib.cli._output import write_json

    write_json(view)
    return 0


def _provisional(view: dict[str, object], lang: str) -> str:
    if not view.get("provisional"):
        return ""
    return " " + gettext(N_("(sementara, D-5: daftar resmi belum ada)"), lang)


def _reason_line(reason: dict[str, object], lang: str) -> str:
    text = str(reason["name"])
    if reason.get("instrument"):
        text += f" — {reason['instrument']}"
    if reason.get("estimated"):
        text += " " + gettext(N_("(perkiraan)"), lang)
    return text


def _write_day(cal: WorkingCalendar, d: date, view: dict[str, object], lang: str) -> None:
    shown = format_date(d, lang)
    if view["working_day"]:
        sys.stdout.write(gettext(N_("{date}: hari kerja"), lang).format(date=shown) + "\n")
        return
    sys.stdout.write(gettext(N_("{date}: bukan hari kerja"), lang).format(date=shown) + "\n")
    reasons = view["reasons"]
    assert isinstance(reasons, list)
    for reason in reasons:
        sys.stdout.write(f"  - {_reason_line(reason, lang)}\n")


def _write_year(view: dict[str, object], lang: str) -> None:
    head = gettext(N_("Hari libur tahun {year}"), lang).format(year=view["year"])
    if not view["confirmed"]:
        head += " " + gettext(N_("(sementara, D-5: daftar resmi belum ada)"), lang)
    sys.stdout.write(head + "\n")
    days = view["days"]
    assert isinstance(days, list)
    for day in days:
        reasons = "; ".join(_reason_line(r, lang) for r in day["reasons"])
        shown = format_date(date.fromisoformat(day["date"]), lang)
        sys.stdout.write(f"  {shown}: {reasons}\n")
