"""When and what next: for each pathway of the person's host, from when it is open to them, until when, the next
day its answer changes (and which conditions change it), and the smallest change of answers that would turn a
"no" into a "yes" or a "maybe".

Timing is computed from the breakpoints the rules define, never by trying every day. A pathway's answer on a day
depends on that day only through: the versions' valid_from / valid_until, parameter and bloc membership dates,
dates relative to the as-of date (a given date crossing "N years before today"), derived facts that grow with
time (an age on a birthday, days since a date, a naturalisation that becomes N years old, a held permit that
expires), held permits entering or leaving a renewal window, and the pathways that grant a status it requires
(their own breakpoints, and a fixed grant expiry). Between two consecutive candidate days the answer cannot
change, so the person's same facts are re-derived and the pathway re-folded (the reference three-valued fold, the
one the tests hold the engine to) only on those days, within HORIZON_YEARS of the as-of date.

What would change a "no": only facts the vocabulary marks `changeable:` (a document, a certificate, where the
person is), never a nationality, an age, a birth date or an entry date. A set of one or two such answers is tried
only if every decisive failing part of the pathway tests one of them (otherwise it stays "no" whatever they are).
"""
from __future__ import annotations

import datetime as dt
import itertools

from . import values as V
from .derive import add_months, add_years, completed_years
from .explain import ELIGIBLE, NOT_ELIGIBLE, STATUS_OF, UNDETERMINED, explain_pathway
from .facts import derive_all
from .logic import FLIP, UNKNOWN, Context, NodeResult, combine, evaluate

HORIZON_YEARS = 10
_ONE = dt.timedelta(days=1)
_TIME_VARYING = {"completed_years_since", "days_since", "nationalities_original_or_naturalised_since",
                 "holds_status_in"}


class _Result:
    """A pathway's answer on another day (what `timing` and the status chain read of a PathwayResult)."""
    __slots__ = ("pathway", "version", "status", "tree", "missing")

    def __init__(self, pathway, version, status, tree, missing):
        self.pathway, self.version, self.status, self.tree, self.missing = pathway, version, status, tree, missing


class Timing:
    """The timing of one pathway: eligible_from / eligible_until (dates or None) and next_change
    ((day, status, condition ids) or None)."""
    __slots__ = ("eligible_from", "eligible_until", "next_change")

    def __init__(self, eligible_from=None, eligible_until=None, next_change=None):
        self.eligible_from, self.eligible_until, self.next_change = eligible_from, eligible_until, next_change

    def as_dict(self) -> dict:
        nc = self.next_change
        return {"eligible_from": self.eligible_from.isoformat() if self.eligible_from else None,
                "eligible_until": self.eligible_until.isoformat() if self.eligible_until else None,
                "next_change": {"on": nc[0].isoformat(), "status": nc[1], "because": list(nc[2])} if nc else None}


NO_TIMING = Timing()


# ---------------------------------------------------------------- what the rules make time-dependent (per pathway)
class _Shape:
    """The parts of a pathway whose result can change with the day, found once per pathway."""

    def __init__(self, pathway, vocab, blocs):
        days = set()
        self.relative, self.derived, self.status = [], [], []
        for version in pathway.versions:
            days.add(version.valid_from)
            if version.valid_until is not None:
                days.add(version.valid_until + _ONE)
            for node in version.conditions.walk():
                for spec in (node.value, node.within_days):
                    days |= V.change_dates(spec, pathway, blocs)
                if node.kind == "fact":
                    fact = vocab[node.fact]
                    if V.is_relative(node.value):
                        self.relative.append((node.fact, node.value))
                    elif fact.derived and fact.compute in _TIME_VARYING:
                        self.derived.append((fact, _all_values(node.value, pathway)))
                elif node.kind == "status":
                    self.status.append((node.status, _all_values(node.within_days, pathway)))
        self.days = sorted(days)
        self.statuses = {s for s, _ in self.status}


