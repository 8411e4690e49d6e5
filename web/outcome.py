"""What the results and print pages add to the evaluation: dates in words, the places that can help, the
answers in words, "not yet" and "no longer" told apart from "does not fit", the as-of date a reopened or
printed receipt is read on, the honest page for a host we do not cover.

Nothing here decides anything: it arranges what the evaluation (navigator.render.pathway_dict) says.
"""
from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date
from flask import has_request_context, request
from markupsafe import Markup

from navigator.explain import NOT_ELIGIBLE
from navigator.helpplaces import GENERAL, help_places, places_for
from navigator.i18n import Translator
from navigator.reference import country_name

ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
# Vienna Convention on Consular Relations (1963), art. 5(d): consular functions include "issuing passports and
# travel documents to nationals of the sending State" (UNTS vol. 596, No. 8638; full text at this address)
CONSULAR_SOURCE = "http://www.bits.de/ac-archive/voelkerrecht/on/consul.htm"


def _(message):  # marks interface strings for extraction; translated when shown
    return message


KIND_TEXT = {
    "authority": _("The national migration authority: residence permits and how to apply."),
    "unhcr": _("UNHCR, the UN Refugee Agency, and its partners: asylum, protection and free guidance."),
    "legal_aid": _("Free legal help with your case."),
    "un_agency": _("A United Nations agency that can tell you about services where you are."),
}


def _lang(lang=None):
    return lang or (request.lang if has_request_context() else "en")


# CLDR has no month names for Haitian Creole (Babel writes "2026 M04 30"): the Kreyòl names, day month year
HT_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm")


def date_words(value, lang=None) -> str:
    """A date as a person writes it in the page's language ("30 de abril de 2026"); never ISO on a page."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    lang = _lang(lang)
    if lang == "ht":
        return f"{value.day} {HT_MONTHS[value.month - 1]} {value.year}"
    return format_date(value, "long", locale=lang)


def dates_in_words(text, lang=None):
    """Every ISO date inside a sentence (a condition, a closing note) written in words."""
    if not text:
        return text
    lang = _lang(lang)

    def one(m):
        try:
            return date_words(dt.date(int(m[1]), int(m[2]), int(m[3])), lang)
        except ValueError:
            return m[0]
    out = ISO_DATE.sub(one, str(text))
    return Markup(out) if isinstance(text, Markup) else out


def register(app):
    """The two date filters, for every template (each language's compiled copy shares the filters)."""
    app.jinja_env.filters["day"] = date_words
    app.jinja_env.filters["dates_in_words"] = dates_in_words
    app.jinja_env.globals["first_step"] = first_step


def posted_as_of(form):
    """The as-of date a page carried forward (a reopened receipt's, or one the reader picked), else None.
    A date that does not read, or is out of any sensible range, is ignored: today's law is used instead."""
    text = (form.get("as_of") or "").strip()
    try:
        day = dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
    return day if day and EARLIEST <= day <= LATEST else None


def first_step(c) -> dict | None:
    """What to do first, where, and by when, for an eligible or undetermined card: the first `procedure`
    step (or the apply.where), the apply.where, and timing.eligible_until when the timing says so."""
    if c["status"] == NOT_ELIGIBLE or c.get("kind") == "service":
        return None
    steps, apply = c.get("procedure") or [], c.get("apply") or {}
    timing = c.get("timing") or {}
    step = steps[0]["text"] if steps else None
    where = (apply.get("where") or "").rstrip(". ") or None
    if not step and not where:
        return None
    return {"step": step, "where": where, "until": timing.get("eligible_until")}


def _later(c) -> str | None:
    timing = c.get("timing") or {}
    return timing.get("eligible_from") or c.get("opens_on")


def arrange(cards: list) -> dict:
    """The not-eligible cards split three ways: not yet (a day from which they open), no longer (closed),
    and the rest ("do not fit your situation now")."""
    not_eligible = [c for c in cards if c["status"] == NOT_ELIGIBLE and c.get("kind") != "service"]
    not_yet = [c for c in not_eligible if _later(c)]
    closed = [c for c in not_eligible if c not in not_yet and c.get("closed_on")]
    rest = [c for c in not_eligible if c not in not_yet and c not in closed]
    return {"not_yet": not_yet, "closed_programmes": closed, "not_eligible": rest}


def covered_hosts(navigator) -> list:
    return sorted({p.country for p in navigator.rulebooks.pathways.values()})


def answer_rows(answers: dict, skipped, history, vocab, lang) -> list:
    """(question, answer in words) for every answer that feeds the result and every "I don't know", in the
    order asked (the rest after)."""
    from .views import display_answer
    tr = Translator(lang)
    order = [f for f in history if f in answers or f in skipped]
    order += [f for f in list(answers) + list(skipped) if f not in order]
    rows = []
    for f in order:
        if f not in vocab:
            continue
        rows.append((tr.content(f"fact.{f}:question", vocab[f].question),
                     display_answer(vocab[f], answers.get(f), tr)))
    return rows


def help_context(host, city, lang) -> dict:
    """The places to name on the page: the city's services are pathways (already cards); these are the
    national ones, or the general ones for a host we do not cover."""
    tr = Translator(lang)
    places = [dict(p, what=tr._(KIND_TEXT[p["kind"]])) for p in places_for(host, city)]
    general = [dict(p, what=tr._(KIND_TEXT[p["kind"]])) for p in help_places().get(GENERAL, [])]
    return {"help_places": places, "general_places": general}


def extend(ctx: dict, state, navigator, lang=None) -> dict:
    """The results context (web/views.results_context) with what the pages show beyond the cards."""
    lang = _lang(lang)
    answers = state.answers
    host, city = answers.get("host_country"), answers.get("city")
    covered = covered_hosts(navigator)
    uncovered = bool(host) and host not in covered
    ctx.update(arrange(ctx["cards"]))
    for c in ctx["cards"]:
        c["first_step"] = first_step(c)
    ctx.update(help_context(host if not uncovered else None, city, lang))
    ctx.update({
        "host": host, "host_name": country_name(host, lang) if host else None, "uncovered": uncovered,
        "covered": sorted((country_name(cc, lang) for cc in covered), key=str.casefold),
        "consular_source": CONSULAR_SOURCE,
        "answer_rows": answer_rows(answers, state.skipped, state.history, navigator.vocab, lang),
        "reviewed_dates": sorted({c["rulebook"]["reviewed"] for c in ctx["cards"] + ctx["services"]
                                  if c["rulebook"].get("reviewed")}),
        "decide": deciding_questions(ctx.get("undetermined", [])),
    })
    return ctx


def deciding_questions(undetermined: list) -> list:
    """Each question that would decide an undecided option, once, in the order of the cards: the results page
    lists them once and each card names its questions by number (they used to repeat in every card)."""
    seen = {}
    for c in undetermined:
        if c.get("kind") != "service":
            for fact, question in (c.get("questions") or {}).items():
                seen.setdefault(fact, question)
    return list(seen.items())


def qr_svg(code: str) -> Markup:
    """The receipt's QR as a small PNG inside the page (2 KB, where the SVG path was 11 KB of a 60 KB budget);
    the page's CSP allows `data:` images, and 4 pixels a module print sharp."""
    import segno
    uri = segno.make(code, error="m").png_data_uri(scale=4, border=2)
    return Markup('<img class="qr-img" src="%s" alt="QR" width="%d" height="%d">') % (
        uri, *segno.make(code, error="m").symbol_size(scale=4, border=2))
