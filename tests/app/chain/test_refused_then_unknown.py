"""Two double sends the second review found (issue 12), against a real anvil behind the proxy.

1. The node answers a send with an error, yet takes it, and the one look-up by hash fails: the
   send was called refused ("nothing was sent"), its nonce given back, and a retry sent twice.
2. A run killed between recording and broadcasting; the identical command run again: its
   start-up reconcile re-sent the recorded transaction, then the command signed a second one.
"""

from __future__ import annotations

import pytest

from app.chain.errors import BroadcastUncertain
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import CONFIRMED, PENDING, SIGNED


def transfer(to: str, wei: int) -> Intent:
    return Intent(to=to, data=b"", value=wei, description=f"send {wei} wei")


def sent_by(w3, address: str) -> int:
    return w3.eth.get_transaction_count(address, "pending")


def test_a_refusal_the_node_cannot_be_asked_about_is_uncertain_not_failed(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    faults = {"eth_sendRawTransaction": ["lost_as_error"], "eth_getTransactionByHash": ["error503"]}

    def chooser(methods: list[str]) -> str:
        queue = faults.get(methods[0]) if len(methods) == 1 else None
        return queue.pop(0) if queue else "pass"

    proxy.chooser = chooser
    pipeline = TransactionPipeline(make_client(proxy.url, backoff=0.01, retries=0), store)
    alice, bob = signers[0], signers[1]
    nonce = sent_by(chain.w3, alice.address)

    with pytest.raises(BroadcastUncertain) as uncertain:
        pipeline.send(transfer(bob.address, 11), alice)

    [record] = pipeline.pending()  # kept, not failed; its nonce not given back
    assert record.status == PENDING and record.latest.status == SIGNED
    assert uncertain.value.tx_hash == record.latest.tx_hash
    assert sent_by(chain.w3, alice.address) == nonce + 1  # the node did take it
    proxy.chooser = None
    assert pipeline.wait(record.intent_id, timeout=10).status == CONFIRMED


class _KilledAfterRecording(TransactionPipeline):
    def broadcast(self, tx_hash: str, raw: bytes) -> None:
        raise KeyboardInterrupt  # the process dies between "recorded" and the broadcast


def test_the_same_command_after_a_kill_before_broadcast_sends_once(
    chain, make_client, store, signers
):
    alice, bob = signers[0], signers[1]
    nonce = sent_by(chain.w3, alice.address)
    with pytest.raises(KeyboardInterrupt):
        _KilledAfterRecording(make_client(chain.url), store).send(transfer(bob.address, 13), alice)
    assert sent_by(chain.w3, alice.address) == nonce  # recorded, never broadcast

    rerun = TransactionPipeline(make_client(chain.url), store)
    [outcome] = rerun.reconcile()  # as every signing command does first
    assert outcome.action == "rebroadcast"
    record = rerun.send(transfer(bob.address, 13), alice)  # the person's retry

    assert record.intent_id == outcome.record.intent_id
    assert sent_by(chain.w3, alice.address) == nonce + 1  # one transfer, not two
    other = rerun.send(transfer(bob.address, 14), alice)  # a different payment is its own
    assert other.intent_id != record.intent_id
    assert sent_by(chain.w3, alice.address) == nonce + 2


def test_a_send_answered_with_garbage_is_uncertain_and_names_its_hash(
    chain, rpc_proxy_factory, make_client, store, signers
):
    """Exit 4 must come with the hash: an answer that is not JSON-RPC says nothing either way."""
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url, backoff=0.01, retries=0), store)
    proxy.set_mode("garbage", methods={"eth_sendRawTransaction"})
    with pytest.raises(BroadcastUncertain) as uncertain:
        pipeline.send(transfer(signers[1].address, 15), signers[0])
    [record] = pipeline.pending()
    assert uncertain.value.tx_hash == record.latest.tx_hash
    proxy.set_mode("pass")
    [outcome] = TransactionPipeline(make_client(proxy.url), store).reconcile()
    assert outcome.action == "rebroadcast"


def test_a_key_names_one_payment_and_is_refused_for_another(chain, make_client, store, signers):
    """`wallet send --key K` again with another amount reported the first payment, exit 0."""
    from app.chain.errors import ChainError

    pipeline = TransactionPipeline(make_client(chain.url), store)
    alice, bob = signers[0], signers[1]
    first = pipeline.submit(
        pipeline.prepare(transfer(bob.address, 17), alice.address), alice, intent_id="pay-1"
    )
    again = pipeline.submit(
        pipeline.prepare(transfer(bob.address, 17), alice.address), alice, intent_id="pay-1"
    )
    assert again.intent_id == first.intent_id  # the same payment retried: the same record
    nonce = sent_by(chain.w3, alice.address)
    with pytest.raises(ChainError) as refused:
        pipeline.submit(
            pipeline.prepare(transfer(bob.address, 18), alice.address), alice, intent_id="pay-1"
        )
    assert refused.value.code == "chain.key_for_another_call"
    assert "pay-1" in refused.value.user_message
    assert sent_by(chain.w3, alice.address) == nonce  # nothing signed
