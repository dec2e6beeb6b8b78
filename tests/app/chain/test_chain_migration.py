from app.storage import open_database
from tests.fixtures.storage import old_database, orm_differences, setting_kept, table_names

CHAIN_TABLES = {
    "chain_intents",
    "chain_transactions",
    "chain_nonces",
    "chain_index_cursors",
    "chain_blocks",
    "chain_events",
}


def test_chain_tables_match_the_orm(db):
    assert orm_differences(db, CHAIN_TABLES) == []


def test_upgrade_from_0002_keeps_data_and_adds_chain_tables(tmp_path):
    path = tmp_path / "old.sqlite3"
    old_database(path, "0002")
    db = open_database(path, revision="0003")
    assert setting_kept(db)
    assert table_names(db) >= CHAIN_TABLES
