"""The portfolio's holdings as a table model: one row per PST held, straight from the core's
`PortfolioView` (app/services/portfolio.py), plus each merchant's health badge once it arrives.

Money is shown exactly (`format_units` of base units, Decimal inside); `SORT_ROLE` gives the raw
integers so sorting never compares formatted text. `Qt.UserRole` is the row's token address.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.portfolio.holdings import Holding
from app.portfolio.merchant import Health, HealthBadge
from app.portfolio.powers_model import Flag
from app.portfolio.returns import Returns
from app.portfolio.valuation import MarketValue
from app.services.portfolio import PortfolioView
from ui.portfolio.market_columns import (
    IRR_AT_MARKET,
    MARKET_COLUMNS,
    YIELD_ON_MARKET,
    Column,
    direction_color,
    market_tooltip,
)
from ui.portfolio.market_columns import none_low as _none_low
from ui.shared import format as fmt
from ui.shared.i18n import current_code
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.theme import LIGHT, Colors

Index = QModelIndex | QPersistentModelIndex
TOKEN_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HEALTH_TEXT = {
    Health.GOOD: QT_TRANSLATE_NOOP("HoldingsModel", "● Good"),
    Health.WATCH: QT_TRANSLATE_NOOP("HoldingsModel", "● Watch"),
    Health.BREACH: QT_TRANSLATE_NOOP("HoldingsModel", "● Breach"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HoldingsModel", text)


def _money(model: HoldingsModel, amount: int) -> str:
    return fmt.units(amount, model.decimals)


def _pst(h: Holding) -> str:
    return fmt.units(h.balance, h.info.decimals)


def _bp(value: int | None) -> str:
    return fmt.basis_points(value)


COLUMNS: tuple[Column[HoldingsModel], ...] = (
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Token"),
        lambda h, r, m: m.marked_symbol(h),
        lambda h, r, m: h.info.symbol,
        False,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Store"),
        lambda h, r, m: h.info.name,
        lambda h, r, m: h.info.name,
        False,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Merchant"),
        lambda h, r, m: m.merchant(h),
        lambda h, r, m: m.merchant(h),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Balance (PST)"),
        lambda h, r, m: _pst(h),
        lambda h, r, m: h.balance,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Share of supply"),
        lambda h, r, m: fmt.basis_points(h.share_bp),
        lambda h, r, m: h.share_bp,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Cost basis (FIFO)"),
        lambda h, r, m: _money(m, h.cost_basis),
        lambda h, r, m: h.cost_basis,
        True,
    ),
    *MARKET_COLUMNS,
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Distributions"),
        lambda h, r, m: _money(m, h.distributions),
        lambda h, r, m: h.distributions,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Claimable now"),
        lambda h, r, m: _money(m, h.claimable),
        lambda h, r, m: h.claimable,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "T12M yield"),
        lambda h, r, m: _bp(None if r is None else r.yield_12m_bp),
        lambda h, r, m: _none_low(None if r is None else r.yield_12m_bp),
        True,
    ),
    YIELD_ON_MARKET,
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "IRR"),
        lambda h, r, m: _bp(None if r is None else r.irr_cash_bp),
        lambda h, r, m: _none_low(None if r is None else r.irr_cash_bp),
        True,
    ),
    IRR_AT_MARKET,
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Health"),
        lambda h, r, m: m.health_text(h),
        lambda h, r, m: m.health_rank(h),
        False,
    ),
)
TOKEN = 0
FLAG_MARK = "⚑ "  # a token over which one key holds a power (see the Powers tab)
CLAIMABLE = [c[0] for c in COLUMNS].index("Claimable now")
HEALTH = [c[0] for c in COLUMNS].index("Health")
HEADERS = [c[0] for c in COLUMNS]
UNREALISED = HEADERS.index("Unrealised P&L")
YIELD_MARKET = HEADERS.index("Yield on market")
IRR_MARKET = HEADERS.index("IRR at market")


class HoldingsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.view: PortfolioView | None = None
        self.decimals = 6
        self._rows: list[Holding] = []
        self._badges: dict[str, HealthBadge | None] = {}  # merchant id -> badge (None: failed)
        self._flags: dict[str, tuple[Flag, ...]] = {}  # token address -> its powers' flags

    # --- data in -----------------------------------------------------------------------------
    def set_view(self, view: PortfolioView) -> None:
        """New numbers: rows that stay keep their place (no reset, selection survives)."""
        fresh = {h.info.token: h for h in view.snapshot.holdings}
        same = set(fresh) == {h.info.token for h in self._rows}
        self.view = view
        self.decimals = view.snapshot.stablecoin_decimals
        if same and fresh:
            self._rows = [fresh[h.info.token] for h in self._rows]  # keep the user's sort
            rows = self._rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = list(view.snapshot.holdings)
        self.endResetModel()

    def set_badge(self, merchant_id: str, badge: HealthBadge | None) -> None:
        self._badges[merchant_id] = badge
        for row, holding in enumerate(self._rows):
            if self.merchant(holding) == merchant_id:
                cell = self.index(row, HEALTH)
                self.dataChanged.emit(cell, cell)

    def set_flags(self, flags: dict[str, tuple[Flag, ...]]) -> None:
        """Mark the tokens over which one key holds a power (token address -> its flags)."""
        self._flags = dict(flags)
        if self._rows:
            self.dataChanged.emit(self.index(0, TOKEN), self.index(len(self._rows) - 1, TOKEN))

    def power_flags(self, holding: Holding) -> tuple[Flag, ...]:
        return self._flags.get(holding.info.token, ())

    def marked_symbol(self, holding: Holding) -> str:
        return (FLAG_MARK if self.power_flags(holding) else "") + holding.info.symbol

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    # --- lookups -----------------------------------------------------------------------------
    def holding(self, row: int) -> Holding:
        return self._rows[row]

    def holdings(self) -> list[Holding]:
        return list(self._rows)

    def row_of(self, token: str) -> int | None:
        for row, holding in enumerate(self._rows):
            if holding.info.token.lower() == token.lower():
                return row
        return None

    def merchant(self, holding: Holding) -> str:
        if self.view is None:
            return ""
        return self.view.merchants.get(holding.info.token, "")

    def returns(self, holding: Holding) -> Returns | None:
        return None if self.view is None else self.view.by_holding.get(holding.info.token)

    def market(self, holding: Holding) -> MarketValue | None:
        if self.view is None:
            return None
        return self.view.market.by_token.get(holding.info.token.lower())

    def badge(self, holding: Holding) -> HealthBadge | None:
        return self._badges.get(self.merchant(holding))

    def health_text(self, holding: Holding) -> str:
        merchant = self.merchant(holding)
        if not merchant:
            return "—"
        if merchant not in self._badges:
            return "…"
        badge = self._badges[merchant]
        if badge is None:
            return QCoreApplication.translate("HoldingsModel", "unavailable")
        return _tr(HEALTH_TEXT[badge.health])

    def health_rank(self, holding: Holding) -> int:
        badge = self.badge(holding)
        order = {Health.GOOD: 0, Health.WATCH: 1, Health.BREACH: 2}
        return -1 if badge is None else order[badge.health]

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][3]:
            return ALIGN_RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        holding = self._rows[index.row()]
        header, text, key, right = COLUMNS[index.column()]
        returns = self.returns(holding)
        if role == Qt.ItemDataRole.DisplayRole:
            if returns is None and header in ("T12M yield", "IRR"):
                return "—"
            return text(holding, returns, self)
        if role == SORT_ROLE:
            if returns is None and header in ("T12M yield", "IRR"):
                return _none_low(None)
            return key(holding, returns, self)
        if role == TOKEN_ROLE:
            return holding.info.token
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(holding, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(holding, returns, index.column())
        return None

    def _foreground(self, holding: Holding, column: int) -> QColor | None:
        if column == TOKEN and self.power_flags(holding):
            return QColor(self.colors.bad)
        if column == HEALTH:
            badge = self.badge(holding)
            if badge is None:
                return QColor(self.colors.muted)
            tone = {Health.GOOD: "good", Health.WATCH: "warn", Health.BREACH: "bad"}
            return QColor(getattr(self.colors, tone[badge.health]))
        if column == CLAIMABLE and holding.claimable > 0:
            return QColor(self.colors.good)
        return self._direction(holding, column)

    def _direction(self, holding: Holding, column: int) -> QColor | None:
        """The market columns in the investor's colours of up and down."""
        value = self.market(holding)
        if value is None or column not in (UNREALISED, YIELD_MARKET, IRR_MARKET):
            return None
        return direction_color(self.colors, value, COLUMNS[column][0])

    def _tooltip(self, holding: Holding, returns: Returns | None, column: int) -> str:
        header = COLUMNS[column][0]
        if column == TOKEN and self.power_flags(holding):
            language, symbol = current_code(), holding.info.symbol
            reasons = "\n".join(f.reason(symbol).text(language) for f in self.power_flags(holding))
            return QCoreApplication.translate(
                "HoldingsModel", "Flagged powers over this token (see the Powers tab):\n{reasons}"
            ).format(reasons=reasons)
        if header == "Health":
            badge = self.badge(holding)
            if badge is None:
                return QCoreApplication.translate(
                    "HoldingsModel", "Merchant health not loaded (or unavailable)."
                )
            failed = ", ".join(badge.failed_criteria) or QCoreApplication.translate(
                "HoldingsModel", "none"
            )
            return QCoreApplication.translate(
                "HoldingsModel",
                "{summary}\nCovenant breaches: {breaches}, warnings: {warnings}\n"
                "Criteria below the bar: {failed}\nDouble-click: dashboard",
            ).format(
                summary=badge.summary,
                breaches=badge.breaches,
                warnings=badge.warnings,
                failed=failed,
            )
        if header == "Claimable now":
            block = self.view.snapshot.block_number if self.view else "?"
            return QCoreApplication.translate(
                "HoldingsModel",
                "Exactly what claim() pays now: {amount} base units (read at block {block}).",
            ).format(amount=holding.claimable, block=block)
        if header == "IRR" and returns is not None:
            return QCoreApplication.translate(
                "HoldingsModel",
                "Cash basis {cash} (claims as received); accrual basis {accrual} (distributions "
                "as they accrue). Holdings valued at cost.",
            ).format(
                cash=fmt.basis_points(returns.irr_cash_bp),
                accrual=fmt.basis_points(returns.irr_accrual_bp),
            )
        if header == "T12M yield":
            return QCoreApplication.translate(
                "HoldingsModel", "Distributions accrued in the last 365 days over the cost basis."
            )
        if header == "Cost basis (FIFO)":
            return QCoreApplication.translate(
                "HoldingsModel",
                "First in, first out: what is left of the oldest purchases. Purchases at the "
                "price paid (market buys with their fee); transfers in at the offering price.",
            )
        if header in ("Price", "Priced at", "Market value", "Unrealised P&L"):
            value = self.market(holding)
            return "" if value is None else market_tooltip(value, _money(self, value.realised))
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or not self._rows:
            return
        key = COLUMNS[column][2]
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        tokens = [self._rows[i.row()].info.token for i in old]
        self._rows.sort(
            key=lambda h: key(h, self.returns(h), self),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        moved = [
            self.index(self.row_of(t) or 0, i.column()) for t, i in zip(tokens, old, strict=True)
        ]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()
