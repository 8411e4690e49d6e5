"""`navigator coverage`: which conditions the scenarios show decisive, both ways.

Scenarios are read straight from the .feature files (any Gherkin language): the Context step with a
"YYYY-MM-DD" sets the as-of date, the step with a two-column data table gives the facts. Each scenario is
evaluated, and for every pathway version it touches (the person is in that host country), each condition is:
- decisive "no": it is not met, and making it met alone would make the pathway eligible (every other
  part of each enclosing `all` is met);
- decisive "yes": the pathway is eligible and making this condition fail alone would change that (it is
  the only met branch of each enclosing `any`).
Points of law left open (`unsettled`) are read every way they could be settled (each in the person's favour
or against, all combinations for up to 6 open points in a version).
A condition beside an open point (say "you apply from home; elsewhere is not settled") can only keep a
pathway from being certain, never make it certainly fail; read against the person, it decides alone, and
that is the scenario the maintainers owe: one where this condition, and nothing else, stands between the
person and the pathway. A condition never shown decisive both ways is a gap.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .logic import MET, NOT_MET
from .scenarios import read_cases

SYNTHETIC = {"in_jurisdiction", "in_city", "in_force", "conditions"}


@dataclass
class ConditionCoverage:
    pathway: str
    version: str
    id: str
    kind: str
    yes: list = field(default_factory=list)    # scenarios where it decides "eligible"
    no: list = field(default_factory=list)     # scenarios where it alone decides "not eligible"

    @property
    def complete(self) -> bool:
        return bool(self.yes) and bool(self.no)


def effective(result, memo, against=frozenset()) -> str:
    """Status with points of law left open (`unsettled`) taken as settled, in the person's favour or against
    them, so the other conditions of a version whose law is open can still be shown decisive."""
    key = id(result)
    if key not in memo:
        kind = result.node.kind
        if kind == "unsettled":
            memo[key] = NOT_MET if id(result.node) in against else MET
        elif kind in ("all", "any"):
            states = {effective(k, memo, against) for k in result.children}
            decisive, other = (NOT_MET, MET) if kind == "all" else (MET, NOT_MET)
            memo[key] = decisive if decisive in states else other if states <= {other} else "unknown"
        elif kind == "not":
            memo[key] = {MET: NOT_MET, NOT_MET: MET}.get(effective(result.children[0], memo, against), "unknown")
        else:
            memo[key] = result.status
    return memo[key]


def _decisive(result, path_yes, path_no, memo, out=None, against=frozenset()):
    """Walk the tree; collect (node result, decisive_yes, decisive_no)."""
    out = [] if out is None else out
    state = effective(result, memo, against)
    yes, no = path_yes and state == MET, path_no and state == NOT_MET
    out.append((result, yes, no))
    for kid in result.children:
        others = [effective(k, memo, against) for k in result.children if k is not kid]
        if result.node.kind == "all":
            kid_yes, kid_no = yes, no and all(o == MET for o in others)
        elif result.node.kind == "any":
            kid_yes, kid_no = yes and MET not in others, no
        else:   # not: a met child under `not` decides "no", an unmet one decides "yes"
            kid_yes, kid_no = no, yes
        _decisive(kid, kid_yes, kid_no, memo, out, against)
    return out


def _every_reading(root):
    """(result, decisive yes, decisive no) under each way the tree's open points of law could be settled."""
    from itertools import combinations
    open_points = []
    stack = [root]
    while stack:
        r = stack.pop()
        if r.node.kind == "unsettled":
            open_points.append(id(r.node))
        stack.extend(r.children)
    if len(open_points) <= 6:
        readings = [frozenset(c) for n in range(len(open_points) + 1) for c in combinations(open_points, n)]
    else:
        readings = [frozenset(), frozenset(open_points)]
    out = []
    for against in readings:
        out += _decisive(root, True, True, {}, against=against)
    return out


def coverage(navigator, features_dir: Path):
    cases = read_cases(features_dir)
    table: dict = {}
    touched = defaultdict(set)
    errors = []
    for p in navigator.rulebooks.pathways.values():
        for v in p.versions:
            for n in v.conditions.walk():
                if n.id not in SYNTHETIC and n.kind != "unsettled":
                    table.setdefault((p.id, v.label, n.id), ConditionCoverage(p.id, v.label, n.id, n.kind))
    for case in cases:
        label = f"{Path(case.file).name}:{case.line} {case.name}"
        try:
            import datetime as dt
            ev = navigator.evaluate(case.facts, dt.date.fromisoformat(case.as_of) if case.as_of else None,
                                    from_text=True)
        except Exception as exc:  # noqa: BLE001  (a scenario that does not evaluate is itself reported)
            errors.append(f"{label}: {exc}")
            continue
        for r in ev.results:
            if r.version is None or r.tree.children and r.tree.children[0].status == NOT_MET:
                continue
            touched[r.pathway.id].add(label)
            root = r.tree.children[1] if len(r.tree.children) > 1 else r.tree
            for res, yes, no in _every_reading(root):
                key = (r.pathway.id, r.version.label, res.node.id)
                if key in table:
                    if yes and label not in table[key].yes:
                        table[key].yes.append(label)
                    if no and label not in table[key].no:
                        table[key].no.append(label)
    return cases, touched, sorted(table.values(), key=lambda c: (c.pathway, c.version, c.id)), errors


def report(navigator, features_dir: Path) -> tuple[str, bool]:
    cases, touched, rows, errors = coverage(navigator, features_dir)
    lines = [f"{len(cases)} scenarios (examples expanded) in {features_dir}; "
             f"{len(navigator.rulebooks.pathways)} pathways", ""]
    gaps = [c for c in rows if not c.complete]
    current = None
    for c in rows:
        if c.pathway != current:
            current = c.pathway
            lines.append(f"{c.pathway}: {len(touched.get(c.pathway, ()))} scenarios")
        mark = "ok " if c.complete else "GAP"
        lines.append(f"  {mark} v{c.version} {c.id:<40} decides yes in {len(c.yes):>3}, decides no alone in {len(c.no):>3}")
    lines.append("")
    for e in errors:
        lines.append(f"scenario does not evaluate: {e}")
    if gaps:
        lines.append(f"{len(gaps)} condition(s) never shown decisive both ways:")
        for c in gaps:
            missing = [w for w, n in (("a scenario where it alone makes the pathway fail", c.no),
                                      ("a scenario where it holds and decides eligibility", c.yes)) if not n]
            lines.append(f"  {c.pathway} v{c.version} {c.id}: needs " + " and ".join(missing))
    else:
        lines.append("every condition is shown decisive both ways")
    return "\n".join(lines) + "\n", not gaps and not errors
