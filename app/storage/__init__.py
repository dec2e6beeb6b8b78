"""The local store: one SQLite file, SQLAlchemy 2, upgraded by Alembic migrations at open."""

from app.storage.db import Database, open_database

__all__ = ["Database", "open_database"]
