"""kiplib for every PPID app: the HTTP service, the JSON Schemas and the machine-readable errors.

An edge of kiplib: it calls the same public functions as any Python app and holds no rule of
the law itself.

* :mod:`kiplib.service.problems` — one function that turns any :class:`~kiplib.KiplibError`
  into an RFC 9457 problem object, the HTTP status and the command line's exit code of each
  error class;
* :mod:`kiplib.service.views` — how each kind of result is written as JSON, shared by the
  service and ``kiplib … --json``;
* :mod:`kiplib.service.schemas` — one JSON Schema (2020-12) per stored kind, derived from the
  attrs classes;
* :mod:`kiplib.service.app` — the Litestar application behind ``kiplib serve`` (needs
  ``pip install "kiplib[server]"``).

Only :mod:`kiplib.service.app` imports Litestar; the rest works with kiplib alone.
"""

from __future__ import annotations

__all__: list[str] = []
