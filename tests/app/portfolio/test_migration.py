from sqlalchemy import inspect

from app.storage import open_database
from app.storage.migrate import current_revision
from tests.fixtures.storage import old_database, setting_kept


def test_0008_adds_block_times_to_a_0007_database_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    assert "portfolio_block_times" not in old_database(path, "0007")

    db = open_database(path, revision="0008")
    assert current_revision(db.engine) == "0008"
    columns = {c["name"] for c in inspect(db.engine).get_columns("portfolio_block_times")}
    assert columns == {"chain_id", "block_hash", "number", "timestamp"}
    assert setting_kept(db)
    db.close()
