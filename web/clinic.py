"""Clinic desk: the host country's questions on one page (every other question one click away), an as-of date,
results beside the form at desk widths, a what-if side by side that keeps its own date, reopen from a receipt,
and a case list (CSV or .xlsx) answered in the clinic's language. For a legal clinic at a desk; nothing is
stored (answers travel in the form, as in the kiosk).

The form is read here, field by field, into the answers' JSON values (countries typed by name in the page's
language, or by code), so every error is said in the page's language and named by its question; the checker
(navigator.facts) then checks them again, and what it refuses across fields (two answers that contradict each
other) is named by both questions."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re

from babel.dates import format_date
from flask import Blueprint, Response, current_app, g, make_response, render_template, request

from navigator import batch as B
from navigator.explain import ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED
from navigator.facts import EARLIEST, LATEST, int_bounds, parse_date, parse_text_value
from navigator.i18n import Translator
from navigator.interview import needless_note, questions_for_full_form
from navigator.problems import FieldError, InputError
from navigator.reference import country_name
from navigator.render import ORDER, pathway_dict

from . import LANGUAGES
from . import state as S
from .answers import from_text_lenient, grantable, opened_receipt, usable
from .outcome import date_words, extend, posted_as_of, qr_svg
from .questions import countries, date_parts
from .views import UPLOAD_LIMITS, keys, nav, remember_language

bp = Blueprint("clinic", __name__, url_prefix="/clinic")
BATCH_LIMIT = 2 * 1024 * 1024
# Case lists are bigger than a kiosk form: up to 2 MiB on the batch upload only, applied before the CSRF check
# reads the form (a blueprint hook ran after it, so anything over 64 KiB was refused)
UPLOAD_LIMITS["clinic.batch"] = BATCH_LIMIT + 64 * 1024
NATIONALITY_FIELDS = 3      # as on the kiosk's nationality page
STATUS_FIELDS = 2           # permits held: two rows (a third is rare; the kiosk asks for one)


def _(message):  # marks a message for extraction; translated when shown
    return message


# Fact groups as the form's fieldsets name them (a group added later shows its id until it is named here)
GROUPS = {"place": _("Where the person is"), "identity": _("Identity and nationality"),
          "documents": _("Documents"), "status": _("Permits and statuses held"), "family": _("Family"),
          "record": _("Criminal record and conduct"), "protection": _("Protection"),
          "livelihood": _("Work and means"), "working_holiday": _("Working holiday"),
          "city_id": _("City services"), "other": _("Other questions")}


class Refused(ValueError):
    """A form answer that cannot be used: a msgid and its parameters, shown in the page's language."""

    def __init__(self, message, **params):
        super().__init__(message)
        self.params = params


# ------------------------------------------------------------------ countries typed by name (or by code)
def country_code(text: str, lang: str) -> str | None:
    """The ISO code of a country typed by name (as the page's datalist offers it, or in another language of the
    site) or by code; None if empty."""
    if not (text or "").strip():
        return None
    code = B.country_code(text, lang)
    if code is None:
        raise Refused(_("Please choose a country from the list."))
    return code


# ------------------------------------------------------------------ one form field <-> one answer
def _date(text: str, lang: str) -> str | None:
    """A date from <input type=date> (ISO), or typed where a browser has no date picker: day, month and year
    in the page's order (14/10/2024 in es, pt, fr and ht), four-digit year."""
    text = (text or "").strip()
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
        y, m, d = (int(p) for p in text.split("-"))
    else:
        parts = re.split(r"[/.\-\s]+", text)
        order = [p for p in date_parts(lang)]
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise Refused(_("Please enter a real date: day, month and year."))
        found = dict(zip(order, (int(p) for p in parts)))
        if len(parts[order.index("year")]) != 4:
            raise Refused(_("Please write the year with all four digits, for example 1995."))
        y, m, d = found["year"], found["month"], found["day"]
    try:
        day = dt.date(y, m, d)
    except ValueError:
        raise Refused(_("Please enter a real date: day, month and year.")) from None
    if not EARLIEST <= day <= LATEST:
        raise Refused(_("Please enter a year between %(lo)s and %(hi)s."), lo=EARLIEST.year, hi=LATEST.year)
    return day.isoformat()


