"""``kiplib plugins [--json]``: the loaded plugins — name, version, scope, hooks, regulations."""

from __future__ import annotations

import argparse
import json
import sys

from kiplib.i18n import gettext

NAME = "plugins"
HELP = "plugin daerah yang terpasang / installed district plugins"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")


def run(args: argparse.Namespace) -> int:
    from kiplib.plugins import list_plugins

    infos = list_plugins()
    if args.json:
        rows = [
            {
                "name": i.name,
                "version": i.version,
                "origin": i.origin,
                "scope": {
                    "level": i.scope.level.name.lower(),
                    "region_code": i.scope.region_code,
                    "bodies": list(i.scope.bodies),
                    "name": i.scope.name,
                },
                "hooks": list(i.hooks),
                "regulations": [
                    {
                        "citation": str(r.citation),
                        "title": r.title,
                        "replaces": [str(c) for c in r.replaces],
                        "assumption": r.assumption,
                    }
                    for r in i.regulations
                ],
            }
            for i in infos
        ]
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    lang = args.lang
    for i in infos:
        sys.stdout.write(f"{i.name} {i.version} — {i.scope} [{i.origin}]\n")
        for r in i.regulations:
            sys.stdout.write(f"  {r.citation}: {r.title}\n")
            if r.assumption:
                sys.stdout.write(f"    {r.assumption}\n")
        label = gettext("hook", lang)
        sys.stdout.write(f"  {label}: {', '.join(i.hooks)}\n")
    return 0
