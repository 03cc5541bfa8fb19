"""Strategies for plugin authors: bodies and consequence-test facts in a plugin's scope."""

from __future__ import annotations

from hypothesis import strategies as st

from kiplib.law.bodies import PublicBody
from kiplib.law.roles import Role, UnitType
from kiplib.rulebook.contributions import ConsequenceTestFacts, Scope
from kiplib.testing._core import public_bodies

__all__ = ["bodies_in_scope", "consequence_test_facts", "region_codes_in_scope"]


def region_codes_in_scope(scope: Scope) -> st.SearchStrategy[str]:
    """Kemendagri codes inside ``scope``: the code itself and codes below it (kecamatan, desa)."""
    code = scope.region_code
    if code is None:
        raise ValueError("a body-scoped or national scope has no region codes")
    depth = code.count(".") + 1

    def build(parts: tuple[int, int, int, int]) -> str:
        extra, regency, district, village = parts
        pieces = [f"{regency:02d}", f"{district:02d}", f"{village}"][depth - 1 : depth - 1 + extra]
        return ".".join([code, *pieces])

    return st.tuples(
        st.integers(0, 4 - depth),
        st.integers(1, 79),
        st.integers(1, 40),
        st.integers(1001, 2099),
    ).map(build)


def bodies_in_scope(scope: Scope) -> st.SearchStrategy[PublicBody]:
    """Public bodies that ``scope`` covers (by region code, or by name for a body scope)."""
    if scope.bodies:
        return st.builds(
            lambda body, name: PublicBody(
                name=name,
                timezone=body.timezone,
                body_type=body.body_type,
                level=body.level,
                observes_cuti_bersama=body.observes_cuti_bersama,
            ),
            public_bodies(region_code=st.none()),
            st.sampled_from(scope.bodies),
        )
    return public_bodies(
        timezones=st.just("Asia/Jakarta"), region_code=region_codes_in_scope(scope)
    )


def consequence_test_facts(scope: Scope) -> st.SearchStrategy[ConsequenceTestFacts]:
    """Facts of consequence tests held by bodies in ``scope``, approved by anyone or no one."""
    officials = st.lists(st.sampled_from(Role), max_size=4, unique=True).map(tuple)
    return st.builds(
        ConsequenceTestFacts,
        body=bodies_in_scope(scope),
        approved_by=officials,
        signed_by=officials,
        has_minutes=st.booleans(),
        unit_type=st.none() | st.sampled_from(UnitType),
    )
