"""Fuzzing the register tables (Hypothesis, strategies of :mod:`kiplib.testing.strategies`):
any valid register comes back exactly from CSV, JSON and every pair of XLSX engines; any
text or bytes given to a reader gives a register or a :class:`~kiplib.errors.KiplibError`,
never another exception."""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Callable
from datetime import date

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from district import BODY
from kiplib.errors import InvalidInputError, KiplibError
from kiplib.registers import (
    DikRegister,
    DipRegister,
    dik_from_csv,
    dik_from_xlsx,
    dik_to_csv,
    dik_to_xlsx,
    dip_from_csv,
    dip_from_json,
    dip_from_xlsx,
    dip_to_csv,
    dip_to_json,
    dip_to_xlsx,
    read_table_format,
)
from kiplib.registers.limits import MAX_CELL_CHARS, XLSX_MAX_CELL_CHARS
from kiplib.testing.strategies import (
    csv_inputs,
    dik_registers,
    dip_registers,
    hostile_texts,
    json_inputs,
    xlsx_inputs,
)
from register_engines import READERS, only

LANGS = st.sampled_from(("id", "en"))
#: Registers with long cells take time to build and write: no health check on that.
SLOW = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _published(dik: DikRegister) -> DikRegister:
    """What a DIK table carries: no exits, no provisional mark."""
    return attrs.evolve(
        dik, exits=(), entries=tuple(attrs.evolve(e, provisional=False) for e in dik.entries)
    )


#: The documented CSV convention: such a cell is written with a quote before it.
_FORMULA = re.compile(r"'*[\t\r\n]*[=+\-@]")


def _csv_length(text: str) -> int:
    return len(text) + (1 if _FORMULA.match(text) else 0)


def _longest(register: DipRegister | DikRegister, measure: Callable[[str], int] = len) -> int:
    """The longest text of the register, as ``measure`` counts it."""
    return max(
        (
            measure(v)
            for e in register.entries
            for v in attrs.astuple(e, recurse=False)
            if isinstance(v, str)
        ),
        default=0,
    )


def _xlsxwriter_changes(text: str) -> int:
    """1 for text XlsxWriter alone cannot store exactly (it takes ``<r>…</r>`` for rich text,
    and escapes only the first of two escapes that share a ``_``), else 0."""
    rich = text.startswith("<r>") and text.endswith("</r>")
    return int(rich or bool(re.search(r"_x[0-9A-Fa-f]{4}(\r|_x[0-9A-Fa-f]{4}_)", text)))


def _resaved(text: str, separator: str, line_end: str, bom: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator=line_end, quoting=csv.QUOTE_ALL)
    writer.writerows(csv.reader(io.StringIO(text, newline="")))
    return ("\ufeff" if bom else "") + out.getvalue()


@SLOW
@given(
    dip_registers(max_entries=4, text=hostile_texts(surrogates=True, long=True)),
    LANGS,
    st.sampled_from((",", ";")),
    st.sampled_from(("\n", "\r\n", "\r")),
    st.booleans(),
)
def test_any_dip_comes_back_exactly_from_csv_and_json(
    dip: DipRegister, lang: str, separator: str, line_end: str, bom: bool
) -> None:
    if _longest(dip, _csv_length) > MAX_CELL_CHARS:  # what could not be read back
        with pytest.raises(InvalidInputError, match="row "):
            dip_to_csv(dip, lang)
        return
    text = dip_to_csv(dip, lang)
    assert (
        dip_from_csv(
            text, body=dip.body, year=dip.year, adopted_on=dip.adopted_on, revision=dip.revision
        )
        == dip
    )
    # As a spreadsheet re-saves it: its separator, line ends, quotes and byte-order mark.
    again = _resaved(text, separator, line_end, bom)
    assert read_table_format(again).separator == separator
    assert (
        dip_from_csv(
            again, body=dip.body, year=dip.year, adopted_on=dip.adopted_on, revision=dip.revision
        )
        == dip
    )
    if not any(re.search("[\ud800-\udfff]", c) for c in again.split(",")):
        assert (
            dip_from_csv(
                again.encode(),
                body=dip.body,
                year=dip.year,
                adopted_on=dip.adopted_on,
                revision=dip.revision,
            )
            == dip
        )
    assert dip_from_json(dip_to_json(dip, lang), body=dip.body) == dip
    # Formula safety: no cell a spreadsheet reads from the export starts a formula.
    for row in csv.reader(io.StringIO(text, newline="")):
        assert not any(re.match(r"[\t\r\n]*[=+\-@]", c) for c in row)


