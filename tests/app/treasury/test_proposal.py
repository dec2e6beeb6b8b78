import pytest

from app.chain.deploy import store_id
from app.treasury.errors import ProposalRefused
from app.treasury.proposal import prepare_proposal
from app.treasury.reconcile import reconcile
from app.treasury.rules import StoreTreasuryState, encode_period, period_text
from tests.app.treasury.reports import USD, make_report

NOW = 1_800_000_000
DAY = 86_400


def _state(**changes):
    fields = dict(
        store_id=store_id("M00001"),
        registered=True,
        received=40_000 * USD,
        distributed=0,
        cap_per_period=1_000_000 * USD,
        min_interval=0,
        last_executed_at=0,
        executed_for={},
    )
    fields.update(changes)
    return StoreTreasuryState(**fields)


def _prepare(report=None, state=None, routed=85_000 * USD, **kwargs):
    report = report or make_report()
    rec = reconcile(report, routed, tolerance_bp=50)
    return prepare_proposal(
        report, state or _state(), rec, now=NOW, proposal_lifetime=7 * DAY, **kwargs
    )


def _refusal(**kwargs):
    with pytest.raises(ProposalRefused) as caught:
        _prepare(**kwargs)
    return caught.value


def test_a_sound_report_becomes_a_draft_with_the_contracts_encoding():
    draft = _prepare()
    report = make_report()
    assert draft.period == 202603 and draft.amount == report.investor_share == 25_500 * USD
    assert draft.report_hash == bytes.fromhex(report.report_hash[2:])
    assert draft.store_id == store_id("M00001") and draft.warnings == ()
    assert draft.override_reason is None


def test_a_report_that_does_not_match_its_hash_is_refused():
    tampered = make_report().model_copy(update={"investor_share": 30_000 * USD})
    error = _refusal(report=tampered)
    assert error.rule == "ReportHashMismatch" and "re-issue" in error.user_message


def test_a_reconciliation_difference_needs_a_written_reason():
    short = dict(routed=80_000 * USD)
    error = _refusal(**short)
    assert error.rule == "ReconciliationDifference" and "routed on chain" in error.user_message
    assert _refusal(**short, override_reason="  too short ").rule == "ReconciliationDifference"
    reason = "Bank booked 5,000 on the 1st of next month; confirmed by treasury ops."
    draft = _prepare(**short, override_reason=reason)
    assert draft.override_reason == reason


@pytest.mark.parametrize(
    ("state", "code"),
    [
        (dict(registered=False), "UnknownStore"),
        (dict(cap_per_period=0), "NoPolicy"),
        (dict(cap_per_period=25_000 * USD), "AboveCap"),
        (dict(executed_for={202603: 4}), "PeriodAlreadyProposed"),
        (dict(live_for={202603: 5}), "PeriodAlreadyProposed"),
        (dict(monthly_cap=1), "AboveMonthlyCap"),
        (dict(received=30_000 * USD, distributed=10_000 * USD), "AbovePending"),
        (dict(store_id=store_id("M00002")), "WrongStore"),
    ],
)
def test_the_contracts_rules_refuse_before_simulation(state, code):
    assert _refusal(state=_state(**state)).rule == code


def test_the_cap_is_checked_before_the_pending_balance_as_the_contract_does():
    state = _state(cap_per_period=1 * USD, received=0)
    assert _refusal(state=state).rule == "AboveCap"


def test_a_minimum_interval_warns_or_refuses_when_the_proposal_would_expire_first():
    soon = _state(min_interval=3 * DAY, last_executed_at=NOW - DAY)
    draft = _prepare(state=soon)
    assert draft.earliest_execution == NOW + 2 * DAY and "minimum interval" in draft.warnings[0]
    late = _state(min_interval=30 * DAY, last_executed_at=NOW - DAY)
    assert _refusal(state=late).rule == "TooSoon"


def test_period_encoding_is_yyyymm_with_the_contracts_bounds():
    assert encode_period("2026-04") == 202604 and period_text(202612) == "2026-12"
    for bad in ("2026-13", "2026-4", "1999-12", "26-04", ""):
        with pytest.raises(ProposalRefused):
            encode_period(bad)
    with pytest.raises(ProposalRefused):
        period_text(202600)
