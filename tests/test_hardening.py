"""Regression tests for the security review's defects D1-D15 (../shared/reviews/security-2026-12.md) and the
kiosk privacy findings of the UX review: each test replays the attack and checks the fixed answer."""
import base64
import csv
import datetime as dt
import io
import json
import re
import tempfile

import pytest
from werkzeug.test import EnvironBuilder

from navigator import cli
from navigator.problems import InputError
from tests.webutil import CSRF, Person
from web import create_app
from web import state as S

P01 = {"host_country": "AR", "nationalities": ["VE"], "in_host_country": True, "country_of_birth": "VE",
       "naturalisations": [], "age": 34, "has_passport": True, "passport_expiry_date": "2024-06-01",
       "has_id_card": False, "criminal_record_5y": False, "criminal_record_certificate_obtainable": False,
       "statuses": []}


@pytest.fixture
def app(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "hardening", "DEFAULT_LANGUAGE": "es"}, navigator=navigator)


@pytest.fixture
def client(app):
    return app.test_client()


def _csrf(client):
    return CSRF.search(client.get("/").get_data(as_text=True)).group(1)


def _code(html):
    return re.search(r'<p class="code">([^<]+)</p>', html).group(1)


def _upload(client, text, name="cases.csv"):
    data = text if isinstance(text, bytes) else text.encode()
    return client.post("/clinic/batch", data={"csrf": _csrf(client), "cases": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


# D1: a clinic receipt (text values: "yes", "34", "VE") reopened at the kiosk
def test_d1_clinic_receipt_reopens_at_the_kiosk(client):
    t = _csrf(client)
    r = client.post("/clinic/", data={"csrf": t, "as_of": "2024-10-15", "host_country": "AR", "in_host_country": "yes",
                                      "nationalities": "VE", "age": "34", "country_of_birth": "VE"})
    assert r.status_code == 200
    r = client.post("/reopen", data={"csrf": t, "code": _code(r.get_data(as_text=True))})
    assert r.status_code == 200 and "Abierto de nuevo con un comprobante" in r.get_data(as_text=True)


# D2: formulas in the results CSV, clinic download and CLI
FORMULAS = ('case_id,as_of,host_country\n"=HYPERLINK(""http://evil.example/"",""x"")",2024-10-15,AR\n'
            'c2,=1+1,AR\n+cmd,2024-10-15,AR\n-2+3,2024-10-15,AR\n@SUM(A1),2024-10-15,AR\n"\tx",2024-10-15,AR\n'
            '"\rx",2024-10-15,AR\n')


def _formula_cells(text):
    return [c for row in csv.reader(io.StringIO(text)) for c in row if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_d2_clinic_download_neutralises_formulas(client):
    r = _upload(client, FORMULAS)
    assert r.status_code == 200
    text = r.get_data(as_text=True)
    assert not _formula_cells(text)
    assert "'=HYPERLINK(" in text and "'=1+1" in text and "'@SUM(A1)" in text


def test_d2_cli_neutralises_formulas(tmp_path):
    cases, out = tmp_path / "cases.csv", tmp_path / "out.csv"
    cases.write_text(FORMULAS)
    assert cli.main(["batch", str(cases), "--out", str(out), "--jobs", "1"]) == 0
    text = out.read_text()
    assert not _formula_cells(text) and "'+cmd" in text and "'-2+3" in text
    assert len(list(csv.reader(io.StringIO(text)))) == 8


# D3: nothing on disk, and no server path in an error
def test_d3_batch_upload_never_touches_the_disk(client, monkeypatch):
    def no_disk(*a, **k):
        raise AssertionError("a temporary file was created")
    for name in ("NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "mkstemp"):
        monkeypatch.setattr(tempfile, name, no_disk)
    big = "case_id,host_country,birth_date\n" + "".join(f"ZQX-{i},BR,1977-07-07\n" for i in range(30000))
    assert len(big) > 600 * 1024          # over werkzeug's 500 KB spool-to-disk threshold
    r = _upload(client, big)
    assert r.status_code == 200 and r.get_data(as_text=True).count("\n") == 30001


def test_d3_empty_upload_names_no_path(client):
    for body in (b"", b"\xef\xbb\xbf", b"\n\n"):
        r = _upload(client, body)
        text = r.get_data(as_text=True)
        assert r.status_code == 400 and "archivo vacío" in text      # said in the page's language (es here)
        assert tempfile.gettempdir() not in text and ".csv:" not in text


# D4 / D15: answers encrypted, bound to the browser, dead after Exit, expired after the idle time
def test_d4_page_token_is_encrypted_and_bound_to_the_browser(client, app):
    person = Person(client)
    person.post("/next", state="", fact="birth_date", action="answer", day="7", month="7", year="1977")
    token = person.state
    assert b"1977" not in base64.urlsafe_b64decode(token + "==")
    assert person.post("/review", state=token).status_code == 200
    other = Person(app.test_client())                   # another browser replays the page
    assert other.post("/review", state=token).status_code == 400
    person.post("/exit")                                 # the same browser after Exit
    fresh = _csrf(client)
    assert client.post("/review", data={"csrf": fresh, "state": token}).status_code == 400


def test_d4_page_token_expires_after_the_idle_time(navigator):
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "STATE_SECONDS": 0}, navigator=navigator)
    person = Person(app.test_client())
    person.post("/next", state="", fact="host_country", action="answer", value="AR")
    import time
    time.sleep(1.1)
    r = person.post("/review", state=person.state)
    assert r.status_code == 400 and "expired" in person.html


def test_d4_receipt_is_encrypted_and_expires(navigator):
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "RECEIPT_DAYS": 90}, navigator=navigator)
    code = S.receipt(S.State({"host_country": "AR", "birth_date": "1977-07-07"}), dt.date(2024, 10, 15), "x", "k")
    assert b"1977" not in base64.urlsafe_b64decode(code + "==")
    stale = S._cipher(("k",), S.RECEIPT_PURPOSE).encrypt_at_time(
        S._cipher(("k",), S.RECEIPT_PURPOSE).decrypt(code.encode()), 1_000_000).decode()
    c = app.test_client()
    t = _csrf(c)
    assert c.post("/reopen", data={"csrf": t, "code": code}).status_code == 200
    r = c.post("/reopen", data={"csrf": t, "code": stale})
    assert r.status_code == 400 and "expired" in r.get_data(as_text=True)


