"""What the guide tests do as a person would: press keys in the window, click buttons, answer
the dialogs that open (they run their own loops), and read what is on screen; and the README's
guides, step by step, with the labels each step sets in bold.

A label of a step counts as the screen's when the app's catalog has it (an English source, or
its Traditional Chinese translation): those must be on screen while the step is followed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from tests.ui.helpers import choose_file, poll
from tests.ui.shared.i18n.scan import shown_texts, untranslated
from ui.wallet.password_dialog import PasswordDialog

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "violet-Harbour-42-lantern"
WAIT = 120_000
GUIDES = {  # English heading -> Traditional Chinese heading
    "## A guide for investors": "## 投資者指南",
    "## A guide for treasury staff": "## 資金庫人員指南",
}
SAFE = "Two approvers"  # guide()'s name for the Safe's numbered steps (SAFE_GUIDE)
SAFE_GUIDE = {  # the Safe's numbered steps, under their bold lead
    "en": "**Two approvers: approver 1 air-gapped",
    "zh_TW": "**兩位審批人：",
}
README = {"en": "README.md", "zh_TW": "README.zh_TW.md"}
ROWS = 60  # table rows read for what a table shows
# Windows whose English in Chinese is a known app bug (none now: the send review's rows were
# the last, worded by the core's code table since).
KNOWN_ENGLISH: tuple[str, ...] = ()


# -- the README ----------------------------------------------------------------------------------
def steps(text: str, heading: str) -> list[str]:
    """The numbered steps under `heading`: its list, up to the first line that is neither a
    step nor a step's indented continuation (paragraphs after the list are not steps)."""
    found: list[str] = []
    for line in text.split(heading, 1)[1].split("\n", 1)[1].splitlines():
        if re.match(r"\d+\. ", line):
            found.append(line)
        elif found and line.startswith(" ") and line.strip():
            found[-1] += "\n" + line
        elif found and line.strip():
            break
    return found


def guide(code: str, heading: str) -> list[str]:
    """The steps of one guide of README.md (code 'en') or README.zh_TW.md ('zh_TW');
    `heading` is the English guide's heading, or SAFE."""
    text = (ROOT / README[code]).read_text(encoding="utf-8")
    if heading == SAFE:
        return steps(text, SAFE_GUIDE[code])
    return steps(text, heading if code == "en" else GUIDES[heading])


@cache
def catalog(code: str) -> frozenset[str]:
    """What the app can show: the .ts sources (English) or their Traditional Chinese words."""
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "pst_desk_zh_TW.ts")
    found: set[str] = set()
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") if code == "en" else message.findtext("translation")
        if text:
            found.add(_plain(text))
    return frozenset(found)


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "").split())


def labels(step: str, code: str) -> list[str]:
    """The bold labels of `step` the app's catalog has: the words the screen must show."""
    bold = [_plain(b) for b in re.findall(r"\*\*(.+?)\*\*", step, re.DOTALL)]
    return [b for b in bold if b in catalog(code)]


# -- reading the screen --------------------------------------------------------------------------
def _texts(widget: QWidget) -> Iterator[str]:
    yield from shown_texts(widget)
    if isinstance(widget, QToolButton) and widget.menu() is not None:
        yield from (a.text() for a in widget.menu().actions())  # e.g. Statements' entries
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None:
            columns = model.columnCount() if isinstance(widget, (QTableView, QTreeView)) else 1
            for row in range(min(model.rowCount(), ROWS)):
                for column in range(columns):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        yield value


def on_screen() -> set[str]:
    """Every text the visible windows show (their visible widgets, tables' cells, menus)."""
    found: set[str] = set()
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if widget is window or widget.isVisibleTo(window):
                found.update(_plain(t) for t in _texts(widget) if t)
    return found


