"""The treasury's notices are the difference between two desk snapshots: a proposal newly
waiting for me, one that has all its signatures (★), one executed, rejected or expired."""

from __future__ import annotations

from dataclasses import replace

from app.treasury.notices import EXECUTED, FAILED, READY, WAITING, notices
from app.treasury.rules import ProposalState, Status
from app.treasury.views import DeskSnapshot, ProposalView, Roles

ME, PROPOSER, OTHER = "0x" + "a1" * 20, "0x" + "b2" * 20, "0x" + "c3" * 20
NOW = 1_800_000_000


def view(pid: int, approvals: int = 0, status: Status = Status.PENDING) -> ProposalView:
    state = ProposalState(
        pid, b"\x01" * 32, PROPOSER, NOW + 86_400, 202610, status, approvals, 5_000_000,
        b"\x02" * 32,
    )  # fmt: skip
    return ProposalView(state, state.status_at(NOW), "PSTA", threshold=2, now=NOW)


def snap(*views: ProposalView, queue: tuple[int, ...] = (), account: str = ME) -> DeskSnapshot:
    return DeskSnapshot(
        account=account,
        roles=Roles(proposer=False, approver=True, admin=False),
        stores=(),
        proposals=views,
        queue=tuple(v for v in views if v.id in queue),
        audit=(),
        now=NOW,
        coin_symbol="sUSD",
    )


def kinds(found):
    return [(n.kind, n.proposal_id) for n in found]


def test_the_first_look_announces_what_waits_and_what_is_ready_never_history():
    first = snap(view(1), view(2, approvals=2), view(3, status=Status.EXECUTED), queue=(1,))
    assert kinds(notices(None, first)) == [(WAITING, 1), (READY, 2)]
    assert notices(first, first) == []  # nothing changed: nothing to say


def test_a_new_proposal_waits_then_gets_its_signatures_then_is_executed():
    before = snap(view(1, approvals=1))
    waiting = snap(view(2), view(1, approvals=1), queue=(2,))
    assert kinds(notices(before, waiting)) == [(WAITING, 2)]
    ready = snap(view(2), view(1, approvals=2))
    found = notices(waiting, ready)
    assert kinds(found) == [(READY, 1)] and found[0].starred and found[0].amount == 5_000_000
    done = snap(view(2), view(1, approvals=2, status=Status.EXECUTED))
    assert kinds(notices(ready, done)) == [(EXECUTED, 1)]


def test_rejected_and_expired_proposals_and_failed_actions_are_failures():
    before = snap(view(1), view(2))
    after = snap(view(1, status=Status.REJECTED), replace(view(2), status=Status.EXPIRED))
    found = notices(before, after)
    assert [(n.kind, n.proposal_id, n.why) for n in found] == [
        (FAILED, 1, "rejected"),
        (FAILED, 2, "expired"),
    ]


def test_switching_account_is_a_first_look_and_investors_hear_nothing():
    mine = snap(view(1), queue=(1,))
    theirs = snap(view(1), queue=(1,), account=OTHER)
    assert kinds(notices(mine, theirs)) == [(WAITING, 1)]
    investor = replace(snap(view(1, approvals=2)), roles=Roles(False, False, False))
    assert notices(None, investor) == []
