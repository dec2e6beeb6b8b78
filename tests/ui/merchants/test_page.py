"""The Merchants page driven as a user would, against the real sandbox server on loopback."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.domain.scorecard import build_scorecard
from tests.ui.helpers import gui_over
from ui.merchants.table_model import COLUMN
from ui.shared import format as fmt
from ui.shared.i18n import Language

SANDBOX_MERCHANTS = 60


def visible_ids(page) -> list[str]:  # noqa: ANN001
    return [page.proxy.merchant(r).id for r in range(page.proxy.rowCount())]


def choose(combo, value: object) -> None:  # noqa: ANN001
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_search_filter_and_sort_like_a_user(qtbot, qtmodeltester, sandbox_api, tmp_path):
    with gui_over(qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db") as gui:
        page = gui.merchants
        qtbot.waitUntil(lambda: page.model.rowCount() == SANDBOX_MERCHANTS, timeout=20_000)
        assert page.count.text() == f"{SANDBOX_MERCHANTS} of {SANDBOX_MERCHANTS} merchants"
        everyone = page.model.items()
        qtmodeltester.check(page.model)  # Qt's own model checks, on the real list
        qtmodeltester.check(page.proxy)
        widths = [page.table.columnWidth(c) for c in range(page.proxy.columnCount())]

        # Search by part of a name, typed key by key (debounced, applied once typing pauses).
        target = everyone[17]
        word = target.name.split()[0][:4]
        qtbot.keyClicks(page.search, word.lower())
        expected = sorted(m.id for m in everyone if word.casefold() in m.name.casefold()
                          or word.casefold() in m.id.casefold())  # fmt: skip
        qtbot.waitUntil(lambda: sorted(visible_ids(page)) == expected)
        assert target.id in visible_ids(page)
        assert page.count.text() == f"{len(expected)} of {SANDBOX_MERCHANTS} merchants"
        page.search.clear()
        qtbot.waitUntil(lambda: page.proxy.rowCount() == SANDBOX_MERCHANTS)

        # Filter by city, then category, then tokenized: each narrows to exactly the matches.
        city = target.city.value
        choose(page.city, city)
        assert sorted(visible_ids(page)) == sorted(m.id for m in everyone if m.city == target.city)
        choose(page.category, target.category.value)
        both = [m for m in everyone if m.city == target.city and m.category == target.category]
        assert sorted(visible_ids(page)) == sorted(m.id for m in both)
        choose(page.city, None)
        choose(page.category, None)
        choose(page.tokenized, True)
        tokenized = sorted(m.id for m in everyone if m.tokenized)
        assert tokenized and sorted(visible_ids(page)) == tokenized
        assert page.count.text() == f"{len(tokenized)} of {SANDBOX_MERCHANTS} merchants"
        choose(page.tokenized, None)
        qtbot.keyClicks(page.search, "no such store zz")  # nothing matches, then all again
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 0)
        page.search.clear()
        qtbot.waitUntil(lambda: page.proxy.rowCount() == SANDBOX_MERCHANTS)
        # Filtering never moves the columns: the widths are those the table started with.
        assert [page.table.columnWidth(c) for c in range(page.proxy.columnCount())] == widths
        # No header is clipped, in English or in Chinese.
        language = Language(QApplication.instance(), "zh_CN")
        try:
            for code in ("zh_CN", "en"):
                language.apply(code)
                page.retranslate()
                header = page.table.horizontalHeader()
                for column in range(page.proxy.columnCount()):
                    needed = header.sectionSizeFromContents(column).width()
                    assert page.table.columnWidth(column) >= needed, (code, column)
        finally:
            language.apply("en")

        # Clicking the GMV header sorts by the integer, not the formatted text.
        header = page.table.horizontalHeader()
        where = QPoint(header.sectionViewportPosition(COLUMN["gmv_12m"]) + 10, 5)
        for _ in range(2):  # one click sorts one way, the next the other
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            gmv = [page.proxy.merchant(r).gmv_12m for r in range(page.proxy.rowCount())]
            assert header.sortIndicatorSection() == COLUMN["gmv_12m"]
            assert gmv == sorted(gmv, reverse=descending) and gmv[0] != gmv[-1]


def test_open_a_dashboard_and_read_the_scorecard(qtbot, sandbox_api, tmp_path):
    with gui_over(qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db") as gui:
        page, dashboard = gui.merchants, gui.dashboard
        qtbot.waitUntil(lambda: page.model.rowCount() == SANDBOX_MERCHANTS, timeout=20_000)
        choose(page.tokenized, True)
        page.table.setFocus()
        page.table.setCurrentIndex(page.proxy.index(0, 0))
        chosen = page.proxy.merchant(0)
        with qtbot.waitSignal(dashboard.shown, timeout=20_000) as shown:
            qtbot.keyClick(page.table, Qt.Key.Key_Return)
        assert gui.window.merchant_area.currentWidget() is dashboard
        data = shown.args[0]
        assert data.profile.summary.id == chosen.id
        assert chosen.name in dashboard.name.text()
        assert chosen.city.value in dashboard.details.text()
        assert (chosen.token_symbol or "") in dashboard.details.text()

        # What the page shows is what the domain computes from the same payloads.
        expected = build_scorecard(data.series, data.promotions, data.repayments, data.peers,
                                   data.profile)  # fmt: skip
        view = dashboard.scorecard
        for criterion in expected.criteria:
            key = criterion.key
            assert view.findChild(type(dashboard.name), f"value:{key}").text() == (
                fmt.criterion_value(criterion.value, criterion.unit, key)
            )
            percentile = view.findChild(type(dashboard.name), f"percentile:{key}").text()
            assert percentile == (
                "—" if criterion.peer_percentile is None else fmt.ordinal(criterion.peer_percentile)
            )
            assert view.result_text(key) == ("Pass" if criterion.passed else "Fail")
            assert view.findChild(type(dashboard.name), f"reason:{key}").text() == criterion.reason
        assert len(expected.criteria) == 6
        alerts = dashboard.alerts.body.text()
        assert all(a.message in alerts for a in data.alerts) or alerts == "No active alerts"

        # Every chart drew the core's data; Escape goes back to the list.
        for key, chart in dashboard.charts.items():
            assert chart.data is getattr(data.charts, key)
        qtbot.keyClick(dashboard, Qt.Key.Key_Escape)
        assert gui.window.merchant_area.currentWidget() is page


def test_updates_faster_than_the_charts_draw_still_finish_the_drawing(qtbot, sandbox_api, tmp_path):
    """Live updates that arrive while the six charts draw wait for the drawing to finish (the
    newest one is then drawn) instead of restarting it: restarting starved 'shown' for good."""
    with gui_over(qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db") as gui:
        page, dashboard = gui.merchants, gui.dashboard
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
        with qtbot.waitSignal(dashboard.shown, timeout=60_000) as first:
            gui.window.open_merchant(page.model.item(0).id)
        data = first.args[0]
        drawn: list[object] = []
        dashboard.shown.connect(drawn.append)
        dashboard.show_dashboard(data)
        for _ in range(3000):  # an update every few ms, faster than six charts draw
            if drawn:
                break
            dashboard._dashboard_updated(data)
            qtbot.wait(5)
        assert drawn, "the charts never finished drawing while updates kept coming"
        qtbot.waitUntil(lambda: not dashboard._steps, timeout=60_000)
        assert drawn[-1] is data
