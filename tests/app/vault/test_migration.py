from alembic import command
from sqlalchemy import inspect, text

from app.storage import open_database
from app.storage.migrate import alembic_config, current_revision, head_revision


def test_upgrade_from_0004_adds_the_vault_and_keeps_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_database(path, revision="0004")
    assert "vault_entries" not in inspect(old.engine).get_table_names()
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO settings VALUES ('theme', '\"dark\"')"))
    old.close()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert {"vault_keys", "vault_entries", "vault_access_log"} <= tables
    uniques = inspect(db.engine).get_unique_constraints("vault_entries")
    assert [u["column_names"] for u in uniques] == [["profile", "kind", "store_id"]]
    with db.session() as session:
        assert session.execute(text("SELECT value_json FROM settings")).scalar() == '"dark"'
    db.close()


def test_downgrade_removes_only_the_vault(tmp_path):
    db = open_database(tmp_path / "s.sqlite3", revision="0006")
    command.downgrade(alembic_config(db.engine), "0004")
    tables = set(inspect(db.engine).get_table_names())
    assert not {"vault_keys", "vault_entries", "vault_access_log"} & tables
    assert "settings" in tables
    db.close()
