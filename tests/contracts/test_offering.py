"""OfferingSale: fixed price, cap, deadline, allowlisted buyers, exact stablecoin accounting."""

from __future__ import annotations

from app.chain.artifacts import load_artifact
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts, events


def _coin(env: Env, address: str) -> int:
    return env.stablecoin.functions.balanceOf(address).call()


def _small_sale(env: Env, cap: int, lifetime: int = 1_000):
    sale = env.admin.deploy(
        "OfferingSale",
        env.store.token,
        env.platform.stablecoin,
        env.platform.compliance,
        env.merchant.address,
        10 * USD,
        6,
        cap,
        env.chain.timestamp() + lifetime,
    )
    minter = env.token.functions.MINTER_ROLE().call()
    env.admin.send(env.token.functions.grantRole(minter, sale.address))
    return sale


def test_a_purchase_moves_the_exact_price_to_the_merchant_and_mints_to_the_buyer(
    env: Env,
) -> None:
    buyer = env.investors[0]
    merchant_before, buyer_before = _coin(env, env.merchant.address), _coin(env, buyer.address)
    buyer.send(env.stablecoin.functions.approve(env.sale.address, 2**256 - 1))
    amount = 12 * PST + PST // 2  # 12.5 PST at 10 sUSD
    assert env.sale.functions.quote(amount).call() == 125 * USD
    receipt = buyer.send(env.sale.functions.buy(amount))
    assert events(env.sale, "Purchased", receipt) == [
        {"buyer": buyer.address, "amount": amount, "cost": 125 * USD}
    ]
    assert _coin(env, env.merchant.address) - merchant_before == 125 * USD
    assert buyer_before - _coin(env, buyer.address) == 125 * USD
    assert _coin(env, env.sale.address) == 0  # the sale never holds funds
    assert env.token.functions.balanceOf(buyer.address).call() == amount
    assert (env.sale.functions.sold().call(), env.sale.functions.raised().call()) == (
        amount,
        125 * USD,
    )


def test_fractional_amounts_round_the_price_up(env: Env) -> None:
    assert env.sale.functions.quote(1).call() == 1  # 10**-11 sUSD rounds up to one base unit
    assert env.sale.functions.quote(PST // 10**5 + 1).call() == 101


def test_buyers_must_be_allowlisted_and_current(env: Env) -> None:
    env.outsider.send(env.stablecoin.functions.approve(env.sale.address, 2**256 - 1))
    env.admin.send(env.stablecoin.functions.mint(env.outsider.address, 100 * USD))
    assert_reverts(env.sale.functions.buy(PST), env.outsider, "BuyerNotAllowed")
    lapsed = env.investors[1]
    env.kyc.send(env.compliance.functions.setKyc(lapsed.address, env.chain.timestamp()))
    lapsed.send(env.stablecoin.functions.approve(env.sale.address, 2**256 - 1))
    assert_reverts(env.sale.functions.buy(PST), lapsed, "BuyerNotAllowed")


def test_the_cap_and_the_deadline_hold(env: Env) -> None:
    sale = _small_sale(env, cap=5 * PST, lifetime=1_000)
    buyer = env.investors[0]
    buyer.send(env.stablecoin.functions.approve(sale.address, 2**256 - 1))
    buyer.send(sale.functions.buy(4 * PST))
    assert_reverts(sale.functions.buy(PST + 1), buyer, "CapExceeded")
    assert_reverts(sale.functions.buy(0), buyer, "ZeroAmount")
    buyer.send(sale.functions.buy(PST))
    assert sale.functions.remaining().call() == 0
    env.chain.advance(1_000)
    assert_reverts(sale.functions.buy(1), buyer, "SaleClosed")


def test_invalid_terms_cannot_be_deployed(env: Env) -> None:
    artifact = load_artifact("OfferingSale")
    factory = env.chain.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    base = (env.store.token, env.platform.stablecoin, env.platform.compliance, env.merchant.address)
    now = env.chain.timestamp()
    for price, cap, deadline in ((0, PST, now + 10), (USD, 0, now + 10), (USD, PST, now)):
        call = factory.constructor(*base, price, 6, cap, deadline)
        assert_reverts(call, env.admin, "InvalidTerms")
