"""``kiplib serve``: kiplib as an HTTP service for apps in any language (``kiplib[server]``).

The rule book is built once, before the first call: the installed plugins, or only those
named by ``--plugins`` (``none``: the national law alone). ``GET /v1/plugins`` shows it and
no call can change it. See :mod:`kiplib.service.app`.
"""

from __future__ import annotations

import argparse
import os

from kiplib.errors import MissingDependencyError

NAME = "serve"
HELP = "layanan HTTP (JSON) untuk aplikasi PPID / an HTTP (JSON) service for PPID apps"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="alamat / address (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (8000)")
    parser.add_argument("--workers", type=int, default=1, help="proses / worker processes (1)")
    parser.add_argument(
        "--plugins",
        default=None,
        help="plugin yang dimuat, dipisah koma, atau none / plugins to load (default: installed)",
    )
    parser.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        help="asal yang boleh memanggil dari peramban / an origin browsers may call from",
    )
    parser.add_argument("--json", action="store_true", help="kesalahan JSON / JSON errors")


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - the extra is installed where this is tested
        raise MissingDependencyError(
            field="kiplib serve", value="uvicorn", extra="server"
        ) from None
    from kiplib.service.app import ENV_CORS, ENV_PLUGINS, rule_book_from

    if args.plugins is not None:
        os.environ[ENV_PLUGINS] = args.plugins
    if args.cors_origin:
        os.environ[ENV_CORS] = ",".join(args.cors_origin)
    rule_book_from(os.environ)  # a plugin that cannot be loaded stops the start (exit 5)
    uvicorn.run(
        "kiplib.service.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=max(1, args.workers),
        log_level="warning",
        access_log=False,
        server_header=False,
    )
    return 0
