"""Shared fixtures live in tests/fixtures/, one module per real part (sandbox API, anvil, ...)."""

from pathlib import Path

pytest_plugins = sorted(
    f"tests.fixtures.{path.stem}"
    for path in (Path(__file__).parent / "fixtures").glob("*.py")
    if path.stem != "__init__"
)
