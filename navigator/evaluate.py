"""One evaluation: normalise the facts, run the inference core and the explainer, and make sure they agree."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .compiler import compile_set
from .core import Core, EngineError
from .explain import ELIGIBLE, explain
from .facts import normalise
from .loader import FEATURES_DIR, PATHWAYS_DIR, RULES_DIR, blocs, load_set, vocabulary


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
                 backend: str = "auto", rulebooks=None):
        self.vocab = vocabulary(RULES_DIR)
        self.blocs = blocs(RULES_DIR)
        self.rulebooks = rulebooks or load_set(Path(pathways_dir), features_dir)
        self.compiled = compile_set(self.rulebooks, self.vocab, self.blocs)
        self.core = Core(self.compiled, backend)

    def close(self):
        """Free the engine's rulesets once no request uses this set any more (after a live reload)."""
        self.core.close()

    def evaluate(self, raw_facts, as_of: dt.date | None = None, *, from_text: bool = False,
                 detail: bool = True) -> Evaluation:
        as_of = as_of or dt.date.today()
        person = normalise(raw_facts, self.vocab, self.rulebooks.statuses, as_of, from_text=from_text)
        results = explain(self.rulebooks, person, self.vocab, self.blocs, detail)
        certain = {r.pathway.id for r in results if r.status == ELIGIBLE}
        inferred = self.core.eligible(person)
        if certain != inferred:
            raise EngineError("the inference core and the explainer disagree on "
                              + ", ".join(sorted(certain ^ inferred)) + "; no answer is given rather than a wrong one")
        return Evaluation(as_of, person, results, self.core.name, self.rulebooks.sha256)

    def screen(self, raw_facts, as_of: dt.date | None = None) -> Evaluation:
        """What the interview needs between questions: the host's statuses and missing facts, nothing shown.

        It skips the inference core's cross-check and other countries' pathways (about a third of a step's
        cost); every answer a person sees comes from `evaluate`, which checks core and explainer agree."""
        as_of = as_of or dt.date.today()
        person = normalise(raw_facts, self.vocab, self.rulebooks.statuses, as_of)
        results = explain(self.rulebooks, person, self.vocab, self.blocs, detail=False, host_only=True)
        return Evaluation(as_of, person, results, "explainer", self.rulebooks.sha256)

    def check_answers(self, raw_facts, as_of: dt.date | None = None):
        """Refuse facts that cannot be taken (InputError), without evaluating any pathway."""
        return normalise(raw_facts, self.vocab, self.rulebooks.statuses, as_of or dt.date.today())
