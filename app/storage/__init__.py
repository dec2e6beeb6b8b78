"""The local store: one SQLite file, SQLAlchemy 2, upgraded by Alembic migrations at open.

`Database` and `open_database` load on first use: `app.storage.quick_settings` is read before
the window's first paint, and must not pull SQLAlchemy in with this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.storage.db import Database, open_database

__all__ = ["Database", "open_database"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from app.storage import db

    return getattr(db, name)
