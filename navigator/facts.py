"""Turn a person's raw facts (JSON, a form, a CSV cell, a scenario table) into typed, checked values.

Everything that reaches the engines passes through here: types are normalised (numbers as numbers,
dates as real dates, Unicode as NFC, country codes upper-case), so the durable-rules core never sees a
string where it compares numbers (engine-notes 2.1). Every bad field is reported at once, by name.
"""
from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field

from . import derive
from .problems import FieldError, InputError
from .reference import country_codes, withdrawn

MAX_FACTS = 200
MAX_LIST = 50
MAX_STRING = 200
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
_ISO = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

TRUE_WORDS = {"true", "yes", "y", "sí", "si", "sim", "oui", "wi", "1"}
FALSE_WORDS = {"false", "no", "n", "não", "nao", "non", "0"}
NONE_WORDS = {"none", "ninguna", "ninguno", "nenhuma", "nenhum", "aucune", "aucun", "okenn", "[]"}
UNKNOWN_WORDS = {"", "?", "unknown", "desconocido", "desconhecido", "inconnu", "pa konnen", "null"}


@dataclass
class PersonFacts:
    """Typed facts of one person at one as-of date; absent keys are unknown, never 'no'."""
    as_of: dt.date
    values: dict = field(default_factory=dict)
    possible: dict = field(default_factory=dict)   # upper bounds of unknown list facts
    given: frozenset = frozenset()


def int_bounds(fact) -> tuple[int, int]:
    """The whole numbers a fact accepts (the vocabulary's min/max, else 0 to 10,000)."""
    return (fact.minimum if fact.minimum is not None else 0, fact.maximum if fact.maximum is not None else 10_000)


MAX_JSON_DEPTH = 20    # facts given as JSON (CLI file, API body) nest no deeper than this


def nesting_depth_exceeds(obj, limit: int, level: int = 0) -> bool:
    """True when JSON-like data nests deeper than `limit` (checked before anything walks it recursively)."""
    if level > limit:
        return True
    if isinstance(obj, dict):
        return any(nesting_depth_exceeds(v, limit, level + 1) for v in obj.values())
    if isinstance(obj, list):
        return any(nesting_depth_exceeds(v, limit, level + 1) for v in obj)
    return False


def nfc(text: str) -> str:
    if text.isascii():      # ASCII is its own NFC
        return text.strip()
    return unicodedata.normalize("NFC", text).strip()


def _ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian, full-width and other decimal digits read as 0-9 (an Arabic keyboard types them)."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else "-" if ch == "\uff0d" else ch
                   for ch in text if ch not in "\u200e\u200f\u061c")


def parse_date(value, name: str) -> dt.date:
    if isinstance(value, dt.datetime):        # a Python caller's timestamp: its calendar day
        value = value.date()
    if isinstance(value, dt.date):
        if not EARLIEST <= value <= LATEST:
            raise FieldError(name, f"{value.isoformat()} is out of range", f"a date between {EARLIEST} and {LATEST}")
        return value
    if not isinstance(value, str):
        raise FieldError(name, f"got {type(value).__name__}", "a date written YYYY-MM-DD")
    text = _ascii_digits(nfc(value))
    if not _ISO.match(text):
        raise FieldError(name, f"{value!r} is not an ISO date", "a date written YYYY-MM-DD, e.g. 2024-10-15")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise FieldError(name, f"{value!r} is not a real calendar date", "a date that exists, e.g. 2024-02-29") from None
    if not EARLIEST <= day <= LATEST:
        raise FieldError(name, f"{value!r} is out of range", f"a date between {EARLIEST} and {LATEST}")
    return day


