import pytest

from app.treasury.errors import TreasuryError
from app.treasury.reconcile import SettlementBand, bp_of, reconcile
from tests.app.treasury.reports import USD, make_report


def _flags(rec):
    return {c.name for c in rec.flagged}


def test_a_clean_month_passes_every_check():
    report = make_report()
    rec = reconcile(report, routed_on_chain=85_000 * USD, tolerance_bp=50)
    assert rec.ok and rec.reasons == []
    assert [c.name for c in rec.checks] == [
        "settled_vs_routed",
        "report_vs_chain",
        "investor_share",
        "platform_vs_settled",
    ]
    settled_vs_routed = rec.checks[0]
    assert (settled_vs_routed.difference, settled_vs_routed.difference_bp) == (0, 0)
    platform = rec.checks[3]
    assert platform.difference == -15_000 * USD and platform.difference_bp == -1_500


def test_routing_short_of_settlement_is_flagged_beyond_the_tolerance_only():
    report = make_report(settled=100_000 * USD, gross=110_000 * USD)
    # 50 bp of 100,000 is 500: exactly at the tolerance passes, one base unit more does not.
    at_limit = reconcile(report, routed_on_chain=99_500 * USD, tolerance_bp=50)
    assert "settled_vs_routed" not in _flags(at_limit)
    beyond = reconcile(report, routed_on_chain=99_500 * USD - 1, tolerance_bp=50)
    check = beyond.checks[0]
    assert check.flagged and check.difference == -500 * USD - 1 and check.difference_bp == -50
    assert "routed on chain" in check.reason and "tolerance 0.50 %" in check.reason


def test_a_report_that_claims_more_routing_than_the_chain_shows():
    report = make_report(settled=80_000 * USD, routed=80_000 * USD)
    rec = reconcile(report, routed_on_chain=79_000 * USD, tolerance_bp=50)
    assert _flags(rec) == {"settled_vs_routed", "report_vs_chain"}
    assert "re-issue" in rec.checks[1].reason


def test_investor_share_must_be_the_routers_split_and_match_the_credit():
    wrong = make_report(investor_share=30_000 * USD)  # 30% of 85,000 is 25,500
    assert "investor_share" in _flags(reconcile(wrong, 85_000 * USD, tolerance_bp=50))
    right = make_report()
    credited_ok = reconcile(
        right, 85_000 * USD, tolerance_bp=0, credited_to_investors=25_500 * USD - 3
    )
    assert credited_ok.ok  # a few units of per-route rounding are allowed
    short = reconcile(right, 85_000 * USD, tolerance_bp=50, credited_to_investors=20_000 * USD)
    assert _flags(short) == {"investor_share"}
    assert "credited 20,000.000000" in short.checks[2].reason


def test_platform_sales_against_settlement_use_the_fee_band_not_equality():
    overstated = make_report(gross=150_000 * USD, settled=85_000 * USD)  # 56.6 %
    rec = reconcile(overstated, 85_000 * USD, tolerance_bp=50)
    assert _flags(rec) == {"platform_vs_settled"}
    assert "overstate" in rec.checks[3].reason
    too_much = make_report(gross=80_000 * USD, settled=85_000 * USD)
    assert "not from these sales" in reconcile(too_much, 85_000 * USD, tolerance_bp=50).reasons[0]
    loose = reconcile(overstated, 85_000 * USD, tolerance_bp=50, band=SettlementBand(5_000, 10_000))
    assert loose.ok


def test_bad_inputs_are_refused():
    with pytest.raises(TreasuryError):
        reconcile(make_report(), 1, tolerance_bp=-1)
    with pytest.raises(TreasuryError):
        reconcile(make_report(), -1, tolerance_bp=50)
    with pytest.raises(TreasuryError):
        SettlementBand(9_000, 8_000)


def test_bp_is_exact_and_truncates_toward_zero():
    assert bp_of(1, 3) == 3333 and bp_of(-1, 3) == -3333 and bp_of(5, 0) is None
