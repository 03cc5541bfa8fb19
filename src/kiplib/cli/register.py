"""``kiplib register``: the DIP and the DIK as files — validate one, convert it between CSV,
XLSX, the JSON table and kiplib's stored document, or say what changed between two years.

    kiplib register validate dip-2025.csv --year 2025 --adopted-on 2025-02-27
    kiplib register convert dip-2025.csv --year 2025 --adopted-on 2025-02-27 --to xlsx -o dip.xlsx
    kiplib register diff dip-2024.json dip-2025.json
    kiplib register validate dik.xlsx --kind dik --as-of 2025-03-31

The format of an input is read from its name (``.csv``, ``.xlsx``, ``.json``); a ``.json``
file is kiplib's stored ``dip_register`` / ``dik_register`` document when it has a ``kind``,
else the DIP's JSON table. A table needs what the file does not hold: the body (the body
options), and for a DIP its year and the day it was adopted, for a DIK the day it holds on.
Every bad row and column is named. On a terminal, the reading of a large file is announced
on standard error; piped or in a script, nothing but the result is written.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiplib import registers, serialization
from kiplib.cli._common import add_body_arguments, body_from_args, parse_instant
from kiplib.cli._output import write_output
from kiplib.cli._records import read_bytes, read_text
from kiplib.errors import InvalidInputError, Problem
from kiplib.i18n import N_, gettext

NAME = "register"
HELP = "DIP/DIK sebagai berkas: periksa, ubah format, bandingkan / registers as files"

FORMATS = ("csv", "xlsx", "json", "stored")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["validate", "convert", "diff"], help="tindakan")
    parser.add_argument("files", nargs="+", help="berkas (diff: lama lalu baru)")
    parser.add_argument("--kind", choices=["dip", "dik"], default="dip", help="DIP atau DIK")
    parser.add_argument(
        "--from", dest="source", choices=FORMATS, help="format masukan (default: dari nama)"
    )
    parser.add_argument("--to", choices=FORMATS, help="convert: format keluaran")
    parser.add_argument("--output", "-o", help="tulis ke berkas ini / write to this file")
    parser.add_argument("--year", type=int, help="DIP: tahun daftar / the DIP's year")
    parser.add_argument("--adopted-on", help="DIP: tanggal penetapan / the day it was adopted")
    parser.add_argument("--as-of", help="DIK: tanggal keadaan / the day the DIK holds on")
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    add_body_arguments(parser)


def _format_of(path: str, given: str | None) -> str:
    if given is not None:
        return given
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return suffix[1:]
    if suffix == ".json":
        return "json"
    raise InvalidInputError(
        field="--from",
        value=path,
        reason=N_("format tidak dapat dikenali dari nama berkas; sebutkan --from"),
    )


def _day(text: str | None, flag: str) -> date:
    if text is None:
        raise InvalidInputError(
            field=flag, value="-", reason=N_("wajib disebut untuk tabel {kind}"), kind=flag
        )
    value = parse_instant(text, field=flag)
    if isinstance(value, datetime):
        raise InvalidInputError(field=flag, value=text, reason=N_("harus berupa tanggal (date)"))
    return value


def _announce(message: str, lang: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(gettext(message, lang) + "\n")


def _read(path: str, args: argparse.Namespace) -> Any:
    fmt = _format_of(path, args.source)
    lang: str = args.lang
    started = time.perf_counter()
    _announce(N_("membaca berkas…"), lang)
    body = body_from_args(args)
    if fmt == "xlsx":
        data: str | bytes = read_bytes(
            path, field="files", limit=serialization.MAX_DOCUMENT_BYTES * 4
        )
    else:
        data = read_text(path, field="files")
    if fmt == "json" and _looks_stored(data):
        fmt = "stored"
    register: Any
    if fmt == "stored":
        expected = registers.DipRegister if args.kind == "dip" else registers.DikRegister
        register = serialization.loads(data, expected)
    elif args.kind == "dip":
        if fmt == "json":
            register = registers.dip_from_json(data, body=body)
        else:
            if args.year is None:
                raise InvalidInputError(
                    field="--year", value="-", reason=N_("wajib disebut untuk tabel DIP")
                )
            adopted = _day(args.adopted_on, "--adopted-on")
            if isinstance(data, bytes) and fmt == "xlsx":
                register = registers.dip_from_xlsx(
                    data, body=body, year=args.year, adopted_on=adopted
                )
            else:
                register = registers.dip_from_csv(
                    data, body=body, year=args.year, adopted_on=adopted
                )
    else:
        if fmt == "json":
            raise InvalidInputError(
                field="--from",
                value=fmt,
                reason=N_("DIK dibaca dari CSV, XLSX atau dokumen tersimpan"),
            )
        as_of = _day(args.as_of, "--as-of")
        if isinstance(data, bytes) and fmt == "xlsx":
            register = registers.dik_from_xlsx(data, body=body, as_of=as_of)
        else:
            register = registers.dik_from_csv(data, body=body, as_of=as_of)
    if sys.stderr.isatty():
        rows = len(register.entries)
        seconds = time.perf_counter() - started
        sys.stderr.write(
            gettext(N_("{rows} baris dibaca ({seconds:.1f} detik)"), lang).format(
                rows=rows, seconds=seconds
            )
            + "\n"
        )
    return register


def _looks_stored(data: str | bytes) -> bool:
    head = data[:200] if isinstance(data, str) else data[:200].decode("utf-8", "replace")
    return '"kind"' in head


def _written(register: Any, fmt: str, lang: str) -> str | bytes:
    dip = isinstance(register, registers.DipRegister)
    if fmt == "stored":
        return serialization.dumps(register, indent=2) + "\n"
    if fmt == "csv":
        return registers.dip_to_csv(register, lang) if dip else registers.dik_to_csv(register, lang)
    if fmt == "xlsx":
        return (
            registers.dip_to_xlsx(register, lang) if dip else registers.dik_to_xlsx(register, lang)
        )
    if dip:
        return registers.dip_to_json(register, lang)
    raise InvalidInputError(
        field="--to", value=fmt, reason=N_("DIK ditulis sebagai CSV, XLSX atau dokumen tersimpan")
    )


def _problems(register: Any) -> tuple[Problem, ...]:
    if isinstance(register, registers.DipRegister):
        return registers.check_dip(register)
    return ()


def run(args: argparse.Namespace) -> int:
    lang: str = args.lang
    files: list[str] = args.files
    if args.action == "diff":
        if len(files) != 2:
            raise InvalidInputError(
                field="files",
                value=" ".join(files),
                reason=N_("diff memerlukan dua berkas: yang lama lalu yang baru"),
            )
        old, new = _read(files[0], args), _read(files[1], args)
        if type(old) is not type(new):
            raise InvalidInputError(
                field="files", value=" ".join(files), reason=N_("dua daftar dari jenis yang sama")
            )
        changes: tuple[Any, ...] = (
            registers.diff_dip(old, new)
            if isinstance(old, registers.DipRegister)
            else registers.diff_dik(old, new)
        )
        if args.json:
            from kiplib.cli._output import write_json

            write_json([serialization.to_dict(c) for c in changes])
            return 0
        if not changes:
            # Say what was compared: a DIP diff follows the information in and out of the list
            # and its category (matched by summary), a DIK diff each record's period, grounds
            # and outcome — not every field of every entry.
            nothing = (
                N_(
                    "Tidak ada informasi yang ditambahkan, dihapus atau berganti kategori "
                    "(entri dicocokkan menurut ringkasan isi)."
                )
                if isinstance(old, registers.DipRegister)
                else N_(
                    "Tidak ada informasi yang masuk atau keluar DIK, dan tidak ada jangka waktu, "
                    "alasan atau hasil uji yang berubah (dicocokkan menurut nomor penetapan)."
                )
            )
            sys.stdout.write(gettext(nothing, lang) + "\n")
        for change in changes:
            sys.stdout.write(change.describe(lang) + "\n")
        return 0
    if len(files) != 1:
        raise InvalidInputError(
            field="files",
            value=" ".join(files),
            reason=N_("satu berkas untuk {action}"),
            action=args.action,
        )
    register = _read(files[0], args)
    if args.action == "validate":
        found = _problems(register)
        if args.json:
            from kiplib.cli._output import write_json
            from kiplib.service.views import register_view

            write_json(register_view(register, found, lang))
        elif found:
            for p in found:
                sys.stdout.write(f"{p.path}: {p.message(lang)}\n")
        else:
            sys.stdout.write(
                gettext(N_("{kind} {name}: {rows} baris, tanpa masalah"), lang).format(
                    kind=args.kind.upper(), name=register.body.name, rows=len(register.entries)
                )
                + "\n"
            )
        return 1 if found else 0
    if args.to is None:
        raise InvalidInputError(field="--to", value="-", reason=N_("convert memerlukan --to"))
    write_output(_written(register, args.to, lang), args.output)
    return 0
