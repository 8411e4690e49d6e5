"""Clinic view: every question on one page, an as-of date, what-if side by side, reopen from a receipt,
batch upload. For a legal clinic at a desk; nothing is stored (answers travel in the form, as in the kiosk)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

from flask import Blueprint, Response, current_app, make_response, render_template, request

from navigator.explain import ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED
from navigator.facts import parse_date, to_text
from navigator.i18n import Translator
from navigator.problems import FieldError, InputError
from navigator.render import pathway_dict

from . import state as S
from .views import _lang, nav, opened_receipt, remember_language

bp = Blueprint("clinic", __name__, url_prefix="/clinic")
ORDER = {ELIGIBLE: 0, UNDETERMINED: 1, NOT_ELIGIBLE: 2}
BATCH_LIMIT = 2 * 1024 * 1024


@bp.before_request
def larger_uploads():
    """Case lists are bigger than a kiosk form: allow up to 2 MiB on the batch upload only."""
    if request.endpoint == "clinic.batch":
        request.max_content_length = BATCH_LIMIT + 64 * 1024
        request.max_form_memory_size = BATCH_LIMIT + 64 * 1024


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
        ev, cards = _evaluate(facts, as_of)
        compare = None
        if whatif is not None:
            ev2, cards2 = _evaluate(whatif, _as_of("w_") if request.form.get("w_as_of") else as_of)
            before = {c["id"]: c for c in cards}
            compare = [(before.get(c["id"]), c) for c in cards2]
            cards = cards2
    except InputError as err:
        errors = {e.field.split("[")[0].split(".")[0]: str(e) for e in err.errors}
        return render_template("clinic.html", groups=_groups(), values=whatif or facts, as_of=as_of.isoformat(),
                               errors=errors, text=lambda f, v: v), 422
    receipt = S.receipt(S.State(answers={k: v for k, v in (whatif or facts).items()}), ev.as_of, ev.rulebook_set,
                        current_app.config["SECRET_KEY"])
    return render_template("clinic.html", groups=_groups(), values=whatif or facts, original=facts,
                           as_of=as_of.isoformat(), errors={}, cards=cards, compare=compare, ev=ev,
                           text=lambda f, v: v, receipt=receipt)


@bp.post("/reopen")
def reopen():
    """Open a receipt (kiosk or clinic) with its answers in the form and its original as-of date."""
    state, as_of = opened_receipt()
    vocab = nav().vocab
    values = {k: (v if isinstance(v, str) else _text(vocab[k], v)) for k, v in state.answers.items() if k in vocab}
    ev, cards = _evaluate(values, as_of)
    return render_template("clinic.html", groups=_groups(), values=values, original=values, as_of=as_of.isoformat(),
                           errors={}, cards=cards, compare=None, ev=ev, text=lambda f, v: v,
                           reopened=True)


@bp.post("/batch")
def batch():
    """Upload a case list (CSV) and download one row per case with each pathway's status."""
    from navigator.batch import _evaluate_row, read_cases
    upload = request.files.get("cases")
    if upload is None or not upload.filename:
        return render_template("clinic.html", groups=_groups(), values={}, as_of=dt.date.today().isoformat(),
                               errors={"cases": "Choose a CSV file of cases."}, text=_text), 400
    data = upload.read(BATCH_LIMIT + 1)
    if len(data) > BATCH_LIMIT:
        return render_template("error.html", code=413, description=None), 413
    with tempfile.NamedTemporaryFile(suffix=".csv") as tmp:     # deleted on close: nothing kept
        tmp.write(data)
        tmp.flush()
        ids = [p.id for p in nav().rulebooks.ordered()]
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["row", "case_id", "as_of", "error", "eligible"] + ids)
        try:
            for n, row in read_cases(Path(tmp.name)):
                o = _evaluate_row(nav(), n, row, dt.date.today())
                w.writerow([o.row, o.case_id, o.as_of, o.error,
                            " ".join(p for p in ids if o.statuses.get(p) == "eligible")] + [o.statuses.get(p, "") for p in ids])
        except (ValueError, UnicodeDecodeError, csv.Error) as err:
            return render_template("clinic.html", groups=_groups(), values={}, as_of=dt.date.today().isoformat(),
                                   errors={"cases": str(err)}, text=_text), 400
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=navigator-results.csv"})
