"""Headless commands. Each module adds one subcommand with `register(subparsers)`; its handler
takes the parsed arguments and returns the process exit code."""

from __future__ import annotations

import argparse
import importlib

# Modules under app.cli that provide a subcommand, in the order `--help` lists them.
COMMANDS = ("sandbox", "doctor", "wallet", "vault", "treasury")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pst-desk", description="PST Desk: the Profit Share Token desktop app and its CLI."
    )
    parser.add_argument("--data-dir", help="where the app keeps its data (default: per-user)")
    parser.add_argument("--profile", help="network profile to use (default: the active one)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--merchants", type=int, help="sandbox merchant count")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"app.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.cli.{name}":
                raise
            continue  # a command whose module has not landed yet
        module.register(sub)
    return parser
