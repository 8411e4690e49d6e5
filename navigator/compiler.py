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


def attributes(expr) -> set:
    """The fact attributes an expression reads (comparison targets named with `$m` included)."""
    if isinstance(expr, list):
        return set().union(*(attributes(e) for e in expr)) if expr else set()
    if not isinstance(expr, dict):
        return set()
    out = set()
    for key, value in expr.items():
        if key in ("$and", "$or"):
            out |= attributes(value)
        elif key in ("$ex", "$nex", "$iany", "$iall"):
            out |= set(value)
        elif key.startswith("$"):
            if isinstance(value, dict):
                for attr, target in value.items():
                    if attr != "$i":
                        out.add(attr)
                    if isinstance(target, dict) and "$m" in target:
                        out.add(target["$m"])
        else:
            out.add(key)
    return out


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
    used = {s for p in rulebooks.pathways.values() for s in p.required_statuses()}
    for pathway in rulebooks.pathways.values():
        for vi, version in enumerate(pathway.versions):
            if version.grants and version.grants["status"] in used and \
                    any(n.kind == "status" for n in version.conditions.walk()):
                line, col = version.conditions.where[1:]
                problems.append(Problem(pathway.file, line, col,
                                        f"version {vi + 1} grants a status other pathways require and itself "
                                        "requires a status", "one link of chained statuses: the engine chains "
                                        "a status granted by a pathway that requires none"))
        for name, _rule, tests, _rel in compile_pathway(pathway, vocab, blocs):
            if tests > FANOUT_BUDGET:
                vi = int(name.split("#")[1])
                line, col = pathway.versions[vi].conditions.where[1:]
                problems.append(Problem(pathway.file, line, col,
                                        f"version {vi + 1} compiles to {tests} engine tests in one rule",
                                        f"at most {FANOUT_BUDGET}: split long lists into a parameter per host or a simpler tree"))
    return problems


# ---------------------------------------------------------------- leaf programs: the engine decides every test
# Each distinct leaf test of a host's pathways (a fact test at one resolved value, or a status test at one
# window) is compiled once into a `met` rule and, for fact tests, a `not_met` rule (the negated pattern; an
# absent attribute matches neither, so "unknown" is what neither rule says). Status tests have two `met` rules:
# one on the person's held statuses, one on `granted` facts, which the actions of `grant` rules assert inside the
# same session (forward chaining). Statuses are positive only (the checker forbids `not` over them), so this
# chaining is monotonic: nothing negates a derived fact and nothing needs stratifying (engine-notes 2.7).
# The person fact is asserted as shards `{"t": "p<k>"}`; `t` is a hashed equality, so an assert walks only its
# shard's tests, and each shard carries at most FANOUT_BUDGET non-hashed tests: no person, whatever their facts,
# can make one node match more than 64 children (error 303, engine-notes 2.10). The bound holds by construction.
SENTINEL = ""       # first item of every list in the person fact: `$iall` never fires on [] (no vacuous truth)
POSSIBLE = "possible__"


@dataclass
class LeafUse:
    """Where a condition's leaf result is, on the days from start to end (None: open-ended)."""
    start: dt.date
    end: dt.date | None
    leaf: int
    expected: object          # the resolved value or window, for display (relative dates resolved per person)
    relative: bool = False    # the value is a date relative to the as-of date


@dataclass
class HostProgram:
    host: str
    rules: dict = field(default_factory=dict)        # rule name -> durable-rules rule (no `run`: actions are ours)
    shards: int = 0
    grants: dict = field(default_factory=dict)       # grant rule name -> (pathway id, grants dict)
    relative_specs: dict = field(default_factory=dict)
    leaves: int = 0
    shard_attrs: list = field(default_factory=list)  # per shard: the person attributes its rules read
    decode: dict = field(default_factory=dict)       # leaf rule name -> (leaf, "met" | "not_met")


