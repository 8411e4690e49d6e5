"""The inference core: which pathways are certainly eligible, by forward chaining over compiled rules.

Two backends run the same compiled rule data:
- `DurableBackend`, durable-rules behind the wrapper engine-notes 2.9 asks for: no timer threads, a no-op
  `_begin` action before any delete_state, a sink rule, facts checked before they reach C, fewer than
  1,000 live sessions per ruleset, one lock (the C code is not thread-safe);
- `MatcherBackend`, a small pure-Python matcher of the same JSON subset, used when durable-rules cannot
  be imported (its last release fails on Python 3.13) and as a differential oracle in the tests.
"""
from __future__ import annotations

import copy
import datetime as dt
import itertools
import logging
import threading

from . import values as V
from .compiler import status_attr
from .logic import grant_expiry

log = logging.getLogger("navigator")
MAX_LIVE_SIDS = 1000
MAX_PROPS = 250
_HOUSEKEEPING = {
    "_begin": {"all": [{"m": {"t": "_begin"}}], "run": "noop"},
    "_sink": {"all": [{"x": {"$ex": {"t": 1}}}, {"y": {"t": "__never__"}}], "run": "noop"},
}
_warned = False


class EngineError(Exception):
    """The inference core failed; the caller gets a clear message, never a wrong answer."""


def person_fact(person, compiled) -> dict:
    """The single `person` fact the rules match: normalised scalars, ISO dates, sorted lists, no nesting."""
    fact = {"t": "person", "as_of": person.as_of.isoformat()}
    for key, value in person.values.items():
        if key == "statuses":
            for status, expiry in value.items():
                fact[status_attr(status)] = (expiry - person.as_of).days
        elif key == "naturalisations":
            continue
        elif isinstance(value, dt.date):
            fact[key] = value.isoformat()
        elif isinstance(value, (frozenset, set, tuple, list)):
            fact[key] = sorted(value)
        else:
            fact[key] = value
    for attr, spec in compiled.relative_specs:
        fact[attr] = V.relative_date(spec, person.as_of).isoformat()
    if len(fact) > MAX_PROPS:
        raise EngineError(f"a person fact has {len(fact)} properties, more than the engine's safe {MAX_PROPS}")
    return fact


# ---------------------------------------------------------------- pure-Python matcher (same JSON subset)
_CMP = {"$gte": lambda a, b: a >= b, "$gt": lambda a, b: a > b, "$lte": lambda a, b: a <= b,
        "$lt": lambda a, b: a < b, "$neq": lambda a, b: a != b}


