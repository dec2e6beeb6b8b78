"""Under CI=true a missing anvil or sandbox fails the run; locally it skips with what to run."""

from __future__ import annotations

import pytest

from tests.fixtures.required import missing


def test_missing_part_skips_locally(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="run make"):
        missing("anvil", "anvil is not installed: run make")


@pytest.mark.parametrize("value", ["true", "TRUE", "1"])
def test_missing_part_fails_under_ci(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="CI=true and anvil is missing"):
        missing("anvil", "anvil is not installed: run make")
