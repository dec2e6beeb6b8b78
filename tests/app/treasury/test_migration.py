from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.storage import open_database
from app.storage.schema import Base

TREASURY_TABLES = {"treasury_audit", "treasury_actions", "treasury_action_steps"}


def test_treasury_tables_match_the_orm(tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diff if any(t in repr(d) for t in TREASURY_TABLES)] == []


def test_upgrade_from_0006_keeps_data_and_downgrade_removes_only_treasury(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_database(path, revision="0006")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO settings VALUES ('theme', '\"dark\"')"))
    old.close()
    db = open_database(path, revision="0007")
    with db.session() as session:
        assert session.execute(text("SELECT value_json FROM settings")).scalar() == '"dark"'
        names = {r[0] for r in session.execute(text("SELECT name FROM sqlite_master"))}
    assert names >= TREASURY_TABLES
    from alembic import command

    from app.storage.migrate import alembic_config

    command.downgrade(alembic_config(db.engine), "0006")
    with db.session() as session:
        names = {r[0] for r in session.execute(text("SELECT name FROM sqlite_master"))}
        assert session.execute(text("SELECT value_json FROM settings")).scalar() == '"dark"'
    assert not names & TREASURY_TABLES
    db.close()
