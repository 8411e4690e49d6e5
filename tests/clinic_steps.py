"""Clinic desk journeys in headless Chromium (features/web/clinica.feature): the desk layout at 1280 px and on a
phone, countries typed by name, errors by question in Spanish, the what-if's own date, and case lists from
Excel (semicolon CSV in Latin-1, and .xlsx). Loaded by tests/step_defs/conftest.py.

NAVIGATOR_SHOTS=DIR saves a screenshot of each checked page there, to look at (nothing is saved otherwise)."""
import csv
import datetime as dt
import io
import os
from pathlib import Path

from pytest_bdd import given, parsers, then, when

from tests.web_steps import _html_and_axe

P01_DESK = {"nationalities": "Venezuela", "country_of_birth": "Venezuela", "in_host_country": "yes",
            "has_passport": "yes", "passport_expiry_date": "2024-06-01", "criminal_record_5y": "no",
            "entry_date": "2023-03-10", "age": "34"}
CASES = [("case_id", "as_of", "host_country", "nationalities", "country_of_birth", "in_host_country", "has_passport",
          "passport_expiry_date", "criminal_record_5y", "entry_date"),
         ("Ana", "15/10/2024", "Argentina", "Venezuela", "Venezuela", "sí", "sí", "01/06/2024", "no", "10/03/2023"),
         ("José", "15/10/2024", "Argentina", "Venezuela", "Venezuela", "sí", "sí", "30/02/2024", "no", ""),
         ("Inés", "15/10/2024", "Argentina", "Venezuela", "", "sí", "", "", "", "")]


