"""A platform with one store (key M00001) for the treasury's chain tests, deployed once per
session; holders with uneven balances so payouts leave rounding dust."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from eth_account.signers.local import LocalAccount

from app.chain.client import ChainClient, connect
from app.chain.deploy import LocalSender, PlatformAddresses, StoreAddresses, StoreSpec
from app.chain.signer import LocalSigner
from app.config.profiles import NetworkProfile
from tests.fixtures.anvil import AnvilChain

USD = 10**6
PST = 10**18
MERCHANT = "M00001"
HOLDINGS = [1 * PST + 1, 3 * PST, 7 * PST + 13, 2 * PST + 999, 11]  # uneven on purpose


@dataclass
class TreasuryEnv:
    chain: AnvilChain
    admin: LocalSender
    platform: PlatformAddresses
    store: StoreAddresses
    proposer: LocalSigner
    approvers: list[LocalSigner]
    holders: list[LocalAccount]

    def route(self, amount: int) -> None:
        """Sales proceeds arrive at the router and are routed (30% to the treasury)."""
        coin = self.admin.contract("SandboxStablecoin", self.platform.stablecoin)
        router = self.admin.contract("RevenueRouter", self.store.router)
        self.admin.send(coin.functions.mint(self.store.router, amount))
        self.admin.send(router.functions.route())


@pytest.fixture(scope="session")
def deployed_treasury(anvil: AnvilChain) -> TreasuryEnv:
    from tests.fixtures.world import deploy_world

    a = anvil.accounts
    holders = a[8 : 8 + len(HOLDINGS)]
    spec = StoreSpec(
        key=MERCHANT,
        name="Store One Profit Share",
        symbol="PSTA",
        merchant=a[6].address,
        fee_recipient=a[7].address,
        investors_bp=3_000,
        fee_bp=250,
        cap_per_period=1_000_000 * USD,
    )
    world = deploy_world(
        anvil.w3,
        a[0],
        [spec],
        approval_threshold=2,
        kyc_officer=True,
        proposers=[a[2].address],
        approvers=[a[3].address, a[4].address, a[2].address],  # the proposer may also approve
        kyc=[h.address for h in holders],
        token_roles=["MINTER_ROLE"],
        holdings=[[(h.address, amount) for h, amount in zip(holders, HOLDINGS, strict=True)]],
    )
    return TreasuryEnv(
        anvil,
        world.admin,
        world.platform,
        world.stores[0],
        LocalSigner(a[2]),
        [LocalSigner(a[3]), LocalSigner(a[4])],
        holders,
    )


@pytest.fixture
def tenv(deployed_treasury: TreasuryEnv, chain: AnvilChain) -> TreasuryEnv:
    return deployed_treasury


@pytest.fixture
def client(tenv: TreasuryEnv) -> Iterator[ChainClient]:
    made = connect(NetworkProfile(name="test", rpc_url=tenv.chain.url, chain_id=31337))
    yield made
    made.close()
