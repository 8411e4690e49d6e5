"""Where a web request's time goes, without gunicorn or sockets: the load benchmark's walks replayed in-process
through the WSGI app, with the mean wall and CPU time per request kind (best of several rounds) and, on request,
a cProfile.

Use it to compare two versions of the code before a 2-minute load run. The machine's noise is large: the CPU
time (this thread's, time.thread_time) is steadier than the wall time when other work shares the cores, and for
exact before/after counts run it under `valgrind --tool=callgrind` (instructions, whatever the load). Usage:
    python bench/web_profile.py [--interviews 100] [--rounds 5] [--profile]
"""
import argparse
import cProfile
import os
import pstats
import random
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from werkzeug.test import EnvironBuilder  # noqa: E402

from bench.load_bench import interview  # noqa: E402


def walk(app, interviews, seed, times):
    """The load benchmark's interviews (bench/load_bench.py), each request timed by kind into `times`."""
    rnd = random.Random(seed)

    def send(method, path, form, cookie):
        environ = EnvironBuilder(path=path, method=method, headers={"Cookie": cookie} if cookie else {},
                                 data=urllib.parse.urlencode(form) if form is not None else None,
                                 content_type="application/x-www-form-urlencoded" if form is not None else None,
                                 ).get_environ()
        out = {}

        def start_response(status, headers, exc_info=None):
            out["status"], out["headers"] = status, headers
        t0, c0 = time.perf_counter(), time.thread_time()
        body = b"".join(app(environ, start_response))
        times.setdefault(f"{method} {path}", []).append((time.perf_counter() - t0, time.thread_time() - c0))
        if not out["status"].startswith("200"):
            raise SystemExit(f"{method} {path} answered {out['status']}")
        return next((v for k, v in out["headers"] if k == "Set-Cookie"), ""), body
    for _ in range(interviews):
        interview(send, rnd)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interviews", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one more round (slower)")
    args = ap.parse_args()
    os.environ.setdefault("NAVIGATOR_SECRET_KEY", "bench-only-secret")
    from web.wsgi import app  # the production entry point: warmed up and frozen as gunicorn serves it
    walk(app, 20, 0, {})                # warm caches and compiled templates
    best = None
    for r in range(args.rounds):
        times = {}
        walk(app, args.interviews, r, times)
        n = sum(len(v) for v in times.values())
        cpu = sum(c for v in times.values() for _, c in v) / n
        if best is None or cpu < best[0]:
            best = (cpu, sum(w for v in times.values() for w, _ in v) / n, times)
    print(f"in-process, best of {args.rounds} rounds of {args.interviews} interviews: "
          f"{best[0] * 1000:.3f} ms CPU ({best[1] * 1000:.3f} ms wall) per request")
    for kind, v in best[2].items():
        print(f"  {kind:<14} {len(v):6d} requests  mean CPU {sum(c for _, c in v) / len(v) * 1000:.3f} ms  "
              f"wall {sum(w for w, _ in v) / len(v) * 1000:.3f} ms")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        walk(app, args.interviews, 99, {})
        profile.disable()
        pstats.Stats(profile).sort_stats("cumtime").print_stats(40)


if __name__ == "__main__":
    main()
