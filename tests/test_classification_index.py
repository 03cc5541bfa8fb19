"""``RuleSet.matching`` asks only the rows an item can match (indexed by the fact or listed
item they ask for); the answer must be the one asking every row gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiplib.law.categories import LISTED_ITEMS, Category
from kiplib.law.citation import Citation
from kiplib.law.classification import (
    NATIONAL_RULESET,
    Fact,
    InformationItem,
    Rule,
    RuleSet,
    listed,
    when,
)
from kiplib.testing import strategies as kst


def _every_row(rules: RuleSet, item: InformationItem) -> tuple[Rule, ...]:
    return tuple(r for r in rules.rules if r.condition(item))


# An application's own rows: a condition of its own, and rows made with when() and listed()
# before, between and after the national ones.
_OWN = Rule(
    "app-title",
    lambda item: "anggaran" in item.title.casefold(),
    Citation("Perbup Contoh 1/2024", pasal=3),
    "judul menyebut anggaran",
    category=Category.PERIODIC,
)
_EXTENDED = NATIONAL_RULESET.with_rules(
    [_OWN, Rule("app-fact", when(Fact.IS_DECISION), Citation("Perbup Contoh 1/2024"), "fakta")]
).with_rules(
    [Rule("app-listed", listed("9.2.a"), Citation("Perbup Contoh 1/2024"), "butir")], first=True
)

items = st.builds(
    InformationItem,
    title=st.sampled_from(["Laporan anggaran 2024", "Rekam medis", "SK Bupati"]),
    document_kind=st.just("dokumen"),
    body=kst.public_bodies(),
    facts=st.frozensets(st.sampled_from(Fact), max_size=6),
    listed_as=st.lists(st.sampled_from(sorted(LISTED_ITEMS)), max_size=3).map(tuple),
)


@given(item=st.one_of(items, kst.information_items()), table=st.sampled_from([0, 1]))
def test_the_index_finds_what_every_row_finds(item: InformationItem, table: int) -> None:
    rules = (NATIONAL_RULESET, _EXTENDED)[table]
    assert rules.matching(item) == _every_row(rules, item)


def test_odd_items_are_asked_row_by_row() -> None:
    # Facts that are not Fact members, a listed item that cannot be hashed: every row decides.
    odd = InformationItem(
        title="Laporan anggaran",
        document_kind="laporan",
        facts=frozenset({"not_held", Fact.IS_POLICY}),  # type: ignore[arg-type]
        listed_as=(["9.2.a"], "9.2.b"),  # type: ignore[arg-type]
    )
    found = _EXTENDED.matching(odd)
    assert found == _every_row(_EXTENDED, odd)
    assert {"app-title", "pasal-18-1-b-is_policy"} <= {r.name for r in found}
