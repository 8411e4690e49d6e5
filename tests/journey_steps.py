"""Steps of the interview journeys (features/web/preguntas.feature): the questions a person meets, what Back,
Change and the language bar keep, dates on a phone. Loaded as a pytest plugin by conftest.py, beside
tests/web_steps.py, whose browser, server and helpers they use."""
from pytest_bdd import given, parsers, then, when

from navigator.interview import absurd
from tests.web_steps import AS_OF, _fact, _html_and_axe, _open
from tests.web_steps import _answer as _answer_widget

PHONE = {"width": 360, "height": 740}

# People as they would answer: None is "I don't know"; a fact not listed is "I don't know" too.
PEOPLE = {
    "un sirio de 30 años en São Paulo": {
        "host_country": "BR", "city": "sao_paulo", "nationalities": ["SY"], "birth_date": "1994-05-02",
        "in_host_country": True, "country_of_birth": "SY", "entry_date": "2023-08-01"},
    "una venezolana adulta en Bogotá que no dice su edad": {
        "host_country": "CO", "city": "bogota", "nationalities": ["VE"], "in_host_country": True,
        "entry_date": "2022-05-20", "co_criminal_record": False, "statuses": []},
    "un venezolano en Quito": {
        "host_country": "EC", "city": "quito", "nationalities": ["VE"], "in_host_country": True,
        "entry_date": "2019-08-20", "birth_date": "1990-03-03"},
    "un haitiano en São Paulo": {
        "host_country": "BR", "city": "sao_paulo", "nationalities": ["HT"], "in_host_country": True,
        "birth_date": "1988-06-15", "entry_date": "2018-04-02", "family_of_mercosur_resident": False,
        "sufficient_means": True, "criminal_record_5y": False},
    "una haitiana en Santiago": {
        "host_country": "CL", "nationalities": ["HT"], "in_host_country": True, "birth_date": "1995-01-09",
        "entry_date": "2021-02-11"},
    "un brasileño en Montevideo": {
        "host_country": "UY", "city": "montevideo", "nationalities": ["BR"], "naturalisations": [],
        "in_host_country": True, "has_id_card": True, "criminal_record_5y": False},
    "alguien que no sabe el país y está en Argentina": {
        "host_country": None, "current_country": "AR", "nationalities": ["VE"], "in_host_country": True,
        "birth_date": "1990-03-03", "entry_date": "2023-03-10", "family_of_mercosur_resident": False,
        "criminal_record_5y": False, "sufficient_means": True, "statuses": [], "has_passport": True,
        "passport_expiry_date": "2024-06-01", "country_of_birth": "VE", "naturalisations": []},
}


def _answer(page, fact, value):
    """As tests/web_steps.py answers, plus a choice among radio buttons (a city, a family tie)."""
    if isinstance(value, str) and page.locator(f"input[type=radio][name=value][value='{value}']").count():
        page.check(f"input[type=radio][name=value][value='{value}']")
        page.click("button[value=answer]")
        return
    _answer_widget(page, fact, value)


def _phone(web, browser, lang, js=True):
    page = _open(web, browser, lang, PHONE["width"], js=js)
    page.set_viewport_size(PHONE)
    return page


@given(parsers.parse('que abro el navegador en "{lang}" en un teléfono de 360 por 740'))
def open_phone(web, browser, lang):
    _phone(web, browser, lang)


def _values(navigator, answers):
    """The person's facts (given and computed) from the answers so far, as the interview sees them."""
    return navigator.check_answers({k: v for k, v in answers.items() if v is not None}, AS_OF).values


def _fold(page):
    """Where the question's heading, its last answer and Continue are on a phone screen (px from the top)."""
    box = lambda sel: page.locator(sel).last.bounding_box()  # noqa: E731
    answers = page.locator("main fieldset input, main fieldset select")
    return {"heading_top": box("main h1")["y"], "last_answer_bottom": (lambda b: b["y"] + b["height"])(
                answers.last.bounding_box()) if answers.count() else 0,
            "continue_bottom": (lambda b: b["y"] + b["height"])(box("button[value=answer]"))}


@when(parsers.parse('respondo la entrevista de "{who}"'))
def interview_of(web, navigator, who):
    person = PEOPLE[who]
    page = web["page"]
    page.click("main form button[type=submit]")
    asked, given, absurd_seen, folds = [], {}, [], {}
    for _ in range(40):
        fact = _fact(page)
        if fact is None:
            break
        if absurd(fact, navigator.vocab, _values(navigator, given)):
            absurd_seen.append(fact)
        asked.append(fact)
        kind = "date" if page.locator("input[name=day]").count() else \
            "select" if page.locator("main select").count() else "choice"
        folds[fact] = (kind, _fold(page))       # every question page of the journey is measured
        if f"question-{kind}" not in web.setdefault("audit", {}):
            web["audit"][f"question-{kind}"] = _html_and_axe(page)
        value = person.get(fact)
        _answer(page, fact, value)
        given[fact] = value
        if fact == "current_country" and value:
            given["host_country"] = value
    web.update(asked=asked, absurd=absurd_seen, folds=folds, person=person)


