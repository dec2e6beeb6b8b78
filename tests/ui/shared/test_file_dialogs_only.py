"""Every file dialog under ui/ goes through ui/shared/file_dialogs.py, so none opens in the
repository folder the app was started from (the screener's "Export the shortlist" did)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "ui"
HELPER = UI / "shared" / "file_dialogs.py"


def _uses_qfiledialog(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "QFileDialog":
            return True
        if isinstance(node, ast.Attribute) and node.attr == "QFileDialog":
            return True
        if isinstance(node, ast.ImportFrom) and any(a.name == "QFileDialog" for a in node.names):
            return True
    return False


def test_no_module_under_ui_opens_a_qfiledialog_but_the_helper():
    assert _uses_qfiledialog(HELPER)  # the scan recognises a real use
    offenders = sorted(
        str(path.relative_to(UI.parent))
        for path in UI.rglob("*.py")
        if path != HELPER and _uses_qfiledialog(path)
    )
    assert offenders == []
