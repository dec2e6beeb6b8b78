"""Secrets for the headless commands: one per line on standard input (scripts, tests), or a
hidden prompt when standard input is a terminal. Never from argv, never echoed; an error names
the secret that was missing, never a value."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import TextIO

# What to raise when input ends before `what` (the 1-based line that was missing): each command
# says it in its own words and error type, with what to do.
Ended = Callable[[str, int], Exception]


class SecretInput:
    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        ended: Ended | None = None,
        differ: Callable[[str], Exception] | None = None,
    ) -> None:
        self.stream = stream or sys.stdin
        self.tty = self.stream.isatty()
        self.lines = 0
        self._ended = ended or (lambda what, _line: EOFError(f"standard input ended before {what}"))
        self._differ = differ

    def read(self, what: str, *, confirm: bool = False) -> str:
        """The next secret. `confirm`: on a terminal, asked twice and refused when the two
        differ (a typo would lock the user out); on stdin, a script gives it once."""
        if self.tty:
            value = getpass.getpass(f"{what}: ")
            if confirm and getpass.getpass(f"{what} (again): ") != value:
                differ = self._differ or (lambda w: ValueError(f"the two entries of {w} differ"))
                raise differ(what)
            return value
        line = self.stream.readline()
        self.lines += 1
        if not line:
            raise self._ended(what, self.lines)
        return line.removesuffix("\n").removesuffix("\r")

    def read_optional(self, what: str) -> str:
        """The next secret, stripped, or "" when standard input has ended (a value the command
        can also find elsewhere, e.g. the API token)."""
        if self.tty:
            return getpass.getpass(f"{what}: ").strip()
        line = self.stream.readline()
        self.lines += 1
        return line.strip()
