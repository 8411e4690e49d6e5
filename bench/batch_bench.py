"""Batch benchmark: N generated cases, CSV in and CSV out, through `navigator batch` (the columnar path) on W
processes and through `--cluster local:W` (Dask worker processes), in one run. Prints per path: wall time,
cases/s, CPU seconds, the peak RSS of the largest process (a worker), and whether both outputs are byte-identical.

Then the identity check against `evaluate`: --identity generated people (each one distinct) through the columnar
path and through `batch --row-path` (every case through Navigator.evaluate), files compared byte for byte; the
row path's rate in the same run is the quiet-independent yardstick (the machine is shared: the ratio holds when
the absolute rates do not).

Targets (issue 17): 1,000,000 cases at >= 25,000 cases/s end to end on 2 cores, <= 400 MB per worker.
Usage: python bench/batch_bench.py [--cases 1000000] [--workers 2] [--paths plain,cluster,identity]
                                   [--identity 100000] [--pool 200000] [--timing] [--keep]
"""
import argparse
import csv
import filecmp
import io
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core_bench import random_person  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def write_cases(out, n: int, seed: int = 7, pool: int = 200_000, after=None):
    """n generated cases of every covered host, as a case CSV (csv.writer's CRLF lines): `case_id` c0, c1, ...,
    each case's own `as_of`, one column per fact; the cases cycle through `pool` generated people (each one
    distinct when pool >= n). `out` is a path or a text file opened with newline="". `after(i, writer, fh, columns)`,
    when given, is called after case i is written (to add blank lines or bad rows to a test file).
    The one writer of generated cases: this bench, tests/test_columnar.py and tests/test_cluster.py."""
    from navigator.evaluate import Navigator
    from navigator.facts import to_text
    nav = Navigator()
    statuses = sorted(nav.rulebooks.statuses)
    hosts = sorted({p.country for p in nav.rulebooks.pathways.values()})
    rng = random.Random(seed)
    people = [random_person(rng, statuses, hosts) for _ in range(min(pool, n))]
    columns = sorted({k for f, _ in people for k in f})
    texts = [[a.isoformat()] + [to_text(f.get(c)) for c in columns] for f, a in people]
    fh = open(out, "w", newline="") if isinstance(out, (str, Path)) else out
    try:
        w = csv.writer(fh)
        w.writerow(["case_id", "as_of"] + columns)
        for i in range(n):
            w.writerow([f"c{i}"] + texts[i % len(texts)])
            if after is not None:
                after(i, w, fh, columns)
    finally:
        if fh is not out:
            fh.close()


def generated_cases(n: int, seed: int = 7, after=None) -> bytes:
    """n distinct generated people as the bytes of a case CSV (UTF-8), through `write_cases`."""
    text = io.StringIO(newline="")
    write_cases(text, n, seed, pool=n, after=after)
    return text.getvalue().encode("utf-8")


def run(label, cmd, cases):
    """Run one command; print wall time, cases/s, CPU seconds of it and its children, and the peak RSS of the
    largest process (ru_maxrss of the children: a worker, since workers are where the cases are held)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    subprocess.run(cmd, check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    wall = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak_note = f"{after.ru_maxrss / 1024:.0f} MB" if after.ru_maxrss > before.ru_maxrss else \
        f"<= {before.ru_maxrss / 1024:.0f} MB (no new peak)"
    print(f"{label:>26}: {cases:,} cases in {wall:7.1f} s = {cases / wall:8,.0f} cases/s; cpu {cpu:7.1f} s "
          f"({cases / max(cpu, 1e-9):,.0f} cases per cpu-second); peak RSS of the largest process {peak_note}",
          flush=True)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--paths", default="plain,cluster,identity")
    ap.add_argument("--partition-rows", type=int, default=50_000)
    ap.add_argument("--identity", type=int, default=100_000, help="distinct people for the check against evaluate")
    ap.add_argument("--pool", type=int, default=200_000, help="distinct generated people the cases cycle through")
    ap.add_argument("--timing", action="store_true", help="batch --timing (the three timing columns) on every path")
    ap.add_argument("--keep", action="store_true", help="keep the generated cases and the outputs")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="navigator-batch-"))
    cases = tmp / "cases.csv"
    paths = args.paths.split(",")
    if "plain" in paths or "cluster" in paths:      # the identity check writes its own people
        t = time.time()
        write_cases(cases, args.cases, pool=args.pool)
        print(f"{args.cases:,} generated cases written in {time.time() - t:.1f} s "
              f"({cases.stat().st_size / 1e6:.1f} MB)")
    outs = {}
    navigator = [sys.executable, "-m", "navigator.cli", "batch", str(cases)] + (["--timing"] if args.timing else [])
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
        print(f"plain and --cluster outputs byte-identical: {same}")
    if "identity" in paths and args.identity:
        people = tmp / "people.csv"
        write_cases(people, args.identity, seed=11, pool=args.identity)
        fast, slow = tmp / "people-columnar.csv", tmp / "people-rows.csv"
        cmd = [sys.executable, "-m", "navigator.cli", "batch", str(people), "--jobs", str(args.workers)] + \
            (["--timing"] if args.timing else [])
        wall_c, cpu_c = run("columnar (identity set)", cmd + ["--out", str(fast)], args.identity)
        wall_r, cpu_r = run("row path, evaluate", cmd + ["--out", str(slow), "--row-path"], args.identity)
        same = filecmp.cmp(fast, slow, shallow=False)
        print(f"{args.identity:,} distinct generated people: columnar output byte-identical to evaluate's: {same}; "
              f"columnar / row path in this run: {wall_r / wall_c:.1f}x wall, {cpu_r / cpu_c:.1f}x cpu")
    print("targets: >= 25,000 cases/s end to end on 2 cores, <= 400 MB per worker")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)      # gigabytes of output: removed unless --keep


if __name__ == "__main__":
    main()
