"""Alembic environment: batch mode so SQLite can alter tables; engine passed in by app.storage."""

from __future__ import annotations

from alembic import context

from app.storage.schema import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
