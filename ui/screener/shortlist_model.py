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

from collections.abc import Callable, Iterable
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
ICON_SIZE = 14  # the views' icon size: the icon is drawn at its own size, never scaled per cell

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


class CellTexts:
    """The worded cells of one portfolio, by (portfolio row, column), in one language.

    Values never change with a what-if, and wording them (Babel) is most of what a repaint
    costs, so each is worded once; drawn in another language (its locale), they are worded
    again. The worker that screens words the first rows of the ranking (`word`) before the page
    takes them: the first paint then only draws.
    """

    def __init__(self, portfolio: Portfolio) -> None:
        self.portfolio = portfolio
        self.figures: dict[str, Figure] = {}
        for key, (figure, _unit, pct) in FIGURES.items():
            if figure == "promo_bp":
                values, ok = portfolio.measures.promo_bp, portfolio.measures.promo_ok
            else:
                values, ok = portfolio.values(figure)
            percentile = getattr(portfolio.placed, pct) if pct else None
            self.figures[key] = (np.asarray(values), ok, percentile)
        self._wording: dict[int, Text] = {
            1: lambda r: portfolio.ids[r],
            2: lambda r: portfolio.names[r],
            3: lambda r: name(portfolio.categories[r]),
            4: self._tokenized,
            **{FIRST_CRITERION + n: partial(self._criterion, k) for n, k in enumerate(CRITERIA)},
            SCORE_COLUMN: lambda r: str(int(portfolio.underwriter_score[r])),
        }
        self._texts: dict[tuple[int, int], str] = {}
        self._locale = QLocale().name()  # the language's (ui.shared.i18n.Language sets it)

    def text(self, row: int, column: int) -> str:
        locale = QLocale().name()
        if locale != self._locale:
            self._texts, self._locale = {}, locale
        found = self._texts.get((row, column))
        if found is None:
            found = self._texts[(row, column)] = self._wording[column](row)
        return found

    def __len__(self) -> int:
        return len(self._texts)

    def word(self, rows: Iterable[int]) -> None:
        for row in rows:
            for column in self._wording:
                self.text(row, column)

    def _tokenized(self, row: int) -> str:
        tokenized = self.portfolio.tokenized[row]
        return QCoreApplication.translate("ScreenerTable", "yes") if tokenized else "—"

    def _criterion(self, key: str, row: int) -> str:
        values, ok, percentile = self.figures[key]
        if not ok[row]:
            return fmt.criterion_value(None, FIGURES[key][1], key)
        text = fmt.criterion_value(int(values[row]), FIGURES[key][1], key)
        if percentile is not None and percentile[row] >= 0:
            text += " · " + QCoreApplication.translate("ScreenerTable", "p{percentile}").format(
                percentile=int(percentile[row])
            )
        return text


class ShortlistModel(KeyedTableModel[int]):
    CELL_ROLES = frozenset(
        {
            PASSED_ROLE,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        }
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self._columns(), index, context="ScreenerTable", parent=parent)
        self._verdicts: scorer.Verdicts | None = None
        self._texts: CellTexts | None = None  # its portfolio is the one shown
        self._sort_keys: dict[int, NDArray[Any]] = {}  # a fixed column's raw values, by column
        self._icons: dict[bool, QIcon] = {}
        self._rank: NDArray[np.int64] = np.zeros(0, dtype=np.int64)

    def _columns(self) -> list[Column[int]]:
        def worded(column: int) -> Text:
            return lambda row: self._t.text(row, column)

        criteria = [
            Column[int](
                CRITERION_TITLES[key],
                worded(FIRST_CRITERION + n),
                partial(self._criterion_raw, key),
                numeric=True,
            )
            for n, key in enumerate(CRITERIA)
        ]
        return [
            Column[int](FIXED[0], lambda r: fmt.integer(int(self._rank[r])), self._rank_of, True),
            Column[int](FIXED[1], worded(1), lambda r: self._p.ids[r]),
            Column[int](FIXED[2], worded(2), lambda r: self._p.names[r]),
            Column[int](FIXED[3], worded(3), lambda r: self._p.categories[r]),
            Column[int](FIXED[4], worded(4), self._tokenized),
            *criteria,
            Column[int](
                SCORE_TITLE,
                worded(SCORE_COLUMN),
                lambda r: int(self._p.underwriter_score[r]),
                numeric=True,
                tip=SCORE_TIP,
            ),
        ]

    # -- data in ---------------------------------------------------------------------------
    def set_portfolio(self, portfolio: Portfolio, texts: CellTexts | None = None) -> None:
        """Show `portfolio`; `texts`, its cells as a worker has begun to word them."""
        self.clear()  # its rows are another portfolio's: nothing to follow them by
        if texts is None or texts.portfolio is not portfolio:
            texts = CellTexts(portfolio)
        self._texts = texts
        self._sort_keys = {}  # made at the first sort by such a column (not while drawing)

    def set_verdicts(self, verdicts: scorer.Verdicts, rows: NDArray[np.int64]) -> None:
        """New pass/fail and ranking (a what-if): the rows, ranked best first."""
        self._verdicts = verdicts
        self._rank = np.zeros(self._p.count if self._texts else 0, dtype=np.int64)
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
            values, ok, _pct = self._t.figures[CRITERIA[column - FIRST_CRITERION]]
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
        return self._t.portfolio

    @property
    def _t(self) -> CellTexts:
        assert self._texts is not None, "rows are shown only once a portfolio is set"
        return self._texts

    def _rank_of(self, row: int) -> int:
        return int(self._rank[row])

    def _tokenized(self, row: int) -> bool:
        return bool(self._p.tokenized[row])

    def _criterion_raw(self, key: str, row: int) -> int | None:
        values, ok, _percentile = self._t.figures[key]
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
                self._icons[passed] = _icon(passed, self.colors)
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


def _icon(passed: bool, colors: Colors) -> QIcon:
    """The pass/fail icon drawn for ordinary and double-density screens alike (a repaint that
    scaled one pixmap to the cell took a third of the table's drawing time)."""
    icon = QIcon()
    for ratio in (1, 2):
        icon.addPixmap(status_icon(passed, colors, ICON_SIZE, ratio))
    return icon
