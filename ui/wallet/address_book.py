"""The address book: labelled recipients, add/remove, CSV import and export.

A CSV import checks every row first. If any row is bad, nothing is imported: the problems are
listed row by row, and the user may choose to import only the valid rows (explicit consent).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.wallet.address_book import AddressBook, CsvImportRejected, ImportReport
from app.wallet.errors import WalletError
from ui.shared.file_dialogs import open_file, save_file
from ui.shared.runner import user_message

MAX_FILE = 2 * 2**20


class AddressBookPanel(QWidget):
    def __init__(self, book: AddressBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        # A few dozen entries at most: a small widget table is enough here.
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("addressBook")
        self.table.setAccessibleName(self.tr("Address book"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Address"), self.tr("Note")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel("")
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add…"), self.add, "addContact"),
            (self.tr("Remove"), self.remove, "removeContact"),
            (self.tr("Import CSV…"), self.import_csv, "importCsv"),
            (self.tr("Export CSV…"), self.export_csv, "exportCsv"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        contacts = self.book.contacts()
        self.table.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            for column, text in enumerate((contact.label, contact.address, contact.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(1)

    def add(self) -> None:
        address, ok = QInputDialog.getText(self, self.tr("Add a contact"), self.tr("Address (0x…)"))
        if not ok or not address.strip():
            return
        label, ok = QInputDialog.getText(self, self.tr("Add a contact"), self.tr("Label"))
        if not ok:
            return
        try:
            self.book.save(address, label)
        except WalletError as error:
            QMessageBox.warning(self, self.tr("Address book"), user_message(error))
            return
        self.reload()

    def remove(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        if item is not None and self.book.remove(item.text()):
            self.reload()

    def import_csv(self, path: str | None = None) -> None:
        if not path:
            path = open_file(self, self.tr("Import contacts"), self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            if Path(path).stat().st_size > MAX_FILE:
                raise WalletError(
                    self.tr("This file is too large for an address book (over 2 MiB).")
                )
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError, WalletError) as error:
            QMessageBox.warning(self, self.tr("Address book"), _reason(error))
            return
        self.import_text(text)

    def import_text(self, text: str) -> ImportReport | None:
        try:
            report = self.book.import_csv(text)
        except CsvImportRejected as rejected:
            if not self.confirm_partial(rejected):
                self.message.setText(self.tr("Nothing was imported."))
                return None
            report = self.book.import_csv(text, accept_partial=True)
        except WalletError as error:
            QMessageBox.warning(self, self.tr("Address book"), user_message(error))
            return None
        text = self.tr("Imported %n contact(s), {unchanged} already present.", "", report.imported)
        if report.problems:
            text += " " + self.tr("%n row(s) skipped.", "", len(report.problems))
        self.message.setText(text.format(unchanged=report.unchanged))
        self.reload()
        return report

    def confirm_partial(self, rejected: CsvImportRejected) -> bool:
        """Show every bad row and ask whether to import only the valid ones."""
        box = QMessageBox(self)
        box.setObjectName("csvProblems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Some rows cannot be imported"))
        box.setText(
            self.tr(
                "%n row(s) of the file have problems, so nothing was imported yet. "
                "Import only the valid rows?",
                "",
                len(rejected.problems),
            )
        )
        row = self.tr("Row {row}: {reason}")
        box.setDetailedText(
            "\n".join(
                row.format(row=p.row, reason=user_message(p.error)) for p in rejected.problems
            )
        )
        only_valid = box.addButton(
            self.tr("Import the valid rows"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Import nothing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is only_valid

    def export_csv(self, path: str | None = None) -> None:
        if not path:
            path = save_file(
                self, self.tr("Export contacts"), "address-book.csv", self.tr("CSV (*.csv)")
            )
        if not path:
            return
        try:
            Path(path).write_text(self.book.export_csv(), encoding="utf-8")
        except OSError as error:
            QMessageBox.warning(self, self.tr("Address book"), _reason(error))
            return
        self.message.setText(
            self.tr("Exported %n contact(s) to {path}.", "", self.table.rowCount()).format(
                path=path
            )
        )


def _reason(error: BaseException) -> str:
    if isinstance(error, WalletError):
        return user_message(error)
    if isinstance(error, UnicodeDecodeError):
        return QCoreApplication.translate(
            "AddressBookPanel", "This file is not UTF-8 text; save it as CSV (UTF-8) and try again."
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "AddressBookPanel", "The file could not be read or written ({reason})."
        ).format(reason=error.strerror or error)
    return str(error)
