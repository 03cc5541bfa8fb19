"""Shared test set-up: Hypothesis profiles ``dev`` (quick) and ``ci`` (more examples)."""

from __future__ import annotations

import os
import sys

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# Worked examples shared by several test modules (tests/district.py) import as top-level modules.
sys.path.insert(0, os.path.dirname(__file__))
