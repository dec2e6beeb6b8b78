"""Where the files under `resources/` are, from a source checkout or inside a frozen app.

PyInstaller unpacks data next to the bundled modules and names that folder `sys._MEIPASS`;
packaging/pst-desk.spec copies `resources/...` there under the same relative paths, so callers
ask for `resource_path("contracts", "artifacts")` and never care which case they are in.
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parents[1]


def is_frozen() -> bool:
    """True inside the PyInstaller build (`dist/pst-desk/pst-desk`)."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder that holds `resources/`: the bundle's data folder when frozen, else the repo."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if is_frozen() and meipass else SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """`resources/<parts...>` (the path may not exist: callers say what is missing)."""
    return bundle_root().joinpath("resources", *parts)


def app_version() -> str:
    """The installed version of PST Desk (pyproject's `version`; the frozen build carries the
    package metadata too), or "unknown" when run from a tree that was never installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pst-desk")
    except PackageNotFoundError:
        return "unknown"
