"""A line edit for secrets: masked while typing, with an eye at its end to show or hide the text.

The eye is drawn here (no icon theme is needed); its tooltip says what a click does.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.shared.i18n.retranslating import Retranslating


def eye_icon(color: QColor, crossed: bool, size: int = 32) -> QIcon:
    """An eye outline (crossed out when `crossed`) in `color`."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, size / 12))
    mid, w = size / 2, size * 0.42
    outline = QPainterPath(QPointF(mid - w, mid))
    outline.quadTo(QPointF(mid, mid - w * 1.1), QPointF(mid + w, mid))
    outline.quadTo(QPointF(mid, mid + w * 1.1), QPointF(mid - w, mid))
    painter.drawPath(outline)
    r = size * 0.12
    painter.drawEllipse(QRectF(mid - r, mid - r, 2 * r, 2 * r))
    if crossed:
        painter.drawLine(QPointF(size * 0.18, size * 0.82), QPointF(size * 0.82, size * 0.18))
    painter.end()
    return QIcon(pixmap)


class SecretEdit(Retranslating, QLineEdit):
    """Masked text with a show/hide toggle; `revealed()` tells which state it is in."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QAction(self)
        self.toggle.setObjectName("showSecret")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show)
        self.addAction(self.toggle, QLineEdit.ActionPosition.TrailingPosition)
        self._show(False)
        self.retranslate()

    def retranslate(self) -> None:
        tip = self.tr("Hide") if self.revealed() else self.tr("Show")
        self.toggle.setToolTip(tip)
        self.toggle.setText(tip)

    def revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def _show(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setIcon(eye_icon(self.palette().text().color(), crossed=shown))
        self.retranslate()

    def clear_and_hide(self) -> None:
        """Empty the field and mask it again (after the dialog is done with it)."""
        self.clear()
        self.toggle.setChecked(False)
