"""The interview (navigator/interview.py, web/views.py): premises, reachability, the record questions, what Back,
Change, the language bar and a reopened receipt keep, and dates the person only half knows. Flask's test
client; the Chromium journeys are in features/web/preguntas.feature."""
import datetime as dt
import re

import pytest

from navigator import interview as I
from navigator.problems import RulebookError
from navigator.vocabulary import load_vocabulary
from tests.web_steps import P01
from tests.webutil import Person
from web import create_app
from web import state as S

AS_OF = dt.date(2024, 10, 15)
PERSON = dict(P01, family_of_mercosur_resident=False, sufficient_means=True)      # a Venezuelan in Argentina


@pytest.fixture
def app(navigator, monkeypatch):
    import web.views
    monkeypatch.setattr(web.views, "_as_of", lambda: AS_OF)
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret"}, navigator=navigator)


def walk(app, facts, lang="es"):
    """Answer every question from `facts` (absent or None: "I don't know"); the questions asked, in order."""
    person = Person(app.test_client(), lang)
    person.post("/next", state="")
    asked = []
    while person.question and len(asked) < 40:
        q = person.question
        asked.append(q)
        value = facts.get(q)
        if value is None:
            person.post("/next", state=person.state, fact=q, action="dontknow")
        else:
            person.post("/next", state=person.state, fact=q, action="answer", **person.answer_form(q, value))
    return person, asked


def review_facts(person):
    person.post("/review", state=person.state)
    return re.findall(r'name="fact" value="([^"]+)"><button type="submit" name="action" value="change"', person.html)


# --- premises and relevance -----------------------------------------------------------------------------------

def test_premises_are_data_and_a_malformed_premise_is_refused(tmp_path, navigator):
    vocab = navigator.vocab
    assert vocab["co_child_in_school_or_protection"].asked_if == ({"fact": "age", "lt": 18},)
    assert I.absurd("co_child_in_school_or_protection", vocab, {"age": 34})
    assert not I.absurd("co_child_in_school_or_protection", vocab, {"age": 17})
    assert not I.absurd("co_child_in_school_or_protection", vocab, {})          # unknown: it can still hold
    assert I.absurd("br_stateless_from_haiti", vocab, {"nationalities": frozenset({"SY"})})
    assert not I.absurd("br_stateless_from_haiti", vocab, {"nationalities": frozenset()})
    (tmp_path / "facts.yaml").write_text(
        "facts:\n  - id: a\n    type: bool\n    question: A?\n  - id: b\n    type: bool\n    question: B?\n"
        "    asked_if:\n      - {fact: a, maybe: true}\n      - {fact: nowhere, is: true}\n")
    with pytest.raises(RulebookError) as err:
        load_vocabulary(tmp_path / "facts.yaml")
    text = str(err.value)
    assert "a premise is one test on one fact" in text and "unknown fact 'nowhere'" in text


def test_a_syrian_in_brazil_is_never_asked_whether_he_is_stateless_nor_about_a_child(app, navigator):
    person, asked = walk(app, {"host_country": "BR", "city": "sao_paulo", "nationalities": ["SY"],
                               "birth_date": "1994-05-02", "in_host_country": True})
    assert "br_stateless_from_haiti" not in asked and "has_birth_certificate" not in asked
    assert len(asked) <= 8, asked


def test_the_age_comes_before_a_question_for_children_and_the_broader_record_question_first(app):
    person, asked = walk(app, {"host_country": "CO", "city": "bogota", "nationalities": ["VE"],
                               "in_host_country": True, "entry_date": "2022-05-20", "co_criminal_record": False,
                               "statuses": []})
    assert "co_other_nationality" not in asked and "criminal_record_5y" not in asked   # no record: no conviction
    if "co_child_in_school_or_protection" in asked:
        assert asked.index("age") < asked.index("co_child_in_school_or_protection")


