"""Step definitions the scenarios of this folder find beside tests/web_steps.py (a plugin of tests/conftest.py):
the clinic desk's journeys (tests/clinic_steps.py), kept in their own module."""
from tests.clinic_steps import *  # noqa: F401,F403
