"""`make screenshots`: save the key pages at 360x740 and 1280x800 in headless Chromium, to look at them.

Pages: start, a question (country), a date question, check-your-answers, results, print view, an error
page, and the Arabic (right-to-left) start page; then phone screens of the interview journeys. Output: screenshots/<page>-<width>.png (not committed).
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


if __name__ == "__main__":
    main()
