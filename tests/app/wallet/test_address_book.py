import pytest

from app.wallet.address_book import AddressBook, CsvImportRejected, RecipientHistory
from app.wallet.addresses import check_recipient
from app.wallet.errors import AddressBookError, InvalidAddress, WalletError

ALICE = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"
BOB = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
CAROL = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


@pytest.fixture
def book(db):
    return AddressBook(db)


def test_save_find_remove(book):
    book.save(ALICE.lower(), "  Alice  ", "supplier")
    assert book.find(ALICE).label == "Alice" and book.find(ALICE).address == ALICE
    book.save(ALICE, "Alice Ltd")
    assert [c.label for c in book.contacts()] == ["Alice Ltd"]
    with pytest.raises(WalletError, match="empty"):
        book.save(BOB, "   ")
    with pytest.raises(InvalidAddress):
        book.save("0x1234", "Bob")
    assert book.remove(ALICE) and not book.remove(ALICE) and book.contacts() == []


def test_edit_renames_in_one_step_and_never_overwrites_another_contact(book):
    book.save(ALICE, "Alice", "supplier")
    book.save(BOB, "Bob")
    with pytest.raises(AddressBookError) as caught:
        book.edit(ALICE, BOB.lower(), "Alice moved")
    assert caught.value.code == "wallet.book_taken"
    assert "Bob" in caught.value.text("en") and "联系人“Bob”" in caught.value.text("zh_CN")
    assert {c.address: c.label for c in book.contacts()} == {ALICE: "Alice", BOB: "Bob"}
    with pytest.raises(WalletError, match="empty"):  # a bad label: the old entry stays
        book.edit(ALICE, CAROL, "   ")
    assert book.find(ALICE) is not None and book.find(CAROL) is None
    assert book.edit(ALICE, CAROL, "Alice moved", "net 30").address == CAROL
    assert book.find(ALICE) is None and book.find(CAROL).note == "net 30"
    book.edit(CAROL, CAROL.lower(), "Carol")  # the same address: a relabel
    assert [c.label for c in book.contacts()] == ["Bob", "Carol"]
    with pytest.raises(AddressBookError) as gone:
        book.edit(ALICE, ALICE, "Alice")
    assert gone.value.code == "wallet.book_gone" and book.find(ALICE) is None


def test_csv_round_trip_keeps_spreadsheet_formulas_inert(book, db):
    book.save(ALICE, "=HYPERLINK(evil)", "-note")
    book.save(BOB, "Bob, the builder", 'says "hi"')
    text = book.export_csv()
    assert text.splitlines()[0] == "label,address,note"
    assert "'=HYPERLINK(evil)" in text and "\n=" not in text
    other = AddressBook(db)
    for contact in book.contacts():
        other.remove(contact.address)
    report = other.import_csv(text)
    assert (report.imported, report.problems) == (2, ())
    assert other.find(ALICE).label == "=HYPERLINK(evil)" and other.find(BOB).note == 'says "hi"'
    assert other.import_csv(text).unchanged == 2  # re-importing the same file is harmless


BAD_FILE = f"""label,address,note
Alice,{ALICE},ok
Bob,{BOB[:-1]}
,{CAROL}
Carol,{CAROL.lower()},fine
Dup,{ALICE.lower()}
only-one-column

Too,many,columns,here
Mixed,{CAROL[:-1] + CAROL[-1].swapcase()}
"""


def test_bad_rows_are_reported_one_by_one_and_nothing_is_imported(book):
    with pytest.raises(CsvImportRejected) as caught:
        book.import_csv(BAD_FILE)
    problems = {p.row: p.reason for p in caught.value.problems}
    assert sorted(problems) == [3, 4, 6, 7, 9, 10]
    assert "39" in problems[3]
    assert "empty" in problems[4]
    assert "row 2" in problems[6]
    assert "2 or 3 columns" in problems[7] and "found 4" in problems[9]
    assert "checksum" in problems[10]
    message = caught.value.user_message
    assert "row 3:" in message and "nothing was imported" in message
    assert book.contacts() == []


def test_partial_import_needs_consent(book):
    report = book.import_csv(BAD_FILE, accept_partial=True)
    assert report.imported == 2 and len(report.problems) == 6
    assert {c.label for c in book.contacts()} == {"Alice", "Carol"}


def test_conflicting_labels_are_rows_in_error_not_silent_overwrites(book):
    book.save(ALICE, "Alice")
    with pytest.raises(CsvImportRejected, match="already in the address book as 'Alice'"):
        book.import_csv(f"Mallory,{ALICE}\n")
    assert book.find(ALICE).label == "Alice"
    with pytest.raises(AddressBookError, match="too large"):
        book.import_csv("x" * (3 * 2**20))


