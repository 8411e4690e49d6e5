"""Clinic desk: the host's questions on one page (the rest one click away), as-of date, what-if side by side with
its own date, errors by question in the page's language, countries by name, reopen a receipt, case lists."""
import csv
import io
import re

import pytest

from navigator.interview import questions_for_full_form
from web import create_app

P01 = {"host_country": "AR", "nationalities": "VE", "country_of_birth": "VE", "in_host_country": "yes",
       "has_passport": "yes", "passport_expiry_date": "2024-06-01", "criminal_record_5y": "no",
       "entry_date": "2023-03-10"}
DISP388 = "Special regularisation for Venezuelans in Argentina"


@pytest.fixture(scope="module")
def client(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "clinic"}, navigator=navigator).test_client()


def token(client):
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/clinic/").data.decode()).group(1)


def _post(client, lang="en", **data):
    data.setdefault("csrf", token(client))
    return client.post("/clinic/", data=data, headers={"Accept-Language": lang})


def _names(html):
    return set(re.findall(r'name="(?:w_)?([a-z0-9_]+?)(?:__[a-z0-9_]+)?"', html))


def test_only_the_hosts_questions_with_every_other_one_click_away(client, navigator):
    html = _post(client, host_country="AR", action="host").data.decode()
    own, rest = html.split('<details class="clinic-more"')[0], html.split('<details class="clinic-more"')[1]
    host_facts = set(questions_for_full_form(navigator, "AR"))
    shown = _names(own.split('class="desk-form')[1]) & set(navigator.vocab.facts)
    assert shown == host_facts | {"host_country"}, shown ^ host_facts
    assert 'open' not in rest.split(">")[0]                    # folded: one click away, not gone
    every = set(questions_for_full_form(navigator))
    assert _names(rest.split("</details>")[0]) & set(navigator.vocab.facts) == every - shown
    for fact in navigator.vocab.inputs():                      # a fact no loaded pathway reads is never asked
        assert (f'name="{fact.id}"' in html) == (fact.id in every), fact.id
    assert 'type="date" name="as_of"' in html


def test_no_host_yet_shows_place_and_nationality_and_the_rest_folded(client, navigator):
    html = client.get("/clinic/").data.decode()
    own = html.split('<details class="clinic-more"')[0]
    assert 'name="host_country"' in own and 'name="nationalities"' in own
    assert "Every other question" in html


def test_an_answer_outside_the_host_keeps_its_section_open(client):
    html = _post(client, **dict(P01, as_of="2024-10-15", mx_recognised_refugee="yes")).data.decode()
    assert '<details class="clinic-more" open>' in html


def test_evaluate_and_what_if_keeps_its_own_date(client):
    html = _post(client, **dict(P01, as_of="2024-10-15")).data.decode()
    assert DISP388 in html and 'name="w_as_of" value="2024-10-15"' in html
    data = dict(P01, as_of="2024-10-15", whatif="1", **{f"w_{k}": v for k, v in P01.items()})
    data.update(w_criminal_record_5y="yes", w_as_of="2025-01-01")
    html = _post(client, **data).data.decode()
    table = html.split('class="compare"')[1].split("</table>")[0]
    row = next(r for r in table.split("<tr") if DISP388 in r)
    assert 'class="changed"' in row and "Eligible" in row and "Not eligible" in row
    assert 'name="w_as_of" value="2025-01-01"' in html          # the what-if date stays for the next what-if
    assert '<input type="hidden" name="as_of" value="2024-10-15">' in html     # the first answers keep theirs
    changed = html.split("Answers changed:")[1].split("</p>")[0]
    assert "As of (date of the assessment)" in changed and "convicted" in changed
    # a second what-if, changing nothing else, still compares at the what-if's date
    data.update(w_criminal_record_5y="no")
    html = _post(client, **data).data.decode()
    assert 'name="w_as_of" value="2025-01-01"' in html and "law as of 2025-01-01" in html


def test_results_are_beside_the_form_before_it_in_the_page(client):
    html = _post(client, **dict(P01, as_of="2024-10-15")).data.decode()
    assert '<div class="desk desk-with-results">' in html
    assert html.index('class="desk-results"') < html.index('class="desk-form')


def test_countries_by_name_in_the_pages_language_or_by_code(client):
    html = client.get("/clinic/", headers={"Accept-Language": "es"}).data.decode()
    datalist = html.split('<datalist id="countries">')[1].split("</datalist>")[0]
    assert '<option value="Venezuela">' in datalist and '<option value="Haití">' in datalist
    assert re.search(r'<input id="f-nationalities" type="text" name="nationalities" list="countries"', html)
    for typed in ("Venezuela", "venezuela", "VE", "ve"):
        html = _post(client, "es", **dict(P01, as_of="2024-10-15", nationalities=typed, country_of_birth="Venezuela")).data.decode()
        assert "Elegible" in html.split('id="t-ar-venezuela-disp388"')[1].split("</article>")[0], typed
        assert 'name="w_nationalities" list="countries" autocomplete="off" value="Venezuela"' in html
    r = _post(client, "es", **dict(P01, nationalities="Narnia"))
    assert r.status_code == 422 and "Por favor, elija un país de la lista." in r.data.decode()


