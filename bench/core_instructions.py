"""Instructions per full evaluation, counted by callgrind: steady whatever else the machine runs.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/core.%p \
        python bench/core_instructions.py [all|known|unknown] [N]

The same 1,000 seeded people as bench/core_bench.py (all, or those whose host country is known / unknown); the
first 200 are evaluated before counting starts (rulesets, folds and per-day tables made), then callgrind counts
the next N full evaluations (`Navigator.evaluate`, timing off) and writes them as /tmp/core.<pid>.1: its
`summary:` line divided by N is the instructions per person. Outside valgrind it only evaluates them.
"""
import os
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core_bench import random_person  # noqa: E402

from navigator.evaluate import Navigator  # noqa: E402


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    nav = Navigator()
    rng = random.Random(20261123)
    statuses = sorted(nav.rulebooks.statuses)
    hosts = sorted({p.country for p in nav.rulebooks.pathways.values()})
    raw = [random_person(rng, statuses, hosts) for _ in range(1000)]
    if which != "all":
        raw = [r for r in raw if ("host_country" in r[0]) == (which == "known")]
    for facts, as_of in raw[:200]:
        nav.evaluate(facts, as_of, timing=False)
    pid = str(os.getpid())

    def control(*args):
        try:
            subprocess.run(["callgrind_control", *args, pid], capture_output=True, check=False)
        except OSError:     # no valgrind here: just evaluate
            pass
    control("-i", "on")
    for i in range(n):
        facts, as_of = raw[i % len(raw)]
        nav.evaluate(facts, as_of, timing=False)
    control("-d")
    control("-i", "off")


if __name__ == "__main__":
    main()
