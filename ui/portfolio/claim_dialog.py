"""Portfolio actions that take several transactions: claim all (one per holding) and the signing
grant they share. Dialogs open window-modal without blocking (`open()`), run the work on the
runner's worker and show each step as the core reports it; `done` carries the outcome.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.portfolio.actions import ClaimAllReport, PortfolioActions, Progress
from app.portfolio.claim_router import ClaimAll
from app.portfolio.holdings import Snapshot
from app.wallet.grant import SigningGrant  # the one signing grant (re-exported here)
from ui.portfolio.labels import SaidLabel
from ui.shared import format as fmt
from ui.shared.i18n import in_language
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message
from ui.wallet.password_dialog import PasswordDialog

if TYPE_CHECKING:
    from app.wallet.session import WalletSession


def ask_signer(
    session: WalletSession, address: str, parent: QWidget | None, what: str = ""
) -> SigningGrant | None:
    """A grant for `address`; asks for the password when the session is locked, saying `what`
    will be signed (None: cancelled)."""
    if session.is_unlocked(address):
        return SigningGrant(session, address, None)
    why = QCoreApplication.translate("PortfolioPage", "Enter the wallet password to sign.")
    password = PasswordDialog(why, address, parent, signing=what).run()
    return None if password is None else SigningGrant(session, address, password)


def step_text(step: Progress) -> str:
    """One line of a progress list in the language shown: the core's label and reason are
    phrases from its code table, the state a code worded here."""
    mark = {"sending": "…", "confirmed": "✓", "failed": "✗", "unknown": "?"}.get(step.state, "")
    states = {
        "sending": QCoreApplication.translate("ClaimAllDialog", "sending"),
        "confirmed": QCoreApplication.translate("ClaimAllDialog", "confirmed"),
        "failed": QCoreApplication.translate("ClaimAllDialog", "failed"),
        "unknown": QCoreApplication.translate("ClaimAllDialog", "sent, not confirmed yet"),
    }
    line = QCoreApplication.translate("ClaimAllDialog", "{label}: {state}").format(
        label=in_language(step.label), state=states.get(step.state, step.state)
    )
    tail = f" — {in_language(step.error)}" if step.error else ""
    tx = f"  ({step.tx_hash[:10]}…)" if step.tx_hash else ""
    return f"{mark} {line}{tx}{tail}"


class ClaimAllDialog(Retranslating, QDialog):
    """Claims every holding with something claimable, in order; stops at the first failure and
    says which claims succeeded. Cancel stops cleanly between two transactions."""

    # ClaimAllReport, or the exception that stopped it before any claim (not `done`: that would
    # hide QDialog.done()).
    outcome = Signal(object)

    def __init__(
        self,
        actions: PortfolioActions | ClaimAll,
        snapshot: Snapshot,
        grant: SigningGrant,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("claimAllDialog")
        self.setMinimumWidth(520)
        # Not `self.actions`: that would shadow QWidget.actions(), which Qt itself calls.
        self.portfolio_actions, self.snapshot, self.grant = actions, snapshot, grant
        self.report: ClaimAllReport | None = None
        self.error: BaseException | None = None
        todo = [h for h in snapshot.holdings if h.claimable > 0]
        self._todo, self._total = len(todo), sum(h.claimable for h in todo)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.bar = QProgressBar()
        transactions = getattr(actions, "transactions", None)
        steps = transactions(len(todo)) if transactions is not None else len(todo)
        self.bar.setRange(0, max(1, steps))
        self.bar.setValue(0)
        self.steps = QListWidget()
        self.steps.setObjectName("claimSteps")
        self._progress: list[Progress] = []  # the steps so far, worded again on a new language
        self.summary = SaidLabel()
        self.summary.setObjectName("claimSummary")
        self.summary.setWordWrap(True)
        self._stop = threading.Event()
        buttons = QDialogButtonBox()
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopClaims")
        self.stop_button.clicked.connect(self._request_stop)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.bar, self.steps, self.summary):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Claim all"))
        snapshot = self.snapshot
        money = f"{fmt.units(self._total, snapshot.stablecoin_decimals)} "
        money += snapshot.stablecoin_symbol
        if getattr(self.portfolio_actions, "one_transaction", False):
            intro = self.tr(
                "Claiming {money} from %n holding(s) in one transaction: every claim goes "
                "through, or none does.",
                "",
                self._todo,
            )
        else:
            intro = self.tr(
                "Claiming {money} from %n holding(s), one transaction each. A failure stops the "
                "run; claims before it stay done.",
                "",
                self._todo,
            )
        self.intro.setText(intro.format(money=money))
        self.stop_button.setText(self.tr("Stop after this claim"))
        self.steps.clear()
        self.steps.addItems([step_text(step) for step in self._progress])
        self.summary.again()

    def start(self) -> None:
        self.open()
        actions, snapshot, signer = self.portfolio_actions, self.snapshot, self.grant.signer
        stop = self._stop
        Op.reporting(
            self,
            lambda report: actions.claim_all(snapshot, signer, report, cancelled=stop.is_set),
        ).progress(self._step).success(self._finished).failure(self._failed).run_in_background()

    def reject(self) -> None:
        if not self.close_button.isEnabled():  # still running: stop cleanly instead
            self._request_stop()
            return
        super().reject()

    def _request_stop(self) -> None:
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.summary.say(lambda: self.tr("Stopping after the transaction under way…"))

    def _step(self, step: Progress) -> None:
        self.bar.setValue(step.done)
        self._progress.append(step)
        self.steps.addItem(step_text(step))

    def _finished(self, report: ClaimAllReport) -> None:
        self.grant.close()
        self.report = report
        failed = report.failed is not None and not report.failed.unknown
        self.summary.setObjectName("error" if failed else "")
        self.summary.say(lambda: self._report_text(report))
        self._end()

    def _report_text(self, report: ClaimAllReport) -> str:
        money = self.snapshot.stablecoin_symbol
        decimals = self.snapshot.stablecoin_decimals
        lines = []
        if report.succeeded:
            claimed = ", ".join(
                f"{r.symbol} ({fmt.units(r.amount, decimals)} {money})" for r in report.succeeded
            )
            lines.append(self.tr("Claimed: {claims}.").format(claims=claimed))
        if report.failed is not None and report.failed.unknown:
            lines.append(
                self.tr(
                    "Not confirmed yet: {symbol} — {error}. It is not failed: the app keeps "
                    "tracking it, never sends it twice, and History shows when it is mined."
                ).format(symbol=report.failed.symbol, error=in_language(report.failed.error))
            )
        elif report.failed is not None:
            lines.append(
                self.tr("Failed: {symbol} — {error}.").format(
                    symbol=report.failed.symbol, error=in_language(report.failed.error)
                )
            )
        if report.not_attempted:
            lines.append(
                self.tr("Not attempted: {symbols}.").format(symbols=", ".join(report.not_attempted))
            )
        if report.complete:
            lines.append(self.tr("Every claim went through."))
        return " ".join(lines)

    def _failed(self, error: BaseException) -> None:
        self.grant.close()
        self.error = error
        self.summary.setObjectName("error")
        self.summary.say(
            lambda: self.tr("Nothing more was claimed: {user_message}").format(
                user_message=user_message(error)
            )
        )
        self._end()

    def _end(self) -> None:
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.stop_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.outcome.emit(self.report if self.report is not None else self.error)