@SLOW
@given(dip_registers(max_entries=3, text=hostile_texts(controls=False, long=True)), LANGS)
def test_any_dip_comes_back_exactly_from_every_xlsx_engine(dip: DipRegister, lang: str) -> None:
    # XlsxWriter and openpyxl (the extra), openpyxl alone, XlsxWriter alone.
    for writers in (("xlsxwriter", "openpyxl"), ("openpyxl",), ("xlsxwriter",)):
        with only(*writers):
            if _longest(dip) > XLSX_MAX_CELL_CHARS:  # refused by name, never cut
                with pytest.raises(InvalidInputError, match="row "):
                    dip_to_xlsx(dip, lang)
                continue
            if writers == ("xlsxwriter",) and _longest(dip, _xlsxwriter_changes):
                with pytest.raises(InvalidInputError, match="row "):
                    dip_to_xlsx(dip, lang)
                continue
            data = dip_to_xlsx(dip, lang)
        for reader in READERS:
            with only(reader):
                back = dip_from_xlsx(
                    data,
                    body=dip.body,
                    year=dip.year,
                    adopted_on=dip.adopted_on,
                    revision=dip.revision,
                )
                assert back == dip, (writers, reader)


@SLOW
@given(dik_registers(max_records=3, text=hostile_texts(controls=False)), LANGS)
def test_any_dik_comes_back_from_csv_and_every_xlsx_engine(dik: DikRegister, lang: str) -> None:
    expected = _published(dik)
    assert dik_from_csv(dik_to_csv(dik, lang), body=dik.body, as_of=dik.as_of) == expected
    for writers in (("xlsxwriter", "openpyxl"), ("openpyxl",)):
        with only(*writers):
            data = dik_to_xlsx(dik, lang)
        for reader in READERS:
            with only(reader):
                assert dik_from_xlsx(data, body=dik.body, as_of=dik.as_of) == expected


def _register_or_kiplib_error(read: Callable[[], object]) -> None:
    """``read()`` gives a register or raises a KiplibError (anything else fails the test)."""
    try:
        result = read()
    except KiplibError:
        return
    assert isinstance(result, DipRegister | DikRegister)


@given(csv_inputs())
def test_any_csv_input_gives_a_register_or_a_kiplib_error(text: str | bytes) -> None:
    assert read_table_format(text).separator in (",", ";")
    _register_or_kiplib_error(
        lambda: dip_from_csv(text, body=BODY, year=2024, adopted_on=date(2024, 2, 29))
    )
    _register_or_kiplib_error(lambda: dik_from_csv(text, body=BODY, as_of=date(2025, 3, 31)))


@given(json_inputs())
def test_any_json_input_gives_a_register_or_a_kiplib_error(text: str | bytes) -> None:
    _register_or_kiplib_error(lambda: dip_from_json(text, body=BODY))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(xlsx_inputs())
def test_any_xlsx_input_gives_a_register_or_a_kiplib_error_on_every_reader(data: bytes) -> None:
    """Both readers survive anything; when both can read a workbook, they read the same.
    (They may differ on whether a broken workbook can be read at all: openpyxl needs parts,
    such as the styles, that python-calamine does without.)"""
    read: dict[str, DipRegister] = {}
    for reader in READERS:
        with only(reader):
            with contextlib.suppress(KiplibError):
                read[reader] = dip_from_xlsx(
                    data, body=BODY, year=2024, adopted_on=date(2024, 2, 29)
                )
            _register_or_kiplib_error(
                lambda: dik_from_xlsx(data, body=BODY, as_of=date(2025, 3, 31))
            )
    if len(read) == len(READERS):
        assert read["python_calamine"] == read["openpyxl"]


@given(csv_inputs(), st.sampled_from((",", ";")))
def test_the_fallback_csv_grammar_is_that_of_the_csv_module(
    text: str | bytes, separator: str
) -> None:
    """Where Python's csv module stops (a cell over its field limit), kiplib reads on with its
    own grammar: the two give the same rows, and fail on the same texts."""
    from kiplib.registers.csv import _tokens

    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    old = csv.field_size_limit(2**31 - 1)
    try:
        try:
            expected: list[list[str]] | None = list(
                csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
            )
        except csv.Error:
            expected = None
    finally:
        csv.field_size_limit(old)
    if expected is None:
        with pytest.raises(KiplibError):
            list(_tokens(text, separator, "DIP", ()))
    else:
        assert list(_tokens(text, separator, "DIP", ())) == expected
