import datetime as dt

from sqlalchemy import inspect

from app.storage import open_database
from app.storage.migrate import current_revision, head_revision
from app.storage.schema import HttpCacheEntry
from tests.fixtures.storage import old_database, setting_kept


def test_fresh_database_is_at_head_and_owner_only(tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    assert current_revision(db.engine) == head_revision()
    assert (tmp_path / "store.sqlite3").stat().st_mode & 0o077 == 0
    assert {"settings", "http_cache"} <= set(inspect(db.engine).get_table_names())


def test_upgrade_from_first_revision_keeps_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    assert "settings" in old_database(path, "0001")
    old = open_database(path, revision="0001")
    assert current_revision(old.engine) == "0001"
    old.close()

    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    assert setting_kept(db)
    with db.session() as session:
        session.add(
            HttpCacheEntry(
                profile="sandbox",
                resource="/v1/merchants/M00001",
                kind="merchant",
                etag='"abc"',
                body=b"{}",
                fetched_at=dt.datetime.now(dt.UTC),
                size=2,
            )
        )
    with db.session() as session:
        assert session.get(HttpCacheEntry, ("sandbox", "/v1/merchants/M00001")).etag == '"abc"'


def test_the_migrations_build_exactly_the_models(tmp_path):
    """No drift: every table, column, type, index and constraint the ORM declares is what the
    migrations create at head, and the migrations create nothing the ORM lacks."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.storage.schema import Base

    db = open_database(tmp_path / "store.sqlite3")
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        drift = [
            d for d in compare_metadata(context, Base.metadata) if "alembic_version" not in repr(d)
        ]
    db.close()
    assert drift == [], "the models and the migrations differ; write a migration:\n" + "\n".join(
        map(repr, drift)
    )
