"""The window's own texts follow a change of language by themselves (each widget's
`retranslate()`), with no reverse look-up of the catalogs: menus, sidebar,
the pages' places, start-up and connection texts, the header's account switcher, the shortcuts
dialog and the Settings page."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTableWidgetItem, QWidget

from app.config import Settings
from tests.ui.shared.i18n.scan import untranslated
from ui.shared.i18n import Language
from ui.shared.theme import ThemeManager
from ui.shell.account_switcher import AccountSwitcher
from ui.shell.backend import starting_text
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts_dialog import ShortcutsDialog

ALICE = "0x" + "a1" * 20


def _label(widget: QWidget | None) -> QLabel:
    assert isinstance(widget, QLabel)
    return widget


def _cell(item: QTableWidgetItem | None) -> QTableWidgetItem:
    assert item is not None
    return item


def _switch(qapp: QApplication, language: Language, code: str) -> None:
    language.apply(code)
    qapp.processEvents()


def test_the_window_retranslates_itself(qtbot, qapp, language):  # noqa: ANN001
    theme = ThemeManager(qapp, "light")
    window = MainWindow(Settings(), lambda _s: None, theme, language=language)
    qtbot.addWidget(window)
    window.show_starting(partial(starting_text, "sandbox"))
    switcher = AccountSwitcher(lambda: [(ALICE, "Alice")], set, None, window)
    window.menuBar().setCornerWidget(switcher, Qt.Corner.TopRightCorner)
    switcher.reload()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    settings = window.settings_page
    assert settings is not None
    file_menu, help_menu = window.file_menu, window.help_menu
    vault = 3  # the Vault's place: Portfolio, Merchants, Treasury, Vault, ...

    def texts() -> dict[str, str]:
        return {
            "file": file_menu.title(),
            "help": help_menu.title(),
            "quit": file_menu.actions()[-1].text(),
            "merchants": window.sidebar.item(1).text(),
            "vault": window.sidebar.item(vault).text(),
            "vault tip": window.sidebar.item(vault).toolTip(),
            "vault place": _label(window.pages.widget(vault)).text(),
            "pages": window.sidebar.accessibleName(),
            "starting": window.startup.message.text(),
            "connection": window.connection.text(),
            "acting as": switcher.label.text(),
            "state": switcher.state.text(),
            "dialog": dialog.windowTitle(),
            "keys": _cell(dialog.table.horizontalHeaderItem(0)).text(),
            "everywhere": _cell(dialog.table.item(0, 2)).text(),
            "settings": settings.title.text(),
            "general": settings.general.title(),
            "language": settings.labels["language"].text(),
            "system": settings.language.itemText(0),
            "light": settings.theme.itemText(1),
            "suffix": settings.poll.suffix(),
            "sandbox": settings.active.itemText(0),
            "new": settings.editing.itemText(settings.editing.count() - 1),
            "rpc": settings.inputs["rpc_url"].accessibleName(),
            "save": settings.save_button.text(),
            "desk": settings.desk.title(),
            "desk size": settings.desk.labels["sandbox_merchants"].text(),
        }

    english = texts()
    assert english["merchants"] == "Merchants" and english["help"] == "&Help"
    assert english["starting"] == english["connection"] == "Starting the sandbox…"

    _switch(qapp, language, "zh_CN")
    assert texts() == {
        "file": "文件(&F)",
        "help": "帮助(&H)",
        "quit": "退出",
        "merchants": "商户",
        "vault": "保险库",
        "vault tip": "应用启动后即可打开保险库。",
        "vault place": "应用启动后即可打开保险库。",
        "pages": "页面",
        "starting": "正在启动沙盒…",
        "connection": "正在启动沙盒…",
        "acting as": "当前账户",
        "state": "已锁定",
        "dialog": "键盘快捷键",
        "keys": "按键",
        "everywhere": "所有页面",
        "settings": "设置",
        "general": "常规",
        "language": "语言",
        "system": "跟随系统",
        "light": "浅色",
        "suffix": " 秒",
        "sandbox": "沙盒（本机）",
        "new": "新建配置…",
        "rpc": "RPC 地址",
        "save": "保存配置",
        "desk": "工作台",
        "desk size": "沙盒规模（商户数）",
    }
    assert untranslated(window, "zh_CN") == []
    window.sidebar.setCurrentRow(window.pages.indexOf(settings))
    assert untranslated(window, "zh_CN") == []
    assert untranslated(dialog, "zh_CN") == []

    _switch(qapp, language, "zh_TW")
    now = texts()
    assert (now["merchants"], now["help"], now["starting"]) == ("商戶", "說明(&H)", "正在啟動沙盒…")
    assert (now["settings"], now["general"], now["keys"]) == ("設定", "一般", "按鍵")
    assert untranslated(window, "zh_TW") == []

    _switch(qapp, language, "en")
    assert texts() == english
    theme.deleteLater()


def test_texts_with_values_follow_the_language_and_tables_redraw(qtbot, qapp, language):  # noqa: ANN001
    theme = ThemeManager(qapp, "light")
    window = MainWindow(Settings(), lambda _s: None, theme, language=language)
    qtbot.addWidget(window)
    window.show_startup_error(
        lambda: window.tr("The vault opens once the app has started.")  # any MainWindow text
    )
    settings = window.settings_page
    assert settings is not None
    settings.inputs["chain_id"].setText("one")
    assert settings.profile_from_fields() is None
    settings.desk.inputs["sandbox_merchants"].setText("3")
    assert settings.desk.commit("sandbox_merchants") is False
    english = settings.errors["chain_id"].text(), settings.desk.errors["sandbox_merchants"].text()
    model = QStandardItemModel(1, 1)
    table = QTableView()
    table.setModel(model)
    window.add_page("Screener", table)

    with qtbot.waitSignal(model.headerDataChanged, timeout=5_000):  # refresh_models
        _switch(qapp, language, "zh_CN")
    assert window.startup.message.text() == "应用启动后即可打开保险库。"
    assert window.connection.text() == "未连接"
    assert settings.errors["chain_id"].text() == "链 ID 是整数，例如 1 或 31337。"
    assert (
        settings.desk.errors["sandbox_merchants"].text() == "请输入 12 到 20,000 之间的整数商户数。"
    )

    _switch(qapp, language, "en")
    assert window.connection.text() == "Not connected"
    assert (
        settings.errors["chain_id"].text(),
        settings.desk.errors["sandbox_merchants"].text(),
    ) == english
    theme.deleteLater()
