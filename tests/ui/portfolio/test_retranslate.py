"""The Portfolio page and its dialogs follow a change of language the Qt way: each widget sets its
texts again in `retranslate()` when Qt sends it `LanguageChange`, with no reverse look-up of the
catalogs. Built without a chain: the
widgets' own texts need none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.portfolio.test_totals import view
from ui.portfolio.claim_dialog import ClaimAllDialog
from ui.portfolio.page import PortfolioPage
from ui.portfolio.proposal_dialog import ProposalDialog
from ui.portfolio.statement_dialog import StatementPeriodDialog
from ui.portfolio.subscribe_dialog import SubscribeDialog
from ui.shared.i18n import Language

NOW = 1_796_000_000  # 2026-11-30


def switch(qapp: QApplication, language: Language, code: str) -> None:
    language.apply(code)
    qapp.processEvents()  # Qt posts LanguageChange to every top-level widget


def _tab(page: PortfolioPage, widget: QWidget) -> str:
    return page.tabs.tabText(page.tabs.indexOf(widget))


def _widgets(qtbot: Any) -> dict[str, Any]:
    page = PortfolioPage(poll_ms=0)
    qtbot.addWidget(page)
    page.totals.show_view(view())
    page.show_unavailable(
        lambda: QCoreApplication.translate("PortfolioPage", "Connecting to the chain…")
    )
    period = StatementPeriodDialog(dt.date(2026, 12, 3))
    holding = SimpleNamespace(claimable=5_000_000)
    snapshot = SimpleNamespace(
        holdings=[holding, holding], stablecoin_decimals=6, stablecoin_symbol="sUSD"
    )
    claim = ClaimAllDialog(SimpleNamespace(), snapshot, SimpleNamespace())
    power = SimpleNamespace(
        enough=True, threshold=10**18, votes=2 * 10**18, vote_decimals=18, stray=0,
        coin_decimals=6, coin_symbol="sUSD",
    )  # fmt: skip
    info = SimpleNamespace(symbol="PSP0", name="Shenzhen Gadgets", token="0x01", deadline=NOW + 1)
    proposal = ProposalDialog(power, info)
    subscribe = SubscribeDialog(
        SimpleNamespace(),
        "0x02",
        [info],
        NOW,
        lambda _what: None,
    )
    for dialog in (period, claim, proposal, subscribe):
        qtbot.addWidget(dialog)
    return {"page": page, "period": period, "claim": claim, "proposal": proposal,
            "subscribe": subscribe}  # fmt: skip


# (what is read, English, Simplified, Traditional)
TEXTS: list[tuple[Callable[[dict[str, Any]], str], str, str, str]] = [
    (lambda w: w["page"].title.text(), "Portfolio", "投资组合", "投資組合"),
    (lambda w: w["page"].claim_button.text(), "Claim", "领取", "領取"),
    (
        lambda w: w["page"].claim_button.toolTip(),
        "Claim the selected holding's profit share",
        "领取所选持仓的收益分成",
        "領取所選持倉的收益分成",
    ),
    (lambda w: w["page"].claim_all_button.text(), "Claim all", "全部领取", "全部領取"),
    (lambda w: w["page"].statements.text(), "Statements", "对账单", "結單"),
    (
        lambda w: w["page"].csv_action.text(),
        "Cash flows (CSV)…",
        "现金流（CSV）…",
        "現金流（CSV）…",
    ),
    (
        lambda w: w["page"].trade_button.toolTip(),
        "Buy or sell the selected holding on the market",
        "在市场上买卖所选持仓",
        "在市場上買賣所選持倉",
    ),
    (lambda w: w["page"].refresh_button.text(), "Refresh", "刷新", "重新整理"),
    (lambda w: _tab(w["page"], w["page"].charts), "Charts", "图表", "圖表"),
    (lambda w: _tab(w["page"], w["page"].governance), "Store DAO", "店铺 DAO", "店鋪 DAO"),
    (
        lambda w: w["page"].message.text(),
        "Connecting to the chain…",
        "正在连接区块链…",
        "正在連接區塊鏈…",
    ),
    (lambda w: w["page"].totals.figures["invested"].caption.text(), "Invested", "已投资", "已投資"),
    (lambda w: w["page"].charts.allocation.heading.text(), "Allocation", "资产配置", "資產配置"),
    (
        lambda w: w["page"].governance.activate_button.text(),
        "Activate my votes",
        "激活我的投票权",
        "啟用我的投票權",
    ),
    (
        lambda w: w["page"].governance.heading.text(),
        "Select a holding to see its store's DAO.",
        "请选择一个持仓以查看其店铺的 DAO。",
        "請選擇一個持倉以查看其店鋪的 DAO。",
    ),
    (
        lambda w: w["page"].governance.model.headerData(0, Qt.Orientation.Horizontal),
        "Proposal",
        "提议",
        "提議",
    ),
    (
        lambda w: (
            w["page"].governance.vote_buttons[next(iter(w["page"].governance.vote_buttons))].text()
        ),
        "Vote for",
        "投赞成票",
        "投贊成票",
    ),  # fmt: skip
    (
        lambda w: w["page"].powers_panel.roles.headerData(0, Qt.Orientation.Horizontal),
        "Contract",
        "合约",
        "合約",
    ),
    (lambda w: w["period"].windowTitle(), "Investor statement", "投资者对账单", "投資者結單"),
    (lambda w: w["period"].preset.itemText(2), "Last 12 months", "最近 12 个月", "最近 12 個月"),
    (lambda w: w["period"].preset.itemText(1), "Tax year 2025", "2025 纳税年度", "2025 課稅年度"),
    (lambda w: w["period"].period_label.text(), "Period", "期间", "期間"),
    (lambda w: w["period"].write_button.text(), "Write PDF…", "生成 PDF…", "產生 PDF…"),
    (lambda w: w["claim"].windowTitle(), "Claim all", "全部领取", "全部領取"),
    (
        lambda w: w["claim"].stop_button.text(),
        "Stop after this claim",
        "完成本次领取后停止",
        "完成本次領取後停止",
    ),
    (lambda w: w["proposal"].kind_label.text(), "Kind", "类型", "類型"),
    (lambda w: w["subscribe"].windowTitle(), "Subscribe to an offering", "认购发行", "認購發行"),
    (lambda w: w["subscribe"].check_button.text(), "Check", "检查", "檢查"),
    (
        lambda w: w["subscribe"].subscribe_button.text(),
        "Sign and subscribe",
        "签名并认购",
        "簽署並認購",
    ),  # fmt: skip
    (
        lambda w: w["subscribe"].offering.itemText(0),
        "PSP0 — Shenzhen Gadgets (open)",
        "PSP0 — Shenzhen Gadgets（认购中）",
        "PSP0 — Shenzhen Gadgets（認購中）",
    ),
]


def _shown(widgets: dict[str, Any]) -> list[str]:
    return [read(widgets) for read, *_ in TEXTS]


def _expected(column: int) -> list[str]:
    return [texts[column] for _, *texts in TEXTS]


def test_the_page_and_its_dialogs_follow_the_language(qtbot, qapp, language):
    widgets = _widgets(qtbot)
    model = widgets["page"].model
    assert _shown(widgets) == _expected(0)
    intro = widgets["claim"].intro.text()
    assert "2 holdings" in intro and "10.00 sUSD" in intro

    switch(qapp, language, "zh_CN")
    assert _shown(widgets) == _expected(1)
    assert widgets["claim"].intro.text() != intro and "10.00 sUSD" in widgets["claim"].intro.text()
    # The holdings model needs nothing: it translates its headers as they are drawn.
    assert model.headerData(0, Qt.Orientation.Horizontal) == "代币"

    switch(qapp, language, "zh_TW")
    assert _shown(widgets) == _expected(2)

    switch(qapp, language, "en")
    assert _shown(widgets) == _expected(0)
    assert widgets["claim"].intro.text() == intro
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Token"
