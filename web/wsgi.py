"""The production entry point: `gunicorn -c python:web.gunicorn_conf web.wsgi:app` (`make run`).

The app is warmed up first (catalogs parsed, templates compiled), so the first visitors after a restart do
not wait a second for it. Then everything loaded is frozen out of the garbage collector's reach: it lives as
long as the process, and otherwise every full collection walks all of it, a 20–40 ms pause that lands on
whichever requests are waiting (measured with bench/load_bench.py). With `--preload` this runs once in the
master before the workers fork (CPython's advice for gc.freeze), so the frozen pages stay shared.
"""
import gc

from . import create_app, warm_up

app = warm_up(create_app())
gc.freeze()
