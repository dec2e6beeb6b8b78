import pytest
from eth_utils import to_checksum_address

from app.chain.client import connect
from app.chain.devnode import free_port
from app.chain.errors import (
    BadRpcResponse,
    ChainError,
    ChainIdMismatch,
    ChainTimeout,
    ChainUnavailable,
    RpcError,
)
from tests.app.chain.conftest import profile_for


def test_connect_checks_the_chain_id(chain, make_client):
    client = make_client(chain.url)
    assert client.chain_id == 31337
    with pytest.raises(ChainIdMismatch) as refused:
        connect(profile_for(chain.url, chain_id=8453))
    assert "serves chain 31337" in refused.value.user_message
    assert "expects chain 8453" in refused.value.user_message


def test_a_profile_without_rpc_url_is_refused():
    with pytest.raises(ChainError, match="no RPC URL"):
        connect(profile_for("").model_copy(update={"rpc_url": ""}))


def test_no_node_is_a_clear_error():
    with pytest.raises(ChainUnavailable) as refused:
        connect(profile_for(f"http://127.0.0.1:{free_port()}"), retries=1, backoff=0.01)
    assert "Cannot reach the blockchain node" in refused.value.user_message


def test_transient_503_is_retried_for_reads(chain, rpc_proxy_factory, make_client):
    proxy = rpc_proxy_factory(chain.url)
    client = make_client(proxy.url, backoff=0.01)
    proxy.set_mode("error503", count=2)
    before = client.round_trips
    assert client.block_number() >= 0
    assert client.round_trips - before == 3
    assert proxy.faults == 2


def test_a_lasting_503_gives_up_with_words(chain, rpc_proxy_factory, make_client):
    proxy = rpc_proxy_factory(chain.url)
    client = make_client(proxy.url, backoff=0.01, retries=2)
    proxy.set_mode("error503")
    with pytest.raises(ChainUnavailable, match="HTTP error 503"):
        client.block_number()
    assert proxy.faults == 3


def test_a_hanging_node_times_out(chain, rpc_proxy_factory, make_client):
    proxy = rpc_proxy_factory(chain.url)
    client = make_client(proxy.url, timeout=0.3, retries=0)
    proxy.set_mode("hang")
    with pytest.raises(ChainTimeout, match="did not answer within 0.3 s"):
        client.block_number()


def test_garbage_is_not_taken_for_an_answer(chain, rpc_proxy_factory, make_client):
    proxy = rpc_proxy_factory(chain.url)
    client = make_client(proxy.url)
    proxy.set_mode("garbage", count=1)
    with pytest.raises(BadRpcResponse, match="not JSON-RPC"):
        client.block_number()
    assert client.block_number() >= 0


def test_sends_are_never_retried_by_the_transport(chain, rpc_proxy_factory, make_client):
    proxy = rpc_proxy_factory(chain.url)
    client = make_client(proxy.url, backoff=0.01)
    proxy.set_mode("error503", methods={"eth_sendRawTransaction"})
    with pytest.raises(ChainUnavailable):
        client.rpc("eth_sendRawTransaction", ["0x00"])
    assert proxy.methods_seen.count("eth_sendRawTransaction") == 1


def test_a_request_limit_is_retried_but_too_many_results_is_not(
    chain, rpc_proxy_factory, make_client
):
    proxy = rpc_proxy_factory(chain.url)
    client = make_client(proxy.url, backoff=0.01)
    limited = {"code": -32005, "message": "daily request count exceeded, request rate limited"}
    proxy.set_mode("rpc_error", count=1, error=limited)
    assert client.block_number() >= 0
    proxy.set_mode("rpc_error", count=1)  # -32005 "query returned more than 10000 results"
    with pytest.raises(RpcError, match="more than 10000 results"):
        client.rpc("eth_getLogs", [{"fromBlock": "0x0", "toBlock": "latest"}])
    assert proxy.faults == 2


def test_a_contract_handle_is_made_once_per_name_and_address(chain, make_client):
    """web3 walks the whole ABI to make a handle (12 ms for a token): the powers reads of a
    Portfolio refresh asked for 1,000 of them; the same handle now serves every read."""
    client = make_client(chain.url)
    address = "0x" + "ab" * 20
    token = client.contract("ProfitShareToken", address)
    assert client.contract("ProfitShareToken", address.upper().replace("0X", "0x")) is token
    assert client.contract("StoreGovernor", address) is not token
    assert token.address == to_checksum_address(address)
    assert token.functions.paused().call  # calls are still made afresh from the handle
    other = client.contract("ProfitShareToken", "0x" + "cd" * 20)
    assert type(other) is type(token)  # the class made from the ABI is made once
    assert other.address == to_checksum_address("0x" + "cd" * 20) != token.address
    data = other.functions.balanceOf(token.address)._encode_transaction_data()
    assert data == "0x70a08231" + "00" * 12 + "ab" * 20