# D5: lone surrogates; 500 under /api/ is problem+json
@pytest.mark.parametrize("body", [b'{"facts": {"\\ud800": 1}}', b'{"\\ud800": 1}', b'{"facts": {"ag\\ud800e": 1}}',
                                  b'{"facts": {"host_country": "\\udfff"}}', b'{"lang": "\\ud800"}'])
def test_d5_lone_surrogates_get_a_problem_not_a_500(client, body):
    r = client.post("/api/v1/evaluate", data=body, content_type="application/json")
    assert 400 <= r.status_code < 500 and r.content_type == "application/problem+json"
    json.loads(r.get_data())


def test_d5_internal_error_under_api_is_problem_json(client, monkeypatch):
    import web.api
    monkeypatch.setattr(web.api, "to_dict", lambda *a: 1 / 0)
    r = client.post("/api/v1/evaluate", json={"facts": {"host_country": "AR"}})
    assert r.status_code == 500 and r.content_type == "application/problem+json"
    assert json.loads(r.get_data())["status"] == 500 and "Traceback" not in r.get_data(as_text=True)


# D6: what-if date that is not a date
@pytest.mark.parametrize("bad", ["nope", "1899-12-31", "2024-02-30", "9999-12-31"])
def test_d6_whatif_date_not_a_date(client, bad):
    r = client.post("/clinic/", data={"csrf": _csrf(client), "host_country": "AR", "whatif": "1",
                                      "w_host_country": "AR", "w_as_of": bad})
    assert r.status_code == 400 and "as_of" in r.get_data(as_text=True)


# D7: a receipt naming a status no loaded pathway grants any more
def test_d7_stale_receipt_is_answered_saying_what_no_longer_applies(client):
    t = _csrf(client)
    stale = S.receipt(S.State(answers={"host_country": "AR", "nationalities": ["VE"],
                                       "statuses": [{"status": "ar.retired", "expires": "2026-01-01"}]}),
                      dt.date(2025, 1, 1), "0" * 64, "hardening")
    r = client.post("/reopen", data={"csrf": t, "code": stale})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "ya no encajan" in html
    r = client.post("/clinic/reopen", data={"csrf": t, "code": stale})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "ar.retired" in html and 'value="VE"' in html


def test_d7_stale_page_token_is_answered(client):
    person = Person(client)
    state = S.State({"host_country": "AR", "statuses": [{"status": "ar.retired", "expires": "2026-01-01"},
                                                        {"status": "ar.temporary_residence.mercosur",
                                                         "expires": "2026-01-31"}]})
    for url in ("/results", "/print", "/review"):
        assert person.post(url, state=S.dumps(state, "hardening", person.csrf)).status_code == 200, url


# D8: uploads between 64 KiB and the limit are accepted; above the limit refused
def test_d8_uploads_up_to_two_mebibytes(client):
    mid = "case_id,host_country\n" + "".join(f"c{i},AR\n" for i in range(9000))
    assert 64 * 1024 < len(mid) and _upload(client, mid).status_code == 200
    huge = "case_id,host_country\n" + "x,AR\n" * 500_000
    assert _upload(client, huge).status_code == 413


