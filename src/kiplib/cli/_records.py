"""Reading what the user names on the command line — a JSON file or standard input — with
one clear error for every way it can fail (missing, a directory, unreadable, not UTF-8, too
large, not JSON, nested too deep), never a traceback."""

from __future__ import annotations

import json
import sys
from typing import Any, TypeVar

from kiplib import serialization
from kiplib.errors import InvalidInputError, Problem, StructureError
from kiplib.i18n import N_

__all__ = ["read_json", "read_record", "read_text"]

T = TypeVar("T")


def read_bytes(path: str, *, field: str, limit: int = serialization.MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of the file ``path`` (``-``: standard input), at most ``limit`` of them.
    Anything that cannot be read, or a larger file, is an :class:`InvalidInputError` naming
    ``field`` and the path, with the system's reason."""
    try:
        if path == "-":
            raw = getattr(sys.stdin, "buffer", None)
            if raw is None:  # a text stream without bytes under it (tests, embedding)
                data = str(sys.stdin.read(limit + 1)).encode("utf-8", "surrogatepass")
            else:
                data = bytes(raw.read(limit + 1))
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise InvalidInputError(
            field=field,
            value=path,
            reason=N_("berkas tidak dapat dibaca: {why}"),
            why=exc.strerror or type(exc).__name__,
        ) from exc
    if len(data) > limit:
        raise InvalidInputError(
            field=field,
            value=path,
            reason=N_("berkas lebih besar dari {limit} bait"),
            limit=limit,
        )
    return data


def read_text(path: str, *, field: str) -> str:
    """The UTF-8 text of the file ``path`` (``-``: standard input); a byte-order mark is
    dropped. Anything that cannot be read is an :class:`InvalidInputError` naming ``field``
    and the path, with the system's reason."""
    if path == "-" and getattr(sys.stdin, "buffer", None) is None:
        return str(sys.stdin.read())  # a text stream: already text
    data = read_bytes(path, field=field)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            field=field,
            value=path,
            reason=N_("bukan teks UTF-8 (bait ke-{position})"),
            position=exc.start,
        ) from exc


def read_json(path: str, *, field: str) -> Any:
    """The JSON value in ``path`` (``-``: standard input), read as :func:`read_text` does;
    text that is not JSON, or nested deeper than stored documents may be, is a
    :class:`StructureError` naming the path."""
    text = read_text(path, field=field)
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise StructureError(
            field=path,
            problems=[
                Problem(
                    "$",
                    "too-deep",
                    N_("dokumen bersarang lebih dalam dari {limit} tingkat"),
                    {"limit": serialization.MAX_DEPTH},
                )
            ],
        ) from exc
    except ValueError as exc:
        raise StructureError(
            field=path,
            problems=[
                Problem("$", "not-json", N_("bukan JSON yang sah: {error}"), {"error": str(exc)})
            ],
        ) from exc


def read_record(path: str, cls: type[T], *, field: str = "record") -> T:
    """The record of type ``cls`` in the JSON file ``path`` (``-``: standard input); a file
    that cannot be read is named as ``field``, the command's argument."""
    return serialization.loads(read_text(path, field=field), cls)
