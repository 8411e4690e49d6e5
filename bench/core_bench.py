"""Benchmark: one person against all shipped rulebooks. Prints figures; asserts nothing.

Measures, in one run and on one core: the floors (bench/floor.py, hand-written for 7 pathways, and
bench/floor_generated.py, the compiled rules of every pathway as plain `if`s), the inference core alone
(every leaf test of the host decided by durable-rules), the built-in matcher on the same rules, the fold of
the engine's leaf results into answers (status and missing facts; the explanation tree of a pathway is built
from the same results when it is first read), the same with every explanation built as the JSON output reads
it, the reference evaluator, and the full evaluation (normalise + engine + fold), without and with the
explanations built, and with the timing and would-change of every host pathway (navigator/timing.py);
p50 / p99 latency and persons/s; where the time goes for people whose host country is unknown (matched once
against the host-unknown ruleset, every host's leaf rules each distinct leaf once, and folded over every
country's pathways) against the others; RSS over many full evaluations; threads.
Figures of 2026-12-07 (--rounds 5000 --memory 0 --people 1000, thread CPU, a machine under load 10-13 on 2 cores):
host known 0.25 ms a person (engine 0.09), host unknown 2.24 ms (engine 0.74; 4.09 and 1.40 before the host-unknown
ruleset), full p50 0.305 ms = 6.5x the generated floor.
Figures of 2026-12-08 (same options, load 10 on 2 cores, before / after the addendum-3 changes of ADR 0001, run one
after the other): host known 0.242 / 0.216 ms a person (engine 0.090 / 0.076), host unknown 1.82 / 1.42 ms (engine
0.69 / 0.61), full p50 5.3x / 5.5x the generated floor; RSS over 100,000 full evaluations 106.8 -> 106.9 MB.
Under such load persons/s swings 2x; bench/core_instructions.py counts instructions instead (1.651M -> 1.351M).
People live in every host country with pathways (--hosts AR,BR for the population of the core issue).
Usage: python bench/core_bench.py [--people 2000] [--rounds 20000] [--memory 100000] [--hosts all]
"""
import argparse
import datetime as dt
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from floor import FLOOR_PATHWAYS  # noqa: E402
from floor import eligible as floor_eligible  # noqa: E402
from floor_generated import GeneratedFloor  # noqa: E402

from navigator.core import Core  # noqa: E402
from navigator.evaluate import Navigator  # noqa: E402
from navigator.explain import explain  # noqa: E402
from navigator.facts import normalise  # noqa: E402

COUNTRIES = ["AR", "BR", "VE", "BO", "UY", "CO", "CL", "SR", "HT", "PE", "EC", "PY", "GY"]


def rss_mb():
    with open(f"/proc/{os.getpid()}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def random_person(rng, statuses, hosts):
    as_of = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(800))
    d = lambda lo, hi: (as_of + dt.timedelta(days=rng.randrange(lo, hi))).isoformat()  # noqa: E731
    facts = {"host_country": rng.choice(hosts), "in_host_country": rng.random() < 0.8,
             "nationalities": rng.sample(COUNTRIES, rng.choice([1, 1, 2])), "country_of_birth": rng.choice(COUNTRIES),
             "age": rng.randrange(10, 70), "has_passport": rng.random() < 0.7, "passport_expiry_date": d(-4000, 2000),
             "has_id_card": rng.random() < 0.5, "id_card_expiry_date": d(-4000, 2000),
             "criminal_record_5y": rng.random() < 0.1, "criminal_record_certificate_obtainable": rng.random() < 0.6,
             "sufficient_means": rng.random() < 0.6,
             "statuses": [{"status": rng.choice(statuses), "expires": d(-20, 400)}] if rng.random() < 0.4 else []}
    facts["naturalisations"] = [{"country": facts["nationalities"][0], "date": d(-4000, -1)}] if rng.random() < 0.1 else []
    for key in rng.sample(sorted(facts), rng.randrange(0, 3)):   # some people do not know some answers
        del facts[key]
    return facts, as_of


