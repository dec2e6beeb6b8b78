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
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')  # skipped whole: brackets inside are text
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"\[\]|\{\}")


class TooDeep(json.JSONDecodeError):
    """Nested past MAX_DEPTH: a JSONDecodeError, so every caller's handling of bad JSON applies."""


def loads(data: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """json.loads, refusing input nested deeper than `max_depth`."""
    text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    check_depth(text, max_depth)
    return json.loads(text)


def check_depth(text: str, max_depth: int = MAX_DEPTH) -> None:
    """Raise TooDeep if `text` nests deeper than `max_depth`. In C-speed passes: strings and
    everything but brackets dropped, then one level of innermost pairs removed per pass, so a
    document within the bound is gone after `max_depth` passes. One that is not is deep or
    malformed: the brackets are walked to the first one past the bound (a bomb ends there at
    once), and malformed input that never gets so deep is left to the decoder to name."""
    if text.count("[") + text.count("{") <= max_depth:
        return
    brackets = left = _NOT_BRACKET.sub("", _STRING.sub("", text))
    for _ in range(max_depth):
        left, removed = _INNERMOST.subn("", left)
        if not left:
            return
        if not removed:
            break
    depth = 0
    for mark in brackets:
        depth += 1 if mark in "[{" else -1
        if depth > max_depth:
            raise TooDeep(f"nested deeper than {max_depth} levels", text, 0)
