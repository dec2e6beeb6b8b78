"""Themes: light/dark palettes, 'system' follows the colour scheme, charts recolour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.theme import DARK, LIGHT, ThemeManager


def test_light_and_dark_set_the_palette_and_notify(qtbot, qapp: QApplication):
    theme = ThemeManager(qapp, "light")
    try:
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
        with qtbot.waitSignal(theme.changed) as signal:
            theme.apply("dark")
        assert signal.args == [DARK]
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
        assert theme.colors is DARK
    finally:
        theme.apply("light")
        theme.deleteLater()


def test_system_follows_the_color_scheme(qapp: QApplication):
    # The offscreen platform cannot switch its scheme, so play the system's part: emit the
    # change signal Qt emits when the desktop switches.
    hints = QGuiApplication.styleHints()
    theme = ThemeManager(qapp, "system")
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.colors is DARK
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert theme.colors is LIGHT
        theme.apply("light")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # an explicit choice ignores it
        assert theme.colors is LIGHT
    finally:
        theme.deleteLater()
