"""Every CLI command, given bad input, answers with one clear line, never a traceback (issue 12).

The commands are found by walking the real parser, so a command added later is covered too. Each
runs in-process through main() (the same path as `python main.py ...`) with: an unknown profile,
a data directory that is a file or cannot be written, an unreadable file, empty standard input
and bad numbers.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import main as entry
from app.cli import build_parser

ADDRESS = "0x000000000000000000000000000000000000dEaD"
SKIP = {("gui",), ("sandbox",)}  # the window; the sandbox starts services (its data dir is tried)
VALUES = {
    "address": ADDRESS,
    "proposal_id": "1",
    "symbol": "PST1",
    "period": "2026-01",
    "store": "M00001",
    "to": ADDRESS,
    "amount": "1",
    "purpose": "a test",
    "reason": "a test",
}


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, (*path, name))


def _argv(parser: argparse.ArgumentParser, file: Path) -> list[str]:
    """The smallest valid command line for `parser`: its required arguments filled in."""
    argv: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.option_strings:
            if action.required:
                argv += [action.option_strings[0], _value(action)]
        elif action.dest == "file":
            argv.append(str(file))
        elif action.nargs in (None, 1):
            argv.append(_value(action))
    for group in parser._mutually_exclusive_groups:  # one of them is required: the first
        if group.required:
            first = group._group_actions[0]
            argv += [first.option_strings[0], _value(first)]
    return argv


def _value(action: argparse.Action) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    return VALUES.get(action.dest, "x")


COMMANDS = [
    (path, parser) for path, parser in _leaves(build_parser()) if path[:1] not in {p for p in SKIP}
]


def run(argv: list[str], monkeypatch, capsys, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = entry.main(argv)
    except SystemExit as exit_:  # argparse's own exit (usage)
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_clear_line(code: int, out: str, err: str, argv: list[str]) -> None:
    both = out + err
    assert "Traceback" not in both, (argv, both)
    if code != 0:
        problems = [
            line for line in (err or out).splitlines() if line.startswith(("error", "FAIL"))
        ]
        assert len(problems) == 1, (argv, both)
        assert len(problems[0]) > len("error: ") + 10, (argv, both)


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    return root


@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_bad_profile_bad_data_dir_empty_stdin(path, parser, fresh, tmp_path, monkeypatch, capsys):
    rest = [*path, *_argv(parser, tmp_path / "missing.json")]

    code, out, err = run(
        ["--data-dir", str(fresh), "--profile", "nope", *rest], monkeypatch, capsys
    )
    one_clear_line(code, out, err, rest)

    code, out, err = run(["--data-dir", "/etc/hostname", *rest], monkeypatch, capsys)
    assert code != 0
    one_clear_line(code, out, err, rest)
    assert "/etc/hostname" in out + err

    # An unset variable in a script: never the default directory, which holds the real wallet.
    code, out, err = run(["--data-dir", "", *rest], monkeypatch, capsys)
    assert code != 0
    one_clear_line(code, out, err, rest)
    assert "empty" in out + err

    code, out, err = run(["--data-dir", str(fresh), *rest], monkeypatch, capsys, stdin="")
    one_clear_line(code, out, err, rest)


def test_an_empty_data_directory_is_refused_in_every_language() -> None:
    from app.cli.command import UsageError, open_data_dir

    with pytest.raises(UsageError) as refused:
        open_data_dir("  ")
    assert "the path is empty" in refused.value.text("en")
    assert "路径为空" in refused.value.text("zh_CN") and "路徑為空" in refused.value.text("zh_TW")


def unwritable(root: Path, path, parser, tmp_path, monkeypatch, capsys) -> None:
    rest = [*path, *_argv(parser, tmp_path / "missing.json")]
    code, out, err = run(["--data-dir", str(root), *rest], monkeypatch, capsys, "pw\npw\n")
    assert code == 2, (rest, out + err)
    one_clear_line(code, out, err, rest)
    assert f"The data directory {root} cannot be used (no file can be created" in out + err


@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_a_data_directory_nothing_can_be_written_to(path, parser, tmp_path, monkeypatch, capsys):
    # /proc exists and is a directory, but no file can be created in it, even by root (CI).
    unwritable(Path("/proc"), path, parser, tmp_path, monkeypatch, capsys)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permissions (see the /proc case)")
@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_a_read_only_data_directory(path, parser, fresh, tmp_path, monkeypatch, capsys):
    fresh.chmod(0o500)
    try:
        unwritable(fresh, path, parser, tmp_path, monkeypatch, capsys)
        assert list(fresh.iterdir()) == []  # nothing was written
    finally:
        fresh.chmod(0o700)


FILE_COMMANDS = [
    (p, parser) for p, parser in COMMANDS if "file" in {a.dest for a in parser._actions}
]


@pytest.mark.parametrize(
    ("path", "parser"), FILE_COMMANDS, ids=[" ".join(p) for p, _ in FILE_COMMANDS]
)
def test_unreadable_files(path, parser, fresh, tmp_path, monkeypatch, capsys):
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00\x81 not text")
    bomb = tmp_path / "bomb.json"  # crashed the process with SIGSEGV (see app.json_input)
    bomb.write_text("[" * 100_000 + "]" * 100_000)
    for file in (tmp_path, binary, bomb):  # a directory, bytes that are not UTF-8, deep JSON
        rest = [*path, *_argv(parser, file)]
        code, out, err = run(["--data-dir", str(fresh), *rest], monkeypatch, capsys, "pw\npw\n")
        assert code != 0, rest
        one_clear_line(code, out, err, rest)


NUMBER_OPTIONS = [
    (path, parser, action.option_strings[0])
    for path, parser in COMMANDS
    for action in parser._actions
    if action.option_strings and action.type in (int, float)
]


@pytest.mark.parametrize(
    ("path", "parser", "option"),
    NUMBER_OPTIONS,
    ids=[f"{' '.join(p)} {o}" for p, _, o in NUMBER_OPTIONS],
)
def test_bad_numbers(path, parser, option, fresh, tmp_path, monkeypatch, capsys):
    for bad in ("abc", "1e999x", ""):
        rest = [*path, *_argv(parser, tmp_path / "f.json"), option, bad]
        code, out, err = run(["--data-dir", str(fresh), *rest], monkeypatch, capsys)
        assert code == 2, rest
        one_clear_line(code, out, err, rest)


def test_bad_amounts_and_waits_are_one_line(fresh, monkeypatch, capsys):
    base = ["--data-dir", str(fresh), "wallet", "send", "--to", ADDRESS, "--rpc-url"]
    for extra in (["--amount", "1,5"], ["--amount", "-1"], ["--amount", "1", "--wait", "-1"]):
        argv = [*base, "http://127.0.0.1:9", *extra]
        code, out, err = run(argv, monkeypatch, capsys, "yes\npw\n")
        assert code in (1, 2), (argv, err)
        one_clear_line(code, out, err, argv)


def test_a_data_directory_whose_database_is_not_one_says_so_in_one_line(fresh, monkeypatch, capsys):
    (fresh / "pst-desk.sqlite3").write_bytes(bytes(range(256)) * 32)  # not SQLite
    for argv in (["wallet", "list"], ["vault", "list"]):
        code, out, err = run(["--data-dir", str(fresh), *argv], monkeypatch, capsys)
        assert code != 0
        one_clear_line(code, out, err, argv)
        assert "is not a PST Desk database" in err and "sqlalche.me" not in err
    assert (fresh / "pst-desk.sqlite3").read_bytes() == bytes(range(256)) * 32  # untouched
