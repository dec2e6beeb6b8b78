"""Issue 17.8: no `Any` in ui/shell and ui/shared where a real type or a Protocol serves (the
attachments, the backend, the settings). Every use left is listed here with why it stays; a new
one fails until it is typed or added with its reason."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("ui/shell", "ui/shared")

# (file, the definition holding the `Any`): why no narrower type serves.
ALLOWED = {
    # Qt's model API: data() and headerData() answer any QVariant (text, colour, font, ...).
    ("ui/shared/keyed_model.py", "Column"): "a column's raw sort value: any comparable",
    ("ui/shared/keyed_model.py", "Column.sort_value"): "a column's raw sort value",
    ("ui/shared/keyed_model.py", "KeyedTableModel.headerData"): "a QVariant",
    ("ui/shared/keyed_model.py", "KeyedTableModel.data"): "a QVariant",
    ("ui/shared/keyed_model.py", "KeyedTableModel.cell"): "a QVariant",
    ("ui/shared/rows_model.py", "RowsModel.cell"): "a QVariant",
    # The runner runs any callable; its result type is the Op's own T, progress any payload.
    ("ui/shared/runner.py", "Report"): "a worker's progress payload, whatever the op reports",
    ("ui/shared/runner.py", "_pending"): "ops of every result type, kept alive while running",
    ("ui/shared/runner.py", "_Relay.__init__"): "an op of any result type",
    ("ui/shared/runner.py", "_Task.__init__"): "the callable's result is relayed untouched",
    ("ui/shared/runner.py", "Op.__init__"): "callbacks' return values are ignored",
    ("ui/shared/runner.py", "Op.success"): "the callback's return value is ignored",
    ("ui/shared/runner.py", "Op.failure"): "the callback's return value is ignored",
    ("ui/shared/runner.py", "Op.progress"): "a progress payload of any type",
    ("ui/shared/runner.py", "Op._report"): "a progress payload of any type",
    ("ui/shared/runner.py", "Op._step"): "a progress payload of any type",
    ("ui/shared/runner.py", "Op._finish"): "the result, or the exception",
    # The bridge re-emits every topic; each handler reads its topic's payload type.
    ("ui/shared/bridge.py", "Handler"): "a payload of whichever topic it listens to",
    ("ui/shared/bridge.py", "EventBridge.__init__"): "topics of every payload type",
    ("ui/shared/chart_base.py", "style_for"): "matplotlib's rcParams values are untyped",
    ("ui/shared/i18n/domain_text.py", "Params"): "the core's reason params (int, str, dates)",
}


def _uses_of_any(path: Path) -> set[str]:
    """The qualified name of the definition around every `Any` (imports aside)."""
    found: set[str] = set()

    def visit(node: ast.AST, scope: list[str]) -> None:
        if isinstance(node, ast.ImportFrom | ast.Import):
            return
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            scope = [*scope, node.name]
        elif not scope and isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            scope = [t.id for t in targets if isinstance(t, ast.Name)][:1]
        name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
        if name == "Any" and isinstance(node, ast.Name | ast.Attribute):
            found.add(".".join(scope) or "<module>")
        for child in ast.iter_child_nodes(node):
            visit(child, scope)

    visit(ast.parse(path.read_text(encoding="utf-8")), [])
    return found


def test_any_only_where_no_protocol_serves() -> None:
    used = {
        (str(path.relative_to(ROOT)), where)
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        for where in _uses_of_any(path)
    }
    assert used - ALLOWED.keys() == set(), "type these (a real type or a Protocol), or list why"
    # A use typed since is taken off the list, so the list never hides a new one.
    assert ALLOWED.keys() - used == set()


def test_the_scan_sees_annotations_and_aliases(tmp_path: Path) -> None:
    source = (
        "from typing import Any\n"
        "X = list[Any]\n"
        "class Session:\n"
        "    def __init__(self) -> None:\n"
        "        self.chain: Any = None\n"
        "def page(p: 'int', q: typing.Any) -> None: ...\n"
    )
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    assert _uses_of_any(path) == {"X", "Session.__init__", "page"}
