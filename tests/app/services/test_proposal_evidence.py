"""A proposal carries the hash of its period's matched bank statement lines beside its report
hash: stamped on the draft, recorded in the audit trail when proposed, and checked again when
approving, so a proposal whose matched lines changed since is flagged (in the reader's language).
Real parts: a SQLite store with imported statements, the matching engine, the audit trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.bank.matching import (
    BankLine,
    Matcher,
    ProviderSettlement,
    RoutedTransfer,
    StoreAccount,
    matched_lines_hash,
)
from app.bank.models import BankAccount, StatementFormat, SweepRule
from app.bank.reconciliation import period_bounds
from app.bank.statements import ParsedStatement
from app.bank.store import StatementStore
from app.chain.deploy import store_id
from app.services.proposal_evidence import LinesState, ProposalEvidence
from app.storage import open_database
from app.treasury.audit import AuditTrail
from app.treasury.proposal import prepare_proposal
from app.treasury.reconcile import reconcile
from app.treasury.rules import StoreTreasuryState
from tests.app.treasury.reports import USD, make_report

ACCOUNT, ROUTER, MERCHANT = "PB-M00001", "0x" + "11" * 20, "M00001"
STORE = StoreAccount(ACCOUNT, MERCHANT, "PSTA", ROUTER)
PERIOD = "2026-03"
DAYS = [dt.date(2026, 3, d) for d in (2, 3, 4)]


def _books():
    """Three business days, each two credits swept and routed the same day."""
    lines, settled, routed = [], [], []
    for n, day in enumerate(DAYS):
        amounts = (1_000 + n, 2_500)
        for i, amount in enumerate(amounts):
            settled.append(ProviderSettlement(f"PP-{n}-{i}", MERCHANT, ACCOUNT, day, amount))
            lines.append(BankLine(ACCOUNT, f"E{n}-{i}", day, amount, f"PP-{n}-{i}"))
        tx = "0x" + f"{n + 1:064x}"
        lines.append(BankLine(ACCOUNT, f"E{n}-sweep", day, -sum(amounts), tx))
        routed.append(RoutedTransfer(tx, ROUTER, sum(amounts) * 10_000))
    return lines, settled, routed


def _statement(statement_id: str, lines: list[BankLine]) -> ParsedStatement:
    return ParsedStatement(
        StatementFormat.CAMT053, ACCOUNT, statement_id, "USD", DAYS[0], DAYS[-1], 0, 0,
        tuple(lines), "0x" + statement_id.encode().hex(),
    )  # fmt: skip


@pytest.fixture
def desk(tmp_path: Path):
    """(the provider's settlements, audit trail, the lines hash as the reconciliation desk
    computes it: the stored lines matched with the settlements and the chain now)."""
    db = open_database(tmp_path / "store.sqlite3")
    store = StatementStore(db)
    sweep = SweepRule(schedule="daily", destination_name="On-ramp", destination_account="ONRAMP1")
    store.set_accounts(
        [BankAccount(id=ACCOUNT, merchant_id=MERCHANT, token_symbol="PSTA", currency="USD",
                     opened_on=DAYS[0], sweep=sweep)]
    )  # fmt: skip
    lines, settled, routed = _books()
    store.import_statements([_statement("S1", lines)])

    def lines_hash_of(merchant_id: str, period: str) -> str | None:
        first, last = period_bounds(period)
        stored = store.lines(first, last)
        matcher = Matcher([STORE])
        matcher.add(stored, [s for s in settled if s.merchant_id == merchant_id], routed)
        result = matcher.match(last + dt.timedelta(days=5))
        return matched_lines_hash(result, stored, ACCOUNT, period) if stored else None

    yield settled, AuditTrail(db), lines_hash_of
    db.close()


def _draft():
    report = make_report(merchant_id=MERCHANT, period=PERIOD)
    state = StoreTreasuryState(
        store_id=store_id(MERCHANT), registered=True, received=40_000 * USD, distributed=0,
        cap_per_period=1_000_000 * USD, min_interval=0, last_executed_at=0, executed_for={},
    )  # fmt: skip
    rec = reconcile(report, report.routed_on_chain, tolerance_bp=50)
    return prepare_proposal(report, state, rec, now=1_800_000_000, proposal_lifetime=86_400)


def test_the_draft_carries_the_lines_hash_and_the_approver_sees_it_unchanged(desk):
    _settled, trail, lines_hash_of = desk
    evidence = ProposalEvidence(lines_hash_of, trail)
    plain = _draft()
    assert plain.lines_hash is None  # no bank statements reconciled for it
    draft = evidence.stamp(plain)
    assert draft.lines_hash == lines_hash_of(MERCHANT, PERIOD)
    assert draft.lines_hash and len(draft.lines_hash) == 66
    assert (draft.report_hash, draft.amount) == (plain.report_hash, plain.amount)
    evidence.record(draft, actor="proposer-1", action_id="a1")
    (note,) = [e for e in trail.entries() if e.kind == "note"]
    assert note.details["lines_hash"] == draft.lines_hash
    assert note.details["report_hash"] == "0x" + draft.report_hash.hex()
    assert trail.verify().ok

    check = evidence.check(draft.store_id, draft.period, draft.report_hash)
    assert check.state is LinesState.UNCHANGED and not check.flagged
    assert check.recorded == check.current == draft.lines_hash
    assert draft.lines_hash[:12] in check.why.text("zh_TW")


def test_a_proposal_whose_matched_lines_changed_is_flagged(desk):
    settled, trail, lines_hash_of = desk
    evidence = ProposalEvidence(lines_hash_of, trail)
    draft = evidence.stamp(_draft())
    evidence.record(draft, actor="proposer-1")
    # The provider revises a settlement after the proposal: the bank's credit no longer matches
    # it, so that credit drops out of the period's matched lines.
    first = settled[0]
    settled[0] = ProviderSettlement(first.id, MERCHANT, ACCOUNT, first.value_date, 900)

    check = evidence.check(draft.store_id, draft.period, draft.report_hash)
    assert check.state is LinesState.CHANGED and check.flagged
    assert check.recorded == draft.lines_hash != check.current
    assert "changed since it was proposed" in check.why.text("en")
    assert "已發生變化" in check.why.text("zh_TW") and "已发生变化" in check.why.text("zh_CN")


def test_a_proposal_without_a_recorded_hash_cannot_be_checked(desk):
    _store, trail, lines_hash_of = desk
    evidence = ProposalEvidence(lines_hash_of, trail)
    draft = _draft()
    evidence.record(draft, actor="proposer-1")  # no hash: nothing is recorded
    assert [e for e in trail.entries() if e.kind == "note"] == []
    check = evidence.check(draft.store_id, draft.period, draft.report_hash)
    assert check.state is LinesState.UNKNOWN and not check.flagged
    assert "No matched-lines hash" in check.why.text("en")
    # Another report for the same period is another proposal: its hash is not this one's.
    stamped = evidence.stamp(draft)
    evidence.record(stamped, actor="proposer-1")
    other = make_report(merchant_id=MERCHANT, period=PERIOD, settled=80_000 * USD)
    other_hash = bytes.fromhex(other.report_hash[2:])
    assert evidence.check(draft.store_id, draft.period, other_hash).state is LinesState.UNKNOWN
