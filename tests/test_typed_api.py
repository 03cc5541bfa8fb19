"""The public API is typed: mypy --strict checks these ``assert_type`` calls (``nox -s typing``)."""

from __future__ import annotations

from datetime import date
from typing import assert_type

import kiplib
from kiplib import serialization


def test_public_types() -> None:
    cal = kiplib.national_calendar()
    assert_type(cal, kiplib.WorkingCalendar)
    assert_type(cal.add_working_days(date(2024, 4, 5), 10), date)
    assert_type(cal.working_days_between(date(2024, 4, 5), date(2024, 4, 29)), int)
    assert_type(cal.is_working_day(date(2024, 4, 5)), bool)
    result = kiplib.deadline(kiplib.Step.NOTICE, date(2024, 4, 5))
    assert_type(result, kiplib.Deadline)
    assert_type(result.due, date)
    assert_type(result.citation, kiplib.Citation)
    assert_type(result.provisional, bool)
    assert_type(result.explain("en"), str)
    assert_type(serialization.loads(serialization.dumps(result), kiplib.Deadline), kiplib.Deadline)
    assert result.due == date(2024, 4, 29)


def test_lazy_exports_resolve() -> None:
    for name in kiplib.__all__:
        assert getattr(kiplib, name) is not None, name
    assert "classify" in dir(kiplib)
