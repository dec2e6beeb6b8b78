"""Opening the store: SQLite tuned for a desktop app, migrated to the newest schema."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy.exc
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.errors import AppError
from app.storage.migrate import upgrade


class Database:
    """A migrated SQLite database and its session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


def open_database(path: Path, revision: str = "head") -> Database:
    """Open (creating if needed) the store at `path`, upgraded to `revision`."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():  # create it owner-only before SQLite opens it
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    engine = make_engine(path)
    try:
        upgrade(engine, revision)
    except sqlalchemy.exc.DatabaseError as error:  # random bytes, a truncated or other file
        engine.dispose()
        reason = str(getattr(error, "orig", error)).splitlines()[0][:120]
        raise AppError("app.not_a_database", path=str(path), reason=reason) from None
    return Database(path, engine)
