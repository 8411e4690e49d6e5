"""Clinic view: every question on one page, as-of date, what-if side by side, reopen a receipt, batch upload."""
import io
import re

import pytest

from web import create_app

P01 = {"host_country": "AR", "nationalities": "VE", "country_of_birth": "VE", "in_host_country": "yes",
       "has_passport": "yes", "passport_expiry_date": "2024-06-01", "criminal_record_5y": "no",
       "entry_date": "2023-03-10"}


@pytest.fixture(scope="module")
def client(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "clinic"}, navigator=navigator).test_client()


def token(client):
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/clinic/").data.decode()).group(1)


def test_every_question_on_one_page(client, navigator):
    html = client.get("/clinic/").data.decode()
    for fact in navigator.vocab.inputs():
        assert f'name="{fact.id}"' in html, fact.id
    assert 'type="date" name="as_of"' in html


def test_evaluate_and_what_if(client):
    csrf = token(client)
    html = client.post("/clinic/", data=dict(P01, csrf=csrf, as_of="2024-10-15")).data.decode()
    assert "Special regularisation for Venezuelans in Argentina" in html and "2024-10-15" in html
    data = dict(P01, csrf=csrf, as_of="2024-10-15", whatif="1")
    data.update({f"w_{k}": v for k, v in P01.items()})
    data.update(w_criminal_record_5y="yes", w_as_of="2024-10-15")
    html = client.post("/clinic/", data=data).data.decode()
    table = html.split('class="compare"')[1].split("</table>")[0]
    row = next(r for r in table.split("<tr") if "Special regularisation for Venezuelans" in r)
    assert 'class="changed"' in row and "Eligible" in row and "Not eligible" in row


def test_reopen_a_receipt_with_its_date(client):
    csrf = token(client)
    html = client.post("/clinic/", data=dict(P01, csrf=csrf, as_of="2024-10-15")).data.decode()
    code = re.search(r'<p class="code">([^<]+)</p>', html).group(1)
    html = client.post("/clinic/reopen", data={"csrf": csrf, "code": code}).data.decode()
    assert "Reopened from a receipt" in html and 'value="2024-10-15"' in html


def test_bad_answer_names_the_field(client):
    r = client.post("/clinic/", data=dict(P01, csrf=token(client), passport_expiry_date="2024-02-30"))
    assert r.status_code == 422 and "passport_expiry_date" in r.data.decode()


def test_batch_upload_returns_csv_and_keeps_nothing(client):
    r = client.post("/clinic/batch", content_type="multipart/form-data", data={
        "csrf": token(client), "cases": (io.BytesIO(b"case_id,as_of,host_country,nationalities\nA,2024-10-15,AR,VE\nB,,XX,VE\n"), "c.csv")})
    assert r.status_code == 200 and r.mimetype == "text/csv"
    lines = r.data.decode().splitlines()
    assert lines[1].startswith("2,A,2024-10-15,") and "row 3: host_country" in lines[2]


def test_the_card_shows_how_to_apply_first_and_when_the_information_was_checked(client):
    """An Argentine inside Chile: Subcategoría 15 is eligible, and 'apply from abroad' is the first thing on its card."""
    csrf = token(client)
    facts = {"host_country": "CL", "in_host_country": "yes", "nationalities": "AR", "naturalisations": "none",
             "age": "30", "has_passport": "yes", "passport_expiry_date": "2031-01-01", "criminal_record_5y": "no"}
    html = client.post("/clinic/", data=dict(facts, csrf=csrf, as_of="2026-12-07"),
                       headers={"Accept-Language": "es"}).data.decode()
    card = html.split('id="t-cl-mercosur-temporary"')[1].split("</article>")[0]
    assert "badge-eligible" in card
    first = card.index("Qué hacer primero:")     # the card starts with one sentence: what to do first, where
    assert first < card.index("Pídala desde fuera de Chile") < card.index('class="summary-text"')   # before the summary
    assert "Dónde: " in card[first:card.index('class="summary-text"')]
    assert "Información verificada el 1 de diciembre de 2026" in card and "2026-12-01" not in card.split("<details")[0]


def test_a_closed_card_says_why_it_closed(client):
    csrf = token(client)
    html = client.post("/clinic/", data={"host_country": "EC", "csrf": csrf, "as_of": "2026-12-07"}).data.decode()
    card = html.split('id="t-ec-virte-de370"')[1].split("</article>")[0]
    assert "No longer open: this programme closed on" in card and "Decreto Ejecutivo 560 of 11 March 2025" in card
    assert 'badge-not_eligible">No longer open<' in card          # "no longer", never "does not fit"
