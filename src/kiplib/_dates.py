"""Calendar arithmetic the core needs often, without ``dateutil`` on the hot path.

``date + relativedelta(years=n)`` costs microseconds (it builds and normalises a delta of
every unit); the same day ``n`` years on is one ``date.replace``. :func:`add_years` gives
exactly what ``relativedelta`` gives — 29 February on 28 February of a common year, the same
``ValueError`` for a year out of range — and hands anything but a plain date and a plain
integer to ``relativedelta`` itself.
"""

from __future__ import annotations

from datetime import date

__all__ = ["add_years"]


def add_years(d: date, years: int) -> date:
    """``d + relativedelta(years=years)``: the same month and day ``years`` later (or
    earlier); 29 February becomes 28 February in a common year.

    Examples:
        >>> add_years(date(2024, 2, 29), 1)
        datetime.date(2025, 2, 28)
        >>> add_years(date(2024, 3, 15), 5)
        datetime.date(2029, 3, 15)
    """
    if type(d) is not date or type(years) is not int:
        from dateutil.relativedelta import relativedelta

        result: date = d + relativedelta(years=years)
        return result
    year = d.year + years
    if d.month == 2 and d.day == 29 and not (year % 4 == 0 and (year % 100 or year % 400 == 0)):
        return d.replace(year=year, day=28)
    return d.replace(year=year)
