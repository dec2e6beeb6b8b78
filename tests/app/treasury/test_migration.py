from alembic import command

from app.storage import open_database
from app.storage.migrate import alembic_config
from tests.fixtures.storage import old_database, orm_differences, setting_kept, table_names

TREASURY_TABLES = {"treasury_audit", "treasury_actions", "treasury_action_steps"}


def test_treasury_tables_match_the_orm(db):
    assert orm_differences(db, TREASURY_TABLES) == []


def test_upgrade_from_0006_keeps_data_and_downgrade_removes_only_treasury(tmp_path):
    path = tmp_path / "old.sqlite3"
    old_database(path, "0006")
    db = open_database(path, revision="0007")
    assert setting_kept(db)
    assert table_names(db) >= TREASURY_TABLES
    command.downgrade(alembic_config(db.engine), "0006")
    assert setting_kept(db)
    assert not table_names(db) & TREASURY_TABLES
    db.close()
