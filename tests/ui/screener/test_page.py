"""The Screener page driven as a user would, against the real sandbox server (300 merchants)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSize, Qt

from app.backend.bulk import BulkClient
from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.domain.policy import DEFAULT_POLICY
from app.screener.loader import Screener
from app.storage import open_database
from ui.screener.charts import FUNNEL_LABELS
from ui.screener.page import Screened, ScreenerPage
from ui.screener.shortlist_model import FIRST_CRITERION, ICON_SIZE, PASSED_ROLE, SCORE_COLUMN
from ui.shared.keyed_model import SORT_ROLE
from ui.shared.theme import DARK, LIGHT


@pytest.fixture
def page(qtbot, screening_sandbox, tmp_path: Path):  # noqa: ANN001, ANN201
    client = ApiClient(screening_sandbox.api_url, screening_sandbox.token, timeout=60)
    api = CachedApi(client, open_database(tmp_path / "app.sqlite3"), "test")
    screener = Screener(api, BulkClient(client, tmp_path / "pages"), tmp_path / "measures")
    widget = ScreenerPage(screener)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    with qtbot.waitSignal(widget.screened, timeout=120_000):
        widget.show()  # the first visit screens, with progress
    yield widget
    client.close()


def test_funnel_shortlist_and_chips(page: ScreenerPage, qtmodeltester) -> None:  # noqa: ANN001
    portfolio, view = page.portfolio, page.current
    assert portfolio is not None and view is not None and portfolio.count == 300
    counts = [s.count for s in view.funnel]
    assert counts[0] == 300 and counts == sorted(counts, reverse=True)
    assert page.model.rowCount() == counts[-2]  # the shortlist: all five passed
    assert page.funnel.data == view.funnel
    assert page.progress.isHidden() and "300 stores" in page.status.text()
    for row in range(page.model.rowCount()):
        for column in range(FIRST_CRITERION, SCORE_COLUMN):
            assert page.model.index(row, column).data(PASSED_ROLE) is True
    header = page.model.headerData(SCORE_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Underwriter score (internal)"
    # The chips' icon has a pixmap of the view's icon size on ordinary and double-density
    # screens alike: drawn as it is, never scaled per cell on a repaint.
    icon = page.model.index(0, FIRST_CRITERION).data(Qt.ItemDataRole.DecorationRole)
    size = page.table.iconSize()
    assert size == QSize(ICON_SIZE, ICON_SIZE)
    assert sorted(s.width() for s in icon.availableSizes()) == [ICON_SIZE, 2 * ICON_SIZE]
    for ratio in (1.0, 2.0):
        pixmap = icon.pixmap(size, ratio)
        assert pixmap.devicePixelRatio() == ratio and pixmap.width() == ICON_SIZE * ratio
    assert [FUNNEL_LABELS[s.key] for s in view.funnel][0] == "All stores"
    qtmodeltester.check(page.model)


def test_what_if_changes_only_the_page_and_restores(page: ScreenerPage, qtbot) -> None:  # noqa: ANN001
    page.tabs.setCurrentIndex(1)  # the histograms draw once shown, one per turn
    qtbot.waitUntil(lambda: all(c.data is not None for c in page.histograms.values()))
    before = [s.count for s in page.current.funnel]  # type: ignore[union-attr]
    page.whatif.dio.setValue(200.0)  # DIO fine up to 200 days: more stores pass
    after = [s.count for s in page.current.funnel]  # type: ignore[union-attr]
    assert page.whatif.is_what_if() and page.whatif.restore.isEnabled()
    assert after[2] >= before[2] and after != before
    assert page.screener.policy == DEFAULT_POLICY  # the policy in force is untouched
    line = page.histograms["dio"]._line
    assert line is not None and list(line.get_xdata()) == [200.0, 200.0]
    page.whatif.restore.click()
    assert [s.count for s in page.current.funnel] == before  # type: ignore[union-attr]
    assert not page.whatif.restore.isEnabled()


def test_compare_and_export(page: ScreenerPage, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    page.everyone.setChecked(True)
    assert page.model.rowCount() == 300
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 5, 9):
        selection.select(page.model.index(row, 0), flags)
    assert page.compare_button.isEnabled() and page.compare_button.text() == "Compare (3)"
    dialog = page.compare_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    rows = page.selected_rows()
    assert len(dialog.view.cards) == 3
    assert dialog.view.cards[0] == page.portfolio.scorecard(rows[0])  # type: ignore[union-attr]
    dialog.close()

    target = tmp_path / "shortlist.csv"
    assert page.export_csv(target) == 300
    lines = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(lines) == 300 and lines[0]["rank"] == "1"
    first = page.model.item(0)
    assert lines[0]["merchant_id"] == page.portfolio.ids[first]  # type: ignore[union-attr]
    assert set(lines[0]) >= {"growth_value", "dio_peer_percentile", "integrity_passed",
                             "underwriter_score"}  # fmt: skip


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_comparing_three_stores_draws_each_store_s_revenue_chart(
    page: ScreenerPage, qtbot, theme: str
) -> None:  # noqa: ANN001
    page.everyone.setChecked(True)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 5, 9):
        selection.select(page.model.index(row, 0), flags)
    colors = {"light": LIGHT, "dark": DARK}[theme]
    page.set_colors(colors)
    page.screener.bulk.client.close()  # no request: the charts read what the screening cached
    dialog = page.compare_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    rows, portfolio = page.selected_rows(), page.portfolio
    assert portfolio is not None and len(dialog.store_charts) == 3
    for row, chart in zip(rows, dialog.store_charts, strict=True):
        data = chart.data
        assert data is not None and len(data.months) >= 6  # closed months of the window
        assert all(isinstance(v, int) for v in data.net_revenue + data.gmv)
        assert sum(data.net_revenue) > 0 and len(data.gmv) == len(data.months)
        assert chart.heading.text() == f"{portfolio.names[row]}: revenue by month"
        assert chart.axes.lines  # drawn: GMV and net revenue
        assert chart.figure.get_facecolor()[:3] == pytest.approx(
            tuple(int(colors.surface[i : i + 2], 16) / 255 for i in (1, 3, 5)), abs=0.01
        )
    # Each its own store's figures: three different series.
    assert len({tuple(c.data.net_revenue) for c in dialog.store_charts if c.data}) == 3
    other = DARK if colors is LIGHT else LIGHT
    dialog.set_colors(other)  # a switch of theme while it is open
    assert all(c.colors is other and c.axes.lines for c in dialog.store_charts)
    dialog.close()


def test_compare_takes_two_to_four_stores(page: ScreenerPage) -> None:
    page.everyone.setChecked(True)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    enabled = {}
    for count in range(1, 6):  # one more row selected each turn
        selection.select(page.model.index(count - 1, 0), flags)
        assert len(page.selected_rows()) == count
        enabled[count] = page.compare_button.isEnabled()
        assert page.compare_button.text() == f"Compare ({count})"
        if not enabled[count]:
            assert page.compare_selected() is None  # the slot refuses too
    assert enabled == {1: False, 2: True, 3: True, 4: True, 5: False}


def test_the_export_in_another_sort_writes_the_rank_shown(
    page: ScreenerPage, tmp_path: Path
) -> None:
    page.everyone.setChecked(True)
    page.table.sortByColumn(SCORE_COLUMN, Qt.SortOrder.DescendingOrder)
    shown = [page.model.index(r, 0).data(SORT_ROLE) for r in range(page.model.rowCount())]
    assert shown != sorted(shown)  # the Rank column is not 1, 2, 3... in this sort

    target = tmp_path / "shortlist.csv"
    assert page.export_csv(target) == 300

    lines = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [int(line["rank"]) for line in lines] == shown
    ids = [page.portfolio.ids[page.model.item(r)] for r in range(300)]  # type: ignore[union-attr]
    assert [line["merchant_id"] for line in lines] == ids


def test_the_shortlist_model_keeps_qt_s_rules(page: ScreenerPage, qtmodeltester) -> None:  # noqa: ANN001
    page.everyone.setChecked(True)
    qtmodeltester.check(page.model, force_py=True)
    page.model.sort(FIRST_CRITERION, Qt.SortOrder.DescendingOrder)  # growth, best first
    values = [page.model.index(r, FIRST_CRITERION).data(SORT_ROLE)
              for r in range(page.model.rowCount())]  # fmt: skip
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=True) and values[: len(present)] == present


def test_a_what_if_keeps_the_user_s_sort_and_the_selected_stores(
    page: ScreenerPage, qtmodeltester
) -> None:  # noqa: ANN001, E501
    def column(number: int) -> list[object]:
        return [page.model.index(r, number).data(SORT_ROLE) for r in range(page.model.rowCount())]

    page.everyone.setChecked(True)
    page.table.sortByColumn(SCORE_COLUMN, Qt.SortOrder.DescendingOrder)
    chosen = page.model.item(7)
    page.table.selectRow(7)
    page.whatif.dio.setValue(200.0)  # the ranks change, the stores shown do not
    assert page.selected_rows() == [chosen]
    shown = [(-score, rank) for score, rank in zip(column(SCORE_COLUMN), column(0), strict=True)]
    assert shown == sorted(shown)  # by score, best first; equal scores in rank order
    page.everyone.setChecked(False)  # only those passing all five: rows go, the sort holds
    scores = column(SCORE_COLUMN)
    assert scores == sorted(scores, reverse=True) and len(scores) < 300
    qtmodeltester.check(page.model, force_py=True)


def test_the_worker_words_the_first_rows_the_page_then_shows(page: ScreenerPage) -> None:
    """Wording a cell (Babel) is most of a first paint: the worker that screens words the
    ranking's first rows, and the model shows exactly those texts."""
    import threading

    from ui.screener.page import FIRST_ROWS, screen

    found: list[Screened] = []
    cancel = threading.Event()
    worker = threading.Thread(
        target=lambda: found.append(screen(page.screener, lambda _: None, cancel))
    )
    worker.start()
    worker.join(timeout=120)
    [result] = found
    first = result.view.rows[:FIRST_ROWS].tolist()
    columns = [c for c in range(page.model.columnCount()) if c != 0]  # the rank is a number
    assert len(result.texts) == len(first) * len(columns) > 0
    page.model.set_portfolio(result.portfolio, result.texts)
    page.model.set_verdicts(result.view.verdicts, result.view.rows)
    assert len(result.texts) == len(first) * len(columns)  # nothing worded again
    for row, item in enumerate(first[:5]):
        for column in columns:
            shown = page.model.index(row, column).data()
            assert shown == result.texts.text(item, column) and shown
