import pytest

from navigator.evaluate import Navigator


@pytest.fixture(scope="session")
def navigator():
    return Navigator()


@pytest.fixture(scope="session")
def python_navigator():
    """Same rulebooks on the built-in evaluator (the path taken where durable-rules cannot be imported)."""
    return Navigator(backend="python")


@pytest.fixture
def ctx():
    return {"facts": {}, "as_of": None}
