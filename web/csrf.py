"""CSRF protection as a signed double-submit cookie (OWASP's stateless pattern): the browser holds a random
token in an HttpOnly, SameSite=Strict cookie, signed with the app's key, and every form sends the same token.

Nothing is stored on the server. It replaces Flask's session cookie, whose general-purpose serialiser cost
a tenth of an interview step under load (bench/load_bench.py) for one random string.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import abort, current_app, g, request

COOKIE = "csrf"
UPLOAD_LIMITS: dict = {}     # endpoint -> a larger body limit (the clinic's case list); set before the form is read


def init_app(app):
    """Installed by the app factory for the whole app: every form post (not the cookie-less JSON API) must
    carry this browser's token; the browser gets its cookie with its first page; templates get `csrf_token`."""
    app.before_request(check)
    app.after_request(set_cookie)
    app.context_processor(lambda: {"csrf_token": token()})


def check():
    limit = UPLOAD_LIMITS.get(request.endpoint)
    if limit:             # before the form is read (below): a larger body only where an upload is expected
        request.max_content_length = request.max_form_memory_size = limit
    if request.method == "POST" and not request.path.startswith("/api/"):   # the JSON API holds no cookies: no CSRF
        if not valid():
            abort(400, description="csrf")


_KEYED: dict = {}


def _signature(token: str) -> str:
    key = current_app.config["SECRET_KEY"]
    keyed = _KEYED.get(key)
    if keyed is None:      # the HMAC keyed once per secret, copied per token
        keyed = _KEYED[key] = hmac.new(key.encode() if isinstance(key, str) else key, b"csrf:", hashlib.sha256)
    mac = keyed.copy()
    mac.update(token.encode())
    return mac.hexdigest()[:32]


def _from_cookie() -> str | None:
    """The browser's token if its cookie carries our signature (checked once per request)."""
    if "csrf_cookie" not in g:
        token, _, sig = request.cookies.get(COOKIE, "").partition(".")
        g.csrf_cookie = token if token and len(token) <= 64 and _same(sig, _signature(token)) else None
    return g.csrf_cookie


def token() -> str:
    """This browser's token, created (and sent back as a cookie) on its first page."""
    if "csrf_token" not in g:
        g.csrf_token = _from_cookie()
        if g.csrf_token is None:
            g.csrf_token = g.csrf_new = secrets.token_urlsafe(24)
    return g.csrf_token


def browser() -> str | None:
    """The token of the browser sending this request (None without a valid cookie): page tokens name it."""
    return _from_cookie()


def renew():
    """Forget this browser's token for the rest of the request: a new one is made and sent (the idle wipe)."""
    g.csrf_cookie = None
    g.pop("csrf_token", None)


def valid() -> bool:
    sent, mine = request.form.get("csrf", ""), _from_cookie()
    return bool(sent and mine and _same(sent, mine))


def _same(a: str, b: str) -> bool:
    """Constant-time equality that also takes non-ASCII text (hmac.compare_digest raises TypeError on it: a
    form field "\x80" was a 500, found by tests/test_fuzz.py)."""
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


def set_cookie(resp):
    new = g.get("csrf_new")
    if new and not g.get("csrf_dropped"):
        resp.set_cookie(COOKIE, f"{new}.{_signature(new)}", httponly=True, samesite="Strict",
                        secure=request.is_secure)
    return resp


def drop(resp):
    """Start over: forget the token, so the next visitor at this kiosk gets a new one."""
    g.csrf_dropped = True
    resp.delete_cookie(COOKIE, httponly=True, samesite="Strict")
    return resp
