"""Load and check a rulebook set: every file, every condition, every date, before anything is served.

`load_set` returns a RulebookSet or raises RulebookError with every problem found (file:line:column,
what is wrong, what was expected). Nothing in a rulebook can run code: YAML is parsed by yamlsafe and
the condition language is a closed set of typed tests.
"""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

import jsonschema

from . import values as V
from . import yamlsafe
from .home import FEATURES_DIR, HOME, PATHWAYS_DIR, RULES_DIR  # noqa: F401  (read here by cli, web, tests)
from .model import COMPARISONS, Node, Parameter, Pathway, RulebookSet, Source, Step, Version, strata_of
from .problems import Problem, RulebookError
from .reference import country_codes, load_blocs, withdrawn
from .vocabulary import load_vocabulary

PROJECT = HOME


def _(message):  # marks an interface string for extraction; translated when rendered
    return message


JURISDICTION_TEXT = _("You live in, or want to live in, {country}")
CITY_TEXT = _("You live in {city}")

OPS_BY_TYPE = {
    "bool": {"is"},
    "int": {"equals", "in", *COMPARISONS},
    "date": {"equals", *COMPARISONS},
    "country": {"equals", "in"},
    "enum": {"equals", "in"},
    "countries": {"any_in"},
}


@lru_cache(maxsize=1)
def _schema_validator():
    schema = json.loads((RULES_DIR / "rulebook.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=4)
def vocabulary(rules_dir: Path = RULES_DIR):
    return load_vocabulary(rules_dir / "facts.yaml")


@lru_cache(maxsize=4)
def blocs(rules_dir: Path = RULES_DIR):
    return load_blocs(rules_dir / "blocs.yaml")


# keys that make a test: a procedure step carrying one of them is refused (how to apply is not whether you qualify)
TEST_KEYS = frozenset({"fact", "status", "unsettled", "all", "any", "not", "is", "equals", "in", "any_in",
                       "gte", "gt", "lte", "lt", "expires_within_days"})
SCHEMA_POINTER = "# yaml-language-server: $schema="


def _schema_problems(doc) -> list[Problem]:
    problems = []
    for error in sorted(_schema_validator().iter_errors(doc.data), key=lambda e: list(map(str, e.absolute_path))):
        best = jsonschema.exceptions.best_match(error.context) if error.context else error
        path = list(best.absolute_path)
        message = best.message
        expected = None
        if error.validator == "oneOf" and not error.context:
            message = "a condition needs exactly one of: all, any, not, fact, status, unsettled"
        if error.validator == "required" and not path and "'reviewed" in message:
            message = message + ": the day this rulebook's sources were last checked, and which"
            expected = "reviewed: YYYY-MM-DD and reviewed_sources: [names under sources:]"
        if (best.validator == "additionalProperties" and "procedure" in path and isinstance(best.instance, dict)
                and TEST_KEYS & set(best.instance)):
            keys = ", ".join(sorted(TEST_KEYS & set(best.instance)))
            message = (f"procedure step {best.instance.get('id', '?')!r} tests a fact ({keys}): a step says how or "
                       "where to apply and can never make a pathway 'not eligible'")
            expected = ("a step {id, text, source} whose text says what to do (and what if you cannot); "
                        "a requirement that decides eligibility belongs under conditions:")
        problems.append(doc.problem(path, f"{'/'.join(map(str, path)) or 'document'}: {message}", expected))
    return problems


def _pointer_problem(raw: bytes, path: Path, rules_dir: Path) -> Problem | None:
    """The editor's schema pointer on line 1 (if any) must lead to rules/rulebook.schema.json from the file."""
    first = raw.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    if not first.startswith(SCHEMA_POINTER):
        return None
    target = (path.resolve().parent / first[len(SCHEMA_POINTER):].strip()).resolve()
    schema = (Path(rules_dir) / "rulebook.schema.json").resolve()
    if target == schema:
        return None
    if PROJECT not in path.resolve().parents:   # a draft folder elsewhere: the pointer is the editor's business
        return None
    want = os.path.relpath(schema, path.resolve().parent)
    return Problem(str(path), 1, 1, f"the editor schema pointer leads to {target}, not to the rulebook schema",
                   f"{SCHEMA_POINTER}{want}", "warning")


class _FileChecker:
    """Builds one Pathway from one checked document, collecting problems instead of stopping at the first."""

    def __init__(self, doc, vocab, blocs_, sha, today=None):
        self.doc, self.vocab, self.blocs, self.sha = doc, vocab, blocs_, sha
        self.today = today or dt.date.today()
        self.problems: list[Problem] = []
        self.data = doc.data

    def err(self, path, message, expected=None, severity="error"):
        self.problems.append(self.doc.problem(path, message, expected, severity))

    def build(self) -> Pathway | None:
        d = self.data
        if d["jurisdiction"]["country"] not in country_codes():
            self.err(("jurisdiction", "country"), f"unknown country code {d['jurisdiction']['country']!r}",
                     "an ISO 3166 alpha-2 code")
        city = d["jurisdiction"].get("city")
        if city is not None and ("city" not in self.vocab or city not in self.vocab["city"].values):
            self.err(("jurisdiction", "city"), f"unknown city {city!r}",
                     "one of the values of the fact 'city' in rules/facts.yaml")
        if "bloc" in d["jurisdiction"] and d["jurisdiction"]["bloc"] not in self.blocs.names:
            self.err(("jurisdiction", "bloc"), f"unknown bloc {d['jurisdiction']['bloc']!r}",
                     "one of " + ", ".join(sorted(self.blocs.names)))
        self.named_sources = d.get("sources", {})
        instrument = Source(d["instrument"]["name"], "", d["instrument"]["url"], tuple(d["instrument"].get("refs", ())))
        self.pathway = Pathway(
            id=d["id"], jurisdiction=d["jurisdiction"], family=d.get("family"), kind=d["kind"], title=d["title"],
            summary=d["summary"], instrument=instrument, parameters={}, versions=[], notes=d.get("notes", []),
            file=self.doc.file, sha256=self.sha)
        self.review(d)
        for name, raw in d.get("parameters", {}).items():
            self.pathway.parameters[name] = self.parameter(name, raw)
        for i, raw in enumerate(d["versions"]):
            version = self.version(i, raw)
            if version:
                self.pathway.versions.append(version)
        self.check_version_dates()
        if d["versions"] and "valid_until" in d["versions"][-1]:
            self.pathway.where["last_valid_until"] = (self.doc.file,) + self.doc.where(
                ("versions", len(d["versions"]) - 1, "valid_until"))
        self.check_closed(d)
        self.pathway.superseded_by = tuple(
            (raw["status"], self.source(("superseded_by", i, "source"), raw["source"]), raw.get("unconfirmed"))
            for i, raw in enumerate(d.get("superseded_by", ())))
        if d.get("superseded_by"):
            self.pathway.where["superseded_by"] = (self.doc.file,) + self.doc.where(("superseded_by",))
        return self.pathway

    def review(self, d):
        """`reviewed:` (a real day, not in the future) and `reviewed_sources:` (names this file defines)."""
        p = self.pathway
        p.where = {key: (self.doc.file,) + self.doc.where((key,)) for key in ("reviewed", "reviewed_sources", "closed")
                   if key in d}
        p.reviewed = self.date(("reviewed",), d["reviewed"])
        if p.reviewed and p.reviewed > self.today:
            self.err(("reviewed",), f"reviewed {p.reviewed} is in the future (today is {self.today})",
                     "the day the sources were actually checked")
        p.reviewed_sources = tuple(d["reviewed_sources"])
        for i, name in enumerate(p.reviewed_sources):
            if name != "instrument" and not name.startswith("S") and name not in self.named_sources:
                hint = difflib.get_close_matches(name, list(self.named_sources), 1)
                self.err(("reviewed_sources", i), f"reviewed source {name!r} is not defined under sources:",
                         f"did you mean {hint[0]!r}?" if hint else "a name under sources:, 'instrument' or a tag Sxx")
        if d.get("closed"):
            raw = d["closed"]
            p.closed = {"reason": raw["reason"], "replaced_by": raw.get("replaced_by"),
                        "source": self.source(("closed", "source"), raw["source"]), "unconfirmed": raw.get("unconfirmed"),
                        "on": self.date(("closed", "on"), raw["on"]) if "on" in raw else None}

    def check_closed(self, d):
        p = self.pathway
        if not p.closed or not p.versions:
            return
        last = p.versions[-1].valid_until
        if last is None:
            self.err(("closed",), "a closing note on a pathway whose last version has no valid_until",
                     "valid_until on the last version, or no closed:")
        elif p.closed["on"] and p.closed["on"] != last:
            self.err(("closed", "on"), f"closed.on {p.closed['on']} is not the last version's valid_until {last}",
                     f"on: {last}, or leave on: out")

    def steps(self, path, raw_steps) -> tuple:
        steps, seen = [], set()
        for j, raw in enumerate(raw_steps or ()):
            where = (self.doc.file,) + self.doc.where(path + (j,))
            if raw["id"] in seen:
                self.err(path + (j, "id"), f"procedure step id {raw['id']!r} is used twice in this version",
                         "a unique id per step")
            seen.add(raw["id"])
            steps.append(Step(raw["id"], raw["text"], self.source(path + (j, "source"), raw["source"]),
                              raw.get("unconfirmed"), where))
        return tuple(steps)

    def date(self, path, text) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text)
        except (TypeError, ValueError):
            self.err(path, f"{text!r} is not a real calendar date", "YYYY-MM-DD")
            return None

    def source(self, path, raw) -> Source | None:
        if raw is None:
            self.err(path, "condition has no source", "source: {ref: NAME, article: ...} or {instrument, article, url}")
            return None
        refs = tuple(raw.get("refs", ()))
        if "ref" in raw:
            named = self.named_sources.get(raw["ref"])
            if named is None:
                hint = difflib.get_close_matches(raw["ref"], list(self.named_sources), 1)
                self.err(path + ("ref",), f"unknown source {raw['ref']!r}",
                         f"did you mean {hint[0]!r}?" if hint else "a name defined under sources:")
                return None
            return Source(named["name"], raw["article"], named["url"], tuple(named.get("refs", ())) + refs)
        return Source(raw["instrument"], raw["article"], raw["url"], refs)

    def parameter(self, name, raw) -> Parameter:
        path = ("parameters", name)
        values = []
        for key, value in raw["values"].items():
            day = self.date(path + ("values", key), key)
            if day:
                self.check_param_value(path + ("values", key), raw.get("type"), value)
                values.append((day, value))
        return Parameter(name, raw["description"], raw.get("type"), sorted(values, key=lambda kv: kv[0]),
                         self.source(path + ("source",), raw.get("source")), raw.get("unconfirmed"))

    def check_param_value(self, path, ptype, value):
        if ptype == "countries":
            if not isinstance(value, list):
                self.err(path, f"got {value!r}", "a list of country codes")
                return
            for i, code in enumerate(value):
                if code not in country_codes():
                    self.err(path + (i,), withdrawn(code) or f"unknown country code {code!r}", "an ISO 3166 alpha-2 code")
        elif ptype == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            self.err(path, f"got {value!r}", "a whole number")
        elif ptype == "bool" and not isinstance(value, bool):
            self.err(path, f"got {value!r}", "true or false")
        elif ptype == "date" and self.date(path, value) is None:
            pass

    def version(self, i, raw) -> Version | None:
        path = ("versions", i)
        start = self.date(path + ("valid_from",), raw["valid_from"])
        end = self.date(path + ("valid_until",), raw["valid_until"]) if "valid_until" in raw else None
        if start and end and end < start:
            self.err(path + ("valid_until",), f"valid_until {end} is before valid_from {start}", "an end after the start")
        if start is None:
            return None
        self.version_start, self.version_end, self.seen_ids = start, end, {}
        root = self.node(path + ("conditions",), raw["conditions"], root=True)
        if root is None:
            return None
        country = self.pathway.jurisdiction["country"]
        scope = Node(kind="fact", id="in_jurisdiction", text=JURISDICTION_TEXT, where=(self.doc.file,) + self.doc.where(path),
                     fact="host_country", op="equals", value=country,
                     source=Source(self.pathway.instrument.instrument, "scope (host country)",
                                   self.pathway.instrument.url, self.pathway.instrument.refs))
        city = self.pathway.jurisdiction.get("city")
        if city:   # a city programme: the person must be in that city too
            in_city = Node(kind="fact", id="in_city", text=CITY_TEXT, where=scope.where, fact="city", op="equals",
                           value=city, source=scope.source)
            root = Node(kind="all", id="conditions", text="", where=root.where, children=[in_city, root])
        conditions = Node(kind="all", id="conditions", text="", where=root.where, children=[scope, root])
        grants = raw.get("grants")
        return Version(start, end, conditions, grants, raw.get("documents", []), raw.get("apply"),
                       raw.get("changes"), raw.get("unconfirmed"), raw.get("replaced_by"),
                       self.steps(path + ("procedure",), raw.get("procedure")))

    def node(self, path, raw, root=False, negated=False) -> Node | None:
        where = (self.doc.file,) + self.doc.where(path)
        nid, text = raw.get("id", "conditions" if root else None), raw.get("text", "")
        kinds = [k for k in ("all", "any", "not", "fact", "status", "unsettled") if k in raw]
        kind = kinds[0]
        if not root and not nid:
            self.err(path, "condition has no id", "id: a_snake_case_name")
        if not root and not text:
            self.err(path, f"condition {nid!r} has no text", "text: a sentence a person can read")
        if nid and not root:
            if nid in self.seen_ids and self.seen_ids[nid] != text:
                self.err(path + ("id",), f"condition id {nid!r} is used twice in this version with different texts",
                         "a unique id per condition")
            self.seen_ids[nid] = text
        node = Node(kind=kind, id=nid or "?", text=text, where=where, unconfirmed=raw.get("unconfirmed"))
        if kind in ("all", "any"):
            node.children = [c for j, item in enumerate(raw[kind])
                             if (c := self.node(path + (kind, j), item, negated=negated)) is not None]
            if kind == "all":
                self.check_contradictions(path, node)
            if raw.get("source"):
                node.source = self.source(path + ("source",), raw["source"])
            return node
        if kind == "not":
            child = self.node(path + ("not",), raw["not"], negated=not negated)
            node.children = [child] if child else []
            if raw.get("source"):
                node.source = self.source(path + ("source",), raw["source"])
            return node
        node.source = self.source(path + ("source",), raw.get("source"))
        if kind == "unsettled":
            node.unsettled = raw["unsettled"]
            return node
        if kind == "status":
            node.status, node.within_days = raw["status"], raw.get("expires_within_days")
            if negated:
                self.err(path, "'not' over a status condition is not supported",
                         "a positive status test (what is not held cannot be chained safely)")
            if node.within_days is not None:
                self.check_value(path + ("expires_within_days",), node.within_days, "int", "equals")
            return node
        return self.fact_test(path, raw, node, negated)

    def fact_test(self, path, raw, node, negated):
        fact = raw["fact"]
        ops = [op for op in ("is", "equals", "in", "any_in", *COMPARISONS) if op in raw]
        if fact not in self.vocab:
            hint = difflib.get_close_matches(fact, list(self.vocab.facts), 1)
            self.err(path + ("fact",), f"unknown fact {fact!r}",
                     f"did you mean {hint[0]!r}?" if hint else "a fact from rules/facts.yaml")
            return None
        if len(ops) != 1:
            self.err(path, f"condition {node.id!r} needs exactly one test, found {len(ops) or 'none'}",
                     "one of is, equals, in, any_in, gte, gt, lte, lt")
            return None
        ftype = self.vocab[fact].type
        op = ops[0]
        if op not in OPS_BY_TYPE.get(ftype, set()):
            allowed = ", ".join(sorted(OPS_BY_TYPE.get(ftype, set()))) or "none (this fact is not tested directly)"
            self.err(path + (op,), f"'{op}' cannot test {ftype} fact {fact!r}", f"one of: {allowed}")
            return None
        if negated and op == "any_in":
            self.err(path, "'not' over a list test is not supported", "a positive any_in test, or an 'in' on a single fact")
        node.fact, node.op, node.value = fact, op, raw[op]
        self.check_value(path + (op,), node.value, ftype, op)
        return node

    def check_value(self, path, spec, ftype, op):
        element = {"countries": "country"}.get(ftype, ftype)
        if isinstance(spec, dict) and "param" in spec:
            param = self.pathway.parameters.get(spec["param"])
            if param is None:
                hint = difflib.get_close_matches(spec["param"], list(self.pathway.parameters), 1)
                self.err(path, f"unknown parameter {spec['param']!r}",
                         f"did you mean {hint[0]!r}?" if hint else "a name defined under parameters:")
                return
            want = "countries" if op in ("in", "any_in") and element == "country" else element
            if param.type and param.type != want and not (op == "in" and param.type == "enum"):
                self.err(path, f"parameter {spec['param']!r} is {param.type}, compared with a {ftype} fact", f"a {want} parameter")
            if not param.covers(self.version_start):
                self.err(path, f"parameter {spec['param']!r} has no value on {self.version_start}",
                         "a value dated on or before the version's valid_from")
            return
        if isinstance(spec, dict) and "bloc" in spec:
            if element != "country" or op not in ("in", "any_in"):
                self.err(path, "a bloc can only be used with 'in' or 'any_in' on country facts")
            elif spec["bloc"] not in self.blocs.names:
                self.err(path, f"unknown bloc {spec['bloc']!r}", "one of " + ", ".join(sorted(self.blocs.names)))
            elif spec.get("role") and spec["role"] not in self.blocs.roles(spec["bloc"]):
                self.err(path, f"bloc {spec['bloc']} has no role {spec['role']!r}",
                         "one of " + ", ".join(sorted(self.blocs.roles(spec["bloc"]))))
            return
        if V.is_relative(spec):
            if ftype != "date" or op not in COMPARISONS:
                self.err(path, "a date relative to the as-of date needs a date fact and gte/gt/lte/lt",
                         f"a {ftype} value")
            return
        if op in ("in", "any_in"):
            if not isinstance(spec, list):
                self.err(path, f"got {spec!r}", f"a list of {element} values, a parameter or a bloc")
                return
            if not spec:
                self.err(path, "an empty list can never match: this condition can never hold", "at least one value")
            for j, item in enumerate(spec):
                self.check_scalar(path + (j,), item, element)
            return
        self.check_scalar(path, spec, element)

    def check_scalar(self, path, value, ftype):
        if ftype == "bool" and not isinstance(value, bool):
            self.err(path, f"got {value!r}", "true or false")
        elif ftype == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            self.err(path, f"got {value!r}, a {type(value).__name__}, compared with a number", "a whole number")
        elif ftype == "date":
            if not isinstance(value, str):
                self.err(path, f"got {value!r}, a {type(value).__name__}, compared with a date",
                         "a date YYYY-MM-DD or {years_before_as_of: N}")
            else:
                self.date(path, value)
        elif ftype == "country" and value not in country_codes():
            self.err(path, withdrawn(value) or f"unknown country code {value!r}", "an ISO 3166 alpha-2 code")

    def check_contradictions(self, path, node):
        """Within one `all`, literal bounds on the same fact that no value can satisfy."""
        lows, highs, bools = {}, {}, {}
        for child in node.children:
            if child.kind != "fact" or isinstance(child.value, dict):
                continue
            if child.op == "is":
                if bools.setdefault(child.fact, child.value) != child.value:
                    self.err(path, f"{child.fact!r} must be both true and false: this condition can never hold")
            if child.op in ("gte", "gt"):
                lows[child.fact] = max(lows.get(child.fact, child.value), child.value)
            if child.op in ("lte", "lt"):
                highs[child.fact] = min(highs.get(child.fact, child.value), child.value)
        for fact in set(lows) & set(highs):
            if type(lows[fact]) is type(highs[fact]) and lows[fact] > highs[fact]:
                self.err(path, f"{fact!r} must be at least {lows[fact]} and at most {highs[fact]}: "
                               "this condition can never hold")

    def check_version_dates(self):
        versions = self.pathway.versions
        for i, (a, b) in enumerate(zip(versions, versions[1:])):
            if b.valid_from <= a.valid_from:
                self.err(("versions", i + 1, "valid_from"), "versions are not in date order",
                         f"a valid_from after {a.valid_from}")
            elif a.valid_until is None or a.valid_until >= b.valid_from:
                self.err(("versions", i + 1, "valid_from"),
                         f"version from {b.valid_from} overlaps the version from {a.valid_from}"
                         f" (valid until {a.valid_until or 'open-ended'})",
                         f"the earlier version to end on {b.valid_from - dt.timedelta(days=1)}")
        for version in versions:
            for node in version.conditions.walk():
                if node.op in ("in", "any_in") and isinstance(node.value, dict):
                    self.check_never_empty(version, node)

    def check_never_empty(self, version, node):
        """A parameter or bloc that resolves to an empty list on every day of the version: never holds."""
        if "param" in node.value and node.value["param"] not in self.pathway.parameters:
            return
        days = {version.valid_from} | {d for d in V.change_dates(node.value, self.pathway, self.blocs)
                                       if version.in_force(d)}
        if all(not V.resolve(node.value, self.pathway, d, self.blocs) for d in days):
            self.problems.append(Problem(node.where[0], node.where[1], node.where[2],
                                         f"condition {node.id!r} tests an empty list during the whole version "
                                         f"from {version.valid_from}: it can never hold", "a non-empty list"))


def _scenario_text(features_dir: Path) -> str:
    if not features_dir.is_dir():
        return ""
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(features_dir.rglob("*.feature")))


