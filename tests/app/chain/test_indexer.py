import pytest
from eth_utils import event_abi_to_log_topic

from app.chain.artifacts import load_artifact
from app.chain.deploy import LocalSender
from app.chain.errors import RpcError
from app.chain.indexer import EventIndexer, decode_events

TRANSFER = (
    "0x"
    + event_abi_to_log_topic(
        next(e for e in load_artifact("EventEmitter").abi if e.get("name") == "Transfer")
    ).hex()
)


@pytest.fixture
def emitter(chain):
    sender = LocalSender(chain.w3, chain.accounts[0])
    contract = sender.deploy("EventEmitter")

    def emit(start: int, count: int) -> int:
        receipt = sender.send(contract.functions.emitTransfers(start, count))
        return int(receipt["blockNumber"])

    emit.address = contract.address
    return emit


def values(indexer, address) -> list[int]:
    rows = indexer.events(address, topic0=TRANSFER)
    return [e["args"]["value"] for e in decode_events(rows, load_artifact("EventEmitter").abi)]


def test_incremental_with_confirmation_depth(chain, make_client, store, emitter):
    indexer = EventIndexer(make_client(chain.url), store, confirmations=2)
    indexer.watch(emitter.address)
    block = emitter(0, 5)
    assert indexer.sync().events_added == 0  # not yet 2 blocks deep
    chain.mine_blocks(2)
    report = indexer.sync()
    assert report.events_added == 5 and indexer.cursors()[emitter.address] == block
    emitter(5, 3)
    chain.mine_blocks(2)
    # A restart: a new indexer over the same store carries on from the cursor, no duplicates.
    again = EventIndexer(make_client(chain.url), store, confirmations=2)
    assert again.sync().events_added == 3
    assert values(again, emitter.address) == list(range(8))
    [first] = decode_events(again.events(emitter.address)[:1], load_artifact("EventEmitter").abi)
    assert first["event"] == "Transfer" and int(first["args"]["to"], 16) == 1
    quiet = again.sync()
    assert (quiet.events_added, quiet.requests) == (0, 0)


def test_chunk_halves_on_too_many_results(chain, rpc_proxy_factory, make_client, store, emitter):
    emitter(0, 4)
    chain.mine_blocks(40)
    proxy = rpc_proxy_factory(chain.url)
    indexer = EventIndexer(make_client(proxy.url), store, confirmations=0, chunk=64)
    indexer.watch(emitter.address)
    proxy.set_mode("rpc_error", count=2, methods={"eth_getLogs"})
    report = indexer.sync()
    assert report.events_added == 4 and proxy.faults == 2
    assert proxy.forwarded.count("eth_getLogs") == report.requests - 2
    assert values(indexer, emitter.address) == [0, 1, 2, 3]


def test_a_refusal_that_halving_cannot_fix_is_reported(
    chain, rpc_proxy_factory, make_client, store, emitter
):
    emitter(0, 1)
    proxy = rpc_proxy_factory(chain.url)
    indexer = EventIndexer(make_client(proxy.url), store, confirmations=0, chunk=4)
    indexer.watch(emitter.address)
    proxy.set_mode("rpc_error", methods={"eth_getLogs"}, error={"code": -32000, "message": "no"})
    with pytest.raises(RpcError, match="eth_getLogs"):
        indexer.sync()
    assert indexer.cursors()[emitter.address] is None


def test_reorg_rolls_back_and_reindexes(chain, make_client, store, emitter):
    indexer = EventIndexer(make_client(chain.url), store, confirmations=0)
    indexer.watch(emitter.address)
    emitter(0, 2)
    fork = chain.snapshot()
    emitter(100, 3)
    chain.mine_blocks(1)
    assert indexer.sync().events_added == 5
    assert values(indexer, emitter.address) == [0, 1, 100, 101, 102]

    chain.revert(fork)  # the blocks after the fork are replaced by others
    emitter(200, 1)
    chain.mine_blocks(3)
    report = indexer.sync()
    assert report.reorg_from is not None and report.events_removed == 3
    assert values(indexer, emitter.address) == [0, 1, 200]
    assert indexer.sync().events_added == 0
