"""The production entry point: `gunicorn -w 2 web.wsgi:app`.

After the app (rulebooks, compiled rules, templates, catalogs) is loaded, its objects are frozen out of the
garbage collector's reach: they live as long as the process, and without this every full collection walks all
of them, a 20–40 ms pause that lands on whichever requests are waiting (measured in bench/load_bench.py).
"""
import gc

from . import create_app

app = create_app()
gc.freeze()