def test_errors_in_the_pages_language_named_by_the_question(client, navigator):
    from navigator.i18n import Translator
    r = _post(client, "es", **dict(P01, passport_expiry_date="2024-02-30", age="abc"))
    html = r.data.decode()
    assert r.status_code == 422
    summary = html.split('class="error-summary"')[1].split("</div>")[0]
    tr = Translator("es")
    for fact in ("passport_expiry_date", "age"):
        question = tr.content(f"fact.{fact}:question", navigator.vocab[fact].question)
        assert f'href="#f-{fact}">{question}</a>' in summary.replace("&#39;", "'").replace("&quot;", '"')
    assert "Por favor, escriba una fecha válida" in summary and "Por favor, escriba un número entero" in summary
    assert "expected" not in summary and "passport_expiry_date:" not in summary
    assert 'value="abc"' in html                   # what was typed stays, to be corrected


def test_a_contradiction_names_both_questions(client, navigator):
    from navigator.i18n import Translator
    r = _post(client, "es", **dict(P01, naturalisations="some", naturalisations__country="Colombia",
                                   naturalisations__date="2019-05-01"))
    html = r.data.decode()
    assert r.status_code == 422
    question = Translator("es").content("fact.nationalities:question", navigator.vocab["nationalities"].question)
    assert "no coincide con la respuesta a: " + question in html.replace("&#39;", "'").replace("&quot;", '"')


def test_a_bad_assessment_date_is_named(client):
    r = _post(client, "es", **dict(P01, as_of="2024-02-30"))
    assert r.status_code == 400 and 'href="#f-as_of">Fecha de la evaluación' in r.data.decode()


def test_permits_are_chosen_by_title_with_their_expiry(client):
    data = dict(P01, as_of="2024-10-15", statuses="ar.temporary_residence.mercosur", statuses__expires="2026-01-31")
    html = _post(client, **data).data.decode()
    assert 'value="ar.temporary_residence.mercosur" selected' in html
    r = _post(client, **dict(data, statuses__expires=""))
    assert r.status_code == 422 and "expiry date of each permit" in r.data.decode()


def test_reopen_a_receipt_with_its_date(client):
    csrf = token(client)
    html = _post(client, csrf=csrf, **dict(P01, as_of="2024-10-15")).data.decode()
    code = re.search(r'<p class="code">([^<]+)</p>', html).group(1)
    html = client.post("/clinic/reopen", data={"csrf": csrf, "code": code}).data.decode()
    assert "Reopened from a receipt" in html and 'value="2024-10-15"' in html and DISP388 in html


def test_an_older_clinic_receipt_in_text_form_reopens(client, navigator):
    import datetime as dt

    from web import state as S
    code = S.receipt(S.State(answers={"host_country": "AR", "nationalities": "VE, CO", "in_host_country": "yes"}),
                     dt.date(2024, 10, 15), navigator.rulebooks.sha256, "clinic")
    html = client.post("/clinic/reopen", data={"csrf": token(client), "code": code}).data.decode()
    assert 'value="Venezuela"' in html and 'value="Colombia"' in html


# ------------------------------------------------------------------ case lists
def _upload(client, data, name="cases.csv", lang="es"):
    return client.post("/clinic/batch", content_type="multipart/form-data", headers={"Accept-Language": lang},
                       data={"csrf": token(client), "cases": (io.BytesIO(data), name)})


def _rows(resp):
    text = resp.data.decode("utf-8")
    assert text.startswith("\ufeff")                         # Excel opens it as UTF-8
    return list(csv.reader(io.StringIO(text[1:])))


def test_batch_upload_returns_csv_and_keeps_nothing(client):
    r = _upload(client, b"case_id,as_of,host_country,nationalities\nA,2024-10-15,AR,VE\nB,,XX,VE\n", lang="en")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    rows = _rows(r)
    assert rows[1][:3] == ["2", "A", "2024-10-15"] and rows[2][3].startswith("Row 3: ")


def test_semicolon_latin1_csv_with_names_comes_back_in_spanish(client, navigator):
    text = ("case_id;as_of;host_country;nationalities;country_of_birth;in_host_country;has_passport;"
            "passport_expiry_date;criminal_record_5y;entry_date\n"
            "Ana;15/10/2024;Argentina;Venezuela;Venezuela;sí;sí;01/06/2024;no;10/03/2023\n"
            "José;2024-10-15;Argentina;Venezuela;Venezuela;sí;sí;30/02/2024;no;\n"
            "Inés;2024-10-15;Argentina;Venezuela;;sí;;;;\n")
    r = _upload(client, text.encode("cp1252"))
    assert r.status_code == 200
    rows = _rows(r)
    header = rows[0]
    assert header[:7] == ["Fila", "Caso", "Fecha de la evaluación", "Rechazada: por qué", "Abiertas para esta persona",
                          "Sin determinar", "Qué lo decidiría"]
    from navigator.i18n import Translator
    p = navigator.rulebooks.pathways["ar.venezuela.disp388"]
    title = Translator("es").content(f"{p.id}:title", p.title)
    col = header.index(f"{title} (ar.venezuela.disp388)")
    assert not any(h.startswith("Residencia") and "(br." in h for h in header)   # only the hosts in the list
    ana, jose, ines = rows[1:]
    assert ana[1] == "Ana" and ana[2] == "2024-10-15" and ana[col] == "Elegible" and title in ana[4]
    assert jose[1] == "José" and jose[3].startswith("Fila 3: ") and "vence" in jose[3] and jose[col] == ""
    assert ines[1] == "Inés" and ines[col] == "Sin determinar" and title in ines[5] and "¿" in ines[6]


