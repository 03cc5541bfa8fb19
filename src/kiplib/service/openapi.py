"""The service's OpenAPI 3.1 document: Litestar's paths, completed with kiplib's schemas.

Litestar writes the paths, their path parameters and summaries from the route handlers.
This module adds what the handlers read themselves: the query parameters, the request bodies
and the answers, all pointing at the JSON Schemas of the stored kinds
(:mod:`kiplib.service.schemas`, shipped in the package) — OpenAPI 3.1 uses the same JSON
Schema dialect (2020-12), so they are used as they are. A result that is a stored kind is
answered as its document plus ``text`` (:mod:`kiplib.service.views`): its schema is the
kind's schema with that one member added.

``REFERENCE_PAGE`` is the API reference served at ``/``: one HTML page, shipped in the
package, that reads ``/openapi.json`` with a few lines of script — no asset from elsewhere,
so it works without a network.
"""

from __future__ import annotations

import copy
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

from kiplib.law.steps import Step
from kiplib.service.schemas import kinds, schema_id, shipped

if TYPE_CHECKING:
    from kiplib.service.app import Limits

__all__ = ["DESCRIPTION", "KINDS", "REFERENCE_PAGE", "SCHEMAS", "document"]

KINDS: Final = kinds()
#: The shipped schema of every kind (read once, when the service starts).
SCHEMAS: Final = {kind: shipped(kind) for kind in KINDS}
REFERENCE_PAGE: Final = resources.files("kiplib.service").joinpath("reference.html").read_bytes()

DESCRIPTION: Final = (
    "kiplib turns UU 14/2008 (Keterbukaan Informasi Publik), PP 61/2010 and the Komisi "
    "Informasi regulations into tested, cited code. Every answer is JSON in the language of "
    "Accept-Language (id by default, en); every error is an RFC 9457 problem object "
    "(application/problem+json) with kiplib's stable `code`, its `params` and the message in "
    "`detail`. Stored kinds have a JSON Schema at /v1/schemas/{kind}."
)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _view_schema(kind: str) -> dict[str, Any]:
    """The schema of a view: the kind's schema plus ``text`` (what people read)."""
    out = copy.deepcopy(SCHEMAS[kind])
    out["$id"] = schema_id(kind) + ":view"
    out["title"] = f"{out['title']} with text for people"
    out["properties"]["text"] = {
        "type": "object",
        "description": "What people read, in the language of Accept-Language.",
    }
    out["required"] = [*out["required"], "text"]
    return out


def _fields_of(kind: str) -> dict[str, Any]:
    """A kind's schema as the fields of an object given inside a call (``kind`` and
    ``schema_version`` may be left out)."""
    out = copy.deepcopy(SCHEMAS[kind])
    out["$id"] = schema_id(kind) + ":fields"
    out["required"] = [r for r in out["required"] if r not in ("kind", "schema_version")]
    return out


_DATE: Final = {"type": "string", "format": "date", "examples": ["2024-05-06"]}
_INSTANT: Final = {
    "type": "string",
    "description": "An ISO date (the body's local date) or an instant with its UTC offset.",
    "examples": ["2024-04-05T09:00+07:00", "2024-04-05"],
}

_PROBLEM: Final = {
    "type": "object",
    "description": "An RFC 9457 problem object.",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "code": {"type": "string", "description": "kiplib's stable error code"},
        "params": {"type": "object"},
        "lang": {"enum": ["id", "en"]},
        "problems": {"type": "array", "items": {"type": "object"}},
        "instance": {"type": "string"},
    },
    "required": ["type", "title", "status", "detail", "code", "params", "lang"],
}

