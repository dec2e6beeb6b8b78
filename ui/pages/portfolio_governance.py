"""A store DAO from the investor's seat: its proposals (state, votes for/against/abstain, deadline),
the account's voting power, delegation, and votes with a reason. Reads and transactions run on
the runner's workers; the core explains refusals (app/portfolio/governance.py) before signing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.chain.transactions import Intent
from app.chain.txstore import CONFIRMED
from app.portfolio.governance import (
    Proposal,
    Support,
    VotingPower,
    delegate_intent,
    vote_intent,
)
from app.portfolio.holdings import TokenInfo
from app.portfolio.units import format_units
from ui.dialogs.portfolio_actions import SigningGrant
from ui.runner import Op, user_message

HEADERS = ["Proposal", "State", "For", "Against", "Abstain", "Deadline", "You"]


class GovernancePanel(QWidget):
    changed = Signal()  # a transaction went through (the page refreshes)

    def __init__(
        self, service: Any, grant: Callable[[], SigningGrant | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._grant = grant
        self.account: str | None = None
        self.info: TokenInfo | None = None
        self.head_block = 0
        self.proposals: list[Proposal] = []
        self.power: VotingPower | None = None
        self.heading = QLabel("Select a holding to see its store's DAO.")
        self.heading.setObjectName("muted")
        self.power_label = QLabel("")
        self.power_label.setWordWrap(True)
        self.delegatee = QLineEdit()
        self.delegatee.setObjectName("delegatee")
        self.delegatee.setPlaceholderText("Delegate to (your own address to vote yourself)")
        self.delegate_button = QPushButton("Delegate")
        self.delegate_button.setObjectName("delegate")
        self.delegate_button.clicked.connect(self.delegate)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("proposals")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.reason = QLineEdit()
        self.reason.setObjectName("voteReason")
        self.reason.setPlaceholderText("Reason (optional, recorded on chain)")
        self.vote_buttons = {}
        votes = QHBoxLayout()
        votes.addWidget(self.reason, 1)
        for support in (Support.FOR, Support.AGAINST, Support.ABSTAIN):
            button = QPushButton(f"Vote {support.name.lower()}")
            button.setObjectName(f"vote{support.name.title()}")
            button.clicked.connect(lambda _c=False, s=support: self.vote(s))
            votes.addWidget(button)
            self.vote_buttons[support] = button
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        delegation = QHBoxLayout()
        delegation.addWidget(self.delegatee, 1)
        delegation.addWidget(self.delegate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.power_label)
        layout.addLayout(delegation)
        layout.addWidget(self.table, 1)
        layout.addLayout(votes)
        layout.addWidget(self.status)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (
            self.delegate_button,
            self.delegatee,
            self.reason,
            *self.vote_buttons.values(),
        ):
            widget.setEnabled(on)

    def show_store(self, account: str, info: TokenInfo, head_block: int) -> None:
        self.account, self.info, self.head_block = account, info, head_block
        self.heading.setObjectName("")
        self.heading.setText(f"<b>{info.symbol} store DAO</b> · governor {info.governor}")
        if not self.delegatee.text():
            self.delegatee.setText(account)
        self._enable(True)
        self.reload()

    def reload(self) -> None:
        if self.account is None or self.info is None:
            return
        governance, account, info = self.service.governance, self.account, self.info

        def read() -> tuple[list[Proposal], VotingPower]:
            return (
                governance.proposals(info.governor, account),
                governance.voting_power(info.token, account),
            )

        Op(self, read).success(self._show).failure(
            lambda e: self.status.setText(user_message(e))
        ).run_in_background()

    def _show(self, read: tuple[list[Proposal], VotingPower]) -> None:
        self.proposals, self.power = read
        info, power = self.info, self.power
        assert info is not None
        votes = format_units(power.votes, info.decimals)
        if power.delegate is None:
            self.power_label.setText(
                f"Your {format_units(power.balance, info.decimals)} {info.symbol} do not vote yet: "
                "delegate (to yourself to vote) before a proposal starts."
            )
        else:
            self.power_label.setText(
                f"Delegated to {'yourself' if power.delegate == self.account else power.delegate}"
                f" · your voting power now: {votes} {info.symbol}"
            )
        self.table.setRowCount(len(self.proposals))
        for row, p in enumerate(self.proposals):
            left = p.deadline_block - self.head_block
            deadline = f"block {p.deadline_block}" + (f" (in {left})" if left > 0 else "")
            mine = (
                "voted"
                if p.has_voted
                else (
                    "no power"
                    if p.voting_power == 0
                    else ("—" if p.voting_power is None else "can vote")
                )
            )
            cells = (
                p.title or f"#{p.proposal_id}",
                p.state.name.lower(),
                format_units(p.for_, info.decimals),
                format_units(p.against, info.decimals),
                format_units(p.abstain, info.decimals),
                deadline,
                mine,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column <= 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(p.description)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.proposals and not self.table.selectedItems():
            self.table.selectRow(0)
        if not self.proposals and not self.status.text():  # never hide a transaction's outcome
            self.status.setText("No proposals in this store's DAO yet.")

    def selected(self) -> Proposal | None:
        items = self.table.selectedItems()
        return self.proposals[items[0].row()] if items else None

    def delegate(self) -> None:
        if self.info is None:
            return
        try:
            intent = delegate_intent(self.info.token, self.delegatee.text(), self.info.symbol)
        except Exception as error:  # a bad address: say so, send nothing
            self.status.setText(
                user_message(error)
                if hasattr(error, "user_message")
                else "Enter a valid 0x… address to delegate to."
            )
            return
        self._send(intent, "Delegation")

    def vote(self, support: Support) -> None:
        proposal = self.selected()
        if proposal is None:
            self.status.setText("Select a proposal to vote on.")
            return
        try:
            intent = vote_intent(proposal, support, self.reason.text().strip())
        except Exception as error:
            self.status.setText(user_message(error))
            return
        self._send(intent, f"Vote {support.name.lower()}")

    def _send(self, intent: Intent, what: str) -> None:
        grant = self._grant()
        if grant is None:
            return
        pipeline = self.service.actions.pipeline
        self._enable(False)
        self.status.setText(f"{what}: signing and sending…")

        def work() -> Any:
            record = pipeline.send(intent, grant.signer)
            return pipeline.wait(record.intent_id, timeout=120)

        def finished(record: Any) -> None:
            grant.close()
            self._enable(True)
            ok = record.status == CONFIRMED
            self.status.setText(f"{what}: {'confirmed' if ok else record.status}.")
            self.reason.clear()
            self.reload()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            grant.close()
            self._enable(True)
            self.status.setText(f"{what} not sent: {user_message(error)}")

        Op(self, work).success(finished).failure(failed).run_in_background()
