"""The HTTP service behind ``kiplib serve``: kiplib's public functions as JSON over HTTP.

:func:`create_app` builds a Litestar application around one :class:`~kiplib.RuleBook`, chosen
when the service starts; no call can change it, and no call reads or writes a file. Every
answer is JSON (a rendered document may also be asked for as HTML or Markdown), in the
language of ``Accept-Language`` (Bahasa Indonesia unless English is preferred), and every
error an RFC 9457 problem object (:mod:`kiplib.service.problems`).

Limits (:class:`Limits`) bound every call: the size of a body, the lines of a batch, the
events of a request, the nesting of JSON, and a time budget checked between the units of
work of the long calls (batches, registers, documents); each unit is bounded by the others.

Needs ``pip install "kiplib[server]"`` (Litestar and uvicorn).
"""

from __future__ import annotations

import gc
import json
import logging
import re
import time as _time
from collections.abc import AsyncIterator, Callable, Mapping
from datetime import date, datetime
from typing import Any, Final

import attrs
import msgspec
from litestar import Litestar, Request, Response, get, post
from litestar.config.cors import CORSConfig
from litestar.exceptions import HTTPException
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.spec import Components
from litestar.response import Stream

from kiplib import serialization
from kiplib._check import iso_date
from kiplib._version import __version__
from kiplib.batch import notice_status
from kiplib.deadlines import deadline
from kiplib.duties.compliance import BodyRecords
from kiplib.duties.statistics import annual_report_due, service_statistics_from_logs
from kiplib.errors import (
    InvalidInputError,
    KiplibError,
    LimitExceededError,
    NotFoundError,
    Problem,
    StructureError,
    TimeBudgetExceededError,
)
from kiplib.exemption.checks import check, validate
from kiplib.exemption.classification import classify
from kiplib.exemption.consequence_test import ConsequenceTest
from kiplib.exemption.status import exemption_status
from kiplib.i18n import N_
from kiplib.law.bodies import DEFAULT_BODY, PublicBody
from kiplib.law.classification import InformationItem
from kiplib.law.steps import Step
from kiplib.plugins.manager import list_plugins
from kiplib.registers import (
    DikRegister,
    DipRegister,
    check_dip,
    dik_from_csv,
    dik_from_xlsx,
    dik_to_csv,
    dik_to_xlsx,
    dip_from_csv,
    dip_from_xlsx,
    dip_to_csv,
    dip_to_xlsx,
)
from kiplib.requests.lifecycle import Request as KipRequest
from kiplib.rulebook.book import RuleBook
from kiplib.service import openapi, views
from kiplib.service.problems import PROBLEM_MEDIA_TYPE, internal_problem, problem

__all__ = [
    "ENV_CORS",
    "ENV_PLUGINS",
    "Limits",
    "app_from_environment",
    "create_app",
    "negotiate_language",
    "rule_book_from",
]

_log = logging.getLogger("kiplib.service")

JSON: Final = "application/json"
NDJSON: Final = "application/x-ndjson"
XLSX: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_ENCODER: Final = msgspec.json.Encoder()


@attrs.frozen
class Limits:
    """What one call may ask of the service.

    Attributes:
        body_bytes: the largest request body (bytes).
        batch_lines: the most requests in one batch.
        line_bytes: the longest line of a batch (bytes).
        events: the most events in one request's log.
        depth: the deepest nesting of arrays and objects in a JSON body.
        seconds: the time budget of one call, checked between units of work.
    """

    body_bytes: int = 2_000_000
    batch_lines: int = 1_000_000
    line_bytes: int = 2_048
    events: int = 500
    depth: int = 32
    seconds: float = 10.0


# --------------------------------------------------------------------------- language
def negotiate_language(header: str | None) -> str:
    """``id`` or ``en`` from an ``Accept-Language`` header (``id`` unless ``en`` is
    preferred; unknown languages and malformed parts are ignored)."""
    best, best_q = "id", -1.0
    for part in (header or "").split(","):
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower().split("-", 1)[0]
        if lang not in ("id", "en", "in"):
            continue
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
                if not 0.0 <= q <= 1.0:
                    q = 0.0
        if q > best_q:
            best, best_q = ("en" if lang == "en" else "id"), q
    return best if best_q > 0 else "id"


def _lang(request: Request[Any, Any, Any]) -> str:
    return negotiate_language(request.headers.get("accept-language"))


# --------------------------------------------------------------------------- responses
def _language_headers(lang: str) -> dict[str, str]:
    """The headers of every answer in a language (the answer varies with the one asked)."""
    return {"Content-Language": lang, "Vary": "Accept-Language"}


def _json(data: Any, lang: str, status: int = 200) -> Response[bytes]:
    return Response(
        _ENCODER.encode(data), status_code=status, media_type=JSON, headers=_language_headers(lang)
    )


def _problem_response(body: dict[str, Any]) -> Response[bytes]:
    return Response(
        _ENCODER.encode(body),
        status_code=int(body["status"]),
        media_type=PROBLEM_MEDIA_TYPE,
        headers=_language_headers(str(body["lang"])),
    )


