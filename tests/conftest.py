"""Shared fixtures live in tests/fixtures/, one module per real part (sandbox API, anvil, ...)."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Fixture modules import one another (faults imports world): rewrite their asserts whichever
# pytest loads first, so a failing check inside a fixture says what it compared.
pytest.register_assert_rewrite("tests.fixtures")

pytest_plugins = sorted(
    f"tests.fixtures.{path.stem}"
    for path in (Path(__file__).parent / "fixtures").glob("*.py")
    if path.stem != "__init__"
)

# Property tests check what holds, not how fast: on a loaded two-core CI machine generation can be
# slow and a single example can take seconds, which says nothing about the property.
settings.register_profile(
    "pst-desk", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("pst-desk")
