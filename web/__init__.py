"""The web front end: a guided interview for kiosks and phones, and its results, built with an app factory.

Nothing about the person is kept on the server: answers travel only in a signed hidden field of each
POST form (never in a URL, a log or a server-side session), and every response says `no-store`.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import secrets
from functools import cached_property, lru_cache
from pathlib import Path

from flask import Flask, Request, Response, current_app, make_response, render_template, request
from flask.globals import _cv_request
from flask.sessions import SessionInterface
from werkzeug.exceptions import HTTPException

from navigator.evaluate import Navigator
from navigator.i18n import LANGUAGES, RTL, Translator

from .bidi import BidiEnvironment, markup_aware, set_page_direction

STATIC_MAX_AGE = 365 * 86400   # a fingerprinted static file never changes under its URL: cached for a year
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class SecurityHeaders:
    """WSGI middleware putting the security headers on every response, error pages and static files included.
    Prebuilt once: nine validated header writes per response were 15 µs of every request (measured)."""

    NAMES = frozenset(name.lower() for name in SECURITY_HEADERS)
    HEADERS = list(SECURITY_HEADERS.items())

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    STATIC_HEADERS = [(k, v) for k, v in HEADERS if k not in ("Cache-Control", "Pragma")] + [
        ("Cache-Control", f"public, max-age={STATIC_MAX_AGE}, immutable")]

    def __call__(self, environ, start_response):
        fixed = self.HEADERS
        if environ.get("PATH_INFO", "").startswith("/static/") and _fingerprinted(environ):
            fixed = self.STATIC_HEADERS        # pages stay no-store; a CSS or script under its hash is kept

        def start(status, headers, exc_info=None):
            headers = [h for h in headers if h[0].lower() not in self.NAMES] + (fixed if status[:1] == "2" else self.HEADERS)
            if status[:1] == "3":
                headers = [(k, _relative(v)) if k.lower() == "location" else (k, v) for k, v in headers]
            return start_response(status, headers, exc_info)
        return self.wsgi_app(environ, start)


@lru_cache(maxsize=64)
def static_version(folder: str, filename: str) -> str | None:
    """The first 12 hex digits of a static file's sha256: its fingerprint in every URL to it (`?v=`), so a
    changed file gets a new URL and an unchanged one is never downloaded again."""
    path = Path(folder, filename)
    if ".." in Path(filename).parts or not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


_STATIC_FOLDER = str(Path(__file__).parent / "static")


@lru_cache(maxsize=16)
def minified_css(folder: str, filename: str, version: str) -> bytes:
    """A stylesheet as it goes out: without comments and indentation (the file stays readable for the people
    who edit it). Conservative: whitespace runs become one space, and only the space around `{ } ; ,` goes,
    never around `:` (a descendant `.card :focus` is not `.card:focus`). `version` keys the cache."""
    text = Path(folder, filename).read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s*([{};,])\s*", r"\1", text).strip()
    # inside a declaration block (an innermost `{...}`, never a selector): `a: b` is `a:b`, `0.5rem` is
    # `.5rem`, and the last `;` goes
    return re.sub(r"\{[^{}]*\}", lambda m: re.sub(r"(?<=[\s:,(])0\.(?=\d)", ".", re.sub(r":\s+", ":", m.group(0)))
                  .replace(";}", "}"), text).encode("utf-8")


def _fingerprinted(environ) -> bool:
    """The request names a static file with its current fingerprint (an old or missing one is not cached)."""
    query = environ.get("QUERY_STRING", "")
    if not query.startswith("v=") or "&" in query:
        return False
    return query[2:] == static_version(_STATIC_FOLDER, environ["PATH_INFO"][len("/static/"):])


def _relative(location: str) -> str:
    """A redirect names a path on this site, never the Host header the client sent (werkzeug's trailing-slash
    redirect builds `http://<Host>/clinic/`): the scheme and host are dropped."""
    if location.startswith(("http://", "https://")):
        path = location.split("://", 1)[1]
        path = path[path.find("/"):] if "/" in path else "/"
        return "/" + path.lstrip("/")        # never `//evil.example`, which a browser reads as another host
    return location


def _secret_key(app) -> str:
    """Derives the keys of answer tokens and receipts; stable across restarts so a printed receipt can be
    reopened: NAVIGATOR_SECRET_KEY, else a key generated once in the instance folder."""
    path = Path(app.instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def _receipt_days(value) -> int:
    """How long a printed receipt opens: NAVIGATOR_RECEIPT_DAYS (a clinic's choice), 90 days by default."""
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= 3660:
        raise ValueError(f"NAVIGATOR_RECEIPT_DAYS={text!r}: expected a whole number of days from 1 to 3660")
    return int(text)


def _env_value(text: str):
    """NAVIGATOR_* settings: whole numbers, true/false and JSON lists or objects are parsed, anything else stays
    text (a secret key of digits and letters must not become a number; Flask keeps the text when this raises)."""
    if text.isdigit() or text in ("true", "false") or text.startswith(("[", "{")):
        return json.loads(text)
    raise ValueError(text)


def select_locale(req):
    """Form or query `lang`, then the cookie, then the kiosk's default (DEFAULT_LANGUAGE), then Accept-Language.
    After the idle wipe (`?timeout=1`) the cookie is not read: the next person gets the kiosk's language."""
    try:
        lang = req.form.get("lang") if req.method == "POST" else req.args.get("lang")
    except Exception:  # noqa: BLE001  (a body too large or malformed: fall back to cookie / header)
        lang = None
    if lang in LANGUAGES:
        return lang
    lang = req.cookies.get("lang") if "timeout" not in req.args else None
    if lang in LANGUAGES:
        return lang
    default = current_app.config.get("DEFAULT_LANGUAGE")
    if default in LANGUAGES:
        return default
    return req.accept_languages.best_match(list(LANGUAGES)) or "en"


class NavigatorRequest(Request):
    @cached_property
    def lang(self) -> str:
        """The page's language, chosen once per request (Flask-Babel's lookup cost 5% of a step, measured)."""
        return select_locale(self)

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        """An uploaded file stays in memory (werkzeug spools one over 500 KB to a temporary file on disk); the
        body limit (2 MiB for the clinic's case list) bounds it."""
        return io.BytesIO()

    @cached_property
    def navigator(self) -> Navigator:
        """The rulebook set for this whole request, even if a live reload swaps it meanwhile."""
        return current_app.extensions["navigator"]


class NavigatorApp(Flask):
    """Flask, with the page's language on the request (and rulebook text isolated on right-to-left pages)."""
    request_class = NavigatorRequest
    jinja_environment = BidiEnvironment


def create_app(config: dict | None = None, navigator: Navigator | None = None) -> Flask:
    app = NavigatorApp(__name__, instance_relative_config=True)
    app.config.update(
        MAX_CONTENT_LENGTH=64 * 1024,           # a form post is small; anything bigger is refused (413)
        MAX_FORM_MEMORY_SIZE=64 * 1024,
        MAX_FORM_PARTS=200,
        IDLE_SECONDS=120,
        RECEIPT_DAYS=90,
    )
    # Settings from the environment: NAVIGATOR_SECRET_KEY, NAVIGATOR_OLD_SECRET_KEYS, NAVIGATOR_RECEIPT_DAYS,
    # NAVIGATOR_LANGUAGE, NAVIGATOR_RULEBOOKS, NAVIGATOR_LIVE_RELOAD... become SECRET_KEY, OLD_SECRET_KEYS, ...
    app.config.from_prefixed_env("NAVIGATOR", loads=_env_value)
    if "LANGUAGE" in app.config:                         # the kiosk's language (NAVIGATOR_LANGUAGE)
        app.config.setdefault("DEFAULT_LANGUAGE", app.config["LANGUAGE"] or None)
    if config:
        app.config.update(config)
    app.config["RECEIPT_DAYS"] = _receipt_days(app.config["RECEIPT_DAYS"])
    if app.config.get("SECRET_KEY") is not None and not isinstance(app.config["SECRET_KEY"], (str, bytes)):
        app.config["SECRET_KEY"] = str(app.config["SECRET_KEY"])   # digits only: a key, not a number
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key(app)
    old = app.config.get("OLD_SECRET_KEYS") or ()
    if isinstance(old, str):                             # space- or comma-separated in the environment
        old = old.replace(",", " ").split()
    app.config["SECRET_KEYS"] = (app.config["SECRET_KEY"], *old)      # encrypt with the first, read with any
    app.config.setdefault("STATE_SECONDS", app.config["IDLE_SECONDS"] + 60)
    from navigator.loader import PATHWAYS_DIR, RULES_DIR
    rulebooks_dir = Path(app.config.get("RULEBOOKS") or PATHWAYS_DIR)
    rules_dir = Path(app.config.get("RULES") or RULES_DIR)       # the vocabulary and bloc tables
    app.extensions["navigator"] = navigator or Navigator(rulebooks_dir, rules_dir=rules_dir)
    if app.config.get("LIVE_RELOAD", navigator is None):
        from navigator.reload import Reloader
        reloader = Reloader(app.extensions, "navigator", rulebooks_dir, rules_dir,
                            interval=app.config.get("RELOAD_INTERVAL", 2.0))
        app.extensions["reloader"] = reloader
        app.before_request(reloader.poll)
    app.session_interface = _NoSession()
    app.jinja_env.globals["url_for"] = template_url_for(app)

    @app.context_processor
    def translations():
        """Interface strings from the same .po catalogs the CLI uses (compiled in memory, no .mo files)."""
        set_page_direction(request.lang)
        return _template_globals(request.lang)

    @app.teardown_request
    def left_to_right(_exc):
        """A render outside a request (a later one in the same thread) is left-to-right again."""
        set_page_direction(None)
    from .outcome import register
    register(app)                    # the date filters: dates in words in the page's language

    @app.url_defaults
    def static_fingerprint(endpoint, values):
        """Every link to a static file carries the file's hash (cached for a year, see SecurityHeaders)."""
        if endpoint == "static" and "filename" in values and "v" not in values:
            version = static_version(app.static_folder, values["filename"])
            if version:
                values["v"] = version
    logging.getLogger("werkzeug").addFilter(_NoQueryStrings())

    from . import api, clinic, csrf, views
    csrf.init_app(app)          # app-wide: every form post is checked, whichever blueprint serves it
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(clinic.bp)

    serve_static = app.view_functions["static"]

    def static(filename):
        """Stylesheets are sent minified (fewer bytes on a slow network: the page budget counts them)."""
        version = static_version(app.static_folder, filename) if filename.endswith(".css") else None
        if version:
            return Response(minified_css(app.static_folder, filename, version), mimetype="text/css")
        return serve_static(filename=filename)
    app.view_functions["static"] = static

    app.wsgi_app = SecurityHeaders(app.wsgi_app)

    @app.errorhandler(HTTPException)
    def http_error(exc):
        if request.path.startswith("/api/"):
            resp = api.problem(exc.code, exc.name, exc.description or exc.name)
        else:
            resp = make_response(render_template("error.html", code=exc.code, description=exc.description), exc.code)
        if getattr(exc, "valid_methods", None):      # 405 must say what is allowed (RFC 9110)
            resp.headers["Allow"] = ", ".join(exc.valid_methods)
        return resp

    @app.errorhandler(Exception)
    def internal_error(exc):
        app.logger.error("internal error: %s", type(exc).__name__)   # never the request body
        if app.config.get("DEBUG_ERRORS"):
            raise exc
        if request.path.startswith("/api/"):         # RFC 9457 there too, never an HTML page
            return api.problem(500, "Internal error", "the request could not be answered; nothing was kept")
        try:
            return render_template("error.html", code=500, description=None), 500
        except Exception:  # noqa: BLE001  (the error page itself must not fail)
            return "Something went wrong. Nothing you answered was saved.", 500, {"Content-Type": "text/plain"}

    return app


def warm_up(app: Flask) -> Flask:
    """Do now what the first visitor in each language would otherwise wait for after a restart: parse the
    .po catalogs, compile the templates, sort the country lists (over a second in all, measured)."""
    from .questions import country_options, date_parts, months
    for lang in LANGUAGES:
        Translator(lang)
        country_options(lang)
        date_parts(lang)
        months(lang)
    for name in app.jinja_env.list_templates():
        app.jinja_env.get_template(name)
    return app


def template_url_for(app: Flask):
    """The templates' `url_for`: a link made once per endpoint, arguments and mount point (SCRIPT_NAME), then
    reused. A page links to the same nine places every time, and building each link through Flask and werkzeug
    was about a fifth of rendering a question page (issue 15, docs/adr/0006-web-request-cost.md). A link never
    depends on the person; the static fingerprint in it is fixed per process (`static_version`). Relative
    (`.x`), external or anchored links, and arguments that are not plain values, go to Flask's own `url_for`."""
    made: dict = {}
    url_for = app.url_for

    def cached_url_for(endpoint: str, **values) -> str:
        ctx = _cv_request.get(None)
        if ctx is None or endpoint[:1] == "." or any(k[:1] == "_" for k in values):
            return url_for(endpoint, **values)
        try:
            key = (ctx.request.environ.get("SCRIPT_NAME", ""), endpoint, *values.items())
            return made[key]
        except TypeError:            # an argument that cannot be a key (a list): built every time
            return url_for(endpoint, **values)
        except KeyError:
            pass
        if len(made) > 512:          # bounded whatever the mount points a proxy sends
            made.clear()
        link = made[key] = url_for(endpoint, **values)
        return link
    return cached_url_for


@lru_cache(maxsize=16)
def _template_globals(lang: str) -> dict:
    """What every template of one language needs; the same for every request, so built once per language."""
    from .questions import country_options
    tr = Translator(lang)
    return {"_": markup_aware(tr._) if lang in RTL else tr._, "tr": tr, "lang": lang, "rtl": lang in RTL, "languages": LANGUAGES,
            "country_options": country_options,
            "marks": {"met": ("✔", tr._("met")), "not_met": ("✘", tr._("not met")), "unknown": ("?", tr._("unknown"))}}


class _NoSession(SessionInterface):
    """No Flask session at all (CSRF has its own cookie, web/csrf.py): nothing to open, sign or save."""

    def open_session(self, app, request):
        return self.make_null_session(app)

    def save_session(self, app, session, response):
        return None


class _NoQueryStrings(logging.Filter):
    """Access logs keep method and path only; answers are never in URLs, and this makes sure."""

    def filter(self, record):
        if isinstance(record.args, tuple) and record.args and isinstance(record.args[0], str) and "?" in record.args[0]:
            record.args = (record.args[0].split("?", 1)[0] + '"',) + record.args[1:] if record.args[0].endswith('"') \
                else (record.args[0].split("?", 1)[0],) + record.args[1:]
        return True
