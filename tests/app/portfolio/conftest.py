"""A platform with three stores, deployed once per session; helpers to buy, move and distribute.

Investors are anvil accounts 10-13 with a year of KYC and 100,000 sUSD each; account 14 never
had KYC. The admin (account 0) is KYC officer, administers the treasury and may distribute
directly on every token; account 7 proposes payouts, accounts 8, 17 and 18 approve them (2 of 3).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from eth_account.signers.local import LocalAccount
from eth_utils import keccak, to_checksum_address

from app.chain.client import ChainClient, connect
from app.chain.deploy import LocalSender, PlatformAddresses, StoreAddresses, StoreSpec
from app.chain.indexer import EventIndexer
from app.chain.signer import LocalSigner
from app.chain.transactions import TransactionPipeline
from app.config.profiles import NetworkProfile
from app.portfolio.holdings import PortfolioReader
from app.portfolio.powers import PowersReader
from app.portfolio.powers_model import Powers
from tests.fixtures.anvil import AnvilChain

USD = 10**6
PST = 10**18
PRICE = 10 * USD  # per whole PST
REVERTING = "0x60006000fd"  # PUSH1 0 PUSH1 0 REVERT: a contract that refuses every call


@dataclass
class World:
    chain: AnvilChain
    admin: LocalSender
    platform: PlatformAddresses
    stores: list[StoreAddresses]
    investors: list[LocalAccount]
    outsider: LocalAccount

    def sender(self, account: LocalAccount) -> LocalSender:
        return LocalSender(self.chain.w3, account)

    def contract(self, name: str, address: str):
        return self.admin.contract(name, address)

    def token(self, i: int):
        return self.contract("ProfitShareToken", self.stores[i].token)

    def buy(self, investor: LocalAccount, i: int, tokens: int) -> None:
        """Buy `tokens` whole PST of store i from its offering."""
        me = self.sender(investor)
        coin = self.contract("SandboxStablecoin", self.platform.stablecoin)
        sale = self.contract("OfferingSale", self.stores[i].sale)
        amount = tokens * PST
        me.send(coin.functions.approve(sale.address, sale.functions.quote(amount).call()))
        me.send(sale.functions.buy(amount))

    def transfer(self, source: LocalAccount, target: str, i: int, amount: int) -> None:
        self.sender(source).send(self.token(i).functions.transfer(target, amount))

    def distribute(self, i: int, amount: int) -> None:
        """Share `amount` sUSD base units among store i's holders (the admin distributes)."""
        coin = self.contract("SandboxStablecoin", self.platform.stablecoin)
        self.admin.send(coin.functions.mint(self.admin.address, amount))
        self.admin.send(coin.functions.approve(self.stores[i].token, amount))
        self.admin.send(self.token(i).functions.distribute(amount))

    def register_broken_store(
        self, part: str, code: str, key: str = "broken"
    ) -> tuple[bytes, str, str]:
        """Register a store whose `part` ("token", "sale" or "governor") ends up with `code`:
        "0x" (a plain key) or REVERTING. The registry takes only contracts there, so the store
        is registered with working ones, then `part`'s code is replaced (as a store registered
        before the registry checked would read). Its contracts are code clones of store 0's.
        Returns (store id, its token, the broken contract's address)."""
        addresses = {
            name: to_checksum_address(keccak(text=f"{key}-{name}")[:20])
            for name in ("token", "sale", "governor")
        }
        first = self.stores[0]
        for name, address in addresses.items():
            original = self.chain.rpc("eth_getCode", [getattr(first, name), "latest"])
            self.chain.rpc("anvil_setCode", [address, original])
        sid = keccak(text=key)
        registry = self.contract("StoreRegistry", self.platform.registry).functions
        self.admin.send(
            registry.registerStore(
                sid,
                addresses["token"],
                first.router,
                addresses["governor"],
                addresses["sale"],
                self.admin.address,
                b"\0" * 32,
                1,
            )
        )
        self.chain.rpc("anvil_setCode", [addresses[part], code])
        return sid, addresses["token"], addresses[part]

    def set_kyc(self, account: str, expiry: int) -> None:
        compliance = self.contract("ComplianceRegistry", self.platform.compliance)
        self.admin.send(compliance.functions.setKyc(account, expiry))


@pytest.fixture(scope="session")
def world(anvil: AnvilChain) -> World:
    from tests.fixtures.world import deploy_world

    investors = anvil.accounts[10:14]
    specs = [
        StoreSpec(
            key=f"M0009{i}",
            name=f"Portfolio Store {i}",
            symbol=f"PSP{i}",
            merchant=anvil.accounts[15].address,
            fee_recipient=anvil.accounts[16].address,
            price=PRICE,
        )
        for i in range(3)
    ]
    deployed = deploy_world(
        anvil.w3,
        anvil.accounts[0],
        specs,
        kyc_officer=True,
        kyc=[a.address for a in investors],
        coins={a.address: 100_000 * USD for a in investors},
        token_roles=["DISTRIBUTOR_ROLE", "PAUSER_ROLE"],
        # Treasury staff as on the platform: maker-checker, 2 of 3 approvers.
        proposers=[anvil.accounts[7].address],
        approvers=[a.address for a in (anvil.accounts[8], anvil.accounts[17], anvil.accounts[18])],
    )
    return World(
        anvil,
        deployed.admin,
        deployed.platform,
        deployed.stores,
        list(investors),
        anvil.accounts[14],
    )


@pytest.fixture
def client(chain) -> Iterator[ChainClient]:
    made = connect(NetworkProfile(name="test", rpc_url=chain.url, chain_id=31337))
    yield made
    made.close()


@pytest.fixture
def portfolio(world, client, db) -> Callable[[], tuple[PortfolioReader, EventIndexer]]:
    """A reader and an indexer (no confirmation depth) following every store."""

    def make() -> tuple[PortfolioReader, EventIndexer]:
        reader = PortfolioReader(client, db, registry=world.platform.registry)
        indexer = EventIndexer(client, db, confirmations=0)
        reader.watch(indexer)
        return reader, indexer

    return make


@pytest.fixture
def pipeline(client, db) -> TransactionPipeline:
    return TransactionPipeline(client, db)


def signer(account: LocalAccount) -> LocalSigner:
    return LocalSigner(account)


@pytest.fixture
def read_powers(world: World, client, db, chain) -> Callable[[str], Powers]:
    def read(symbol: str) -> Powers:
        powers = PowersReader(PortfolioReader(client, db, registry=world.platform.registry), db)
        indexer = EventIndexer(client, db, confirmations=0)
        powers.watch(indexer)
        indexer.sync()
        return powers.read(symbol)

    return read
