from sqlalchemy import inspect, text

from app.storage import open_database
from app.storage.migrate import current_revision


def test_0008_adds_block_times_to_a_0007_database_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_database(path, revision="0007")
    assert "portfolio_block_times" not in inspect(old.engine).get_table_names()
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO settings VALUES ('theme', '\"dark\"')"))
    old.close()

    db = open_database(path, revision="0008")
    assert current_revision(db.engine) == "0008"
    columns = {c["name"] for c in inspect(db.engine).get_columns("portfolio_block_times")}
    assert columns == {"chain_id", "block_hash", "number", "timestamp"}
    with db.session() as session:
        assert session.execute(text("SELECT value_json FROM settings")).scalar() == '"dark"'
    db.close()
