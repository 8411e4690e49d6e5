"""The web benchmarks' walk still reaches the results page: a bench that silently stops at an error page would
report flattering figures."""
from web import create_app


def test_web_profile_walk_reaches_results(navigator):
    from bench.web_profile import walk
    times = {}
    walk(create_app({"TESTING": True, "SECRET_KEY": "test-secret"}, navigator=navigator), 2, 0, times)
    assert set(times) == {"GET /", "POST /next", "POST /results"}
    assert len(times["POST /results"]) == 2 and len(times["POST /next"]) >= 6


def test_the_load_bench_serves_what_make_run_serves():
    """`make run` and bench/load_bench.py take gunicorn's settings from the same file (web/gunicorn_conf.py):
    the benchmark's figures are those of the production server, and a change of settings moves both."""
    import runpy
    from pathlib import Path

    from bench.load_bench import WORKER_ARGS
    root = Path(__file__).resolve().parent.parent
    run = [line for line in (root / "Makefile").read_text().split("\nrun:")[1].splitlines() if "gunicorn" in line]
    assert run and " ".join(WORKER_ARGS) in run[0] and "web.wsgi:app" in run[0]
    conf = runpy.run_path(str(root / "web" / "gunicorn_conf.py"))
    assert conf["worker_class"] == "sync" and conf["preload_app"] is True and conf["workers"] >= 1
    assert conf["bind"].startswith("127.0.0.1:")      # loopback unless the operator says otherwise
