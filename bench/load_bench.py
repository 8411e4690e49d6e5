"""Load benchmark: concurrent clients walking real interviews against gunicorn, served as `make run` serves
them (web/gunicorn_conf.py: sync workers, one per core, --preload), next to a Flask hello-world page served the
same way in the same run. Prints p50 / p99 latency, requests/s and errors.

Each client is a different person: P01's answers, each known with probability 0.8 and "I don't know"
otherwise (seeded per client), starting at a random moment in the first second. Identical walks started
together stay in lockstep behind the FIFO accept queue, so every results page would queue behind 49 others.

Both apps are served with the production settings (`gunicorn -c python:web.gunicorn_conf`), and the clock
starts only once the app answers: workers still loading must not count as slow requests. Loopback only
(127.0.0.1), bounded in time. Usage:
    python bench/load_bench.py [--clients 50] [--seconds 60] [--processes 5] [--workers N] [--threads N]
"""
import argparse
import http.client
import multiprocessing as mp
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSRF = re.compile(rb'name="csrf" value="([^"]+)"')
STATE = re.compile(rb'name="state" value="([^"]*)"')
FACT = re.compile(rb'name="fact" value="([^"]*)"')
P01 = {"host_country": {"value": "AR"}, "nationalities": {"value0": "VE"}, "in_host_country": {"value": "yes"},
       "country_of_birth": {"value": "VE"}, "has_passport": {"value": "yes"},
       "passport_expiry_date": {"day": "1", "month": "6", "year": "2024"}, "has_id_card": {"value": "no"},
       "criminal_record_5y": {"value": "no"}, "criminal_record_certificate_obtainable": {"value": "no"},
       "statuses": {"value": "none"}}


def server_settings():
    """What web/gunicorn_conf.py serves with, as the report names it."""
    sys.path.insert(0, str(ROOT))
    from web import gunicorn_conf as conf
    if conf.worker_class == "sync":
        return f"{conf.workers} sync workers, a new connection for every request"
    return f"{conf.workers} {conf.worker_class} workers x {getattr(conf, 'threads', 1)} threads, keep-alive " \
           f"{getattr(conf, 'keepalive', 2)} s"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


WORKER_ARGS = ["-c", "python:web.gunicorn_conf"]     # what `make run` serves with (bind is overridden below)


def start(app_spec, port, root=ROOT, extra=()):
    """Serve `app_spec` (from the checkout `root`, with gunicorn's `extra` arguments after the config's) and
    return once it answers: the clock must not run while workers are still loading."""
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    env = dict(os.environ, PYTHONPATH=str(root)) if root != ROOT else None
    proc = subprocess.Popen([gunicorn, *WORKER_ARGS, *extra, "-b", f"127.0.0.1:{port}", "--log-level", "warning",
                             app_spec],
                            cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                conn.close()
                time.sleep(0.5)
                return proc
        except OSError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"{app_spec} did not start")


class Refused(Exception):
    """The server answered something other than 200: counted as an error, and this interview ends."""


def interview(send, rnd):
    """One person's interview: the start page, then questions (each of P01's answers known with probability
    0.8, "I don't know" otherwise) until the check-your-answers page, then the results page.
    `send(method, path, form, cookie)` makes one request and returns (Set-Cookie header, body)."""
    known = {f for f in P01 if rnd.random() < 0.8} | {"host_country", "nationalities"}
    set_cookie, body = send("GET", "/", None, "")
    cookie = set_cookie.split(";")[0]
    csrf = CSRF.search(body).group(1).decode()
    state, fact = "", None
    for _ in range(20):
        form = {"csrf": csrf, "state": state}
        if fact:
            form.update(fact=fact, action="answer" if fact in known else "dontknow",
                        **(P01[fact] if fact in known else {}))
        _, body = send("POST", "/next", form, cookie)
        state = STATE.search(body).group(1).decode()
        if b'value="dontknow"' not in body:
            break
        fact = FACT.search(body).group(1).decode()
    send("POST", "/results", {"csrf": csrf, "state": state}, cookie)


def walk(port, deadline, lat, errors, hello, seed=0):
    rnd = random.Random(seed)
    time.sleep(rnd.random())
    conn = [http.client.HTTPConnection("127.0.0.1", port, timeout=10)]

    def send(method, path, form, cookie):
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie} if form is not None else {}
        t0 = time.perf_counter()
        conn[0].request(method, path, urllib.parse.urlencode(form) if form is not None else None, headers)
        resp = conn[0].getresponse()
        body = resp.read()
        lat.append((time.perf_counter() - t0, f"{method} {path}"))
        if resp.status != 200:
            errors.append(resp.status)
            raise Refused
        return resp.getheader("Set-Cookie", ""), body
    while time.time() < deadline:
        try:
            if hello:
                send("GET", "/", None, "")
            else:
                interview(send, rnd)
        except Refused:
            pass
        except Exception as exc:  # noqa: BLE001
            errors.append(type(exc).__name__)
            conn[0].close()
            conn[0] = http.client.HTTPConnection("127.0.0.1", port, timeout=10)