def _shot(web, name):
    folder = os.environ.get("NAVIGATOR_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        web["page"].screenshot(path=str(Path(folder) / f"clinic-{name}-{web['page'].viewport_size['width']}.png"))


@given(parsers.parse('que abro la vista de la clínica en "{lang}" con una pantalla de {width:d} píxeles'))
def open_clinic(web, browser, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale=lang, accept_downloads=True)
    context.set_default_timeout(30_000)
    web["contexts"].append(context)
    page = context.new_page()
    page.goto(f"{web['base']}/clinic/?lang={lang}")
    web["page"], web["lang"], web["js"] = page, lang, True


def _fill(page, answers, prefix=""):
    for fid, value in answers.items():
        sel = f"[name='{prefix}{fid}']"
        if page.locator(f"select{sel}").count():
            page.select_option(f"select{sel}", value)
        else:
            page.fill(sel, value)


def _choose_host(page, code, prefix=""):
    page.select_option(f"select[name='{prefix}host_country']", code)
    page.click("button[name=action][value=host]")
    page.wait_for_load_state("load")


@when(parsers.parse('evalúo el caso de la persona P01 en Argentina al {day}'))
def evaluate_p01(web, day):
    page = web["page"]
    _choose_host(page, "AR")
    page.fill("input[name=as_of]", day)
    _fill(page, P01_DESK)
    page.click("form.desk-form .actions button.button-primary")
    page.wait_for_load_state("load")
    web["audit"] = {"results": _html_and_axe(page)}


@then(parsers.parse('veo la vía "{pathway}" "{label}" en los resultados'))
def sees_in_results(web, navigator, pathway, label):
    card = web["page"].locator(f".desk-results #t-{pathway.replace('.', '-')}").locator("xpath=..")
    assert card.locator(".badge").inner_text().strip() == label


@then("los resultados están al lado del formulario, a la vista")
def results_beside(web):
    page = web["page"]
    form, results = page.locator("form.desk-form").bounding_box(), page.locator(".desk-results").bounding_box()
    assert results["x"] >= form["x"] + form["width"] - 1, (form, results)        # beside, not below
    assert results["y"] < 800 and form["y"] < 800                                 # both start on the first screen
    _shot(web, "results")
    page.mouse.wheel(0, 3000)                                                    # the form scrolls, results stay
    page.wait_for_timeout(200)
    top = page.locator(".desk-results").bounding_box()["y"]
    assert -1 <= top < 100, top
    page.mouse.wheel(0, -3000)


@then("los resultados están encima del formulario")
def results_above(web):
    page = web["page"]
    form, results = page.locator("form.desk-form").bounding_box(), page.locator(".desk-results").bounding_box()
    assert results["y"] + results["height"] <= form["y"] + 1
    assert results["y"] < 800                      # the answer is on the first screen of a phone
    _shot(web, "results")


@then("la vista de la clínica no tiene infracciones de accesibilidad")
def clinic_accessible(web):
    web["audit"]["now"] = _html_and_axe(web["page"])
    problems = {k: v for k, (size, v) in web["audit"].items() if v}
    assert not problems, problems


@when(parsers.parse('elijo "{name}" como país de acogida y pido sus preguntas'))
def choose_host_by_name(web, name):
    page = web["page"]
    page.select_option("select[name=host_country]", label=name)
    page.click("button[name=action][value=host]")
    page.wait_for_load_state("load")
    web["audit"] = {"form": _html_and_axe(page)}
    _shot(web, "host")


@then(parsers.parse('solo veo las preguntas de "{code}" y las demás a un clic'))
def only_host_questions(web, navigator, code):
    from navigator.interview import questions_for_full_form
    page = web["page"]
    visible = set(page.locator("form.desk-form > fieldset.clinic-group [name]").evaluate_all(
        "els => els.map(e => e.name.split('__')[0])"))
    assert visible == set(questions_for_full_form(navigator, code)) - {"host_country"}, visible
    more = page.locator("details.clinic-more")
    assert more.get_attribute("open") is None and not more.locator("[name]").first.is_visible()
    more.locator("summary").click()                                      # one click away
    assert more.locator("[name]").first.is_visible()


@then(parsers.parse('el campo de nacionalidad sugiere "{name}" al escribir "{typed}"'))
def datalist_suggests(web, name, typed):
    page = web["page"]
    field = page.locator("input[name=nationalities]")
    assert field.get_attribute("list") == "countries"
    options = page.locator("datalist#countries option").evaluate_all("els => els.map(e => e.value)")
    assert name in options and not any(len(o) == 2 and o.isupper() for o in options)     # names, never codes
    assert [o for o in options if o.lower().startswith(typed.lower())] == [name]
    field.fill(typed)
    field.press("End")
    _shot(web, "datalist")


@when(parsers.parse('escribo "{country}" como nacionalidad y "{age}" como edad y evalúo'))
def bad_answers(web, country, age):
    page = web["page"]
    _choose_host(page, "AR")
    _fill(page, dict(P01_DESK, nationalities=country, age=age))
    page.click("form.desk-form .actions button.button-primary")
    page.wait_for_load_state("load")
    web["audit"] = {"errors": _html_and_axe(page)}
    _shot(web, "errors")


@then(parsers.parse('veo un resumen de errores en español que nombra las preguntas "{q1}" y "{q2}"'))
def error_summary(web, q1, q2):
    page = web["page"]
    summary = page.locator(".error-summary")
    text = summary.inner_text()
    assert "Por favor, revise estas respuestas" in text and q1 in text and q2 in text, text
    assert "elija un país de la lista" in text and "número entero" in text, text
    assert "nationalities" not in text and "expected" not in text
    summary.locator("a", has_text=q2).click()            # each error leads to its question
    assert page.evaluate("() => location.hash") == "#f-age"
    assert page.locator("input[name=age]").input_value() == "abc"      # what was typed stays


@when(parsers.parse('pruebo "¿y si…?" con la fecha {day}'))
def whatif_date(web, day):
    page = web["page"]
    page.fill("input[name=w_as_of]", day)
    page.click("form.desk-form .actions button.button-primary")
    page.wait_for_load_state("load")
    _shot(web, "whatif")


@when('pruebo "¿y si…?" otra vez sin cambiar nada')
def whatif_again(web):
    page = web["page"]
    page.click("form.desk-form .actions button.button-primary")
    page.wait_for_load_state("load")


@then(parsers.parse('la fecha del "¿y si…?" sigue siendo {day}'))
def whatif_date_kept(web, day):
    page = web["page"]
    assert page.locator("input[name=w_as_of]").input_value() == day
    assert page.locator("input[type=hidden][name=as_of]").input_value() == "2024-10-15"


@then(parsers.parse('la vía "{pathway}" pasa de "{before}" a "{after}"'))
def whatif_row(web, navigator, pathway, before, after):
    from navigator.i18n import Translator
    p = navigator.rulebooks.pathways[pathway]
    title = Translator(web["lang"]).content(f"{p.id}:title", p.title)
    row = web["page"].locator("table.compare tbody tr", has=web["page"].locator("th", has_text=title))
    cells = row.locator("td").all_inner_texts()
    assert cells[0].strip() == before and cells[1].strip().startswith(after), cells


def _download(web, payload, name, mime):
    page = web["page"]
    page.locator("#f-cases").set_input_files({"name": name, "mimeType": mime, "buffer": payload})
    with page.expect_download() as info:
        page.click("form[action$='/batch'] button[type=submit]")
    data = Path(info.value.path()).read_bytes()
    web["download"] = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@when("subo la lista de casos guardada por Excel con punto y coma en Latin-1")
def upload_semicolon_latin1(web):
    text = "\r\n".join(";".join(row) for row in CASES) + "\r\n"
    _download(web, text.encode("cp1252"), "casos.csv", "text/csv")


@when("subo la lista de casos como libro de Excel")
def upload_xlsx(web):
    import openpyxl
    book = openpyxl.Workbook()
    for i, row in enumerate(CASES):
        book.active.append([dt.datetime(2024, 10, 15) if i and c == "15/10/2024" else c for c in row])
    buf = io.BytesIO()
    book.save(buf)
    _download(web, buf.getvalue(), "casos.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@then(parsers.parse('descargo los resultados en español: "{pathway}" "{label}" para "{case}"'))
def download_in_spanish(web, navigator, pathway, label, case):
    from navigator.i18n import Translator
    rows = web["download"]
    p = navigator.rulebooks.pathways[pathway]
    title = Translator("es").content(f"{p.id}:title", p.title)
    header = rows[0]
    assert header[:4] == ["Fila", "Caso", "Fecha de la evaluación", "Rechazada: por qué"], header
    row = next(r for r in rows[1:] if r[1] == case)
    assert row[header.index(f"{title} ({pathway})")] == label


@then(parsers.parse('la fila {n:d} rechazada dice por qué, nombrando la pregunta "{question}"'))
def refused_row(web, n, question):
    row = next(r for r in web["download"][1:] if r[0] == str(n))
    assert row[3].startswith(f"Fila {n}: {question}"), row[3]
