"""Strategies for classification, consequence-test and exemption records (all valid)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from kiplib.exemption.consequence_test import (
    Approval,
    ConsequenceTest,
    ExemptionPeriod,
    InstrumentType,
    LegalBasis,
    Official,
    Outcome,
    Redaction,
    Timing,
)
from kiplib.law.citation import Citation
from kiplib.law.classification import Fact, InformationItem
from kiplib.law.grounds import GROUNDS
from kiplib.law.roles import Role
from kiplib.testing._core import public_bodies

__all__ = ["consequence_tests", "ground_codes", "information_items", "officials", "texts"]

_ALPHABET = st.characters(
    codec="utf-8", categories=("L", "N", "Zs", "P"), exclude_characters="\x00"
)


def texts(max_size: int = 60) -> st.SearchStrategy[str]:
    """Non-blank text (Indonesian letters, digits, punctuation)."""
    return st.text(_ALPHABET, min_size=1, max_size=max_size).filter(lambda s: bool(s.strip()))


def ground_codes() -> st.SearchStrategy[str]:
    """Codes of Pasal 17 grounds down to angka (``"a.1"`` … ``"j"``)."""
    return st.sampled_from(tuple(GROUNDS))


def officials(roles: Sequence[Role] = tuple(Role)) -> st.SearchStrategy[Official]:
    """Officials with a name, a position, sometimes an 18-digit NIP and sometimes a role
    (one of ``roles``)."""
    return st.builds(
        Official,
        name=texts(40),
        position=texts(40),
        nip=st.none() | st.from_regex(r"\A[0-9]{18}\Z"),
        role=st.none() | st.sampled_from(tuple(roles)),
    )


#: Roles in which a PPID tests, and in which an approval is given.
_PPID_ROLES: Final = (Role.PPID_MAIN, Role.PPID_IMPLEMENTING, Role.PPID_ASSISTANT)
_APPROVER_ROLES: Final = tuple(r for r in Role if r not in _PPID_ROLES)


@st.composite
def consequence_tests(
    draw: st.DrawFn,
    *,
    outcomes: tuple[Outcome, ...] = (Outcome.CLOSED, Outcome.PARTLY, Outcome.OPEN),
    min_value: date = date(2010, 5, 1),
    max_value: date = date(2060, 12, 31),
) -> ConsequenceTest:
    """Complete, lawful consequence-test records (``kiplib.consequence.check`` finds nothing)."""
    outcome = draw(st.sampled_from(outcomes))
    tested = draw(st.dates(min_value=min_value, max_value=max_value))
    approved = tested + timedelta(days=draw(st.integers(0, 10)))
    determined = approved + timedelta(days=draw(st.integers(0, 10)))
    grounds: tuple[str, ...] = ()
    period = None
    redactions: tuple[Redaction, ...] = ()
    if outcome is not Outcome.OPEN:
        grounds = tuple(draw(st.lists(ground_codes(), min_size=1, max_size=3, unique=True)))
        # At most 30 years keeps huruf a lawful (PP 61/2010 Pasal 5) and every a–f ground ended.
        if draw(st.booleans()):
            years, until = draw(st.integers(1, 30)), None
            ends = determined + relativedelta(years=years)
        else:
            limit = (determined + relativedelta(years=30)) - determined
            days = draw(st.integers(0, limit.days - 1))
            years, until = None, determined + timedelta(days=days)
            ends = until + timedelta(days=1)
        allowed = sorted({c for g in grounds for c in GROUNDS[g].release}, key=lambda c: c.value)
        conditions = tuple(draw(st.lists(st.sampled_from(allowed), max_size=2, unique=True)))
        review = None
        span = (ends - determined).days
        if span > 1 and draw(st.booleans()):
            review = determined + timedelta(days=draw(st.integers(1, span - 1)))
        period = ExemptionPeriod(until=until, years=years, conditions=conditions, review_on=review)
        if outcome is Outcome.PARTLY:
            redactions = tuple(
                draw(
                    st.lists(
                        st.builds(
                            Redaction,
                            part=texts(40),
                            ground=st.sampled_from(grounds),
                            page=st.none() | st.integers(1, 500),
                        ),
                        min_size=1,
                        max_size=3,
                    )
                )
            )
    basis = [
        LegalBasis(
            title="UU 14/2008 tentang Keterbukaan Informasi Publik",
            instrument_type=InstrumentType.UNDANG_UNDANG,
            citation=Citation("UU 14/2008", pasal=17),
        )
    ]
    basis += draw(
        st.lists(
            st.builds(
                LegalBasis,
                title=texts(60),
                instrument_type=st.sampled_from(InstrumentType),
                citation=st.none(),
            ),
            max_size=2,
        )
    )
    timing = draw(st.sampled_from(Timing))
    reference = draw(texts(30)) if timing is not Timing.BEFORE_REQUEST else None
    return ConsequenceTest(
        number=draw(texts(30)),
        body=draw(public_bodies()),
        unit=draw(texts()),
        information=draw(texts(120)),
        source_document=draw(texts()),
        grounds=grounds,
        legal_basis=tuple(basis),
        harm_analysis=draw(texts(200)),
        public_interest=draw(texts(200)),
        outcome=outcome,
        period=period,
        ppid=draw(officials(_PPID_ROLES)),
        approval=Approval(draw(officials(_APPROVER_ROLES)), approved),
        signatories=tuple(draw(st.lists(officials(), min_size=1, max_size=4))),
        place=draw(texts(30)),
        tested_on=tested,
        determined_on=determined,
        timing=timing,
        reference=reference,
        redactions=redactions,
        replaces=None,
    )


def information_items() -> st.SearchStrategy[InformationItem]:
    """Items with any facts (``classify`` refuses those mixing Pasal 18 ayat (1) and a ground)."""
    return st.builds(
        InformationItem,
        title=texts(),
        document_kind=texts(30),
        body=public_bodies(),
        facts=st.frozensets(st.sampled_from(Fact), max_size=4),
        listed_as=st.just(()),
        indicated_grounds=st.lists(ground_codes(), max_size=2, unique=True).map(tuple),
        holder=st.none() | texts(40),
    )