def _country(value, name: str) -> str:
    if value.__class__ is str and value in country_codes():     # already a code in use, as written
        return value
    if not isinstance(value, str):
        raise FieldError(name, f"got {type(value).__name__} {value!r}", "an ISO 3166 two-letter country code such as VE")
    text = nfc(value)
    code = text.upper()
    if text.isascii() and withdrawn(code):
        raise FieldError(name, f"{value!r} is a withdrawn country code: {withdrawn(code)}",
                         "an ISO 3166 two-letter country code in use, such as VE")
    if not text.isascii() or code not in country_codes():     # "ıd" upper-cases to "ID": look-alikes refused
        raise FieldError(name, f"{value!r} is not a known country code", "an ISO 3166 two-letter country code such as VE")
    return code


def _list(value, name: str):
    if isinstance(value, (str, int, float, bool, dict)) or value is None:
        raise FieldError(name, f"got a single value {value!r}", "a list, e.g. [\"VE\", \"CO\"] (use [] for none)")
    if len(value) > MAX_LIST:
        raise FieldError(name, f"list has {len(value)} items", f"at most {MAX_LIST}")
    return value


def typed_value(fact, value, name, known_statuses):
    t = fact.type
    if t == "bool" and value.__class__ is bool:     # the common cases first; anything else is checked below
        return value
    if t == "country" and value.__class__ is str:
        return _country(value, name)
    if t == "date" and value.__class__ is str and len(value) == 10 and value.isascii() and _ISO.match(value):
        try:                # an ISO date as JSON gives it (its own NFC, plain digits); a bad one is reported below
            day = dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if EARLIEST <= day <= LATEST:
                return day
    if t == "int" and value.__class__ is int:
        lo, hi = int_bounds(fact)
        if lo <= value <= hi:
            return value
    if isinstance(value, (list, tuple)) and t in {"bool", "int", "date", "country", "enum"}:
        raise FieldError(name, "got a list", f"a single {t} value")
    if isinstance(value, dict) and t not in {"statuses", "naturalisations"}:
        raise FieldError(name, "got an object", f"a single {t} value")
    if t == "bool":
        if not isinstance(value, bool):
            raise FieldError(name, f"got {value!r}", "true or false")
        return value
    if t == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise FieldError(name, f"got {value!r}", "a whole number")
        lo, hi = int_bounds(fact)
        if not lo <= value <= hi:
            raise FieldError(name, f"{value} is out of range", f"a whole number from {lo} to {hi}")
        return value
    if t == "date":
        return parse_date(value, name)
    if t == "country":
        return _country(value, name)
    if t == "enum":
        text = nfc(value) if isinstance(value, str) else value
        if text not in fact.values:
            raise FieldError(name, f"got {value!r}", "one of " + ", ".join(map(str, fact.values)))
        return text
    if t == "countries":
        return frozenset(_country(v, f"{name}[{i}]") for i, v in enumerate(_list(value, name)))
    if t == "naturalisations":
        out = {}
        for i, item in enumerate(_list(value, name)):
            if not isinstance(item, dict) or set(item) != {"country", "date"}:
                raise FieldError(f"{name}[{i}]", f"got {item!r}", 'an object {"country": "CO", "date": "2019-05-01"}')
            out[_country(item["country"], f"{name}[{i}].country")] = parse_date(item["date"], f"{name}[{i}].date")
        return tuple(sorted(out.items()))
    if t == "statuses":
        out = {}
        for i, item in enumerate(_list(value, name)):
            if not isinstance(item, dict) or set(item) != {"status", "expires"}:
                raise FieldError(f"{name}[{i}]", f"got {item!r}",
                                 'an object {"status": "ar.temporary_residence.mercosur", "expires": "2026-01-31"}')
            status = item["status"]
            if not isinstance(status, str) or status not in known_statuses:
                hint = difflib.get_close_matches(str(status), sorted(known_statuses), 1)
                raise FieldError(f"{name}[{i}].status", f"unknown status {status!r}",
                                 f"did you mean {hint[0]!r}?" if hint else "a status granted by a loaded pathway")
            out[status] = parse_date(item["expires"], f"{name}[{i}].expires")
        return out
    raise FieldError(name, f"fact type {t!r} is not supported")


