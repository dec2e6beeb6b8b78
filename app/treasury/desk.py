"""The treasury desk: what treasury staff see and do, for the GUI and the headless CLI alike.

It joins the chain (treasury, routers and tokens, indexed into SQLite), the REST revenue reports
and the local workflow/audit trail, and answers in plain values: per store the pending balance,
routed revenue and credit by period, the report and its reconciliation; the proposals with their
status at the chain's time; drafts checked by the contract's and the app's rules with a payout
preview. Running an action is in app.treasury.execution.

Routed revenue is attributed to periods by the block time of the routing: a month's sales are
settled and routed in the following month (ROUTING_LAG_MONTHS), as the platform's bank does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from app.backend.errors import BackendError
from app.backend.models import RevenueReport
from app.chain.artifacts import load_artifact
from app.chain.batch import BatchReader, call, rpc_batch
from app.chain.client import checksum
from app.chain.context import ChainContext
from app.chain.deploy import role, store_id
from app.chain.indexer import decode_events
from app.errors import Phrase
from app.treasury.errors import ProposalRefused
from app.treasury.onchain import TreasuryReader, decode_proposal, read_token
from app.treasury.preview import PayoutPreview, preview_payouts
from app.treasury.proposal import prepare_proposal, verified_hash
from app.treasury.reconcile import reconcile
from app.treasury.rules import (
    ProposalState,
    encode_period,
    required_approvals,
    unknown_proposal,
)
from app.treasury.safe import SafeInfo, safe_of
from app.treasury.safe_approvals import SafeApprovals
from app.treasury.views import (
    DeskSnapshot,
    DraftReview,
    PeriodRow,
    ProposalView,
    Roles,
    StoreOverview,
)

DEFAULT_TOLERANCE_BP = 50
ROUTING_LAG_MONTHS = 1
ZERO = "0x" + "00" * 20


def _value(answer: Any) -> Any:
    """A CachedApi answer is Fetched(value=...); a plain ApiClient answers the value."""
    return getattr(answer, "value", answer)


def _hex(value: Any) -> str:
    return "0x" + bytes(value).hex() if isinstance(value, bytes | bytearray) else str(value)


def _shift_month(period: str, months: int) -> str:
    year, month = int(period[:4]), int(period[5:7])
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


class TreasuryDesk:
    """The desk over the session's chain context (app/chain/context.py): its client,
    deployment, pipeline and indexer; the desk never connects on its own."""

    def __init__(
        self,
        chain: ChainContext,
        api: Any = None,
        *,
        tolerance_bp: int = DEFAULT_TOLERANCE_BP,
    ) -> None:
        deployment = chain.deployment()
        if deployment.treasury is None:
            raise ProposalRefused("treasury.no_treasury")
        from app.treasury.execution import build_workflow

        self.chain = chain
        self.client = chain.client
        self.deployment = deployment
        self.db = chain.db
        self.api = api
        self.tolerance_bp = tolerance_bp
        self.workflow = build_workflow(chain.pipeline, deployment.treasury)
        self.reader: TreasuryReader = self.workflow.reader
        self.safe_approvals = SafeApprovals(self.workflow)
        self.indexer = chain.indexer
        self._timestamps: dict[int, int] = {}
        self._symbols: dict[bytes, str] = {}
        self._coin_symbol = ""  # the stablecoin's, read once
        # The bank statements' value dates by routing transaction hash (app.bank, joined by the
        # caller): routing is attributed to the business day, not the block time.
        self.value_dates: Callable[[], Mapping[str, dt.date]] | None = None

    @property
    def treasury(self) -> str:
        return self.reader.address

    @property
    def audit(self) -> Any:
        return self.workflow.audit

    # -- reading the chain ------------------------------------------------------------------
    def safe_of(self, address: str) -> SafeInfo | None:
        """The Safe behind an approver's address (owners, threshold), None for a key or a
        contract that does not answer as a Safe."""
        return safe_of(self.client, address)

    def approver_safes(self) -> list[SafeInfo]:
        """The Safes that hold the approver role now: the role's holders from the treasury's
        indexed RoleGranted/RoleRevoked events (sync first), asked whether they are Safes."""
        approver = role("APPROVER_ROLE")
        held: dict[str, bool] = {}
        for event in self._decoded(self.treasury, "DistributionTreasury"):
            name = event["event"]
            if name in ("RoleGranted", "RoleRevoked") and bytes(event["args"]["role"]) == approver:
                held[checksum(event["args"]["account"])] = name == "RoleGranted"
        return self.safe_approvals.approver_safes(a for a, h in held.items() if h)

    def safes_owned_by(self, account: str) -> list[SafeInfo]:
        """The approver Safes `account` is an owner of (it may sign its part for them)."""
        who = checksum(account)
        return [info for info in self.approver_safes() if who in info.owners]

    def roles(self, address: str) -> Roles:
        f = self.reader.treasury.functions
        who = checksum(address)
        results = BatchReader(self.client).read(
            [
                call(f.hasRole(role("PROPOSER_ROLE"), who)),
                call(f.hasRole(role("APPROVER_ROLE"), who)),
                call(f.hasRole(role("DEFAULT_ADMIN_ROLE"), who)),
            ]
        )
        proposer, approver, admin = (bool(r.unwrap()) for r in results)
        return Roles(proposer, approver, admin)

    def sync(self) -> int:
        """Index the treasury, routers and tokens, then append new treasury events to the audit
        trail. Returns how many audit entries were added."""
        self.indexer.watch(self.treasury)
        for store in self.deployment.stores:
            self.indexer.watch(store.router)
            self.indexer.watch(store.token)
        self.indexer.sync()  # under the chain's sync lock: no other indexer stores them too
        events = self._decoded(self.treasury, "DistributionTreasury")
        return len(self.audit.ingest(events, self.client.chain_id))

    def _decoded(self, address: str, artifact: str) -> list[Any]:
        return decode_events(self.indexer.events(address), load_artifact(artifact).abi)

    def symbols(self) -> dict[bytes, str]:
        missing = [s for s in self.deployment.stores if s.store_id not in self._symbols]
        if missing:
            reads = [
                call(self.client.contract("ProfitShareToken", s.token).functions.symbol())
                for s in missing
            ]
            for store, result in zip(missing, BatchReader(self.client).read(reads), strict=True):
                self._symbols[store.store_id] = str(result.unwrap())
        return {s.store_id: self._symbols[s.store_id] for s in self.deployment.stores}

    def store_by_symbol(self, symbol: str) -> Any:
        for sid, sym in self.symbols().items():
            if sym.lower() == symbol.lower():
                return self.deployment.store(sid)
        known = ", ".join(sorted(self.symbols().values())) or "none"
        raise ProposalRefused("treasury.unknown_symbol", symbol=f"{symbol:.20}", known=known)

    def _timestamp(self, block: int) -> int:
        if block not in self._timestamps:
            answer = self.client.rpc("eth_getBlockByNumber", [hex(block), False])
            self._timestamps[block] = int(answer["timestamp"], 16)
        return self._timestamps[block]

    def _fetch_timestamps(self, blocks: Iterable[int]) -> None:
        missing = sorted(set(blocks) - self._timestamps.keys())
        answers = rpc_batch(
            self.client, [("eth_getBlockByNumber", [hex(b), False]) for b in missing]
        )
        for block, answer in zip(missing, answers, strict=True):
            if answer is not None:  # else _timestamp asks for it alone, and says why it failed
                self._timestamps[block] = int(answer["timestamp"], 16)

    def _period_of_block(self, block: int) -> str:
        when = dt.datetime.fromtimestamp(self._timestamp(block), dt.UTC)
        return _shift_month(f"{when:%Y-%m}", -ROUTING_LAG_MONTHS)

    def routed_by_period(self, store: Any) -> tuple[dict[str, int], dict[str, int]]:
        """(routed totals, treasury credits) of one store by period: by the value date of the
        bank sweep that names the routing transaction when the bank's statements say it (the
        chain keeps its own clock), else by block time."""
        dates = self.value_dates() if self.value_dates is not None else {}

        def period_of(event: Any) -> str:
            day = dates.get(_hex(event["transactionHash"]).lower())
            return f"{day:%Y-%m}" if day else self._period_of_block(int(event["blockNumber"]))

        routed_events = self._decoded(store.router, "RevenueRouter")
        credit_events = self._decoded(self.treasury, "DistributionTreasury")
        self._fetch_timestamps(  # one round trip for the blocks no bank value date covers
            int(e["blockNumber"])
            for e in (*routed_events, *credit_events)
            if _hex(e["transactionHash"]).lower() not in dates
        )
        routed: dict[str, int] = {}
        for event in routed_events:
            if event["event"] == "Routed":
                period = period_of(event)
                routed[period] = routed.get(period, 0) + int(event["args"]["total"])
        credited: dict[str, int] = {}
        for event in credit_events:
            if event["event"] == "Deposited" and bytes(event["args"]["storeId"]) == store.store_id:
                period = period_of(event)  # deposited in the routing's own transaction
                credited[period] = credited.get(period, 0) + int(event["args"]["amount"])
        return routed, credited

    # -- stores -----------------------------------------------------------------------------
    def overview(self, symbols: Iterable[str] | None = None) -> list[StoreOverview]:
        wanted = None if symbols is None else {s.lower() for s in symbols}
        names = self.symbols()
        return [
            self.store_overview(store)
            for store in self.deployment.stores
            if wanted is None or names[store.store_id].lower() in wanted
        ]

    def store_overview(self, store: Any) -> StoreOverview:
        symbol = self.symbols()[store.store_id]
        reports: dict[str, RevenueReport] = {}
        error = ""
        if self.api is not None:
            try:
                listing = _value(self.api.reports(symbol))
                reports = {r.period: r for r in listing.items}
            except BackendError as failure:
                error = failure.phrase()
        routed, credited = self.routed_by_period(store)
        periods = sorted(set(reports) | set(routed) | set(credited))
        state = self.reader.store_state(store.store_id, [encode_period(p) for p in periods])
        rows = [
            self._period_row(p, reports.get(p), routed.get(p, 0), credited.get(p, 0), state)
            for p in periods
        ]
        merchant = next((r.merchant_id for r in reports.values()), None)
        return StoreOverview(
            store_id=store.store_id,
            symbol=symbol,
            token=store.token,
            router=store.router,
            merchant_id=merchant,
            pending=state.pending,
            cap_per_period=state.cap_per_period,
            min_interval=state.min_interval,
            periods=tuple(reversed(rows)),  # newest first
            report_error=error,
            tier_amount=state.tier_amount,
            monthly_cap=state.monthly_cap,
            executed_this_month=state.executed_in_book_month,
        )

    def _period_row(
        self, period: str, report: RevenueReport | None, routed: int, credited: int, state: Any
    ) -> PeriodRow:
        executed = state.executed_for.get(encode_period(period))
        if report is None:
            no_report = Phrase("treasury.period.no_report")
            return PeriodRow(period, routed, credited, None, None, no_report, executed)
        problem = ""
        try:
            verified_hash(report)
        except ProposalRefused as refused:
            problem = refused.phrase()
        if store_id(report.merchant_id) != state.store_id:
            problem = Phrase("treasury.period.other_store", merchant=report.merchant_id)
        rec = reconcile(
            report,
            routed,
            tolerance_bp=self.tolerance_bp,
            credited_to_investors=credited or None,
        )
        return PeriodRow(period, routed, credited, report, rec, problem, executed)

    # -- proposals --------------------------------------------------------------------------
    def proposals(self) -> list[ProposalView]:
        """Every proposal, newest first, with its status at the chain's current time, the
        approvals it needs (the threshold, +1 above its store's tier) and the signed approvals
        that count now (an executed one: the signers it was executed with)."""
        f = self.reader.treasury.functions
        count = int(f.proposalCount().call())
        threshold, _ = self.reader.params()
        _, now = self.reader.head()
        states = self.workflow.counted_all(self._proposal_states(count), now)
        tiers = self._tiers({s.store_id for s in states})
        signers: dict[int, tuple[str, ...]] = {}
        hashes: dict[int, dict[str, str]] = {}
        for event in self._decoded(self.treasury, "DistributionTreasury"):
            pid = event["args"].get("proposalId")
            if pid is None:
                continue
            tx = _hex(event["transactionHash"])
            kind = str(event["event"]).lower()
            hashes.setdefault(int(pid), {})[kind] = tx
            if event["event"] == "Executed":
                signers[int(pid)] = tuple(checksum(a) for a in event["args"]["signers"])
        names = self.symbols()
        # An executed proposal counts the signers it was executed with.
        states = [
            dataclasses.replace(s, approvals=len(signers[s.proposal_id]))
            if s.proposal_id in signers
            else s
            for s in states
        ]
        views = [
            ProposalView(
                state=s,
                status=s.status_at(now),
                symbol=names.get(s.store_id, "0x" + s.store_id.hex()[:8]),
                threshold=required_approvals(threshold, tiers.get(s.store_id, 0), s.amount),
                now=now,
                approved_by=signers.get(s.proposal_id) or tuple(sorted(s.approved_by)),
                tx_hashes=hashes.get(s.proposal_id, {}),
                base_threshold=threshold,
            )
            for s in states
        ]
        return list(reversed(views))

    def _tiers(self, store_ids: Iterable[bytes]) -> dict[bytes, int]:
        """Each store's tier amount (policyOf), in one batched read."""
        f = self.reader.treasury.functions
        ids = list(store_ids)
        results = self.reader.reader.read([call(f.policyOf(sid)) for sid in ids])
        return {sid: int(r.unwrap()[2]) for sid, r in zip(ids, results, strict=True)}

    def _proposal_states(self, count: int) -> list[ProposalState]:
        """Proposals 1..count in one batched read (not one round trip each)."""
        f = self.reader.treasury.functions
        results = self.reader.reader.read([call(f.proposal(i)) for i in range(1, count + 1)])
        return [decode_proposal(number, r.unwrap()) for number, r in enumerate(results, 1)]

    def proposal(self, proposal_id: int) -> ProposalView:
        for view in self.proposals():
            if view.id == proposal_id:
                return view
        raise unknown_proposal(proposal_id)

    def queue(self, actor: str, views: list[ProposalView] | None = None) -> list[ProposalView]:
        """Proposals waiting for `actor`'s approval (never their own, never approved twice)."""
        if not self.roles(actor).approver:
            return []
        chosen = self.proposals() if views is None else views
        return [v for v in chosen if not v.cannot_approve(actor)]

    def report_of(self, view: ProposalView) -> tuple[RevenueReport | None, str]:
        """The REST report behind a proposal, and a problem as a Phrase ("" when it matches)."""
        if self.api is None:
            return None, Phrase("treasury.no_backend")
        try:
            report = _value(self.api.report(view.symbol, view.period))
        except BackendError as error:
            return None, error.phrase()
        if report.report_hash.lower() != "0x" + view.state.report_hash.hex():
            return report, Phrase("treasury.report_moved")
        try:
            verified_hash(report)
        except ProposalRefused as refused:
            return report, refused.phrase()
        return report, ""

    def snapshot(self, account: str) -> DeskSnapshot:
        """Sync, then read everything the page shows for `account`."""
        self.sync()
        roles = self.roles(account)
        proposals = self.proposals()
        queue = self.queue(account, proposals) if roles.approver else []
        _, now = self.reader.head()
        return DeskSnapshot(
            account=account,
            roles=roles,
            stores=tuple(self.overview()),
            proposals=tuple(proposals),
            queue=tuple(queue),
            audit=tuple(self.audit.entries()),
            now=now,
            coin_symbol=self.coin_symbol(),
            safes=tuple(self.safes_owned_by(account)),
        )

    def coin_symbol(self) -> str:
        """The symbol of the platform's stablecoin (the deployment's, not assumed)."""
        if not self._coin_symbol:
            coin = self.client.contract("SandboxStablecoin", self.deployment.stablecoin)
            self._coin_symbol = str(coin.functions.symbol().call())
        return self._coin_symbol

    # -- proposing --------------------------------------------------------------------------
    def draft(
        self,
        symbol: str,
        period: str,
        override_reason: str | None = None,
        *,
        report: RevenueReport | None = None,
    ) -> DraftReview:
        """Check a period's report against the chain and the policy, with the payout preview."""
        store = self.store_by_symbol(symbol)
        overview = self.store_overview(store)
        row = next((r for r in overview.periods if r.period == period), None)
        if report is None:
            if self.api is None:
                raise ProposalRefused("treasury.no_backend")
            try:
                report = _value(self.api.report(overview.symbol, period))
            except BackendError as error:
                raise ProposalRefused("treasury.no_report", rule="NoReport", reason=error) from None
        assert report is not None
        routed = row.routed if row else 0
        credited = row.credited if row else 0
        rec = reconcile(
            report, routed, tolerance_bp=self.tolerance_bp, credited_to_investors=credited or None
        )
        number = encode_period(period)
        _, now = self.reader.head()
        state = self.reader.store_state(store.store_id, [number], now=now)
        _, lifetime = self.reader.params()
        draft = prepare_proposal(
            report, state, rec, now=now, proposal_lifetime=lifetime, override_reason=override_reason
        )
        return DraftReview(draft, self.preview(store.token, draft.amount), overview)

    def holders(self, token: str) -> list[str]:
        """Every address that ever received the token (from indexed Transfer events)."""
        seen: dict[str, None] = {}
        for event in self._decoded(token, "ProfitShareToken"):
            if event["event"] == "Transfer" and event["args"]["to"] != ZERO:
                seen.setdefault(checksum(event["args"]["to"]), None)
        return list(seen)

    def preview(self, token: str, amount: int) -> PayoutPreview:
        holders = self.holders(token)
        state, balances, corrections = read_token(self.client, token, holders)
        held = [i for i, b in enumerate(balances) if b > 0]
        return preview_payouts(
            amount,
            [holders[i] for i in held],
            [balances[i] for i in held],
            state,
            [corrections[i] for i in held],
        )
