"""Reconciliation differences in plain words: a percentage and which side is short, never
"-10000 bp" (what the Stores tab, the propose dialog and the approval view draw)."""

from __future__ import annotations

from app.treasury.reconcile import reconcile
from app.treasury.views import DeskSnapshot, Roles
from tests.app.treasury.reports import USD, make_report
from ui.treasury.tabs import StoresTab, check_line


def test_a_difference_is_a_percentage_in_plain_words():
    report = make_report(settled=10_000 * USD, routed=10_000 * USD)
    checks = {c.name: c for c in reconcile(report, 0, tolerance_bp=50).checks}
    line = check_line(checks["settled_vs_routed"])
    assert line == (
        "⚠ settled vs routed: 0.00 vs 10,000.00 (-10,000.00; routed 100.00% less than settled)"
    )
    more = check_line(reconcile(report, 10_250 * USD, tolerance_bp=50).checks[0])
    assert more.endswith("(250.00; routed 2.50% more than settled)")
    same = check_line(reconcile(report, 10_000 * USD, tolerance_bp=50).checks[0])
    assert same == "✓ settled vs routed: 10,000.00 vs 10,000.00 (0.00)"
    for check in checks.values():
        assert "bp" not in check_line(check), check_line(check)


def test_the_stores_tab_says_its_tolerance_as_a_percentage(qtbot):
    tab = StoresTab()
    qtbot.addWidget(tab)
    snapshot = DeskSnapshot("0x" + "11" * 20, Roles(True, False, False), (), (), (), (), 0, "sUSD")
    tab.show_snapshot(snapshot, 50)
    assert "beyond 0.50%" in tab.tolerance.text()
    assert "bp" not in tab.tolerance.text()
