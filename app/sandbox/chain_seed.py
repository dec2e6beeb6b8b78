"""Replay a SeedPlan on anvil: deploy with app.chain.deploy, then history in time order.

Transactions go out through anvil's unlocked dev accounts (`eth_sendTransaction`: the node signs
with the sandbox mnemonic's keys), one after another. With automine each one is mined before the
answer comes back, so there is nothing to batch and no nonce to track, and a send costs about a
millisecond instead of the 7 ms eth_account needs to sign locally. Every send is estimated first,
so a failure names the contract's reason. Chain time follows the plan: `evm_setTime` before each
step, so purchases, routing and distributions carry the dates the REST reports give them.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from eth_account.signers.local import LocalAccount
from eth_utils import keccak
from web3.contract import Contract
from web3.contract.contract import ContractConstructor, ContractFunction
from web3.types import RPCEndpoint, TxReceipt

from app.backend.models import RevenueReport
from app.chain.client import ChainClient, parse_quantity
from app.chain.dao import plan_handover
from app.chain.deploy import (
    DAY,
    DeployError,
    LocalSender,
    PlatformAddresses,
    StoreAddresses,
    deploy_market,
    deploy_platform,
    deploy_store,
)
from app.chain.deploy import role as role_id
from app.chain.errors import RpcError
from app.chain.revert import artifact_decoder, revert_data
from app.sandbox.chain_plan import (
    HOUR,
    INVESTORS,
    PROPOSAL_LIFETIME,
    ROLES,
    SPARE_STABLECOIN,
    Outcome,
    Period,
    SeedPlan,
    StorePlan,
    local_account,
)
from app.sandbox.market_seed import history_events as market_history
from app.sandbox.proposals import seed_open_proposals
from app.treasury.safe import deploy_safe, deploy_safe_contracts
from app.treasury.typed_approval import ApprovalMessage, SignedDecision, typed_data

log = logging.getLogger(__name__)
FOR = 1  # Governor vote
# The treasury Safe's owners (2 of 3). Not approver 1: the treasury never counts a Safe beside
# one of its owners (OwnerCountedTwice), and approver 1 approves with their own key.
SAFE_OWNERS = ("approver-2", "platform", "platform-fee")


class DevSender(LocalSender):
    """Sends as one of anvil's unlocked dev accounts.

    `send` (automine on) estimates, sends and returns the mined receipt, for app.chain.deploy.
    `queue` (automine off) only sends, with a fixed gas limit, and returns the hash: the seeder
    mines a block and checks every receipt of the step at once.
    """

    QUEUED_GAS = 1_000_000  # above any single seeding call (the heaviest, a purchase, ~200k)

    def __init__(self, client: ChainClient, account: LocalAccount) -> None:
        super().__init__(client.w3, account)
        self.client = client
        self._contracts: dict[tuple[str, str], Contract] = {}

    def contract(self, name: str, address: str) -> Contract:
        # Building a web3 contract parses its ABI (~5 ms): once per address, not per send.
        key = (name, address)
        found = self._contracts.get(key)
        if found is None:
            found = self._contracts[key] = super().contract(name, address)
        return found

    def _tx(self, call: ContractFunction | ContractConstructor, value: int) -> dict[str, Any]:
        tx: dict[str, Any] = {"from": self.address, "value": hex(value)}
        if isinstance(call, ContractConstructor):
            tx["data"] = call.data_in_transaction
        else:
            tx["to"], tx["data"] = call.address, call._encode_transaction_data()
        return tx

    def send(
        self, call: ContractFunction | ContractConstructor, *, what: str = "", value: int = 0
    ) -> TxReceipt:
        label = what or getattr(call, "fn_name", "transaction")
        tx = self._tx(call, value)
        try:
            gas = parse_quantity(self.client.rpc("eth_estimateGas", [tx]), "eth_estimateGas")
        except RpcError as error:
            raise DeployError(
                "chain.deploy_refused", what=label, sender=self.address, reason=_reason(error)
            ) from None
        # The margin covers state the estimate saw differently (e.g. a vote checkpoint).
        tx["gas"] = hex(gas * 120 // 100 + 50_000)
        tx_hash = self.client.rpc("eth_sendTransaction", [tx])
        receipt = self.w3.eth.wait_for_transaction_receipt(tx_hash, timeout=30, poll_latency=0.002)
        if receipt["status"] != 1:
            raise DeployError(
                "chain.deploy_reverted", what=label, sender=self.address, tx_hash=tx_hash
            )
        return receipt

    def queue(self, call: ContractFunction, what: str = "") -> Sent:
        tx = self._tx(call, 0)
        tx["gas"] = hex(self.QUEUED_GAS)
        tx_hash = str(self.client.rpc("eth_sendTransaction", [tx]))
        return Sent(what or call.fn_name, tx, tx_hash)


@dataclass(frozen=True)
class Sent:
    what: str
    tx: dict[str, Any]
    tx_hash: str


def _reason(error: RpcError) -> str:
    data = revert_data(error)
    return artifact_decoder().describe(data) if data is not None else error.message


Event = tuple[int, int, Callable[[], None]]  # (timestamp, order within the moment, action)


class Seeder:
    """Runs one plan. `seed()` returns the platform and each offering's store addresses."""

    def __init__(self, client: ChainClient, plan: SeedPlan) -> None:
        self.client = client
        self.plan = plan
        self.senders = {
            role: DevSender(client, local_account(plan.accounts[role].index))
            for role in ROLES
            if role != "platform-fee"
        }
        self.admin = self.senders["platform"]
        self.stores: dict[str, StoreAddresses] = {}
        self._platform: PlatformAddresses | None = None
        self._queued: list[Sent] = []
        self._last_time = 0
        self.safe = ""  # the treasury's Safe approver, once deployed
        # Signed approvals of the proposals still open at the end (past ones went with execute).
        self.signed: list[SignedDecision] = []
        self._proposals = 0

    @property
    def platform(self) -> PlatformAddresses:
        if self._platform is None:
            raise RuntimeError("the platform is not deployed yet")
        return self._platform

    def contract(self, name: str, address: str) -> Contract:
        return self.admin.contract(name, address)

    def _treasury(self) -> Any:
        return self.contract("DistributionTreasury", self.platform.treasury).functions

    # -- blocks and time -------------------------------------------------------------------
    def latest_timestamp(self) -> int:
        block = self.client.rpc("eth_getBlockByNumber", ["latest", False])
        return parse_quantity(block["timestamp"], "block timestamp")

    def q(self, role: str, call: ContractFunction, what: str = "") -> None:
        self._queued.append(self.senders[role].queue(call, what))

    def mine(self, timestamp: int = 0) -> None:
        """Mine the queued transactions at `timestamp` (or just after the last block), in as
        many blocks as they need, and check that every one succeeded."""
        while True:
            self._last_time = max(timestamp, self._last_time + 1)
            self.client.rpc("evm_mine", [self._last_time])
            requests = [
                (RPCEndpoint("eth_getTransactionReceipt"), [s.tx_hash]) for s in self._queued
            ]
            answers = self.client.provider.make_batch_request(requests) if requests else []
            if not isinstance(answers, list):
                raise DeployError("chain.deploy_batch", answer=str(answers)[:200])
            waiting = []
            for sent, answer in zip(self._queued, answers, strict=True):
                receipt = answer.get("result")
                if receipt is None:
                    waiting.append(sent)  # the block was full: it goes into the next one
                elif int(receipt["status"], 16) != 1:
                    raise DeployError(self._failure(sent, receipt))
            self._queued = waiting
            if not waiting:
                return

    def _failure(self, sent: Sent, receipt: dict[str, Any]) -> str:
        # Ask again on the state just before that block, for the contract's reason in words.
        before = hex(int(receipt["blockNumber"], 16) - 1)
        try:
            self.client.rpc("eth_call", [sent.tx, before])
            reason = "it reverted"
        except RpcError as error:
            reason = _reason(error)
        return f"{sent.what} from {sent.tx['from']}: {reason} (transaction {sent.tx_hash})"

    def mine_empty(self, blocks: int) -> None:
        self.client.rpc("anvil_mine", [hex(blocks), hex(1)])
        self._last_time = self.latest_timestamp()

    # -- the plan ----------------------------------------------------------------------------
    def seed(self) -> tuple[PlatformAddresses, dict[str, StoreAddresses]]:
        plan, admin = self.plan, self.admin
        self.client.rpc("evm_setTime", [max(plan.start, self.latest_timestamp() + 1)])
        self._platform = deploy_platform(
            admin,
            approval_threshold=2,
            proposal_lifetime=PROPOSAL_LIFETIME,
            kyc_officers=[admin.address],
            proposers=[plan.accounts["proposer"].address],
            approvers=[plan.accounts["approver-1"].address, plan.accounts["approver-2"].address],
        )
        self._deploy_market()
        for store in plan.stores:
            self.stores[store.offering.id] = deploy_store(admin, self.platform, store.spec)
        self.safe = self._treasury_safe()
        self._last_time = self.latest_timestamp()
        # History: blocks only when the seeder mines them, at the dates the plan gives.
        self.client.rpc("evm_setAutomine", [False])
        try:
            self._onboard_investors()
            self.mine()
            self._replay_history()
            self._today()
            seed_open_proposals(self)  # app.sandbox.proposals: votes to try at once
        finally:
            self._queued = []
            self.client.rpc("evm_setAutomine", [True])
            # From here the chain's clock runs in real time from where history ended.
            self.client.rpc("evm_setTime", [self._last_time + 1])
        return self.platform, self.stores

    def _deploy_market(self) -> None:
        """The PST market (issue 16): allowlisted as a spender, named by the registry."""
        fee_recipient = self.plan.accounts["platform-fee"].address
        market = deploy_market(self.admin, self.admin, self.platform, fee_recipient=fee_recipient)
        self._platform = dataclasses.replace(self.platform, market=market)

    def _onboard_investors(self) -> None:
        plan = self.plan
        compliance = self.contract("ComplianceRegistry", self.platform.compliance).functions
        coin = self.contract("SandboxStablecoin", self.platform.stablecoin).functions
        current = [plan.accounts[r].address for r in INVESTORS if r != "lapsed-investor"]
        self.q("platform", compliance.setKycBatch(current, plan.kyc_expiry))
        lapsed = plan.accounts["lapsed-investor"].address
        self.q("platform", compliance.setKyc(lapsed, plan.lapsed_expiry))
        for role in INVESTORS:
            amount = plan.cost_of(role) + SPARE_STABLECOIN
            self.q("platform", coin.mint(plan.accounts[role].address, amount))
        for store in plan.stores:
            addresses = self.stores[store.offering.id]
            token = self.contract("ProfitShareToken", addresses.token).functions
            for role, amount in store.buys:
                self.q(role, coin.approve(addresses.sale, store.cost(amount)))
                self.q(role, token.delegate(plan.accounts[role].address))  # votes for the DAO

    def _replay_history(self) -> None:
        events: list[Event] = []
        for store in self.plan.stores:
            if store.buys:
                events.append((store.buy_at, 0, functools.partial(self._buy, store)))
            if store.handover_at is not None:
                events.append((store.handover_at, 1, functools.partial(self._handover, store)))
            for period in store.periods:
                events += self._period_events(store, period)
        events += market_history(self)  # app.sandbox.market_seed: trades over past months
        events.sort(key=lambda e: (e[0], e[1]))
        for n, (timestamp, order, action) in enumerate(events):
            action()
            # Events of one moment (e.g. every store's routing on a report day) share a block.
            same_moment = n + 1 < len(events) and events[n + 1][:2] == (timestamp, order)
            if self._queued and not same_moment:
                self.mine(timestamp)

    def _buy(self, store: StorePlan) -> None:
        sale = self.contract("OfferingSale", self.stores[store.offering.id].sale).functions
        for role, amount in store.buys:
            self.q(role, sale.buy(amount), f"buy {store.offering.token_symbol}")

    def _handover(self, store: StorePlan) -> None:
        """Two-step handover: the platform proposes the DAO's timelock as owner, and the DAO
        accepts by a Governor proposal its holders vote through, queue and execute."""
        addresses = self.stores[store.offering.id]
        description = f"Accept ownership of store {store.offering.merchant_id} ({store.name})"
        handover = plan_handover(
            self.admin, self.platform.registry, addresses, description=description
        )
        for offer in handover.offers:  # the registry entry and every power over the token
            self.q("platform", offer)
        if not store.buys:
            return  # nobody holds votes yet: the handover waits for the offering
        governor = self.contract("StoreGovernor", addresses.governor).functions
        targets = [target for target, _ in handover.accepts]
        values = [0] * len(targets)
        calldatas = [data for _, data in handover.accepts]
        digest = keccak(text=description)
        lead = store.buys[0][0]
        self.q(lead, governor.propose(targets, values, calldatas, description))
        self.mine(store.handover_at or 0)
        proposal_id = governor.hashProposal(targets, values, calldatas, digest).call()
        self.mine_empty(1)  # the snapshot is the block before the proposal: voting is open
        for role, _ in store.buys:
            self.q(role, governor.castVote(proposal_id, FOR))
        self.mine()
        self.mine_empty(store.spec.voting_period + 1)
        self.q(lead, governor.queue(targets, values, calldatas, digest))
        self.mine()
        self.q("platform", governor.execute(targets, values, calldatas, digest))
        self.mine(self._last_time + store.spec.timelock_delay + 1)

    def _period_events(self, store: StorePlan, period: Period) -> list[Event]:
        routed = period.routed_at
        events: list[Event] = [(routed, 2, functools.partial(self._route, store, period))]
        if period.outcome == Outcome.EXECUTED and period.report.investor_share:
            pid: list[int] = []
            signed = routed + DAY + 14 * HOUR
            events += [
                (routed + DAY + 8 * HOUR, 3, functools.partial(self._propose, store, period, pid)),
                (signed, 4, functools.partial(self._approve, "approver-1", store, period, pid)),
                (routed + 2 * DAY + 10 * HOUR, 5, functools.partial(self._execute, pid)),
            ]
        return events

    def _route(self, store: StorePlan, period: Period) -> None:
        for role, call in route_calls(self, self.stores[store.offering.id], period.report):
            self.q(role, call, f"route {store.offering.token_symbol} {period.report.period}")

    def _propose(self, store: StorePlan, period: Period, pid: list[int]) -> None:
        sid = self.stores[store.offering.id].store_id
        report = period.report
        digest = bytes.fromhex(report.report_hash[2:])
        call = self._treasury().propose(sid, period.number, report.investor_share, digest)
        self.q("proposer", call, f"propose {store.offering.token_symbol} {report.period}")
        self._proposals += 1  # proposal ids count up from 1, in the order they are mined
        pid.append(self._proposals)

    def _treasury_safe(self) -> str:
        """A Safe 1.4.1 as a third treasury approver: any 2 of SAFE_OWNERS sign for it."""
        owners = [self.plan.accounts[name].address for name in SAFE_OWNERS]
        safe = deploy_safe(self.admin, deploy_safe_contracts(self.admin), owners, 2)
        self.admin.send(self._treasury().grantRole(role_id("APPROVER_ROLE"), safe))
        return safe

    # Approvals are EIP-712 signatures (no transaction): signed here with the approvers' keys,
    # sent with `execute` for past periods, and kept in `signed` for today's open proposals.
    def _approve(self, role: str, store: StorePlan, period: Period, pid: list[int]) -> None:
        sid = self.stores[store.offering.id].store_id
        report = period.report
        message = ApprovalMessage(
            proposal_id=pid[0],
            store_id=sid,
            period=period.number,
            amount=report.investor_share,
            report_hash=bytes.fromhex(report.report_hash[2:]),
            nonce=0,  # the sandbox's approvers never invalidate their signatures
            deadline=self._last_time + PROPOSAL_LIFETIME,
        )
        account = self.senders[role].account
        typed = typed_data(message, self.client.chain_id, self.platform.treasury)
        signature = bytes(account.sign_typed_data(full_message=typed).signature)
        self.signed.append(
            SignedDecision(message, account.address, signature, "keystore", self._last_time)
        )

    def _execute(self, pid: list[int]) -> None:
        ours = [d for d in self.signed if d.message.proposal_id == pid[0]]
        if len(ours) < 2:  # the threshold: approver-2 signs now, as it executes
            self._approve_again("approver-2", ours[0])
            ours = [d for d in self.signed if d.message.proposal_id == pid[0]]
        sigs = sorted(
            ((d.signer, d.message.deadline, d.signature) for d in ours),
            key=lambda sig: int(sig[0], 16),
        )
        self.q("approver-2", self._treasury().execute(pid[0], sigs))
        self.signed = [d for d in self.signed if d.message.proposal_id != pid[0]]

    def _approve_again(self, role: str, like: SignedDecision) -> None:
        """`role` signs the same Approval as `like` (same proposal, nonce, deadline)."""
        account = self.senders[role].account
        typed = typed_data(like.message, self.client.chain_id, self.platform.treasury)
        signature = bytes(account.sign_typed_data(full_message=typed).signature)
        self.signed.append(
            SignedDecision(like.message, account.address, signature, "keystore", self._last_time)
        )

    def _today(self) -> None:
        """Today: proposals waiting for approval, and one investor who has claimed."""
        pending: list[tuple[StorePlan, Period, list[int]]] = []
        for store in self.plan.stores:
            for period in store.periods:
                if period.outcome == Outcome.PENDING and period.report.investor_share:
                    pid: list[int] = []
                    self._propose(store, period, pid)
                    pending.append((store, period, pid))
        self.mine(self.plan.final)
        for store, period, pid in pending:
            for n in range(period.approvals):
                self._approve(f"approver-{n + 1}", store, period, pid)
        for store in self.plan.stores:
            holds = any(role == "investor-2" for role, _ in store.buys)
            paid = any(p.outcome == Outcome.EXECUTED for p in store.periods)
            if holds and paid:
                token = self.contract("ProfitShareToken", self.stores[store.offering.id].token)
                self.q("investor-2", token.functions.claim(), f"claim {store.spec.symbol}")
        if self._queued:
            self.mine(self.plan.final + HOUR)


class _HasContracts(Protocol):
    @property
    def platform(self) -> PlatformAddresses: ...

    def contract(self, name: str, address: str) -> Contract: ...


def route_calls(
    owner: _HasContracts, store: StoreAddresses, report: RevenueReport
) -> list[tuple[str, ContractFunction]]:
    """The bank's month, as (role, call): the settled proceeds arrive at the store's router,
    which splits them between the treasury (investors), the platform fee and the merchant."""
    if not report.routed_on_chain:
        return []
    coin = owner.contract("SandboxStablecoin", owner.platform.stablecoin).functions
    router = owner.contract("RevenueRouter", store.router).functions
    return [
        ("platform", coin.mint(store.router, report.routed_on_chain)),
        ("platform", router.route()),
    ]
