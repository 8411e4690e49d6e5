"""The inference core: for every leaf test of a host's pathways, met, not met or unknown; and granted statuses.

The compiler (`compiler.compile_leaves`) turns every distinct leaf test into rules; the core asserts the
person (as shards, see the compiler) into one session of the host's ruleset, runs the actions the matches
queue, and returns which leaves are met and which are not. A leaf neither rule matched is unknown: its fact is
absent. `grant` rules fire when a pathway is certainly eligible; their action asserts a `granted` fact in the
same session, and status tests that need it match it there (forward chaining, monotonic). The explainer folds
these results over each condition tree (`logic.evaluate`); it decides nothing a leaf rule has not decided.

Two backends run the same compiled rule data:
- `DurableBackend`: durable-rules' C engine, driven through its module functions (create_ruleset, assert_fact,
  start_action_for_state, complete_and_start_action, retract_fact, delete_state, delete_ruleset). No `Host`,
  so no timer threads and no private attributes. Sessions are pooled: each evaluation borrows a session that
  holds only its `_begin` fact, asserts the person, drains the actions and retracts what it asserted, so a
  session is created (and its no-op `_begin` action completed, engine-notes 2.4) once per many evaluations,
  never deleted without a completed action, and there are never more than MAX_LIVE_SIDS per ruleset. A session
  is used by one evaluation at a time; each C call holds the GIL, so no lock is needed (engine-notes 2.3).
- `MatcherBackend`: a small pure-Python matcher of the same JSON subset, used where durable-rules cannot be
  imported (its last release fails on Python 3.13) and as the differential oracle in the tests.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import threading
from dataclasses import dataclass, field

from . import values as V
from .compiler import POSSIBLE, SENTINEL, status_attr

log = logging.getLogger("navigator")
MAX_LIVE_SIDS = 1000        # the C limit is 1024 sessions per ruleset, and reaching it poisons the ruleset (2.4)
MAX_PROPS = 250             # about 253 properties: error 302, or a segfault (2.7)
ROTATE_AFTER = 5_000        # a session is deleted and made anew after this many evaluations
MET, NOT_MET = "met", "not_met"
_warned = False


class EngineError(Exception):
    """The inference core failed; the caller gets a clear message, never a wrong answer."""


@dataclass
class LeafResults:
    """What the engine decided for one person: leaf -> met / not met (absent: unknown), and granted statuses."""
    program: object
    status: dict = field(default_factory=dict)
    granted: set = field(default_factory=set)          # pathway ids whose grant rule fired
    missing: dict = field(default_factory=dict)        # fact id -> the input facts that would decide it (the fold's)
    relative: dict = field(default_factory=dict)       # leaf -> its as-of-relative date (the fold's, for display)

    def __post_init__(self):
        self.uses = self.program.uses

    def set(self, leaf, value):
        if self.status.setdefault(leaf, value) != value:
            raise EngineError(f"the engine found leaf {leaf} both met and not met")


def _put_values(fact, person, list_head) -> None:
    """The person's given and derived values as rule attributes: ISO dates, held statuses as days to expiry,
    lists sorted after `list_head` (the engine's sentinel; empty for the generated floor)."""
    for key, value in person.values.items():
        cls = value.__class__
        if cls is bool or cls is int or cls is str:     # most values, as they are (no key below has these types)
            fact[key] = value
        elif key == "statuses":
            for status, expiry in value.items():
                fact[status_attr(status)] = (expiry - person.as_of).days
        elif key == "naturalisations":
            continue
        elif isinstance(value, dt.date):
            fact[key] = value.isoformat()
        elif isinstance(value, (frozenset, set, tuple, list)):
            fact[key] = list_head + sorted(value)
        else:
            fact[key] = value


_DAYS: dict = {}


def _day_attrs(relative_specs, as_of) -> dict:
    """`as_of` and the as-of-relative dates as engine attributes: the same for everyone that day, so kept."""
    key = (id(relative_specs), as_of)
    found = _DAYS.get(key)
    if found is None or found[0] is not relative_specs:
        attrs = {"as_of": as_of.isoformat()}
        for attr, spec in relative_specs:
            attrs[attr] = V.relative_date(spec, as_of).isoformat()
        if len(_DAYS) > 20_000:
            _DAYS.clear()
        found = _DAYS[key] = (relative_specs, attrs)
    return found[1]


def engine_fact(person, relative_specs) -> dict:
    """The person's attributes as the rules match them: ISO dates, sorted lists after a sentinel, held statuses
    as days to expiry, the upper bounds of unknown derived lists, and the as-of-relative dates."""
    day = _day_attrs(relative_specs, person.as_of)
    fact = {"as_of": day["as_of"]}
    _put_values(fact, person, [SENTINEL])
    for key, bound in person.possible.items():
        fact[POSSIBLE + key] = [SENTINEL] + sorted(bound)
    fact.update(day)
    if len(fact) + 3 > MAX_PROPS:
        raise EngineError(f"a person fact has {len(fact)} properties, more than the engine's safe {MAX_PROPS}")
    return fact


def person_fact(person, compiled) -> dict:
    """The flat `person` fact of the generated floor (bench/floor_generated.py): statuses chained as attributes."""
    fact = {"t": "person", "as_of": person.as_of.isoformat()}
    _put_values(fact, person, [])
    for attr, spec in compiled.relative_specs:
        fact[attr] = V.relative_date(spec, person.as_of).isoformat()
    return fact


def _leaf_of(name: str) -> tuple[int, str]:
    """Rule names: m<leaf> (met), c<leaf> (met by a granted status), n<leaf> / n<leaf>p (not met)."""
    if name[0] == "n":
        return int(name[1:].rstrip("p")), NOT_MET
    return int(name[1:]), MET


def _granted_days(grants, as_of) -> int:
    return (V.grant_expiry(grants, as_of) - as_of).days


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
        elif key == "$iall":           # durable-rules: no vacuous truth, an empty list never matches
            (attr, inner), = body.items()
            items = fact.get(attr)
            if not isinstance(items, list) or not items or not all(match(inner, fact, it) for it in items):
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


def _programs(program) -> dict:
    """Host -> HostProgram, with "*" for the host-unknown program when there is one."""
    out = dict(program.hosts)
    if program.anywhere is not None:
        out["*"] = program.anywhere
    return out


class MatcherBackend:
    name = "python"

    def __init__(self, program):
        self.program = program
        self._hosts = _programs(program)
        self._person, self._granted = {}, {}
        for host, hp in self._hosts.items():
            self._person[host] = [(name, {"$and": rule["all"][0]["m"]["$and"][1:]})
                                  for name, rule in hp.rules.items() if "m" in rule["all"][0]]
            self._granted[host] = [(name, rule["all"][0]["g"]) for name, rule in hp.rules.items() if "g" in rule["all"][0]]

    def close(self):
        pass

    def run(self, host, fact, as_of, out: LeafResults):
        hp = self._hosts[host]
        granted = []
        for name, pattern in self._person[host]:
            if match(pattern, fact):
                if name[0] == "g":
                    pid, grants = hp.grants[name]
                    out.granted.add(pid)
                    granted.append({"t": "granted", "s": grants["status"], "days": _granted_days(grants, as_of)})
                else:
                    out.set(*_leaf_of(name))
        for name, pattern in self._granted[host]:
            if any(match(pattern, g) for g in granted):
                out.set(*_leaf_of(name))


# ---------------------------------------------------------------- durable-rules backend
_BEGIN = {"_begin": {"all": [{"m": {"t": "_begin"}}]}}
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode   # one encoder, not one per call


def _shard_encoder():
    """The C encoder `_encode` runs, made once and called straight (JSONEncoder.encode makes one per call): the
    same text for the plain JSON of a person fact (no cycles, so no marker dict). `_encode` where it cannot be."""
    try:
        from _json import encode_basestring, make_encoder
        made = make_encoder(None, _encode.__self__.default, encode_basestring, None, ":", ",", False, False, True)
        probe = {"a": ["\u00e9", 1, True, 2.5], "b": "x\"y"}
        if "".join(made(probe, 0)) == _encode(probe):
            join = "".join
            return lambda part: join(made(part, 0))
    except Exception:  # noqa: BLE001  (another Python's C encoder: the portable one)
        pass
    return _encode


_encode_part = _shard_encoder()
_names = itertools.count()


class _Sessions:
    """A pool of sessions of one ruleset, each holding only its `_begin` fact between evaluations.

    Borrowing and returning a pooled session is a list pop / append (atomic under the GIL); only making a new
    session takes the lock, which keeps the number of live sessions under MAX_LIVE_SIDS (a borrower finding
    none free at the limit waits for one to come back)."""

    def __init__(self, engine, handle):
        self.E, self.handle = engine, handle
        self.free = []
        self.ids = itertools.count()
        self.live = 0
        self.lock = threading.Condition(threading.Lock())

    def acquire(self):
        try:
            return self.free.pop()
        except IndexError:
            pass
        with self.lock:
            while self.live >= MAX_LIVE_SIDS:
                try:
                    return self.free.pop()
                except IndexError:
                    self.lock.wait(0.01)
            self.live += 1
        sid = f"s{next(self.ids)}"
        try:
            code, state = self.E.assert_fact(self.handle, '{"t":"_begin","sid":"%s"}' % sid)
            res = self.E.start_action_for_state(self.handle, state)      # one action completes before any delete
            while res is not None:
                res = self.E.complete_and_start_action(self.handle, state)
        except BaseException:
            self._gone()
            raise
        return [sid, 0]

    def _gone(self):
        with self.lock:
            self.live -= 1
            self.lock.notify()

    def release(self, session, clean: bool):
        session[1] += 1
        if clean and session[1] < ROTATE_AFTER:
            self.free.append(session)
            return
        try:
            self.E.delete_state(self.handle, session[0])
        except Exception as exc:  # noqa: BLE001  (the session is dropped either way)
            log.warning("durable-rules could not delete a session: %s", exc)
        self._gone()


class DurableBackend:
    name = "durable-rules"

    def __init__(self, program):
        import durable_rules_engine  # ImportError handled by Core
        self.E = durable_rules_engine
        self.program = program
        self._hosts = _programs(program)
        self._rulesets = {}
        try:
            for host, hp in self._hosts.items():
                text = json.dumps({**hp.rules, **_BEGIN}, ensure_ascii=False)
                self._rulesets[host] = _Sessions(self.E, self._create(host, text))
        except BaseException:
            self.close()
            raise

    def _create(self, host, text, attempts=5):
        """durable-rules 2.0.28 now and then refuses a valid ruleset with error 102 (ERR_UNEXPECTED_TYPE): measured
        here, 2 of 3,300 creations of the same JSON in one process, each accepted at the next attempt. Eleven
        rulesets per load would fail about one load in 150 without the retry."""
        last = None
        for _ in range(attempts):
            try:
                return self.E.create_ruleset(f"navigator{next(_names)}.{host}", text)
            except Exception as exc:  # noqa: BLE001  (durable_rules_engine.error has no importable base)
                last = exc
                log.warning("durable-rules refused the rules of %s (%s); retrying", host, exc)
        raise EngineError(f"durable-rules could not load the rules of {host}: {last}")

    def close(self):
        """Delete this backend's rulesets in C (each keeps memory and a global handle otherwise; engine-notes 2.5)."""
        rulesets, self._rulesets = self._rulesets, {}
        for sessions in rulesets.values():
            try:
                self.E.delete_ruleset(sessions.handle)
            except Exception:  # noqa: BLE001
                pass

    def run(self, host, fact, as_of, out: LeafResults):
        hp = self._hosts[host]
        decode, status = hp.decode, out.status
        pool = self._rulesets[host]
        E, handle = self.E, pool.handle
        session = pool.acquire()
        sid = session[0]
        asserted, clean = [], False
        try:
            for k, attrs in enumerate(hp.shard_attrs):
                part = {a: fact[a] for a in attrs if a in fact}       # only what this shard's rules read
                if not part:
                    continue
                shard = '{"t":"p%d","sid":"%s","id":"p%d",%s' % (k, sid, k, _encode_part(part)[1:])
                code, state = E.assert_fact(handle, shard)
                if code == 1:            # matched no rule: not stored
                    continue
                if code != 0:
                    raise EngineError(f"durable-rules refused the person fact (code {code})")
                asserted.append(shard)
                res = E.start_action_for_state(handle, state)
                while res is not None:
                    message = res if res.__class__ is str else res[1]
                    name = message[2:message.index('"', 2)]
                    if name[0] == "g":
                        pid, grants = hp.grants[name]
                        out.granted.add(pid)
                        granted = '{"t":"granted","sid":"%s","id":"g.%s","s":%s,"days":%d}' % (
                            sid, pid, json.dumps(grants["status"]), _granted_days(grants, as_of))
                        code, _ = E.assert_fact(handle, granted)     # same session: chained tests match it
                        if code == 0:
                            asserted.append(granted)
                        elif code != 1:
                            raise EngineError(f"durable-rules refused a granted status (code {code})")
                    elif name != "_begin":
                        leaf, value = decode[name]
                        if status.setdefault(leaf, value) != value:
                            raise EngineError(f"the engine found leaf {leaf} both met and not met")
                    res = E.complete_and_start_action(handle, state)
            clean = True
        except EngineError:
            raise
        except Exception as exc:  # a C error must not become a silent "no"
            raise EngineError(f"inference failed for {host}: {exc}") from exc
        finally:
            try:
                for text in reversed(asserted):
                    E.retract_fact(handle, text)
            except Exception:  # noqa: BLE001  (a session that could not be emptied is deleted, not reused)
                clean = False
            pool.release(session, clean)


class Core:
    """Runs the leaf program of the person's host (of every host when it is not known)."""

    def __init__(self, program, backend="auto"):
        global _warned
        self.program = program
        self.relative = {}
        for hp in program.hosts.values():
            self.relative.update(hp.relative_specs)
        self.relative = sorted(self.relative.items())
        if backend in ("auto", "durable-rules"):
            try:
                self.backend = DurableBackend(program)
            except ImportError as exc:
                if backend == "durable-rules":
                    raise EngineError(f"durable-rules is not available: {exc}") from None
                if not _warned:
                    log.warning("durable-rules cannot be imported (%s); answering with the built-in evaluator", exc)
                    _warned = True
                self.backend = MatcherBackend(program)
        else:
            self.backend = MatcherBackend(program)

    @property
    def name(self) -> str:
        return self.backend.name

    def close(self):
        self.backend.close()

    def leaves(self, person) -> LeafResults:
        host = person.values.get("host_country")
        out = LeafResults(self.program)
        fact = engine_fact(person, self.relative)
        if host is None and self.program.anywhere is not None:     # every host's leaves, each decided once
            self.backend.run("*", fact, person.as_of, out)
            return out
        hosts = (host,) if host is not None else sorted(self.program.hosts)
        for h in hosts:
            if h in self.program.hosts:
                self.backend.run(h, fact, person.as_of, out)
        return out
