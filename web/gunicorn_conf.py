"""How the navigator is served in production: `gunicorn -c python:web.gunicorn_conf web.wsgi:app`.

`make run` serves with these settings, and bench/load_bench.py serves both of its apps (the navigator and the
hello-world floor) with the same file, so the benchmark measures what `make run` serves. Command-line flags
override them (`-b 0.0.0.0:8000`, `-w 4`).

- One worker per core: a request is CPU work from start to end (no database, no outgoing calls), so more
  workers than cores only queue in the kernel instead of in gunicorn.
- Sync workers, one request per connection. Threaded workers (gthread, 2 threads, no keep-alive) looked
  2.35x faster on a busy machine, but on the quiet one (2026-12-08 01:55, same run) they served the same
  requests/s (701 against 714) with a far worse tail (p99 180 ms against 112 ms): the gain was the busy
  machine's (docs/adr/0006-web-request-cost.md).
- `preload_app`: the rulebooks, catalogs and compiled templates are loaded and frozen once in the master
  (web/wsgi.py) and shared by the forked workers.
"""
import os

bind = "127.0.0.1:5000"
workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 2)     # gunicorn's own variable overrides
worker_class = "sync"
preload_app = True
