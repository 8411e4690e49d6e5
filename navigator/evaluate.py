"""One evaluation: normalise the facts, let the inference core decide every leaf test, fold its results."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .compiler import compile_leaves, compile_problems, compile_set
from .core import Core, EngineError
from .explain import ELIGIBLE, explain
from .facts import normalise
from .loader import PATHWAYS_DIR, RULES_DIR, load_set, vocabulary
from .loader import blocs as blocs_of
from .problems import RulebookError
from .timing import annotate


@dataclass
class Evaluation:
    as_of: dt.date
    person: object
    results: list
    engine: str
    rulebook_set: str
    navigator_version: str = __version__


class Navigator:
    """A loaded, checked and compiled rulebook set, ready to evaluate people (safe to share across threads)."""

    def __init__(self, pathways_dir: Path = PATHWAYS_DIR, features_dir: Path | None = None,
                 backend: str = "auto", rulebooks=None, rules_dir: Path = RULES_DIR, vocab=None, blocs=None):
        self.vocab = vocab or vocabulary(Path(rules_dir))
        self.blocs = blocs or blocs_of(Path(rules_dir))
        self.rulebooks = rulebooks or load_set(Path(pathways_dir), features_dir, Path(rules_dir))
        refused = [p for p in compile_problems(self.rulebooks, self.vocab, self.blocs) if p.severity == "error"]
        if refused:         # checked, but more than the engine can take (fan-out, chain length)
            raise RulebookError(refused)
        self.compiled = compile_set(self.rulebooks, self.vocab, self.blocs)     # flat rules: the benchmark's floor
        self.program = compile_leaves(self.rulebooks, self.vocab, self.blocs)
        self.core = Core(self.program, backend)
        self.grantors = {pid for hp in self.program.hosts.values() for pid, _ in hp.grants.values()}
        self._grantor_index = {}      # host -> indices of its granting pathways in rulebooks.ordered()

    def close(self):
        """Free the engine's rulesets once no request uses this set any more (after a live reload)."""
        self.core.close()

    def evaluate(self, raw_facts, as_of: dt.date | None = None, *, from_text: bool = False,
                 detail: bool = True, timing: bool | None = None) -> Evaluation:
        """`timing` (default: with `detail`): also when each host pathway opens, closes or changes, and what
        changeable answers would turn a "no" (navigator/timing.py)."""
        as_of = as_of or dt.date.today()
        person = normalise(raw_facts, self.vocab, self.rulebooks.statuses, as_of, from_text=from_text)
        results = self.explain(person, detail)
        if detail if timing is None else timing:
            annotate(self, person, results)
        return Evaluation(as_of, person, results, self.core.name, self.rulebooks.sha256)

    def explain(self, person, detail: bool = True, host_only: bool = False) -> list:
        """The engine decides every leaf; the explainer folds its results over each pathway's conditions."""
        leaves = self.core.leaves(person)
        results = explain(self.rulebooks, person, self.vocab, self.blocs, detail, host_only, leaves=leaves)
        host = person.values.get("host_country")
        if host is not None and not host_only:      # another country's pathway is never eligible: the host's only
            index = self._grantor_index.get(host)
            if index is None:
                index = self._grantor_index[host] = [i for i, p in enumerate(self.rulebooks.ordered())
                                                     if p.country == host and p.id in self.grantors]
            certain = {results[i].pathway.id for i in index if results[i].status == ELIGIBLE}
        else:
            certain = {r.pathway.id for r in results if r.status == ELIGIBLE and r.pathway.id in self.grantors}
        if certain != leaves.granted:    # the engine's own grant rules against the fold of its leaf results
            raise EngineError("the inference core's grant rules and the fold of its leaf results disagree on "
                              + ", ".join(sorted(certain ^ leaves.granted)) + "; no answer is given rather than a wrong one")
        return results

    def eligible(self, person) -> set:
        """The pathways this (normalised) person is certainly eligible for."""
        return {r.pathway.id for r in self.explain(person, detail=False, host_only=True) if r.status == ELIGIBLE}

    def screen(self, raw_facts, as_of: dt.date | None = None) -> Evaluation:
        """What the interview needs between questions: the host's statuses and missing facts, nothing shown
        (other countries' pathways and the why / why-not bookkeeping are left out)."""
        as_of = as_of or dt.date.today()
        person = normalise(raw_facts, self.vocab, self.rulebooks.statuses, as_of)
        return Evaluation(as_of, person, self.explain(person, detail=False, host_only=True), self.core.name,
                          self.rulebooks.sha256)

    def check_answers(self, raw_facts, as_of: dt.date | None = None):
        """Refuse facts that cannot be taken (InputError), without evaluating any pathway."""
        return normalise(raw_facts, self.vocab, self.rulebooks.statuses, as_of or dt.date.today())
