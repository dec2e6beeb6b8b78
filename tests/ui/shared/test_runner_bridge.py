"""The background runner and the event bridge: work off the GUI thread, results on it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.backend.errors import BackendTimeout
from app.events import MERCHANTS_UPDATED, WALLET, Changes, EventBus
from ui.shared.bridge import EventBridge
from ui.shared.runner import Op, user_message
from ui.shared.runner import pending_ops as runner_pending


def test_success_runs_off_thread_and_delivers_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    gui = threading.current_thread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["value"], seen["delivered_on"] = value, threading.current_thread()

    Op(parent, work).success(done).run_in_background()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] is not gui and seen["delivered_on"] is gui


def test_reports_reach_progress_on_the_gui_thread_in_order(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    gui = threading.current_thread()
    steps: list[tuple[int, threading.Thread]] = []
    result: list[str] = []

    def work(report) -> str:  # noqa: ANN001
        for step in range(5):
            report(step)
        return "done"

    Op.reporting(parent, work).progress(
        lambda step: steps.append((step, threading.current_thread()))
    ).success(result.append).run_in_background()
    qtbot.waitUntil(lambda: bool(result))
    assert [step for step, _ in steps] == [0, 1, 2, 3, 4]
    assert all(thread is gui for _, thread in steps)


def test_reports_for_a_closed_widget_are_dropped(qtbot):
    parent = QWidget()
    release = threading.Event()
    steps: list[int] = []

    def work(report) -> None:  # noqa: ANN001
        release.wait(5)
        report(1)

    Op.reporting(parent, work).progress(steps.append).run_in_background()
    parent.deleteLater()
    QApplication.sendPostedEvents(None, 0)
    release.set()
    qtbot.waitUntil(lambda: runner_pending() == 0)
    assert steps == []


def test_failure_handler_gets_the_error(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work() -> None:
        raise BackendTimeout("127.0.0.1:1", 2.0, endpoint="/v1/merchants")

    Op(parent, work).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], BackendTimeout)
    assert "did not answer within 2 seconds" in user_message(errors[0])


def test_unhandled_failure_shows_the_user_message(qtbot, monkeypatch):
    shown: list[str] = []
    # A modal box would block the test; record what it would say instead.
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)

    def work() -> None:
        raise BackendTimeout("127.0.0.1:1", 2.0)

    Op(parent, work).run_in_background()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith("The PST backend at 127.0.0.1:1 did not answer")
    assert "Traceback" not in shown[0]


def test_other_errors_get_a_plain_sentence():
    assert user_message(ValueError("x")) == (
        "Something went wrong (ValueError). Try again; if it persists, see the log."
    )


def test_result_for_a_deleted_widget_is_dropped(qtbot):
    parent = QWidget()
    release = threading.Event()
    called: list[object] = []
    Op(parent, lambda: release.wait(5)).success(called.append).run_in_background()
    parent.deleteLater()
    QApplication.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    assert called == []


def test_bridge_delivers_events_from_any_thread_on_the_gui_thread(qtbot):
    bus = EventBus()
    bridge = EventBridge(bus)
    context = QWidget()
    qtbot.addWidget(context)
    got: list[tuple[object, threading.Thread]] = []
    bridge.on(MERCHANTS_UPDATED, lambda p: got.append((p, threading.current_thread())), context)
    publisher = threading.Thread(
        target=bus.publish, args=(MERCHANTS_UPDATED, Changes(merchants=True))
    )
    with qtbot.waitSignal(bridge.event, timeout=2000):
        publisher.start()
    publisher.join()
    assert got == [(Changes(merchants=True), threading.current_thread())]
    bus.publish(WALLET, Changes(wallet=True))  # not subscribed by `on`: no call
    QApplication.processEvents()
    assert len(got) == 1
    bridge.close()
    bus.publish("merchants.updated", Changes())
    QApplication.processEvents()
    assert len(got) == 1  # a closed bridge is silent
    bridge.deleteLater()


def test_an_op_that_ends_after_its_relay_was_deleted_says_nothing(qtbot, capfd):
    """At quit, Qt may delete the relay while a worker still runs: its answer has nobody to go
    to, and no traceback is printed for it (one was, after a screenshot run)."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    from ui.shared import runner

    release = threading.Event()
    op = Op(None, lambda: release.wait(5))
    op.run_in_background()
    relay = op._relay
    assert relay is not None
    shiboken6.delete(relay)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    runner._pending.discard(op)  # never delivered: the app is gone by then
    assert "Traceback" not in capfd.readouterr().err
