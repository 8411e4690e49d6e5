"""Reference tables and derived facts: countries from CLDR, bloc membership by date, ages and dates."""
import datetime as dt

from navigator.derive import add_years, completed_years
from navigator.evaluate import Navigator
from navigator.loader import blocs
from navigator.reference import country_codes, country_name

D = dt.date


def test_countries_come_from_cldr():
    codes = country_codes()
    assert {"AR", "BR", "VE", "HT", "SR", "GY", "NO"} <= codes
    assert not {"EU", "ZZ", "UN", "XK"} & codes
    assert country_name("BR", "pt") == "Brasil" and country_name("HT", "fr") == "Haïti"
    assert country_name("VE", "xx-unknown") == "Venezuela"


def test_venezuela_suspended_from_mercosur_on_2017_08_05():
    b = blocs()
    assert "VE" in b.members("MERCOSUR", D(2017, 8, 4), "party")
    assert "VE" not in b.members("MERCOSUR", D(2017, 8, 5), "party")
    assert "VE" in b.members("MERCOSUR", D(2017, 8, 5), "suspended")
    assert b.members("CAN", D(2024, 1, 1)) == {"BO", "CO", "EC", "PE"}
    assert b.members("PACIFIC_ALLIANCE", D(2024, 1, 1)) == {"CL", "CO", "MX", "PE"}


def test_ages_count_the_birthday_and_leap_days():
    assert completed_years(D(1990, 10, 15), D(2024, 10, 14)) == 33
    assert completed_years(D(1990, 10, 15), D(2024, 10, 15)) == 34
    assert completed_years(D(2000, 2, 29), D(2018, 2, 28)) == 17
    assert completed_years(D(2000, 2, 29), D(2018, 3, 1)) == 18
    assert add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)


def test_derived_facts_at_the_as_of_date(navigator):
    ev = navigator.evaluate({"birth_date": "1990-10-15", "entry_date": "2024-10-01", "nationalities": ["BO", "HT"],
                             "naturalisations": [{"country": "BO", "date": "2020-10-16"}]}, D(2025, 10, 15))
    v = ev.person.values
    assert v["age"] == 35 and v["days_since_entry"] == 379
    assert v["nationalities_origin_or_5y"] == {"HT"}            # BO naturalised one day short of 5 years
    ev = navigator.evaluate({"nationalities": ["BO"]}, D(2025, 10, 15))
    assert "nationalities_origin_or_5y" not in ev.person.values   # unknown without the naturalisation answer
    assert ev.person.possible["nationalities_origin_or_5y"] == {"BO"}


def test_a_rulebook_can_use_bloc_membership_by_date(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "can.yaml").write_text(
        'id: xx.can.demo\njurisdiction: {country: PE, bloc: CAN}\nkind: temporary_residence\n'
        'title: "Demo Andean residence"\nsummary: "Demo of a bloc reference"\n'
        'instrument: {name: "Demo", url: "https://example.org"}\nreviewed: 2026-12-01\nreviewed_sources: [instrument]\n'
        'versions:\n  - valid_from: 2021-08-11\n'
        '    conditions:\n      all:\n        - id: andean_national\n          text: "You are a national of a CAN country"\n'
        '          fact: nationalities\n          any_in: {bloc: CAN, role: member}\n'
        '          source: {instrument: "Demo", article: "1", url: "https://example.org"}\n')
    for backend in ("durable-rules", "python") if _durable_rules_importable() else ("python",):   # 3.13: python only
        nav = Navigator(tmp_path / "p", backend=backend)
        status = lambda nats: nav.evaluate({"host_country": "PE", "nationalities": nats}, D(2024, 1, 1)).results[0].status  # noqa: E731
        assert status(["BO"]) == "eligible"
        assert status(["AR"]) == "not_eligible"


def _durable_rules_importable() -> bool:
    try:
        import durable_rules_engine  # noqa: F401
    except ImportError:          # Python 3.13: durable-rules 2.0.28 builds but cannot be imported
        return False
    return True
