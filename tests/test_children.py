"""Issue 11, deliverable 6: a young child may use a birth certificate where the law allows it (Disp. DNM 388/2024
in Argentina, Portaria 19/2021 in Brazil), and the guided interview asks about the birth certificate only of
people young enough for it to matter."""
import datetime as dt

from navigator.interview import next_question


def interview(nav, truth, as_of):
    """Walk the guided interview, answering from `truth` and "I don't know" to anything else."""
    answers, skipped, asked = {}, set(), []
    while True:
        ev = nav.evaluate(answers, as_of)
        q = next_question(ev, nav.vocab, frozenset(skipped), nav.rulebooks.cities(ev.person.values.get("host_country")))
        if q is None:
            return asked, {r.pathway.id: r.status for r in ev.results}
        assert q not in asked, f"{q} asked twice"
        asked.append(q)
        if q in truth:
            answers[q] = truth[q]
        elif navigator_vocab_derived(nav, q) and all(s in truth for s in nav.vocab[q].sources):
            answers.update({s: truth[s] for s in nav.vocab[q].sources})     # "How old are you?" from the birth date
        else:
            skipped.add(q)


def navigator_vocab_derived(nav, fact):
    return nav.vocab[fact].derived


CHILD_AR = {"host_country": "AR", "nationalities": ["VE"], "in_host_country": True, "country_of_birth": "VE",
            "birth_date": "2018-03-01", "entry_date": "2023-05-10", "has_passport": False, "has_id_card": False,
            "criminal_record_5y": False, "has_birth_certificate": True}


def test_a_child_in_argentina_is_asked_for_the_birth_certificate_and_qualifies(navigator):
    asked, status = interview(navigator, CHILD_AR, dt.date(2024, 10, 15))
    assert "has_birth_certificate" in asked
    assert asked.index("age") < asked.index("has_birth_certificate")      # the age first, then the document
    assert status["ar.venezuela.disp388"] == "eligible"


def test_an_adult_without_documents_is_never_asked_for_the_birth_certificate(navigator):
    adult = dict(CHILD_AR, birth_date="1990-03-01")
    asked, status = interview(navigator, adult, dt.date(2024, 10, 15))
    assert "has_birth_certificate" not in asked
    assert status["ar.venezuela.disp388"] == "not_eligible"


def test_brazil_counts_the_age_at_entry_not_today(navigator):
    """Portaria 19: a 12-year-old who entered Brazil at 7 still uses the birth certificate; one who entered at 10 does not."""
    child = {"host_country": "BR", "nationalities": ["VE"], "in_host_country": True, "birth_date": "2014-06-01",
             "entry_date": "2021-06-01", "has_passport": False, "has_id_card": False, "has_birth_certificate": True}
    asked, status = interview(navigator, child, dt.date(2026, 12, 1))
    assert "has_birth_certificate" in asked and status["br.portaria19.temporary"] == "eligible"
    late = dict(child, entry_date="2024-06-01")
    asked, status = interview(navigator, late, dt.date(2026, 12, 1))
    assert "has_birth_certificate" not in asked and status["br.portaria19.temporary"] == "not_eligible"
