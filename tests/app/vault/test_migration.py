from alembic import command
from sqlalchemy import inspect

from app.storage import open_database
from app.storage.migrate import alembic_config, current_revision, head_revision
from tests.fixtures.storage import old_database, setting_kept, table_names


def test_upgrade_from_0004_adds_the_vault_and_keeps_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    assert "vault_entries" not in old_database(path, "0004")
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    assert {"vault_keys", "vault_entries", "vault_access_log"} <= table_names(db)
    uniques = inspect(db.engine).get_unique_constraints("vault_entries")
    assert [u["column_names"] for u in uniques] == [["profile", "kind", "store_id"]]
    assert setting_kept(db)
    db.close()


def test_downgrade_removes_only_the_vault(tmp_path):
    db = open_database(tmp_path / "s.sqlite3", revision="0006")
    command.downgrade(alembic_config(db.engine), "0004")
    tables = table_names(db)
    assert not {"vault_keys", "vault_entries", "vault_access_log"} & tables
    assert "settings" in tables
    db.close()