@dataclass
class LeafProgram:
    hosts: dict                                       # host -> HostProgram
    uses: dict                                        # id(node) -> [LeafUse]
    nodes: list                                       # keeps every indexed node alive (ids stay unique)
    leaf_fact: dict                                   # leaf -> fact id (None for status leaves)
    possible_facts: list                              # derived list facts whose upper bound the engine may see
    flagged: frozenset = frozenset()                  # id(node): conditions with an unconfirmed note or parameter
    leads: frozenset = frozenset()                    # id(node): groups with such a condition inside
    anywhere: HostProgram | None = None               # every host's leaf rules, each distinct leaf once: for a
                                                      # person whose host is unknown (None: run every host's)
    folds: dict = field(default_factory=dict)         # id(condition tree) -> its compiled folds (logic.fold)

    def walk_flagged(self, result):
        """The results of flagged conditions, in tree order (the explainer reads their `unconfirmed` notes)."""
        if id(result.node) in self.flagged:
            yield result
        for kid in result.children:
            key = id(kid.node)
            if key in self.leads or key in self.flagged:
                yield from self.walk_flagged(kid)

    def use(self, node, day):
        """The leaf of a condition on `day`, on which its version is in force (a node belongs to one version)."""
        uses = self.uses.get(id(node))
        if uses is not None and len(uses) == 1:      # one segment: the version's whole time in force
            return uses[0]
        for u in uses or ():
            if u.start <= day and (u.end is None or day <= u.end):
                return u
        return None


def _not_any_in(attr, target):
    if not target:
        return {"$ex": {attr: 1}}
    inner = {"$neq": {"$i": target[0]}} if len(target) == 1 else {"$and": [{"$neq": {"$i": v}} for v in target]}
    return {"$iall": {attr: inner}}


def _window_terms(attr, window):
    if window is None:
        return [{"$ex": {attr: 1}}]
    return [{"$gte": {attr: 0}}, {"$lte": {attr: window}}]


def _equalities(terms):
    """(property, values) when a rule's only test is an equality, or an `$or` of equalities, on one property."""
    if len(terms) != 1:
        return None
    parts = terms[0]["$or"] if list(terms[0]) == ["$or"] else [terms[0]]
    props = set()
    for part in parts:
        if len(part) != 1:
            return None
        (key, value), = part.items()
        if key.startswith("$") or not isinstance(value, (str, int, bool)):
            return None
        props.add(key)
    return (props.pop(), tuple(p[next(iter(p))] for p in parts)) if len(props) == 1 else None


class _Shard:
    def __init__(self):
        self.other = 0
        self.eq = {}              # property -> {value: rules testing it}

    def load_with(self, eq, tests) -> int:
        if eq is None:
            return self.load() + tests
        prop, values = eq
        counts = dict(self.eq.get(prop, {}))
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        return self.load() - max(self.eq.get(prop, {0: 0}).values()) + max(counts.values())

    def add(self, eq, tests):
        if eq is None:
            self.other += tests
            return
        prop, values = eq
        counts = self.eq.setdefault(prop, {})
        for v in values:
            counts[v] = counts.get(v, 0) + 1

    def load(self) -> int:
        return self.other + sum(max(c.values()) for c in self.eq.values())


