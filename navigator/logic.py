"""Three-valued fold over condition trees: met, not met, or unknown, and which facts would decide.

The leaves come from the inference core (`Context.leaves`, the engine's leaf results): the fold decides no
test itself. It never turns a missing fact into "no": a leaf the engine left undecided is `unknown` (its fact is
absent), `all` is not met only when some part is certainly not met, `any` is met as soon as one part certainly is.
Without engine results (`leaves=None`) the leaves are computed here, in Python, straight from the rulebook: the
reference evaluator the tests hold the compiler and both engine backends to.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import values as V
from .core import EngineError
from .values import grant_expiry  # noqa: F401  (re-exported: explain and the floor read it here)

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
FLIP = {MET: NOT_MET, NOT_MET: MET, UNKNOWN: UNKNOWN}


@dataclass(slots=True)
class NodeResult:
    node: object
    status: str
    children: list = field(default_factory=list)
    missing: set = field(default_factory=set)     # input facts that would decide this node
    expected: object = None                        # the resolved value tested against, for display
    actual: object = None                          # the person's value, for display

    def walk(self):
        """This result and every result below it, depth first (as `model.Node.walk` walks the conditions)."""
        yield self
        for kid in self.children:
            yield from kid.walk()


@dataclass
class Context:
    person: object            # PersonFacts
    pathway: object
    vocab: object
    blocs: object
    chained: dict             # status id -> (pathway status, expiry date, pathway id) from earlier pathways
    leaves: object = None     # core.LeafResults: the engine's leaf results (None: the reference evaluator)


def compare(op, actual, expected) -> bool:
    if op in ("is", "equals"):
        return actual == expected
    if op == "in":
        return actual in expected
    if op == "any_in":
        return bool(set(actual) & set(expected))
    if op == "gte":
        return actual >= expected
    if op == "gt":
        return actual > expected
    if op == "lte":
        return actual <= expected
    return actual < expected


_EXPECTED: dict = {}


def expected_value(node, ctx):
    """The value a test compares with on the person's as-of date: the same for everyone that day, so resolved
    once per (condition, day, bloc table) and kept (parameters and bloc lists are looked up by date)."""
    as_of = ctx.person.as_of
    key = (id(node), as_of, id(ctx.blocs))
    found = _EXPECTED.get(key)
    if found is not None and found[0] is node:
        return found[1]
    value = _expected_value(node, ctx, as_of)
    if len(_EXPECTED) > 20_000:      # about a month of days for every condition; a few MB at most
        _EXPECTED.clear()
    _EXPECTED[key] = (node, value)
    return value


def _expected_value(node, ctx, as_of):
    if V.is_relative(node.value):
        return V.relative_date(node.value, as_of)
    ftype = ctx.vocab[node.fact].type
    value = V.resolve(node.value, ctx.pathway, as_of, ctx.blocs, "date" if ftype == "date" else None)
    if node.op in ("in", "any_in"):
        return value if isinstance(value, frozenset) else _frozen(value)
    return value


def _frozen(value, _cache={}):
    """Lists tested with in / any_in as frozensets, built once per distinct list (a hot path)."""
    key = tuple(value or ())
    found = _cache.get(key)
    if found is None:
        found = _cache[key] = frozenset(key)
    return found


def _missing_for(fact_id, ctx) -> set:
    vocab, given = ctx.vocab, ctx.person.given
    if fact_id in given:
        return set()
    sources = vocab.input_sources(fact_id) if vocab[fact_id].derived else {fact_id}
    if vocab[fact_id].derived and vocab[fact_id].input_allowed:
        return {fact_id}
    return {s for s in sources if s not in given} or {fact_id}


def combine(node, kids) -> NodeResult:
    """An `all` or `any` node from its children's results, in three-valued logic (the one place it is said)."""
    states = {k.status for k in kids}
    decisive, other = (NOT_MET, MET) if node.kind == "all" else (MET, NOT_MET)
    if decisive in states:
        return NodeResult(node, decisive, kids)
    if states <= {other}:
        return NodeResult(node, other, kids)
    return NodeResult(node, UNKNOWN, kids, set().union(*(k.missing for k in kids if k.status == UNKNOWN)))


def evaluate(node, ctx) -> NodeResult:
    kind = node.kind
    if kind == "fact" and ctx.leaves is not None:
        return _engine_leaf(node, ctx)
    if kind == "all" or kind == "any":
        return combine(node, [evaluate(child, ctx) for child in node.children])
    if kind == "not":
        kid = evaluate(node.children[0], ctx)
        return NodeResult(node, FLIP[kid.status], [kid], kid.missing)
    if kind == "unsettled":
        return NodeResult(node, UNKNOWN)
    if kind == "status":
        return _status(node, ctx)
    expected = expected_value(node, ctx)
    actual = ctx.person.values.get(node.fact)
    if actual is None:
        bound = ctx.person.possible.get(node.fact)
        if node.op == "any_in" and bound is not None and not (bound & expected):
            return NodeResult(node, NOT_MET, expected=expected, actual=bound)
        return NodeResult(node, UNKNOWN, missing=_missing_for(node.fact, ctx), expected=expected)
    return NodeResult(node, MET if compare(node.op, actual, expected) else NOT_MET, expected=expected, actual=actual)


