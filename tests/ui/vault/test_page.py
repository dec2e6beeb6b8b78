"""The Vault page end to end: the real Secret Service, anvil with the StoreRegistry, real dialogs.

unlock -> add -> bind -> reveal with a purpose (recorded on chain for the store's owner) ->
copy -> the clipboard is cleared (a short timeout here) -> rotate (vault and chain); then the
data directory and the log hold none of the secrets in clear.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.chain.context import ChainContext
from app.events import EventBus
from app.storage import open_database
from app.vault import SecretField, Vault
from app.vault.binding import ChainBinding
from app.vault.binding_state import BindingState
from tests.ui.helpers import answer
from ui.shared.bridge import EventBridge
from ui.vault.dialogs import AccessLogDialog, ConfirmDialog, CredentialDialog, PurposeDialog
from ui.vault.page import VaultPage

PROFILE = "vault-gui"
STORE = "M00001"
SECRETS = {
    "password": "Zq8!xV-gui-password-71",
    "api_key": "AKIA-GUI-SECRET-KEY-4242",
    "totp": "JBSWY3DPEHPK3PXP",
    "notes": "recovery codes 8812-7731-0042",
}


def add_credential(dialog: CredentialDialog) -> None:
    dialog.store.setText(STORE)
    dialog.platform.setText("Tmall")
    dialog.login.setText("ops@store-one.example")
    dialog.label_edit.setText("main seller account")
    dialog.password.setText(SECRETS["password"])
    assert not dialog.api_keys.revealed()  # masked while typed
    dialog.api_keys.setText(SECRETS["api_key"])
    dialog.totp.setText(SECRETS["totp"])
    dialog.notes.setPlainText(SECRETS["notes"])
    dialog.buttons.accepted.emit()


@pytest.fixture
def page(qtbot, tmp_path, secret_service, vault_registry, chain):
    db = open_database(tmp_path / "store.sqlite3")
    bus = EventBus()
    vault = Vault(db, keyring_store=secret_service, bus=bus, actor="ops-gui")
    bridge = EventBridge(bus)
    context = ChainContext(vault_registry.profile(PROFILE), db, bus)
    binding = ChainBinding.over(context, vault)
    binding.receipt_timeout = 20.0
    widget = VaultPage(vault, PROFILE, bridge, clipboard_seconds=0.3)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.set_signer_source(lambda: vault_registry.owner)
    with qtbot.waitSignal(widget.loaded):
        widget.set_binding(binding)
    yield widget
    qtbot.waitUntil(lambda: not widget._loading, timeout=10_000)
    bridge.close()
    binding.close()
    context.close()
    db.close()


WAIT_MS = 60_000  # a loaded CI machine takes seconds where a desk takes milliseconds


def wait_for(qtbot, page: VaultPage, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(lambda: not page._loading and condition(), timeout=WAIT_MS)


def state(page: VaultPage) -> BindingState | None:
    binding = page.model.binding(STORE)
    return binding.state if binding else None


def test_unlock_add_reveal_copy_rotate(qtbot, qtmodeltester, page, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    assert page.banner.isHidden()  # a working keyring: no warning
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, lambda: page.snapshot.status.unlocked)
    assert "OS keyring" in page.protection.text()

    answer(CredentialDialog, add_credential)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, lambda: page.model.rowCount() == 1)
    assert state(page) is BindingState.UNREGISTERED
    qtmodeltester.check(page.model)
    page.select(STORE)
    assert page.bind_button.isEnabled()
    asked: list[str] = []
    answer(ConfirmDialog, lambda d: (asked.append(d.text()), d.reject()))  # cancel: nothing sent
    qtbot.mouseClick(page.bind_button, Qt.MouseButton.LeftButton)
    # The sandbox registry starts each store at key version 1 with no commitment: said first.
    assert "no commitment yet" in asked[0] and "key version 2 (it was 1)" in asked[0]
    assert state(page) is BindingState.UNREGISTERED
    answer(ConfirmDialog, lambda d: d.go.click())
    qtbot.mouseClick(page.bind_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, lambda: state(page) is BindingState.BOUND)

    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, lambda: "Checked 1 store on chain: 1 bound." in page.notice.text())

    def reveal_with_purpose(dialog: PurposeDialog) -> None:
        assert dialog.focusWidget() is dialog.purpose  # typing goes to the purpose
        dialog.purpose.setText("quarterly audit")
        dialog.buttons.accepted.emit()

    answer(PurposeDialog, reveal_with_purpose)
    qtbot.mouseClick(page.panel.buttons[SecretField.PASSWORD], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.panel.value.toPlainText() == SECRETS["password"], timeout=WAIT_MS)
    assert "on chain" in page.panel.chain_note.text()
    log = page.vault.access_log(PROFILE, STORE)
    assert [a.action for a in log] == ["add", "rotate", "bind", "reveal"]  # re-sealed to bind
    assert log[-1].purpose == "quarterly audit" and log[-1].field == "password"
    shown = AccessLogDialog(log)
    assert shown.table.item(0, 2).text() == "reveal"
    assert shown.table.item(1, 2).text() == "bind on chain"  # newest first
    shown.deleteLater()

    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(page.panel.guard.cleared, timeout=5_000) as cleared:
        qtbot.mouseClick(page.panel.copy_button, Qt.MouseButton.LeftButton)
        assert clipboard.text() == SECRETS["password"]
    assert cleared.args == [True] and clipboard.text() == ""
    # Something the user copied afterwards is left alone.
    with qtbot.waitSignal(page.panel.guard.cleared, timeout=5_000) as cleared:
        page.panel.copy()
        clipboard.setText("the user's own text")
    assert cleared.args == [False] and clipboard.text() == "the user's own text"
    clipboard.clear()

    answer(PurposeDialog, lambda d: (d.purpose.setText("login check"), d.buttons.accepted.emit()))
    qtbot.mouseClick(page.panel.buttons[SecretField.TOTP_CODE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.panel.code.text().isdigit(), timeout=WAIT_MS)
    assert page.panel.countdown.text().endswith("s left")

    version = page.model.item(0).key_version
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, lambda: "Rotated" in page.notice.text() and state(page) is not None)
    wait_for(qtbot, page, lambda: state(page) is BindingState.BOUND)
    assert page.model.item(0).key_version == version + 1
    assert page.vault.access_log(PROFILE, STORE)[-1].action == "rotate"

    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, lambda: not page.snapshot.status.unlocked)
    assert page.panel.value.toPlainText() == "" and page.panel.code.text() == ""
    _assert_no_secret_in_clear(tmp_path, caplog.text)


def _assert_no_secret_in_clear(root: Path, log_text: str) -> None:
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files
    for secret in SECRETS.values():
        for path in files:
            assert secret.encode() not in path.read_bytes(), f"{secret!r} in clear in {path}"
        assert secret not in log_text


def test_unlocked_notice_is_a_full_success_banner(qtbot, page, qapp):
    from ui.shared.theme import ThemeManager

    theme = ThemeManager(qapp, "light")  # the style sheet that pads the banners
    try:
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, page, lambda: page.notice.text() == "Unlocked.")
        notice = page.notice
        assert notice.objectName() == "success"
        margins = notice.contentsMargins()
        assert margins.top() > 0 and margins.left() > 0  # the banner's padding is in force
        line = notice.fontMetrics().height()
        qtbot.waitUntil(lambda: notice.height() >= line + margins.top() + margins.bottom())
    finally:
        qapp.setStyleSheet("")
        theme.deleteLater()
