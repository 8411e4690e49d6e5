"""Compile checked rulebooks into durable-rules rulesets (JSON rule data, never code).

Design, from engine-notes:
- one flat pattern per pathway version and parameter segment, on a single `person` fact: no joins over
  derived facts, so no negation over derived facts to stratify (2.7);
- the guard `as_of` between the segment's dates selects the version in force inside the engine;
- granted statuses chain across strata: the wrapper runs stratum 0, adds the statuses its eligible
  pathways grant to the person fact, then runs stratum 1 (forward chaining in dependency order);
- rulesets are partitioned by host country and stratum, and cut so that no ruleset carries more than
  FANOUT_BUDGET non-hashed alpha tests: no person can then make one node match more than 64 children
  (error 303, 2.10), whatever their facts.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from . import values as V
from .problems import Problem

FANOUT_BUDGET = 60         # the C matcher's stack is 64; keep a margin
MAX_RULES_PER_RULESET = 200


@dataclass
class CompiledRuleset:
    name: str
    stratum: int
    host: str
    rules: dict = field(default_factory=dict)
    tests: int = 0


@dataclass
class CompiledSet:
    rulesets: list
    strata: int
    relative_specs: list       # as-of-relative dates the person fact must carry
    statuses: list             # status ids with engine attributes
    grants: dict               # pathway id -> grants by version: [(valid_from, valid_until, grants)]


def strata_of(pathways: dict) -> tuple[list, list | None]:
    """Kahn layering: a pathway comes after every pathway granting a status it requires."""
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


def status_attr(status: str, chained: bool = False) -> str:
    return ("stc__" if chained else "st__") + re.sub(r"[^a-z0-9]", "_", status)


def _encode(value):
    """Only types the engine compares coherently reach it (engine-notes 2.1)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or not isinstance(value, (str, int, bool)):
        raise ValueError(f"cannot compile the value {value!r}: expected text, a whole number, true/false or a date")
    return value


class _Compiler:
    def __init__(self, pathway, vocab, blocs, day):
        self.pathway, self.vocab, self.blocs, self.day = pathway, vocab, blocs, day
        self.relative = []

    def expr(self, node, negate=False):
        """Return a durable-rules expression, or True / False when the node is constant for this segment."""
        kind = node.kind
        if kind in ("all", "any"):
            conj = (kind == "all") != negate
            parts = [self.expr(child, negate) for child in node.children]
            if conj:
                if any(p is False for p in parts):
                    return False
                parts = [p for p in parts if p is not True]
                return True if not parts else parts[0] if len(parts) == 1 else {"$and": _flatten(parts, "$and")}
            if any(p is True for p in parts):
                return True
            parts = [p for p in parts if p is not False]
            return False if not parts else parts[0] if len(parts) == 1 else {"$or": _flatten(parts, "$or")}
        if kind == "not":
            return self.expr(node.children[0], not negate)
        if kind == "unsettled":
            return False              # unknown is never "certainly true", negated or not
        if kind == "status":
            window = None if node.within_days is None else V.resolve(node.within_days, self.pathway, self.day, self.blocs)

            def one(attr):
                if window is None:
                    return {"$ex": {attr: 1}}
                return {"$and": [{"$gte": {attr: 0}}, {"$lte": {attr: window}}]}
            return {"$or": [one(status_attr(node.status)), one(status_attr(node.status, True))]}
        return self.fact_expr(node, negate)

    def fact_expr(self, node, negate):
        attr, op = node.fact, node.op
        ftype = self.vocab[attr].type
        if V.is_relative(node.value):
            self.relative.append(node.value)
            target = {"$m": V.relative_attr(node.value)}
        else:
            value = V.resolve(node.value, self.pathway, self.day, self.blocs, "date" if ftype == "date" else None)
            target = sorted(_encode(v) for v in value) if op in ("in", "any_in") else _encode(value)
        if op in ("is", "equals"):
            return {"$neq": {attr: target}} if negate else {attr: target}
        if op == "in":
            if negate:
                return {"$and": [{"$neq": {attr: v}} for v in target]} if target else {"$ex": {attr: 1}}
            if not target:
                return False
            return {attr: target[0]} if len(target) == 1 else {"$or": [{attr: v} for v in target]}
        if op == "any_in":
            if not target:
                return False
            inner = {"$i": target[0]} if len(target) == 1 else {"$or": [{"$i": v} for v in target]}
            return {"$iany": {attr: inner}}
        flipped = {"gte": "lt", "gt": "lte", "lte": "gt", "lt": "gte"}
        return {"$" + (flipped[op] if negate else op): {attr: target}}