@then("veo cada idioma de la barra entero dentro de la pantalla")
def every_language_in_view(web):
    """The language bar once scrolled sideways on phones and hid Kreyòl and Arabic, the languages of the people
    most likely to need them: every link (or button) lies wholly inside the 360 px screen, none clipped."""
    page = web["page"]
    boxes = page.eval_on_selector_all(
        ".langs a, .langs button", "els => els.map(e => { const r = e.getBoundingClientRect(); "
        "return [e.textContent.trim(), r.left, r.right, e.parentElement.closest('ul, form').scrollWidth "
        "- e.parentElement.closest('ul, form').clientWidth]; })")
    assert len(boxes) >= 6, boxes
    outside = [b for b in boxes if b[1] < 0 or b[2] > PHONE["width"] or b[3] > 0]
    assert not outside, outside


@then("ninguna pregunta tenía su premisa ya excluida por mis respuestas")
def no_absurd(web):
    assert web["absurd"] == [], web["absurd"]


@then(parsers.parse('no me preguntan "{fact}"'))
def not_asked(web, fact):
    assert fact not in web["asked"], web["asked"]


@then(parsers.parse('me preguntan "{fact}" antes que "{later}"'))
def asked_before(web, fact, later):
    asked = web["asked"]
    assert fact in asked and (later not in asked or asked.index(fact) < asked.index(later)), asked


@then(parsers.parse("me hacen como mucho {n:d} preguntas"))
def at_most(web, n):
    assert len(web["asked"]) <= n, " ".join(web["asked"])


@then("en cada pregunta veo la pregunta, sus respuestas y el botón Continuar sin desplazarme")
def above_the_fold(web):
    """Measured in Chromium at 360x740, before any scrolling, on one page of each kind of question."""
    assert web["folds"]
    below = {fact: (kind, round(fold["continue_bottom"])) for fact, (kind, fold) in web["folds"].items()
             if fold["heading_top"] < 0 or fold["continue_bottom"] > PHONE["height"]
             or fold["last_answer_bottom"] > fold["continue_bottom"]}
    assert not below, below


@then("las páginas de la entrevista no tienen infracciones de accesibilidad")
def journey_accessible(web):
    problems = {k: v for k, (size, v) in web.get("audit", {}).items() if v}
    assert not problems, problems


# --- Back, Change and the language bar ---------------------------------------------------------------------

def _go_to(page, fact, web):
    """Answer from the persona until `fact` is the question on screen."""
    for _ in range(40):
        current = _fact(page)
        if current == fact or current is None:
            return current
        _answer(page, current, web["person"].get(current))
    raise AssertionError(f"never asked {fact}")


@when(parsers.parse('empiezo la entrevista de "{who}" y llego a la pregunta "{fact}"'))
def start_and_reach(web, who, fact):
    web["person"] = PEOPLE[who]
    web["page"].click("main form button[type=submit]")
    assert _go_to(web["page"], fact, web) == fact


@when(parsers.parse("vuelvo atrás {n:d} veces"))
def back_n(web, n):
    for _ in range(n):
        web["page"].click("button[value=back]")
        _fact(web["page"])


@when("termino la entrevista")
def finish(web):
    page = web["page"]
    for _ in range(40):
        fact = _fact(page)
        if fact is None:
            return
        _answer(page, fact, web["person"].get(fact))


def _review_rows(page):
    return {page.locator(".review-row").nth(i).locator("input[name=fact]").get_attribute("value")
            for i in range(page.locator(".review-row").count())}


@when("abro la revisión de mis respuestas")
def open_review(web):
    page = web["page"]
    if _fact(page) is not None or page.locator("form[action='/review']").count():   # not there yet
        page.locator("button[formaction='/review'], form[action='/review'] button").first.click()
        page.wait_for_load_state("load")
        _fact(page)
    web["rows"] = _review_rows(page)


@then(parsers.parse('la revisión muestra la respuesta a "{fact}"'))
def review_shows(web, fact):
    assert fact in _review_rows(web["page"]), _review_rows(web["page"])


@then(parsers.parse('la revisión no muestra la respuesta a "{fact}"'))
def review_hides(web, fact):
    assert fact not in _review_rows(web["page"]), _review_rows(web["page"])