def parse_text_value(fact, text: str):
    """Read a value written as text (scenario tables, CSV cells, form fields) into its JSON form."""
    raw = nfc(text)
    low = raw.lower()
    if low in UNKNOWN_WORDS:
        return None
    if raw[:1] in "[{":
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise FieldError(fact.id, f"bad JSON ({exc.msg})", "valid JSON") from None
    if fact.type == "bool":
        if low in TRUE_WORDS:
            return True
        if low in FALSE_WORDS:
            return False
        raise FieldError(fact.id, f"got {text!r}", "yes or no")
    if fact.type == "int":
        if re.fullmatch(r"-?\d+", raw):
            return int(raw)
        raise FieldError(fact.id, f"got {text!r}", "a whole number")
    if fact.type in {"countries", "naturalisations", "statuses"}:
        if low in NONE_WORDS:
            return []
        if fact.type == "countries":
            return [p.strip() for p in raw.split(",") if p.strip()]
        raise FieldError(fact.id, f"got {text!r}", "JSON, e.g. [{...}], or 'none'")
    return raw


def to_text(value) -> str:
    """A fact's JSON value written as text, the inverse of parse_text_value (CSV cells, form fields)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return json.dumps(value) if value and isinstance(value[0], dict) else ", ".join(value) if value else "none"
    return str(value)


def normalise(raw, vocab, known_statuses, as_of: dt.date, *, from_text=False) -> PersonFacts:
    """Check and type every given fact, then compute the derived ones at `as_of`."""
    if not isinstance(raw, dict):
        raise InputError([FieldError("facts", f"got {type(raw).__name__}", 'a JSON object such as {"age": 30}')])
    if len(raw) > MAX_FACTS:
        raise InputError([FieldError("facts", f"{len(raw)} facts given", f"at most {MAX_FACTS}")])
    if isinstance(as_of, dt.datetime):
        as_of = as_of.date()
    if not isinstance(as_of, dt.date) or not EARLIEST <= as_of <= LATEST:
        raise InputError([FieldError("as_of", "is out of range", f"a date between {EARLIEST} and {LATEST}")])
    errors, values, seen = [], {}, {}
    inputs, restating = input_lists(vocab)
    own = _LISTS[id(vocab)][6]          # the accepted names, each its own NFC: no normalising needed
    for key, value in raw.items():
        name = key if key in own else nfc(key) if isinstance(key, str) else key
        if isinstance(name, str) and name in seen:       # 'age' and ' age': which one is meant? Refuse both.
            errors.append(FieldError(name, f"given twice (as {seen[name]!r} and {key!r})", "each fact once"))
            values.pop(name, None)
            continue
        if isinstance(name, str):
            seen[name] = key
        if name not in inputs:
            if name in vocab:
                errors.append(FieldError(str(name), "is computed, not given",
                                         "its sources: " + ", ".join(vocab[name].sources)))
                continue
            hint = difflib.get_close_matches(str(name), sorted(inputs), 1)
            errors.append(FieldError(str(name), "unknown fact",
                                     f"did you mean {hint[0]!r}?" if hint else "a fact listed by `navigator facts`"))
            continue
        try:
            if isinstance(value, str) and len(value) > MAX_STRING:
                raise FieldError(name, f"text is {len(value)} characters long", f"at most {MAX_STRING}")
            if from_text and isinstance(value, str):
                value = parse_text_value(inputs[name], value)
            if value is None:
                continue
            values[name] = typed_value(inputs[name], value, name, known_statuses)
        except FieldError as err:
            errors.append(err)
        except (TypeError, ValueError, OverflowError, RecursionError):   # only from Python callers: a 5,000-digit
            what = "a number too large to read" if isinstance(value, int) else \
                f"a Python {type(value).__name__} that cannot be read"                       # int, a generator...
            errors.append(FieldError(name, what, f"a {inputs[name].type} value as JSON would give it"))
    errors += cross_checks(values, restating, as_of)
    if errors:
        raise InputError(errors)
    return derive_all(values, vocab, as_of)


_LISTS: dict = {}


def input_lists(vocab):
    """The facts accepted in input, and the derived facts a person may give and that are checked against their
    sources: read from the vocabulary once (it does not change once loaded; a reload loads a new one)."""
    found = _LISTS.get(id(vocab))
    if found is None or found[0] is not vocab or found[1] != len(vocab.facts):
        restating = [f for f in vocab.facts.values() if f.derived and (f.input_allowed or f.restates)]
        derived = [f for f in vocab.facts.values() if f.derived]
        accepted = vocab.accepted()
        if len(_LISTS) > 100:
            _LISTS.clear()
        found = _LISTS[id(vocab)] = (vocab, len(vocab.facts), accepted, restating, derived, _plan(derived),
                                     frozenset(k for k in accepted if isinstance(k, str) and nfc(k) == k))
    return found[2], found[3]


def _plan(derived) -> list:
    """The derived facts in vocabulary order as steps: a run of `holds_nationality` facts on one source reads
    the nationalities once ((source, [(fact id, country)])); any other fact is computed on its own (the FactDef).
    The same values, inserted in the same order, as computing each fact in turn."""
    steps = []
    for fact in derived:
        if fact.compute == "holds_nationality" and set(fact.args) == {"country"} and len(fact.sources) == 1:
            if steps and isinstance(steps[-1], tuple) and steps[-1][0] == fact.sources[0]:
                steps[-1][1].append((fact.id, fact.args["country"]))
            else:
                steps.append((fact.sources[0], [(fact.id, fact.args["country"])]))
        else:
            steps.append(fact)
    return steps


_RESTATED: dict = {}


def cross_checks(values, restating, as_of):
    errors = []
    nats, held = values.get("naturalisations"), values.get("nationalities")
    if nats is not None and held is not None:
        for country, _ in nats:
            if country not in held:
                errors.append(FieldError("naturalisations", f"{country} is not among your nationalities",
                                         "each naturalised nationality also listed in nationalities"))
    ids = _RESTATED.get(id(restating))
    if ids is None or ids[0] is not restating:
        if len(_RESTATED) > 100:
            _RESTATED.clear()
        ids = _RESTATED[id(restating)] = (restating, frozenset(f.id for f in restating))
    if values.keys().isdisjoint(ids[1]):
        restating = ()          # nothing restated was given (the common case)
    for fact in restating:
        if fact.id in values and all(s in values for s in fact.sources):
            computed = derive.compute(fact, values, as_of)
            if computed is not derive.UNKNOWN and computed != values[fact.id]:
                errors.append(FieldError(fact.id, f"{to_text(values[fact.id])} disagrees with "
                                         f"{', '.join(fact.sources)} (which gives {to_text(computed)} on {as_of})",
                                         "one of them, or both agreeing"))
                if fact.restates:   # a restated answer: both fields are named, so either can be corrected
                    for source in fact.sources:
                        errors.append(FieldError(source, f"contradicts {fact.id} = {to_text(values[fact.id])}",
                                                 f"{fact.id} and {source} agreeing"))
    for fact_id in ("birth_date",):
        if fact_id in values and values[fact_id] > as_of:
            errors.append(FieldError(fact_id, f"{values[fact_id]} is after the as-of date {as_of}", "a past date"))
    return errors


def derive_all(values, vocab, as_of) -> PersonFacts:
    person = PersonFacts(as_of=as_of, values=dict(values), given=frozenset(values))
    input_lists(vocab)
    out = person.values
    for step in _LISTS[id(vocab)][5]:          # the derived facts, in vocabulary order
        if step.__class__ is tuple:            # holds_nationality, one country after another
            held = out.get(step[0])
            if held is not None:
                for fact_id, country in step[1]:
                    if fact_id not in values:
                        out[fact_id] = country in held
            continue
        if step.id in values:
            continue
        result = derive.compute(step, out, as_of)
        if isinstance(result, derive.Possible):
            person.possible[step.id] = result.values
        elif result is not derive.UNKNOWN:
            out[step.id] = result
    return person
