"""The merchant list and a merchant's dashboard follow a change of language by themselves (the
Qt way: `retranslate()` on LanguageChange), with the main window's reverse look-up switched off.
Built from payloads, without a server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.backend.cache import Fetched
from app.backend.models import City, MerchantSummary
from app.domain.covenants import check_covenants
from app.domain.dashboard import build_charts
from app.domain.scorecard import build_scorecard
from app.events import EventBus
from app.services.merchants import MerchantDashboard
from tests.fixtures import payloads
from ui.merchants.dashboard import MerchantDashboardPage
from ui.merchants.page import MerchantsPage
from ui.shared.bridge import EventBridge
from ui.shared.i18n import Language
from ui.shared.i18n.retranslating import refresh_models
from ui.shared.theme import LIGHT

CODES = ("en", "zh_CN", "zh_TW", "en")


@pytest.fixture
def bridge() -> Iterator[EventBridge]:
    bridge = EventBridge(EventBus())
    yield bridge
    bridge.close()
    bridge.deleteLater()


class Explorer:
    def list_merchants(self) -> Fetched[list[MerchantSummary]]:
        merchants = [payloads.summary(i) for i in range(1, 4)]
        return Fetched(merchants, dt.datetime.now(dt.UTC))

    def dashboard(self, merchant_id: str) -> MerchantDashboard:
        raise AssertionError("the test shows its dashboard itself")


def dashboard(index: int = 1) -> MerchantDashboard:
    profile, series = payloads.profile(index), payloads.series(index)
    promotions, repayments = payloads.promotions(index), payloads.repayments(index)
    peers = payloads.peers(profile.summary.category)
    return MerchantDashboard(
        profile=profile,
        series=series,
        promotions=promotions,
        repayments=repayments,
        peers=peers,
        scorecard=build_scorecard(series, promotions, repayments, peers, profile),
        alerts=check_covenants(series, repayments, profile),
        charts=build_charts(series, promotions, repayments, peers),
        fetched_at=dt.datetime.now(dt.UTC),
        stale=False,
        error=None,
    )


def _switch(qapp: QApplication, language: Language, code: str, *roots: QWidget) -> None:
    language.apply(code)
    qapp.processEvents()
    for root in roots:
        refresh_models(root)  # what the main window does for the tables


def test_the_list_follows_the_language(qtbot, qapp, language, bridge):  # noqa: ANN001
    page = MerchantsPage(Explorer(), bridge)
    qtbot.addWidget(page)
    assert page.count.text() == "Loading…"
    with qtbot.waitSignal(page.loaded):
        page.reload()
    shenzhen = page.city.findData(City.SHENZHEN.value)
    expected = {
        "en": ("Merchants", "3 of 3 merchants", "All cities", "Shenzhen", "Tokenized or not",
               "Load the merchant list again (F5)", "Search name or ID  (Ctrl+F)", "Name"),
        "zh_CN": ("商户", "3 / 3 家商户", "所有城市", "深圳", "是否代币化",
                  "重新加载商户列表（F5）", "搜索名称或编号（Ctrl+F）", "名称"),
        "zh_TW": ("商戶", "3 / 3 家商戶", "所有城市", "深圳", "是否代幣化",
                  "重新載入商戶列表（F5）", "搜尋名稱或編號（Ctrl+F）", "名稱"),
    }  # fmt: skip
    for code in CODES:
        _switch(qapp, language, code, page)
        title, count, cities, city, tokenized, tip, search, name = expected[code]
        assert page.title.text() == title
        assert page.count.text() == count
        assert page.city.itemText(0) == cities and page.city.accessibleName() == cities
        assert page.city.itemText(shenzhen) == city
        assert page.city.itemData(shenzhen) == City.SHENZHEN.value  # the filter's value stays
        assert page.tokenized.itemText(0) == tokenized
        assert page.refresh_button.toolTip() == tip
        assert page.search.placeholderText() == search
        assert page.proxy.headerData(1, Qt.Orientation.Horizontal) == name


def test_the_dashboard_follows_the_language(qtbot, qapp, language, bridge):  # noqa: ANN001
    page = MerchantDashboardPage(Explorer(), None, bridge, LIGHT)
    qtbot.addWidget(page)
    board = dashboard()
    page.merchant_id = board.profile.summary.id
    page.show_dashboard(board)
    page.draw_now()
    expected = {
        "en": ("← Merchants", "Back to the merchant list (Esc)", "Scorecard · ", "Criterion",
               "Active alerts", "Revenue trend", "Data as of "),
        "zh_CN": ("← 商户", "返回商户列表（Esc）", "评分卡 · ", "标准", "当前预警", "收入趋势",
                  "数据截至 "),
        "zh_TW": ("← 商戶", "返回商戶列表（Esc）", "評分卡 · ", "標準", "當前預警", "收入趨勢",
                  "數據截至 "),
    }  # fmt: skip
    for code in CODES:
        _switch(qapp, language, code, page)
        back, tip, verdict, criterion, alerts, revenue, state = expected[code]
        assert page.back_button.text() == back
        assert page.back_button.toolTip() == tip
        assert page.scorecard.verdict.text().startswith(verdict)
        assert page.scorecard._heads[0].text() == criterion
        assert page.alerts.title.text() == alerts
        assert page.charts["revenue"].heading.text() == revenue
        assert page.state.text().startswith(state)
        assert page.charts["revenue"].data is board.charts.revenue  # the data stays
