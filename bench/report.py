"""The one result format every benchmark shares."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Literal

Target = tuple[Literal["<=", ">=", "=="], float] | None


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    target: str  # human-readable, e.g. "<= 300 ms"; "" when there is none
    ok: bool | None  # None when there is no target


def result(name: str, value: float, unit: str, target: Target = None) -> Result:
    if target is None:
        return Result(name, value, unit, "", None)
    op, bound = target
    ok = {"<=": value <= bound, ">=": value >= bound, "==": value == bound}[op]
    return Result(name, value, unit, f"{op} {bound:g} {unit}", ok)


def render(bench: str, results: list[Result], as_json: bool) -> str:
    if as_json:
        return json.dumps({"bench": bench, "results": [asdict(r) for r in results]})
    rows = [("measure", "value", "target", "ok")]
    for r in results:
        value = f"{r.value:,.2f}".rstrip("0").rstrip(".") + f" {r.unit}"
        ok = "" if r.ok is None else ("yes" if r.ok else "NO")
        rows.append((r.name, value, r.target or "-", ok))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return f"bench: {bench}\n" + "\n".join(lines)