# D9: a bad row or byte named by row; the rest evaluated
def test_d9_bad_rows_are_reported_and_the_rest_evaluated(tmp_path):
    cases, out = tmp_path / "cases.csv", tmp_path / "out.csv"
    cases.write_bytes(b"case_id,host_country,nationalities\nA,AR,VE\nB,AR,\"" + b"VE," * 50000 + b"\"\n"
                      b"C,AR,VE\nD,M\xe9xico,VE\nE,AR,VE\n")
    assert cli.main(["batch", str(cases), "--out", str(out), "--jobs", "1"]) == 0
    rows = list(csv.DictReader(out.open()))
    assert [r["case_id"] for r in rows] == ["A", "3", "C", "5", "E"]
    assert rows[1]["error"].startswith("row 3:") and "longer" in rows[1]["error"]
    assert rows[3]["error"].startswith("row 5:") and "0xe9" in rows[3]["error"]
    assert not rows[0]["error"] and not rows[2]["error"] and not rows[4]["error"]


def test_d9_unterminated_quote_names_its_row(tmp_path, client):
    text = 'case_id,host_country\nA,AR\nB,"AR\nC,AR\nD,AR\n'
    cases, out = tmp_path / "cases.csv", tmp_path / "out.csv"
    cases.write_text(text)
    assert cli.main(["batch", str(cases), "--out", str(out), "--jobs", "1"]) == 0
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["case_id"] == "A" and rows[1]["error"].startswith("row 3: a quote opened on line 3")
    assert "Fila 3: unas comillas abiertas en la línea 3" in _upload(client, text).get_data(as_text=True)   # es


