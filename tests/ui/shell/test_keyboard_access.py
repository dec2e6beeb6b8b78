"""Keyboard and screen-reader access: every control on every page has a name; shortcuts are
listed in Help -> Keyboard shortcuts, never clash within a page, and do what they say."""

from __future__ import annotations

import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.config import Settings
from app.services.wallet import WalletService
from app.vault import Vault
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from tests.ui.helpers import answer, gui_over
from tests.ui.market.helpers import ME, DataMarket, Grant
from ui.market.page import MarketPage
from ui.portfolio.page import PortfolioPage
from ui.shared.accessibility import unnamed_controls
from ui.shared.theme import ThemeManager
from ui.shell import shortcuts
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts_dialog import ShortcutsDialog
from ui.treasury.page import TreasuryPage
from ui.vault.page import VaultPage
from ui.wallet.page import WalletPage


def _tabs_walk(page: QWidget, tabs) -> list[str]:  # noqa: ANN001
    missing = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        missing += unnamed_controls(page)
    return missing


def _keys(widget: QWidget) -> list[str]:
    return [s.key().toString() for s in widget.findChildren(QShortcut) if s.parent() is widget]


def _press(qtbot, page: QWidget, keys: str) -> None:  # noqa: ANN001
    """Type `keys` where the user would: in the page's window, once it is active again (a
    dialog just closed), into the focused widget."""
    page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    combination = QKeySequence(keys)[0]
    target = QApplication.focusWidget() or page
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def test_every_page_names_its_controls_and_keys_work(qtbot, sandbox_api, tmp_path):  # noqa: ANN001
    with gui_over(qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db") as gui:
        window = gui.window
        wallet = Wallet(tmp_path, gui.db)
        wallet_page = WalletPage(WalletService(wallet, gui.db, session=WalletSession(wallet)))
        window.add_page("Wallet", wallet_page, "Ctrl+5")
        vault_page = VaultPage(Vault(gui.db), "sandbox")
        window.add_page("Vault", vault_page, "Ctrl+4")
        # The treasury page's controls exist before it is connected to a desk.
        treasury = TreasuryPage(types.SimpleNamespace(tolerance_bp=50), "0x0", lambda _a, _w: None)
        window.add_page("Treasury", treasury, "Ctrl+3")
        portfolio = PortfolioPage(wallet=wallet_page.service, poll_ms=0)
        window.add_page("Portfolio", portfolio, "Ctrl+1")
        market = MarketPage(poll_ms=0)  # over a market of data: its keys act on something
        market.set_account(ME)
        market.attach(DataMarket(), lambda _what: Grant())
        window.add_page("Market", market, "Ctrl+7")
        locked: list[str] = []
        window.on_lock(lambda: locked.append("yes"))
        window.resize(1300, 850)
        qtbot.waitUntil(lambda: gui.merchants.model.rowCount() > 0, timeout=20_000)

        missing = unnamed_controls(window)
        for keys, page in (("Ctrl+1", portfolio), ("Ctrl+5", wallet_page), ("Ctrl+4", vault_page),
                           ("Ctrl+3", treasury), ("Ctrl+,", window.settings_page)):  # fmt: skip
            qtbot.keyClick(
                window, QKeySequence(keys)[0].key(), QKeySequence(keys)[0].keyboardModifiers()
            )
            assert window.pages.currentWidget() is page, keys
            missing += unnamed_controls(window)
        missing += _tabs_walk(wallet_page, wallet_page.tabs) + _tabs_walk(treasury, treasury.tabs)
        for tabs in portfolio.findChildren(type(treasury.tabs)):
            missing += _tabs_walk(portfolio, tabs)

        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is window.merchant_area
        gui.merchants.table.setFocus()
        gui.merchants.table.selectRow(0)
        qtbot.keyClick(gui.merchants.table, Qt.Key.Key_Return)
        dashboard = gui.dashboard
        qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=20_000)
        missing += unnamed_controls(window)
        assert all(chart.canvas.accessibleName() for chart in dashboard.charts.values())
        assert not missing, f"controls without a name: {missing}"
        qtbot.keyClick(dashboard, Qt.Key.Key_Escape)
        assert window.merchant_area.currentWidget() is gui.merchants

        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert gui.merchants.search.hasFocus()
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert locked == ["yes"]

        # The Market page's keys, in the window (the Wallet page's Ctrl+S is hidden with it).
        qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is market
        qtbot.waitUntil(lambda: market.market_screen is not None and bool(market.orders))
        for keys, buy in (("Ctrl+B", True), ("Ctrl+S", False)):
            _press(qtbot, market, keys)
            qtbot.waitUntil(lambda: market.dialog is not None)
            assert market.dialog.buy is buy, keys
            market.dialog.close()
            qtbot.waitUntil(lambda: market.dialog is None)
        market.orders_table.setFocus()
        market.orders_table.selectRow(0)
        _press(qtbot, market, "Del")
        qtbot.waitUntil(lambda: len(market.source.placed) == 1)
        answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        _press(qtbot, market, "Ctrl+Shift+Del")
        qtbot.waitUntil(lambda: len(market.source.placed) == 2)
        assert [p[0] for p in market.source.placed] == ["cancel", "cancel_all"]

        # No two shortcuts of a page (or of the window) share keys.
        for widget in (window, gui.merchants, wallet_page, vault_page, treasury, portfolio, market):
            keys = _keys(widget)
            assert len(keys) == len(set(keys)), (type(widget).__name__, keys)

        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        listed = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
        for key in ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "F5", "Ctrl+S", "Ctrl+L"):
            assert key in listed, key
        assert "Ctrl+Shift+A" in listed  # claim all
        assert not unnamed_controls(dialog)