def test_the_narrower_record_question_says_how_it_differs(app):
    person = Person(app.test_client(), "es")
    person.post("/next", state="")
    for broader, shown in ((True, True), (None, False)):
        answers = {"host_country": "CO", "nationalities": ["VE"]}
        if broader is not None:
            answers["co_criminal_record"] = broader
        state = S.State(answers, [], list(answers))
        person.post("/next", state=S.dumps(state, "test-secret", person.csrf), fact="criminal_record_5y",
                    action="change")
        assert person.question == "criminal_record_5y"
        assert ("más estrecha que la anterior" in person.html) is shown


def test_an_adult_is_not_asked_the_childrens_questions_once_the_age_is_known(navigator):
    for fact in ("co_child_in_school_or_protection", "mx_unaccompanied_child", "mx_child_abduction_case"):
        assert I.absurd(fact, navigator.vocab, {"age": 18}) and not I.absurd(fact, navigator.vocab, {"age": 17})


def test_a_status_only_closed_pathways_grant_counts_for_nothing(navigator):
    """A Venezuelan cannot hold Andean temporary residence (Venezuela left the CAN): Andean permanent residence
    in Colombia, which needs it, asks nothing of her."""
    ev = navigator.screen({"host_country": "CO", "city": "bogota", "nationalities": ["VE"]}, AS_OF)
    assert "co.can.temporary_residence" in I.unreachable_statuses(I.open_results(ev), navigator.vocab) or \
        any("can" in s for s in I.unreachable_statuses(I.open_results(ev), navigator.vocab))


def test_not_knowing_the_country_asks_where_the_person_is_never_every_country(app):
    person, asked = walk(app, {"current_country": "AR", "nationalities": ["VE"], "in_host_country": True})
    # where the person is, then the place-and-nationality questions in I.FIRST's order (Argentina has city services)
    assert asked[:4] == ["host_country", "current_country", "city", "nationalities"] and len(asked) <= 20, asked
    person2, asked2 = walk(app, {})       # neither the country nor where: stop, never every country's questions
    assert asked2 == ["host_country", "current_country", "nationalities"], asked2


# --- what is shown is what counts --------------------------------------------------------------------------------

def test_after_back_every_answer_that_counts_is_on_check_your_answers(app):
    person = Person(app.test_client(), "es")
    person.post("/next", state="")
    answered = []
    for _ in range(6):
        q = person.question
        answered.append(q)
        if PERSON.get(q) is None:         # as walk() does: a fact the persona does not give is "I don't know"
            person.post("/next", state=person.state, fact=q, action="dontknow")
        else:
            person.post("/next", state=person.state, fact=q, action="answer", **person.answer_form(q, PERSON[q]))
    person.post("/next", state=person.state, fact=person.question, action="back")
    person.post("/next", state=person.state, fact=person.question, action="back")
    assert set(answered) <= set(review_facts(person)), (answered, review_facts(person))


def test_changing_the_country_drops_the_answers_of_the_old_one(app, navigator):
    person, asked = walk(app, PERSON)
    before = set(review_facts(person))
    gone = before - I.host_inputs(navigator, "BR") - set(I.FIRST)
    kept = before & I.host_inputs(navigator, "BR") - set(I.FIRST)
    assert gone and kept, before
    person.post("/next", state=person.state, fact="host_country", action="change")
    person.post("/next", state=person.state, fact="host_country", action="answer", value="BR")
    after = set(review_facts(person))
    assert not gone & after and kept <= after, (gone, kept, after)


@pytest.mark.parametrize("page", ["review", "results", "print"])
def test_the_language_bar_keeps_the_page_and_the_answers(app, page):
    person, _ = walk(app, PERSON, lang="pt")
    before = review_facts(person)
    person.post(f"/{page}", state=person.state)
    assert f'name="page" value="{page}"' in person.html
    person.post("/next", state=person.state, action="lang", page=page, lang="ht")
    assert '<html lang="ht"' in person.html
    marker = {"review": 'class="review"', "results": 'action="/print"', "print": '<img class="qr-img"'}[page]
    assert marker in person.html
    assert review_facts(person) == before