def _flatten(parts, key):
    out = []
    for p in parts:
        out.extend(p[key] if isinstance(p, dict) and list(p) == [key] else [p])
    return out


def count_tests(expr) -> int:
    """Alpha tests an expression adds (every comparison, list item and equality; a safe over-count)."""
    if isinstance(expr, list):
        return sum(count_tests(e) for e in expr)
    if not isinstance(expr, dict):
        return 0
    total = 0
    for key, value in expr.items():
        if key in ("$and", "$or"):
            total += count_tests(value)
        elif key in ("$iany", "$iall"):
            total += max(1, count_tests(list(value.values())))
        elif key.startswith("$"):
            total += 1 if not isinstance(value, dict) or not any(k.startswith("$") for k in value) else count_tests(value)
        else:
            total += 1
    return total


def _segments(pathway, version, blocs):
    days = {version.valid_from}
    for node in version.conditions.walk():
        for spec in (node.value, node.within_days):
            days |= {d for d in V.change_dates(spec, pathway, blocs) if version.in_force(d)}
    days = sorted(days)
    ends = [d - dt.timedelta(days=1) for d in days[1:]] + [version.valid_until]
    return list(zip(days, ends))


def compile_pathway(pathway, vocab, blocs):
    """Yield (rule name, rule dict, test count, relative specs) for every version segment that can fire."""
    for vi, version in enumerate(pathway.versions):
        scope, body = version.conditions.children
        for si, (start, end) in enumerate(_segments(pathway, version, blocs)):
            comp = _Compiler(pathway, vocab, blocs, start)
            expr = comp.expr(body)
            if expr is False:
                continue
            terms = [{"t": "person"}, {"host_country": scope.value}, {"$gte": {"as_of": start.isoformat()}}]
            if end is not None:
                terms.append({"$lte": {"as_of": end.isoformat()}})
            if expr is not True:
                terms.extend(_flatten([expr], "$and"))
            rule = {"all": [{"m": {"$and": terms}}], "run": f"eligible:{pathway.id}"}
            yield f"{pathway.id}#{vi}#{si}", rule, count_tests(terms) - 2, comp.relative


def compile_set(rulebooks, vocab, blocs) -> CompiledSet:
    rulesets, relative, grants = [], {}, {}
    for stratum, ids in enumerate(rulebooks.strata):
        by_host = defaultdict(list)
        for pid in ids:
            pathway = rulebooks.pathways[pid]
            grants[pid] = [(v.valid_from, v.valid_until, v.grants) for v in pathway.versions]
            for name, rule, tests, rel in compile_pathway(pathway, vocab, blocs):
                by_host[pathway.country].append((name, rule, tests))
                for spec in rel:
                    relative[V.relative_attr(spec)] = spec
        for host, rules in sorted(by_host.items()):
            current = None
            for name, rule, tests in rules:
                if current is None or current.tests + tests > FANOUT_BUDGET or len(current.rules) >= MAX_RULES_PER_RULESET:
                    current = CompiledRuleset(f"s{stratum}.{host}.{len(rulesets)}", stratum, host)
                    rulesets.append(current)
                current.rules[name] = rule
                current.tests += tests
    return CompiledSet(rulesets, len(rulebooks.strata), sorted(relative.items()), sorted(rulebooks.statuses), grants)


def compile_problems(rulebooks, vocab, blocs) -> list[Problem]:
    """Rules too wide for the engine's alpha stack, named by file and version."""
    problems = []
    for pathway in rulebooks.pathways.values():
        for name, _rule, tests, _rel in compile_pathway(pathway, vocab, blocs):
            if tests > FANOUT_BUDGET:
                vi = int(name.split("#")[1])
                line, col = pathway.versions[vi].conditions.where[1:]
                problems.append(Problem(pathway.file, line, col,
                                        f"version {vi + 1} compiles to {tests} engine tests in one rule",
                                        f"at most {FANOUT_BUDGET}: split long lists into a parameter per host or a simpler tree"))
    return problems
