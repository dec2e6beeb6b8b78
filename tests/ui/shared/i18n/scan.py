"""Find English left on screen after a switch to Chinese (a helper for tests, not a test).

`untranslated(root, code)` reads what every visible widget under `root` shows (label and button
texts, titles, tab texts, combo items, tooltips, placeholders, table headers from their models'
headerData, the cells of the rows a view shows, menu and widget actions) and returns the texts
still in English. A text is English
when, with "&", "…", ":" and spaces taken out, it is a source of the language's catalog whose
translation differs from it, or when it holds two or more English words in a row from those
sources. Words the translations themselves keep (PST Desk, API, URL, Ctrl) and numbers never
count, so a proper noun or a figure is not reported.

Tests may read the .ts catalogs; the app never does.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from ui.shared.i18n import translations_dir

WORD = re.compile(r"\b[A-Za-z]+(?:'[A-Za-z]+)?\b")
# What may stand between two words of one English run: spaces, and the punctuation of a phrase.
BETWEEN = re.compile(r"[\s,;'\"()/-]*")
TAG = re.compile(r"<[^>]+>")
FIELD = re.compile(r"\{[^}]*\}|%n|%\d+")


@dataclass(frozen=True)
class Catalog:
    sources: frozenset[str]  # normalised sources whose translation differs
    words: frozenset[str]  # lower-case English words of those sources, less the kept ones


def normalised(text: str) -> str:
    """`text` without "&", "…", ":" (either width), markup, and with single spaces."""
    text = TAG.sub(" ", text)
    for mark in ("&", "…", ":", "："):
        text = text.replace(mark, "")
    return " ".join(text.split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(FIELD.sub(" ", TAG.sub(" ", text)))}


@functools.cache
def catalog(code: str) -> Catalog:
    """The sources of `resources/translations/pst_desk_<code>.ts` that read differently in
    `code`, and the English words they are made of."""
    sources: set[str] = set()
    words: set[str] = set()
    kept: set[str] = set()  # words a translation keeps in English (names, abbreviations)
    root = ET.parse(translations_dir() / f"pst_desk_{code}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        if element is None:
            translation = ""
        else:  # a counted text's forms, else the one translation
            forms = [form.text or "" for form in element.iter("numerusform")]
            translation = " ".join(forms) if forms else element.text or ""
        kept |= _words(translation)
        if translation.strip() == source.strip():
            kept |= _words(source)  # the same in both languages: not English to look for
            continue
        sources.add(normalised(source))
        words |= _words(source)
    sources.discard("")
    return Catalog(frozenset(sources), frozenset(words - kept))


def _english_run(text: str, words: frozenset[str]) -> bool:
    """Two or more catalog words in a row (only spaces or a phrase's punctuation between)."""
    run, end = 0, 0
    for match in WORD.finditer(text):
        if match.group().lower() not in words:
            run = 0
        elif run and BETWEEN.fullmatch(text[end : match.start()]):
            run += 1
        else:
            run = 1
        if run >= 2:
            return True
        end = match.end()
    return False


def is_english(text: str, code: str) -> bool:
    found = catalog(code)
    plain = normalised(text)
    return bool(plain) and (plain in found.sources or _english_run(plain, found.words))


def _header_texts(view: QAbstractItemView) -> Iterator[str]:
    """The shown headers of a table or tree, as its model gives them."""
    model = view.model()
    headers: list[tuple[QHeaderView, Qt.Orientation, int]] = []
    if model is None:
        return
    if isinstance(view, QTableView):
        headers.append((view.horizontalHeader(), Qt.Orientation.Horizontal, model.columnCount()))
        headers.append((view.verticalHeader(), Qt.Orientation.Vertical, model.rowCount()))
    elif isinstance(view, QTreeView):
        headers.append((view.header(), Qt.Orientation.Horizontal, model.columnCount()))
    for header, orientation, count in headers:
        if header.isHidden():
            continue
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value


def _shown_rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The first index of each row the view's viewport shows (a tree's expanded rows too)."""
    model, bottom = view.model(), view.viewport().rect().bottom()
    if isinstance(view, QTableView):
        first = view.rowAt(0)
        last = view.rowAt(bottom)
        last = model.rowCount() - 1 if last < 0 else last
        for row in range(max(first, 0), last + 1 if first >= 0 else 0):
            if not view.isRowHidden(row):
                yield model.index(row, 0)
        return
    index = view.indexAt(QPoint(1, 1))
    while index.isValid() and view.visualRect(index).top() <= bottom:
        yield index.siblingAtColumn(0)
        if isinstance(view, QTreeView):
            index = view.indexBelow(index)
        else:
            index = index.sibling(index.row() + 1, index.column())


def _cell_texts(view: QAbstractItemView) -> Iterator[str]:
    """What the cells of the rows on screen say (and their tooltips), in the columns not
    hidden."""
    model = view.model()
    if model is None:
        return
    for row in _shown_rows(view):
        for column in range(model.columnCount(row.parent())):
            hidden = getattr(view, "isColumnHidden", None)
            if hidden is not None and hidden(column):
                continue
            cell = row.siblingAtColumn(column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = cell.data(role)
                if isinstance(value, str):
                    yield value


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.isVisible():
            yield action.text()
            sub = action.menu()
            if isinstance(sub, QMenu) and sub is not menu:
                yield from _menu_texts(sub)


def shown_texts(widget: QWidget) -> Iterator[str]:
    """What `widget` itself shows (not its children)."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if widget.isTabVisible(i):
                yield widget.tabText(i)
                yield widget.tabToolTip(i)
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        for name in ("prefix", "suffix"):
            value = getattr(widget, name, None)
            if callable(value):
                yield str(value())
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            entry = widget.item(i)
            if entry is not None and not entry.isHidden():
                yield entry.text()
                yield entry.toolTip()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _header_texts(widget)
        yield from _cell_texts(widget)
    if isinstance(widget, QStatusBar):
        yield widget.currentMessage()
    if isinstance(widget, QMenuBar):
        for action in widget.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield from _menu_texts(menu)
            else:
                yield action.text()
    elif not isinstance(widget, QMenu):
        for action in widget.actions():  # e.g. a line edit's trailing buttons
            if action.isVisible():
                yield action.text()
                yield action.toolTip()


def untranslated(root: QWidget, code: str, names: tuple[str, ...] = ()) -> list[str]:
    """ "ClassName: text" for each English text shown under `root` (widgets hidden, or on a page
    or tab not shown, are skipped), each once, in widget order. `names` are data the user or the
    chain named (account labels, token names): proper nouns, taken out before the check."""
    found: dict[str, None] = {}
    longest_first = sorted(names, key=len, reverse=True)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for text in shown_texts(widget):
            rest = text
            for name in longest_first:
                rest = rest.replace(name, " ")
            if rest and is_english(rest, code):
                found.setdefault(f"{type(widget).__name__}: {text}")
    return list(found)


HEX = re.compile(r"0x[0-9A-Fa-f]+(?:…[0-9A-Fa-f]+)?")  # also shortened: 0x1234ab…cdef01


def latin_words(text: str, *names: str) -> list[str]:
    """The runs of two or more Latin letters left in `text` (a line the core worded) once hex
    addresses and hashes and `names` (token symbols, a coin) are taken out: [] when it is all
    in Chinese."""
    text = HEX.sub("", text)
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return re.findall(r"[A-Za-z]{2,}", text)
