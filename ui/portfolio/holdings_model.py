"""The portfolio's holdings as a keyed table model (ui/shared/keyed_model.py): one row per PST
held, keyed by its token address, straight from the core's `PortfolioView`
(app/services/portfolio.py), plus each merchant's health badge once it arrives.

Money is shown exactly (`format_units` of base units, Decimal inside); `SORT_ROLE` gives the raw
integers so sorting never compares formatted text, and a row without a value sorts last.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
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
    Spec,
    direction_color,
    market_tooltip,
)
from ui.shared import format as fmt
from ui.shared.i18n import current_code, domain_text
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.keyed_model import Column, KeyedTableModel

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


def _yield_12m(m: HoldingsModel, h: Holding) -> int | None:
    returns = m.returns(h)
    return None if returns is None else returns.yield_12m_bp


def _irr(m: HoldingsModel, h: Holding) -> int | None:
    returns = m.returns(h)
    return None if returns is None else returns.irr_cash_bp


SPECS: tuple[Spec[HoldingsModel], ...] = (
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Token"),
        lambda m, h: m.marked_symbol(h),
        lambda m, h: h.info.symbol,
        False,
    ),
    (QT_TRANSLATE_NOOP("HoldingsModel", "Store"), lambda m, h: h.info.name, None, False),
    (QT_TRANSLATE_NOOP("HoldingsModel", "Merchant"), lambda m, h: m.merchant(h), None, False),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Balance (PST)"),
        lambda m, h: _pst(h),
        lambda m, h: h.balance,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Share of supply"),
        lambda m, h: fmt.basis_points(h.share_bp),
        lambda m, h: h.share_bp,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Cost basis (FIFO)"),
        lambda m, h: _money(m, h.cost_basis),
        lambda m, h: h.cost_basis,
        True,
    ),
    *MARKET_COLUMNS,
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Distributions"),
        lambda m, h: _money(m, h.distributions),
        lambda m, h: h.distributions,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Claimable now"),
        lambda m, h: _money(m, h.claimable),
        lambda m, h: h.claimable,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "T12M yield"),
        lambda m, h: fmt.basis_points(_yield_12m(m, h)),
        _yield_12m,
        True,
    ),
    YIELD_ON_MARKET,
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "IRR"),
        lambda m, h: fmt.basis_points(_irr(m, h)),
        _irr,
        True,
    ),
    IRR_AT_MARKET,
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Health"),
        lambda m, h: m.health_text(h),
        lambda m, h: m.health_rank(h),
        False,
    ),
)
HEADERS = [spec[0] for spec in SPECS]
TOKEN = 0
FLAG_MARK = "⚑ "  # a token over which one key holds a power (see the Powers tab)
CLAIMABLE = HEADERS.index("Claimable now")
HEALTH = HEADERS.index("Health")
UNREALISED = HEADERS.index("Unrealised P&L")
YIELD_MARKET = HEADERS.index("Yield on market")
IRR_MARKET = HEADERS.index("IRR at market")
HEALTH_RANK = {Health.GOOD: 0, Health.WATCH: 1, Health.BREACH: 2}


def _token(h: Holding) -> str:
    return h.info.token


class HoldingsModel(KeyedTableModel[Holding]):
    CELL_ROLES = frozenset({Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole})

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [self._column(spec) for spec in SPECS]
        super().__init__(columns, _token, context="HoldingsModel", parent=parent)
        self.view: PortfolioView | None = None
        self.decimals = 6
        self._badges: dict[str, HealthBadge | None] = {}  # merchant id -> badge (None: failed)
        self._flags: dict[str, tuple[Flag, ...]] = {}  # token address -> its powers' flags

    def _column(self, spec: Spec[HoldingsModel]) -> Column[Holding]:
        """A spec reads (model, holding); the keyed column reads the holding through this model."""
        title, text, raw, numeric = spec
        return Column(
            title,
            lambda h: text(self, h),
            None if raw is None else lambda h: raw(self, h),
            numeric,
        )

    # --- data in -----------------------------------------------------------------------------
    def set_view(self, view: PortfolioView) -> None:
        """New numbers: rows follow their token (the selection and the user's sort hold)."""
        self.view = view
        self.decimals = view.snapshot.stablecoin_decimals
        self.set_items(view.snapshot.holdings)
        self.refresh()  # returns and market values change beside the holdings

    def set_badge(self, merchant_id: str, badge: HealthBadge | None) -> None:
        self._badges[merchant_id] = badge
        for row, holding in enumerate(self.items()):
            if self.merchant(holding) == merchant_id:
                self.refresh_row(row, HEALTH)

    def set_flags(self, flags: dict[str, tuple[Flag, ...]]) -> None:
        """Mark the tokens over which one key holds a power (token address -> its flags)."""
        self._flags = dict(flags)
        self.refresh(TOKEN)

    def power_flags(self, holding: Holding) -> tuple[Flag, ...]:
        return self._flags.get(holding.info.token, ())

    def marked_symbol(self, holding: Holding) -> str:
        return (FLAG_MARK if self.power_flags(holding) else "") + holding.info.symbol

    # --- lookups -----------------------------------------------------------------------------
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

    def health_rank(self, holding: Holding) -> int | None:
        badge = self.badge(holding)
        return None if badge is None else HEALTH_RANK[badge.health]

    # --- drawing ---------------------------------------------------------------------------
    def cell(self, item: Holding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, self.returns(item), column)
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
        return direction_color(self.colors, value, HEADERS[column])

    def _tooltip(self, holding: Holding, returns: Returns | None, column: int) -> str:
        header = HEADERS[column]
        if column == TOKEN and self.power_flags(holding):
            language, symbol = current_code(), holding.info.symbol
            reasons = "\n".join(f.reason(symbol).text(language) for f in self.power_flags(holding))
            return QCoreApplication.translate(
                "HoldingsModel", "Flagged powers over this token (see the Powers tab):\n{reasons}"
            ).format(reasons=reasons)
        if header == "Health":
            return health_tip(self.badge(holding))
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


def health_tip(badge: HealthBadge | None) -> str:
    """The Health cell's tooltip: the badge's sentence, its counts and what fell short."""
    if badge is None:
        return QCoreApplication.translate(
            "HoldingsModel", "Merchant health not loaded (or unavailable)."
        )
    titles = [domain_text.criterion_title(c) for c in badge.failed]
    failed = list_separator().join(titles) or QCoreApplication.translate("HoldingsModel", "none")
    return QCoreApplication.translate(
        "HoldingsModel",
        "{summary}\nCovenant breaches: {breaches}, warnings: {warnings}\n"
        "Criteria below the bar: {failed}\nDouble-click: dashboard",
    ).format(
        summary=_summary(badge, failed),
        breaches=badge.breaches,
        warnings=badge.warnings,
        failed=failed,
    )


def list_separator() -> str:
    """How the current language lists names: "、" in Chinese, ", " in English."""
    return ", " if current_code() == "en" else "、"


def _summary(badge: HealthBadge, failed: str) -> str:
    """The badge's sentence in the current language: its alert, else what fell short."""
    if badge.alert is not None:
        return domain_text.alert_message(badge.alert)
    if badge.failed:
        return QCoreApplication.translate("HoldingsModel", "Below the bar on: {criteria}.").format(
            criteria=failed
        )
    return QCoreApplication.translate(
        "HoldingsModel", "Meets every selection criterion; no covenant alerts."
    )
