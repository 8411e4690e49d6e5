"""The OpenAPI 3.1 description of /api/v1, built from the fact vocabulary and the evaluation schema, so the
contract cannot drift from what the navigator accepts and returns."""
from __future__ import annotations

import json
from functools import lru_cache

from navigator import __version__
from navigator.facts import int_bounds
from navigator.home import RULES_DIR
from navigator.i18n import LANGUAGES
from navigator.reference import country_codes

EVALUATION_SCHEMA = RULES_DIR / "evaluation.schema.json"
DATE = {"type": "string", "format": "date", "pattern": r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
        "examples": ["2024-10-15"]}


def fact_schema(fact, statuses):
    country = {"type": "string", "enum": sorted(country_codes())}
    t = fact.type
    if t == "bool":
        s = {"type": "boolean"}
    elif t == "int":
        lo, hi = int_bounds(fact)            # the bounds the input check applies (one copy, navigator/facts.py)
        s = {"type": "integer", "minimum": lo, "maximum": hi}
    elif t == "date":
        s = dict(DATE)
    elif t == "country":
        s = country
    elif t == "countries":
        s = {"type": "array", "items": country, "maxItems": 50}
    elif t == "enum":
        s = {"type": "string", "enum": list(fact.values)}
    elif t == "naturalisations":
        s = {"type": "array", "maxItems": 50, "items": {"type": "object", "additionalProperties": False,
             "required": ["country", "date"], "properties": {"country": country, "date": DATE}}}
    else:
        s = {"type": "array", "maxItems": 50, "items": {"type": "object", "additionalProperties": False,
             "required": ["status", "expires"], "properties": {"status": {"type": "string", "enum": sorted(statuses)},
                                                             "expires": DATE}}}
    s = {"anyOf": [s, {"type": "null"}], "description": fact.question}
    return s


def document(navigator):
    return _document(navigator.rulebooks.sha256, id(navigator))


@lru_cache(maxsize=4)
def _document(_sha, _nav_id):
    from flask import current_app

    import web  # noqa: F401
    navigator = current_app.extensions["navigator"]
    evaluation = json.loads(EVALUATION_SCHEMA.read_text())
    defs = evaluation.pop("$defs")
    evaluation.pop("$schema", None)
    evaluation.pop("$id", None)
    text = json.dumps(evaluation).replace("#/$defs/", "#/components/schemas/")
    defs = json.loads(json.dumps(defs).replace("#/$defs/", "#/components/schemas/"))
    problem = {"type": "object", "required": ["title", "status"],
               "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                              "detail": {"type": "string"},
                              "errors": {"type": "array", "items": {"type": "object", "required": ["field", "message"],
                                         "properties": {"field": {"type": "string"}, "message": {"type": "string"},
                                                        "expected": {"type": ["string", "null"]}}}}}}
    facts = {"type": "object", "additionalProperties": False,
             "properties": {f.id: fact_schema(f, navigator.rulebooks.statuses) for f in navigator.vocab.inputs()}}
    problems = {code: {"description": desc, "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                for code, desc in (("400", "Not JSON, or an unknown field / bad as_of / lang (named in errors)"),
                                   ("413", "Body over 64 KiB"), ("415", "Not application/json"),
                                   ("422", "A fact with a wrong type or value (named in errors)"))}
    lang = {"name": "lang", "in": "query", "required": False, "schema": {"type": "string"}}
    listing = {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pathway Navigator API", "version": __version__,
                 "description": "Which regular migration pathways are open to a person, why, and what is still "
                                "unknown. Stateless: nothing sent is stored."},
        "paths": {
            "/api/v1/evaluate": {"post": {
                "summary": "Evaluate a person's facts against every pathway",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "additionalProperties": False,
                    "properties": {"facts": {"$ref": "#/components/schemas/Facts"}, "as_of": DATE,
                                   "lang": {"type": "string", "enum": list(LANGUAGES)}}}}}},
                "responses": {"200": {"description": "The explanation of every pathway",
                                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Evaluation"}}}},
                              **problems}}},
            "/api/v1/pathways": {"get": {"summary": "Loaded pathways with jurisdictions and versions",
                                         "parameters": [lang], "responses": listing}},
            "/api/v1/pathways/{pathway_id}": {"get": {
                "summary": "One pathway: versions, conditions, citations",
                "parameters": [{"name": "pathway_id", "in": "path", "required": True, "schema": {"type": "string"}}, lang],
                "responses": {**listing, "404": {"description": "No such pathway", "content": {
                    "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
            "/api/v1/facts": {"get": {"summary": "The fact vocabulary", "parameters": [lang], "responses": listing}},
        },
        "components": {"schemas": {"Evaluation": json.loads(text), "Facts": facts, "Problem": problem, **defs}},
    }