def test_a_reopened_receipt_shows_its_answers_and_keeps_its_date(app, navigator):
    answers = {"host_country": "AR", "nationalities": ["VE"], "in_host_country": True, "age": 34}
    code = S.receipt(S.State(answers), dt.date(2024, 1, 10), navigator.rulebooks.sha256, "test-secret")
    person = Person(app.test_client(), "es")
    person.post("/reopen", code=code)
    assert set(answers) <= set(review_facts(person))
    person.post("/print", state=person.state)
    assert "2024-01-10" in person.html or "10 de enero de 2024" in person.html


# --- dates -----------------------------------------------------------------------------------------------------------

def test_month_only_dates_are_unknown_only_where_the_day_could_change_a_result():
    cut = dt.date(2020, 10, 22)
    status = lambda facts: {"p": facts.get("entry_date") and dt.date.fromisoformat(facts["entry_date"]) <= cut}  # noqa: E731
    for month, unknown in (("2020-09", False), ("2020-10", True), ("2020-11", False)):
        answers, left = I.resolve_months({"entry_date": month, "x": 1}, status)
        assert (left == {"entry_date"}) is unknown, month
        assert ("entry_date" in answers) is not unknown and answers["x"] == 1


def _to_entry_date(app):
    person = Person(app.test_client(), "es")
    person.post("/next", state="")
    facts = PERSON
    while person.question and person.question != "entry_date":
        q = person.question
        if q in facts:
            person.post("/next", state=person.state, fact=q, action="answer", **person.answer_form(q, facts[q]))
        else:
            person.post("/next", state=person.state, fact=q, action="dontknow")
    assert person.question == "entry_date"
    return person


@pytest.mark.parametrize("day,refused", [(14, False), (15, False), (16, True)])
def test_an_entry_date_after_today_is_refused_the_day_before_and_today_are_taken(app, day, refused):
    person = _to_entry_date(app)
    person.post("/next", state=person.state, fact="entry_date", action="answer", day=str(day), month="10", year="2024")
    assert (person.question == "entry_date" and "posterior a hoy" in person.html) is refused


def test_a_month_and_year_entry_date_is_taken_and_shown_as_such(app):
    person = _to_entry_date(app)
    person.post("/next", state=person.state, fact="entry_date", action="answer", day="", month="3", year="2023")
    assert person.question != "entry_date"
    person.post("/review", state=person.state)
    assert "marzo de 2023" in person.html


def test_a_permanent_residence_is_not_asked_for_an_expiry_date_and_a_temporary_one_is_on_its_own_page(app):
    person = Person(app.test_client(), "es")
    person.post("/next", state="")
    state = S.State({"host_country": "BR", "city": "sao_paulo", "nationalities": ["HT"]}, [],
                    ["host_country", "city", "nationalities"])
    person.post("/next", state=S.dumps(state, "test-secret", person.csrf), fact="statuses", action="change")
    assert person.question == "statuses" and 'name="day"' not in person.html
    token = person.state
    person.post("/next", state=token, fact="statuses", action="answer", value="br.residence.humanitarian_haiti")
    assert person.question == "statuses" and 'name="day"' in person.html       # now its expiry date
    person.post("/next", state=token, fact="statuses", action="answer", value="br.permanent_residence.humanitarian_haiti")
    assert person.question != "statuses"
    person.post("/review", state=person.state)
    assert "Residencia" in person.html and "2100" not in person.html


def test_no_two_answers_of_the_permit_question_read_the_same(app, navigator):
    from web.answers import grantable
    with app.test_request_context():
        for host in {p.country for p in navigator.rulebooks.pathways.values()}:
            for lang in ("es", "pt", "en", "fr", "ht"):
                labels = [t for _, t in grantable(host, lang)]
                assert len(labels) == len(set(labels)), (host, lang, labels)


def test_date_parts_follow_each_locales_cldr_order():
    from web.questions import date_parts, months
    assert date_parts("es") == ("day", "month", "year") and date_parts("en") == ("month", "day", "year")
    assert date_parts("ht") == ("year", "month", "day")          # CLDR's ht is y-MM-dd
    assert months("ht")[2] == (3, "mas") and not any(name.startswith("M0") for _, name in months("ht"))


