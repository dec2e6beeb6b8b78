"""After each flow, switching language leaves no English on any page and no traceback: the window
on the sandbox, every page shown in turn, scanned for texts still in English (scan.py), in
Simplified and Traditional Chinese, after loading the merchants and after opening a dashboard."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import gui_over
from tests.ui.shared.i18n.scan import untranslated
from tests.ui.shared.i18n.window import add_wallet_page
from ui.shared.i18n import Language


def _choose(qtbot, window, code: str) -> None:  # noqa: ANN001
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData(code))
    qtbot.wait(200)  # LanguageChange is posted; the tables redraw on the next pass


def _english_on_every_page(qtbot, window, code: str) -> list[str]:  # noqa: ANN001
    """Show each page of the sidebar in turn and scan the window."""
    found: list[str] = []
    for row in range(window.sidebar.count()):
        if not window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
            continue
        window.sidebar.setCurrentRow(row)
        qtbot.wait(50)
        found += [f"{window.sidebar.item(row).text()}: {t}" for t in untranslated(window, code)]
    window.sidebar.setCurrentRow(1)  # back to Merchants
    return sorted(set(found))


def test_switching_after_each_flow_leaves_no_english(  # noqa: ANN001
    qtbot, qapp: QApplication, sandbox_api, tmp_path, language: Language, monkeypatch
):
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, value, _tb: errors.append(value))
    with gui_over(qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db") as gui:
        window, page = gui.window, gui.merchants
        add_wallet_page(gui, tmp_path, language)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=60_000)

        # Flow 1: the merchants loaded. Every page, in both scripts.
        for code in ("zh_CN", "zh_TW"):
            _choose(qtbot, window, code)
            assert _english_on_every_page(qtbot, window, code) == [], code

        # Flow 2: a merchant's dashboard opened, then switched again (there and back).
        _choose(qtbot, window, "en")
        page.table.selectRow(0)
        page.table.activated.emit(page.proxy.index(0, 0))
        dashboard = gui.dashboard
        qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=60_000)
        for code in ("zh_CN", "zh_TW"):
            _choose(qtbot, window, code)
            assert untranslated(dashboard, code) == [], code
        _choose(qtbot, window, "en")
        assert window.sidebar.item(1).text() == "Merchants"
    assert errors == []
