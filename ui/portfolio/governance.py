"""A store DAO from the investor's seat: its proposals (state, votes for/against/abstain, deadline),
the account's voting power, activating it, and votes with a reason. Reads and transactions run on
the runner's workers; the core explains refusals (app/portfolio/governance.py) before signing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.chain.transactions import Intent
from app.chain.txstore import CONFIRMED, TransactionRecord
from app.portfolio.governance import (
    Proposal,
    ProposingPower,
    Support,
    VotingPower,
    activate_votes_intent,
    read_proposing_power,
    vote_intent,
    why_no_vote,
)
from app.portfolio.holdings import TokenInfo
from ui.portfolio.claim_dialog import SigningGrant
from ui.portfolio.labels import Render, SaidLabel
from ui.portfolio.proposal_dialog import ProposalDialog
from ui.portfolio.proposals_model import ProposalsModel
from ui.shared import format as fmt
from ui.shared.columns import fix_widths
from ui.shared.i18n.names import name
from ui.shared.i18n.retranslating import Retranslating, refresh_model
from ui.shared.runner import Op, user_message

if TYPE_CHECKING:
    from app.services.portfolio import PortfolioService

# Proposal (stretches), state, for, against, abstain, deadline, you: digits of the table's font.
# The deadline and how you voted are read whole: they take the width of their text.
PROPOSAL_WIDTHS = (28, 10, 12, 12, 12, 24, 22)
READ_WHOLE = (5, 6)


class GovernancePanel(Retranslating, QWidget):
    changed = Signal()  # a transaction went through (the page refreshes)

    def __init__(
        self,
        service: PortfolioService | None,
        grant: Callable[[str], SigningGrant | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._grant = grant
        self.account: str | None = None
        self.info: TokenInfo | None = None
        self.head_block = 0
        self.proposals: list[Proposal] = []
        self.power: VotingPower | None = None
        self.heading = QLabel()
        self.heading.setObjectName("muted")
        self.power_label = QLabel("")
        self.power_label.setWordWrap(True)
        # Votes go to the holder only (the token refuses any other delegatee): one button.
        self.activate_button = QPushButton()
        self.activate_button.setObjectName("activateVotes")
        self.activate_button.clicked.connect(self.activate_votes)
        self.propose_button = QPushButton()
        self.propose_button.setObjectName("newProposal")
        self.propose_button.clicked.connect(self.new_proposal)
        self.model = ProposalsModel(self)
        self.table = QTableView()
        self.table.setObjectName("proposals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._follow_selection)
        self.reason = QLineEdit()
        self.reason.setObjectName("voteReason")
        self.vote_buttons: dict[Support, QPushButton] = {}
        votes = QHBoxLayout()
        votes.addWidget(self.reason, 1)
        for support in (Support.FOR, Support.AGAINST, Support.ABSTAIN):
            button = QPushButton()
            button.setObjectName(f"vote{support.name.title()}")
            button.clicked.connect(lambda _c=False, s=support: self.vote(s))
            votes.addWidget(button)
            self.vote_buttons[support] = button
        self.status = SaidLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.activate_button)
        actions.addWidget(self.propose_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.power_label)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(votes)
        layout.addWidget(self.status)
        self._enable(False)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading()
        # Widths fixed here (the headers' words), never on a refresh; a long title elides in
        # the middle (the full description is in its tooltip). The deadline's date and block and
        # your vote's weight and time are never cut: those two columns fit their text.
        fix_widths(self.table, PROPOSAL_WIDTHS, stretch=0)
        header = self.table.horizontalHeader()
        for column in READ_WHOLE:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.activate_button.setText(self.tr("Activate my votes"))
        self.activate_button.setToolTip(
            self.tr(
                "Your tokens vote once you activate them, from the next block on: activate before "
                "a proposal starts. Votes cannot be handed to anyone else."
            )
        )
        self.propose_button.setText(self.tr("New proposal…"))
        self.propose_button.setToolTip(
            self.tr("Propose a signal or a governed action to this store's holders")
        )
        refresh_model(self.model)
        self.table.setAccessibleName(self.tr("Proposals of the store's DAO"))
        self.reason.setAccessibleName(self.tr("Reason for the vote"))
        self.reason.setPlaceholderText(self.tr("Reason (optional, recorded on chain)"))
        for support, button in self.vote_buttons.items():
            button.setText(self._vote_words(support))
        self.status.again()
        if self.power is not None:  # the power line and the proposals' cells
            self._draw()
        self._follow_selection()  # the vote buttons' tooltips

    def _vote_words(self, support: Support) -> str:
        return {
            Support.FOR: self.tr("Vote for"),
            Support.AGAINST: self.tr("Vote against"),
            Support.ABSTAIN: self.tr("Vote abstain"),
        }[support]

    def _heading(self) -> None:
        info = self.info
        if info is None:
            self.heading.setText(self.tr("Select a holding to see its store's DAO."))
            return
        self.heading.setText(
            self.tr("<b>{symbol} store DAO</b> · governor {governor}").format(
                symbol=info.symbol, governor=info.governor
            )
        )

    def _enable(self, on: bool) -> None:
        self._enabled = on  # off while nothing is shown or a transaction is on its way
        for widget in (self.propose_button, self.reason):
            widget.setEnabled(on)
        active = self.power is not None and self.power.active
        self.activate_button.setEnabled(on and not active)  # activated once, for good
        self._follow_selection()

    def _follow_selection(self) -> None:
        """The vote buttons work on the selected proposal while it can take this account's
        vote; otherwise their tooltip says why not."""
        proposal = self.selected()
        if proposal is None:
            refused: str | None = self.tr("Select a proposal to vote on.")
        else:
            why = why_no_vote(proposal)
            refused = None if why is None else user_message(why)
        for button in self.vote_buttons.values():
            button.setEnabled(self._enabled and refused is None)
            button.setToolTip(refused or "")

    def show_store(self, account: str, info: TokenInfo, head_block: int) -> None:
        self.account, self.info, self.head_block = account, info, head_block
        self.heading.setObjectName("")
        self._heading()
        self.power = None  # the last store's; read again below
        self._enable(True)
        self.reload()

    def clear(self) -> None:
        """No holding selected (the account holds none): nothing of the last store or account
        stays on screen."""
        self.account, self.info, self.power, self.proposals = None, None, None, []
        self._heading()
        self.power_label.setText("")
        self.model.clear()
        self.status.clear()
        self._enable(False)

    def reload(self) -> None:
        if self.account is None or self.info is None or self.service is None:
            return
        governance, account, info = self.service.governance, self.account, self.info

        def read() -> tuple[list[Proposal], VotingPower]:
            return (
                governance.proposals(info.governor, account),
                governance.voting_power(info.token, account),
            )

        Op(self, read).success(lambda found: self._show(account, info, found)).failure(
            lambda e: self.status.say(lambda: user_message(e))
        ).run_in_background()

    def _show(
        self, account: str, info: TokenInfo, read: tuple[list[Proposal], VotingPower]
    ) -> None:
        if (account, info) != (self.account, self.info):
            return  # another holding or account was chosen (or none) while it was read
        self.proposals, self.power = read
        self._draw()

    def _draw(self) -> None:
        """The power line and the proposals, from what was last read."""
        info, power = self.info, self.power
        assert info is not None and power is not None
        votes = fmt.units(power.votes, info.decimals)
        if not power.active:
            self.power_label.setText(
                self.tr(
                    "Your {balance} {symbol} do not vote yet: activate your votes before a "
                    "proposal starts."
                ).format(balance=fmt.units(power.balance, info.decimals), symbol=info.symbol)
            )
        else:
            self.power_label.setText(
                self.tr("Your votes are active · your voting power now: {votes} {symbol}").format(
                    votes=votes, symbol=info.symbol
                )
            )
        self.model.show(self.proposals, info, self.head_block)
        self._enable(self._enabled)  # the activate and vote buttons follow what was just read
        if self.proposals and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        if not self.proposals and not self.status.text():  # never hide a transaction's outcome
            self.status.say(lambda: self.tr("No proposals in this store's DAO yet."))

    def new_proposal(self) -> None:
        if self.account is None or self.info is None or self.service is None:
            return
        governance, account, info = self.service.governance, self.account, self.info
        reader = self.service.reader
        self.status.say(lambda: self.tr("Reading your votes and the proposal threshold…"))

        def read() -> ProposingPower:
            treasury = reader.deployment.store(info.store_id).treasury
            return read_proposing_power(governance, info.governor, info.store_id, treasury, account)

        Op(self, read).success(self._open_proposal_dialog).failure(
            lambda e: self.status.say(lambda: user_message(e))
        ).run_in_background()

    def _open_proposal_dialog(self, power: ProposingPower) -> None:
        assert self.info is not None
        self.status.clear()
        intent = ProposalDialog(power, self.info, self).run()
        if intent is not None:
            self._send(intent, lambda: self.tr("New proposal"))

    def selected(self) -> Proposal | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def activate_votes(self) -> None:
        """Delegate the account's votes to itself, the only delegation the token accepts."""
        if self.info is None or self.account is None:
            return
        intent = activate_votes_intent(self.info.token, self.account, self.info.symbol)
        self._send(intent, lambda: self.tr("Activate my votes"))

    def vote(self, support: Support) -> None:
        proposal = self.selected()
        if proposal is None:
            self.status.say(lambda: self.tr("Select a proposal to vote on."))
            return
        try:
            intent = vote_intent(proposal, support, self.reason.text().strip())
        except Exception as error:
            self.status.say(partial(user_message, error))
            return
        self._send(intent, lambda: self._vote_words(support))

    def _send(self, intent: Intent, what: Render) -> None:
        """Sign and send `intent`; `what` names it (in the current language)."""
        grant = self._grant(what())
        if grant is None or self.service is None:
            return
        pipeline = self.service.actions.pipeline
        self._enable(False)
        self.status.say(lambda: self.tr("{what}: signing and sending…").format(what=what()))

        def work() -> TransactionRecord:
            record = pipeline.send(intent, grant.signer)
            return pipeline.wait(record.intent_id, timeout=120)

        def finished(record: TransactionRecord) -> None:
            grant.close()
            self._enable(True)
            ok = record.status == CONFIRMED

            def said() -> str:
                state = self.tr("confirmed") if ok else name(record.status)
                return self.tr("{what}: {state}.").format(what=what(), state=state)

            self.status.say(said)
            self.reason.clear()
            self.reload()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            grant.close()
            self._enable(True)
            self.status.say(
                lambda: self.tr("{what} not sent: {user_message}").format(
                    what=what(), user_message=user_message(error)
                )
            )

        Op(self, work).success(finished).failure(failed).run_in_background()
