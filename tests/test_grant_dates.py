"""Review CO-7: a status granted with a fixed end date or a known length never 'expires today'.

The PPT and the PEP-Tutor end on 30 May 2031 for everyone (Decreto 216 / Res. 2451); the Visa M Mercosur
lasts up to 3 years in every version. Without `until` / `years` the engine's grant_expiry returned the as-of
date, so a pathway chained on these statuses (e.g. a Visa R after 5 years) would see them expire at once."""
import datetime as dt

import pytest

from navigator.loader import load_set
from navigator.logic import grant_expiry

RULEBOOKS = load_set()


@pytest.mark.parametrize("pathway, expected", [
    ("co.etpv.ppt", dt.date(2031, 5, 30)),
    ("co.pep_tutor", dt.date(2031, 5, 30)),
])
def test_fixed_end_date_grants(pathway, expected):
    for version in RULEBOOKS.pathways[pathway].versions:
        for day in (dt.date(2024, 1, 1), dt.date(2026, 4, 30)):
            assert grant_expiry(version.grants, day) == expected


def test_visa_m_lasts_three_years_in_every_version():
    for version in RULEBOOKS.pathways["co.mercosur.visa_m"].versions:
        assert grant_expiry(version.grants, dt.date(2020, 3, 1)) == dt.date(2023, 3, 1)
