"""Templates compiled per language (web/localised.py) and the answers token (web/state.py): the shortcuts taken
for speed must give exactly the page and the checks the plain way gives."""
import base64
import datetime as dt
import time

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


def test_answers_token_is_encrypted_bound_and_refuses_tampering():
    state = S.State({"host_country": "AR", "nationalities": ["VE"], "birth_date": "1990-05-01"}, ["statuses"],
                    ["host_country", "nationalities", "statuses"])
    token = S.dumps(state, "k", "browser-A")
    assert S.loads(token, "k", "browser-A") == state
    clear = base64.urlsafe_b64decode(token + "==")
    # encrypted, not signed: no plaintext run survives (short runs like b"AR" can occur by chance in ciphertext)
    assert b"1990-05-01" not in clear and b'"AR"' not in clear and b"host_country" not in clear
    forged = S.dumps(S.State({"host_country": "BR"}), "other-secret", "browser-A")
    for bad in (token[:-4] + token[-4:][::-1], forged, token + "x", token[:40], "é" + token, ".", "a.b.c", token[1:]):
        with pytest.raises(ValueError):
            S.loads(bad, "k", "browser-A")
    with pytest.raises(ValueError):
        S.loads(token, "another-key", "browser-A")
    with pytest.raises(ValueError, match="another browser"):
        S.loads(token, "k", "browser-B")
    with pytest.raises(ValueError, match="another browser"):
        S.loads(token, "k", None)                 # after Exit the browser has no token any more
    assert S.loads("", "k", "browser-A") == S.State()


def test_answers_token_expires_after_the_idle_time():
    token = S.dumps(S.State({"host_country": "AR"}), "k", "b")
    assert S.loads(token, "k", "b", ttl=180).answers == {"host_country": "AR"}
    cipher = S._cipher(("k",), S.STATE_PURPOSE)
    old = cipher.encrypt_at_time(b'{"a":{},"s":[],"h":[],"b":"b"}', int(time.time()) - 181).decode()
    with pytest.raises(S.Expired):
        S.loads(old, "k", "b", ttl=180)
    assert S.loads(old, "k", "b", ttl=182) == S.State()


def test_key_rotation_reads_old_receipts_and_writes_with_the_new_key():
    state = S.State({"host_country": "AR", "birth_date": "1977-07-07"})
    old = S.receipt(state, dt.date(2025, 1, 1), "abc", "old-key")
    assert S.open_receipt(old, ("new-key", "old-key"))[0] == state
    new = S.receipt(state, dt.date(2025, 1, 1), "abc", ("new-key", "old-key"))
    assert S.open_receipt(new, "new-key")[0] == state
    with pytest.raises(ValueError):
        S.open_receipt(new, "old-key")                  # written with the new key only
    with pytest.raises(ValueError):
        S.loads(new, "new-key", "")                     # a receipt is not a page token (one key per purpose)
    assert b"1977" not in base64.urlsafe_b64decode(new + "==")


def test_receipt_expires_after_the_clinics_period():
    state = S.State({"host_country": "AR"})
    code = S.receipt(state, dt.date(2025, 1, 1), "abc", "k")
    assert S.open_receipt(code, "k", ttl=90 * 86400)[1] == dt.date(2025, 1, 1)
    cipher = S._cipher(("k",), S.RECEIPT_PURPOSE)
    raw = cipher.decrypt(code.encode())
    stale = cipher.encrypt_at_time(raw, int(time.time()) - 90 * 86400 - 1).decode()
    with pytest.raises(S.Expired):
        S.open_receipt(stale, "k", ttl=90 * 86400)
    assert S.open_receipt(" " + stale[:30] + "\n" + stale[30:], "k", ttl=91 * 86400)[0] == state   # typed from paper
