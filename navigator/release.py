"""`navigator check --release`: the publish gate. A rulebook set goes live only if, beyond the ordinary check,
every rulebook string is translated in every enabled language, every scenario's expected outcomes hold,
every condition is shown decisive both ways by the scenarios, durable-rules, the pure-Python matcher and the
reference evaluator give the same three-valued answer for every leaf and pathway (navigator/oracle.py), every
rulebook's sources were checked within the last 12 months, and every pathway that has closed says why and what
replaced it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.messages.pofile import read_po

from .coverage import report
from .i18n import CONTENT_LANGUAGES, LOCALES_DIR, extract_rulebook
from .oracle import differential_problems
from .scenarios import read_cases

MAX_AGE_DAYS = 365      # "reviewed within the last 12 months"


def _at(pathway, key):
    file, line, column = pathway.where.get(key, (pathway.file, 1, 1))
    return f"{file}:{line}:{column}"


def review_due(rulebooks, today: dt.date, max_age_days: int = MAX_AGE_DAYS) -> list[tuple]:
    """Every pathway as (due date, pathway), oldest review first: due `max_age_days` after `reviewed`."""
    rows = [(p.reviewed + dt.timedelta(days=max_age_days), p) for p in rulebooks.pathways.values() if p.reviewed]
    return sorted(rows, key=lambda r: (r[0], r[1].file))


def currency_problems(rulebooks, today: dt.date, max_age_days: int = MAX_AGE_DAYS) -> list[str]:
    """Rulebooks not reviewed within `max_age_days` of `today` (or reviewed in the future), and pathways whose
    last version ended before `today` without a closing note (`closed: {reason, replaced_by?, source}`)."""
    problems = []
    for due, p in review_due(rulebooks, today, max_age_days):
        if p.reviewed > today:
            problems.append(f"{_at(p, 'reviewed')}: reviewed {p.reviewed} is in the future (today is {today})")
        elif due < today:
            problems.append(f"{_at(p, 'reviewed')}: {p.id} was last reviewed on {p.reviewed}, "
                            f"{(today - p.reviewed).days} days ago (at most {max_age_days}): check its sources "
                            f"again and update reviewed:")
    for p in rulebooks.pathways.values():
        last = p.versions[-1].valid_until if p.versions else None
        if last is not None and last < today and not p.closed:
            problems.append(f"{_at(p, 'last_valid_until')}: {p.id} closed on {last} (its last version's valid_until) but has no "
                            "closing note: add closed: {reason, replaced_by (if any), source}")
    return problems


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


def release_problems(navigator, pathways_dir: Path, rules_dir: Path, features_dir: Path,
                     today: dt.date | None = None, max_age_days: int = MAX_AGE_DAYS) -> list[str]:
    problems = currency_problems(navigator.rulebooks, today or dt.date.today(), max_age_days)
    problems += untranslated(pathways_dir, rules_dir)
    problems += failing_scenarios(navigator, features_dir)
    problems += differential_problems(navigator, read_cases(features_dir))   # engine = matcher = reference
    text, complete = report(navigator, features_dir)
    if not complete:
        problems += [line.strip() for line in text.splitlines() if ": needs a scenario" in line or "does not evaluate" in line]
    return problems
