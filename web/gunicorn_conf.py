"""How the navigator is served in production: `gunicorn -c python:web.gunicorn_conf web.wsgi:app`.

`make run` serves with these settings, and bench/load_bench.py serves both of its apps (the navigator and the
hello-world floor) with the same file, so the benchmark measures what `make run` serves. Command-line flags
override them (`-b 0.0.0.0:8000`, `-w 4`).

- One worker per core: a request is CPU work from start to end (no database, no outgoing calls), so more
  workers than cores only queue in the kernel instead of in gunicorn.
- Two threads per worker (gthread): they share one GIL, so they add no parallel work, but while one thread
  waits on a socket (reading a request, sending a page) the other computes, so the worker does not go idle
  between requests. At 50 clients, in the same run of bench/load_bench.py, the interview served 2.35x the
  requests of sync workers, p99 0.65x (docs/adr/0006-web-request-cost.md).
- No keep-alive (`keepalive = 0`): one request per connection, as with the sync workers before. A person's
  next step comes many seconds later, after any keep-alive timeout, so keeping connections open would only
  flatter the benchmark's back-to-back clients, not serve people faster.
- `preload_app`: the rulebooks, catalogs and compiled templates are loaded and frozen once in the master
  (web/wsgi.py) and shared by the forked workers.
"""
import os

bind = "127.0.0.1:5000"
workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 2)     # gunicorn's own variable overrides
worker_class = "gthread"
threads = 2
keepalive = 0
preload_app = True
