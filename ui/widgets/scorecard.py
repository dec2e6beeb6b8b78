"""The scorecard (five selection criteria, product edge as two rows) and the active alerts.

Every shown value has an object name (`value:<key>`, `percentile:<key>`, `result:<key>`,
`reason:<key>`) so tests read what the user reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.covenants import Alert
from app.domain.scorecard import Scorecard
from ui import format as fmt
from ui.theme import LIGHT, Colors


def status_icon(passed: bool, colors: Colors, size: int = 14) -> QPixmap:
    """A filled circle with a tick or a cross, drawn so it needs no icon theme."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colors.good if passed else colors.bad))
    painter.drawEllipse(QRectF(0, 0, size, size))
    pen = QPen(QColor("#ffffff"), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = size
    if passed:
        painter.drawPolyline([QPointF(s * 0.28, s * 0.52), QPointF(s * 0.45, s * 0.68),
                              QPointF(s * 0.72, s * 0.34)])  # fmt: skip
    else:
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    painter.end()
    return pixmap


def _label(text: str, name: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ScorecardView(QFrame):
    HEADERS = ("Criterion", "Value", "Peer percentile", "Result", "Why")

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.colors = colors
        self._scorecard: Scorecard | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        self.verdict = QLabel("Scorecard")
        self.verdict.setObjectName("scorecardVerdict")
        self.verdict.setStyleSheet("font-weight: 600; font-size: 14px;")
        outer.addWidget(self.verdict)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(4, 1)
        outer.addLayout(self.grid)
        outer.addStretch(1)

    def set_scorecard(self, scorecard: Scorecard) -> None:
        self._scorecard = scorecard
        self._rebuild()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        if self._scorecard is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        scorecard = self._scorecard
        assert scorecard is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        passed = sum(1 for c in scorecard.criteria if c.passed)
        total = len(scorecard.criteria)
        verdict = "Meets all selection criteria" if scorecard.passed else "Does not qualify"
        self.verdict.setText(
            f"Scorecard · {verdict} ({passed} of {total} pass) · as of {scorecard.as_of:%d %b %Y}"
        )
        for col, header in enumerate(self.HEADERS):
            head = QLabel(header)
            head.setObjectName("muted")
            self.grid.addWidget(head, 0, col)
        for row, c in enumerate(scorecard.criteria, start=1):
            self.grid.addWidget(_label(c.title, f"title:{c.key}"), row, 0)
            value = _label(fmt.criterion_value(c.value, c.unit), f"value:{c.key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(value, row, 1)
            pct = "—" if c.peer_percentile is None else fmt.ordinal(c.peer_percentile)
            self.grid.addWidget(_label(pct, f"percentile:{c.key}"), row, 2)
            self.grid.addWidget(self._result(c.passed, c.key), row, 3)
            self.grid.addWidget(_label(c.reason, f"reason:{c.key}", wrap=True), row, 4)

    def _result(self, passed: bool, key: str) -> QWidget:
        box = QWidget()
        icon = QLabel()
        icon.setPixmap(status_icon(passed, self.colors))
        text = QLabel("Pass" if passed else "Fail")
        text.setObjectName("pass" if passed else "fail")
        text.setProperty("criterion", key)
        box.setObjectName(f"result:{key}")
        layout = QGridLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        layout.addWidget(icon, 0, 0)
        layout.addWidget(text, 0, 1)
        box.setProperty("text", text.text())
        return box

    def result_text(self, key: str) -> str:
        box = self.findChild(QWidget, f"result:{key}")
        return "" if box is None else str(box.property("text"))


class AlertsView(QFrame):
    """Active covenant alerts, newest first; "No active alerts" when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        title = QLabel("Active alerts")
        title.setStyleSheet("font-weight: 600; font-size: 14px;")
        layout.addWidget(title)
        self.body = QLabel("No active alerts")
        self.body.setObjectName("alertsBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body, 1)
        self.alerts: list[Alert] = []

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        self.alerts = sorted(alerts, key=lambda a: (a.severity != "breach", a.covenant))
        if not self.alerts:
            self.body.setText("No active alerts")
            return
        lines = [f"{a.severity.upper()} · {a.message}" for a in self.alerts]
        self.body.setText("\n\n".join(lines))