def check_files(pathways_dir: Path = PATHWAYS_DIR, features_dir: Path | None = FEATURES_DIR,
                rules_dir: Path = RULES_DIR, today: dt.date | None = None, vocab=None,
                blocs_=None) -> tuple[RulebookSet | None, list[Problem]]:
    """Load every rulebook under `pathways_dir`; return the set (None if any error) and all problems.
    `today` (default: the clock) is the day a `reviewed:` date may not be after. `vocab` and `blocs_` (default:
    the ones read once from `rules_dir`) let live reload check against freshly read tables without touching
    the cached ones that requests are using."""
    problems: list[Problem] = []
    vocab = vocab or vocabulary(rules_dir)
    blocs_ = blocs_ or blocs(rules_dir)
    pathways, digest = {}, hashlib.sha256()
    for shared in sorted(Path(rules_dir).rglob("*.yaml")):   # the vocabulary and bloc tables change outcomes too
        digest.update(f"rules/{shared.name}\0{hashlib.sha256(shared.read_bytes()).hexdigest()}\n".encode())
    files = sorted(Path(pathways_dir).rglob("*.yaml")) if Path(pathways_dir).is_dir() else []
    if Path(pathways_dir).is_file():
        files = [Path(pathways_dir)]
    if not files:
        problems.append(Problem(str(pathways_dir), 1, 1, "no rulebook files found", "*.yaml files"))
    for path in files:
        raw = path.read_bytes()
        sha = hashlib.sha256(raw).hexdigest()
        digest.update(f"{path.name}\0{sha}\n".encode())
        name = str(path)
        try:
            doc = yamlsafe.load(raw, name)
        except yamlsafe.YamlLoadError as exc:
            problems.append(exc.problem)
            continue
        if not isinstance(doc.data, dict):
            problems.append(Problem(name, 1, 1, "a rulebook must be a mapping", "id:, jurisdiction:, versions: ..."))
            continue
        pointer = _pointer_problem(raw, path, rules_dir)
        if pointer:
            problems.append(pointer)
        schema_problems = _schema_problems(doc)
        if schema_problems:
            problems += schema_problems
            continue
        checker = _FileChecker(doc, vocab, blocs_, sha, today)
        pathway = checker.build()
        problems += checker.problems
        if pathway.id in pathways:
            problems.append(doc.problem(("id",), f"pathway id {pathway.id!r} is already used by {pathways[pathway.id].file}"))
            continue
        pathways[pathway.id] = pathway
    statuses = {v.grants["status"]: v.grants.get("title", v.grants["status"])
                for p in pathways.values() for v in p.versions if v.grants}
    for p in pathways.values():
        for version in p.versions:
            for node in version.conditions.walk():
                if node.kind == "status" and node.status not in statuses:
                    hint = difflib.get_close_matches(node.status, list(statuses), 1)
                    problems.append(Problem(*node.where, f"status {node.status!r} is granted by no loaded pathway",
                                            f"did you mean {hint[0]!r}?" if hint else "a status some pathway grants"))
    for p in pathways.values():   # what a closed pathway or version names as its successor must exist
        named = [(p.where.get("closed", (p.file, 1, 1)), p.closed["replaced_by"])] if p.closed and p.closed["replaced_by"] else []
        named += [(v.conditions.where, v.replaced_by) for v in p.versions if v.replaced_by]
        for where, successor in named:
            if successor not in pathways:
                hint = difflib.get_close_matches(successor, list(pathways), 1)
                problems.append(Problem(*where, f"replaced_by {successor!r} is no loaded pathway",
                                        f"did you mean {hint[0]!r}?" if hint else "a pathway id"))
    problems += _superseded_problems(pathways)
    if features_dir is not None:
        scenarios = _scenario_text(Path(features_dir))
        for p in pathways.values():
            if f'"{p.id}"' not in scenarios:
                problems.append(Problem(p.file, 1, 1, f"pathway {p.id!r} has no scenarios",
                                        f'a scenario in {features_dir} that names "{p.id}"'))
    from .vocabulary import restatement_problems
    tested = {n.fact for p in pathways.values() for v in p.versions for n in v.conditions.walk() if n.fact}
    problems += restatement_problems(vocab, tested)
    for f in vocab.facts.values():   # a restating fact's permits must be permits some pathway grants
        for status in f.args.get("statuses", ()) if f.compute == "holds_status_in" and f.id in tested else ():
            if status not in statuses:
                problems.append(Problem(*f.where, f"fact {f.id!r} is derived from status {status!r}, "
                                        "which no loaded pathway grants", "a status some pathway grants"))
    strata, cycle = strata_of(pathways)
    if cycle:
        problems.append(Problem(pathways[cycle[0]].file, 1, 1, "pathways require each other's statuses in a cycle: "
                                + " -> ".join(cycle), "status chains that end"))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        return None, problems
    rulebooks = RulebookSet(pathways={pid: pathways[pid] for s in strata for pid in s}, strata=strata,
                            sha256=digest.hexdigest(), root=str(pathways_dir), statuses=statuses)
    return rulebooks, problems   # what the engine cannot take (compiler.compile_problems) is the compiler's to say


