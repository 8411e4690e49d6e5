"""Pages in every language, static files cached under their fingerprint, and the answers token
(web/state.py): encrypted, bound to the browser, expiring, with key rotation."""
import base64
import datetime as dt
import hashlib
import re
import time
from pathlib import Path

import flask
import pytest

from web import create_app
from web import state as S


@pytest.fixture(scope="module")
def app(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret"}, navigator=navigator)


def test_every_language_gets_its_own_pages(app, navigator):
    client = app.test_client()
    pages = {lang: client.get(f"/?lang={lang}").get_data(as_text=True) for lang in ("es", "pt", "en", "fr", "ht")}
    assert "Salir y empezar de nuevo" in pages["es"]
    assert "Exit and start over" in pages["en"]
    assert len({p for p in pages.values()}) == 5


def test_static_files_are_fingerprinted_and_cached_for_a_year_pages_stay_no_store(app):
    """Issue 15 defect: the CSS and script were `no-store` like the pages, so every step downloaded them again."""
    client = app.test_client()
    page = client.get("/?lang=es")
    assert page.headers["Cache-Control"] == "no-store"
    html = page.get_data(as_text=True)
    links = re.findall(r'(?:href|src)="(/static/[^"]+)"', html)
    assert "/static/style.css" in {link.split("?")[0] for link in links}
    with app.test_request_context("/"):
        links.append(flask.url_for("static", filename="kiosk.js"))      # on every page of the interview
    for link in links:
        path, _, query = link.partition("?")
        digest = hashlib.sha256((Path(app.static_folder) / path.removeprefix("/static/")).read_bytes()).hexdigest()
        assert query == "v=" + digest[:12]                       # the file's own hash is in its URL
        r = client.get(link)
        assert r.status_code == 200
        assert r.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert "Pragma" not in r.headers and r.headers["X-Content-Type-Options"] == "nosniff"
    for stale in ("/static/style.css", "/static/style.css?v=000000000000", "/static/style.css?v=x&y=1"):
        assert "immutable" not in client.get(stale).headers["Cache-Control"]     # an old URL is never kept
    assert client.get("/static/nothing.css?v=abc").status_code == 404
    assert client.get("/static/nothing.css?v=abc").headers["Cache-Control"] == "no-store"


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


def test_stylesheets_are_sent_minified_and_cached_under_their_hash():
    from web import create_app
    app = create_app({"TESTING": True, "SECRET_KEY": "css"})
    client = app.test_client()
    page = client.get("/").get_data(as_text=True)
    href = re.search(r'href="(/static/style\.css\?v=\w+)"', page).group(1)
    resp = client.get(href)
    body = resp.get_data(as_text=True)
    source = (Path(__file__).resolve().parent.parent / "web" / "static" / "style.css").read_text()
    assert resp.mimetype == "text/css" and "immutable" in resp.headers["Cache-Control"]
    assert "/*" not in body and "\n" not in body and len(body) < len(source)
    assert ".visually-hidden" in body and "@media print" in body        # rules kept, only spacing gone
