"""Templates compiled per language (web/localised.py) and the answers token (web/state.py): the shortcuts taken
for speed must give exactly the page and the checks the plain way gives."""
import pytest
from flask import render_template_string, url_for

from web import create_app
from web import state as S
from web.localised import LocalisedEnvironment


@pytest.fixture(scope="module")
def app(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret"}, navigator=navigator)


def _compiled(app, lang, source):
    """Python source of `source` compiled for `lang` with the request-time folding."""
    return app.jinja_env.for_language(lang).compile(source, raw=True)


def test_constant_strings_are_translated_once_at_compile_time(app):
    code = _compiled(app, "es", '{{ _("Continue") }} {{ _("Question %(n)s", n=2) }} {{ tr._("Continue") }}')
    assert "Continuar" in code                      # folded into the static text
    assert "Question %(n)s" in code                  # a parameter: still translated per request
    assert code.count("'Continue'") == 1             # a method `tr._` is not the global `_`: left alone


def test_folded_page_equals_the_plain_page(app):
    """The same template rendered the plain way (base environment) and folded (per language) gives one page."""
    source = ('<a href="{{ url_for("kiosk.start", timeout=1) }}">{{ _("Skip to content") }}</a>'
              '<link href="{{ url_for("static", filename="style.css") }}">{{ _("Yes") }}{{ _("Question %(n)s", n=3) }}')
    for lang in ("es", "ht", "ar"):
        for root in ("", "/kiosk"):
            with app.test_request_context(f"/?lang={lang}", base_url=f"http://localhost{root}"):
                plain = app.jinja_env.from_string(source).render(app.jinja_env.globals, **_context(app))
                env = app.jinja_env.for_language(lang)
                folded = env.from_string(source).render(**_context(app))
                assert folded == plain
                assert url_for("static", filename="style.css") in folded
                assert folded.startswith(f'<a href="{root}/?timeout=1">')


def _context(app):
    ctx = {}
    app.update_template_context(ctx)
    return ctx


def test_url_that_cannot_be_built_now_is_left_to_request_time(app):
    code = _compiled(app, "en", '{{ url_for("no.such.endpoint") }} {{ url_for("kiosk.start", lang=code) }}')
    assert code.count("url_for") >= 2


def test_every_language_gets_its_own_compiled_pages(app, navigator):
    client = app.test_client()
    pages = {lang: client.get(f"/?lang={lang}").get_data(as_text=True) for lang in ("es", "pt", "en", "fr", "ht")}
    assert "Salir y empezar de nuevo" in pages["es"]
    assert "Exit and start over" in pages["en"]
    assert len({p for p in pages.values()}) == 5


def test_dict_items_read_like_attributes_without_changing_meaning(app):
    env = app.jinja_env.for_language("en")
    source = "{{ d.title }}|{{ d.missing is undefined }}|{{ d.items()|list|length }}|{{ d.keys is callable }}"
    with app.test_request_context("/"):
        assert env.from_string(source).render(d={"title": "T", "items": "shadow"}) == "T|True|2|True"
        assert LocalisedEnvironment.getattr(env, {"a": 1}, "a") == 1


def test_answers_token_round_trips_and_refuses_tampering():
    state = S.State({"host_country": "AR", "nationalities": ["VE"], "birth_date": "1990-05-01"}, ["statuses"],
                    ["host_country", "nationalities", "statuses"])
    token = S.dumps(state, "k")
    assert S.loads(token, "k") == state
    payload, tag = token.rsplit(".", 1)
    forged = S.dumps(S.State({"host_country": "BR"}), "other-secret").rsplit(".", 1)[0]
    for bad in (payload + "." + tag[::-1], forged + "." + tag, token + "x", payload, "é." + tag, "." , "a.b.c"):
        with pytest.raises(ValueError):
            S.loads(bad, "k")
    with pytest.raises(ValueError):
        S.loads(token, "another-key")
    assert S.loads("", "k") == S.State()
