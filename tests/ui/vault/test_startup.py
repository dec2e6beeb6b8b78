"""Start-up reads a custom profile's API token from the vault: with no keyring the vault asks
for its password on the Vault page, and the app connects as soon as it is unlocked."""

from __future__ import annotations

import argparse

from PySide6.QtCore import Qt

from app.config import NetworkProfile, Settings
from app.storage import open_database
from app.storage.settings_store import save_settings
from app.vault import Vault
from ui.shell.app import Session
from ui.shell.backend import TOKEN_ENV

PASSWORD = "correct horse battery"


def test_the_token_waits_in_a_password_vault_until_it_is_unlocked(
    qtbot, qapp, tmp_path, sandbox_api, no_keyring, monkeypatch
):
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    db = open_database(tmp_path / "pst-desk.sqlite3")
    profile = NetworkProfile(name="local", api_url=sandbox_api.api_url)
    save_settings(db, Settings(custom_profiles=[profile], active_profile="local"))
    vault = Vault(db, keyring_store=no_keyring)
    vault.unlock("local", PASSWORD)
    vault.set_api_token("local", sandbox_api.token)
    db.close()

    session = Session(argparse.Namespace(data_dir=str(tmp_path), profile=None), qapp)
    window = session.window
    qtbot.addWidget(window)
    window.show()
    session.start()
    message = window.startup.message
    qtbot.waitUntil(lambda: message.objectName() == "error", timeout=10_000)
    assert "unlock it on the Vault page" in message.text()
    assert sandbox_api.token not in message.text()

    page = session.vault.page
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.snapshot is not None and page.password.isVisible())
    assert page.banner.text().startswith("The OS keyring is unavailable")
    page.password.setText(PASSWORD)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.merchants is not None, timeout=20_000)
    qtbot.waitUntil(lambda: window.merchants.model.rowCount() == 60, timeout=15_000)
    window.close()
    assert session.stopped
