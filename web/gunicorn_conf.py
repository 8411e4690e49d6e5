"""How the navigator is served in production: `gunicorn -c python:web.gunicorn_conf web.wsgi:app`.

`make run` serves with these settings, and bench/load_bench.py serves both of its apps (the navigator and the
hello-world floor) with the same file, so the benchmark measures what `make run` serves. Command-line flags
override them (`-b 0.0.0.0:8000`, `-w 4`).

- Sync workers, one per core: a request is CPU work from start to end (no database, no outgoing calls), so
  more workers than cores only queue in the kernel instead of in gunicorn, and threads would share one GIL.
- `preload_app`: the rulebooks, catalogs and compiled templates are loaded and frozen once in the master
  (web/wsgi.py) and shared by the forked workers.
"""
import os

bind = "127.0.0.1:5000"
workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 2)     # gunicorn's own variable overrides
worker_class = "sync"
preload_app = True
