"""The app's notifications: a desktop notification through the system tray when there is one,
and always the in-app notification centre, a bell in the header with the list of what was said
(unread count on the bell; ★ marks a payout ready to execute).

Features post (`NotificationCentre.post(title, text, starred)`); when to post is decided in the
core (e.g. app/treasury/notices.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.shared import format as fmt
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.menu_corner import set_corner

KEEP = 200  # the centre keeps the last notices


@dataclass
class Entry:
    title: str
    text: str
    starred: bool
    at: dt.datetime
    read: bool = False


class NotificationCentre(QObject):
    changed = Signal()
    posted = Signal(object)  # Entry

    def __init__(self, parent: QObject | None = None, *, tray: bool | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self._use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = None

    @property
    def has_tray(self) -> bool:
        return self._use_tray

    @property
    def unread(self) -> int:
        return sum(1 for e in self.entries if not e.read)

    def post(self, title: str, text: str, starred: bool = False) -> None:
        entry = Entry(title, text, starred, dt.datetime.now(dt.UTC))
        self.entries = [entry, *self.entries][:KEEP]
        if self._use_tray:
            if self.tray is None:
                window = self.parent()
                icon = window.windowIcon() if isinstance(window, QWidget) else None
                self.tray = QSystemTrayIcon(self)
                if icon is not None:
                    self.tray.setIcon(icon)
                self.tray.show()
            self.tray.showMessage(title, text)
        self.posted.emit(entry)
        self.changed.emit()

    def mark_read(self) -> None:
        for entry in self.entries:
            entry.read = True
        self.changed.emit()

    def clear(self) -> None:
        self.entries = []
        self.changed.emit()


class NotificationList(Retranslating, QFrame):
    """The centre's list, opened under the bell."""

    def __init__(self, centre: NotificationCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(420)
        self.centre = centre
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(centre.clear)
        self.list = QListWidget()
        self.list.setObjectName("notifications")
        self.list.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        centre.changed.connect(self.fill)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Notifications"))
        self.clear_button.setText(self.tr("Clear"))
        self.list.setAccessibleName(self.tr("Notifications"))
        self.empty.setText(self.tr("Nothing new."))
        self.fill()  # the dates, in the new language's format

    def fill(self) -> None:
        self.list.clear()
        for entry in self.centre.entries:
            when = fmt.date_time(entry.at)
            item = QListWidgetItem(f"{entry.title} · {when}\n{entry.text}")
            if not entry.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.setVisible(bool(self.centre.entries))
        self.empty.setVisible(not self.centre.entries)
        self.list.setMinimumHeight(min(360, 30 + 48 * len(self.centre.entries)))


def bell_icon(color: QColor) -> QIcon:
    """A bell drawn in the text colour (no emoji font needed)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        dome = QPainterPath()
        dome.moveTo(6, 24)
        dome.cubicTo(9, 21, 9, 17, 9, 13)
        dome.cubicTo(9, 7, 12, 5, 16, 5)
        dome.cubicTo(20, 5, 23, 7, 23, 13)
        dome.cubicTo(23, 17, 23, 21, 26, 24)
        dome.closeSubpath()
        painter.drawPath(dome)
        painter.drawEllipse(13, 24, 6, 5)  # the clapper
        painter.drawEllipse(14, 2, 4, 4)  # the loop
    finally:
        painter.end()
    return QIcon(pixmap)


class Bell(Retranslating, QToolButton):
    """A bell with the unread count (★ when a payout is ready); a click opens the list and marks
    everything read."""

    def __init__(self, centre: NotificationCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.setAutoRaise(True)
        self.centre = centre
        self.popup: NotificationList | None = None
        self.clicked.connect(self.open_list)
        centre.changed.connect(self._show_count)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Notifications"))
        self._show_count()

    def _show_count(self) -> None:
        unread = self.centre.unread
        starred = any(e.starred and not e.read for e in self.centre.entries)
        self.setIcon(bell_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if unread
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self.setText((f"{unread}" if unread else "") + (" ★" if starred else ""))
        self.setToolTip(self.tr("%n unread notification(s)", "", unread))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._show_count()  # the bell is drawn in the text colour of the theme
        super().changeEvent(event)  # Retranslating's: a language change redoes the texts

    def open_list(self) -> None:
        if self.popup is None:
            self.popup = NotificationList(self.centre, self)
        self.popup.fill()
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(self.width() - self.popup.width(), self.height()))
        self.popup.move(below)
        self.popup.show()
        self.centre.mark_read()


def install_bell(window: QMainWindow, switcher: QWidget | None) -> NotificationCentre:
    """The centre, and its bell in the header beside the account switcher."""
    centre = NotificationCentre(window)
    corner = QWidget(window.menuBar())  # owned by the menu bar, not by this frame
    corner.setObjectName("headerCorner")
    row = QHBoxLayout(corner)
    row.setContentsMargins(0, 0, 4, 0)
    row.setSpacing(4)
    if switcher is not None:
        hidden = switcher.isHidden()  # moving a widget hides it: keep what it was
        row.addWidget(switcher)
        switcher.setHidden(hidden)
    row.addWidget(Bell(centre))
    set_corner(window.menuBar(), corner)  # laid out again as its parts change size
    return centre
