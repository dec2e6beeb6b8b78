"""The look read before the first paint: stdlib sqlite3, read-only, defaults on anything odd."""

import sqlite3

from app.config.settings import Settings
from app.storage import open_database
from app.storage.quick_settings import QuickSettings, read_quick_settings
from app.storage.settings_store import save_settings


def test_reads_what_the_full_store_saved(tmp_path):
    path = tmp_path / "s.sqlite3"
    db = open_database(path)
    save_settings(db, Settings(theme="dark", language="zh_TW"))
    db.close()
    before = path.read_bytes()
    assert read_quick_settings(path) == QuickSettings(theme="dark", language="zh_TW")
    assert path.read_bytes() == before  # read-only


def test_a_missing_file_gives_the_defaults_and_creates_nothing(tmp_path):
    path = tmp_path / "none.sqlite3"
    assert read_quick_settings(path) == QuickSettings()
    assert not path.exists()


def test_a_store_without_the_table_gives_the_defaults(tmp_path):
    path = tmp_path / "empty.sqlite3"
    sqlite3.connect(path).close()
    assert read_quick_settings(path) == QuickSettings()
    path.write_bytes(b"not a database at all" * 100)
    assert read_quick_settings(path) == QuickSettings()


def test_values_not_allowed_fall_back_to_system(tmp_path):
    path = tmp_path / "s.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value_json TEXT)")
        connection.executemany(
            "INSERT INTO settings VALUES (?, ?)",
            [("theme", '"purple"'), ("language", "{not json"), ("active_profile", '"; DROP x"')],
        )
    connection.close()
    assert read_quick_settings(path) == QuickSettings("system", "system", "sandbox")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE settings SET value_json='3' WHERE key='theme'")
        connection.execute("UPDATE settings SET value_json='\"en\"' WHERE key='language'")
        connection.execute(
            "UPDATE settings SET value_json='\"staging\"' WHERE key='active_profile'"
        )
    connection.close()
    assert read_quick_settings(path) == QuickSettings("system", "en", "staging")
