import pytest
from sqlalchemy import func, select

from app.chain.deploy import LocalSender
from app.chain.errors import ChainIdMismatch, SimulationReverted, TransactionNotPending
from app.chain.fees import Fees, bumped
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import CANCELLED, CONFIRMED, MINED, PENDING, REPLACED
from app.events import Changes, EventBus
from app.storage.schema import ChainTransaction
from tests.app.chain.conftest import profile_for

ETH = 10**18


def transfer(to: str, wei: int = ETH) -> Intent:
    return Intent(to=to, data=b"", value=wei, description=f"send {wei} wei")


@pytest.fixture
def manual_mining(chain):
    chain.rpc("evm_setAutomine", [False])
    yield chain
    chain.rpc("evm_setAutomine", [True])  # not part of a snapshot: restore by hand


def recorded_count(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(ChainTransaction))


def test_send_records_then_confirms_and_publishes(chain, make_client, store, signers):
    bus, seen = EventBus(), []
    bus.subscribe("transactions", lambda topic, changes: seen.append(changes))
    pipeline = TransactionPipeline(make_client(chain.url), store, bus)
    alice, bob = signers[0], signers[1]
    before = chain.w3.eth.get_balance(bob.address)

    record = pipeline.send(transfer(bob.address), alice)
    assert record.status == PENDING and len(record.attempts) == 1
    assert (
        record.latest.raw and record.nonce == chain.w3.eth.get_transaction_count(alice.address) - 1
    )
    final = pipeline.wait(record.intent_id, timeout=10)

    assert final.status == CONFIRMED and final.latest.status == MINED
    assert final.latest.gas_used == 21_000
    assert chain.w3.eth.get_balance(bob.address) - before == ETH
    assert Changes(transactions=True) in seen


def test_a_reverting_call_is_explained_and_nothing_is_signed(chain, make_client, store, signers):
    owner, holder = chain.accounts[0], signers[1]
    coin = LocalSender(chain.w3, owner).deploy("SandboxStablecoin", owner.address)
    pipeline = TransactionPipeline(make_client(chain.url), store)
    data = bytes.fromhex(coin.encode_abi("transfer", [owner.address, 5])[2:])
    with pytest.raises(SimulationReverted) as refused:
        pipeline.prepare(Intent(coin.address, data, 0, "pay 5"), holder.address)
    assert refused.value.reason.startswith("ERC20 insufficient balance (sender")
    assert "needed 5" in refused.value.reason
    assert recorded_count(store) == 0


def test_a_chain_id_mismatch_is_refused_before_signing(chain, store, signers):
    from app.chain.client import ChainClient
    from app.chain.provider import RpcProvider

    class CountingSigner:
        address = signers[0].address
        calls = 0

        def sign_transaction(self, tx):
            CountingSigner.calls += 1
            return signers[0].sign_transaction(tx)

    good = TransactionPipeline(ChainClient(profile_for(chain.url), RpcProvider(chain.url)), store)
    prepared = good.prepare(transfer(signers[1].address), signers[0].address)
    # The same endpoint now claims to be for another chain (a swapped node, a wrong profile).
    wrong = ChainClient(profile_for(chain.url, chain_id=1), RpcProvider(chain.url))
    with pytest.raises(ChainIdMismatch, match="Nothing was signed or sent"):
        TransactionPipeline(wrong, store).submit(prepared, CountingSigner())
    assert CountingSigner.calls == 0 and recorded_count(store) == 0


def test_speed_up_replaces_at_the_same_nonce(manual_mining, make_client, store, signers):
    chain = manual_mining
    pipeline = TransactionPipeline(make_client(chain.url), store)
    alice, bob = signers[0], signers[1]
    record = pipeline.send(transfer(bob.address), alice)
    faster = pipeline.speed_up(record.intent_id, alice)

    first, second = faster.attempts
    assert (second.nonce, second.purpose) == (first.nonce, "speed_up")
    assert second.max_priority_fee_per_gas >= first.max_priority_fee_per_gas * 11 // 10 + 1
    assert second.max_fee_per_gas >= first.max_fee_per_gas * 11 // 10 + 1
    chain.rpc("evm_mine")
    final = pipeline.wait(record.intent_id, timeout=10)
    assert final.status == CONFIRMED
    assert [a.status for a in final.attempts] == [REPLACED, MINED]
    block = chain.w3.eth.get_block("latest", full_transactions=True)
    assert ["0x" + bytes(tx["hash"]).hex() for tx in block["transactions"]] == [second.tx_hash]


def test_cancel_replaces_with_a_self_transfer(manual_mining, make_client, store, signers):
    chain = manual_mining
    pipeline = TransactionPipeline(make_client(chain.url), store)
    alice, bob = signers[0], signers[1]
    before = chain.w3.eth.get_balance(bob.address)
    record = pipeline.send(transfer(bob.address), alice)
    cancelled = pipeline.cancel(record.intent_id, alice)
    assert cancelled.latest.purpose == "cancel"
    chain.rpc("evm_mine")
    final = pipeline.wait(record.intent_id, timeout=10)
    assert final.status == CANCELLED
    assert chain.w3.eth.get_balance(bob.address) == before
    with pytest.raises(TransactionNotPending):
        pipeline.speed_up(record.intent_id, alice)


def test_nonces_survive_a_restart_and_reconcile_resends_the_same_bytes(
    manual_mining, make_client, store, signers
):
    chain = manual_mining
    alice, bob = signers[0], signers[1]
    first = TransactionPipeline(make_client(chain.url), store)
    one = first.send(transfer(bob.address, 1), alice)
    two = first.send(transfer(bob.address, 2), alice)
    assert two.nonce == one.nonce + 1
    chain.rpc("anvil_dropAllTransactions")  # the node forgot them (a restarted node's mempool)

    restarted = TransactionPipeline(make_client(chain.url), store)
    outcomes = {o.record.intent_id: o.action for o in restarted.reconcile()}
    assert outcomes[one.intent_id] == outcomes[two.intent_id] == "rebroadcast"
    three = restarted.send(transfer(bob.address, 3), alice)
    assert three.nonce == two.nonce + 1
    chain.rpc("evm_mine")
    for record in (one, two, three):
        final = restarted.wait(record.intent_id, timeout=10)
        assert final.status == CONFIRMED
        assert [a.tx_hash for a in final.attempts] == [record.latest.tx_hash]
    assert recorded_count(store) == 3


def test_bump_is_at_least_ten_percent_plus_one_wei():
    old = Fees(max_fee_per_gas=1_000, max_priority_fee_per_gas=15)
    new = bumped(old, Fees(max_fee_per_gas=10, max_priority_fee_per_gas=1))
    assert new == Fees(max_fee_per_gas=1_101, max_priority_fee_per_gas=18)
    assert bumped(old, Fees(5_000, 400)) == Fees(5_000, 400)


def test_final_only_after_the_confirmations(chain, make_client, store, signers):
    bus, seen = EventBus(), []
    bus.subscribe("transactions", lambda topic, changes: seen.append(topic))
    pipeline = TransactionPipeline(make_client(chain.url), store, bus, confirmations=3)
    record = pipeline.send(transfer(signers[1].address, 5), signers[0])
    mined = pipeline.refresh(record.intent_id)
    assert mined.status == PENDING and mined.mined is not None  # in a block, 1 confirmation
    published = len(seen)
    assert pipeline.refresh(record.intent_id).status == PENDING
    assert len(seen) == published  # nothing changed, nothing published
    chain.mine_blocks(2)
    assert pipeline.refresh(record.intent_id).status == CONFIRMED
    assert len(seen) == published + 1
