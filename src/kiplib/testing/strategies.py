"""Hypothesis strategies for kiplib values (apps and plugin authors reuse them).

Examples:
    >>> from hypothesis import given
    >>> from kiplib.testing import strategies as kst
    >>> import kiplib
    >>> @given(kst.law_dates(), kst.steps())
    ... def test_due_never_before_start(start, step):
    ...     assert kiplib.deadline(step, start).due > start
    >>> test_due_never_before_start()
"""

from __future__ import annotations

from kiplib.testing._core import (
    INDONESIAN_TIMEZONES,
    aware_datetimes,
    calendar_days,
    dated_steps,
    law_dates,
    public_bodies,
    region_codes,
    steps,
)
from kiplib.testing._plugins import (
    bodies_in_scope,
    consequence_test_facts,
    region_codes_in_scope,
)
from kiplib.testing._records import (
    consequence_tests,
    ground_codes,
    information_items,
    officials,
    texts,
)
from kiplib.testing._registers import (
    HOSTILE_PIECES,
    csv_inputs,
    dik_registers,
    dip_entries,
    dip_registers,
    finished_requests,
    hostile_texts,
    json_inputs,
    xlsx_inputs,
)
from kiplib.testing._requests import (
    exemption_grounds,
    possible_requests,
    request_events,
    requests,
    shuffled_requests,
)

__all__ = [
    "HOSTILE_PIECES",
    "INDONESIAN_TIMEZONES",
    "aware_datetimes",
    "bodies_in_scope",
    "calendar_days",
    "consequence_test_facts",
    "consequence_tests",
    "csv_inputs",
    "dated_steps",
    "dik_registers",
    "dip_entries",
    "dip_registers",
    "exemption_grounds",
    "finished_requests",
    "ground_codes",
    "hostile_texts",
    "information_items",
    "json_inputs",
    "law_dates",
    "officials",
    "possible_requests",
    "public_bodies",
    "region_codes",
    "region_codes_in_scope",
    "request_events",
    "requests",
    "shuffled_requests",
    "steps",
    "texts",
    "xlsx_inputs",
]
