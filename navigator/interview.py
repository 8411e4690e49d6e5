"""The guided interview: which question to ask next, so that few questions decide every pathway.

The next question is the fact that appears in the `missing` list of the most still-undetermined pathways
of the person's host country (relevance, as Blawx and Docassemble do it); country, city (only where that
country has city programmes) and nationality come first, so only relevant jurisdictions are asked about.
A fact answered "I don't know" is not asked again, and the
interview stops as soon as no undetermined pathway can be decided by another answer.
"""
from __future__ import annotations

from collections import Counter

from .explain import UNDETERMINED

FIRST = ("host_country", "city", "nationalities")


def first_open(given, skipped, host_cities) -> str | None:
    """The place-and-nationality question still to ask, if any (city only where the country has cities)."""
    for fact in FIRST:
        if fact == "city" and not host_cities:
            continue
        if fact not in given and fact not in skipped:
            return fact
    return None


def open_results(evaluation):
    """Results that matter to this person: those of the host country, or all while it is unknown."""
    host = evaluation.person.values.get("host_country")
    return [r for r in evaluation.results if host is None or r.pathway.country == host]


def next_question(evaluation, vocab, skipped=frozenset(), host_cities=()) -> str | None:
    given = evaluation.person.given
    first = first_open(given, skipped, host_cities)
    if first:
        return first
    counts = Counter()
    for r in open_results(evaluation):
        if r.status == UNDETERMINED:
            askable = [f for f in r.missing if f not in given and f not in skipped and f in vocab]
            for f in askable:     # a pathway close to a decision weighs more: one answer may settle it
                counts[f] += 1 / len(askable)
    if not counts:
        return None
    order = {f: i for i, f in enumerate(vocab.facts)}
    return min(counts, key=lambda f: (-counts[f], order.get(f, 999)))


def questions_for_full_form(navigator, host: str | None = None) -> list[str]:
    """Every input fact some pathway (of `host`, if given) tests: the length of the 'all questions' form."""
    facts = set()
    for p in navigator.rulebooks.pathways.values():
        if host and p.country != host:
            continue
        for v in p.versions:
            for n in v.conditions.walk():
                if n.fact:
                    facts |= navigator.vocab.input_sources(n.fact) if navigator.vocab[n.fact].derived \
                        and not navigator.vocab[n.fact].input_allowed else {n.fact}
                if n.kind == "status":
                    facts.add("statuses")
    return [f for f in navigator.vocab.facts if f in facts]
