"""One way to run core work off the GUI thread (after Anki's `CollectionOp`).

    Op(self, lambda: explorer.dashboard(merchant_id)).success(self.show).run_in_background()

The function runs on a QThreadPool worker; `success` or `failure` runs on the GUI thread
afterwards. Work that reports as it goes takes a `report` function and is started with
`Op.reporting`; each report reaches `progress` on the GUI thread, in order:

    Op.reporting(self, lambda report: actions.claim_all(snapshot, signer, report))
      .progress(self.show_step).success(self.finished).run_in_background()

A failure without a handler is shown in a message box: an AppError's sentence in the user's
language, anything else as a short sentence (never a traceback). When the parent widget is gone
by then, the result is dropped quietly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.shared.i18n.retranslating import Text, said

log = logging.getLogger(__name__)
T = TypeVar("T")
Report = Callable[[Any], None]

# Ops whose results have not been delivered yet; keeps their relays alive while workers run.
_pending: set[Op[Any]] = set()
# Set once the app is shutting down: results that arrive after that are dropped, since the
# widgets and services their callbacks use are being torn down.
_closing = False


def shut_down() -> None:
    """Deliver no more results: the event loop has ended and the session is being stopped."""
    global _closing
    _closing = True


def user_message(error: BaseException) -> str:
    """What to tell the user about `error`, in their language: an AppError's sentence from the
    core's table (app.errors.catalog), else a short sentence that names the error's kind."""
    from app.errors import AppError
    from ui.shared.i18n import current_code

    if isinstance(error, AppError):
        return error.text(current_code())
    message = getattr(error, "user_message", None)  # the GUI's own errors (ui.shell.app)
    if isinstance(message, str) and message:
        return message
    return QCoreApplication.translate(
        "Runner", "Something went wrong ({error}). Try again; if it persists, see the log."
    ).format(error=type(error).__name__)


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits `done`, Qt queues the delivery to this thread."""

    done = Signal(bool, object)
    step = Signal(object)

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self._op = op
        self.done.connect(self._deliver)
        self.step.connect(self._deliver_step)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self._op._finish(ok, value)

    @Slot(object)
    def _deliver_step(self, value: object) -> None:
        self._op._step(value)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            ok, value = True, self._fn()
        except BaseException as error:  # delivered to the GUI thread, never raised in a worker
            ok, value = False, error
        try:
            self._relay.done.emit(ok, value)
        except RuntimeError:  # the relay is gone (the app is quitting): nobody is waiting
            log.debug("an op finished after its relay was deleted")


class Op(Generic[T]):
    """A background operation, configured by chaining, started by `run_in_background()`."""

    def __init__(self, parent: QWidget | None, fn: Callable[[], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[T], Any] | None = None
        self._on_failure: Callable[[BaseException], Any] | None = None
        self._on_progress: Callable[[Any], Any] | None = None
        self._progress: Text | None = None
        self._relay: _Relay | None = None

    @classmethod
    def reporting(cls, parent: QWidget | None, fn: Callable[[Report], T]) -> Op[T]:
        """An op whose work takes a `report(value)` function, callable from the worker; each
        value is delivered to `progress(callback)` on the GUI thread."""
        op: Op[T] = cls(parent, lambda: fn(op._report))
        return op

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Op[T]:
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[Any], Any]) -> Op[T]:
        """Run `callback(value)` on the GUI thread for each value the work reports."""
        self._on_progress = callback
        return self

    def with_progress(self, label: Text) -> Op[T]:
        """Show `label` while the work runs, on the parent's `show_progress(Text | None)` if it
        has one (pages show it in place and word it again when the language changes while the
        work runs: give a function that makes it), else in the window's status bar."""
        self._progress = label
        return self

    def run_in_background(self, pool: QThreadPool | None = None) -> None:
        self._relay = _Relay(self)
        _pending.add(self)
        self._show_progress(self._progress)
        (pool or QThreadPool.globalInstance()).start(_Task(self._fn, self._relay))

    def _report(self, value: Any) -> None:
        relay = self._relay  # on the worker: a queued signal carries it to the GUI thread
        if relay is not None:
            relay.step.emit(value)

    def _alive(self) -> bool:
        return not _closing and (self._parent is None or shiboken6.isValid(self._parent))

    def _step(self, value: Any) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(value)

    def _finish(self, ok: bool, value: Any) -> None:
        _pending.discard(self)
        relay, self._relay = self._relay, None
        if relay is not None:
            relay.deleteLater()
        if not self._alive():
            log.debug("dropping the result of an op whose widget is gone")
            return
        self._show_progress(None)
        if ok:
            if self._on_success is not None:
                self._on_success(value)
        elif self._on_failure is not None:
            self._on_failure(value)
        else:
            self._show_error(value)

    def _show_progress(self, label: Text | None) -> None:
        if self._progress is None or self._parent is None:
            return
        target = getattr(self._parent, "show_progress", None)
        if callable(target):
            target(label)
            return
        window = self._parent.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            if label:
                bar().showMessage(said(label))
            else:
                bar().clearMessage()

    def _show_error(self, error: BaseException) -> None:
        if not isinstance(error, Exception):
            log.error("background operation ended by %r", error)
        else:
            log.warning("background operation failed: %s", error, exc_info=error)
        QMessageBox.warning(self._parent, "PST Desk", user_message(error))


def pending_ops() -> int:
    """How many ops still wait for delivery (tests check it drops to zero)."""
    return len(_pending)
