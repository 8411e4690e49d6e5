"""The benchmark's generated floor must answer exactly as the inference core does, or its figure means nothing."""
import datetime as dt
import sys
from pathlib import Path

from navigator.facts import normalise
from navigator.loader import FEATURES_DIR
from navigator.scenarios import read_cases

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from floor_generated import GeneratedFloor  # noqa: E402


def test_generated_floor_agrees_with_the_core_on_every_scenario(navigator):
    floor = GeneratedFloor(navigator.compiled)
    checked = 0
    for case in read_cases(FEATURES_DIR):
        as_of = dt.date.fromisoformat(case.as_of) if case.as_of else dt.date(2026, 1, 1)
        try:
            person = normalise(case.facts, navigator.vocab, navigator.rulebooks.statuses, as_of, from_text=True)
        except Exception:  # noqa: BLE001  (scenarios of refused input are about errors, not answers)
            continue
        assert floor.eligible(person) == navigator.eligible(person), case.name
        checked += 1
    assert checked > 1000
