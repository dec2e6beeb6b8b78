"""What the sandbox chain should hold, worked out from the REST world before anything is sent.

The plan is plain data, computed deterministically from the world's offerings, revenue reports
and sim date, so the chain and the REST server tell the same story: who bought how much of which
offering and when, which months were routed, which distributions ran and which wait for approval.
`chain_seed` then replays it on anvil in time order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

from eth_account import Account
from eth_account.hdaccount import key_from_seed, seed_from_mnemonic
from eth_account.signers.local import LocalAccount
from eth_keys import keys
from eth_typing import ChecksumAddress
from eth_utils import keccak

from app.backend.models import Offering, OfferingStatus, RevenueReport
from app.chain.deploy import DAY, StoreSpec
from app.sandbox.offerings import publish_date
from app.sandbox.settlements import BANK_PERIOD
from app.sandbox.world import SandboxWorld

# anvil's default mnemonic: public, known to every Ethereum developer, for the sandbox only.
SANDBOX_MNEMONIC = "test test test test test test test test test test test junk"
SANDBOX_CHAIN_ID = 31337
HOUR = 3_600
TOKEN_UNIT = 10**18
USD = 10**6  # stablecoin base units

# The demo accounts: index on m/44'/60'/0'/0/i of the sandbox mnemonic (anvil funds 0-9).
ROLES = (
    "platform",  # admin of every contract, KYC officer, registrar, the bank that routes revenue
    "proposer",
    "approver-1",
    "approver-2",
    "investor",
    "investor-2",
    "investor-3",
    "lapsed-investor",
    "platform-fee",  # receives the platform's fee from every router
)
INVESTORS = ("investor", "investor-2", "investor-3", "lapsed-investor")
MERCHANT_INDEX_BASE = 100  # each store's merchant account: index 100 + offering number
# Whole-token weights of the four investors, cycled over the offerings: different holdings.
HOLDING_WEIGHTS = (
    (4, 3, 2, 1),
    (5, 0, 3, 2),
    (2, 5, 0, 3),
    (3, 4, 2, 1),
    (6, 2, 2, 0),
    (1, 4, 3, 2),
)
# The latest report of the first closed stores: proposals pending approval (with this many
# approvals) and one published report nobody has proposed yet.
PENDING_APPROVALS = (1, 0, 0)
AWAITING_PROPOSAL = 3

PROPOSAL_LIFETIME = 7 * DAY
MIN_INTERVAL = 20 * DAY
CAP_PER_PERIOD = 10_000_000 * USD
SPARE_STABLECOIN = 25_000 * USD  # each investor keeps some sUSD after subscribing
KYC_YEARS = 2
LAPSED_DAYS_AGO = 14


@dataclass(frozen=True)
class DemoAccount:
    role: str
    index: int
    address: ChecksumAddress

    @property
    def path(self) -> str:
        return f"m/44'/60'/0'/0/{self.index}"


@cache
def _seed() -> bytes:
    return seed_from_mnemonic(SANDBOX_MNEMONIC, "")


def derive_address(index: int) -> ChecksumAddress:
    """The address at m/44'/60'/0'/0/index of the sandbox mnemonic."""
    key = key_from_seed(_seed(), f"m/44'/60'/0'/0/{index}")
    return keys.PrivateKey(key).public_key.to_checksum_address()


def demo_accounts() -> dict[str, DemoAccount]:
    return {role: DemoAccount(role, i, derive_address(i)) for i, role in enumerate(ROLES)}


def local_account(index: int) -> LocalAccount:
    """The account at index i of the sandbox mnemonic, with its key (sandbox only)."""
    account: LocalAccount = Account.from_key(key_from_seed(_seed(), f"m/44'/60'/0'/0/{index}"))
    return account


class Outcome:
    EXECUTED = "executed"
    PENDING = "pending"
    AWAITING = "awaiting"  # published, not proposed


@dataclass(frozen=True)
class Period:
    report: RevenueReport
    outcome: str
    approvals: int = 0  # for a pending proposal

    @property
    def number(self) -> int:
        """'2026-04' -> 202604, the uint32 yyyymm the treasury stores."""
        return int(self.report.period.replace("-", ""))

    @property
    def routed_at(self) -> int:
        return _ts(publish_date(self.report.period), 1)


@dataclass(frozen=True)
class StorePlan:
    offering: Offering
    name: str
    spec: StoreSpec
    buy_at: int
    buys: tuple[tuple[str, int], ...]  # (investor role, PST base units)
    handover_at: int | None  # None: no holders to vote yet; the handover stays started
    periods: tuple[Period, ...] = ()

    @property
    def sold(self) -> int:
        return sum(amount for _, amount in self.buys)

    def cost(self, amount: int) -> int:
        """OfferingSale.quote: the price of `amount` base units, rounded up."""
        return -(-amount * self.offering.price_per_token // TOKEN_UNIT)


@dataclass(frozen=True)
class SeedPlan:
    accounts: dict[str, DemoAccount]
    start: int  # genesis timestamp
    final: int  # when pending proposals are made; chain time ends about here
    kyc_expiry: int
    lapsed_expiry: int
    stores: tuple[StorePlan, ...] = field(default=())

    def cost_of(self, role: str) -> int:
        return sum(s.cost(a) for s in self.stores for r, a in s.buys if r == role)


def _ts(day: dt.date, hour: int = 0) -> int:
    return int(dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC).timestamp())


