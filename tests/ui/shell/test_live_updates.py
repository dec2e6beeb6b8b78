"""Real time: the sandbox publishes a simulated day every second; the open dashboard redraws
with it, and the status bar follows the connection."""

from __future__ import annotations

from app.backend.errors import BackendUnreachable
from app.events import CONNECTION, Connection
from tests.ui.helpers import gui_over


def test_open_dashboard_redraws_when_a_new_day_arrives(qtbot, sandbox_api, tmp_path):
    with gui_over(
        qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db", monitor_interval=0.3
    ) as gui:
        page, dashboard = gui.merchants, gui.dashboard
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
        merchant = page.model.item(0).id
        with qtbot.waitSignal(dashboard.shown, timeout=60_000) as first:
            gui.window.open_merchant(merchant)
        as_of = first.args[0].charts.as_of
        assert gui.monitor.watched() == [merchant]

        def later_day(d) -> bool:  # noqa: ANN001
            return d.profile.summary.id == merchant and d.charts.as_of > as_of

        # Pushed by the LiveMonitor through the bridge, not reloaded by the page.
        with qtbot.waitSignal(dashboard.shown, timeout=60_000, check_params_cb=later_day) as new:
            pass
        updated = new.args[0]
        assert dashboard.charts["revenue"].data is updated.charts.revenue
        assert f"{updated.charts.as_of:%d %b %Y}" in dashboard.state.text()

        dashboard.back.emit()
        assert gui.monitor.watched() == []

        # A new poll interval in Settings reaches the running monitor.
        settings = gui.window.settings_page
        settings.poll.setValue(9)
        settings.poll.editingFinished.emit()
        assert gui.monitor.interval == 9.0


def test_connection_state_shows_in_the_status_bar(qtbot, sandbox_api, tmp_path):
    with gui_over(qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db") as gui:
        label = gui.window.connection
        error = BackendUnreachable("127.0.0.1:9", "connection refused")
        gui.bus.publish(CONNECTION, Connection(False, error))
        qtbot.waitUntil(lambda: label.text().startswith("● Offline since "))
        assert "Cannot reach the PST backend" in label.toolTip()
        gui.bus.publish(CONNECTION, Connection(True))
        qtbot.waitUntil(lambda: label.text() == "● Online")


def test_visible_list_refreshes_in_place_on_a_new_day(qtbot, sandbox_api, tmp_path):
    with gui_over(
        qtbot, sandbox_api.api_url, sandbox_api.token, tmp_path / "s.db", monitor_interval=0.3
    ) as gui:
        page = gui.merchants
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
        page.tokenized.setCurrentIndex(page.tokenized.findData(True))
        shown = page.proxy.rowCount()
        page.table.selectRow(0)
        selected = page.proxy.merchant(0).id
        resets: list[bool] = []
        page.model.modelReset.connect(lambda: resets.append(True))
        # Pushed by the monitor ("merchants.updated"), not asked for by the test.
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            pass
        assert resets == []  # same merchants: rows updated in place
        assert page.proxy.rowCount() == shown
        assert page.count.text().startswith(f"{shown} of ")
        current = page.table.selectionModel().selectedRows()
        assert [page.proxy.merchant(i.row()).id for i in current] == [selected]
