"""Who holds which power over a store's token: the data and the flags (no network).

`app.portfolio.powers` reads a `Powers` from the chain and the indexed role events; this module
holds the values it returns and decides, as a pure function, what to flag: anything that would
let one key mint, stop claims or move investors' money. A flag's reason is a `Phrase` from the
error table (app/errors/catalog/powers.py), so the CLI and the GUI say it in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.errors import Phrase

GUARDIAN_MAX_PAUSE = 7 * 86_400  # a guardian's pause must end by itself within this


class Kind(StrEnum):
    """What an address that holds a power is."""

    TIMELOCK = "timelock"  # the store DAO's timelock: acts only after a vote and a delay
    GOVERNOR = "governor"
    SALE = "sale"
    TREASURY = "treasury"
    ROUTER = "router"
    REGISTRY = "registry"
    TOKEN = "token"
    COMPLIANCE = "compliance"
    GUARDIAN = "guardian"
    CLAIM_ROUTER = "claim_router"
    CONTRACT = "contract"  # a contract the app does not know (it may answer to one key)
    # named as one of the store's contracts, but its code is not the app's build of it
    UNVERIFIED = "unverified"
    KEY = "key"  # a plain key (an externally owned account): one person decides
    ANYONE = "anyone"  # the zero address in a role: the role is open to every account

    @property
    def phrase(self) -> Phrase:
        return Phrase(f"powers.kind.{self.value}")

    @property
    def unchecked(self) -> bool:
        """One key (or a contract we cannot vouch for) decides alone."""
        return self in (Kind.KEY, Kind.CONTRACT, Kind.UNVERIFIED)


@dataclass(frozen=True)
class Holder:
    address: str
    kind: Kind


@dataclass(frozen=True)
class RoleHolders:
    """The holders of one role on one contract, rebuilt from RoleGranted/RoleRevoked events."""

    scope: str  # which contract: "token", "timelock", "compliance", "treasury" or "registry"
    role: str  # the role's name ("MINTER_ROLE"), or its id in hex when the name is unknown
    holders: tuple[Holder, ...]


@dataclass(frozen=True)
class GovernorParams:
    address: str
    voting_delay: int  # blocks (or seconds, per the token's clock)
    voting_period: int
    proposal_threshold: int  # PST base units
    quorum_numerator: int
    quorum_denominator: int
    quorum: int | None  # votes needed at the last block (None when the view refuses)


@dataclass(frozen=True)
class RouterSplit:
    address: str
    investors_bp: int
    fee_bp: int
    merchant_bp: int
    owner: str | None  # None: the router answers no owner() (it has none)


@dataclass(frozen=True)
class Guardian:
    holder: Holder
    pause_ends_at: int | None  # unix seconds when the latest guardian pause ends (or ended)
    max_pause: int | None  # seconds the guardian's pause may last at most


@dataclass(frozen=True)
class PendingHandover:
    """The token's powers offered to the store's DAO, waiting for its vote to accept them."""

    timelock: str
    sale: str
    treasury: str
    guardian: str | None
    guardian_kind: Kind | None = None  # what the guardian is (a plain key, a contract)


@dataclass(frozen=True)
class TreasuryPowers:
    """The distribution treasury that holds this store's undistributed profit share: its
    threshold, this store's policy and balance there. Who holds its roles is in `Powers.roles`
    (scope "treasury")."""

    address: str
    threshold: int  # approvals (besides the proposer) that pay a proposal out
    cap_per_period: int  # this store's cap per payout, stablecoin base units; 0: payouts off
    pending: int  # this store's money held there, not yet paid out (base units)
    coin_symbol: str = "sUSD"  # the stablecoin the amounts are in
    coin_decimals: int = 6


@dataclass(frozen=True)
class SaleTerms:
    """The offering sale's terms, fixed at its deployment."""

    address: str
    price: int  # stablecoin base units per whole PST
    cap: int  # PST base units
    deadline: int  # unix seconds; no purchase from then on
    proceeds_recipient: Holder  # where every subscription's money goes
    coin_symbol: str
    coin_decimals: int


