"""When the treasury tells its staff something: the difference between two snapshots of the
desk, as notices. Qt-free; the GUI shows them (desktop notification, notification centre).

- `waiting`: a proposal newly waits for this account's approval;
- `ready` (★): a pending proposal has all the signatures it needs, so it can be executed;
- `executed`: a proposal this desk knew as pending was executed;
- `failed`: a pending proposal was rejected or expired, or an action of this account failed.

The first snapshot (nothing seen before) announces what waits and what is ready, never history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.treasury.actions import ActionRecord
from app.treasury.rules import Status
from app.treasury.views import DeskSnapshot, ProposalView

WAITING, READY, EXECUTED, FAILED = "waiting", "ready", "executed", "failed"


@dataclass(frozen=True)
class Notice:
    kind: str  # waiting | ready | executed | failed
    proposal_id: int | None
    symbol: str = ""
    period: str = ""
    amount: int = 0
    why: str = ""  # failed: rejected | expired | the action's error

    @property
    def starred(self) -> bool:
        return self.kind == READY


def _ready(v: ProposalView) -> bool:
    return v.status == Status.PENDING and v.state.approvals >= v.threshold


def _notice(kind: str, v: ProposalView, why: str = "") -> Notice:
    return Notice(kind, v.id, v.symbol, v.period, v.state.amount, why)


def notices(
    before: DeskSnapshot | None,
    after: DeskSnapshot,
    failed_actions: Iterable[ActionRecord] = (),
) -> list[Notice]:
    """What changed for `after.account` since `before` (None: the first look)."""
    if before is not None and before.account != after.account:
        before = None  # another account: a first look for it
    found: list[Notice] = []
    seen_queue = {v.id for v in before.queue} if before else set()
    found += [_notice(WAITING, v) for v in after.queue if v.id not in seen_queue]
    staff = after.roles.proposer or after.roles.approver or after.roles.admin
    earlier = {v.id: v for v in before.proposals} if before else {}
    for v in after.proposals if staff else ():
        old = earlier.get(v.id)
        if _ready(v) and (old is None or not _ready(old)):
            found.append(_notice(READY, v))
        if old is None or old.status != Status.PENDING:
            continue
        if v.status == Status.EXECUTED:
            found.append(_notice(EXECUTED, v))
        elif v.status in (Status.REJECTED, Status.EXPIRED):
            found.append(_notice(FAILED, v, v.status.name.lower()))
    found += [failed(action) for action in failed_actions]
    return found


def failed(action: ActionRecord) -> Notice:
    """An action of this account that was sent and failed."""
    return Notice(FAILED, action.proposal_id, amount=action.amount or 0, why=action.error or "")