def _at(moment: dt.datetime, plus: int = 0) -> int:
    return int(moment.timestamp()) + plus


def _split(offering: Offering, index: int, allowed: set[str]) -> tuple[tuple[str, int], ...]:
    whole = offering.sold // TOKEN_UNIT
    weights = dict(zip(INVESTORS, HOLDING_WEIGHTS[index % len(HOLDING_WEIGHTS)], strict=True))
    weights = {role: w for role, w in weights.items() if w and role in allowed}
    total = sum(weights.values())
    shares = {role: whole * w // total for role, w in weights.items()}
    # The first investor takes the rounding remainder, so the buys add up to `sold` exactly.
    first = next(iter(shares))
    shares[first] += whole - sum(shares.values())
    return tuple((role, n * TOKEN_UNIT) for role, n in shares.items() if n)


def _periods(reports: list[RevenueReport], closed_index: int, sim_date: dt.date) -> list[Period]:
    periods = []
    for n, report in enumerate(reports):
        latest = n == len(reports) - 1
        if latest and closed_index < len(PENDING_APPROVALS):
            periods.append(Period(report, Outcome.PENDING, PENDING_APPROVALS[closed_index]))
        elif latest and (
            closed_index == AWAITING_PROPOSAL
            or publish_date(report.period) + dt.timedelta(days=3) > sim_date
        ):
            periods.append(Period(report, Outcome.AWAITING))
        else:
            periods.append(Period(report, Outcome.EXECUTED))
    return periods


def build_plan(world: SandboxWorld) -> SeedPlan:
    """The deterministic seeding plan for the world as of its current sim date."""
    accounts = demo_accounts()
    offerings = world.offerings().items
    sim_date = world.sim_date
    start = _ts(min(o.opens_at for o in offerings).date() - dt.timedelta(days=7))
    final = _ts(sim_date, 8)
    lapsed_expiry = final - LAPSED_DAYS_AGO * DAY
    stores = []
    closed_index = 0
    for i, offering in enumerate(offerings):
        row = world.roster.by_id[offering.merchant_id]
        buy_at = _at(offering.opens_at, DAY)
        allowed = (
            set(INVESTORS)
            if buy_at + HOUR < lapsed_expiry
            else set(INVESTORS) - {"lapsed-investor"}
        )
        buys = _split(offering, i, allowed) if offering.sold else ()
        periods: list[Period] = []
        handover_at: int | None = None
        if offering.status is OfferingStatus.CLOSED:
            handover_at = _at(offering.closes_at, DAY)
            # From the bank's start, the business day routes each day's sweep instead.
            reports = [
                r for r in world.reports(offering.token_symbol).items if r.period < BANK_PERIOD
            ]
            periods = _periods(reports, closed_index, sim_date)
            closed_index += 1
        elif buys:
            handover_at = min(buy_at + 2 * DAY, final - DAY)
        else:  # upcoming: the handover starts; its holders will accept it after the offering
            handover_at = final - DAY
        spec = StoreSpec(
            key=offering.merchant_id,
            name=f"{row.name} Profit Share",
            symbol=offering.token_symbol,
            merchant=derive_address(MERCHANT_INDEX_BASE + i + 1),
            fee_recipient=accounts["platform-fee"].address,
            investors_bp=offering.investor_share_bp,
            fee_bp=offering.platform_fee_bp,
            price=offering.price_per_token,
            sale_cap=offering.supply,
            sale_deadline=_at(offering.closes_at),
            cap_per_period=CAP_PER_PERIOD,
            min_interval=MIN_INTERVAL,
            credential_commitment=keccak(text=f"sandbox credentials {offering.merchant_id} v1"),
            key_version=1,
        )
        stores.append(
            StorePlan(offering, row.name, spec, buy_at, buys, handover_at, tuple(periods))
        )
    last = max(
        [s.buy_at for s in stores if s.buys]
        + [s.handover_at or 0 for s in stores]
        + [p.routed_at + 2 * DAY for s in stores for p in s.periods]
    )
    final = max(final, last + HOUR)
    return SeedPlan(
        accounts=accounts,
        start=start,
        final=final,
        kyc_expiry=final + KYC_YEARS * 365 * DAY,
        lapsed_expiry=lapsed_expiry,
        stores=tuple(stores),
    )
