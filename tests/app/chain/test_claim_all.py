"""Claim all through the transaction pipeline: one transaction pays the investor in every token
passed, nothing to anyone else; a token the investor cannot claim is refused in simulation,
before anything is signed; the registry names the router."""

from __future__ import annotations

import pytest

from app.chain.claim_all import MAX_TOKENS, claim_all_intent, claim_router_of, send_claim_all
from app.chain.deploy import LocalSender, role
from app.chain.errors import ChainError
from app.chain.signer import LocalSigner
from app.chain.transactions import SimulationReverted, TransactionPipeline

USD, PST = 10**6, 10**18


@pytest.fixture
def paying(anvil, chain, platform):  # type: ignore[no-untyped-def]
    """Investor accounts[12] holds 10 PST in both stores, each of which distributed 40 sUSD to
    4 holders (10 sUSD each); accounts[13] has no KYC."""
    addresses, stores = platform
    admin = LocalSender(anvil.w3, anvil.accounts[0])
    compliance = admin.contract("ComplianceRegistry", addresses.compliance).functions
    coin = admin.contract("SandboxStablecoin", addresses.stablecoin).functions
    holders = [a.address for a in anvil.accounts[10:13]] + [anvil.accounts[14].address]
    admin.send(compliance.grantRole(role("KYC_OFFICER_ROLE"), admin.address))
    admin.send(compliance.setKycBatch(holders, anvil.timestamp() + 86_400 * 365))
    admin.send(coin.mint(admin.address, 1_000 * USD))
    for store in stores:
        token = admin.contract("ProfitShareToken", store.token).functions
        for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
            admin.send(token.grantRole(role(name), admin.address))
        for holder in holders:
            admin.send(token.mint(holder, 10 * PST))
        admin.send(coin.approve(store.token, 40 * USD))
        admin.send(token.distribute(40 * USD))
    return addresses, stores, admin, anvil


@pytest.fixture
def client(anvil, make_client):  # type: ignore[no-untyped-def]
    return make_client(anvil.url)


def test_one_transaction_claims_every_token_for_the_sender(paying, client, db) -> None:  # type: ignore[no-untyped-def]
    addresses, stores, admin, anvil = paying
    investor = LocalSigner(anvil.accounts[12])
    router = claim_router_of(client, addresses.registry)
    assert router == addresses.claim_router
    coin = admin.contract("SandboxStablecoin", addresses.stablecoin).functions
    before = coin.balanceOf(investor.address).call()
    others = [coin.balanceOf(a).call() for a in (admin.address, stores[0].token)]
    pipeline = TransactionPipeline(client, db)
    tokens = [s.token for s in stores]
    record = send_claim_all(pipeline, investor, router, tokens, ["PST1", "PST2"], timeout=30)
    assert record.status == "confirmed"
    assert record.description == "Claim profit share: PST1, PST2"
    assert coin.balanceOf(investor.address).call() - before == 20 * USD
    assert coin.balanceOf(admin.address).call() == others[0]
    assert coin.balanceOf(stores[0].token).call() == others[1] - 10 * USD
    for store in stores:
        token = admin.contract("ProfitShareToken", store.token).functions
        assert token.claimableOf(investor.address).call() == 0


def test_a_token_that_cannot_be_claimed_is_refused_before_signing(paying, client, db) -> None:  # type: ignore[no-untyped-def]
    addresses, stores, admin, anvil = paying
    outsider = LocalSigner(anvil.accounts[13])
    pipeline = TransactionPipeline(client, db)
    intent = claim_all_intent(addresses.claim_router, [s.token for s in stores])
    with pytest.raises(SimulationReverted, match="claimer not allowed"):
        pipeline.send(intent, outsider)


def test_the_intent_is_checked_before_any_node_is_asked(platform) -> None:  # type: ignore[no-untyped-def]
    addresses, stores = platform
    with pytest.raises(ChainError) as empty:
        claim_all_intent(addresses.claim_router, [])
    assert empty.value.code == "chain.claim_all_empty"
    many = [f"0x{i:040x}" for i in range(1, MAX_TOKENS + 2)]
    with pytest.raises(ChainError) as too_many:
        claim_all_intent(addresses.claim_router, many)
    assert too_many.value.code == "chain.claim_all_too_many"
    twice = claim_all_intent(addresses.claim_router, [stores[0].token, stores[0].token])
    assert twice.description == "Claim profit share: 1 token"
