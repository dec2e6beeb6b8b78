"""PSTMarket parties and powers: an EIP-1271 smart-account maker, no owner and no custody, a fee
fixed at deployment, and profit accrued before a fill staying with the seller while later
distributions follow the tokens."""

from __future__ import annotations

import pytest
from eth_account.messages import encode_typed_data

from app.chain.artifacts import load_artifact
from app.chain.deploy import ZERO_ADDRESS, LocalSender, deploy_market
from app.market.orders import Order, Side, typed_data
from tests.contracts.conftest import PST, USD, YEAR, Env
from tests.contracts.helpers import assert_reverts
from tests.contracts.market_world import FEE_BPS, MAX, MarketEnv, deploy_market_env


@pytest.fixture(scope="session")
def mk(deployed: Env) -> MarketEnv:
    return deploy_market_env(deployed)


@pytest.fixture
def m(mk: MarketEnv, env: Env) -> MarketEnv:
    return mk


def _wallet_signature(m: MarketEnv, owner: LocalSender, order: Order) -> bytes:
    message = encode_typed_data(full_message=typed_data(order, m.chain_id, m.address))
    return bytes(owner.account.sign_message(message).signature)


def test_a_smart_account_maker_signs_by_eip1271(m: MarketEnv) -> None:
    owner, bob = m.env.investors[0], m.env.investors[1]
    wallet = owner.deploy("TestSignerWallet", owner.address)
    m.env.kyc.send(
        m.env.compliance.functions.setKyc(wallet.address, m.env.chain.timestamp() + YEAR)
    )
    m.give_pst(wallet.address, 10 * PST)
    approve = m.env.token.functions.approve(m.address, MAX)._encode_transaction_data()
    owner.send(wallet.functions.execute(m.env.token.address, approve))

    order = m.order(wallet.address, Side.SELL, 10 * PST)
    signature = _wallet_signature(m, owner, order)
    m.fill(bob, order, signature, 4 * PST)
    assert m.pst(bob.address) == 4 * PST
    assert m.coin(wallet.address) == 50 * USD  # 4 PST at 12.5
    # Someone else's key does not speak for the wallet.
    assert_reverts(m.fill_call(order, _wallet_signature(m, bob, order), PST), bob, "BadSignature")
    # The wallet cancels all its orders like any maker.
    cancel_all = m.market.functions.cancelAll()._encode_transaction_data()
    owner.send(wallet.functions.execute(m.address, cancel_all))
    assert_reverts(m.fill_call(order, signature, PST), bob, "StaleNonce")


def test_a_contract_maker_that_is_no_wallet_is_refused(m: MarketEnv) -> None:
    bob = m.env.investors[1]
    order = m.order(m.env.token.address, Side.SELL, PST)  # a contract without isValidSignature
    assert_reverts(m.fill_call(order, b"\x01" * 65, PST), bob, "BadSignature")


def test_no_owner_no_setter_only_fill_and_cancels_change_state(m: MarketEnv) -> None:
    writes = {
        item["name"]
        for item in m.market.abi
        if item["type"] == "function" and item["stateMutability"] not in ("view", "pure")
    }
    assert writes == {"fill", "cancel", "cancelAll"}
    assert m.market.functions.FEE_BPS().call() == FEE_BPS
    assert m.market.functions.feeRecipient().call() == m.fee_recipient
    assert m.market.functions.stablecoin().call() == m.env.stablecoin.address
    assert m.market.functions.compliance().call() == m.env.compliance.address
    # Prices are per whole PST, and every PST has 18 decimals.
    assert m.market.functions.PRICE_UNIT().call() == 10 ** m.env.token.functions.decimals().call()
    assert m.market.functions.eip712Domain().call()[1:5] == [
        "PST Market",
        "1",
        m.chain_id,
        m.address,
    ]


def test_the_constructor_refuses_zero_addresses_and_a_fee_too_high(m: MarketEnv) -> None:
    admin, env = m.env.admin, m.env
    artifact = load_artifact("PSTMarket")
    artifact_factory = admin.w3.eth.contract(
        abi=artifact.abi, bytecode=artifact.bytecode
    ).constructor
    coin, reg, fee_to = env.stablecoin.address, env.compliance.address, m.fee_recipient
    assert_reverts(artifact_factory(ZERO_ADDRESS, reg, 30, fee_to), admin, "ZeroAddress")
    assert_reverts(artifact_factory(coin, ZERO_ADDRESS, 30, fee_to), admin, "ZeroAddress")
    assert_reverts(artifact_factory(coin, reg, 30, ZERO_ADDRESS), admin, "ZeroAddress")
    assert_reverts(artifact_factory(coin, reg, 1_001, fee_to), admin, "FeeTooHigh")
    assert_reverts(artifact_factory(coin, reg, 1_000, fee_to), admin, "")


def test_a_market_without_fee_moves_no_fee(m: MarketEnv) -> None:
    free = deploy_market_env(m.env, fee_bps=0)
    alice, bob = m.env.investors[0], m.env.investors[1]
    m.give_pst(alice, PST)
    order = free.order(alice, Side.SELL, PST)
    before = m.coin(bob.address)
    free.fill(bob, order, free.sign(alice, order))
    assert before - m.coin(bob.address) == 12_500_000
    assert m.coin(free.fee_recipient) == 0


def test_profit_accrued_stays_with_the_seller_and_later_profit_follows_the_tokens(
    m: MarketEnv,
) -> None:
    env = m.env
    alice, bob, carol = env.investors[0], env.investors[1], env.investors[2]
    distributor = env.token.functions.DISTRIBUTOR_ROLE().call()
    env.admin.send(env.token.functions.grantRole(distributor, env.admin.address))
    env.admin.send(env.stablecoin.functions.approve(env.token.address, MAX))
    m.give_pst(alice, 60 * PST)
    m.give_pst(carol, 40 * PST)
    env.admin.send(env.token.functions.distribute(1_000 * USD))  # alice 600, carol 400

    order = m.order(alice, Side.SELL, 30 * PST)
    m.fill(bob, order, m.sign(alice, order))  # bob buys half of alice's tokens
    claimable = env.token.functions.claimableOf
    assert claimable(alice.address).call() == 600 * USD  # the first period stays hers
    assert claimable(bob.address).call() == 0

    env.admin.send(env.token.functions.distribute(1_000 * USD))  # 30 / 30 / 40 of 100 PST
    assert claimable(alice.address).call() == 900 * USD
    assert claimable(bob.address).call() == 300 * USD
    assert claimable(carol.address).call() == 800 * USD
    bob_before = m.coin(bob.address)
    bob.send(env.token.functions.claim())
    assert m.coin(bob.address) - bob_before == 300 * USD


def test_the_registry_names_the_market_once(m: MarketEnv) -> None:
    env = m.env
    registry = env.registry.functions
    assert registry.market().call() == ZERO_ADDRESS
    assert_reverts(registry.setMarket(m.address), env.outsider, "AccessControlUnauthorizedAccount")
    assert_reverts(registry.setMarket(ZERO_ADDRESS), env.admin, "ZeroAddress")
    address = deploy_market(env.admin, env.kyc, env.platform, fee_recipient=m.fee_recipient)
    assert registry.market().call() == address
    assert env.compliance.functions.isAllowed(address).call() is True  # an allowed spender
    assert_reverts(registry.setMarket(m.address), env.admin, "MarketAlreadySet")
