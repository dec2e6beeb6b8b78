"""main.py builds only the GUI's part of the CLI when the command line opens the window, so the
headless commands' heavy imports (web3, the sandbox generator) stay out of the start-up path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import build_parser, opens_gui

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], True),
        (["gui"], True),
        (["-v", "--data-dir", "d", "--profile", "p", "gui", "--exit-after-paint"], True),
        (["--data-dir=d", "gui", "--merchants", "50"], True),
        (["-h"], False),
        (["gui", "--help"], False),
        (["sandbox"], False),
        (["--data-dir", "d", "wallet", "list"], False),
        (["--data-dir"], False),  # incomplete: the full parser reports it
        (["guii"], False),
    ],
)
def test_opens_gui(argv: list[str], expected: bool) -> None:
    assert opens_gui(argv) is expected


def test_gui_parser_still_parses_the_gui_flags() -> None:
    argv = ["--data-dir", "d", "gui", "--merchants", "50", "--exit-after-paint"]
    args = build_parser(argv).parse_args(argv)
    assert (args.command, args.merchants, args.exit_after_paint) == ("gui", 50, True)


def test_headless_commands_still_parse_through_main() -> None:
    argv = ["sandbox", "--merchants", "0"]
    args = build_parser(argv).parse_args(argv)
    assert args.command == "sandbox"


def test_gui_start_does_not_import_web3() -> None:
    code = (
        "import sys; from app.cli import build_parser; "
        "build_parser(['gui']).parse_args(['gui']); print('web3' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "False"