@dataclass(frozen=True)
class Flag:
    code: str  # "powers.flag.mint", ...
    holder: Holder | None
    role: str = ""
    scope: str = ""  # the contract whose role it is ("token", "timelock"), if a role
    platform_held: bool = False  # the platform's key, before the store is handed to its DAO
    params: tuple[tuple[str, str], ...] = ()  # more values its sentence names (an address)

    def reason(self, symbol: str) -> Phrase:
        """Why this is flagged, in words (render with `.text(language)`)."""
        holder = self.holder
        params: dict[str, object] = {"symbol": symbol, "role": self.role, **dict(self.params)}
        if holder is not None:
            params |= {"holder": holder.address, "kind": holder.kind.phrase}
        return Phrase(self.code, **params)


@dataclass(frozen=True)
class Powers:
    token: str
    symbol: str
    store_id: bytes
    block_number: int
    timestamp: int
    owner: Holder  # the store's owner in the registry
    pending_owner: Holder | None
    timelock: Holder
    timelock_delay: int  # seconds
    governor: GovernorParams
    router: RouterSplit
    roles: tuple[RoleHolders, ...]
    paused: bool  # transfers are stopped now (by the timelock's pause or the guardian's)
    claims_paused: bool  # claims are stopped now (only the timelock's pause does that)
    guardian: Guardian | None
    compliance_officers: tuple[Holder, ...]
    indexed_to: int | None  # role holders are complete up to this block
    flags: tuple[Flag, ...] = field(default=())
    pending_handover: PendingHandover | None = None
    treasury: TreasuryPowers | None = None
    sale: SaleTerms | None = None
    registry: str = ""  # the store registry, whose roles are in `roles` (scope "registry")
    # (what it is, what the registry names it) of each whose runtime code is not that build's
    unverified: tuple[tuple[Holder, Kind], ...] = ()

    @property
    def handed_over(self) -> bool:
        """The store belongs to its DAO: the timelock owns it in the registry."""
        return self.owner.address == self.timelock.address

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    def all_clear(self) -> Phrase:
        """What no flag means. The compliance officer's power stays the platform's by design and
        is not flagged, but an officer that is one key can stop any holder's claims (by revoking
        their KYC): then the sentence says so."""
        if any(h.kind.unchecked for h in self.compliance_officers):
            return Phrase("powers.explain.no_flags_but_officer", symbol=self.symbol)
        return Phrase("powers.explain.no_flags", symbol=self.symbol)

    def holders(self, scope: str, role: str) -> tuple[Holder, ...]:
        for item in self.roles:
            if item.scope == scope and item.role == role:
                return item.holders
        return ()


# Token roles that put investors at one key's mercy, and what each lets that key do.
TOKEN_ROLE_FLAGS = {
    "DEFAULT_ADMIN_ROLE": "powers.flag.token_admin",
    "MINTER_ROLE": "powers.flag.mint",
    "PAUSER_ROLE": "powers.flag.pause",
}
# Timelock roles that let someone act as the DAO without a vote.
TIMELOCK_ROLE_FLAGS = {
    "DEFAULT_ADMIN_ROLE": "powers.flag.timelock_admin",
    "PROPOSER_ROLE": "powers.flag.timelock_proposer",
}


def with_flags(powers: Powers) -> Powers:
    return replace(powers, flags=tuple(flags_of(powers)))


