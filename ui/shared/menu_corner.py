"""A widget in a menu bar's corner that keeps its place when its contents change size.

QMenuBar lays its corner widget out only when the bar itself is resized or shown. A corner whose
contents grow later (an account's name, its role badges, the bell's count, a theme's fonts, the
switcher shown or hidden) would stay at its old size, squeezed, its parts drawn over each other.
`set_corner` watches the corner for size requests and lays the bar out again once Qt is idle.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMenuBar, QWidget
from shiboken6 import isValid


def set_corner(bar: QMenuBar, corner: QWidget) -> None:
    """Put `corner` in the bar's top right corner, laid out again whenever it asks."""
    bar.setCornerWidget(corner, Qt.Corner.TopRightCorner)
    corner.installEventFilter(_Fit(bar, corner))


class _Fit(QObject):
    def __init__(self, bar: QMenuBar, corner: QWidget) -> None:
        super().__init__(corner)
        self.bar, self.corner = bar, corner
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest and not self._pending:
            self._pending = True  # many children may ask in one turn: fit once, after them
            QTimer.singleShot(0, self, self._fit)
        return False

    def _fit(self) -> None:
        self._pending = False
        if isValid(self.bar) and isValid(self.corner) and self.bar.cornerWidget() is self.corner:
            self.corner.adjustSize()
            QCoreApplication.sendEvent(self.bar, QResizeEvent(self.bar.size(), self.bar.size()))
