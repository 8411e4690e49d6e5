"""How many questions the guided interview asks each persona, against the full form. Prints figures.

Personas are the scenarios in features/ whose name starts with a persona tag (P01, P02, …). The person
answers from the scenario's facts, and "I don't know" to anything the scenario does not state.
Targets (issues 5 and 13): on average at most 40 % of the host country's own questions, never all of them for
a host with more than 6; and no absurd question (one whose premise, `asked_if:` in the vocabulary, the answers
so far already exclude).
With --trace, each run's questions in order, each with the pathways it could still decide when it was asked
(and, after a ":", those the person already qualifies for): why each question is asked.
With --order NAME, the interview picks its questions by another ordering (navigator/interview.py ORDERINGS); with
--orders, one summary line per ordering over the same runs (mean and max share, absurd questions, all-questions
runs, questions asked, runs whose result differs from the full facts'), to choose the default by measurement.
Usage: python bench/interview_bench.py [--features DIR] [--rulebooks DIR] [--trace] [--only REGEX] [--order NAME]
       [--orders]
"""
import argparse
import datetime as dt
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from navigator.evaluate import Navigator  # noqa: E402
from navigator.interview import (  # noqa: E402
    DEFAULT_ORDER,
    ELIGIBLE,
    ORDERINGS,
    WHERE_NOW,
    absurd,
    deciding_pathways,
    needless_first,
    next_question,
    open_results,
    questions_for_full_form,
)
from navigator.loader import FEATURES_DIR, PATHWAYS_DIR  # noqa: E402
from navigator.scenarios import read_cases  # noqa: E402


def why(nav, ev, q, skipped) -> str:
    """The pathways question `q` could still decide (it, or what it is computed from or is a premise of, is
    among their open facts), then ':' and those the person already qualifies for."""
    vocab = nav.vocab

    def feeds(f):
        return f == q or (f in vocab and (q in vocab.input_sources(f) or any(p["fact"] == q for p in vocab[f].asked_if)))
    results = open_results(ev) if ev.person.values.get("host_country") else []
    deciding = [r.pathway.id for r, missing in deciding_pathways(results, vocab, ev.person.values, skipped)
                if any(feeds(f) for f in missing)]
    eligible = [r.pathway.id for r in results if r.status == ELIGIBLE]
    return ", ".join(deciding) + (" : " + ", ".join(eligible) if eligible else "")


def simulate(nav, facts, as_of, absurd_seen=None, trace=None, order=None):
    answers, skipped, asked = {}, set(), []
    while True:
        ev = nav.evaluate(answers, as_of, from_text=True)
        host = ev.person.values.get("host_country")
        q = next_question(ev, nav.vocab, frozenset(skipped), nav.rulebooks.cities(host), needless_first(nav, host),
                          order=order)
        if q is None:
            return asked, ev
        if absurd(q, nav.vocab, ev.person.values) and absurd_seen is not None:
            absurd_seen.append(q)
        if trace is not None:
            trace.append(f"    {len(asked) + 1:>2}. {q} ({facts.get(q, '?')}) -> "
                         + (why(nav, ev, q, frozenset(skipped)) if q not in FIRST_ASKED else "(place and nationality)"))
        asked.append(q)
        known = lambda f: f in facts and facts[f].strip() not in ("", "?")  # noqa: E731
        if q == WHERE_NOW and known("host_country"):
            answers["host_country"] = facts["host_country"]
        elif known(q):
            answers[q] = facts[q]
        elif nav.vocab[q].derived and any(known(s) for s in nav.vocab[q].sources):
            answers.update({s: facts[s] for s in nav.vocab[q].sources if known(s)})   # e.g. age from the birth date
        else:
            skipped.add(q)


FIRST_ASKED = ("host_country", "current_country", "city", "nationalities")


def persona_cases(args):
    seen = set()
    for case in read_cases(Path(args.features)):
        if not (re.match(r"P\d\d", case.name) and re.search(args.only, case.name)):
            continue
        key = (case.name.split()[0], case.as_of, tuple(sorted(case.facts.items())))
        if key not in seen:
            seen.add(key)
            yield case, dt.date.fromisoformat(case.as_of) if case.as_of else dt.date.today()


