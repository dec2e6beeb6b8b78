"""Text from outside (servers, files, nodes) made safe to show: no control characters, bounded."""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls (ESC among them), DEL, and the bidi overrides that can reorder what a
# terminal or a label shows. Tab and newline become spaces.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str, limit: int = 300) -> str:
    """One line of printable text, at most `limit` characters (an ellipsis marks a cut)."""
    flat = _CONTROLS.sub(" ", unicodedata.normalize("NFC", str(text)))
    flat = " ".join(flat.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
