"""The Vault page and its reveal panel follow a change of language by themselves (their own
`retranslate`, on LanguageChange), with no reverse look-up of their texts in the catalogs:
title, buttons, tooltips, placeholders, the status line, the last notice and what the panel
shows, in Simplified and Traditional Chinese and back in English."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from app.storage import open_database
from app.storage.schema import VaultAccess
from app.vault import SecretField, Vault
from ui.vault.dialogs import AccessLogDialog, ConfirmDialog, CredentialDialog, PurposeDialog
from ui.vault.page import VaultPage
from ui.vault.reveal_panel import RevealPanel


@pytest.fixture
def page(qtbot, tmp_path, no_keyring):  # noqa: ANN001
    db = open_database(tmp_path / "store.sqlite3")
    widget = VaultPage(Vault(db, keyring_store=no_keyring), "local")
    qtbot.addWidget(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.snapshot is not None, timeout=10_000)
    yield widget
    qtbot.waitUntil(lambda: not widget._loading, timeout=10_000)
    db.close()


def test_the_vault_page_changes_language(qtbot, qapp, page, language):  # noqa: ANN001
    page.lock()  # a notice to say again

    def texts() -> dict[str, str]:
        password = page.panel.buttons[SecretField.PASSWORD]
        return {
            "title": page.title.text(),
            "unlock": page.unlock_button.text(),
            "add": page.add_button.text(),
            "check": page.check_button.text(),
            "rotate tip": page.rotate_button.toolTip(),
            "password": page.password_label.text(),
            "new password": page.new_password.password.placeholderText(),
            "strength": page.new_password.strength_label.text(),
            "protection": page.protection.text(),
            "notice": page.notice.text(),
            "panel": page.panel.title.text(),
            "reveal": password.text(),
            "copy": page.panel.copy_button.text(),
        }

    english = texts()
    assert english == {
        "title": "Vault",
        "unlock": "Create vault",
        "add": "Add…",
        "check": "Check chain",
        "rotate tip": "New data key and key version, in the vault and on chain",
        "password": "Vault password",
        "new password": "New vault password",
        "strength": "Strength",
        "protection": "profile local · not created yet · locked",
        "notice": "Locked.",
        "panel": "Select a store",
        "reveal": "Password",
        "copy": "Copy",
    }
    language.apply("zh_CN")
    qapp.processEvents()
    assert texts() == {
        "title": "保险库",
        "unlock": "创建保险库",
        "add": "添加…",
        "check": "检查链上状态",
        "rotate tip": "在保险库和链上生成新的数据密钥和密钥版本",
        "password": "保险库密码",
        "new password": "新的保险库密码",
        "strength": "强度",
        "protection": "配置 local · 尚未创建 · 已锁定",
        "notice": "已锁定。",
        "panel": "请选择店铺",
        "reveal": "密码",
        "copy": "复制",
    }
    language.apply("zh_TW")
    qapp.processEvents()
    traditional = texts()
    assert traditional["title"] == "保險庫" and traditional["unlock"] == "建立保險庫"
    assert traditional["protection"] == "設定檔 local · 尚未建立 · 已鎖定"
    assert traditional["notice"] == "已鎖定。" and traditional["panel"] == "請選擇店鋪"
    assert traditional["new password"] == "新的保險庫密碼" and traditional["copy"] == "複製"
    language.apply("en")
    qapp.processEvents()
    assert texts() == english


def test_a_revealed_secret_and_its_note_change_language(qtbot, qapp, language):  # noqa: ANN001
    panel = RevealPanel(seconds=60)
    qtbot.addWidget(panel)
    panel.show_store("M00001 · Tmall · ops@example.com")
    panel.show_secret(
        SecretField.PASSWORD,
        "s3cret",
        lambda: QCoreApplication.translate(
            "VaultCredentialActions", "Access recorded in the local access log."
        ),
    )

    def texts() -> tuple[str, ...]:
        return (panel.title.text(), panel.what.text(), panel.chain_note.text(),
                panel.hide_button.text())  # fmt: skip

    english = texts()
    assert english == ("M00001 · Tmall · ops@example.com", "Password:",
                       "Access recorded in the local access log.", "Hide")  # fmt: skip
    language.apply("zh_CN")
    qapp.processEvents()
    simplified = texts()
    assert simplified[0] == english[0] and simplified[3] == "隐藏"
    assert "密码" in simplified[1] and simplified[2] not in ("", english[2])
    language.apply("zh_TW")
    qapp.processEvents()
    assert "密碼" in panel.what.text() and panel.hide_button.text() == "隱藏"
    language.apply("en")
    qapp.processEvents()
    assert texts() == english
    assert panel.value.toPlainText() == "s3cret"  # a change of language shows the same secret
    panel.wipe()


def test_the_vault_dialogs_change_language_while_open(qtbot, qapp, language):  # noqa: ANN001
    purpose = PurposeDialog("M00042", SecretField.API_KEYS)
    add = CredentialDialog()
    confirm = ConfirmDialog(
        lambda: QCoreApplication.translate("VaultCredentialActions", "Sign and bind"),
        "0x12",
        "0x34",
        None,
    )
    row = VaultAccess(
        profile="local", action="reveal", store_id="M00042", field="password", purpose="audit",
        actor="0x" + "11" * 20, accessed_at=dt.datetime(2026, 12, 4, tzinfo=dt.UTC),
    )  # fmt: skip
    log = AccessLogDialog([row])
    for dialog in (purpose, add, confirm, log):
        qtbot.addWidget(dialog)
        dialog.show()
    add.buttons.accepted.emit()  # an empty store id: an error, said again in the new language

    def texts() -> tuple[str, ...]:
        return (
            purpose.windowTitle(),
            purpose.row_names["purpose"].text(),
            purpose.purpose.placeholderText(),
            add.windowTitle(),
            add.row_names["notes"].text(),
            add.api_keys.accessibleName(),
            add.error.text(),
            confirm.windowTitle(),
            log.windowTitle(),
            log.table.horizontalHeaderItem(0).text(),
            log.table.item(0, 2).text(),
            log.table.item(0, 4).text(),
        )

    english = texts()
    assert english[:6] == ("Reveal the API keys of M00042", "Purpose",
                           "for example: monthly payout reconciliation", "Add store credentials",
                           "Notes", "API keys")  # fmt: skip
    assert english[6] and english[7:] == (
        "Sign and bind",
        "Vault access log",
        "When",
        "reveal",
        "password",
    )
    language.apply("zh_CN")
    qapp.processEvents()
    simplified = texts()
    assert simplified[:6] == ("显示 M00042 的API 密钥", "用途", "例如：月度派发对账",
                              "添加店铺凭证", "备注", "API 密钥")  # fmt: skip
    assert simplified[6] not in ("", english[6])
    assert simplified[7:] == ("签名并绑定", "保险库访问日志", "时间", "查看", "密码")
    language.apply("en")
    qapp.processEvents()
    assert texts() == english
