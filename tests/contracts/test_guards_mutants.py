"""`make mutants` finds every kind of guard, and only guards: comments and strings are not code,
and each mutant changes exactly its guard (resources/contracts/mutants.py, no chain needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[2] / "resources" / "contracts" / "mutants.py"

SOURCE = """contract C {
    // if (commented) revert Nope();
    function f(address a, uint256 x) external onlyRole(ADMIN) whenNotPaused returns (uint256) {
        if (a == address(0) || x == 0) revert Zero();
        require(x > 1, "if (quoted) revert Nope();");
        _checkLimit(x);
        if (msg.sender == a && x > 2) {
            y = 1;
        } else {
            y = 2;
        }
        if (x > 9) {
            revert TooMuch(x);
        }
        if (y == 2) return 0;
        if (x == 7) return 1;
        revert Always();
    }

    function g() public view override(A, B) returns (uint256 z) {
        z = _checkedValue();
    }
}
"""


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutants_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_every_kind_of_guard_is_found_and_nothing_else() -> None:
    found = [(m.line, m.kind, m.replacement) for m in _tool().find_mutants("src/C.sol", SOURCE)]
    assert found == [
        (3, "modifier", ""),  # onlyRole(ADMIN)
        (3, "modifier", ""),  # whenNotPaused
        (4, "if-revert", "false"),  # a == address(0)
        (4, "if-revert", "false"),  # x == 0
        (5, "require", "true"),
        (6, "check-call", "{}"),
        (7, "if-caller", "true"),  # msg.sender == a
        (7, "if-caller", "true"),  # x > 2
        (12, "if-revert", "false"),
        (15, "if-zero", "false"),
        (17, "revert", ""),
    ]


def test_each_mutant_changes_exactly_its_guard() -> None:
    mutants = _tool().find_mutants("src/C.sol", SOURCE)
    texts = {(m.line, m.guard): m.mutated() for m in mutants}
    assert len(texts) == len(mutants)
    by_guard = {m.guard: m for m in mutants}
    either = by_guard["if (... x == 0 ...) revert Zero();"].mutated()
    assert "if (a == address(0) || false) revert Zero();" in either
    assert (
        'require(true, "if (quoted) revert Nope();");'
        in by_guard['require(x > 1, "if (quoted) revert Nope();")'].mutated()
    )
    assert "{}" in by_guard["_checkLimit(x);"].mutated()
    assert "external  whenNotPaused returns" in by_guard["onlyRole(ADMIN)"].mutated()
    assert "revert Always();" not in by_guard["revert Always();"].mutated()
    for m in mutants:
        changed = m.mutated()
        assert changed != SOURCE
        assert changed[: m.start] == SOURCE[: m.start]  # nothing before the guard moves
        assert changed.endswith(SOURCE[m.end :])  # nor after it


def test_the_real_contracts_have_guards_and_the_bench_and_sandbox_coin_are_left_out() -> None:
    mutants = _tool().all_mutants()
    units = {m.unit for m in mutants}
    assert "src/ProfitShareToken.sol" in units and "src/DistributionTreasury.sol" in units
    assert not any("bench" in u or "SandboxStablecoin" in u for u in units)
    assert len(mutants) > 100