def _comparable(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    numeric = (int, float)
    return (isinstance(a, numeric) and isinstance(b, numeric)) or (isinstance(a, str) and isinstance(b, str))


def match(expr, fact, item=None) -> bool:
    """Evaluate one durable-rules pattern expression against a fact (absent attributes never match)."""
    for key, body in expr.items():
        if key == "$and":
            if not all(match(e, fact, item) for e in body):
                return False
        elif key == "$or":
            if not any(match(e, fact, item) for e in body):
                return False
        elif key == "$ex":
            if not all(a in fact for a in body):
                return False
        elif key == "$nex":
            if any(a in fact for a in body):
                return False
        elif key == "$iany":
            (attr, inner), = body.items()
            items = fact.get(attr)
            if not isinstance(items, list) or not any(match(inner, fact, it) for it in items):
                return False
        elif key == "$i":
            if item != body:
                return False
        elif key in _CMP:
            (attr, target), = body.items()
            actual = item if attr == "$i" else fact.get(attr)
            if isinstance(target, dict) and "$m" in target:
                target = fact.get(target["$m"])
            if actual is None or target is None or not _comparable(actual, target) or not _CMP[key](actual, target):
                return False
        else:
            if fact.get(key, _ABSENT) != body or not _comparable(fact.get(key), body):
                return False
    return True


_ABSENT = object()


class MatcherBackend:
    name = "python"

    def __init__(self, compiled):
        self.compiled = compiled

    def close(self):
        pass

    def fire(self, ruleset, fact) -> set:
        return {rule["run"].split(":", 1)[1] for rule in ruleset.rules.values() if match(rule["all"][0]["m"], fact)}


# ---------------------------------------------------------------- durable-rules backend
class DurableBackend:
    name = "durable-rules"

    def __init__(self, compiled):
        from durable import engine  # noqa: F401  (ImportError handled by make_core)

        class _Host(engine.Host):
            def _run(self):              # no background timers: they steal and crash actions (2.3)
                pass

            def get_action(self, action):
                kind, _, arg = action.partition(":")
                if kind == "noop":
                    return lambda c: None
                if kind == "eligible":
                    return lambda c: c.assert_fact({"t": "eligible", "p": arg})
                raise KeyError(f"unknown action {action!r}")

        rulesets = {rs.name: {**copy.deepcopy(rs.rules), **copy.deepcopy(_HOUSEKEEPING)} for rs in compiled.rulesets}
        self._host = self._register(_Host, rulesets)
        self._lock = threading.Lock()
        self._slots = {name: threading.BoundedSemaphore(MAX_LIVE_SIDS) for name in rulesets}
        self._ids = itertools.count()

    @staticmethod
    def _register(host_class, rulesets, attempts=5):
        """Register the rulesets on a fresh Host. durable-rules 2.0.28 rarely (about 1 process in 150, measured
        here) fails to parse a valid ruleset with error 102 (ERR_UNEXPECTED_TYPE); the same data registers on a
        new Host, so retry a few times before giving up with a clear error."""
        last = None
        for _ in range(attempts):
            host = host_class()
            if not rulesets:
                return host
            try:
                host.set_rulesets(copy.deepcopy(rulesets))
                return host
            except Exception as exc:  # noqa: BLE001  (durable_rules_engine.error has no importable base)
                last = exc
                log.warning("durable-rules refused the rulesets (%s); retrying on a new host", exc)
        raise EngineError(f"durable-rules could not load the rulesets: {last}")

    def close(self):
        """Delete this host's rulesets in C (each keeps ~0.5 MB and a global handle otherwise; engine-notes 2.5)."""
        import durable_rules_engine
        with self._lock:
            for name, ruleset in list(self._host._ruleset_directory.items()):
                try:
                    durable_rules_engine.delete_ruleset(ruleset._handle)
                except Exception:  # noqa: BLE001
                    pass
                self._host._ruleset_directory.pop(name, None)
            self._host._ruleset_list = []

    def fire(self, ruleset, fact) -> set:
        sid = f"e{next(self._ids)}"
        h = self._host
        with self._slots[ruleset.name], self._lock:
            h.assert_fact(ruleset.name, {"t": "_begin", "sid": sid})      # an action completes before delete
            try:
                h.assert_fact(ruleset.name, dict(fact, sid=sid))
                return {f["p"] for f in h.get_facts(ruleset.name, sid) if f.get("t") == "eligible"}
            finally:
                h.delete_state(ruleset.name, sid)


class Core:
    """Runs strata in order; statuses granted in one stratum are added to the person for the next."""

    def __init__(self, compiled, backend="auto"):
        global _warned
        self.compiled = compiled
        if backend in ("auto", "durable-rules"):
            try:
                self.backend = DurableBackend(compiled)
            except ImportError as exc:
                if backend == "durable-rules":
                    raise EngineError(f"durable-rules is not available: {exc}") from None
                if not _warned:
                    log.warning("durable-rules cannot be imported (%s); answering with the built-in evaluator", exc)
                    _warned = True
                self.backend = MatcherBackend(compiled)
        else:
            self.backend = MatcherBackend(compiled)
        self.by_stratum = {}
        for rs in compiled.rulesets:
            self.by_stratum.setdefault(rs.stratum, []).append(rs)

    @property
    def name(self) -> str:
        return self.backend.name

    def close(self):
        self.backend.close()

    def eligible(self, person) -> set:
        host = person.values.get("host_country")
        if host is None:               # every pathway tests the host country: none can be certain
            return set()
        fact = person_fact(person, self.compiled)
        eligible = set()
        for stratum in range(self.compiled.strata):
            for rs in self.by_stratum.get(stratum, ()):
                if rs.host != host:
                    continue
                try:
                    eligible |= self.backend.fire(rs, fact)
                except Exception as exc:  # a C error must not become a silent "no"
                    raise EngineError(f"inference failed in ruleset {rs.name}: {exc}") from exc
            for pid in sorted(eligible):
                for start, end, grants in self.compiled.grants.get(pid, ()):
                    if grants and start <= person.as_of and (end is None or person.as_of <= end):
                        attr = status_attr(grants["status"], chained=True)
                        days = (grant_expiry(grants, person.as_of) - person.as_of).days
                        fact[attr] = max(fact.get(attr, days), days)
        return eligible
