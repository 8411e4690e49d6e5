"""Answers carried by a receipt or a form, read back against the loaded rules: the public home of what the
kiosk (web/views.py) and the clinic desk (web/clinic.py) both need, so neither imports the other's private
helpers. Flask-aware (the request's navigator and language), nothing stored."""
from __future__ import annotations

from collections import Counter

from flask import abort, current_app, make_response, render_template, request

from navigator.facts import parse_text_value
from navigator.i18n import Translator
from navigator.problems import FieldError, InputError

from . import state as S


def nav():
    """The rulebook set of this request (the same object for the whole request, even across a live reload)."""
    return request.navigator


def usable(answers: dict, as_of):
    """The answers the loaded rules still accept, and what was left out (fact id -> the checker's words). A
    receipt or page from before a rulebook change may name a status no pathway grants any more: that part is
    left out and said so, and the rest is answered."""
    answers, dropped = dict(answers), {}
    for _ in range(5):
        try:
            nav().check_answers(answers, as_of)
            return answers, dropped
        except InputError as err:
            for e in err.errors:
                fact = e.field.split("[")[0].split(".")[0]
                dropped[fact] = str(e)
                value, item = answers.get(fact), e.field[len(fact):]
                if item.startswith("[") and "]" in item and isinstance(value, list):    # one stale item only
                    index = int(item[1:item.index("]")]) if item[1:item.index("]")].isdigit() else -1
                    rest = [v for i, v in enumerate(value) if i != index]
                    if rest and len(rest) < len(value):
                        answers[fact] = rest
                        continue
                answers.pop(fact, None)
    return {}, dict(dropped, **{f: "" for f in answers})


def opened_receipt():
    """The answers and as-of date of the posted receipt code; an invalid code gets the reopen page again."""
    try:
        state, as_of, _set = S.open_receipt(request.form.get("code", ""), current_app.config["SECRET_KEYS"],
                                            current_app.config["RECEIPT_DAYS"] * 86400)
    except S.Expired:
        abort(make_response(render_template("reopen.html", error="expired"), 400))
    except ValueError:
        abort(make_response(render_template("reopen.html", error="invalid"), 400))
    return state, as_of


def from_text_lenient(answers):
    """Text values read as the clinic form reads them; a value that does not read is left for `usable` to
    report (never a 500)."""
    vocab, out = nav().vocab, {}
    for k, v in answers.items():
        if isinstance(v, str) and k in vocab and vocab[k].type not in ("country", "enum", "date"):
            try:
                v = parse_text_value(vocab[k], v)
            except FieldError:
                pass
        if v is not None:
            out[k] = v
    return out


def grantable(host, lang, every_host=False):
    """Each status the host's pathways grant (every host's with `every_host`), once, titled by the first
    pathway granting it. Two statuses with the same title (three 'indefinite-term residence in Brazil', reached
    by different routes) are told apart by the title of the pathway that grants them: no two answers read the
    same."""
    tr, statuses, by = Translator(lang), {}, {}
    for p in nav().rulebooks.pathways.values():
        if every_host or p.country == host:
            for v in p.versions:
                if v.grants and v.grants["status"] not in statuses:
                    statuses[v.grants["status"]] = tr.content(f"{p.id}:grants:title", v.grants["title"])
                    by[v.grants["status"]] = tr.content(f"{p.id}:title", p.title)
    counts = Counter(statuses.values())
    return sorted((s, f"{t} ({by[s]})" if counts[t] > 1 else t) for s, t in statuses.items())
