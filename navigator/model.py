"""The rulebook model: pathways, their dated versions and condition trees, each condition with its source."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

COMPARISONS = ("gte", "gt", "lte", "lt")
TESTS = ("is", "equals", "in", "any_in") + COMPARISONS


@dataclass(frozen=True)
class Source:
    instrument: str
    article: str
    url: str
    refs: tuple = ()

    def as_dict(self):
        return {"instrument": self.instrument, "article": self.article, "url": self.url, "refs": list(self.refs)}


@dataclass
class Node:
    """One condition: a group (all / any / not) or a typed test with its legal source."""
    kind: str                      # all | any | not | fact | status | unsettled
    id: str
    text: str
    where: tuple = ("", 1, 1)      # file, line, column
    children: list = field(default_factory=list)
    fact: str | None = None
    op: str | None = None          # one of TESTS for kind == fact
    value: object = None           # raw spec: literal, {param}, {bloc}, {years_before_as_of}
    status: str | None = None
    within_days: object = None     # raw spec for status tests
    source: Source | None = None
    unconfirmed: str | None = None
    unsettled: str | None = None

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Step:
    """One procedural step (how or where to apply): shown to the person, never tested, never a 'no'."""
    id: str
    text: str
    source: Source | None
    unconfirmed: str | None = None
    where: tuple = ("", 1, 1)

    def as_dict(self):
        return {"id": self.id, "text": self.text, "source": self.source.as_dict() if self.source else None,
                "unconfirmed": self.unconfirmed}


@dataclass
class Parameter:
    name: str
    description: str
    type: str | None
    values: list                   # [(date, value)] sorted by date
    source: Source
    unconfirmed: str | None = None

    def at(self, day: dt.date):
        current = None
        for start, value in self.values:
            if start <= day:
                current = value
        return current

    def covers(self, day: dt.date) -> bool:
        return bool(self.values) and self.values[0][0] <= day


@dataclass
class Version:
    valid_from: dt.date
    valid_until: dt.date | None
    conditions: Node               # includes the implicit jurisdiction condition as its first child
    grants: dict | None = None
    documents: list = field(default_factory=list)
    apply: dict | None = None
    changes: str | None = None
    unconfirmed: str | None = None
    replaced_by: str | None = None
    procedure: tuple = ()          # Steps: how to apply, carried into every result of this version

    @property
    def label(self) -> str:
        return self.valid_from.isoformat()

    def in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@dataclass
class Pathway:
    id: str
    jurisdiction: dict
    family: str | None
    kind: str
    title: str
    summary: str
    instrument: Source
    parameters: dict
    versions: list
    notes: list
    file: str
    sha256: str
    reviewed: object = None                  # dt.date the sources were last checked (rulebook's `reviewed:`)
    reviewed_sources: tuple = ()
    closed: dict | None = None               # closing note {on?, reason, replaced_by?, source}
    # statuses that give at least what this pathway gives (`superseded_by:`): (status, Source, unconfirmed) each
    superseded_by: tuple = ()
    where: dict = field(default_factory=dict, repr=False, compare=False)   # key -> (file, line, column)
    country: str = field(init=False)         # jurisdiction["country"], read on every evaluation

    def __post_init__(self):
        self.country = self.jurisdiction["country"]

    def version_at(self, day: dt.date) -> Version | None:
        for version in self.versions:
            if version.in_force(day):
                return version
        return None

    def granted_statuses(self) -> set:
        return {v.grants["status"] for v in self.versions if v.grants}

    def required_statuses(self) -> set:
        return {n.status for v in self.versions for n in v.conditions.walk() if n.kind == "status"}


@dataclass
class RulebookSet:
    pathways: dict                 # id -> Pathway, in dependency order (a granting pathway before its users)
    strata: list                   # [[pathway ids]] in evaluation order
    sha256: str
    root: str
    statuses: dict                 # status id -> title
    _ordered: list | None = field(default=None, repr=False, compare=False)
    _cities: dict = field(default_factory=dict, repr=False, compare=False)

    def ordered(self):
        if self._ordered is None:
            self._ordered = [self.pathways[pid] for stratum in self.strata for pid in stratum]
        return self._ordered

    def cities(self, host: str | None) -> list[str]:
        """The cities of `host` with their own programmes or services (asked about right after the country)."""
        found = self._cities.get(host)
        if found is None:
            found = self._cities[host] = sorted({p.jurisdiction["city"] for p in self.pathways.values()
                                                 if p.country == host and p.jurisdiction.get("city")})
        return found


def strata_of(pathways: dict) -> tuple[list, list | None]:
    """Kahn layering: a pathway comes after every pathway granting a status it requires. A property of the
    rulebook set (who grants what), read by the checker and the compiler alike."""
    grantors = defaultdict(set)
    for p in pathways.values():
        for s in p.granted_statuses():
            grantors[s].add(p.id)
    deps = {pid: {g for s in p.required_statuses() for g in grantors.get(s, ())} for pid, p in pathways.items()}
    strata, done = [], set()
    while len(done) < len(deps):
        layer = sorted(pid for pid, d in deps.items() if pid not in done and d <= done)
        if not layer:
            cycle = sorted(pid for pid in deps if pid not in done)
            return strata, cycle
        strata.append(layer)
        done |= set(layer)
    return strata, None
