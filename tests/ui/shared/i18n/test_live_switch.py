"""Choosing a language in Settings changes the running window at once: sidebar, pages, tables,
the dashboard's scorecard and alerts, and numbers, with no restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import gui_over
from tests.ui.shared.i18n.window import add_wallet_page
from ui.shared.i18n import Language

HAN = range(0x4E00, 0xA000)


def _has_han(text: str) -> bool:
    return any(ord(ch) in HAN for ch in text)


def _choose_language(window, code: str) -> None:  # noqa: ANN001
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData(code))


def test_switching_language_retranslates_the_window(qtbot, sandbox_api, tmp_path, language):  # noqa: ANN001
    with gui_over(qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db") as gui:
        window, page = gui.window, gui.merchants
        wallet_page = add_wallet_page(gui, tmp_path, language)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
        total = page.model.rowCount()
        sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert sidebar == [
            "Portfolio",
            "Merchants",
            "Treasury",
            "Vault",
            "Wallet",
            "Screener",
            "Market",
            "Settings",
        ]

        _choose_language(window, "zh_CN")
        # The window's own texts change at once; pages not yet converted to retranslate()
        # follow when the event loop next runs.
        qtbot.waitUntil(lambda: page.title.text() == "商户")
        assert window.sidebar.item(1).text() == "商户"
        assert window.sidebar.item(5).text() == "筛选器"
        assert window.sidebar.item(6).text() == "市场"
        assert window.sidebar.item(7).text() == "设置"
        assert wallet_page.lock_state.text() == "已锁定：没有可签名的账户"
        assert wallet_page.tabs.tabText(0) == "余额"
        assert wallet_page.account_model.headerData(0, Qt.Orientation.Horizontal) == "标签"
        assert window.menuBar().actions()[1].text() == "帮助(&H)"
        assert page.title.text() == "商户"
        assert page.count.text() == f"{total} / {total} 家商户"
        assert page.refresh_button.text() == "刷新"
        assert page.city.itemText(0) == "所有城市"
        header = page.proxy.headerData(2, Qt.Orientation.Horizontal)
        assert header == "城市"
        city = page.proxy.index(0, 2).data()
        assert _has_han(city), city
        assert window.settings_page.theme.itemText(0) == "跟随系统"
        assert window.connection.text() == "● 在线"

        page.table.setFocus()
        page.table.selectRow(0)
        page.table.activated.emit(page.proxy.index(0, 0))
        dashboard = gui.dashboard
        qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=20_000)
        assert dashboard.back_button.text() == "← 商户"
        assert dashboard.state.text().startswith("数据截至 ")
        assert "评分卡" in dashboard.scorecard.verdict.text()
        key = dashboard.dashboard.scorecard.criteria[0].key
        reason = dashboard.findChild(type(dashboard.name), f"reason:{key}").text()
        assert _has_han(reason), reason

        _choose_language(window, "zh_TW")
        qtbot.waitUntil(lambda: dashboard.back_button.text() == "← 商戶")
        assert window.sidebar.item(1).text() == "商戶"
        assert dashboard.state.text().startswith("數據截至 ")
        assert "評分卡" in dashboard.scorecard.verdict.text()
        assert dashboard.charts["revenue"].heading.text() == "收入趨勢"
        assert page.count.text() == f"{total} / {total} 家商戶"

        _choose_language(window, "en")
        qtbot.waitUntil(lambda: dashboard.back_button.text() == "← Merchants")
        assert window.sidebar.item(1).text() == "Merchants"
        assert dashboard.charts["revenue"].heading.text() == "Revenue trend"
        assert page.count.text() == f"{total} of {total} merchants"


def test_language_choice_is_saved(qtbot, tmp_path, language: Language):  # noqa: ANN001
    from app.config import Settings
    from ui.settings.page import SettingsPage

    saved: list[Settings] = []
    page = SettingsPage(Settings(), saved.append)
    qtbot.addWidget(page)
    assert [page.language.itemText(i) for i in range(page.language.count())] == [
        "Follow the system", "English", "简体中文", "繁體中文",
    ]  # fmt: skip
    page.language.setCurrentIndex(page.language.findData("zh_TW"))
    assert saved[-1].language == "zh_TW"
