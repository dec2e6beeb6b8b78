"""The portfolio's totals cards: large amounts counted the way the language counts them (CLDR
compact formats: 2.6M, 258.5万), smaller ones with two decimals, exact in the tooltip; and a row
that re-flows into balanced rows instead of setting the window's minimum width (a 1200 px
laptop)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from app.config import Settings
from ui.portfolio.page import PortfolioPage
from ui.portfolio.summary import TotalsRow
from ui.shared.i18n import Language
from ui.shared.theme import ThemeManager
from ui.shell.main_window import MainWindow

MILLIONS = 2_585_049_369_413  # 2,585,049.369413 sUSD in base units


def view(amount: int = MILLIONS) -> Any:
    totals = SimpleNamespace(
        invested=amount,
        cost_basis=amount,
        distributions=amount + 7_000_000,
        claimed=7_000_000,
        claimable=amount,
    )
    snapshot = SimpleNamespace(
        stablecoin_symbol="sUSD",
        stablecoin_decimals=6,
        totals=totals,
        stablecoin_balance=25_000_000_000,
    )
    returns = SimpleNamespace(yield_12m_bp=6097, irr_cash_bp=5235, irr_accrual_bp=5100)
    total = SimpleNamespace(
        value=amount + 1_000_000, unrealised=1_000_000, realised=-5_000_000,
        yield_market_bp=6000, yield_change_bp=-97, irr_market_bp=5300,
    )  # fmt: skip
    return SimpleNamespace(snapshot=snapshot, returns=returns, market=SimpleNamespace(total=total))


def test_cards_count_as_the_language_does_and_keep_the_exact_amount_in_the_tooltip(
    qtbot, language: Language
):
    row = TotalsRow()
    qtbot.addWidget(row)
    row.show_view(view())
    claimable = row.figures["claimable"]
    assert claimable.value.text().startswith("2.6M ")  # CLDR compact, as the chart axes
    assert "sUSD" in claimable.value.text()
    assert row.figures["cash"].value.text().startswith("25K ")
    assert claimable.toolTip().startswith("2,585,049.369413 sUSD")
    assert "2585049369413 base units" in claimable.toolTip()
    assert row.figures["cash"].toolTip() == "25,000.00 sUSD"
    # Received means paid out: the accrued rest is the claimable card, not counted twice.
    assert row.figures["distributions"].value.text().startswith("7.00 ")
    assert row.figures["distributions"].caption.text() == "Distributions received (paid out)"
    assert row.figures["claimable"].caption.text() == "Accrued, not yet claimed"
    assert row.figures["irr"].caption.text() == "IRR, cash moved (cost · market)"
    assert row.figures["irr"].value.text().startswith("52.35% · ")
    assert row.figures["cost_basis"].caption.text() == "Cost basis (FIFO)"
    assert "first in, first out (FIFO)" in row.figures["cost_basis"].toolTip()
    worth = row.figures["market_value"]
    assert worth.value.text().startswith("2.6M ") and "+1.00" in worth.value.text()
    assert "Realised by sales (first in, first out): -5.00 sUSD" in worth.toolTip()

    language.apply("zh_CN")  # 万 and 亿, never "2.6M"; the tooltip stays exact
    qtbot.waitUntil(lambda: claimable.value.text().startswith("258.5万 "))
    assert row.figures["cash"].value.text().startswith("2.5万 ")
    assert row.figures["distributions"].value.text().startswith("7.00 ")
    assert worth.value.text().startswith("258.5万 ")
    assert claimable.toolTip().startswith("2,585,049.369413 sUSD")
    assert not any(c in claimable.value.text() for c in "KMB")


def test_the_row_wraps_into_balanced_rows_when_narrow(qtbot):
    row = TotalsRow()
    qtbot.addWidget(row)
    row.show_view(view())
    row.resize(2100, 80)  # eight cards of millions
    row.show()
    qtbot.waitUntil(lambda: row.columns == 8)
    row.resize(700, 80)
    qtbot.waitUntil(lambda: row.columns < 8)
    assert row.columns in (3, 4)  # 4 + 4 or 3 + 3 + 2, never 7 + 1
    card = max(f.minimumSizeHint().width() for f in row.figures.values())
    assert row.minimumSizeHint().width() == card


def test_the_window_fits_a_small_laptop_with_the_portfolio_page(qtbot, qapp):
    settings = Settings()
    theme = ThemeManager(qapp, settings.theme)
    window = MainWindow(settings, lambda _s: None, theme)
    qtbot.addWidget(window)
    page = PortfolioPage(poll_ms=0)
    page.account_box.addItem(
        "Investor · 0x15d34A…2C6A65", "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"
    )
    page.totals.show_view(view(12_345_678_901_234_567))  # 12 billion sUSD
    window.add_page("Portfolio", page, "Ctrl+1")
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1200
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.width() == 1200)
    assert page.totals.columns < 8  # wrapped to fit