# --------------------------------------------------------------------------- reading input
#: A UTF-16 surrogate on its own: JSON's ``\\ud800`` escapes allow it, UTF-8 cannot carry it
#: (an answer that echoed it could not be written).
_LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _depth_ok(value: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            if level > limit:
                return False
            stack.extend((v, level + 1) for v in node.values())
        elif isinstance(node, list):
            if level > limit:
                return False
            stack.extend((v, level + 1) for v in node)
    return True


def _lone_surrogate(value: Any, path: str = "$") -> str | None:
    """The JSON path of the first text (a value or a key) holding a lone surrogate."""
    if isinstance(value, str):
        return path if _LONE_SURROGATE.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            shown = f"{path}.{_cut(key)}"
            if _LONE_SURROGATE.search(key):
                return shown
            found = _lone_surrogate(item, shown)
            if found is not None:
                return found
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found = _lone_surrogate(item, f"{path}[{i}]")
            if found is not None:
                return found
    return None


#: Where JSON text may hold a surrogate: its escape (``\ud800``; UTF-8 itself cannot).
_SURROGATE_ESCAPE: Final = re.compile(rb"\\u[dD][89a-fA-F]")


def _no_lone_surrogate(data: Any, field: str, raw: bytes) -> None:
    """Refuse ``data`` (read from the JSON text ``raw``) when a text in it holds a lone
    surrogate; the values are walked only when ``raw`` holds a surrogate's escape at all."""
    if _SURROGATE_ESCAPE.search(raw) is None:
        return
    found = _lone_surrogate(data)
    if found is not None:
        where = found.encode("utf-8", "backslashreplace").decode("utf-8")  # \ud800 shown
        raise StructureError(
            field=field,
            problems=[
                _problem(where, "invalid-text", N_("teks memuat surrogate UTF-16 tanpa pasangan"))
            ],
        )


def _cut(text: str, most: int = 80) -> str:
    """A name taken from the input, as long as an answer may echo it."""
    return text if len(text) <= most else text[: most - 3] + "..."


def _parse_json(raw: bytes, limits: Limits, field: str = "body") -> Any:
    try:
        data = json.loads(raw)
    except RecursionError:
        raise LimitExceededError(field=field, value="JSON", limit=f"depth {limits.depth}") from None
    except ValueError as exc:
        raise StructureError(
            field=field,
            problems=[_problem("$", "not-json", N_("bukan JSON yang sah: {error}"), error=exc)],
        ) from None
    if not _depth_ok(data, limits.depth):
        raise LimitExceededError(field=field, value="JSON", limit=f"depth {limits.depth}")
    _no_lone_surrogate(data, field, raw)
    return data


def _problem(path: str, code: str, template: str, **params: object) -> Problem:
    return Problem(path, code, template, {k: str(v) for k, v in params.items()})


async def _body(request: Request[Any, Any, Any], limits: Limits) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit():
        if int(declared) > limits.body_bytes:
            raise LimitExceededError(
                field="body", value=f"{declared} bytes", limit=limits.body_bytes
            )
        return await request.body()  # the server stops at the declared length
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.body_bytes:
            raise LimitExceededError(field="body", value=f"> {size} bytes", limit=limits.body_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def _media(request: Request[Any, Any, Any]) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def _json_object(request: Request[Any, Any, Any], limits: Limits) -> dict[str, Any]:
    media = _media(request)
    if media and media != JSON and not media.endswith("+json"):
        raise _MediaTypeError(media)
    data = _parse_json(await _body(request, limits), limits)
    if not isinstance(data, dict):
        raise StructureError(
            field="body", problems=[_problem("$", "not-object", N_("harus berupa objek JSON"))]
        )
    return data


class _MediaTypeError(Exception):
    def __init__(self, media: str) -> None:
        super().__init__(media)
        self.media = media


def _keys(data: Mapping[str, Any], allowed: tuple[str, ...], field: str = "body") -> None:
    extra = sorted(set(data) - set(allowed))
    if extra:
        raise StructureError(
            field=field,
            problems=[
                _problem(
                    f"$.{_cut(k)}", "unknown-field", N_("kolom tidak dikenal: {name}"), name=_cut(k)
                )
                for k in extra[:20]
            ],
        )


def _required(data: Mapping[str, Any], key: str) -> Any:
    if key not in data:
        raise StructureError(
            field="body",
            problems=[_problem(f"$.{key}", "missing", N_("wajib diisi: {name}"), name=key)],
        )
    return data[key]


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(field=field, value=repr(value)[:80], reason=N_("harus berupa teks"))
    return value


def _date(value: Any, field: str) -> date:
    text = _text(value, field)
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise InvalidInputError(
        field=field, value=repr(text)[:80], reason=N_("gunakan tanggal ISO (2024-04-05)")
    )


def _instant(value: Any, field: str) -> date | datetime:
    text = _text(value, field)
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInputError(
            field=field,
            value=repr(text)[:80],
            reason=N_(
                "gunakan tanggal ISO (2024-04-05) atau waktu dengan zona (2024-04-05T09:00+07:00)"
            ),
        ) from None


#: An integer as a query or form gives it: ASCII digits, a sign at most.
_INTEGER: Final = re.compile("-?[0-9]{1,12}")


def _int(value: Any, field: str, lo: int, hi: int) -> int:
    if isinstance(value, str):
        text = value.strip()
        if _INTEGER.fullmatch(text):
            value = int(text)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise InvalidInputError(
            field=field,
            value=repr(value)[:80],
            reason=N_("harus bilangan bulat antara {lo} dan {hi}"),
            lo=lo,
            hi=hi,
        )
    return value


def _bool(value: str | None, field: str, default: bool) -> bool:
    if value is None:
        return default
    if value.lower() in ("1", "true", "yes"):
        return True
    if value.lower() in ("0", "false", "no"):
        return False
    raise InvalidInputError(field=field, value=repr(value)[:80], reason=N_("harus true atau false"))


def _record(data: Any, cls: type[Any], field: str) -> Any:
    if not isinstance(data, dict):
        raise StructureError(
            field=field, problems=[_problem("$", "not-object", N_("harus berupa objek JSON"))]
        )
    return serialization.from_dict(data, cls)


def _body_of(data: Any, field: str = "body") -> PublicBody:
    """A public body given as an object of its fields (``kind`` may be left out)."""
    if data is None:
        return DEFAULT_BODY
    if not isinstance(data, dict):
        raise StructureError(
            field=field, problems=[_problem("$", "not-object", N_("harus berupa objek JSON"))]
        )
    doc = {"kind": "public_body", "schema_version": 2, **data}
    body: PublicBody = serialization.from_dict(doc, PublicBody)
    return body


def _query_body(request: Request[Any, Any, Any]) -> PublicBody:
    """A public body from query parameters (for the calls whose body is not JSON)."""
    q = request.query_params
    fields: dict[str, Any] = {"name": DEFAULT_BODY.name}
    for key in ("name", "timezone", "body_type", "level", "region_code"):
        value = q.get(key)
        if value is not None:
            fields[key] = value
    cuti = q.get("cuti_bersama")
    if cuti is not None:
        fields["observes_cuti_bersama"] = _bool(cuti, "cuti_bersama", True)
    return _body_of(fields, "query")


class _Budget:
    """The time budget of one call, checked between units of work."""

    def __init__(self, seconds: float, field: str) -> None:
        self.end = _time.monotonic() + seconds
        self.seconds = seconds
        self.field = field

    def check(self) -> None:
        if _time.monotonic() > self.end:
            raise TimeBudgetExceededError(field=self.field, value="-", limit=self.seconds)


# --------------------------------------------------------------------------- the batch
class _Line(msgspec.Struct, forbid_unknown_fields=True):
    received: str
    id: str | int | None = None
    notice_sent: str | None = None
    extended: bool = False


class _Header(msgspec.Struct, forbid_unknown_fields=True):
    as_of: str
    body: dict[str, Any] | None = None


_LINES: Final = msgspec.json.Decoder(list[_Line])
_HEADER: Final = msgspec.json.Decoder(_Header)
_CHUNK_LINES: Final = 20_000


def _line_instant(text: str, field: str) -> date | datetime:
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    return _instant(text, field)


def _batch_rows(lines: list[bytes], first: int) -> list[_Line]:
    invalid: msgspec.ValidationError | None = None
    try:
        rows = _LINES.decode(b"[" + b",".join(lines) + b"]")
        if len(rows) == len(lines):
            return rows
        # A line holding two objects and a comma between them: not JSON read alone (below).
    except msgspec.ValidationError as exc:
        invalid = exc
    except msgspec.DecodeError:
        pass
    # Something is wrong: a line that is not one JSON value is named first (the positions of
    # the joined array count its objects, not the lines).
    for i, line in enumerate(lines):
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise StructureError(
                field="batch",
                problems=[
                    _problem(
                        f"line {first + i}",
                        "not-json",
                        N_("bukan JSON yang sah: {error}"),
                        error=_cut(str(exc)),
                    )
                ],
            ) from None
        _no_lone_surrogate(value, f"line {first + i}", line)
    if invalid is not None:
        where, what = _msgspec_where(str(invalid), first)
        raise StructureError(
            field="batch",
            problems=[_problem(where, "invalid", N_("{detail}"), detail=what)],
        )
    raise StructureError(  # pragma: no cover - every line parsed alone
        field="batch", problems=[_problem("$", "not-json", N_("bukan JSON yang sah"))]
    )


def _msgspec_where(message: str, first: int) -> tuple[str, str]:
    """``Expected `str`, got `int` - at `$[3].received``` → ``line N: received``."""
    what, _, path = message.partition(" - at `")
    path = path.rstrip("`")
    if path.startswith("$[") and "]" in path:
        index, _, rest = path[2:].partition("]")
        if index.isdigit():
            return f"line {first + int(index)}{': ' + rest.lstrip('.') if rest else ''}", what
    return "batch", what


#: A field of the list path: ``received[12]``.
_COLUMN_ROW: Final = re.compile(r"(received|sent)\[(\d+)\]")


def _batch_chunk(
    rows: list[_Line], first: int, body: PublicBody, as_of: date, rules: RuleBook
) -> bytes:
    received = [
        _line_instant(r.received, f"line {first + i}: received") for i, r in enumerate(rows)
    ]
    sent = [
        None if r.notice_sent is None else _line_instant(r.notice_sent, f"line {first + i}: sent")
        for i, r in enumerate(rows)
    ]
    extended = [r.extended for r in rows] if any(r.extended for r in rows) else None
    try:
        cols = notice_status(received, sent, as_of=as_of, extended=extended, body=body, rules=rules)
    except KiplibError as err:
        # The list path names a column and its place in this chunk: the batch names lines.
        found = _COLUMN_ROW.fullmatch(str(err.params.get("field", "")))
        if found is None:
            raise
        raise err.naming(f"line {first + int(found[2])}: {found[1]}") from None
    fromordinal = date.fromordinal
    out = [
        {"id": r.id, "due": fromordinal(o), "status": s, "days_overdue": n}
        for r, o, s, n in zip(rows, cols.due_ordinals, cols.status, cols.days_overdue, strict=True)
    ]
    return _ENCODER.encode_lines(out)


# --------------------------------------------------------------------------- documents
_DOCUMENT_KINDS: Final = ("surat-penetapan", "berita-acara", "dip", "dik", "laporan-tahunan")


def _render(
    kind_name: str,
    data: dict[str, Any],
    options: Mapping[str, str],
    lang: str,
    rules: RuleBook,
) -> tuple[str, str]:
    from kiplib import documents

    if kind_name not in _DOCUMENT_KINDS:
        raise NotFoundError(field="document", value=kind_name)
    fmt = options.get("format", "html")
    if fmt not in ("html", "markdown"):
        raise InvalidInputError(
            field="format", value=repr(fmt)[:40], reason=N_("gunakan html atau markdown")
        )
    kind = documents.DocumentKind(kind_name.replace("-", "_"))
    kwargs: dict[str, Any] = {"format": fmt, "lang": lang, "rules": rules}
    if kind is documents.DocumentKind.ANNUAL_REPORT:
        year = _int(options.get("year"), "year", 2010, 2100)
        records: BodyRecords = _record(data, BodyRecords, "record")
        record: Any = service_statistics_from_logs(
            records.request_logs,
            finished=records.requests,
            year=year,
            as_of=annual_report_due(year).due,
            body=records.body,
            rules=rules,
        )
        kwargs["body"] = records.body
        # Signed today in the body's zone unless the caller says when (as the command does):
        # a report on a year still running is refused.
        kwargs["signed_on"] = datetime.now(records.body.zone).date()
    else:
        record = _record(data, documents.record_type(kind), "record")
    signed_on = options.get("signed_on")
    if signed_on is not None:
        if kind not in (documents.DocumentKind.DIK, documents.DocumentKind.ANNUAL_REPORT):
            raise InvalidInputError(
                field="signed_on",
                value=signed_on[:40],
                reason=N_("tanggal dokumen ini diambil dari rekamannya"),
            )
        kwargs["signed_on"] = iso_date(signed_on, "signed_on")
    draft = options.get("draft")
    if draft is not None:
        if draft not in ("true", "false"):
            raise InvalidInputError(
                field="draft", value=draft[:40], reason=N_("harus true atau false")
            )
        kwargs["draft"] = draft == "true"
    number = options.get("number")
    if number is not None:
        if kind is documents.DocumentKind.CLASSIFICATION_DECISION:
            raise InvalidInputError(
                field="number",
                value=number[:80],
                reason=N_("nomor surat penetapan adalah nomor rekaman uji konsekuensi"),
            )
        kwargs["number"] = number
    place = options.get("place")
    if place is not None and kind in (
        documents.DocumentKind.DIP,
        documents.DocumentKind.DIK,
        documents.DocumentKind.ANNUAL_REPORT,
    ):
        kwargs["place"] = place
    return fmt, documents.render(kind, record, **kwargs)


# --------------------------------------------------------------------------- the app
Handler = Callable[..., Any]


def create_app(
    rules: RuleBook | None = None,
    *,
    limits: Limits | None = None,
    cors_origins: tuple[str, ...] = (),
    extra_routes: tuple[Handler, ...] = (),
) -> Litestar:
    """The service over ``rules`` (``None``: :meth:`kiplib.RuleBook.installed`), built now.

    ``cors_origins``: the origins browsers may call from (none: CORS is off).
    ``extra_routes``: more Litestar handlers (for tests and measurements).
    """
    book = rules if rules is not None else RuleBook.installed()
    lim = limits or Limits()
    plugins = views.plugins_view(list_plugins(book))

    @get("/v1/health", summary="The service is up", tags=["service"], sync_to_thread=False)
    def health() -> Response[bytes]:
        return Response(b'{"status":"ok"}', media_type=JSON)

    @get("/v1/plugins", summary="The rule book: the national law and its plugins", tags=["service"])
    async def plugins_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        return _json(plugins, _lang(request))

    @get("/v1/schemas", summary="The stored kinds that have a JSON Schema", tags=["schemas"])
    async def schema_list(request: Request[Any, Any, Any]) -> Response[bytes]:
        kinds = openapi.KINDS
        return _json({"kinds": list(kinds)}, _lang(request))

    @get("/v1/schemas/{kind:str}", summary="The JSON Schema of a stored kind", tags=["schemas"])
    async def schema_of(request: Request[Any, Any, Any]) -> Response[bytes]:
        kind: str = request.path_params["kind"]
        found = openapi.SCHEMAS.get(kind)
        if found is None:
            raise NotFoundError(field="kind", value=kind[:80])
        return Response(_ENCODER.encode(found), media_type="application/schema+json")

    def deadline_answer(data: dict[str, Any], lang: str) -> dict[str, Any]:
        """What ``POST /v1/deadline`` answers to the JSON object ``data``."""
        _keys(data, ("step", "start", "body", "explain"))
        explain = data.get("explain", False)
        if not isinstance(explain, bool):
            raise InvalidInputError(
                field="explain", value=repr(explain)[:40], reason=N_("harus true atau false")
            )
        raw_step = _text(_required(data, "step"), "step")
        try:
            step = Step(raw_step)
        except ValueError:
            raise InvalidInputError(
                field="step",
                value=repr(raw_step)[:80],
                reason=N_("tahap tidak dikenal; gunakan salah satu dari: {steps}"),
                steps=", ".join(s.value for s in Step),
            ) from None
        start = _instant(_required(data, "start"), "start")
        body = _body_of(data.get("body"))
        result = deadline(step, start, body=body, rules=book)
        return views.deadline_view(result, lang, explain=explain, rules=book, body=body)

    @post("/v1/deadline", summary="The deadline of one step", tags=["requests"], status_code=200)
    async def deadline_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        lang = _lang(request)
        return _json(deadline_answer(await _json_object(request, lim), lang), lang)

    def _request_of(data: dict[str, Any]) -> KipRequest:
        if "request" in data:
            _keys(data, ("request", "as_of"))
            req: KipRequest = _record(data["request"], KipRequest, "request")
        else:
            _keys(data, ("body", "events", "as_of", "id"))
            events = _required(data, "events")
            if not isinstance(events, list):
                raise StructureError(
                    field="events",
                    problems=[_problem("$.events", "not-array", N_("harus berupa larik JSON"))],
                )
            if len(events) > lim.events:
                raise LimitExceededError(field="events", value=len(events), limit=lim.events)
            body = data.get("body")
            doc = {
                "kind": "request",
                "schema_version": 3,
                "body": serialization.converter.unstructure(DEFAULT_BODY) if body is None else body,
                "events": events,
            }
            if "id" in data:  # the app's own identifier of the request
                doc["id"] = data["id"]
            req = _record(doc, KipRequest, "request")
        if len(req.events) > lim.events:
            raise LimitExceededError(field="events", value=len(req.events), limit=lim.events)
        return req

    @post("/v1/timeline", summary="A request's timeline", tags=["requests"], status_code=200)
    async def timeline_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        lang = _lang(request)
        data = await _json_object(request, lim)
        req = _request_of(data)
        as_of = _instant(_required(data, "as_of"), "as_of")
        t = req.timeline(as_of=as_of, rules=book)
        return _json(views.timeline_view(t, lang, rules=book), lang)

    @post(
        "/v1/batch/notice-status",
        summary="The written-notice status of many requests (NDJSON)",
        tags=["requests"],
        status_code=200,
    )
    async def batch_route(request: Request[Any, Any, Any]) -> Response[bytes] | Stream:
        media = _media(request)
        if media and media not in (NDJSON, "application/jsonl", "application/json-seq"):
            raise _MediaTypeError(media)
        budget = _Budget(lim.seconds, "batch")
        lines = _ndjson_lines(request, lim)
        header_line = await anext(lines, None)
        if header_line is None:
            raise StructureError(
                field="batch",
                problems=[
                    _problem("line 1", "missing", N_("baris pertama berisi tanggal acuan as_of"))
                ],
            )
        # The header is JSON like any body: its depth and texts are checked as theirs are.
        _parse_json(header_line, lim, "line 1")
        try:
            header = _HEADER.decode(header_line)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise StructureError(
                field="batch",
                problems=[_problem("line 1", "invalid", N_("{detail}"), detail=exc)],
            ) from None
        as_of = _date(header.as_of, "as_of")
        body = _body_of(header.body)
        # The first chunk is computed before answering, so that its errors get their status.
        first = await _next_chunk(lines)
        head = _batch_chunk(_batch_rows(first, 2), 2, body, as_of, book) if first else b""

        async def rest() -> AsyncIterator[bytes]:
            yield head
            done = 2 + len(first)
            while True:
                chunk = await _next_chunk(lines)
                if not chunk:
                    return
                try:
                    budget.check()
                    yield _batch_chunk(_batch_rows(chunk, done), done, body, as_of, book)
                except KiplibError as err:
                    # The status has been sent: the last line says what went wrong.
                    yield _ENCODER.encode({"problem": problem(err, _lang(request))}) + b"\n"
                    return
                done += len(chunk)

        return Stream(rest(), media_type=NDJSON, headers=_language_headers(_lang(request)))

    @post("/v1/classify", summary="The category of an item of information", tags=["exemption"],
          status_code=200)  # fmt: skip
    async def classify_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        lang = _lang(request)
        data = await _json_object(request, lim)
        _keys(data, ("item", "as_of"))
        item = _record(_required(data, "item"), InformationItem, "item")
        as_of = _date(_required(data, "as_of"), "as_of")
        return _json(views.classification_view(classify(item, as_of=as_of, rules=book), lang), lang)

    @post("/v1/consequence-test/check", summary="Check a consequence-test record",
          tags=["exemption"], status_code=200)  # fmt: skip
    async def check_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        lang = _lang(request)
        data = await _json_object(request, lim)
        _keys(data, ("record", "as_of"))
        record = _record(_required(data, "record"), ConsequenceTest, "record")
        as_of = _date(data["as_of"], "as_of") if "as_of" in data else None
        problems = check(record, rules=book)
        status = None
        if not problems and as_of is not None:
            status = exemption_status(record, as_of=as_of, rules=book)
        return _json(views.exemption_view(problems, status, lang), lang)

    @post("/v1/exemption-status", summary="The status of an exemption", tags=["exemption"],
          status_code=200)  # fmt: skip
    async def status_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        lang = _lang(request)
        data = await _json_object(request, lim)
        _keys(data, ("record", "as_of"))
        record = validate(_record(_required(data, "record"), ConsequenceTest, "record"), rules=book)
        as_of = _date(_required(data, "as_of"), "as_of")
        status = exemption_status(record, as_of=as_of, rules=book)
        return _json(
            {**serialization.to_dict(status), views.TEXT: {"explanation": status.explain(lang)}},
            lang,
        )

    @get("/v1/calendar/{year:int}/days-off", summary="A year's days off, with their reasons",
         tags=["calendar"])  # fmt: skip
    async def days_off(request: Request[Any, Any, Any]) -> Response[bytes]:
        year: int = request.path_params["year"]
        lang = _lang(request)
        cal = book.for_body(_query_body(request)).calendar
        _int(year, "year", cal.first.year, cal.last.year)
        weekends = _bool(request.query_params.get("weekends"), "weekends", False)
        return _json(views.days_off_view(cal, year, lang, weekends=weekends), lang)

    @get("/v1/calendar/working-days", summary="Working days between two dates",
         tags=["calendar"])  # fmt: skip
    async def between(request: Request[Any, Any, Any]) -> Response[bytes]:
        lang = _lang(request)
        q = request.query_params
        start = _date(q.get("start"), "start")
        end = _date(q.get("end"), "end")
        cal = book.for_body(_query_body(request)).calendar
        return _json(views.working_days_between_view(cal, start, end), lang)

    @get("/v1/calendar/add-working-days", summary="The N-th working day after a date",
         tags=["calendar"])  # fmt: skip
    async def add(request: Request[Any, Any, Any]) -> Response[bytes]:
        lang = _lang(request)
        q = request.query_params
        start = _date(q.get("start"), "start")
        n = _int(q.get("n"), "n", -40_000, 40_000)
        cal = book.for_body(_query_body(request)).calendar
        return _json(views.working_days_added_view(cal, start, n), lang)

    @post("/v1/registers/{register:str}", summary="Check and convert a DIP or DIK",
          tags=["registers"], status_code=200)  # fmt: skip
    async def registers_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        register: str = request.path_params["register"]
        lang = _lang(request)
        if register not in ("dip", "dik"):
            raise NotFoundError(field="register", value=register[:80])
        q = request.query_params
        source = q.get("from", "json")
        target = q.get("to", "json")
        for field, value in (("from", source), ("to", target)):
            if value not in ("json", "csv", "xlsx"):
                raise InvalidInputError(
                    field=field, value=repr(value)[:40], reason=N_("gunakan json, csv atau xlsx")
                )
        budget = _Budget(lim.seconds, register)
        raw = await _body(request, lim)
        found = _read_register(register, source, raw, request, lim, lang)
        if isinstance(found, Response):
            return found
        budget.check()
        out_lang = q.get("columns", lang)
        if out_lang not in ("id", "en"):
            raise InvalidInputError(
                field="columns", value=repr(out_lang)[:20], reason=N_("gunakan id atau en")
            )
        if target == "csv":
            text = (
                dip_to_csv(found, out_lang)
                if isinstance(found, DipRegister)
                else dik_to_csv(found, out_lang)
            )
            return Response(
                text.encode("utf-8"), media_type="text/csv", headers=_language_headers(out_lang)
            )
        if target == "xlsx":
            data = (
                dip_to_xlsx(found, out_lang)
                if isinstance(found, DipRegister)
                else dik_to_xlsx(found, out_lang)
            )
            return Response(data, media_type=XLSX, headers=_language_headers(out_lang))
        problems = check_dip(found) if isinstance(found, DipRegister) else ()
        return _json(views.register_view(found, problems, lang), lang)

    def _read_register(
        register: str,
        source: str,
        raw: bytes,
        request: Request[Any, Any, Any],
        limits: Limits,
        lang: str,
    ) -> DipRegister | DikRegister | Response[bytes]:
        cls: type[Any] = DipRegister if register == "dip" else DikRegister
        if source == "json":
            data = _parse_json(raw, limits)
            return _record(data, cls, register)  # type: ignore[no-any-return]
        q = request.query_params
        body = _query_body(request)
        if source == "csv":
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise InvalidInputError(
                    field="body", value="CSV", reason=N_("teks CSV harus UTF-8")
                ) from None
        if register == "dip":
            year = _int(q.get("year"), "year", 2010, 2100)
            adopted_on = _date(q.get("adopted_on"), "adopted_on")
            revision = _int(q.get("revision", "1"), "revision", 1, 1000)
            if source == "csv":
                return dip_from_csv(
                    text, body=body, year=year, adopted_on=adopted_on, revision=revision
                )
            return dip_from_xlsx(
                raw, body=body, year=year, adopted_on=adopted_on, revision=revision
            )
        as_of = _date(q.get("as_of"), "as_of")
        if source == "csv":
            return dik_from_csv(text, body=body, as_of=as_of)
        return dik_from_xlsx(raw, body=body, as_of=as_of)

    @post("/v1/documents/{kind:str}", summary="Render a document (HTML or Markdown)",
          tags=["documents"], status_code=200)  # fmt: skip
    async def document_route(request: Request[Any, Any, Any]) -> Response[bytes]:
        kind: str = request.path_params["kind"]
        lang = _lang(request)
        data = await _json_object(request, lim)
        options = {k: v for k, v in request.query_params.items() if isinstance(v, str)}
        _keys(options, ("format", "number", "place", "year", "signed_on", "draft"), "query")
        fmt, content = _render(kind, data, options, lang, book)
        accept = request.headers.get("accept", "")
        media = "text/html" if fmt == "html" else "text/markdown"
        if media in accept and JSON not in accept:
            return Response(
                content.encode("utf-8"), media_type=media, headers=_language_headers(lang)
            )
        return _json(views.document_view(kind, fmt, content), lang)

    handlers: list[Handler] = [
        health,
        plugins_route,
        schema_list,
        schema_of,
        deadline_route,
        timeline_route,
        batch_route,
        classify_route,
        check_route,
        status_route,
        days_off,
        between,
        add,
        registers_route,
        document_route,
        *extra_routes,
    ]
    document: dict[str, Any] = {}

    @get("/openapi.json", include_in_schema=False, sync_to_thread=False)
    def openapi_route() -> Response[bytes]:
        return Response(_ENCODER.encode(document), media_type="application/vnd.oai.openapi+json")

    @get("/", include_in_schema=False, sync_to_thread=False)
    def reference() -> Response[bytes]:
        return Response(openapi.REFERENCE_PAGE, media_type="text/html")

    app = _Service(
        route_handlers=[*handlers, openapi_route, reference],
        exception_handlers={Exception: _on_error},
        openapi_config=OpenAPIConfig(
            title="kiplib",
            version=__version__,
            description=openapi.DESCRIPTION,
            path="/_litestar",
            render_plugins=[],
            components=Components(),
        ),
        cors_config=CORSConfig(allow_origins=list(cors_origins)) if cors_origins else None,
        # Each handler reads its body under the limits itself (a batch may be larger).
        request_max_body_size=None,
        debug=False,
        logging_config=None,
    )
    document.update(openapi.document(app.openapi_schema.to_schema(), lim))
    if not cors_origins:  # with CORS, every call takes Litestar's road (its headers)
        app.direct = {"/v1/deadline": deadline_answer}
        app.direct_limits = lim
    return app


class _Service(Litestar):
    """The Litestar application, with a direct road for the small JSON calls that apps make
    most (``POST /v1/deadline``): the body read, the answer computed and sent from the ASGI
    messages themselves, without building Litestar's request and response objects — about
    half the cost of such a call. The answer is the very function the Litestar handler calls,
    and the road is taken only when everything is plain (``application/json`` with a length
    within the limits, no CORS): any other call, and any call whose answer raises, is handed
    to Litestar with its body, which answers it as it answers every call (the problem object
    of the error). A test holds both roads to the same bytes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The paths answered directly, each with its answer (set by :func:`create_app`).
        self.direct: dict[str, Callable[[dict[str, Any], str], Any]] = {}
        self.direct_limits = Limits()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            answer = self.direct.get(scope["path"])
            if answer is not None and await self._directly(answer, scope, receive, send):
                return
        await super().__call__(scope, receive, send)

    async def _directly(
        self, answer: Callable[[dict[str, Any], str], Any], scope: Any, receive: Any, send: Any
    ) -> bool:
        """Answer the call directly; ``False`` (nothing read) when it is not plain."""
        media = length = accept = None
        for name, value in scope["headers"]:  # the first of a repeated header, as Litestar
            if name == b"content-type":
                media = value if media is None else media
            elif name == b"content-length":
                length = value if length is None else length
            elif name == b"accept-language":
                accept = value if accept is None else accept
        if media is None or media.split(b";", 1)[0].strip().lower() != b"application/json":
            return False
        if length is None or not length.isdigit() or int(length) > self.direct_limits.body_bytes:
            return False
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return True  # the client went away: nobody to answer
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        raw = b"".join(chunks)
        lang = negotiate_language(accept.decode("latin-1") if accept is not None else None)
        try:
            data = _parse_json(raw, self.direct_limits)
            if not isinstance(data, dict):
                raise TypeError("not an object")
            content = _ENCODER.encode(answer(data, lang))
        except Exception:
            await super().__call__(scope, _replay(raw, receive), send)
            return True
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    *((k.lower().encode(), v.encode()) for k, v in _language_headers(lang).items()),
                    (b"content-type", JSON.encode()),
                    (b"content-length", str(len(content)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": content})
        return True


def _replay(raw: bytes, receive: Any) -> Callable[[], Any]:
    """A ``receive`` that gives the body already read once, then the connection's own."""
    given = False

    async def again() -> Any:
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": raw, "more_body": False}

    return again


async def _ndjson_lines(request: Request[Any, Any, Any], limits: Limits) -> AsyncIterator[bytes]:
    """The non-empty lines of an NDJSON body, checked against the limits as they arrive."""
    pending = b""
    count = 0
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        most = (limits.batch_lines + 1) * (limits.line_bytes + 1)
        if size > most:
            raise LimitExceededError(field="batch", value=f"> {size} bytes", limit=most)
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            stripped = line.strip()
            if not stripped:
                continue
            count += 1
            if len(stripped) > limits.line_bytes:
                raise LimitExceededError(
                    field=f"line {count}", value="line", limit=limits.line_bytes
                )
            if count > limits.batch_lines + 1:
                raise LimitExceededError(field="batch", value=count - 1, limit=limits.batch_lines)
            yield stripped
        if len(pending) > limits.line_bytes:
            raise LimitExceededError(
                field=f"line {count + 1}", value="line", limit=limits.line_bytes
            )
    if pending.strip():
        count += 1
        if count > limits.batch_lines + 1:
            raise LimitExceededError(field="batch", value=count - 1, limit=limits.batch_lines)
        yield pending.strip()


async def _next_chunk(lines: AsyncIterator[bytes]) -> list[bytes]:
    out: list[bytes] = []
    async for line in lines:
        out.append(line)
        if len(out) >= _CHUNK_LINES:
            break
    return out


def _on_error(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    lang = _lang(request)
    where = request.url.path
    if isinstance(exc, KiplibError):
        return _problem_response(problem(exc, lang, instance=where))
    if isinstance(exc, _MediaTypeError):
        err: KiplibError = InvalidInputError(
            field="content-type",
            value=exc.media[:80],
            reason=N_("jenis isi tidak didukung di sini"),
        )
        return _problem_response(problem(err, lang, status=415, instance=where))
    if isinstance(exc, HTTPException) and exc.status_code < 500:
        err = _http_error(exc, where)
        return _problem_response(problem(err, lang, status=exc.status_code, instance=where))
    _log.exception("kiplib service: unexpected error on %s", where)
    return _problem_response(internal_problem(lang, instance=where))


def _http_error(exc: HTTPException, where: str) -> KiplibError:
    if exc.status_code == 404:
        return NotFoundError(field="path", value=where[:200])
    if exc.status_code == 413:
        return LimitExceededError(field="body", value="body", limit="request_max_body_size")
    if exc.status_code == 405:
        return InvalidInputError(
            field="method", value=where[:200], reason=N_("metode HTTP ini tidak didukung di sini")
        )
    return InvalidInputError(
        field="request", value=str(exc.detail)[:200], reason=N_("permintaan HTTP tidak sah")
    )


# --------------------------------------------------------------------------- started by the CLI
#: ``kiplib serve --plugins`` for the worker processes: names, or ``none``.
ENV_PLUGINS: Final = "KIPLIB_SERVE_PLUGINS"
#: ``kiplib serve --cors-origin`` for the worker processes, comma-separated.
ENV_CORS: Final = "KIPLIB_SERVE_CORS"


def rule_book_from(environ: Mapping[str, str]) -> RuleBook:
    """The rule book ``kiplib serve`` starts with: the installed plugins, or the allow-list
    of ``KIPLIB_SERVE_PLUGINS`` (``none``: the national law alone)."""
    from kiplib.plugins.manager import installed_rule_book

    chosen = environ.get(ENV_PLUGINS)
    if chosen is None:
        return RuleBook.installed()
    if chosen.strip().lower() == "none":
        return RuleBook.national()
    return installed_rule_book({**environ, "KIPLIB_LOAD_PLUGINS": chosen})


def app_from_environment() -> Litestar:
    """The application of one worker of ``kiplib serve`` (uvicorn's factory)."""
    import os

    origins = tuple(o for o in os.environ.get(ENV_CORS, "").split(",") if o.strip())
    app = create_app(rule_book_from(os.environ), cors_origins=origins)
    # The rule book, the calendars and the app live as long as the process: keep them out of
    # the collector's full passes (they made every few hundredth answer wait milliseconds).
    gc.collect()
    gc.freeze()
    return app
