"""gas: what the PST platform's transactions cost, next to the baselines they replace.

`distribute` at 10, 1,000 and 10,000 real holders (must be the same at every count), claim, PST
transfers against a plain OpenZeppelin ERC-20, route, propose, approve (an off-chain signature),
execute with signatures (bench/gas_treasury.py), claim-all (bench/gas_claim_all.py); and the
cost per holder per period of four payout methods at each holder count (bench/gas_payouts.py:
push loop split into 30M-gas blocks, Merkle claim, PST claim, PST claim all; the matrix and how
each cell is measured go to stderr).
Runs its own anvil (prague) with a high block gas limit so the holders can be created in a few
calls of a bench-only seeder that allowlists and mints through the contracts' normal paths.
Measured calls are steady state (the contract has been used before), as a real month would be;
first-time costs are reported as well where they differ.
"""

from __future__ import annotations

import argparse

from eth_account import Account
from eth_account.signers.local import LocalAccount
from web3 import Web3

from app.chain.deploy import LocalSender, StoreSpec, deploy_platform, deploy_store, role
from app.chain.devnode import AnvilNode
from bench.gas_claim_all import claim_all_results
from bench.gas_payouts import (
    METHOD_NOTES,
    Payouts,
    PeriodCost,
    bulk,
    cost_rows,
    gas_of,
    per_holder_table,
    show,
    synthetic,
)
from bench.gas_treasury import treasury_results
from bench.report import Result, result

MNEMONIC = "test test test test test test test test test test test junk"  # anvil's public default
USD, PST = 10**6, 10**18
HOLDER_COUNTS = (10, 1_000, 10_000)
SEED_BATCH = 1_000
FIRST_SYNTHETIC = 0x10_0000  # synthetic holders: 0x...100000, 0x...100001, ...
YEAR = 365 * 86_400


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--holders",
        type=int,
        nargs="+",
        default=list(HOLDER_COUNTS),
        help="holder counts for distribute and the push loop (default 10 1000 10000)",
    )


def _accounts(count: int) -> list[LocalAccount]:
    Account.enable_unaudited_hdwallet_features()
    return [
        Account.from_mnemonic(MNEMONIC, account_path=f"m/44'/60'/0'/0/{i}") for i in range(count)
    ]


class Bench:
    def __init__(self, w3: Web3) -> None:
        accounts = _accounts(12)
        self.w3 = w3
        self.admin = LocalSender(w3, accounts[0])
        self.proposer, self.approvers = (
            LocalSender(w3, accounts[1]),
            [LocalSender(w3, a) for a in accounts[2:4]],
        )
        self.investors = [LocalSender(w3, a) for a in accounts[4:10]]
        self.platform = deploy_platform(
            self.admin,
            kyc_officers=[self.admin.address],
            proposers=[self.proposer.address],
            approvers=[s.address for s in self.approvers],
        )
        spec = StoreSpec(
            key="bench",
            name="Bench PST",
            symbol="BPST",
            merchant=accounts[10].address,
            fee_recipient=accounts[11].address,
            cap_per_period=10**9 * USD,
        )
        self.store = deploy_store(self.admin, self.platform, spec)
        c = self.admin.contract
        self.coin = c("SandboxStablecoin", self.platform.stablecoin)
        self.compliance = c("ComplianceRegistry", self.platform.compliance)
        self.treasury = c("DistributionTreasury", self.platform.treasury)
        self.token = c("ProfitShareToken", self.store.token)
        self.router = c("RevenueRouter", self.store.router)
        self.seeder = self.admin.deploy("BenchHolderSeeder")
        a = self.admin
        a.send(self.compliance.functions.grantRole(role("KYC_OFFICER_ROLE"), self.seeder.address))
        for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
            a.send(self.token.functions.grantRole(role(name), a.address))
        a.send(self.token.functions.grantRole(role("MINTER_ROLE"), self.seeder.address))
        a.send(self.coin.functions.mint(a.address, 10**12 * USD))
        a.send(self.coin.functions.approve(self.token.address, 2**256 - 1))
        expiry = self.w3.eth.get_block("latest")["timestamp"] + YEAR
        a.send(self.compliance.functions.setKycBatch([s.address for s in self.investors], expiry))
        for s in self.investors:  # investors who bought their PST with sUSD still hold some
            a.send(self.coin.functions.mint(s.address, 1_000 * USD))
        self.expiry = expiry
        self.holders = 0

    def grow_to(self, holders: int) -> None:
        """Real balances for `holders` PST holders: the first four are real accounts."""
        while self.holders < min(holders, 4):
            self.admin.send(
                self.token.functions.mint(self.investors[self.holders].address, 10 * PST)
            )
            self.holders += 1
        while self.holders < holders:
            count = min(SEED_BATCH, holders - self.holders)
            args = [self.compliance.address, self.token.address, FIRST_SYNTHETIC + self.holders]
            args += [count, PST, self.expiry]
            gas = 200_000 * count + 100_000  # KYC (with its checkpoint) and mint, per holder
            bulk(self.w3, self.admin.address, self.seeder, "seed", args, gas)
            self.holders += count
        # The holders are real: balances on chain, summing to the supply.
        last = synthetic(FIRST_SYNTHETIC + self.holders - 1, 1)[0] if self.holders > 4 else None
        assert last is None or self.token.functions.balanceOf(last).call() == PST
        supply = 10 * PST * min(self.holders, 4) + PST * max(self.holders - 4, 0)
        assert self.token.functions.totalSupply().call() == supply

    def distribute(self) -> int:
        return gas_of(self.admin, self.token.functions.distribute(1_234_567 * USD + 89))