def test_xlsx_upload_read_in_memory(client):
    import datetime as dt

    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["case_id", "as_of", "host_country", "nationalities", "country_of_birth", "in_host_country",
                  "has_passport", "passport_expiry_date", "criminal_record_5y", "entry_date"])
    sheet.append(["X1", dt.datetime(2024, 10, 15), "AR", "Venezuela", "VE", "sí", True, dt.date(2024, 6, 1), "no",
                  dt.datetime(2023, 3, 10)])
    sheet.append([])
    sheet.append(["X2", "2024-10-15", "Narnia", "VE"])
    buf = io.BytesIO()
    book.save(buf)
    r = _upload(client, buf.getvalue(), name="casos.xlsx")
    assert r.status_code == 200
    rows = _rows(r)
    col = next(i for i, h in enumerate(rows[0]) if h.endswith("(ar.venezuela.disp388)"))
    assert rows[1][:3] == ["2", "X1", "2024-10-15"] and rows[1][col] == "Elegible"
    assert rows[2][0] == "4" and rows[2][3].startswith("Fila 4: ")        # the sheet's own row number


def test_a_refused_file_is_said_in_the_pages_language(client):
    r = _upload(client, b"case_id,host_country,host_country\nA,AR,AR\n")
    assert r.status_code == 400 and "aparece dos veces" in r.data.decode()
    r = _upload(client, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, name="old.xls")
    assert r.status_code == 400 and ".xls" in r.data.decode()
    r = _upload(client, b"PK\x03\x04not really a zip", name="x.xlsx")
    assert r.status_code == 400 and "no se puede leer" in r.data.decode()


def test_the_card_shows_how_to_apply_first_and_when_the_information_was_checked(client):
    """An Argentine inside Chile: Subcategoría 15 is eligible, and 'apply from abroad' is the first thing on its card."""
    facts = {"host_country": "CL", "in_host_country": "yes", "nationalities": "AR", "naturalisations": "none",
             "age": "30", "has_passport": "yes", "passport_expiry_date": "2031-01-01", "criminal_record_5y": "no"}
    html = _post(client, "es", **dict(facts, as_of="2026-12-07")).data.decode()
    card = html.split('id="t-cl-mercosur-temporary"')[1].split("</article>")[0]
    assert 'class="badge">Elegible<' in card                 # the badge's colour comes from the card's class
    first = card.index("Qué hacer primero:")     # the card starts with one sentence: what to do first, where
    assert first < card.index("Pídala desde fuera de Chile") < card.index('class="summary-text"')   # before the summary
    assert "Dónde: " in card[first:card.index('class="summary-text"')]
    assert "Información verificada el 1 de diciembre de 2026" in card and "2026-12-01" not in card.split("<details")[0]


def test_a_closed_card_says_why_it_closed(client):
    html = _post(client, host_country="EC", as_of="2026-12-07").data.decode()
    card = html.split('id="t-ec-virte-de370"')[1].split("</article>")[0]
    assert "No longer open: this programme closed on" in card and "Decreto Ejecutivo 560 of 11 March 2025" in card
    assert 'class="badge">No longer open<' in card          # "no longer", never "does not fit"


def test_the_referral_printout_evaluates_the_form_or_its_what_if_at_their_dates(client):
    """The printout (web/clinic.py print_view) evaluates the form as of its date, the what-if when it is filled
    in, and refuses a form with an answer that does not read (400 page, never a 500)."""
    tok = token(client)
    html = client.post("/clinic/print", data=dict(P01, as_of="2024-10-15", csrf=tok)).data.decode()
    assert "Referral printout" in html and "law as of October 15, 2024" in html and '<img class="qr-img"' in html
    assert f"<strong>{DISP388} (Disp. DNM 388/2024)</strong> — Eligible" in html.split("What matters most")[1]
    whatif = client.post("/clinic/print", data=dict(P01, as_of="2024-10-15", w_host_country="CO", w_as_of="2025-01-01",
                                                    csrf=tok)).data.decode()
    assert "law as of January 1, 2025" in whatif and "in Colombia" in whatif and DISP388 not in whatif
    bad = client.post("/clinic/print", data=dict(P01, passport_expiry_date="nonsense", csrf=tok))
    assert bad.status_code == 400 and "qr-img" not in bad.data.decode()
