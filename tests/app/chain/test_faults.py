"""Faults around sends: lost answers, a node killed and restarted, a node swapped for another."""

import pytest
from sqlalchemy import select

from app.chain.client import ChainClient
from app.chain.devnode import AnvilNode
from app.chain.errors import BroadcastUncertain, ChainIdMismatch, ReceiptTimeout
from app.chain.provider import RpcProvider
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import CONFIRMED, PENDING, SENT, SIGNED
from app.storage.schema import ChainTransaction
from tests.app.chain.conftest import profile_for


def transfer(to: str, wei: int) -> Intent:
    return Intent(to=to, data=b"", value=wei, description=f"send {wei} wei")


def hashes_in_store(store) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(ChainTransaction.tx_hash)))


def sent_by(w3, address: str) -> int:
    return w3.eth.get_transaction_count(address, "pending")


def test_a_lost_send_answer_is_resolved_by_hash(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    alice, bob = signers[0], signers[1]
    nonce = sent_by(chain.w3, alice.address)
    proxy.set_mode("drop", count=1, methods={"eth_sendRawTransaction"})

    record = pipeline.send(transfer(bob.address, 7), alice)  # the node got it; we never heard

    assert proxy.forwarded.count("eth_sendRawTransaction") == 1
    assert record.latest.status == SENT and len(record.attempts) == 1
    assert pipeline.wait(record.intent_id, timeout=10).status == CONFIRMED
    assert sent_by(chain.w3, alice.address) == nonce + 1
    assert hashes_in_store(store) == [record.latest.tx_hash]


def test_an_uncertain_send_is_kept_and_reconciled_not_resigned(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url, backoff=0.01, retries=1), store)
    alice, bob = signers[0], signers[1]
    nonce = sent_by(chain.w3, alice.address)
    # Every answer about the send is lost: the send, the look-up by hash, the re-send.
    proxy.set_mode("drop", methods={"eth_sendRawTransaction", "eth_getTransactionByHash"})
    with pytest.raises(BroadcastUncertain) as uncertain:
        pipeline.send(transfer(bob.address, 9), alice)
    assert "cannot be sent twice" in uncertain.value.user_message
    [tx_hash] = hashes_in_store(store)
    assert uncertain.value.tx_hash == tx_hash
    [record] = pipeline.pending()
    assert record.latest.status == SIGNED

    proxy.set_mode("pass")
    restarted = TransactionPipeline(make_client(proxy.url), store)
    [outcome] = restarted.reconcile()
    assert outcome.action == CONFIRMED
    assert sent_by(chain.w3, alice.address) == nonce + 1  # one transaction reached the chain
    assert chain.w3.eth.get_transaction(tx_hash)["nonce"] == nonce
    assert hashes_in_store(store) == [tx_hash]


@pytest.fixture
def own_node():
    nodes = [AnvilNode.start(extra_args=["--no-mining"])]
    yield nodes
    for node in nodes:
        node.stop()


def test_node_killed_mid_operation_then_restarted(own_node, store, anvil):
    from app.chain.signer import LocalSigner

    node = own_node[0]
    alice, bob = LocalSigner(anvil.accounts[0]), anvil.accounts[1].address
    client = ChainClient(profile_for(node.url), RpcProvider(node.url, retries=1, backoff=0.01))
    pipeline = TransactionPipeline(client, store)
    record = pipeline.send(transfer(bob, 11), alice)  # in the mempool, not mined (--no-mining)
    node.kill()

    with pytest.raises(ReceiptTimeout) as down:  # sent; the outcome is unknown, not failed
        pipeline.wait(record.intent_id, timeout=5)
    assert record.latest.tx_hash in down.value.user_message
    [kept] = pipeline.pending()
    assert kept.latest.tx_hash == record.latest.tx_hash and kept.status == PENDING

    # A node with another chain id on the same port: nothing is re-sent to it.
    own_node.append(AnvilNode.start(node.port, chain_id=999))
    with pytest.raises(ChainIdMismatch):
        pipeline.reconcile()
    own_node.pop().stop()

    # The right chain comes back with an empty mempool: the same signed bytes are re-sent.
    own_node.append(AnvilNode.start(node.port))
    [outcome] = TransactionPipeline(client, store).reconcile()
    assert outcome.action == "rebroadcast"
    final = pipeline.wait(record.intent_id, timeout=10)
    assert final.status == CONFIRMED
    assert [a.tx_hash for a in final.attempts] == [record.latest.tx_hash]
    assert hashes_in_store(store) == [record.latest.tx_hash]
