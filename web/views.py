"""Kiosk and phone interview: start, one question per screen, check your answers, results, print.

Every step is a POST carrying the signed answers in a hidden field; nothing is stored server-side.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.dates import format_date
from flask import Blueprint, abort, current_app, make_response, redirect, render_template, request, url_for
from markupsafe import Markup

from navigator import interview as I
from navigator.evaluate import Evaluation
from navigator.explain import ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED
from navigator.i18n import Translator
from navigator.interview import first_open, next_question, open_results, questions_for_full_form
from navigator.problems import InputError
from navigator.render import ORDER, pathway_dict

from . import LANGUAGES, csrf
from . import questions as Q
from . import state as S
from .answers import from_text_lenient as _from_text_lenient  # noqa: F401
from .answers import grantable as _grantable
from .answers import opened_receipt, usable
from .outcome import extend, posted_as_of, qr_svg

bp = Blueprint("kiosk", __name__)


def nav():
    return request.navigator


@bp.app_context_processor
def inject():
    return {"idle_seconds": current_app.config["IDLE_SECONDS"]}


UPLOAD_LIMITS = csrf.UPLOAD_LIMITS      # the CSRF check (installed by create_app) applies them first


def _lang():
    return request.lang


def keys():
    """The current secret first, then older ones still accepted (key rotation, web/state.py)."""
    return current_app.config["SECRET_KEYS"]


def _state():
    """The posted answers; a token from another browser, from before Exit or the idle wipe, or older than the
    idle time (plus a minute's grace for someone still typing) gives the 'page has expired' page."""
    try:
        return S.loads(request.form.get("state"), keys(), csrf.browser(), current_app.config["STATE_SECONDS"])
    except ValueError:
        abort(400, description="state")


def _as_of():
    return dt.date.today()


def _statuses_of(facts, as_of):
    """{pathway id: status} of the host's pathways (what a month-only date must not change to be taken)."""
    try:
        return {r.pathway.id: r.status for r in nav().screen(facts, as_of).results}
    except InputError:
        return None


def engine_answers(answers, as_of):
    """The answers as the engine takes them: a month-and-year date becomes a day where the day cannot change a
    result, and stays unknown where it could (navigator/interview.py). Returns (answers, facts left unknown)."""
    return I.resolve_months(answers, lambda facts: _statuses_of(facts, as_of))


def _evaluate(state):
    """Screen the answers for the next question; an answer the checker refuses is dropped and reported, never
    guessed. While place or nationality is still to be asked, that is the next question whatever the other
    answers say, so the answers are only checked, not evaluated. Returns (evaluation, refused, unknown months)."""
    answers, months = engine_answers(dict(state.answers), _as_of())
    asking_first = first_open(answers, state.skipped, _host_cities(state), _needless(state))

    def screen(facts):
        if asking_first:
            return Evaluation(_as_of(), nav().check_answers(facts, _as_of()), [], "none", nav().rulebooks.sha256)
        return nav().screen(facts, _as_of())
    try:
        return screen(answers), None, months
    except InputError as err:
        bad = {e.field.split("[")[0].split(".")[0] for e in err.errors}
        for field in bad:
            answers.pop(field, None)
            state.answers.pop(field, None)
        return screen(answers), err, months


def _page(template, state, **kw):
    kw.setdefault("page", template.split(".")[0])    # the language bar re-renders this page in another language
    token = S.dumps(state, keys(), csrf.token())
    # every form of the page carries the same two fields: built once, not once per form
    hidden = Markup('<input type="hidden" name="csrf" value="%s">\n<input type="hidden" name="state" value="%s">') % (
        csrf.token(), token)
    resp = make_response(render_template(template, hidden_fields=hidden, **kw))
    return remember_language(resp, request.form.get("lang"))


def remember_language(resp, chosen):
    """A language picked on a page (or `?lang=`) is kept in a cookie for the pages that follow."""
    if chosen in LANGUAGES:
        resp.set_cookie("lang", chosen, max_age=365 * 86400, samesite="Strict", httponly=True)
    return resp


@bp.get("/")
def start():
    timed_out = "timeout" in request.args
    if timed_out:       # the idle wipe without JavaScript (a timed refresh): forget this browser as Exit does
        csrf.renew()
    resp = make_response(render_template("start.html", timed_out=timed_out))
    if timed_out:
        forget(resp)
    return remember_language(resp, request.args.get("lang"))


def forget(resp):
    """What Exit and the idle wipe leave behind: no language choice, nothing in the browser's caches (the
    back-forward cache included), and the browser's CSRF cookie gone, which every earlier page token names."""
    resp.delete_cookie("lang", samesite="Strict", httponly=True)
    resp.headers["Clear-Site-Data"] = '"cache"'
    return resp


@bp.post("/exit")
def exit_():
    """Start over: the answers lived only in the page, so dropping the page and the browser's token wipes them."""
    target = url_for("kiosk.start", timeout=1) if request.form.get("timeout") else url_for("kiosk.start")
    return forget(csrf.drop(redirect(target, code=303)))


def _host_cities(state):
    return nav().rulebooks.cities(state.answers.get("host_country"))


def _needless(state):
    """Place-and-nationality questions the host's pathways cannot use (nationality in the United States)."""
    return I.needless_first(nav(), state.answers.get("host_country"))


def permanent(status_id: str) -> bool:
    """A permanent (indefinite-term) residence, by the rulebooks' naming: it has no expiry date to ask for."""
    return ".permanent_residence." in f".{status_id}."


def question_page(state, fact_id, error=None, error_args=None, form=None):
    vocab = nav().vocab
    fact = vocab[fact_id]
    lang = _lang()
    host = state.answers.get("host_country")
    statuses = _grantable(host, lang) if fact.type == "statuses" else ()
    choices = fact.values or ()
    if fact_id == "city" and host:          # only the cities of that country, and "another city"
        choices = [c for c in choices if c in _host_cities(state) or c == "other"]
    asked = [f for f in state.history if f in state.answers or f in state.skipped]
    step = asked.index(fact_id) + 1 if fact_id in asked else len(asked) + 1
    differs = Translator(lang).content(f"fact.{fact_id}:differs", fact.differs) \
        if fact.differs and any(s in state.answers for s in fact.sources) else ""
    return _page("question.html", state, fact=fact, widget=Q.widget(fact), error=error, error_args=error_args or {},
                 choices=choices, differs=differs, form=form or {},
                 current=state.answers.get(fact_id), country_options=Q.country_options, date_parts=Q.date_parts(lang),
                 months=Q.months(lang), statuses=statuses, nationalities=state.answers.get("nationalities") or [],
                 step=step, can_go_back=bool(state.history))


@lru_cache(maxsize=64)
def _host_facts(navigator, host):
    return I.host_inputs(navigator, host) if host else None


@bp.post("/next")
def next_():
    """One step of the interview (navigator/interview.py does the step; this reads the form and picks the page)."""
    state = _state()
    action = request.form.get("action", "answer")
    fact_id = request.form.get("fact", "")
    vocab = nav().vocab
    if fact_id and fact_id not in vocab:
        abort(400, description="fact")
    if action == "answer" and fact_id:
        try:
            value = Q.parse(vocab[fact_id], request.form, _as_of(), permanent=permanent)
        except Q.NeedsDate as chosen:   # the permit's expiry date, on a page of its own
            if chosen.status not in dict(_grantable(state.answers.get("host_country"), _lang())):
                return question_page(state, fact_id, error=Q._("Please choose one of the options."))
            return question_page(state, fact_id, form={"value": chosen.status})
        except Q.AnswerError as err:    # the typed parts stay on the page, to be corrected
            return question_page(state, fact_id, error=str(err), error_args=err.params, form=request.form)
        I.answer(state, fact_id, value)
    elif action == "dontknow" and fact_id:
        I.dont_know(state, fact_id)
    elif action == "back":
        previous = I.back(state)
        if previous:
            return question_page(state, previous)
    elif action == "change" and fact_id:
        return question_page(state, fact_id)
    elif action == "lang":
        return same_page(state, fact_id)
    ev, refused, months = _evaluate(state)
    if refused:
        bad = refused.errors[0].field.split("[")[0].split(".")[0]
        # the checker's own words are for clinics and the API; the person gets a plain sentence in their language
        return question_page(state, bad if bad in vocab else fact_id, error=Q._(
            "This answer does not fit with your other answers or with today's date. Please check it."))
    host = ev.person.values.get("host_country")
    if I.drop_inapplicable(state, vocab, _host_facts(nav(), host), ev.person.values):
        ev, refused, months = _evaluate(state)
    ask = next_question(ev, vocab, frozenset(state.skipped) | months, _host_cities(state), _needless(state))
    if ask is None or request.form.get("finish"):
        return review_page(state, checked=True)
    return question_page(state, ask)


def same_page(state, fact_id):
    """The page the person was on, in the language just chosen, with every answer kept."""
    page = request.form.get("page", "")
    if page in ("question", "") and fact_id:
        return question_page(state, fact_id)
    if page == "results":
        as_of = posted_as_of(request.form)
        return _page("results.html", state, **_as_of_source(as_of), **results_context(state, as_of))
    if page == "print":
        return print_page(state, posted_as_of(request.form))
    return review_page(state)


def review_page(state, checked=False):
    if not checked:
        _evaluate(state)        # drops any answer the checker refuses, as every step does
    vocab, lang = nav().vocab, _lang()
    tr = Translator(lang)
    titles = dict(_grantable(state.answers.get("host_country"), lang)) if "statuses" in state.answers else {}
    rows = [(f, tr.content(f"fact.{f}:question", vocab[f].question),
             display_answer(vocab[f], state.answers.get(f), tr, titles))
            for f in I.shown(state) if f in vocab]
    return _page("review.html", state, rows=rows)


def display_answer(fact, value, tr, status_titles=None):
    from navigator.reference import country_name
    lang = tr.lang
    if value is None:
        return tr._("I don't know")
    if fact.type == "bool":
        return tr._("Yes") if value else tr._("No")
    if fact.type == "country":
        return country_name(value, lang)
    if fact.type == "countries":
        return ", ".join(country_name(v, lang) for v in value) or tr._("None")
    if fact.type == "date" and I.is_month(value):      # only the month and year were known
        return Q.month_year(dt.date.fromisoformat(value + "-01"), lang)
    if fact.type == "date":
        return Q.long_date(dt.date.fromisoformat(value), lang)
    if fact.type == "enum":
        return tr.label(fact, value)
    if fact.type in ("naturalisations", "statuses"):
        if not value:     # the same words as the answer chosen on the question's page
            return tr._("I have none") if fact.type == "statuses" else tr._("No, all my nationalities are from birth")
        item = value[0]
        when_iso = item.get("date") or item.get("expires")
        what = country_name(item["country"], lang) if "country" in item else \
            (status_titles or {}).get(item["status"], item["status"])
        if "status" in item and permanent(item["status"]) and when_iso == Q.NO_END.isoformat():
            return what
        return f"{what} ({Q.long_date(dt.date.fromisoformat(when_iso), lang)})"
    return str(value)


@bp.post("/review")
def review():
    return review_page(_state())


def results_context(state, as_of=None):
    """The results of the answers shown on check-your-answers, at the date of the law a reopened receipt
    carries (kept through results, print and language changes) or today."""
    as_of = as_of or (dt.date.fromisoformat(state.as_of) if state.as_of else _as_of())
    dropped = {}
    answers, _months = engine_answers(state.answers, as_of)
    try:
        ev = nav().evaluate(answers, as_of)
    except InputError:          # a receipt or page from before a rulebook change: answer what still applies
        answers, dropped = usable(answers, as_of)
        state.answers = {k: v for k, v in state.answers.items() if k in answers or I.is_month(v)}
        ev = nav().evaluate(answers, as_of)
    lang = _lang()
    results = sorted(open_results(ev), key=lambda r: (ORDER[r.status], r.pathway.kind == "service", r.pathway.id))
    tr = Translator(lang)
    cards = [dict(pathway_dict(r, tr, nav().vocab), covered_by=I.needless_note(r, results, tr)) for r in results]
    services = [c for c in cards if c["kind"] == "service" and c["status"] != NOT_ELIGIBLE]
    cards = [c for c in cards if c["kind"] != "service"]
    tr_q = lambda f: tr.content(f"fact.{f}:question", nav().vocab[f].question) if f in nav().vocab else f  # noqa: E731
    return extend({"ev": ev, "cards": cards, "services": services, "as_of": ev.as_of,
                   "no_longer": [tr_q(f) for f in dropped],
                   "eligible": [c for c in cards if c["status"] == ELIGIBLE],
                   "undetermined": [c for c in cards if c["status"] == UNDETERMINED],
                   "not_eligible": [c for c in cards if c["status"] == NOT_ELIGIBLE]}, state, nav(), lang)


@bp.post("/results")
def results():
    state = _state()
    as_of = posted_as_of(request.form)      # a reopened receipt's date (or one picked) travels with the page
    return _page("results.html", state, **_as_of_source(as_of), **results_context(state, as_of))


def _as_of_source(as_of):
    source = request.form.get("as_of_source")
    return {"as_of_source": source if as_of and source in ("receipt", "picked") else "today"}


@bp.post("/print")
def print_view():
    return print_page(_state(), posted_as_of(request.form))


def print_page(state, as_of=None):
    """The printout, on the date the page carried (a picked one), else the reopened receipt's, else today."""
    ctx = results_context(state, as_of)
    ctx.update(_as_of_source(as_of))
    code = S.receipt(state, ctx["as_of"], ctx["ev"].rulebook_set, keys())
    until = dt.date.today() + dt.timedelta(days=current_app.config["RECEIPT_DAYS"])
    return _page("print.html", state, receipt=code, qr_svg=qr_svg(code), receipt_days=current_app.config["RECEIPT_DAYS"],
                 receipt_until=format_date(until, "long", locale=_lang()), **ctx)


@bp.get("/reopen")
def reopen_form():
    return render_template("reopen.html", error=None)


@bp.post("/reopen")
def reopen():
    state, as_of = opened_receipt()
    state.answers = _from_text_lenient(state.answers)      # a clinic receipt holds the form's text ("yes", "34")
    state.as_of = as_of.isoformat()     # the receipt's date of the law, kept through print and review
    picked = posted_as_of(request.form)     # the receipt's own as-of date unless the reader picks another
    return _page("results.html", state, reopened=True, receipt_as_of=as_of,
                 as_of_source="picked" if picked and picked != as_of else "receipt",
                 **results_context(state, picked or as_of))


@bp.get("/health")
def health():
    return {"status": "ok", "rulebook_set": nav().rulebooks.sha256[:12]}


def full_form_length(host=None):
    return len(questions_for_full_form(nav(), host))
