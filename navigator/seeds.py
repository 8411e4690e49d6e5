"""`navigator coverage --seeds`: each item of the seed documents (review §B.1) with the pathways or services that
cover it, read from rules/seeds.yaml. Every pathway id named there must be loaded and every family must have
pathways, or the command says which line is wrong (exit 1); items that are not person-level are listed, never
counted."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlsafe
from .home import RULES_DIR

SEEDS_FILE = RULES_DIR / "seeds.yaml"        # the checkout's, or the wheel's (navigator/home.py)


@dataclass
class SeedItem:
    id: str
    seed: str
    item: str
    where: str
    person_level: bool = True
    pathways: list = field(default_factory=list)   # the covering pathway ids, explicit ones first
    partly: str | None = None

    @property
    def status(self) -> str:
        if not self.person_level:
            return "not counted"
        if not self.pathways:
            return "missing"
        return "partly" if self.partly else "covered"


def load_seeds(pathways: dict, path: Path = SEEDS_FILE) -> tuple[list[SeedItem], list[str]]:
    """The seed items with their covering pathways, and the problems found (`file:line: what`)."""
    doc = yamlsafe.load(path.read_bytes(), str(path))
    items, problems, seen = [], [], set()
    by_family: dict = {}
    for p in pathways.values():
        if p.family:
            by_family.setdefault(p.family, []).append(p.id)
    raw_items = doc.data.get("items", []) if isinstance(doc.data, dict) else []
    if not raw_items:
        problems.append(f"{path}:1: no items: (expected a list of seed items)")
    for i, raw in enumerate(raw_items):
        line = doc.where(("items", i))[0]
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("item"):
            problems.append(f"{path}:{line}: a seed item needs an id and an item")
            continue
        if raw["id"] in seen:
            problems.append(f"{path}:{line}: seed item {raw['id']!r} is listed twice")
        seen.add(raw["id"])
        covering = []
        for pid in raw.get("covers", []) or []:
            if pid not in pathways:
                problems.append(f"{path}:{line}: {raw['id']}: {pid!r} is no loaded pathway")
            elif pid not in covering:
                covering.append(pid)
        for fam in raw.get("families", []) or []:
            if fam not in by_family:
                problems.append(f"{path}:{line}: {raw['id']}: no pathway has family {fam!r}")
            covering += [pid for pid in sorted(by_family.get(fam, [])) if pid not in covering]
        items.append(SeedItem(id=raw["id"], seed=str(raw.get("seed", "")), item=raw["item"], where=str(raw.get("where", "")),
                              person_level=bool(raw.get("person_level", True)), pathways=covering, partly=raw.get("partly")))
    return items, problems


def summary(items: list[SeedItem]) -> dict:
    counted = [i for i in items if i.person_level]
    return {"person_level": len(counted), "covered": sum(i.status == "covered" for i in counted),
            "partly": sum(i.status == "partly" for i in counted), "missing": sum(i.status == "missing" for i in counted)}


def report(items: list[SeedItem], problems: list[str], fmt: str = "text") -> str:
    s = summary(items)
    if fmt == "json":
        return json.dumps({"summary": s, "problems": problems,
                           "items": [{"id": i.id, "seed": i.seed, "item": i.item, "where": i.where, "status": i.status,
                                      "pathways": i.pathways, "partly": i.partly} for i in items]},
                          ensure_ascii=False, indent=2) + "\n"
    out = []
    for i in items:
        shown = ", ".join(i.pathways[:6]) + (f" (+{len(i.pathways) - 6} more)" if len(i.pathways) > 6 else "")
        out.append(f"{i.id}  {i.status:<11}  {i.item} [{i.where}]")
        if i.pathways:
            out.append(f"        covered by: {shown}")
        if i.partly:
            out.append(f"        still missing: {i.partly}")
    out.append("")
    out.append(f"{s['covered'] + s['partly']} of {s['person_level']} person-level seed items have a pathway or service "
               f"({s['covered']} fully, {s['partly']} partly); {s['missing']} missing")
    out += problems
    return "\n".join(out) + "\n"
