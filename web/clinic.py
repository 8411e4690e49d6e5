"""Clinic view: every question on one page, an as-of date, what-if side by side, reopen from a receipt,
batch upload. For a legal clinic at a desk; nothing is stored (answers travel in the form, as in the kiosk)."""
from __future__ import annotations

import csv
import datetime as dt
import io

from flask import Blueprint, Response, make_response, render_template, request

from navigator.facts import parse_date, parse_text_value, to_text
from navigator.i18n import Translator
from navigator.problems import FieldError, InputError
from navigator.render import ORDER, pathway_dict

from . import state as S
from .views import UPLOAD_LIMITS, _from_text_lenient, _lang, keys, nav, opened_receipt, remember_language, usable

bp = Blueprint("clinic", __name__, url_prefix="/clinic")
BATCH_LIMIT = 2 * 1024 * 1024
# Case lists are bigger than a kiosk form: up to 2 MiB on the batch upload only, applied before the CSRF check
# reads the form (a blueprint hook ran after it, so anything over 64 KiB was refused)
UPLOAD_LIMITS["clinic.batch"] = BATCH_LIMIT + 64 * 1024


def _text(fact, value):
    """A fact's JSON value as the text the clinic form shows (the scenario / CSV text forms)."""
    return to_text(value)


def _read_form(prefix=""):
    raw = {f.id: request.form.get(prefix + f.id, "").strip() for f in nav().vocab.inputs()}
    return {k: v for k, v in raw.items() if v}


def _as_of(prefix=""):
    text = request.form.get(prefix + "as_of", "").strip()
    return parse_date(text, "as_of") if text else dt.date.today()


def _evaluate(facts, as_of):
    ev = nav().evaluate(facts, as_of, from_text=True)
    tr = Translator(_lang())
    cards = sorted((pathway_dict(r, tr, nav().vocab) for r in ev.results
                    if ev.person.values.get("host_country") in (None, r.pathway.country)),
                   key=lambda c: (ORDER[c["status"]], c["id"]))
    return ev, cards


def _groups():
    groups = {}
    for f in nav().vocab.inputs():
        groups.setdefault(f.group, []).append(f)
    return groups


@bp.get("/")
def form():
    resp = make_response(render_template("clinic.html", groups=_groups(), values={}, as_of=dt.date.today().isoformat(),
                                         errors={}, text=_text))
    return remember_language(resp, request.args.get("lang"))


@bp.post("/")
def evaluate():
    facts, errors = _read_form(), {}
    try:
        as_of = _as_of()
    except FieldError as err:
        return render_template("clinic.html", groups=_groups(), values=facts, as_of=request.form.get("as_of", ""),
                               errors={"as_of": str(err)}, text=lambda f, v: v), 400
    whatif = _read_form("w_") if request.form.get("whatif") else None
    try:
        w_as_of = _as_of("w_") if whatif is not None and request.form.get("w_as_of", "").strip() else as_of
    except FieldError as err:
        return render_template("clinic.html", groups=_groups(), values=whatif, as_of=request.form.get("w_as_of", ""),
                               errors={"as_of": str(err)}, text=lambda f, v: v), 400
    try:
        ev, cards = _evaluate(facts, as_of)
        compare = None
        if whatif is not None:
            ev2, cards2 = _evaluate(whatif, w_as_of)
            before = {c["id"]: c for c in cards}
            compare = [(before.get(c["id"]), c) for c in cards2]
            cards = cards2
    except InputError as err:
        errors = {e.field.split("[")[0].split(".")[0]: str(e) for e in err.errors}
        return render_template("clinic.html", groups=_groups(), values=whatif or facts, as_of=as_of.isoformat(),
                               errors=errors, text=lambda f, v: v), 422
    vocab = nav().vocab       # the receipt holds JSON values, as the kiosk's does, so either place reopens it
    answers = {k: parse_text_value(vocab[k], v) for k, v in (whatif or facts).items()}
    receipt = S.receipt(S.State(answers={k: v for k, v in answers.items() if v is not None}), ev.as_of,
                        ev.rulebook_set, keys())
    return render_template("clinic.html", groups=_groups(), values=whatif or facts, original=facts,
                           as_of=as_of.isoformat(), errors={}, cards=cards, compare=compare, ev=ev,
                           text=lambda f, v: v, receipt=receipt)


@bp.post("/print")
def print_view():
    """The referral printout of the case on the form (web/outcome.py, templates/clinic_print.html)."""
    from .outcome import clinic_print
    return clinic_print()


@bp.post("/reopen")
def reopen():
    """Open a receipt (kiosk or clinic) with its answers in the form and its original as-of date."""
    state, as_of = opened_receipt()
    vocab = nav().vocab
    answers, dropped = usable(_from_text_lenient({k: v for k, v in state.answers.items() if k in vocab}), as_of)
    values = {k: _text(vocab[k], v) for k, v in answers.items()}
    ev, cards = _evaluate(values, as_of)
    # what the rules no longer accept (a status no loaded pathway grants any more) is left out, and said so
    errors = {f: Translator(_lang())._("No longer applies under the current rules; left out: %(why)s", why=why)
              for f, why in dropped.items()}
    return render_template("clinic.html", groups=_groups(), values=values, original=values, as_of=as_of.isoformat(),
                           errors=errors, cards=cards, compare=None, ev=ev, text=lambda f, v: v,
                           reopened=True)


@bp.post("/batch")
def batch():
    """Upload a case list (CSV) and download one row per case with each pathway's status."""
    from navigator.batch import RESULT_HEADER, _evaluate_row, read_cases, result_row, text_stream
    upload = request.files.get("cases")
    if upload is None or not upload.filename:
        return render_template("clinic.html", groups=_groups(), values={}, as_of=dt.date.today().isoformat(),
                               errors={"cases": "Choose a CSV file of cases."}, text=_text), 400
    data = upload.read(BATCH_LIMIT + 1)
    if len(data) > BATCH_LIMIT:
        return render_template("error.html", code=413, description=None), 413
    ids = [p.id for p in nav().rulebooks.ordered()]
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(RESULT_HEADER + ids)
    try:        # in memory from upload to download: the case list never touches the disk
        for n, row in read_cases(text_stream(data)):
            w.writerow(result_row(_evaluate_row(nav(), n, row, dt.date.today()), ids))
    except ValueError as err:       # no header, or a column twice: the message names the row and column, no path
        return render_template("clinic.html", groups=_groups(), values={}, as_of=dt.date.today().isoformat(),
                               errors={"cases": str(err)}, text=_text), 400
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=navigator-results.csv"})
