"""The vault's forms as a newcomer meets them: a new vault password is labelled, typed twice and
measured; secrets are masked until the eye is clicked; the purpose field takes what is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.storage import open_database
from app.vault import SecretField, Vault
from ui.shared.secret_edit import SecretEdit
from ui.vault.dialogs import CredentialDialog, PurposeDialog, SecretDialog
from ui.vault.page import VaultPage

STRONG = "maple-orbit-candle-42-quiet"


@pytest.fixture
def page(qtbot, tmp_path, no_keyring):
    db = open_database(tmp_path / "store.sqlite3")
    vault = Vault(db, keyring_store=no_keyring)
    widget = VaultPage(vault, "local")
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.snapshot is not None, timeout=10_000)
    yield widget
    qtbot.waitUntil(lambda: not widget._loading, timeout=10_000)
    db.close()


def test_a_new_vault_password_is_labelled_measured_and_typed_twice(qtbot, page):
    fields = page.new_password
    assert fields.isVisible() and page.password.isHidden()  # creating, not unlocking
    assert page.unlock_button.text() == "Create vault"
    fields.password.setText("password1")
    fields.confirmation.setText("password1")
    assert fields.meter.value() <= 1 and "most common" in fields.advice.text()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.notice.objectName() == "error" and not page.vault.status("local").initialized
    fields.password.setText(STRONG)
    fields.confirmation.setText(STRONG + "x")
    assert "differ" in fields.advice.text()
    fields.confirmation.setText(STRONG)
    assert fields.meter.value() >= 3 and fields.acceptable()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.snapshot.status.unlocked, timeout=20_000)
    assert fields.isHidden() and fields.password.text() == ""  # wiped once used
    assert page.vault.status("local").initialized


def test_secrets_are_masked_until_shown(qtbot):
    dialog = CredentialDialog()
    qtbot.addWidget(dialog)
    for edit in (dialog.password, dialog.api_keys, dialog.totp):
        assert isinstance(edit, SecretEdit) and not edit.revealed()
    dialog.api_keys.toggle.trigger()
    assert dialog.api_keys.revealed() and dialog.api_keys.toggle.toolTip() == "Hide"
    dialog.api_keys.setText("KEY-ONE  KEY-TWO")
    dialog._wipe()
    assert not dialog.api_keys.revealed() and dialog.api_keys.text() == ""
    dialog.store.setText("M00042")
    dialog.platform.setText("Tmall")
    dialog.login.setText("ops@example.com")
    dialog.api_keys.setText(" KEY-ONE  KEY-TWO ")
    dialog.check()
    assert dialog.result_form is not None
    assert dialog.result_form.api_keys == ("KEY-ONE", "KEY-TWO")


def test_typing_goes_into_the_purpose(qtbot):
    dialog = PurposeDialog("M00042", SecretField.PASSWORD)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.focusWidget(), "month-end check")
    assert dialog.purpose.text() == "month-end check"


def test_a_new_backup_password_is_measured(qtbot):
    dialog = SecretDialog("Export", "Backup password", confirm=True)
    qtbot.addWidget(dialog)
    dialog.secret.setText("abc")
    with pytest.raises(ValueError):
        dialog.check()
    assert dialog.new is not None
    dialog.new.confirmation.setText("abc")
    dialog.secret.setText(STRONG)
    dialog.new.confirmation.setText(STRONG)
    dialog.check()
