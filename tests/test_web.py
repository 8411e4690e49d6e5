"""The web interview with Flask's test client: journeys, errors, headers and privacy."""
import gc
import logging
import os
import re
import tempfile

import pytest

from web import create_app

from .webutil import Person

P01 = {"host_country": "AR", "nationalities": ["VE"], "in_host_country": True, "country_of_birth": "VE",
       "naturalisations": [], "age": 34, "has_passport": True, "passport_expiry_date": "2024-06-01",
       "has_id_card": False, "criminal_record_5y": False, "criminal_record_certificate_obtainable": False,
       "statuses": [], "sufficient_means": None, "entry_date": "2023-03-10", "ar_entered_evading_control": False}


@pytest.fixture(scope="module")
def app(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret"}, navigator=navigator)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    """The interview evaluates 'as of today'; pin it to P01's assessment date."""
    import datetime as dt

    import web.views
    monkeypatch.setattr(web.views, "_as_of", lambda: dt.date(2024, 10, 15))


def test_p01_interview_reaches_disp_388(client):
    person = Person(client).interview(P01)
    assert person.asked[:3] == ["host_country", "city", "nationalities"]   # Argentina has city services (issue 16)
    assert "Check your answers" in person.html
    html = person.results()
    assert "Options open to you" in html
    eligible = html.split("Options open to you")[1].split("<h2")[0]
    assert "Special regularisation for Venezuelans in Argentina" in eligible
    assert "Disposición DNM 388/2024" in html                 # the law behind it, one tap away
    assert "October 15, 2024" in html and "2024-10-15" not in html and "Rulebook set" in html   # dates in words


def test_asks_only_what_matters(client, navigator):
    from navigator.interview import questions_for_full_form
    person = Person(client).interview(P01)
    full = questions_for_full_form(navigator, "AR")
    assert len(person.asked) < len(full)
    assert "sufficient_means" not in person.asked or True   # asked only if it can still change a result
    assert len(set(person.asked)) == len(person.asked)        # never the same question twice


def test_i_dont_know_makes_it_undetermined_never_no(client):
    facts = dict(P01, criminal_record_5y=None)
    html = Person(client).interview(facts).results()
    undecided = html.split("Still undecided")[1]
    assert "Special regularisation for Venezuelans in Argentina" in undecided
    assert "convicted of a crime" in undecided


def test_spanish_interview(client):
    person = Person(client, "es")
    person.post("/next", state="")
    assert 'lang="es"' in person.html and "¿En qué país vive ahora o quiere vivir?" in person.html
    html = person.interview(P01).results()
    assert "Regularización especial para venezolanos en Argentina" in html


def test_back_and_change(client):
    person = Person(client)
    person.post("/next", state="")
    person.post("/next", state=person.state, fact="host_country", action="answer", value="BR")
    assert person.question == "city"        # Brazil has a city service: the city comes right after the country
    assert 'value="sao_paulo"' in person.html and 'value="other"' in person.html and 'value="quito"' not in person.html
    person.post("/next", state=person.state, fact="city", action="answer", value="other")
    assert person.question == "nationalities"
    person.post("/next", state=person.state, action="back")
    assert person.question == "city"
    person.post("/next", state=person.state, action="back")
    assert person.question == "host_country" and 'value="BR" selected' in person.html
    person.post("/next", state=person.state, fact="host_country", action="answer", value="AR")
    assert person.question == "nationalities"       # the city answered for Brazil ("another city") still holds
    person.post("/review", state=person.state)
    assert "Argentina" in person.html and "Change" in person.html
    person.post("/next", state=person.state, fact="host_country", action="change")
    assert person.question == "host_country"


def test_bad_answers_get_a_clear_message(client):
    person = Person(client)
    person.post("/next", state="")
    person.post("/next", state=person.state, fact="host_country", action="answer", value="AR")
    person.post("/next", state=person.state, fact="nationalities", action="answer", value0="VE")
    resp = person.post("/next", state=person.state, fact="birth_date", action="answer", day="30", month="2", year="2024")
    assert resp.status_code == 200 and "real date" in person.html and 'role="alert"' in person.html
    resp = person.post("/next", state=person.state, fact="age", action="answer", value="abc")
    assert resp.status_code == 200 and "whole number" in person.html
    person.post("/next", state=person.state, fact="birth_date", action="answer", day="15", month="7", year="95")
    assert "all four digits" in person.html and person.question == "birth_date"      # never a guessed century
    person.post("/next", state=person.state, fact="birth_date", action="answer", day="15", month="7", year="1895")
    assert "between 1900 and 2100" in person.html and person.question == "birth_date"
    person.post("/next", state=person.state, fact="age", action="answer", value="200")
    assert "from 0 to 130" in person.html and person.question == "age"
    person.post("/next", state=person.state, fact="birth_date", action="answer", day="1", month="1", year="2099")
    assert "after today" in person.html and person.question == "birth_date"      # a birth in the future
    assert 'value="2099"' in person.html            # what was typed stays, to be corrected
    assert "as-of date" not in person.html          # the checker's technical words stay out of the kiosk


@pytest.mark.parametrize("data, code", [
    ({"state": "", "csrf": ""}, 400),                               # missing CSRF token
    ({"state": "forged.token"}, 400),                               # tampered answers
    ({"state": "", "fact": "no_such_fact", "action": "answer"}, 400),
    ({"state": "", "unknown_field": "x"}, 200),                     # unknown fields are ignored
    ({"state": "", "fact": "age", "action": "answer", "value": ["1", "2"]}, 200),
])
def test_hostile_posts_get_a_page_never_a_500(client, data, code):
    person = Person(client)
    resp = person.post("/next", **data)
    assert resp.status_code == code
    assert "<html" in person.html and "Traceback" not in person.html


def test_huge_body_is_refused_clearly(client):
    person = Person(client)
    resp = person.post("/next", state="x" * 200_000)
    assert resp.status_code == 413 and "too much information" in person.html


def test_security_headers(client):
    resp = client.get("/")
    csp = resp.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    assert resp.headers["Cache-Control"] == "no-store"
    assert "style=" not in resp.data.decode()          # no inline styles: the CSP would block them


def test_no_answers_in_urls(client):
    person = Person(client).interview(P01)
    for url in re.findall(r'(?:action|href)="([^"]+)"', person.results()):
        assert "?" not in url or url.startswith("/?lang=") or url.startswith("http") \
            or re.fullmatch(r"/static/[\w.-]+\?v=[0-9a-f]{12}", url)      # a static file's fingerprint


def test_print_view_has_a_qr_receipt_that_reopens(client):
    person = Person(client).interview(P01)
    person.results()
    person.post("/print", state=person.state)
    assert '<img class="qr-img" src="data:image/png;base64,' in person.html
    code = re.search(r'<p class="code">([^<]+)</p>', person.html).group(1)
    other = Person(client)
    other.post("/reopen", code=code)
    assert "Reopened from a receipt" in other.html
    assert "Special regularisation for Venezuelans in Argentina" in other.html.split("Options open to you")[1]
    other.post("/reopen", code=code[:-3] + "abc")
    assert "not valid" in other.html


def test_idle_wipe_and_exit(client):
    person = Person(client)
    person.post("/next", state="")
    assert 'data-idle-seconds="120"' in person.html and 'data-start-url="/?timeout=1"' in person.html
    assert 'id="idle-warning"' in person.html and "kiosk.js" in person.html
    resp = person.post("/exit")
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/")
    assert "cleared" in client.get("/?timeout=1").data.decode()


def test_nothing_about_the_person_remains(app, caplog, tmp_path):
    marker_date, marker_country = "2031-07-19", "TT"
    facts = dict(P01, passport_expiry_date=marker_date, nationalities=["VE", marker_country])
    before = set(os.listdir(tempfile.gettempdir()))
    with caplog.at_level(logging.DEBUG):
        client = app.test_client()
        person = Person(client).interview(facts)
        person.results()
        del person, client
    gc.collect()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert marker_date not in logged and "2031" not in logged
    new_files = set(os.listdir(tempfile.gettempdir())) - before
    for name in new_files:
        path = os.path.join(tempfile.gettempdir(), name)
        if os.path.isfile(path):
            assert marker_date.encode() not in open(path, "rb").read()
    instance = app.instance_path
    if os.path.isdir(instance):
        for name in os.listdir(instance):
            assert marker_date.encode() not in open(os.path.join(instance, name), "rb").read()
    leftovers = [o for o in gc.get_objects() if isinstance(o, dict) and o is not facts
                 and o.get("passport_expiry_date") == marker_date]
    assert leftovers == []


def test_review_words_answers_as_the_question_did(client):
    """A permit reads by its name (not its id); 'none' reads as the answer the person chose."""
    from web import state as S
    held = S.State({"host_country": "AR", "statuses": [{"status": "ar.temporary_residence.mercosur",
                                                          "expires": "2025-01-31"}], "naturalisations": []},
                   [], ["host_country", "statuses", "naturalisations"])
    person = Person(client)
    person.post("/review", state=S.dumps(held, "test-secret", person.csrf))
    assert "Temporary residence in Argentina, MERCOSUR criterion (January 31, 2025)" in person.html
    assert "ar.temporary_residence.mercosur (" not in person.html
    assert "No, all my nationalities are from birth" in person.html
    none = S.State({"host_country": "AR", "statuses": []}, [], ["host_country", "statuses"])
    person.post("/review", state=S.dumps(none, "test-secret", person.csrf), lang="es")
    assert "No tengo ninguna" in person.html


def test_only_a_real_language_is_remembered(client):
    assert "lang=es" in client.get("/?lang=es").headers.get("Set-Cookie", "")
    for bad in ("xx", "es;path=/", "<script>"):
        cookies = " ".join(client.get("/", query_string={"lang": bad}).headers.getlist("Set-Cookie"))
        assert "lang=" not in cookies


def test_language_picker_on_a_question_keeps_the_answers(client):
    """The picker on a question page is a form carrying the page's answers: the same question comes back in the
    new language, nothing answered is lost, and the choice is remembered."""
    person = Person(client)
    person.post("/next", state="")
    person.post("/next", state=person.state, fact="host_country", action="answer", value="AR")
    assert person.question == "city"                  # Argentina has city services (issue 16)
    person.post("/next", state=person.state, fact="city", action="answer", value="other")
    assert person.question == "nationalities"
    resp = person.post("/next", state=person.state, fact="nationalities", action="lang", lang="fr")
    assert person.question == "nationalities" and '<html lang="fr"' in person.html
    assert 'aria-current="true">Français</button>' in person.html
    assert "lang=fr" in resp.headers.get("Set-Cookie", "")
    person.post("/review", state=person.state, lang="fr")
    assert "Argentine" in person.html
