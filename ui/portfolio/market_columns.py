"""The Portfolio's market columns (issue 16): the price a holding is valued at and where it came
from, its market value, unrealised P&L, and yield and IRR at market next to cost; direction in
the investor's colours of up and down (red up in mainland China and Taiwan)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.marks import MarkSource
from app.portfolio.holdings import Holding
from app.portfolio.valuation import MarketValue
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.theme import Colors

T = TypeVar("T")
M = TypeVar("M")
# How a column reads a holding through its model: (title, text, raw value to sort by or None
# for the text, numeric). The holdings model turns these into its keyed columns.
Spec = tuple[str, Callable[[M, Holding], str], Callable[[M, Holding], Any] | None, bool]


class MarketModel(Protocol):
    """What the market columns read of the holdings model."""

    decimals: int  # the stablecoin's

    def market(self, holding: Holding) -> MarketValue | None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("HoldingsModel", text)


def _money(model: MarketModel, amount: int) -> str:
    return fmt.units(amount, model.decimals)


SOURCE_TEXT = {
    MarkSource.LAST_TRADE: QT_TRANSLATE_NOOP("HoldingsModel", "last trade"),
    MarkSource.RECENT_TRADES: QT_TRANSLATE_NOOP("HoldingsModel", "recent trades"),
    MarkSource.MID: QT_TRANSLATE_NOOP("HoldingsModel", "mid"),
    MarkSource.OFFERING: QT_TRANSLATE_NOOP("HoldingsModel", "offering price"),
}


def _at_market(m: MarketModel, h: Holding, read: Callable[[MarketValue], T]) -> T | None:
    value = m.market(h)
    return None if value is None else read(value)


def _mark_price(value: MarketValue) -> int | None:
    return None if value.mark is None else value.mark.price


def _market_money(m: MarketModel, h: Holding, read: Callable[[MarketValue], int]) -> str:
    amount = _at_market(m, h, read)
    return "—" if amount is None else _money(m, amount)


def _signed_money(m: MarketModel, h: Holding, read: Callable[[MarketValue], int]) -> str:
    amount = _at_market(m, h, read)
    if amount is None:
        return "—"
    return ("+" if amount > 0 else "") + _money(m, amount)


def _price(m: MarketModel, h: Holding) -> str:
    value = m.market(h)
    return "—" if value is None or value.mark is None else _money(m, value.mark.price)


def _source(m: MarketModel, h: Holding) -> str:
    value = m.market(h)
    return "—" if value is None or value.mark is None else _tr(SOURCE_TEXT[value.mark.source])


def _source_raw(m: MarketModel, h: Holding) -> str | None:
    value = m.market(h)
    return None if value is None or value.mark is None else _source(m, h)


MARKET_COLUMNS: tuple[Spec[MarketModel], ...] = (
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Price"),
        _price,
        lambda m, h: _at_market(m, h, _mark_price),
        True,
    ),
    (QT_TRANSLATE_NOOP("HoldingsModel", "Priced at"), _source, _source_raw, False),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Market value"),
        lambda m, h: _market_money(m, h, lambda v: v.value),
        lambda m, h: _at_market(m, h, lambda v: v.value),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("HoldingsModel", "Unrealised P&L"),
        lambda m, h: _signed_money(m, h, lambda v: v.unrealised),
        lambda m, h: _at_market(m, h, lambda v: v.unrealised),
        True,
    ),
)
YIELD_ON_MARKET: Spec[MarketModel] = (
    QT_TRANSLATE_NOOP("HoldingsModel", "Yield on market"),
    lambda m, h: fmt.basis_points(_at_market(m, h, lambda v: v.yield_market_bp)),
    lambda m, h: _at_market(m, h, lambda v: v.yield_market_bp),
    True,
)
IRR_AT_MARKET: Spec[MarketModel] = (
    QT_TRANSLATE_NOOP("HoldingsModel", "IRR at market"),
    lambda m, h: fmt.basis_points(_at_market(m, h, lambda v: v.irr_market_bp)),
    lambda m, h: _at_market(m, h, lambda v: v.irr_market_bp),
    True,
)


def direction_color(colors: Colors, value: MarketValue, header: str) -> QColor | None:
    """P&L by its sign; yield and IRR at market against cost."""
    change: int | None = None
    if header == "Unrealised P&L":
        change = value.unrealised
    elif header == "Yield on market":
        change = value.yield_change_bp
    elif header == "IRR at market" and value.irr_market_bp is not None:
        change = None if value.irr_cost_bp is None else value.irr_market_bp - value.irr_cost_bp
    return None if change is None else QColor(colors.direction(change))


def market_tooltip(value: MarketValue, realised: str) -> str:
    """Where the price came from, and what sales realised (`realised` formatted)."""
    if value.mark is None:
        return ""
    why = {
        MarkSource.LAST_TRADE: QCoreApplication.translate(
            "HoldingsModel", "Valued at the last trade on the market."
        ),
        MarkSource.RECENT_TRADES: QCoreApplication.translate(
            "HoldingsModel",
            "The last trade strays far from the recent ones: valued at the volume-weighted "
            "price of the recent trades.",
        ),
        MarkSource.MID: QCoreApplication.translate(
            "HoldingsModel", "No trade yet: valued at the mid of the best bid and the best ask."
        ),
        MarkSource.OFFERING: QCoreApplication.translate(
            "HoldingsModel", "No trade and no two-sided book: valued at the offering price."
        ),
    }[value.mark.source]
    said = QCoreApplication.translate("HoldingsModel", "Realised by sales (FIFO): {realised}")
    return why + "\n" + said.format(realised=realised)
