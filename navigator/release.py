"""`navigator check --release`: the publish gate. A rulebook set goes live only if, beyond the ordinary check,
every rulebook string is translated in every enabled language, every scenario's expected outcomes hold, and
every condition is shown decisive both ways by the scenarios, and durable-rules, the pure-Python matcher and the
reference evaluator give the same three-valued answer for every leaf and pathway (navigator/oracle.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.messages.pofile import read_po

from .coverage import read_cases, report
from .i18n import LOCALES_DIR, extract_rulebook
from .oracle import differential_problems

CONTENT_LANGUAGES = ("es", "pt", "fr", "ht")


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
    """Scenarios whose expected pathway outcomes (their Then steps) do not hold."""
    problems = []
    for case in read_cases(features_dir):
        if not case.expected:
            continue
        try:
            ev = navigator.evaluate(case.facts, dt.date.fromisoformat(case.as_of) if case.as_of else None,
                                    from_text=True, detail=False)
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{Path(case.file).name}:{case.line} {case.name}: does not evaluate ({exc})")
            continue
        got = {r.pathway.id: r.status for r in ev.results}
        for pid, want in case.expected:
            if got.get(pid) != want:
                problems.append(f"{Path(case.file).name}:{case.line} {case.name}: {pid} is {got.get(pid, 'absent')}, "
                                f"expected {want}")
    return problems


def release_problems(navigator, pathways_dir: Path, rules_dir: Path, features_dir: Path) -> list[str]:
    problems = untranslated(pathways_dir, rules_dir)
    problems += failing_scenarios(navigator, features_dir)
    problems += differential_problems(navigator, read_cases(features_dir))   # engine = matcher = reference
    text, complete = report(navigator, features_dir)
    if not complete:
        problems += [line.strip() for line in text.splitlines() if ": needs a scenario" in line or "does not evaluate" in line]
    return problems