def _superseded_problems(pathways) -> list[Problem]:
    """`superseded_by:` names statuses a pathway of the same country grants, other than this pathway's own."""
    granted = {}
    for p in pathways.values():
        for status in p.granted_statuses():
            granted.setdefault(status, set()).add(p.country)
    problems = []
    for p in pathways.values():
        where = p.where.get("superseded_by", (p.file, 1, 1))
        for status, _source, _note in p.superseded_by:
            if status in p.granted_statuses():
                problems.append(Problem(*where, f"superseded_by {status!r} is this pathway's own status",
                                        "another pathway granting the same status already makes this one needless; "
                                        "name only other statuses"))
            elif p.country not in granted.get(status, ()):
                hint = difflib.get_close_matches(status, [s for s, c in granted.items() if p.country in c], 1)
                problems.append(Problem(*where, f"superseded_by {status!r} is granted by no pathway of {p.country}",
                                        f"did you mean {hint[0]!r}?" if hint else "a status some pathway of the "
                                        "same country grants"))
    return problems


def load_set(pathways_dir: Path = PATHWAYS_DIR, features_dir: Path | None = FEATURES_DIR,
             rules_dir: Path = RULES_DIR) -> RulebookSet:
    rulebooks, problems = check_files(Path(pathways_dir), features_dir, Path(rules_dir))
    if rulebooks is None:
        raise RulebookError([p for p in problems if p.severity == "error"])
    return rulebooks