def _distribution_results(b: Bench, counts: list[int]) -> tuple[list[Result], dict[int, int]]:
    b.grow_to(counts[0])
    first = b.distribute()  # the token's very first distribution fills empty slots
    measured = {}
    for count in counts:
        b.grow_to(count)
        assert b.token.functions.totalSupply().call() > 0
        measured[count] = b.distribute()
    out = [
        result(f"distribute @ {n:,} holders", g, "gas", ("<=", 100_000))
        for n, g in measured.items()
    ]
    spread = max(measured.values()) - min(measured.values())
    out.append(result("distribute: spread across holder counts", spread, "gas", ("==", 0)))
    out.append(result("distribute: a token's first ever", first, "gas"))
    return out, measured


def _claim_results(b: Bench) -> tuple[list[Result], int]:
    b.investors[1].send(b.token.functions.claim())  # someone claimed before: totals are warm
    first = gas_of(b.investors[0], b.token.functions.claim())
    b.distribute()
    steady = gas_of(b.investors[0], b.token.functions.claim())
    rows = [
        # A month's profit for a holder who claimed last month and holds sUSD already.
        result("claim (steady)", steady, "gas", ("<=", 55_000)),
        # A holder's first claim fills their correction slot (0 -> non-zero: +20,000 once in the
        # holder's lifetime, not per period), as a Merkle claim fills its bitmap word.
        result("claim, the holder's very first (one-off new slot)", first, "gas"),
    ]
    return rows, steady


def _transfer_results(b: Bench) -> list[Result]:
    # Worst cases first: investors 2 and 3 have held since before the first distribution and
    # never moved tokens, so each transfer also fills their correction slots for the first time.
    alice, bob = b.investors[2], b.investors[3]
    newcomer = b.investors[4]  # allowlisted, holds no PST yet
    to_new = gas_of(alice, b.token.functions.transfer(newcomer.address, PST))
    to_existing = gas_of(alice, b.token.functions.transfer(bob.address, PST))
    again = gas_of(alice, b.token.functions.transfer(bob.address, PST))
    plain = b.admin.deploy("BenchPlainToken")
    b.admin.send(plain.functions.mint(alice.address, 100 * PST))
    b.admin.send(plain.functions.mint(bob.address, PST))
    plain_new = gas_of(alice, plain.functions.transfer(newcomer.address, PST))
    plain_existing = gas_of(alice, plain.functions.transfer(bob.address, PST))
    alice.send(b.token.functions.delegate(alice.address))
    bob.send(b.token.functions.delegate(bob.address))
    b.w3.provider.make_request("evm_mine", [])  # a fresh block: checkpoints are pushed, not updated
    delegated = gas_of(alice, b.token.functions.transfer(bob.address, PST))
    target = ("<=", 155_000)
    return [
        result("PST transfer to a new holder", to_new, "gas", target),
        result("PST transfer to an existing holder", to_existing, "gas", target),
        result("PST transfer to an existing holder, corrections set", again, "gas", target),
        result("PST transfer, both sides delegated (votes)", delegated, "gas", target),
        result("baseline: OZ ERC-20 transfer to a new holder", plain_new, "gas"),
        result("baseline: OZ ERC-20 transfer to an existing holder", plain_existing, "gas"),
        result("PST overhead over ERC-20, new holder", to_new - plain_new, "gas"),
        result("PST overhead over ERC-20, existing holder", to_existing - plain_existing, "gas"),
    ]


def run(args: argparse.Namespace) -> list[Result]:
    counts = sorted(args.holders)
    with AnvilNode.start(extra_args=["--gas-limit", "2000000000", "--accounts", "12"]) as node:
        w3 = Web3(Web3.HTTPProvider(node.url, request_kwargs={"timeout": 300}))
        b = Bench(w3)
        results, distribute = _distribution_results(b, counts)
        claim_rows, claim = _claim_results(b)
        results += claim_rows
        claim_all_rows, claim_all_per_token = claim_all_results(b)
        results += claim_all_rows
        results += _transfer_results(b)
        results += treasury_results(b)
        payouts = Payouts(w3, b.admin, b.coin)
        costs: list[PeriodCost] = []
        share = 123 * USD
        for n in counts:
            costs.append(payouts.push_period(n, share))
            costs.append(payouts.merkle_period(n, b.investors[:2], share))
            costs.append(PeriodCost("PST claim", n, claim + distribute[n] / n))
            if claim_all_per_token is not None:
                costs.append(
                    PeriodCost("PST claim all", n, claim_all_per_token + distribute[n] / n)
                )
        results += cost_rows(costs)
        first, later = payouts.merkle_claims[counts[-1]]
        results.append(
            result(
                f"baseline: Merkle claim ({counts[-1]:,} leaves), first in its word", first, "gas"
            )
        )
        results.append(
            result(
                f"baseline: Merkle claim ({counts[-1]:,} leaves), word already used", later, "gas"
            )
        )
    show(per_holder_table(costs, counts, METHOD_NOTES))
    return results