_INPUTS: Final[dict[str, dict[str, Any]]] = {
    "DeadlineInput": {
        "type": "object",
        "properties": {
            "step": {"enum": [s.value for s in Step]},
            "start": _INSTANT,
            "body": _ref("public_body_fields"),
            "explain": {"type": "boolean", "description": "add the explanation to text"},
        },
        "required": ["step", "start"],
        "additionalProperties": False,
    },
    "TimelineInput": {
        "oneOf": [
            {
                "type": "object",
                "properties": {"request": _ref("request"), "as_of": _INSTANT},
                "required": ["request", "as_of"],
                "additionalProperties": False,
            },
            {
                "type": "object",
                "properties": {
                    "body": _ref("public_body_fields"),
                    "events": {"$ref": "#/components/schemas/request/properties/events"},
                    "as_of": _INSTANT,
                },
                "required": ["events", "as_of"],
                "additionalProperties": False,
            },
        ]
    },
    "ClassifyInput": {
        "type": "object",
        "properties": {"item": _ref("information_item"), "as_of": _DATE},
        "required": ["item", "as_of"],
        "additionalProperties": False,
    },
    "ConsequenceTestInput": {
        "type": "object",
        "properties": {"record": _ref("consequence_test"), "as_of": _DATE},
        "required": ["record"],
        "additionalProperties": False,
    },
    "BatchLine": {
        "type": "object",
        "description": (
            'After a first line {"as_of": date, "body": public body fields}, one line per request.'
        ),
        "properties": {
            "id": {"type": ["string", "integer", "null"]},
            "received": _INSTANT,
            "notice_sent": {"anyOf": [_INSTANT, {"type": "null"}]},
            "extended": {"type": "boolean"},
        },
        "required": ["received"],
        "additionalProperties": False,
    },
    "BatchResult": {
        "type": "object",
        "description": "One line per request, in input order; a line with `problem` ends it.",
        "properties": {
            "id": {"type": ["string", "integer", "null"]},
            "due": _DATE,
            "status": {"enum": ["pending", "overdue", "on_time", "late"]},
            "days_overdue": {"type": "integer"},
            "problem": _ref("Problem"),
        },
    },
    "CheckResult": {
        "type": "object",
        "properties": {
            "valid": {"type": "boolean"},
            "problems": {"type": "array", "items": {"type": "object"}},
            "status": {"anyOf": [_ref("exemption_status"), {"type": "null"}]},
            "text": {"type": "object"},
        },
        "required": ["valid", "problems", "status"],
    },
    "RegisterResult": {
        "type": "object",
        "properties": {
            "valid": {"type": "boolean"},
            "problems": {"type": "array", "items": {"type": "object"}},
            "register": {"anyOf": [_ref("dip_register"), _ref("dik_register")]},
        },
        "required": ["valid", "problems", "register"],
    },
    "DocumentResult": {
        "type": "object",
        "properties": {
            "kind": {"type": "string"},
            "format": {"enum": ["html", "markdown"]},
            "media_type": {"type": "string"},
            "content": {"type": "string"},
        },
        "required": ["kind", "format", "media_type", "content"],
    },
}


def _query(name: str, description: str, *, required: bool = False) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": {"type": "string"},
    }


_BODY_QUERY: Final = [
    _query("name", "the public body's name"),
    _query("region_code", "its Kemendagri region code (district rules apply)"),
    _query("timezone", "Asia/Jakarta, Asia/Makassar or Asia/Jayapura"),
    _query("body_type", "state or non_state"),
    _query("level", "central, province, regency_city …"),
    _query("cuti_bersama", "true or false"),
]

