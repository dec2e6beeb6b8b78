import pytest

from app.chain.batch import BatchReader, balance, call
from app.chain.errors import ChainError, ContractNotFound
from app.chain.registry import discover


def test_every_address_comes_from_the_registry(platform, chain, make_client):
    addresses, stores = platform
    client = make_client(chain.url)
    before = client.round_trips
    found = discover(client, addresses.registry)
    assert client.round_trips - before == 3  # code check + platform batch + stores batch
    assert (found.stablecoin, found.compliance, found.treasury) == (
        addresses.stablecoin,
        addresses.compliance,
        addresses.treasury,
    )
    assert [s.token for s in found.stores] == [s.token for s in stores]
    store = found.store(stores[1].store_id)
    assert (store.router, store.sale, store.governor) == (
        stores[1].router,
        stores[1].sale,
        stores[1].governor,
    )
    assert store.treasury == addresses.treasury and store.key_version == 1


def test_holdings_of_every_store_in_one_round_trip(platform, chain, make_client):
    addresses, _ = platform
    client = make_client(chain.url)
    found = discover(client, addresses.registry)
    investor = chain.accounts[3].address
    reads = [balance(investor)]
    for store in found.stores:
        token = client.contract("ProfitShareToken", store.token).functions
        reads += [call(token.balanceOf(investor)), call(token.claimableOf(investor))]
    reader = BatchReader(client, transport="batch")
    before = client.round_trips
    results = reader.read(reads)
    assert client.round_trips - before == 1
    assert [r.ok for r in results] == [True] * 5
    assert results[0].value == chain.w3.eth.get_balance(investor)


def test_a_wrong_registry_address_is_named(chain, make_client):
    client = make_client(chain.url)
    with pytest.raises(ContractNotFound, match="No contract at the store registry address"):
        discover(client, chain.accounts[4].address)
    with pytest.raises(ChainError, match="names no store registry"):
        discover(client)
