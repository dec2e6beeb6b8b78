"""Headless commands. Each module adds one subcommand with `register(subparsers)`; its handler
takes the parsed arguments and returns the process exit code."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from typing import NoReturn

# Modules under app.cli that provide a subcommand, in the order `--help` lists them.
COMMANDS = (
    "sandbox", "doctor", "wallet", "vault", "treasury", "portfolio", "market", "token",
    "merchants", "bank",
)  # fmt: skip


def opens_gui(argv: Sequence[str]) -> bool:
    """True when `argv` opens the window (no command, or `gui`) and asks for no help: then the
    headless commands' modules (web3, the sandbox generator...) need not load before it shows."""
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    for option in ("--data-dir", "--profile"):
        pre.add_argument(option)
    pre.add_argument("-v", "--verbose", action="store_true")
    pre.add_argument("command", nargs="?")
    pre.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        known, _ = pre.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return False  # the full parser reports the problem
    return known.command in (None, "gui") and not {"-h", "--help"} & set(argv)


class CliParser(argparse.ArgumentParser):
    """A usage error is one line that says what to do, not the usage block (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The full CLI; given the `argv` about to be parsed, only what that command line needs."""
    parser = CliParser(
        prog="pst-desk", description="PST Desk: the Profit Share Token desktop app and its CLI."
    )
    parser.add_argument("--data-dir", help="where the app keeps its data (default: per-user)")
    parser.add_argument("--profile", help="network profile to use (default: the active one)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--merchants", type=int, help="sandbox merchant count")
    # Hidden, for the packaging smoke test and `python -m bench startup`: quit with 0 once the
    # window has painted and the backend came up or failed; prints the time to first paint.
    gui.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    for name in () if argv is not None and opens_gui(argv) else COMMANDS:
        importlib.import_module(f"app.cli.{name}").register(sub)
    return parser