class _HostBuilder:
    def __init__(self, program: HostProgram, counter, keys, anywhere=None):
        self.p, self.counter = program, counter
        self.shards = []
        self.keys = keys          # shared by every host: one leaf index per distinct test, whichever host uses it
        self.mine = set()         # the leaves this host's rules decide
        self.anywhere = anywhere  # the host-unknown builder, which gets every person leaf rule once

    def _place(self, name, terms, tests):
        """Put a person rule in the first shard with room for its tests.

        A shard's load is what one assert can push on the alpha stack at once: every non-equality test counts
        (count_tests, a safe over-count), while rules made only of equalities on one property, right under the
        shard's root, count once per property and value: a scalar matches one value only, and equalities on one
        property are hash-indexed (engine-notes 2.10)."""
        if tests > FANOUT_BUDGET:
            raise ValueError(f"rule {name} of {self.p.host} needs {tests} engine tests, more than {FANOUT_BUDGET}")
        eq = _equalities(terms)
        for k, shard in enumerate(self.shards):
            if shard.load_with(eq, tests) <= FANOUT_BUDGET:
                break
        else:
            k, shard = len(self.shards), _Shard()
            self.shards.append(shard)
        shard.add(eq, tests)
        if k == len(self.p.shard_attrs):
            self.p.shard_attrs.append(set())
        self.p.shard_attrs[k] |= attributes(terms)
        self.p.rules[name] = {"all": [{"m": {"$and": [{"t": f"p{k}"}] + terms}}]}

    def person_rule(self, name, expr):
        terms = _flatten([expr], "$and")
        self._place(name, terms, count_tests(terms))
        self._decode(name)
        if self.anywhere is not None and name[0] != "g" and name not in self.anywhere.p.rules:
            self.anywhere.person_rule(name, expr)

    def _decode(self, name):
        if name[0] in "mnc":
            self.p.decode[name] = (int(name[1:].rstrip("p")), "not_met" if name[0] == "n" else "met")

    def leaf(self, key, make):
        """The leaf index of a distinct test (the same in every host), compiling its rules into this host's
        ruleset the first time this host uses it."""
        found = self.keys.get(key)
        if found is None:
            found = self.keys[key] = next(self.counter)
        if found not in self.mine:
            self.mine.add(found)
            self.p.leaves += 1
            make(found)
        return found


def compile_leaves(rulebooks, vocab, blocs) -> LeafProgram:
    counter = iter(range(1 << 30))
    hosts, uses, nodes, leaf_fact = {}, defaultdict(list), [], {}
    possible = sorted(f.id for f in vocab.facts.values() if f.derived and f.type == "countries")
    used_statuses = {s for p in rulebooks.pathways.values() for s in p.required_statuses()}
    builders, keys = {}, {}
    anywhere = _HostBuilder(HostProgram("*"), counter, keys)
    for pid in (pid for stratum in rulebooks.strata for pid in stratum):
        pathway = rulebooks.pathways[pid]
        host = pathway.country
        if host not in builders:
            hosts[host] = HostProgram(host)
            builders[host] = _HostBuilder(hosts[host], counter, keys, anywhere)
        b = builders[host]
        for vi, version in enumerate(pathway.versions):
            for si, (start, end) in enumerate(_segments(pathway, version, blocs)):
                comp = _Compiler(pathway, vocab, blocs, start)
                for node in version.conditions.walk():
                    if node.kind == "fact":
                        leaf, expected = _fact_leaf(b, comp, node, leaf_fact)
                    elif node.kind == "status":
                        leaf, expected = _status_leaf(b, comp, node, leaf_fact)
                    else:
                        continue
                    nodes.append(node)
                    uses[id(node)].append(LeafUse(start, end, leaf, expected, V.is_relative(node.value)))
                for spec in comp.relative:
                    b.p.relative_specs[V.relative_attr(spec)] = spec
                if version.grants and version.grants["status"] in used_statuses:
                    _grant_rule(b, pathway, vi, si, start, end, vocab, blocs)
    for b in (*builders.values(), anywhere):
        b.p.shards = len(b.shards)
    anywhere.p.leaves = len({leaf for leaf, _ in anywhere.p.decode.values()})
    for hp in hosts.values():
        anywhere.p.relative_specs.update(hp.relative_specs)
    flagged, leads = set(), set()
    for pathway in rulebooks.pathways.values():
        for version in pathway.versions:
            nodes.append(version.conditions)
            _mark(pathway, version.conditions, flagged, leads)
    return LeafProgram(hosts, {k: tuple(v) for k, v in uses.items()}, nodes, leaf_fact, possible,
                       frozenset(flagged), frozenset(leads), anywhere.p if _hosted(hosts) else None)


def _hosted(hosts) -> bool:
    """Whether every grant rule tests the host country, so none can fire for a person whose host is unknown: then
    that person's leaves are exactly what every host's person rules decide, and the `anywhere` ruleset (each
    distinct leaf rule once, no grant rules, no chained-status rules, since no status is granted) gives them in
    one session instead of one per host (engine-notes 2.10's bound holds in it as in every ruleset: same shards)."""
    def tests_host(terms):
        for t in terms:
            if "host_country" in t and not str(next(iter(t))).startswith("$"):
                return True
            if list(t) == ["$or"] and all(list(p) == ["host_country"] for p in t["$or"]):
                return True
        return False
    return all(tests_host(hp.rules[name]["all"][0]["m"]["$and"][1:]) for hp in hosts.values() for name in hp.grants)