_SHAPES: dict = {}
_GRANTORS: dict = {}


def shape(pathway, vocab, blocs) -> _Shape:
    key = (id(pathway), id(vocab), id(blocs))
    found = _SHAPES.get(key)
    if found is None or found[0] is not pathway:
        if len(_SHAPES) > 10_000:
            _SHAPES.clear()
        found = _SHAPES[key] = (pathway, _Shape(pathway, vocab, blocs))
    return found[1]


def _all_values(spec, pathway) -> list:
    """Every value a spec takes on any day (a parameter's values over time; a literal once)."""
    if isinstance(spec, dict) and "param" in spec:
        return [v for _, v in pathway.parameters[spec["param"]].values]
    return [spec]


def _ints(values) -> set:
    out = set()
    for v in values:
        for x in (v if isinstance(v, (list, tuple, set, frozenset)) else [v]):
            if isinstance(x, int) and not isinstance(x, bool):
                out.add(x)
    return out


def _first_day(pred, guess: dt.date) -> dt.date:
    """The first day on which a monotone (false, then true) predicate holds, starting from a close guess."""
    day = guess
    while pred(day - _ONE):
        day -= _ONE
    while not pred(day):
        day += _ONE
    return day


def _inverse_guess(spec, d: dt.date) -> dt.date:
    (key, n), = spec.items()
    sign = 1 if key.endswith("before_as_of") else -1
    if key.startswith("years"):
        return add_years(d, sign * n)
    if key.startswith("months"):
        return add_months(d, sign * n)
    return d + dt.timedelta(days=sign * n)


def _years_reached(start: dt.date, k: int) -> dt.date:
    """The first day on which `k` whole years have passed since `start` (an age, a naturalisation's age)."""
    return _first_day(lambda t: completed_years(start, t) >= k, add_years(start, k))


