"""``kiplib._dates.add_years`` is ``date + relativedelta(years=n)``, to the error."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from kiplib._dates import add_years


def _outcome(fn: Any) -> Any:
    try:
        return fn()
    except (ValueError, TypeError, OverflowError) as exc:
        return type(exc), str(exc)


leap_days = st.integers(min_value=1, max_value=9999).filter(
    lambda y: y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
)


@given(
    d=st.one_of(st.dates(), leap_days.map(lambda y: date(y, 2, 29))),
    years=st.integers(min_value=-10_050, max_value=10_050),
)
def test_add_years_is_relativedelta(d: date, years: int) -> None:
    assert _outcome(lambda: add_years(d, years)) == _outcome(lambda: d + relativedelta(years=years))


@given(
    d=st.one_of(st.dates(), st.datetimes()),
    years=st.one_of(st.booleans(), st.floats(allow_nan=False, max_value=50, min_value=-50)),
)
def test_other_values_go_to_relativedelta(d: date | datetime, years: Any) -> None:
    assert _outcome(lambda: add_years(d, years)) == _outcome(lambda: d + relativedelta(years=years))
