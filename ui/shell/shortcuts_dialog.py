"""Help -> Keyboard shortcuts (F1): every shortcut, what it does and where it works."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.shared.i18n.retranslating import Retranslating
from ui.shell.shortcuts import rows


class ShortcutsDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.retranslate()
        # Room for every row and the widest texts (measured, so any language and font fits).
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        width = header.length() + self.table.verticalScrollBar().sizeHint().width() + 48
        tall = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        height = tall + header.height() + buttons.sizeHint().height() + 48
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(max(width, 420), height)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Where")])
        found = rows()
        self.table.setRowCount(len(found))
        for row, cells in enumerate(found):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
