"""A node whose transaction index lags its nonces (issue 12: "mined transactions reported as
failed"), against a real anvil behind the fault proxy serving "not found" for receipts and
transactions by hash.

With the index ~5 s behind, the refresh's second looks (~4 s) ran out, the intent was called
`nonce_taken`, and as only pending intents are revisited, the mined transfer stayed "not mined"
for good. The verdict now waits until the nonce is buried, and every reconcile looks such
verdicts up by hash again.
"""

from __future__ import annotations

from app.chain import tracking
from app.chain.tracking import BURIED_BLOCKS
from app.chain.transactions import Intent, PreparedTransaction, TransactionPipeline
from app.chain.txstore import CONFIRMED, FAILED, MINED, NONCE_TAKEN, PENDING

LAGGING = {"eth_getTransactionReceipt", "eth_getTransactionByHash"}


def transfer(to: str, wei: int) -> Intent:
    return Intent(to=to, data=b"", value=wei, description=f"send {wei} wei")


def test_a_mined_transfer_behind_a_lagging_index_stays_pending_then_confirms(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    record = pipeline.send(transfer(signers[1].address, 5), signers[0])
    proxy.set_mode("null", count=14, methods=LAGGING)  # longer than every second look

    looked = pipeline.refresh(record.intent_id)

    assert looked.status == PENDING  # unknown, not "not mined"
    proxy.set_mode("pass")
    assert pipeline.refresh(record.intent_id).status == CONFIRMED


def test_a_nonce_taken_verdict_is_final_only_once_the_nonce_is_buried(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    record = pipeline.send(transfer(signers[1].address, 6), signers[0])
    proxy.set_mode("null", methods=LAGGING)  # the index never catches up

    assert pipeline.refresh(record.intent_id).status == PENDING
    for _ in range(BURIED_BLOCKS):
        chain.rpc("evm_mine")
    assert pipeline.refresh(record.intent_id).status == NONCE_TAKEN


def test_a_verdict_the_index_contradicts_later_is_turned_over_by_reconcile(
    chain, rpc_proxy_factory, make_client, store, signers, monkeypatch
):
    """A verdict reached anyway (the window passed while the index lagged): the next reconcile
    finds the receipt by hash and the History shows the transfer confirmed."""
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    record = pipeline.send(transfer(signers[1].address, 7), signers[0])
    proxy.set_mode("null", methods=LAGGING)
    monkeypatch.setattr(tracking, "UNSEEN_WINDOW", 0.0)
    assert pipeline.refresh(record.intent_id).status == NONCE_TAKEN
    proxy.set_mode("pass")

    [outcome] = TransactionPipeline(make_client(proxy.url), store).reconcile()

    assert outcome.action == "mined_after_all"
    assert outcome.record.status == CONFIRMED and outcome.record.latest.status == MINED
    assert "confirmed" in outcome.notice.text()
    assert TransactionPipeline(make_client(chain.url), store).reconcile() == []  # settled


def test_a_reverted_transaction_called_taken_is_turned_over_to_failed_with_its_receipt(
    chain, rpc_proxy_factory, make_client, store, signers, monkeypatch
):
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    alice = signers[0]
    # INVALID opcode as a contract's code: any call reverts, yet with a fixed gas limit it is
    # signed and mined (a reverted transaction, fee spent).
    chain.rpc("anvil_setCode", ["0x" + "42" * 20, "0xfe"])
    prepared = pipeline.prepare(transfer(alice.address, 0), alice.address)
    reverting = Intent(to="0x" + "42" * 20, data=b"", value=0, description="reverts")
    prepared = PreparedTransaction(reverting, prepared.sender, 50_000, prepared.fees, b"")
    record = pipeline.submit(prepared, alice)
    proxy.set_mode("null", methods=LAGGING)
    monkeypatch.setattr(tracking, "UNSEEN_WINDOW", 0.0)
    assert pipeline.refresh(record.intent_id).status == NONCE_TAKEN
    proxy.set_mode("pass")

    [outcome] = pipeline.reconcile()

    assert outcome.record.status == FAILED and outcome.record.mined is not None
