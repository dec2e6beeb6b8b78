from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.storage import open_database
from app.storage.schema import Base

CHAIN_TABLES = {
    "chain_intents",
    "chain_transactions",
    "chain_nonces",
    "chain_index_cursors",
    "chain_blocks",
    "chain_events",
}


def test_chain_tables_match_the_orm(tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    chain_diff = [d for d in diff if any(t in repr(d) for t in CHAIN_TABLES)]
    assert chain_diff == []


def test_upgrade_from_0002_keeps_data_and_adds_chain_tables(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_database(path, revision="0002")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO settings VALUES ('theme', '\"dark\"')"))
    old.close()
    db = open_database(path, revision="0003")
    with db.session() as session:
        assert session.execute(text("SELECT value_json FROM settings")).scalar() == '"dark"'
        names = {r[0] for r in session.execute(text("SELECT name FROM sqlite_master"))}
    assert names >= CHAIN_TABLES
