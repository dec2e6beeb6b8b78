"""A store DAO's proposals as a keyed table model (ui/shared/keyed_model.py), keyed by governor
and proposal id: state, votes for/against/abstain, the deadline as a date and a block, and how
the account voted. Texts keep the Store DAO panel's translation context ("GovernancePanel")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.portfolio.governance import Proposal, Support
from app.portfolio.holdings import TokenInfo
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.keyed_model import Column, KeyedTableModel

CONTEXT = "GovernancePanel"
STATES = (  # ProposalState names, lower case, shown translated
    QT_TRANSLATE_NOOP("GovernancePanel", "pending"),
    QT_TRANSLATE_NOOP("GovernancePanel", "active"),
    QT_TRANSLATE_NOOP("GovernancePanel", "canceled"),
    QT_TRANSLATE_NOOP("GovernancePanel", "defeated"),
    QT_TRANSLATE_NOOP("GovernancePanel", "succeeded"),
    QT_TRANSLATE_NOOP("GovernancePanel", "queued"),
    QT_TRANSLATE_NOOP("GovernancePanel", "expired"),
    QT_TRANSLATE_NOOP("GovernancePanel", "executed"),
)


def _key(p: Proposal) -> tuple[str, int]:
    return (p.governor, p.proposal_id)


class ProposalsModel(KeyedTableModel[Proposal]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = (
            Column[Proposal](
                QT_TRANSLATE_NOOP("GovernancePanel", "Proposal"),
                lambda p: p.title or f"#{p.proposal_id}",
            ),
            Column[Proposal](
                QT_TRANSLATE_NOOP("GovernancePanel", "State"),
                lambda p: self.tr_(p.state.name.lower()),
            ),
            Column[Proposal](
                QT_TRANSLATE_NOOP("GovernancePanel", "For"),
                lambda p: self._units(p.for_),
                None,
                True,
            ),
            Column[Proposal](
                QT_TRANSLATE_NOOP("GovernancePanel", "Against"),
                lambda p: self._units(p.against),
                None,
                True,
            ),
            Column[Proposal](
                QT_TRANSLATE_NOOP("GovernancePanel", "Abstain"),
                lambda p: self._units(p.abstain),
                None,
                True,
            ),
            Column[Proposal](QT_TRANSLATE_NOOP("GovernancePanel", "Deadline"), self._deadline),
            Column[Proposal](QT_TRANSLATE_NOOP("GovernancePanel", "You"), self._mine),
        )
        super().__init__(columns, _key, context=CONTEXT, parent=parent)
        self.symbol = ""
        self.decimals = 18
        self.head_block = 0

    def show(self, proposals: list[Proposal], info: TokenInfo, head_block: int) -> None:
        self.symbol, self.decimals, self.head_block = info.symbol, info.decimals, head_block
        self.set_items(proposals)
        self.refresh()  # the token or the head block may have changed beside the proposals

    # --- cells -----------------------------------------------------------------------------
    def cell(self, item: Proposal, column: int, role: int) -> Any:
        return self._tooltip(item) if role == Qt.ItemDataRole.ToolTipRole else None

    def _units(self, amount: int) -> str:
        return fmt.units(amount, self.decimals)

    def _deadline(self, p: Proposal) -> str:
        """'05 Dec 2026 14:00 UTC (estimated) · block 1,234 (in 56)': a date people read, the
        block the governor counts."""
        block = QCoreApplication.translate("GovernancePanel", "block {block}").format(
            block=fmt.integer(p.deadline_block)
        )
        left = p.deadline_block - self.head_block
        if left > 0:
            block += " " + QCoreApplication.translate("GovernancePanel", "(in {blocks})").format(
                blocks=fmt.integer(left)
            )
        if p.deadline_time is None:
            return block
        when = fmt.timestamp(p.deadline_time)
        if p.deadline_estimated:
            when = QCoreApplication.translate("GovernancePanel", "{date} (estimated)").format(
                date=when
            )
        return f"{when} · {block}"

    def _mine(self, p: Proposal) -> str:
        if p.my_vote is not None:
            return self._vote_text(p)
        if p.has_voted:
            return QCoreApplication.translate("GovernancePanel", "voted")
        if p.voting_power == 0:
            return QCoreApplication.translate("GovernancePanel", "no power")
        if p.voting_power is None:
            return "—"
        return QCoreApplication.translate("GovernancePanel", "can vote")

    def _vote_text(self, p: Proposal) -> str:
        vote = p.my_vote
        assert vote is not None
        how = {
            Support.FOR: QCoreApplication.translate("GovernancePanel", "for"),
            Support.AGAINST: QCoreApplication.translate("GovernancePanel", "against"),
            Support.ABSTAIN: QCoreApplication.translate("GovernancePanel", "abstain"),
        }[vote.support]
        text = QCoreApplication.translate(
            "GovernancePanel", "voted {how} · {weight} {symbol}"
        ).format(how=how, weight=self._units(vote.weight), symbol=self.symbol)
        if vote.timestamp is not None:
            text += " · " + fmt.timestamp(vote.timestamp)
        return text

    def _tooltip(self, p: Proposal) -> str:
        lines = [p.description]
        if p.deadline_estimated and p.deadline_time is not None:
            lines.append(
                QCoreApplication.translate(
                    "GovernancePanel",
                    "The deadline is a block; its date is estimated from the chain's recent pace.",
                )
            )
        if p.my_vote is not None and p.my_vote.reason:
            lines.append(
                QCoreApplication.translate("GovernancePanel", "Your reason: {reason}").format(
                    reason=p.my_vote.reason
                )
            )
        return "\n\n".join(lines)
