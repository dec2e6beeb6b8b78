"""One dialog to add or edit a contact: address, label and note together, checked as typed
(the address's checksum, the label's length), with the reason next to the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.wallet.accounts import clean_label
from app.wallet.address_book import Contact, clean_note
from app.wallet.addresses import to_checksummed
from app.wallet.errors import WalletError
from ui.shared.i18n.retranslating import Retranslating, Text, said
from ui.shared.named import named
from ui.shared.runner import user_message


def _reason(error: WalletError) -> Callable[[], str]:
    """The error's sentence, in the language of the moment."""
    return lambda: user_message(error)


class ContactDialog(Retranslating, QDialog):
    """`ask` returns the checked contact, or None when cancelled."""

    def __init__(self, contact: Contact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.editing = contact is not None
        self._error: Text = ""
        self.setMinimumWidth(520)
        self.address = named(QLineEdit(contact.address if contact else ""), "address")
        self.address.setPlaceholderText("0x…")
        self.label = named(QLineEdit(contact.label if contact else ""), "label")
        self.note = named(QLineEdit(contact.note if contact else ""), "note")
        self.error = named(QLabel(""), "fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.names: dict[QLineEdit, QLabel] = {}  # each field's row name
        for field in (self.address, self.label, self.note):
            self.names[field] = QLabel()
            form.addRow(self.names[field], field)
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_contact: Contact | None = None
        self._check()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit contact") if self.editing else self.tr("Add a contact"))
        self.note.setPlaceholderText(self.tr("optional"))
        for field, title in (
            (self.address, self.tr("Address")),
            (self.label, self.tr("Label")),
            (self.note, self.tr("Note")),
        ):
            self.names[field].setText(title)
            field.setAccessibleName(title)
        self.error.setText(said(self._error))

    def _say(self, text: Text) -> None:
        self._error = text
        self.error.setText(said(text))

    def contact(self) -> Contact:
        """The fields as a contact; raises WalletError with the first problem."""
        return Contact(
            to_checksummed(self.address.text().strip()),
            clean_label(self.label.text()),
            clean_note(self.note.text()),
        )

    def _check(self) -> None:
        """Say what is wrong as soon as something is typed; Save only when all is right."""
        typed = any(f.text().strip() for f in (self.address, self.label))
        try:
            self.contact()
        except WalletError as error:
            self._say(_reason(error) if typed else "")
            ok = False
        else:
            self._say("")
            ok = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _save(self) -> None:
        try:
            self.result_contact = self.contact()
        except WalletError as error:
            self._say(_reason(error))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, contact: Contact | None = None) -> Contact | None:
        dialog = cls(contact, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_contact
        finally:
            dialog.deleteLater()