def _mark(pathway, node, flagged, leads) -> bool:
    """Mark conditions carrying an unconfirmed note (theirs or their parameter's) and the groups above them."""
    inside = False
    for child in node.children:
        inside |= _mark(pathway, child, flagged, leads)
    if inside:
        leads.add(id(node))
    own = bool(node.unconfirmed)
    for spec in (node.value, node.within_days):
        if isinstance(spec, dict) and "param" in spec:
            param = pathway.parameters.get(spec["param"])
            own |= bool(param and param.unconfirmed)
    if own:
        flagged.add(id(node))
    return inside or own


def _fact_leaf(b, comp, node, leaf_fact):
    attr, op = node.fact, node.op
    met, not_met = comp.fact_expr(node, False), comp.fact_expr(node, True)
    if V.is_relative(node.value):
        expected = None
    else:
        ftype = comp.vocab[attr].type
        expected = V.resolve(node.value, comp.pathway, comp.day, comp.blocs, "date" if ftype == "date" else None)
        if op in ("in", "any_in"):
            expected = frozenset(expected or ())
    if op == "any_in":
        target = sorted(_encode(v) for v in (expected or ()))
        not_met = _not_any_in(attr, target)
    elif op in ("is", "equals", "in") and not V.is_relative(node.value):
        fact = comp.vocab[attr]       # a closed set of values: "not met" is "one of the others" (equalities)
        domain = [True, False] if fact.type == "bool" else list(fact.values) if fact.type == "enum" and fact.values else None
        if domain is not None:
            chosen = set(expected) if op == "in" else {expected}
            others = [_encode(v) for v in domain if v not in chosen]
            not_met = False if not others else {attr: others[0]} if len(others) == 1 else \
                {"$or": [{attr: v} for v in others]}
    key = ("fact", attr, op, repr(met))

    def make(leaf):
        leaf_fact[leaf] = attr
        if met is not False:
            b.person_rule(f"m{leaf}", met)
        if not_met is not False:
            b.person_rule(f"n{leaf}", not_met if not_met is not True else {"$ex": {attr: 1}})
        if op == "any_in":          # a derived list still unknown may be bounded: no possible item in the list
            b.person_rule(f"n{leaf}p", _not_any_in(POSSIBLE + attr, sorted(_encode(v) for v in (expected or ()))))
    return b.leaf(key, make), expected


def _status_leaf(b, comp, node, leaf_fact):
    window = None if node.within_days is None else V.resolve(node.within_days, comp.pathway, comp.day, comp.blocs)
    key = ("status", node.status, window)

    def make(leaf):
        leaf_fact[leaf] = None
        b.person_rule(f"m{leaf}", {"$and": _window_terms(status_attr(node.status), window)})
        b.p.rules[f"c{leaf}"] = {"all": [{"g": {"$and": [{"t": "granted"}, {"s": node.status}]
                                                + _window_terms("days", window)}}]}
        b._decode(f"c{leaf}")
    return b.leaf(key, make), window


def _grant_rule(b, pathway, vi, si, start, end, vocab, blocs):
    """The pathway is certainly eligible (its flat pattern on the person), so its status is granted."""
    version = pathway.versions[vi]
    comp = _Compiler(pathway, vocab, blocs, start)
    expr = comp.expr(version.conditions)       # with the jurisdiction: the host may be unknown
    if expr is False:
        return
    terms = [{"$gte": {"as_of": start.isoformat()}}]
    if end is not None:
        terms.append({"$lte": {"as_of": end.isoformat()}})
    if expr is not True:
        terms.extend(_flatten([expr], "$and"))
    name = f"g{len(b.p.grants)}"
    b.person_rule(name, {"$and": terms})
    b.p.grants[name] = (pathway.id, version.grants)
    for spec in comp.relative:
        b.p.relative_specs[V.relative_attr(spec)] = spec
