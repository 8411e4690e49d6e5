"""`navigator diff OLD NEW`: what changed between two rulebook sets, in plain words, and which scenarios
change outcome. For a city or bloc team reviewing an edit before it is published."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .scenarios import read_cases


def _node_line(node):
    if node.kind in ("all", "any", "not"):
        return f"{node.kind} group"
    if node.kind == "status":
        return f"holds {node.status}" + (f" expiring within {node.within_days} days" if node.within_days is not None else "")
    if node.kind == "unsettled":
        return f"open point of law: {node.unsettled}"
    return f"{node.fact} {node.op} {node.value}"


def _cite(node):
    return f"{node.source.instrument}, {node.source.article}" if node.source else "no source"


def _conditions(version):
    return {n.id: n for n in version.conditions.walk() if n.id not in ("conditions", "in_jurisdiction", "in_city")}


def diff_sets(old, new) -> list[str]:
    lines = []
    old_p, new_p = old.rulebooks.pathways, new.rulebooks.pathways
    for pid in sorted(set(new_p) - set(old_p)):
        lines.append(f"+ pathway {pid} added: {new_p[pid].title}")
    for pid in sorted(set(old_p) - set(new_p)):
        lines.append(f"- pathway {pid} removed: {old_p[pid].title}")
    for pid in sorted(set(old_p) & set(new_p)):
        a, b = old_p[pid], new_p[pid]
        if a.sha256 == b.sha256:
            continue
        out = []
        if a.title != b.title:
            out.append(f"title: {a.title!r} -> {b.title!r}")
        for name in sorted(set(a.parameters) | set(b.parameters)):
            pa, pb = a.parameters.get(name), b.parameters.get(name)
            if pa is None or pb is None:
                out.append(f"parameter {name} {'added' if pa is None else 'removed'}")
            elif pa.values != pb.values:
                before = {d.isoformat(): v for d, v in pa.values}
                after = {d.isoformat(): v for d, v in pb.values}
                for day in sorted(set(before) | set(after)):
                    if before.get(day) != after.get(day):
                        out.append(f"parameter {name} from {day}: {before.get(day, '(none)')} -> {after.get(day, '(none)')}")
        va = {v.valid_from: v for v in a.versions}
        vb = {v.valid_from: v for v in b.versions}
        for day in sorted(set(vb) - set(va)):
            out.append(f"version from {day} added (until {vb[day].valid_until or 'open-ended'})"
                       + (f": {vb[day].changes}" if vb[day].changes else ""))
        for day in sorted(set(va) - set(vb)):
            out.append(f"version from {day} removed")
        for day in sorted(set(va) & set(vb)):
            x, y = va[day], vb[day]
            if x.valid_until != y.valid_until:
                out.append(f"version from {day}: ends {x.valid_until or 'never'} -> {y.valid_until or 'never'}")
            cx, cy = _conditions(x), _conditions(y)
            for cid in sorted(set(cy) - set(cx)):
                out.append(f"version from {day}: condition {cid} added: {cy[cid].text} [{_node_line(cy[cid])}; {_cite(cy[cid])}]")
            for cid in sorted(set(cx) - set(cy)):
                out.append(f"version from {day}: condition {cid} removed: {cx[cid].text}")
            for cid in sorted(set(cx) & set(cy)):
                n, m = cx[cid], cy[cid]
                if _node_line(n) != _node_line(m):
                    out.append(f"version from {day}: condition {cid}: {_node_line(n)} -> {_node_line(m)}")
                if _cite(n) != _cite(m) or (n.source and m.source and n.source.url != m.source.url):
                    out.append(f"version from {day}: condition {cid} cites {_cite(m)} (was {_cite(n)})")
                if n.text != m.text:
                    out.append(f"version from {day}: condition {cid} text: {n.text!r} -> {m.text!r}")
                if n.unconfirmed != m.unconfirmed:
                    out.append(f"version from {day}: condition {cid} doubt: {n.unconfirmed or '(none)'} -> {m.unconfirmed or '(none)'}")
        lines.append(f"~ pathway {pid} ({b.file.split('pathways/')[-1]}):")
        lines += [f"    {x}" for x in out or ["wording or layout only (no change to conditions, dates or citations)"]]
    return lines


def scenario_changes(old, new, features_dir: Path) -> list[str]:
    """Scenarios (persona cases) whose pathway outcomes differ between the two sets."""
    lines = []
    for case in read_cases(features_dir):
        as_of = dt.date.fromisoformat(case.as_of) if case.as_of else None
        try:
            a = {r.pathway.id: r.status for r in old.evaluate(case.facts, as_of, from_text=True, detail=False).results}
            b = {r.pathway.id: r.status for r in new.evaluate(case.facts, as_of, from_text=True, detail=False).results}
        except Exception as exc:  # noqa: BLE001
            lines.append(f"{Path(case.file).name}:{case.line} {case.name}: does not evaluate ({exc})")
            continue
        moved = [f"{p}: {a.get(p, 'absent')} -> {b.get(p, 'absent')}" for p in sorted(set(a) | set(b)) if a.get(p) != b.get(p)]
        if moved:
            lines.append(f"{Path(case.file).name}:{case.line} {case.name}: " + "; ".join(moved))
    return lines
