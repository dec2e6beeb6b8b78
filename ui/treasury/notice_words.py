"""The treasury's notices (app/treasury/notices.py) in words: a title and a sentence each, with
the proposals newly waiting for this account said in one message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from app.treasury.notices import EXECUTED, FAILED, READY, WAITING, Notice
from ui.treasury.tabs import stable


@dataclass(frozen=True)
class Message:
    title: str
    text: str
    starred: bool = False


def _what(n: Notice) -> dict[str, object]:
    return {"id": n.proposal_id, "symbol": n.symbol, "period": n.period, "amount": stable(n.amount)}


class TreasuryNotices(QObject):
    """Only for its translation context."""

    def messages(self, found: Sequence[Notice]) -> list[Message]:
        said: list[Message] = []
        waiting = [n for n in found if n.kind == WAITING]
        if waiting:
            text = self.tr(
                "Proposal #{id} ({symbol} {period}, {amount} sUSD) waits for your approval."
            ).format(**_what(waiting[0]))
            if len(waiting) > 1:
                text += " " + self.tr("%n more wait(s) too.", "", len(waiting) - 1)
            said.append(Message(self.tr("Approval waiting"), text))
        for n in found:
            if n.kind == READY:
                text = self.tr(
                    "All signatures are in: proposal #{id} ({symbol} {period}, {amount} sUSD) "
                    "is ready to execute ★."
                )
                said.append(Message(self.tr("★ Ready to execute"), text.format(**_what(n)), True))
            elif n.kind == EXECUTED:
                text = self.tr(
                    "Proposal #{id} ({symbol} {period}, {amount} sUSD) was executed: the holders "
                    "can claim."
                )
                said.append(Message(self.tr("Payout executed"), text.format(**_what(n))))
            elif n.kind == FAILED:
                if n.why == "rejected":
                    text = self.tr(
                        "Proposal #{id} ({symbol} {period}, {amount} sUSD) was rejected."
                    )
                elif n.why == "expired":
                    text = self.tr("Proposal #{id} ({symbol} {period}, {amount} sUSD) expired.")
                else:
                    text = self.tr("Your action on proposal #{id} failed: {why}")
                what = _what(n) | {"id": n.proposal_id or "?", "why": n.why}
                said.append(Message(self.tr("Payout failed"), text.format(**what)))
        return said


def messages(found: Sequence[Notice]) -> list[Message]:
    return TreasuryNotices().messages(found)