# --- a pathway made needless by one the person qualifies for ---------------------------------------------------

BRAZILIAN_IN_MONTEVIDEO = {"host_country": "UY", "city": "montevideo", "nationalities": ["BR"],
                           "naturalisations": [], "in_host_country": True, "has_id_card": True,
                           "criminal_record_5y": False}


def test_a_brazilian_in_montevideo_is_not_asked_about_routes_his_own_mercosur_residence_makes_needless(app):
    """Uruguay gives MERCOSUR nationals permanent residence (Ley 18.250 Art. 33 B): once he qualifies, the
    family-tie residence (Art. 33 A, the same category) and the MERCOSUR family residence (Art. 9, for family
    members who are not nationals) ask nothing more of him; they stay undetermined, naming what he qualifies for."""
    person, asked = walk(app, BRAZILIAN_IN_MONTEVIDEO)
    assert "uy_family_tie" not in asked and "family_of_mercosur_resident" not in asked, asked
    assert len(asked) < 10, asked            # Uruguay's own questions: 10
    person.post("/results", state=person.state)
    cards = re.split(r'<article class="card ', person.html)
    family = next(c for c in cards if 'id="t-uy-mercosur-family_member"' in c)
    tie = next(c for c in cards if 'id="t-uy-vinculo_uruguayo-permanent"' in c)
    for card in (family, tie):
        assert card.startswith("card-undetermined"), card[:60]      # never a "no" because of it
        assert "así que no necesita pedir también esta" in card
    assert "Art. 9" in family and "Art. 33" in tie                   # each with the source of the relation


def test_a_venezuelan_qualifying_under_disp_388_is_not_asked_for_the_same_residence_under_mercosur(navigator):
    """Disp. 388/2024 and the MERCOSUR Agreement give the same status in Argentina: once one is open to her,
    the other's open conditions decide nothing she could get."""
    facts = dict(PERSON, has_id_card=None, mercosur_consular_nationality_certificate=None)
    facts = {k: v for k, v in facts.items() if v is not None}
    ev = navigator.screen(facts, AS_OF)
    res = I.open_results(ev)
    by_id = {r.pathway.id: r for r in res}
    assert by_id["ar.venezuela.disp388"].status == "eligible", by_id["ar.venezuela.disp388"].status
    if by_id["ar.mercosur.temporary"].status == "undetermined":
        assert I.covered_by(by_id["ar.mercosur.temporary"], res) is by_id["ar.venezuela.disp388"]
        assert all(by_id["ar.mercosur.temporary"] is not r for r, _m in I.deciding_pathways(res, navigator.vocab,
                                                                                      ev.person.values, set()))


@pytest.mark.parametrize("status, words", [
    ("uy.permanent_residence.mercosurr", "did you mean 'uy.permanent_residence.mercosur'"),
    ("uy.permanent_residence.family_tie", "is this pathway's own status"),
    ("ar.permanent_residence", "granted by no pathway of UY"),
])
def test_the_checker_refuses_a_superseded_by_it_cannot_honour(tmp_path, status, words):
    import datetime
    import shutil

    from navigator.loader import PATHWAYS_DIR, check_files
    shutil.copytree(PATHWAYS_DIR / "uy", tmp_path / "uy")
    shutil.copytree(PATHWAYS_DIR / "ar", tmp_path / "ar")
    f = tmp_path / "uy" / "vinculo_uruguayo.yaml"
    f.write_text(f.read_text().replace("{status: uy.permanent_residence.mercosur,", "{status: " + status + ","))
    rulebooks, problems = check_files(tmp_path, None, today=datetime.date(2026, 12, 7))
    assert rulebooks is None
    assert any(words in f"{p.message} {p.expected}" and p.file.endswith("vinculo_uruguayo.yaml") for p in problems), \
        problems