@when(parsers.parse('cambio la respuesta a "{fact}" por el país "{code}"'))
def change_country(web, fact, code):
    page = web["page"]
    page.locator(".review-row", has=page.locator(f"input[name=fact][value={fact}]")).locator(
        "button[value=change]").click()
    assert _fact(page) == fact
    page.select_option("select[name=value]", code)
    page.click("button[value=answer]")
    _fact(page)


@when(parsers.parse('elijo el idioma "{lang}"'))
def choose_language(web, lang):
    page = web["page"]
    page.click(f"nav.langs button[value={lang}]")
    page.wait_for_load_state("load")
    web["lang"] = lang


@then(parsers.parse('sigo en la revisión, en "{lang}", con las mismas respuestas'))
def still_review(web, lang):
    page = web["page"]
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator(".review-row").count() and _review_rows(page) == web["rows"]


@when("veo mis opciones")
def see_results(web):
    web["page"].click("form[action='/results'] button")
    web["page"].wait_for_load_state("load")


@then(parsers.parse('sigo en mis opciones, en "{lang}"'))
def still_results(web, lang):
    page = web["page"]
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("form[action='/print']").count() == 1


@then(parsers.parse('sigo en la vista para imprimir, en "{lang}", con el código del comprobante'))
def still_print(web, lang):
    page = web["page"]
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator(".qr img.qr-img").count() == 1 and len(page.locator("p.code").inner_text().strip()) > 40
    web["receipt"] = page.locator("p.code").inner_text().strip()


@when("reabro el comprobante y abro la revisión")
def reopen_and_review(web):
    page = web["page"]
    page.goto(web["base"] + "/reopen")
    page.fill("textarea[name=code]", web["receipt"])
    page.click("main button[type=submit]")
    page.wait_for_load_state("load")
    page.locator("button[formaction='/review'], form[action='/review'] button").first.click()   # as open_review
    page.wait_for_load_state("load")


@then("la revisión muestra las mismas respuestas")
def same_rows(web):
    assert _review_rows(web["page"]) == web["rows"], (_review_rows(web["page"]), web["rows"])


# --- dates on a phone ----------------------------------------------------------------------------------------

def _fill_date(page, day, month, year):
    page.fill("input[name=day]", day)
    page.select_option("select[name=month]", month)
    page.fill("input[name=year]", year)
    page.click("button[value=answer]")
    page.wait_for_load_state("load")


@when(parsers.parse('escribo como fecha solo el mes {month:d} y el año {year:d}'))
def month_only(web, month, year):
    _fill_date(web["page"], "", str(month), str(year))


@when(parsers.parse('escribo como fecha el {day:d}/{month:d}/{year:d}'))
def full_date(web, day, month, year):
    _fill_date(web["page"], str(day), str(month), str(year))


@then(parsers.parse('la respuesta se acepta y la pregunta siguiente ya no es "{fact}"'))
def accepted(web, fact):
    page = web["page"]
    assert page.locator("#q-error").count() == 0
    assert _fact(page) != fact


@then(parsers.parse('veo un error que dice "{words}" y lo escrito sigue ahí'))
def refused(web, words):
    page = web["page"]
    assert words in page.locator("#q-error").inner_text(), page.locator("#q-error").inner_text()
    assert page.locator("input[name=year]").input_value() != ""


@then(parsers.parse('las partes de la fecha van en el orden "{order}"'))
def date_order(web, order):
    page = web["page"]
    names = page.locator(".date-group input, .date-group select").evaluate_all("els => els.map(e => e.name)")
    assert names == order.split(), names


@then("ninguna opción de la pregunta tiene la misma etiqueta que otra")
def unique_labels(web):
    page = web["page"]
    labels = [t.strip() for t in page.locator("main fieldset label.choice").all_inner_texts()] + \
        [t.strip() for t in page.locator("main fieldset select[name=value] option").all_inner_texts()]
    assert labels and len(labels) == len(set(labels)), labels


@when(parsers.parse('elijo el permiso "{status}" sin fecha'))
def permit_without_date(web, status):
    page = web["page"]
    if page.locator("select[name=value]").count():
        page.select_option("select[name=value]", status)
    else:
        page.check(f"input[name=value][value='{status}']")
    page.click("button[value=answer]")
    page.wait_for_load_state("load")


@then(parsers.parse('la revisión muestra "{text}" para "{fact}"'))
def review_text(web, text, fact):
    page = web["page"]
    row = page.locator(".review-row", has=page.locator(f"input[name=fact][value={fact}]"))
    assert text in row.locator("dd").first.inner_text(), row.inner_text()


@when(parsers.parse('contesto "No sé" a "{fact}"'))
def dont_know(web, fact):
    assert _fact(web["page"]) == fact
    web["page"].click("button[value=dontknow]")


@then(parsers.parse('la pregunta en pantalla es "{fact}"'))
def question_is(web, fact):
    assert _fact(web["page"]) == fact