def read_answer(fact, form, prefix, lang, known_statuses):
    """One fact's answer from the clinic form, as the JSON value the checker takes (None: not known)."""
    name = prefix + fact.id
    get = lambda suffix="": (form.get(name + suffix) or "").strip()  # noqa: E731
    t = fact.type
    if t == "bool":
        value = get().lower()
        if value in ("", "unknown"):
            return None
        if value not in ("yes", "no"):
            raise Refused(_("Please choose one of the options."))
        return value == "yes"
    if t == "int":
        text = get()
        if not text:
            return None
        if not text.isdigit():
            raise Refused(_("Please enter a whole number."))
        lo, hi = int_bounds(fact)
        if not lo <= int(text) <= hi:
            raise Refused(_("Please enter a number from %(lo)s to %(hi)s."), lo=lo, hi=hi)
        return int(text)
    if t == "date":
        return _date(get(), lang)
    if t == "country":
        return country_code(get(), lang)
    if t == "enum":
        value = get()
        if not value:
            return None
        if value not in fact.values:
            raise Refused(_("Please choose one of the options."))
        return value
    if t == "countries":
        chosen = []
        for i in range(NATIONALITY_FIELDS):
            code = country_code(get(f"__{i + 1}" if i else ""), lang)
            if code and code not in chosen:
                chosen.append(code)
        return chosen or None
    if t == "naturalisations":
        choice = get()
        if choice in ("", "unknown"):
            return None
        if choice == "none":
            return []
        if choice != "some":
            raise Refused(_("Please choose one of the options."))
        country = country_code(get("__country"), lang)
        if country is None:
            raise Refused(_("Please choose the country of that nationality."))
        when = _date(get("__date"), lang)
        if when is None:
            raise Refused(_("Please enter a real date: day, month and year."))
        return [{"country": country, "date": when}]
    if t == "statuses":
        choice = get()
        if choice in ("", "unknown"):
            return None
        if choice == "none":
            return []
        held = []
        for i in range(STATUS_FIELDS):
            suffix = f"__{i + 1}" if i else ""
            status = get(suffix) if i else choice
            if not status:
                continue
            if status not in known_statuses:
                raise Refused(_("Please choose one of the options."))
            expires = _date(get(suffix + "__expires"), lang)
            if expires is None:
                raise Refused(_("Please enter the expiry date of each permit held."))
            held.append({"status": status, "expires": expires})
        return held
    raise Refused(_("This question cannot be answered here."))


def form_values(fact, value) -> dict:
    """The form fields (name suffix -> text) that show one answer: the inverse of read_answer, used for the
    visible widgets and for the hidden first answers of a what-if."""
    if value is None:
        return {}
    t = fact.type
    if t == "bool":
        return {"": "yes" if value else "no"}
    if t == "countries":
        return {(f"__{i + 1}" if i else ""): c for i, c in enumerate(value[:NATIONALITY_FIELDS])}
    if t == "naturalisations":
        if not value:
            return {"": "none"}
        return {"": "some", "__country": value[0]["country"], "__date": value[0]["date"]}
    if t == "statuses":
        if not value:
            return {"": "none"}
        out = {}
        for i, item in enumerate(value[:STATUS_FIELDS]):
            suffix = f"__{i + 1}" if i else ""
            out[suffix] = item["status"]
            out[suffix + "__expires"] = item["expires"]
        return out
    return {"": str(value)}


# ------------------------------------------------------------------ the page
def _lang():
    return request.lang


def _tr():
    return Translator(_lang())


def _question(fact_id, tr=None):
    tr = tr or _tr()
    vocab = nav().vocab
    return tr.content(f"fact.{fact_id}:question", vocab[fact_id].question) if fact_id in vocab else fact_id


def _hosts(lang):
    """The countries some loaded pathway covers, by name in the page's language."""
    codes = {p.country for p in nav().rulebooks.pathways.values()}
    return sorted(((c, country_name(c, lang)) for c in codes), key=lambda cn: B.name_key(cn[1]))