def _use(node, ctx):
    use = ctx.leaves.program.use(node, ctx.person.as_of)
    if use is None:
        raise EngineError(f"no compiled test for condition {node.id!r} of {ctx.pathway.id} on {ctx.person.as_of}")
    return use


def _engine_leaf(node, ctx) -> NodeResult:
    """A fact test as the engine decided it: met, not met, or (neither rule matched) unknown."""
    person, leaves = ctx.person, ctx.leaves
    uses = leaves.uses.get(id(node))
    use = uses[0] if uses is not None and len(uses) == 1 else _use(node, ctx)
    if use.relative:                # the same for every condition with this spec: computed once per person
        expected = leaves.relative.get(use.leaf)
        if expected is None:
            expected = leaves.relative[use.leaf] = V.relative_date(node.value, person.as_of)
    else:
        expected = use.expected
    status = leaves.status.get(use.leaf)
    fact = node.fact
    actual = person.values.get(fact)
    if status is not None:
        if actual is None:          # not met by the upper bound of a derived list still unknown
            actual = person.possible.get(fact)
        return NodeResult(node, status, expected=expected, actual=actual)
    if actual is not None:
        raise EngineError(f"the engine decided nothing for condition {node.id!r} of {ctx.pathway.id}, "
                          f"though {fact} is known")
    missing = leaves.missing.get(fact)
    if missing is None:
        missing = leaves.missing[fact] = _missing_kept(fact, ctx)
    return NodeResult(node, UNKNOWN, missing=missing, expected=expected)


def _status(node, ctx) -> NodeResult:
    as_of = ctx.person.as_of
    window = None
    if node.within_days is not None:
        window = V.resolve(node.within_days, ctx.pathway, as_of, ctx.blocs)

    def in_window(expiry: dt.date) -> bool:
        return window is None or 0 <= (expiry - as_of).days <= window

    held = ctx.person.values.get("statuses")
    chain = ctx.chained.get(node.status)
    if ctx.leaves is not None:      # the engine: a held status, or one granted in this session, in the window
        if ctx.leaves.status.get(_use(node, ctx).leaf) == MET:
            actual = held[node.status] if held is not None and node.status in held and in_window(held[node.status]) \
                else chain[1] if chain else None
            return NodeResult(node, MET, expected=window, actual=actual)
    elif held is not None and node.status in held and in_window(held[node.status]):
        return NodeResult(node, MET, expected=window, actual=held[node.status])
    elif chain and chain[0] == "eligible" and in_window(chain[1]):
        return NodeResult(node, MET, expected=window, actual=chain[1])
    missing = set()
    if held is None:
        missing.add("statuses")
    if chain and chain[0] == "undetermined" and in_window(chain[1]):
        missing |= chain[3]
    if missing or (chain and chain[0] == "undetermined" and in_window(chain[1])):
        return NodeResult(node, UNKNOWN, missing=missing, expected=window)
    return NodeResult(node, NOT_MET, expected=window, actual=held.get(node.status) if held else None)


# ---------------------------------------------------------------- the fold compiled per condition tree
# The same three-valued fold as `evaluate` with engine results, for the answer alone: a node's result is True
# (met), False (not met) or a frozenset (unknown: the input facts that would decide it), with no NodeResult
# built. Each condition tree is written once per leaf program and date segment as a few small Python functions
# (all / any short-circuit as the three-valued tables allow); `explain` builds the explanation tree from the
# same engine results only when it is read (explain.PathwayResult).
_EMPTY = frozenset()


def _unknown_leaf(node, ctx):
    """A fact test neither leaf rule matched: its fact must be absent; the facts that would decide it."""
    person, leaves = ctx.person, ctx.leaves
    fact = node.fact
    if person.values.get(fact) is not None:
        raise EngineError(f"the engine decided nothing for condition {node.id!r} of {ctx.pathway.id}, "
                          f"though {fact} is known")
    missing = leaves.missing.get(fact)
    if missing is None:
        missing = leaves.missing[fact] = _missing_kept(fact, ctx)
    return missing


_MISSING: dict = {}


def _missing_kept(fact, ctx) -> frozenset:
    """`_missing_for` as a frozenset: it depends only on the fact, the vocabulary and which facts were given, the
    same for everyone who gave the same facts, so kept (the host-unknown fold asks it for about 56 facts)."""
    vocab = ctx.vocab
    key = (fact, ctx.person.given, id(vocab))
    found = _MISSING.get(key)
    if found is None or found[0] is not vocab:
        if len(_MISSING) > 50_000:
            _MISSING.clear()
        found = _MISSING[key] = (vocab, frozenset(_missing_for(fact, ctx)))
    return found[1]


