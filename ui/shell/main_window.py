"""The main window: a sidebar with the pages that work, and a status bar with the connection
state and the age of the data on screen.

Pages get what they need handed in (`attach`); there is no application-wide singleton. The
window paints before the store opens: it imports no page that needs the backend, matplotlib or
pydantic; the Settings page joins with the settings (`attach_settings`), the merchant pages
with the backend (`attach`).
"""

from __future__ import annotations

import datetime as dt
import platform
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, qVersion
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.events import CONNECTION, Connection
from ui.shared import format as fmt
from ui.shared.bridge import EventBridge
from ui.shared.i18n import Language
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating, Text, refresh_models, said
from ui.shared.runner import user_message
from ui.shared.theme import Colors, ThemeManager
from ui.shell import shortcuts

if TYPE_CHECKING:
    from app.config import Settings
    from app.services.merchants import MerchantExplorer
    from app.services.monitor import LiveMonitor
    from ui.merchants.dashboard import MerchantDashboardPage
    from ui.merchants.page import MerchantsPage
    from ui.settings.page import SettingsPage


class StartupPanel(Retranslating, QWidget):
    """What the Merchants area shows before the backend is ready, or when it failed to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: Text = lambda: self.tr("Starting…")
        self.message = QLabel()
        self.message.setObjectName("startupMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 15px;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(said(self._text))

    def show_message(self, text: Text, *, error: bool = False) -> None:
        self._text = text
        self.message.setText(said(text))
        self.message.setObjectName("error" if error else "startupMessage")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


# Why a page's place in the sidebar cannot be used yet (its tooltip, and what the place shows).
WAITING = {
    "Portfolio": QT_TRANSLATE_NOOP(
        "MainWindow",
        "The portfolio needs a network with a chain: the sandbox, or a profile with an RPC URL "
        "and a store registry.",
    ),
    "Treasury": QT_TRANSLATE_NOOP(
        "MainWindow",
        "For treasury staff: unlock a wallet account that holds the proposer or approver role.",
    ),
    "Vault": QT_TRANSLATE_NOOP("MainWindow", "The vault opens once the app has started."),
    "Wallet": QT_TRANSLATE_NOOP("MainWindow", "The wallet opens once the app has started."),
    "Screener": QT_TRANSLATE_NOOP(
        "MainWindow", "The screener opens once the platform's data is connected."
    ),
    "Market": QT_TRANSLATE_NOOP(
        "MainWindow", "The market opens once the chain and the platform's order book are connected."
    ),
    "Settings": QT_TRANSLATE_NOOP("MainWindow", "Settings open once they are loaded."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        settings: Settings | None,
        save_settings: Callable[[Settings], None] | None,
        theme: ThemeManager,
        parent: QWidget | None = None,
        *,
        language: Language | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("PST Desk")
        self.language = language
        self._retranslating = False
        self.resize(1440, 900)
        self.theme = theme
        self.merchants: MerchantsPage | None = None
        self.dashboard: MerchantDashboardPage | None = None
        self._shutdown: list[Callable[[], None]] = []
        self._offline_since: dt.datetime | None = None
        self._monitor: LiveMonitor | None = None
        self._came_from: QWidget | None = None  # the page a dashboard was opened from
        self._getting_started: Callable[[], None] | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(180)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages = QStackedWidget()
        self.merchant_area = QStackedWidget()
        self.startup = StartupPanel()
        self.merchant_area.addWidget(self.startup)
        self.settings_page: SettingsPage | None = None
        self._ranks: list[int] = []  # each page's place in shortcuts.PAGES, in sidebar order
        self._slots: dict[str, QWidget] = {}  # title -> what its sidebar entry shows now
        self._reasons: dict[str, Text] = {}  # title -> why its entry is disabled ("" if not)
        self._placeholders: dict[str, QLabel] = {}  # title -> its place's text until it comes
        for title, _keys in shortcuts.PAGES:  # every page has its place from the start
            if title != "Merchants":
                self._add_page(title, self._placeholder(title))
                self._enable_entry(self._slots[title], False, self._waiting(title))
        self._add_page("Merchants", self.merchant_area, "Ctrl+2")
        if settings is not None and save_settings is not None:
            self.attach_settings(settings, save_settings)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(self.pages.indexOf(self.merchant_area))

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.connection = QLabel()
        self.connection.setObjectName("connectionState")
        self._connection_text: Text = self._not_connected
        self._connection_tip: Text = ""
        self.data_age = QLabel("")
        self.data_age.setObjectName("dataAge")
        self.statusBar().addPermanentWidget(self.data_age)
        self.statusBar().addPermanentWidget(self.connection)
        self._age_timer = QTimer(self, interval=10_000)
        self._age_timer.timeout.connect(self._update_age)
        self._age_timer.start()
        theme.changed.connect(self._colors_changed)
        self._lockers: list[Callable[[], None]] = []
        self._build_menus()
        self.retranslate()

    def attach_settings(
        self, settings: Settings, save_settings: Callable[[Settings], None]
    ) -> None:
        """The Settings page, once the settings are loaded (None before: start-up reads only
        the theme and the language before the first paint)."""
        from ui.settings.page import SettingsPage

        self.settings_page = SettingsPage(settings, save_settings)
        self.settings_page.settings_changed.connect(self._settings_changed)
        self._add_page("Settings", self.settings_page, "Ctrl+,")

    def _build_menus(self) -> None:
        """File (lock, quit) and Help (keyboard shortcuts); the keys are in ui.shell.shortcuts.
        Their texts are set in `retranslate`."""
        keys = shortcuts.KEYS
        self.file_menu = self.menuBar().addMenu("")
        self.lock_action = self.file_menu.addAction("", self.lock_all)
        self.lock_action.setShortcut(QKeySequence(keys["lock"].keys))
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence(keys["quit"].keys))
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = self.help_menu.addAction("", self.show_shortcuts)
        self.shortcuts_action.setShortcut(QKeySequence(keys["help"].keys))
        self.getting_started_action = self.help_menu.addAction("", self.show_getting_started)
        self.getting_started_action.setEnabled(False)  # until the wallet is there
        self.about_action = self.help_menu.addAction("", self.show_about)

    def retranslate(self) -> None:
        """The window's own texts: menus, sidebar, the pages' places, and the status bar."""
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("Lock the wallet and the vault"))
        self.quit_action.setText(self.tr("Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts…"))
        self.getting_started_action.setText(self.tr("Getting started…"))
        self.about_action.setText(self.tr("About PST Desk…"))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        for title, page in self._slots.items():
            item = self.sidebar.item(self.pages.indexOf(page))
            if item is not None:
                item.setText(_tr(title))
                item.setToolTip(said(self._reasons.get(title, "")))
        for title, label in self._placeholders.items():
            label.setText(_tr(WAITING[title]))
        self.connection.setText(said(self._connection_text))
        self.connection.setToolTip(said(self._connection_tip))
        self._update_age()

    def on_getting_started(self, show: Callable[[], None]) -> None:
        """What Help -> Getting started opens (the session gives it once the wallet exists)."""
        self._getting_started = show
        self.getting_started_action.setEnabled(True)

    def show_getting_started(self) -> None:
        if self._getting_started is not None:
            self._getting_started()

    def about_text(self) -> str:
        from app.resources import app_version

        return self.tr(
            "<b>PST Desk</b> {version}<br>The Profit Share Token desktop app: merchants, "
            "portfolio, wallet, treasury and vault.<br>Qt {qt}, Python {python}."
        ).format(version=app_version(), qt=qVersion(), python=platform.python_version())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About PST Desk"), self.about_text())

    def show_shortcuts(self) -> None:
        from ui.shell.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_lock(self, callback: Callable[[], None]) -> None:
        """Run `callback` on File -> Lock (Ctrl+L): the wallet and the vault lock themselves."""
        self._lockers.append(callback)

    def lock_all(self) -> None:
        for callback in self._lockers:
            callback()
        self.statusBar().showMessage(self.tr("Locked."), 5000)

    def _placeholder(self, title: str) -> QWidget:
        """What a page's place shows until the page arrives: why it is not there yet."""
        label = QLabel(_tr(WAITING[title]))
        label.setObjectName("muted")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholders[title] = label
        return label

    @staticmethod
    def _waiting(title: str) -> Text:
        """Why the page `title` cannot be used yet, in the language of the moment."""
        return partial(_tr, WAITING[title])

    def _add_page(self, title: str, page: QWidget, shortcut: str | None = None) -> None:
        """Put `page` in its place: the one kept for it, or (a page not in shortcuts.PAGES) by
        its rank, just before Settings."""
        held = self._slots.get(title)
        if held is not None and held is not page:
            row = self.pages.indexOf(held)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(held)
            held.deleteLater()
            self._placeholders.pop(title, None)
            self._slots[title] = page
            self._enable_entry(page, True)
            if self.sidebar.currentRow() == row:
                self.pages.setCurrentIndex(row)
            return
        shortcut = shortcuts.page_keys(title, shortcut)
        rank = shortcuts.page_rank(title)
        index = sum(1 for r in self._ranks if r <= rank)
        self._ranks.insert(index, rank)
        self.sidebar.insertItem(index, _tr(title))
        self.pages.insertWidget(index, page)
        self._slots[title] = page
        # Looked up when pressed: the slot's page may arrive (or a page be inserted) later.
        QShortcut(QKeySequence(shortcut), self, lambda: self._go_to(self._slots[title]))
        shortcuts.add_page_key(shortcut, title)

    def _go_to(self, page: QWidget) -> None:
        """A page's shortcut; a page that cannot be used (Treasury for someone without a role,
        a page not there yet) stays shut."""
        row = self.pages.indexOf(page)
        item = self.sidebar.item(row) if row >= 0 else None
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.sidebar.setCurrentRow(row)

    def add_page(self, title: str, page: QWidget, shortcut: str | None = None) -> None:
        """A page from outside the window (e.g. the wallet), in the place `shortcuts.PAGES`
        keeps for it (Portfolio first: the investor's home); the sidebar never reorders."""
        if title in self._slots and shortcut is not None:
            shortcuts.page_keys(title, shortcut)  # a page has one set of keys
        self._add_page(title, page, shortcut)

    def set_page_visible(self, page: QWidget, visible: bool, reason: Text = "") -> None:
        """Let a page be used, or not (e.g. Treasury, only for treasury staff): its entry stays
        in its place, disabled, with the reason in its tooltip."""
        title = next((t for t, p in self._slots.items() if p is page), "")
        why = reason or (self._waiting(title) if title in WAITING else "")
        self._enable_entry(page, visible, "" if visible else why)

    def _enable_entry(self, page: QWidget, enabled: bool, reason: Text = "") -> None:
        row = self.pages.indexOf(page)
        item = self.sidebar.item(row) if row >= 0 else None
        if item is None:
            return
        flags = item.flags()
        on = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | on if enabled else flags & ~on)
        title = next((t for t, p in self._slots.items() if p is page), "")
        self._reasons[title] = reason
        item.setToolTip(said(reason))
        if not enabled and self.sidebar.currentRow() == row:
            self.sidebar.setCurrentRow(self.pages.indexOf(self.merchant_area))

    # --- start-up -----------------------------------------------------------------------------
    # Texts given as functions are made again when the language changes.
    def show_starting(self, text: Text) -> None:
        self.startup.show_message(text)
        self.merchant_area.setCurrentWidget(self.startup)
        self._show_connection(text)

    def show_startup_error(self, text: Text) -> None:
        self.startup.show_message(text, error=True)
        self.merchant_area.setCurrentWidget(self.startup)
        self._show_connection(self._not_connected)

    def attach(
        self, explorer: MerchantExplorer, monitor: LiveMonitor | None, bridge: EventBridge
    ) -> None:
        """The backend is ready: build the pages that use it and load the merchant list."""
        from ui.merchants.dashboard import MerchantDashboardPage  # matplotlib
        from ui.merchants.page import MerchantsPage

        self._monitor = monitor
        self.merchants = MerchantsPage(explorer, bridge)
        self.dashboard = MerchantDashboardPage(explorer, monitor, bridge, self.theme.colors)
        self.merchant_area.addWidget(self.merchants)
        self.merchant_area.addWidget(self.dashboard)
        self.merchant_area.setCurrentWidget(self.merchants)
        self.merchants.open_merchant.connect(self.open_merchant)
        self.merchants.loaded.connect(self._update_age)
        self.dashboard.back.connect(self.close_merchant)
        self.dashboard.shown.connect(lambda _d: self._update_age())
        bridge.on(CONNECTION, self._connection_changed, self)
        self._show_connection(self._online)
        self._set_online(True)
        self.merchants.reload()
        from ui.screener.attach import attach_screener  # the Screener page (issue 15)

        self.screener = attach_screener(self, explorer)

    def on_shutdown(self, callback: Callable[[], None]) -> None:
        """Run `callback` when the window closes (stop the monitor, the sandbox, ...)."""
        self._shutdown.append(callback)

    # --- navigation ---------------------------------------------------------------------------
    def open_merchant(self, merchant_id: str) -> None:
        if self.dashboard is None:
            return
        if self.merchant_area.currentWidget() is not self.dashboard:  # Back returns here
            self._came_from = self.pages.currentWidget()
        self.merchant_area.setCurrentWidget(self.dashboard)
        self.sidebar.setCurrentRow(self.pages.indexOf(self.merchant_area))
        self.dashboard.open(merchant_id)

    def close_merchant(self) -> None:
        """Back from a dashboard: to the page it was opened from (the Merchants list, or e.g.
        the Portfolio when a holding was opened there)."""
        if self.dashboard is not None:
            self.dashboard.close_merchant()
        if self.merchants is not None:
            self.merchant_area.setCurrentWidget(self.merchants)
            self.merchants.table.setFocus()
        came_from, self._came_from = self._came_from, None
        row = self.pages.indexOf(came_from) if came_from is not None else -1
        if row >= 0 and came_from is not self.merchant_area:
            self.sidebar.setCurrentRow(row)

    # --- status -------------------------------------------------------------------------------
    def _connection_changed(self, connection: Connection) -> None:
        online = connection.online
        self._set_online(online)
        if online:
            self._offline_since = None
            self._show_connection(self._online)
            return
        if self._offline_since is None:
            self._offline_since = dt.datetime.now().astimezone()
        error = connection.error
        self._show_connection(self._offline_text, partial(user_message, error) if error else "")

    def _show_connection(self, text: Text, tip: Text = "") -> None:
        self._connection_text, self._connection_tip = text, tip
        self.connection.setText(said(text))
        self.connection.setToolTip(said(tip))

    def _not_connected(self) -> str:
        return self.tr("Not connected")

    def _online(self) -> str:
        return self.tr("● Online")

    def _set_online(self, online: bool | None) -> None:
        self.connection.setProperty("online", "" if online is None else str(online).lower())
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

    def _update_age(self) -> None:
        shown = None
        if self.dashboard is not None and self.merchant_area.currentWidget() is self.dashboard:
            shown = getattr(self.dashboard.dashboard, "fetched_at", None)
        elif self.merchants is not None:
            shown = self.merchants.fetched_at
        if shown is None:
            self.data_age.setText("")
            return
        age = fmt.age(dt.datetime.now(dt.UTC) - shown)
        self.data_age.setText(self.tr("Data fetched {age}").format(age=age) + "  ")

    def _offline_text(self) -> str:
        since = self._offline_since or dt.datetime.now().astimezone()
        return self.tr("● Offline since {time}").format(time=f"{since:%H:%M}")

    # --- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        # Every widget redoes its own texts as the event reaches it (Retranslating), after the
        # window itself; the tables redraw once that is done.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self, self._language_changed)  # dropped if the window is gone
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self._retranslating = False
        refresh_models(self)

    def _colors_changed(self, colors: Colors) -> None:
        if self.dashboard is not None:
            self.dashboard.set_colors(colors)

    def _settings_changed(self, settings: Settings) -> None:
        if self.language is not None and settings.language != self.language.choice:
            self.language.apply(settings.language)
        self.theme.follow(settings)  # the theme, and which colour means up
        if self._monitor is not None:  # read by the monitor before each wait
            self._monitor.interval = float(settings.poll_interval_seconds)

    def closeEvent(self, event: QCloseEvent) -> None:
        callbacks, self._shutdown = self._shutdown, []
        for callback in reversed(callbacks):
            callback()
        super().closeEvent(event)
