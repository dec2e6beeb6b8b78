"""Joining the Screener to the running app once the backend is up: the screener reads the bulk
endpoints through the backend's client and caches pages beside the app's database (one folder
per network profile); the page sits in the sidebar after Merchants' neighbours (Ctrl+6) and
opens a store's dashboard on a double click. It loads when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.screener.page import ScreenerPage

if TYPE_CHECKING:
    from app.services.merchants import MerchantExplorer
    from ui.shell.main_window import MainWindow


def attach_screener(window: MainWindow, explorer: MerchantExplorer) -> ScreenerPage:
    from app.backend.bulk import BulkClient
    from app.screener.loader import Screener

    api = explorer.api  # the CachedApi: peers through its cache, bulk pages through its client
    folder = api.db.path.parent / "screener" / api.profile
    screener = Screener(api, BulkClient(api.client, folder / "pages"), folder / "measures")
    page = ScreenerPage(screener, window.theme.colors)
    window.theme.changed.connect(page.set_colors)
    page.open_merchant.connect(window.open_merchant)
    window.add_page("Screener", page, "Ctrl+6")
    return page  # it screens when first shown: 15,000 stores are not loaded unasked
