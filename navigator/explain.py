"""For every pathway: eligible, not eligible or undetermined; why, why not, and what would decide it."""
from __future__ import annotations

import bisect
import datetime as dt

from .core import EngineError
from .logic import MET, NOT_MET, UNKNOWN, Context, NodeResult, evaluate, fold, grant_expiry
from .model import Node, Source

ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED = "eligible", "not_eligible", "undetermined"
STATUS_OF = {MET: ELIGIBLE, NOT_MET: NOT_ELIGIBLE, UNKNOWN: UNDETERMINED}


class PathwayResult:
    """One pathway's answer for one person. With the engine's leaf results, the answer (status, missing) is
    folded at once and the explanation (tree, failed, unconfirmed, unsettled) is built from the same results
    the first time it is read: what the interview and batch ask between questions needs no tree."""
    __slots__ = ("pathway", "version", "status", "missing", "closed_on", "opens_on", "timing", "_would_change",
                 "_tree", "_failed", "_unconfirmed", "_unsettled", "_pending", "_chained")

    def __init__(self, pathway, version, status, tree=None, missing=None, failed=None, unconfirmed=None,
                 unsettled=None, closed_on=None, opens_on=None, timing=None, would_change=None, pending=None):
        self.pathway, self.version, self.status = pathway, version, status
        self._tree = tree
        self.missing = [] if missing is None else missing
        self._failed = [] if failed is None else failed          # NodeResults that make it not eligible
        self._unconfirmed = [] if unconfirmed is None else unconfirmed   # (where, note, node status)
        self._unsettled = [] if unsettled is None else unsettled        # points of law left open
        self.closed_on, self.opens_on = closed_on, opens_on
        self.timing = timing                                     # timing.Timing (host pathways, when asked for)
        self._would_change = would_change                        # [(facts, status, changes)]; None: []
        self._pending = pending            # (person, vocab, blocs, leaves, detail): the explanation not built yet
        self._chained = None               # with `_pending`: the statuses chained from earlier pathways

    @property
    def would_change(self) -> list:
        return [] if self._would_change is None else self._would_change

    @would_change.setter
    def would_change(self, value):
        self._would_change = value

    def _built(self):
        pending, self._pending = self._pending, None
        if pending is not None:
            person, vocab, blocs, leaves, detail = pending
            chained = self._chained
            if chained.__class__ is tuple:      # (the updates of `explain`'s chain, how many came before this one)
                chained = dict(chained[0][:chained[1]])
            _detail(self, Context(person, self.pathway, vocab, blocs, chained, leaves), detail)
        return self

    def _explained(slot):     # a property factory, used in the class body only
        """A part of the explanation: built from the engine's results the first time any part is read."""
        def get(self):
            if self._pending is not None:
                self._built()
            return getattr(self, slot)
        return property(get, lambda self, v: setattr(self._built(), slot, v))

    tree = _explained("_tree")
    failed = _explained("_failed")
    unconfirmed = _explained("_unconfirmed")
    unsettled = _explained("_unsettled")
    del _explained

    @property
    def procedure(self) -> tuple:
        """How to apply (the version's `procedure:` steps): shown first, never a reason for 'not eligible'."""
        return self.version.procedure if self.version else ()


def _failed(result: NodeResult) -> list:
    """The parts that decide a 'no': not-met children of a not-met `all`, or a not-met `any` as a whole."""
    if result.status != NOT_MET:
        return []
    if result.node.kind == "all":
        return [f for kid in result.children for f in _failed(kid)]
    return [result]


def _open_points(result: NodeResult) -> list:
    """Points of law left open that keep this pathway undetermined: only along branches still unknown."""
    if result.status != UNKNOWN:
        return []
    if result.node.kind == "unsettled":
        return [result.node]
    return [n for kid in result.children for n in _open_points(kid)]


def _walk(result: NodeResult):
    yield result
    for kid in result.children:
        yield from _walk(kid)


_CLOSED: dict = {}


def _out_of_force(pathway, as_of) -> PathwayResult:
    first, last = pathway.versions[0], pathway.versions[-1]
    if as_of < first.valid_from:
        version, opens, closed = first, first.valid_from, None
    else:
        version = next((v for v in reversed(pathway.versions) if v.valid_from <= as_of), last)
        opens, closed = None, version.valid_until
    key = (id(pathway), id(version), opens is None)
    cached = _CLOSED.get(key)
    if cached is None or cached[0] is not pathway:      # the condition is the same for every day: built once
        text = f"In force from {first.valid_from}" if opens else f"Closed on {version.valid_until}"
        node = Node(kind="fact", id="in_force", text=text, where=(pathway.file, 1, 1),
                    source=Source(pathway.instrument.instrument, "dates in force", pathway.instrument.url,
                                  pathway.instrument.refs))
        if len(_CLOSED) > 100_000:
            _CLOSED.clear()
        cached = _CLOSED[key] = (pathway, NodeResult(node, NOT_MET))
    tree = cached[1]
    return PathwayResult(pathway, version, NOT_ELIGIBLE, tree, failed=[tree], closed_on=closed, opens_on=opens)


