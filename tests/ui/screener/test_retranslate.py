"""The Screener follows a change of language by itself (the Qt way: `retranslate()` on
LanguageChange), with the main window's reverse look-up switched off: the page, its what-if
panel, funnel and histograms without any data; the comparison and the shortlist's cells over a
screened sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.backend.bulk import BulkClient
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.domain.policy import DEFAULT_POLICY
from app.screener.loader import Screener
from app.screener.portfolio import Portfolio
from app.storage import open_database
from ui.screener.page import ScreenerPage
from ui.screener.shortlist_model import SCORE_COLUMN
from ui.shared.i18n import Language
from ui.shared.i18n.retranslating import refresh_models
from ui.shared.layout_check import clipped_texts

CODES = ("en", "zh_CN", "zh_TW", "en")


def _switch(qapp: QApplication, language: Language, code: str, *roots: QWidget) -> None:
    language.apply(code)
    qapp.processEvents()
    for root in roots:
        refresh_models(root)  # what the main window does for the tables


class Unscreened:
    """A screener never asked to load (the page is not shown)."""

    policy = DEFAULT_POLICY

    def load(self, **_kwargs: object) -> Portfolio:
        raise AssertionError("not shown: nothing loads")


def test_the_page_follows_the_language(qtbot, qapp, language) -> None:  # noqa: ANN001
    page = ScreenerPage(Unscreened())
    qtbot.addWidget(page)
    expected = {
        "en": ("Screener", "Screen again", "Export CSV…", "Shortlist", "Distributions",
               "Not screened yet.", "Compare (0)", "Show every store, not only those passing "
               "all five", "What-if thresholds", "Growth at least", " days",
               "Restore the policy in force", "Funnel: stores passing each criterion in turn",
               "Growth over 24 months (%)", "Underwriter score (internal)"),
        "zh_CN": ("筛选器", "重新筛选", "导出 CSV…", "候选名单", "分布", "尚未筛选。", "比较（0）",
                  "显示所有店铺，而不仅是通过全部五项的店铺", "假设阈值", "增长至少", " 天",
                  "恢复当前生效的政策", "漏斗：依次通过各项标准的店铺", "24 个月增长（%）",
                  "承销方评分（内部）"),
        "zh_TW": ("篩選器", "重新篩選", "匯出 CSV…", "候選名單", "分佈", "尚未篩選。", "比較（0）",
                  "顯示所有店鋪，而不僅是通過全部五項的店鋪", "假設閾值", "增長至少", " 天",
                  "恢復當前生效的政策", "漏斗：依次通過各項標準的店鋪", "24 個月增長（%）",
                  "承銷方評分（內部）"),
    }  # fmt: skip
    for code in CODES:
        _switch(qapp, language, code, page)
        shown = (
            page.title.text(),
            page.reload_button.text(),
            page.export_button.text(),
            page.tabs.tabText(0),
            page.tabs.tabText(1),
            page.status.text(),
            page.compare_button.text(),
            page.everyone.text(),
            page.whatif.heading.text(),
            page.whatif._labels[0].text(),
            page.whatif.dio.suffix(),
            page.whatif.restore.text(),
            page.funnel.heading.text(),
            page.histograms["growth"].heading.text(),
            page.model.headerData(SCORE_COLUMN, Qt.Orientation.Horizontal),
        )
        assert shown == expected[code], code


@pytest.fixture
def screened(qtbot, screening_sandbox, tmp_path: Path) -> Iterator[ScreenerPage]:  # noqa: ANN001
    client = ApiClient(screening_sandbox.api_url, screening_sandbox.token, timeout=60)
    api = CachedApi(client, open_database(tmp_path / "app.sqlite3"), "test")
    screener = Screener(api, BulkClient(client, tmp_path / "pages"), tmp_path / "measures")
    widget = ScreenerPage(screener)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    with qtbot.waitSignal(widget.screened, timeout=120_000):
        widget.show()
    yield widget
    client.close()


def test_the_comparison_and_the_cells_follow_the_language(  # noqa: ANN201
    screened: ScreenerPage,
    qtbot,  # noqa: ANN001
    qapp,  # noqa: ANN001
    language,  # noqa: ANN001
):
    page = screened
    page.everyone.setChecked(True)
    portfolio = page.portfolio
    assert portfolio is not None
    tokenized = next(r for r in range(page.model.rowCount())
                     if portfolio.tokenized[page.model.item(r)])  # fmt: skip
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 5):
        selection.select(page.model.index(row, 0), flags)
    dialog = page.compare_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    passed = dialog.view.cards[0].passed
    expected = {
        "en": ("Compare stores", "All five criteria", "Pass" if passed else "Fail",
               "Peer percentiles", "yes", " stores pass all five criteria"),
        "zh_CN": ("比较店铺", "全部五项标准", "通过" if passed else "未通过", "同业百分位", "是",
                  "家通过全部五项标准"),
        "zh_TW": ("比較店鋪", "全部五項標準", "通過" if passed else "未通過", "同業百分位", "是",
                  "家通過全部五項標準"),
    }  # fmt: skip
    for code in CODES:
        _switch(qapp, language, code, page, dialog)
        qtbot.waitUntil(lambda: dialog.view.findChild(QLabel, "compare:overall:1") is not None)
        labels = [w.text() for w in dialog.view.findChildren(QLabel)]
        title, five, verdict, chart, yes, funnel = expected[code]
        assert dialog.windowTitle() == title
        assert five in labels
        overall = dialog.view.findChildren(QLabel, "compare:overall:1")
        assert overall[-1].text() == verdict  # the newest grid (the old one is deleted later)
        assert dialog.chart.heading.text() == chart
        revenue, caption = {"en": (": revenue by month", "Monthly, USD"),
                            "zh_CN": ("：月度收入", "按月，美元"),
                            "zh_TW": ("：月度收入", "按月，美元")}[code]  # fmt: skip
        for row, store in zip(page.selected_rows(), dialog.store_charts, strict=True):
            assert store.heading.text() == portfolio.names[row] + revenue
            qtbot.waitUntil(lambda s=store, c=caption: s.caption.text().startswith(c))
        assert page.model.index(tokenized, 4).data() == yes
        assert funnel in page.funnel.caption.text()
        assert clipped_texts(page.table) == [], code  # every column title whole
    dialog.close()
