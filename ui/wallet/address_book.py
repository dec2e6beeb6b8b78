"""The address book: labelled recipients, add/edit/delete in one dialog, CSV and BIP-329 label
import and export.

An import checks every row first. If any row is bad, nothing is imported: the problems are
listed row by row, and the user may choose to import only the valid rows (explicit consent).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.wallet.address_book import AddressBook, Contact, CsvImportRejected, ImportReport
from app.wallet.errors import WalletError
from ui.shared.file_dialogs import open_file, save_file
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import user_message
from ui.wallet.contact_dialog import ContactDialog
from ui.wallet.models import ContactsModel

MAX_FILE = 2 * 2**20


class AddressBookPanel(Retranslating, QWidget):
    """`transactions` gives the (hash, label) pairs a label export adds (the wallet's recorded
    transactions), and `chain_id` their chain."""

    def __init__(
        self,
        book: AddressBook,
        parent: QWidget | None = None,
        *,
        transactions: Callable[[], list[tuple[str, str]]] | None = None,
        chain_id: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.transactions = transactions
        self.chain_id = chain_id
        self.model = ContactsModel(self)  # keyed by address: an edit keeps the row selected
        self.table = QTableView()
        self.table.setObjectName("addressBook")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel("")
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self._message: Callable[[], str] = str  # what the message line says, in any language
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for slot, name in (
            (self.add, "addContact"),
            (self.edit, "editContact"),
            (self.remove, "removeContact"),
            (self.import_csv, "importCsv"),
            (self.export_csv, "exportCsv"),
            (self.import_labels, "importLabels"),
            (self.export_labels, "exportLabels"),
        ):
            button = QPushButton()
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, act=slot: act())
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.reload()
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Address book"))
        texts = (
            self.tr("Add…"),
            self.tr("Edit…"),
            self.tr("Delete"),
            self.tr("Import CSV…"),
            self.tr("Export CSV…"),
            self.tr("Import labels…"),
            self.tr("Export labels…"),
        )
        for button, text in zip(self.buttons, texts, strict=True):
            button.setText(text)
        self.message.setText(self._message())

    def _say(self, message: Callable[[], str]) -> None:
        """Show `message()` (called again after a change of language)."""
        self._message = message
        self.message.setText(message())

    def reload(self) -> None:
        self.model.set_items(self.book.contacts())
        self.table.resizeColumnToContents(1)

    def selected(self) -> Contact | None:
        row = self.table.currentIndex().row()
        return self.book.find(self.model.item(row).address) if row >= 0 else None

    def add(self) -> None:
        contact = ContactDialog.ask(self)
        if contact is None:
            return
        if self.book.find(contact.address) is not None:
            known = self.book.find(contact.address)
            QMessageBox.warning(
                self,
                self.tr("Address book"),
                self.tr("{address} is already in the address book as '{label}'; edit it.").format(
                    address=contact.address, label=known.label if known else ""
                ),
            )
            return
        self._save(contact)

    def edit(self) -> None:
        old = self.selected()
        if old is None:
            return
        contact = ContactDialog.ask(self, old)
        if contact is None:
            return
        self._save(contact, old.address)

    def _save(self, contact: Contact, old_address: str = "") -> None:
        """Add `contact`, or with `old_address` change that entry (refused, changing nothing,
        when the new address is another contact's)."""
        try:
            if old_address:
                self.book.edit(old_address, contact.address, contact.label, contact.note)
            else:
                self.book.save(contact.address, contact.label, contact.note)
        except WalletError as error:
            QMessageBox.warning(self, self.tr("Address book"), user_message(error))
            return
        self.reload()

    def remove(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Delete '{label}' ({address}) from the address book?").format(
                label=contact.label, address=contact.address
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self.book.remove(contact.address):
            self.reload()

    def import_csv(self, path: str | None = None) -> None:
        path = path or open_file(self, self.tr("Import contacts"), self.tr("CSV (*.csv)"))
        self._import_file(path, labels=False)

    def import_labels(self, path: str | None = None) -> None:
        path = path or open_file(
            self, self.tr("Import labels"), self.tr("BIP-329 labels (*.jsonl *.json)")
        )
        self._import_file(path, labels=True)

    def _import_file(self, path: str, *, labels: bool) -> None:
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
        self.import_text(text, labels=labels)

    def import_text(self, text: str, *, labels: bool = False) -> ImportReport | None:
        read = self.book.import_labels if labels else self.book.import_csv
        try:
            report = read(text)
        except CsvImportRejected as rejected:
            if not self.confirm_partial(rejected):
                self._say(lambda: self.tr("Nothing was imported."))
                return None
            report = read(text, accept_partial=True)
        except WalletError as error:
            QMessageBox.warning(self, self.tr("Address book"), user_message(error))
            return None
        self._say(lambda: self._imported(report))
        self.reload()
        return report

    def _imported(self, report: ImportReport) -> str:
        text = self.tr("Imported %n contact(s), {unchanged} already present.", "", report.imported)
        if report.problems:
            text += " " + self.tr("%n row(s) skipped.", "", len(report.problems))
        if report.transactions:
            text += " " + self.tr("%n transaction label(s) imported.", "", report.transactions)
        if report.skipped:
            text += " " + self.tr(
                "%n label(s) of Bitcoin-only types (pubkey, input, output, xpub) skipped.",
                "",
                report.skipped,
            )
        return text.format(unchanged=report.unchanged)

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
        count = self.model.rowCount()
        self._say(lambda: self.tr("Exported %n contact(s) to {path}.", "", count).format(path=path))

    def export_labels(self, path: str | None = None) -> None:
        path = path or save_file(
            self, self.tr("Export labels"), "pst-labels.jsonl", self.tr("BIP-329 labels (*.jsonl)")
        )
        if not path:
            return
        transactions = self.transactions() if self.transactions is not None else []
        chain_id = self.chain_id() if self.chain_id is not None else 0
        try:
            Path(path).write_text(self.book.export_labels(transactions, chain_id), encoding="utf-8")
        except OSError as error:
            QMessageBox.warning(self, self.tr("Address book"), _reason(error))
            return
        count = self.model.rowCount() + len(transactions)
        self._say(lambda: self.tr("Exported %n label(s) to {path}.", "", count).format(path=path))


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
