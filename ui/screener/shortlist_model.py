"""The ranked shortlist as a table model over the scored portfolio (15,000 rows, cells made
when asked): per criterion the value with its peer percentile and a Pass/Fail chip; the
underwriter's own score in a column of its own, named as what it is.

`Qt.UserRole` gives each cell's raw value (for sorting); `ROW_ROLE` the portfolio row.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from app.domain import scorer
from app.screener.portfolio import Portfolio
from ui.merchants.scorecard import status_icon
from ui.shared import format as fmt
from ui.shared.i18n.names import name
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.theme import LIGHT, Colors

Index = QModelIndex | QPersistentModelIndex
RAW_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PASSED_ROLE = Qt.ItemDataRole.UserRole + 2
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# Short column titles, one per criterion (the scorecard's full titles are longer).
CRITERION_TITLES = {
    "growth": QT_TRANSLATE_NOOP("ScreenerTable", "Growth"),
    "return_rate": QT_TRANSLATE_NOOP("ScreenerTable", "Return rate"),
    "dio": QT_TRANSLATE_NOOP("ScreenerTable", "DIO"),
    "promotions": QT_TRANSLATE_NOOP("ScreenerTable", "Promotion uplift"),
    "repayment": QT_TRANSLATE_NOOP("ScreenerTable", "Late installments"),
    "integrity": QT_TRANSLATE_NOOP("ScreenerTable", "Source gap"),
}
FIXED = (
    QT_TRANSLATE_NOOP("ScreenerTable", "Rank"),
    QT_TRANSLATE_NOOP("ScreenerTable", "ID"),
    QT_TRANSLATE_NOOP("ScreenerTable", "Name"),
    QT_TRANSLATE_NOOP("ScreenerTable", "Category"),
    QT_TRANSLATE_NOOP("ScreenerTable", "Tokenized"),
)
SCORE_TITLE = QT_TRANSLATE_NOOP("ScreenerTable", "Underwriter score (internal)")
CRITERIA = scorer.CRITERIA
FIRST_CRITERION = len(FIXED)
SCORE_COLUMN = FIRST_CRITERION + len(CRITERIA)
# Per criterion: the figure shown, its unit, and its peer percentile (None: not placed).
FIGURES = {
    "growth": ("growth_bp", "bp", "growth_pct"),
    "return_rate": ("return_rate_bp", "bp", "return_rate_pct"),
    "dio": ("dio_days_x100", "days_x100", "dio_pct"),
    "promotions": ("promo_bp", "bp", "promo_pct"),
    "repayment": ("late", "count", None),
    "integrity": ("worst_gap_bp", "bp", None),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScreenerTable", text)


class ShortlistModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self._portfolio: Portfolio | None = None
        self._verdicts: scorer.Verdicts | None = None
        self._rows: NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._figures: dict[str, tuple[NDArray[Any], NDArray[np.bool_], NDArray[Any] | None]] = {}
        self._icons: dict[bool, QIcon] = {}
        self._rank: NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        # Cell texts by (portfolio row, column): values never change with a what-if, and
        # formatting them (Babel) is most of what a repaint costs. They are kept for one
        # language: drawn in another (its locale), they are worded again.
        self._texts: dict[tuple[int, int], str] = {}
        self._texts_locale = ""

    # -- data in ---------------------------------------------------------------------------
    def set_portfolio(self, portfolio: Portfolio) -> None:
        self._portfolio = portfolio
        self._texts = {}
        self._figures = {}
        for key, (figure, _unit, pct) in FIGURES.items():
            if figure == "promo_bp":
                values, ok = portfolio.measures.promo_bp, portfolio.measures.promo_ok
            else:
                values, ok = portfolio.values(figure)
            percentile = getattr(portfolio.placed, pct) if pct else None
            self._figures[key] = (values, ok, percentile)

    def set_verdicts(self, verdicts: scorer.Verdicts, rows: NDArray[np.int64]) -> None:
        """New pass/fail and ranking (a what-if): the rows, ranked best first."""
        self.beginResetModel()
        self._verdicts = verdicts
        self._rows = rows
        self._rank = np.zeros(self._portfolio.count if self._portfolio else 0, dtype=np.int64)
        self._rank[rows] = np.arange(1, len(rows) + 1)
        self.endResetModel()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self._icons = {}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, SCORE_COLUMN))

    def portfolio_row(self, row: int) -> int:
        return int(self._rows[row])

    @property
    def rows(self) -> NDArray[np.int64]:
        return self._rows

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SCORE_COLUMN + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self._title(section))
        if role == Qt.ItemDataRole.ToolTipRole and section == SCORE_COLUMN:
            return QCoreApplication.translate(
                "ScreenerTable",
                "The underwriter's internal credit score, served by the platform: not one of "
                "the five selection criteria.",
            )
        return None

    def _title(self, section: int) -> str:
        if section < FIRST_CRITERION:
            return FIXED[section]
        if section < SCORE_COLUMN:
            return CRITERION_TITLES[CRITERIA[section - FIRST_CRITERION]]
        return SCORE_TITLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p, verdicts = self._portfolio, self._verdicts
        if not index.isValid() or p is None or verdicts is None:
            return None
        row, column = int(self._rows[index.row()]), index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole and column != 0:
            locale = QLocale().name()  # the language's locale (ui.shared.i18n.Language sets it)
            if locale != self._texts_locale:
                self._texts, self._texts_locale = {}, locale
            text = self._texts.get((row, column))
            if text is None:
                text = self._text(p, row, column)
                self._texts[(row, column)] = text
            return text
        if FIRST_CRITERION <= column < SCORE_COLUMN:
            return self._criterion(CRITERIA[column - FIRST_CRITERION], row, role, verdicts)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._fixed_text(p, row, column)
        if role == RAW_ROLE:
            return self._fixed_raw(p, row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, SCORE_COLUMN):
            return ALIGN_RIGHT
        return None

    def _text(self, p: Portfolio, row: int, column: int) -> str:
        if FIRST_CRITERION <= column < SCORE_COLUMN:
            key = CRITERIA[column - FIRST_CRITERION]
            values, ok, percentile = self._figures[key]
            if not ok[row]:
                return fmt.criterion_value(None, FIGURES[key][1], key)
            text = fmt.criterion_value(int(values[row]), FIGURES[key][1], key)
            if percentile is not None and percentile[row] >= 0:
                text += " · " + QCoreApplication.translate("ScreenerTable", "p{percentile}").format(
                    percentile=int(percentile[row])
                )
            return text
        return self._fixed_text(p, row, column)

    def _fixed_text(self, p: Portfolio, row: int, column: int) -> str:
        if column == 0:
            return fmt.integer(int(self._rank[row]))
        if column == 1:
            return p.ids[row]
        if column == 2:
            return p.names[row]
        if column == 3:
            return name(p.categories[row])
        if column == 4:
            return QCoreApplication.translate("ScreenerTable", "yes") if p.tokenized[row] else "—"
        return str(int(p.underwriter_score[row]))

    def _fixed_raw(self, p: Portfolio, row: int, column: int) -> Any:
        return (
            int(self._rank[row]),
            p.ids[row],
            p.names[row],
            p.categories[row],
            bool(p.tokenized[row]),
            int(p.underwriter_score[row]),
        )[min(column, 5)]

    def _criterion(self, key: str, row: int, role: int, verdicts: scorer.Verdicts) -> Any:
        values, ok, percentile = self._figures[key]
        passed = bool(verdicts.passed[key][row])
        if role == RAW_ROLE:
            return int(values[row]) if ok[row] else None
        if role == PASSED_ROLE:
            return passed
        if role == Qt.ItemDataRole.DecorationRole:
            if passed not in self._icons:
                self._icons[passed] = QIcon(status_icon(passed, self.colors))
            return self._icons[passed]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("ScreenerTable", "Pass")
                if passed
                else QCoreApplication.translate("ScreenerTable", "Fail")
            )
        if role == Qt.ItemDataRole.ForegroundRole and not passed:
            return QColor(self.colors.bad)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shortlist by a column's raw value (missing values last either way)."""
        p = self._portfolio
        if p is None or not len(self._rows):
            return
        rows = self._rows
        if column == 0:
            keys: NDArray[Any] = self._rank[rows]
            missing = np.zeros(len(rows), dtype=bool)
        elif FIRST_CRITERION <= column < SCORE_COLUMN:
            values, ok, _pct = self._figures[CRITERIA[column - FIRST_CRITERION]]
            keys, missing = np.asarray(values)[rows].astype(np.float64), ~ok[rows]
        else:
            raw = [self._fixed_raw(p, int(r), column) for r in rows]
            keys, missing = np.asarray(raw), np.zeros(len(rows), dtype=bool)
        order_index = np.argsort(keys, kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            order_index = order_index[::-1]
        order_index = np.concatenate(
            [order_index[~missing[order_index]], order_index[missing[order_index]]]
        )
        self.layoutAboutToBeChanged.emit()
        self._rows = rows[order_index]
        self.layoutChanged.emit()
