"""Results, print and clinic print pages (issue 12 §3-5, issue 13 §6): the card's first sentence and timing,
places that can help as checked content, the page weight of the heaviest cases, the as-of date a page carries."""
import datetime as dt
import re
from pathlib import Path

import pytest

from navigator.helpplaces import HELP_DIR, check_help
from tests.web_steps import P01, web_css_size
from tests.webutil import Person
from web import create_app
from web.outcome import arrange, dates_in_words, first_step, posted_as_of

ROOT = Path(__file__).resolve().parent.parent
CSS = web_css_size()       # as served: minified
BUDGET = 60 * 1024


@pytest.fixture(scope="module")
def app(navigator):
    import web.views
    web.views._as_of = lambda: dt.date(2024, 10, 15)
    return create_app({"TESTING": True, "SECRET_KEY": "results-pages"}, navigator=navigator)


def _card(**kw):
    """A pathway dict as navigator.render.pathway_dict gives it, with the timing helper's keys when given."""
    c = {"id": "xx.demo.temporary", "title": "Demo residence", "summary": "A demo.", "kind": "temporary",
         "status": "eligible", "status_label": "Elegible", "procedure": [], "conditions": [], "failed": [],
         "questions": {}, "unconfirmed": [], "unsettled": [], "grants": None, "documents": [],
         "apply": {"where": "Oficina de migraciones."}, "closed_on": None, "opens_on": None, "closed": None,
         "rulebook": {"id": "xx.demo.temporary", "version": "2020-01-01", "reviewed": "2026-12-01",
                      "sha256": "0" * 64}}
    c.update(kw)
    return c


def _render(app, lang, c):
    with app.test_request_context(f"/?lang={lang}"):
        env = app.jinja_env
        ctx = {}
        app.update_template_context(ctx)
        return env.from_string('{% from "_card.html" import card with context %}{{ card(c) }}').render(c=c, **ctx)


