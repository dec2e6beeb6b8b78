"""The ranked shortlist as a keyed table model over the scored portfolio (15,000 rows, cells
made when asked), one row per portfolio row (its key): per criterion the value with its peer
percentile and a Pass/Fail chip; the underwriter's own score in a column of its own, named as
what it is.

`SORT_ROLE` gives each cell's raw value, `KEY_ROLE` the portfolio row and `PASSED_ROLE` a
criterion's verdict. A what-if hands the new ranking to `set_items`, so the stores that stay
keep their selection and the user's sort holds. Sorting runs on the numpy arrays and hands the
new order to the base (one layout change).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from operator import index
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QIcon

from app.domain import scorer
from app.screener.portfolio import Portfolio
from ui.merchants.scorecard import status_icon
from ui.shared import format as fmt
from ui.shared.i18n.names import name
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.keyed_model import FIRST_FREE_ROLE, Column, KeyedTableModel
from ui.shared.theme import Colors

PASSED_ROLE = FIRST_FREE_ROLE

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
SCORE_TIP = QT_TRANSLATE_NOOP(
    "ScreenerTable",
    "The underwriter's internal credit score, served by the platform: not one of "
    "the five selection criteria.",
)
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
Text = Callable[[int], str]  # a cell's text from the portfolio row
Figure = tuple[NDArray[Any], NDArray[np.bool_], NDArray[Any] | None]  # values, ok, percentile


class ShortlistModel(KeyedTableModel[int]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self._columns(), index, context="ScreenerTable", parent=parent)
        self._portfolio: Portfolio | None = None
        self._verdicts: scorer.Verdicts | None = None
        self._figures: dict[str, Figure] = {}
        self._sort_keys: dict[int, NDArray[Any]] = {}  # a fixed column's raw values, by column
        self._icons: dict[bool, QIcon] = {}
        self._rank: NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        # Cell texts by (portfolio row, column): values never change with a what-if, and
        # formatting them (Babel) is most of what a repaint costs. They are kept for one
        # language: drawn in another (its locale), they are worded again.
        self._texts: dict[tuple[int, int], str] = {}
        self._texts_locale = ""

    def _columns(self) -> list[Column[int]]:
        def fixed(column: int, text: Text, raw: Callable[[int], Any] | None = None) -> Column[int]:
            return Column[int](FIXED[column], self._cached(column, text), raw)

        criteria = [
            Column[int](
                CRITERION_TITLES[key],
                self._cached(FIRST_CRITERION + n, partial(self._criterion_text, key)),
                partial(self._criterion_raw, key),
                numeric=True,
            )
            for n, key in enumerate(CRITERIA)
        ]
        return [
            Column[int](FIXED[0], lambda r: fmt.integer(int(self._rank[r])), self._rank_of, True),
            fixed(1, lambda r: self._p.ids[r]),
            fixed(2, lambda r: self._p.names[r]),
            fixed(3, lambda r: name(self._p.categories[r]), lambda r: self._p.categories[r]),
            fixed(4, self._tokenized_text, self._tokenized),
            *criteria,
            Column[int](
                SCORE_TITLE,
                self._cached(SCORE_COLUMN, lambda r: str(int(self._p.underwriter_score[r]))),
                lambda r: int(self._p.underwriter_score[r]),
                numeric=True,
                tip=SCORE_TIP,
            ),
        ]

    # -- data in ---------------------------------------------------------------------------
    def set_portfolio(self, portfolio: Portfolio) -> None:
        self.clear()  # its rows are another portfolio's: nothing to follow them by
        self._portfolio = portfolio
        self._texts = {}
        self._figures = {}
        for key, (figure, _unit, pct) in FIGURES.items():
            if figure == "promo_bp":
                values, ok = portfolio.measures.promo_bp, portfolio.measures.promo_ok
            else:
                values, ok = portfolio.values(figure)
            percentile = getattr(portfolio.placed, pct) if pct else None
            self._figures[key] = (np.asarray(values), ok, percentile)
        self._sort_keys = {}  # made at the first sort by such a column (not while drawing)

    def set_verdicts(self, verdicts: scorer.Verdicts, rows: NDArray[np.int64]) -> None:
        """New pass/fail and ranking (a what-if): the rows, ranked best first."""
        self._verdicts = verdicts
        self._rank = np.zeros(self._portfolio.count if self._portfolio else 0, dtype=np.int64)
        self._rank[rows] = np.arange(1, len(rows) + 1)
        self.set_items(rows.tolist())  # in the user's sort, if any (sorted_items)
        self.refresh()  # the rows that stayed have new ranks and verdicts

    def set_colors(self, colors: Colors) -> None:
        self._icons = {}
        super().set_colors(colors)

    @property
    def rows(self) -> NDArray[np.int64]:
        """The portfolio rows as shown (ranked, or in the user's sort)."""
        return np.asarray(self.items(), dtype=np.int64)

    # -- sorting ---------------------------------------------------------------------------
    def sorted_items(self, items: list[int], column: int, order: Qt.SortOrder) -> list[int]:
        """By a column's raw value (missing values last either way, ties in rank order), on the
        numpy arrays: a sort key per row in Python would take tens of milliseconds."""
        if not items:
            return []
        rows = np.asarray(items, dtype=np.int64)
        rows = rows[np.argsort(self._rank[rows], kind="stable")]
        missing = np.zeros(len(rows), dtype=bool)
        if column == 0:
            keys: NDArray[Any] = self._rank[rows]
        elif FIRST_CRITERION <= column < SCORE_COLUMN:
            values, ok, _pct = self._figures[CRITERIA[column - FIRST_CRITERION]]
            keys, missing = values[rows], ~ok[rows]
        else:
            keys = self._sort_key(column)[rows]
        if order == Qt.SortOrder.DescendingOrder:  # ties keep their rank order too
            by_key = (len(rows) - 1 - np.argsort(keys[::-1], kind="stable"))[::-1]
        else:
            by_key = np.argsort(keys, kind="stable")
        by_key = np.concatenate([by_key[~missing[by_key]], np.flatnonzero(missing)])
        return rows[by_key].tolist()

    def _sort_key(self, column: int) -> NDArray[Any]:
        """A fixed column's raw values as an array (15,000 strings take milliseconds)."""
        if column not in self._sort_keys:
            p = self._p
            source = {
                1: p.ids,
                2: p.names,
                3: p.categories,
                4: p.tokenized,
                SCORE_COLUMN: p.underwriter_score,
            }[column]
            self._sort_keys[column] = np.asarray(source)
        return self._sort_keys[column]

    # -- cells -----------------------------------------------------------------------------
    @property
    def _p(self) -> Portfolio:
        assert self._portfolio is not None, "rows are shown only once a portfolio is set"
        return self._portfolio

    def _cached(self, column: int, text: Text) -> Text:
        def cached(row: int) -> str:
            locale = QLocale().name()  # the language's locale (ui.shared.i18n.Language sets it)
            if locale != self._texts_locale:
                self._texts, self._texts_locale = {}, locale
            found = self._texts.get((row, column))
            if found is None:
                found = self._texts[(row, column)] = text(row)
            return found

        return cached

    def _rank_of(self, row: int) -> int:
        return int(self._rank[row])

    def _tokenized(self, row: int) -> bool:
        return bool(self._p.tokenized[row])

    def _tokenized_text(self, row: int) -> str:
        return QCoreApplication.translate("ScreenerTable", "yes") if self._tokenized(row) else "—"

    def _criterion_text(self, key: str, row: int) -> str:
        values, ok, percentile = self._figures[key]
        if not ok[row]:
            return fmt.criterion_value(None, FIGURES[key][1], key)
        text = fmt.criterion_value(int(values[row]), FIGURES[key][1], key)
        if percentile is not None and percentile[row] >= 0:
            text += " · " + QCoreApplication.translate("ScreenerTable", "p{percentile}").format(
                percentile=int(percentile[row])
            )
        return text

    def _criterion_raw(self, key: str, row: int) -> int | None:
        values, ok, _percentile = self._figures[key]
        return int(values[row]) if ok[row] else None

    def cell(self, item: int, column: int, role: int) -> Any:
        verdicts = self._verdicts
        if verdicts is None or not FIRST_CRITERION <= column < SCORE_COLUMN:
            return None
        passed = bool(verdicts.passed[CRITERIA[column - FIRST_CRITERION]][item])
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
        return None
