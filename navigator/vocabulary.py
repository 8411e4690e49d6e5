"""The fact vocabulary (rules/facts.yaml + rules/facts/*.yaml): every fact a rulebook may test, its type and question."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import yamlsafe
from .derive import KNOWN_COMPUTATIONS
from .problems import Problem, RulebookError

TYPES = {"bool", "int", "date", "country", "countries", "enum", "naturalisations", "statuses"}
SCALAR_TYPES = {"bool", "int", "date", "country", "enum"}


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


class Vocabulary:
    def __init__(self, facts: dict[str, FactDef]):
        self.facts = facts

    def __contains__(self, fact_id):
        return fact_id in self.facts

    def __getitem__(self, fact_id) -> FactDef:
        return self.facts[fact_id]

    def inputs(self) -> list[FactDef]:
        """Facts a person can give: plain facts, and derived facts that may be given directly."""
        return [f for f in self.facts.values() if not f.derived or f.input_allowed]

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
            facts[raw["id"]] = FactDef(
                id=raw["id"], type=raw["type"], question=raw.get("question", ""), help=raw.get("help", ""),
                group=raw.get("group", "other"), values=tuple(raw.get("values", ())),
                minimum=raw.get("min"), maximum=raw.get("max"), derived=derived,
                sources=tuple(raw.get("from", ())), compute=raw.get("compute"), args=raw.get("args", {}),
                input_allowed=bool(raw.get("input_allowed", False)), labels=raw.get("labels", {}))
            if raw["type"] == "enum" and not raw.get("values"):
                problems.append(doc.problem(where, f"enum fact {raw['id']!r} has no values", "values: [a, b, ...]"))
            if derived and raw.get("compute") not in KNOWN_COMPUTATIONS:
                problems.append(doc.problem(where + ("compute",), f"unknown computation {raw.get('compute')!r}",
                                            "one of " + ", ".join(sorted(KNOWN_COMPUTATIONS))))


def _check_facts(facts, docs, problems):
    for f in facts.values():
        for s in f.sources:
            if s not in facts:
                problems.append(Problem(docs[0].file if docs else "rules/facts.yaml", 1, 1,
                                        f"derived fact {f.id!r} is computed from unknown fact {s!r}"))
