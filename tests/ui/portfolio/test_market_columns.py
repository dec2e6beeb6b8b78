"""The Portfolio's market columns: price and its source, market value, unrealised P&L in the
investor's colours of up and down, yield and IRR at market; the cost basis says FIFO."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.portfolio.charts import allocation, cumulative_flows, distributions_per_month
from app.portfolio.holdings import Snapshot
from app.portfolio.kyc import kyc_status
from app.portfolio.returns import holding_returns, portfolio_returns
from app.portfolio.valuation import Quote, value_portfolio
from app.services.portfolio import PortfolioView
from tests.app.portfolio.test_valuation import T0, TOKEN, USD, _holding, traded
from ui.portfolio.holdings_model import HEADERS, HoldingsModel
from ui.shared.keyed_model import KEY_ROLE, SORT_ROLE
from ui.shared.theme import LIGHT


def view_with(quote: Quote | None) -> PortfolioView:
    holding = _holding(traded().replay())  # 20 PST left at a FIFO cost of 240.72
    now = T0 + 10 * 86_400
    snap = Snapshot("0xA", 31337, 9, now, "0xC", "sUSD", 6, 0, kyc_status(now + 10**8, now),
                    (holding,), 9)  # fmt: skip
    quotes = {} if quote is None else {TOKEN: quote}
    return PortfolioView(
        snap, portfolio_returns(snap), {TOKEN: holding_returns(holding, now)}, {},
        allocation(snap), distributions_per_month(snap), cumulative_flows(holding.entries), [],
        value_portfolio(snap, quotes),
    )  # fmt: skip


def cell(model: HoldingsModel, header: str, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
    return model.index(0, HEADERS.index(header)).data(role)


@pytest.mark.parametrize(("up", "loss"), [("green", LIGHT.red), ("red", LIGHT.green)])
def test_a_holding_at_its_last_trade_with_its_loss_in_the_colour_of_down(
    qtbot, qtmodeltester, up, loss
):
    model = HoldingsModel()
    model.set_colors(replace(LIGHT, up=up))
    model.set_view(view_with(Quote(11 * USD, 14 * USD, 9 * USD)))
    qtmodeltester.check(model)
    assert cell(model, "Token", KEY_ROLE) == TOKEN
    assert cell(model, "Market value", SORT_ROLE) == 180 * USD
    assert cell(model, "Cost basis (FIFO)") == "240.72"
    assert (cell(model, "Price"), cell(model, "Priced at")) == ("9.00", "last trade")
    assert cell(model, "Market value") == "180.00"
    assert cell(model, "Unrealised P&L") == "-60.72"
    assert cell(model, "Unrealised P&L", Qt.ItemDataRole.ForegroundRole).name() == loss
    assert "Realised by sales (FIFO): 528.65" in cell(
        model, "Market value", Qt.ItemDataRole.ToolTipRole
    )  # noqa: E501
    assert "First in, first out" in cell(model, "Cost basis (FIFO)", Qt.ItemDataRole.ToolTipRole)


def test_the_source_falls_back_to_the_mid_then_the_offering_price(qtbot):
    model = HoldingsModel()
    model.set_view(view_with(Quote(11 * USD, 14 * USD)))
    assert (cell(model, "Price"), cell(model, "Priced at")) == ("12.50", "mid")
    assert cell(model, "Unrealised P&L") == "+9.28"
    assert cell(model, "Unrealised P&L", Qt.ItemDataRole.ForegroundRole).name() == LIGHT.green
    model.set_view(view_with(None))
    assert (cell(model, "Price"), cell(model, "Priced at")) == ("10.00", "offering price")
    assert "offering price" in cell(model, "Price", Qt.ItemDataRole.ToolTipRole)
