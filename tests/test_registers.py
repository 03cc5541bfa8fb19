"""DIP and DIK: the worked example of a district (2024 and 2025), validation, diff, storage."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from district import BODY, GOLDEN, consequence_tests, dip_2024, dip_2025
from kiplib import Citation, serialization
from kiplib.errors import RegisterError
from kiplib.exemption import ReleaseEvent
from kiplib.law import Category, ReleaseCondition
from kiplib.registers import (
    ChangeKind,
    DikRegister,
    DipEntry,
    DipRegister,
    ExitReason,
    build_dik,
    check_dip,
    diff_dip,
    validate_dip,
)
from kiplib.testing import strategies as kst

AS_OF_2024 = date(2024, 3, 31)
AS_OF_2025 = date(2025, 3, 31)


def dik(as_of: date) -> DikRegister:
    return build_dik(consequence_tests(), body=BODY, as_of=as_of)


# ------------------------------------------------------------------ the worked example
def test_dip_2024_has_twenty_valid_entries_with_citations() -> None:
    dip = dip_2024()
    assert len(dip.entries) == 20
    assert validate_dip(dip, dik=dik(AS_OF_2024)) is dip
    assert str(dip.entry("004").citation) == "UU 14/2008 Pasal 9 ayat (2) huruf c"
    assert str(dip.entry("008").citation) == "UU 14/2008 Pasal 10"  # serta merta, no listing
    assert str(dip.citation) == "UU 14/2008 Pasal 11 ayat (1) huruf a"
    assert len(dip.periodic()) == 7


def test_dik_2024_and_2025_are_computed_from_the_tests() -> None:
    first = dik(AS_OF_2024)
    assert [e.record for e in first.entries] == [
        "800/112/DKK/2024",
        "027/15/BPBJ/2024",
        "800/31/BKPSDM/2023",
    ]
    assert first.exits == ()  # the 2025 tests are not determined yet: not listed at all
    health = first.entry("800/112/DKK/2024")
    assert health.grounds == ("h.2",)
    assert health.exempt_from == date(2024, 3, 15)
    assert health.ends_on == date(2029, 3, 15)
    assert health.declaration_due == date(2029, 1, 29)
    assert [str(c) for c in health.citations] == ["UU 14/2008 Pasal 17 huruf h angka 2"]

    second = dik(AS_OF_2025)
    assert [e.record for e in second.entries] == ["800/112/DKK/2024", "460/07/DINSOS/2025"]
    why = {(x.record, x.reason, x.on) for x in second.exits}
    assert why == {
        ("027/15/BPBJ/2024", ExitReason.PERIOD_ENDED, date(2025, 1, 1)),
        ("800/31/BKPSDM/2023", ExitReason.REPLACED, None),
        ("800/09/BKPSDM/2025", ExitReason.OPENED_BY_TEST, date(2025, 3, 3)),
    }
    assert "PP 61/2010 Pasal 11 ayat (3)" in second.exits[0].describe("en")


def test_release_event_moves_an_item_out() -> None:
    event = ReleaseEvent("800/112/DKK/2024", ReleaseCondition.WRITTEN_CONSENT, date(2025, 1, 2))
    found = build_dik(consequence_tests(), body=BODY, as_of=AS_OF_2025, events=[event])
    assert "800/112/DKK/2024" not in [e.record for e in found.entries]
    (released,) = [x for x in found.exits if x.reason is ExitReason.RELEASED]
    assert released.on == date(2025, 1, 2)


def test_diff_2024_to_2025_says_what_and_why() -> None:
    changes = diff_dip(dip_2024(), dip_2025(), old_dik=dik(AS_OF_2024), new_dik=dik(AS_OF_2025))
    by = {(c.change, c.summary): c for c in changes}
    assert len(changes) == 8
    closed = by[ChangeKind.REMOVED, "Daftar penerima bantuan sosial dengan NIK"]
    assert closed.record == "460/07/DINSOS/2025" and closed.after is Category.EXEMPT
    assert str(closed.citation) == "UU 14/2008 Pasal 19"
    ended = by[ChangeKind.ADDED, "Harga perkiraan sendiri paket pengadaan jalan 2024"]
    assert ended.record == "027/15/BPBJ/2024"
    assert str(ended.citation) == "PP 61/2010 Pasal 11 ayat (3)"
    reopened = by[
        ChangeKind.ADDED, "Rekapitulasi hasil penilaian kinerja pejabat pimpinan tinggi 2022"
    ]
    assert reopened.record == "800/09/BKPSDM/2025"
    assert "decided the information is open" in reopened.describe("en")
    moved = by[ChangeKind.RECLASSIFIED, "Jadwal pelayanan kesehatan keliling"]
    assert (moved.before, moved.after) == (Category.AVAILABLE_AT_ALL_TIMES, Category.PERIODIC)
    assert "setiap semester" in moved.describe()
    assert by[ChangeKind.REMOVED, "Daftar aset tanah milik pemerintah daerah"].record is None
    assert (ChangeKind.ADDED, "Data curah hujan dan status siaga bencana") in by
    assert diff_dip(dip_2025(), dip_2025()) == ()


def test_golden_documents_are_the_worked_example() -> None:
    def load(name: str) -> object:
        return serialization.loads((GOLDEN / f"{name}.json").read_text("utf-8"))

    assert load("dip_register_2024") == dip_2024()
    assert load("dik_register_2025") == dik(AS_OF_2025)


# ------------------------------------------------------------------ validation
def test_every_problem_of_a_dip_is_named() -> None:
    dip = dip_2024()
    entries = list(dip.entries)
    entries[0] = attrs.evolve(entries[0], category=Category.EXEMPT)
    entries[1] = attrs.evolve(entries[1], last_published=None)
    entries[2] = attrs.evolve(entries[2], number="001", holder=" ")
    entries[3] = attrs.evolve(entries[3], summary=entries[4].summary.upper())
    entries[5] = attrs.evolve(entries[5], listed_as="11.1.b")
    entries[6] = attrs.evolve(entries[6], listed_as="99.z")
    entries[7] = attrs.evolve(entries[7], category=Category.NOT_HELD)
    entries[8] = attrs.evolve(entries[8], last_published=date(2024, 3, 1))
    bad = attrs.evolve(dip, entries=entries)
    with pytest.raises(RegisterError) as info:
        validate_dip(bad)
    found = {(p.path, p.code) for p in info.value.problems}
    assert found == {
        ("entries[0].category", "exempt-in-dip"),
        ("entries[1].last_published", "last-published-missing"),
        ("entries[2].number", "duplicate-number"),
        ("entries[2].holder", "required"),
        ("entries[4].summary", "duplicate-entry"),
        ("entries[5].listed_as", "listing-category-mismatch"),
        ("entries[6].listed_as", "unknown-listing"),
        ("entries[7].category", "category-not-in-dip"),
        ("entries[8].last_published", "published-after-adoption"),
    }
    assert info.value.code == "register-invalid"
    assert "Pasal 11 ayat (1) huruf a" in info.value.message("en")


def test_an_item_the_dik_lists_cannot_be_in_the_dip() -> None:
    dip = dip_2024()
    health = consequence_tests()[0].information
    entries = (*dip.entries[:-1], attrs.evolve(dip.entries[-1], summary=health))
    problems = check_dip(attrs.evolve(dip, entries=entries), dik=dik(AS_OF_2024))
    assert [(p.path, p.code) for p in problems] == [("entries[19].summary", "listed-in-dik")]
    assert problems[0].params["record"] == "800/112/DKK/2024"


def test_bad_records_stop_the_dik_with_every_problem() -> None:
    tests = list(consequence_tests())
    tests[1] = attrs.evolve(tests[1], harm_analysis="")
    tests[2] = attrs.evolve(tests[2], number=tests[0].number)
    with pytest.raises(RegisterError) as info:
        build_dik(tests, body=BODY, as_of=AS_OF_2025)
    paths = {p.path for p in info.value.problems}
    assert paths == {"records[1].harm_analysis", "records[2].number"}


# ------------------------------------------------------------------ storage
@given(kst.dip_registers())
def test_dip_round_trip(register: DipRegister) -> None:
    assert serialization.loads(serialization.dumps(register)) == register
    assert check_dip(register) == ()


@given(kst.dik_registers())
def test_dik_round_trip(register: DikRegister) -> None:
    assert serialization.loads(serialization.dumps(register)) == register


def _spoiled(entry: DipEntry, how: int) -> DipEntry:
    """``entry`` with one thing wrong of the kinds the DIP checks (or none: ``how`` 0)."""
    spoil: list[dict[str, object]] = [
        {},
        {"summary": "  \t"},
        {"retention": None},
        {"holder": 7},
        {"category": Category.EXEMPT},
        {"category": Category.PERIODIC, "last_published": None, "listed_as": None},
        {"listed_as": "99.9.z"},
        {"listed_as": "9.2.c", "category": Category.AVAILABLE_AT_ALL_TIMES},
        {"number": Citation("X")},
    ]
    return attrs.evolve(entry, **spoil[how % len(spoil)])  # type: ignore[arg-type]


@given(kst.dip_entries(text=kst.hostile_texts()), st.integers(min_value=0, max_value=8))
def test_an_entry_found_valid_at_once_has_no_problem(entry: DipEntry, how: int) -> None:
    """``check_dip`` skips building the problems of an entry it finds valid in one test: that
    test says valid exactly when the full check finds nothing."""
    from kiplib.registers.dip import _check_entry, _entry_ok

    try:
        spoiled = _spoiled(entry, how)
    except (TypeError, ValueError):  # a value the record itself refuses
        return
    assert _entry_ok(spoiled) == (not list(_check_entry(0, spoiled)))


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_entries_are_compared_on_text_with_whitespace_as_one_space(text: str) -> None:
    import re

    from kiplib.registers._common import _normal

    assert _normal(text) == re.sub(r"\s+", " ", text).strip().casefold()


@pytest.mark.parametrize(
    ("year", "valid"),
    [(2009, False), (2010, True), (2100, True), (2101, False), (20244, False), (True, False)],
)
def test_a_dip_is_for_a_year_of_the_law_and_the_calendar(year: object, valid: bool) -> None:
    """From the first year of UU 14/2008 to the last the calendar counts: a typo such as
    20244 is a problem of the register (it hid the DIP duty of every year after it)."""
    import attrs

    from kiplib.registers import check_dip
    from kiplib.testing import example

    register = attrs.evolve(example("dip_register"), year=year)
    assert (not any(p.code == "bad-year" for p in check_dip(register))) is valid
