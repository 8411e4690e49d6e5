"""Batch benchmark: N generated cases through `navigator batch` on every core. Prints wall time, cases/s
and peak memory (the parent and its largest worker). Target (issue 6): 100,000 cases in <= 60 s on 2 cores,
memory <= 1 GiB. Usage: python bench/batch_bench.py [--cases 100000] [--jobs 0]
"""
import argparse
import csv
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core_bench import random_person  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=0)
    args = ap.parse_args()
    from navigator.evaluate import Navigator
    nav = Navigator()
    statuses = sorted(nav.rulebooks.statuses)
    rng = random.Random(7)
    tmp = Path(tempfile.mkdtemp(prefix="navigator-batch-"))
    cases, out = tmp / "cases.csv", tmp / "results.csv"
    hosts = sorted({p.country for p in nav.rulebooks.pathways.values()})     # every host, as core_bench --hosts all
    people = [random_person(rng, statuses, hosts) for _ in range(2000)]
    columns = sorted({k for f, _ in people for k in f})
    with open(cases, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "as_of"] + columns)
        for i in range(args.cases):
            facts, as_of = people[i % len(people)]
            w.writerow([f"c{i}", as_of.isoformat()] + [_text(facts.get(c)) for c in columns])
    start = time.time()
    subprocess.run([sys.executable, "-m", "navigator.cli", "batch", str(cases), "--out", str(out),
                    "--jobs", str(args.jobs)], check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    wall = time.time() - start
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows = sum(1 for _ in open(out)) - 1
    print(f"navigator batch: {rows:,} cases in {wall:.1f} s ({rows / wall:,.0f} cases/s) with "
          f"{args.jobs or 'every'} core(s); peak RSS of the largest process {peak_child:.0f} MB "
          f"(targets: 100,000 in <= 60 s, <= 1 GiB)")


def _text(value):
    from navigator.facts import to_text
    return to_text(value)


if __name__ == "__main__":
    main()
