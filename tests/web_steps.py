"""Web journeys in a real headless Chromium (Debian's, driven by Playwright), as a person uses the site.

Loaded as a pytest plugin by conftest.py, so the Gherkin web scenarios in features/web/ find their steps.
Where Chromium or Playwright is missing the journeys are skipped locally, and fail in CI (CI=true).
"""
import datetime as dt
import os
import re
import shutil
import threading

import pytest
from pytest_bdd import given, parsers, then, when

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]
AS_OF = dt.date(2024, 10, 15)
P01 = {"host_country": "AR", "nationalities": ["VE"], "in_host_country": True, "country_of_birth": "VE",
       "naturalisations": [], "age": 34, "has_passport": True, "passport_expiry_date": "2024-06-01",
       "has_id_card": False, "criminal_record_5y": False, "criminal_record_certificate_obtainable": False,
       "statuses": [], "entry_date": "2023-03-10", "ar_entered_evading_control": False}


def _unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(f"web journeys need Chromium and Playwright in CI: {reason}")
    pytest.skip(reason)


KIOSK_LANGUAGE = "es"      # the kiosk's own language, which the next person gets after Exit or the idle wipe


def _serve(navigator, **config):
    from werkzeug.serving import make_server

    import web.views
    from web import create_app
    web.views._as_of = lambda: AS_OF
    app = create_app({"SECRET_KEY": "journeys", "DEFAULT_LANGUAGE": KIOSK_LANGUAGE, **config}, navigator=navigator)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def live_server(navigator):
    server = _serve(navigator)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def quick_kiosk(navigator):
    """A kiosk that clears itself after 3 seconds, for the wipe without JavaScript (a timed refresh that no
    simulated clock can hurry)."""
    server = _serve(navigator, IDLE_SECONDS=3)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not os.path.exists(CHROMIUM):
        _unavailable("Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        yield b
        b.close()


@pytest.fixture
def web(browser, live_server):
    ctx = {"base": live_server, "contexts": []}
    yield ctx
    for c in ctx["contexts"]:
        c.close()


def _open(web, browser, lang, width, js=True, clock=False):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale=lang, java_script_enabled=js)
    context.set_default_timeout(30_000)
    web["contexts"].append(context)
    page = context.new_page()
    if clock:
        page.clock.install()          # lets the idle scenario fast-forward two minutes
    page.goto(f"{web['base']}/?lang={lang}")
    web["page"], web["lang"], web["js"] = page, lang, js
    return page


@given(parsers.parse('que abro el navegador en "{lang}" con una pantalla de {width:d} píxeles'))
def open_browser(web, browser, lang, width):
    _open(web, browser, lang, width)


@given(parsers.parse('que abro el navegador en "{lang}" con una pantalla de {width:d} píxeles y un reloj simulado'))
def open_browser_clock(web, browser, lang, width):
    _open(web, browser, lang, width, clock=True)


@given(parsers.parse('que abro el navegador en "{lang}" con una pantalla de {width:d} píxeles sin JavaScript'))
def open_browser_nojs(web, browser, lang, width):
    _open(web, browser, lang, width, js=False)


@given(parsers.parse('que abro el navegador en "{lang}" sin JavaScript en un quiosco que se borra a los {seconds:d} segundos'))
def open_quick_kiosk_nojs(web, browser, quick_kiosk, lang, seconds):
    web["base"], web["idle"] = quick_kiosk, seconds
    _open(web, browser, lang, 360, js=False)


def _fact(page):
    """The fact the page asks about, or None on the check-your-answers page. Waits for one of the two: right
    after a click the old page can still be showing (a run under load read it mid-navigation)."""
    page.wait_for_load_state("load")
    page.locator("button[value=dontknow], form[action='/results'] button").first.wait_for(timeout=30_000)
    loc = page.locator("form input[name=fact]")
    return loc.first.get_attribute("value") if page.locator("button[value=dontknow]").count() else None


