"""``kiplib plugins [--json]``: the loaded plugins — name, version, scope, hooks, regulations."""

from __future__ import annotations

import argparse
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
        from kiplib.cli._output import write_json
        from kiplib.service.views import plugins_view

        write_json(plugins_view(infos))
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
