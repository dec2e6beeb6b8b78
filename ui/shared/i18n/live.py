"""Live retranslation: when the language changes, every widget's fixed text follows at once.

Widgets keep no record of the source of their text, so the texts are looked up in reverse:
each catalog (.ts) maps a translation back to its (context, source, comment), and English
sources map to themselves. A text that is found is translated again into the new language;
when one wording has several sources ("商户" is both "Merchants" and "Merchant"), the one
whose context is the class of the widget or of one of its parents wins.
Texts made with values ("3 of 12 merchants") are not in the catalogs: the pages that show
them define `retranslate_ui()`, called here, or refresh them with their next data. Table
models re-ask their headers and cells (which call `tr` as they are drawn).
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from ui.shared.i18n import translations_dir

Key = tuple[str, str, str | None]  # context, source, disambiguation


@functools.cache
def reverse_catalog() -> dict[str, list[Key]]:
    """Every known wording (English source, Simplified, Traditional) -> its message keys."""
    found: dict[str, list[Key]] = {}
    for path in sorted(translations_dir().glob("pst_desk_zh_*.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    continue  # counted texts carry a number: pages redo them
                source = message.findtext("source", "")
                key = (name, source, message.findtext("comment"))
                for text in (source, message.findtext("translation") or ""):
                    if text and key not in found.setdefault(text, []):
                        found[text].append(key)
    if not found:  # e.g. a frozen build without the .ts sources: texts with values still follow
        logging.getLogger(__name__).warning("no .ts catalogs: fixed texts keep their language")
    return found


def again(text: str) -> str:
    """`text` in the current language when it is a known wording, else unchanged."""
    return _again(text)


def _again(text: str, contexts: frozenset[str] = frozenset()) -> str:
    """`text` in the current language when it is a known wording, else unchanged."""
    keys = reverse_catalog().get(text) if text else None
    if not keys:
        return text
    key = next((k for k in keys if k[0] in contexts), keys[0])
    return QCoreApplication.translate(*key)


def _contexts(widget: QWidget | None) -> frozenset[str]:
    """Class names of the widget and its parents: the translation contexts its texts came from."""
    names: set[str] = set()
    while widget is not None:
        names.update(cls.__name__ for cls in type(widget).__mro__)
        widget = widget.parentWidget()
    return frozenset(names)


def _item_model(view: QAbstractItemView) -> QAbstractItemModel | None:
    model = view.model()
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        model = model.sourceModel()
    return model


def _refresh_model(model: QAbstractItemModel) -> None:
    try:
        columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
    except TypeError:  # a list model (private columnCount): items are retranslated as widgets
        return
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


def _widget_texts(widget: QWidget) -> None:
    contexts = _contexts(widget)

    def again(text: str) -> str:
        return _again(text, contexts)

    for getter, setter in (
        (widget.toolTip, widget.setToolTip),
        (widget.accessibleName, widget.setAccessibleName),
        (widget.accessibleDescription, widget.setAccessibleDescription),
        (widget.windowTitle, widget.setWindowTitle),
    ):
        text = getter()
        if text:
            setter(again(text))
    if isinstance(widget, (QLabel, QAbstractButton)):
        widget.setText(again(widget.text()))
    elif isinstance(widget, QGroupBox):
        widget.setTitle(again(widget.title()))
    elif isinstance(widget, QLineEdit):
        widget.setPlaceholderText(again(widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            widget.setItemText(i, again(widget.itemText(i)))
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            widget.setTabText(i, again(widget.tabText(i)))
            widget.setTabToolTip(i, again(widget.tabToolTip(i)))
    elif isinstance(widget, QTableWidget):
        for i in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(i)
            if item is not None:
                item.setText(again(item.text()))
    elif isinstance(widget, QListWidget):
        for i in range(widget.count()):
            entry = widget.item(i)
            if entry is not None:
                entry.setText(again(entry.text()))
    if isinstance(widget, QAbstractSpinBox):
        special = widget.specialValueText()
        if special:
            widget.setSpecialValueText(again(special))
        for name in ("suffix", "prefix"):
            value = getattr(widget, name, None)
            if callable(value) and value():
                getattr(widget, "set" + name.capitalize())(again(value()))


def retranslate(root: QWidget) -> None:
    """Translate `root` and everything under it into the current language."""
    widgets = [root, *root.findChildren(QWidget)]
    models: dict[int, QAbstractItemModel] = {}
    for widget in widgets:
        _widget_texts(widget)
        contexts = _contexts(widget)
        for action in widget.actions():
            action.setText(_again(action.text(), contexts))
            action.setToolTip(_again(action.toolTip(), contexts))
        if isinstance(widget, QAbstractItemView):
            model = _item_model(widget)
            if model is not None:
                models[id(model)] = model
    for model in models.values():
        _refresh_model(model)
    for widget in widgets:  # pages redo their own texts with values last
        hook = getattr(widget, "retranslate_ui", None)
        if callable(hook):
            hook()
