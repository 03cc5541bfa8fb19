"""``kiplib new-plugin NAME --region CODE``: write the skeleton of a district plugin."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiplib.cli._scaffold import render
from kiplib.errors import InvalidInputError
from kiplib.i18n import N_, gettext

NAME = "new-plugin"
HELP = "buat kerangka plugin daerah / create a district plugin skeleton"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", help="nama plugin, mis. karanganyar (paket: kiplib-karanganyar)")
    parser.add_argument("--region", required=True, help="kode wilayah Kemendagri, mis. 33.13")
    parser.add_argument(
        "--output", default=".", help="folder tujuan / where to create kiplib-NAME (default: .)"
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")


def run(args: argparse.Namespace) -> int:
    files = render(args.name, args.region)
    target = Path(args.output) / f"kiplib-{args.name}"
    if target.exists():
        raise InvalidInputError(
            field="name",
            value=str(target),
            reason=N_("folder sudah ada; pilih nama lain atau hapus folder itu"),
        )
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if args.json:
        from kiplib.cli._output import write_json

        write_json({"path": str(target), "files": sorted(files)})
        return 0
    sys.stdout.write(
        gettext("Kerangka plugin dibuat di {path} ({n} berkas)", args.lang).format(
            path=target, n=len(files)
        )
        + "\n"
    )
    return 0
