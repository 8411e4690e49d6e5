"""The results page's notice says what the page shows (issue 12 §3 follow-up): when no migration option is open
but a city service is (listed under "Where to get help"), the notice says so instead of "no option open to you"."""
import datetime as dt
import re

import pytest

from tests.webutil import Person
from web import create_app


@pytest.fixture
def app(navigator, monkeypatch):
    import web.views
    monkeypatch.setattr(web.views, "_as_of", lambda: dt.date(2026, 12, 7))
    return create_app({"TESTING": True, "SECRET_KEY": "web-notice"}, navigator=navigator)


# A Honduran sent back to San Pedro Sula: no migration option is open to a national at home, but the returnee
# centres (CAMR, a city service) are; the same person who never left is offered no service.
HN_RETURNEE = {"host_country": "HN", "city": "san_pedro_sula", "nationalities": ["HN"], "in_host_country": True,
               "age": 30, "hn_returned_to_honduras": True}


def _notice(html):
    return re.sub(r"\s+", " ", re.search(r'<p class="notice">(.*?)</p>', html, re.S).group(1))


@pytest.mark.parametrize("returned", [True, False], ids=["returnee", "never-left"])
def test_the_notice_says_what_the_page_shows_when_only_a_service_is_open(app, returned):
    person = Person(app.test_client(), "en").interview(dict(HN_RETURNEE, hn_returned_to_honduras=returned))
    html = person.results()
    places = html.split('id="h-help"')[1].split("</section>")[0]
    assert 'id="h-yes"' not in html                                    # no migration option open
    notice = _notice(html)
    if returned:
        assert "(CAMR)" in places
        assert notice.startswith("We did not find a migration option that")
        assert "a service listed under “Where to get help” is open to you" in notice
    else:
        assert "(CAMR)" not in places
        assert "service listed" not in notice and notice.startswith("We did not find an option that")
    person.post("/print", state=person.state)
    most = person.html.split('id="h-most"')[1].split("</section>")[0]
    assert ("a service listed under “Where to get help” is open to you" in most) is returned
    if returned:
        es = Person(app.test_client(), "es").interview(HN_RETURNEE).results()
        assert "un servicio de la lista “Dónde pedir ayuda” está abierto para usted" in _notice(es)


def test_with_undecided_options_the_notice_still_names_the_open_service(app):
    """A Haitian in Toronto who answers "I don't know" to the rest: every migration option is undecided, and
    Toronto's Access T.O. (a city service for anyone living there) is open."""
    person = Person(app.test_client(), "en").interview(
        {"host_country": "CA", "city": "toronto", "nationalities": ["HT"], "in_host_country": True})
    html = person.results()
    assert 'id="h-yes"' not in html and 'id="h-maybe"' in html
    assert _notice(html) == ("We did not find a migration option that is certainly open to you, but a service listed "
                             "under “Where to get help” is open to you now. Look below at what is still undecided, "
                             "and talk to a legal clinic.")
    person = Person(app.test_client(), "fr").interview(
        {"host_country": "CA", "city": "toronto", "nationalities": ["HT"], "in_host_country": False})
    assert "service de la liste" not in _notice(person.results())            # not living there: not open