# ---------------------------------------------------------------- one person's answers on other days
class Timeline:
    """The same person's answers on other days (or with some answers changed), by pathway, memoised."""

    def __init__(self, nav, person, given=None):
        self.nav = nav
        self.rulebooks, self.vocab, self.blocs = nav.rulebooks, nav.vocab, nav.blocs
        if given is None:
            self.given = {k: person.values[k] for k in person.given}
        else:
            self.given, person = given, derive_all(given, nav.vocab, person.as_of)
        self.person = person
        self.people = {person.as_of: person}
        self.results = {}
        self.today = {}           # pathway id -> its result on the as-of date (the engine's fold), to refold
        self.fixed = {}           # id(node) -> whether its result is the same on every day
        self.host = self.given.get("host_country")

    def person_at(self, day):
        found = self.people.get(day)
        if found is None:
            found = self.people[day] = derive_all(self.given, self.vocab, day)
        return found

    def result(self, pathway, day):
        key = (pathway.id, day)
        found = self.results.get(key)
        if found is None:
            person = self.person_at(day)
            ctx = Context(person, pathway, self.vocab, self.blocs, self._chained(pathway, day), None)
            today = self.today.get(pathway.id)
            if today is not None and today.version is not None and today.version is pathway.version_at(day) \
                    and len(today.tree.children) == len(today.version.conditions.children):
                tree = self._refold(today.tree, ctx)     # same version: only the tests that vary are redone
                found = _Result(pathway, today.version, STATUS_OF[tree.status], tree,
                                sorted(tree.missing) if tree.status == UNKNOWN else [])
            else:
                found = explain_pathway(pathway, ctx, detail=False)
            self.results[key] = found
        return found

    def _refold(self, result, ctx):
        """The three-valued fold of `logic.evaluate` on another day, reusing the results that cannot change."""
        node = result.node
        if self._fixed(result):
            return result
        kind = node.kind
        if kind == "all" or kind == "any":
            return combine(node, [self._refold(k, ctx) for k in result.children])
        if kind == "not":
            kid = self._refold(result.children[0], ctx)
            return NodeResult(node, FLIP[kid.status], [kid], kid.missing)
        return evaluate(node, ctx)

    def _grantors(self, pathway):
        """The pathways (of the host, when known) granting a status this one requires, in evaluation order."""
        statuses = shape(pathway, self.vocab, self.blocs).statuses
        if not statuses:
            return ()
        key = (id(self.rulebooks), pathway.id, self.host)
        found = _GRANTORS.get(key)
        if found is None or found[0] is not self.rulebooks:
            if len(_GRANTORS) > 10_000:
                _GRANTORS.clear()
            found = _GRANTORS[key] = (self.rulebooks, tuple(
                g for g in self.rulebooks.ordered() if g is not pathway and (self.host is None or g.country == self.host)
                and g.granted_statuses() & statuses))
        return found[1]

    def _chained(self, pathway, day) -> dict:
        """The statuses earlier pathways would grant on `day`, as `explain` chains them."""
        chained = {}
        for g in self._grantors(pathway):
            r = self.result(g, day)
            grants = r.version.grants if r.version else None
            if grants and r.status in (ELIGIBLE, UNDETERMINED):
                entry = (r.status, V.grant_expiry(grants, day), g.id, set(r.missing))
                current = chained.get(grants["status"])
                if current is None or (current[0] != ELIGIBLE and r.status == ELIGIBLE) or \
                        (current[0] == r.status and entry[1] > current[1]):
                    chained[grants["status"]] = entry
        return chained

    # ------------------------------------------------------------ candidate days
    def candidates(self, pathway, start, end, _seen=None) -> set:
        """Every day in (start, end] on which this pathway's answer may change for this person (a superset)."""
        shp = shape(pathway, self.vocab, self.blocs)
        days = {d for d in shp.days if start < d <= end}
        values = self.person.values
        for fact, spec in shp.relative:
            d = values.get(fact)
            if isinstance(d, dt.date):
                guess = _inverse_guess(spec, d)
                ge = _first_day(lambda t, spec=spec, d=d: V.relative_date(spec, t) >= d, guess)
                gt = _first_day(lambda t, spec=spec, d=d: V.relative_date(spec, t) > d, ge)
                days |= {x for x in (ge, gt) if start < x <= end}
        for fact, specs in shp.derived:
            if fact.id in self.given:
                continue          # given directly (an age without a birth date): the same answer every day
            days |= {x for x in self._derived_days(fact, specs) if start < x <= end}
        held = values.get("statuses") or {}
        for status, windows in shp.status:
            expiry = held.get(status)
            for w in windows:       # in the window from `w` days before the expiry to the expiry itself
                if expiry is not None and isinstance(w, int):
                    days |= {x for x in (expiry - dt.timedelta(days=w), expiry + _ONE) if start < x <= end}
        seen = _seen or {pathway.id}
        for g in self._grantors(pathway):
            if g.id in seen:
                continue
            seen.add(g.id)
            days |= self.candidates(g, start, end, seen)
            for version in g.versions:
                until = version.grants and version.grants.get("until")
                if until:
                    until = dt.date.fromisoformat(until)
                    for _, windows in shp.status:
                        for w in windows:
                            if isinstance(w, int):
                                days |= {x for x in (until - dt.timedelta(days=w), until + _ONE) if start < x <= end}
        return days

    def _derived_days(self, fact, specs):
        return derived_days(fact, specs, self.given)


    # ------------------------------------------------------------ timing
    def timing(self, result) -> Timing:
        pathway, as_of = result.pathway, self.person.as_of
        end = add_years(as_of, HORIZON_YEARS)
        if result.status == NOT_ELIGIBLE and result.version is not None and \
                any(self._fixed(failed) for failed in result.failed):
            # a decisive "no" that no day changes (a nationality, a yes/no answer): only another version can
            days = sorted({d for v in pathway.versions for d in (v.valid_from, v.valid_until and v.valid_until + _ONE)
                           if d is not None and as_of < d <= end})
        else:
            days = sorted(self.candidates(pathway, as_of, end))
        if not days:
            return NO_TIMING
        first_status = result.status
        last = result               # the answer on the candidate day before (the conditions that change it)
        eligible_from = until = change = None
        for day in days:
            r = self.result(pathway, day)
            if r.status != last.status or change is not None:
                if change is None:
                    change = (day, r.status, _because(last, r))
                if first_status == ELIGIBLE:
                    until = day - _ONE
                    break
                if r.status == ELIGIBLE:
                    eligible_from = day
                    break
            last = r
        if change is None:
            return NO_TIMING
        return Timing(eligible_from, until, change)

    def _fixed(self, result) -> bool:
        """Whether every test under this result gives the same answer on every day (for this person)."""
        node = result.node
        found = self.fixed.get(id(node))
        if found is None:
            found = self.fixed[id(node)] = self._is_fixed(result)
        return found

    def _is_fixed(self, result) -> bool:
        node = result.node
        if node.kind == "fact":
            if node.fact is None or V.is_relative(node.value) or isinstance(node.value, dict):
                return False
            fact = self.vocab[node.fact]
            return not (fact.derived and fact.compute in _TIME_VARYING and fact.id not in self.given)
        if node.kind in ("status", "unsettled"):
            return node.kind == "unsettled"
        return all(self._fixed(kid) for kid in result.children)


