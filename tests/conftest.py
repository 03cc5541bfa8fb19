"""Shared test set-up: Hypothesis profiles ``dev`` (quick) and ``ci`` (more examples)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from kiplib.plugins import using_plugins

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
#: The deeper run of ``nox -s fuzz``.
settings.register_profile(
    "fuzz",
    max_examples=5_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# Worked examples shared by several test modules (tests/district.py) import as top-level modules.
sys.path.insert(0, os.path.dirname(__file__))


@pytest.fixture(autouse=True, scope="session")
def _national_rule_book() -> Iterator[None]:
    """This suite computes under the national rule book unless a test passes ``rules=`` or
    chooses plugins itself: whatever distributions are installed next to kiplib (the
    ``tests_with_plugins`` session installs the three of ``plugins/``), ``rules=None`` means
    the national law here. Tests of :meth:`kiplib.RuleBook.installed` build it explicitly."""
    with using_plugins():
        yield
