"""Raise sites name a code, never an English sentence, and every code they name is in the table.

Read from the source: a sentence in a rarely taken branch would otherwise only show up on a user's
screen (AppError shows one as it is, framed, in every language)."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

from app.errors.catalog import table
from tests.app.errors.test_every_error import core_exceptions

APP = Path(__file__).resolve().parents[3] / "app"
CODE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")


def _takes_a_code(cls: type) -> bool:
    """Built as Error(code, **params), not with a signature of its own (RpcError(method, ...))."""
    first = list(inspect.signature(cls.__init__).parameters)[1:2]
    return first == ["code"]


ERROR_NAMES = {cls.__name__ for cls in core_exceptions() if _takes_a_code(cls)} | {"Phrase"}


def _calls() -> list[tuple[str, int, str, ast.expr]]:
    """(file, line, callee, first positional argument) of every error or Phrase built in app/."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in ERROR_NAMES:
                found.append((str(path.relative_to(APP)), node.lineno, name, node.args[0]))
    return found


def _is_sentence(arg: ast.expr) -> bool:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return not CODE.fullmatch(arg.value)
    if isinstance(arg, ast.JoinedStr):  # f"vault.field.{what}" names a family of codes
        head = arg.values[0] if arg.values else None
        literal = head.value if isinstance(head, ast.Constant) else ""
        return not re.match(r"[a-z][a-z0-9_]*\.", str(literal))
    return False


def test_no_sentence_is_raised() -> None:
    calls = _calls()
    assert len(calls) > 200  # the walk found the raise sites
    sentences = [f"{file}:{line} {name}" for file, line, name, arg in calls if _is_sentence(arg)]
    assert sentences == []


def test_every_code_named_in_the_core_has_a_sentence() -> None:
    missing = [
        f"{file}:{line} {arg.value}"
        for file, line, _, arg in _calls()
        if isinstance(arg, ast.Constant)
        and isinstance(arg.value, str)
        and CODE.fullmatch(arg.value)
        and arg.value not in table()
    ]
    assert missing == []