def test_eligible_card_starts_with_what_where_and_by_when(app):
    c = _card(procedure=[{"id": "s1", "text": "Pida una cita por internet.", "source": None, "unconfirmed": None}],
              timing={"eligible_from": None, "eligible_until": "2026-04-30", "next_change": None})
    html = _render(app, "es", c)
    first = re.search(r'<p class="first-step">(.*?)</p>', html, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", first)
    assert text.startswith("Qué hacer primero: Pida una cita por internet.")
    assert "Dónde: Oficina de migraciones." in text and "Hágalo a más tardar el 30 de abril de 2026." in text
    assert html.index("first-step") < html.index("summary-text")          # before the summary, documents, the law
    assert "2026-04-30" not in html and "1 de diciembre de 2026" in html    # never ISO on the page
    pt = _render(app, "pt", c)
    assert "Faça isso até 30 de abril de 2026." in pt


def test_card_without_timing_keys_still_leads_with_the_first_step(app):
    html = _render(app, "fr", _card())
    assert "Que faire d&#39;abord :" in html and "Oficina de migraciones" in html
    assert "au plus tard" not in html


def test_not_yet_and_no_longer_are_said_as_such(app):
    later = _card(status="not_eligible", status_label="No elegible",
                  timing={"eligible_from": "2026-12-01", "eligible_until": None, "next_change": None})
    html = _render(app, "es", later)
    assert ">Todavía no<" in html and "Todavía no: podría pedirlo a partir del 1 de diciembre de 2026." in html
    assert "first-step" not in html
    closed = _card(status="not_eligible", status_label="No elegible", closed_on="2025-12-31",
                   closed={"reason": "Replaced on 2026-01-01.", "replaced_by": None})
    html = _render(app, "es", closed)
    assert ">Ya cerró<" in html and "Ya cerró: este programa cerró el 31 de diciembre de 2025." in html
    assert "Replaced on 1 de enero de 2026." in html
    groups = arrange([later, closed, _card(status="not_eligible"), _card()])
    assert [len(groups[k]) for k in ("not_yet", "closed_programmes", "not_eligible")] == [1, 1, 1]


def test_next_change_and_what_would_change_a_no(app):
    maybe = _card(status="undetermined", status_label="Sin determinar",
                  timing={"eligible_from": None, "eligible_until": None,
                          "next_change": {"on": "2027-03-05", "status": "not_eligible", "because": ["age_limit"]}})
    assert "El 5 de marzo de 2027 esto cambia a: No elegible." in _render(app, "es", maybe)
    no = _card(status="not_eligible", status_label="Not eligible",
               would_change=[{"facts": {"has_passport": True}, "status": "eligible",
                              "text": "If you get a valid passport, you could apply"}])
    html = _render(app, "en", no)
    assert "What would change this:" in html and "If you get a valid passport, you could apply" in html


def test_first_step_is_for_open_cards_only_and_strips_the_final_stop():
    assert first_step(_card(status="not_eligible")) is None
    assert first_step(_card(kind="service")) is None
    assert first_step(_card(apply=None)) is None
    assert first_step(_card())["where"] == "Oficina de migraciones"


def test_dates_in_words_and_posted_as_of():
    from web.outcome import date_words
    assert date_words("2026-04-30", "es") == "30 de abril de 2026" and date_words("2026-04-30", "ht") == "30 avril 2026"
    assert date_words(dt.date(2026, 7, 1), "ht") == "1 jiyè 2026" and date_words("2026-04-30", "pt") == "30 de abril de 2026"
    assert dates_in_words("Closed on 2025-12-31; not 2025-02-30", "es") == \
        "Closed on 31 de diciembre de 2025; not 2025-02-30"
    assert posted_as_of({"as_of": "2024-10-15"}) == dt.date(2024, 10, 15)
    for bad in ("", "yesterday", "2024-13-01", "0001-01-01", "9999-12-31", "2024-10-15T00:00"):
        assert posted_as_of({"as_of": bad}) is None


def test_the_help_files_name_a_place_for_every_covered_host(navigator):
    covered = {p.country for p in navigator.rulebooks.pathways.values()}
    places, problems = check_help(HELP_DIR, covered)
    assert problems == []
    assert covered <= set(places) and places["general"]
    for listed in places.values():
        for p in listed:
            assert p["source"].startswith("http") and dt.date.fromisoformat(p["reviewed"]) <= dt.date.today()


def test_a_broken_help_file_is_named_by_file_line_and_reason(tmp_path):
    (tmp_path / "general.yaml").write_text("country: general\nplaces:\n  - id: g\n    kind: unhcr\n    name: G\n"
                                           "    source: https://help.unhcr.org/\n    reviewed: 2026-12-01\n")
    (tmp_path / "cl.yaml").write_text("country: CL\nplaces:\n  - id: a\n    kind: embassy\n    name: A\n"
                                      "    source: not-a-url\n    reviewed: 2999-01-01\n  - id: b\n    name: B\n")
    (tmp_path / "pe.yaml").write_text("country: CO\nplaces: []\n")
    places, problems = check_help(tmp_path, covered={"CL", "PE", "AR"}, today=dt.date(2026, 12, 7))
    text = [str(p) for p in problems]
    assert any("cl.yaml:4:" in t and "unknown kind 'embassy'" in t for t in text), text
    assert any("cl.yaml:6:" in t and "not a web address" in t for t in text), text
    assert any("cl.yaml:7:" in t and "in the future" in t for t in text), text
    assert any("cl.yaml:8:" in t and "without 'kind'" in t for t in text), text
    assert any("pe.yaml:1:" in t and "does not match the file name" in t for t in text), text
    missing = [p for p in problems if "AR has rulebooks" in p.message]
    assert missing and missing[0].severity == "warning"          # its pages show the general places meanwhile


def _all_unknown(client, lang, host):
    person = Person(client, lang)
    person.post("/next", state="")
    person.post("/next", state=person.state, fact="host_country", action="answer", value=host)
    for _ in range(80):
        fact = person.question
        if fact is None:
            break
        person.post("/next", state=person.state, fact=fact, action="dontknow")
    return person


def _sizes(person):
    results = person.results()
    state = person.state
    person.post("/print", state=state)
    return results, person.html


# The journeys of the UX review (../shared/reviews/ux-2026-12.md), each answering what that person knew and "I
# don't know" to the rest; VE-CO (a Venezuelan in Bogotá, 25 questions, 11 cards) is the heaviest of them.
JOURNEYS = {
    "VE-CO": {"host_country": "CO", "city": "bogota", "nationalities": ["VE"], "entry_date": "2022-05-20",
              "age": 30, "in_host_country": True},
    "HT-BR": {"host_country": "BR", "city": "sao_paulo", "nationalities": ["HT"], "in_host_country": True, "age": 35},
    "BR-AR": {"host_country": "AR", "nationalities": ["BR"], "in_host_country": True, "age": 28,
              "criminal_record_5y": False, "has_passport": True},
    "HT-CL": {"host_country": "CL", "nationalities": ["HT"], "in_host_country": True, "age": 40},
    "VE-EC": {"host_country": "EC", "city": "quito", "nationalities": ["VE"]},
    "P01": P01,
}


# Arabic (two bytes a letter) is the heaviest: VE-CO's results page was 68,067 B with its CSS on 2026-12-07, 62,871 B
# on 2026-12-08; without the whitespace Jinja emitted between blocks, with the citations isolated by the stylesheet
# (not dir="auto" on each), the status words and badges unclassed (their card's class colours them), a citation the
# line above gave in full given by its number, and a help place's address shown by its domain: 61,153 B.
LANGS = ("es", "pt", "en", "fr", "ht", "ar")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("day", [dt.date(2024, 10, 15), dt.date.today()], ids=["2024-10-15", "today"])
def test_results_and_print_pages_of_the_heaviest_journeys_stay_within_60_kb(app, monkeypatch, day, lang):
    """Every journey in every interface language, as of the fixed date the other tests use and as of today
    (programmes close and timing lines appear: the pages change with the date)."""
    import web.views
    monkeypatch.setattr(web.views, "_as_of", lambda: day)
    client = app.test_client()
    sizes = {}
    for name, facts in JOURNEYS.items():
        results, printed = _sizes(Person(client, lang).interview(facts))
        sizes[name] = (len(results.encode()) + CSS, len(printed.encode()) + CSS)
    print(f"{lang}, results / print bytes with CSS as of {day}:", sizes)
    heavy = {k: v for k, v in sizes.items() if max(v) > BUDGET}
    assert not heavy, heavy


def test_each_deciding_question_is_listed_once_and_cards_name_theirs_by_number(app, monkeypatch):
    import web.views
    monkeypatch.setattr(web.views, "_as_of", lambda: dt.date(2026, 12, 7))
    person = Person(app.test_client(), "es").interview(JOURNEYS["VE-CO"])
    html = person.results()
    listed = re.search(r'<ol class="decide">(.*?)</ol>', html, re.S).group(1)
    questions = re.findall(r"<li>(.*?)</li>", listed)
    assert len(questions) == len(set(questions)) > 3
    maybe = html.split('id="h-maybe"')[1].split("</section>")[0]
    refs = re.findall(r"Para decidir, falta saber: preguntas ([\d, ]+)\.", maybe)
    assert refs and {int(n) for r in refs for n in r.split(", ")} == set(range(1, len(questions) + 1))
    for q in questions:                                   # each question once on the page
        assert html.count(q) == 1, q
    person.post("/print", state=person.state)
    assert re.search(r'<ol class="decide">', person.html) and "Para decidir, falta saber: preguntas 1" in person.html


def test_every_results_page_names_a_place_that_can_help(app, navigator):
    """Every covered host with every question answered "I don't know" (the most cards a host gives): the
    results and print pages name a place that can help. Their weight is reported (pages with every pathway
    of a host undecided and its law printed can exceed the budget; see the report)."""
    client = app.test_client()
    sizes = {}
    for host in sorted({p.country for p in navigator.rulebooks.pathways.values()}):
        results, printed = _sizes(_all_unknown(client, "es", host))
        for name, html in (("results", results), ("print", printed)):
            assert re.search(r'<ul class="places">\s*<li>', html), (host, name)
        sizes[host] = (len(results.encode()) + CSS, len(printed.encode()) + CSS)
    print("all 'I don't know', results / print bytes with CSS:", sizes)


def test_a_host_we_do_not_cover_gets_an_honest_page(app, navigator):
    client = app.test_client()
    person = _all_unknown(client, "pt", "NI")
    html = person.results()
    assert "Ainda não temos informações sobre Nicarágua" in html
    assert "Países que cobrimos" in html and "Argentina" in html and "Peru" in html
    assert "help.unhcr.org" in html and "Convenção de Viena" in html
    assert 'class="card' not in html                                      # no other country's cards
    assert "Veja abaixo" not in html                                      # no "look below" at nothing
    person.post("/print", state=person.state)
    assert "Ainda não temos informações sobre Nicarágua" in person.html and 'class="qr' in person.html


def test_a_printed_receipt_keeps_its_own_date_unless_another_is_picked(app, navigator):
    from web import state as S
    client = app.test_client()
    person = Person(client, "en")
    code = S.receipt(S.State(dict(P01)), dt.date(2024, 10, 15), navigator.rulebooks.sha256, "results-pages")
    person.post("/reopen", code=code)
    assert "law as of October 15, 2024, the date of the receipt" in person.html
    person.post("/print", state=person.state, as_of="2024-10-15", as_of_source="receipt")
    assert "law as of October 15, 2024, the date of the receipt" in person.html
    person.post("/reopen", code=code, as_of="2026-01-01")
    assert "law as of January 1, 2026, a date you chose (the receipt is from October 15, 2024)" in person.html
    assert "Programmes that have closed" in person.html
    person.post("/print", state=person.state, as_of="not a date", as_of_source="picked")
    assert "law as of October 15, 2024." in person.html               # a date that does not read: today's law


def test_a_citation_is_given_in_full_once_in_a_row_and_a_help_place_by_its_domain(app, monkeypatch):
    """A condition whose citation (source and article) the line above gave in full gives only its number; a place
    that can help links its full address, shown by its domain (the printout keeps the full address)."""
    import web.views
    monkeypatch.setattr(web.views, "_as_of", lambda: dt.date(2026, 12, 7))
    person = Person(app.test_client(), "ar").interview(JOURNEYS["VE-CO"])
    html = person.results()
    alone = 0
    for listed in re.findall(r'<ul class="conditions">(.*?)</ul>', html, re.S):
        cited = re.findall(r"<li[^>]*>.*?</li>", listed, re.S)
        for before, item in zip(cited, cited[1:]):
            number = re.search(r"<small>\[(\d+)\]</small>", item)
            if number:                               # the line above cites the same, in full
                alone += 1
                assert re.search(rf"<small>\[{number.group(1)}\] [^<]+</small>", before), (before, item)
        for item in cited:
            assert "<span>" not in item or re.match(r'<li class="c-\w+[^"]*"><span>', item)   # its status word first
    assert alone >= 1
    places = html.split('id="h-help"')[1].split("</section>")[0]
    links = re.findall(r'<a class="bare" href="(https?://[^"]+)">([^<]+)</a>', places)
    assert links and all(text == href.split("/")[2] for href, text in links), links
    person.post("/print", state=person.state)
    assert any(href in person.html for href, _ in links)
