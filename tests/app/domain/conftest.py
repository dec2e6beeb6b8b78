from __future__ import annotations

import pytest

from tests.app.domain.builders import Inputs, make_inputs


@pytest.fixture
def good_merchant() -> Inputs:
    """A merchant that passes every criterion and trips no covenant (see builders.py)."""
    return make_inputs()
