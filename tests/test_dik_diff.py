"""What changed in the DIK between 2024 and 2025 (the district's worked example), and why."""

from __future__ import annotations

from datetime import date

import attrs

from district import BODY, consequence_tests
from kiplib.exemption import Outcome
from kiplib.registers import (
    DikChangeKind,
    DikRegister,
    ExitReason,
    build_dik,
    diff_dik,
    dik_from_csv,
    dik_from_xlsx,
    dik_to_csv,
    dik_to_xlsx,
)

AS_OF_2024 = date(2024, 3, 31)
AS_OF_2025 = date(2025, 3, 31)


def dik(as_of: date) -> DikRegister:
    return build_dik(consequence_tests(), body=BODY, as_of=as_of)


def test_dik_2024_to_2025_with_reasons() -> None:
    changes = diff_dik(dik(AS_OF_2024), dik(AS_OF_2025))
    found = [(c.change, c.record, c.exit, c.on, str(c.citation)) for c in changes]
    assert found == [
        (
            DikChangeKind.ADDED,
            "460/07/DINSOS/2025",
            None,
            date(2025, 2, 10),
            "UU 14/2008 Pasal 19",
        ),
        (
            DikChangeKind.EXITED,
            "027/15/BPBJ/2024",
            ExitReason.PERIOD_ENDED,
            date(2025, 1, 1),
            "PP 61/2010 Pasal 11 ayat (3)",
        ),
        (
            DikChangeKind.EXITED,
            "800/31/BKPSDM/2023",
            ExitReason.REPLACED,
            None,
            "PP 61/2010 Pasal 10",
        ),
    ]
    assert changes[0].after == "h.3"
    assert changes[1].describe("id") == (
        "keluar dari DIK: 027/15/BPBJ/2024 Harga perkiraan sendiri paket pengadaan jalan 2024 — "
        "jangka waktu pengecualian berakhir; informasi terbuka 2025-01-01 "
        "[PP 61/2010 Pasal 11 ayat (3)]"
    )
    english = changes[2].describe("en")
    assert english.startswith("left the DIK: 800/31/BKPSDM/2023")
    assert "[PP 61/2010 Pasal 10]" in english


def test_unchanged_dik_has_no_changes() -> None:
    assert diff_dik(dik(AS_OF_2025), dik(AS_OF_2025)) == ()


def test_published_tables_diff_without_exit_reasons() -> None:
    old = dik_from_xlsx(dik_to_xlsx(dik(AS_OF_2024)), body=BODY, as_of=AS_OF_2024)
    new = dik_from_csv(dik_to_csv(dik(AS_OF_2025)), body=BODY, as_of=AS_OF_2025)
    changes = diff_dik(old, new)
    assert [(c.change, c.record) for c in changes] == [
        (DikChangeKind.ADDED, "460/07/DINSOS/2025"),
        (DikChangeKind.EXITED, "027/15/BPBJ/2024"),
        (DikChangeKind.EXITED, "800/31/BKPSDM/2023"),
    ]
    assert all(c.exit is None for c in changes[1:])
    assert "PP 61/2010 Pasal 11" in changes[1].describe("en")
    assert "does not record why" in changes[1].describe("en")


def test_period_grounds_and_outcome_changes_are_each_named() -> None:
    old = dik(AS_OF_2025)
    health = old.entry("800/112/DKK/2024")
    moved = attrs.evolve(
        health,
        ends_on=date(2030, 3, 15),
        grounds=("h.2", "h.3"),
        outcome=Outcome.CLOSED if health.outcome is Outcome.PARTLY else Outcome.PARTLY,
    )
    new = attrs.evolve(old, entries=(moved, *old.entries[1:]))
    changes = diff_dik(old, new)
    assert [c.change for c in changes] == [
        DikChangeKind.PERIOD_CHANGED,
        DikChangeKind.GROUNDS_CHANGED,
        DikChangeKind.OUTCOME_CHANGED,
    ]
    assert changes[0].before == "2024-03-15 … 2029-03-15; 2029-01-29; -"
    assert changes[0].after == "2024-03-15 … 2030-03-15; 2029-01-29; -"
    assert (
        changes[1]
        .describe("en")
        .endswith("(h.2 → h.2, h.3) — Pasal 17 grounds determined again [UU 14/2008 Pasal 17]")
    )
    assert str(changes[2].citation) == "UU 14/2008 Pasal 19"


def test_changes_are_stored_and_read_back() -> None:
    from kiplib import serialization

    for change in diff_dik(dik(AS_OF_2024), dik(AS_OF_2025)):
        assert serialization.loads(serialization.dumps(change)) == change


def test_the_same_grounds_in_another_order_are_no_change() -> None:
    """A table lists the grounds of a record in the order it was typed: the same grounds in
    another order (or one typed twice) are not grounds determined again."""
    old = dik(AS_OF_2025)
    health = old.entry("800/112/DKK/2024")
    both = attrs.evolve(health, grounds=("h.2", "h.3"))
    base = attrs.evolve(old, entries=(both, *old.entries[1:]))
    for grounds in (("h.3", "h.2"), ("h.2", "h.3", "h.2")):
        again = attrs.evolve(old, entries=(attrs.evolve(health, grounds=grounds), *old.entries[1:]))
        assert diff_dik(base, again) == ()
    other = attrs.evolve(old, entries=(attrs.evolve(health, grounds=("h.3",)), *old.entries[1:]))
    assert [c.change for c in diff_dik(base, other)] == [DikChangeKind.GROUNDS_CHANGED]
