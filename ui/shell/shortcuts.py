"""Keyboard shortcuts: one list, used both to create them and to show them (Help -> Keyboard
shortcuts, F1). Page switching (Ctrl+1..7, Ctrl+,) follows `PAGES`, the sidebar's order: the
main window places each page by it and creates its key.

A page's shortcuts are created on the page, so they work only while it is shown (Qt ignores
shortcuts of hidden widgets); the same key may therefore mean different things on two pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ui.shared.i18n.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Key:
    keys: str  # portable text ("Ctrl+S"); shown in the platform's own notation
    action: str  # English, marked for translation in the "Shortcuts" context
    where: str  # a page title (MainWindow context) or "" for everywhere


KEYS: dict[str, Key] = {
    "help": Key("F1", QT_TRANSLATE_NOOP("Shortcuts", "Show the keyboard shortcuts"), ""),
    "refresh": Key("F5", QT_TRANSLATE_NOOP("Shortcuts", "Refresh the current page"), ""),
    "lock": Key("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock the wallet and the vault"), ""),
    "quit": Key("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit PST Desk"), ""),
    "portfolio.claim_all": Key("Ctrl+Shift+A",
                               QT_TRANSLATE_NOOP("Shortcuts", "Claim all profit share"),
                               "Portfolio"),
    "portfolio.claim": Key("Ctrl+Return",
                           QT_TRANSLATE_NOOP("Shortcuts", "Claim the selected holding"),
                           "Portfolio"),
    "merchants.search": Key("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search merchants"),
                            "Merchants"),
    "merchants.open": Key("Return", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected merchant"),
                          "Merchants"),
    "dashboard.back": Key("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Back to the merchant list"),
                          "Merchants"),
    "wallet.send": Key("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Send from the selected account"),
                       "Wallet"),
    "wallet.unlock": Key("Ctrl+U", QT_TRANSLATE_NOOP("Shortcuts", "Unlock the wallet"), "Wallet"),
    "wallet.copy": Key("Ctrl+Shift+C", QT_TRANSLATE_NOOP("Shortcuts", "Copy the receive address"),
                       "Wallet"),
    "treasury.propose": Key("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Propose a distribution"),
                            "Treasury"),
    "treasury.approve": Key("Ctrl+Return",
                            QT_TRANSLATE_NOOP("Shortcuts", "Approve the selected proposal"),
                            "Treasury"),
    "vault.add": Key("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Add store credentials"), "Vault"),
    "vault.unlock": Key("Ctrl+U", QT_TRANSLATE_NOOP("Shortcuts", "Unlock the vault"), "Vault"),
    "market.buy": Key("Ctrl+B", QT_TRANSLATE_NOOP("Shortcuts", "Buy the token shown"), "Market"),
    "market.sell": Key("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Sell the token shown"), "Market"),
    "market.cancel": Key("Del", QT_TRANSLATE_NOOP("Shortcuts", "Cancel the selected order"),
                         "Market"),
    "market.cancel_all": Key("Ctrl+Shift+Del",
                             QT_TRANSLATE_NOOP("Shortcuts", "Cancel all my orders"), "Market"),
}  # fmt: skip


# The pages in sidebar order with the keys that go to them (Ctrl+1 is the first page, ...).
# Pages join the window at different times (some only once the backend is up, Treasury only for
# treasury staff), so the window places each one by this list rather than by arrival.
PAGES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "Portfolio"), "Ctrl+1"),
    (QT_TRANSLATE_NOOP("MainWindow", "Merchants"), "Ctrl+2"),
    (QT_TRANSLATE_NOOP("MainWindow", "Treasury"), "Ctrl+3"),
    (QT_TRANSLATE_NOOP("MainWindow", "Vault"), "Ctrl+4"),
    (QT_TRANSLATE_NOOP("MainWindow", "Wallet"), "Ctrl+5"),
    (QT_TRANSLATE_NOOP("MainWindow", "Screener"), "Ctrl+6"),
    (QT_TRANSLATE_NOOP("MainWindow", "Market"), "Ctrl+7"),
    (QT_TRANSLATE_NOOP("MainWindow", "Settings"), "Ctrl+,"),
)


def page_keys(title: str, keys: str | None = None) -> str:
    """The keys that go to the page `title`: those in PAGES, else `keys`. A page in PAGES
    given other keys is a mistake (the help and the sidebar order would disagree)."""
    listed = dict(PAGES).get(title)
    if listed is not None and keys not in (None, listed):
        raise ValueError(
            f"the {title} page's keys are {listed} (ui.shell.shortcuts.PAGES), not {keys}"
        )
    found = listed or keys
    if found is None:
        raise ValueError(f"no keys for the {title} page")
    return found


def page_rank(title: str) -> int:
    """The page's place in the sidebar order (a page not in PAGES goes just before Settings)."""
    titles = [t for t, _keys in PAGES]
    return 2 * titles.index(title) if title in titles else 2 * titles.index("Settings") - 1


def bind(widget: QWidget, name: str, slot: Callable[[], object]) -> QShortcut:
    """Create the shortcut `name` (from KEYS) on `widget`, active while the widget is shown."""
    shortcut = QShortcut(QKeySequence(KEYS[name].keys), widget, slot)
    shortcut.setObjectName(f"shortcut:{name}")
    return shortcut


def add_page_key(keys: str, title: str) -> None:
    """Record a page-switching key (the main window creates the shortcut itself)."""
    PAGE_KEYS[title] = keys


PAGE_KEYS: dict[str, str] = {}  # page title (English) -> keys, of the pages added so far


def native(keys: str) -> str:
    """Keys as the platform writes them (Ctrl+S, or ⌘S on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def rows() -> list[tuple[str, str, str]]:
    """(keys, action, where) for the help dialog, in the user's language."""
    everywhere = QCoreApplication.translate("Shortcuts", "Everywhere")
    go_to = QCoreApplication.translate("Shortcuts", "Go to {page}")

    def page(title: str) -> str:
        return QCoreApplication.translate("MainWindow", title) if title else everywhere

    found = [
        (native(keys), go_to.format(page=page(title)), everywhere)
        for title, keys in sorted(PAGE_KEYS.items(), key=lambda item: page_rank(item[0]))
    ]
    found += [
        (native(k.keys), QCoreApplication.translate("Shortcuts", k.action), page(k.where))
        for k in KEYS.values()
    ]
    return found
