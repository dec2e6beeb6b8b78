"""Where data lives, which network to talk to, and the user's validated settings.

The models load on first use: `app.config.paths` and `app.config.choices` are read before the
window's first paint, and must not pull pydantic in with this package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.config.paths import data_dir

if TYPE_CHECKING:
    from app.config.profiles import SANDBOX, NetworkProfile
    from app.config.settings import Settings

__all__ = ["SANDBOX", "NetworkProfile", "Settings", "data_dir"]
_LAZY = {"SANDBOX": "app.config.profiles", "NetworkProfile": "app.config.profiles",
         "Settings": "app.config.settings"}  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
