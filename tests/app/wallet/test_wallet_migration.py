from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.storage import open_database
from app.storage.schema import Base

WALLET_TABLES = {"wallet_accounts", "wallet_seed", "address_book", "wallet_recipients"}


def test_wallet_tables_match_the_orm(tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diff if any(t in repr(d) for t in WALLET_TABLES)] == []


def test_upgrade_from_0003_keeps_data_and_adds_wallet_tables(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_database(path, revision="0003")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO settings VALUES ('theme', '\"dark\"')"))
    assert not WALLET_TABLES & set(inspect(old.engine).get_table_names())
    old.close()
    db = open_database(path, revision="0004")
    with db.session() as session:
        assert session.execute(text("SELECT value_json FROM settings")).scalar() == '"dark"'
    assert set(inspect(db.engine).get_table_names()) >= WALLET_TABLES
