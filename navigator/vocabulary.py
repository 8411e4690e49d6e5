"""The fact vocabulary (rules/facts.yaml + rules/facts/*.yaml): every fact a rulebook may test, its type and question."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlsafe
from .derive import KNOWN_COMPUTATIONS
from .problems import Problem, RulebookError

TYPES = {"bool", "int", "date", "country", "countries", "enum", "naturalisations", "statuses"}
SCALAR_TYPES = {"bool", "int", "date", "country", "enum"}
PREMISE_TESTS = ("is", "in", "any_in", "none_in", "lt", "lte", "gt", "gte")


@dataclass(frozen=True)
class Change:
    """A change a person can make to this answer (`changeable:`): get a document, be somewhere else. `to` is the
    value after the change (a date may be relative to the as-of date); `text` completes "If you ..."."""
    id: str
    to: object
    text: str


@dataclass(frozen=True)
class FactDef:
    id: str
    type: str
    question: str
    help: str = ""
    group: str = "other"
    values: tuple = ()
    minimum: int | None = None
    maximum: int | None = None
    derived: bool = False
    sources: tuple = ()          # for derived facts: the input facts it is computed from
    compute: str | None = None   # name of the function in navigator.derive
    args: dict = field(default_factory=dict, hash=False, compare=False)
    input_allowed: bool = False  # a derived fact that may also be given directly
    labels: dict = field(default_factory=dict, hash=False, compare=False)   # display names of enum values
    restates: bool = False       # a yes/no question restating other facts (`derived_from:`): derived from
                                 # them, accepted if given and refused when it contradicts them
    independent_of: tuple = ()   # facts its question only seems to restate (silences the duplicate check)
    changeable: tuple = ()       # Changes: what the person could do to change this answer (never a nationality,
                                 # an age, a birth or entry date); read by "what would change a no" (timing.py)
    # premises, one leaf test each on another fact ({fact: age, lt: 18}): the question is asked only while
    # every premise can still hold given the answers so far (navigator/interview.py)
    asked_if: tuple = field(default=(), hash=False, compare=False)
    differs: str = ""            # how this question differs from a related one asked before it (shown first)
    past: bool = False           # a date that cannot be after today: the interview refuses a later one
    where: tuple = ("rules/facts.yaml", 1, 1)


class Vocabulary:
    def __init__(self, facts: dict[str, FactDef]):
        self.facts = facts

    def __contains__(self, fact_id):
        return fact_id in self.facts

    def __getitem__(self, fact_id) -> FactDef:
        return self.facts[fact_id]

    def inputs(self) -> list[FactDef]:
        """Facts a person can be asked: plain facts, and derived facts that may be given directly."""
        return [f for f in self.facts.values() if not f.derived or f.input_allowed]

    def accepted(self) -> dict:
        """Facts accepted in input: the askable ones, and restating facts that are never asked (their sources
        are) but still accepted from an older file or form, and checked against those sources."""
        return {f.id: f for f in self.facts.values() if not f.derived or f.input_allowed or f.restates}

    def input_sources(self, fact_id: str) -> set[str]:
        """The facts a person would have to give to know this one (for 'missing' lists)."""
        f = self.facts[fact_id]
        if not f.derived:
            return {fact_id}
        return set().union(*(self.input_sources(s) for s in f.sources)) if not f.input_allowed else set(f.sources)


def load_vocabulary(path: Path) -> Vocabulary:
    """Load rules/facts.yaml and every rules/facts/*.yaml beside it (one file per area keeps edits apart)."""
    problems, facts = [], {}
    files = [path] + sorted((path.parent / "facts").glob("*.yaml"))
    docs = []
    for file in files:
        try:
            docs.append(yamlsafe.load(file.read_bytes(), str(file)))
        except yamlsafe.YamlLoadError as exc:
            problems.append(exc.problem)
    for doc in docs:
        _load_doc(doc, facts, problems)
    _check_facts(facts, docs, problems)
    if problems:
        raise RulebookError(problems)
    return Vocabulary(facts)


def _load_doc(doc, facts, problems):
    if not isinstance(doc.data, dict):
        problems.append(doc.problem((), "a vocabulary file must be a mapping with facts: and/or derived:"))
        return
    for section, derived in (("facts", False), ("derived", True)):
        for i, raw in enumerate(doc.data.get(section, [])):
            where = (section, i)
            if not isinstance(raw, dict) or "id" not in raw or "type" not in raw:
                problems.append(doc.problem(where, "a fact needs an id and a type"))
                continue
            if raw["type"] not in TYPES:
                problems.append(doc.problem(where + ("type",), f"unknown type {raw['type']!r}",
                                            "one of " + ", ".join(sorted(TYPES))))
                continue
            if raw["id"] in facts:
                problems.append(doc.problem(where + ("id",), f"fact {raw['id']!r} is defined twice"))
                continue
            restates = not derived and "derived_from" in raw
            facts[raw["id"]] = FactDef(
                id=raw["id"], type=raw["type"], question=raw.get("question", ""), help=raw.get("help", ""),
                group=raw.get("group", "other"), values=tuple(raw.get("values", ())),
                minimum=raw.get("min"), maximum=raw.get("max"), derived=derived or restates,
                sources=tuple(raw.get("derived_from" if restates else "from", ())), compute=raw.get("compute"),
                args=raw.get("args", {}),
                input_allowed=bool(raw.get("asked", True)) if restates else bool(raw.get("input_allowed", False)),
                labels=raw.get("labels", {}), restates=restates,
                independent_of=tuple(raw.get("independent_of", ())),
                changeable=_changes(doc, where, raw, derived or restates, problems),
                asked_if=tuple(dict(p) for p in raw.get("asked_if", ()) if isinstance(p, dict)),
                differs=raw.get("differs", ""), past=bool(raw.get("past", False)),
                where=(doc.file,) + doc.where(where))
            if restates and raw.get("compute") not in KNOWN_COMPUTATIONS:
                problems.append(doc.problem(where + ("compute",), f"unknown computation {raw.get('compute')!r}",
                                            "one of " + ", ".join(sorted(KNOWN_COMPUTATIONS))))
            if raw["type"] == "enum" and not raw.get("values"):
                problems.append(doc.problem(where, f"enum fact {raw['id']!r} has no values", "values: [a, b, ...]"))
            if derived and raw.get("compute") not in KNOWN_COMPUTATIONS:
                problems.append(doc.problem(where + ("compute",), f"unknown computation {raw.get('compute')!r}",
                                            "one of " + ", ".join(sorted(KNOWN_COMPUTATIONS))))


NEVER_CHANGEABLE = {"nationalities", "naturalisations", "country_of_birth", "birth_date", "age", "entry_date",
                    "host_country"}


def _changes(doc, where, raw, derived, problems) -> tuple:
    """The `changeable:` list of a fact: [{id, to, text}], each `to` a value the fact can take."""
    items = raw.get("changeable")
    if items is None:
        return ()
    here = where + ("changeable",)
    if derived or raw["id"] in NEVER_CHANGEABLE or not isinstance(items, list) or not items:
        problems.append(doc.problem(here, f"fact {raw['id']!r} cannot be marked changeable here",
                                    "a non-empty list of {id, to, text} on a fact a person gives and can change "
                                    "(a document, a certificate, where they are; never a nationality, an age, a "
                                    "birth or entry date)"))
        return ()
    out = []
    for i, item in enumerate(items):
        ok = isinstance(item, dict) and set(item) == {"id", "to", "text"} and isinstance(item["text"], str) \
            and item["text"].strip() and isinstance(item["id"], str)
        if ok:
            to, t = item["to"], raw["type"]
            ok = (t == "bool" and isinstance(to, bool)) or (t == "enum" and to in raw.get("values", ())) or \
                (t == "date" and is_relative_spec(to)) or (t == "int" and isinstance(to, int) and not isinstance(to, bool))
        if not ok:
            problems.append(doc.problem(here + (i,), "a change needs id, to and text, with `to` a value of the "
                                        f"fact's type {raw['type']}", "e.g. {id: get, to: true, text: \"you get a "
                                        "passport\"}; a date as {years_after_as_of: N}"))
            continue
        out.append(Change(item["id"], item["to"], item["text"]))
    return tuple(out)


def is_relative_spec(spec) -> bool:
    from .values import is_relative
    return is_relative(spec)


def _check_facts(facts, docs, problems):
    seen = {}
    for f in facts.values():
        for s in f.sources + f.independent_of + tuple(p.get("fact") for p in f.asked_if):
            if s not in facts:
                problems.append(Problem(*f.where, f"fact {f.id!r} names unknown fact {s!r}"))
        for p in f.asked_if:
            tests = [k for k in p if k != "fact"]
            if len(tests) != 1 or tests[0] not in PREMISE_TESTS:
                problems.append(Problem(*f.where, f"fact {f.id!r}: a premise is one test on one fact",
                                        "{fact: age, lt: 18}; tests: " + ", ".join(PREMISE_TESTS)))
        if f.derived:   # two facts computed the same way from the same facts say the same thing twice
            key = (f.compute, f.sources, tuple(sorted((k, str(v)) for k, v in f.args.items())))
            if key in seen:
                problems.append(Problem(*f.where, f"fact {f.id!r} duplicates {seen[key]!r} (same computation "
                                        f"from {', '.join(f.sources)})", "one fact per meaning"))
            seen.setdefault(key, f.id)


# A yes/no question that asks again what a list fact already says (the person's nationalities, the permits
# they hold now): it must be declared `derived_from:` that fact, or `independent_of:` it with a reason.
RESTATEMENT_PATTERNS = {
    "nationalities": re.compile(r"\bnationalit(y|ies)\b|\bnational\b(?!\s+(identity|migration))", re.I),
    "statuses": re.compile(r"\b(do|did) you( yourself)? hold\b(?!.*\bexpired\b)", re.I),
}


def restatement_problems(vocab, tested: set) -> list[Problem]:
    """Every plain yes/no fact a rulebook tests whose question restates `nationalities` or `statuses`."""
    problems = []
    for f in vocab.facts.values():
        if f.derived or f.type != "bool" or f.id not in tested:
            continue
        for other, pattern in RESTATEMENT_PATTERNS.items():
            if other in vocab and other not in f.independent_of and pattern.search(f.question):
                problems.append(Problem(*f.where, f"fact {f.id!r} asks again what {other!r} says "
                                        f"({f.question!r}): two answers could contradict each other",
                                        f"derived_from: [{other}] with a compute, or independent_of: [{other}] "
                                        "with the reason in a comment"))
    return problems
