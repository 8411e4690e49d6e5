"""Issue 12: timing (from when, until when, next change) and what would change a "no", against plain evaluations."""
import datetime as dt
import json

import jsonschema
import pytest

from navigator import cli
from navigator.oracle import random_people
from navigator.problems import InputError, RulebookError
from navigator.timing import HORIZON_YEARS
from navigator.vocabulary import load_vocabulary

from .test_cli_output import SCHEMA

WH = {"host_country": "CO", "nationalities": ["MX"], "birth_date": "1996-03-10", "wh_previous_participation": False,
      "wh_accompanied_by_dependants": False, "wh_sufficient_funds": True, "wh_return_ticket_or_funds": True,
      "wh_travel_insurance": True, "criminal_record_5y": False, "wh_in_home_country": True}


def _statuses(nav, facts, day):
    return {r.pathway.id: r.status for r in nav.evaluate(facts, day, timing=False).results}


def test_json_carries_timing_and_would_change_for_every_pathway(tmp_path, capsys):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"as_of": "2026-12-07", "facts": dict(WH, nationalities=["MX"])}))
    assert cli.main(["eval", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    by_id = {p["id"]: p for p in data["pathways"]}
    assert all("timing" in p and "would_change" in p for p in data["pathways"])
    elsewhere = [p for p in data["pathways"] if p["jurisdiction"]["country"] != "CO"]
    assert elsewhere and all(p["timing"] == {"eligible_from": None, "eligible_until": None, "next_change": None}
                             and p["would_change"] == [] for p in elsewhere)
    assert by_id["co.pacific_alliance.working_holiday"]["timing"] == {
        "eligible_from": None, "eligible_until": "2027-03-09",
        "next_change": {"on": "2027-03-10", "status": "not_eligible", "because": ["age_at_most_30"]}}
    assert cli.main(["eval", str(path), "--lang", "es"]) == 0
    assert "Elegible hasta el 2027-03-09: presente la solicitud a más tardar ese día" in capsys.readouterr().out


def test_would_change_json_names_the_facts_and_a_translated_sentence(tmp_path, capsys):
    facts = {"host_country": "CO", "nationalities": ["VE"], "co_visa_m_since": "2020-03-01", "has_passport": False,
             "sufficient_means": True, "co_criminal_record": False}
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"as_of": "2026-12-07", "facts": facts}))
    assert cli.main(["eval", str(path), "--format", "json", "--lang", "fr"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    visa_r = next(p for p in data["pathways"] if p["id"] == "co.visa_r.five_years")
    assert visa_r["would_change"] == [{"facts": {"has_passport": True}, "status": "eligible",
                                       "text": "Si vous obtenez un passeport de votre pays, vous pourriez faire la demande."}]


@pytest.mark.parametrize("seed", [3, 4])
def test_next_change_is_the_first_day_a_plain_evaluation_differs(navigator, seed):
    """Seeded people: a day-by-day scan over 500 days finds the same next change (day and status) as the timing."""
    checked = 0
    for facts, as_of in random_people(navigator, 6, seed=seed):
        try:
            ev = navigator.evaluate(facts, as_of)
        except InputError:
            continue
        host = ev.person.values.get("host_country")
        mine = {r.pathway.id: r for r in ev.results if r.pathway.country == host}
        first = dict.fromkeys(mine)
        for k in range(1, 500):
            day = as_of + dt.timedelta(days=k)
            for pid, status in _statuses(navigator, facts, day).items():
                if pid in mine and first[pid] is None and status != mine[pid].status:
                    first[pid] = (day, status)
        for pid, r in mine.items():
            nc = r.timing.next_change if r.timing else None
            got = nc[:2] if nc and nc[0] < as_of + dt.timedelta(days=500) else None
            assert got == first[pid], (pid, as_of, facts)
            checked += 1
    assert checked


def test_would_change_only_changeable_facts_and_each_change_holds(navigator):
    """Every proposed change uses facts marked changeable, never an age, a birth or entry date or a nationality, and
    evaluating the person with it gives the status it promises."""
    seen = 0
    for facts, as_of in random_people(navigator, 120, seed=9):
        try:
            ev = navigator.evaluate(facts, as_of)
        except InputError:
            continue
        for r in ev.results:
            for change, status, _text in r.would_change:
                assert 1 <= len(change) <= 2
                assert all(navigator.vocab[f].changeable for f in change)
                assert not set(change) & {"age", "birth_date", "entry_date", "nationalities", "country_of_birth"}
                raw = dict(facts, **{f: v.isoformat() if hasattr(v, "isoformat") else v for f, v in change.items()})
                assert _statuses(navigator, raw, as_of)[r.pathway.id] == status
                seen += 1
    assert seen


def test_timing_horizon_is_ten_years(navigator):
    """An 18-year-old eligible for a working holiday until 30 is told nothing beyond 10 years (13 years away)."""
    facts = dict(WH, birth_date="2008-06-01", nationalities=["PE"])
    ev = navigator.evaluate(facts, dt.date(2026, 12, 7))
    r = next(r for r in ev.results if r.pathway.id == "co.pacific_alliance.working_holiday")
    assert r.status == "eligible" and HORIZON_YEARS == 10
    assert r.timing.next_change is None and r.timing.eligible_until is None


def test_an_age_given_without_a_birth_date_stays_the_same(navigator):
    """Only the birth date makes an age grow: an age given on its own is the person's same answer every day."""
    facts = dict(WH, age=30)
    del facts["birth_date"]
    ev = navigator.evaluate(facts, dt.date(2026, 12, 7))
    r = next(r for r in ev.results if r.pathway.id == "co.pacific_alliance.working_holiday")
    assert r.status == "eligible" and r.timing.next_change is None


def test_timing_off_leaves_the_results_bare(navigator):
    ev = navigator.evaluate(WH, dt.date(2026, 12, 7), timing=False)
    assert all(r.timing is None and r.would_change == [] for r in ev.results)


@pytest.mark.parametrize("fact, change, message", [
    ("birth_date", "{id: x, to: {years_after_as_of: 1}, text: \"be born again\"}", "cannot be marked changeable"),
    ("has_passport", "{id: get, to: yes-please, text: \"get a passport\"}", "a change needs id, to and text"),
    ("has_passport", "{id: get, to: true}", "a change needs id, to and text"),
])
def test_vocabulary_refuses_bad_changeable_marks(tmp_path, fact, change, message):
    ftype = "date" if fact == "birth_date" else "bool"
    (tmp_path / "facts.yaml").write_text(
        f"facts:\n  - id: {fact}\n    type: {ftype}\n    question: \"Q?\"\n    changeable:\n      - {change}\n")
    with pytest.raises(RulebookError) as err:
        load_vocabulary(tmp_path / "facts.yaml")
    assert message in str(err.value)
