from sqlalchemy import text

from app.config.profiles import NetworkProfile
from app.config.settings import Settings
from app.storage import open_database
from app.storage.settings_store import load_settings, save_settings


def test_round_trip(tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    assert load_settings(db) == Settings()
    custom = NetworkProfile(
        name="staging",
        api_url="https://api.example.test",
        rpc_url="https://rpc.example.test",
        chain_id=8453,
        registry_address="0x" + "ab" * 20,
    )
    wanted = Settings(theme="dark", custom_profiles=[custom], active_profile="staging")
    save_settings(db, wanted)
    assert load_settings(db) == wanted


def test_a_bad_row_is_ignored_not_fatal(tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    save_settings(db, Settings(theme="dark", poll_interval_seconds=7))
    with db.session() as session:
        session.execute(text("UPDATE settings SET value_json='\"purple\"' WHERE key='theme'"))
        session.execute(text("UPDATE settings SET value_json='{not json' WHERE key='language'"))
    loaded = load_settings(db)
    assert loaded.theme == "system"
    assert loaded.poll_interval_seconds == 7
