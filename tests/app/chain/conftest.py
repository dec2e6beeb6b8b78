"""Helpers for the chain-layer tests: a profile for a URL, a client, a store, signers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from app.chain.client import ChainClient, connect
from app.chain.signer import LocalSigner
from app.config.profiles import NetworkProfile
from app.storage import Database


def profile_for(url: str, chain_id: int = 31337) -> NetworkProfile:
    return NetworkProfile(name="test", rpc_url=url, chain_id=chain_id)


@pytest.fixture
def make_client() -> Iterator[Callable[..., ChainClient]]:
    made: list[ChainClient] = []

    def make(url: str, chain_id: int = 31337, **options: float) -> ChainClient:
        client = connect(profile_for(url, chain_id), **options)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def store(db: Database) -> Database:
    return db


@pytest.fixture
def signers(anvil) -> list[LocalSigner]:
    return [LocalSigner(account) for account in anvil.accounts]


@pytest.fixture(scope="session")
def platform(anvil):
    """The platform and two stores, deployed once per session (before any per-test snapshot)."""
    from app.chain.deploy import StoreSpec
    from tests.fixtures.world import deploy_world

    specs = [
        StoreSpec(
            key=f"M0000{i}",
            name=f"Store {i}",
            symbol=f"PST{i}",
            merchant=anvil.accounts[5 + i].address,
            fee_recipient=anvil.accounts[9].address,
        )
        for i in (1, 2)
    ]
    world = deploy_world(anvil.w3, anvil.accounts[0], specs)
    return world.platform, world.stores