def test_d9_empty_file_message_names_the_file_once(tmp_path, capsys):
    cases = tmp_path / "cases.csv"
    cases.write_text("")
    assert cli.main(["batch", str(cases), "--out", str(tmp_path / "o.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count(str(cases)) == 1 and "empty file" in err


# D10: chunked bodies past the limit
def test_d10_chunked_body_past_the_limit_is_refused(app):
    body = b'{"facts": {"host_country": "AR"}}' + b" " * (1024 * 1024) + b"GARBAGE"
    env = EnvironBuilder(path="/api/v1/evaluate", method="POST", input_stream=io.BytesIO(body),
                         headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"}).get_environ()
    env.pop("CONTENT_LENGTH", None)
    env["wsgi.input_terminated"] = True
    out = {}
    body = b"".join(app(env, lambda status, headers, exc=None: out.update(status=status, headers=dict(headers))))
    assert out["status"].startswith("413") and out["headers"]["Content-Type"] == "application/problem+json"
    small = b'{"facts": {"host_country": "AR"}}'
    env = EnvironBuilder(path="/api/v1/evaluate", method="POST", input_stream=io.BytesIO(small),
                         headers={"Content-Type": "application/json"}).get_environ()
    env.pop("CONTENT_LENGTH", None)
    env["wsgi.input_terminated"] = True
    assert b"".join(app(env, lambda status, headers, exc=None: out.update(status=status))) and \
        out["status"].startswith("200")


# D11: redirects never reflect the Host header
def test_d11_redirect_does_not_reflect_the_host(client):
    r = client.get("/clinic", headers={"Host": "evil.example"})
    assert r.status_code == 308 and r.headers["Location"] == "/clinic/"
    r = client.post("/exit", data={"csrf": _csrf(client)})
    assert r.headers["Location"] == "/"


# D12: duplicate keys refused, naming the key
@pytest.mark.parametrize("body,key", [(b'{"facts": {"age": 40, "age": 17}}', "age"),
                                      (b'{"facts": {"host_country": "AR"}, "facts": {"host_country": "CO"}}', "facts"),
                                      (b'{"facts": {"age": 17, " age": 40}}', "age")])
def test_d12_duplicate_json_keys_refused(client, body, key):
    r = client.post("/api/v1/evaluate", data=body, content_type="application/json")
    problem = json.loads(r.get_data())
    assert r.status_code in (400, 422) and any(key in e["field"] for e in problem["errors"])


def test_d12_duplicate_csv_header_refused(tmp_path, client, capsys):
    text = "host_country,host_country\nAR,CO\n"
    r = _upload(client, text)
    assert r.status_code == 400 and "host_country" in r.get_data(as_text=True)
    cases = tmp_path / "c.csv"
    cases.write_text(text)
    assert cli.main(["batch", str(cases), "--out", str(tmp_path / "o.csv")]) == 1
    assert "'host_country' appears twice" in capsys.readouterr().err


# D13: look-alike letters in codes; other digits in dates
def test_d13_confusable_codes_refused_and_other_digits_read(navigator):
    with pytest.raises(InputError, match="host_country"):
        navigator.evaluate({"host_country": "ıd"}, dt.date(2025, 1, 1))
    for text in ("٢٠٠٠-٠١-٠٥", "２０００-０１-０５", "۲۰۰۰-۰۱-۰۵"):
        ev = navigator.evaluate({"birth_date": text}, dt.date(2025, 1, 1))
        assert ev.person.values["birth_date"] == dt.date(2000, 1, 5)


def test_d13_api_reads_arabic_indic_dates(client):
    r = client.post("/api/v1/evaluate", json={"facts": {"birth_date": "٢٠٠٠-٠١-٠٥"}, "as_of": "٢٠٢٥-٠١-٠١"})
    assert r.status_code == 200


# D14 and "integers past the limit, far dates": a clear error, never an exception
@pytest.mark.parametrize("facts,as_of,field", [
    ({"age": 10 ** 5000}, dt.date(2025, 1, 1), "age"),
    ({"birth_date": dt.datetime(2990, 1, 1, 12)}, dt.date(2025, 1, 1), "birth_date"),
    ({"birth_date": dt.date(1, 1, 1)}, dt.date(2025, 1, 1), "birth_date"),
    ({"nationalities": (x for x in ["VE"])}, dt.date(2025, 1, 1), "nationalities"),
    ({"host_country": "AR"}, dt.date(9999, 12, 31), "as_of"),
    ({"host_country": "AR"}, dt.date(1, 1, 1), "as_of"),
])
def test_d14_python_callers_get_a_named_field(navigator, facts, as_of, field):
    with pytest.raises(InputError) as err:
        navigator.evaluate(facts, as_of)
    assert err.value.errors[0].field.startswith(field)


def test_d14_datetime_birth_date_reads_as_its_day(navigator):
    ev = navigator.evaluate({"birth_date": dt.datetime(1990, 1, 1, 12)}, dt.date(2025, 1, 1))
    assert ev.person.values["birth_date"] == dt.date(1990, 1, 1)


@pytest.mark.parametrize("body", [b'{"facts": {"age": 1' + b"0" * 40 + b'}}', b'{"facts": {"age": 1' + b"0" * 5000 + b'}}',
                                  b'{"facts": {}, "as_of": "9999-12-31"}', b'{"facts": {"birth_date": "0001-01-01"}}',
                                  b'{"facts": {"age": 1e400}}'])
def test_integers_past_the_limit_and_far_dates_are_clear_errors(client, body):
    r = client.post("/api/v1/evaluate", data=body, content_type="application/json")
    assert r.status_code in (400, 422) and json.loads(r.get_data())["errors"]


# the kiosk that forgets: the idle wipe without JavaScript, language, print view
def test_idle_wipe_without_javascript_forgets_the_browser_and_language(client):
    person = Person(client, lang="ar")
    person.post("/next", state="", fact="host_country", action="answer", value="AR")
    token = person.state
    assert 'http-equiv="refresh"' in person.html and "/?timeout=1" in person.html
    r = client.get("/?timeout=1")
    assert 'lang="es"' in r.get_data(as_text=True)                        # the kiosk's default, not Arabic
    cookies = r.headers.getlist("Set-Cookie")
    assert any(c.startswith("lang=;") for c in cookies) and any(c.startswith("csrf=") for c in cookies)
    assert r.headers["Clear-Site-Data"] == '"cache"'
    new = CSRF.search(r.get_data(as_text=True)).group(1)
    assert new != person.csrf
    assert client.post("/review", data={"csrf": new, "state": token}).status_code == 400


def test_exit_forgets_language_and_clears_caches(client):
    person = Person(client, lang="fr")
    r = person.post("/exit", timeout="1")
    assert r.status_code == 303 and r.headers["Location"] == "/?timeout=1"
    assert r.headers["Clear-Site-Data"] == '"cache"'
    assert any(c.startswith("lang=;") for c in r.headers.getlist("Set-Cookie"))
    assert 'lang="es"' in client.get("/").get_data(as_text=True)


def test_print_view_clears_itself_and_says_who_can_read_the_code(client):
    person = Person(client, lang="es").interview(P01)
    person.results()
    person.post("/print", state=person.state)
    assert "data-idle-seconds" in person.html and "Quién puede leer este código" in person.html
    assert _code(person.html) and "1977" not in person.html


# found by tests/test_fuzz.py: a non-ASCII CSRF field or cookie made hmac.compare_digest raise (500)
@pytest.mark.parametrize("field", ["\x80", "é", "ñ" * 40])
def test_non_ascii_csrf_is_refused_not_a_500(client, field):
    _csrf(client)
    assert client.post("/clinic/", data={"csrf": field, "host_country": "AR"}).status_code == 400
    client.set_cookie("csrf", field + "." + field)
    assert client.post("/next", data={"csrf": field, "state": ""}).status_code == 400
