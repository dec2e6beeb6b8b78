"""DESIGN's invariant: distributing costs the same gas for a few holders or many (the
points-per-share accumulator touches no holder). Measured from receipts at 3 and at 500 real
holders (BenchHolderSeeder allowlists and mints to synthetic addresses through the normal paths)."""

from __future__ import annotations

from app.chain.deploy import role
from tests.contracts.conftest import PST, USD, Env

AMOUNT = 1_234_567 * USD + 89  # the bench's: carries dust, as real distributions do
SEED_BATCH = 100  # holders per seeding transaction (~200,000 gas each: KYC and mint)
FIRST_SYNTHETIC = 0x10_0000


def _distribute(env: Env) -> int:
    # A day later, as real distributions are: `lastDistributedAt` changes (rewriting the same
    # second costs 2,800 gas less, and a dev chain often mines two blocks in one second).
    env.chain.advance(86_400)
    return int(env.admin.send(env.token.functions.distribute(AMOUNT))["gasUsed"])


def test_distribute_costs_the_same_gas_at_3_holders_and_at_500(env: Env) -> None:
    token = env.token.functions
    env.admin.send(token.grantRole(role("DISTRIBUTOR_ROLE"), env.admin.address))
    # The distributor's balance and allowance never reach 0 (a cleared slot is refunded).
    env.admin.send(env.stablecoin.functions.mint(env.admin.address, 4 * AMOUNT))
    env.admin.send(env.stablecoin.functions.approve(env.token.address, 2**256 - 1))
    for investor in env.investors[:3]:
        env.admin.send(token.mint(investor.address, 10 * PST))
    _distribute(env)  # a token's very first distribution fills empty slots once
    at_3 = _distribute(env)

    seeder = env.admin.deploy("BenchHolderSeeder")
    compliance = env.compliance.functions
    env.admin.send(compliance.grantRole(role("KYC_OFFICER_ROLE"), seeder.address))
    env.admin.send(token.grantRole(role("MINTER_ROLE"), seeder.address))
    expiry = env.chain.timestamp() + 30 * 86_400
    for first in range(FIRST_SYNTHETIC, FIRST_SYNTHETIC + 497, SEED_BATCH):
        count = min(SEED_BATCH, FIRST_SYNTHETIC + 497 - first)
        seed = seeder.functions.seed(
            env.compliance.address, env.token.address, first, count, PST, expiry
        )
        env.admin.send(seed)
    last = f"0x{FIRST_SYNTHETIC + 496:040x}"
    assert token.balanceOf(env.chain.w3.to_checksum_address(last)).call() == PST
    assert token.totalSupply().call() == 30 * PST + 497 * PST
    at_500 = _distribute(env)
    assert at_500 == at_3, f"distribute: {at_3:,} gas at 3 holders, {at_500:,} at 500"
