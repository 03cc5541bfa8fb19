"""Strategies for DIP and DIK registers and the yearly-duty records (all valid)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from kiplib.duties.statistics import FinishedRequest, RequestOutcome
from kiplib.law.categories import LISTED_ITEMS, Category
from kiplib.registers.dik import DikRegister, build_dik
from kiplib.registers.dip import DIP_CATEGORIES, DipEntry, DipRegister, InformationForm
from kiplib.testing._core import public_bodies
from kiplib.testing._records import consequence_tests, ground_codes, texts

__all__ = ["dik_registers", "dip_entries", "dip_registers", "finished_requests"]

_CATEGORIES = tuple(sorted(DIP_CATEGORIES, key=lambda c: c.value))


@st.composite
def dip_entries(
    draw: st.DrawFn, *, number: str | None = None, published_by: date = date(2060, 12, 31)
) -> DipEntry:
    """A complete DIP entry; berkala entries carry a publication date up to ``published_by``."""
    category = draw(st.sampled_from(_CATEGORIES))
    listings = [k for k, item in LISTED_ITEMS.items() if item.category is category]
    listed_as = draw(st.none() | st.sampled_from(listings)) if listings else None
    published = None
    if category is Category.PERIODIC or draw(st.booleans()):
        published = draw(st.dates(min_value=date(2010, 5, 1), max_value=published_by))
    return DipEntry(
        number=number if number is not None else draw(texts(12)),
        summary=draw(texts(120)),
        holder=draw(texts(60)),
        responsible=draw(texts(60)),
        time_and_place=draw(texts(40)),
        form=draw(st.sampled_from(InformationForm)),
        retention=draw(texts(20)),
        category=category,
        listed_as=listed_as,
        last_published=published,
        note=draw(st.none() | texts(60)),
    )


@st.composite
def dip_registers(draw: st.DrawFn, *, max_entries: int = 8) -> DipRegister:
    """A valid DIP: unique numbers and summaries, publications no later than its adoption."""
    year = draw(st.integers(2011, 2060))
    adopted = draw(st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31)))
    size = draw(st.integers(0, max_entries))
    entries = [draw(dip_entries(number=f"{i + 1:03d}", published_by=adopted)) for i in range(size)]
    seen: set[str] = set()
    unique = []
    for e in entries:
        key = e.key
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return DipRegister(
        body=draw(public_bodies()),
        year=year,
        adopted_on=adopted,
        entries=tuple(unique),
        revision=draw(st.integers(1, 5)),
    )


@st.composite
def dik_registers(draw: st.DrawFn, *, max_records: int = 4) -> DikRegister:
    """A DIK computed by ``build_dik`` from valid consequence tests with distinct numbers."""
    records = draw(
        st.lists(
            consequence_tests(max_value=date(2040, 12, 31)),
            max_size=max_records,
            unique_by=lambda r: r.number,
        )
    )
    as_of = draw(st.dates(min_value=date(2010, 5, 1), max_value=date(2060, 12, 31)))
    return build_dik(records, body=draw(public_bodies()), as_of=as_of)


@st.composite
def finished_requests(draw: st.DrawFn) -> FinishedRequest:
    """A consistent finished request (a refusal carries its grounds)."""
    outcome = draw(st.sampled_from(RequestOutcome))
    received = draw(st.dates(min_value=date(2010, 5, 1), max_value=date(2060, 12, 31)))
    answered = received + timedelta(days=draw(st.integers(0, 60)))
    grounds: tuple[str, ...] = ()
    if outcome in (RequestOutcome.REFUSED, RequestOutcome.PARTLY_GRANTED):
        grounds = tuple(draw(st.lists(ground_codes(), min_size=1, max_size=3, unique=True)))
    return FinishedRequest(
        number=draw(texts(20)),
        received_on=received,
        answered_on=answered,
        outcome=outcome,
        refusal_grounds=grounds,
    )