def compare_orders(args):
    """Every ordering over the same persona runs: mean and max share of the host's questions, absurd questions,
    runs asking all of a host's questions (more than 6), and runs whose result differs from the full facts'."""
    nav = Navigator(Path(args.rulebooks))
    cases = list(persona_cases(args))
    print(f"{'ordering':<10} {'runs':>4} {'mean':>6} {'max':>5} {'absurd':>6} {'all-q':>5} {'questions':>9} "
          f"{'result differs':>14}")
    for name in [DEFAULT_ORDER] + sorted(set(ORDERINGS) - {DEFAULT_ORDER}):
        shares, absurd_all, all_asked, total, differs = [], [], 0, 0, 0
        for case, as_of in cases:
            asked, ev = simulate(nav, case.facts, as_of, absurd_all, None, name)
            full = questions_for_full_form(nav, ev.person.values.get("host_country"))
            shares.append(len(asked) / len(full) if full else 0)
            all_asked += len(full) > 6 and len(asked) >= len(full)
            total += len(asked)
            differs += {r.pathway.id: r.status for r in ev.results} != \
                {r.pathway.id: r.status for r in nav.evaluate(case.facts, as_of, from_text=True).results}
        print(f"{name:<10} {len(shares):>4} {statistics.mean(shares):>6.1%} {max(shares):>5.0%} {len(absurd_all):>6} "
              f"{all_asked:>5} {total:>9} {differs:>14}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--features", default=str(FEATURES_DIR))
    ap.add_argument("--rulebooks", default=str(PATHWAYS_DIR))
    ap.add_argument("--trace", action="store_true", help="print each run's questions and what each could decide")
    ap.add_argument("--only", default="", help="only the scenarios whose name matches this regular expression")
    ap.add_argument("--order", default=DEFAULT_ORDER, choices=sorted(ORDERINGS),
                    help="which open question first (navigator/interview.py ORDERINGS)")
    ap.add_argument("--orders", action="store_true", help="compare every ordering: one summary line each")
    args = ap.parse_args()
    if args.orders:
        return compare_orders(args)
    nav = Navigator(Path(args.rulebooks))
    cases = [c for c in read_cases(Path(args.features)) if re.match(r"P\d\d", c.name) and re.search(args.only, c.name)]
    seen, shares = set(), []
    clinic_form = questions_for_full_form(nav)
    print(f"full clinic form (every question any pathway needs): {len(clinic_form)} questions")
    print(f"{'persona scenario':<62} {'asked':>5} {'host form':>9} {'share':>6} {'of full form':>12}")
    full_shares, absurd_all, all_asked, by_host = [], [], [], {}
    for case in cases:
        key = (case.name.split()[0], case.as_of, tuple(sorted(case.facts.items())))
        if key in seen:
            continue
        seen.add(key)
        as_of = dt.date.fromisoformat(case.as_of) if case.as_of else dt.date.today()
        absurd_here = []
        trace = [] if args.trace else None
        asked, ev = simulate(nav, case.facts, as_of, absurd_here, trace, args.order)
        absurd_all.extend((case.name[:40], q) for q in absurd_here)
        full = questions_for_full_form(nav, ev.person.values.get("host_country"))
        share = len(asked) / len(full) if full else 0
        shares.append(share)
        by_host.setdefault(ev.person.values.get("host_country") or "?", []).append(share)
        if len(full) > 6 and len(asked) >= len(full):
            all_asked.append(case.name[:40])
        full_shares.append(len(asked) / len(clinic_form))
        agree = {r.pathway.id: r.status for r in ev.results} == \
            {r.pathway.id: r.status for r in nav.evaluate(case.facts, as_of, from_text=True).results}
        print(f"{case.name[:60]:<62} {len(asked):>5} {len(full):>9} {share:>6.0%} {full_shares[-1]:>12.0%}"
              + ("" if agree else "  (interview result differs from the full facts)"))
        if trace:
            print("\n".join(trace))
    if shares:
        print(f"\n{len(shares)} persona runs: of the full form mean {statistics.mean(full_shares):.0%}, "
              f"max {max(full_shares):.0%}; of the host country's form mean {statistics.mean(shares):.1%}, "
              f"max {max(shares):.0%} (target: mean <= 40 %, never all of them for a host with more than 6)")
        print("per host (share of the host's own questions): " + "; ".join(
            f"{h} n={len(v)} mean {statistics.mean(v):.0%} max {max(v):.0%}" for h, v in sorted(by_host.items())))
        print(f"absurd questions (premise already false): {len(absurd_all)} (target 0)"
              + "".join(f"\n  {name}: {q}" for name, q in absurd_all))
        print(f"runs asked every question of a host with more than 6: {len(all_asked)}"
              + "".join(f"\n  {name}" for name in all_asked))


if __name__ == "__main__":
    main()