def worker(port, seconds, threads, hello, out, first_seed):
    deadline = time.time() + seconds
    lat, errors = [], []
    ts = [threading.Thread(target=walk, args=(port, deadline, lat, errors, hello, first_seed + i)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    out.put((lat, errors))


def run(port, clients, seconds, processes, hello):
    """One slice: `clients` clients for `seconds`; the raw latencies (seconds, kind), errors and wall time."""
    out = mp.Queue()
    per = max(1, clients // processes)
    procs = [mp.Process(target=worker, args=(port, seconds, per, hello, out, i * per)) for i in range(processes)]
    start_t = time.time()
    for p in procs:
        p.start()
    lat, errors = [], []
    for _ in procs:
        latencies, e = out.get()
        lat += latencies
        errors += e
    for p in procs:
        p.join()
    return lat, errors, time.time() - start_t


def summary(lat, errors, wall):
    by_kind = {}
    for t, kind in lat:
        by_kind.setdefault(kind, []).append(t)
    lat = sorted(t for t, _ in lat)
    return {"requests": len(lat), "rps": len(lat) / wall, "p50": _pct(lat, 0.5), "p99": _pct(lat, 0.99),
            "errors": len(errors), "error_kinds": sorted(set(map(str, errors)))[:5],
            "by_kind": {k: (len(v), _pct(sorted(v), 0.5), _pct(sorted(v), 0.99)) for k, v in by_kind.items()}}


def _pct(sorted_seconds, q):
    return sorted_seconds[int(len(sorted_seconds) * q)] * 1000 if sorted_seconds else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=int, default=60, help="per app, in --slices turns taken alternately")
    ap.add_argument("--slices", type=int, default=6)
    ap.add_argument("--processes", type=int, default=5)
    ap.add_argument("--threads", type=int, default=0, help="gthread worker threads per worker (0: the config's)")
    ap.add_argument("--workers", type=int, default=0, help="gunicorn workers (0: the config's, one per core)")
    ap.add_argument("--baseline", type=Path, help="another checkout (say `git worktree add /tmp/before HEAD~1`) "
                    "whose interview takes turns with this one in the same run: a before/after on a busy machine")
    ap.add_argument("--compare", action="append", default=[], metavar="ARGS",
                    help="other gunicorn arguments (say \"-k sync\"): the floor and the interview are also served so, "
                    "taking turns with the others in the same run (repeatable)")
    args = ap.parse_args()
    if args.workers:
        WORKER_ARGS.extend(["-w", str(args.workers)])
    if args.threads:
        WORKER_ARGS.extend(["-k", "gthread", "--threads", str(args.threads)])
    os.environ.setdefault("NAVIGATOR_SECRET_KEY", "bench-only-secret")
    apps = [("hello-world floor", "bench.hello:app", True, ROOT, ()),
            ("interview (GET / + POST /next ... + POST /results)", "web.wsgi:app", False, ROOT, ())]
    if args.baseline:
        apps.append((f"interview served from {args.baseline}", "web.wsgi:app", False, args.baseline.resolve(), ()))
    for other in args.compare:
        apps += [(f"hello-world floor, {other}", "bench.hello:app", True, ROOT, tuple(other.split())),
                 (f"interview, {other}", "web.wsgi:app", False, ROOT, tuple(other.split()))]
    servers = {}
    try:
        for name, spec, _hello, root, extra in apps:
            port = free_port()
            servers[name] = (port, start(spec, port, root, extra))
        # the two apps take turns in short slices, so both see the same background load (a shared machine's
        # load drifts over minutes: one long run each would compare different machines)
        raw = {name: ([], [], 0.0) for name, *_ in apps}
        for _ in range(args.slices):
            for name, _spec, hello, _root, _extra in apps:
                lat, errors, wall = run(servers[name][0], args.clients, args.seconds / args.slices, args.processes, hello)
                raw[name] = (raw[name][0] + lat, raw[name][1] + errors, raw[name][2] + wall)
        results = {name: summary(*raw[name]) for name in raw}
    finally:
        for _port, proc in servers.values():
            proc.send_signal(signal.SIGTERM)
            proc.wait(10)
    print(f"gunicorn {' '.join(WORKER_ARGS)} ({server_settings()}), {args.clients} concurrent clients "
          f"on loopback, {args.seconds} s each in {args.slices} alternating slices, "
          f"clients in {args.processes} processes on the same 2-core machine")
    for name, r in results.items():
        print(f"  {name:<52} p50 {r['p50']:6.1f} ms  p99 {r['p99']:6.1f} ms  {r['rps']:7.0f} req/s  "
              f"{r['requests']} requests, {r['errors']} errors {r['error_kinds'] or ''}")
        if not name.startswith("hello") and not args.compare:
            for kind, (n, p50, p99) in r["by_kind"].items():
                print(f"    {kind:<50} p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  {n} requests")
    floor, real = results["hello-world floor"], results["interview (GET / + POST /next ... + POST /results)"]
    print(f"  p99 ratio to the floor: {real['p99'] / floor['p99']:.1f}x (targets: p99 <= 100 ms and <= 3x the floor, 0 errors)")
    for other in args.compare:
        f, r = results[f"hello-world floor, {other}"], results[f"interview, {other}"]
        print(f"  with {other}: p99 ratio to its floor {r['p99'] / f['p99']:.1f}x; this configuration's interview p99 / "
              f"that one's: {real['p99'] / r['p99']:.2f}, requests/s: {real['rps'] / r['rps']:.2f}")
    if args.baseline:
        before = results[apps[2][0]]
        print(f"  baseline's p99 ratio to the floor: {before['p99'] / floor['p99']:.1f}x; this checkout's p99 / the "
              f"baseline's: {real['p99'] / before['p99']:.2f}, requests/s: {real['rps'] / before['rps']:.2f}")


if __name__ == "__main__":
    main()
