"""One JSON Schema (draft 2020-12) per stored kind, derived from the attrs classes.

The schemas are not written by hand: :func:`schema` walks the class registered for a kind in
:mod:`kiplib.serialization` (its fields, their types and defaults) and follows the same
choices as the one converter there — unknown keys refused, dates ``YYYY-MM-DD``, instants
with their UTC offset, times ``HH:MM``, enums by value, sets as sorted arrays, request events
as a union tagged by ``type``, fields the converter never stores
(:data:`kiplib.serialization.NOT_STORED`) left out. A field with a default may be absent; one
without must be present.

The schemas are shipped in the package (``kiplib/service/schemas/<kind>.json``, written by
``python -m kiplib.service.schemas``; a test checks that they equal what this module
generates), served by ``kiplib serve`` at ``/v1/schemas/{kind}`` and used by its OpenAPI
document.

A schema is a little stricter than the reader where the reader is lenient about
spelling (an instant must look like ``2024-04-05T09:00:00+07:00``): whatever kiplib writes
validates, and whatever validates kiplib reads.

Examples:
    >>> from kiplib.service.schemas import schema
    >>> s = schema("deadline")
    >>> s["properties"]["kind"], s["properties"]["schema_version"]
    ({'const': 'deadline'}, {'const': 3})
    >>> "calendar" in s["properties"]
    False
"""

from __future__ import annotations

import enum
import inspect
import json
import sys
import types
import typing
from collections.abc import Mapping, Sequence, Set
from datetime import date, datetime, time
from importlib import resources
from typing import Any, Final

import attrs

from kiplib import serialization
from kiplib.errors import NotFoundError
from kiplib.requests.events import EVENT_TYPES, Event

__all__ = ["DIALECT", "kinds", "schema", "schema_id", "shipped"]

#: The JSON Schema dialect of every schema (also OpenAPI 3.1's).
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"

#: The union of request events (a value here: a type alias is not a class).
_EVENT: Final[object] = Event

_DATE: Final = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_INSTANT: Final = {
    "type": "string",
    "format": "date-time",
    "pattern": (
        r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
        r"(Z|[+-]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)$"
    ),
}
_TIME: Final = {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$"}


def schema_id(kind: str) -> str:
    """The ``$id`` of a kind's schema (a URN: it names the schema, nobody fetches it)."""
    return f"urn:kiplib:schema:{kind}"


def kinds() -> tuple[str, ...]:
    """Every stored kind, in the order of :func:`kiplib.serialization.record_types`."""
    return tuple(r.kind for r in serialization.record_types())


def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of stored documents of ``kind`` at its current version.

    Raises:
        kiplib.errors.NotFoundError: no such kind.
    """
    record = {r.kind: r for r in serialization.record_types()}.get(kind)
    if record is None:
        raise NotFoundError(field="kind", value=kind)
    builder = _Builder()
    root = builder.object_of(record.cls)
    properties = {
        "kind": {"const": record.kind},
        "schema_version": {"const": record.version},
        **root["properties"],
    }
    out: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": schema_id(kind),
        "title": f"kiplib {kind} (version {record.version})",
        "description": _doc(record.cls),
        "type": "object",
        "properties": properties,
        "required": ["kind", "schema_version", *root["required"]],
        "additionalProperties": False,
    }
    if builder.defs:
        out["$defs"] = dict(sorted(builder.defs.items()))
    return out


def shipped(kind: str) -> dict[str, Any]:
    """The schema of ``kind`` as shipped in the package (see the module's description).

    Raises:
        kiplib.errors.NotFoundError: no such kind.
    """
    if kind not in kinds():
        raise NotFoundError(field="kind", value=kind)
    text = resources.files("kiplib.service").joinpath("schemas", f"{kind}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _doc(cls: type[Any]) -> str:
    # The first paragraph, its lines joined with single spaces: the same text whichever way
    # the Python at hand keeps a docstring's indentation (3.13 removes it, 3.11 does not).
    text = inspect.cleandoc(cls.__doc__ or cls.__name__)
    return " ".join(text.split("\n\n", 1)[0].split())


class _Builder:
    """Walks types; nested attrs classes go to ``$defs`` once, by class name."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def object_of(self, cls: type[Any]) -> dict[str, Any]:
        hints = _hints(cls)
        skipped = serialization.NOT_STORED.get(cls, frozenset())
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if not field.init or field.name in skipped:
                continue
            name = field.alias or field.name
            properties[name] = self.of(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(name)
        return {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def ref(self, cls: Any) -> dict[str, Any]:
        name = "Event" if cls is _EVENT else cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: a class may refer to itself
            if cls is _EVENT:
                self.defs[name] = {
                    "description": "An event of a request, tagged by its type.",
                    "oneOf": [self.ref(c) for _, c in sorted(EVENT_TYPES.items())],
                }
            else:
                body = self.object_of(cls)
                body["description"] = _doc(cls)
                if cls in EVENT_TYPES.values():
                    body["properties"] = {"type": {"const": cls.TYPE}, **body["properties"]}
                    body["required"] = ["type", *body["required"]]
                self.defs[name] = body
        return {"$ref": f"#/$defs/{name}"}

    def of(self, tp: Any) -> dict[str, Any]:
        if tp is Any:
            return {}
        if tp is type(None) or tp is None:
            return {"type": "null"}
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.of(a) for a in args]}
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            return {
                "type": "array",
                "prefixItems": [self.of(a) for a in args],
                "items": False,
            }
        if origin in (tuple, list, Sequence) or origin in (frozenset, set, Set):
            out: dict[str, Any] = {"type": "array", "items": self.of(args[0]) if args else {}}
            if origin in (frozenset, set, Set):
                out["uniqueItems"] = True
            return out
        if origin in (dict, Mapping):
            return {"type": "object", "additionalProperties": self.of(args[1]) if args else {}}
        if tp is _EVENT:
            return self.ref(tp)
        if isinstance(tp, type):
            return self.of_class(tp)
        raise TypeError(f"no JSON Schema for the type {tp!r}")  # pragma: no cover

    def of_class(self, tp: type[Any]) -> dict[str, Any]:
        if attrs.has(tp):
            return self.ref(tp)
        if issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string"}
        if tp is datetime:
            return dict(_INSTANT)
        if tp is date:
            return dict(_DATE)
        if tp is time:
            return dict(_TIME)
        raise TypeError(f"no JSON Schema for the type {tp!r}")  # pragma: no cover


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The resolved type of each stored field (only those: private tables may use types that
    cannot be evaluated at run time)."""
    module = sys.modules[cls.__module__]
    names = {**vars(typing), **vars(module)}
    out: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        tp = field.type
        out[field.name] = eval(tp, names) if isinstance(tp, str) else tp
    return out


def _write() -> None:  # pragma: no cover - a maintainer's command
    folder = resources.files("kiplib.service").joinpath("schemas")
    for kind in kinds():
        text = json.dumps(schema(kind), indent=2, ensure_ascii=False) + "\n"
        with resources.as_file(folder.joinpath(f"{kind}.json")) as path:
            path.write_text(text, encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    _write()
