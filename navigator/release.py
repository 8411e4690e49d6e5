"""`navigator check --release`: the publish gate. A rulebook set goes live only if, beyond the ordinary check,
every rulebook string is translated in every enabled language, every scenario's expected outcomes hold, and
every condition is shown decisive both ways by the scenarios."""
from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from babel.messages.pofile import read_po

from .coverage import report
from .i18n import LOCALES_DIR, extract_rulebook

CONTENT_LANGUAGES = ("es", "pt", "fr", "ht")
_OUTCOME = re.compile(r'(?:la vía|a via|pathway) "([^"]+)" (?:es|é|is) "([^"]+)"')
_WORDS = {"elegible": "eligible", "no elegible": "not_eligible", "indeterminada": "undetermined",
          "elegível": "eligible", "não elegível": "not_eligible", "eligible": "eligible",
          "not eligible": "not_eligible", "undetermined": "undetermined"}


def untranslated(pathways_dir: Path, rules_dir: Path, languages=CONTENT_LANGUAGES, locales=LOCALES_DIR) -> list[str]:
    files = sorted(Path(pathways_dir).rglob("*.yaml")) + [rules_dir / "facts.yaml"] + sorted((rules_dir / "facts").glob("*.yaml"))
    wanted = {}
    for f in files:
        with open(f, "rb") as fh:
            for line, _func, (ctx, msg), _c in extract_rulebook(fh, None, None, {}):
                wanted[(ctx, msg)] = f"{f}:{line}"
    problems = []
    for lang in languages:
        po = locales / lang / "LC_MESSAGES" / "rulebooks.po"
        have = {}
        if po.is_file():
            with open(po, "rb") as fh:
                have = {(m.context, m.id): m for m in read_po(fh) if m.id}
        for key, where in sorted(wanted.items(), key=lambda kv: kv[1]):
            m = have.get(key)
            if m is None or not m.string or m.fuzzy:
                problems.append(f"{where}: not translated into {lang}: {key[1][:60]!r} (context {key[0]})")
    return problems


def failing_scenarios(navigator, features_dir: Path) -> list[str]:
    from gherkin.parser import Parser
    from gherkin.pickles.compiler import Compiler
    from gherkin.token_scanner import TokenScanner
    from .coverage import _DATE
    problems = []
    for path in sorted(Path(features_dir).rglob("*.feature")):
        doc = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))
        doc["uri"] = str(path)
        for pickle in Compiler().compile(doc):
            as_of, facts, expected = None, None, []
            for step in pickle["steps"]:
                table = step.get("argument", {}).get("dataTable")
                if table and len(table["rows"][0]["cells"]) == 2:
                    facts = {r["cells"][0]["value"].strip(): r["cells"][1]["value"] for r in table["rows"][1:]}
                elif step["type"] == "Context" and (m := _DATE.search(step["text"])):
                    as_of = m.group(1)
                elif (m := _OUTCOME.search(step["text"])) and m.group(2) in _WORDS:
                    expected.append((m.group(1), _WORDS[m.group(2)]))
            if facts is None or not expected:
                continue
            try:
                ev = navigator.evaluate(facts, dt.date.fromisoformat(as_of) if as_of else None, from_text=True, detail=False)
            except Exception as exc:  # noqa: BLE001
                problems.append(f"{path.name}: {pickle['name']}: does not evaluate ({exc})")
                continue
            got = {r.pathway.id: r.status for r in ev.results}
            for pid, want in expected:
                if got.get(pid) != want:
                    problems.append(f"{path.name}: {pickle['name']}: {pid} is {got.get(pid, 'absent')}, expected {want}")
    return problems


def release_problems(navigator, pathways_dir: Path, rules_dir: Path, features_dir: Path) -> list[str]:
    problems = untranslated(pathways_dir, rules_dir)
    problems += failing_scenarios(navigator, features_dir)
    text, complete = report(navigator, features_dir)
    if not complete:
        problems += [line.strip() for line in text.splitlines() if ": needs a scenario" in line or "does not evaluate" in line]
    return problems
