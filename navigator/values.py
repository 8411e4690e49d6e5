"""Resolve a condition's value at a date: literals, date-keyed parameters, bloc membership, dates relative to as-of."""
from __future__ import annotations

import datetime as dt

from .derive import add_months, add_years

RELATIVE = ("years_before_as_of", "months_before_as_of", "days_before_as_of",
            "years_after_as_of", "months_after_as_of", "days_after_as_of")


def is_relative(spec) -> bool:
    return isinstance(spec, dict) and len(spec) == 1 and next(iter(spec)) in RELATIVE


def relative_date(spec, as_of: dt.date) -> dt.date:
    (key, n), = spec.items()
    if key == "years_before_as_of":
        return add_years(as_of, -n)
    if key == "years_after_as_of":
        return add_years(as_of, n)
    if key == "months_before_as_of":
        return add_months(as_of, -n)
    if key == "months_after_as_of":
        return add_months(as_of, n)
    if key == "days_before_as_of":
        return as_of - dt.timedelta(days=n)
    return as_of + dt.timedelta(days=n)


def relative_attr(spec) -> str:
    """Name of the engine attribute that carries this as-of-relative date (same-fact $m reference)."""
    (key, n), = spec.items()
    return f"asof__{key}__{n}"


def resolve(spec, pathway, day: dt.date, blocs, fact_type: str | None = None):
    """The concrete value of `spec` for evaluations on `day` (relative dates excepted: see relative_date)."""
    if isinstance(spec, dict) and "param" in spec:
        return pathway.parameters[spec["param"]].at(day)
    if isinstance(spec, dict) and "bloc" in spec:
        return blocs.members(spec["bloc"], day, spec.get("role"))
    if fact_type == "date" and isinstance(spec, str):
        return dt.date.fromisoformat(spec)
    return spec


def grant_expiry(grants: dict, as_of: dt.date) -> dt.date:
    """When a status granted today would expire: a fixed end date (e.g. PPT: 2031-05-30) or a duration."""
    if grants.get("until"):
        return dt.date.fromisoformat(grants["until"])
    return add_years(as_of, grants.get("years", 0)) + dt.timedelta(days=grants.get("days", 0))


def change_dates(spec, pathway, blocs) -> set:
    """Dates on which the value of `spec` may change (segment boundaries for the compiler)."""
    if isinstance(spec, dict) and "param" in spec and spec["param"] in pathway.parameters:
        return {start for start, _ in pathway.parameters[spec["param"]].values}
    if isinstance(spec, dict) and "bloc" in spec:
        return blocs.change_dates(spec["bloc"])
    return set()
