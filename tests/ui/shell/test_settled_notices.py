"""What settling an earlier transaction found (issue 12: "the user is told which") reaches the
GUI user: the pipeline publishes it on the bus before it signs, and the session posts it to the
bell's list once per new state, in the language shown, and on the status line."""

from __future__ import annotations

import argparse
import datetime as dt

from app.chain.tracking import ReconcileOutcome
from app.chain.txstore import PENDING, Attempt, TransactionRecord
from app.events import TX_SETTLED
from ui.shell.app import Session

HASH = "0x" + "ab" * 32


def record() -> TransactionRecord:
    sent = Attempt(
        tx_hash=HASH, attempt=0, purpose="original", nonce=7, max_fee_per_gas=2, gas_limit=21_000,
        max_priority_fee_per_gas=1, status="sent", block_number=None, gas_used=None, error=None,
        raw=b"",
    )  # fmt: skip
    return TransactionRecord(
        intent_id="intent-1", chain_id=31337, sender="0x" + "11" * 20, to="0x" + "22" * 20,
        value=1, data=b"", description="send 1 wei", nonce=7, status=PENDING,
        created_at=dt.datetime.now(dt.UTC), attempts=(sent,),
    )  # fmt: skip


def test_a_transaction_settled_before_signing_is_told_once_per_state(qtbot, qapp, tmp_path):
    session = Session(
        argparse.Namespace(data_dir=str(tmp_path), profile=None, merchants=None), qapp
    )
    window = session.window
    qtbot.addWidget(window)
    session.attach_pages()
    try:
        centre = session.notifications
        resent = ReconcileOutcome(record(), "rebroadcast")
        for _ in range(2):  # said again before the next signing: nothing new, told once
            session.bus.publish(TX_SETTLED, resent)
        qtbot.waitUntil(lambda: len(centre.entries) == 1)
        [entry] = centre.entries
        assert entry.title == "An earlier transaction"
        assert entry.text.startswith("re-sent your earlier recorded transaction 'send 1 wei'")
        assert HASH in entry.text and HASH in window.statusBar().currentMessage()

        session.language.apply("zh_TW")
        session.bus.publish(TX_SETTLED, ReconcileOutcome(record(), "waiting"))
        qtbot.wait(50)
        assert len(centre.entries) == 1  # "still waiting" after a re-send says nothing new
        session.bus.publish(TX_SETTLED, ReconcileOutcome(record(), "uncertain"))
        qtbot.waitUntil(lambda: len(centre.entries) == 2)
        assert centre.entries[0].title == "先前的交易"
        assert centre.entries[0].text.startswith("無法核對您先前的交易")
    finally:
        session.language.apply("en")
        window.close()
        session.stop()
