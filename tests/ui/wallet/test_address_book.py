"""The address book as a person uses it: one dialog adds and edits (the reason shown while
typing, Save only when right), delete asks first, labels export and import back."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.storage import open_database
from app.wallet.address_book import AddressBook
from tests.ui.helpers import answer
from ui.shared.i18n import Language
from ui.wallet.address_book import AddressBookPanel
from ui.wallet.contact_dialog import ContactDialog

ADDRESS = "0x" + "5a" * 20


def test_add_edit_delete_and_labels_round_trip(qtbot, qtmodeltester, tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    panel = AddressBookPanel(
        AddressBook(db), transactions=lambda: [("0x" + "ab" * 32, "Claim PST1")]
    )
    qtbot.addWidget(panel)

    def fill(dialog: ContactDialog) -> None:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        dialog.address.setText("0x1234")
        assert not save.isEnabled() and dialog.error.text()  # said while typing
        dialog.address.setText(ADDRESS)
        dialog.label.setText("Supplier")
        assert save.isEnabled() and dialog.error.text() == ""
        save.click()

    answer(ContactDialog, fill)
    panel.add()
    assert [c.label for c in panel.book.contacts()] == ["Supplier"]

    panel.table.selectRow(0)

    def rename(dialog: ContactDialog) -> None:
        dialog.label.setText("Supplier 供应商")
        dialog.note.setText("net 30")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer(ContactDialog, rename)
    panel.edit()
    [contact] = panel.book.contacts()
    assert (contact.label, contact.note) == ("Supplier 供应商", "net 30")
    qtmodeltester.check(panel.model)
    assert panel.model.index(0, 0).data() == "Supplier 供应商"
    assert panel.selected() == contact  # the edited row stays selected (keyed by address)

    path = tmp_path / "labels.jsonl"
    panel.export_labels(str(path))
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["type"] for r in records] == ["addr", "tx"]

    panel.table.selectRow(0)
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    panel.remove()
    assert len(panel.book.contacts()) == 1  # "No" keeps it
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    panel.remove()
    assert panel.book.contacts() == []

    panel.import_labels(str(path))
    assert [c.label for c in panel.book.contacts()] == ["Supplier 供应商"]
    assert "1 transaction label" in panel.message.text()
    db.close()


def test_edit_to_another_contacts_address_is_refused_in_the_users_language(
    qtbot, tmp_path, language: Language
):
    db = open_database(tmp_path / "s.sqlite3")
    book = AddressBook(db)
    other = "0x" + "6b" * 20
    book.save(ADDRESS, "Supplier")
    book.save(other, "Landlord")
    language.apply("zh_CN")
    panel = AddressBookPanel(book)
    qtbot.addWidget(panel)
    panel.table.selectRow([c.label for c in book.contacts()].index("Supplier"))

    def move(dialog: ContactDialog) -> None:
        dialog.address.setText(other)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    warnings: list[str] = []

    def refuse(box: QMessageBox) -> None:
        warnings.append(box.text())
        box.accept()

    answer(ContactDialog, move)
    answer(QMessageBox, refuse)
    panel.edit()
    qtbot.waitUntil(lambda: bool(warnings))
    assert "已属于联系人“Landlord”" in warnings[0]
    assert {c.address: c.label for c in book.contacts()} == {
        book.find(ADDRESS).address: "Supplier",
        book.find(other).address: "Landlord",
    }
    db.close()
