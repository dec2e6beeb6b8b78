"""One platform with one store, deployed once per session; every test runs on a snapshot of it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from eth_account.signers.local import LocalAccount
from web3.contract import Contract

from app.chain.deploy import (
    LocalSender,
    PlatformAddresses,
    StoreAddresses,
    StoreSpec,
    deploy_platform,
    deploy_store,
)
from tests.fixtures.anvil import AnvilChain

USD = 10**6  # stablecoin base units
PST = 10**18  # token base units
YEAR = 365 * 86_400


@dataclass
class Env:
    """Named actors and contract handles. Investors 0-5 hold a year of KYC; `outsider` none."""

    chain: AnvilChain
    admin: LocalSender
    kyc: LocalSender
    proposer: LocalSender
    approvers: list[LocalSender]
    merchant: LocalAccount
    fee_recipient: LocalAccount
    investors: list[LocalSender]
    outsider: LocalSender
    platform: PlatformAddresses
    store: StoreAddresses
    contracts: dict[str, Contract] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Contract:
        try:
            return self.__dict__["contracts"][name]
        except KeyError:
            raise AttributeError(name) from None


def build_env(anvil: AnvilChain) -> Env:
    a = anvil.accounts
    senders = [LocalSender(anvil.w3, account) for account in a]
    admin, kyc, proposer = senders[0], senders[1], senders[2]
    approvers = senders[3:6]
    investors = senders[8:14]
    platform = deploy_platform(
        admin,
        approval_threshold=2,
        kyc_officers=[kyc.address],
        proposers=[proposer.address],
        approvers=[s.address for s in approvers],
    )
    store = deploy_store(
        admin,
        platform,
        StoreSpec(
            key="store-a",
            name="Store A Profit Share",
            symbol="PSTA",
            merchant=a[6].address,
            fee_recipient=a[7].address,
            investors_bp=3_000,
            fee_bp=250,
            cap_per_period=1_000_000 * USD,
            min_interval=0,
        ),
    )
    env = Env(
        chain=anvil,
        admin=admin,
        kyc=kyc,
        proposer=proposer,
        approvers=approvers,
        merchant=a[6],
        fee_recipient=a[7],
        investors=investors,
        outsider=senders[16],
        platform=platform,
        store=store,
    )
    env.contracts.update(
        stablecoin=admin.contract("SandboxStablecoin", platform.stablecoin),
        compliance=admin.contract("ComplianceRegistry", platform.compliance),
        registry=admin.contract("StoreRegistry", platform.registry),
        treasury=admin.contract("DistributionTreasury", platform.treasury),
        token=admin.contract("ProfitShareToken", store.token),
        router=admin.contract("RevenueRouter", store.router),
        sale=admin.contract("OfferingSale", store.sale),
        governor=admin.contract("StoreGovernor", store.governor),
        timelock=admin.contract("StoreTimelock", store.timelock),
    )
    expiry = anvil.timestamp() + YEAR
    kyc.send(env.compliance.functions.setKycBatch([s.address for s in investors], expiry))
    # The admin mints PST directly in tests (the sale has its own tests) and funds distributions.
    admin.send(
        env.token.functions.grantRole(env.token.functions.MINTER_ROLE().call(), admin.address)
    )
    for s in [admin, *investors]:
        admin.send(env.stablecoin.functions.mint(s.address, 1_000_000 * USD))
    return env


@pytest.fixture(scope="session")
def deployed(anvil: AnvilChain) -> Env:
    return build_env(anvil)


@pytest.fixture
def env(deployed: Env, chain: AnvilChain) -> Iterator[Env]:
    yield deployed