def test_nationality_is_asked_only_where_a_pathway_of_the_host_can_use_it(app, navigator, tmp_path):
    """Today every host has a pathway that reads nationality (at least asylum, which a national of the host
    cannot ask for), so it is always asked; a host whose pathways never read it (here the US city services
    alone) is not asked it."""
    import shutil

    from navigator.evaluate import Navigator
    from navigator.loader import PATHWAYS_DIR
    cities_only = tmp_path / "pathways"
    shutil.copytree(PATHWAYS_DIR / "us", cities_only / "us")
    (cities_only / "us" / "asylum.yaml").unlink()
    assert "nationalities" in I.needless_first(Navigator(cities_only), "US")
    assert not I.needless_first(navigator, "US") and not I.needless_first(navigator, "AR")
    assert not I.needless_first(navigator, None)           # the country unknown: every place question stays
    person, asked = walk(app, {"host_country": "US", "city": "new_york", "in_host_country": True, "age": 35,
                               "nationalities": ["SV"]})
    assert asked[:3] == ["host_country", "city", "nationalities"], asked
    person, asked = walk(app, {"host_country": "AR", "nationalities": ["VE"]})
    assert "nationalities" in asked


def test_a_permit_a_pathway_requires_is_asked_before_its_other_conditions(app):
    """Means and record matter to a permanent residence only for someone who holds the temporary one: the
    permits held come first, and "I don't know" there leaves the means unasked."""
    person, asked = walk(app, {"host_country": "BR", "city": "sao_paulo", "nationalities": ["HT"],
                               "in_host_country": True, "family_of_mercosur_resident": False})
    assert "statuses" in asked and "sufficient_means" not in asked, asked


# --- the "need not ask" note on the clinic desk and in the API; what no answer can settle ----------------------

NEEDLESS_WORDS = {"es": "así que no necesita pedir también esta", "en": "so you need not ask for this one as well"}


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr", "ht", "ar"])
def test_the_api_names_the_pathway_that_makes_one_needless_with_its_source_in_every_language(app, lang):
    """As the kiosk's cards do: Uruguay's MERCOSUR permanent residence (Ley 18.250 Art. 33 B) makes the family-tie
    residence (Art. 33 A) and the MERCOSUR family residence (Art. 9) needless for a Brazilian; each keeps its own
    answer (undetermined), and says so in the reader's language, with the source."""
    r = app.test_client().post("/api/v1/evaluate", json={"facts": BRAZILIAN_IN_MONTEVIDEO, "as_of": "2024-10-15",
                                                         "lang": lang})
    assert r.status_code == 200, r.data
    by_id = {p["id"]: p for p in r.get_json()["pathways"]}
    title = by_id["uy.mercosur.permanent"]["title"]
    assert by_id["uy.mercosur.permanent"]["status"] == "eligible" and by_id["uy.mercosur.permanent"]["covered_by"] is None
    for pid, article in (("uy.mercosur.family_member", "Art. 9"), ("uy.vinculo_uruguayo.permanent", "Art. 33")):
        p = by_id[pid]
        assert p["status"] == "undetermined", p["status"]                 # never a "no" because of it
        note = p["covered_by"]
        assert note["id"] == "uy.mercosur.permanent" and note["title"] == title and title in note["text"]
        assert article in note["source"]["article"] and note["source"]["url"].startswith("http")
        if lang in NEEDLESS_WORDS:
            assert NEEDLESS_WORDS[lang] in note["text"], note["text"]
        else:
            assert NEEDLESS_WORDS["en"] not in note["text"], note["text"]     # translated, not English
    assert all(p["covered_by"] is None for p in by_id.values() if p["status"] != "undetermined")


def test_the_api_note_fits_the_evaluation_schema(app):
    import json

    import jsonschema

    from navigator.loader import RULES_DIR
    schema = json.loads((RULES_DIR / "evaluation.schema.json").read_text())
    body = app.test_client().post("/api/v1/evaluate", json={"facts": BRAZILIAN_IN_MONTEVIDEO,
                                                            "as_of": "2024-10-15"}).get_json()
    jsonschema.validate(body, schema)
    assert any(p["covered_by"] for p in body["pathways"])
    body["pathways"][0]["covered_by"] = {"id": "x"}                      # a malformed note is refused by the schema
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(body, schema)