def _leaves(result, out):
    node = result.node
    if node.kind in ("fact", "status", "unsettled"):
        out[node.id] = result.status
    for kid in result.children:
        _leaves(kid, out)
    return out


def _because(before, after) -> tuple:
    """The ids of the conditions whose result differs between two days (`in_force` when the version changes)."""
    return changed_conditions(_leaves(before.tree, {}), _leaves(after.tree, {}), before.version is not after.version)


def changed_conditions(a: dict, b: dict, other_version: bool) -> tuple:
    """`next_change`'s condition ids from the leaf results ({condition id: result}) of a pathway on two days:
    those whose result differs, sorted; `in_force` first when the version changes or one day has none."""
    ids = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
    if other_version or "in_force" in a or "in_force" in b:
        ids = ["in_force"] + [i for i in ids if i != "in_force"]
    return tuple(ids)


# ---------------------------------------------------------------- the same candidate days, for a whole batch
def relative_days(spec, d: dt.date) -> tuple:
    """The days on which a date `d` starts to be >= and then > the date `spec` gives relative to that day."""
    ge = _first_day(lambda t: V.relative_date(spec, t) >= d, _inverse_guess(spec, d))
    return ge, _first_day(lambda t: V.relative_date(spec, t) > d, ge)


def derived_days(fact, specs, given: dict) -> list:
    """The days on which a time-varying derived fact may cross one of the values `specs` (from the given facts)."""
    if fact.compute == "completed_years_since":
        source = given.get(fact.sources[0])
        if source is None:
            return ()
        return [_years_reached(source, k) for n in _ints(specs) for k in (n, n + 1) if k >= 0]
    if fact.compute == "days_since":
        source = given.get(fact.sources[0])
        if source is None:
            return ()
        return [source + dt.timedelta(days=k) for n in _ints(specs) for k in (n, n + 1)]
    if fact.compute == "nationalities_original_or_naturalised_since":
        naturalised = given.get(fact.sources[1]) or ()
        return [_years_reached(d, fact.args["min_years"]) for _, d in naturalised]
    if fact.compute == "holds_status_in":
        held = given.get(fact.sources[0]) or {}
        return [e + _ONE for s, e in held.items() if s in fact.args["statuses"]]
    return ()


