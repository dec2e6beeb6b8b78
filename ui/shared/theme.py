"""Light and dark themes: a Fusion palette, a small style sheet, and the colours charts use.

"system" follows `QGuiApplication.styleHints().colorScheme()` and switches when the system does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.config.direction import Direction, Hue, direction_of, direction_role, up_hue

if TYPE_CHECKING:
    from app.config import Settings


@dataclass(frozen=True)
class Colors:
    name: str
    window: str
    surface: str  # tables, cards, chart backgrounds
    text: str
    muted: str
    border: str
    accent: str
    on_accent: str  # text on the accent (selected sidebar item and table rows)
    good: str
    bad: str
    warn: str
    grid: str
    series: tuple[str, ...]  # chart lines/bars, in order
    peer: str  # the peer line/median in charts
    banner_info: str
    banner_error: str
    banner_success: str
    # Direction (price changes, depth sides, P&L): never a status. Which of the two means up is
    # the investor's market convention (Settings, app.config.direction).
    red: str
    green: str
    up: Hue = "green"

    def direction(self, change: Direction | int) -> str:
        """The colour of a rise, a fall or no change (an int: a signed change)."""
        move = change if isinstance(change, Direction) else direction_of(change)
        role = direction_role(move, self.up)
        return self.muted if role == "flat" else getattr(self, role)


LIGHT = Colors(
    name="light",
    window="#f4f5f7",
    surface="#ffffff",
    text="#1d2430",
    muted="#5f6b7a",
    border="#d5d9e0",
    accent="#2463eb",
    on_accent="#ffffff",
    good="#17803d",
    bad="#c62828",
    warn="#975a00",  # 5:1 on the window (the lighter #b26a00 was 3.9:1)
    grid="#e3e6eb",
    series=("#2463eb", "#e07b00", "#16a34a", "#9333ea"),
    peer="#7a8594",
    banner_info="#fff4d6",
    banner_error="#fde2e1",
    banner_success="#e3f4e8",
    red="#d32f2f",
    green="#15803d",
)
DARK = Colors(
    name="dark",
    window="#1b1f26",
    surface="#232832",
    text="#e6e9ef",
    muted="#9aa4b2",
    border="#363d4a",
    accent="#6b9bff",
    on_accent="#1b1f26",  # white on this light blue reads at 2.7:1; the window's ink at 6.1:1
    good="#4ade80",
    bad="#f87171",
    warn="#fbbf24",
    grid="#323946",
    series=("#6b9bff", "#fb923c", "#4ade80", "#c084fc"),
    peer="#a3acb9",
    banner_info="#4a3b12",
    banner_error="#5a2121",
    banner_success="#173b24",
    red="#f87171",
    green="#4ade80",
)


def market_up(up_color: str, language: str) -> Hue:
    """The colour of a rise for the Settings `up_color` and `language` choices: "locale" follows
    the system's locale (zh_HK stays green) unless a language was chosen explicitly."""
    locale = QLocale.system().name() if language == "system" else language
    return up_hue(up_color, locale)


def restyle(widget: QWidget, name: str) -> None:
    """Give `widget` the style sheet rules of `#name` now that it is laid out: polish alone
    recolours it, but a frame (a QLabel) reads its padding and border only on a style change
    event, so without one a banner keeps the size of its old style (squashed to a strip)."""
    widget.setObjectName(name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.updateGeometry()


def _palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.surface),
        (role.AlternateBase, c.window),
        (role.Text, c.text),
        (role.Button, c.surface),
        (role.ButtonText, c.text),
        (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.on_accent),
        (role.Link, c.accent),
        (role.Mid, c.border),
    ):
        p.setColor(r, QColor(value))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.muted))
    return p


def _style_sheet(c: Colors) -> str:
    return f"""
    QListWidget#sidebar {{ background: {c.surface}; border: none;
        border-right: 1px solid {c.border}; font-size: 14px; padding-top: 8px; }}
    QListWidget#sidebar::item {{ padding: 10px 16px; border-radius: 6px; margin: 2px 8px; }}
    QListWidget#sidebar::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
    QLabel#pageTitle {{ font-size: 20px; font-weight: 600; }}
    QLabel#muted {{ color: {c.muted}; }}
    QLabel#banner {{ background: {c.banner_info}; border: 1px solid {c.border};
        border-radius: 6px; padding: 6px 10px; }}
    QLabel#error {{ background: {c.banner_error}; border: 1px solid {c.bad};
        border-radius: 6px; padding: 6px 10px; }}
    QLabel#success {{ background: {c.banner_success}; border: 1px solid {c.good};
        border-radius: 6px; padding: 6px 10px; }}
    QLabel#fieldError {{ color: {c.bad}; }}
    QFrame#card {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; }}
    QLabel#pass {{ color: {c.good}; font-weight: 600; }}
    QLabel#fail {{ color: {c.bad}; font-weight: 600; }}
    QLabel#warning {{ color: {c.warn}; font-weight: 600; }}
    QTableView {{ gridline-color: {c.grid}; }}
    QLabel#connectionState[online="true"] {{ color: {c.good}; }}
    QLabel#connectionState[online="false"] {{ color: {c.bad}; }}
    """


class ThemeManager(QObject):
    """Applies the chosen theme to the application and tells charts when colours change."""

    changed = Signal(object)  # Colors

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice
        self.up: Hue = "green"
        self.colors = LIGHT
        app.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply(choice)

    @property
    def choice(self) -> str:
        return self._choice

    def apply(self, choice: str, scheme: Qt.ColorScheme | None = None) -> None:
        if choice not in ("system", "light", "dark"):
            raise ValueError(f"unknown theme {choice!r}")
        self._choice = choice
        base = self._resolve(choice, scheme)
        colors = base if base.up == self.up else replace(base, up=self.up)
        self.colors = colors
        self._app.setPalette(_palette(colors))
        self._app.setStyleSheet(_style_sheet(colors))
        self.changed.emit(colors)

    def set_up(self, up: Hue) -> None:
        """Colour rises `up` ("red" or "green"); charts and tables hear it as a colour change."""
        if up != self.up:
            self.up = up
            self.colors = replace(self.colors, up=up)
            self.changed.emit(self.colors)

    def follow(self, settings: Settings) -> None:
        """Apply the theme and the up colour of `settings`."""
        if settings.theme != self._choice:
            self.apply(settings.theme)
        self.set_up(market_up(settings.up_color, settings.language))

    def _resolve(self, choice: str, scheme: Qt.ColorScheme | None = None) -> Colors:
        if choice == "light":
            return LIGHT
        if choice == "dark":
            return DARK
        if scheme is None:
            scheme = QGuiApplication.styleHints().colorScheme()
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self.apply("system", scheme)
