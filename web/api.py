"""JSON API for clinics and integrations, under /api/v1. Stateless: nothing about a person is kept.

Errors follow RFC 9457 (application/problem+json) and name the field. The OpenAPI 3.1 document at
/api/v1/openapi.json describes every route and is checked against the running app by schemathesis.
"""
from __future__ import annotations

import datetime as dt
import json

from flask import Blueprint, Response, request

from navigator import __version__
from navigator.core import EngineError
from navigator.facts import MAX_JSON_DEPTH, parse_date
from navigator.i18n import Translator, available_languages
from navigator.interview import needless_note
from navigator.problems import FieldError, InputError
from navigator.render import to_dict

bp = Blueprint("api", __name__, url_prefix="/api/v1")
MAX_BODY = 64 * 1024


def problem(status: int, title: str, detail: str, errors=None) -> Response:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    # ASCII escapes: a field name with a lone surrogate ("\ud800") stays valid JSON and encodable UTF-8
    return Response(json.dumps(body, ensure_ascii=True), status=status, mimetype="application/problem+json")


class DuplicateKey(ValueError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs):
    """A JSON object naming one key twice is ambiguous ({"age": 40, "age": 17}): refused, naming the key."""
    out = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key)
        out[key] = value
    return out


_DECODE = json.JSONDecoder(object_pairs_hook=_no_duplicates).decode


def read_body(limit: int) -> bytes:
    """At most limit + 1 bytes of the body, whether it has a Content-Length or comes chunked (werkzeug would
    quietly stop a chunked body at the app's limit, and the truncated JSON was then evaluated)."""
    request.max_content_length = limit + 1
    stream, buf = request.stream, bytearray()
    while len(buf) <= limit:
        piece = stream.read(limit + 1 - len(buf))
        if not piece:
            break
        buf += piece
    return bytes(buf)


def _depth(obj):
    from navigator.facts import nesting_depth_exceeds
    if nesting_depth_exceeds(obj, MAX_JSON_DEPTH):
        raise ValueError("nested too deeply")


@bp.post("/evaluate")
def evaluate():
    if request.content_length is not None and request.content_length > MAX_BODY:
        return problem(413, "Request body too large", f"the body is {request.content_length} bytes; at most {MAX_BODY}")
    raw = read_body(MAX_BODY)
    if len(raw) > MAX_BODY:
        return problem(413, "Request body too large", f"at most {MAX_BODY} bytes")
    if not request.mimetype or request.mimetype != "application/json":
        return problem(415, "Unsupported media type", "send JSON with Content-Type: application/json")
    try:
        body = _DECODE(raw.decode(json.detect_encoding(raw)))
        _depth(body)
    except DuplicateKey as dup:
        return problem(400, "Invalid request", f"the key {dup.key!r} appears twice in one object; give it once",
                       [{"field": dup.key, "message": "appears twice in one object", "expected": "each key once"}])
    except (ValueError, RecursionError, UnicodeDecodeError):
        return problem(400, "Not JSON", "the body must be a JSON object {\"facts\": {...}, \"as_of\": \"YYYY-MM-DD\", \"lang\": \"es\"}",
                       [{"field": "body", "message": f"not valid JSON, or nested more than {MAX_JSON_DEPTH} levels"}])
    if not isinstance(body, dict):
        return problem(400, "Invalid request", "the body must be a JSON object",
                       [{"field": "body", "message": "expected an object"}])
    unknown = sorted(set(body) - {"facts", "as_of", "lang"})
    errors = [{"field": k, "message": "unknown field", "expected": "facts, as_of, lang"} for k in unknown]
    facts = body.get("facts", {})
    as_of = dt.date.today()
    if "as_of" in body:
        try:
            as_of = parse_date(body["as_of"], "as_of")
        except FieldError as err:
            errors.append({"field": "as_of", "message": err.message, "expected": err.expected})
    lang = body.get("lang", "en")
    if lang not in available_languages():
        errors.append({"field": "lang", "message": f"{lang!r} is not available",
                       "expected": "one of " + ", ".join(available_languages())})
    if errors:
        return problem(400, "Invalid request", "; ".join(f"{e['field']}: {e['message']}" for e in errors), errors)
    try:
        ev = request.navigator.evaluate(facts, as_of)
    except InputError as err:
        return problem(422, "Invalid facts", "; ".join(map(str, err.errors)),
                       [{"field": f"facts.{e.field}", "message": e.message, "expected": e.expected} for e in err.errors])
    except EngineError as err:
        return problem(500, "Evaluation failed", str(err))
    out = to_dict(ev, request.navigator.vocab, lang)
    tr = Translator(lang)
    notes = {r.pathway.id: needless_note(r, ev.results, tr) for r in ev.results}
    for p in out["pathways"]:       # "you qualify for X, so you need not ask for this one as well", as on the cards
        p["covered_by"] = notes[p["id"]]
    return Response(json.dumps(out, ensure_ascii=False), mimetype="application/json")


def _pathway_summary(p, tr, full=False):
    out = {"id": p.id, "title": tr.content(f"{p.id}:title", p.title), "summary": tr.content(f"{p.id}:summary", p.summary),
           "kind": p.kind, "family": p.family, "jurisdiction": p.jurisdiction, "sha256": p.sha256,
           "instrument": p.instrument.as_dict(),
           "versions": [{"valid_from": v.valid_from.isoformat(),
                         "valid_until": v.valid_until.isoformat() if v.valid_until else None,
                         "changes": v.changes, "unconfirmed": v.unconfirmed, "replaced_by": v.replaced_by,
                         "grants": v.grants, **({"conditions": _conditions(p, v, tr)} if full else {})}
                        for v in p.versions]}
    return out


def _conditions(p, v, tr):
    rows = []

    def walk(node, depth):
        if node.id != "conditions":
            rows.append({"id": node.id, "kind": node.kind, "depth": depth,
                         "text": tr.content(f"{p.id}:cond.{node.id}:text", node.text),
                         "fact": node.fact, "test": node.op,
                         "value": node.value if not isinstance(node.value, frozenset) else sorted(node.value),
                         "status": node.status, "source": node.source.as_dict() if node.source else None,
                         "unconfirmed": node.unconfirmed, "unsettled": node.unsettled})
            depth += 1
        for kid in node.children:
            walk(kid, depth)
    walk(v.conditions, 0)
    return rows


def _lang():
    lang = request.args.get("lang", "en")
    return lang if lang in available_languages() else "en"


@bp.get("/pathways")
def pathways():
    tr = Translator(_lang())
    rb = request.navigator.rulebooks
    return {"rulebook_set": {"sha256": rb.sha256}, "navigator_version": __version__,
            "pathways": [_pathway_summary(p, tr) for p in rb.ordered()]}


@bp.get("/pathways/<pathway_id>")
def pathway(pathway_id):
    p = request.navigator.rulebooks.pathways.get(pathway_id)
    if p is None:
        return problem(404, "No such pathway", f"no pathway {pathway_id!r}; GET /api/v1/pathways lists them")
    return _pathway_summary(p, Translator(_lang()), full=True)


@bp.get("/facts")
def facts():
    tr = Translator(_lang())
    return {"facts": [{"id": f.id, "type": f.type, "group": f.group, "values": list(f.values) or None,
                       "min": f.minimum, "max": f.maximum, "derived_from": list(f.sources) or None,
                       "question": tr.content(f"fact.{f.id}:question", f.question),
                       "help": tr.content(f"fact.{f.id}:help", f.help)} for f in request.navigator.vocab.inputs()]}


@bp.get("/openapi.json")
def openapi():
    from .openapi import document
    return document(request.navigator)