def _sections(host):
    """(host's questions grouped, every other question some loaded pathway reads, grouped): only facts a
    pathway tests are ever shown (a fact no rulebook reads any more is not asked)."""
    vocab = nav().vocab
    everything = questions_for_full_form(nav())
    own = questions_for_full_form(nav(), host) if host else []
    own = ["host_country"] + [f for f in own if f != "host_country"]
    if not host:            # no host yet: place and nationality first, the rest one click away
        own += [f for f in ("city", "nationalities", "country_of_birth") if f in everything and f not in own]
    rest = [f for f in everything if f not in own]

    def grouped(ids):
        groups = {}
        for f in ids:
            if f in vocab:
                groups.setdefault(vocab[f].group, []).append(vocab[f])
        return groups
    return grouped(own), grouped(rest), len(own), len(rest)


def _statuses(host, answers, lang):
    """Permits to choose from: the host's (every host's while none is chosen), and any a receipt names."""
    options = dict(grantable(host, lang, every_host=not host))
    for item in answers.get("statuses") or []:
        if isinstance(item, dict) and item.get("status") not in options:
            options[item["status"]] = item["status"]
    return sorted(options.items(), key=lambda kv: B.name_key(kv[1]))


def _page(answers, *, as_of, errors=None, status=200, **kw):
    """The desk page: `answers` are JSON values (the form shows them; the what-if form when there are results)."""
    lang = _lang()
    host = answers.get("host_country")
    own, rest, n_own, n_rest = _sections(host)
    fields = {}
    typed = g.get("clinic_typed", {})      # this request's own typing only (flask.g lives one request)
    for fid in set(answers) | {f.id for grp in (*own.values(), *rest.values()) for f in grp}:
        if fid in nav().vocab:
            fields[fid] = typed.get(fid) or form_values(nav().vocab[fid], answers.get(fid))
    original = kw.pop("original", None)
    hidden = []
    if original is not None:        # the first answers, carried as the same fields, read the same way
        for fid, value in original.items():
            if fid in nav().vocab:
                hidden += [(fid + suffix, text) for suffix, text in form_values(nav().vocab[fid], value).items()]
    errors = errors or {}
    rest_ids = {f.id for g in rest.values() for f in g}
    rest_open = any(f in errors or f in answers for f in rest_ids)      # nothing that decides is ever folded away
    resp = make_response(render_template(
        "clinic.html", own=own, rest=rest, n_own=n_own, n_rest=n_rest, host=host, hosts=_hosts(lang),
        fields=fields, as_of=as_of, errors=errors, hidden=hidden, rest_open=rest_open, group_label=lambda g: GROUPS.get(g),
        statuses=_statuses(host, answers, lang), country_names=dict(countries(lang)), questions=_question,
        datalist=[(c, n) for c, n in countries(lang) if n != c],     # a withdrawn code has no name
        date_hint=_date_hint(lang), **kw), status)
    return remember_language(resp, request.args.get("lang"))


def _date_hint(lang):
    sample = dt.date(2024, 10, 15)
    return format_date(sample, "short", locale=lang) if lang in LANGUAGES else sample.isoformat()


def _read_answers(prefix=""):
    """Every answer of the form (JSON values) and the errors, fact id -> message in the page's language."""
    tr, vocab, lang = _tr(), nav().vocab, _lang()
    known = nav().rulebooks.statuses
    answers, errors = {}, {}
    for fact in vocab.inputs():
        try:
            value = read_answer(fact, request.form, prefix, lang, known)
        except Refused as err:
            errors[fact.id] = tr._(str(err), **err.params)
            name = prefix + fact.id         # what was typed stays in the form, to be corrected
            g.setdefault("clinic_typed", {})[fact.id] = {k[len(name):]: v for k, v in request.form.items()
                              if k == name or k.startswith(name + "__")}
            continue
        if value is not None:
            answers[fact.id] = value
    return answers, errors


def _read_as_of(prefix=""):
    text = request.form.get(prefix + "as_of", "").strip()
    if not text:
        return dt.date.today()
    return dt.date.fromisoformat(_date(text, _lang()))