def _answer(page, fact, value):
    if value is None:
        page.click("button[value=dontknow]")
        return
    if isinstance(value, bool):
        page.check(f"input[name=value][value={'yes' if value else 'no'}]")
    elif fact == "nationalities":
        for i, v in enumerate(value):
            page.select_option(f"select[name=value{i}]", v)
    elif isinstance(value, list) and not value and page.locator("select[name=value]").count():
        page.select_option("select[name=value]", "none")        # a long list of permits is a <select>
    elif isinstance(value, list) and not value:
        page.check("input[name=value][value=none]")
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        d = dt.date.fromisoformat(value)
        page.fill("input[name=day]", str(d.day))
        page.select_option("select[name=month]", str(d.month))
        page.fill("input[name=year]", str(d.year))
    elif page.locator("select[name=value]").count():
        page.select_option("select[name=value]", value)
    else:
        page.fill("input[name=value]", str(value))
    page.click("button[value=answer]")


@when("empiezo la entrevista")
def start(web):
    web["page"].click("main form button[type=submit]")


def _interview(web, facts):
    """Answer like the person would; on the way, audit one page of each kind (start, each widget, review)."""
    page = web["page"]
    audit = web.setdefault("audit", {}) if web.get("js", True) else {}   # axe needs JavaScript in the page
    _audit = (lambda: _html_and_axe(page)) if web.get("js", True) else (lambda: (0, []))
    audit["start"] = _audit()
    start(web)
    for _ in range(40):
        fact = _fact(page)
        if fact is None:
            break
        kind = "date" if page.locator("input[name=day]").count() else \
            "select" if page.locator("main select").count() else "choice"
        if f"question-{kind}" not in audit:
            audit[f"question-{kind}"] = _audit()
        _answer(page, fact, facts.get(fact))
    audit["review"] = _audit()
    page.click("form[action='/results'] button")
    audit["results"] = _audit()


def _html_and_axe(page):
    """Bytes of the page plus its stylesheet, and axe-core's WCAG 2.2 AA violations on it (plus any
    horizontal scrolling on a narrow screen, which makes a page unreadable on a cheap phone)."""
    page.wait_for_load_state("load")    # a click may still be navigating: audit the new page, not a half-loaded one
    from playwright.sync_api import Error as PlaywrightError
    scroll_width = -1
    for _ in range(50):                   # under load the document can still be swapping in; wait for it
        try:
            scroll_width = page.evaluate("() => document.documentElement ? document.documentElement.scrollWidth : -1")
        except PlaywrightError:           # "execution context was destroyed": the navigation is still going on
            scroll_width = -1
        if scroll_width >= 0:
            break
        page.wait_for_timeout(100)
        page.wait_for_load_state("load")
    size = len(page.content().encode()) + web_css_size()
    width = page.viewport_size["width"]
    overflow = scroll_width - width
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        _unavailable("axe-playwright-python is not installed")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}})
    problems = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"]]
    if overflow > 0:
        problems.append(("horizontal-scroll", f"the page is {overflow}px wider than a {width}px screen", []))
    return size, problems


def web_css_size():
    """The stylesheet's bytes as the server sends them (minified; web/__init__.py minified_css)."""
    from pathlib import Path

    from web import minified_css, static_version
    folder = str(Path(__file__).resolve().parent.parent / "web" / "static")
    return len(minified_css(folder, "style.css", static_version(folder, "style.css")))


@when("respondo la entrevista de la persona P01")
def interview_p01(web):
    _interview(web, P01)


@when("respondo la entrevista de la persona P01 sin saber si tengo antecedentes")
def interview_p01_unknown(web):
    _interview(web, dict(P01, criminal_record_5y=None))


@when(parsers.parse('elijo el país "{code}"'))
def choose_country(web, code):
    web["page"].select_option("select[name=value]", code)
    web["page"].click("button[value=answer]")


@when("vuelvo a la pregunta anterior")
def go_back(web):
    web["page"].click("button[value=back]")


@when("espero sin tocar la pantalla")
def wait_idle(web):
    from playwright.sync_api import expect
    page = web["page"]
    for _ in range(200):     # poll from Python: the page's CSP forbids the eval behind wait_for_function
        if page.evaluate("() => window.navigatorIdleReady === true"):
            break
        page.wait_for_timeout(50)
    page.clock.fast_forward(105_000)
    expect(page.locator("#idle-warning")).to_be_visible(timeout=10_000)   # warned before anything is wiped
    page.clock.fast_forward(20_000)
    page.wait_for_url("**/?timeout=1", timeout=10_000)


