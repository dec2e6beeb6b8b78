"""The PST market on the contract tests' platform: one PSTMarket, approvals, signed orders.

Each test module declares its own session fixture calling `deploy_market_env`, so the market is
deployed before the per-test snapshot (see tests/fixtures/anvil.py) and every test starts fresh.
"""

from __future__ import annotations

from dataclasses import dataclass

from eth_account.messages import encode_typed_data
from web3.contract import Contract
from web3.contract.contract import ContractFunction
from web3.types import TxReceipt

from app.chain.deploy import LocalSender, deploy_market
from app.market.orders import ZERO_ADDRESS, Order, Side, order_hash, typed_data
from tests.contracts.conftest import PST, USD, Env

FEE_BPS = 30
MAX = 2**256 - 1
PRICE = 12_500_000  # 12.5 stablecoin per whole PST


@dataclass
class MarketEnv:
    env: Env
    market: Contract
    fee_recipient: str
    chain_id: int

    @property
    def address(self) -> str:
        return str(self.market.address)

    def order(
        self,
        maker: LocalSender | str,
        side: Side,
        amount: int = 10 * PST,
        price: int = PRICE,
        *,
        expiry: int | None = None,
        salt: int = 1,
        nonce: int | None = None,
        taker: str = ZERO_ADDRESS,
        token: str | None = None,
    ) -> Order:
        address = maker if isinstance(maker, str) else maker.address
        return Order(
            maker=address,
            side=side,
            token=token or self.env.token.address,
            amount=amount,
            price=price,
            expiry=expiry if expiry is not None else self.env.chain.timestamp() + 86_400,
            salt=salt,
            nonce=self.market.functions.nonces(address).call() if nonce is None else nonce,
            taker=taker,
        )

    def sign(
        self,
        signer: LocalSender,
        order: Order,
        *,
        chain_id: int | None = None,
        market: str | None = None,
    ) -> bytes:
        message = typed_data(order, chain_id or self.chain_id, market or self.address)
        return bytes(signer.account.sign_message(encode_typed_data(full_message=message)).signature)

    def hash(self, order: Order) -> bytes:
        return order_hash(order, self.chain_id, self.address)

    def fill_call(
        self, order: Order, signature: bytes, amount: int | None = None
    ) -> ContractFunction:
        return self.market.functions.fill(
            order.as_tuple(), signature, order.amount if amount is None else amount
        )

    def fill(
        self, taker: LocalSender, order: Order, signature: bytes, amount: int | None = None
    ) -> TxReceipt:
        return taker.send(self.fill_call(order, signature, amount))

    def give_pst(self, holder: LocalSender | str, amount: int) -> None:
        address = holder if isinstance(holder, str) else holder.address
        self.env.admin.send(self.env.token.functions.mint(address, amount))

    def pst(self, address: str) -> int:
        return int(self.env.token.functions.balanceOf(address).call())

    def coin(self, address: str) -> int:
        return int(self.env.stablecoin.functions.balanceOf(address).call())


def send_unchecked(sender: LocalSender, call: ContractFunction) -> TxReceipt:
    """Mine `call` without simulating it first (a transaction that reverts on chain)."""
    w3 = sender.w3
    tx = call.build_transaction(
        {
            "from": sender.address,
            "gas": 1_000_000,
            "nonce": w3.eth.get_transaction_count(sender.address, "pending"),
            "chainId": sender.chain_id,
        }
    )
    signed = sender.account.sign_transaction(tx)  # type: ignore[arg-type]
    return w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(signed.raw_transaction))


def deploy_market_env(env: Env, fee_bps: int = FEE_BPS) -> MarketEnv:
    """A market with the platform's stablecoin and registry, allowlisted as a spender; every
    investor has approved it for PST and stablecoin without limit."""
    fee_recipient = env.chain.accounts[15].address
    address = deploy_market(
        env.admin,
        env.kyc,
        env.platform,
        fee_recipient=fee_recipient,
        fee_bps=fee_bps,
        publish=False,
    )
    market = env.admin.contract("PSTMarket", address)
    for investor in env.investors:
        investor.send(env.token.functions.approve(address, MAX))
        investor.send(env.stablecoin.functions.approve(address, MAX))
    return MarketEnv(env, market, fee_recipient, env.admin.chain_id)


__all__ = ["FEE_BPS", "MAX", "PRICE", "PST", "USD", "MarketEnv", "Side", "deploy_market_env"]