#: ``(path, method) -> (request body: media type and schema, answer schema, query)``.
_OPERATIONS: Final[dict[tuple[str, str], tuple[Any, Any, list[dict[str, Any]]]]] = {
    ("/v1/deadline", "post"): (("application/json", _ref("DeadlineInput")),
                               _ref("deadline_view"), []),
    ("/v1/timeline", "post"): (("application/json", _ref("TimelineInput")),
                               _ref("timeline_view"), []),
    ("/v1/batch/notice-status", "post"): (("application/x-ndjson", _ref("BatchLine")),
                                          _ref("BatchResult"), []),
    ("/v1/classify", "post"): (("application/json", _ref("ClassifyInput")),
                               _ref("classification_view"), []),
    ("/v1/consequence-test/check", "post"): (("application/json", _ref("ConsequenceTestInput")),
                                             _ref("CheckResult"), []),
    ("/v1/exemption-status", "post"): (("application/json", _ref("ConsequenceTestInput")),
                                       _ref("exemption_status_view"), []),
    ("/v1/calendar/{year}/days-off", "get"): (None, {"type": "object"},
                                              [_query("weekends", "true: list weekends too"),
                                               *_BODY_QUERY]),
    ("/v1/calendar/working-days", "get"): (None, {"type": "object"},
                                           [_query("start", "a date", required=True),
                                            _query("end", "a date", required=True),
                                            *_BODY_QUERY]),
    ("/v1/calendar/add-working-days", "get"): (None, {"type": "object"},
                                               [_query("start", "a date", required=True),
                                                _query("n", "working days", required=True),
                                                *_BODY_QUERY]),
    ("/v1/registers/{register}", "post"): (("application/json", {"type": "object"}),
                                           _ref("RegisterResult"),
                                           [_query("from", "json (default), csv or xlsx"),
                                            _query("to", "json (default), csv or xlsx"),
                                            _query("columns", "id or en: the table's headers"),
                                            _query("year", "DIP from a table: its year"),
                                            _query("adopted_on", "DIP from a table: adopted"),
                                            _query("revision", "DIP from a table: revision"),
                                            _query("as_of", "DIK from a table: its date"),
                                            *_BODY_QUERY]),
    ("/v1/documents/{kind}", "post"): (("application/json", {"type": "object"}),
                                       _ref("DocumentResult"),
                                       [_query("format", "html (default) or markdown"),
                                        _query("number", "the document's number"),
                                        _query("place", "where it is signed"),
                                        _query("year", "laporan-tahunan: the year")]),
}  # fmt: skip


def document(generated: dict[str, Any], limits: Limits) -> dict[str, Any]:
    """Litestar's generated document completed with kiplib's schemas and operations."""
    out = copy.deepcopy(generated)
    out["info"]["x-limits"] = {
        "body_bytes": limits.body_bytes,
        "batch_lines": limits.batch_lines,
        "events": limits.events,
        "depth": limits.depth,
        "seconds": limits.seconds,
    }
    schemas: dict[str, Any] = {kind: SCHEMAS[kind] for kind in KINDS}
    for kind in ("deadline", "timeline", "classification", "exemption_status"):
        schemas[f"{kind}_view"] = _view_schema(kind)
    schemas["public_body_fields"] = _fields_of("public_body")
    schemas["Problem"] = _PROBLEM
    schemas.update(_INPUTS)
    out.setdefault("components", {})["schemas"] = schemas
    problem = {"application/problem+json": {"schema": _ref("Problem")}}
    for path, operations in out.get("paths", {}).items():
        for method, operation in operations.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            found = _OPERATIONS.get((path, method))
            answer: Any = {"type": "object"}
            if found is not None:
                body, answer, query = found
                if body is not None:
                    media, body_schema = body
                    operation["requestBody"] = {
                        "required": True,
                        "content": {media: {"schema": body_schema}},
                    }
                operation["parameters"] = [*operation.get("parameters", []), *query]
            operation["parameters"] = [
                *operation.get("parameters", []),
                {
                    "name": "Accept-Language",
                    "in": "header",
                    "required": False,
                    "schema": {"type": "string"},
                    "description": "id (default) or en",
                },
            ]
            media = "application/x-ndjson" if path == "/v1/batch/notice-status" else None
            operation["responses"] = {
                "200": {
                    "description": "OK",
                    "content": {media or "application/json": {"schema": answer}},
                },
                "4XX": {"description": "A problem with the call", "content": problem},
            }
    return out
