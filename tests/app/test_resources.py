"""resource_path: the checkout's resources/ from source, sys._MEIPASS/resources when frozen (the
real frozen app is exercised by tests/packaging/test_frozen.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.resources import SOURCE_ROOT, bundle_root, is_frozen, resource_path


def test_from_source_the_checkout_resources() -> None:
    assert not is_frozen()
    assert bundle_root() == SOURCE_ROOT
    assert (resource_path("api", "openapi.json")).is_file()
    assert resource_path("contracts", "artifacts").is_dir()


def test_frozen_the_bundle_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # What PyInstaller's bootloader sets before main.py runs.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("bin", "anvil") == tmp_path / "resources" / "bin" / "anvil"
