"""Steps of features/web/resultados.feature: results that lead with the next step, dates in words, not yet / no
longer, the places that can help, the page for a host we do not cover, and the printouts (kiosk and clinic) on
A4 in Chromium. Loaded as a pytest plugin by conftest.py, beside tests/web_steps.py (whose fixtures it uses)."""
import re

from pytest_bdd import given, parsers, then, when

from tests.web_steps import P01, _fact, _html_and_axe

BUDGET = 60 * 1024
A4_PAGES = 3


def _main_text(page):
    return page.locator("main").inner_text()


@then(parsers.parse('la opción "{pathway}" empieza por "{words}" y nombra "{where}"'))
def card_starts_with_first_step(web, navigator, pathway, words, where):
    card = web["page"].locator(f"article[aria-labelledby='t-{pathway.replace('.', '-')}']")
    first = card.locator("h3 ~ p").nth(1)            # after the status badge: the first sentence
    assert "first-step" in first.get_attribute("class")
    text = first.inner_text()
    assert text.startswith(words) and where in text, text


@then(parsers.parse('la página nombra un lugar que puede ayudar: "{name}"'))
def names_a_place(web, name):
    help_ = web["page"].locator("section[aria-labelledby=h-help]")
    assert help_.count() == 1 and name in help_.locator(".places").inner_text()
    assert help_.locator(".places a[href^=http]").count() >= 1      # its source, to check it


@then("la página no tiene infracciones de accesibilidad y pesa como mucho 60 KB con su CSS")
def accessible_and_light(web):
    size, problems = _html_and_axe(web["page"])
    assert not problems, problems
    assert size <= BUDGET, f"{size} bytes with CSS"


@then(parsers.parse('los resultados dicen "{words}" y ninguna fecha en formato ISO'))
def date_in_words(web, words):
    text = _main_text(web["page"])
    assert words in text, text[:400]
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), re.findall(r"\b\d{4}-\d{2}-\d{2}\b", text)


@given(parsers.parse('un comprobante de la persona P01 con fecha "{day}"'))
def receipt_for_p01(web, navigator, day):
    import datetime as dt

    from web import state as S
    web["receipt"] = S.receipt(S.State(dict(P01)), dt.date.fromisoformat(day), navigator.rulebooks.sha256, "journeys")


def _reopen(web, day=None):
    page = web["page"]
    page.goto(web["base"] + "/reopen")
    page.fill("textarea[name=code]", web["receipt"])
    if day:
        page.fill("input[name=as_of]", day)
    page.click("main button[type=submit]")
    page.wait_for_load_state("load")


@when(parsers.parse('lo reabro con la ley del "{day}"'))
def reopen_on(web, day):
    _reopen(web, day)


@when("lo reabro sin elegir otra fecha")
def reopen_own_date(web):
    _reopen(web)


@then(parsers.parse('la vía "{pathway}" está en la sección "{section}" y dice "{words}"'))
def pathway_in_section(web, navigator, pathway, section, words):
    card = web["page"].locator(f"section[aria-labelledby={section}] article[aria-labelledby='t-{pathway.replace('.', '-')}']")
    assert card.count() == 1, web["page"].locator("main h2").all_inner_texts()
    assert words in card.inner_text()
    assert "No le corresponde" not in card.inner_text()
    if section in ("h-later", "h-closed"):   # said as such: never in "do not fit your situation now"
        assert web["page"].locator(f"section[aria-labelledby=h-no] article[aria-labelledby='t-{pathway.replace('.', '-')}']").count() == 0


@then(parsers.parse('la página dice que usa "{words}", una fecha que elegí'))
def says_picked_date(web, words):
    meta = web["page"].locator("main p.meta").first.inner_text()
    assert words in meta and "15 de octubre de 2024" in meta, meta      # the receipt's own date is named too


@then(parsers.parse('la página dice "{words}"'))
def page_says(web, words):
    assert words in web["page"].locator("main p.meta").first.inner_text()