_ELSEWHERE: dict = {}


def _elsewhere(pathway, version, host) -> PathwayResult:
    """Another country's pathway: not eligible because of where the person lives; nothing else evaluated.
    The answer depends only on (pathway, version, host), so it is built once and shared (never mutated)."""
    key = (id(pathway), id(version), host)
    cached = _ELSEWHERE.get(key)
    if cached is None or cached.pathway is not pathway:
        scope_node = version.conditions.children[0]
        scope = NodeResult(scope_node, NOT_MET, expected=scope_node.value, actual=host)
        cached = PathwayResult(pathway, version, NOT_ELIGIBLE, NodeResult(version.conditions, NOT_MET, [scope]),
                               failed=[scope])
        if len(_ELSEWHERE) > 100_000:
            _ELSEWHERE.clear()
        _ELSEWHERE[key] = cached
    return cached


_LOOK_UP = object()


def explain_pathway(pathway, ctx: Context, detail: bool = True, version=_LOOK_UP) -> PathwayResult:
    as_of = ctx.person.as_of
    if version is _LOOK_UP:
        version = pathway.version_at(as_of)
    host = ctx.person.values.get("host_country")
    if host is not None and host != pathway.country:
        return _elsewhere(pathway, version or pathway.versions[0], host)
    if version is None:
        return _out_of_force(pathway, as_of)
    if ctx.leaves is not None:      # the answer now, folded from the engine's results; the explanation when read
        return _folded(pathway, version, ctx, (ctx.person, ctx.vocab, ctx.blocs, ctx.leaves, detail))
    result = PathwayResult(pathway, version, None)
    _detail(result, ctx, detail)
    return result


_new = object.__new__


def _folded(pathway, version, ctx, pending) -> PathwayResult:
    """A pathway's answer folded from the engine's leaf results (`ctx` may be re-pointed at the next pathway
    afterwards); its explanation is built from `pending` and the chained statuses when first read."""
    root = version.conditions       # an `all` whose first part is the scope: not met stops it there
    answer = fold(root, ctx) if root.kind == "all" else fold(root.children[0], ctx)
    if answer is not False and root.kind != "all":
        answer = fold(root, ctx)
    return _answered(pathway, version, answer, ctx, pending)


def _answered(pathway, version, answer, ctx, pending) -> PathwayResult:
    r = _new(PathwayResult)         # what __init__ sets, without its defaults' lists (a hot path)
    r.pathway, r.version = pathway, version
    if answer is True:
        r.status, r.missing = ELIGIBLE, []
    elif answer is False:
        r.status, r.missing = NOT_ELIGIBLE, []
    else:
        r.status, r.missing = UNDETERMINED, sorted(answer)
    r._tree = r._failed = r._unconfirmed = r._unsettled = None
    r.closed_on = r.opens_on = r.timing = r._would_change = None
    r._pending, r._chained = pending, ctx.chained
    return r


def _detail(result, ctx, detail):
    """The explanation of a pathway in force: its tree and, with `detail`, why not, what is unconfirmed, and the
    points of law left open. Sets `status` and `missing` when they are not known yet (the reference evaluator);
    otherwise the tree must give the answer the engine's fold gave."""
    pathway, version = result.pathway, result.version
    scope = evaluate(version.conditions.children[0], ctx)
    if scope.status == NOT_MET:      # another country's pathway: say so, without evaluating its whole tree
        tree = NodeResult(version.conditions, NOT_MET, [scope])
    else:
        tree = evaluate(version.conditions, ctx)
    status = STATUS_OF[tree.status]
    missing = sorted(tree.missing) if status == UNDETERMINED else []
    if result.status is None:
        result.status, result.missing = status, missing
    elif (result.status, result.missing) != (status, missing):
        raise EngineError(f"the fold of {pathway.id} gives {result.status} {result.missing}, its explanation "
                          f"{status} {missing}; no answer is given rather than a wrong one")
    result._tree = tree
    if result._unconfirmed is None:     # folded: the lists are made here
        result._failed, result._unconfirmed, result._unsettled = [], [], []
    if not detail:      # statuses only (batch): skip the why / why-not bookkeeping
        return
    result._failed = _failed(tree)
    failed_ids = {id(f) for f in result._failed}
    result._unsettled = _open_points(tree)
    if scope.status == NOT_MET:
        return
    unconfirmed = result._unconfirmed
    for r in _walk(tree) if ctx.leaves is None else ctx.leaves.program.walk_flagged(tree):   # what may be unconfirmed
        relevant = r.status != NOT_MET or id(r) in failed_ids
        if r.node.unconfirmed and relevant:
            unconfirmed.append((r.node.id, r.node.unconfirmed, r.status))
        for spec in (r.node.value, r.node.within_days):
            param = pathway.parameters.get(spec["param"]) if isinstance(spec, dict) and "param" in spec else None
            if param and param.unconfirmed and relevant:
                unconfirmed.append((f"parameter {param.name}", param.unconfirmed, r.status))
    if version.unconfirmed:
        unconfirmed.insert(0, ("version", version.unconfirmed, tree.status))


