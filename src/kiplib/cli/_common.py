"""Helpers shared by the sub-commands: reading dates, instants and bodies from arguments."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.law.bodies import AfterHoursPolicy, BodyType, PublicBody

__all__ = ["add_body_arguments", "body_from_args", "parse_instant"]


def parse_instant(text: str, *, field: str) -> date | datetime:
    """``2024-04-05`` → a date; ``2024-04-05T09:00+07:00`` → an aware datetime.

    A time without an offset is refused by the deadline engine (naive datetime), so the user
    learns to say which zone they mean.
    """
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInputError(
            field=field,
            value=repr(text),
            reason=N_(
                "gunakan tanggal ISO (2024-04-05) atau waktu dengan zona (2024-04-05T09:00+07:00)"
            ),
        ) from None


def add_body_arguments(parser: argparse.ArgumentParser) -> None:
    """Options that describe the public body."""
    group = parser.add_argument_group("badan publik / public body")
    group.add_argument("--body", default="Badan Publik", help="nama badan publik / body name")
    group.add_argument(
        "--timezone",
        default="Asia/Jakarta",
        help="zona waktu: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)",
    )
    group.add_argument(
        "--body-type",
        default=BodyType.STATE.value,
        choices=[t.value for t in BodyType],
        help="jenis badan publik (default: state = Badan Publik Negara)",
    )
    group.add_argument("--region", default=None, help="kode wilayah Kemendagri, mis. 33.13")
    cuti = group.add_mutually_exclusive_group()
    cuti.add_argument(
        "--cuti-bersama",
        dest="cuti_bersama",
        action="store_true",
        default=None,
        help="cuti bersama adalah hari libur (default untuk Badan Publik Negara, D-4)",
    )
    cuti.add_argument(
        "--no-cuti-bersama",
        dest="cuti_bersama",
        action="store_false",
        help="cuti bersama dihitung sebagai hari kerja",
    )
    group.add_argument(
        "--after-hours-next-day",
        action="store_true",
        help="permintaan di luar jam layanan dianggap diterima hari kerja berikutnya (D-7)",
    )


def body_from_args(args: argparse.Namespace) -> PublicBody:
    """The :class:`PublicBody` described by the options of :func:`add_body_arguments`."""
    return PublicBody(
        name=args.body,
        timezone=args.timezone,
        body_type=BodyType(args.body_type),
        region_code=args.region,
        observes_cuti_bersama=args.cuti_bersama,
        after_hours=(
            AfterHoursPolicy.NEXT_WORKING_DAY
            if args.after_hours_next_day
            else AfterHoursPolicy.SAME_DAY
        ),
    )