def _refusals(err: InputError, answers) -> dict:
    """What the checker refused, by question, in the page's language. What it refuses after the form's own
    reading is a contradiction between answers (or with the date): both questions are named."""
    tr, vocab = _tr(), nav().vocab
    out = {}
    for e in err.errors:
        fact = e.field.split("[")[0].split(".")[0]
        if fact not in vocab:
            out.setdefault("as_of" if fact == "as_of" else "_form", tr._("This answer cannot be used. Please check it."))
            continue
        others = []
        f = vocab[fact]
        if f.derived and f.sources:
            others = [s for s in f.sources if s in answers]
        if not others:
            others = [g.id for g in vocab.facts.values() if g.derived and fact in g.sources and g.id in answers]
        if fact == "naturalisations":
            others = ["nationalities"]
        if fact == "birth_date" and not others:
            message = tr._("This date is after the date of the assessment.")
        elif others:
            message = tr._("This answer does not agree with the answer to: %(questions)s",
                           questions="; ".join(_question(o, tr) for o in others))
        else:
            message = tr._("This answer cannot be used with the rules loaded now. Please check it.")
        out.setdefault(fact, message)
    return out


def _evaluate(answers, as_of):
    ev = nav().evaluate(answers, as_of)
    tr = _tr()
    host = ev.person.values.get("host_country")
    results = [r for r in ev.results if host in (None, r.pathway.country)]
    cards = sorted((dict(pathway_dict(r, tr, nav().vocab), covered_by=needless_note(r, results, tr)) for r in results),
                   key=lambda c: (ORDER[c["status"]], c["id"]))
    return ev, cards


def _changed(before, after, as_of, w_as_of):
    """The questions whose answers differ between the first answers and the what-if (and the date)."""
    tr = _tr()
    out = [_question(f, tr) for f in nav().vocab.facts if before.get(f) != after.get(f)
           and (f in before or f in after)]
    if as_of != w_as_of:
        out.insert(0, tr._("As of (date of the assessment)"))
    return out


@bp.get("/")
def form():
    return _page({}, as_of=dt.date.today().isoformat())


@bp.post("/")
def evaluate():
    whatif = bool(request.form.get("whatif"))
    prefix = "w_" if whatif else ""
    answers, errors = _read_answers(prefix)
    try:
        as_of = _read_as_of()
        w_as_of = _read_as_of("w_") if whatif and request.form.get("w_as_of", "").strip() else as_of
    except (Refused, ValueError) as err:
        params = err.params if isinstance(err, Refused) else {}
        errors["as_of"] = _tr()._(str(err), **params)
        return _page(answers, as_of=request.form.get(prefix + "as_of", ""), errors=errors, status=400)
    first = _read_answers("")[0] if whatif else answers
    if request.form.get("action") == "host":        # "show this country's questions": no evaluation yet
        return _page(answers, as_of=w_as_of.isoformat(), errors=errors)
    if errors:
        return _page(answers, as_of=w_as_of.isoformat(), errors=errors, status=422,
                     original=first if whatif else None, first_as_of=as_of.isoformat())
    try:
        ev, cards = _evaluate(answers, w_as_of)
        compare = changed = None
        if whatif:
            _ev1, before_cards = _evaluate(first, as_of)
            before = {c["id"]: c for c in before_cards}
            compare = [(before.get(c["id"]), c) for c in cards]
            changed = _changed(first, answers, as_of, w_as_of)
    except InputError as err:
        return _page(answers, as_of=w_as_of.isoformat(), errors=_refusals(err, answers), status=422,
                     original=first if whatif else None, first_as_of=as_of.isoformat())
    receipt = S.receipt(S.State(answers=dict(answers)), ev.as_of, ev.rulebook_set, keys())
    return _page(answers, as_of=w_as_of.isoformat(), original=first, first_as_of=as_of.isoformat(), cards=cards,
                 compare=compare, changed=changed, ev=ev, receipt=receipt)