_STATUSES = frozenset({"statuses"})


def _status_leaf(node, ctx):
    """`_status` with the engine's results, for the answer alone (no NodeResult): True, False or the facts."""
    if ctx.leaves.status.get(_use(node, ctx).leaf) == MET:
        return True
    chain = ctx.chained.get(node.status)
    pending = False         # an earlier pathway undetermined for this status, its grant within the window
    if chain and chain[0] == "undetermined":
        as_of = ctx.person.as_of
        window = None if node.within_days is None else V.resolve(node.within_days, ctx.pathway, as_of, ctx.blocs)
        pending = window is None or 0 <= (chain[1] - as_of).days <= window
    if ctx.person.values.get("statuses") is None:
        return _STATUSES | chain[3] if pending else _STATUSES
    return frozenset(chain[3]) if pending else False


def _write_fold(root, program, day):
    """Python source of the fold of `root` with the leaves in use on `day`, and the names it reads."""
    names = {"_unknown_leaf": _unknown_leaf, "_status_leaf": _status_leaf, "_EMPTY": _EMPTY}
    funcs = []

    def const(obj):
        name = f"N{len(names)}"
        names[name] = obj
        return name

    def leaf_lines(node, out, indent):
        """Lines setting `r` to the node's result."""
        pad = " " * indent
        kind = node.kind
        if kind == "fact":
            use = program.use(node, day)
            if use is None:
                raise EngineError(f"no compiled test for condition {node.id!r} on {day}")
            out += [f"{pad}s = st.get({use.leaf})",     # unknown: the facts that would decide, kept per fact
                    f"{pad}r = (s == 'met') if s is not None else ms.get({node.fact!r}) or "
                    f"_unknown_leaf({const(node)}, ctx)"]
        elif kind == "status":
            out.append(f"{pad}r = _status_leaf({const(node)}, ctx)")
        elif kind == "unsettled":
            out.append(f"{pad}r = _EMPTY")
        elif kind == "not":
            leaf_lines(node.children[0], out, indent)
            out.append(f"{pad}r = False if r is True else True if r is False else r")
        else:
            out.append(f"{pad}r = {function(node)}(st, ms, ctx)")

    def function(node):
        name = f"f{len(funcs)}"
        funcs.append(None)
        slot = len(funcs) - 1
        decisive, other = ("False", "True") if node.kind == "all" else ("True", "False")
        lines = [f"def {name}(st, ms, ctx):", "    u = None"]
        for child in node.children:
            leaf_lines(child, lines, 4)
            lines += [f"    if r is {decisive}:", f"        return {decisive}",
                      f"    if r is not {other}:", "        u = r if u is None else u | r"]
        lines.append(f"    return {other} if u is None else u")
        funcs[slot] = "\n".join(lines)
        return name

    if root.kind in ("all", "any"):
        top = function(root)
    else:
        lines = ["def f_root(st, ms, ctx):"]
        leaf_lines(root, lines, 4)
        lines.append("    return r")
        funcs.append("\n".join(lines))
        top = "f_root"
    return "\n\n".join(funcs) + "\n", names, top


def _segments(root, program):
    """The date segments of the leaf program for this tree: [(start, end)] ([(None, None)]: one segment)."""
    for node in root.walk():
        uses = program.uses.get(id(node))
        if uses is not None:
            return [(None, None)] if len(uses) == 1 else [(u.start, u.end) for u in uses]
    return [(None, None)]


def fold(root, ctx):
    """The three-valued result of `root` from the engine's leaf results: True, False, or a frozenset of the
    input facts that would decide it (unknown). The same answer as `evaluate(root, ctx)`, without its tree."""
    leaves = ctx.leaves
    program = leaves.program
    found = program.folds.get(id(root))       # kept with the leaf program: a live reload drops them with it
    if found is not None and found[3] is not None and found[0] is root:     # one segment, compiled: the hot path
        return found[3](leaves.status, leaves.missing, ctx)
    if found is None or found[0] is not root:
        found = program.folds[id(root)] = (root, _segments(root, program), {}, None)
    segments, compiled = found[1], found[2]
    if len(segments) == 1:      # one segment: the version's whole time in force
        k = 0
    else:
        day = ctx.person.as_of
        k = next((k for k, (start, end) in enumerate(segments)
                  if start <= day and (end is None or day <= end)), -1)
    fn = compiled.get(k)
    if fn is None:
        source, names, top = _write_fold(root, program, ctx.person.as_of)
        exec(compile(source, f"<fold of {getattr(root, 'id', '?')}>", "exec"), names)  # noqa: S102  (our own text)
        fn = compiled[k] = names[top]
        if len(segments) == 1:
            program.folds[id(root)] = (root, segments, compiled, fn)
    return fn(leaves.status, leaves.missing, ctx)
