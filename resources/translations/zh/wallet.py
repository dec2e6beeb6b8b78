"""wallet strings: English source -> (Simplified Chinese, Traditional Chinese)."""

STRINGS: dict[str, tuple[str, str]] = {}
