"""Two to four stores side by side: their scorecards (value, peer percentile, Pass/Fail, why)
and a chart of their peer percentiles, under the thresholds the screener shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.policy import SelectionPolicy
from app.domain.scorecard import Scorecard
from app.screener.portfolio import Portfolio
from ui.merchants.scorecard import status_icon
from ui.screener.charts import CompareChart, CompareData
from ui.shared import format as fmt
from ui.shared.i18n import domain_text
from ui.shared.i18n.names import name
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.theme import Colors

MAX_STORES = 4


class CompareView(Retranslating, QFrame):
    """The grid: one column per store, one row per criterion, the overall result last."""

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.colors = colors
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 10, 12, 10)
        self.grid.setHorizontalSpacing(18)
        self.cards: list[Scorecard] = []
        self._titles: Callable[[], list[str]] = list
        self.retranslate()

    def retranslate(self) -> None:
        if self.cards:  # every cell holds words: the grid is laid out again
            self.show_cards(self._titles, self.cards)

    def show_cards(self, titles: Callable[[], list[str]], cards: list[Scorecard]) -> None:
        """One column per card, headed by `titles()` (called again after a change of
        language)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards, self._titles = cards, titles
        for column, title in enumerate(titles(), start=1):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            heading.setWordWrap(True)
            self.grid.addWidget(heading, 0, column)
        for row, criterion in enumerate(cards[0].criteria, start=1):
            self.grid.addWidget(QLabel(domain_text.criterion_title(criterion)), row, 0)
            for column, card in enumerate(cards, start=1):
                self.grid.addWidget(self._cell(card, criterion.key), row, column)
        last = len(cards[0].criteria) + 1
        self.grid.addWidget(QLabel(self.tr("All five criteria")), last, 0)
        for column, card in enumerate(cards, start=1):
            verdict = QLabel(self.tr("Pass") if card.passed else self.tr("Fail"))
            verdict.setObjectName(f"compare:overall:{column}")
            verdict.setStyleSheet(
                f"font-weight: 600; color: {self.colors.good if card.passed else self.colors.bad}"
            )
            self.grid.addWidget(verdict, last, column)

    def _cell(self, card: Scorecard, key: str) -> QWidget:
        c = card.criterion(key)
        text = fmt.criterion_value(c.value, c.unit, c.key)
        if key == "repayment":
            text = self.tr("{late} of {count} installments late").format(
                late=fmt.integer(int(c.params["late"])),
                count=fmt.integer(int(c.params["installments"])),
            )
        if c.peer_percentile is not None:
            text += " · " + self.tr("{ordinal} percentile").format(
                ordinal=fmt.ordinal(c.peer_percentile)
            )
        label = QLabel(text)
        label.setObjectName(f"compare:{key}")
        label.setToolTip(domain_text.criterion_reason(c))
        icon = QLabel()
        icon.setPixmap(status_icon(c.passed, self.colors))
        icon.setAccessibleName(self.tr("Pass") if c.passed else self.tr("Fail"))
        cell = QWidget()
        row = QGridLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(label, 0, 1)
        row.setColumnStretch(1, 1)
        return cell


class CompareDialog(Retranslating, QDialog):
    def __init__(
        self,
        portfolio: Portfolio,
        rows: list[int],
        policy: SelectionPolicy,
        colors: Colors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.resize(1100, 680)
        rows = rows[:MAX_STORES]
        self.cards = [portfolio.scorecard(r, policy) for r in rows]
        self.stores = [
            (portfolio.ids[r], [c.peer_percentile for c in card.criteria[:4]])
            for r, card in zip(rows, self.cards, strict=True)
        ]

        def titles() -> list[str]:
            return [
                f"{portfolio.names[r]}\n{portfolio.ids[r]} · {name(portfolio.categories[r])}"
                for r in rows
            ]

        self.view = CompareView(colors)
        self.view.show_cards(titles, self.cards)
        self.chart = CompareChart(colors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.chart, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare stores"))
        self.chart.caption.setText(
            self.tr("Where each store sits among its category's peers (0-100). Growth and "
                    "promotion uplift: higher is better; return rate and DIO: lower is better.")
        )  # fmt: skip
        heading = QCoreApplication.translate("Charts", self.chart.title)
        self.chart.heading.setText(heading)
        self.chart.canvas.setAccessibleName(heading)
        labels = [domain_text.criterion_title(c) for c in self.cards[0].criteria[:4]]
        self.chart.show_data(CompareData(labels=labels, stores=self.stores))
