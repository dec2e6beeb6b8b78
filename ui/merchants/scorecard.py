"""The scorecard (five selection criteria, product edge as two rows) and the active alerts.

Every shown value has an object name (`value:<key>`, `percentile:<key>`, `result:<key>`,
`reason:<key>`) so tests read what the user reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.covenants import Alert
from app.domain.scorecard import Scorecard
from ui.shared import format as fmt
from ui.shared.i18n import domain_text
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.theme import LIGHT, Colors


def status_icon(passed: bool, colors: Colors, size: int = 14, ratio: int = 2) -> QPixmap:
    """A filled circle with a tick or a cross, drawn so it needs no icon theme; `size` in
    device-independent pixels, for screens of `ratio` device pixels to one."""
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
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


class ScorecardView(Retranslating, QFrame):
    HEADERS = (
        QT_TRANSLATE_NOOP("ScorecardView", "Criterion"),
        QT_TRANSLATE_NOOP("ScorecardView", "Value"),
        QT_TRANSLATE_NOOP("ScorecardView", "Peer percentile"),
        QT_TRANSLATE_NOOP("ScorecardView", "Result"),
        QT_TRANSLATE_NOOP("ScorecardView", "Why"),
    )

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.colors = colors
        self._scorecard: Scorecard | None = None
        self._keys: list[str] = []
        self._cells: dict[str, tuple[QLabel, QLabel, QLabel, QLabel, QLabel, QLabel]] = {}
        self._heads: list[QLabel] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        self.verdict = QLabel()
        self.verdict.setObjectName("scorecardVerdict")
        self.verdict.setStyleSheet("font-weight: 600; font-size: 14px;")
        outer.addWidget(self.verdict)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(4, 1)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        if self._heads:  # the rows are built with the first scorecard
            for head, text in zip(self._heads, self.HEADERS, strict=True):
                head.setText(QCoreApplication.translate("ScorecardView", text))
        if self._scorecard is None:
            self.verdict.setText(self.tr("Scorecard"))
        else:
            self._fill(self._scorecard)  # the verdict, Pass/Fail and the criteria's words

    def fixed_height(self) -> int:
        """Room for the verdict, the headers and six criteria of up to two lines each."""
        line = self.fontMetrics().lineSpacing()
        rows = 6 * (2 * line + self.grid.verticalSpacing())
        return 20 + 22 + line + rows

    def set_scorecard(self, scorecard: Scorecard) -> None:
        """Show a scorecard. Rows are built once per set of criteria and then only their
        texts change, so a live update every few seconds costs no widget churn or relayout."""
        self._scorecard = scorecard
        keys = [c.key for c in scorecard.criteria]
        if keys != self._keys:
            self._build_rows(keys)
        self._fill(scorecard)

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        if self._scorecard is not None:
            self._fill(self._scorecard)

    def _build_rows(self, keys: list[str]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._cells = {}
        self._heads = []
        for col, header in enumerate(self.HEADERS):
            head = QLabel(QCoreApplication.translate("ScorecardView", header))
            head.setObjectName("muted")
            self.grid.addWidget(head, 0, col)
            self._heads.append(head)
        for row, key in enumerate(keys, start=1):
            title = _label("", f"title:{key}")
            value = _label("", f"value:{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            percentile = _label("", f"percentile:{key}")
            percentile.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            icon = QLabel()
            result = QLabel("")
            box = QWidget()
            box.setObjectName(f"result:{key}")
            box_layout = QGridLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setHorizontalSpacing(4)
            box_layout.addWidget(icon, 0, 0)
            box_layout.addWidget(result, 0, 1, Qt.AlignmentFlag.AlignLeft)
            reason = _label("", f"reason:{key}", wrap=True)
            reason.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            for col, widget in enumerate((title, value, percentile, box, reason)):
                self.grid.addWidget(widget, row, col)
            self._cells[key] = (title, value, percentile, icon, result, reason)
        self._keys = keys

    def _fill(self, scorecard: Scorecard) -> None:
        passed = sum(1 for c in scorecard.criteria if c.passed)
        total = len(scorecard.criteria)
        verdict = (
            self.tr("Meets all selection criteria")
            if scorecard.passed
            else self.tr("Does not qualify")
        )
        self.verdict.setText(
            self.tr("Scorecard · {verdict} ({passed} of %n pass) · as of {date}", "", total).format(
                verdict=verdict, passed=passed, date=fmt.date(scorecard.as_of)
            )
        )
        pass_text, fail_text = self.tr("Pass"), self.tr("Fail")
        for c in scorecard.criteria:
            title, value, percentile, icon, result, reason = self._cells[c.key]
            title.setText(domain_text.criterion_title(c))
            value.setText(fmt.criterion_value(c.value, c.unit, c.key))
            pct = "—" if c.peer_percentile is None else fmt.ordinal(c.peer_percentile)
            percentile.setText(pct)
            if result.text() != (pass_text if c.passed else fail_text) or icon.property(
                "theme"
            ) != (self.colors.name):
                icon.setPixmap(status_icon(c.passed, self.colors))
                icon.setProperty("theme", self.colors.name)
                result.setText(pass_text if c.passed else fail_text)
                result.setObjectName("pass" if c.passed else "fail")
                result.style().unpolish(result)
                result.style().polish(result)
            why = domain_text.criterion_reason(c)
            reason.setText(why)
            reason.setToolTip(why)

    def result_text(self, key: str) -> str:
        cells = self._cells.get(key)
        return "" if cells is None else cells[4].text()


class AlertsView(Retranslating, QFrame):
    """Active covenant alerts, newest first; "No active alerts" when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 14px;")
        layout.addWidget(self.title)
        self.body = QLabel()
        self.body.setObjectName("alertsBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Many alerts scroll inside the card rather than growing it (see MerchantDashboardPage).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        scroll.viewport().setAutoFillBackground(False)
        self.body.setAutoFillBackground(False)
        layout.addWidget(scroll, 1)
        self.alerts: list[Alert] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Active alerts"))
        self.set_alerts(self.alerts)  # their words, from the core's domain texts

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        self.alerts = sorted(alerts, key=lambda a: (a.severity != "breach", a.covenant))
        if not self.alerts:
            self.body.setText(self.tr("No active alerts"))
            return
        lines = [
            f"{domain_text.severity(a.severity)} · {domain_text.alert_message(a)}"
            for a in self.alerts
        ]
        self.body.setText("\n\n".join(lines))