@when("abro la vista para imprimir")
def open_print(web):
    web["page"].click("form[action='/print'] button")


@then(parsers.parse('veo la vía "{pathway}" entre las opciones abiertas'))
def sees_open(web, pathway, navigator):
    title = _title(web, navigator, pathway)
    assert web["page"].locator("#h-yes").count() == 1
    assert web["page"].locator(f"section[aria-labelledby=h-yes] h3:has-text('{title}')").count() == 1


@then(parsers.parse('veo la vía "{pathway}" entre las opciones sin determinar'))
def sees_undetermined(web, pathway, navigator):
    title = _title(web, navigator, pathway)
    assert web["page"].locator(f"section[aria-labelledby=h-maybe] h3:has-text('{title}')").count() == 1


def _title(web, navigator, pathway):
    from navigator.i18n import Translator
    p = navigator.rulebooks.pathways[pathway]
    return Translator(web["lang"]).content(f"{p.id}:title", p.title)


@then(parsers.parse('la página está en "{lang}" y no tiene infracciones de accesibilidad'))
def accessible(web, lang):
    """Every page type of the journey: the right language, zero axe violations, at most 60 KB with its CSS."""
    page = web["page"]
    assert page.locator("html").get_attribute("lang") == lang
    audit = web["audit"]
    page.click("form[action='/print'] button")
    audit["print"] = _html_and_axe(page)
    page.goto(web["base"] + "/no-such-page")
    audit["error"] = _html_and_axe(page)
    page.goto(web["base"] + "/reopen")
    audit["reopen"] = _html_and_axe(page)
    problems = {k: v for k, (size, v) in audit.items() if v}
    assert not problems, problems
    heavy = {k: size for k, (size, _) in audit.items() if size > 60 * 1024}
    assert not heavy, heavy
    assert {"start", "question-select", "question-choice", "question-date", "review", "results", "print"} <= set(audit)


def check_axe(page):
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        _unavailable("axe-playwright-python is not installed")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}})
    violations = results.response["violations"]
    assert not violations, [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in violations]


@then(parsers.parse('la pregunta siguiente es "{fact}"'))
def next_is(web, fact):
    assert _fact(web["page"]) == fact


@then("vuelvo al inicio y la pantalla dice que se borró")
def wiped(web):
    page = web["page"]
    assert page.url.endswith("/?timeout=1")
    assert page.locator("p.notice[role=status]").count() == 1
    assert page.locator("input[name=state][value='']").count() == 1


@then("veo un código QR y el código del comprobante")
def sees_qr(web):
    page = web["page"]
    assert page.locator(".qr img").count() == 1
    web["receipt"] = page.locator("p.code").inner_text().strip()
    assert len(web["receipt"]) > 40


@then("al reabrir el comprobante veo el mismo resultado")
def reopen(web, navigator):
    page = web["page"]
    page.goto(web["base"] + "/reopen")
    page.fill("textarea[name=code]", web["receipt"])
    page.click("main button[type=submit]")
    sees_open(web, "ar.venezuela.disp388", navigator)


@then("la página va de derecha a izquierda")
def rtl(web):
    page = web["page"]
    assert page.locator("html").get_attribute("dir") == "rtl"
    box = page.locator(".brand").bounding_box()
    assert box["x"] > 360 / 3      # the brand sits on the right in a right-to-left layout


@when(parsers.parse('salgo con el botón "{label}"'))
def exit_button(web, label):
    page = web["page"]
    page.click("form.exit button")
    page.wait_for_url(web["base"] + "/", timeout=10_000)


@when("espero sin tocar la pantalla sin JavaScript")
def wait_idle_nojs(web):
    web["page"].wait_for_url("**/?timeout=1", timeout=(web["idle"] + 15) * 1000)


@when("vuelvo atrás en el navegador y recargo la página")
def back_and_reload(web):
    """What the next person at the kiosk might try: the browser's Back (the back-forward cache, or a page
    Chromium would post again), then Reload, which posts the previous person's form again."""
    from playwright.sync_api import Error as PlaywrightError
    page = web["page"]
    web["seen"] = []
    for action in (page.go_back, page.reload, page.go_back, page.reload):
        try:
            action(wait_until="load")
        except PlaywrightError:          # net::ERR_CACHE_MISS and the like: an error page shows nothing either
            pass
        page.wait_for_timeout(200)
        web["seen"].append(_what_shows(page))


