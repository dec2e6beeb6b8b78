"""CSV cells that a spreadsheet never runs: text from elsewhere (a contact's label, a token's
symbol from the chain, a store's name from the platform) may start like a formula."""

from __future__ import annotations

# A spreadsheet runs cells starting with these as formulas; export them behind a quote.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    """`cell` as a spreadsheet shows it without running it: "=1+1" -> "'=1+1"."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def undefuse(cell: str) -> str:
    """What `defuse` wrote, read back (a cell written by hand is kept as is)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell
