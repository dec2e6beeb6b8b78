"""JSON from outside the process (request bodies, files people hand the CLI, a node's answers),
read with a bound on how deeply it nests.

web3 imports py_ecc, which raises the interpreter's recursion limit to 100,000 on import, and
Python 3.11's C decoder recurses once per nesting level until the C stack runs out: a request
body of 100,000 "[" killed the sandbox server with SIGSEGV, and a file of them killed
`treasury import-signature`. Nothing this app reads nests more than a dozen levels, so deeper
input is refused before the decoder sees it, with the same error a malformed document gets.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
_STRING_BYTES = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')  # brackets inside a string are text
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class TooDeep(json.JSONDecodeError):
    """Nested past MAX_DEPTH: a JSONDecodeError, so every caller's handling of bad JSON applies."""


def loads(data: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """json.loads, refusing input nested deeper than `max_depth`."""
    check_depth(data, max_depth)
    return json.loads(data)


def check_depth(data: str | bytes, max_depth: int = MAX_DEPTH) -> None:
    """Raise TooDeep if `data` nests deeper than `max_depth`, in C-speed passes over its
    brackets alone: each pass removes the innermost pairs, so a document within the bound is
    gone after `max_depth` passes. Brackets inside strings can only leave some behind; then the
    strings are dropped and the count is made again. What still remains is deep or malformed:
    its brackets are walked to the first one past the bound (a bomb ends there at once), and
    malformed input that never gets so deep is left to the decoder to name."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if raw.count(b"[") + raw.count(b"{") <= max_depth:
        return
    if _within(raw.translate(None, _NOT_BRACKETS), max_depth):
        return
    brackets = _STRING_BYTES.sub(b"", raw).translate(None, _NOT_BRACKETS)
    if _within(brackets, max_depth):
        return
    depth = 0
    for mark in brackets:
        depth += 1 if mark in b"[{" else -1
        if depth > max_depth:
            raise TooDeep(f"nested deeper than {max_depth} levels", str(data[:80]), 0)


def _within(brackets: bytes, max_depth: int) -> bool:
    for _ in range(max_depth):
        shorter = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if not shorter:
            return True
        if len(shorter) == len(brackets):
            return False
        brackets = shorter
    return False
