"""The reconciliation says how far apart the sides are in plain words ("100.00 % less"), never
"-10000 bp", in every language."""

from __future__ import annotations

from app.treasury.reconcile import reconcile


def test_a_month_routed_not_at_all_reads_as_all_of_it_missing(sandbox_bank):
    world = sandbox_bank.world
    symbol = world.offerings().items[0].token_symbol
    report = world.reports(symbol).items[-1]
    result = reconcile(report, 0, tolerance_bp=50)
    (check,) = [c for c in result.flagged if c.name == "settled_vs_routed"]
    assert "100.00 % less" in check.why.text("en")
    assert "-10000" not in check.why.text("en")
    assert "少 100.00 %" in check.why.text("zh_CN") and "少 100.00 %" in check.why.text("zh_TW")
    half = reconcile(report, report.settled_proceeds // 2, tolerance_bp=50)
    (check,) = [c for c in half.flagged if c.name == "settled_vs_routed"]
    assert "50.00 % less" in check.why.text("en") or "49.99 % less" in check.why.text("en")
