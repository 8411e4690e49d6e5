"""For every pathway: eligible, not eligible or undetermined; why, why not, and what would decide it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .logic import MET, NOT_MET, UNKNOWN, Context, NodeResult, evaluate, grant_expiry
from .model import Node, Source

ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED = "eligible", "not_eligible", "undetermined"
_STATUS = {MET: ELIGIBLE, NOT_MET: NOT_ELIGIBLE, UNKNOWN: UNDETERMINED}


@dataclass
class PathwayResult:
    pathway: object
    version: object | None
    status: str
    tree: NodeResult
    missing: list = field(default_factory=list)
    failed: list = field(default_factory=list)       # NodeResults that make it not eligible
    unconfirmed: list = field(default_factory=list)  # (where, note, node status)
    unsettled: list = field(default_factory=list)    # points of law left open
    closed_on: dt.date | None = None
    opens_on: dt.date | None = None
    timing: object = None                             # timing.Timing (host pathways, when asked for)
    would_change: list = field(default_factory=list)  # [(facts, status, changes)] (timing.would_change)

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


def _out_of_force(pathway, as_of) -> PathwayResult:
    first, last = pathway.versions[0], pathway.versions[-1]
    if as_of < first.valid_from:
        text, opens, closed, version = f"In force from {first.valid_from}", first.valid_from, None, first
    else:
        version = next((v for v in reversed(pathway.versions) if v.valid_from <= as_of), last)
        text, opens, closed = f"Closed on {version.valid_until}", None, version.valid_until
    node = Node(kind="fact", id="in_force", text=text, where=(pathway.file, 1, 1),
                source=Source(pathway.instrument.instrument, "dates in force", pathway.instrument.url,
                              pathway.instrument.refs))
    tree = NodeResult(node, NOT_MET)
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


def explain_pathway(pathway, ctx: Context, detail: bool = True) -> PathwayResult:
    as_of = ctx.person.as_of
    version = pathway.version_at(as_of)
    host = ctx.person.values.get("host_country")
    if host is not None and host != pathway.country:
        return _elsewhere(pathway, version or pathway.versions[0], host)
    if version is None:
        return _out_of_force(pathway, as_of)
    scope = evaluate(version.conditions.children[0], ctx)
    if scope.status == NOT_MET:      # another country's pathway: say so, without evaluating its whole tree
        tree = NodeResult(version.conditions, NOT_MET, [scope])
    else:
        tree = evaluate(version.conditions, ctx)
    status = _STATUS[tree.status]
    result = PathwayResult(pathway, version, status, tree)
    if not detail:      # statuses only (batch): skip the why / why-not bookkeeping
        if status == UNDETERMINED:
            result.missing = sorted(tree.missing)
        return result
    if status == UNDETERMINED:
        result.missing = sorted(tree.missing)
    result.failed = _failed(tree)
    failed_ids = {id(f) for f in result.failed}
    result.unsettled = _open_points(tree)
    if scope.status == NOT_MET:
        return result
    for r in _walk(tree) if ctx.leaves is None else ctx.leaves.program.walk_flagged(tree):   # what may be unconfirmed
        relevant = r.status != NOT_MET or id(r) in failed_ids
        if r.node.unconfirmed and relevant:
            result.unconfirmed.append((r.node.id, r.node.unconfirmed, r.status))
        for spec in (r.node.value, r.node.within_days):
            param = pathway.parameters.get(spec["param"]) if isinstance(spec, dict) and "param" in spec else None
            if param and param.unconfirmed and relevant:
                result.unconfirmed.append((f"parameter {param.name}", param.unconfirmed, r.status))
    if version.unconfirmed:
        result.unconfirmed.insert(0, ("version", version.unconfirmed, tree.status))
    return result


_TEMPLATES: dict = {}


def _others(rulebooks, host, as_of):
    """The results of every other country's pathways for a person living in `host` on `as_of`, in evaluation
    order, with None where the host's own pathways go: the same for everyone there that day, so built once."""
    key = (id(rulebooks), host, as_of)
    found = _TEMPLATES.get(key)
    if found is None or found[0] is not rulebooks:
        ordered = rulebooks.ordered()
        items = [None if p.country == host else _elsewhere(p, p.version_at(as_of) or p.versions[0], host)
                 for p in ordered]
        found = (rulebooks, items, [i for i, p in enumerate(ordered) if p.country == host])
        if len(_TEMPLATES) > 20_000:
            _TEMPLATES.clear()
        _TEMPLATES[key] = found
    return found[1], found[2]


def explain(rulebooks, person, vocab, blocs, detail: bool = True, host_only: bool = False,
            leaves=None) -> list[PathwayResult]:
    """Evaluate pathways in dependency order, so a status one grants can open the next (forward chaining).

    Other countries' pathways are "not eligible, you live elsewhere" and grant nothing, so once the host is
    known only the host's pathways are evaluated; `host_only` leaves the others out of the list altogether.
    `leaves` are the inference core's leaf results, which the fold reads (None: the reference evaluator)."""
    chained = {}
    host = person.values.get("host_country")
    ordered = rulebooks.ordered()
    if host is None:
        results, todo = [], range(len(ordered))
    else:
        items, todo = _others(rulebooks, host, person.as_of)
        results = [] if host_only else list(items)
    for i in todo:
        pathway = ordered[i]
        ctx = Context(person, pathway, vocab, blocs, chained, leaves)
        result = explain_pathway(pathway, ctx, detail)
        if host is not None and not host_only:
            results[i] = result
        else:
            results.append(result)
        grants = result.version.grants if result.version else None
        if grants and result.status in (ELIGIBLE, UNDETERMINED):
            entry = (result.status, grant_expiry(grants, person.as_of), pathway.id, set(result.missing))
            current = chained.get(grants["status"])
            if current is None or (current[0] != ELIGIBLE and result.status == ELIGIBLE) or \
                    (current[0] == result.status and entry[1] > current[1]):
                chained[grants["status"]] = entry
    return results
