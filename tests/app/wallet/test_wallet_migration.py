from app.storage import open_database
from tests.fixtures.storage import old_database, orm_differences, setting_kept, table_names

WALLET_TABLES = {"wallet_accounts", "wallet_seed", "address_book", "wallet_recipients"}


def test_wallet_tables_match_the_orm(db):
    assert orm_differences(db, WALLET_TABLES) == []


def test_upgrade_from_0003_keeps_data_and_adds_wallet_tables(tmp_path):
    path = tmp_path / "old.sqlite3"
    assert not WALLET_TABLES & old_database(path, "0003")
    db = open_database(path, revision="0004")
    assert setting_kept(db)
    assert table_names(db) >= WALLET_TABLES
