"""Deploy the PST platform from the committed artifacts: the platform-wide contracts once, then
each tokenized store. Used by the sandbox chain, the tests and the gas bench.

`LocalSender` signs with a local key and waits for each receipt. It is deliberately simple: set-up
on a dev chain, not the app's crash-safe transaction pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eth_account.signers.local import LocalAccount
from eth_typing import ChecksumAddress
from eth_utils import keccak, to_checksum_address
from web3 import Web3
from web3.contract import Contract
from web3.contract.contract import ContractConstructor, ContractFunction
from web3.types import Nonce, TxParams, TxReceipt, Wei

from app.chain.artifacts import load_artifact
from app.errors import AppError

ZERO_ADDRESS = to_checksum_address("0x" + "00" * 20)
DAY = 86_400
# Blocks before a KYC officer's cut of an account (a revocation, an earlier expiry) counts in store
# DAO votes; transfers and claims see it at once (ComplianceRegistry.GOVERNANCE_NOTICE). Short for
# dev chains (a third of StoreSpec.voting_period). A real network should give a week, 50,400 blocks
# at 12 s, as long as its voting period: a cut then has to stand, visible and costly to the holder
# (who can neither move nor claim), for a week before it removes a vote, a wrongful one can be
# contested and undone in that week without any vote seeing it, and one officer key can no longer
# revoke the holders who would vote against, propose at once and restore them.
DEV_GOVERNANCE_NOTICE = 7


class DeployError(AppError):
    """A set-up transaction failed; the message names it."""

    code = "chain.deploy"


DEFAULT_ADMIN_ROLE = b"\x00" * 32  # AccessControl's admin role is zero, not a hash


def role(name: str) -> bytes:
    """An AccessControl role id, e.g. role("MINTER_ROLE")."""
    return DEFAULT_ADMIN_ROLE if name == "DEFAULT_ADMIN_ROLE" else keccak(text=name)


def store_id(key: str) -> bytes:
    """The bytes32 store id of a merchant key (e.g. its REST id): keccak256 of the UTF-8 text."""
    return keccak(text=key)


class LocalSender:
    """Sends transactions from one local key, one at a time, each confirmed before the next."""

    def __init__(self, w3: Web3, account: LocalAccount, *, gas_margin_pct: int = 20) -> None:
        self.w3 = w3
        self.account = account
        self.address: ChecksumAddress = account.address
        self.chain_id = w3.eth.chain_id
        self.gas_margin_pct = gas_margin_pct

    def contract(self, name: str, address: str) -> Contract:
        return self.w3.eth.contract(
            address=to_checksum_address(address), abi=load_artifact(name).abi
        )

    def deploy(self, name: str, *args: Any) -> Contract:
        artifact = load_artifact(name)
        factory = self.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
        receipt = self.send(factory.constructor(*args), what=f"deploy {name}")
        address = receipt["contractAddress"]
        if address is None:
            raise DeployError("chain.deploy_no_address", contract=name)
        return self.contract(name, address)

    def send(
        self, call: ContractFunction | ContractConstructor, *, what: str = "", value: int = 0
    ) -> TxReceipt:
        """Estimate (which also simulates), sign, send and wait; raise DeployError on failure."""
        label = what or getattr(call, "fn_name", "transaction")
        gas = call.estimate_gas({"from": self.address, "value": Wei(value)})
        # Nonce and base fee are read per transaction, so a snapshot revert never desynchronises us.
        nonce = self.w3.eth.get_transaction_count(self.address, "pending")
        base_fee = int(self.w3.eth.get_block("latest")["baseFeePerGas"])
        tip = 1_000_000_000
        params: TxParams = {
            "from": self.address,
            "value": Wei(value),
            "nonce": Nonce(nonce),
            # The margin covers state that differs between the estimate's block and the real one
            # (e.g. a vote checkpoint updated in place there, pushed anew here).
            "gas": gas * (100 + self.gas_margin_pct) // 100 + 50_000,
            "maxFeePerGas": Wei(2 * base_fee + tip),
            "maxPriorityFeePerGas": Wei(tip),
            "chainId": self.chain_id,
        }
        tx = call.build_transaction(params)
        signed = self.account.sign_transaction(tx)  # type: ignore[arg-type]
        tx_hash = self.w3.eth.send_raw_transaction(signed.raw_transaction)
        receipt = self.w3.eth.wait_for_transaction_receipt(tx_hash, timeout=120, poll_latency=0.02)
        if receipt["status"] != 1:
            raise DeployError(
                "chain.deploy_reverted", what=label, sender=self.address, tx_hash=tx_hash.hex()
            )
        return receipt


@dataclass(frozen=True)
class PlatformAddresses:
    stablecoin: ChecksumAddress
    compliance: ChecksumAddress
    registry: ChecksumAddress
    treasury: ChecksumAddress
    claim_router: ChecksumAddress | None = None  # also named by the registry's claimRouter()
    market: ChecksumAddress | None = None  # PSTMarket, named by the registry's market()


@dataclass(frozen=True)
class StoreSpec:
    key: str  # the merchant's stable key; the on-chain id is store_id(key)
    name: str
    symbol: str
    merchant: str
    fee_recipient: str
    investors_bp: int = 3_000
    fee_bp: int = 200
    price: int = 10_000_000  # stablecoin base units per whole PST (10 sUSD)
    price_decimals: int = 6  # the unit the price is stated in; the sale refuses another coin
    sale_cap: int = 1_000_000 * 10**18
    sale_deadline: int = 0  # unix seconds; 0: one year after deployment
    cap_per_period: int = 10**15  # DistributionTreasury policy, stablecoin base units
    min_interval: int = 0  # seconds between two executed distributions
    tier_amount: int = 0  # above it a proposal needs one more approval; 0: no tier
    monthly_cap: int = 0  # executed per calendar month (UTC) at most; 0: no monthly cap
    credential_commitment: bytes = b"\x00" * 32
    key_version: int = 1
    # Governance. The snapshot is the block before a proposal (no voting delay) and the proposal
    # threshold is 1% of the supply, both fixed by StoreGovernor. The voting period and the
    # timelock delay are short for dev chains; a real network should use about a week of blocks
    # (50,400 at 12 s) and two days (172,800 s) so holders can notice, vote and react.
    voting_period: int = 20  # blocks
    quorum_percent: int = 4
    timelock_delay: int = 60  # seconds


@dataclass(frozen=True)
class StoreAddresses:
    store_id: bytes
    token: ChecksumAddress
    router: ChecksumAddress
    sale: ChecksumAddress
    governor: ChecksumAddress
    timelock: ChecksumAddress


def deploy_platform(
    sender: LocalSender,
    *,
    stablecoin: str | None = None,
    approval_threshold: int = 2,
    proposal_lifetime: int = 7 * DAY,
    kyc_officers: Sequence[str] = (),
    proposers: Sequence[str] = (),
    approvers: Sequence[str] = (),
    governance_notice: int = DEV_GOVERNANCE_NOTICE,
) -> PlatformAddresses:
    """Deploy the platform-wide contracts, administered by the sender.

    Without `stablecoin` a SandboxStablecoin owned by the sender is deployed (sandbox only).
    `governance_notice`: blocks before a KYC officer's cut counts in DAO votes (see
    DEV_GOVERNANCE_NOTICE for a real network's value).
    """
    admin = sender.address
    coin = (
        sender.contract("SandboxStablecoin", stablecoin)
        if stablecoin
        else sender.deploy("SandboxStablecoin", admin)
    )
    compliance = sender.deploy("ComplianceRegistry", admin, governance_notice)
    registry = sender.deploy("StoreRegistry", admin, coin.address, compliance.address)
    treasury = sender.deploy(
        "DistributionTreasury",
        admin,
        registry.address,
        coin.address,
        approval_threshold,
        proposal_lifetime,
    )
    sender.send(registry.functions.setTreasury(treasury.address))
    claim_router = sender.deploy("ClaimRouter")
    sender.send(registry.functions.setClaimRouter(claim_router.address))
    for account in kyc_officers:
        sender.send(compliance.functions.grantRole(role("KYC_OFFICER_ROLE"), account))
    for account in proposers:
        sender.send(treasury.functions.grantRole(role("PROPOSER_ROLE"), account))
    for account in approvers:
        sender.send(treasury.functions.grantRole(role("APPROVER_ROLE"), account))
    return PlatformAddresses(
        coin.address, compliance.address, registry.address, treasury.address, claim_router.address
    )


def deploy_store(
    sender: LocalSender, platform: PlatformAddresses, spec: StoreSpec
) -> StoreAddresses:
    """Deploy one store's token, router, DAO (governor + timelock) and offering, register it and
    set its payout policy. The sender stays the store's owner and the token's admin (the sale
    mints, the treasury distributes) until app.chain.dao hands the store and every power over the
    token to the timelock.
    """
    sid = store_id(spec.key)
    me = sender.address
    token = sender.deploy(
        "ProfitShareToken", spec.name, spec.symbol, platform.stablecoin, platform.compliance, me
    )
    router = sender.deploy(
        "RevenueRouter",
        platform.stablecoin,
        platform.treasury,
        sid,
        spec.investors_bp,
        spec.fee_bp,
        to_checksum_address(spec.fee_recipient),
        to_checksum_address(spec.merchant),
    )
    # Anyone may execute a queued operation; only the governor proposes and cancels.
    timelock = sender.deploy("StoreTimelock", spec.timelock_delay, [], [ZERO_ADDRESS], me)
    governor = sender.deploy(
        "StoreGovernor",
        f"{spec.name} DAO",
        token.address,
        timelock.address,
        spec.voting_period,
        spec.quorum_percent,
    )
    for name in ("PROPOSER_ROLE", "CANCELLER_ROLE"):
        sender.send(timelock.functions.grantRole(role(name), governor.address))
    sender.send(timelock.functions.renounceRole(role("DEFAULT_ADMIN_ROLE"), me))

    deadline = spec.sale_deadline or int(sender.w3.eth.get_block("latest")["timestamp"]) + 365 * DAY
    sale = sender.deploy(
        "OfferingSale",
        token.address,
        platform.stablecoin,
        platform.compliance,
        to_checksum_address(spec.merchant),
        spec.price,
        spec.price_decimals,
        spec.sale_cap,
        deadline,
    )
    sender.send(token.functions.grantRole(role("MINTER_ROLE"), sale.address))
    sender.send(token.functions.grantRole(role("DISTRIBUTOR_ROLE"), platform.treasury))

    registry = sender.contract("StoreRegistry", platform.registry)
    sender.send(
        registry.functions.registerStore(
            sid,
            token.address,
            router.address,
            governor.address,
            sale.address,
            me,
            spec.credential_commitment,
            spec.key_version,
        )
    )
    treasury = sender.contract("DistributionTreasury", platform.treasury)
    policy = (spec.cap_per_period, spec.min_interval, spec.tier_amount, spec.monthly_cap)
    sender.send(treasury.functions.setPolicy(sid, *policy))
    return StoreAddresses(
        sid, token.address, router.address, sale.address, governor.address, timelock.address
    )


# ---- the PST market (issue 16) ---------------------------------------------------------------

MARKET_FEE_BPS = 30  # 0.3% of the stablecoin leg, borne by the taker
# The market is a spender of everyone's PST, and a token lets only allowed spenders move
# someone else's tokens: the platform's KYC officer allowlists the market for good (it can
# revoke the entry, which stops every fill and moves nothing).
MARKET_KYC_EXPIRY = 2**64 - 1


def deploy_market(
    sender: LocalSender,
    kyc_officer: LocalSender,
    platform: PlatformAddresses,
    *,
    fee_recipient: str,
    fee_bps: int = MARKET_FEE_BPS,
    publish: bool = True,
) -> ChecksumAddress:
    """Deploy the PSTMarket for the platform's stablecoin and compliance registry, allowlist it
    as a spender there (`kyc_officer` holds KYC_OFFICER_ROLE) and name it in the store registry
    (the sender administers it), where the app discovers it."""
    market = sender.deploy(
        "PSTMarket",
        platform.stablecoin,
        platform.compliance,
        fee_bps,
        to_checksum_address(fee_recipient),
    )
    compliance = kyc_officer.contract("ComplianceRegistry", platform.compliance)
    kyc_officer.send(compliance.functions.setKyc(market.address, MARKET_KYC_EXPIRY))
    if publish:  # once per registry; tests deploy twins without naming them
        registry = sender.contract("StoreRegistry", platform.registry)
        sender.send(registry.functions.setMarket(market.address))
    return market.address
