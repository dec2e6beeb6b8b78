"""The Settings choice "red up" / "green up" recolours direction (not status) at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.storage import open_database
from app.storage.settings_store import load_settings, save_settings
from ui.shared.theme import LIGHT, ThemeManager, market_up
from ui.shell.main_window import MainWindow


@pytest.fixture
def store(tmp_path: Path):
    db = open_database(tmp_path / "store.sqlite3")
    yield db
    db.close()


def test_both_choices_recolour_rises_and_falls_but_never_status(qtbot, store, qapp: QApplication):
    theme = ThemeManager(qapp, "light")
    window = MainWindow(load_settings(store), lambda s: save_settings(store, s), theme)
    qtbot.addWidget(window)
    seen = []
    theme.changed.connect(seen.append)
    try:
        combo = window.settings_page.up_color
        combo.setCurrentIndex(combo.findData("red"))
        assert load_settings(store).up_color == "red"
        assert (theme.colors.direction(+5), theme.colors.direction(-5)) == (LIGHT.red, LIGHT.green)
        assert theme.colors.direction(0) == LIGHT.muted
        assert seen and seen[-1] is theme.colors  # charts and tables hear the change
        combo.setCurrentIndex(combo.findData("green"))
        assert load_settings(store).up_color == "green"
        assert (theme.colors.direction(+5), theme.colors.direction(-5)) == (LIGHT.green, LIGHT.red)
        # status colours are the theme's own, whichever colour means up
        assert (theme.colors.good, theme.colors.bad) == (LIGHT.good, LIGHT.bad)
    finally:
        theme.set_up("green")
        theme.deleteLater()


def test_an_explicit_language_sets_the_default_market():
    assert market_up("locale", "zh_CN") == "red"
    assert market_up("locale", "zh_TW") == "red"
    assert market_up("locale", "en") == "green"
    assert market_up("green", "zh_CN") == "green"
