"""The Settings page follows a change of language by itself (its `retranslate()`): titles,
form labels, combo items (their values kept), the tooltip, the spin box's suffix, and the
status line it last showed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.errors import Phrase
from app.errors.catalog import render
from tests.ui.shared.i18n.scan import untranslated
from ui.settings.page import NEW, SettingsPage
from ui.shared.i18n import Language


def _switch(qapp: QApplication, language: Language, code: str) -> None:
    language.apply(code)
    qapp.processEvents()


def test_settings_page_retranslates_itself(qtbot, qapp, language):  # noqa: ANN001
    saved: list[Settings] = []
    page = SettingsPage(Settings(), saved.append)
    qtbot.addWidget(page)
    page.editing.setCurrentIndex(page.editing.findData(NEW))
    profile = {
        "name": "Lab",
        "rpc_url": "https://rpc.example.com",
        "chain_id": "5",
        "registry_address": "0x" + "ab" * 20,
        "api_url": "https://api.example.com",
    }
    for key, value in profile.items():
        page.inputs[key].setText(value)
    assert page.save_profile() is True
    values = [page.theme.itemData(i) for i in range(page.theme.count())]

    def texts() -> list[str]:
        return [
            page.title.text(),
            page.general.title(),
            page.network.title(),
            page.labels["theme"].text(),
            page.labels["active"].text(),
            page.theme.itemText(0),
            page.up_color.itemText(1),
            page.up_color.toolTip(),
            page.poll.suffix(),
            page.save_button.text(),
            page.status.text(),
            page.desk.title(),
            page.desk.note.text(),
        ]

    english = texts()
    assert english[-3] == "Saved profile Lab."

    _switch(qapp, language, "zh_CN")
    now = texts()
    assert now[:3] == ["设置", "常规", "网络"]
    assert (now[5], now[8], now[9], now[10], now[11]) == (
        "跟随系统",
        " 秒",
        "保存配置",
        "已保存配置 Lab。",
        "工作台",
    )
    assert not set(now) & set(english)  # every one of them changed
    assert [page.theme.itemData(i) for i in range(page.theme.count())] == values
    assert untranslated(page, "zh_CN") == []

    page.active.setCurrentIndex(page.active.findData("Lab"))
    assert page.status.text() == "下次启动时将使用 Lab。"
    page.active.setCurrentIndex(page.active.findData("sandbox"))
    assert page.status.text() == "下次启动时将使用 沙盒（本机）。"

    _switch(qapp, language, "zh_TW")
    assert page.title.text() == "設定" and page.theme.itemText(0) == "跟隨系統"
    assert page.status.text() == "下次啟動時將使用 沙盒（本機）。"
    assert untranslated(page, "zh_TW") == []

    _switch(qapp, language, "en")
    assert page.status.text() == "Sandbox (on this computer) will be used from the next start."
    now = texts()
    assert now[:10] + now[11:] == english[:10] + english[11:]  # all but the status line
    assert saved[-1].active_profile == "sandbox"


def test_a_refused_field_says_why_in_the_language_shown(qtbot, qapp, language):  # noqa: ANN001
    """A validator's refusal comes from the core's code table, worded again on a switch."""
    page = SettingsPage(Settings(), lambda _: None)
    qtbot.addWidget(page)
    page.editing.setCurrentIndex(page.editing.findData(NEW))
    for key, value in {"name": "Lab", "rpc_url": "ftp://node", "chain_id": "5"}.items():
        page.inputs[key].setText(value)
    assert page.save_profile() is False
    english = page.errors["rpc_url"].text()
    assert "http(s)" in english and "Value error" not in english

    _switch(qapp, language, "zh_CN")
    assert page.errors["rpc_url"].text() == render(
        "config.url", {"what": Phrase("config.what.rpc_url"), "value": "ftp://node"}, "zh_CN"
    )
    _switch(qapp, language, "en")
    assert page.errors["rpc_url"].text() == english
