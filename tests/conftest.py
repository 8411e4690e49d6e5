import os
from pathlib import Path

import pytest

from navigator.evaluate import Navigator
from navigator.loader import PATHWAYS_DIR

pytest_plugins = ["tests.web_steps", "tests.web_results_steps", "tests.journey_steps"]

# NAVIGATOR_PATHWAYS runs the scenarios against a draft rulebook folder, with
# `-o bdd_features_base_dir=DRAFT/features` for its scenarios.
RULEBOOKS = Path(os.environ.get("NAVIGATOR_PATHWAYS", PATHWAYS_DIR))


@pytest.fixture(scope="session")
def navigator():
    return Navigator(RULEBOOKS)


@pytest.fixture(scope="session")
def python_navigator():
    """Same rulebooks on the built-in evaluator (the path taken where durable-rules cannot be imported)."""
    return Navigator(RULEBOOKS, backend="python")


@pytest.fixture
def ctx():
    return {"facts": {}, "as_of": None}