_TEMPLATES: dict = {}
_ERAS: dict = {}
_EXPIRY: dict = {}


def _expiry(grants, as_of):
    """`grant_expiry`, the same for everyone granted this status on this day: computed once and kept."""
    key = (id(grants), as_of)
    found = _EXPIRY.get(key)
    if found is None or found[0] is not grants:
        if len(_EXPIRY) > 50_000:
            _EXPIRY.clear()
        found = _EXPIRY[key] = (grants, grant_expiry(grants, as_of))
    return found[1]


def _versions(rulebooks, as_of):
    """(era, the version of every pathway in force on `as_of`, in evaluation order). Which versions are in force
    changes only on the days some version starts or ends, so it is found once per era between such days."""
    found = _ERAS.get(id(rulebooks))
    if found is None or found[0] is not rulebooks:
        days = set()
        for p in rulebooks.ordered():
            for v in p.versions:
                days.add(v.valid_from)
                if v.valid_until is not None and v.valid_until < dt.date.max:
                    days.add(v.valid_until + dt.timedelta(days=1))
        if len(_ERAS) > 100:
            _ERAS.clear()
        found = _ERAS[id(rulebooks)] = (rulebooks, sorted(days), {})
    era = bisect.bisect_right(found[1], as_of)
    versions = found[2].get(era)
    if versions is None:
        versions = found[2][era] = [p.version_at(as_of) for p in rulebooks.ordered()]
    return era, versions


def _others(rulebooks, host, as_of):
    """The results of every other country's pathways for a person living in `host` on `as_of`, in evaluation
    order, with None where the host's own pathways go: the same for everyone there in one era, so built once."""
    era, versions = _versions(rulebooks, as_of)
    key = (id(rulebooks), host, era)
    found = _TEMPLATES.get(key)
    if found is None or found[0] is not rulebooks:
        ordered = rulebooks.ordered()
        items = [None if p.country == host else _elsewhere(p, v or p.versions[0], host)
                 for p, v in zip(ordered, versions)]
        found = (rulebooks, items, [i for i, p in enumerate(ordered) if p.country == host])
        if len(_TEMPLATES) > 20_000:
            _TEMPLATES.clear()
        _TEMPLATES[key] = found
    return found[1], found[2], versions


def explain(rulebooks, person, vocab, blocs, detail: bool = True, host_only: bool = False,
            leaves=None) -> list[PathwayResult]:
    """Evaluate pathways in dependency order, so a status one grants can open the next (forward chaining).

    Other countries' pathways are "not eligible, you live elsewhere" and grant nothing, so once the host is
    known only the host's pathways are evaluated; `host_only` leaves the others out of the list altogether.
    `leaves` are the inference core's leaf results, which the fold reads (None: the reference evaluator)."""
    chained = {}
    host = person.values.get("host_country")
    ordered = rulebooks.ordered()
    as_of = person.as_of
    if leaves is not None:      # one context for the fold, re-pointed at each pathway; the explanations', if read,
        fctx = Context(person, None, vocab, blocs, chained, leaves)     # are made from `pending` and `chained`
        pending = (person, vocab, blocs, leaves, detail)
        folds, st, ms = leaves.program.folds, leaves.status, leaves.missing
        log = []        # the chain's updates in order: an explanation read later rebuilds the chain it saw
    if host is None:
        results, todo = [], range(len(ordered))
        versions = _versions(rulebooks, person.as_of)[1]
    else:
        items, todo, versions = _others(rulebooks, host, person.as_of)
        results = [] if host_only else list(items)
    for i in todo:
        pathway, version = ordered[i], versions[i]
        if leaves is None:
            result = explain_pathway(pathway, Context(person, pathway, vocab, blocs, chained, None), detail, version)
        elif version is None:
            result = _out_of_force(pathway, as_of)
        else:
            fctx.pathway, fctx.chained = pathway, chained
            root = version.conditions
            found = folds.get(id(root))     # logic.fold's hot path, inline: one segment, compiled, an `all`
            if found is not None and found[3] is not None and found[0] is root and root.kind == "all":
                result = _answered(pathway, version, found[3](st, ms, fctx), fctx, pending)
            else:
                result = _folded(pathway, version, fctx, pending)
            result._chained = (log, len(log))
        if host is not None and not host_only:
            results[i] = result
        else:
            results.append(result)
        grants = result.version.grants if result.version else None
        if grants and result.status in (ELIGIBLE, UNDETERMINED):
            entry = (result.status, _expiry(grants, as_of), pathway.id, set(result.missing))
            current = chained.get(grants["status"])
            if current is None or (current[0] != ELIGIBLE and result.status == ELIGIBLE) or \
                    (current[0] == result.status and entry[1] > current[1]):
                if leaves is None:
                    chained = {**chained, grants["status"]: entry}    # a new dict: earlier contexts keep theirs
                else:           # one dict for the fold, updated in place; `log` for the explanations
                    chained[grants["status"]] = entry
                    log.append((grants["status"], entry))
    return results