def timed(label, fn, items, rounds):
    """Wall-clock latency per call (p50, p99), calls per second, and the p50 of the thread's CPU time per call,
    which other processes on a shared machine disturb much less than the wall clock."""
    lat, cpu = [], []
    n = len(items)
    for i in range(min(500, rounds)):           # warm-up
        fn(items[i % n])
    start = time.perf_counter()
    for i in range(rounds):
        c0 = time.thread_time_ns()
        t0 = time.perf_counter_ns()
        fn(items[i % n])
        lat.append(time.perf_counter_ns() - t0)
        cpu.append(time.thread_time_ns() - c0)
    wall = time.perf_counter() - start
    lat.sort()
    cpu.sort()
    p50, p99, c50 = lat[len(lat) // 2] / 1e6, lat[int(len(lat) * 0.99)] / 1e6, cpu[len(cpu) // 2] / 1e6
    print(f"  {label:<44} p50 {p50:7.3f} ms   p99 {p99:7.3f} ms   {rounds / wall:9,.0f} persons/s   "
          f"cpu p50 {c50:6.3f} ms")
    return statistics.median(lat)


def built(results):
    """Read every result's explanation, as the JSON and text outputs do (it is built when first read)."""
    for r in results:
        r.tree, r.failed, r.unconfirmed, r.unsettled  # noqa: B018
    return results


def split(nav, raw, persons, rounds):
    """Thread CPU time per person, host country known or not: a person whose host is unknown is evaluated against
    every country's rulesets and pathways, so these few people weigh on the mean (persons/s) and the p99."""
    groups = {"known": [], "unknown": []}
    for (f, a), p in zip(raw, persons):
        groups["known" if "host_country" in p.values else "unknown"].append(((f, a), p))
    out = []
    for name, items in groups.items():
        if not items:
            continue
        n = max(1, rounds // 4 // len(items)) * len(items)
        cost = {}
        for label, fn in (("engine", lambda fa, p: nav.core.leaves(p)),
                          ("full", lambda fa, p: nav.evaluate(fa[0], fa[1], timing=False))):
            t0 = time.thread_time_ns()
            for i in range(n):
                fn(*items[i % len(items)])
            cost[label] = (time.thread_time_ns() - t0) / n / 1e6
        out.append(f"{name} {len(items) / len(raw):.0%}: full {cost['full']:.3f} ms, of which engine {cost['engine']:.3f} ms")
    print("  host country known / unknown (mean cpu per person): " + "; ".join(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=20000)
    ap.add_argument("--memory", type=int, default=100000, help="full evaluations for the memory curve (0 to skip)")
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--hosts", default="all", help="host countries of the generated people: all, or e.g. AR,BR")
    args = ap.parse_args()

    nav = Navigator()
    py_core = Core(nav.program, backend="python")
    rng = random.Random(20261123)
    statuses = sorted(nav.rulebooks.statuses)
    hosts = sorted({p.country for p in nav.rulebooks.pathways.values()}) if args.hosts == "all" else args.hosts.split(",")
    raw = [random_person(rng, statuses, hosts) for _ in range(args.people)]
    persons = [normalise(f, nav.vocab, nav.rulebooks.statuses, a) for f, a in raw]
    generated = GeneratedFloor(nav.compiled)

    certain = [nav.eligible(p) for p in persons]
    mismatches = sum(floor_eligible(p.values, p.as_of) != c & FLOOR_PATHWAYS for p, c in zip(persons, certain))
    gen_mismatches = sum(generated.eligible(p) != c for p, c in zip(persons, certain))
    eligible_share = sum(bool(c) for c in certain) / len(persons)
    hosts_p = nav.program.hosts.values()
    anywhere = nav.program.anywhere
    print(f"Pathway Navigator core benchmark: {len(nav.rulebooks.pathways)} pathways; engine: {len(hosts_p)} host rulesets, "
          f"{sum(h.leaves for h in hosts_p)} leaf tests, {sum(len(h.rules) for h in hosts_p)} rules, "
          f"{sum(h.shards for h in hosts_p)} person shards"
          + (f"; host unknown: one ruleset of {anywhere.leaves} distinct leaf tests, {len(anywhere.rules)} rules, "
             f"{anywhere.shards} shards" if anywhere is not None else "; host unknown: every host's ruleset"))
    print(f"  {args.people} generated people (seeded) living in {', '.join(hosts)}, {eligible_share:.0%} eligible for "
          f"something; the generated floor disagrees with the core on {gen_mismatches} of them (all pathways); the "
          f"hand-written floor on {mismatches} (on the {len(FLOOR_PATHWAYS)} AR/BR pathways it covers)")
    print(f"  Python {sys.version.split()[0]}, engine {nav.core.name}, one thread, {args.rounds} evaluations each")

    timed("floor: hand-written ifs, 7 AR/BR pathways", lambda p: floor_eligible(p.values, p.as_of), persons, args.rounds)
    floor = timed("floor: generated ifs, every pathway", generated.eligible, persons, args.rounds)
    timed("normalise + derive facts", lambda fa: normalise(fa[0], nav.vocab, nav.rulebooks.statuses, fa[1]), raw, args.rounds)
    core = timed(f"engine: every leaf ({nav.core.name})", nav.core.leaves, persons, args.rounds)
    timed("built-in matcher (same compiled rules)", py_core.leaves, persons, args.rounds)
    leaves = {id(p): nav.core.leaves(p) for p in persons}
    fold = timed("fold of the leaf results (answers)",
                 lambda p: explain(nav.rulebooks, p, nav.vocab, nav.blocs, leaves=leaves[id(p)]), persons, args.rounds)
    timed("fold + every explanation built", lambda p: built(explain(nav.rulebooks, p, nav.vocab, nav.blocs,
                                                                    leaves=leaves[id(p)])), persons, args.rounds)
    timed("reference evaluator (tests only)", lambda p: explain(nav.rulebooks, p, nav.vocab, nav.blocs), persons,
          args.rounds)
    full = timed("full evaluation (normalise+engine+fold)", lambda fa: nav.evaluate(fa[0], fa[1], timing=False), raw,
                 args.rounds)
    full_built = timed("full evaluation + every explanation built", lambda fa: built(nav.evaluate(fa[0], fa[1], timing=False).results),
          raw, args.rounds)
    when = timed("full evaluation + timing + would-change", lambda fa: nav.evaluate(fa[0], fa[1]), raw, args.rounds)
    split(nav, raw, persons, args.rounds)
    print(f"  timing and would-change for every pathway of the host (issue 12), which read the explanations: full "
          f"evaluation with every explanation built p50 {full_built / 1e6:.3f} ms without, {when / 1e6:.3f} ms with, "
          f"{when / full_built:.2f}x (the target: at most 2x)")
    print(f"  ratios to the generated floor (p50): engine {core / floor:.1f}x, fold {fold / floor:.1f}x, "
          f"full {full / floor:.1f}x")

    if args.threads > 1:
        per = args.rounds // args.threads
        errors = []

        def work(k):
            try:
                for i in range(per):
                    f, a = raw[(k * 7919 + i) % len(raw)]
                    nav.evaluate(f, a)
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)
        threads = [threading.Thread(target=work, args=(k,)) for k in range(args.threads)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        print(f"  {args.threads} threads sharing one Navigator: {per * args.threads / wall:,.0f} persons/s, "
              f"{len(errors)} errors")

    if args.memory:
        print(f"  memory over {args.memory:,} full evaluations (RSS):", end="", flush=True)
        marks = {0, 10_000, args.memory // 2, args.memory}
        start = time.perf_counter()
        for i in range(args.memory + 1):
            if i in marks:
                print(f"  {i:,}: {rss_mb():.1f} MB", end="", flush=True)
            f, a = raw[i % len(raw)]
            nav.evaluate(f, a)
        print(f"  ({args.memory / (time.perf_counter() - start):,.0f} persons/s)")


if __name__ == "__main__":
    main()
