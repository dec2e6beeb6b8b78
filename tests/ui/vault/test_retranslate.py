"""The Vault page and its reveal panel follow a change of language by themselves (their own
`retranslate`, on LanguageChange), with no reverse look-up of their texts in the catalogs:
title, buttons, tooltips, placeholders, the status line, the last notice and what the panel
shows, in Simplified and Traditional Chinese and back in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.storage import open_database
from app.vault import SecretField, Vault
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
