"""The Gherkin scenario reader: every scenario of the .feature files (any Gherkin language) as a `Case`.

The Context step with a "YYYY-MM-DD" sets the as-of date, the step with a two-column data table gives the
facts, and the Then steps `la vía "…" es "…"` / `a via "…" é "…"` / `pathway "…" is "…"` give the expected
outcomes. Coverage, diff, the release gate and the benchmarks read scenarios through here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_DATE = re.compile(r'"(\d{4}-\d{2}-\d{2})"')
_REFUSED = re.compile(r"se rechazan? (?:los datos|el dato)|os dados são recusados|o dado .* é recusado|"
                      r"the facts are refused|the fact .* is refused")


_OUTCOME = re.compile(r'(?:la vía|a via|pathway) "([^"]+)" (?:es|é|is) "([^"]+)"')
STATUS_WORDS = {  # a scenario's outcome word (es, pt, en) -> status; the step definitions read it too
          "elegible": "eligible", "no elegible": "not_eligible", "indeterminada": "undetermined",
          "elegível": "eligible", "não elegível": "not_eligible", "eligible": "eligible",
          "not eligible": "not_eligible", "undetermined": "undetermined"}


@dataclass
class Case:
    file: str
    line: int
    name: str
    as_of: str | None
    facts: dict
    expected: list = field(default_factory=list)   # [(pathway id, status)] from the scenario's Then steps


def read_cases(features_dir: Path) -> list[Case]:
    from gherkin.parser import Parser
    from gherkin.pickles.compiler import Compiler
    from gherkin.token_scanner import TokenScanner

    cases = []
    for path in sorted(Path(features_dir).rglob("*.feature")):
        doc = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))
        doc["uri"] = str(path)
        lines = {}
        for child in doc["feature"].get("children", []):
            for node in (child.get("scenario"), *(c.get("scenario") for c in child.get("rule", {}).get("children", []))):
                if node:
                    lines[node["id"]] = node["location"]["line"]
                    for ex in node.get("examples", []):
                        for row in ex.get("tableBody", []):
                            lines[row["id"]] = row["location"]["line"]
        for pickle in Compiler().compile(doc):
            as_of, facts, expected = None, None, []
            if any(_REFUSED.search(step["text"]) for step in pickle["steps"]):
                continue        # facts meant to be refused (contradictory answers): no outcome to cover
            for step in pickle["steps"]:
                table = step.get("argument", {}).get("dataTable")
                if table and len(table["rows"][0]["cells"]) == 2:
                    facts = {r["cells"][0]["value"].strip(): r["cells"][1]["value"] for r in table["rows"][1:]}
                elif step["type"] == "Context" and (m := _DATE.search(step["text"])):
                    as_of = m.group(1)
                elif (m := _OUTCOME.search(step["text"])) and m.group(2) in STATUS_WORDS:
                    expected.append((m.group(1), STATUS_WORDS[m.group(2)]))
            if facts is not None:
                line = lines.get(pickle["astNodeIds"][-1], lines.get(pickle["astNodeIds"][0], 1))
                cases.append(Case(str(path), line, pickle["name"], as_of, facts, expected))
    return cases
