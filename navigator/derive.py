"""Derived facts, computed in Python from the as-of date before inference (the engine has no date arithmetic).

Each function is named by `compute:` in rules/facts.yaml. It returns the value, or UNKNOWN when a source
is missing; list-valued facts may instead return Possible(values), an upper bound that still lets a test
conclude "no" (a person with no MERCOSUR nationality at all is not a MERCOSUR national, whatever the
naturalisation dates).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

UNKNOWN = object()


@dataclass(frozen=True)
class Possible:
    values: frozenset


def add_years(day: dt.date, years: int) -> dt.date:
    """Same calendar day `years` later (29 Feb becomes 28 Feb in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day number `months` calendar months later (or earlier); the month's last day when that day does
    not exist (31 Aug + 6 months = 28 or 29 Feb), as civil law counts months from date to date."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def completed_years(start: dt.date, end: dt.date) -> int:
    """Whole years from start to end, as an age is counted (the birthday itself counts)."""
    years = end.year - start.year
    return years - 1 if (end.month, end.day) < (start.month, start.day) else years


def completed_years_since(values, as_of, source):
    day = values.get(source)
    return UNKNOWN if day is None else completed_years(day, as_of)


def completed_years_between(values, as_of, start, end):
    """Whole years between two given dates (e.g. age on the entry date), whatever the as-of date."""
    first, last = values.get(start), values.get(end)
    return UNKNOWN if first is None or last is None else completed_years(first, last)


def days_since(values, as_of, source):
    day = values.get(source)
    return UNKNOWN if day is None else (as_of - day).days


def nationalities_original_or_naturalised_since(values, as_of, nationalities, naturalisations, min_years):
    held = values.get(nationalities)
    naturalised = values.get(naturalisations)
    if held is None:
        return UNKNOWN
    if naturalised is None:
        return Possible(frozenset(held))
    by_country = dict(naturalised)
    return frozenset(c for c in held
                     if c not in by_country or completed_years(by_country[c], as_of) >= min_years)


def holds_nationality(values, as_of, nationalities, country):
    """A yes/no fact restating `nationalities`: does the person hold `country`'s nationality?"""
    held = values.get(nationalities)
    return UNKNOWN if held is None else country in held


def holds_nationality_other_than(values, as_of, nationalities, country):
    """A yes/no fact restating `nationalities`: any nationality besides `country`?"""
    held = values.get(nationalities)
    return UNKNOWN if held is None else bool(set(held) - {country})


def stateless_unless_nationality(values, as_of, nationalities):
    """'Stateless (and ...)': certainly no when `nationalities` lists one; otherwise the person says."""
    held = values.get(nationalities)
    return False if held else UNKNOWN


def holds_status_in(values, as_of, source, **args):
    """'Do you hold one of these permits?': yes when `statuses` lists one in force on `as_of`; otherwise the
    person says (statuses only lists permits some pathway grants, so it cannot answer no)."""
    held = values.get(source)
    if held is None:
        return UNKNOWN
    return True if any(held.get(s) is not None and held[s] >= as_of for s in args["statuses"]) else UNKNOWN


def false_if_any_source_false(values, as_of, *sources):
    """A narrower yes/no question (a conviction in the last 5 years) implied 'no' by a broader one answered no
    (no record of any kind); otherwise the person says."""
    return False if any(values.get(s) is False for s in sources) else UNKNOWN


RESTATING = {"false_if_any_source_false": false_if_any_source_false, "holds_nationality": holds_nationality,
             "holds_nationality_other_than": holds_nationality_other_than,
             "stateless_unless_nationality": stateless_unless_nationality, "holds_status_in": holds_status_in}


def compute(fact, values, as_of):
    if fact.compute in RESTATING:
        return RESTATING[fact.compute](values, as_of, *fact.sources, **fact.args)
    if fact.compute == "completed_years_since":
        return completed_years_since(values, as_of, fact.sources[0])
    if fact.compute == "completed_years_between":
        return completed_years_between(values, as_of, *fact.sources)
    if fact.compute == "days_since":
        return days_since(values, as_of, fact.sources[0])
    if fact.compute == "nationalities_original_or_naturalised_since":
        return nationalities_original_or_naturalised_since(values, as_of, *fact.sources, **fact.args)
    raise KeyError(f"no derivation named {fact.compute!r}")


KNOWN_COMPUTATIONS = {"completed_years_since", "completed_years_between", "days_since",
                      "nationalities_original_or_naturalised_since", *RESTATING}
