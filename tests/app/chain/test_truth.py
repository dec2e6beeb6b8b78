"""The pipeline's rules of truth, each from a failure users met (issue 12).

- A mined transaction is never reported dropped: every attempt ever signed is asked for a
  receipt, also one whose broadcast raised, and a receipt the node does not serve yet is not
  taken for "not mined".
- Identical signed bytes are the same attempt, never a second row (UNIQUE constraint).
- A new transaction never leaves a nonce gap: an earlier recorded one is settled first.
- Two pipelines (two features, two processes) on one data directory never pick one nonce.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.chain.errors import BroadcastUncertain, ChainError
from app.chain.tracking import BURIED_BLOCKS
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import CONFIRMED, FAILED, NONCE_TAKEN, PENDING, SIGNED
from app.storage import open_database
from app.storage.schema import ChainTransaction


def transfer(to: str, wei: int) -> Intent:
    return Intent(to=to, data=b"", value=wei, description=f"send {wei} wei")


def rows(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(ChainTransaction))


def pending_count(w3, address: str) -> int:
    return w3.eth.get_transaction_count(address, "pending")


def test_a_send_the_node_took_but_answered_with_an_error_is_followed_to_its_receipt(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    alice, bob = signers[0], signers[1]
    proxy.set_mode("lost_as_error", count=1, methods={"eth_sendRawTransaction"})

    record = pipeline.send(transfer(bob.address, 11), alice)

    assert proxy.forwarded.count("eth_sendRawTransaction") == 1
    assert record.status == PENDING
    assert pipeline.wait(record.intent_id, timeout=10).status == CONFIRMED


def test_a_mined_transaction_whose_receipt_is_not_served_yet_is_not_dropped(
    chain, rpc_proxy_factory, make_client, store, signers
):
    """The approve that showed "dropped" while the allowance was in place."""
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    alice, bob = signers[0], signers[1]
    record = pipeline.send(transfer(bob.address, 12), alice)
    proxy.set_mode("null", count=3, methods={"eth_getTransactionReceipt"})

    looked = pipeline.refresh(record.intent_id)  # nonce used, receipt "not found"

    assert looked.status == PENDING
    assert pipeline.wait(record.intent_id, timeout=10).status == CONFIRMED


def test_failing_receipt_lookups_leave_the_outcome_unknown_not_failed(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url, retries=0), store)
    alice, bob = signers[0], signers[1]
    record = pipeline.send(transfer(bob.address, 13), alice)
    proxy.set_mode("error503", methods={"eth_getTransactionReceipt"})
    with pytest.raises(ChainError) as unknown:
        pipeline.wait(record.intent_id, timeout=1)
    assert unknown.value.code == "chain.receipt_unknown"
    assert record.latest.tx_hash in unknown.value.user_message
    proxy.set_mode("pass")
    assert pipeline.wait(record.intent_id, timeout=10).status == CONFIRMED


def test_signing_the_same_bytes_after_a_refusal_is_the_same_attempt(
    chain, rpc_proxy_factory, make_client, store, signers
):
    """`UNIQUE constraint failed: chain_transactions.tx_hash` on a retry after a refusal."""
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    alice, bob = signers[0], signers[1]
    proxy.set_mode(
        "rpc_error",
        count=1,
        methods={"eth_sendRawTransaction"},
        error={"code": -32000, "message": "insufficient funds for gas * price + value"},
    )
    with pytest.raises(ChainError) as refused:
        pipeline.send(transfer(bob.address, 14), alice)
    assert refused.value.code == "chain.node_refused"
    [first] = pipeline.history()
    assert first.status == FAILED and first.mined is None

    again = pipeline.send(transfer(bob.address, 14), alice)  # same nonce, fees: same bytes

    assert again.latest.tx_hash == first.latest.tx_hash
    assert rows(store) == 1
    assert pipeline.wait(again.intent_id, timeout=10).status == CONFIRMED
    assert [r.intent_id for r in pipeline.history()] == [again.intent_id]


def test_a_nonce_used_by_a_transaction_the_app_never_sent_says_so(
    chain, make_client, store, signers
):
    chain.rpc("evm_setAutomine", [False])
    try:
        pipeline = TransactionPipeline(make_client(chain.url), store)
        alice, bob = signers[0], signers[1]
        record = pipeline.send(transfer(bob.address, 15), alice)
        chain.rpc("anvil_dropAllTransactions")
        other = chain.accounts[0].sign_transaction(
            {
                "type": 2,
                "chainId": 31337,
                "nonce": record.nonce,
                "to": bob.address,
                "value": 1,
                "gas": 21_000,
                "maxFeePerGas": 10**11,
                "maxPriorityFeePerGas": 10**9,
            }
        )
        chain.rpc("eth_sendRawTransaction", ["0x" + bytes(other.raw_transaction).hex()])
        chain.rpc("evm_mine")
        assert pipeline.refresh(record.intent_id).status == PENDING  # not buried yet
        for _ in range(BURIED_BLOCKS):
            chain.rpc("evm_mine")
        assert pipeline.refresh(record.intent_id).status == NONCE_TAKEN
    finally:
        chain.rpc("evm_setAutomine", [True])


def test_a_mined_transaction_whose_receipt_the_node_serves_late_is_not_called_taken(
    chain, rpc_proxy_factory, make_client, store, signers
):
    """Under load the node counted the block's nonces before it served its receipts: a mined
    delegate was reported "nonce taken" (CI). The verdict now waits for a second look."""
    proxy = rpc_proxy_factory(chain.url)
    pipeline = TransactionPipeline(make_client(proxy.url), store)
    alice, bob = signers[0], signers[1]
    chain.rpc("evm_setAutomine", [False])
    try:
        record = pipeline.send(transfer(bob.address, 18), alice)
        chain.rpc("evm_mine")
    finally:
        chain.rpc("evm_setAutomine", [True])
    proxy.set_mode(
        "null", count=2, methods={"eth_getTransactionReceipt", "eth_getTransactionByHash"}
    )
    assert pipeline.refresh(record.intent_id).status == CONFIRMED


def test_a_send_after_one_recorded_but_never_sent_leaves_no_gap(
    chain, rpc_proxy_factory, make_client, store, signers
):
    """`wallet send` killed after recording nonce 74: the next send used 75 and sat queued."""
    proxy = rpc_proxy_factory(chain.url)
    alice, bob = signers[0], signers[1]
    nonce = pending_count(chain.w3, alice.address)
    crashed = TransactionPipeline(make_client(proxy.url, retries=0), store)
    proxy.set_mode("error503", methods={"eth_sendRawTransaction"})
    with pytest.raises(BroadcastUncertain):
        crashed.send(transfer(bob.address, 16), alice)
    assert crashed.pending()[0].latest.status == SIGNED
    proxy.set_mode("pass")

    restarted = TransactionPipeline(make_client(proxy.url), store)
    notices = [o.notice for o in restarted.settle(alice.address)]
    second = restarted.send(transfer(bob.address, 17), alice)

    assert "re-sent your earlier recorded transaction 'send 16 wei'" in notices[0]
    assert second.nonce == nonce + 1
    assert pending_count(chain.w3, alice.address) == nonce + 2  # both in, no gap
    for record in restarted.history():
        assert restarted.wait(record.intent_id, timeout=10).status == CONFIRMED


def test_a_retry_of_the_same_call_after_a_crash_before_sending_sends_once(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    alice, bob = signers[0], signers[1]
    nonce = pending_count(chain.w3, alice.address)
    before = chain.w3.eth.get_balance(bob.address)
    crashed = TransactionPipeline(make_client(proxy.url, retries=0), store)
    proxy.set_mode("error503", methods={"eth_sendRawTransaction"})
    with pytest.raises(BroadcastUncertain):
        crashed.send(transfer(bob.address, 18), alice)
    proxy.set_mode("pass")

    retried = TransactionPipeline(make_client(proxy.url), store).send(
        transfer(bob.address, 18), alice
    )

    assert retried.nonce == nonce
    assert rows(store) == 1
    assert crashed.wait(retried.intent_id, timeout=10).status == CONFIRMED
    assert chain.w3.eth.get_balance(bob.address) - before == 18


def test_pipelines_of_two_features_never_choose_one_nonce(chain, make_client, store, signers):
    alice, bob = signers[0], signers[1]
    start = pending_count(chain.w3, alice.address)
    pipelines = [TransactionPipeline(make_client(chain.url), store) for _ in range(3)]
    errors: list[BaseException] = []

    def send_some(pipeline: TransactionPipeline, base: int) -> None:
        try:
            for i in range(4):
                pipeline.send(transfer(bob.address, base + i), alice)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [
        threading.Thread(target=send_some, args=(p, 100 * n)) for n, p in enumerate(pipelines)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    nonces = sorted(r.nonce for r in pipelines[0].history())
    assert nonces == list(range(start, start + 12))


SEND_FOUR = """
import sys
from pathlib import Path
from app.chain.client import connect
from app.chain.signer import LocalSigner
from app.chain.transactions import Intent, TransactionPipeline
from app.config.profiles import NetworkProfile
from app.storage import open_database

path, url, key, to, base = sys.argv[1:]
db = open_database(Path(path))
client = connect(NetworkProfile(name="test", rpc_url=url, chain_id=31337))
pipeline = TransactionPipeline(client, db)
signer = LocalSigner.from_key(key)
for i in range(4):
    pipeline.send(Intent(to, b"", int(base) + i, "send"), signer)
"""


def test_processes_on_one_data_directory_never_choose_one_nonce(chain, tmp_path, signers):
    alice, bob = chain.accounts[0], signers[1]
    start = pending_count(chain.w3, alice.address)
    path = tmp_path / "pst.sqlite"
    open_database(path).close()
    root = Path(__file__).resolve().parents[3]
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                SEND_FOUR,
                str(path),
                chain.url,
                alice.key.hex(),
                bob.address,
                str(1000 * (n + 1)),
            ],
            cwd=root,
        )
        for n in range(2)
    ]
    assert [worker.wait(120) for worker in workers] == [0, 0]
    db = open_database(path)
    with db.session() as session:
        nonces = sorted(session.scalars(select(ChainTransaction.nonce)))
    db.close()
    assert nonces == list(range(start, start + 8))
    assert pending_count(chain.w3, alice.address) == start + 8
