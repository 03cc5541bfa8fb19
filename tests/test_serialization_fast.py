"""The fast paths of :mod:`kiplib.serialization` (:mod:`kiplib._codec`) against the strict
converter: for every record, valid or a broken document, ``loads``/``from_dict`` give the
same value or the same error, and ``dumps`` the same text, with or without the fast paths."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kiplib
from kiplib import RuleBook, serialization
from kiplib.duties import ServiceStatistics, service_statistics
from kiplib.errors import KiplibError
from kiplib.testing import example
from kiplib.testing import strategies as kst

GOLDEN = sorted((Path(__file__).parent / "golden").glob("v*/*.json"))
NATIONAL = RuleBook.national()


@contextmanager
def _strict_only() -> Iterator[None]:
    """The strict converter alone, as before the fast paths."""
    read, write = serialization._read_fast, serialization._write_fast
    serialization._read_fast = lambda data, cls: None
    serialization._write_fast = lambda obj: None
    try:
        yield
    finally:
        serialization._read_fast, serialization._write_fast = read, write


def _outcome(fn: Callable[[], Any]) -> Any:
    """What ``fn`` gives: the value (with its stored text, the fields left out of equality
    included), or the error with everything it says."""
    try:
        value = fn()
    except KiplibError as exc:
        problems = [(p.path, p.code, p.template, p.params) for p in getattr(exc, "problems", ())]
        return ("error", type(exc), exc.message("en"), exc.params.get("field"), problems)
    return ("value", type(value), value, serialization.dumps(value))


def _both(fn: Callable[[], Any]) -> tuple[Any, Any]:
    fast = _outcome(fn)
    with _strict_only():
        strict = _outcome(fn)
    return fast, strict


def _records() -> st.SearchStrategy[Any]:
    """A record of every kind the strategies draw, and the records computed from them."""
    timelines = st.builds(
        lambda r, days: r.timeline(as_of=max(e.at.date() for e in r.events) + days, rules=NATIONAL),
        kst.requests(),
        st.timedeltas(min_value=date.resolution * 0, max_value=date.resolution * 400),
    )
    deadlines = st.builds(
        lambda sd, body: kiplib.deadline(sd[0], sd[1], body=body, rules=NATIONAL),
        kst.dated_steps(max_value=date(2030, 12, 31)),
        st.none() | kst.public_bodies(),
    )
    classifications = kst.information_items().flatmap(
        lambda item: st.just(item) | st.just(_classified(item))
    )
    return st.one_of(
        kst.consequence_tests(),
        classifications,
        kst.requests(),
        timelines,
        deadlines,
        kst.dip_registers(max_entries=3),
        kst.dik_registers(max_records=2),
        kst.finished_requests(),
        kst.finished_requests().map(lambda f: _statistics([f])),
        kst.public_bodies(),
    )


def _classified(item: kiplib.InformationItem) -> Any:
    try:
        return kiplib.classify(item, as_of=date(2024, 6, 1), rules=NATIONAL)
    except KiplibError:
        return item


def _statistics(finished: list[Any]) -> ServiceStatistics:
    return service_statistics(finished, year=finished[0].received_on.year, rules=NATIONAL)


# --------------------------------------------------------------------------- valid records
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_records())
def test_records_are_written_and_read_the_same(record: Any) -> None:
    fast_text = serialization.dumps(record)
    with _strict_only():
        assert serialization.dumps(record) == fast_text
        assert serialization.dumps(record, indent=2) == serialization.dumps(record, indent=2)
    fast, strict = _both(lambda: serialization.loads(fast_text))
    assert fast == strict
    assert fast[0] == "value"
    assert fast[2] == record


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_documents_are_read_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast, strict = _both(lambda: serialization.loads(text))
    assert fast == strict
    fast, strict = _both(lambda: serialization.loads(text, verify=False))
    assert fast == strict


def test_the_fast_paths_are_taken() -> None:
    # A current document of each kind the fast paths read and write.
    for name in ("consequence_test", "information_item", "dip_register"):
        record = example(name)
        data = json.loads(serialization.dumps(record))
        assert serialization._read_fast(data, None) is not None, name
        assert serialization._write_fast(record) is not None, name


# --------------------------------------------------------------------------- broken documents
_ODD: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    1.5,
    math.nan,
    "",
    "x",
    "2024-02-30",
    "2024-04-05",
    "2024-04-05T09:00:00+07:00",
    "2024-04-05T09:00:00",
    "notice",
    "a" * (serialization.MAX_TEXT + 1),
    [],
    ["x"],
    [{}],
    {},
    {"instrument": "UU 14/2008"},
    {"kind": "citation"},
)


@st.composite
def _mutated(draw: st.DrawFn, data: Any) -> Any:
    """``data`` with one value somewhere replaced, removed or added."""
    if isinstance(data, dict) and data:
        key = draw(st.sampled_from(sorted(data, key=str)))
        action = draw(st.sampled_from(("replace", "remove", "add", "descend")))
        out = dict(data)
        if action == "replace":
            out[key] = draw(st.sampled_from(_ODD))
        elif action == "remove":
            del out[key]
        elif action == "add":
            out[draw(st.sampled_from(("extra", "type", "kind", key + "_")))] = draw(
                st.sampled_from(_ODD)
            )
        else:
            out[key] = draw(_mutated(data[key]))
        return out
    if isinstance(data, list) and data:
        i = draw(st.integers(0, len(data) - 1))
        out_list = list(data)
        if draw(st.booleans()):
            out_list[i] = draw(_mutated(data[i]))
        else:
            out_list[i] = draw(st.sampled_from(_ODD))
        return out_list
    return draw(st.sampled_from(_ODD))


@st.composite
def _broken_documents(draw: st.DrawFn) -> Any:
    record = draw(
        st.one_of(
            kst.consequence_tests(),
            kst.requests(),
            kst.dip_registers(max_entries=2),
            kst.information_items(),
            st.sampled_from([example("consequence_test"), example("information_item")]),
        )
    )
    data = json.loads(serialization.dumps(record))
    for _ in range(draw(st.integers(1, 3))):
        data = draw(_mutated(data))
    return data


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_broken_documents(), st.booleans())
def test_broken_documents_get_the_same_answer(data: Any, verify: bool) -> None:
    fast, strict = _both(lambda: serialization.from_dict(data, verify=verify))
    assert fast == strict
    text = json.dumps(data, ensure_ascii=False)
    fast, strict = _both(lambda: serialization.loads(text, verify=verify))
    assert fast == strict


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_broken_documents())
def test_a_wrong_expected_kind_gets_the_same_answer(data: Any) -> None:
    for cls in (kiplib.ConsequenceTest, kiplib.Timeline, None):
        fast, strict = _both(lambda cls=cls: serialization.from_dict(data, cls))  # type: ignore[misc]
        assert fast == strict


def test_deep_and_long_documents_get_the_same_answer() -> None:
    record = example("consequence_test")
    data = json.loads(serialization.dumps(record))
    deep: Any = "x"
    for _ in range(serialization.MAX_DEPTH + 2):
        deep = [deep]
    for broken in (
        {**data, "grounds": deep},
        {**data, "number": "n" * (serialization.MAX_TEXT + 1)},
        {**data, "n" * (serialization.MAX_TEXT + 1): 1},
        {**data, "schema_version": 99},
        {**data, "schema_version": True},
        {**data, "kind": "nope"},
    ):
        fast, strict = _both(lambda broken=broken: serialization.from_dict(broken))  # type: ignore[misc]
        assert fast == strict
        assert fast[0] == "error"


def test_a_citation_read_again_is_the_value_made_the_first_time() -> None:
    """Citations repeat in every stored deadline: the reader keeps the value it made of an
    object of strings and gives it again for the same members; anything else is read anew."""
    from kiplib import Citation

    codec = serialization._codec
    assert codec is not None
    reader = codec.reader(Citation)
    assert reader is not None
    first = reader({"instrument": "UU 14/2008", "pasal": "22", "ayat": "7"})
    again = reader({"instrument": "UU 14/2008", "pasal": "22", "ayat": "7"})
    assert again is first and first == Citation("UU 14/2008", pasal="22", ayat="7")
    body = codec.reader(kiplib.PublicBody)
    assert body is not None
    fields = {"name": "Dinas Kesehatan", "level": "regency_city", "region_code": "33.13"}
    assert body(dict(fields)) is body(dict(fields))
    assert body(dict(fields)) == kiplib.PublicBody(
        "Dinas Kesehatan", level=kiplib.BodyLevel.REGENCY_CITY, region_code="33.13"
    )
    # In a stored document: the same members with a number, or a flag, where the strings
    # were are read as the strict converter reads them, never as the kept value.
    stored = json.loads(serialization.dumps(kiplib.deadline(kiplib.Step.NOTICE, date(2024, 4, 5))))
    odds: list[dict[str, Any]] = [
        {"pasal": 22},
        {"penjelasan": True},
        {"penjelasan": 1},
        {"ayat": ["7"]},
        {},
    ]
    for odd in odds:
        data: dict[str, Any] = json.loads(json.dumps(stored))
        data["rule"]["citation"].update(odd)

        def read(data: dict[str, Any] = data) -> Any:
            return serialization.from_dict(data, verify=False)

        fast, strict = _both(read)
        assert fast == strict, odd


def test_a_long_instant_or_time_of_day_gets_the_strict_answer() -> None:
    """An instant or a time of day reads any number of digits of a second's fraction: a
    text over the limit is refused before it is read, on both roads (the fast one once read
    it, dropping the rest)."""
    digits = "1" * (serialization.MAX_TEXT + 1)
    request = json.loads(serialization.dumps(example("request")))
    request["events"][0]["at"] = "2024-04-05T09:00:00." + digits + "+07:00"
    body = json.loads(serialization.dumps(example("public_body")))
    body["service_closes_at"] = "16:00:00." + digits
    for data in (request, body):
        fast, strict = _both(lambda data=data: serialization.from_dict(data))  # type: ignore[misc]
        assert fast == strict
        assert fast[0] == "error" and fast[4][0][1] == "too-long"


def test_a_kept_value_is_given_only_for_exact_strings() -> None:
    """A subclass of str equals the string it holds: a document passed as Python data with
    one is read as the strict converter reads it (the subclass kept), never as the kept
    value of the plain strings; and a member too long to keep is read each time."""
    from kiplib import Citation

    class Text(str):
        pass

    stored = json.loads(serialization.dumps(example("deadline")))
    serialization.from_dict(json.loads(json.dumps(stored)))  # the plain citation kept
    stored["rule"]["citation"]["instrument"] = Text(stored["rule"]["citation"]["instrument"])
    fast, strict = _both(lambda: serialization.from_dict(stored, verify=False))
    assert fast == strict
    assert type(fast[2].rule.citation.instrument) is Text
    codec = serialization._codec
    assert codec is not None
    reader = codec.reader(Citation)
    assert reader is not None
    long = {"instrument": "P" * 513, "pasal": "1"}
    assert reader(dict(long)) == reader(dict(long)) and reader(dict(long)) is not reader(long)
    short = {"instrument": "P" * 512, "pasal": "1"}
    assert reader(dict(short)) is reader(dict(short))


def test_a_date_is_written_year_month_day_on_both_roads() -> None:
    """Python reads a week date of ten characters (``2024-W14-5``) as a day: a stored date
    must be ``YYYY-MM-DD``, the only form it is written back in."""
    from kiplib._check import iso_date

    data = json.loads(serialization.dumps(example("deadline")))
    data["start"] = "2024-W14-5"
    fast, strict = _both(lambda: serialization.from_dict(data, verify=False))
    assert fast == strict and fast[0] == "error"
    with pytest.raises(kiplib.errors.InvalidInputError):
        iso_date("2024-W14-5", "start")
    assert iso_date("2024-04-05", "start") == date(2024, 4, 5)