@bp.post("/print")
def print_view():
    """The clinic's referral printout (templates/clinic_print.html): the form's answers (or the what-if's)
    evaluated as of the form's date, arranged as the results page arranges them (web/outcome.py)."""
    prefix = "w_" if any(k.startswith("w_") and v.strip() for k, v in request.form.items()
                         if k != "w_as_of") else ""
    answers, errors = _read_answers(prefix)       # the form's answers as JSON values
    as_of = posted_as_of({"as_of": request.form.get(prefix + "as_of") or request.form.get("as_of")}) or dt.date.today()
    lang = _lang()
    if errors:
        return render_template("error.html", code=400, description=None), 400
    try:
        ev, cards = _evaluate(answers, as_of)
    except (InputError, FieldError):
        return render_template("error.html", code=400, description=None), 400
    answers = {k: v for k, v in answers.items() if v is not None}
    state = S.State(answers=answers)
    code = S.receipt(state, ev.as_of, ev.rulebook_set, keys())
    ctx = {"ev": ev, "as_of": ev.as_of, "cards": [c for c in cards if c["kind"] != "service"],
           "services": [c for c in cards if c["kind"] == "service" and c["status"] != NOT_ELIGIBLE],
           "no_longer": []}
    ctx["eligible"] = [c for c in ctx["cards"] if c["status"] == ELIGIBLE]
    ctx["undetermined"] = [c for c in ctx["cards"] if c["status"] == UNDETERMINED]
    extend(ctx, state, nav(), lang)
    until = dt.date.today() + dt.timedelta(days=current_app.config["RECEIPT_DAYS"])
    return render_template("clinic_print.html", receipt=code, qr_svg=qr_svg(code), receipt_until=date_words(until),
                           as_of_source="clinic", **ctx)


@bp.post("/reopen")
def reopen():
    """Open a receipt (kiosk or clinic) with its answers in the form and its original as-of date."""
    state, as_of = opened_receipt()
    vocab = nav().vocab
    answers, dropped = usable(from_text_lenient({k: v for k, v in state.answers.items() if k in vocab}), as_of)
    answers = _typed(answers, as_of)
    ev, cards = _evaluate(answers, as_of)
    # what the rules no longer accept (a status no loaded pathway grants any more) is left out, and said so
    tr = _tr()
    errors = {f: tr._("No longer applies under the current rules; left out: %(why)s", why=why)
              for f, why in dropped.items()}
    return _page(answers, as_of=as_of.isoformat(), original=answers, first_as_of=as_of.isoformat(), errors=errors,
                 cards=cards, compare=None, ev=ev, reopened=True)


def _typed(answers, as_of):
    """Receipt answers as the form's JSON values (an older clinic receipt holds text: 'VE, CO', 'yes')."""
    out = {}
    for k, v in answers.items():
        fact = nav().vocab[k]
        if isinstance(v, str) and fact.type in ("countries", "naturalisations", "statuses", "bool", "int"):
            try:
                v = parse_text_value(fact, v)
            except FieldError:
                continue
        if fact.type == "countries" and isinstance(v, (list, tuple, set, frozenset)):
            v = [str(c).upper() for c in v]
        if fact.type == "date" and isinstance(v, str):
            try:
                v = parse_date(v, k).isoformat()
            except FieldError:
                continue
        if v is not None:
            out[k] = v
    return out


# ------------------------------------------------------------------ a case list, in the clinic's language
@bp.post("/batch")
def batch():
    """Upload a case list (CSV or .xlsx) and download one row per case: the pathways of its host country by
    title, each one's status in the clinic's language, what would decide the undecided ones, and every
    refused row by its number and question."""
    tr = _tr()
    upload = request.files.get("cases")
    if upload is None or not upload.filename:
        return _page({}, as_of=dt.date.today().isoformat(), status=400,
                     errors={"cases": tr._("Choose a file of cases (CSV or Excel .xlsx).")})
    data = upload.read(BATCH_LIMIT + 1)
    if len(data) > BATCH_LIMIT:
        return render_template("error.html", code=413, description=None), 413
    try:        # in memory from upload to download: the case list never touches the disk
        rows = B.read_xlsx(data) if B.is_xlsx(data) or upload.filename.lower().endswith((".xlsx", ".xls")) \
            else B.read_cases(B.text_stream(data))
        outcomes = [B.evaluate_row(nav(), n, B.localise_row(row, nav().vocab, _lang()), dt.date.today(), keep=True)
                    for n, row in rows]
    except B.CaseListError as err:  # no header, a column twice, not a workbook: named by row and column, no path
        return _page({}, as_of=dt.date.today().isoformat(), status=400,
                     errors={"cases": tr._("This file cannot be read: %(why)s", why=tr._(err.msgid, **err.params))})
    out = io.StringIO()
    csv.writer(out).writerows(B.clinic_table(outcomes, nav(), tr))
    return Response("\ufeff" + out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=navigator-results.csv"})

