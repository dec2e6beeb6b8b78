"""Add account -> Next account from the recovery phrase: the next unused index, named, under the
wallet password; the same phrase restored again adds the index asked for (the Treasury guide's
accounts 1, 2 and 3 from one phrase)."""

from __future__ import annotations

from app.storage import open_database
from app.wallet.wallet import Wallet
from tests.ui.helpers import answer
from ui.wallet.accounts_dialog import NextAccountDialog, RestoreDialog

PHRASE = "test test test test test test test test test test test junk"
PASSWORD = "violet-Harbour-42-lantern"


def test_next_account_and_the_same_phrase_again(qtbot, tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    wallet.restore(PHRASE, PASSWORD, PASSWORD, indexes=[0])

    def next_one(dialog: NextAccountDialog) -> None:
        assert dialog.index.value() == 1  # the next unused index
        dialog.label.setText("Proposer")
        dialog.password.setText(PASSWORD)
        dialog.buttons.accepted.emit()

    answer(NextAccountDialog, next_one)
    added = NextAccountDialog(wallet).run()
    assert (added.derivation_index, added.label) == (1, "Proposer")

    def same_phrase(dialog: RestoreDialog) -> None:
        dialog.mnemonic.setPlainText(PHRASE)
        dialog.index.setValue(3)
        dialog.password.setText(PASSWORD)
        dialog.buttons.accepted.emit()

    answer(RestoreDialog, same_phrase)
    [third] = RestoreDialog(wallet).run()
    assert third.derivation_index == 3
    assert [a.derivation_index for a in wallet.accounts()] == [0, 1, 3]
    db.close()
