"""`make screenshots`: save the key pages at 360x740 and 1280x800 in headless Chromium, to look at them.

Pages: start, a question (country), a date question, check-your-answers, results, print view, an error
page, and the Arabic (right-to-left) start page; then the results of a host we do not cover, a receipt reopened
on a picked date (not yet / no longer), and the kiosk and clinic printouts on A4 (794 px wide, print media);
then phone screens of the interview journeys.
Output: screenshots/<page>-<width>.png (not committed).
"""
import datetime as dt
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out=ROOT / "screenshots", lang="es"):
    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    import web.views
    from tests.web_steps import ARGS, CHROMIUM, P01, _answer, _fact
    from web import create_app

    web.views._as_of = lambda: dt.date(2024, 10, 15)
    app = create_app({"SECRET_KEY": "screenshots"})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    out.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for width, height in ((360, 740), (1280, 800)):
            page = browser.new_page(viewport={"width": width, "height": height})
            shot = lambda name: page.screenshot(path=str(out / f"{name}-{width}.png"), full_page=True)  # noqa: E731
            page.goto(f"{base}/?lang={lang}")
            shot("start")
            page.click("main form button[type=submit]")
            shot("question-country")
            seen_date = False
            for _ in range(40):
                fact = _fact(page)
                if fact is None:
                    break
                if not seen_date and page.locator("input[name=day]").count():
                    shot("question-date")
                    seen_date = True
                _answer(page, fact, P01.get(fact))
            shot("review")
            page.click("form[action='/results'] button")
            shot("results")
            page.click("form[action='/print'] button")
            shot("print")
            page.goto(f"{base}/no-such-page")
            shot("error")
            page.goto(f"{base}/?lang=ar")
            shot("start-ar")
            extra_pages(page, base, shot, lang)
        a4 = browser.new_page(viewport={"width": 794, "height": 1123})
        printouts(a4, base, lambda name, pg=a4: pg.screenshot(path=str(out / f"{name}-a4.png"), full_page=True), lang)
        journeys(browser, base, out)
        browser.close()
    server.shutdown()


def journeys(browser, base, out):
    """Phone screens (360x740, what shows before any scrolling) of the interview journeys of
    features/web/preguntas.feature: the first date, the permits, where the person is, a language change."""
    from tests.journey_steps import PEOPLE, _answer
    from tests.web_steps import _fact
    plan = (("un sirio de 30 años en São Paulo", "ar", {"in_host_country", "entry_date"}),
            ("un haitiano en São Paulo", "ht", {"statuses", "entry_date"}),
            ("alguien que no sabe el país y está en Argentina", "fr", {"current_country", "entry_date"}),
            ("una venezolana adulta en Bogotá que no dice su edad", "es", {"co_child_in_school_or_protection",
                                                                          "statuses"}))
    for who, lang, wanted in plan:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        page.goto(f"{base}/?lang={lang}")
        page.click("main form button[type=submit]")
        for _ in range(40):
            fact = _fact(page)
            if fact is None:
                page.screenshot(path=str(out / f"journey-{lang}-review-360.png"))
                page.click("nav.langs button[value=es]")
                page.wait_for_load_state("load")
                page.screenshot(path=str(out / f"journey-{lang}-review-then-es-360.png"))
                break
            if fact in wanted:
                page.screenshot(path=str(out / f"journey-{lang}-{fact}-360.png"))
            _answer(page, fact, PEOPLE[who].get(fact))
        page.close()
    print(f"saved {len(list(out.glob('*.png')))} screenshots in {out}")


def extra_pages(page, base, shot, lang):
    """The results of a host we do not cover, and a receipt reopened on a picked date."""
    import datetime as dt

    from tests.web_steps import P01, _fact
    from web import state as S
    page.goto(f"{base}/?lang={lang}")
    page.click("main form button[type=submit]")
    page.select_option("select[name=value]", "CA")
    page.click("button[value=answer]")
    while _fact(page) is not None:
        page.click("button[value=dontknow]")
    page.click("form[action='/results'] button")
    shot("results-uncovered")
    from navigator.evaluate import Navigator
    from navigator.loader import PATHWAYS_DIR
    code = S.receipt(S.State(dict(P01)), dt.date(2024, 10, 15), Navigator(PATHWAYS_DIR).rulebooks.sha256, "screenshots")
    for day, name in (("2024-09-15", "results-not-yet"), ("2026-01-01", "results-no-longer")):
        page.goto(f"{base}/reopen")
        page.fill("textarea[name=code]", code)
        page.fill("input[name=as_of]", day)
        page.click("main button[type=submit]")
        shot(name)


def printouts(page, base, shot, lang):
    """The kiosk printout and the clinic referral of P01, as they print (A4 width, print media)."""
    from tests.web_steps import P01, _answer, _fact
    page.goto(f"{base}/?lang={lang}")
    page.click("main form button[type=submit]")
    while (fact := _fact(page)) is not None:
        _answer(page, fact, P01.get(fact))
    page.click("form[action='/results'] button")
    page.click("form[action='/print'] button")
    page.emulate_media(media="print")
    shot("print")
    page.emulate_media(media="screen")
    page.goto(f"{base}/clinic/?lang={lang}")
    page.fill("input[name=as_of]", "2024-10-15")
    for fact, value in P01.items():
        field = page.locator(f"#f-{fact}")
        if field.count():
            text = ("yes" if value else "no") if isinstance(value, bool) else \
                ("none" if value == [] else ", ".join(value) if isinstance(value, list) else str(value))
            field.select_option(text) if field.evaluate("e => e.tagName") == "SELECT" else field.fill(text)
    page.click("form.clinic-form button.button-primary")
    with page.context.expect_page() as new:
        page.click("form.clinic-form button[formaction$='/clinic/print']")
    clinic = new.value
    clinic.set_viewport_size({"width": 794, "height": 1123})
    clinic.wait_for_load_state("load")
    clinic.emulate_media(media="print")
    shot("clinic-print", clinic)


if __name__ == "__main__":
    main()
