import pytest

from app.treasury.errors import ProposalRefused
from app.treasury.rules import (
    ProposalState,
    Status,
    StoreTreasuryState,
    check_approve,
    check_cancel,
    check_execute,
    check_reject,
)

PROPOSER, ALICE, BOB = "0x" + "aa" * 20, "0x" + "bb" * 20, "0x" + "cc" * 20
NOW = 1_000_000


def _proposal(**changes):
    fields = dict(
        proposal_id=7,
        store_id=b"\x01" * 32,
        proposer=PROPOSER,
        expires_at=NOW + 100,
        period=202603,
        status=Status.PENDING,
        approvals=0,
        amount=100,
        report_hash=b"\x02" * 32,
        approved_by=frozenset(),
    )
    fields.update(changes)
    return ProposalState(**fields)


STATE = StoreTreasuryState(b"\x01" * 32, True, 1_000, 0, 10_000, 3_600, 0, {})


def _code(call, *args, **kwargs):
    with pytest.raises(ProposalRefused) as caught:
        call(*args, **kwargs)
    return caught.value.rule


def test_maker_checker_one_approval_each_and_liveness():
    check_approve(_proposal(), ALICE, NOW)
    assert _code(check_approve, _proposal(), PROPOSER.upper().replace("0X", "0x"), NOW) == (
        "ProposerCannotApprove"
    )
    assert _code(check_approve, _proposal(approved_by=frozenset({ALICE})), ALICE, NOW) == (
        "AlreadyApproved"
    )
    assert _code(check_approve, _proposal(), ALICE, NOW + 100) == "ProposalExpired"
    assert _code(check_approve, _proposal(status=Status.EXECUTED), ALICE, NOW) == (
        "ProposalNotPending"
    )
    assert _code(check_reject, _proposal(status=Status.NONE), NOW) == "UnknownProposal"
    assert _proposal().status_at(NOW + 100) == Status.EXPIRED


def test_cancel_by_proposer_or_admin_even_after_expiry():
    check_cancel(_proposal(expires_at=NOW - 1), PROPOSER, caller_is_admin=False)
    check_cancel(_proposal(), BOB, caller_is_admin=True)
    assert _code(check_cancel, _proposal(), BOB, caller_is_admin=False) == "NotProposerOrAdmin"
    assert _code(
        check_cancel, _proposal(status=Status.CANCELLED), PROPOSER, caller_is_admin=True
    ) == ("ProposalNotPending")


def test_execution_needs_the_threshold_and_respects_the_minimum_interval():
    approved = _proposal(approvals=2)
    check_execute(approved, STATE, 2, NOW)
    assert _code(check_execute, _proposal(approvals=1), STATE, 2, NOW) == "BelowThreshold"
    recent = StoreTreasuryState(b"\x01" * 32, True, 1_000, 0, 10_000, 3_600, NOW - 60, {})
    assert _code(check_execute, approved, recent, 2, NOW) == "TooSoon"
    drained = StoreTreasuryState(b"\x01" * 32, True, 1_000, 950, 10_000, 0, 0, {})
    assert _code(check_execute, approved, drained, 2, NOW) == "AbovePending"
