"""The Treasury page's actions: each one prepared off the GUI thread (started, checked against the
chain, simulated), then confirmed in one dialog that says exactly what will be signed or sent;
only then does the password prompt (saying the same) appear and the action run. "Back" signs
nothing. A mixin of TreasuryPage: it uses the page's desk, account, snapshot, signals and
feedback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.chain.signer import Signer
from app.treasury.actions import ActionRecord, Kind, State
from app.treasury.confirmation import Confirmation, of_transaction
from app.treasury.execution import run
from app.treasury.notices import failed
from ui.shared.i18n.names import name
from ui.shared.runner import Op, user_message
from ui.treasury.confirm_dialog import ConfirmDialog, action_title, signing_text


class ActionFlow:
    """Its words are the page's ("TreasuryPage"): `tr` in a mixin runs under the page's name."""

    desk: Any
    account: str
    snapshot: Any
    confirmation: ConfirmDialog | None
    _busy: bool

    # Each action is prepared off the GUI thread (started, checked, simulated), then confirmed
    # in one dialog that says exactly what will be signed or sent; only then does the password
    # prompt (saying the same) appear and the action run. "Back" signs nothing.
    def act(self, kind: str, proposal_id: int, note: str = "") -> None:
        if self._busy:
            self.show_banner(
                QCoreApplication.translate(
                    "TreasuryPage",
                    "Another treasury action is still running; wait for it to finish.",
                )
            )
            return
        flow, account = self.desk.workflow, self.account
        self._prepare(lambda: flow.act(Kind(kind), proposal_id, account, note=note or None))

    def propose(self, draft: Any) -> None:
        """Confirm and run a checked ProposalDraft (from the propose dialog) on chain."""
        flow, account = self.desk.workflow, self.account
        self._prepare(lambda: flow.propose(draft, account))

    def _prepare(self, start: Callable[[], ActionRecord]) -> None:
        flow = self.desk.workflow
        symbols = {s.store_id: s.symbol for s in self.snapshot.stores} if self.snapshot else {}

        def work() -> tuple[ActionRecord, Confirmation | None]:
            action = start()
            if action.intent_id and action.state in (State.CREATED, State.SIMULATED):
                flow.resume()  # killed while signing: the pipeline knows whether it signed
                action = flow.actions.get(action.id)
            if action.state not in (State.CREATED, State.SIMULATED):
                return action, None  # signed before a restart: finish it, sign nothing new
            action, prepared = flow.simulate(action.id)
            return action, of_transaction(flow, action, prepared, symbols)

        self._busy = True
        self.show_progress(
            QCoreApplication.translate("TreasuryPage", "Checking against the chain…")
        )
        Op(self, work).success(self._review).failure(self._act_failed).run_in_background()

    def _review(self, prepared: tuple[ActionRecord, Confirmation | None]) -> None:
        action, confirmation = prepared
        self._busy = False
        self.show_progress(None)
        if confirmation is None:
            self._run(
                action,
                None,
                QCoreApplication.translate("TreasuryPage", "Finishing {action}…").format(
                    action=name(action.kind)
                ),
            )
            return
        dialog = ConfirmDialog(confirmation, self)
        self.confirmation = dialog
        dialog.accepted.connect(lambda: self._confirmed(action, confirmation))
        dialog.finished.connect(lambda _r: setattr(self, "confirmation", None))
        dialog.open()
        self.confirming.emit(dialog)

    def _confirmed(self, action: ActionRecord, confirmation: Confirmation) -> None:
        signer = self._signer(signing_text(confirmation))
        if signer is None:
            return
        self._run(action, signer, action_title(confirmation) + "…")

    def _run(self, action: ActionRecord, signer: Signer | None, label: str) -> None:
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
            self.show_banner(user_message(error), error=True)
            return None

    def _start(self, work: Callable[[Callable[[str], None]], ActionRecord], label: str) -> None:
        self._busy = True
        self.show_progress(label)
        Op.reporting(self, work).progress(self.show_progress).success(self._acted).failure(
            self._act_failed
        ).run_in_background()

    def _acted(self, action: ActionRecord) -> None:
        self._busy = False
        if action.state == State.FAILED:
            self._announce([failed(action)])
        target = (
            f"#{action.proposal_id}"
            if action.proposal_id
            else QCoreApplication.translate("TreasuryPage", "period {period}").format(
                period=action.period
            )
        )
        ok = action.state in (State.CONFIRMED, State.SUPERSEDED)
        text = f"{name(action.kind).capitalize()} {target}: {name(action.state)}"
        text += f" (tx {action.tx_hash})" if action.tx_hash else ""
        text += "" if ok or not action.error else f" — {action.error}"
        self.show_banner(text, error=not ok)
        self.action_done.emit(action)
        self.reload()

    def _act_failed(self, error: BaseException) -> None:
        self._busy = False
        self.show_progress(None)
        message = user_message(error)
        self.show_banner(message, error=True)
        self.action_failed.emit(message)
        self.reload()