def candidate_plan(rulebooks, vocab, blocs, pathway, host) -> tuple:
    """What `Timeline.candidates` reads, per pathway and host, person aside: (the pathways whose own per-person
    days count, in the order `candidates` visits them, and the days that are the same for everyone)."""
    def grantors(p):
        statuses = shape(p, vocab, blocs).statuses
        if not statuses:
            return ()
        return tuple(g for g in rulebooks.ordered() if g is not p and (host is None or g.country == host)
                     and g.granted_statuses() & statuses)

    def visit(p, seen):
        shp = shape(p, vocab, blocs)
        own, days = [p], set(shp.days)
        for g in grantors(p):
            if g.id in seen:
                continue
            seen.add(g.id)
            sub_own, sub_days = visit(g, seen)
            own += sub_own
            days |= sub_days
            for version in g.versions:
                until = version.grants and version.grants.get("until")
                if until:
                    until = dt.date.fromisoformat(until)
                    for _, windows in shp.status:
                        days |= {until - dt.timedelta(days=w) for w in windows if isinstance(w, int)}
                        days |= {until + _ONE for w in windows if isinstance(w, int)}
        return own, days
    return visit(pathway, {pathway.id})


def timings(nav, person, results) -> dict:
    """{pathway id: Timing} for the results of the person's host (of every country while the host is unknown):
    `annotate`'s timing without what would change a "no" (the batch output's timing columns)."""
    host = person.values.get("host_country")
    timeline = Timeline(nav, person)
    mine = [r for r in results if host is None or r.pathway.country == host]
    timeline.today = {r.pathway.id: r for r in mine}
    return {r.pathway.id: timeline.timing(r) for r in mine}


# ---------------------------------------------------------------- what would change a "no"
def _changeable_leaves(result, vocab, out):
    node = result.node
    if node.kind == "fact" and node.fact in vocab and vocab[node.fact].changeable:
        out.add(node.fact)
    for kid in result.children:
        _changeable_leaves(kid, vocab, out)
    return out


def would_change(timeline, result) -> list:
    """[(facts {id: value}, status, options)]: the smallest sets (one, else two) of changeable answers that make a
    not-eligible pathway eligible or undetermined, each option with its vocabulary phrase."""
    if result.status != NOT_ELIGIBLE or not result.failed or result.version is None:
        return []
    vocab = timeline.vocab
    needs = []
    for failed in result.failed:
        facts = _changeable_leaves(failed, vocab, set())
        if not facts:
            return []         # a decisive part no changeable answer touches: it stays "no" whatever they are
        needs.append(facts)
    candidates = sorted(set().union(*needs))
    as_of = timeline.person.as_of
    found = []
    for size in (1, 2):
        for combo in itertools.combinations(candidates, size):
            if not all(set(combo) & need for need in needs):
                continue
            for options in itertools.product(*(vocab[f].changeable for f in combo)):
                given = dict(timeline.given)
                change = {}
                for f, opt in zip(combo, options):
                    value = V.relative_date(opt.to, as_of) if V.is_relative(opt.to) else opt.to
                    if timeline.person.values.get(f) == value:
                        break
                    given[f] = change[f] = value
                else:
                    other = Timeline(timeline.nav, timeline.person, given)
                    r = other.result(result.pathway, as_of)
                    if r.status in (ELIGIBLE, UNDETERMINED):
                        found.append((change, r.status, options))
        if found:
            break
    found.sort(key=lambda x: (x[1] != ELIGIBLE, sorted(x[0])))
    return found


def annotate(nav, person, results) -> None:
    """Set `timing` and `would_change` on the results of the person's host (the others keep the empty default)."""
    host = person.values.get("host_country")
    timeline = Timeline(nav, person)
    mine = [r for r in results if host is None or r.pathway.country == host]
    timeline.today = {r.pathway.id: r for r in mine}
    for r in mine:
        r.timing = timeline.timing(r)
        r.would_change = would_change(timeline, r)


__all__ = ["HORIZON_YEARS", "NO_TIMING", "Timeline", "Timing", "annotate", "candidate_plan", "changed_conditions",
           "derived_days", "relative_days", "shape", "timings", "would_change"]
