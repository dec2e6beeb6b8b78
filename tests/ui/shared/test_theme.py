"""Themes: light/dark palettes, 'system' follows the colour scheme, charts recolour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.shared.theme import DARK, LIGHT, ThemeManager


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


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of '#rrggbb'."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_helper_matches_wcag():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#ffffff", "#6b9bff"), 1) == 2.7  # the dark accent's old white text


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=lambda c: c.name)
def test_text_reaches_wcag_aa_on_its_backgrounds(colors):
    pairs = [("on_accent", "accent")]  # selected sidebar item and table rows
    pairs += [(fg, bg) for fg in ("text", "muted") for bg in ("window", "surface")]
    pairs += [("text", b) for b in ("banner_info", "banner_error", "banner_success")]
    pairs += [("bad", "banner_error")]  # a row whose tone is bad (RowsModel): red on dark red
    # Coloured words (pass/fail/warning labels, links, states) on the page and in tables.
    pairs += [(fg, bg) for fg in ("good", "bad", "warn", "accent") for bg in ("window", "surface")]
    for fg, bg in pairs:
        ratio = contrast(getattr(colors, fg), getattr(colors, bg))
        assert ratio >= 4.5, f"{colors.name}: {fg} on {bg} is {ratio:.2f}:1"


def test_selected_items_use_the_text_colour_made_for_the_accent(qapp: QApplication):
    theme = ThemeManager(qapp, "dark")
    try:
        highlighted = qapp.palette().color(QPalette.ColorRole.HighlightedText).name()
        assert highlighted == DARK.on_accent
        assert f"background: {DARK.accent}; color: {DARK.on_accent}" in qapp.styleSheet()
    finally:
        theme.apply("light")
        theme.deleteLater()