@pytest.mark.parametrize("lang, words", [("es", "así que no necesita pedir también esta"),
                                         ("pt", None), ("fr", None), ("ht", None), ("ar", None)])
def test_the_clinic_desk_cards_say_the_person_need_not_ask_for_it_as_well(app, lang, words):
    from html import unescape

    from navigator.i18n import Translator
    client = app.test_client()
    headers = {"Accept-Language": lang}
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/clinic/", headers=headers).data.decode()).group(1)
    html = client.post("/clinic/", headers=headers, data={
        "csrf": csrf, "as_of": "2024-10-15", "host_country": "UY", "city": "montevideo", "nationalities": "BR",
        "naturalisations": "none", "in_host_country": "yes", "has_passport": "yes", "has_id_card": "yes",
        "criminal_record_5y": "no"}).data.decode()
    cards = re.split(r'<article class="card ', unescape(html))
    tr = Translator(lang)
    title = tr.content("uy.mercosur.permanent:title", "")
    expected = words or tr._(I.NEEDLESS_NOTE, title="X").split("X")[-1].strip()
    assert expected and expected not in I.NEEDLESS_NOTE                   # the sentence is translated
    for pid, article in (("uy-mercosur-family_member", "Art. 9"), ("uy-vinculo_uruguayo-permanent", "Art. 33")):
        card = next(c for c in cards if f'id="t-{pid}"' in c)
        assert card.startswith("card-undetermined"), card[:60]
        assert 'class="covered"' in card and expected in card and article in card, card[:400]
        assert (title or "") in card


def test_a_point_the_law_leaves_open_is_settled_by_no_answer(app):
    """Pacific Alliance working holiday in Chile: each requirement is 'met, or the law is unclear'. After "I don't
    know" to the first, no answer can make it open any more (the unclear law is settled by no answer), so the
    other requirements, which could only rule it out, are not asked; after a plain "no", they still are."""
    base = {"host_country": "CL", "nationalities": ["CO"], "in_host_country": True, "birth_date": "1996-05-01",
            "age": 28, "criminal_record_5y": False, "family_of_mercosur_resident": False}
    _person, asked = walk(app, dict(base, wh_previous_participation=None))
    assert "wh_previous_participation" in asked, asked
    assert "wh_accompanied_by_dependants" not in asked and "wh_sufficient_funds" not in asked, asked
    _person, asked = walk(app, dict(base, wh_previous_participation=False))
    assert "wh_accompanied_by_dependants" in asked or "wh_sufficient_funds" in asked, asked


def test_needless_nationality_keeps_a_host_we_do_not_cover_to_one_question(app, navigator):
    """Every covered host reads nationality (asylum excludes its own nationals), so there it is always asked;
    what the rule still does is stop at the country for a host we do not cover (the honest page follows)."""
    assert I.needless_first(navigator, "NI") == {"nationalities"}
    _person, asked = walk(app, {"host_country": "NI", "nationalities": ["VE"]})
    assert asked == ["host_country"], asked


def test_the_default_ordering_asks_first_what_feeds_the_most_open_pathways(navigator):
    """Two orderings on the same person and answers: the default's first question after place and nationality
    feeds at least as many still-open pathways as any other question does."""
    ev = navigator.evaluate({"host_country": "CO", "nationalities": ["VE"], "city": "bogota"}, AS_OF)
    res = I.open_results(ev)
    deciding = I.deciding_pathways(res, navigator.vocab, ev.person.values, set())
    feeds = {}
    for _r, missing in deciding:
        for f in missing:
            feeds[f] = feeds.get(f, 0) + 1
    first = I.next_question(ev, navigator.vocab, frozenset(), navigator.rulebooks.cities("CO"), order="feeds")
    assert first in feeds and feeds[first] == max(feeds.values()), (first, feeds)
    assert set(I.ORDERINGS) >= {"feeds", "settles", "close", "count"} and I.DEFAULT_ORDER == "feeds"


