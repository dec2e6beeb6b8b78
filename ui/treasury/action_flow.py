"""The Treasury page's actions: each one prepared off the GUI thread (started, checked against the
chain, simulated), then confirmed in one dialog that says exactly what will be signed or sent;
only then does the password prompt (saying the same) appear and the action run. "Back" signs
nothing. A mixin of TreasuryPage: it uses the page's desk, account, snapshot, signals and
feedback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.signers.signer import Signer
from app.treasury.actions import ActionRecord, Kind, State
from app.treasury.confirmation import Confirmation, of_safe_part, of_signature, of_transaction
from app.treasury.execution import run
from app.treasury.notices import Notice, failed
from app.treasury.proposal import ProposalDraft
from app.treasury.queue_watch import SignatureFeed
from app.treasury.rules import check_approve, check_reject
from app.treasury.safe_approvals import SafeProgress
from app.treasury.typed_approval import SignedDecision
from app.treasury.views import DeskSnapshot
from ui.shared.i18n.names import name
from ui.shared.i18n.retranslating import Text
from ui.shared.runner import Op, user_message
from ui.treasury.confirm_dialog import ConfirmDialog, action_title, signing_text

if TYPE_CHECKING:
    from app.services.proposal_evidence import ProposalEvidence
    from app.treasury.desk import TreasuryDesk
    from ui.treasury.proposals import ProposalsTab

    _Page = QWidget  # the mixin is only ever part of TreasuryPage, a QWidget
else:
    _Page = object


class ActionFlow(_Page):
    """Its words are the page's ("TreasuryPage"): `tr` in a mixin runs under the page's name."""

    desk: TreasuryDesk
    account: str
    evidence: ProposalEvidence | None  # the bank lines hash a proposal carries, kept
    snapshot: DeskSnapshot | None
    confirmation: ConfirmDialog | None
    feed: SignatureFeed
    _busy: bool

    if TYPE_CHECKING:  # given by TreasuryPage
        action_done = Signal(object)
        action_failed = Signal(str)
        confirming = Signal(object)
        finished = Signal(object)
        signer_for: Callable[[str, str], Signer]
        proposal_tabs: tuple[ProposalsTab, ...]

        def show_banner(self, text: Text, *, error: bool = False) -> None: ...
        def show_progress(self, label: Text | None) -> None: ...
        def reload(self) -> None: ...
        def _announce(self, found: list[Notice]) -> None: ...

    # Each action is prepared off the GUI thread (started, checked, simulated), then confirmed
    # in one dialog that says exactly what will be signed or sent; only then does the password
    # prompt (saying the same) appear and the action run. "Back" signs nothing.
    def act(self, kind: str, proposal_id: int, note: str = "") -> None:
        if self._still_busy():
            return
        flow, account = self.desk.workflow, self.account
        if kind == Kind.APPROVE:
            self._prepare_approval(proposal_id)
            return
        self._prepare(lambda: flow.act(Kind(kind), proposal_id, account, note=note or None))

    def _still_busy(self) -> bool:
        """One action at a time: a second one asked for meanwhile is refused with a reason."""
        if self._busy:
            self.show_banner(
                lambda: QCoreApplication.translate(
                    "TreasuryPage",
                    "Another treasury action is still running; wait for it to finish.",
                )
            )
        return self._busy

    def _prepare_approval(self, proposal_id: int) -> None:
        """An approval is a signature, not a transaction: checked, confirmed, signed, kept."""
        flow, account = self.desk.workflow, self.account
        symbols = self._symbols()

        def work() -> tuple[None, Confirmation]:
            proposal, now = flow.proposal_now(proposal_id)
            roles = flow.reader.roles_of([account], "APPROVER_ROLE")
            check_approve(proposal, account, now, is_approver=any(roles.values()))
            flow.check_counts_once(proposal_id, account)
            message = flow.approval_message(proposal, account)
            return None, of_signature(message, account, symbols, proposal.expires_at, now)

        self._busy = True
        self.show_progress(
            lambda: QCoreApplication.translate("TreasuryPage", "Checking against the chain…")
        )
        Op(self, work).success(self._review).failure(self._act_failed).run_in_background()

    def approve_for_safe(self, proposal_id: int, safe: str) -> None:
        """This account's part of a Safe's approval: checked against the chain, confirmed (the
        Safe message for the proposal), signed after the password, kept; at the Safe's
        threshold the Safe's approval is recorded."""
        if self._still_busy():
            return
        approvals, account = self.desk.safe_approvals, self.account
        symbols = self._symbols()

        def work() -> tuple[None, Confirmation]:
            turn = approvals.check(proposal_id, safe, account)
            return None, of_safe_part(turn, symbols)

        self._busy = True
        self.show_progress(
            lambda: QCoreApplication.translate("TreasuryPage", "Checking against the chain…")
        )
        Op(self, work).success(self._review).failure(self._act_failed).run_in_background()

    def _sign_safe_part(self, confirmation: Confirmation) -> None:
        signer = self._signer(signing_text(confirmation))
        if signer is None:
            return
        approvals, feed = self.desk.safe_approvals, self.feed
        proposal_id, safe = confirmation.proposal_id, confirmation.safe
        assert proposal_id is not None

        def work() -> SafeProgress:
            progress = approvals.sign_part(proposal_id, safe, signer)
            if progress.decision is not None:
                feed.share(progress.decision)  # the Safe's approval, as any other
            return progress

        self._busy = True
        self.show_progress(lambda: action_title(confirmation) + "…")
        Op(self, work).success(self._safe_signed).failure(self._act_failed).run_in_background()

    def _safe_signed(self, progress: SafeProgress) -> None:
        self._busy = False
        self.show_progress(None)

        def words() -> str:
            text = QCoreApplication.translate(
                "TreasuryPage", "Safe {safe}: {count} of {threshold} owners signed"
            ).format(safe=progress.address, count=progress.count, threshold=progress.threshold)
            if progress.approved:
                return (
                    text
                    + " — "
                    + QCoreApplication.translate(
                        "TreasuryPage",
                        "the Safe's approval of proposal #{id} is recorded (no gas).",
                    ).format(id=progress.proposal_id)
                )
            return (
                text
                + " — "
                + QCoreApplication.translate(
                    "TreasuryPage", "your part is kept; {missing} more owner(s) must sign."
                ).format(missing=progress.threshold - progress.count)
            )

        self.show_banner(words)
        for tab in self.proposal_tabs:
            tab.redraw()  # the parts are on this desk: the chain's state may look the same
        self.finished.emit(progress)
        self.reload()

    def _symbols(self) -> dict[bytes, str]:
        return {s.store_id: s.symbol for s in self.snapshot.stores} if self.snapshot else {}

    def propose(self, draft: ProposalDraft) -> None:
        """Confirm and run a checked ProposalDraft (from the propose dialog) on chain."""
        flow, account, evidence = self.desk.workflow, self.account, self.evidence

        def start() -> ActionRecord:
            action = flow.propose(draft, account)
            if evidence is not None:  # its lines hash beside the report hash, in the trail
                evidence.record(draft, account, action.id)
            return action

        self._prepare(start)

    def _prepare(self, start: Callable[[], ActionRecord]) -> None:
        flow = self.desk.workflow
        symbols = self._symbols()

        def work() -> tuple[ActionRecord, Confirmation | None]:
            action = start()
            if action.intent_id and action.state in (State.CREATED, State.SIMULATED):
                flow.resume()  # killed while signing: the pipeline knows whether it signed
                action = flow.actions.get(action.id)
            if action.state not in (State.CREATED, State.SIMULATED):
                return action, None  # signed before a restart: finish it, sign nothing new
            if action.kind == Kind.REJECT and action.signed_by is None:
                # signed here first, then sent: confirm the signature
                assert action.proposal_id is not None
                proposal, now = flow.proposal_now(action.proposal_id)
                roles = flow.reader.roles_of([action.actor], "APPROVER_ROLE")
                check_reject(proposal, now, action.actor, is_approver=any(roles.values()))
                message = flow.rejection_message(proposal, action.actor, action.note or "")
                return action, of_signature(
                    message, action.actor, symbols, proposal.expires_at, now
                )
            action, prepared = flow.simulate(action.id)
            confirmation = of_transaction(flow, action, prepared, symbols)
            if action.kind == Kind.EXECUTE:
                assert action.proposal_id is not None
                counted, _ = flow.proposal_now(action.proposal_id)
                confirmation = replace(confirmation, signatures=counted.approvals)
            return action, confirmation

        self._busy = True
        self.show_progress(
            lambda: QCoreApplication.translate("TreasuryPage", "Checking against the chain…")
        )
        Op(self, work).success(self._review).failure(self._act_failed).run_in_background()

    def _review(self, prepared: tuple[ActionRecord | None, Confirmation | None]) -> None:
        action, confirmation = prepared
        if confirmation is not None and self.snapshot is not None:
            confirmation = replace(confirmation, coin=self.snapshot.coin_symbol)
        self._busy = False
        self.show_progress(None)
        if action is None:  # an approval: a signature (or an owner's part of a Safe's)
            assert confirmation is not None and confirmation.proposal_id is not None
            if confirmation.safe:
                self._ask(confirmation, lambda: self._sign_safe_part(confirmation))
            else:
                self._ask(confirmation, lambda: self._sign_approval(confirmation))
            return
        if confirmation is None:
            self._run(
                action,
                None,
                lambda: QCoreApplication.translate("TreasuryPage", "Finishing {action}…").format(
                    action=name(action.kind)
                ),
            )
            return
        self._ask(confirmation, lambda: self._confirmed(action, confirmation))

    def _ask(self, confirmation: Confirmation, then: Callable[[], None]) -> None:
        dialog = ConfirmDialog(confirmation, self)
        self.confirmation = dialog
        dialog.accepted.connect(then)
        dialog.finished.connect(lambda _r: setattr(self, "confirmation", None))
        dialog.open()
        self.confirming.emit(dialog)

    def _sign_approval(self, confirmation: Confirmation) -> None:
        signer = self._signer(signing_text(confirmation))
        if signer is None:
            return
        flow, proposal_id, feed = self.desk.workflow, confirmation.proposal_id, self.feed
        assert proposal_id is not None

        def work() -> SignedDecision:
            decision = flow.sign_approval(proposal_id, signer)
            feed.share(decision)  # colleagues' desks see it within their refresh interval
            return decision

        self._busy = True
        self.show_progress(lambda: action_title(confirmation) + "…")
        Op(self, work).success(self._signed).failure(self._act_failed).run_in_background()

    def _signed(self, decision: SignedDecision) -> None:
        self._busy = False
        self.show_progress(None)
        proposal_id = decision.message.proposal_id
        self.show_banner(
            lambda: QCoreApplication.translate(
                "TreasuryPage",
                "Approved proposal #{id}: signed off chain, no gas; kept with its signatures.",
            ).format(id=proposal_id)
        )
        self.finished.emit(decision)
        self.reload()

    def _confirmed(self, action: ActionRecord, confirmation: Confirmation) -> None:
        signer = self._signer(signing_text(confirmation))
        if signer is None:
            return
        self._run(action, signer, lambda: action_title(confirmation) + "…")

    def _run(self, action: ActionRecord, signer: Signer | None, label: Text) -> None:
        flow = self.desk.workflow

        def work(report: Callable[[str], None]) -> ActionRecord:
            if signer is None:
                return flow.track(action.id)
            return run(flow, action.id, signer, progress=report)

        self._start(work, label)

    def _signer(self, what: str) -> Signer | None:
        """On the GUI thread: the wallet may ask for the password here, saying `what` it signs."""
        try:
            return self.signer_for(self.account, what)
        except Exception as error:  # cancelled, wrong password, watch-only account
            self.show_banner(partial(user_message, error), error=True)
            return None

    def _start(self, work: Callable[[Callable[[str], None]], ActionRecord], label: Text) -> None:
        self._busy = True
        self.show_progress(label)
        Op.reporting(self, work).progress(self.show_progress).success(self._acted).failure(
            self._act_failed
        ).run_in_background()

    def _acted(self, action: ActionRecord) -> None:
        self._busy = False
        if action.state == State.FAILED:
            self._announce([failed(action)])
        ok = action.state in (State.CONFIRMED, State.SUPERSEDED)

        def outcome() -> str:
            target = (
                f"#{action.proposal_id}"
                if action.proposal_id
                else QCoreApplication.translate("TreasuryPage", "period {period}").format(
                    period=action.period
                )
            )
            text = f"{name(action.kind).capitalize()} {target}: {name(action.state)}"
            text += f" (tx {action.tx_hash})" if action.tx_hash else ""
            return text + ("" if ok or not action.error else f" — {action.error}")

        self.show_banner(outcome, error=not ok)
        self.action_done.emit(action)
        self.finished.emit(action)
        self.reload()

    def _act_failed(self, error: BaseException) -> None:
        self._busy = False
        self.show_progress(None)
        self.show_banner(lambda: user_message(error), error=True)
        self.action_failed.emit(user_message(error))
        self.reload()
