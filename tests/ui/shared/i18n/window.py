"""The window the language tests switch: the app's pages over a sandbox API, plus a Wallet page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.wallet import WalletService
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from ui.shared.i18n import Language
from ui.wallet.page import WalletPage


def add_wallet_page(gui: Any, tmp_path: Path, language: Language) -> WalletPage:
    """Give the window `language` to switch and a Wallet page (Ctrl+5) over a fresh wallet."""
    gui.window.language = language
    wallet = Wallet(tmp_path, gui.db)
    page = WalletPage(WalletService(wallet, gui.db, session=WalletSession(wallet)))
    gui.window.add_page("Wallet", page, "Ctrl+5")
    return page
