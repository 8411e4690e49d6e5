"""Batch benchmark: N generated cases, CSV in and CSV out, through `navigator batch` on every core and through
`--cluster local:W` (Dask worker processes), in one run. Prints per path: wall time, cases/s, the peak RSS of the
largest process (a worker, for the cluster path), and whether both outputs are byte-identical.

Targets (issue 17): 1,000,000 cases at >= 25,000 cases/s end to end on 2 cores, <= 400 MB per worker.
Usage: python bench/batch_bench.py [--cases 1000000] [--workers 2] [--paths plain,cluster]
"""
import argparse
import csv
import filecmp
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


def write_cases(path: Path, n: int, seed: int = 7, pool: int = 5000):
    """n cases cycling through `pool` generated people of every covered host (each row its own case_id)."""
    from navigator.evaluate import Navigator
    from navigator.facts import to_text
    nav = Navigator()
    statuses = sorted(nav.rulebooks.statuses)
    hosts = sorted({p.country for p in nav.rulebooks.pathways.values()})
    rng = random.Random(seed)
    people = [random_person(rng, statuses, hosts) for _ in range(min(pool, n))]
    columns = sorted({k for f, _ in people for k in f})
    texts = [[a.isoformat()] + [to_text(f.get(c)) for c in columns] for f, a in people]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "as_of"] + columns)
        for i in range(n):
            w.writerow([f"c{i}"] + texts[i % len(texts)])


def run(label, cmd, cases):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.time()
    subprocess.run(cmd, check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    wall = time.time() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak_note = f"{peak / 1024:.0f} MB" if peak > before else f"<= {before / 1024:.0f} MB (no new peak)"
    print(f"{label:>22}: {cases:,} cases in {wall:7.1f} s = {cases / wall:8,.0f} cases/s; "
          f"peak RSS of the largest process {peak_note}", flush=True)
    return wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--paths", default="plain,cluster")
    ap.add_argument("--partition-rows", type=int, default=50_000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="navigator-batch-"))
    cases = tmp / "cases.csv"
    t = time.time()
    write_cases(cases, args.cases)
    print(f"{args.cases:,} generated cases written in {time.time() - t:.1f} s ({cases.stat().st_size / 1e6:.1f} MB)")
    paths = args.paths.split(",")
    outs = {}
    navigator = [sys.executable, "-m", "navigator.cli", "batch", str(cases)]
    if "plain" in paths:
        outs["plain"] = tmp / "plain.csv"
        run(f"plain, {args.workers} processes", navigator + ["--out", str(outs["plain"]), "--jobs", str(args.workers)],
            args.cases)
    if "cluster" in paths:
        outs["cluster"] = tmp / "cluster.csv"
        run(f"--cluster local:{args.workers}", navigator + ["--out", str(outs["cluster"]), "--cluster",
            f"local:{args.workers}", "--partition-rows", str(args.partition_rows)], args.cases)
    if len(outs) == 2:
        same = filecmp.cmp(outs["plain"], outs["cluster"], shallow=False)
        print(f"outputs byte-identical: {same}")
    print("targets: >= 25,000 cases/s end to end on 2 cores, <= 400 MB per worker")


if __name__ == "__main__":
    main()
