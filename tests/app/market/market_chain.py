"""A platform with one store and its market on the session's anvil, for app.market's tests:
maker and taker with KYC, PST and stablecoin; a typed-data signer over a test key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eth_account.messages import encode_typed_data
from eth_account.signers.local import LocalAccount

from app.chain.client import ChainClient, connect
from app.chain.deploy import StoreSpec, deploy_market
from app.chain.registry import discover
from app.chain.signer import LocalSigner
from app.config.profiles import NetworkProfile
from app.market.settlement import Market
from tests.fixtures.anvil import AnvilChain
from tests.fixtures.world import World, deploy_world

USD, PST = 10**6, 10**18


class KeySigner(LocalSigner):
    """A test key that signs transactions and EIP-712 typed data."""

    def __init__(self, account: LocalAccount) -> None:
        super().__init__(account)
        self.account = account

    def sign_typed_data(self, typed_data: dict[str, Any]) -> bytes:
        message = encode_typed_data(full_message=typed_data)
        return bytes(self.account.sign_message(message).signature)


@dataclass
class MarketChain:
    anvil: AnvilChain
    world: World
    market_address: str
    maker: KeySigner
    taker: KeySigner
    outsider: KeySigner

    @property
    def token(self) -> str:
        return str(self.world.stores[0].token)

    def client(self) -> ChainClient:
        profile = NetworkProfile(
            name="test",
            rpc_url=self.anvil.url,
            chain_id=31337,
            registry_address=self.world.platform.registry,
        )
        return connect(profile)

    def market(self, client: ChainClient) -> Market:
        return Market.of(client, discover(client))

    def pst(self, address: str) -> int:
        return int(self.world.token(0).functions.balanceOf(address).call())

    def coin(self, address: str) -> int:
        coin = self.world.contract("SandboxStablecoin", self.world.platform.stablecoin)
        return int(coin.functions.balanceOf(address).call())


def deploy_market_chain(anvil: AnvilChain) -> MarketChain:
    a = anvil.accounts
    maker, taker, outsider = (KeySigner(x) for x in (a[10], a[11], a[12]))
    spec = StoreSpec("M00001", "Market Store", "MKT1", a[5].address, a[6].address)
    world = deploy_world(
        anvil.w3,
        a[0],
        [spec],
        kyc_officer=True,
        kyc=[maker.address, taker.address],
        coins={maker.address: 10_000 * USD, taker.address: 10_000 * USD},
        token_roles=["MINTER_ROLE"],
        holdings=[[(maker.address, 100 * PST), (taker.address, 100 * PST)]],
    )
    address = deploy_market(world.admin, world.admin, world.platform, fee_recipient=a[7].address)
    return MarketChain(anvil, world, address, maker, taker, outsider)
