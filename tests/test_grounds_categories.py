"""The legal catalogue: Pasal 17 grounds, periods, mediation, categories and Pasal 18."""

from __future__ import annotations

import pytest

from kiplib.errors import NotFoundError
from kiplib.law import (
    GROUNDS,
    LIFTS,
    LISTED_ITEMS,
    NEVER_EXEMPT,
    OBJECTION_GROUNDS,
    BodyType,
    Category,
    PeriodKind,
    ReleaseCondition,
    ground,
    listed_item,
    objection_ground,
)


def test_every_ground_down_to_angka() -> None:
    expected = (
        [f"a.{i}" for i in range(1, 6)]
        + ["b"]
        + [f"c.{i}" for i in range(1, 8)]
        + ["d"]
        + [f"e.{i}" for i in range(1, 8)]
        + [f"f.{i}" for i in range(1, 5)]
        + ["g"]
        + [f"h.{i}" for i in range(1, 6)]
        + ["i", "j"]
    )
    assert list(GROUNDS) == expected


@pytest.mark.parametrize(
    ("code", "cited", "period", "permanent"),
    [
        ("a.2", "UU 14/2008 Pasal 17 huruf a angka 2", "PP 61/2010 Pasal 5 ayat (1)", False),
        ("b", "UU 14/2008 Pasal 17 huruf b", "PP 61/2010 Pasal 6", False),
        ("c.6", "UU 14/2008 Pasal 17 huruf c angka 6", "PP 61/2010 Pasal 7 ayat (1)", False),
        ("d", "UU 14/2008 Pasal 17 huruf d", "PP 61/2010 Pasal 7 ayat (2)", False),
        ("e.7", "UU 14/2008 Pasal 17 huruf e angka 7", "PP 61/2010 Pasal 7 ayat (3)", False),
        ("f.1", "UU 14/2008 Pasal 17 huruf f angka 1", "PP 61/2010 Pasal 7 ayat (4)", False),
        ("g", "UU 14/2008 Pasal 17 huruf g", "PP 61/2010 Pasal 8 ayat (1)", True),
        ("h.5", "UU 14/2008 Pasal 17 huruf h angka 5", "PP 61/2010 Pasal 8 ayat (2)", True),
        ("i", "UU 14/2008 Pasal 17 huruf i", "PP 61/2010 Pasal 9", True),
        ("j", "UU 14/2008 Pasal 17 huruf j", "UU 14/2008 Pasal 17 huruf j", True),
    ],
)
def test_ground_citation_period_and_permanence(
    code: str, cited: str, period: str, permanent: bool
) -> None:
    g = ground(code)
    assert str(g.citation) == cited
    assert str(g.period.citation) == period
    assert g.permanent_allowed is permanent
    assert g.describe("en") != g.describe("id")


def test_period_rules() -> None:
    assert ground("a.1").period.kind is PeriodKind.MAXIMUM_YEARS
    assert ground("a.1").period.max_years == 30
    assert ReleaseCondition.PUBLIC_COURT_HEARING in ground("a.5").release
    assert str(ground("c.1").period.fixed_by_citation) == "PP 61/2010 Pasal 7 ayat (5)"
    assert "pimpinan tertinggi" in ground("e.2").period.describe()
    assert "highest leader" in ground("e.2").period.describe("en")
    assert set(ground("h.2").release) == {
        ReleaseCondition.WRITTEN_CONSENT,
        ReleaseCondition.PUBLIC_OFFICE,
    }
    assert ReleaseCondition.KI_OR_COURT_DECISION in ground("i").release
    assert ground("j").requires_undang_undang
    assert "30" in ground("a.3").period.describe("en")


def test_no_ground_can_be_mediated_and_the_rule_is_cited() -> None:
    for g in GROUNDS.values():
        assert not g.mediation.available
        assert str(g.mediation.citation) == "UU 14/2008 Pasal 40 ayat (2)"
        assert str(g.mediation.objection_ground) == "UU 14/2008 Pasal 35 ayat (1) huruf a"
    assert [o.huruf for o in OBJECTION_GROUNDS.values() if o.mediation.available] == list("bcdefg")
    assert "adjudication" in ground("b").mediation.describe("en")
    assert "mediation" in objection_ground("c").mediation.describe("en")
    assert str(objection_ground("C").citation) == "UU 14/2008 Pasal 35 ayat (1) huruf c"


@pytest.mark.parametrize("text", ["h 2", "huruf h angka 2", "H.2", "pasal 17 huruf h angka 2"])
def test_ground_spellings(text: str) -> None:
    assert ground(text).code == "h.2"


@pytest.mark.parametrize("text", ["h", "k", "a.6", "c.8", "", "17"])
def test_unknown_grounds(text: str) -> None:
    with pytest.raises(NotFoundError):
        ground(text)
    with pytest.raises(NotFoundError):
        objection_ground("z")


def test_categories_and_listed_items() -> None:
    assert str(Category.IMMEDIATE.citation) == "UU 14/2008 Pasal 10"
    assert str(Category.NOT_HELD.citation) == "UU 14/2008 Pasal 6 ayat (3) huruf e"
    assert not Category.EXEMPT.is_open and not Category.NOT_HELD.is_open
    assert Category.OPEN_ON_REQUEST.is_open
    counts = {
        p: sum(1 for k in LISTED_ITEMS if k.split(".")[0] == p)
        for p in ("9", "11", "14", "15", "16")
    }
    assert counts == {"9": 4, "11": 8, "14": 14, "15": 7, "16": 7}
    assert str(listed_item("14.n").citation) == "UU 14/2008 Pasal 14 huruf n"
    assert listed_item("14.c").applies_to(BodyType.STATE_ENTERPRISE)
    assert not listed_item("14.c").applies_to(BodyType.STATE)
    assert listed_item("11.1.e").applies_to(BodyType.NGO)
    assert listed_item("9.2.c").describe("en").endswith("financial reports")
    with pytest.raises(NotFoundError):
        listed_item("9.3.a")
    for c in Category:
        assert c.label("en") != c.label("id")


def test_pasal_18() -> None:
    assert list(NEVER_EXEMPT) == list("abcdefg")
    assert str(NEVER_EXEMPT["c"].citation) == "UU 14/2008 Pasal 18 ayat (1) huruf c"
    assert str(LIFTS["b"].citation) == "UU 14/2008 Pasal 18 ayat (2) huruf b"
    assert LIFTS["a"].letters == frozenset("gh")
