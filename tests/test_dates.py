"""Calendar arithmetic the law's wording needs: "6 months" counted from date to date."""
import datetime as dt

import pytest

from navigator.derive import add_months
from navigator.values import relative_date


@pytest.mark.parametrize("day, months, expected", [
    ("2026-01-15", 6, "2026-07-15"),
    ("2025-08-31", 6, "2026-02-28"),     # no 31 February: the last day of the month
    ("2023-08-31", 6, "2024-02-29"),     # leap year
    ("2026-12-31", -10, "2026-02-28"),
    ("2026-07-31", -1, "2026-06-30"),
    ("2026-11-30", 2, "2027-01-30"),     # across the year end
    ("2026-01-01", 0, "2026-01-01"),
])
def test_add_months(day, months, expected):
    assert add_months(dt.date.fromisoformat(day), months) == dt.date.fromisoformat(expected)


def test_relative_months_both_ways():
    as_of = dt.date(2026, 3, 31)
    assert relative_date({"months_after_as_of": 6}, as_of) == dt.date(2026, 9, 30)
    assert relative_date({"months_before_as_of": 1}, as_of) == dt.date(2026, 2, 28)
