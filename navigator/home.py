"""Where the navigator's data lives: the vocabulary and bloc tables (rules/), the rulebooks (pathways/), the
catalogs (locales/) and the scenarios (features/).

In order: the folder named by NAVIGATOR_HOME; the source checkout this package sits in (`pip install -e .`,
`make`); the copy the wheel carries inside the package (`navigator/data/`, put there by setup.py's build
step, so `pip install .` works from any folder). `missing()` says what is absent, for a clear error.
"""
from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _home() -> Path:
    named = os.environ.get("NAVIGATOR_HOME")
    if named:
        return Path(named).expanduser().resolve()
    checkout = _PACKAGE.parent
    if (checkout / "rules" / "facts.yaml").is_file() and (checkout / "pathways").is_dir():
        return checkout
    return _PACKAGE / "data"


HOME = _home()
RULES_DIR = HOME / "rules"
PATHWAYS_DIR = HOME / "pathways"
LOCALES_DIR = HOME / "locales"
FEATURES_DIR = HOME / "features"


def missing() -> str | None:
    """Why the data cannot be read, or None: names the folder looked in and how to point at another."""
    if (RULES_DIR / "facts.yaml").is_file() and PATHWAYS_DIR.is_dir():
        return None
    how = ("NAVIGATOR_HOME" if os.environ.get("NAVIGATOR_HOME")
           else "this installation (set NAVIGATOR_HOME to a folder with rules/, pathways/ and locales/)")
    return f"no rulebook data in {HOME}: rules/facts.yaml and pathways/ are missing from {how}"
