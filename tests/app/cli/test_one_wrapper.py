"""One command wrapper, one profile resolver, the API token variable named once (issue 12).

Read from the real parser and the source: every command's handler is declared with
app.cli.command's `@command` (data directory, store, profile and the error-to-exit mapping in one
place), the settings' profiles are read only by `Cli.profile`, and only app.config.paths spells
the token variable's name."""

from __future__ import annotations

import argparse
import ast
import io
from pathlib import Path
from typing import Any

import pytest

from app.cli import build_parser
from app.cli.command import TOKEN_ENV
from tests.app.cli.test_bad_input import COMMANDS, _argv, run

APP = Path(__file__).resolve().parents[3] / "app"
WRAPPED = "command.<locals>.decorate.<locals>.handler"


def test_every_command_is_declared_with_the_one_wrapper() -> None:
    handlers = {" ".join(path): _handler(path, leaf) for path, leaf in COMMANDS}
    handlers["sandbox"] = build_parser().parse_args(["sandbox"]).handler
    assert len(handlers) > 20
    not_declared = {name: h for name, h in handlers.items() if h.__code__.co_qualname != WRAPPED}
    assert not_declared == {}


def _handler(path: tuple[str, ...], leaf: argparse.ArgumentParser) -> Any:
    """The handler a command line of `path` runs (set on the leaf or on a parser above it)."""
    parser = build_parser()
    args = parser.parse_args([*path, *_argv(leaf, Path("f.json"))])
    return args.handler


def _sources() -> list[tuple[str, ast.AST]]:
    return [
        (str(path.relative_to(APP)), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(APP.rglob("*.py"))
    ]


def test_the_token_variable_is_named_once() -> None:
    spelled = [
        file
        for file, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value == TOKEN_ENV
    ]
    assert spelled == ["config/paths.py"]


def test_only_cli_profile_resolves_a_profile_and_only_the_wrapper_maps_errors() -> None:
    found = []
    for file, tree in _sources():
        if not file.startswith("cli/") or file == "cli/command.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and "profile" in node.name:
                found.append(f"{file}: def {node.name}")
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                receiver = getattr(func, "value", None)
                is_cli = isinstance(receiver, ast.Name | ast.Attribute) and "cli" in ast.unparse(
                    receiver
                )
                if name in ("guarded", "open_data_dir", "data_dir"):
                    found.append(f"{file}:{node.lineno} {name}()")
                if name in ("profile", "with_endpoints") and not is_cli:
                    found.append(f"{file}:{node.lineno} {ast.unparse(func)}()")
    assert found == []


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["sandbox", "--merchants", "0"], "error: --merchants must be between 1 and 99999"),
        (["sandbox", "--port", "70000"], "error: --port must be between 0 and 65535"),
        (["--profile", "nope", "doctor"], "FAIL  configuration  There is no network profile"),
        (["doctor", "--timeout", "0"], "FAIL  configuration  --timeout must be between 0"),
    ],
)
def test_the_doctor_and_the_sandbox_fail_through_the_wrapper(
    argv, line, tmp_path, monkeypatch, capsys
) -> None:
    code, out, err = run(["--data-dir", str(tmp_path), *argv], monkeypatch, capsys)
    assert code == 2
    lines = (out + err).strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(line), lines


def test_the_doctor_names_the_one_token_variable(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    argv = ["--data-dir", str(tmp_path), "doctor", "--api-url", "http://127.0.0.1:9"]
    args = build_parser().parse_args(argv)
    out = io.StringIO()
    assert args.handler(args, io.StringIO(""), out) == 2
    assert f"set ${TOKEN_ENV}" in out.getvalue()