def _what_shows(page):
    from playwright.sync_api import Error as PlaywrightError
    for _ in range(20):
        try:
            return {"url": page.url, "html": page.content(),
                    "tokens": [v for v in page.locator("input[name=state]").evaluate_all(
                        "els => els.map(e => e.value)") if v] if web_js(page) else
                    re.findall(r'name="state" value="([^"]+)"', page.content())}
        except PlaywrightError:          # still navigating
            page.wait_for_timeout(100)
    raise AssertionError("the page never settled")


def web_js(page):
    try:
        return page.evaluate("() => true")
    except Exception:  # noqa: BLE001  (JavaScript disabled)
        return False


@then("no veo nada de la persona anterior")
def nothing_of_the_previous_person(web):
    """No answers token, no question, no check-your-answers page and no result, whatever Back and Reload did.
    Reload did post the previous person's form again (the path by which the idle wipe used to be undone)."""
    assert any(seen["url"].endswith(("/next", "/results", "/print", "/review")) for seen in web["seen"]), \
        [seen["url"] for seen in web["seen"]]
    for seen in web["seen"]:
        html = seen["html"]
        assert not seen["tokens"], (seen["url"], "a page still carries the previous person's answers")
        assert 'value="dontknow"' not in html and 'id="h-yes"' not in html and 'class="qr' not in html, seen["url"]
        assert 'name="action" value="change"' not in html, seen["url"]


@then("la página está en el idioma del quiosco")
def kiosk_language(web):
    page = web["page"]
    page.goto(web["base"] + "/")
    assert page.locator("html").get_attribute("lang") == KIOSK_LANGUAGE


@given(parsers.parse("un comprobante de la persona P01 emitido hace {days:d} días en una clínica con un plazo de {period:d} días"),
       target_fixture="receipt_case")
def receipt_issued(navigator, days, period):
    """A receipt as the print view writes it, with its issue time moved back `days` days (less a minute, so
    "on the last day" is inside the period)."""
    import time

    from web import create_app
    from web import state as S
    app = create_app({"TESTING": True, "SECRET_KEY": "receipts", "RECEIPT_DAYS": period}, navigator=navigator)
    code = S.receipt(S.State(dict(P01)), AS_OF, navigator.rulebooks.sha256, "receipts")
    cipher = S._cipher(("receipts",), S.RECEIPT_PURPOSE)
    issued = int(time.time()) - days * 86400 + (60 if days else 0)
    return {"app": app, "code": cipher.encrypt_at_time(cipher.decrypt(code.encode()), issued).decode()}


@when("lo reabro en el quiosco")
def reopen_receipt(receipt_case):
    client = receipt_case["app"].test_client()
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/?lang=es").get_data(as_text=True)).group(1)
    resp = client.post("/reopen", data={"csrf": token, "code": receipt_case["code"]})
    receipt_case["status"], receipt_case["html"] = resp.status_code, resp.get_data(as_text=True)


@then(parsers.parse('veo la vía "{pathway}" reabierta'))
def reopened_pathway(receipt_case, navigator, pathway):
    from navigator.i18n import Translator
    p = navigator.rulebooks.pathways[pathway]
    assert receipt_case["status"] == 200
    assert Translator("es").content(f"{p.id}:title", p.title) in receipt_case["html"].split('id="h-yes"')[1]


@then("el quiosco dice que el comprobante venció")
def receipt_expired(receipt_case):
    assert receipt_case["status"] == 400 and "ha vencido" in receipt_case["html"]


@then("el código no deja ver ninguna respuesta sin la clave del servicio")
def receipt_unreadable(receipt_case):
    import base64
    import zlib
    raw = base64.urlsafe_b64decode(receipt_case["code"] + "==")
    for blob in (raw, raw[25:]):
        try:
            blob = zlib.decompress(blob)
        except zlib.error:
            pass
        assert b"host_country" not in blob and b"nationalities" not in blob and b"2024-06-01" not in blob