@then(parsers.parse('al imprimir la hoja dice "{words}"'))
def print_says(web, words):
    page = web["page"]
    page.click("form[action='/print'] button")
    page.wait_for_load_state("load")
    assert words in page.locator("main p.meta").first.inner_text()


@when(parsers.parse('respondo "No sé" a todo lo que queda'))
def dont_know_the_rest(web):
    page = web["page"]
    for _ in range(40):
        if _fact(page) is None:
            break
        page.click("button[value=dontknow]")
    page.click("form[action='/results'] button")
    page.wait_for_load_state("load")


@then(parsers.parse('la página dice que todavía no tenemos información sobre "{country}"'))
def uncovered(web, country):
    section = web["page"].locator("section[aria-labelledby=h-uncovered]")
    assert section.count() == 1 and country in section.locator("h2").inner_text()
    assert web["page"].locator("article.card").count() == 0     # no cards from other countries, no empty "no"


@then("la página lista los países que cubrimos, el asilo con su fuente y un lugar que puede ayudar")
def uncovered_content(web, navigator):
    from navigator.reference import country_name
    page = web["page"]
    text = page.locator("section[aria-labelledby=h-uncovered]").inner_text()
    for cc in {p.country for p in navigator.rulebooks.pathways.values()}:
        assert country_name(cc, web["lang"]) in text
    assert "Asilo." in text and page.locator("section[aria-labelledby=h-uncovered] a[href*='unhcr.org']").count() >= 1
    assert page.locator("section[aria-labelledby=h-help] .places li").count() >= 1


def _pdf_pages(page):
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@then("la hoja tiene como mucho 3 páginas A4 y la primera dice lo más importante")
def fits_three_pages(web):
    page = web["page"]
    pages = _pdf_pages(page)
    assert 1 <= pages <= A4_PAGES, f"{pages} A4 pages"
    # page one holds "what matters most" whole: A4 less 10 mm margins is 277 mm, 1047 CSS px
    box = page.locator("section.most").bounding_box()
    top = page.locator("main").bounding_box()["y"]
    assert box["y"] + box["height"] - top < 1047
    page.emulate_media(media="screen")


@then("la hoja muestra mis respuestas en palabras, cada opción con su primer paso, "
      "las condiciones con sus citas, las reglas usadas y el QR")
def printout_content(web):
    page = web["page"]
    answers = page.locator("section[aria-labelledby=h-answers] dl.answers").inner_text()
    assert "Venezuela" in answers and " de 20" in answers                  # countries and dates in words
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", page.locator("main").inner_text())
    detail = page.locator("section[aria-labelledby=h-detail]")
    assert detail.locator("article .first-step").count() >= 1
    assert detail.locator(".law .sources li").count() >= 1 and "[1]" in detail.locator(".law").first.inner_text()
    assert detail.locator("details").count() == 0                 # the law is printed, not folded away
    assert "Información verificada el" in page.locator("section[aria-labelledby=h-rules]").inner_text()
    assert page.locator(".qr img").count() == 1


@when(parsers.parse('evalúo en la vista de clínica el caso de la persona P01 con la ley del "{day}"'))
def clinic_case(web, day):
    page = web["page"]
    from tests.clinic_steps import P01_DESK, _choose_host, _fill
    page.goto(web["base"] + "/clinic/?lang=" + web["lang"])
    _choose_host(page, "AR")                    # the desk shows the host's questions once the host is chosen
    page.fill("input[name=as_of]", day)
    _fill(page, P01_DESK)
    page.click("form.desk-form .actions button.button-primary")
    page.wait_for_load_state("load")


@when("imprimo la derivación")
def print_referral(web):
    page = web["page"]
    with page.context.expect_page() as new:
        page.click("form.clinic-form button[formaction$='/clinic/print']")
    web["page"] = new.value
    web["page"].wait_for_load_state("load")
    assert web["page"].locator("section.most").count() == 1