def test_pages_take_their_place_and_the_keys_follow_the_sidebar(qtbot, qapp):  # noqa: ANN001
    """Pages arrive in any order (the running app: Wallet, Portfolio, Vault, then Treasury once
    a treasury role is unlocked); the sidebar, Ctrl+1..5 and the help all follow one order."""
    settings = Settings()
    window = MainWindow(settings, lambda _s: None, ThemeManager(qapp, settings.theme))
    qtbot.addWidget(window)
    expected = ["Portfolio", "Merchants", "Treasury", "Vault", "Wallet", "Screener", "Market",
                "Settings"]  # fmt: skip
    for title in ("Wallet", "Market", "Portfolio", "Vault", "Screener", "Treasury"):
        titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert titles == expected  # the sidebar never reorders as pages arrive
        row = titles.index(title)
        assert not window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
        assert window.sidebar.item(row).toolTip()  # says why it cannot be used yet
        window.add_page(title, QWidget(), shortcuts.page_keys(title))
        assert window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == expected
    assert [keys for _title, keys in shortcuts.PAGES][:7] == [f"Ctrl+{n}" for n in range(1, 8)]
    window.show()
    window.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    for row, (title, keys) in enumerate(shortcuts.PAGES):
        key = QKeySequence(keys)[0]
        qtbot.keyClick(window, key.key(), key.keyboardModifiers())
        assert window.pages.currentIndex() == row and window.sidebar.currentRow() == row, title
    go_to = [(keys, action) for keys, action, _where in shortcuts.rows() if "Go to" in action]
    assert go_to == [(shortcuts.native(k), f"Go to {t}") for t, k in shortcuts.PAGES]
    with pytest.raises(ValueError, match="Ctrl\\+1"):  # one list: no other keys for a page
        window.add_page("Portfolio", QWidget(window), "Ctrl+9")


def test_a_hidden_page_is_not_opened_by_its_shortcut(qtbot, qapp):  # noqa: ANN001
    """Treasury is hidden for an account without a role: Ctrl+3 must not open it anyway."""
    settings = Settings()
    window = MainWindow(settings, lambda _s: None, ThemeManager(qapp, settings.theme))
    qtbot.addWidget(window)
    treasury = QWidget()
    window.add_page("Treasury", treasury, shortcuts.page_keys("Treasury"))
    window.set_page_visible(treasury, False)
    row = window.pages.indexOf(treasury)
    assert "treasury staff" in window.sidebar.item(row).toolTip()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    before = window.pages.currentIndex()
    key = QKeySequence(shortcuts.page_keys("Treasury"))[0]
    qtbot.keyClick(window, key.key(), key.keyboardModifiers())
    assert window.pages.currentWidget() is not treasury
    assert window.pages.currentIndex() == before
    window.set_page_visible(treasury, True)
    qtbot.keyClick(window, key.key(), key.keyboardModifiers())
    assert window.pages.currentWidget() is treasury