def flags_of(powers: Powers) -> list[Flag]:
    """Every way one key (or an unknown contract) could mint, stop claims or move investors'
    money, with the role that gives it."""
    flags: list[Flag] = []

    def flag(code: str, holder: Holder | None, role: str = "", scope: str = "") -> None:
        held = (
            not powers.handed_over and holder is not None and holder.address == powers.owner.address
        )
        flags.append(Flag(code, holder, role, scope, platform_held=held))

    for role, code in TOKEN_ROLE_FLAGS.items():
        for holder in powers.holders("token", role):
            if holder.kind.unchecked or holder.kind is Kind.ANYONE:
                flag(code, holder, role, "token")
    for role, code in TIMELOCK_ROLE_FLAGS.items():
        for holder in powers.holders("timelock", role):
            acts_for_dao = holder.address == powers.timelock.address or (
                role == "PROPOSER_ROLE" and holder.address == powers.governor.address
            )
            if not acts_for_dao:
                flag(code, holder, role, "timelock")
    # A veto over what the holders voted: a key that cancels queued operations, or executors
    # restricted to keys (when anyone may execute, no executor can withhold a decision).
    for holder in powers.holders("timelock", "CANCELLER_ROLE"):
        if holder.kind.unchecked:
            flag("powers.flag.timelock_canceller", holder, "CANCELLER_ROLE", "timelock")
    executors = powers.holders("timelock", "EXECUTOR_ROLE")
    if not any(h.kind is Kind.ANYONE for h in executors):
        for holder in executors:
            if holder.kind.unchecked:
                flag("powers.flag.timelock_executor", holder, "EXECUTOR_ROLE", "timelock")
    if powers.owner.kind.unchecked:
        flag("powers.flag.store_owner", powers.owner)
    if powers.router.owner is not None:
        flag("powers.flag.router_owner", Holder(powers.router.owner, Kind.CONTRACT))
    guardian = powers.guardian
    if guardian is not None and (
        guardian.max_pause is None or guardian.max_pause > GUARDIAN_MAX_PAUSE
    ):
        flag("powers.flag.guardian_unbounded", guardian.holder)
    if powers.claims_paused:
        flag("powers.flag.paused", None)
    for holder, named in powers.unverified:
        flags.append(Flag("powers.flag.unverified", holder, params=(("named", named.phrase),)))
    flags += _treasury_flags(powers)
    flags += _handover_flags(powers)
    return flags


# What one plain key can do to a store's payouts through the treasury that holds its money.
ONE_PERSON = (Kind.KEY, Kind.ANYONE)


def _treasury_flags(powers: Powers) -> list[Flag]:
    """A plain key that alone can stop this store's payouts for good: the treasury's admin (cap
    0, the roles, the threshold); and payouts that cannot run now. A proposer or an approver
    every payout needs can only withhold its part (the facts say who is needed); no treasury
    role can send the store's money anywhere but to its holders (execute pays the token)."""
    treasury = powers.treasury
    if treasury is None:
        return []
    flags = [
        Flag("powers.flag.treasury_admin", h, "DEFAULT_ADMIN_ROLE", "treasury")
        for h in powers.holders("treasury", "DEFAULT_ADMIN_ROLE")
        if h.kind in ONE_PERSON
    ]
    proposers = powers.holders("treasury", "PROPOSER_ROLE")
    approvers = powers.holders("treasury", "APPROVER_ROLE")
    why: Phrase | None = None
    if treasury.cap_per_period == 0:
        why = Phrase("powers.payouts_off.cap")
    elif not proposers:
        why = Phrase("powers.payouts_off.no_proposer")
    elif len(approvers) < treasury.threshold:
        why = Phrase(
            "powers.payouts_off.approvers", threshold=treasury.threshold, approvers=len(approvers)
        )
    if why is not None:
        flags.append(Flag("powers.flag.payouts_off", None, params=(("why", why),)))
    return flags


def _handover_flags(powers: Powers) -> list[Flag]:
    """A handover offered on terms the holders should not accept: powers to a timelock that is
    not the store DAO's, a minter that is not the store's registered sale, a distributor that is
    not its treasury, a plain key as guardian."""
    offer = powers.pending_handover
    if offer is None:
        return []
    flags = []
    if offer.timelock != powers.timelock.address:
        flags.append(
            Flag("powers.flag.handover_timelock", Holder(offer.timelock, Kind.CONTRACT),
                 params=(("timelock", powers.timelock.address),))
        )  # fmt: skip
    if powers.sale is not None and offer.sale != powers.sale.address:
        flags.append(
            Flag("powers.flag.handover_sale", Holder(offer.sale, Kind.CONTRACT),
                 params=(("sale", powers.sale.address),))
        )  # fmt: skip
    if powers.treasury is not None and offer.treasury != powers.treasury.address:
        flags.append(
            Flag("powers.flag.handover_treasury", Holder(offer.treasury, Kind.CONTRACT),
                 params=(("treasury", powers.treasury.address),))
        )  # fmt: skip
    if offer.guardian is not None and offer.guardian_kind is Kind.KEY:
        flags.append(Flag("powers.flag.handover_guardian_key", Holder(offer.guardian, Kind.KEY)))
    return flags
