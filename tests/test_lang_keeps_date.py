"""Switching language on a results or print page keeps the date the page was answered for (a reopened receipt's
date, or one the person picked), not only the answers: the language bar's form must carry it (issue 13 §2)."""
import datetime as dt
import re

import pytest

from tests.web_steps import P01
from tests.webutil import Person
from web import create_app
from web import state as S


@pytest.fixture(scope="module")
def app(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "lang-keeps-date"}, navigator=navigator)


def _lang_form(html):
    return re.search(r'<nav class="langs".*?</nav>', html, re.S).group(0)


@pytest.mark.parametrize("page", ["results", "print"])
def test_switching_language_keeps_a_reopened_receipts_date(app, navigator, page):
    client = app.test_client()
    person = Person(client, "en")
    code = S.receipt(S.State(dict(P01)), dt.date(2024, 10, 15), navigator.rulebooks.sha256, "lang-keeps-date")
    person.post("/reopen", code=code)
    assert "law as of October 15, 2024, the date of the receipt" in person.html
    if page == "print":
        person.post("/print", state=person.state, as_of="2024-10-15", as_of_source="receipt")
    assert 'name="as_of" value="2024-10-15"' in _lang_form(person.html)
    person.post("/next", state=person.state, action="lang", page=page, lang="es", as_of="2024-10-15",
                as_of_source="receipt")
    assert "15 de octubre de 2024, la fecha del comprobante" in person.html


def test_switching_language_keeps_a_picked_date(app, navigator):
    client = app.test_client()
    person = Person(client, "en")
    code = S.receipt(S.State(dict(P01)), dt.date(2024, 10, 15), navigator.rulebooks.sha256, "lang-keeps-date")
    person.post("/reopen", code=code, as_of="2026-01-01")
    assert "law as of January 1, 2026, a date you chose" in person.html
    form = _lang_form(person.html)
    assert 'name="as_of" value="2026-01-01"' in form and 'name="as_of_source" value="picked"' in form
    person.post("/next", state=person.state, action="lang", page="results", lang="pt", as_of="2026-01-01",
                as_of_source="picked")
    assert "1 de janeiro de 2026" in person.html


def test_a_results_page_for_today_carries_no_date_in_its_language_bar(app):
    person = Person(app.test_client(), "en").interview(P01)
    person.results()
    assert 'name="as_of"' not in _lang_form(person.html)
