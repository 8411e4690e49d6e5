"""The web benchmarks' walk still reaches the results page: a bench that silently stops at an error page would
report flattering figures."""
from web import create_app


def test_web_profile_walk_reaches_results(navigator):
    from bench.web_profile import walk
    times = {}
    walk(create_app({"TESTING": True, "SECRET_KEY": "test-secret"}, navigator=navigator), 2, 0, times)
    assert set(times) == {"GET /", "POST /next", "POST /results"}
    assert len(times["POST /results"]) == 2 and len(times["POST /next"]) >= 6
