"""A floor for every shipped pathway: the compiled rules written out as plain Python `if` statements.

The hand-written floor (bench/floor.py) covers 7 of the 56 pathways, so comparing the full evaluation with
it compares 56 pathways with 7. This floor is generated from the same compiled rules the inference core
runs (one flat test per pathway version and date segment, partitioned by host country and stratum), turned
into straight-line Python source once and compiled: no interpretation, no engine, no explanation. It is
the cheapest honest way to answer "which pathways is this person certainly eligible for", and the benchmark
checks that it agrees with the core on every generated person.
"""
from __future__ import annotations

import datetime as dt

from navigator.compiler import status_attr
from navigator.core import person_fact
from navigator.logic import grant_expiry


def _literal_guard(var: str, target) -> str:
    """The type check `match` applies before comparing (durable-rules never compares across types)."""
    if isinstance(target, bool):
        return f"{var}.__class__ is bool"
    if isinstance(target, (int, float)):
        return f"({var}.__class__ is int or {var}.__class__ is float)"
    return f"{var}.__class__ is str"


class _Writer:
    def __init__(self):
        self.n = 0

    def var(self) -> str:
        self.n += 1
        return f"v{self.n}"

    def expr(self, pattern: dict, item: str | None = None) -> str:
        parts = []
        for key, body in pattern.items():
            if key == "$and":
                parts.append("(" + " and ".join(self.expr(e, item) for e in body) + ")")
            elif key == "$or":
                parts.append("(" + " or ".join(self.expr(e, item) for e in body) + ")")
            elif key == "$ex":
                parts.extend(f"{a!r} in f" for a in body)
            elif key == "$nex":
                parts.extend(f"{a!r} not in f" for a in body)
            elif key == "$iany":
                (attr, inner), = body.items()
                it = self.var()
                parts.append(f"any({self.expr(inner, it)} for {it} in (f.get({attr!r}) if "
                             f"f.get({attr!r}).__class__ is list else ()))")
            elif key == "$i":
                parts.append(f"{item} == {body!r}")
            elif key in ("$gte", "$gt", "$lte", "$lt", "$neq"):
                op = {"$gte": ">=", "$gt": ">", "$lte": "<=", "$lt": "<", "$neq": "!="}[key]
                (attr, target), = body.items()
                a = self.var()
                actual = item if attr == "$i" else f"f.get({attr!r})"
                if isinstance(target, dict) and "$m" in target:
                    b = self.var()
                    parts.append(f"(({a} := {actual}) is not None and ({b} := f.get({target['$m']!r})) is not None "
                                 f"and {a}.__class__ is {b}.__class__ is str and {a} {op} {b})")
                else:
                    parts.append(f"(({a} := {actual}) is not None and {_literal_guard(a, target)} "
                                 f"and {a} {op} {target!r})")
            else:
                a = self.var()
                parts.append(f"(({a} := f.get({key!r}, _ABSENT)) == {body!r} and {_literal_guard(a, body)})")
        return " and ".join(parts) if parts else "True"


def source(compiled) -> str:
    """Python source: one function per ruleset, one `if` per compiled rule."""
    w, lines, table = _Writer(), ["_ABSENT = object()", ""], []
    for i, rs in enumerate(compiled.rulesets):
        lines.append(f"def rs{i}(f):")
        lines.append("    out = set()")
        for rule in rs.rules.values():
            pid = rule["run"].split(":", 1)[1]
            lines.append(f"    if {w.expr(rule['all'][0]['m'])}:")
            lines.append(f"        out.add({pid!r})")
        lines.append("    return out")
        lines.append("")
        table.append((rs.stratum, rs.host, f"rs{i}"))
    lines.append("RULESETS = [" + ", ".join(f"({s}, {h!r}, {fn})" for s, h, fn in table) + "]")
    return "\n".join(lines) + "\n"


class GeneratedFloor:
    def __init__(self, compiled):
        self.compiled = compiled
        namespace: dict = {}
        exec(compile(source(compiled), "<generated floor>", "exec"), namespace)  # noqa: S102  (our own generated code)
        self.by_host: dict = {}
        for stratum, host, fn in namespace["RULESETS"]:
            self.by_host.setdefault(host, {}).setdefault(stratum, []).append(fn)

    def eligible(self, person) -> set:
        """Same chaining as the core: statuses granted in one stratum open the next."""
        host = person.values.get("host_country")
        if host is None:
            return set()
        as_of: dt.date = person.as_of
        fact = person_fact(person, self.compiled)
        strata = self.by_host.get(host, {})
        eligible: set = set()
        for stratum in range(self.compiled.strata):
            for fn in strata.get(stratum, ()):
                eligible |= fn(fact)
            for pid in eligible:
                for start, end, grants in self.compiled.grants.get(pid, ()):
                    if grants and start <= as_of and (end is None or as_of <= end):
                        attr = status_attr(grants["status"], chained=True)
                        days = (grant_expiry(grants, as_of) - as_of).days
                        fact[attr] = max(fact.get(attr, days), days)
        return eligible
