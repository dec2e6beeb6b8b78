"""Qt test hygiene (after napari): every test must leave no background work, no new Python
threads, no running QTimer and no top-level widgets behind. Widgets are registered with
`qtbot.addWidget`, which closes them; anything else still around fails the test."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QStandardPaths,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from ui.shared import runner
from ui.shared.i18n import Language

# Settings the GUI keeps with QSettings (the last folder of a file dialog) go to a test location,
# never the user's own configuration.
QStandardPaths.setTestModeEnabled(True)


def _threads() -> set[threading.Thread]:
    # Qt's pool threads show up as dummy threads once Python runs on them; the pool is
    # checked on its own below.
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


def _running_timers() -> dict[int, QTimer]:
    """Every QTimer Python made that still runs: a leaked one keeps firing into dead state."""
    return {
        id(obj): obj
        for obj in gc.get_objects()
        if isinstance(obj, QTimer) and shiboken6.isValid(obj) and obj.isActive()
    }


def _timer_name(timer: QTimer) -> str:
    parent = timer.parent()
    owner = type(parent).__name__ if parent is not None else "no parent"
    return f"QTimer({timer.objectName()!r}, {timer.interval()} ms, {owner})"


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """No automatic collection during the UI tests: it runs in whichever thread allocates, and a
    worker that collected a cycle holding a test's Qt object destroyed it there (a segmentation
    fault in a run of the UI tests). qt_hygiene collects after each test, on the GUI thread."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Language:
    """The app's start-up language, English, with its plural forms ("1 merchant")."""
    return Language(qapp, "en")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    """A language a test may switch; English again afterwards, its translators removed."""
    chosen = Language(qapp, "en")
    yield chosen
    chosen.apply("en")
    qapp.processEvents()  # the widgets still alive hear LanguageChange
    for translator in chosen._translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


def _translators() -> dict[int, QTranslator]:
    return {
        id(obj): obj
        for obj in gc.get_objects()
        if isinstance(obj, QTranslator) and shiboken6.isValid(obj) and not obj.isEmpty()
    }


def _english_again(qapp: QApplication, before: set[int]) -> str:
    """The language is process-wide: a test that switched it (a session's own Language) and
    left it made every later test read Chinese. Remove the translators of another language the
    test made and make the default locale English again; the locale it was left at, or ""."""
    left = QLocale().name()
    made = [t for key, t in _translators().items() if key not in before]
    for translator in made:
        if not translator.language().startswith("en"):
            qapp.removeTranslator(translator)  # nothing happens to one not installed
    QLocale.setDefault(QLocale("en_US"))
    qapp.processEvents()  # the widgets still alive hear LanguageChange
    return "" if left == "en_US" else left


@pytest.fixture(autouse=True)
def qt_hygiene(qapp: QApplication) -> Iterator[None]:
    # Requested before qtbot (autouse), so this teardown runs after qtbot closed its widgets.
    threads = _threads()
    widgets = {id(w) for w in QApplication.topLevelWidgets()}
    timers = set(_running_timers())
    translators = set(_translators())
    yield
    pool = QThreadPool.globalInstance()
    # A delivered result may start the next op (a refresh then reads the powers flags): wait
    # and deliver until nothing is pending, for at most 10 s in all.
    deadline = time.monotonic() + 10
    while True:
        left = max(0, int((deadline - time.monotonic()) * 1000))
        assert pool.waitForDone(left), "background work still running after the test"
        for _ in range(3):  # deliver finished ops, then run the deleteLater()s they cause
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if runner.pending_ops() == 0 or time.monotonic() > deadline:
            break
    assert runner.pending_ops() == 0, "an Op never delivered its result"
    leftover = [w for w in QApplication.topLevelWidgets() if id(w) not in widgets]
    names = [f"{type(w).__name__}({w.objectName()!r})" for w in leftover]
    running = [t for key, t in _running_timers().items() if key not in timers]
    running_names = [_timer_name(t) for t in running]
    # Cleared before failing: a failed test's dialog (modal, blocking every other window's
    # input) or its poller answering the next dialog it sees would fail the tests after it.
    for timer in running:
        timer.stop()
    for widget in leftover:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left_in = _english_again(qapp, translators)
    assert not leftover, f"top-level widgets left behind: {names}"
    assert not running, f"timers left running: {running_names}"
    assert not left_in, f"the app's language was left at {left_in} (later tests read English)"
    new = _threads() - threads
    for thread in new:  # give threads that were told to stop a moment to finish
        thread.join(timeout=5)
    alive = [t.name for t in new if t.is_alive()]
    assert not alive, f"threads left running: {alive}"
    # The test's cyclic garbage (a widget kept alive by a callable it holds that names it) is
    # freed now, on the GUI thread (see collect_on_the_gui_thread); what survives is frozen, so
    # the next test's collection walks only its own objects.
    gc.collect()
    gc.freeze()