class Screen:
    """What a step showed, gathered at each `look`; `check` asserts the step's labels were all
    among it and, in Chinese, that no English was left on any window looked at."""

    def __init__(
        self, code: str, names: Iterable[str] = (), data: Callable[[], Iterable[str]] = tuple
    ) -> None:
        self.code = code
        self.names = tuple(names)  # the accounts' names: the user's data, not the app's words
        self.data = data  # texts written by people and read from the chain as they are now
        self.seen: set[str] = set()
        self.english: list[str] = []
        self.excused: list[str] = []  # English of a known bug (KNOWN_ENGLISH), reported apart

    def look(self) -> None:
        QApplication.processEvents()
        self.seen |= on_screen()
        if self.code != "en":
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            known = [w for w in shown if type(w).__name__ in KNOWN_ENGLISH]
            for window in known:
                self.excused += untranslated(window, self.code)
            names = (*self.names, *self.data())
            for window in shown:  # a dialog's parent window finds the dialog's texts too
                if window not in known:
                    self.english += [
                        text
                        for text in untranslated(window, self.code)
                        if not any(name in text for name in names) and text not in self.excused
                    ]

    def check(self, step: str, where: str) -> None:
        self.look()
        missing = [label for label in labels(step, self.code) if not self._shown(label)]
        assert not missing, f"{where}: not on screen: {missing}"
        assert not self.english, f"{where}: English left: {sorted(set(self.english))}"
        self.seen, self.english = set(), []

    def _shown(self, label: str) -> bool:
        return any(label in text or label.rstrip("…") == text.rstrip("…") for text in self.seen)


# -- acting --------------------------------------------------------------------------------------
def when_shown(kind: type, act: Callable[[Any], object]) -> None:
    """Once a visible `kind` (a dialog running its own loop) is the one in front, `act` on it."""

    def in_front() -> QWidget | None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            return modal
        if modal is not None:
            return None
        shown = (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
        return next(shown, None)

    poll(in_front, act)


def answer_password(password: str = PASSWORD) -> None:
    """Type the password into the next wallet password prompt."""
    when_shown(PasswordDialog, lambda d: (d.password.setText(password), d.accept()))


def save_as(path: Path) -> None:
    """Answer the next file dialog with `path`."""
    when_shown(QFileDialog, lambda d: choose_file(d, path))


def shown(qtbot, kind: type) -> Any:  # noqa: ANN001, ANN401
    """The visible top-level `kind` (a dialog a button opened), once it is there."""
    found: list[Any] = []

    def there() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                    and w.isVisible()]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(there, timeout=WAIT)
    return found[0]


def click(qtbot, button: QWidget) -> None:  # noqa: ANN001
    assert button.isEnabled(), f"{button.objectName() or button}: {button.toolTip()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget: QWidget, text: str) -> None:  # noqa: ANN001
    """Type `text` into `widget`: keys for ASCII; Chinese arrives as an input method commits it
    (QTest has no keys for it)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press(qtbot, window: QWidget, keys: str) -> None:  # noqa: ANN001
    """Type `keys` in the window, as the user does (the window active, a dialog just closed)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    combination = QKeySequence(keys)[0]
    focus = QApplication.focusWidget()
    target = focus if focus is not None and focus.isVisible() else window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def select_row(qtbot, view: QAbstractItemView, row: int) -> None:  # noqa: ANN001
    """Click a table's row."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (
        view.selectionModel().isRowSelected(row, index.parent()) or view.currentIndex().row() == row
    )


def unlock(qtbot, wallet, who: str) -> str:  # noqa: ANN001
    """Select the account called `who` (or with that address) on the Wallet page and press
    Unlock…, as a person would; the address."""
    rows = [(a.label, a.address) for a in wallet.account_model.items()]
    select_row(qtbot, wallet.accounts, next(n for n, r in enumerate(rows) if who in r))
    address = wallet.selected_address()
    answer_password()
    click(qtbot, wallet.unlock_button)
    qtbot.waitUntil(lambda: address[-4:] in wallet.lock_state.text(), timeout=WAIT)
    return address


def lock(qtbot, wallet) -> None:  # noqa: ANN001
    click(qtbot, wallet.lock_button)
    qtbot.waitUntil(lambda: not wallet.lock_button.isEnabled(), timeout=WAIT)
