"""The differential check: durable-rules against the pure-Python matcher and the reference evaluator.

Both engine backends run the same compiled leaf rules; the reference evaluator (`logic.evaluate` without engine
results) reads the rulebook directly. For one person, every leaf must get the same three-valued result from
both backends, and every pathway the same tree (each node's status and missing facts) from all three. The
hypothesis property test (tests/test_core.py) and the release gate (`navigator check --release`) both use it;
the gate draws its people from a seeded generator, so it needs nothing beyond the runtime dependencies.
"""
from __future__ import annotations

import datetime as dt
import random

from .core import Core
from .explain import explain
from .facts import normalise
from .problems import InputError


def trees(results) -> list:
    return [(r.pathway.id, r.status, tuple(r.missing),
             [(n.node.id, n.status, tuple(sorted(n.missing))) for n in r.tree.walk()]) for r in results]


def differences(navigator, oracle: Core, person) -> list[str]:
    """What the engine, the matcher and the reference evaluator disagree on for this person (empty: nothing)."""
    engine, matcher = navigator.core.leaves(person), oracle.leaves(person)
    out = []
    for leaf in sorted(set(engine.status) | set(matcher.status)):
        if engine.status.get(leaf) != matcher.status.get(leaf):
            out.append(f"leaf {leaf}: {navigator.core.name} says {engine.status.get(leaf, 'unknown')}, "
                       f"the matcher {matcher.status.get(leaf, 'unknown')}")
    if engine.granted != matcher.granted:
        out.append(f"granted statuses: {sorted(engine.granted)} against {sorted(matcher.granted)}")
    folds = [trees(explain(navigator.rulebooks, person, navigator.vocab, navigator.blocs, leaves=leaves))
             for leaves in (engine, matcher, None)]
    for name, other in (("the matcher's", folds[1]), ("the reference evaluator's", folds[2])):
        for mine, theirs in zip(folds[0], other):
            if mine != theirs:
                out.append(f"{mine[0]}: the engine's fold gives {mine[1]}, {name} {theirs[1]} "
                           f"(or their trees differ)")
    return out


def random_people(navigator, n: int, seed: int = 20261207):
    """Seeded people the vocabulary can describe: each input fact unknown about one time in five."""
    rng = random.Random(seed)
    vocab = navigator.vocab
    hosts = sorted({p.country for p in navigator.rulebooks.pathways.values()})
    statuses = sorted(navigator.rulebooks.statuses)
    countries = sorted(set(hosts) | {"VE", "HT", "CU", "ES", "US", "CO", "PE"})
    for _ in range(n):
        as_of = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(7300))

        def day(lo, hi):
            return (as_of + dt.timedelta(days=rng.randrange(lo, hi))).isoformat()  # noqa: B023  (called in this iteration)
        facts = {}
        for fact in vocab.inputs():
            if rng.randrange(5) == 0:
                continue
            t = fact.type
            if fact.id == "host_country":
                value = rng.choice(hosts)
            elif t == "bool":
                value = rng.random() < 0.5
            elif t == "int":
                lo = fact.minimum if fact.minimum is not None else 0
                value = rng.randint(lo, min(fact.maximum if fact.maximum is not None else 120, lo + 120))
            elif t == "date":
                value = day(-4000, 1) if fact.id == "birth_date" else day(-4000, 2000)
            elif t == "country":
                value = rng.choice(countries)
            elif t == "countries":
                value = rng.sample(countries, rng.randint(1, 3))
            elif t == "enum":
                value = rng.choice(list(fact.values))
            elif t == "statuses":
                value = [{"status": s, "expires": day(-30, 900)} for s in rng.sample(statuses, rng.randint(0, 2))]
            else:
                continue
            facts[fact.id] = value
        if "birth_date" in facts:
            facts.pop("age", None)
        if "nationalities" in facts and rng.random() < 0.5:
            facts["naturalisations"] = [{"country": c, "date": day(-4000, 1)} for c in facts["nationalities"][:rng.randint(0, 1)]]
        yield facts, as_of


def differential_problems(navigator, cases=(), people: int = 300) -> list[str]:
    """The release gate's differential check over the scenarios' people and `people` seeded generated ones."""
    oracle = Core(navigator.program, backend="python")
    problems = []
    subjects = [(c.facts, dt.date.fromisoformat(c.as_of) if c.as_of else dt.date(2026, 1, 1), True,
                 f"{c.file}:{c.line}") for c in cases]
    subjects += [(f, a, False, f"generated person {i} ({a})") for i, (f, a) in enumerate(random_people(navigator, people))]
    for facts, as_of, from_text, where in subjects:
        try:
            person = normalise(facts, navigator.vocab, navigator.rulebooks.statuses, as_of, from_text=from_text)
        except InputError:
            continue                  # refused input: nothing to evaluate
        problems += [f"{where}: {d}" for d in differences(navigator, oracle, person)]
    return problems