def test_recipient_history_feeds_the_first_time_warning(db):
    history = RecipientHistory(db)
    assert check_recipient(BOB, past_recipients=history.known()).warnings
    history.record(BOB)
    history.record(BOB.lower())
    assert history.known()[0].label == "sent 2x"
    assert check_recipient(BOB, past_recipients=history.known()).warnings == ()


def test_bip329_labels_round_trip_and_bad_lines_change_nothing(tmp_path):
    import json

    from app.storage import open_database
    from app.wallet.address_book import AddressBook, CsvImportRejected, TransactionLabel

    first = AddressBook(open_database(tmp_path / "a.sqlite3"))
    first.save("0x" + "11" * 20, "Supplier 供应商", note="kept out of labels")
    first.save("0x" + "22" * 20, "Landlord")
    tx = "0x" + "ab" * 32
    text = first.export_labels([(tx, "Claim PST1")], chain_id=31337)
    records = [json.loads(line) for line in text.splitlines()]
    assert {"type": "tx", "ref": tx, "label": "Claim PST1", "origin": "eip155:31337"} in records
    assert {r["origin"] for r in records} == {"eip155:31337"}  # addresses name the chain too
    assert all(set(r) >= {"type", "ref", "label"} for r in records)

    # Another wallet imports the file: addresses and transaction labels, with their chain; a
    # Bitcoin-only record is counted and skipped.
    second = AddressBook(open_database(tmp_path / "b.sqlite3"))
    xpub = json.dumps({"type": "xpub", "ref": "xpub6C...", "label": "cold"})
    report = second.import_labels(text + xpub + "\n")
    assert (report.imported, report.transactions, report.unchanged, report.skipped) == (2, 1, 0, 1)
    assert second.transaction_labels() == [TransactionLabel(tx, "Claim PST1", 31337)]
    # Exported again (its own history holds nothing), the file is the same: a round trip.
    assert second.export_labels(chain_id=31337) == text
    again = second.import_labels(text)
    assert (again.imported, again.transactions, again.unchanged) == (0, 0, 3)
    # The user's label wins over the description the wallet would export for that hash, and a
    # newer label of a transaction replaces the older one; a label with no origin keeps none.
    other = "0x" + "cd" * 32
    relabel = [
        {"type": "tx", "ref": tx.upper().replace("0X", "0x"), "label": "Rent (March)"},
        {"type": "tx", "ref": other, "label": "Refund", "origin": "eip155:1"},
    ]
    renamed = second.import_labels("".join(json.dumps(r) + "\n" for r in relabel))
    assert renamed.transactions == 2
    out = [json.loads(line) for line in second.export_labels([(tx, "Send")]).splitlines()]
    assert [r for r in out if r["type"] == "tx"] == [
        {"type": "tx", "ref": tx, "label": "Rent (March)"},
        {"type": "tx", "ref": other, "label": "Refund", "origin": "eip155:1"},
    ]
    # A bad hash, a bad origin, a tx record without its label: refused, nothing stored.
    wrong = [
        {"type": "tx", "ref": "0x1234", "label": "short"},
        {"type": "tx", "ref": "0x" + "ef" * 32, "label": "x", "origin": "bip122:000000"},
        {"type": "tx", "ref": "0x" + "ef" * 32},
    ]
    with pytest.raises(CsvImportRejected) as refused_tx:
        second.import_labels("".join(json.dumps(r) + "\n" for r in wrong))
    codes = [p.error.code for p in refused_tx.value.problems]
    assert codes == ["wallet.label_tx_hash", "wallet.label_origin", "wallet.label_tx_fields"]
    assert len(second.transaction_labels()) == 2
    # The same address under another label, a line that is not JSON, an unknown type, a bad
    # address: all refused, row by row, and nothing is imported.
    bad = "\n".join(
        [
            json.dumps({"type": "addr", "ref": "0x" + "33" * 20, "label": "New"}),
            json.dumps({"type": "addr", "ref": "0x" + "11" * 20, "label": "Someone else"}),
            "{not json",
            json.dumps({"type": "utxo", "ref": "x", "label": "y"}),
            json.dumps({"type": "addr", "ref": "0x1234", "label": "short"}),
        ]
    )
    with pytest.raises(CsvImportRejected) as refused:
        second.import_labels(bad)
    assert [p.row for p in refused.value.problems] == [2, 3, 4, 5]
    assert len(second.contacts()) == 2
    partial = second.import_labels(bad, accept_partial=True)  # the user agreed: the good row
    assert partial.imported == 1 and len(second.contacts()) == 3
