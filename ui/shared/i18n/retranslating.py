"""Languages the Qt way: each widget sets its own texts in `retranslate()`.

Installing or removing a translator makes Qt send `QEvent.LanguageChange` to every widget (a
widget passes it on to its children). A widget that mixes in `Retranslating` answers it by
calling its `retranslate()`, the one method that sets every text it shows through `self.tr`:
labels, buttons, titles, tooltips, placeholders, tab and combo texts, actions, and the texts
with values it last showed. The widget calls `retranslate()` itself once, at the end of
`__init__`. Nothing is looked up in reverse and no .ts file is read at run time.

Table models need nothing: they call `tr` as their cells and headers are drawn, and the main
window asks every view's model to redraw (`refresh_models`) after a change of language.

    class StatusBox(Retranslating, QGroupBox):
        def __init__(self) -> None:
            super().__init__()
            self.refresh = QPushButton()
            ...
            self.retranslate()

        def retranslate(self) -> None:
            self.setTitle(self.tr("Status"))
            self.refresh.setText(self.tr("Refresh"))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object  # a plain mixin at run time: the Qt class comes after it in the bases


# A text a widget shows for a while (a status, an error): fixed, or a function that makes it in
# the current language, which the widget's `retranslate()` calls again.
Text = str | Callable[[], str]


def said(text: Text) -> str:
    """`text` as it reads now."""
    return text if isinstance(text, str) else text()


class Retranslating(_Widget):
    """Mix in before the Qt widget class; define `retranslate()`."""

    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must define retranslate()")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _source_model(view: QAbstractItemView) -> QAbstractItemModel | None:
    model = view.model()
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        model = model.sourceModel()
    return model


def refresh_model(model: QAbstractItemModel) -> None:
    """Ask the views of `model` to draw its headers and cells again (in the new language)."""
    try:
        columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
    except TypeError:  # a list model (private columnCount): it has no headers to redo
        columns, rows = 1, model.rowCount(QModelIndex())
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


def refresh_models(root: QWidget) -> None:
    """Redraw the model of every item view under `root` once."""
    models: dict[int, QAbstractItemModel] = {}
    for view in root.findChildren(QAbstractItemView):
        model = _source_model(view)
        if model is not None:
            models[id(model)] = model
    for model in models.values():
        refresh_model(model)