def test_a_peruvian_in_bolivia_is_not_asked_about_the_andean_family_residence_her_own_makes_needless(app):
    """Decision 878 gives the family members' residence to those who are not nationals of a Member Country
    (`superseded_by:` in the Andean family rulebooks, cited): once she qualifies for Andean residence on her own,
    the family-tie question is never asked, and the card says why, with the source."""
    peruvian = {"host_country": "BO", "nationalities": ["PE"], "naturalisations": [], "in_host_country": True,
                "has_passport": True, "passport_expiry_date": "2025-01-31", "has_id_card": True,
                "id_card_expiry_date": "2029-12-31", "criminal_record_5y": False, "statuses": [],
                "entry_date": "2024-02-01", "age": 40}
    person, asked = walk(app, peruvian)
    assert "family_of_can_resident" not in asked, asked
    person.post("/results", state=person.state)
    card = next(c for c in re.split(r'<article class="card ', person.html) if 'id="t-bo-can-family_member"' in c)
    assert card.startswith("card-undetermined") and "así que no necesita pedir también esta" in card, card[:300]
    assert "Decisión 878" in card


def test_among_equal_questions_the_one_the_rulebook_lists_first_is_asked_first(app, navigator):
    """Ley 19.254's rulebook lists the identity card before the passport ("identity_document": either will do).
    The two questions feed the same pathway and settle it alike, so the rulebook's order decides, node by node:
    the identity card first; with a yes, the passport is never asked; with a no, it is asked next."""
    vocab, cities = navigator.vocab, navigator.rulebooks.cities("UY")
    version = navigator.rulebooks.pathways["uy.mercosur.permanent"].versions[-1]
    place = I._listed(version, vocab)
    assert place["has_id_card"] < place["has_passport"], place
    brazilian = {"host_country": "UY", "city": "montevideo", "nationalities": ["BR"], "naturalisations": [],
                 "in_host_country": True, "criminal_record_5y": False}

    def next_after(answers):
        ev = navigator.evaluate(answers, AS_OF)
        return I.next_question(ev, vocab, frozenset(), cities)
    assert next_after(brazilian) == "has_id_card"
    assert next_after(dict(brazilian, has_id_card=False)) == "has_passport"
    assert next_after(dict(brazilian, has_id_card=True)) is None        # open: nothing left to decide
    _person, asked = walk(app, dict(brazilian, has_id_card=True))
    assert "has_id_card" in asked and "has_passport" not in asked, asked
    assert len(asked) == 7, asked
    _person, asked = walk(app, dict(brazilian, has_id_card=False, has_passport=True))
    assert asked.index("has_id_card") < asked.index("has_passport"), asked


def test_the_default_ordering_scores_only_the_questions_feeding_the_most_pathways_with_the_same_answer(
        navigator, monkeypatch):
    """next_question weighs (rulebook settles) only the questions that feed the most open pathways, and none when
    one question alone does: a question feeding fewer never outscores them under "feeds". The same ordering
    through a wrapper (every question scored) picks the same question at every step of several interviews."""
    monkeypatch.setitem(I.ORDERINGS, "feeds_every_question", lambda *a: I._order_feeds(*a))
    vocab, steps = navigator.vocab, 0
    people = [dict(PERSON, host_country="AR"),
              {"host_country": "CO", "nationalities": ["VE"], "in_host_country": True, "entry_date": "2022-03-01"},
              {"host_country": "UY", "nationalities": ["BR"], "naturalisations": [], "in_host_country": True},
              {"host_country": "MX", "city": "mexico_city", "nationalities": ["HN"], "in_host_country": True}]
    for facts in people:
        answers, skipped = {}, set()
        while True:
            ev = navigator.evaluate(answers, AS_OF)
            host = ev.person.values.get("host_country")
            args = (ev, vocab, frozenset(skipped), navigator.rulebooks.cities(host))
            q = I.next_question(*args, order="feeds")
            assert q == I.next_question(*args, order="feeds_every_question"), (facts, answers, skipped)
            if q is None:
                break
            steps += 1
            if facts.get(q) is None:
                skipped.add(q)
            else:
                answers[q] = facts[q]
    assert steps > 20, steps
