"""Errors for machines: one RFC 9457 problem object per :class:`~kiplib.KiplibError`.

:func:`problem` is the only place where an error becomes JSON. ``kiplib serve`` answers with it
(``application/problem+json``) and ``kiplib … --json`` writes it to standard error, so a PHP or
TypeScript app reads the same object from both::

    {
      "type": "urn:kiplib:error:naive-datetime",
      "title": "A datetime without a time zone",
      "status": 422,
      "detail": "start: the time 2024-04-05 09:00:00 has no time zone; …",
      "code": "naive-datetime",
      "params": {"field": "start", "value": "2024-04-05 09:00:00"},
      "lang": "en"
    }

``code`` is kiplib's stable error code (switch on it), ``params`` the values that made the
error, ``detail`` the message in the language asked for, and for a
:class:`~kiplib.errors.ValidationError` ``problems`` lists every problem with its path.

:data:`OUTCOMES` gives each error class its HTTP status and the command line's exit code
(most specific class first); :func:`status_of` and :func:`exit_code_of` read it.

Examples:
    >>> from kiplib.errors import NaiveDatetimeError
    >>> p = problem(NaiveDatetimeError(field="start", value="2024-04-05 09:00:00"), "en")
    >>> p["status"], p["code"], p["params"]["field"]
    (422, 'naive-datetime', 'start')
    >>> exit_code_of(NaiveDatetimeError(field="start", value="x"))
    2
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime, time
from enum import Enum
from typing import Any, Final

from kiplib import errors
from kiplib.errors import KiplibError
from kiplib.i18n import LANGUAGES, N_, gettext

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_RECORD_INVALID",
    "OUTCOMES",
    "PROBLEM_MEDIA_TYPE",
    "exit_code_of",
    "internal_problem",
    "problem",
    "status_of",
]

PROBLEM_MEDIA_TYPE: Final = "application/problem+json"

#: Exit codes of the command line that are not an error class's.
EXIT_OK: Final = 0
#: ``kiplib exemption``: the record was read and has problems (they are the output).
EXIT_RECORD_INVALID: Final = 1
#: Not an error kiplib raises on purpose (a bug: please report it).
EXIT_INTERNAL: Final = 70

#: ``(error class, HTTP status, exit code)``, the most specific class first. Exit code 2 is
#: shared by usage errors (argparse) and every kind of bad input, as it always was.
OUTCOMES: Final[tuple[tuple[type[KiplibError], int, int], ...]] = (
    (errors.TimeBudgetExceededError, 422, 2),
    (errors.LimitExceededError, 413, 2),
    (errors.StructureError, 400, 2),
    (errors.ValidationError, 422, 3),
    (errors.NotFoundError, 404, 4),
    (errors.PluginError, 422, 5),
    (errors.MissingDependencyError, 501, 6),
    (errors.InvalidInputError, 422, 2),
    (errors.KiplibError, 422, 2),
)


def _outcome(err: KiplibError) -> tuple[int, int]:
    for cls, status, code in OUTCOMES:
        if isinstance(err, cls):
            return status, code
    raise AssertionError(f"{type(err).__name__} has no outcome")  # KiplibError is the last row


def status_of(err: KiplibError) -> int:
    """The HTTP status the service answers ``err`` with."""
    return _outcome(err)[0]


def exit_code_of(err: KiplibError) -> int:
    """The exit status of the command line for ``err``."""
    return _outcome(err)[1]


def _title(cls: type[BaseException]) -> str:
    doc = (cls.__doc__ or cls.__name__).strip().split("\n\n", 1)[0]
    first = doc.replace("\n", " ").split("; ", 1)[0].split(". ", 1)[0]
    return first.rstrip(".").replace("``", "").replace(":class:`~kiplib.KiplibError`", "error")


def _plain(value: Any, lang: str) -> Any:
    """``value`` as JSON data (params may hold dates, enums, problems …)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return _plain(value.value, lang)
    if isinstance(value, errors.Problem):
        return {
            "path": value.path,
            "code": value.code,
            "message": value.message(lang),
            "params": _plain(value.params, lang),
        }
    if isinstance(value, Mapping):
        return {str(k): _plain(v, lang) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v, lang) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    return str(value)


def problem(
    err: KiplibError,
    lang: str = "id",
    *,
    status: int | None = None,
    instance: str | None = None,
) -> dict[str, Any]:
    """The RFC 9457 problem object of ``err``, its message in ``lang`` (``id`` or ``en``).

    ``status`` overrides the class's status (for errors of the protocol itself, e.g. 405 or
    415); ``instance`` names the request (its path).
    """
    if lang not in LANGUAGES:
        lang = "id"
    params = {k: v for k, v in err.params.items() if k != "problems"}
    out: dict[str, Any] = {
        "type": f"urn:kiplib:error:{err.code}",
        "title": _title(type(err)),
        "status": status if status is not None else status_of(err),
        "detail": err.message(lang),
        "code": err.code,
        "params": _plain(params, lang),
        "lang": lang,
    }
    if isinstance(err, errors.ValidationError):
        out["problems"] = [_plain(p, lang) for p in err.problems]
    if instance is not None:
        out["instance"] = instance
    return out


def internal_problem(lang: str = "id", *, instance: str | None = None) -> dict[str, Any]:
    """The problem object of an error kiplib did not raise on purpose (nothing of it is
    shown: it may hold data of another caller)."""
    if lang not in LANGUAGES:
        lang = "id"
    out: dict[str, Any] = {
        "type": "urn:kiplib:error:internal-error",
        "title": "Internal error",
        "status": 500,
        "detail": gettext(N_("kesalahan internal kiplib; mohon laporkan"), lang),
        "code": "internal-error",
        "params": {},
        "lang": lang,
    }
    if instance is not None:
        out["instance"] = instance
    return out
